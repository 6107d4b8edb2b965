"""``vdto:municipalindicators`` on the real data (pandas and esda as references) and on small synthetic inputs."""
from __future__ import annotations

import os

import numpy as np
import pandas as pd
import pytest

from tests.datasets import HOMICIDES, MUNICIPIOS_2025, POPULATION_CONAPO
from tests.reference import run_esda
from tests.reference.pipeline import END, START, real_indicators

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "fixtures")


def layer_frame(path: str) -> pd.DataFrame:
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid()
    names = layer.fields().names()
    rows = [[None if (v is None or (hasattr(v, "isNull") and v.isNull())) else v for v in f.attributes()]
            for f in layer.getFeatures()]
    return pd.DataFrame(rows, columns=names)


def squares(codes, crs="EPSG:6372", size=10_000.0, extra=None):
    """Memory polygon layer: one square per code in a row (real QGIS layer, synthetic geometry)."""
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsRectangle, QgsVectorLayer
    from vdto_targeting import qgis_compat as qc

    layer = QgsVectorLayer(f"Polygon?crs={crs}", "munis", "memory")
    fields = [QgsField("cvegeo", qc.FIELD_TYPE_STRING), QgsField("nom_mun", qc.FIELD_TYPE_STRING)]
    for name in (extra or {}):
        fields.append(QgsField(name, qc.FIELD_TYPE_DOUBLE))
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    feats = []
    for i, code in enumerate(codes):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(i * size, 0, (i + 1) * size, size)))
        f.setAttributes([code, f"M{i}"] + [values[i] for values in (extra or {}).values()])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


class Capture:
    """A real QgsProcessingFeedback that keeps the warnings, to assert on what the analyst is told."""

    def __new__(cls):
        from qgis.core import QgsProcessingFeedback

        class _Feedback(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.warnings, self.infos = [], []

            def pushWarning(self, text):  # noqa: N802
                self.warnings.append(text)

            def pushInfo(self, text):  # noqa: N802
                self.infos.append(text)

        return _Feedback()


@pytest.fixture(scope="module")
def real(shared_data, vdto_provider):
    return real_indicators(str(shared_data)), layer_frame(real_indicators(str(shared_data)))


def test_real_counts_rates_and_eb(shared_data, real):
    path, out = real
    assert len(out) == 2475
    panel = pd.read_csv(shared_data / HOMICIDES, dtype={"cvegeo": str})
    period = panel[panel.year.between(START, END)]
    counts = period.groupby("cvegeo").homicides.sum().reindex(out.cvegeo).fillna(0).to_numpy()
    np.testing.assert_array_equal(out.homicides.to_numpy(), counts)
    for year in range(START, END + 1):
        yearly = period[period.year == year].groupby("cvegeo").homicides.sum().reindex(out.cvegeo).fillna(0)
        np.testing.assert_array_equal(out[f"hom_{year}"].to_numpy(), yearly.to_numpy())
    conapo = pd.read_csv(shared_data / POPULATION_CONAPO, dtype={"cvegeo": str})
    pop = conapo[conapo.year.between(START, END)].groupby("cvegeo").pop_total.mean().reindex(out.cvegeo)
    np.testing.assert_allclose(out.population.to_numpy(float), pop.to_numpy(), rtol=1e-12)
    person_years = pop.to_numpy() * (END - START + 1)
    np.testing.assert_allclose(out.rate.to_numpy(float), counts / person_years * 1e5, rtol=1e-12)
    ref = run_esda("--gpkg", str(shared_data / MUNICIPIOS_2025), "--homicides", str(shared_data / HOMICIDES),
                   "--start-year", str(START), "--end-year", str(END), "--population",
                   str(shared_data / POPULATION_CONAPO))
    assert ref["cvegeo"] == out.cvegeo.tolist()
    np.testing.assert_allclose(out.eb_global.to_numpy(float), ref["global_eb"], rtol=1e-9)
    theirs, ours = np.asarray(ref["spatial_eb"]), out.eb_spatial.to_numpy(float)
    finite = np.isfinite(theirs)  # esda gives 0/0 where a whole neighbourhood has no homicide
    np.testing.assert_allclose(ours[finite], theirs[finite], rtol=1e-9)
    assert (ours[~finite] == 0).all()
    # every input field kept, and the graduated style stored in the GeoPackage
    assert {"cvegeo", "nom_mun", "pob2020", "geom_src"} <= set(out.columns)
    import sqlite3

    with sqlite3.connect(path.split("|")[0]) as db:
        assert db.execute("SELECT count(*) FROM layer_styles WHERE styleQML LIKE '%graduatedSymbol%'").fetchone()[0]


def run_indicators(params, feedback=None):
    import processing

    base = {"START_YEAR": 2019, "END_YEAR": 2019}
    base.update(params)
    return processing.run("vdto:municipalindicators", base, feedback=feedback)


def test_sesnsp_latin1_with_layer_population_and_unmatched_log(vdto_provider, tmp_path):
    layer = squares(["08037", "08019", "08001"], extra={"pob2020": [1_500_000.0, 900_000.0, 5000.0]})
    feedback = Capture()
    out = tmp_path / "ind.gpkg"
    run_indicators({"MUNICIPALITIES": layer, "HOMICIDES": os.path.join(FIXTURES,
                    "sesnsp_municipal_synthetic_latin1.csv"), "OUTPUT": str(out)}, feedback)
    frame = layer_frame(str(out)).set_index("cvegeo")
    firearm = [100, 90, 110, 95, 120, 105, 99, 101, 98, 97, 96, 1005]
    assert frame.loc["08037", "homicides"] == sum(firearm) + sum([5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6])
    assert frame.loc["08019", "homicides"] == sum(range(20, 32)) and frame.loc["08001", "homicides"] == 0
    assert frame.loc["08019", "rate"] == pytest.approx(sum(range(20, 32)) / 900_000 * 1e5)
    logged = "\n".join(feedback.warnings)
    assert "8998" in logged and "Otros municipios" in logged  # the unmatched row, with code and name


def test_surface_mean_and_sum(vdto_provider, tmp_path):
    from osgeo import gdal, osr

    path = str(tmp_path / "surface.tif")
    raster = gdal.GetDriverByName("GTiff").Create(path, 40, 10, 1, gdal.GDT_Float32)
    raster.SetGeoTransform((0, 1000, 0, 10_000, 0, -1000))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(6372)
    raster.SetProjection(srs.ExportToWkt())
    values = np.full((10, 40), 2.0, dtype=np.float32)
    values[:, 10:20] = 5.0
    raster.GetRasterBand(1).WriteArray(values)
    raster = None
    layer = squares(["01001", "01002", "01003"], extra={"pob2020": [1e5, 1e5, 1e5]})
    table = tmp_path / "h.csv"
    table.write_text("cvegeo,year,month,homicides\n01001,2019,1,1\n01002,2019,1,2\n01003,2019,1,0\n")
    out = tmp_path / "ind.gpkg"
    run_indicators({"MUNICIPALITIES": layer, "HOMICIDES": str(table), "SURFACE": path, "OUTPUT": str(out)})
    frame = layer_frame(str(out)).set_index("cvegeo")
    # hand: each 10 km square holds 100 pixels of 1 km²
    assert frame.loc["01001", "surf_mean"] == pytest.approx(2.0) and frame.loc["01001", "surf_sum"] == 200
    assert frame.loc["01002", "surf_mean"] == pytest.approx(5.0) and frame.loc["01002", "surf_sum"] == 500


BAD = {
    "negative count": ("cvegeo,year,month,homicides\n01001,2019,1,-2\n", r"row 2 is negative.*correct"),
    "non-numeric count": ("cvegeo,year,month,homicides\n01001,2019,1,x\n", r"row 2 is 'x'.*correct the cell"),
    "duplicated municipality-month": ("cvegeo,year,month,homicides\n01001,2019,1,1\n1001,2019,1,1\n",
                                      r"rows 2 and 3 both give municipality 01001"),
    "truncated": ("cvegeo,year,month,homicides\n01001,2019,1,1\n01002,2019\n", r"row 3 has fewer fields"),
    "period not covered": ("cvegeo,year,month,homicides\n01001,2010,1,1\n", r"no rows for 2019-2019.*choose a period"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_homicide_csv_refused_without_output(vdto_provider, tmp_path, case):
    from qgis.core import QgsProcessingException

    text, pattern = BAD[case]
    table = tmp_path / "h.csv"
    table.write_bytes(text.encode("latin-1"))
    before = table.read_bytes()
    out = tmp_path / "ind.gpkg"
    with pytest.raises(QgsProcessingException, match=pattern):
        run_indicators({"MUNICIPALITIES": squares(["01001", "01002"]), "HOMICIDES": str(table),
                        "OUTPUT": str(out)})
    assert not out.exists() and table.read_bytes() == before


@pytest.mark.parametrize("case, params, pattern", [
    ("duplicate codes in layer", {"codes": ["01001", "1001"]}, r"Features 1 and 2 both have the code 01001"),
    ("malformed code in layer", {"codes": ["01001", "ABC"]}, r"Feature 2 has 'ABC'.*not a 5-digit INEGI code"),
    ("no homicide table", {"no_table": True}, r"No homicide table was given: choose a CSV"),
    ("start after end", {"START_YEAR": 2021, "END_YEAR": 2019}, r"period is not valid.*correct START_YEAR"),
    ("zero population", {"population": "cvegeo,year,pop_total\n01001,2019,0\n"}, r"row 2 is zero.*01001"),
])
def test_bad_parameters_refused(vdto_provider, tmp_path, case, params, pattern):
    from qgis.core import QgsProcessingException

    table = tmp_path / "h.csv"
    table.write_text("cvegeo,year,month,homicides\n01001,2019,1,1\n")
    run = {"MUNICIPALITIES": squares(params.get("codes", ["01001", "01002"])), "OUTPUT": str(tmp_path / "o.gpkg")}
    if not params.get("no_table"):
        run["HOMICIDES"] = str(table)
    if "population" in params:
        (tmp_path / "p.csv").write_text(params["population"])
        run["POPULATION"] = str(tmp_path / "p.csv")
    run.update({k: v for k, v in params.items() if k.isupper()})
    with pytest.raises(QgsProcessingException, match=pattern):
        run_indicators(run)
    assert not (tmp_path / "o.gpkg").exists()


def test_homicides_given_as_an_imported_geopackage_table(vdto_provider, tmp_path):
    import processing

    source = tmp_path / "h.csv"
    source.write_text("cvegeo,year,month,homicides\n01001,2019,1,4\n01002,2019,1,6\n")
    table = processing.run("vdto:importhomicides", {"INPUT": str(source), "OUTPUT": str(tmp_path / "h.gpkg")})
    out = tmp_path / "ind.gpkg"
    run_indicators({"MUNICIPALITIES": squares(["01001", "01002"]), "HOMICIDES": table["OUTPUT"], "OUTPUT": str(out)})
    assert layer_frame(str(out)).set_index("cvegeo").homicides.to_dict() == {"01001": 4, "01002": 6}
