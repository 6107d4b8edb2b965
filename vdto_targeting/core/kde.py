"""Kernel density surfaces: QGIS's Raw definition reproduced exactly, an honest Density (weight per km²), and the
speed to do a million points in about a second.

Two methods give the same surface:

* **exact** — every point stamps its kernel on the cells whose centres lie within the radius, as QGIS's
  ``QgsKernelDensityEstimation`` does. Cost grows with points × (radius / pixel)², so it is used for few points or
  small radii (where binning error would be large) and for kernels with a hard edge (Uniform, decayed Triangular).
* **fft** — linear binning of the points onto the cell centres, then one convolution with the kernel sampled on the
  same lattice, done in tiles with ``numpy.fft`` (overlap-add) so memory stays a few grids whatever the number of
  points. Binning is linear in the points and the convolution is independent of them: a million points cost the
  same as ten thousand, and re-smoothing a binned grid with a new radius (the dock's live preview) costs one pass.

Units: coordinates and radius in metres (a metric CRS chosen by the bridge). ``OUTPUT_DENSITY`` divides each
point's kernel by its discrete sum so every point contributes exactly its weight: the surface times the cell area
in km² sums to the total weight (minus what falls outside the grid). With a ``mask`` (True inside), each point's
kernel is renormalised to the cells inside the mask (mass that would fall in the sea is put back on land), and cells
outside are NaN.
"""
from __future__ import annotations

import math
from typing import Callable, Dict, Optional, Tuple

import numpy as np

from ..definitions import (KERNEL_EPANECHNIKOV, KERNEL_GAUSSIAN, KERNEL_NAMES, KERNEL_QUARTIC, KERNEL_TRIANGULAR,
                           KERNEL_TRIWEIGHT, KERNEL_UNIFORM, OUTPUT_DENSITY, OUTPUT_RAW)
from .grid import Grid

Report = Optional[Callable[[float], bool]]
"""A progress callback: called with a fraction in [0, 1]; returning False asks the computation to stop."""

# Cost model for choosing the method (kernel evaluations the exact method may spend).
EXACT_CHEAP = 3.0e7          # below this the exact method is used whatever the kernel: it is fast and exact
EXACT_LIMIT = 1.5e9          # above this the exact method would take minutes: the FFT is used regardless
SMOOTH_MIN_RADIUS_PX = 12.0  # smooth kernels: below this radius in pixels the exact method is preferred
# Linear binning error of one point, as a share of its peak, is about BINNING_ERROR[kernel] / (R·P)² for a radius of
# R pixels binned on P×P sub-pixel phases (measured: triweight 1.01 % and quartic 0.67 % at R = 12, P = 1). The FFT
# uses enough phases to keep it under BINNING_TARGET whatever the radius; kernels with a kink or an edge (uniform,
# triangular, Epanechnikov) converge only as 1/(R·P) and use BINNING_ERROR_KINKED.
BINNING_ERROR = {KERNEL_QUARTIC: 0.97, KERNEL_TRIWEIGHT: 1.46, KERNEL_GAUSSIAN: 2.3}
BINNING_ERROR_KINKED = 0.6
BINNING_TARGET = 0.003
MAX_PHASES = 6               # at most 36 convolutions; beyond that the exact method is cheaper anyway
HEAVY_BUDGET = 1.0e7         # kernel evaluations spent stamping the heaviest points exactly inside an FFT run
HEAVY_FACTOR = 10.0          # a point is "heavy" (stamped exactly) when it weighs this many times the mean weight
GAUSSIAN_SIGMAS = 3.0        # the Gaussian's radius is three standard deviations (the kernel is cut there)
_FFT_SIDE = 512              # tile side of the tiled FFT convolution (grown for large radii)
SEGMENT_CELLS = 1 << 20      # binning adds at most this many cells (8 MB of float64) at a time


class Cancelled(Exception):
    """The progress callback asked to stop; no surface was produced."""


# ----------------------------------------------------------------------------------------------- kernels
def kernel_profile(u: np.ndarray, kernel: int = KERNEL_QUARTIC, decay: float = 0.0) -> np.ndarray:
    """Raw kernel value at normalised distance ``u = d / radius`` (0 beyond 1), with QGIS's Raw formulas."""
    u = np.asarray(u, dtype=float)
    inside = u <= 1.0
    if kernel == KERNEL_QUARTIC:
        value = (1.0 - u * u) ** 2
    elif kernel == KERNEL_TRIANGULAR:
        value = 1.0 - (1.0 - decay) * u
    elif kernel == KERNEL_UNIFORM:
        value = np.ones_like(u)
    elif kernel == KERNEL_TRIWEIGHT:
        value = (1.0 - u * u) ** 3
    elif kernel == KERNEL_EPANECHNIKOV:
        value = 1.0 - u * u
    elif kernel == KERNEL_GAUSSIAN:
        value = np.exp(-0.5 * (GAUSSIAN_SIGMAS * u) ** 2)
    else:
        raise ValueError(f"unknown kernel code {kernel!r}; expected 0-{len(KERNEL_NAMES) - 1}")
    return np.where(inside, value, 0.0)


def is_smooth(kernel: int) -> bool:
    """Kernels whose value and slope vanish at the edge: linear binning is accurate for them at moderate radii."""
    return kernel in (KERNEL_QUARTIC, KERNEL_TRIWEIGHT, KERNEL_GAUSSIAN)


def binning_phases(radius: float, pixel: float, kernel: Optional[int] = None) -> int:
    """Sub-pixel phases per axis the FFT needs so one point's binning error stays under ``BINNING_TARGET`` of its
    peak (``kernel`` None: the worst smooth kernel QGIS offers, triweight — the streaming path bins before the
    kernel is known)."""
    r = max(radius / pixel, 1e-9)
    if kernel is None or kernel in BINNING_ERROR:
        c = BINNING_ERROR[KERNEL_TRIWEIGHT if kernel is None else kernel]
        phases = math.sqrt(c / BINNING_TARGET) / r
    else:
        phases = BINNING_ERROR_KINKED / BINNING_TARGET / r
    return int(min(max(math.ceil(phases - 1e-9), 1), MAX_PHASES))


def phase_stencils(radius: float, pixel: float, phases: int, kernel: int = KERNEL_QUARTIC,
                   decay: float = 0.0) -> np.ndarray:
    """(P, P, 2H+1, 2H+1) stencils, H = floor(radius / pixel) + 1: entry [a, b, i, j] is the kernel, at the cell
    (H − i, H − j) away, of a point sitting a/P of a pixel below and b/P right of its lattice node — so that
    :func:`correlate` of phase (a, b)'s lattice with it stamps those points where they are."""
    half = int(math.floor(radius / pixel + 1e-9)) + 1
    steps = np.arange(phases) / phases
    offsets = half - np.arange(2 * half + 1)
    dr = offsets[None, :, None] - steps[:, None, None]          # (P, 2H+1, 1)
    dc = offsets[None, None, :] - steps[:, None, None]          # (P, 1, 2H+1)
    distance = np.hypot(dr[:, None, :, :], dc[None, :, :, :]) * pixel
    return kernel_profile(distance / radius, kernel, decay)


def stencil(radius: float, pixel: float, kernel: int = KERNEL_QUARTIC, decay: float = 0.0) -> np.ndarray:
    """The kernel sampled at whole-cell offsets, (2B+1)² with B = floor(radius / pixel): what the FFT convolves."""
    half = int(math.floor(radius / pixel + 1e-9))
    offsets = np.arange(-half, half + 1) * pixel
    distance = np.hypot(offsets[:, None], offsets[None, :])
    return kernel_profile(distance / radius, kernel, decay)


def qgis_buffer_cells(radius: float, pixel: float) -> int:
    """QGIS's ``radiusSizeInPixels``: floor(radius / pixel), plus one when the remainder exceeds 0.5 layer units."""
    buffer = int(radius / pixel)
    if radius - pixel * buffer > 0.5:
        buffer += 1
    return buffer


def qgis_virtual_y(y: np.ndarray, grid: Grid, radius: float) -> np.ndarray:
    """Where QGIS's heatmap effectively places each point vertically.

    ``QgsKernelDensityEstimation::addFeature`` picks the block's row from the top of the extent but the pixel
    centroids from its bottom (``anchor_y``), so within its row a point is measured as if mirrored: an offset of up
    to one pixel. Raw output on a :meth:`Grid.like_qgis` grid applies the same placement so the two surfaces agree
    cell for cell; Density output never does.
    """
    y = np.asarray(y, dtype=float)
    if grid.anchor_y is None:
        return y
    p, b = grid.pixel, qgis_buffer_cells(radius, grid.pixel)
    from_top = (grid.y_max - y) / p
    from_bottom = (y - grid.anchor_y) / p
    rows = np.trunc(from_top - b) - np.trunc(from_bottom - b) + from_bottom
    return grid.y_max - p * rows


# ----------------------------------------------------------------------------------------------- choosing
def radius_pixels(radius: float, pixel: float) -> float:
    return float(radius) / float(pixel)


def exact_cost(n_points: int, radius: float, pixel: float) -> float:
    """Kernel evaluations the exact method needs."""
    side = 2 * (int(math.ceil(radius / pixel)) + 1) + 1
    return float(n_points) * side * side


def choose_method(n_points: int, radius: float, pixel: float, kernel: int = KERNEL_QUARTIC,
                  decay: float = 0.0) -> str:
    """``"exact"`` when it is cheap or when binning would be inaccurate (small radius, hard-edged kernel) and still
    affordable; ``"fft"`` otherwise."""
    cost = exact_cost(n_points, radius, pixel)
    if cost <= EXACT_CHEAP:
        return "exact"
    inaccurate = (not is_smooth(kernel)) or radius_pixels(radius, pixel) < SMOOTH_MIN_RADIUS_PX
    if inaccurate and cost <= EXACT_LIMIT:
        return "exact"
    return "fft"


def fft_side(radius: float, pixel: float) -> int:
    """FFT tile side: a power of two at least four kernel widths, so tile overlap stays small."""
    half = int(math.floor(radius / pixel + 1e-9))
    side = _FFT_SIDE
    while side < 4 * (2 * half + 1):
        side *= 2
    return side


def estimate_memory(grid: Grid, radius: float, n_points: int = 0, method: str = "fft",
                    mask: bool = False) -> int:
    """Bytes the surface computation allocates at its peak (grid arrays + FFT tiles + point arrays).

    Used by the memory guard before anything is allocated: the float32 binned lattice and float32 output, FFT
    tiles, the mask's normalisation lattice, plus ~6 float64 arrays per point (coordinates, weights, indices).
    """
    pad = int(math.floor(radius / grid.pixel + 1e-9)) + 3
    padded_cells = (grid.n_rows + 2 * pad) * (grid.n_cols + 2 * pad)
    if method != "exact":
        padded_cells *= binning_phases(radius, grid.pixel) ** 2
    if method == "exact":
        grid_bytes = grid.n_cells * 8 + grid.n_cells * 4 + 64 * 1024 * 1024  # float64 sum, float32 out, chunk
    else:
        side = fft_side(radius, grid.pixel)
        grid_bytes = padded_cells * 4 + grid.n_cells * 4 + 6 * side * side * 8 + 16 * 2 ** 20
    if mask:
        grid_bytes += padded_cells * (4 + 4) + grid.n_cells
    return int(grid_bytes + n_points * 6 * 8)


# ----------------------------------------------------------------------------------------------- binning
def _lattice_pad(radius: float, pixel: float) -> int:
    return int(math.floor(radius / pixel + 1e-9)) + 1


def bin_points(x: np.ndarray, y: np.ndarray, w: Optional[np.ndarray], grid: Grid, pad: int = 0,
               out: Optional[np.ndarray] = None, phases: int = 1) -> np.ndarray:
    """Linear binning: each point's weight split bilinearly over the four nearest cell centres.

    Returns a float64 array of the grid's shape grown by ``pad`` cells on every side (pass ``pad`` at least
    radius / pixel + 1 so points just outside still reach the grid). ``out`` accumulates into an existing array
    (float32 or float64): the streaming path bins batch after batch into one lattice. Mass falling off the lattice
    is dropped. Temporary memory stays a few MB whatever the lattice size: points are sorted by cell and added in
    chunks covering short index ranges.
    """
    if phases > 1:
        return _bin_phases(x, y, w, grid, pad, out, phases)
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    n_rows, n_cols = grid.n_rows + 2 * pad, grid.n_cols + 2 * pad
    if out is None:
        out = np.zeros((n_rows, n_cols), dtype=np.float64)
    elif out.shape != (n_rows, n_cols):
        raise ValueError(f"accumulator shape {out.shape} does not match the padded grid {(n_rows, n_cols)}")
    if x.size == 0:
        return out
    weights = np.ones_like(x) if w is None else np.asarray(w, dtype=float).ravel()
    fc = (x - grid.x_min) / grid.pixel - 0.5 + pad
    fr = (grid.y_max - y) / grid.pixel - 0.5 + pad
    c0 = np.floor(fc)
    r0 = np.floor(fr)
    reach = (c0 >= -1) & (c0 < n_cols) & (r0 >= -1) & (r0 < n_rows)
    if not reach.all():
        fc, fr, c0, r0, weights = fc[reach], fr[reach], c0[reach], r0[reach], weights[reach]
    tc = fc - c0
    tr = fr - r0
    del fc, fr
    c0 = c0.astype(np.int64)
    r0 = r0.astype(np.int64)
    base = r0 * n_cols + c0
    flat = out.reshape(-1)
    span = SEGMENT_CELLS
    if base.size and int(base.max()) - int(base.min()) > span:
        # spatially scattered batch: sort by cell, then add segment by segment so no temporary spans the lattice
        order = np.argsort(base, kind="stable")
        base = base[order]
        c0, r0, tc, tr, weights = c0[order], r0[order], tc[order], tr[order], weights[order]
        del order
        edges = np.arange(int(base[0]) + span, int(base[-1]) + 1, span)
        bounds = [0, *np.searchsorted(base, edges).tolist(), base.size]
    else:
        bounds = [0, base.size]
    for lo, hi in zip(bounds[:-1], bounds[1:]):
        if hi > lo:
            _bin_chunk(flat, n_rows, n_cols, c0[lo:hi], r0[lo:hi], tc[lo:hi], tr[lo:hi], weights[lo:hi])
    return out


def _bin_phases(x: np.ndarray, y: np.ndarray, w: Optional[np.ndarray], grid: Grid, pad: int,
                out: Optional[np.ndarray], phases: int) -> np.ndarray:
    """Linear binning on a lattice P times finer than the grid, stored as P×P phase lattices of the grid's cells:
    ``out[a, b]`` holds the weight at a/P of a pixel below and b/P right of each cell centre (shape
    (P, P, rows + 2·pad, cols + 2·pad)). Convolving each with its phase's stencil shrinks the binning error P²-fold."""
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    n_rows, n_cols = grid.n_rows + 2 * pad, grid.n_cols + 2 * pad
    shape = (phases, phases, n_rows, n_cols)
    if out is None:
        out = np.zeros(shape, dtype=np.float64)
    elif out.shape != shape:
        raise ValueError(f"accumulator shape {out.shape} does not match the phased grid {shape}")
    weights = np.ones_like(x) if w is None else np.asarray(w, dtype=float).ravel()
    flat = out.reshape(-1)
    step = 1 << 20
    for start in range(0, x.size, step):
        fc = ((x[start:start + step] - grid.x_min) / grid.pixel - 0.5 + pad) * phases
        fr = ((grid.y_max - y[start:start + step]) / grid.pixel - 0.5 + pad) * phases
        ww = weights[start:start + step]
        c0, r0 = np.floor(fc), np.floor(fr)
        tc, tr = fc - c0, fr - r0
        c0, r0 = c0.astype(np.int64), r0.astype(np.int64)
        for dr, wr in ((0, 1.0 - tr), (1, tr)):
            rows, row_phase = np.divmod(r0 + dr, phases)
            for dc, wc in ((0, 1.0 - tc), (1, tc)):
                cols, col_phase = np.divmod(c0 + dc, phases)
                ok = (rows >= 0) & (rows < n_rows) & (cols >= 0) & (cols < n_cols)
                index = ((row_phase * phases + col_phase) * n_rows + rows) * n_cols + cols
                _add(flat, index[ok], (ww * wr * wc)[ok])
    return out


def _add(flat: np.ndarray, index: np.ndarray, values: np.ndarray) -> None:
    """flat[index] += values with repeated indices summed: bincount over short spans (sorted when scattered)."""
    if index.size == 0:
        return
    lo, hi = int(index.min()), int(index.max()) + 1
    if hi - lo <= SEGMENT_CELLS:
        flat[lo:hi] += np.bincount(index - lo, weights=values, minlength=hi - lo)
        return
    order = np.argsort(index, kind="stable")
    index, values = index[order], values[order]
    edges = np.arange(lo + SEGMENT_CELLS, hi, SEGMENT_CELLS)
    bounds = [0, *np.searchsorted(index, edges).tolist(), index.size]
    for a, b in zip(bounds[:-1], bounds[1:]):
        if b > a:
            start, stop = int(index[a]), int(index[b - 1]) + 1
            flat[start:stop] += np.bincount(index[a:b] - start, weights=values[a:b], minlength=stop - start)


def _bin_chunk(flat: np.ndarray, n_rows: int, n_cols: int, c0: np.ndarray, r0: np.ndarray, tc: np.ndarray,
               tr: np.ndarray, weights: np.ndarray) -> None:
    index_parts, weight_parts = [], []
    for dr, wr in ((0, 1.0 - tr), (1, tr)):
        for dc, wc in ((0, 1.0 - tc), (1, tc)):
            rows, cols = r0 + dr, c0 + dc
            ok = (rows >= 0) & (rows < n_rows) & (cols >= 0) & (cols < n_cols)
            if ok.all():
                index_parts.append(rows * n_cols + cols)
                weight_parts.append(weights * wr * wc)
            else:
                index_parts.append(rows[ok] * n_cols + cols[ok])
                weight_parts.append((weights * wr * wc)[ok])
    index = np.concatenate(index_parts)
    if index.size == 0:
        return
    values = np.concatenate(weight_parts)
    lo, hi = int(index.min()), int(index.max()) + 1
    flat[lo:hi] += np.bincount(index - lo, weights=values, minlength=hi - lo)


# ----------------------------------------------------------------------------------------------- FFT convolution
_KERNEL_FFT_CACHE: Dict[Tuple, np.ndarray] = {}


def _kernel_spectrum(kernel_stencil: np.ndarray, side: int) -> np.ndarray:
    key = (side, kernel_stencil.shape[0], hash(kernel_stencil.tobytes()))
    spectrum = _KERNEL_FFT_CACHE.get(key)
    if spectrum is None:
        half = kernel_stencil.shape[0] // 2
        wrapped = np.zeros((side, side))
        wrapped[:kernel_stencil.shape[0], :kernel_stencil.shape[1]] = kernel_stencil
        wrapped = np.roll(wrapped, (-half, -half), axis=(0, 1))
        spectrum = np.fft.rfft2(wrapped)
        if len(_KERNEL_FFT_CACHE) > 8:
            _KERNEL_FFT_CACHE.clear()
        _KERNEL_FFT_CACHE[key] = spectrum
    return spectrum


def correlate(array: np.ndarray, kernel_stencil: np.ndarray, row0: int = 0, col0: int = 0,
              n_rows: Optional[int] = None, n_cols: Optional[int] = None, report: Report = None,
              side: Optional[int] = None, out: Optional[np.ndarray] = None) -> np.ndarray:
    """out[i, j] = Σ stencil[a, b] · array[row0 + i − a + B, col0 + j − b + B] (zeros outside), by tiled FFT: a
    convolution, which is the correlation its name says for the symmetric whole-cell kernel stencils.

    Tiles whose input is all zero are skipped (the sea, the desert), so sparse surfaces cost less. Memory: the output
    plus a few side² work arrays.
    """
    half = kernel_stencil.shape[0] // 2
    n_rows = array.shape[0] - row0 if n_rows is None else n_rows
    n_cols = array.shape[1] - col0 if n_cols is None else n_cols
    if out is None:
        out = np.zeros((n_rows, n_cols), dtype=np.float32)
    if half == 0:
        centre = float(kernel_stencil[0, 0])
        src = array[row0:row0 + n_rows, col0:col0 + n_cols]
        out[:src.shape[0], :src.shape[1]] = src * centre
        return out
    side = side or max(_FFT_SIDE, 4 * (2 * half + 1))
    tile = side - 2 * half
    spectrum = _kernel_spectrum(kernel_stencil, side)
    starts = [(i, j) for i in range(0, n_rows, tile) for j in range(0, n_cols, tile)]
    buffer = np.zeros((side, side))
    for done, (i, j) in enumerate(starts):
        if report is not None and not report(done / len(starts)):
            raise Cancelled()
        # input window rows [row0 + i - half, row0 + i + tile + half), clipped to the array
        top, left = row0 + i - half, col0 + j - half
        r_lo, c_lo = max(top, 0), max(left, 0)
        r_hi = min(top + side, array.shape[0])
        c_hi = min(left + side, array.shape[1])
        if r_hi <= r_lo or c_hi <= c_lo:
            continue
        window = array[r_lo:r_hi, c_lo:c_hi]
        if not window.any():
            continue
        buffer[:] = 0.0
        buffer[r_lo - top:r_hi - top, c_lo - left:c_hi - left] = window
        result = np.fft.irfft2(np.fft.rfft2(buffer) * spectrum, s=(side, side))
        rows = min(tile, n_rows - i)
        cols = min(tile, n_cols - j)
        out[i:i + rows, j:j + cols] = result[half:half + rows, half:half + cols]
    if report is not None:
        report(1.0)
    return out


# ----------------------------------------------------------------------------------------------- smoothing
def _km2(grid: Grid) -> float:
    return grid.cell_area / 1.0e6


def _share(report: Callable[[float], bool], k: int, parts: int) -> Callable[[float], bool]:
    """Progress of part k of ``parts`` reported as a share of the whole."""
    return lambda fraction: report((k + fraction) / parts)


def smooth_binned(binned: np.ndarray, grid: Grid, radius: float, kernel: int = KERNEL_QUARTIC,
                  decay: float = 0.0, output: int = OUTPUT_DENSITY, mask: Optional[np.ndarray] = None,
                  report: Report = None) -> np.ndarray:
    """Turn a binned lattice (from :func:`bin_points` / :class:`SurfaceAccumulator`) into a float32 surface.

    ``binned`` may be padded by the same number of cells on every side, and may hold P×P sub-pixel phase lattices
    (shape (P, P, rows, cols)), each convolved with the kernel as seen from its phase. Cheap to call again with
    another radius or kernel: this is the step the dock's live preview repeats.
    """
    if not radius > 0:
        raise ValueError(f"radius must be positive, got {radius!r}")
    phased = binned.ndim == 4
    rows, cols = binned.shape[-2:]
    pad = (rows - grid.n_rows) // 2
    if pad < 0 or (rows, cols) != (grid.n_rows + 2 * pad, grid.n_cols + 2 * pad) or \
            (phased and binned.shape[0] != binned.shape[1]):
        raise ValueError(f"binned shape {binned.shape} is not the grid {grid.shape} padded evenly")
    if phased:
        phases = binned.shape[0]
        stencils = phase_stencils(radius, grid.pixel, phases, kernel, decay)
        pairs = [(binned[a, b], stencils[a, b]) for a in range(phases) for b in range(phases)]
    else:
        pairs = [(binned, stencil(radius, grid.pixel, kernel, decay))]
    pairs = [(lattice, weights) for lattice, weights in pairs if lattice.any()] or pairs[:1]
    if not any(weights.sum() > 0 for _, weights in pairs):
        raise ValueError("the kernel sums to zero on this grid: use a radius of at least half a pixel")
    side = fft_side(radius + grid.pixel, grid.pixel)
    lattice_mask = None
    if mask is not None:
        mask = np.asarray(mask, dtype=bool)
        if mask.shape != grid.shape:
            raise ValueError(f"mask shape {mask.shape} does not match the grid {grid.shape}")
        lattice_mask = np.zeros((rows, cols), dtype=np.float32)
        lattice_mask[pad:pad + grid.n_rows, pad:pad + grid.n_cols] = mask
    out = np.zeros(grid.shape, dtype=np.float32)
    negative = False
    for k, (lattice, weights) in enumerate(pairs):
        total = float(weights.sum())
        if total <= 0:
            continue    # a radius under a pixel can miss every cell centre from this phase: QGIS draws nothing
        negative = negative or weights.min() < 0 or lattice.min() < 0
        source = lattice
        if lattice_mask is not None:
            # each node's kernel renormalised to the cells inside the mask (Jones 1993 style, mass-conserving);
            # a node sees the cells at +d with the kernel at d − phase (see below for the flip)
            inside = correlate(lattice_mask, weights, side=side)
            np.divide(total, inside, out=inside, where=inside > total * 1e-9)
            inside[~np.isfinite(inside) | (inside > 1.0e12)] = 0.0
            source = lattice * inside
            del inside
        part_report = None if report is None else _share(report, k, len(pairs))
        # the FFT product is a convolution, i.e. a correlation with the stencil flipped: a phase's stencil is not
        # symmetric, so it is flipped here to stamp each point where it is
        part = correlate(source, weights[::-1, ::-1].copy(), pad, pad, grid.n_rows, grid.n_cols,
                         report=part_report, side=side)
        if output == OUTPUT_DENSITY:
            part *= np.float32(1.0 / total)
        elif output != OUTPUT_RAW:
            raise ValueError(f"unknown output code {output!r}")
        out += part
        del part, source
    if not negative:
        # FFT round-off leaves ±1e-17 where nothing reaches: keep true zeros (the style makes them transparent)
        np.maximum(out, 0.0, out=out)
        out[out < np.float32(1e-7) * out.max(initial=0.0)] = 0.0
    if output == OUTPUT_DENSITY:
        out *= np.float32(1.0 / _km2(grid))
    if mask is not None:
        out[~mask] = np.nan
    return out


# ----------------------------------------------------------------------------------------------- exact method
def _dedupe(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Points at identical coordinates merged (summing weights): gazetteer-coded events repeat a lot."""
    if x.size < 2:
        return x, y, w
    order = np.lexsort((y, x))
    xs, ys = x[order], y[order]
    new = np.ones(xs.size, dtype=bool)
    new[1:] = (xs[1:] != xs[:-1]) | (ys[1:] != ys[:-1])
    if new.all():
        return x, y, w
    starts = np.flatnonzero(new)
    return xs[starts], ys[starts], np.add.reduceat(w[order], starts)


def _exact(x: np.ndarray, y: np.ndarray, w: np.ndarray, grid: Grid, radius: float, kernel: int, decay: float,
           output: int, mask: Optional[np.ndarray], report: Report) -> np.ndarray:
    """Each point's kernel evaluated at every cell centre within the radius (QGIS's own definition)."""
    p = grid.pixel
    x, y, w = _dedupe(x, y, w)
    fx = (x - grid.x_min) / p
    fy = (grid.y_max - y) / p
    reach = int(math.ceil(radius / p)) + 1
    c0 = np.floor(fx).astype(np.int64)
    r0 = np.floor(fy).astype(np.int64)
    keep = (c0 + reach >= 0) & (c0 - reach < grid.n_cols) & (r0 + reach >= 0) & (r0 - reach < grid.n_rows)
    order = np.flatnonzero(keep)
    order = order[np.argsort(r0[order] * grid.n_cols + c0[order], kind="stable")]
    x, y, w, c0, r0 = x[order], y[order], w[order], c0[order], r0[order]
    limit = (radius / p) ** 2
    offsets = [(dr, dc) for dr in range(-reach, reach + 1) for dc in range(-reach, reach + 1)
               if (max(abs(dr) - 1, 0)) ** 2 + (max(abs(dc) - 1, 0)) ** 2 <= limit]
    flat_mask = None if mask is None else np.asarray(mask, dtype=bool).reshape(-1)
    n_cells = grid.n_cells
    total = np.zeros(n_cells, dtype=np.float64)
    chunk = max(1, int(4_000_000 // max(len(offsets), 1)))
    normalise = output == OUTPUT_DENSITY or mask is not None
    n = x.size
    for start in range(0, n, chunk):
        if report is not None and not report(start / max(n, 1)):
            raise Cancelled()
        sl = slice(start, min(start + chunk, n))
        px, py, pw, pc, pr = x[sl], y[sl], w[sl], c0[sl], r0[sl]
        parts = []
        full_sum = np.zeros(px.size)
        in_sum = np.zeros(px.size)
        for dr, dc in offsets:
            cols = pc + dc
            rows = pr + dr
            dx = grid.x_min + (cols + 0.5) * p - px
            dy = grid.y_max - (rows + 0.5) * p - py
            distance = np.sqrt(dx * dx + dy * dy)
            near = distance <= radius
            if not near.any():
                continue
            value = kernel_profile(distance / radius, kernel, decay)
            on_grid = near & (cols >= 0) & (cols < grid.n_cols) & (rows >= 0) & (rows < grid.n_rows)
            index = rows * grid.n_cols + cols
            if normalise:
                full_sum += np.where(near, value, 0.0)
                if flat_mask is not None:
                    usable = on_grid.copy()
                    usable[on_grid] = flat_mask[index[on_grid]]
                    in_sum += np.where(usable, value, 0.0)
            parts.append((np.flatnonzero(on_grid), index[on_grid], value[on_grid]))
        if not parts:
            continue
        factor = pw.copy()
        if normalise:
            norm = in_sum if flat_mask is not None else full_sum
            good = norm > 0
            factor = np.where(good, pw / np.where(good, norm, 1.0), 0.0)
            if output == OUTPUT_RAW:
                factor = factor * full_sum
        index = np.concatenate([part[1] for part in parts])
        values = np.concatenate([part[2] * factor[part[0]] for part in parts])
        if index.size:
            lo, hi = int(index.min()), int(index.max()) + 1
            total[lo:hi] += np.bincount(index - lo, weights=values, minlength=hi - lo)
    out = total.reshape(grid.shape).astype(np.float32)
    if output == OUTPUT_DENSITY:
        out *= np.float32(1.0 / _km2(grid))
    if mask is not None:
        out[~np.asarray(mask, dtype=bool)] = np.nan
    if report is not None:
        report(1.0)
    return out


def _stamp(surface: np.ndarray, x: np.ndarray, y: np.ndarray, w: np.ndarray, grid: Grid, radius: float,
           kernel: int, decay: float, output: int, mask: Optional[np.ndarray]) -> None:
    """Add a few points' kernels to ``surface`` in place, point by point in a window around each — the same values
    as :func:`_exact` (same cells, same normalisation) without its whole-grid arrays."""
    p = grid.pixel
    reach = int(math.ceil(radius / p)) + 1
    span = np.arange(-reach, reach + 1)
    normalise = output == OUTPUT_DENSITY or mask is not None
    scale = 1.0 / _km2(grid) if output == OUTPUT_DENSITY else 1.0
    flat_mask = None if mask is None else np.asarray(mask, dtype=bool)
    for px, py, pw in zip(x, y, w):
        c0, r0 = int(math.floor((px - grid.x_min) / p)), int(math.floor((grid.y_max - py) / p))
        rows, cols = r0 + span[:, None], c0 + span[None, :]
        dx = grid.x_min + (cols + 0.5) * p - px
        dy = grid.y_max - (rows + 0.5) * p - py
        distance = np.sqrt(dx * dx + dy * dy)
        near = distance <= radius
        value = np.where(near, kernel_profile(distance / radius, kernel, decay), 0.0)
        on_grid = near & (rows >= 0) & (rows < grid.n_rows) & (cols >= 0) & (cols < grid.n_cols)
        if flat_mask is not None:
            usable = on_grid.copy()
            usable[on_grid] = flat_mask[np.broadcast_to(rows, on_grid.shape)[on_grid],
                                        np.broadcast_to(cols, on_grid.shape)[on_grid]]
        else:
            usable = on_grid
        factor = pw
        if normalise:
            norm = float(value[usable].sum()) if flat_mask is not None else float(value.sum())
            if norm <= 0:
                continue
            factor = pw / norm * (float(value.sum()) if output == OUTPUT_RAW else 1.0)
        rr = np.broadcast_to(rows, usable.shape)[usable]
        cc = np.broadcast_to(cols, usable.shape)[usable]
        surface[rr, cc] += (value[usable] * (factor * scale)).astype(surface.dtype)


# ----------------------------------------------------------------------------------------------- public entry points
def _check(radius: float, kernel: int, output: int) -> None:
    if not (radius > 0 and math.isfinite(radius)):
        raise ValueError(f"radius must be a positive number of metres, got {radius!r}")
    if kernel not in range(len(KERNEL_NAMES)):
        raise ValueError(f"unknown kernel code {kernel!r}")
    if output not in (OUTPUT_RAW, OUTPUT_DENSITY):
        raise ValueError(f"unknown output code {output!r}")


def density_grid(x: np.ndarray, y: np.ndarray, weights: Optional[np.ndarray], grid: Grid, radius: float,
                 kernel: int = KERNEL_QUARTIC, decay: float = 0.0, output: int = OUTPUT_DENSITY,
                 mask: Optional[np.ndarray] = None, method: str = "auto", report: Report = None) -> np.ndarray:
    """Kernel density of weighted points on ``grid`` as a float32 array of ``grid.shape``.

    ``OUTPUT_RAW``: Σ w·K(d/r), QGIS's Raw (and, on a :meth:`Grid.like_qgis` grid, QGIS's exact point placement).
    ``OUTPUT_DENSITY``: weight per km², integrating to the total weight. ``method``: "auto", "exact" or "fft".
    """
    _check(radius, kernel, output)
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    w = np.ones_like(x) if weights is None else np.asarray(weights, dtype=float).ravel()
    if not (x.size == y.size == w.size):
        raise ValueError("x, y and weights must have the same length")
    if output == OUTPUT_RAW and grid.anchor_y is not None:
        y = qgis_virtual_y(y, grid, radius)
    if method == "auto":
        method = choose_method(x.size, radius, grid.pixel, kernel, decay)
    if method == "exact":
        return _exact(x, y, w, grid, radius, kernel, decay, output, mask, report)
    if method != "fft":
        raise ValueError(f"unknown method {method!r}")
    accumulator = SurfaceAccumulator(grid.plain() if output == OUTPUT_RAW else grid, radius, output, kernel)
    accumulator.add(x, y, w)   # y already carries QGIS's placement when asked for
    del x, y, w
    return accumulator.smooth(kernel, decay, mask, report)


class SurfaceAccumulator:
    """The streaming path: bin batches of points as they are read, smooth once at the end.

    Memory is the padded lattice plus one batch, whatever the number of points — ten million events fit in the same
    budget as ten thousand. Raw output on a QGIS grid applies QGIS's point placement while binning.

    Accuracy, within 0.5 % of the exact surface everywhere: the lattice is split into enough sub-pixel phases
    (:func:`binning_phases`) for the binning error of one point to stay under 0.3 % of its peak, and the heaviest
    points (a massacre among single deaths, events stacked on one place) are kept aside and stamped exactly at the
    end, within ``HEAVY_BUDGET`` kernel evaluations — where one point dominates the surface it is drawn as QGIS does.
    """

    def __init__(self, grid: Grid, radius: float, output: int = OUTPUT_DENSITY, kernel: Optional[int] = None) -> None:
        """``kernel``: the kernel :meth:`smooth` will use, when known, so that no more sub-pixel phases are binned
        than it needs (None: enough for any kernel QGIS offers)."""
        _check(radius, KERNEL_QUARTIC, output)
        self.grid = grid
        self.radius = float(radius)
        self.output = output
        self.phases = binning_phases(radius, grid.pixel, kernel)
        self.pad = _lattice_pad(radius, grid.pixel) + (1 if self.phases > 1 else 0)
        shape: Tuple[int, ...] = (grid.n_rows + 2 * self.pad, grid.n_cols + 2 * self.pad)
        if self.phases > 1:
            shape = (self.phases, self.phases) + shape
        # float32: each cell receives one float64 per-batch sum, so rounding stays negligible, and the lattice
        # costs one output grid instead of two
        self.binned = np.zeros(shape, dtype=np.float32)
        self.n_points = 0
        self.total_weight = 0.0
        self.heavy_capacity = int(HEAVY_BUDGET // exact_cost(1, radius, grid.pixel))
        empty = np.empty(0)
        self._heavy = (empty, empty, empty)

    def _bin(self, x: np.ndarray, y: np.ndarray, w: Optional[np.ndarray]) -> None:
        bin_points(x, y, w, self.grid, pad=self.pad, out=self.binned, phases=self.phases)

    def add(self, x: np.ndarray, y: np.ndarray, weights: Optional[np.ndarray] = None) -> None:
        """Bin one batch (coordinates already in the grid's metric CRS)."""
        x = np.asarray(x, dtype=float).ravel()
        y = np.asarray(y, dtype=float).ravel()
        w = np.ones_like(x) if weights is None else np.asarray(weights, dtype=float).ravel()
        if self.output == OUTPUT_RAW and self.grid.anchor_y is not None:
            y = qgis_virtual_y(y, self.grid, self.radius)
        self.n_points += x.size
        self.total_weight += float(np.sum(w))
        if self.heavy_capacity < 1:
            self._bin(x, y, w)
            return
        # candidates for exact stamping: far heavier than the mean so far; everything else is binned at once
        candidate = w > self.total_weight / max(self.n_points, 1) * HEAVY_FACTOR
        if not candidate.any():
            self._bin(x, y, w)
            return
        light = ~candidate
        if light.any():
            self._bin(x[light], y[light], w[light])
        hx = np.concatenate([self._heavy[0], x[candidate]])
        hy = np.concatenate([self._heavy[1], y[candidate]])
        hw = np.concatenate([self._heavy[2], w[candidate]])
        if hx.size > self.heavy_capacity:
            order = np.argpartition(-hw, self.heavy_capacity - 1)
            spill, keep = order[self.heavy_capacity:], order[:self.heavy_capacity]
            self._bin(hx[spill], hy[spill], hw[spill])
            hx, hy, hw = hx[keep], hy[keep], hw[keep]
        self._heavy = (hx, hy, hw)

    def smooth(self, kernel: int = KERNEL_QUARTIC, decay: float = 0.0, mask: Optional[np.ndarray] = None,
               report: Report = None) -> np.ndarray:
        hx, hy, hw = self._heavy
        # the binning keeps each point's error under BINNING_TARGET of its own peak; only points far heavier than
        # the average (a massacre among single deaths, a stack of events on one place) are worth stamping exactly
        heavy = hw > self.total_weight / max(self.n_points, 1) * HEAVY_FACTOR
        if (~heavy).any():
            self._bin(hx[~heavy], hy[~heavy], hw[~heavy])
        self._heavy = (hx[heavy], hy[heavy], hw[heavy])
        surface = smooth_binned(self.binned, self.grid, self.radius, kernel, decay, self.output, mask, report)
        if heavy.any():   # the points already carry QGIS's placement
            _stamp(surface, hx[heavy], hy[heavy], hw[heavy], self.grid, self.radius, kernel, decay, self.output, mask)
        return surface


# ----------------------------------------------------------------------------------------------- bandwidth
def _weighted_median(values: np.ndarray, weights: np.ndarray) -> float:
    order = np.argsort(values)
    cumulative = np.cumsum(weights[order])
    return float(values[order][np.searchsorted(cumulative, 0.5 * cumulative[-1])])


def automatic_bandwidth(x: np.ndarray, y: np.ndarray, weights: Optional[np.ndarray] = None) -> Tuple[float, str]:
    """A search radius in metres by Silverman's rule of thumb in the spatial form crime analysts know (Esri).

    radius = 0.9 · min(SD, √(1/ln 2) · Dm) · n^(-0.2), with SD the (weighted) standard distance from the mean
    centre, Dm the weighted median distance to it (robust to outlying events) and n the total weight (the number
    of events when unweighted). Silverman (1986); Esri's Kernel Density default.
    """
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    w = np.ones_like(x) if weights is None else np.asarray(weights, dtype=float).ravel()
    keep = np.isfinite(x) & np.isfinite(y) & np.isfinite(w) & (w > 0)
    x, y, w = x[keep], y[keep], w[keep]
    if x.size < 2 or w.sum() <= 0:
        raise ValueError("automatic bandwidth needs at least two points with positive weight")
    mx, my = np.average(x, weights=w), np.average(y, weights=w)
    distance = np.hypot(x - mx, y - my)
    standard_distance = math.sqrt(np.average(distance ** 2, weights=w))
    median_distance = _weighted_median(distance, w)
    spread = min(standard_distance, math.sqrt(1.0 / math.log(2.0)) * median_distance)
    if not spread > 0:
        spread = standard_distance
    if not spread > 0:
        raise ValueError("all points are at the same place: give the radius explicitly")
    n = max(float(w.sum()), 2.0)
    return float(0.9 * spread * n ** -0.2), "Silverman's rule of thumb, 0.9·min(SD, √(1/ln2)·Dm)·n^-0.2"


# ----------------------------------------------------------------------------------------------- polygon input
def polygon_points(geometries, weights: np.ndarray, grid: Optional[Grid] = None, spread: bool = False,
                   batch: int = 500_000):
    """Batches ``(x, y, w)`` standing for weighted polygons (municipal counts).

    ``spread=False``: one point on the polygon's surface (inside even for a crescent-shaped municipality).
    ``spread=True``: the weight split evenly over the cell centres of ``grid`` inside the polygon, so a large rural
    municipality becomes a plateau rather than a spike at its centroid; a polygon smaller than a cell keeps a single
    point on its surface. Geometries are shapely polygons in the grid's CRS.
    """
    from ._compat import contains_xy

    xs, ys, ws = [], [], []
    size = 0
    for geometry, weight in zip(geometries, np.asarray(weights, dtype=float)):
        if geometry is None or geometry.is_empty:
            continue
        px = py = None
        if spread and grid is not None:
            x0, y0, x1, y1 = geometry.bounds
            c_lo = max(int(math.floor((x0 - grid.x_min) / grid.pixel - 0.5)), 0)
            c_hi = min(int(math.ceil((x1 - grid.x_min) / grid.pixel - 0.5)), grid.n_cols - 1)
            r_lo = max(int(math.floor((grid.y_max - y1) / grid.pixel - 0.5)), 0)
            r_hi = min(int(math.ceil((grid.y_max - y0) / grid.pixel - 0.5)), grid.n_rows - 1)
            if c_hi >= c_lo and r_hi >= r_lo:
                cx = grid.x_min + (np.arange(c_lo, c_hi + 1) + 0.5) * grid.pixel
                cy = grid.y_max - (np.arange(r_lo, r_hi + 1) + 0.5) * grid.pixel
                gx, gy = np.meshgrid(cx, cy)
                inside = contains_xy(geometry, gx.ravel(), gy.ravel())
                if inside.any():
                    px, py = gx.ravel()[inside], gy.ravel()[inside]
        if px is None or py is None:
            point = geometry.representative_point()
            px, py = np.array([point.x]), np.array([point.y])
        xs.append(px)
        ys.append(py)
        ws.append(np.full(px.size, weight / px.size))
        size += px.size
        if size >= batch:
            yield np.concatenate(xs), np.concatenate(ys), np.concatenate(ws)
            xs, ys, ws, size = [], [], [], 0
    if xs:
        yield np.concatenate(xs), np.concatenate(ys), np.concatenate(ws)
