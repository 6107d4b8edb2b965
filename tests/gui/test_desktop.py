"""GUI tier: the real QGIS desktop under Xvfb loads the packaged plugin, opens its dock, unloads cleanly."""
from __future__ import annotations

from tests.qgis_desktop import errors_in, run_in_qgis

BODY = r'''
from qgis.PyQt.QtWidgets import QDockWidget, QToolBar, QAction
RESULT["active"] = "vdto_targeting" in qgis.utils.active_plugins
plugin = qgis.utils.plugins.get("vdto_targeting")
RESULT["loaded"] = plugin is not None
toolbar = iface.mainWindow().findChild(QToolBar, "VdtoTargetingToolbar")
RESULT["toolbar_actions"] = [a.objectName() for a in toolbar.actions()] if toolbar else []
plugin.dock_action.trigger()
pump(1.0)
dock = iface.mainWindow().findChild(QDockWidget, "VdtoTargetingDock")
RESULT["dock_visible"] = bool(dock and dock.isVisible())
RESULT["provider"] = QgsApplication.processingRegistry().providerById("vdto") is not None
screenshot("gui_dock_open")
RESULT["log_before_unload"] = len(RESULT["log"])
RESULT["unloaded"] = qgis.utils.unloadPlugin("vdto_targeting")
pump(0.5)
RESULT["provider_after_unload"] = QgsApplication.processingRegistry().providerById("vdto") is not None
RESULT["toolbar_after_unload"] = iface.mainWindow().findChild(QToolBar, "VdtoTargetingToolbar") is not None
RESULT["dock_after_unload"] = iface.mainWindow().findChild(QDockWidget, "VdtoTargetingDock") is not None
# Load time: import + initGui + initProcessing, as QGIS does at start-up (fresh modules).
for name in [m for m in sys.modules if m == "vdto_targeting" or m.startswith("vdto_targeting.")]:
    del sys.modules[name]
start = time.perf_counter()
qgis.utils.loadPlugin("vdto_targeting")
qgis.utils.startPlugin("vdto_targeting")
RESULT["load_ms"] = (time.perf_counter() - start) * 1000
RESULT["reloaded"] = "vdto_targeting" in qgis.utils.active_plugins
'''


def test_plugin_loads_opens_dock_and_unloads_cleanly():
    result = run_in_qgis(BODY, "desktop")
    assert "error" not in result, result["error"]
    assert result["active"] and result["loaded"]
    assert "VdtoTargetingDockAction" in result["toolbar_actions"]
    assert result["dock_visible"]
    assert result["provider"]
    assert result["unloaded"]
    assert not result["provider_after_unload"]
    assert not result["toolbar_after_unload"]
    assert not result["dock_after_unload"]
    assert result["reloaded"]
    assert errors_in(result) == [], errors_in(result)
    assert result["network"] == [], result["network"]       # loading, the dock, unload and reload fetch nothing
    print(f"plugin load time: {result['load_ms']:.1f} ms (a figure, not a test: timings live in make bench)")
