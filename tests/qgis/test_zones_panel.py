"""The Zones panel offscreen: live figures equal the toolbox's, edits and undo go to disk, tools are released."""
from __future__ import annotations

import pytest

from tests.datasets import MUNICIPIOS_LITE, UCDP_GPKG

pytestmark = pytest.mark.usefixtures("vdto_provider")


@pytest.fixture()
def panel(qgis_iface, qgis_canvas, tmp_path, shared_data):
    from qgis.core import QgsProject, QgsVectorLayer

    from vdto_targeting.gui.zones_panel import ZonesPanel

    events = QgsVectorLayer(str(shared_data / UCDP_GPKG), "events", "ogr")
    munis = QgsVectorLayer(str(shared_data / MUNICIPIOS_LITE) + "|layername=municipios", "munis", "ogr")
    QgsProject.instance().addMapLayers([events, munis])
    widget = ZonesPanel(qgis_iface, None)
    widget.events_combo.setLayer(events)
    widget.deaths_combo.setField("best")
    widget.munis_combo.setLayer(munis)
    widget.pop_combo.setField("pop2020")
    assert widget.set_zones_path(str(tmp_path / "zones.gpkg"))
    yield widget
    widget.shutdown()
    widget.deleteLater()
    QgsProject.instance().removeAllMapLayers()


def test_live_figures_equal_toolbox_and_undo_reaches_disk(panel, tmp_path, shared_data):
    import processing
    from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY, QgsRectangle
    from qgis.PyQt.QtCore import QEvent, QPoint, Qt
    from qgis.gui import QgsMapMouseEvent

    canvas = panel.iface.mapCanvas()
    canvas.resize(600, 600)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    canvas.setExtent(QgsRectangle(-107.9, 24.3, -106.9, 25.3))          # Culiacán, in degrees on purpose
    panel.radius.setValue(15)
    panel.circle_button.setChecked(True)
    tool = canvas.mapTool()
    assert tool is panel.circle_tool
    centre = canvas.getCoordinateTransform().transform(QgsPointXY(-107.39, 24.80))
    tool.canvasReleaseEvent(QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonRelease,
                                             QPoint(int(centre.x()), int(centre.y())), Qt.MouseButton.LeftButton))
    assert panel.layer.dataProvider().featureCount() == 1 and panel.table.rowCount() == 1
    assert panel.table.item(0, 0).text() == "Zone 1"
    live = panel.last_figures.iloc[0]
    toolbox = processing.run("vdto:zonestatistics", {
        "ZONES": panel.layer, "EVENTS": panel.events_combo.currentLayer(), "DEATHS_FIELD": "best",
        "MUNICIPALITIES": panel.munis_combo.currentLayer(), "POPULATION_FIELD": "pop2020",
        "ORGS_FIELD": ["side_a", "side_b"], "OUTPUT": "memory:"})["OUTPUT"]
    row = next(toolbox.getFeatures())
    assert live["events"] == row["events"] > 100
    assert live["pai"] == pytest.approx(row["pai"]) and live["area_km2"] == pytest.approx(706.9, rel=3e-3)
    # The organisations (those of spread events apportioned to the zone included) are the toolbox's too.
    # The organisations (most deaths first), those of spread events apportioned to the zone included, and the
    # deaths are the toolbox's too: the deaths and population fields apply even when the layers were loaded first.
    assert panel.deaths_combo.currentField() == "best" and panel.pop_combo.currentField() == "pop2020"
    assert live["organisations"] == row["organisations"]
    assert live["events_spread"] == pytest.approx(row["events_spread"]) and row["events_spread"] > 1
    assert live["deaths"] == pytest.approx(row["deaths"]) and live["population"] == pytest.approx(row["population"])
    assert panel.last_refresh_ms < 200
    # Edit the attributes through the panel; undo restores them; delete + undo brings the zone back.
    panel.table.selectRow(0)
    panel.name_edit.setText("Culiacán 15 km")
    panel.status_combo.setCurrentIndex(panel.status_combo.findData("active"))
    panel.apply_edit()
    assert next(panel.layer.dataProvider().getFeatures())["name"] == "Culiacán 15 km"
    panel.undo_stack.undo()
    assert next(panel.layer.dataProvider().getFeatures())["name"] == "Zone 1"
    panel.table.selectRow(0)
    panel.delete_selected()
    assert panel.layer.dataProvider().featureCount() == 0 and panel.table.rowCount() == 0
    panel.undo_stack.undo()
    assert panel.layer.dataProvider().featureCount() == 1
    assert not panel.layer.isEditable()
    # Esc releases the circle tool; shutdown leaves no tool of ours on the canvas.
    panel.circle_button.setChecked(True)
    panel.shutdown()
    assert canvas.mapTool() is None or canvas.mapTool() is not tool


def test_refusals_shown_not_raised(panel):
    from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry

    madrid = QgsGeometry.fromWkt("POLYGON((-3.8 40.3,-3.6 40.3,-3.6 40.5,-3.8 40.5,-3.8 40.3))")
    assert panel.add_zone(madrid, QgsCoordinateReferenceSystem("EPSG:4326")) is None
    assert "outside Mexico" in panel.message.text()
    panel.source_combo.setLayer(panel.munis_combo.currentLayer())
    panel.zone_from_selection()                                  # nothing selected
    assert "Select municipalities" in panel.message.text()
    munis = panel.munis_combo.currentLayer()
    munis.selectByExpression("cvegeo IN ('25006', '25012')")    # Culiacán and Navolato
    panel.zone_from_selection()
    assert panel.layer.dataProvider().featureCount() == 1
    assert panel.last_figures.iloc[0]["munis"] == 2
    # The analyst removes the zones layer from the project: the panel lets go instead of crashing.
    from qgis.core import QgsProject

    QgsProject.instance().removeMapLayer(panel.layer.id())
    assert panel.store is None and panel.table.rowCount() == 0
    assert panel.add_zone(madrid, QgsCoordinateReferenceSystem("EPSG:4326")) is None
    assert "zones file first" in panel.message.text()
