"""Importer algorithms: published layouts → clean GeoPackage tables/layers; unmatched rows logged; bad input refused."""
from __future__ import annotations

import os

import pandas as pd
import pytest

from tests.datasets import MUNICIPIOS_LITE, POPULATION_CENSUS
from tests.qgis.test_indicators import Capture, layer_frame, squares

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "fixtures")


def test_import_sesnsp_homicides_checked_against_municipalities(vdto_provider, tmp_path):
    import processing

    feedback = Capture()
    result = processing.run("vdto:importhomicides", {
        "INPUT": os.path.join(FIXTURES, "sesnsp_municipal_synthetic_latin1.csv"),
        "MUNICIPALITIES": squares(["08037", "08001"]), "OUTPUT": str(tmp_path / "h.gpkg")}, feedback=feedback)
    table = layer_frame(result["OUTPUT"])
    assert set(table.cvegeo) == {"08037"} and table.name.iloc[0] == "Juárez"
    assert len(table) == 12 + 3  # 2019 complete, 2020 Jan-Mar published
    logged = "\n".join(feedback.warnings)
    assert "8998" in logged and "Otros municipios" in logged and "08019" in logged and "Chihuahua" in logged
    assert result["UNMATCHED"] == 2


def test_import_census_population_matches_pandas(shared_data, vdto_provider, tmp_path):
    import processing

    feedback = Capture()
    result = processing.run("vdto:importpopulation", {"INPUT": str(shared_data / POPULATION_CENSUS),
                                                      "OUTPUT": str(tmp_path / "p.gpkg")}, feedback=feedback)
    table = layer_frame(result["OUTPUT"])
    reference = pd.read_csv(shared_data / POPULATION_CENSUS, dtype={"cvegeo": str})
    # the census file has one "Otros municipios" row (07998, 1990): reported with its name, not imported
    assert any("07998" in w and "Otros municipios" in w for w in feedback.warnings)
    reference = reference[reference.cvegeo != "07998"]
    assert len(table) == len(reference) == 17_095
    assert table.groupby("year")["pop"].sum().to_dict() == reference.groupby("year").pop_total.sum().to_dict()
    assert table.cvegeo.str.len().eq(5).all()


def test_import_municipalities_from_state_and_municipal_parts(vdto_provider, tmp_path):
    import processing
    from qgis.core import QgsField
    from vdto_targeting import qgis_compat as qc

    layer = squares(["x", "y", "z", "w"])
    layer.startEditing()
    for name in ("CVE_ENT", "CVE_MUN", "NOMGEO"):
        layer.addAttribute(QgsField(name, qc.FIELD_TYPE_STRING))
    layer.deleteAttribute(layer.fields().indexOf("cvegeo"))
    layer.commitChanges()
    layer.startEditing()
    parts = [("8", "37", "Juárez"), ("08", "019", "Chihuahua"), ("99", "1", "Nowhere"), ("1", "1", "Aguascalientes")]
    for feature, (ent, mun, name) in zip(layer.getFeatures(), parts):
        for field, value in (("CVE_ENT", ent), ("CVE_MUN", mun), ("NOMGEO", name)):
            layer.changeAttributeValue(feature.id(), layer.fields().indexOf(field), value)
    layer.commitChanges()
    feedback = Capture()
    result = processing.run("vdto:importmunicipalities", {"INPUT": layer, "OUTPUT": str(tmp_path / "m.gpkg")},
                            feedback=feedback)
    out = layer_frame(result["OUTPUT"])
    assert out.cvegeo.tolist() == ["08037", "08019", "01001"]
    assert out.nom_mun.tolist() == ["Juárez", "Chihuahua", "Aguascalientes"]
    assert out.cve_ent.tolist() == ["08", "08", "01"] and "NOMGEO" in out.columns
    assert any("99+1" in w and "Nowhere" in w for w in feedback.warnings)


def test_import_real_lite_municipalities(shared_data, vdto_provider, tmp_path):
    import processing

    result = processing.run("vdto:importmunicipalities", {
        "INPUT": f"{shared_data / MUNICIPIOS_LITE}|layername=municipios", "OUTPUT": str(tmp_path / "m.gpkg")})
    assert result["IMPORTED"] == 2469 and result["SKIPPED"] == 0


def test_duplicate_municipal_codes_refused(vdto_provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=r"Features 1 and 3 both have the municipal code 01001"):
        processing.run("vdto:importmunicipalities", {"INPUT": squares(["01001", "01002", "1001"]),
                                                     "OUTPUT": str(tmp_path / "m.gpkg")})
    assert not (tmp_path / "m.gpkg").exists()


@pytest.mark.parametrize("alg, text, pattern", [
    ("importpopulation", "cvegeo,year,pop_total\n01001,2020,0\n", r"row 2 is zero \(municipality 01001"),
    ("importpopulation", "cvegeo;year;pop_total\n01001;2020;12a\n", r"row 2 is '12a', not a number"),
    ("importhomicides", "cvegeo,year,month,homicides\n01001,2020,1,3\n01001,2020,1,4\n", r"rows 2 and 3 both give"),
    ("importhomicides", "cvegeo,year,month,homicides\n01001,2020,0,3\n", r"month on row 2 is 0, out of range"),
    ("importhomicides", "cvegeo,año,mes,homicidios\n01001,2020,1,3\n01002,20", r"row 3 has fewer fields"),
])
def test_bad_tables_refused_without_output(vdto_provider, tmp_path, alg, text, pattern):
    import processing
    from qgis.core import QgsProcessingException

    source = tmp_path / "in.csv"
    source.write_bytes(text.encode("latin-1"))
    with pytest.raises(QgsProcessingException, match=pattern):
        processing.run(f"vdto:{alg}", {"INPUT": str(source), "OUTPUT": str(tmp_path / "o.gpkg")})
    assert not (tmp_path / "o.gpkg").exists()
