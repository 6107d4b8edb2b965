"""The dock's targeting-cycle panel: designate from the ranking, next most violent beside it, announce; bump chart."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("vdto_provider")


class _Context:
    """The two calls the panel makes on the dock's DockContext."""

    def __init__(self, layers):
        self.layers = layers

    def layer(self, role):
        return self.layers.get(role)

    def set_role(self, role, layer):
        self.layers[role] = layer


def _ranking():
    from qgis.core import QgsFeature, QgsVectorLayer

    layer = QgsVectorLayer("None?field=organisation:string&field=rank:integer&field=deaths:double"
                           "&field=criterion:string", "ranking", "memory")
    for name, rank, deaths in (("Sinaloa Cartel", 1, 5159.0), ("Juarez Cartel", 2, 3825.0),
                               ("La Familia Michoacana", 3, 1606.0), ("Los Zetas", 4, 1590.0)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name, rank, deaths, f"Rank {rank} of 11 by deaths attributed, events 2010"])
        layer.dataProvider().addFeature(feature)
    return layer


def test_designate_then_announce_writes_the_targets_table(tmp_path):
    from qgis.PyQt.QtCore import QDate

    from vdto_targeting.gui.cycle_panel import CyclePanel
    from vdto_targeting.qgis_bridge.targets_table import TargetStore
    from vdto_targeting.qgis_bridge.zones_layer import create_zones_gpkg

    zones = str(tmp_path / "zones.gpkg")
    create_zones_gpkg(zones)
    started = []
    panel = CyclePanel(_Context({"ranking": _ranking()}), started.append)
    panel.zones_file.setFilePath(zones)
    panel.refresh()
    assert panel.ranking.rowCount() == 4
    assert [panel.next_list.item(i).text() for i in range(3)] == ["1. Sinaloa Cartel", "2. Juarez Cartel",
                                                                  "3. La Familia Michoacana"]
    panel.date.setDate(QDate(2010, 3, 1))
    panel.designate_button.click()
    assert "select an organisation" in panel.message.text().lower()
    panel.ranking.selectRow(0)
    panel.designate_button.click()
    rows = TargetStore.open(zones).rows()        # on disk, through a new connection
    assert [(r["organisation"], r["status"], r["designated_on"]) for r in rows] == [
        ("Sinaloa Cartel", "designated", "2010-03-01")]
    assert rows[0]["criterion"].startswith("Rank 1 of 11")
    assert panel.next_list.item(0).text() == "1. Juarez Cartel"
    panel.targets_table.selectRow(0)
    panel.date.setDate(QDate(2010, 4, 15))
    panel.announce_button.click()
    row = TargetStore.open(zones).rows()[0]
    assert (row["status"], row["announced_on"]) == ("announced", "2010-04-15")
    panel.targets_table.selectRow(0)
    panel.effect_button.click()
    assert started == ["vdto:announcementeffect"]
    values = panel.values("vdto:announcementeffect", {"EVENTS": None})
    assert values["ORGANISATION"] == "Sinaloa Cartel" and values["ANNOUNCED"] == "2010-04-15"
    panel.targets_table.selectRow(0)
    panel.notice_button.click()
    assert started[-1] == "vdto:publicnotice"
    notice = panel.values("vdto:publicnotice", {})
    assert notice == {"ZONES_FILE": zones, "TARGET_ID": row["target_id"]}
    panel.page_button.click()
    assert started[-1] == "vdto:cyclebriefing"
    assert panel.values("vdto:cyclebriefing", {})["ZONES_FILE"] == zones


def test_bump_chart_draws_the_history():
    from qgis.PyQt.QtGui import QImage

    from vdto_targeting.gui.cycle_panel import BumpChart

    chart = BumpChart()
    chart.resize(500, 220)
    rows = [{"organisation": o, "period": str(y), "rank": r}
            for y, order in ((2009, "ABC"), (2010, "BAC"), (2011, "BCA")) for r, o in enumerate(order, start=1)]
    chart.set_history(rows, top=3)
    assert chart.periods == ["2009", "2010", "2011"] and chart.lines["A"] == [1, 2, 3]
    image = QImage(500, 220, QImage.Format.Format_ARGB32)
    chart.render(image)
    colours = {image.pixel(x, y) for x in range(0, 500, 5) for y in range(0, 220, 5)}
    assert len(colours) > 4


@pytest.fixture()
def dock(qgis_iface, qgis_new_project, tmp_path):
    from qgis.core import QgsSettings

    from vdto_targeting.definitions import SETTINGS_PREFIX
    from vdto_targeting.gui.dock import VdtoTargetingDock

    QgsSettings().remove(SETTINGS_PREFIX.rstrip("/"))
    widget = VdtoTargetingDock(qgis_iface, qgis_iface.mainWindow())
    widget.context.output_folder = lambda: str(tmp_path)
    yield widget
    widget.shutdown()
    widget.deleteLater()
    QgsSettings().remove(SETTINGS_PREFIX.rstrip("/"))


def test_the_cycle_runs_from_the_dock_on_ucdp(dock, shared_data, tmp_path):
    """History as a task → bump chart; designate and announce; effect then displacement as tasks → verdicts."""
    import time

    from qgis.core import QgsProject, QgsVectorLayer
    from qgis.PyQt.QtCore import QCoreApplication, QDate

    from tests.datasets import MUNICIPIOS_LITE, UCDP_GPKG
    from vdto_targeting.qgis_bridge.zones_layer import ZoneStore, create_zones_gpkg

    def wait(page, seconds=240):
        end = time.time() + seconds
        while time.time() < end:
            QCoreApplication.processEvents()
            if page.run is not None and not page.run.is_running() and not page._queue:
                return page.run.status
            time.sleep(0.02)
        return "timeout"

    events = QgsVectorLayer(str(shared_data / UCDP_GPKG), "events", "ogr")
    munis = QgsVectorLayer(f"{shared_data / MUNICIPIOS_LITE}|layername=municipios", "municipios", "ogr")
    QgsProject.instance().addMapLayers([events, munis])

    # the events, deaths field, municipalities and period are the analysis's (top of the dock)
    dock.analysis.events.setLayer(events)
    dock.analysis.deaths.setField("best")
    dock.analysis.municipalities.setLayer(munis)
    dock.analysis.start.setDate(QDate(2006, 1, 1))
    dock.analysis.end.setDate(QDate(2012, 12, 31))
    page = dock.page("organisations")
    panel = page.cycle
    zones = str(tmp_path / "zones.gpkg")
    store = ZoneStore(create_zones_gpkg(zones))
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY

    from vdto_targeting.processing.zones import circle_zone

    centre = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                    QgsCoordinateReferenceSystem("EPSG:6372"),
                                    QgsProject.instance()).transform(QgsPointXY(-106.45, 31.68))
    store.add_zone(circle_zone(centre.x(), centre.y(), 15), {"name": "Plaza Juarez"},
                   QgsCoordinateReferenceSystem("EPSG:6372"))
    panel.zones_file.setFilePath(zones)
    panel.history_button.click()
    assert wait(page) == "ok", page.status.text()
    assert panel.chart.periods[-1] == "2012" and panel.ranking.rowCount() >= 8
    leader = panel.ranking.item(0, 1).text()
    assert leader == "Sinaloa Cartel"
    row = [panel.ranking.item(r, 1).text() for r in range(panel.ranking.rowCount())].index("Los Zetas")
    panel.ranking.selectRow(row)
    panel.date.setDate(QDate(2010, 12, 1))
    panel.designate_button.click()
    assert "Los Zetas" not in [panel.next_list.item(i).text()[3:] for i in range(panel.next_list.count())]
    panel.targets_table.selectRow(0)
    panel.date.setDate(QDate(2011, 1, 1))
    panel.announce_button.click()
    panel.targets_table.selectRow(0)
    panel.effect_button.click()
    assert wait(page) == "ok", page.status.text()
    text = panel.message.text()
    assert "Los Zetas" in text and "Plaza Juarez" in text, text
    panel.page_button.click()
    assert wait(page) == "ok", page.status.text()
    assert list(tmp_path.glob("*cyclebriefing*.pdf")), list(tmp_path.iterdir())
