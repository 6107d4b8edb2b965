"""Nothing lost: the dock's saved settings and a written field pack survive a SIGKILL of the real QGIS desktop.

First run (Xvfb): open the dock, type the analyst's name on the briefing page and change the hotspots seed with the
keyboard (both are personal defaults, QgsSettings under definitions.SETTINGS_PREFIX), write a field pack with
vdto:fieldpack, report "done" — and QGIS is killed with SIGKILL (no clean exit, nothing flushed at shutdown).
Second run, same profile: the settings are in the profile's QGIS3.ini (QGIS4.ini on QGIS 4) and back in the dock's
widgets, and the field pack is a sound GeoPackage whose layers and stored project open. (Zones drawn before a
SIGKILL: test_zones_gui.py.)
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import time

from tests.qgis_desktop import PROFILES, errors_in, run_in_qgis, settings_file

NAME = "nothing_lost"
ANALYST = "Analista Perez 7"          # typed key by key (QTest types ASCII only)
ACCENTED = " Núñez"                    # then inserted as an input method would

SEED = 4242

BEFORE_KILL = r'''
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QDockWidget
import processing

plugin = qgis.utils.plugins["vdto_targeting"]
plugin.dock_action.trigger()
pump(1.0)
dock = iface.mainWindow().findChild(QDockWidget, "VdtoTargetingDock")
briefing = dock.page("briefing")
dock.steps.setCurrentIndex(5)           # 6 · Briefing
pump(0.3)
briefing.analyst.setFocus()
briefing.analyst.clear()
QTest.keyClicks(briefing.analyst, os.environ["VDTO_ANALYST"])
briefing.analyst.insert(os.environ["VDTO_ACCENTED"])
hotspots = dock.page("hotspots")
dock.steps.setCurrentIndex(2)           # 3 · Hotspots
pump(0.3)
hotspots.seed.setFocus()
hotspots.seed.selectAll()
QTest.keyClicks(hotspots.seed, os.environ["VDTO_SEED"])
QTest.keyClick(hotspots.seed, Qt.Key.Key_Tab)
RESULT["typed"] = [briefing.analyst.text(), hotspots.seed.value()]
folder = os.environ["VDTO_OUT"]
demo = processing.run("vdto:demoscenario", {"SEED": 7, "OUTPUT": os.path.join(folder, "demo.gpkg")})
pack = processing.run("vdto:fieldpack", {"LAYERS": [demo["ZONES"], demo["EVENTS_LAYER"], demo["PORTS"]],
                                          "PROJECT_NAME": "vdto_field_pack", "INCLUDE_LAYOUT": False,
                                          "OUTPUT": os.path.join(folder, "pack.gpkg")})
RESULT["pack"] = pack["OUTPUT"]
pump(0.2)            # one turn of the event loop, as after any click: no explicit save, no shutdown
with open(os.environ["VDTO_MARK"], "w") as handle:
    handle.write("done")
pump(600)            # the test kills QGIS with SIGKILL now
'''

AFTER_RESTART = r'''
from qgis.core import QgsSettings, QgsVectorLayer
from qgis.PyQt.QtWidgets import QDockWidget
from vdto_targeting.definitions import SETTINGS_PREFIX

settings = QgsSettings()
RESULT["stored"] = [settings.value(SETTINGS_PREFIX + "briefing/analyst", None),
                    settings.value(SETTINGS_PREFIX + "hotspots/seed", None)]
plugin = qgis.utils.plugins["vdto_targeting"]
plugin.dock_action.trigger()
pump(1.0)
dock = iface.mainWindow().findChild(QDockWidget, "VdtoTargetingDock")
RESULT["restored"] = [dock.page("briefing").analyst.text(), dock.page("hotspots").seed.value()]
pack = os.environ["VDTO_PACK"]
from osgeo import ogr
dataset = ogr.Open(pack)
names = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
dataset = None
layers = {}
for name in names:
    layer = QgsVectorLayer(f"{pack}|layername={name}", name, "ogr")
    layers[name] = layer.featureCount() if layer.isValid() else -1
RESULT["pack_layers"] = layers
from qgis.core import QgsProject
RESULT["project_read"] = QgsProject.instance().read("geopackage:" + pack + "?projectName=vdto_field_pack")
RESULT["project_layers"] = len(QgsProject.instance().mapLayers())
'''


def test_settings_and_field_pack_survive_sigkill(tmp_path):
    mark = tmp_path / "done.txt"
    env = {"VDTO_ANALYST": ANALYST, "VDTO_ACCENTED": ACCENTED, "VDTO_SEED": str(SEED), "VDTO_OUT": str(tmp_path),
           "VDTO_MARK": str(mark)}
    process = run_in_qgis(BEFORE_KILL, NAME, wait=False, env=env)
    try:
        deadline = time.time() + 180
        while not mark.exists() and time.time() < deadline and process.poll() is None:
            time.sleep(0.05)
        assert mark.exists(), "QGIS never reported the settings typed and the pack written; see " + \
            str(PROFILES / NAME / "qgis-stdout.txt")
    finally:
        os.killpg(process.pid, signal.SIGKILL)             # no clean exit: nothing flushed at shutdown
        process.wait(timeout=30)
    pack = tmp_path / "pack.gpkg"
    assert pack.exists(), "the field pack was reported written but is not on disk"
    with sqlite3.connect(str(pack)) as db:                  # a sound SQLite database, not a half-written file
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")}
    assert len(tables) >= 3, tables
    ini = settings_file(PROFILES / NAME / "profiles" / "default").read_text(encoding="utf-8")  # QGIS3.ini/QGIS4.ini
    assert str(SEED) in ini, "the dock's settings were not on disk when QGIS was killed (QgsSettings not synced)"

    result = run_in_qgis(AFTER_RESTART, NAME, fresh_profile=False, env={"VDTO_PACK": str(pack)})
    assert "error" not in result, result["error"]
    # gui/state.py stores each value as JSON text
    assert [json.loads(str(v)) for v in result["stored"]] == [ANALYST + ACCENTED, SEED], result["stored"]
    assert result["restored"] == [ANALYST + ACCENTED, SEED]
    assert len(result["pack_layers"]) >= 3 and min(result["pack_layers"].values()) > 0, result["pack_layers"]
    assert result["project_read"] and result["project_layers"] >= 3
    assert errors_in(result) == [], errors_in(result)
