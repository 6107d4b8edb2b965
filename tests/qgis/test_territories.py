"""vdto:territories on real UCDP events: areas hold the share, cover the organisation's busiest municipality."""
from __future__ import annotations

import pytest


MAIN = ["Sinaloa Cartel", "Juarez Cartel", "Gulf Cartel", "Los Zetas", "Tijuana Cartel"]


def test_territories_2006_2012_on_land_and_few_parts(vdto_provider, shared_data, tmp_path):
    """The real UCDP events 2006-2012 at the default settings: every part on land (inside the
    municipalities), at most a dozen parts per organisation, the label on the largest part only."""
    import processing
    from qgis.core import QgsVectorLayer

    from tests.datasets import MUNICIPIOS_LITE, UCDP_GPKG, mexico_land

    out = str(tmp_path / "territories.gpkg")
    contested = str(tmp_path / "contested.gpkg")
    result = processing.run("vdto:territories", {
        "INPUT": str(shared_data / UCDP_GPKG), "START": "2006-01-01", "END": "2012-12-31", "TOP_N": 10,
        "MUNICIPALITIES": f"{shared_data / MUNICIPIOS_LITE}|layername=municipios", "OUTPUT": out,
        "OUTPUT_CONTESTED": contested})
    layer = QgsVectorLayer(result["OUTPUT"], "t", "ogr")
    assert layer.crs().authid() == "EPSG:6372"
    # The period's figure: 10,920 of its 29,181 deaths are known only to a state (spread, never points).
    assert result["PREC_STATE_DEATHS"] == pytest.approx(10920) and "PRECISION" in result
    assert "spread over their state" in next(layer.getFeatures())["precision"]
    land = mexico_land(shared_data)
    by_org: dict = {}
    for feature in layer.getFeatures():
        by_org.setdefault(feature["organisation"], []).append(feature)
    assert set(MAIN) <= set(by_org), sorted(by_org)
    for org, features in by_org.items():
        polygons = sum(len(f.geometry().asMultiPolygon()) for f in features)
        assert len(features) <= 12 and polygons <= 12, (org, len(features), polygons)
        assert sorted(f["part"] for f in features) == list(range(1, len(features) + 1))
        assert all(f["parts"] == len(features) for f in features)
        areas = {f["part"]: f.geometry().area() for f in features}
        assert max(areas, key=areas.get) == 1                       # part 1 is the largest
        for feature in features:
            off_land = feature.geometry().difference(land).area() / 1e6
            # The lite municipalities (MG2020) and the MG2025 frame differ by a few hundred metres along coasts.
            assert off_land <= 0.01 * feature["area_km2"] + 1.0, (org, feature["part"], off_land)
            assert feature.geometry().area() / 1e6 == pytest.approx(feature["area_km2"], rel=1e-6)
            assert (feature["label"] == org) == (feature["part"] == 1)
            assert feature["part_share"] >= 0.02 and feature["area_km2"] >= 500
            assert feature["contested_km2"] <= feature["area_km2"] + 1e-6
    # The Sinaloa–Juárez war: Juárez's territory is contested with Sinaloa, in Ciudad Juárez (08037).
    juarez = by_org["Juarez Cartel"]
    assert any("Sinaloa Cartel" in (f["contested_with"] or "") and "08037" in f["munis"].split(",") for f in juarez)
    assert QgsVectorLayer(result["OUTPUT_CONTESTED"], "c", "ogr").featureCount() > 0
    again = processing.run("vdto:territories", {
        "INPUT": str(shared_data / UCDP_GPKG), "START": "2006-01-01", "END": "2012-12-31", "TOP_N": 10,
        "MUNICIPALITIES": f"{shared_data / MUNICIPIOS_LITE}|layername=municipios",
        "OUTPUT": str(tmp_path / "again.gpkg")})
    first = sorted((f["organisation"], f["part"], round(f["area_km2"], 6)) for f in layer.getFeatures())
    second = sorted((f["organisation"], f["part"], round(f["area_km2"], 6))
                    for f in QgsVectorLayer(again["OUTPUT"], "t", "ogr").getFeatures())
    assert first == second                                           # reproducible


def test_single_event_organisation_is_refused(vdto_provider, tmp_path):
    import processing
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer
    from vdto_targeting import qgis_compat as qc

    layer = QgsVectorLayer("Point?crs=EPSG:4326", "events", "memory")
    layer.dataProvider().addAttributes([QgsField("side_a", qc.FIELD_TYPE_STRING),
                                        QgsField("side_b", qc.FIELD_TYPE_STRING), QgsField("best", qc.FIELD_TYPE_INT)])
    layer.updateFields()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(-103.3, 20.6)))
    feature.setAttributes(["Jalisco Cartel New Generation", "Civilians", 4])
    layer.dataProvider().addFeatures([feature])
    out = tmp_path / "t.gpkg"
    with pytest.raises(QgsProcessingException, match="fewer than 3 events.*lower 'Minimum events'"):
        processing.run("vdto:territories", {"INPUT": layer, "TOP_N": 1, "OUTPUT": str(out)})
    assert not out.exists()
    result = processing.run("vdto:territories", {"INPUT": layer, "TOP_N": 1, "MIN_EVENTS": 1,
                                                 "OUTPUT": str(out)})
    one = next(QgsVectorLayer(result["OUTPUT"], "t", "ogr").getFeatures())
    assert one["events"] == 1 and one["area_km2"] > 0


def _events(rows):
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorLayer
    from vdto_targeting.qgis_compat import FIELD_TYPE_INT, FIELD_TYPE_STRING

    layer = QgsVectorLayer("Point?crs=EPSG:4326", "events", "memory")
    layer.dataProvider().addAttributes([QgsField("side_a", FIELD_TYPE_STRING), QgsField("side_b", FIELD_TYPE_STRING),
                                        QgsField("best", FIELD_TYPE_INT), QgsField("date_start", FIELD_TYPE_STRING),
                                        QgsField("where_prec", FIELD_TYPE_INT),
                                        QgsField("cvegeo_pip", FIELD_TYPE_STRING)])
    layer.updateFields()
    for a, b, best, lon, lat, prec, muni in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        feature.setAttributes([a, b, best, "2010-06-01", prec, muni])
        layer.dataProvider().addFeatures([feature])
    return layer


def test_state_level_events_are_spread_not_points(vdto_provider, shared_data, tmp_path):
    """Events known only to Durango (UCDP where_prec 4, stored at the state centroid) give a territory over the
    state, never a disk around the centroid; left out of maps (STATE_EVENTS=1) they give no territory at all.
    Reference: Durango's area from QGIS's own geometry of the states layer."""
    import processing
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject,
                           QgsVectorLayer)

    from tests.datasets import MUNICIPIOS_LITE

    centroid = (-104.90, 24.93)      # Durango state's centroid, where UCDP stores its state-level events
    rows = [("Sinaloa Cartel", "Beltrán Leyva Cartel", 10, *centroid, 4, "10005") for _ in range(20)]
    rows += [("Gulf Cartel", "Los Zetas", 3, -100.31 + 0.01 * i, 25.67, 1, "19039") for i in range(5)]
    munis = f"{shared_data / MUNICIPIOS_LITE}|layername=municipios"
    result = processing.run("vdto:territories", {"INPUT": _events(rows), "TOP_N": 4, "MIN_EVENTS": 1,
                                                 "MUNICIPALITIES": munis, "OUTPUT": str(tmp_path / "t.gpkg")})
    parts = {f["organisation"]: f for f in QgsVectorLayer(result["OUTPUT"], "t", "ogr").getFeatures()}
    states = QgsVectorLayer(f"{shared_data / MUNICIPIOS_LITE}|layername=estados", "estados", "ogr")
    durango = QgsGeometry(next(f for f in states.getFeatures() if f["cve_ent"] == "10").geometry())
    durango.transform(QgsCoordinateTransform(states.crs(), QgsCoordinateReferenceSystem("EPSG:6372"),
                                             QgsProject.instance()))
    sinaloa = parts["Sinaloa Cartel"].geometry()
    # The spread density is flat over the state: the 80 % core takes the whole plateau (ties included).
    assert sinaloa.area() == pytest.approx(durango.area(), rel=0.03)
    assert sinaloa.difference(durango).area() / 1e6 < 0.01 * durango.area() / 1e6
    assert parts["Sinaloa Cartel"]["contested_with"] == "Beltrán Leyva Cartel"
    left_out = processing.run("vdto:territories", {"INPUT": _events(rows), "TOP_N": 4, "MIN_EVENTS": 1,
                                                   "STATE_EVENTS": 1, "MUNICIPALITIES": munis,
                                                   "OUTPUT": str(tmp_path / "t2.gpkg")})
    names = {f["organisation"] for f in QgsVectorLayer(left_out["OUTPUT"], "t", "ogr").getFeatures()}
    assert "Sinaloa Cartel" not in names and "Gulf Cartel" in names      # Monterrey's precise events stay
