"""Weights on a hand-drawn lattice: queen/rook neighbours, k-nearest, distance band, islands, components."""
from __future__ import annotations

import numpy as np
from shapely.geometry import MultiPolygon, box

from vdto_targeting.core import weights as wt


def grid(n=3):
    return [box(c, r, c + 1, r + 1) for r in range(n) for c in range(n)]


def neighbours(w, i):
    return sorted(int(j) for j in w.neighbors(i))


def test_queen_and_rook_on_a_3x3_grid():
    queen, rook = wt.contiguity(grid()), wt.contiguity(grid(), rook=True)
    assert neighbours(queen, 4) == [0, 1, 2, 3, 5, 6, 7, 8]
    assert neighbours(rook, 4) == [1, 3, 5, 7]
    assert neighbours(queen, 0) == [1, 3, 4] and neighbours(rook, 0) == [1, 3]
    assert queen.cardinalities.sum() == 40 and rook.cardinalities.sum() == 24


def test_island_and_multipolygon():
    geoms = grid(2) + [box(10, 10, 11, 11), MultiPolygon([box(20, 20, 21, 21), box(2, 0, 3, 1)])]
    w = wt.contiguity(geoms)
    assert list(w.islands) == [4]
    assert neighbours(w, 5) == [1, 3]  # its second part touches the grid's right column


def test_rook_needs_a_shared_edge_not_a_corner():
    w = wt.contiguity([box(0, 0, 1, 1), box(1, 1, 2, 2)], rook=True)
    assert list(w.islands) == [0, 1]


def test_knn_and_distance_band():
    points = np.array([[0, 0], [1, 0], [3, 0], [10, 0]], float)
    k2 = wt.knn(points, 2)
    assert neighbours(k2, 0) == [1, 2] and neighbours(k2, 3) == [1, 2]
    band = wt.distance_band(points, 2.0)
    assert neighbours(band, 1) == [0, 2] and list(band.islands) == [3]


def test_lag_and_components():
    w = wt.contiguity(grid())
    lag = w.lag(np.arange(9.0))
    assert lag[0] == np.mean([1, 3, 4])
    mask = np.zeros(9, bool)
    mask[[0, 1, 8]] = True
    labels = w.subset_components(mask)
    assert labels[0] == labels[1] != labels[8] and labels[2] == -1
