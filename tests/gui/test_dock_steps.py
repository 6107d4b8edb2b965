"""GUI tier: drive the dock through every step on the demo scenario in the real QGIS desktop (Xvfb).

Clicks and key presses go through Qt's test tools, tasks run in QGIS's task manager, and each step leaves a
screenshot in build/artifacts/dock_step_<n>.png (the README's user guide uses them).
"""
from __future__ import annotations

from tests.qgis_desktop import errors_in, run_in_qgis

BODY = r'''
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QDockWidget
from qgis.core import QgsApplication, QgsProject

plugin = qgis.utils.plugins["vdto_targeting"]
plugin.dock_action.trigger()
pump(1.0)
dock = iface.mainWindow().findChild(QDockWidget, "VdtoTargetingDock")
# an analyst's laptop: 1280 × 800, the dock at a third of the width
iface.mainWindow().showNormal()
iface.mainWindow().resize(1280, 800)
pump(0.5)
iface.mainWindow().resizeDocks([dock], [430], Qt.Orientation.Horizontal)
RESULT["window"] = [iface.mainWindow().width(), iface.mainWindow().height()]
RESULT["fits"] = {}
registry = QgsApplication.processingRegistry()
RESULT["steps"] = {}
RESULT["available"] = {}

def click(button):
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)

def run_page(page, timeout=180):
    """Click the page's Run button (when its algorithm is installed) and wait for the task."""
    if not page.run_button.isEnabled():
        return "unavailable"
    click(page.run_button)
    pump(0.2)
    ok = wait_until(lambda: page.run is None or not page.run.is_running(), timeout)
    return page.run.status if (ok and page.run is not None) else "timeout"

def group_layers():
    group = QgsProject.instance().layerTreeRoot().findGroup("VDTO Targeting")
    return [node.layer().name() for node in group.findLayers()] if group else []

def fits(n):
    """The page needs no horizontal scrolling: its content's minimum width fits the dock's viewport."""
    scroll = dock.steps.widget(n - 1)
    return [scroll.widget().minimumSizeHint().width(), scroll.viewport().width(),
            dock.analysis.minimumSizeHint().width(), dock.width()]

def shot(n, step):
    dock.steps.setCurrentIndex(n - 1)
    pump(0.5)
    RESULT["fits"][step] = fits(n)
    screenshot(f"dock_laptop_{n}", dock)
    iface.mapCanvas().refreshAllLayers()
    wait_until(lambda: not iface.mapCanvas().isDrawing(), 20)
    screenshot(f"dock_step_{n}")
    RESULT["steps"].setdefault(step, {})["layers"] = group_layers()

# 1 · Data: load the demo scenario by clicking its button
data = dock.page("data")
dock.steps.setCurrentIndex(0)
click(data.demo_button)
wait_until(lambda: data.run is not None and not data.run.is_running(), 120)
RESULT["steps"]["data"] = {"status": data.run.status, "status_text": data.status.text()}
# The analysis period is set once, at the top of the dock, before any step runs: every output then records it
# and the briefing (which refuses outputs of different periods) accepts them. March 2022 on: not whole years, so the
# indicators count exactly those months too.
from qgis.PyQt.QtCore import QDate
dock.analysis.start.setDate(QDate(2022, 3, 1))
click(data.run_button)  # join the demo homicides to the demo municipalities
wait_until(lambda: not data.run.is_running(), 120)
RESULT["steps"]["data"].update(join=data.run.status, join_text=data.status.text(), join_figures=data.figures.text())
events = dock.context.layer("events")
RESULT["events"] = events.featureCount() if events else 0
iface.mapCanvas().setExtent(events.extent() if events else iface.mapCanvas().extent())
iface.mapCanvas().zoomScale(iface.mapCanvas().scale() * 1.3)
shot(1, "data")

# 2 · Surface: live preview by keyboard on the radius slider, then the full run
surface = dock.page("surface")
dock.steps.setCurrentIndex(1)
pump(0.3)
click(surface.live)
pump(0.5)
surface.slider.setFocus()
for _ in range(3):
    QTest.keyClick(surface.slider, Qt.Key.Key_PageUp)
wait_until(lambda: surface.preview is not None and surface.preview.layer is not None and
           abs(surface.preview.radius - surface.slider.value() * 1000) < 1, 20)
RESULT["steps"]["surface"] = {"preview_radius_km": surface.preview.radius / 1000 if surface.preview else None,
                              "slider_km": surface.slider.value(),
                              "preview_seconds": surface.preview.last_seconds if surface.preview else None,
                              "preview_text": surface.status.text()}
shot(2, "surface_preview")
RESULT["steps"]["surface"]["run"] = run_page(surface)
RESULT["steps"]["surface"]["figures"] = surface.figures.text()

# 3 · Hotspots on the demo municipalities
hotspots = dock.page("hotspots")
dock.steps.setCurrentIndex(2)
RESULT["steps"]["hotspots"] = {"run": run_page(hotspots), "figures": hotspots.figures.text(),
                               "status_text": hotspots.status.text()}
shot(3, "hotspots")

# 4 · Organisations: rank over the analysis period (set once at the top of the dock)
orgs = dock.page("organisations")
dock.steps.setCurrentIndex(3)
pump(0.3)
RESULT["steps"]["organisations"] = {"period": list(dock.analysis.period()), "run": run_page(orgs),
                                    "figures": orgs.figures.text(), "status_text": orgs.status.text(),
                                    "algorithm_seconds": sum(o.get("seconds", 0) for o in orgs.outcomes.values()),
                                    "ran": list(orgs.outcomes)}
shot(4, "organisations")

# 5 · Zones: figures of the demo zones
zones = dock.page("zones")
dock.steps.setCurrentIndex(4)
RESULT["steps"]["zones"] = {"panel": zones.panel is not None, "run": run_page(zones),
                            "figures": zones.figures.text(), "status_text": zones.status.text()}
zone_layer = QgsProject.instance().mapLayersByName("Zone figures")
if zone_layer:
    layer = zone_layer[0]
    RESULT["zone_pai"] = [f["pai"] for f in layer.getFeatures()] if "pai" in layer.fields().names() else []
shot(5, "zones")

# 6 · Briefing
briefing = dock.page("briefing")
dock.steps.setCurrentIndex(5)
briefing.analyst.clear()
QTest.keyClicks(briefing.analyst, "Analista de prueba")
RESULT["steps"]["briefing"] = {"run": run_page(briefing, 240), "figures": briefing.figures.text(),
                               "status_text": briefing.status.text()}
shot(6, "briefing")

# Layer order: zones above everything, surface at the bottom
RESULT["order"] = [(node.layer().name(), node.layer().customProperty("vdto_targeting/place"))
                   for node in QgsProject.instance().layerTreeRoot().findGroup("VDTO Targeting").findLayers()]
RESULT["tasks_left"] = QgsApplication.taskManager().countActiveTasks()
'''

from vdto_targeting.definitions import LAYER_ORDER as ORDER  # noqa: E402


def test_dock_walks_through_every_step_on_the_demo_scenario():
    result = run_in_qgis(BODY, "dock_steps", timeout=600)
    assert "error" not in result, result["error"]
    steps = result["steps"]
    assert steps["data"]["status"] == "ok", steps["data"]
    assert steps["data"]["join"] == "ok", steps["data"]
    assert result["events"] > 100
    assert len(steps["data"]["layers"]) >= 5, steps["data"]
    assert steps["surface"]["preview_radius_km"] == steps["surface"]["slider_km"] > 20, steps["surface"]
    assert steps["surface"]["preview_seconds"] is not None      # measured; how fast is benchmarks/bench_preview.py
    assert any("preview" in name.lower() for name in steps["surface_preview"]["layers"])
    for step in ("surface", "hotspots", "organisations", "zones", "briefing"):
        assert steps[step]["run"] in ("ok", "unavailable"), (step, steps[step])
    assert steps["organisations"]["period"][0] == "2022-03-01"
    if steps["organisations"]["run"] == "ok":
        assert "<table>" in steps["organisations"]["figures"]
        # the status gives the whole step's time, not the last algorithm's
        done = float(steps["organisations"]["status_text"].split("Done in ")[1].split(" s")[0])
        assert len(steps["organisations"]["ran"]) >= 2
        assert done >= steps["organisations"]["algorithm_seconds"] - 0.05, steps["organisations"]
        assert "100 %" in steps["organisations"]["figures"] or "add to" in steps["organisations"]["figures"]
    # 1280 × 800 without horizontal scrolling
    assert result["window"] == [1280, 800] or result["window"][0] <= 1280, result["window"]
    for step, (content, viewport, analysis, dock_width) in result["fits"].items():
        assert content <= viewport and analysis <= dock_width, (step, result["fits"][step])
    if steps["zones"]["run"] == "ok":
        assert result.get("zone_pai") and all(value is not None for value in result["zone_pai"])
    ranks = [ORDER.index(place) if place in ORDER else ORDER.index("data") for _name, place in result["order"]]
    assert ranks == sorted(ranks), result["order"]
    assert result["tasks_left"] == 0
    assert len(result.get("screenshots", [])) == 12
    assert errors_in(result) == [], errors_in(result)
