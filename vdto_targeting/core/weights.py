"""Spatial weights for municipalities: queen/rook contiguity, k-nearest neighbours and distance bands.

Why our own: the plugin must not depend on PySAL, yet analysts compare results with GeoDa and PySAL. Contiguity
follows their definition exactly — two polygons are queen neighbours when they share a vertex, rook neighbours when
they share an edge (two consecutive vertices) — so the neighbour lists, and the statistics built on them, agree.
Weights are kept binary (CSR lists); statistics row-standardise them. Islands (no neighbour) are listed so that the
algorithm can report them instead of silently producing meaningless statistics.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
import pandas as pd

QUEEN, ROOK, KNN, DISTANCE_BAND = 0, 1, 2, 3


@dataclass
class Weights:
    """Binary neighbour lists in CSR form (no self-neighbours), sorted by neighbour index."""

    indptr: np.ndarray
    indices: np.ndarray

    @property
    def n(self) -> int:
        return len(self.indptr) - 1

    @property
    def cardinalities(self) -> np.ndarray:
        return np.diff(self.indptr)

    @property
    def islands(self) -> np.ndarray:
        """Indices of units without any neighbour."""
        return np.flatnonzero(self.cardinalities == 0)

    def neighbors(self, i: int) -> np.ndarray:
        return self.indices[self.indptr[i]:self.indptr[i + 1]]

    def pairs(self, include_self: bool = False) -> tuple[np.ndarray, np.ndarray]:
        """(row, column) index arrays of every neighbour link, optionally with (i, i)."""
        rows = np.repeat(np.arange(self.n), self.cardinalities)
        cols = self.indices
        if include_self:
            rows = np.concatenate([rows, np.arange(self.n)])
            cols = np.concatenate([cols, np.arange(self.n)])
        return rows, cols

    def lag(self, values: np.ndarray, include_self: bool = False) -> np.ndarray:
        """Row-standardised spatial lag (mean of the neighbours' values); 0 for islands, as PySAL does."""
        rows, cols = self.pairs(include_self)
        sums = np.bincount(rows, np.asarray(values, float)[cols], self.n)
        card = self.cardinalities + (1 if include_self else 0)
        return np.divide(sums, card, out=np.zeros(self.n), where=card > 0)

    def subset_components(self, mask: np.ndarray) -> np.ndarray:
        """Connected-component label (≥ 0) of each unit where ``mask`` is true, following links inside the mask;
        −1 elsewhere. Used to merge contiguous hot municipalities into regions."""
        mask = np.asarray(mask, bool)
        labels = np.full(self.n, -1, dtype=np.int64)
        current = 0
        for start in np.flatnonzero(mask):
            if labels[start] >= 0:
                continue
            labels[start] = current
            stack = [start]
            while stack:
                i = stack.pop()
                for j in self.neighbors(i):
                    if mask[j] and labels[j] < 0:
                        labels[j] = current
                        stack.append(j)
            current += 1
        return labels


def from_pairs(n: int, rows: np.ndarray, cols: np.ndarray) -> Weights:
    """Symmetric-or-not link list → :class:`Weights` (duplicates and self-links removed)."""
    rows, cols = np.asarray(rows, np.int64), np.asarray(cols, np.int64)
    keep = rows != cols
    key = np.unique(rows[keep] * n + cols[keep])
    rows, cols = key // n, key % n
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n), out=indptr[1:])
    return Weights(indptr, cols)


def _rings(geometry) -> list:
    """Every ring (exterior and holes) of a Polygon/MultiPolygon as an (m, 2) coordinate array."""
    if geometry is None or geometry.is_empty:
        return []
    parts = getattr(geometry, "geoms", [geometry])
    rings = []
    for part in parts:
        if part.geom_type != "Polygon":
            continue
        rings.append(np.asarray(part.exterior.coords)[:, :2])
        rings.extend(np.asarray(ring.coords)[:, :2] for ring in part.interiors)
    return rings


def contiguity(geometries: Sequence, rook: bool = False) -> Weights:
    """Queen (shared vertex) or rook (shared edge) contiguity, exactly as GeoDa/PySAL build it from vertices."""
    n = len(geometries)
    xs, ys, owner, ring_id = [], [], [], []
    ring_count = 0
    for index, geometry in enumerate(geometries):
        for ring in _rings(geometry):
            xs.append(ring[:, 0])
            ys.append(ring[:, 1])
            owner.append(np.full(len(ring), index, dtype=np.int64))
            ring_id.append(np.full(len(ring), ring_count, dtype=np.int64))
            ring_count += 1
    if not xs:
        return from_pairs(n, np.empty(0, np.int64), np.empty(0, np.int64))
    frame = pd.DataFrame({"x": np.concatenate(xs), "y": np.concatenate(ys), "owner": np.concatenate(owner),
                          "ring": np.concatenate(ring_id)})
    frame["vertex"] = frame.groupby(["x", "y"], sort=False).ngroup()
    if rook:
        nxt = frame["vertex"].shift(-1)
        same_ring = frame["ring"].eq(frame["ring"].shift(-1))
        edges = frame.loc[same_ring, ["owner"]].copy()
        a, b = frame.loc[same_ring, "vertex"].to_numpy(), nxt[same_ring].to_numpy().astype(np.int64)
        edges["key"] = np.minimum(a, b) * (int(frame["vertex"].max()) + 1) + np.maximum(a, b)
        edges = edges.loc[a != b]
        keyed = edges[["key", "owner"]].drop_duplicates()
    else:
        keyed = frame[["vertex", "owner"]].drop_duplicates().rename(columns={"vertex": "key"})
    shared = keyed[keyed.duplicated("key", keep=False)]
    links = shared.merge(shared, on="key")
    links = links[links["owner_x"] != links["owner_y"]]
    return from_pairs(n, links["owner_x"].to_numpy(), links["owner_y"].to_numpy())


def knn(points: np.ndarray, k: int) -> Weights:
    """k nearest neighbours of each point (ties broken by index, as a stable sort does); asymmetric as in PySAL."""
    points = np.asarray(points, float)
    n = len(points)
    if not 1 <= k < n:
        raise ValueError(f"k must be between 1 and {n - 1}")
    rows, cols = [], []
    step = max(1, 4_000_000 // max(n, 1))
    for start in range(0, n, step):
        block = points[start:start + step]
        d2 = ((block[:, None, :] - points[None, :, :]) ** 2).sum(axis=2)
        d2[np.arange(len(block)), np.arange(start, start + len(block))] = np.inf
        nearest = np.argsort(d2, axis=1, kind="stable")[:, :k]
        rows.append(np.repeat(np.arange(start, start + len(block)), k))
        cols.append(nearest.ravel())
    return from_pairs(n, np.concatenate(rows), np.concatenate(cols))


def distance_band(points: np.ndarray, threshold: float) -> Weights:
    """Binary neighbours within ``threshold`` (same units as the points, metres in EPSG:6372), via a box index."""
    from ._compat import BoxIndex   # numpy, not rtree: rtree breaks inside QGIS 3.44's desktop (see BoxIndex)

    points = np.asarray(points, float)
    n = len(points)
    tree = BoxIndex([(x, y, x, y) for x, y in points])
    rows, cols = [], []
    for i, (x, y) in enumerate(points):
        cand = np.fromiter(tree.intersection((x - threshold, y - threshold, x + threshold, y + threshold)),
                           dtype=np.int64)
        d2 = ((points[cand] - points[i]) ** 2).sum(axis=1)
        near = cand[d2 <= threshold * threshold]
        rows.append(np.full(len(near), i, dtype=np.int64))
        cols.append(near)
    if not rows:
        return from_pairs(n, np.empty(0, np.int64), np.empty(0, np.int64))
    return from_pairs(n, np.concatenate(rows), np.concatenate(cols))
