"""Shapely 1.8 (Debian 12) and 2.x (Debian 13) side by side: the few calls whose spelling differs."""
from __future__ import annotations

from typing import Optional, Sequence, Tuple

import numpy as np
import shapely

# Feature detection, never the version string: Debian builds of shapely report "0+unknown" as their version.
# shapely 2.x has the vectorised ``contains_xy``; 1.8 has ``shapely.vectorized.contains`` instead.
SHAPELY_2 = callable(getattr(shapely, "contains_xy", None))


def contains_xy(geometry, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Vectorised point-in-polygon test (boundary counts as outside, as in shapely)."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if SHAPELY_2:
        return shapely.contains_xy(geometry, x, y)
    from shapely import vectorized

    return np.asarray(vectorized.contains(geometry, x, y), dtype=bool)


def make_valid(geometry):
    """Repair an invalid geometry (shapely ≥1.8 has make_valid in shapely.validation)."""
    from shapely.validation import make_valid as _make_valid

    return _make_valid(geometry)


class BoxIndex:
    """Bounding boxes searched with numpy: ``intersection((minx, miny, maxx, maxy))`` returns the ids (ascending) of
    the boxes that touch it, as ``rtree``'s ``Index.intersection`` does.

    Why not rtree: QGIS 3.44 as Debian builds it exports its own copy of libspatialindex from ``libqgis_core``; inside
    the QGIS desktop rtree's C library then binds to that copy and fails ("Shape has the wrong number of dimensions").
    A vectorised scan of a few thousand boxes costs microseconds per query, on every QGIS.
    """

    def __init__(self, boxes: Sequence[Optional[Tuple[float, float, float, float]]]) -> None:
        keep = [i for i, box in enumerate(boxes) if box is not None and len(box) == 4]
        array = np.array([boxes[i] for i in keep], dtype=float).reshape(-1, 4)
        self.ids = np.array(keep, dtype=np.int64)
        self.minx, self.miny, self.maxx, self.maxy = array.T

    def intersection(self, box) -> np.ndarray:
        minx, miny, maxx, maxy = (float(v) for v in box)
        hit = (self.minx <= maxx) & (self.maxx >= minx) & (self.miny <= maxy) & (self.maxy >= miny)
        return self.ids[hit]
