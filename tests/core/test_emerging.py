"""Emerging hotspots: Mann-Kendall by hand, categories from constructed histories, yearly Gi* on a lattice."""
from __future__ import annotations

import math

import numpy as np
import pytest
from shapely.geometry import box

from vdto_targeting.core import emerging
from vdto_targeting.core import weights as wt


def test_mann_kendall_by_hand():
    z, p = emerging.mann_kendall([1, 2, 3, 4, 5])
    # S = 10, Var = 5*4*15/18, continuity-corrected z = 9/sqrt(Var)
    assert z == pytest.approx(9 / math.sqrt(5 * 4 * 15 / 18))
    assert p == pytest.approx(math.erfc(z / math.sqrt(2)))
    z_tie, _ = emerging.mann_kendall([1, 1, 2, 2])
    # S = 4; ties: two groups of 2 → Var = (4*3*13 - 2*(2*1*9))/18 = 120/18
    assert z_tie == pytest.approx(3 / math.sqrt(120 / 18))
    assert emerging.mann_kendall([3, 3, 3]) == (0.0, 1.0)


H, C = 3.0, 0.0  # a hot year's z and a quiet year's z


@pytest.mark.parametrize("series, expected", [
    ([C, C, C, C, C, H], "New"),
    ([H, H, H, H, H, H, H, H, H, H], "Persistent"),
    ([2.0, 2.2, 2.4, 2.6, 2.8, 3.0, 3.2, 3.4, 3.6, 3.8], "Intensifying"),
    ([3.8, 3.6, 3.4, 3.2, 3.0, 2.8, 2.6, 2.4, 2.2, 2.0], "Diminishing"),
    ([C, C, C, H, H, H], "Consecutive"),
    ([H, C, H, C, C, H], "Sporadic"),
    ([H, H, H, H, H, H, H, H, H, H, C], "Historical"),
    ([C, C, C, C, C, C], "No pattern"),
])
def test_categories(series, expected):
    categories, _, _ = emerging.categorise(np.array([series]))
    assert categories == [expected]


def test_yearly_gi_finds_a_cluster_that_grows():
    geoms = [box(c, r, c + 1, r + 1) for r in range(9) for c in range(9)]
    w = wt.contiguity(geoms)
    years = np.ones((81, 6))
    years[40, :] = [1, 1, 10, 20, 40, 80]
    for j in (30, 31, 32, 39, 41, 48, 49, 50):
        years[j, :] = [1, 1, 6, 12, 24, 48]
    z = emerging.yearly_gi(years, w)
    categories, trend_z, _ = emerging.categorise(z)
    assert z.shape == (81, 6) and trend_z[40] > 0
    assert categories[40] == "Consecutive"  # quiet for two years, hot ever since
    assert categories[0] == "No pattern"
