"""``vdto:hotspots`` end to end on the real municipalities against PySAL esda, plus regions, emerging and bad input."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tests.datasets import HOMICIDES, MUNICIPIOS_2025
from tests.qgis.test_indicators import layer_frame, squares
from tests.reference import run_esda
from tests.reference.pipeline import END, START, real_indicators

HOT_95 = ("Hot spot 95%", "Hot spot 99%")


def run_hotspots(params):
    import processing

    return processing.run("vdto:hotspots", params)


@pytest.fixture(scope="module")
def indicators(shared_data, vdto_provider):
    return real_indicators(str(shared_data))


@pytest.fixture(scope="module")
def queen_run(indicators, tmp_path_factory):
    folder = tmp_path_factory.mktemp("hotspots")
    result = run_hotspots({"INPUT": indicators, "FIELD": "homicides", "WEIGHTS": 0, "PERMUTATIONS": 999,
                           "SEED": 12345, "OUTPUT": str(folder / "hs.gpkg"), "REGIONS": str(folder / "reg.gpkg"),
                           "EMERGING": True})
    return layer_frame(result["OUTPUT"]), layer_frame(result["REGIONS"])


def _esda(shared_data, *extra):
    return run_esda("--gpkg", str(shared_data / MUNICIPIOS_2025), "--homicides", str(shared_data / HOMICIDES),
                    "--start-year", str(START), "--end-year", str(END), *extra)


def test_queen_gi_star_and_lisa_match_esda(shared_data, queen_run):
    out, _ = queen_run
    ref = _esda(shared_data, "--permutations", "999", "--seed", "12345")
    assert out.cvegeo.tolist() == ref["cvegeo"]
    np.testing.assert_allclose(out.gi_z.to_numpy(float), ref["gi_z"], atol=1e-6, rtol=0)
    np.testing.assert_allclose(out.lisa_i.to_numpy(float), ref["lisa_i"], atol=1e-6, rtol=0)
    gi_p, lisa_p = np.asarray(ref["gi_p"]), np.asarray(ref["lisa_p"])
    # same seeded draws as esda and the same rule for ties between counts: no p-value differs
    assert (np.abs(out.gi_p.to_numpy(float) - gi_p) > 1e-6).sum() == 0
    assert (np.abs(out.lisa_p.to_numpy(float) - lisa_p) > 1e-6).sum() == 0
    # LISA quadrants agree with esda's q (1 HH, 2 LH, 3 LL, 4 HL) wherever we call a cluster
    quads = {1: "HH", 2: "LH", 3: "LL", 4: "HL"}
    called = out.lisa_class.isin(["HH", "HL", "LH", "LL"]).to_numpy()
    assert called.sum() > 50
    assert (out.lisa_class[called].to_numpy() == np.array([quads[q] for q in ref["lisa_q"]])[called]).all()
    # every input field kept; the known hot spot Juárez 2019-21 is hot
    assert {"cvegeo", "nom_mun", "pob2020", "rate", "eb_spatial"} <= set(out.columns)
    assert out.set_index("cvegeo").loc["11020", "gi_class"].startswith("Hot spot")  # León, Guanajuato


def test_gi_binary_folded_match_esda(shared_data, indicators, tmp_path):
    """Gi (not star), binary weights, folded p-values: the analyst's esda/GeoDa variants, every p-value equal."""
    result = run_hotspots({"INPUT": indicators, "FIELD": "homicides", "WEIGHTS": 1, "PERMUTATIONS": 999,
                           "SEED": 12345, "STATISTIC": 1, "WEIGHTING": 1, "P_VALUE": 1,
                           "OUTPUT": str(tmp_path / "gi.gpkg"), "REGIONS": str(tmp_path / "reg.gpkg")})
    out = layer_frame(result["OUTPUT"])
    ref = _esda(shared_data, "--weights", "rook", "--permutations", "999", "--seed", "12345", "--gi", "plain",
                "--transform", "b", "--alternative", "folded")
    assert out.cvegeo.tolist() == ref["cvegeo"]
    np.testing.assert_allclose(out.gi_z.to_numpy(float), ref["gi_z"], atol=1e-9, rtol=0)
    np.testing.assert_allclose(out.lisa_i.to_numpy(float), ref["lisa_i"], atol=1e-9, rtol=0)
    assert (np.abs(out.gi_p.to_numpy(float) - np.asarray(ref["gi_p"])) > 1e-6).sum() == 0
    assert (np.abs(out.lisa_p.to_numpy(float) - np.asarray(ref["lisa_p"])) > 1e-6).sum() == 0


def test_knn_z_scores_match_esda(shared_data, indicators, tmp_path):
    result = run_hotspots({"INPUT": indicators, "FIELD": "homicides", "WEIGHTS": 2, "K": 6, "PERMUTATIONS": 0,
                           "OUTPUT": str(tmp_path / "knn.gpkg")})
    out = layer_frame(result["OUTPUT"])
    ref = _esda(shared_data, "--weights", "knn", "--k", "6")
    np.testing.assert_allclose(out.gi_z.to_numpy(float), ref["gi_z"], atol=1e-6, rtol=0)
    np.testing.assert_allclose(out.lisa_i.to_numpy(float), ref["lisa_i"], atol=1e-6, rtol=0)


def test_regions_are_the_contiguous_hot_municipalities(queen_run):
    out, regions = queen_run
    hot = set(out.cvegeo[out.gi_class.isin(HOT_95)])
    members = [set(codes.split(",")) for codes in regions.cvegeo_list]
    assert set().union(*members) == hot and sum(map(len, members)) == len(hot)  # a partition of the hot set
    counts = out.set_index("cvegeo").homicides
    total = counts.sum()
    for row, codes in zip(regions.itertuples(), members):
        assert row.n_munis == len(codes)
        assert row.homicides == pytest.approx(counts[list(codes)].sum())
        assert row.share == pytest.approx(counts[list(codes)].sum() / total)
        assert row.population == pytest.approx(out.set_index("cvegeo").population[list(codes)].sum())
    assert list(regions.region_id) == list(range(1, len(regions) + 1))
    by_code = out.set_index("cvegeo")
    for row, codes in zip(regions.itertuples(), members):
        assert row.label == by_code.loc[by_code.loc[list(codes)].homicides.idxmax(), "nom_mun"]
    assert regions.homicides.is_monotonic_decreasing


def test_regions_members_touch_each_other(queen_run, indicators):
    """Independent contiguity check with QGIS geometry: every member touches another member of its region."""
    from qgis.core import QgsVectorLayer

    out, regions = queen_run
    layer = QgsVectorLayer(indicators, "m", "ogr")
    geoms = {f["cvegeo"]: f.geometry() for f in layer.getFeatures()}
    for codes in regions.cvegeo_list:
        members = codes.split(",")
        if len(members) < 2:
            continue
        for code in members:
            assert any(geoms[code].touches(geoms[other]) or geoms[code].intersects(geoms[other])
                       for other in members if other != code), code


def test_emerging_fields(queen_run):
    out, _ = queen_run
    from vdto_targeting.core.emerging import CATEGORIES

    assert set(out.eh_class) <= set(CATEGORIES)
    assert (out.eh_class != "No pattern").sum() > 0


def test_seed_reproducible_and_fdr_conservative(indicators, tmp_path):
    params = {"INPUT": indicators, "FIELD": "rate", "PERMUTATIONS": 199, "SEED": 3}
    a = layer_frame(run_hotspots(dict(params, OUTPUT=str(tmp_path / "a.gpkg")))["OUTPUT"])
    b = layer_frame(run_hotspots(dict(params, OUTPUT=str(tmp_path / "b.gpkg")))["OUTPUT"])
    f = layer_frame(run_hotspots(dict(params, FDR=True, OUTPUT=str(tmp_path / "f.gpkg")))["OUTPUT"])
    np.testing.assert_array_equal(a.gi_p.to_numpy(float), b.gi_p.to_numpy(float))
    assert (f.gi_p.to_numpy(float) >= a.gi_p.to_numpy(float) - 1e-12).all()
    assert f.gi_class.str.startswith("Hot").sum() <= a.gi_class.str.startswith("Hot").sum()


def test_islands_reported(vdto_provider, tmp_path):
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        warnings: list = []

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)

    import processing

    layer = squares(["01001", "01002", "01003", "01004"], extra={"v": [1.0, 5.0, 3.0, 9.0]})
    # move the last square away: an island
    layer.startEditing()
    feature = list(layer.getFeatures())[3]
    geometry = feature.geometry()
    geometry.translate(1e6, 0)
    layer.changeGeometry(feature.id(), geometry)
    layer.commitChanges()
    feedback = Feedback()
    result = processing.run("vdto:hotspots", {"INPUT": layer, "FIELD": "v", "PERMUTATIONS": 99,
                                              "OUTPUT": str(tmp_path / "o.gpkg")}, feedback=feedback)
    out = layer_frame(result["OUTPUT"]).set_index("cvegeo")
    assert out.loc["01004", "gi_class"].startswith("Island") and pd.isna(out.loc["01004", "gi_z"])
    assert any("01004" in w for w in feedback.warnings)


@pytest.mark.parametrize("case, layer_values, params, pattern", [
    ("NULL values leave too few", {"v": [1.0, None, 3.0]}, {},
     r"Only 2 municipalities have a value in 'v'.*at least 3"),
    ("negative values", {"v": [1.0, -2.0, 3.0]}, {}, r"negative for municipality 01002"),
    ("all equal", {"v": [2.0, 2.0, 2.0]}, {}, r"cannot be analysed.*all values are equal"),
    ("too few features", {"v": [1.0, 2.0]}, {}, r"at least 3 municipalities"),
    ("empty layer", {"v": []}, {}, r"has 0 feature\(s\).*at least 3 municipalities"),
    ("all NULL", {"v": [None, None, None]}, {}, r"empty \(NULL\) for every municipality.*Municipal indicators"),
    ("all zero", {"v": [0.0, 0.0, 0.0]}, {}, r"cannot be analysed.*choose a field with varying"),
    ("k too large", {"v": [1.0, 2.0, 3.0]}, {"WEIGHTS": 2, "K": 5}, r"K = 5 must be smaller.*lower K"),
    ("distance too small", {"v": [1.0, 2.0, 3.0]}, {"WEIGHTS": 3, "DISTANCE": 10.0},
     r"No municipality has a neighbour.*increase DISTANCE"),
    ("emerging without years", {"v": [1.0, 2.0, 3.0]}, {"EMERGING": True}, r"at least 3 yearly fields"),
])
def test_bad_input_refused_without_output(vdto_provider, tmp_path, case, layer_values, params, pattern):
    import processing
    from qgis.core import QgsProcessingException

    codes = ["01001", "01002", "01003"][:len(next(iter(layer_values.values())))]
    layer = squares(codes, extra=layer_values)
    out = tmp_path / "o.gpkg"
    with pytest.raises(QgsProcessingException, match=pattern):
        processing.run("vdto:hotspots", dict({"INPUT": layer, "FIELD": "v", "OUTPUT": str(out),
                                              "REGIONS": str(tmp_path / "r.gpkg")}, **params))
    assert not out.exists() and not (tmp_path / "r.gpkg").exists()


def test_degrees_layer_without_crs_refused_for_distance_weights(vdto_provider, tmp_path):
    import processing
    from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException

    layer = squares(["01001", "01002", "01003"], extra={"v": [1.0, 2.0, 3.0]})
    layer.setCrs(QgsCoordinateReferenceSystem())
    with pytest.raises(QgsProcessingException, match=r"no coordinate reference system.*set the layer's CRS"):
        processing.run("vdto:hotspots", {"INPUT": layer, "FIELD": "v", "WEIGHTS": 2, "K": 1,
                                         "OUTPUT": str(tmp_path / "o.gpkg")})


def test_unwritable_output_refused_with_fix(vdto_provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    layer = squares(["01001", "01002", "01003"], extra={"v": [1.0, 2.0, 3.0]})
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(QgsProcessingException, match=r"output OUTPUT cannot be written.*choose a folder you can write"):
        processing.run("vdto:hotspots", {"INPUT": layer, "FIELD": "v", "PERMUTATIONS": 9,
                                         "OUTPUT": str(blocker / "out.gpkg")})
    assert blocker.read_text() == "a file where a folder should be"


def test_unwritable_regions_leave_no_hotspots_file(vdto_provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    layer = squares(["01001", "01002", "01003"], extra={"v": [1.0, 2.0, 9.0]})
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x")
    with pytest.raises(QgsProcessingException, match=r"output REGIONS cannot be written"):
        processing.run("vdto:hotspots", {"INPUT": layer, "FIELD": "v", "PERMUTATIONS": 9,
                                         "OUTPUT": str(tmp_path / "hs.gpkg"), "REGIONS": str(blocker / "r.gpkg")})
    assert not (tmp_path / "hs.gpkg").exists()


def test_null_values_are_left_out_and_listed_not_refused(vdto_provider, tmp_path):
    """A municipality without population has a NULL rate: it is missing data, left out like an island, and
    the others are analysed exactly as if it were not in the layer."""
    import processing
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
    from vdto_targeting import qgis_compat as qc

    def grid(with_null: bool):
        layer = QgsVectorLayer("Polygon?crs=EPSG:6372", "m", "memory")
        layer.dataProvider().addAttributes([QgsField("cvegeo", qc.FIELD_TYPE_STRING),
                                            QgsField("rate", qc.FIELD_TYPE_DOUBLE)])
        layer.updateFields()
        features = []
        for r in range(5):
            for c in range(5):
                if not with_null and (r, c) == (4, 4):
                    continue
                f = QgsFeature(layer.fields())
                x, y = c * 10000.0, r * 10000.0
                f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} {y},{x + 10000} {y},{x + 10000} {y + 10000},"
                                                  f"{x} {y + 10000},{x} {y}))"))
                value = None if (r, c) == (4, 4) else float((r * 7 + c * 3) % 11 + (20 if r < 2 and c < 2 else 0))
                f.setAttributes([f"01{r}{c:02d}", value])
                features.append(f)
        layer.dataProvider().addFeatures(features)
        return layer

    params = {"FIELD": "rate", "WEIGHTS": 0, "PERMUTATIONS": 99, "SEED": 1}
    with_null = processing.run("vdto:hotspots", dict(params, INPUT=grid(True), OUTPUT=str(tmp_path / "a.gpkg")))
    without = processing.run("vdto:hotspots", dict(params, INPUT=grid(False), OUTPUT=str(tmp_path / "b.gpkg")))
    a = {f["cvegeo"]: f for f in QgsVectorLayer(with_null["OUTPUT"], "a", "ogr").getFeatures()}
    b = {f["cvegeo"]: f for f in QgsVectorLayer(without["OUTPUT"], "b", "ogr").getFeatures()}
    assert len(a) == 25 and len(b) == 24
    assert a["01404"]["gi_z"] is None or str(a["01404"]["gi_z"]) == "NULL"
    assert "left out" in a["01404"]["gi_class"]
    for code, feature in b.items():
        assert abs(a[code]["gi_z"] - feature["gi_z"]) < 1e-12, code
        assert abs(a[code]["lisa_i"] - feature["lisa_i"]) < 1e-12, code
