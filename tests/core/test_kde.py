"""Kernel density core: hand-worked values, the density integral for every kernel, FFT against exact stamping."""
from __future__ import annotations

import math

import numpy as np
import pytest

from vdto_targeting.core import kde
from vdto_targeting.core.grid import Grid
from vdto_targeting.definitions import KERNEL_GAUSSIAN, KERNEL_NAMES, KERNEL_QUARTIC, OUTPUT_DENSITY, OUTPUT_RAW

KERNELS = list(range(len(KERNEL_NAMES)))


# ----------------------------------------------------------------------------------------------- grid
def test_grid_like_qgis_reproduces_qgis_size_formula():
    # extent (0, 0)-(10500, 7200) grown by 2000 → 14500 × 11200 m; QGIS: ceil(size / pixel) + 1 cells
    grid = Grid.like_qgis(0.0, 0.0, 10500.0, 7200.0, 1000.0, 2000.0)
    assert (grid.x_min, grid.y_max, grid.n_cols, grid.n_rows) == (-2000.0, 9200.0, 16, 13)
    assert grid.anchor_y == -2000.0
    assert grid.x_max == 14000.0 and grid.y_min == 9200.0 - 13000.0
    assert grid.shape == (13, 16) and grid.nbytes() == 13 * 16 * 4 and grid.nbytes(np.float64) == 13 * 16 * 8


def test_grid_covering_and_cell_centres():
    grid = Grid.covering(0.0, 0.0, 2500.0, 1000.0, 1000.0, margin=500.0)
    assert (grid.x_min, grid.y_max, grid.n_cols, grid.n_rows) == (-500.0, 1500.0, 4, 2)
    xs, ys = grid.cell_centres()
    assert xs.tolist() == [0.0, 1000.0, 2000.0, 3000.0]
    assert ys.tolist() == [1000.0, 0.0]  # row 0 is north
    with pytest.raises(ValueError):
        Grid(0.0, 0.0, 0.0, 1, 1)


# ----------------------------------------------------------------------------------------------- hand-worked
def _three_points():
    grid = Grid(0.0, 5000.0, 1000.0, 5, 5)
    x = np.array([1500.0, 2500.0, 2500.0])
    y = np.array([3500.0, 3500.0, 2500.0])
    w = np.array([1.0, 2.0, 1.0])
    return grid, x, y, w


@pytest.mark.parametrize("method", ["exact", "fft"])
def test_hand_worked_three_points_quartic_raw(method):
    """Quartic raw = w·(1 − (d/r)²)², r = 2000 m; points on cell centres so binning is exact too."""
    grid, x, y, w = _three_points()
    surface = kde.density_grid(x, y, w, grid, 2000.0, KERNEL_QUARTIC, output=OUTPUT_RAW, method=method)
    near = (1 - 0.25) ** 2      # d = 1000 m: 0.5625
    diagonal = (1 - 0.5) ** 2   # d = √2·1000 m: 0.25
    # row index = (5000 - y) // 1000, col = x // 1000
    assert surface[1, 1] == pytest.approx(1 * 1 + 2 * near + 1 * diagonal)      # (1500, 3500)
    assert surface[1, 2] == pytest.approx(1 * near + 2 * 1 + 1 * near)          # (2500, 3500)
    assert surface[1, 3] == pytest.approx(0.0 + 2 * near + 1 * diagonal)        # (3500, 3500): p1 at d = r
    assert surface[2, 2] == pytest.approx(1 * diagonal + 2 * near + 1 * 1)      # (2500, 2500)
    assert surface[4, 4] == 0.0                                                  # every point beyond r
    assert surface.dtype == np.float32 and surface.shape == grid.shape


def test_bin_points_splits_bilinearly():
    grid = Grid(0.0, 5000.0, 1000.0, 5, 5)
    binned = kde.bin_points(np.array([1750.0]), np.array([3500.0]), np.array([4.0]), grid)
    assert binned[1, 1] == pytest.approx(3.0) and binned[1, 2] == pytest.approx(1.0)
    assert binned.sum() == pytest.approx(4.0)


# ----------------------------------------------------------------------------------------------- integrals
def _cloud(n=400, seed=3):
    rng = np.random.default_rng(seed)
    x = rng.uniform(20000.0, 60000.0, n)
    y = rng.uniform(20000.0, 60000.0, n)
    w = rng.integers(1, 6, n).astype(float)
    return x, y, w


@pytest.mark.parametrize("kernel", KERNELS)
@pytest.mark.parametrize("method", ["exact", "fft"])
def test_density_integrates_to_total_weight(kernel, method):
    """Density (per km²) × cell area (km²) summed over the grid = total weight, for every kernel."""
    x, y, w = _cloud()
    grid = Grid.covering(0.0, 0.0, 80000.0, 80000.0, 1000.0)
    surface = kde.density_grid(x, y, w, grid, 7300.0, kernel, decay=0.2, output=OUTPUT_DENSITY, method=method)
    integral = float(surface.sum(dtype=np.float64)) * grid.cell_area / 1e6
    assert integral == pytest.approx(w.sum(), rel=1e-5)


def test_fft_matches_exact_within_half_percent():
    x, y, w = _cloud(2000, seed=8)
    grid = Grid.like_qgis(x.min(), y.min(), x.max(), y.max(), 500.0, 12500.0)
    exact = kde.density_grid(x, y, w, grid, 12500.0, KERNEL_QUARTIC, output=OUTPUT_RAW, method="exact")
    fast = kde.density_grid(x, y, w, grid, 12500.0, KERNEL_QUARTIC, output=OUTPUT_RAW, method="fft")
    assert np.abs(exact - fast).max() <= 0.005 * exact.max()


def test_streaming_batches_equal_one_shot():
    x, y, w = _cloud(3000, seed=11)
    grid = Grid.like_qgis(x.min(), y.min(), x.max(), y.max(), 1000.0, 15000.0)
    accumulator = kde.SurfaceAccumulator(grid, 15000.0, OUTPUT_RAW)
    for part in np.array_split(np.arange(x.size), 7):
        accumulator.add(x[part], y[part], w[part])
    streamed = accumulator.smooth(KERNEL_QUARTIC)
    single = kde.density_grid(x, y, w, grid, 15000.0, KERNEL_QUARTIC, output=OUTPUT_RAW, method="fft")
    assert accumulator.n_points == x.size and accumulator.total_weight == pytest.approx(w.sum())
    np.testing.assert_allclose(streamed, single, rtol=1e-5, atol=1e-4)


@pytest.mark.parametrize("method", ["exact", "fft"])
def test_mask_edge_correction_keeps_mass_inside(method):
    """Events near the coast: the kernel mass that would fall in the 'sea' (east half) is put back on land."""
    rng = np.random.default_rng(2)
    x = rng.uniform(35000.0, 40000.0, 300)   # within 5 km of the mask edge at x = 40 km
    y = rng.uniform(20000.0, 60000.0, 300)
    grid = Grid.covering(0.0, 0.0, 80000.0, 80000.0, 1000.0)
    xs, _ = grid.cell_centres()
    mask = np.broadcast_to(xs < 40000.0, grid.shape).copy()
    surface = kde.density_grid(x, y, None, grid, 10000.0, KERNEL_QUARTIC, output=OUTPUT_DENSITY, mask=mask,
                               method=method)
    assert np.isnan(surface[~mask]).all()
    integral = float(np.nansum(surface, dtype=np.float64)) * grid.cell_area / 1e6
    assert integral == pytest.approx(300.0, rel=1e-4)
    plain = kde.density_grid(x, y, None, grid, 10000.0, KERNEL_QUARTIC, output=OUTPUT_DENSITY, method=method)
    assert float(plain[mask].sum(dtype=np.float64)) * grid.cell_area / 1e6 < 0.8 * 300.0


# ----------------------------------------------------------------------------------------------- choices, helpers
def test_method_choice_small_radius_is_exact_and_big_data_is_fft():
    assert kde.choose_method(1_000_000, 2000.0, 1000.0) == "exact"            # radius of 2 pixels
    assert kde.choose_method(1_000_000, 20000.0, 1000.0) == "fft"
    assert kde.choose_method(1_000, 20000.0, 1000.0) == "exact"
    assert kde.choose_method(200_000, 20000.0, 1000.0, kernel=2) == "exact"   # uniform has a hard edge


def test_qgis_virtual_y_moves_points_less_than_a_pixel():
    grid = Grid.like_qgis(0.0, 0.0, 10000.0, 10000.0, 1000.0, 3000.0)
    y = np.array([2250.0, 7900.0])
    moved = kde.qgis_virtual_y(y, grid, 3000.0)
    # height 16 km is a whole number of pixels: QGIS mirrors the point inside its row (0.25 → 0.75 of the row)
    assert moved.tolist() == pytest.approx([2750.0, 7100.0])
    assert kde.qgis_virtual_y(y, grid.plain(), 3000.0).tolist() == y.tolist()


def test_automatic_bandwidth_hand_computed():
    # four points 1 km from their centre: SD = Dm = 1000 m; 0.9 · min(1000, 1.2011·1000) · 4^-0.2
    radius, rule = kde.automatic_bandwidth([1000.0, -1000.0, 0.0, 0.0], [0.0, 0.0, 1000.0, -1000.0])
    assert radius == pytest.approx(0.9 * 1000.0 * 4 ** -0.2)
    assert "Silverman" in rule
    with pytest.raises(ValueError):
        kde.automatic_bandwidth([5.0, 5.0], [1.0, 1.0])


def test_cancel_stops_the_computation():
    x, y, w = _cloud(500)
    grid = Grid.covering(0.0, 0.0, 80000.0, 80000.0, 100.0)
    with pytest.raises(kde.Cancelled):
        kde.density_grid(x, y, w, grid, 5000.0, method="fft", report=lambda fraction: False)
    with pytest.raises(kde.Cancelled):
        kde.density_grid(x, y, w, grid, 5000.0, method="exact", report=lambda fraction: False)


def test_memory_estimate_grows_with_grid_and_covers_it():
    small = Grid.covering(0.0, 0.0, 100000.0, 100000.0, 1000.0)
    large = Grid.covering(0.0, 0.0, 100000.0, 100000.0, 100.0)
    assert kde.estimate_memory(large, 20000.0) > kde.estimate_memory(small, 20000.0) > 3 * small.nbytes()
    assert kde.estimate_memory(small, 20000.0, n_points=10 ** 6) > kde.estimate_memory(small, 20000.0)


def test_gaussian_is_three_sigmas_wide():
    assert kde.kernel_profile(np.array([0.0, 1.0 / 3.0, 1.0, 1.01]), KERNEL_GAUSSIAN).tolist() == pytest.approx(
        [1.0, math.exp(-0.5), math.exp(-4.5), 0.0])


def test_polygon_points_spread_and_point_on_surface():
    from shapely.geometry import box

    grid = Grid(0.0, 10000.0, 1000.0, 10, 10)
    square = box(2000.0, 2000.0, 5000.0, 5000.0)       # 3 × 3 cells
    tiny = box(8100.0, 8100.0, 8200.0, 8200.0)         # smaller than a cell, misses every centre
    batches = list(kde.polygon_points([square, tiny], np.array([9.0, 2.0]), grid, spread=True))
    x, y, w = (np.concatenate(parts) for parts in zip(*batches))
    assert x.size == 10 and w.sum() == pytest.approx(11.0)
    assert np.allclose(w[:9], 1.0) and w[9] == pytest.approx(2.0)
    assert tiny.contains(__import__("shapely.geometry", fromlist=["Point"]).Point(x[9], y[9]))
    single = list(kde.polygon_points([square], np.array([9.0]), grid, spread=False))
    assert single[0][0].size == 1 and square.contains(
        __import__("shapely.geometry", fromlist=["Point"]).Point(single[0][0][0], single[0][1][0]))
