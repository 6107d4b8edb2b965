"""vdto:importacled on the synthetic ACLED fixture, then the surface and zone figures with its precision classes.

Hand computation: the fixture's rows by geo_precision (1 point, 2 municipality, 3 state), and a zone equal to the
Culiacán municipality, which takes its precise and municipality-level events whole and Sinaloa's state-level event
by the share of Sinaloa's area it covers.
"""
from __future__ import annotations

import csv

import numpy as np
import pytest

from tests.datasets import MUNICIPIOS_LITE, ROOT

pytestmark = pytest.mark.usefixtures("vdto_provider")
FIXTURE = ROOT / "tests" / "fixtures" / "acled_mexico_synthetic.csv"


def _by_hand():
    rows = [r for r in csv.DictReader(FIXTURE.open(encoding="utf-8")) if r["latitude"]]
    classes = {"1": "POINT", "2": "MUNI", "3": "STATE"}
    events = {k: 0 for k in classes.values()}
    deaths = {k: 0 for k in classes.values()}
    for row in rows:
        events[classes[row["geo_precision"]]] += 1
        deaths[classes[row["geo_precision"]]] += int(row["fatalities"])
    return rows, events, deaths


@pytest.fixture(scope="module")
def acled_layer(tmp_path_factory):
    import processing

    out = tmp_path_factory.mktemp("acled") / "acled.gpkg"
    result = processing.run("vdto:importacled", {"INPUT": str(FIXTURE), "OUTPUT": str(out)})
    return result


def test_import_keeps_points_precision_and_dates(acled_layer):
    from qgis.core import QgsVectorLayer

    rows, events, deaths = _by_hand()
    layer = QgsVectorLayer(acled_layer["OUTPUT"], "acled", "ogr")
    assert layer.isValid() and layer.featureCount() == len(rows) == 9 and acled_layer["UNMATCHED"] == 1
    assert layer.crs().authid() == "EPSG:4326"
    features = {f["event_id_cnty"]: f for f in layer.getFeatures()}
    first = features["MEX90001"]
    assert first.geometry().asPoint().y() == pytest.approx(24.8069)
    assert first["event_date"].toString("yyyy-MM-dd") == "2020-01-15"
    assert first["geo_precision"] == 1 and first["fatalities"] == 4 and first["actor1"] == "Sinaloa Cartel"
    for key in ("POINT", "MUNI", "STATE"):
        assert acled_layer[f"PREC_{key}_EVENTS"] == events[key] and acled_layer[f"PREC_{key}_DEATHS"] == deaths[key]


def test_surface_and_zone_figures_with_acled_precision(acled_layer, shared_data, tmp_path):
    import processing
    from osgeo import ogr
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    from shapely import wkb
    from shapely.ops import transform

    _, events, deaths = _by_hand()
    munis = f"{shared_data / MUNICIPIOS_LITE}|layername=municipios"
    surface = processing.run("vdto:violencesurface", {
        "INPUT": acled_layer["OUTPUT"], "WEIGHT_FIELD": "fatalities", "RADIUS": 20000.0, "PIXEL_SIZE": 2000.0,
        "MUNICIPALITIES": munis, "OUTPUT": str(tmp_path / "acled.tif")})
    for key in ("POINT", "MUNI", "STATE"):
        assert surface[f"PREC_{key}_EVENTS"] == events[key] and surface[f"PREC_{key}_DEATHS"] == deaths[key]
    assert surface["TOTAL_WEIGHT"] == pytest.approx(sum(deaths.values()))

    # Hand reference: areas in EPSG:6372 of Culiacán (25006) and of Sinaloa (all 25xxx municipalities).
    from tests.osr import transformer

    fwd = transformer(4326, 6372)
    dataset = ogr.Open(str(shared_data / MUNICIPIOS_LITE))
    areas, culiacan_wkt = {}, None
    for feature in dataset.GetLayerByName("municipios"):
        code = feature.GetField("cvegeo")
        if code.startswith("25"):
            shape = wkb.loads(bytes(feature.GetGeometryRef().ExportToWkb()))
            areas[code] = transform(fwd, shape).buffer(0).area
            if code == "25006":
                culiacan_wkt = shape.wkt
    share = areas["25006"] / sum(areas.values())
    zones = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", "zones", "memory")
    zone = QgsFeature(zones.fields())
    zone.setAttributes(["Culiacán"])
    zone.setGeometry(QgsGeometry.fromWkt(culiacan_wkt))
    zones.dataProvider().addFeatures([zone])
    out = processing.run("vdto:zonestatistics", {
        "ZONES": zones, "EVENTS": acled_layer["OUTPUT"], "DEATHS_FIELD": "fatalities", "MUNICIPALITIES": munis,
        "OUTPUT": "memory:"})
    row = next(out["OUTPUT"].getFeatures())
    # MEX90001 (point, 4 deaths) and MEX90002 (Culiacán municipality, 2) whole; MEX90003 (Sinaloa, 10) by area
    assert row["events_point"] == 1
    assert row["events_spread"] == pytest.approx(1 + share, rel=1e-6)
    assert row["deaths_spread"] == pytest.approx(2 + 10 * share, rel=1e-6)
    assert row["deaths"] == pytest.approx(4 + 2 + 10 * share, rel=1e-6)
    assert row["share"] == pytest.approx((2 + share) / 9, rel=1e-6)
    assert "apportioned by area" in row["precision"] and 0.05 < share < 0.15
    # leaving state-level events out: the zone keeps only its own two events, N drops to 7
    out = processing.run("vdto:zonestatistics", {
        "ZONES": zones, "EVENTS": acled_layer["OUTPUT"], "DEATHS_FIELD": "fatalities", "MUNICIPALITIES": munis,
        "STATE_EVENTS": 1, "OUTPUT": "memory:"})
    row = next(out["OUTPUT"].getFeatures())
    assert row["events"] == pytest.approx(2) and row["share"] == pytest.approx(2 / 7)
    assert out["PREC_OUT_EVENTS"] == 2 and np.isclose(out["PREC_OUT_DEATHS"], 17)


def test_reader_sees_unsaved_edits(acled_layer):
    """A layer being edited is read through QGIS (its edit buffer), not straight from the file."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

    from vdto_targeting.qgis_bridge.events import EventQuery, read_events

    layer = QgsVectorLayer(acled_layer["OUTPUT"], "acled", "ogr")
    crs = QgsCoordinateReferenceSystem("EPSG:6372")
    from vdto_targeting.qgis_bridge.layers import arrow_bridge_trusted

    before = read_events(layer, crs, EventQuery(deaths_field="fatalities"))
    assert before.fast_path == arrow_bridge_trusted() and before.counts.total_deaths == 38
    layer.startEditing()
    try:
        first = next(layer.getFeatures())
        layer.changeAttributeValue(first.id(), layer.fields().indexOf("fatalities"), 1004)
        after = read_events(layer, crs, EventQuery(deaths_field="fatalities"))
        assert not after.fast_path and after.counts.total_deaths == 38 - first["fatalities"] + 1004
    finally:
        layer.rollBack()
