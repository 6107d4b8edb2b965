"""An organisation's area of operation: the smallest area holding a chosen share of its violence density.

Why this definition: a kernel surface spreads each event over its radius, so "where the organisation operates" has
no natural edge. Taking the highest-density cells until they hold, say, 80% of the surface's mass gives the smallest
area that accounts for that share (the highest-density region of the surface, as in home-range estimation), and the
share is stated in the output so a briefing can say exactly what the outline means.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

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


# ---------------------------------------------------------------------------------------------------------------------
# Territories by dominance: where an organisation holds the largest share of the attributed violence.
#
# Why: an organisation's own highest-density area (above) says where *it* is violent, not where it *rules*; two
# rivals fighting over a city both have that city in their area of operation, and a densest-cells outline scatters
# into dozens of specks wherever a few events fell. An analyst's "territory" (plaza) is where the organisation
# outweighs every rival: so each organisation keeps the cells of its own core area (the highest-density cells holding
# ``share`` of its violence) where it is first among all organisations, the cells where the first two are within
# ``margin`` of each other are marked contested (they belong to both, flagged), everything is clipped to the study
# area (land) and the fragments too small to brief (below ``min_area_km2`` or ``min_part_share`` of the
# organisation's violence) are dropped and counted.
# ---------------------------------------------------------------------------------------------------------------------


@dataclass
class TerritoryPart:
    """One contiguous part of an organisation's territory."""

    organisation: str
    part: int                      # 1 = the largest part (where the label goes)
    geometry: object               # shapely (Multi)Polygon, clipped to the study area
    area_km2: float
    violence_share: float          # share of the organisation's violence (density mass on land) inside the part
    contested_km2: float           # area of the part where a rival is within the margin
    contested_geometry: object     # that area (shapely), clipped like the part
    rivals: List[str] = field(default_factory=list)   # organisations contesting cells of the part, largest first


@dataclass
class TerritoryResult:
    """An organisation's kept parts and what the filters dropped."""

    organisation: str
    parts: List[TerritoryPart]
    dropped_parts: int
    dropped_km2: float
    core_share: float              # share of its violence inside its core area (≥ the share asked for)


def neighbours_labels(mask: np.ndarray) -> "tuple[np.ndarray, int]":
    """Connected components of a boolean grid (8-neighbour: cells touching at a corner are one part), labelled
    1..n in reading order of their first cell. Plain numpy + a union-find over runs, no scipy in the core."""
    rows, cols = mask.shape
    labels = np.zeros(mask.shape, dtype=np.int64)
    parent: list = [0]

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    previous_runs: list = []
    for r in range(rows):
        line = np.concatenate(([False], mask[r], [False])).astype(np.int8)
        edges = np.flatnonzero(np.diff(line))
        runs = []
        for start, stop in zip(edges[0::2], edges[1::2]):
            label = len(parent)
            parent.append(label)
            for p_start, p_stop, p_label in previous_runs:
                if p_start <= stop and p_stop >= start:   # overlap incl. diagonal contact (8-neighbour)
                    a, b = find(label), find(p_label)
                    if a != b:
                        parent[max(a, b)] = min(a, b)
            labels[r, start:stop] = label
            runs.append((start, stop, label))
        previous_runs = runs
    if len(parent) == 1:
        return labels, 0
    roots = np.array([find(i) for i in range(len(parent))])
    unique_roots: Dict[int, int] = {}
    for i in range(1, len(parent)):
        root = roots[i]
        if root not in unique_roots:
            unique_roots[root] = len(unique_roots) + 1
    lookup = np.zeros(len(parent), dtype=np.int64)
    for i in range(1, len(parent)):
        lookup[i] = unique_roots[roots[i]]
    return lookup[labels], len(unique_roots)


def land_mask(grid: Grid, land) -> np.ndarray:
    """Cells of the study area: centre on land, grown by one cell so coastal and border cells are kept (their
    polygons are then clipped to the land exactly)."""
    from ._compat import contains_xy

    xs, ys = grid.cell_centres()
    gx, gy = np.meshgrid(xs, ys)
    inside = contains_xy(land, gx.ravel(), gy.ravel()).reshape(grid.shape)
    grown = inside.copy()
    grown[1:, :] |= inside[:-1, :]
    grown[:-1, :] |= inside[1:, :]
    grown[:, 1:] |= inside[:, :-1]
    grown[:, :-1] |= inside[:, 1:]
    grown[1:, 1:] |= inside[:-1, :-1]
    grown[:-1, :-1] |= inside[1:, 1:]
    grown[1:, :-1] |= inside[:-1, 1:]
    grown[:-1, 1:] |= inside[1:, :-1]
    return grown


def leaders(densities: Sequence[np.ndarray]) -> "tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]":
    """Per cell: index of the first and second organisation by density, and their densities (ties → lower index
    first, which only orders the pair; whether the pair is contested is decided by the margin, never by order)."""
    stack = np.stack([np.where(np.isfinite(d), d, 0.0) for d in densities])
    if stack.shape[0] == 1:
        zeros = np.zeros(stack.shape[1:])
        return np.zeros(stack.shape[1:], dtype=int), np.full(stack.shape[1:], -1), stack[0], zeros
    order = np.argsort(-stack, axis=0, kind="stable")
    first, second = order[0], order[1]
    top = np.take_along_axis(stack, first[None], axis=0)[0]
    runner = np.take_along_axis(stack, second[None], axis=0)[0]
    return first, second, top, runner


def _without_specks(shape, min_area_km2: float):
    """A clipped part without the pieces the clip cut off below the minimum area (islands, slivers across a bay):
    (shape, pieces dropped, km² dropped). The largest piece always stays."""
    pieces = [g for g in getattr(shape, "geoms", [shape]) if g.geom_type == "Polygon" and not g.is_empty]
    for g in getattr(shape, "geoms", []):
        if g.geom_type == "MultiPolygon":
            pieces.extend(g.geoms)
    if len(pieces) <= 1:
        return (pieces[0] if pieces else Polygon()), 0, 0.0
    pieces.sort(key=lambda g: -g.area)
    kept = [pieces[0]] + [g for g in pieces[1:] if g.area / 1e6 >= min_area_km2]
    dropped = [g for g in pieces[1:] if g.area / 1e6 < min_area_km2]
    shape = kept[0] if len(kept) == 1 else MultiPolygon(kept)
    return shape, len(dropped), float(sum(g.area for g in dropped)) / 1e6


def dominance_territories(names: Sequence[str], densities: Sequence[np.ndarray], grid: Grid, share: float,
                          margin: float, min_area_km2: float, min_part_share: float,
                          study_mask: Optional[np.ndarray] = None, study_area=None,
                          wanted: Optional[Sequence[str]] = None) -> Dict[str, TerritoryResult]:
    """Territories of ``wanted`` (default: all) among ``names``, each density on the same ``grid``.

    A cell belongs to organisation *o* when it lies in *o*'s core area (its highest-density cells holding ``share``
    of its violence in the study area) and *o* is first there, or second within ``margin`` of the first
    (second ≥ (1 − margin) × first: contested, marked). Parts are 8-neighbour connected groups of such cells, clipped
    to ``study_area`` (shapely, optional); parts smaller than ``min_area_km2`` or holding less than
    ``min_part_share`` of the organisation's violence are dropped and counted. Deterministic: no randomness, ties
    resolved by the margin rule, parts numbered by area (largest first), then position.
    """
    if not 0.0 <= margin < 1.0:
        raise ValueError(f"margin must be in [0, 1), got {margin!r}")
    mask_land = np.ones(grid.shape, dtype=bool) if study_mask is None else np.asarray(study_mask, dtype=bool)
    on_land = [np.where(mask_land & np.isfinite(d), d, 0.0) for d in densities]
    first, second, top, runner = leaders(on_land)
    contested_cell = (top > 0) & (runner >= (1.0 - margin) * top)
    results: Dict[str, TerritoryResult] = {}
    for index, name in enumerate(names):
        if wanted is not None and name not in wanted:
            continue
        density = on_land[index]
        total = float(density.sum())
        if total <= 0:
            results[name] = TerritoryResult(name, [], 0, 0.0, 0.0)
            continue
        core, _ = share_threshold(density, share)
        core &= density > 0
        is_first = first == index
        is_contender = contested_cell & ((first == index) | (second == index))
        mine = core & (is_first | is_contender)
        labels, count = neighbours_labels(mine)
        candidates = []
        dropped, dropped_km2 = 0, 0.0
        for label in range(1, count + 1):
            cells = labels == label
            mass = float(density[cells].sum()) / total
            geometry = mask_to_geometry(cells, grid)
            if study_area is not None:
                geometry, islands, island_km2 = _without_specks(geometry.intersection(study_area), min_area_km2)
                dropped += islands
                dropped_km2 += island_km2
            area_km2 = geometry.area / 1e6
            if area_km2 < min_area_km2 or mass < min_part_share or geometry.is_empty:
                dropped += 1
                dropped_km2 += area_km2
                continue
            contested = cells & is_contender
            contested_geometry = Polygon()
            rivals: List[str] = []
            if contested.any():
                contested_geometry = mask_to_geometry(contested, grid).intersection(geometry)
                other = np.where(first[contested] == index, second[contested], first[contested])
                weight = np.bincount(other[other >= 0], weights=density[contested][other >= 0],
                                     minlength=len(names))
                rivals = [names[i] for i in np.argsort(-weight, kind="stable") if weight[i] > 0]
            row, col = np.argwhere(cells)[0]
            candidates.append((area_km2, mass, int(row), int(col), geometry, contested_geometry, rivals))
        candidates.sort(key=lambda c: (-round(c[0], 6), c[2], c[3]))
        parts = [TerritoryPart(name, i + 1, c[4], c[0], c[1], contested_geometry=c[5],
                               contested_km2=c[5].area / 1e6, rivals=c[6]) for i, c in enumerate(candidates)]
        core_share = float(density[core].sum()) / total
        results[name] = TerritoryResult(name, parts, dropped, dropped_km2, core_share)
    return results


# ---------------------------------------------------------------------------------------------------------------------
# Events known only to a municipality or a state are not points: they are spread evenly over that polygon's cells.
# ---------------------------------------------------------------------------------------------------------------------
def polygon_cells(grid: Grid, shapes: Sequence) -> List[np.ndarray]:
    """Flat indices of the cells whose centre lies in each polygon; a polygon smaller than a cell (no centre inside)
    gets the cell under its representative point, so no municipality is ever without a cell."""
    from ._compat import contains_xy

    xs, ys = grid.cell_centres()
    out = []
    for shape in shapes:
        x0, y0, x1, y1 = shape.bounds
        c0 = max(int(np.floor((x0 - grid.x_min) / grid.pixel)), 0)
        c1 = min(int(np.ceil((x1 - grid.x_min) / grid.pixel)), grid.n_cols)
        r0 = max(int(np.floor((grid.y_max - y1) / grid.pixel)), 0)
        r1 = min(int(np.ceil((grid.y_max - y0) / grid.pixel)), grid.n_rows)
        cells = np.zeros(0, dtype=np.int64)
        if c1 > c0 and r1 > r0:
            gx, gy = np.meshgrid(xs[c0:c1], ys[r0:r1])
            inside = contains_xy(shape, gx.ravel(), gy.ravel()).reshape(gy.shape)
            rr, cc = np.nonzero(inside)
            cells = (rr + r0) * grid.n_cols + (cc + c0)
        if cells.size == 0:
            point = shape.representative_point()
            col = int((point.x - grid.x_min) // grid.pixel)
            row = int((grid.y_max - point.y) // grid.pixel)
            if 0 <= row < grid.n_rows and 0 <= col < grid.n_cols:
                cells = np.array([row * grid.n_cols + col], dtype=np.int64)
        out.append(cells)
    return out


def spread_density(grid: Grid, cells: Sequence[np.ndarray], weights: Sequence[float]) -> np.ndarray:
    """Weight per km² of events spread evenly over polygons (``cells`` from :func:`polygon_cells`): each polygon's
    weight divided by its area on the grid, so the surface still integrates to the total weight."""
    out = np.zeros(grid.n_cells, dtype=float)
    cell_km2 = grid.cell_area / 1e6
    for index, weight in zip(cells, weights):
        if weight and len(index):
            out[index] += float(weight) / (len(index) * cell_km2)
    return out.reshape(grid.shape)
