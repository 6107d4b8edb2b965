"""Rates per 100,000 and Empirical Bayes smoothing as GeoDa defines them.

Why smoothing: a municipality of 800 people with one homicide has a raw rate of 125 per 100,000 and would top any
ranking by chance alone. Empirical Bayes (Marshall 1991) shrinks each raw rate towards a reference rate — the
national one (global EB) or that of the municipality and its neighbours (spatial EB) — by an amount that grows as
the population shrinks. Formulas follow GeoDa (and PySAL's ``esda.smoothing``), with the method-of-moments prior
variance clamped at zero as GeoDa does.
"""
from __future__ import annotations

import numpy as np

from .weights import Weights

PER = 100_000.0


def _valid(events: np.ndarray, base: np.ndarray) -> np.ndarray:
    return np.isfinite(events) & np.isfinite(base) & (base > 0)


def raw_rate(events, base, per: float = PER) -> np.ndarray:
    """events / base × per; NaN where the base is missing or zero (never a division by zero)."""
    events, base = np.asarray(events, float), np.asarray(base, float)
    out = np.full(events.shape, np.nan)
    ok = _valid(events, base)
    out[ok] = events[ok] / base[ok] * per
    return out


def global_eb(events, base, per: float = PER) -> np.ndarray:
    """Global Empirical Bayes rate: w·r + (1−w)·θ with θ = ΣO/ΣP, w = α/(α + θ/Pᵢ) and α = s² − θ/P̄ (≥ 0).

    Units without a valid base are left out of the prior and get NaN.
    """
    events, base = np.asarray(events, float), np.asarray(base, float)
    out = np.full(events.shape, np.nan)
    ok = _valid(events, base)
    if not ok.any():
        return out
    e, b = events[ok], base[ok]
    theta = e.sum() / b.sum()
    r = e / b
    s2 = (b * (r - theta) ** 2).sum() / b.sum()
    alpha = max(s2 - theta / b.mean(), 0.0)
    denom = alpha + theta / b
    weight = np.divide(alpha, denom, out=np.zeros_like(denom), where=denom > 0)
    out[ok] = (weight * r + (1.0 - weight) * theta) * per
    return out


def spatial_eb(events, base, weights: Weights, per: float = PER) -> np.ndarray:
    """Spatial Empirical Bayes: the prior of each unit comes from itself and its neighbours (binary contiguity).

    θᵢ = Σ_{j∈Nᵢ∪i} Oⱼ / Σ Pⱼ; αᵢ = Σ Pⱼ (rⱼ − θᵢ)² / Σ Pⱼ − θᵢ / P̄ᵢ, clamped at 0; P̄ᵢ = Σ Pⱼ / (|Nᵢ| + 1).
    Neighbours without a valid base are left out of the sums.
    """
    events, base = np.asarray(events, float), np.asarray(base, float)
    n = len(events)
    out = np.full(n, np.nan)
    ok = _valid(events, base)
    e = np.where(ok, events, 0.0)
    b = np.where(ok, base, 0.0)
    rate = np.divide(e, b, out=np.zeros(n), where=ok)
    rows, cols = weights.pairs(include_self=True)
    keep = ok[cols]
    rows, cols = rows[keep], cols[keep]
    e_sum = np.bincount(rows, e[cols], n)
    b_sum = np.bincount(rows, b[cols], n)
    count = np.bincount(rows, None, n)
    good = ok & (b_sum > 0)
    theta = np.divide(e_sum, b_sum, out=np.zeros(n), where=b_sum > 0)
    var_left = np.bincount(rows, b[cols] * (rate[cols] - theta[rows]) ** 2, n)
    var_left = np.divide(var_left, b_sum, out=np.zeros(n), where=b_sum > 0)
    pbar = np.divide(b_sum, count, out=np.ones(n), where=count > 0)
    alpha = np.maximum(var_left - theta / pbar, 0.0)
    denom = alpha + np.divide(theta, b, out=np.zeros(n), where=ok)
    weight = np.divide(alpha, denom, out=np.zeros(n), where=denom > 0)
    out[good] = (theta + (rate - theta) * weight)[good] * per
    return out
