"""Area of operation: smallest set of cells holding a share of the density, checked by hand and with shapely."""
from __future__ import annotations

import numpy as np
import pytest

from vdto_targeting.core.grid import Grid
from vdto_targeting.core.territory import area_of_operation, dominance_territories, mask_to_geometry, share_threshold


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


def test_two_organisations_known_answer():
    """Two organisations, hand-built: A violent in the west, B in the east, both in a shared middle strip.

    Densities are step functions on a 10×30 grid of 1 km cells (no kernel, so the answer is exact): A = 4 on columns
    0–11 and 2 on 12–17; B = 2 on 12–17 (tied with A: contested), 3 on 18–29, plus a single 1-cell speck of 5 in the
    west at column 2 (where A's 4 is below B's 5: B leads there, but the speck is 1 km², below the minimum area).
    Land is columns 0–26 (the last 3 columns are "sea").
    """
    from shapely.geometry import box

    grid = Grid(0.0, 10_000.0, 1000.0, 30, 10)
    a = np.zeros(grid.shape)
    b = np.zeros(grid.shape)
    a[:, 0:12] = 4.0
    a[:, 12:18] = 2.0
    b[:, 12:18] = 2.0
    b[:, 18:30] = 3.0
    b[5, 2] = 5.0
    land = box(0, 0, 27_000, 10_000)
    study = np.zeros(grid.shape, dtype=bool)
    study[:, :27] = True
    out = dominance_territories(["A", "B"], [a, b], grid, share=1.0, margin=0.1, min_area_km2=5.0,
                                min_part_share=0.0, study_mask=study, study_area=land)
    ta, tb = out["A"], out["B"]
    # A: columns 0-17 minus B's speck cell, one part; contested strip columns 12-17 (6 km × 10 km).
    assert len(ta.parts) == 1 and ta.dropped_parts == 0
    assert ta.parts[0].area_km2 == pytest.approx(18 * 10 - 1)
    assert ta.parts[0].contested_km2 == pytest.approx(60.0) and ta.parts[0].rivals == ["B"]
    # B: columns 12-26 (clipped at the coast), one part; the 1 km² speck dropped and counted.
    assert len(tb.parts) == 1 and tb.dropped_parts == 1 and tb.dropped_km2 == pytest.approx(1.0)
    assert tb.parts[0].area_km2 == pytest.approx(15 * 10)
    assert tb.parts[0].geometry.bounds == (12_000.0, 0.0, 27_000.0, 10_000.0)
    assert tb.parts[0].contested_km2 == pytest.approx(60.0) and tb.parts[0].rivals == ["A"]
    # Nothing outside the study area; reproducible.
    for result in (ta, tb):
        for part in result.parts:
            assert part.geometry.difference(land).area == pytest.approx(0.0, abs=1e-6)
    again = dominance_territories(["A", "B"], [a, b], grid, 1.0, 0.1, 5.0, 0.0, study, land)
    assert again["B"].parts[0].geometry.equals(tb.parts[0].geometry)
    # With no margin the tied strip is still contested (exact tie), never handed to one by order.
    tight = dominance_territories(["A", "B"], [a, b], grid, 1.0, 0.0, 5.0, 0.0, study, land)
    assert tight["A"].parts[0].contested_km2 == pytest.approx(60.0) == tight["B"].parts[0].contested_km2
    # A minimum share of the violence drops a part: B's part holds 100% of B's land mass, A's too.
    strict = dominance_territories(["A", "B"], [a, b], grid, 1.0, 0.1, 200.0, 0.0, study, land)
    assert strict["A"].parts == [] and strict["A"].dropped_parts == 1


def test_components_and_spread():
    from vdto_targeting.core.territory import neighbours_labels, polygon_cells, spread_density
    from shapely.geometry import box

    mask = np.array([[1, 1, 0, 1], [0, 0, 0, 1], [1, 0, 1, 0], [1, 0, 0, 0]], dtype=bool)
    labels, count = neighbours_labels(mask)
    assert count == 3 and labels[2, 2] == labels[0, 3]       # diagonal contact joins (8-neighbour)
    grid = Grid(0.0, 4000.0, 1000.0, 4, 4)
    cells = polygon_cells(grid, [box(0, 0, 2000, 2000), box(3100, 3100, 3200, 3200)])
    assert sorted(cells[0].tolist()) == [8, 9, 12, 13] and cells[1].tolist() == [3]   # a speck gets its cell
    density = spread_density(grid, cells, [8.0, 1.0])
    assert density.sum() * grid.cell_area / 1e6 == pytest.approx(9.0)     # integrates to the total weight
    assert density[2, 0] == pytest.approx(2.0)
