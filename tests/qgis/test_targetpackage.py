"""vdto:targetpackage chains ranking → regions → corridors → ports → U.S. counties; GeoPackage and CSV agree."""
from __future__ import annotations

import csv

import pytest


def test_target_package_on_real_data(vdto_provider, shared_data, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    from tests.datasets import BASEMAP, MUNICIPIOS_LITE, PORTS_GPKG, UCDP_GPKG

    events = str(shared_data / UCDP_GPKG)
    period = {"START": "2020-01-01", "END": "2023-12-31", "ATTRIBUTION": 1}
    states = QgsVectorLayer(f"{shared_data / MUNICIPIOS_LITE}|layername=estados", "estados", "ogr")
    regions = processing.run("native:fieldcalculator", {
        "INPUT": states, "FIELD_NAME": "region_id", "FIELD_TYPE": 2, "FORMULA": "'R' || \"cve_ent\"",
        "OUTPUT": "memory:"})["OUTPUT"]
    regions.setSubsetString("\"cve_ent\" IN ('08', '11', '12', '16')")
    ranked = processing.run("vdto:rankvdtos", dict(period, INPUT=events, REGIONS=regions, REGION_THRESHOLD=0.4,
                                                   OUTPUT=str(tmp_path / "rank.gpkg"),
                                                   OUTPUT_REGIONS=str(tmp_path / "regions.gpkg")))
    terr = processing.run("vdto:territories", dict(period, INPUT=events, TOP_N=2, PIXEL_SIZE=10000, RADIUS=30000,
                                                   OUTPUT=str(tmp_path / "terr.gpkg")))
    corr = processing.run("vdto:corridors", dict(period, **{
        "TERRITORIES": terr["OUTPUT"], "PORTS": str(shared_data / PORTS_GPKG), "EVENTS": events,
        "MUNICIPALITIES": f"{shared_data / MUNICIPIOS_LITE}|layername=municipios",
        "DESTINATIONS": f"{shared_data / BASEMAP}|layername=us_counties", "OUTPUT": str(tmp_path / "corr.gpkg")}))
    package = processing.run("vdto:targetpackage", {
        "RANKING": ranked["OUTPUT"], "REGIONS_RANKING": ranked["OUTPUT_REGIONS"], "CORRIDORS": corr["OUTPUT"],
        "TOP_N": 2, "OUTPUT": str(tmp_path / "package.gpkg"), "OUTPUT_CSV": str(tmp_path / "package.csv")})
    layer = QgsVectorLayer(package["OUTPUT"], "p", "ogr")
    rows = list(layer.getFeatures())
    for name in ["organisation", "rank", "deaths", "region_id", "port_code", "port_name", "us_destination",
                 "us_county_fips", "criterion"]:
        assert name in layer.fields().names()
    ranking = {f["organisation"]: f for f in QgsVectorLayer(ranked["OUTPUT"]).getFeatures()}
    corridors = {(f["organisation"], f["port_code"]): f for f in QgsVectorLayer(corr["OUTPUT"]).getFeatures()}
    by_region = list(QgsVectorLayer(ranked["OUTPUT_REGIONS"]).getFeatures())
    leads = {(r["organisation"], r["region_id"]) for r in by_region if r["rank"] == 1 and not r["region_targeted"]}
    targeted = {r["region_id"] for r in by_region if r["region_targeted"]}
    vdto_rows = [r for r in rows if r["target_type"] == "vdto"]
    assert {r["organisation"] for r in vdto_rows} == {o for o, f in ranking.items() if f["rank"] <= 2}
    for row in vdto_rows:
        org = ranking[row["organisation"]]
        assert row["rank"] == org["rank"] and row["deaths"] == pytest.approx(org["deaths"])
        assert row["criterion"] == org["criterion"]
        corridor = corridors[(row["organisation"], row["port_code"])]
        assert row["us_county_fips"] == corridor["us_county_fips"] and row["port_name"] == corridor["port_name"]
        assert row.geometry().equals(corridor.geometry())
        # Deaths along the corridor: the corridor's figure under the precision rule, its split and its rule carried
        assert row["exposure_deaths"] == pytest.approx(corridor["exposure_deaths"])
        assert row["exposure_deaths"] == pytest.approx(row["exposure_deaths_point"] + row["exposure_deaths_spread"])
        assert "by the share of their municipality's or state's area" in row["exposure_rule"]
        if row["region_id"]:
            assert (row["organisation"], row["region_id"]) in leads
    expected_regions = {r for o, r in leads if ranking[o]["rank"] <= 2}
    assert {r["region_id"] for r in vdto_rows if r["region_id"]} == expected_regions
    assert {r["region_id"] for r in rows if r["target_type"] == "region"} == targeted
    with open(package["OUTPUT_CSV"], encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert len(table) == len(rows)
    assert [t["port_code"] for t in table] == [r["port_code"] or "" for r in rows]


def test_ranking_without_required_fields_is_refused(vdto_provider, shared_data, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    from tests.datasets import PORTS_GPKG

    out = tmp_path / "p.gpkg"
    with pytest.raises(QgsProcessingException, match="ranking table has no organisation, rank, deaths field: use"):
        processing.run("vdto:targetpackage", {"RANKING": str(shared_data / PORTS_GPKG), "OUTPUT": str(out)})
    assert not out.exists()


def _events_layer():
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorLayer
    from vdto_targeting.qgis_compat import FIELD_TYPE_INT, FIELD_TYPE_STRING

    layer = QgsVectorLayer("Point?crs=EPSG:4326", "events", "memory")
    layer.dataProvider().addAttributes([QgsField("side_a", FIELD_TYPE_STRING), QgsField("side_b", FIELD_TYPE_STRING),
                                        QgsField("best", FIELD_TYPE_INT), QgsField("date_start", FIELD_TYPE_STRING),
                                        QgsField("where_prec", FIELD_TYPE_INT)])
    layer.updateFields()
    rows = [("Juarez Cartel", "Sinaloa Cartel", 10, -106.45 + 0.01 * i, 31.70) for i in range(3)]
    rows += [("Juarez Cartel", "Sinaloa Cartel", 1, -106.40, 31.65)]        # one more event, same deaths each side
    rows += [("La Familia Michoacana", "Civilians", 5, -101.19 + 0.01 * i, 19.70) for i in range(2)]
    for a, b, best, lon, lat in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        feature.setAttributes([a, b, best, "2010-06-01", 1])
        layer.dataProvider().addFeatures([feature])
    return layer


def test_shared_region_and_no_corridor_are_carried(vdto_provider, shared_data, tmp_path):
    """Juárez and Sinaloa fight every event in region R1 (full involvement: 31 deaths each): the region is shared
    and listed for both; La Familia has no violence near the border: its package row says there is no corridor.
    Each Juárez/Sinaloa row carries its port's U.S. county from the BTS table."""
    import processing
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
    from vdto_targeting.qgis_compat import FIELD_TYPE_STRING

    from tests.datasets import MUNICIPIOS_LITE, PORTS_GPKG

    events = _events_layer()
    regions = QgsVectorLayer("Polygon?crs=EPSG:4326", "regions", "memory")
    regions.dataProvider().addAttributes([QgsField("region_id", FIELD_TYPE_STRING)])
    regions.updateFields()
    region = QgsFeature(regions.fields())
    region.setGeometry(QgsGeometry.fromWkt("POLYGON((-106.6 31.5,-106.2 31.5,-106.2 31.78,-106.6 31.78,-106.6 31.5))"))
    region.setAttributes(["R1"])
    regions.dataProvider().addFeatures([region])
    ranked = processing.run("vdto:rankvdtos", {"INPUT": events, "REGIONS": regions, "OUTPUT": str(tmp_path / "r.gpkg"),
                                               "OUTPUT_REGIONS": str(tmp_path / "reg.gpkg")})
    region_rows = {f["organisation"]: f for f in QgsVectorLayer(ranked["OUTPUT_REGIONS"]).getFeatures()}
    assert region_rows["Juarez Cartel"]["rank"] == region_rows["Sinaloa Cartel"]["rank"] == 1
    assert region_rows["Juarez Cartel"]["tied_with"] == "Sinaloa Cartel"
    assert region_rows["Sinaloa Cartel"]["target"] == "shared: Juarez Cartel; Sinaloa Cartel"
    assert region_rows["Juarez Cartel"]["shared"] == 1 and "not by event count" in region_rows["Juarez Cartel"][
        "criterion"]
    terr = processing.run("vdto:territories", {"INPUT": events, "TOP_N": 3, "MIN_EVENTS": 1,
                                               "OUTPUT": str(tmp_path / "t.gpkg")})
    # The events carry no municipality code: the municipalities layer places them (Juárez, 08037, El Paso's twin).
    corr = processing.run("vdto:corridors", {"TERRITORIES": terr["OUTPUT"], "PORTS": str(shared_data / PORTS_GPKG),
                                             "EVENTS": events, "OUTPUT": str(tmp_path / "c.gpkg"),
                                             "MUNICIPALITIES": f"{shared_data / MUNICIPIOS_LITE}|layername=municipios"})
    assert corr["NO_CORRIDOR"] == ["La Familia Michoacana"]
    package = processing.run("vdto:targetpackage", {
        "RANKING": ranked["OUTPUT"], "REGIONS_RANKING": ranked["OUTPUT_REGIONS"], "CORRIDORS": corr["OUTPUT"],
        "TOP_N": 0, "OUTPUT": str(tmp_path / "p.gpkg")})
    rows = list(QgsVectorLayer(package["OUTPUT"]).getFeatures())
    for org, rival in (("Juarez Cartel", "Sinaloa Cartel"), ("Sinaloa Cartel", "Juarez Cartel")):
        mine = [r for r in rows if r["organisation"] == org]
        assert mine and all(r["region_id"] == "R1" and r["region_shared_with"] == rival for r in mine)
        assert {r["port_code"] for r in mine} == {"2402", "2401", "2408"}          # El Paso, Ysleta, Santa Teresa
        assert {r["port_county_fips"] for r in mine} == {"48141", "35013"}         # El Paso county, Doña Ana county
        assert all(r["corridor_strength"] == "strong" and "shared with" in r["link"] for r in mine)
    familia = [r for r in rows if r["organisation"] == "La Familia Michoacana"]
    assert len(familia) == 1 and familia[0]["corridor_strength"] == "none" and not familia[0]["port_code"]
    assert "no corridor" in familia[0]["link"] and "no violence" in familia[0]["corridor_evidence"]
