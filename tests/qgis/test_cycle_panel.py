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


def _municipalities(path) -> str:
    """Ten by ten 10 km squares (EPSG:6372) in a GeoPackage, with two clusters of high homicide counts: north-west
    (nine municipalities, 60-140 each) and south-east (three by three, 64-68 each); one to three elsewhere."""
    from osgeo import ogr, osr

    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(6372)
    layer = dataset.CreateLayer("munis", srs, ogr.wkbPolygon)
    for name, kind in (("cvegeo", ogr.OFTString), ("nom_mun", ogr.OFTString), ("homicides", ogr.OFTReal),
                       ("pob2020", ogr.OFTReal), ("period_start", ogr.OFTString), ("period_end", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for r in range(10):
        for c in range(10):
            if r < 3 and c < 3:
                homicides = 60.0 + 10 * (3 * r + c)
            elif r >= 7 and c >= 7:
                homicides = 50.0 + r + c
            else:
                homicides = float((7 * r + 3 * c) % 4)
            x, y = 2_500_000 + 10_000 * c, 1_000_000 + 10_000 * r
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetGeometry(ogr.CreateGeometryFromWkt(
                f"POLYGON(({x} {y},{x + 10000} {y},{x + 10000} {y + 10000},{x} {y + 10000},{x} {y}))"))
            for name, value in (("cvegeo", f"25{r}{c:02d}"), ("nom_mun", f"Mun {r}-{c}"), ("homicides", homicides),
                                ("pob2020", 10_000.0 + 100 * r + c), ("period_start", "2019-01-01"),
                                ("period_end", "2021-12-31")):
                feature.SetField(name, value)
            layer.CreateFeature(feature)
            feature = None
    layer = dataset = None
    return f"{path}|layername=munis"


def _events():
    """Events inside the two regions: in the north-west three organisations with 12 deaths each (none holds 40 %),
    in the south-east the Sinaloa Cartel with 40 of 45 deaths."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:6372&field=id:integer&field=date_start:string&field=side_a:string"
                           "&field=side_b:string&field=best:integer&field=where_prec:integer", "events", "memory")
    rows = [(2_505_000 + 1000 * k, 1_005_000 + 1000 * m, org, 4, f"2020-0{m + 1}-15")
            for k, org in enumerate(["Sinaloa Cartel", "CJNG", "Los Zetas"]) for m in range(3)]
    rows += [(2_595_000, 1_095_000, "Sinaloa Cartel", 10, f"2020-0{m + 1}-10") for m in range(4)]
    rows += [(2_585_000, 1_095_000, "CJNG", 5, "2020-05-10")]
    features = []
    for i, (x, y, organisation, deaths, date) in enumerate(rows, start=1):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([i, date, organisation, "Civilians", deaths, 1])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _violent_regions(folder):
    """(municipalities, vdto:hotspots' results, vdto:rankvdtos' results): real regions and their leads."""
    import processing

    municipalities = _municipalities(folder / "munis.gpkg")
    hot = processing.run("vdto:hotspots", {"INPUT": municipalities, "FIELD": "homicides", "PERMUTATIONS": 999,
                                           "SEED": 1, "OUTPUT": str(folder / "hot.gpkg"),
                                           "REGIONS": str(folder / "regions.gpkg")})
    ranked = processing.run("vdto:rankvdtos", {"INPUT": _events(), "REGIONS": hot["REGIONS"],
                                               "REGION_THRESHOLD": 0.4, "OUTPUT": str(folder / "ranking.gpkg"),
                                               "OUTPUT_REGIONS": str(folder / "ranking_regions.gpkg")})
    return municipalities, hot, ranked


def _sqlite_rows(path: str, sql: str):
    """Rows read with plain sqlite3, independent of QGIS and the plugin (``table`` is the GeoPackage's one layer)."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        connection.row_factory = sqlite3.Row
        table = connection.execute("SELECT table_name FROM gpkg_contents WHERE table_name != 'layer_styles'"
                                   ).fetchone()[0]
        return [dict(row) for row in connection.execute(sql.format(table=f'"{table}"'))]
    finally:
        connection.close()


def test_designate_a_violent_region_then_announce_it(tmp_path):
    """Regions from vdto:hotspots and their leads from vdto:rankvdtos: where no organisation holds 40 %, the analyst
    picks the region on the map, designates it from the dock and announces it; the targets table holds it."""
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtCore import QDate, Qt

    from vdto_targeting.gui.cycle_panel import CyclePanel
    from vdto_targeting.gui.tasks import UndeclaredParameters
    from vdto_targeting.qgis_bridge.zones_layer import create_zones_gpkg

    municipalities, hot, ranked = _violent_regions(tmp_path)
    regions = QgsVectorLayer(hot["REGIONS"], "Violent regions", "ogr")
    # the regions and their leads as the files hold them (sqlite3, not the plugin)
    expected = {str(r["region_id"]): r for r in _sqlite_rows(
        str(tmp_path / "regions.gpkg"), "SELECT region_id, n_munis, homicides, share, label, cvegeo_list, "
                                        "period_start, period_end FROM {table} ORDER BY region_id")}
    leads = {r["region_id"]: r for r in _sqlite_rows(
        str(tmp_path / "ranking_regions.gpkg"), "SELECT region_id, region_targeted, top_share FROM {table} "
                                                "WHERE rank = 1")}
    assert sorted(expected) == ["1", "2"] and leads["1"]["region_targeted"] == 1 and leads["2"]["region_targeted"] == 0
    # by hand from the inputs: the north-west's homicides are its members' counts; three organisations with 12 of
    # its 36 attributed deaths each; the south-east's Sinaloa Cartel 40 of 45; the events span 2020-01-10 – 05-10
    munis = {r["cvegeo"]: r["homicides"] for r in _sqlite_rows(str(tmp_path / "munis.gpkg"),
                                                               "SELECT cvegeo, homicides FROM {table}")}
    assert expected["1"]["homicides"] == sum(munis[c] for c in expected["1"]["cvegeo_list"].split(","))
    assert leads["1"]["top_share"] == pytest.approx(12 / 36) and leads["2"]["top_share"] == pytest.approx(40 / 45)
    north_west = f"R1 ({expected['1']['label']})"
    assert expected["1"]["label"].startswith("Mun ")

    zones = str(tmp_path / "zones.gpkg")
    create_zones_gpkg(zones)
    started = []
    context = _Context({"ranking": _ranking(), "regions": regions,
                        "region_ranking": QgsVectorLayer(ranked["OUTPUT_REGIONS"], "by region", "ogr"),
                        "municipalities": QgsVectorLayer(municipalities, "munis", "ogr")})
    panel = CyclePanel(context, started.append)
    panel.zones_file.setFilePath(zones)
    panel.refresh()
    # the list: most homicides first, the share of all homicides, and who leads (none named in R1)
    assert [panel.region_combo.itemData(i) for i in range(panel.region_combo.count())] == ["1", "2"]
    assert panel.region_combo.itemText(0) == f"{north_west} · {expected['1']['share']:.1%} · no organisation named"
    assert panel.region_combo.itemText(1).endswith(" · Sinaloa Cartel")
    # the map selection chooses the region in the list
    regions.selectByExpression('"region_id" = 2')
    assert panel.region_combo.currentData() == "2"
    regions.selectByExpression('"region_id" = 1')
    assert panel.region_combo.currentData() == "1"

    panel.date.setDate(QDate(2020, 6, 1))
    panel.designate_region_button.click()
    rows = _targets(zones)
    assert [(r["organisation"], r["region"], r["status"], r["designated_on"], r["announced_on"]) for r in rows] == [
        (None, north_west, "designated", "2020-06-01", None)]
    assert panel.message.text() == f"{north_west} designated ({rows[0]['target_id']})."
    # the rule in words with its periods: the rank by homicides in the counts' period, why no organisation is named
    # in the events' period
    region = expected["1"]
    assert rows[0]["criterion"] == (
        f"Violent region {north_west}: rank 1 of 2 violent regions by homicides in 2019-01-01 – 2021-12-31, "
        f"{region['n_munis']} contiguous hot-spot municipalities with {region['homicides']:,.0f} homicides "
        f"({region['share']:.1%} of all homicides in the municipalities analysed). No organisation can be named: the "
        f"most violent holds 33.3% of its attributed deaths in 2020-01-10 – 2020-05-10.")
    assert panel.region_combo.itemData(1, Qt.ItemDataRole.ToolTipRole).endswith(
        "Led by Sinaloa Cartel with 88.9% of its attributed deaths in 2020-01-10 – 2020-05-10.")
    # the dock shows the target; the next most violent organisations are unchanged
    assert panel.targets_table.item(0, 0).text() == north_west
    assert panel.targets_table.item(0, 1).text() == "designated"
    assert panel.next_list.item(0).text() == "1. Sinaloa Cartel"
    assert panel.region_combo.itemText(0).endswith(" · designated")
    # a second designation of the same region is refused, nothing written
    panel.designate_region_button.click()
    assert "already designated" in panel.message.text() and len(_targets(zones)) == 1

    panel.targets_table.selectRow(0)
    panel.date.setDate(QDate(2020, 7, 1))
    panel.announce_button.click()
    row = _targets(zones)[0]
    assert (row["region"], row["status"], row["designated_on"], row["announced_on"]) == (
        north_west, "announced", "2020-06-01", "2020-07-01")
    assert panel.message.text() == f"{north_west} announced on 2020-07-01."
    # an organisation designated beside the region: left out of the next most violent; the region stays a target
    panel.ranking.selectRow(0)
    panel.designate_button.click()
    pairs = {(r["organisation"], r["region"]) for r in _targets(zones)}
    assert pairs == {(None, north_west), ("Sinaloa Cartel", None)}
    assert panel.next_list.item(0).text() == "1. Juarez Cartel"
    # the region's effect is its zones' displacement (no organisation's series to model)
    region_row = [r for r in range(panel.targets_table.rowCount())
                  if panel.targets_table.item(r, 0).text() == north_west][0]
    panel.targets_table.selectRow(region_row)
    panel.effect_button.click()
    assert started == ["vdto:displacement"]
    assert panel.values("vdto:displacement", {"EVENTS": None})["ANNOUNCED"] == "2020-07-01"
    panel.targets_table.selectRow(region_row)
    panel.notice_button.click()
    notice = panel.values("vdto:publicnotice", {})
    assert notice == {"ZONES_FILE": zones, "TARGET_ID": row["target_id"]}
    # the public notice (Spanish) names the region, as the map labels it, and the announcement date
    import processing

    from tests.qgis.test_cycle_briefing import pdf_text

    pdf = tmp_path / "notice.pdf"
    processing.run("vdto:publicnotice", dict(notice, LANGUAGE=1, OUTPUT=str(pdf)))
    text = pdf_text(pdf)
    assert f"Región designada: {north_west}" in text and "2020-07-01" in text, text
    # the dock names vdto:designatetarget's parameters by its class constants: another name is a programming error
    with pytest.raises(UndeclaredParameters, match="PERIOD"):
        panel._designate({"ZONES_FILE": zones, "PERIOD": "2020"})


def test_designate_region_without_regions_says_what_to_run(tmp_path):
    from vdto_targeting.gui.cycle_panel import CyclePanel
    from vdto_targeting.qgis_bridge.zones_layer import create_zones_gpkg

    zones = str(tmp_path / "zones.gpkg")
    create_zones_gpkg(zones)
    panel = CyclePanel(_Context({"ranking": _ranking()}), [].append)
    panel.zones_file.setFilePath(zones)
    panel.refresh()
    assert panel.region_combo.count() == 0 and not panel.region_combo.isEnabled()
    panel.designate_region_button.click()
    assert "run step 3" in panel.message.text()
    assert _targets(zones) == []


def _targets(path: str):
    """The targets table read with plain sqlite3 (dates as the GeoPackage stores them, YYYY-MM-DD)."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        connection.row_factory = sqlite3.Row
        return [dict(row) for row in connection.execute(
            "SELECT target_id, organisation, region, criterion, status, designated_on, announced_on FROM targets "
            "ORDER BY fid")]
    finally:
        connection.close()


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


def test_the_dock_lists_step_3s_regions_and_follows_the_map(dock, tmp_path):
    """Step 3's violent regions reach the cycle panel through the dock's roles; a re-run's layer replaces the old one,
    whose map selection no longer drives the list."""
    from qgis.core import QgsProject, QgsVectorLayer

    from vdto_targeting.gui.steps.hotspots import HOTSPOTS
    from vdto_targeting.processing.hotspots import HotspotsAlgorithm as Hotspots

    _municipalities_uri, hot, _ranked = _violent_regions(tmp_path)
    panel = dock.page("organisations").cycle
    assert panel.region_combo.count() == 0
    first = QgsVectorLayer(hot["REGIONS"], "Violent regions", "ogr")
    QgsProject.instance().addMapLayer(first)
    dock.page("hotspots").on_finished(HOTSPOTS, {"layers": {Hotspots.REGIONS: first}})
    assert [panel.region_combo.itemData(i) for i in range(panel.region_combo.count())] == ["1", "2"]
    assert panel.region_combo.currentData() == "1"
    first.selectByExpression('"region_id" = 2')
    assert panel.region_combo.currentData() == "2"
    again = QgsVectorLayer(hot["REGIONS"], "Violent regions", "ogr")
    QgsProject.instance().addMapLayer(again)
    dock.page("hotspots").on_finished(HOTSPOTS, {"layers": {Hotspots.REGIONS: again}})
    first.selectByExpression('"region_id" = 1')
    assert panel.region_combo.currentData() == "2"
    again.selectByExpression('"region_id" = 1')
    assert panel.region_combo.currentData() == "1"


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
