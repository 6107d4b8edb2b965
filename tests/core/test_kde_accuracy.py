"""The FFT path against exact stamping (QGIS's own definition, equal to QGIS cell for cell — tests/qgis): the acceptance
case near the exact/FFT switch, sub-pixel phases, a heavy point among light ones, masks and Density output."""
from __future__ import annotations

import numpy as np
import pytest

from vdto_targeting.core import kde
from vdto_targeting.core.grid import Grid
from vdto_targeting.definitions import (KERNEL_EPANECHNIKOV, KERNEL_QUARTIC, KERNEL_TRIANGULAR, KERNEL_TRIWEIGHT,
                                        OUTPUT_DENSITY, OUTPUT_RAW)


def _error(fast, exact):
    return float(np.nanmax(np.abs(fast - exact)) / np.nanmax(exact))


@pytest.mark.parametrize("kernel", [KERNEL_TRIWEIGHT, KERNEL_QUARTIC])
def test_42000_uniform_plus_one_of_weight_500(kernel):
    """Pixel 100 m, radius 1,200 m (12 pixels, where the FFT takes over): was 1.01 % (triweight), 0.67 % (quartic)."""
    rng = np.random.default_rng(13)
    x = np.append(rng.uniform(0, 20_000, 42_000), 10_037.0)
    y = np.append(rng.uniform(0, 20_000, 42_000), 9_971.0)
    w = np.append(np.ones(42_000), 500.0)
    grid = Grid.like_qgis(x.min(), y.min(), x.max(), y.max(), 100.0, 1200.0)
    assert kde.choose_method(x.size, 1200.0, 100.0, kernel) == "fft"
    fast = kde.density_grid(x, y, w, grid, 1200.0, kernel, output=OUTPUT_RAW, method="fft")
    exact = kde.density_grid(x, y, w, grid, 1200.0, kernel, output=OUTPUT_RAW, method="exact")
    assert _error(fast, exact) < 0.001


@pytest.mark.parametrize("radius_px", [4.0, 7.5, 12.0, 30.0])
@pytest.mark.parametrize("kernel", [KERNEL_TRIWEIGHT, KERNEL_QUARTIC])
def test_one_point_binned_with_phases_stays_within_the_target(radius_px, kernel):
    grid = Grid(0.0, 10_000.0, 100.0, 100, 100)
    x, y = np.array([5_037.0]), np.array([4_971.0])
    phases = kde.binning_phases(radius_px * 100.0, 100.0, kernel)
    lattice = kde.bin_points(x, y, None, grid, pad=int(radius_px) + 2, phases=phases)
    fast = kde.smooth_binned(lattice, grid, radius_px * 100.0, kernel, output=OUTPUT_RAW)
    exact = kde.density_grid(x, y, None, grid, radius_px * 100.0, kernel, output=OUTPUT_RAW, method="exact")
    assert _error(fast, exact) <= kde.BINNING_TARGET * 1.2


def test_phase_count_follows_the_radius():
    assert kde.binning_phases(1200.0, 100.0, KERNEL_TRIWEIGHT) == 2
    assert kde.binning_phases(2500.0, 100.0, KERNEL_TRIWEIGHT) == 1
    assert kde.binning_phases(100.0, 100.0, KERNEL_TRIWEIGHT) == kde.MAX_PHASES
    assert kde.binning_phases(1200.0, 100.0) == 2   # the streaming default: the worst smooth kernel


@pytest.mark.parametrize("kernel", [KERNEL_QUARTIC, KERNEL_EPANECHNIKOV, KERNEL_TRIANGULAR])
def test_density_with_heavy_point(kernel):
    """Density output: the phased FFT with the heavy point stamped exactly agrees with exact stamping."""
    rng = np.random.default_rng(3)
    x = np.append(rng.uniform(0, 20_000, 30_000), 8_000.0)
    y = np.append(rng.uniform(0, 20_000, 30_000), 12_000.0)
    w = np.append(rng.integers(1, 5, 30_000).astype(float), 2_000.0)
    grid = Grid(-1_000.0, 21_000.0, 100.0, 220, 220)
    fast = kde.density_grid(x, y, w, grid, 1500.0, kernel, output=OUTPUT_DENSITY, method="fft")
    exact = kde.density_grid(x, y, w, grid, 1500.0, kernel, output=OUTPUT_DENSITY, method="exact")
    assert _error(fast, exact) < 0.005
    # the heavy point is drawn exactly: its cell carries its kernel peak as stamped
    assert fast[90, 90] == pytest.approx(exact[90, 90], rel=1e-3)


def test_radius_under_one_pixel_is_computed():
    grid = Grid(0.0, 1_000.0, 100.0, 10, 10)
    surface = kde.density_grid(np.array([450.0]), np.array([550.0]), None, grid, 60.0, KERNEL_QUARTIC,
                               output=OUTPUT_RAW)
    # the cell centre (450, 550) lies at distance 0: K(0) = 1; the neighbours are 100 m away, beyond 60 m
    assert surface[4, 4] == pytest.approx(1.0) and surface.sum() == pytest.approx(1.0)
