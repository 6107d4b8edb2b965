"""core/_compat.py: feature detection (never version strings) and the numpy box index that replaces rtree."""
from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry import box

from vdto_targeting.core import _compat


def test_shapely_api_detected_by_feature_not_by_version_string():
    # Debian sid's shapely reports "0+unknown": only the presence of the 2.x function may decide.
    assert _compat.SHAPELY_2 == callable(getattr(shapely, "contains_xy", None))
    inside = _compat.contains_xy(box(0, 0, 2, 2), np.array([1.0, 2.0, 3.0]), np.array([1.0, 1.0, 1.0]))
    assert inside.tolist() == [True, False, False]          # the boundary counts as outside, as in shapely


def test_box_index_finds_exactly_the_boxes_a_brute_force_search_finds():
    rng = np.random.default_rng(16)
    corners = rng.uniform(0, 100, (500, 2))
    sizes = rng.uniform(0, 10, (500, 2))
    boxes = [(x, y, x + w, y + h) for (x, y), (w, h) in zip(corners, sizes)]
    boxes[7] = None                                          # a municipality without geometry is skipped
    index = _compat.BoxIndex(boxes)
    for _ in range(200):
        x, y = rng.uniform(-5, 105, 2)
        w, h = rng.uniform(0, 20, 2)
        query = box(x, y, x + w, y + h)
        expected = [i for i, b in enumerate(boxes) if b is not None and box(*b).intersects(query)]
        assert index.intersection((x, y, x + w, y + h)).tolist() == expected
    assert index.intersection(boxes[3]).tolist().count(3) == 1     # touching counts, as in rtree
    assert _compat.BoxIndex([]).intersection((0, 0, 1, 1)).tolist() == []
    assert index.intersection((np.nan,) * 4).tolist() == []        # an empty zone covers nothing
