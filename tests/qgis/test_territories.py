"""vdto:territories on real UCDP events: areas hold the share, cover the organisation's busiest municipality."""
from __future__ import annotations

import pandas as pd
import pytest


def test_territories_of_top_organisations(vdto_provider, shared_data, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    from tests.datasets import MUNICIPIOS_LITE, UCDP_CSV, UCDP_GPKG

    out = str(tmp_path / "territories.gpkg")
    result = processing.run("vdto:territories", {
        "INPUT": str(shared_data / UCDP_GPKG), "START": "2020-01-01", "END": "2023-12-31", "TOP_N": 3,
        "SHARE": 0.8, "PIXEL_SIZE": 5000, "RADIUS": 25000,
        "MUNICIPALITIES": f"{shared_data / MUNICIPIOS_LITE}|layername=municipios", "OUTPUT": out})
    layer = QgsVectorLayer(result["OUTPUT"], "t", "ogr")
    assert layer.crs().authid() == "EPSG:6372" and layer.featureCount() == 3
    events = pd.read_csv(shared_data / UCDP_CSV, dtype={"cvegeo_pip": str})
    events = events[(events["date_start"] >= "2020-01-01") & (events["date_start"] <= "2023-12-31")]
    for feature in layer.getFeatures():
        assert 0.8 <= feature["captured"] < 0.85
        assert feature.geometry().area() / 1e6 == pytest.approx(feature["area_km2"], rel=1e-6)
        # independent: the municipality where the organisation's events concentrate is inside its territory
        name = feature["organisation"].replace(" (CJNG)", "")
        mine = events[(events["side_a"].str.contains(name, regex=False))
                      | (events["side_b"].str.contains(name, regex=False))]
        busiest = mine["cvegeo_pip"].value_counts().index[0]
        assert busiest in feature["munis"].split(","), (name, busiest)
        assert feature["n_munis"] == len(feature["munis"].split(","))


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
