"""An organisation's area of operation: the smallest area holding a chosen share of its violence density.

Why this definition: a kernel surface spreads each event over its radius, so "where the organisation operates" has
no natural edge. Taking the highest-density cells until they hold, say, 80% of the surface's mass gives the smallest
area that accounts for that share (the highest-density region of the surface, as in home-range estimation), and the
share is stated in the output so a briefing can say exactly what the outline means.
"""
from __future__ import annotations

from typing import Tuple

import numpy as np
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.ops import unary_union

from .grid import Grid


def share_threshold(density: np.ndarray, share: float) -> Tuple[np.ndarray, float]:
    """Mask of the highest cells whose density sum first reaches ``share`` of the total, and the cut-off density.

    Cells tied with the cut-off are all included, so the result does not depend on the order of equal cells.
    """
    if not 0.0 < share <= 1.0:
        raise ValueError(f"share must be in (0, 1], got {share!r}")
    values = np.where(np.isfinite(density), density, 0.0).astype(float)
    flat = np.sort(values.ravel())[::-1]
    total = flat.sum()
    if total <= 0:
        return np.zeros(values.shape, dtype=bool), float("nan")
    cumulative = np.cumsum(flat)
    index = int(np.searchsorted(cumulative, share * total * (1.0 - 1e-12), side="left"))
    index = min(index, flat.size - 1)
    cut = float(flat[index])
    if cut <= 0.0:
        positive = flat[flat > 0]
        cut = float(positive[-1]) if positive.size else 0.0
    return values >= cut, cut


def mask_to_geometry(mask: np.ndarray, grid: Grid) -> "Polygon | MultiPolygon":
    """Union of the masked cells as (multi)polygons; runs along each row merged first so the union stays fast."""
    rects = []
    for row in np.flatnonzero(mask.any(axis=1)):
        line = np.concatenate(([False], mask[row], [False])).astype(np.int8)
        edges = np.flatnonzero(np.diff(line))
        y_top = grid.y_max - row * grid.pixel
        for start, stop in zip(edges[0::2], edges[1::2]):
            rects.append(box(grid.x_min + start * grid.pixel, y_top - grid.pixel,
                             grid.x_min + stop * grid.pixel, y_top))
    if not rects:
        return Polygon()
    merged = unary_union(rects)
    return merged.buffer(0)


def area_of_operation(density: np.ndarray, grid: Grid, share: float):
    """(geometry, area in km², captured share, cut-off density) of the smallest area holding ``share``."""
    mask, cut = share_threshold(density, share)
    values = np.where(np.isfinite(density), density, 0.0)
    total = float(values.sum())
    captured = float(values[mask].sum()) / total if total > 0 else 0.0
    geometry = mask_to_geometry(mask, grid)
    area_km2 = float(mask.sum()) * grid.cell_area / 1e6
    return geometry, area_km2, captured, cut
