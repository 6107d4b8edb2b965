"""The zones GeoPackage: schema, form, edits on disk at once, repair-or-refuse, zones from features and circles."""
from __future__ import annotations

import math

import pytest

pytestmark = pytest.mark.usefixtures("vdto_provider")


def _ogr_rows(path):
    """Read the zones with a separate GDAL connection: what is on disk, not what the layer caches."""
    from osgeo import ogr

    dataset = ogr.Open(str(path))
    layer = dataset.GetLayerByName("zones")
    rows = [(f.GetField("zone_id"), f.GetField("name"), f.GetField("status"), f.GetGeometryRef().Area())
            for f in layer]
    dataset = None
    return rows


def _square(x, y, half):
    from qgis.core import QgsGeometry

    return QgsGeometry.fromWkt(f"POLYGON(({x - half} {y - half},{x + half} {y - half},{x + half} {y + half},"
                               f"{x - half} {y + half},{x - half} {y - half}))")


# A point near Culiacán, Sinaloa, in EPSG:6372 metres.
CX, CY = 1_850_000.0, 1_450_000.0


@pytest.fixture()
def store(tmp_path):
    from vdto_targeting.qgis_bridge.zones_layer import ZoneStore, create_zones_gpkg

    import gc

    zones = ZoneStore(create_zones_gpkg(str(tmp_path / "zones.gpkg")))
    yield zones
    zones.layer = None      # free the layer now, not during interpreter exit after QGIS has shut down
    del zones
    gc.collect()


def test_schema_form_and_crs(store, tmp_path):
    from vdto_targeting.definitions import ZONE_FIELDS
    from vdto_targeting.qgis_bridge.zones_layer import create_zones_gpkg

    layer = store.layer
    assert layer.providerType() == "ogr" and layer.crs().authid() == "EPSG:6372"
    assert layer.fields().names()[-len(ZONE_FIELDS):] == ZONE_FIELDS
    status = layer.editorWidgetSetup(layer.fields().indexOf("status"))
    assert status.type() == "ValueMap"
    values = [list(d.values())[0] for d in status.config()["map"]]
    assert values == ["proposed", "approved", "active", "closed"]
    assert layer.editorWidgetSetup(layer.fields().indexOf("basis")).type() == "ValueMap"
    start = layer.editorWidgetSetup(layer.fields().indexOf("start_date"))
    assert start.type() == "DateTime" and start.config()["calendar_popup"] is True
    assert layer.editFormConfig().readOnly(layer.fields().indexOf("created_at"))
    # Re-creating opens the existing file: an analyst's zones are never overwritten.
    store.add_zone(_square(CX, CY, 5000), {"name": "keep me"})
    again = create_zones_gpkg(str(tmp_path / "zones.gpkg"))
    assert again.featureCount() == 1


def test_add_update_delete_reach_disk_immediately(store, tmp_path):
    layer = store.layer
    fid, verdict = store.add_zone(_square(CX, CY, 5000), {"name": "Culiacán centro", "status": "approved"})
    assert verdict == "valid" and not layer.isEditable() and not layer.isModified()
    rows = _ogr_rows(tmp_path / "zones.gpkg")
    assert len(rows) == 1 and rows[0][1] == "Culiacán centro" and rows[0][2] == "approved"
    assert rows[0][0].startswith("Z-") and rows[0][3] == pytest.approx(1e8)
    created = store.feature(fid)["created_at"]
    store.update_zone(fid, geometry=_square(CX, CY, 10_000), attributes={"status": "active",
                                                                         "start_date": "2021-03-01"})
    rows = _ogr_rows(tmp_path / "zones.gpkg")
    assert rows[0][2] == "active" and rows[0][3] == pytest.approx(4e8)
    feature = store.feature(fid)
    assert feature["created_at"] == created and feature["updated_at"] >= created
    assert feature["start_date"].toString("yyyy-MM-dd") == "2021-03-01"
    removed = store.delete_zone(fid)
    assert _ogr_rows(tmp_path / "zones.gpkg") == []
    store.restore_zone(removed)                              # undo of a delete
    assert [r[1] for r in _ogr_rows(tmp_path / "zones.gpkg")] == ["Culiacán centro"]


def test_self_intersecting_repaired_or_refused(store):
    from qgis.core import QgsGeometry

    from vdto_targeting.qgis_bridge.zones_layer import ZoneRefused

    bowtie = QgsGeometry.fromWkt(f"POLYGON(({CX} {CY},{CX + 10000} {CY + 10000},{CX + 10000} {CY},"
                                 f"{CX} {CY + 10000},{CX} {CY}))")
    fid, verdict = store.add_zone(bowtie, {"name": "bow tie"})
    stored = store.feature(fid).geometry()
    assert verdict == "repaired" and stored.isGeosValid() and stored.area() == pytest.approx(5e7)
    flat = QgsGeometry.fromWkt(f"POLYGON(({CX} {CY},{CX + 10000} {CY},{CX + 20000} {CY},{CX} {CY}))")
    with pytest.raises(ZoneRefused, match="crosses itself.*redraw"):
        store.add_zone(flat)


def test_outside_mexico_refused_and_degrees_reprojected(store):
    from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry

    from vdto_targeting.qgis_bridge.zones_layer import ZoneRefused

    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    madrid = QgsGeometry.fromWkt("POLYGON((-3.8 40.3,-3.6 40.3,-3.6 40.5,-3.8 40.5,-3.8 40.3))")
    with pytest.raises(ZoneRefused, match="outside Mexico.*CRS"):
        store.add_zone(madrid, crs=wgs84)
    # A 0.1° square over Culiacán given in degrees is stored in metres with its true area (pyproj in .venv-ref).
    from tests.reference import run_zones

    wkt = "POLYGON((-107.45 24.75,-107.35 24.75,-107.35 24.85,-107.45 24.85,-107.45 24.75))"
    fid, _ = store.add_zone(QgsGeometry.fromWkt(wkt), crs=wgs84)
    expected = run_zones("area", "--wkt", wkt)["area_m2"]
    assert store.feature(fid).geometry().area() == pytest.approx(expected, rel=1e-3)


def test_bad_attribute_values_refused(store):
    from vdto_targeting.qgis_bridge.zones_layer import ZoneRefused

    with pytest.raises(ZoneRefused, match="Unknown zone status 'done': use one of"):
        store.add_zone(_square(CX, CY, 1000), {"status": "done"})
    with pytest.raises(ZoneRefused, match="ends .* before it starts"):
        store.add_zone(_square(CX, CY, 1000), {"start_date": "2022-05-01", "end_date": "2021-01-01"})
    assert store.layer.featureCount() == 0


def test_buffer_zone_and_zone_from_selected_municipalities(tmp_path):
    import processing
    from qgis.core import QgsFeatureRequest, QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer

    from vdto_targeting.qgis_bridge.zones_layer import open_zones_layer

    path = str(tmp_path / "z.gpkg")
    processing.run("vdto:createzoneslayer", {"OUTPUT": path})
    result = processing.run("vdto:bufferzone", {"ZONES_FILE": path, "POINT": "-107.39,24.80 [EPSG:4326]",
                                                "RADIUS_KM": 15, "NAME": "Culiacán 15 km"})
    layer = open_zones_layer(path)
    circle = layer.getFeature(result["FID"]).geometry()
    assert circle.area() == pytest.approx(math.pi * 15_000 ** 2, rel=2e-3)
    # Two municipalities of a small in-memory frame, one selected.
    munis = QgsVectorLayer("MultiPolygon?crs=EPSG:6372&field=cvegeo:string", "m", "memory")
    from qgis.core import QgsFeature

    for code, x in (("25006", CX), ("25012", CX + 20_000)):
        feature = QgsFeature(munis.fields())
        feature.setGeometry(_square(x, CY, 10_000))
        feature.setAttributes([code])
        munis.dataProvider().addFeatures([feature])
    munis.selectByExpression("cvegeo = '25012'")
    QgsProject.instance().addMapLayer(munis, False)       # the dock passes the map layer, as here
    try:
        processing.run("vdto:zonefromfeatures", {
            "ZONES_FILE": path, "INPUT": QgsProcessingFeatureSourceDefinition(munis.id(), True),
            "NAME": "from selection", "BASIS": 0})
    finally:
        QgsProject.instance().removeMapLayer(munis.id())
    stored = [f for f in open_zones_layer(path).getFeatures(QgsFeatureRequest()) if f["name"] == "from selection"]
    assert len(stored) == 1 and stored[0]["basis"] == "vdto"
    assert stored[0].geometry().area() == pytest.approx(4e8)


def test_corridor_line_needs_a_buffer(tmp_path):
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

    path = str(tmp_path / "z.gpkg")
    processing.run("vdto:createzoneslayer", {"OUTPUT": path})
    line = QgsVectorLayer("LineString?crs=EPSG:6372", "corridor", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(f"LINESTRING({CX} {CY},{CX + 50000} {CY + 80000})"))
    line.dataProvider().addFeatures([feature])
    with pytest.raises(QgsProcessingException, match="corridor is a line.*buffer"):
        processing.run("vdto:zonefromfeatures", {"ZONES_FILE": path, "INPUT": line})
    result = processing.run("vdto:zonefromfeatures", {"ZONES_FILE": path, "INPUT": line, "BUFFER_KM": 5})
    assert result["VERDICT"] == "valid"


def test_locked_geopackage_refused_and_unchanged(store, tmp_path):
    """How long the refusal takes is measured by benchmarks/bench_zones.py (no timed assertions in tests)."""
    import hashlib
    import sqlite3

    from vdto_targeting.qgis_bridge.zones_layer import ZoneRefused

    store.add_zone(_square(CX, CY, 5000), {"name": "before the lock"})
    path = tmp_path / "zones.gpkg"
    other = sqlite3.connect(str(path), timeout=0.1)        # another program writing to the file
    other.execute("BEGIN EXCLUSIVE")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    message = ""
    try:
        store.add_zone(_square(CX, CY, 3000), {"name": "while locked"})
    except ZoneRefused as error:
        message = str(error)      # keep the text only: a kept traceback would pin the layer past QGIS's exit
    finally:
        other.rollback()
        other.close()
    assert "locked by another program" in message and "close it there" in message
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert [r[1] for r in _ogr_rows(path)] == ["before the lock"]
