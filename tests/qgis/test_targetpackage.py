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
    corr = processing.run("vdto:corridors", {
        "TERRITORIES": terr["OUTPUT"], "PORTS": str(shared_data / PORTS_GPKG),
        "DESTINATIONS": f"{shared_data / BASEMAP}|layername=us_counties", "OUTPUT": str(tmp_path / "corr.gpkg")})
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
