"""Zones in the real QGIS desktop (Xvfb): draw a polygon with simulated mouse clicks; survive a SIGKILL."""
from __future__ import annotations

import os
import signal
import sqlite3
import time

from tests.qgis_desktop import errors_in, run_in_qgis

# Shared by both runs: open the panel on a zones file, frame Sinaloa in EPSG:6372, draw with QTest on the viewport.
DRAW = r'''
from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle
from qgis.PyQt.QtCore import Qt, QPoint
from qgis.PyQt.QtTest import QTest
from vdto_targeting.gui.zones_panel import ZonesPanel

path = os.environ["VDTO_ZONES_GPKG"]
panel = ZonesPanel(iface, None)
panel.resize(500, 800)
panel.show()
assert panel.set_zones_path(path), panel.message.text()
canvas = iface.mapCanvas()
canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:6372"))
canvas.setExtent(QgsRectangle(1_800_000, 1_400_000, 1_900_000, 1_500_000))
canvas.refresh()
pump(0.5)
panel.draw_button.setChecked(True)
pump(0.2)
tool = canvas.mapTool()
RESULT["tool_active"] = tool is panel.polygon_tool
viewport = canvas.viewport()
w, h = viewport.width(), viewport.height()
pixels = [(int(w * 0.3), int(h * 0.3)), (int(w * 0.7), int(h * 0.3)), (int(w * 0.7), int(h * 0.7)),
          (int(w * 0.3), int(h * 0.7))]
def click(x, y, button=Qt.MouseButton.LeftButton):
    QTest.mouseMove(viewport, QPoint(x, y))
    pump(0.05)
    QTest.mouseClick(viewport, button, Qt.KeyboardModifier.NoModifier, QPoint(x, y))
    pump(0.05)
for x, y in pixels:
    click(x, y)
# A slipped click, then Backspace removes that vertex again (QGIS's vertex undo).
click(int(w * 0.9), int(h * 0.1))
QTest.keyClick(viewport, Qt.Key.Key_Backspace)
pump(0.1)
RESULT["vertices_before_finish"] = tool.size()
RESULT["buffer_modified_while_drawing"] = panel.layer.isModified()
click(int(w * 0.3), int(h * 0.7), Qt.MouseButton.RightButton)      # right-click finishes the polygon
pump(0.3)
transform = canvas.getCoordinateTransform()
RESULT["expected_map"] = [[transform.toMapCoordinates(x, y).x(), transform.toMapCoordinates(x, y).y()]
                          for x, y in pixels]
'''

BODY = DRAW + r'''
RESULT["features"] = panel.layer.dataProvider().featureCount()
RESULT["table_rows"] = panel.table.rowCount()
RESULT["undo_count"] = panel.undo_stack.count()
RESULT["buffer_modified_after"] = panel.layer.isModified()
# Esc cancels: a new sketch with one vertex is dropped and no zone is added.
click(int(w * 0.5), int(h * 0.5))
QTest.keyClick(viewport, Qt.Key.Key_Escape)
pump(0.2)
RESULT["features_after_escape"] = panel.layer.dataProvider().featureCount()
# Undo removes the drawn zone from disk; redo puts it back.
panel.undo_stack.undo()
RESULT["after_undo"] = panel.layer.dataProvider().featureCount()
panel.undo_stack.redo()
RESULT["after_redo"] = panel.layer.dataProvider().featureCount()
screenshot("gui_zone_drawn")
# Shutdown releases the tool and closes the (empty) edit session: nothing leaks after unload.
panel.draw_button.setChecked(True)
pump(0.1)
zones_layer = panel.layer
drawing_tool = panel.polygon_tool
panel.shutdown()
pump(0.1)
RESULT["tool_after_shutdown"] = canvas.mapTool() is not None and canvas.mapTool() is drawing_tool
RESULT["editable_after_shutdown"] = zones_layer.isEditable()
RESULT["polygon_tool_after_shutdown"] = panel.polygon_tool is None
'''

KILL_BODY = DRAW + r'''
with open(os.environ["VDTO_ZONES_MARK"], "w") as handle:
    handle.write("drawn")
pump(600)            # the test kills QGIS with SIGKILL now
'''


def _zones_in(path):
    from osgeo import ogr

    dataset = ogr.Open(str(path))
    layer = dataset.GetLayerByName("zones")
    rows = [(f.GetField("zone_id"), f.GetField("status"), f.GetGeometryRef().Clone()) for f in layer]
    dataset = None
    return rows


def test_draw_polygon_with_mouse_then_undo_escape_and_shutdown(tmp_path):
    path = tmp_path / "zones.gpkg"
    result = run_in_qgis(BODY, "zones_draw", env={"VDTO_ZONES_GPKG": str(path)})
    assert "error" not in result, result["error"]
    assert result["tool_active"]
    assert result["vertices_before_finish"] == 4, "Backspace must remove the slipped vertex"
    assert result["buffer_modified_while_drawing"] is False and result["buffer_modified_after"] is False
    assert result["features"] == 1 and result["table_rows"] == 1 and result["undo_count"] == 1
    assert result["features_after_escape"] == 1
    assert result["after_undo"] == 0 and result["after_redo"] == 1
    assert result["tool_after_shutdown"] is False and result["editable_after_shutdown"] is False
    assert result["polygon_tool_after_shutdown"] is True
    rows = _zones_in(path)                                    # what is on disk, read by GDAL in this process
    assert len(rows) == 1 and rows[0][0].startswith("Z-") and rows[0][1] == "proposed"
    ring = rows[0][2].GetGeometryRef(0).GetGeometryRef(0)
    stored = sorted((round(ring.GetX(i)), round(ring.GetY(i))) for i in range(ring.GetPointCount() - 1))
    expected = sorted((round(x), round(y)) for x, y in result["expected_map"])
    assert stored == expected
    assert errors_in(result) == [], errors_in(result)


def test_zone_survives_sigkill(tmp_path):
    path = tmp_path / "zones.gpkg"
    mark = tmp_path / "drawn.txt"
    process = run_in_qgis(KILL_BODY, "zones_kill", wait=False,
                          env={"VDTO_ZONES_GPKG": str(path), "VDTO_ZONES_MARK": str(mark)})
    try:
        deadline = time.time() + 120
        while not mark.exists() and time.time() < deadline and process.poll() is None:
            time.sleep(0.05)
        assert mark.exists(), "QGIS never reported the zone drawn"
    finally:
        os.killpg(process.pid, signal.SIGKILL)                # no clean exit, no chance to flush anything
        process.wait(timeout=30)
    with sqlite3.connect(str(path)) as db:                    # the file is a sound SQLite database
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = _zones_in(path)
    assert len(rows) == 1 and rows[0][0].startswith("Z-")
    assert rows[0][2].GetArea() > 1e8                          # the drawn square, tens of km across
