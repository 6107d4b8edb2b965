"""Emerging hotspots: Gi* per year, then a Mann-Kendall trend of each municipality's yearly z-scores.

Why: a map of one period hides whether violence is arriving, entrenched or receding. Categories follow the spirit
of ArcGIS's Emerging Hot Spot Analysis, simplified to what yearly municipal data supports:

* New — hot only in the final year.
* Intensifying — hot in ≥ 90 % of years including the last, Gi* z rising (Mann-Kendall p ≤ 0.05).
* Persistent — hot in ≥ 90 % of years including the last, no significant trend.
* Diminishing — hot in ≥ 90 % of years including the last, z falling.
* Consecutive — a run of hot years ending in the last one, hot in < 90 % of years, never before the run.
* Sporadic — hot in the last year, on and off before.
* Historical — not hot in the last year, hot in ≥ 90 % of the earlier years.
* No pattern — anything else.
"""
from __future__ import annotations

import math
from typing import Callable, Optional

import numpy as np

from .hotspots import Cancelled, gi_star
from .weights import Weights

CATEGORIES = ("New", "Intensifying", "Persistent", "Diminishing", "Consecutive", "Sporadic", "Historical",
              "No pattern")
HOT_Z = 1.959964  # 95 % two-sided


def mann_kendall(series: np.ndarray) -> tuple[float, float]:
    """(z, two-sided p) of the Mann-Kendall trend test with the tie-corrected variance."""
    x = np.asarray(series, float)
    x = x[np.isfinite(x)]
    n = len(x)
    if n < 3:
        return 0.0, 1.0
    diff = np.sign(x[None, :] - x[:, None])
    s = float(np.triu(diff, 1).sum())
    _, ties = np.unique(x, return_counts=True)
    var = (n * (n - 1) * (2 * n + 5) - (ties * (ties - 1) * (2 * ties + 5)).sum()) / 18.0
    if var <= 0:
        return 0.0, 1.0
    z = (s - np.sign(s)) / math.sqrt(var)
    return z, math.erfc(abs(z) / math.sqrt(2.0))


def yearly_gi(values_by_year: np.ndarray, weights: Weights,
              cancelled: Optional[Callable[[], bool]] = None) -> np.ndarray:
    """Gi* z per unit (rows) and year (columns); a year whose values are all equal gives z = 0 (no pattern)."""
    values_by_year = np.asarray(values_by_year, float)
    out = np.zeros(values_by_year.shape)
    for t in range(values_by_year.shape[1]):
        if cancelled is not None and cancelled():
            raise Cancelled()
        y = values_by_year[:, t]
        if np.isfinite(y).all() and y.std() > 0 and y.sum() > 0:
            out[:, t] = gi_star(y, weights)
    out[weights.islands, :] = np.nan
    return out


def categorise(z_by_year: np.ndarray, alpha: float = 0.05) -> tuple[list, np.ndarray, np.ndarray]:
    """(category, Mann-Kendall z, Mann-Kendall p) per unit from its yearly Gi* z-scores."""
    categories, trend_z, trend_p = [], np.full(len(z_by_year), np.nan), np.full(len(z_by_year), np.nan)
    for i, series in enumerate(np.asarray(z_by_year, float)):
        if not np.isfinite(series).all():
            categories.append("No pattern")
            continue
        mk_z, mk_p = mann_kendall(series)
        trend_z[i], trend_p[i] = mk_z, mk_p
        hot = series >= HOT_Z
        categories.append(_category(hot, mk_z, mk_p, alpha))
    return categories, trend_z, trend_p


def _category(hot: np.ndarray, mk_z: float, mk_p: float, alpha: float) -> str:
    n = len(hot)
    share = hot.mean() if n else 0.0
    if n == 0:
        return "No pattern"
    if hot[-1]:
        if hot.sum() == 1:
            return "New"
        if share >= 0.9:
            if mk_p <= alpha:
                return "Intensifying" if mk_z > 0 else "Diminishing"
            return "Persistent"
        run = n - (np.flatnonzero(~hot)[-1] + 1) if (~hot).any() else n
        if not hot[:n - run].any():
            return "Consecutive"
        return "Sporadic"
    if n > 1 and hot[:-1].mean() >= 0.9:
        return "Historical"
    return "No pattern"
