"""Shapely 1.8 (Debian 12) and 2.x (Debian 13) side by side: the few calls whose spelling differs."""
from __future__ import annotations

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
