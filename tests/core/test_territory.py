"""Area of operation: smallest set of cells holding a share of the density, checked by hand and with shapely."""
from __future__ import annotations

import numpy as np
import pytest

from vdto_targeting.core.grid import Grid
from vdto_targeting.core.territory import area_of_operation, mask_to_geometry, share_threshold


def test_threshold_by_hand():
    density = np.array([[5.0, 1.0, 0.0], [3.0, 1.0, np.nan]])
    # total 10; 5 -> 50%, +3 -> 80%: the 80% area is the two top cells.
    mask, cut = share_threshold(density, 0.8)
    assert cut == 3.0 and mask.tolist() == [[True, False, False], [True, False, False]]
    mask, cut = share_threshold(density, 0.85)   # needs a 1.0 cell: both tied cells come in
    assert cut == 1.0 and int(mask.sum()) == 4
    with pytest.raises(ValueError):
        share_threshold(density, 1.5)


def test_geometry_is_the_union_of_cells():
    grid = Grid(1000.0, 5000.0, 100.0, 4, 3)
    mask = np.array([[1, 1, 0, 1], [0, 1, 0, 1], [0, 0, 0, 0]], dtype=bool)
    geometry = mask_to_geometry(mask, grid)
    assert geometry.area == pytest.approx(5 * 100.0 ** 2)
    assert geometry.geom_type == "MultiPolygon" and len(geometry.geoms) == 2
    assert geometry.bounds == (1000.0, 4800.0, 1400.0, 5000.0)


def test_area_of_operation_of_two_clusters():
    from vdto_targeting.core.kde import density_grid

    rng = np.random.default_rng(5)
    x = np.concatenate([rng.normal(0, 2000, 300), rng.normal(60000, 2000, 30)])
    y = np.concatenate([rng.normal(0, 2000, 300), rng.normal(0, 2000, 30)])
    grid = Grid.covering(x.min(), y.min(), x.max(), y.max(), 500.0, margin=10000.0)
    density = density_grid(x, y, None, grid, 5000.0)
    geometry, area, captured, cut = area_of_operation(density, grid, 0.8)
    assert 0.8 <= captured < 0.82
    assert geometry.area / 1e6 == pytest.approx(area)
    from shapely.geometry import Point

    assert geometry.contains(Point(0, 0)) and not geometry.contains(Point(60000, 0))
    whole, whole_area, captured_all, _ = area_of_operation(density, grid, 1.0)
    assert captured_all == pytest.approx(1.0) and whole.contains(Point(60000, 0)) and whole_area > area
