"""Gi* and Local Moran: dense hand computation on a lattice, and PySAL esda on the real municipalities."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import box

from tests.datasets import HOMICIDES, MUNICIPIOS_2025, POPULATION_CONAPO
from tests.reference import read_gpkg_polygons, run_esda
from vdto_targeting.core import hotspots as hs
from vdto_targeting.core import rates
from vdto_targeting.core import weights as wt


def lattice(n=6):
    return [box(c, r, c + 1, r + 1) for r in range(n) for c in range(n)]


def dense_queen(n=6):
    size = n * n
    matrix = np.zeros((size, size))
    for i in range(size):
        r, c = divmod(i, n)
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if (dr or dc) and 0 <= r + dr < n and 0 <= c + dc < n:
                    matrix[i, (r + dr) * n + c + dc] = 1
    return matrix


@pytest.fixture
def values():
    rng = np.random.default_rng(11)
    y = rng.poisson(4, 36).astype(float)
    y[[14, 15, 20, 21]] += 30  # a planted hot cluster
    return y


def test_gi_star_and_local_moran_match_dense_formulas(values):
    w = wt.contiguity(lattice())
    dense = dense_queen()
    star = dense + np.eye(36)
    star /= star.sum(axis=1, keepdims=True)
    n, y = 36, values
    g = star @ y / y.sum()
    s2 = y.var()
    z_expected = (g - 1 / n) / np.sqrt(s2 / (n ** 2 * y.mean() ** 2))
    np.testing.assert_allclose(hs.gi_star(y, w), z_expected, atol=1e-12)
    rowstd = dense / dense.sum(axis=1, keepdims=True)
    z = (y - y.mean()) / y.std()
    i_expected = (n - 1) * z * (rowstd @ z) / (z @ z)
    np.testing.assert_allclose(hs.local_moran(y, w)[0], i_expected, atol=1e-12)


def test_planted_cluster_is_hot_and_reproducible(values):
    w = wt.contiguity(lattice())
    first = hs.local_statistics(values, w, 499, seed=7)
    again = hs.local_statistics(values, w, 499, seed=7)
    other = hs.local_statistics(values, w, 499, seed=8)
    np.testing.assert_array_equal(first.gi_p, again.gi_p)
    assert not np.array_equal(first.gi_p, other.gi_p)
    assert all(first.gi_class[i].startswith(hs.HOT) for i in (14, 15, 20, 21))
    assert first.lisa_class[14] == "HH"


def test_permutation_p_is_uniform_under_the_null():
    w = wt.contiguity(lattice(12))
    rng = np.random.default_rng(3)
    y = rng.gamma(2.0, 3.0, 144)
    stats = hs.local_statistics(y, w, 199, seed=5)
    # directed pseudo p is in (0, 0.5]; under spatial randomness about 10 % fall at or below 0.05
    assert 0.0 < stats.gi_p.min() and stats.gi_p.max() <= 0.5 + 1e-9
    assert (stats.gi_p <= 0.05).mean() < 0.2


def test_fdr_matches_benjamini_hochberg_by_hand():
    p = np.array([0.01, 0.04, 0.03, 0.20, np.nan])
    # sorted 0.01, 0.03, 0.04, 0.20 with m = 4 → 0.04, 0.06, 0.0533→0.0533, 0.20; step-up minimum from the top
    expected = np.array([0.04, 4 * 0.04 / 3, 4 * 0.03 / 2, 0.20, np.nan])
    expected[1] = expected[2] = min(4 * 0.04 / 3, 4 * 0.03 / 2)
    np.testing.assert_allclose(hs.fdr_adjust(p), expected, equal_nan=True)


def test_islands_get_no_statistics():
    geoms = lattice(3) + [box(50, 50, 51, 51)]
    stats = hs.local_statistics(np.arange(1.0, 11.0), wt.contiguity(geoms), 99, 1)
    assert np.isnan(stats.gi_z[9]) and stats.gi_class[9] == hs.ISLAND and stats.lisa_class[9] == hs.ISLAND


@pytest.mark.parametrize("bad, why", [([1, 1, 1, 1], "equal"), ([0, 0, 0, 0], "equal"), ([1, np.nan, 2, 3], "finite")])
def test_degenerate_values_are_refused(bad, why):
    w = wt.contiguity(lattice(2))
    with pytest.raises(ValueError, match=why):
        hs.local_statistics(np.array(bad, float), w, 9)


# ------------------------------------------------------------------------------------------------ real data vs esda
@pytest.fixture(scope="module")
def real(shared_data):
    codes, geoms = read_gpkg_polygons(shared_data / MUNICIPIOS_2025, "municipios")
    return codes, geoms


def _esda(shared_data, *extra):
    return run_esda("--gpkg", str(shared_data / MUNICIPIOS_2025), "--homicides", str(shared_data / HOMICIDES),
                    "--start-year", "2019", "--end-year", "2021", *extra)


@pytest.mark.slow  # esda in the reference venv, on the national municipalities
def test_queen_counts_match_esda_to_1e6(shared_data, real):
    codes, geoms = real
    ref = _esda(shared_data, "--permutations", "999", "--seed", "12345", "--population",
                str(shared_data / POPULATION_CONAPO))
    assert ref["cvegeo"] == codes
    w = wt.contiguity(geoms)
    np.testing.assert_array_equal(w.cardinalities, ref["cardinalities"])
    y = np.asarray(ref["homicides"])
    # our own sum of the panel, independent of the reference's pandas groupby
    panel = pd.read_csv(shared_data / HOMICIDES, dtype={"cvegeo": str}, usecols=["cvegeo", "year", "homicides"])
    ours = panel[panel.year.between(2019, 2021)].groupby("cvegeo").homicides.sum().reindex(codes).fillna(0)
    np.testing.assert_array_equal(ours.to_numpy(), y)
    stats = hs.local_statistics(y, w, 999, 12345)
    np.testing.assert_allclose(stats.gi_z, ref["gi_z"], atol=1e-6, rtol=0)
    np.testing.assert_allclose(stats.lisa_i, ref["lisa_i"], atol=1e-6, rtol=0)
    # p-values: same draws as esda and the same tie rule on these counts: every p-value is esda's (float32 there)
    gi_p, lisa_p = np.asarray(ref["gi_p"]), np.asarray(ref["lisa_p"])
    assert (np.abs(stats.gi_p - gi_p) > 1e-6).sum() == 0
    assert (np.abs(stats.lisa_p - lisa_p) > 1e-6).sum() == 0
    # Empirical Bayes against esda.smoothing on the same person-years
    base = np.asarray(ref["person_years"])
    np.testing.assert_allclose(rates.global_eb(y, base), ref["global_eb"], rtol=1e-9)
    ours, theirs = rates.spatial_eb(y, base, w), np.asarray(ref["spatial_eb"])
    finite = np.isfinite(theirs)
    np.testing.assert_allclose(ours[finite], theirs[finite], rtol=1e-9)
    # esda returns 0/0 = NaN where a whole neighbourhood has no homicide; the smoothed rate there is 0
    assert (ours[~finite] == 0).all() and (y[~finite] == 0).all()


@pytest.mark.slow  # esda in the reference venv, on the national municipalities
def test_rates_rook_match_esda_including_permutation_draws(shared_data, real, tmp_path):
    codes, geoms = real
    panel = pd.read_csv(shared_data / HOMICIDES, dtype={"cvegeo": str}, usecols=["cvegeo", "year", "homicides"])
    counts = panel[panel.year.between(2019, 2021)].groupby("cvegeo").homicides.sum().reindex(codes).fillna(0)
    y = counts.to_numpy(float) + np.random.default_rng(2).uniform(0, 0.5, len(codes))  # continuous: no ties
    values = tmp_path / "values.csv"
    pd.DataFrame({"cvegeo": codes, "value": y}).to_csv(values, index=False)
    ref = _esda(shared_data, "--weights", "rook", "--permutations", "199", "--seed", "99", "--values", str(values))
    w = wt.contiguity(geoms, rook=True)
    np.testing.assert_array_equal(w.cardinalities, ref["cardinalities"])
    stats = hs.local_statistics(y, w, 199, 99)
    np.testing.assert_allclose(stats.gi_z, ref["gi_z"], atol=1e-6, rtol=0)
    np.testing.assert_allclose(stats.lisa_i, ref["lisa_i"], atol=1e-6, rtol=0)
    np.testing.assert_allclose(stats.gi_p, ref["gi_p"], atol=1e-6)  # esda stores float32
    np.testing.assert_allclose(stats.lisa_p, ref["lisa_p"], atol=1e-6)


@pytest.mark.slow  # esda in the reference venv, on the national municipalities
def test_distance_band_on_esda_centroids_matches_esda(shared_data, real):
    ref = _esda(shared_data, "--weights", "distance", "--distance", "40000")
    w = wt.distance_band(np.asarray(ref["centroids"]), 40000.0)
    np.testing.assert_array_equal(w.cardinalities, ref["cardinalities"])
    y = np.asarray(ref["homicides"])
    connected = w.cardinalities > 0
    stats = hs.local_statistics(y, w, 0)
    np.testing.assert_allclose(stats.gi_z[connected], np.asarray(ref["gi_z"])[connected], atol=1e-6, rtol=0)
    np.testing.assert_allclose(stats.lisa_i[connected], np.asarray(ref["lisa_i"])[connected], atol=1e-6, rtol=0)
    assert sorted(ref["islands"]) == list(w.islands)


def test_gi_binary_folded_2006_2012_equal_esda(shared_data, real):
    """Gi (not star), binary weights, folded p-values on the 2006–2012 homicide counts: 0 p-values differ."""
    codes, geoms = real
    ref = run_esda("--gpkg", str(shared_data / MUNICIPIOS_2025), "--homicides", str(shared_data / HOMICIDES),
                   "--start-year", "2006", "--end-year", "2012", "--permutations", "999", "--seed", "12345",
                   "--gi", "plain", "--transform", "b", "--alternative", "folded")
    assert ref["cvegeo"] == codes
    y = np.asarray(ref["homicides"])
    stats = hs.local_statistics(y, wt.contiguity(geoms), 999, 12345, star=False, binary=True, alternative="folded")
    np.testing.assert_allclose(stats.gi_z, ref["gi_z"], atol=1e-9, rtol=0)
    np.testing.assert_allclose(stats.lisa_i, ref["lisa_i"], atol=1e-9, rtol=0)
    assert (np.abs(stats.gi_p - np.asarray(ref["gi_p"])) > 1e-6).sum() == 0
    assert (np.abs(stats.lisa_p - np.asarray(ref["lisa_p"])) > 1e-6).sum() == 0
