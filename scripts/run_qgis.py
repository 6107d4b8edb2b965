"""``make run``: start QGIS with the packaged plugin, the demo project, its briefing and the dock open.

The Makefile has already built dist/vdto_targeting.zip. This installs it into an isolated profile under
build/run-profile (your own QGIS profile is never touched) and starts QGIS with a start-up script that builds the
SYNTHETIC demo scenario and its briefing through the plugin's own algorithms. With no $DISPLAY it runs under
xvfb-run, saves a screenshot to build/artifacts/run.png and the briefing PDF to build/demo/, then exits.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess  # nosec B404 - starts QGIS itself
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from deploy import add_settings, deploy  # noqa: E402

ZIP = ROOT / "dist" / "vdto_targeting.zip"
PROFILES = ROOT / "build" / "run-profile"
DEMO_OUT = ROOT / "build" / "demo"
ARTIFACTS = ROOT / "build" / "artifacts"

STARTUP = r'''
import os, traceback
from qgis.core import (QgsApplication, QgsProject, QgsRectangle, QgsCoordinateReferenceSystem, QgsMessageLog, Qgis,
                       QgsCoordinateTransform)
from qgis.PyQt.QtCore import QTimer, QCoreApplication
from qgis.utils import iface
import qgis.utils

OUT = os.environ["VDTO_DEMO_OUT"]
HEADLESS = os.environ.get("VDTO_HEADLESS") == "1"

def _log(message):
    QgsMessageLog.logMessage(message, "VDTO Targeting", Qgis.MessageLevel.Info)
    print(message, flush=True)

def _zoom_to_mexico():
    """Project and canvas in INEGI's Lambert (EPSG:6372), framed on Mexico and the border."""
    crs = QgsCoordinateReferenceSystem("EPSG:6372")
    QgsProject.instance().setCrs(crs)
    canvas = iface.mapCanvas()
    canvas.setDestinationCrs(crs)
    to_metric = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, QgsProject.instance())
    canvas.setExtent(to_metric.transformBoundingBox(QgsRectangle(-118.6, 14.2, -86.4, 33.4)))
    canvas.refresh()

def _point_dock_at(plugin, scenario):
    """Load the demo's inputs (hidden, in their own group) and give them to the dock's steps, as its own
    'Load the demo scenario' button would, so every step can be run again from the panel."""
    from qgis.core import QgsVectorLayer
    from vdto_targeting.gui.steps.data import DEMO_ROLES
    dock = getattr(plugin, "dock", None)
    if dock is None:
        return
    project = QgsProject.instance()
    by_source = {layer.source(): layer for layer in project.mapLayers().values()}
    group = project.layerTreeRoot().addGroup("Demo inputs (SYNTHETIC)")
    for output, role in DEMO_ROLES.items():
        uri = scenario.get(output)
        if not uri:
            continue
        layer = by_source.get(uri)
        if layer is None:
            layer = QgsVectorLayer(uri, role.capitalize() + " (demo)", "ogr")
            if not layer.isValid():
                continue
            project.addMapLayer(layer, False)
            group.addLayer(layer).setItemVisibilityChecked(False)
            by_source[uri] = layer
        dock.context.set_role(role, layer)
    group.setExpanded(False)
    dock.adopt_roles()

def _build():
    status = 0
    try:
        from vdto_targeting import workflow as pipeline
        scenario = pipeline.run_demo_scenario(OUT)
        settings = pipeline.demo_settings(OUT, scenario, analyst=os.environ.get("VDTO_ANALYST", ""))
        result = pipeline.Pipeline(settings, log=_log).execute()
        root = QgsProject.instance().layerTreeRoot()
        group = root.findGroup("VDTO briefing")
        if group is not None:
            group.setItemVisibilityCheckedRecursive(True)
            group.setExpanded(True)
            group.setName("VDTO demo (SYNTHETIC)")
        project = QgsProject.instance()
        project.setTitle("VDTO Targeting demo (synthetic data)")
        _zoom_to_mexico()
        plugin = qgis.utils.plugins.get("vdto_targeting")
        if plugin is not None and plugin.dock_action is not None and not plugin.dock_action.isChecked():
            plugin.dock_action.trigger()
        _point_dock_at(plugin, scenario)
        project.write(os.path.join(OUT, "demo_project.qgz"))
        _log("Demo briefing: " + str(result.outputs.get("briefing")))
        if HEADLESS:
            import time
            for _attempt in range(2):
                end = time.time() + 3
                while time.time() < end:
                    QCoreApplication.processEvents()
                _zoom_to_mexico()
            iface.mainWindow().grab().save(os.environ["VDTO_SCREENSHOT"])
            _log("Screenshot: " + os.environ["VDTO_SCREENSHOT"])
        if not result.outputs.get("briefing"):
            status = 1
    except Exception:
        print(traceback.format_exc(), flush=True)
        status = 2
    if HEADLESS:
        QgsProject.instance().setDirty(False)
        QgsApplication.exit(status)

QTimer.singleShot(1500, _build)
'''


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--demo", action="store_true", help="open the built-in synthetic demo (default)")
    parser.add_argument("--timeout", type=float, default=600, help="seconds before a headless run is stopped")
    args = parser.parse_args(argv)
    if not ZIP.exists():
        print(f"{ZIP} is missing: run `make package` first.")
        return 1
    if PROFILES.exists():
        shutil.rmtree(PROFILES)
    profile = PROFILES / "profiles" / "default"
    deploy(ZIP, profile)
    add_settings(profile, "qgis", {"checkVersion": "false", "showTips": "false"})   # QGIS3.ini and QGIS4.ini
    DEMO_OUT.mkdir(parents=True, exist_ok=True)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    script = PROFILES / "startup.py"
    script.write_text(STARTUP, encoding="utf-8")
    headless = not os.environ.get("DISPLAY")
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the Makefile exports offscreen for tests; the desktop needs a display
    env.update({"VDTO_DEMO_OUT": str(DEMO_OUT), "VDTO_HEADLESS": "1" if headless else "0",
                "VDTO_SCREENSHOT": str(ARTIFACTS / "run.png")})
    command = ["qgis", "--nologo", "--noversioncheck", "--profiles-path", str(PROFILES), "--profile", "default",
               "--code", str(script)]
    if headless:
        command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"] + command
        print("No $DISPLAY: running QGIS under Xvfb; it exits when the demo briefing is written.")
    process = subprocess.Popen(command, env=env, start_new_session=True)  # nosec B603
    try:
        returncode = process.wait(timeout=args.timeout if headless else None)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, 9)  # xvfb-run, Xvfb and QGIS: the whole session we started
        process.wait()
        print(f"QGIS did not finish within {args.timeout:.0f} s.")
        return 1
    pdf = DEMO_OUT / "briefing.pdf"
    print(f"Briefing PDF: {pdf if pdf.exists() else 'not written'}")
    if headless:
        print(f"Screenshot: {ARTIFACTS / 'run.png'}")
    return returncode if pdf.exists() else 1


if __name__ == "__main__":
    sys.exit(main())
