"""Local hotspot statistics: Getis-Ord Gi* and Local Moran's I with conditional permutation inference.

Definitions follow PySAL ``esda`` (``G_Local(star=True)`` and ``Moran_Local`` with row-standardised weights), so an
analyst who checks a map against GeoDa/PySAL sees the same z-scores and I values:

* Gi*: weights = neighbours plus the unit itself, row-standardised; Gᵢ = Σⱼ wᵢⱼ yⱼ / Σ y;
  E[Gᵢ] = 1/n; Var[Gᵢ] = s²/(n² ȳ²) (s² the population variance); zᵢ = (Gᵢ − E)/√Var.
* Local Moran: zᵢ = (yᵢ − ȳ)/s; Iᵢ = (n−1) zᵢ Σⱼ wᵢⱼ zⱼ / Σ z².

Permutations follow esda's conditional randomisation exactly: one seeded table of ``permutations`` draws of
``max(cardinality)`` ids out of n−1 (NumPy's legacy ``RandomState(seed)``, as esda without numba draws them), id k
meaning the k-th unit other than i. Each unit's pseudo p-value is esda's "directed" one:
(min(#≥, #<) + 1)/(P + 1). The whole computation is vectorised by cardinality, which is why it is faster than esda.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np

from .weights import Weights

GI_LEVELS = ((0.01, "99%"), (0.05, "95%"), (0.10, "90%"))
LISA_ALPHA = 0.05
NOT_SIGNIFICANT = "Not significant"
ISLAND = "Island (no neighbours)"
HOT = "Hot spot"
COLD = "Cold spot"
HOT_CLASSES = tuple(f"{HOT} {label}" for _, label in GI_LEVELS)
COLD_CLASSES = tuple(f"{COLD} {label}" for _, label in GI_LEVELS)
LISA_CLASSES = ("HH", "HL", "LH", "LL")


class Cancelled(Exception):
    """The analyst cancelled the run; nothing partial must be written."""


@dataclass
class LocalStatistics:
    gi_z: np.ndarray
    gi_p: np.ndarray
    gi_class: list
    lisa_i: np.ndarray
    lisa_p: np.ndarray
    lisa_class: list
    islands: np.ndarray


def _two_sided_normal(z: np.ndarray) -> np.ndarray:
    z = np.asarray(z, float)
    out = np.full(z.shape, np.nan)
    ok = np.isfinite(z)
    out[ok] = [math.erfc(abs(v) / math.sqrt(2.0)) for v in z[ok]]
    return out


def gi_star(y: np.ndarray, weights: Weights) -> np.ndarray:
    """z-scores of Getis-Ord Gi* (esda ``G_Local(star=True)``, row-standardised)."""
    y = np.asarray(y, float)
    n = len(y)
    statistic = weights.lag(y, include_self=True) / y.sum()
    mean = y.mean()
    variance = (y ** 2).mean() - mean ** 2
    cardinality = 1.0  # row-standardised weights sum to one in every row (self included)
    expected = cardinality / n
    expected_var = cardinality * (n - cardinality) / (n - 1) / n ** 2 * variance / mean ** 2
    return (statistic - expected) / np.sqrt(expected_var)


def local_moran(y: np.ndarray, weights: Weights) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(Iᵢ, standardised zᵢ, spatial lag of z) as esda ``Moran_Local`` with row-standardised weights."""
    y = np.asarray(y, float)
    z = (y - y.mean()) / y.std()
    lag = weights.lag(z)
    return (len(y) - 1) * z * lag / (z * z).sum(), z, lag


def lisa_normal_p(z: np.ndarray, weights: Weights, lisa_i: np.ndarray) -> np.ndarray:
    """Two-sided p of Local Moran under the conditional-randomisation moments (Sokal et al. 1998, eqs. A7–A8)."""
    n = len(z)
    m2 = (z * z).sum() / n
    card = weights.cardinalities.astype(float)
    wi = np.where(card > 0, 1.0, 0.0)
    wi2 = np.divide(1.0, card, out=np.zeros(n), where=card > 0)
    expectation = -(z ** 2 * wi) / ((n - 1) * m2)
    variance = (z / m2) ** 2 * (n / (n - 2)) * (wi2 - wi ** 2 / (n - 1)) * (m2 - z ** 2 / (n - 1))
    with np.errstate(divide="ignore", invalid="ignore"):
        return _two_sided_normal((lisa_i - expectation) / np.sqrt(variance))


def permutation_table(n: int, max_card: int, permutations: int, seed: int) -> np.ndarray:
    """esda's table of random neighbour ids: row k = ``RandomState(seed)`` permutation of n−1 ids, first max_card."""
    state = np.random.RandomState(seed)
    table = np.empty((permutations, max_card), dtype=np.int64)
    for k in range(permutations):
        table[k] = state.permutation(n - 1)[:max_card]
    return table


def permutation_pvalues(y: np.ndarray, weights: Weights, permutations: int = 999, seed: int = 12345,
                        progress: Optional[Callable[[float], None]] = None,
                        cancelled: Optional[Callable[[], bool]] = None) -> tuple[np.ndarray, np.ndarray]:
    """Pseudo p-values (Gi*, Local Moran) from one seeded conditional randomisation.

    Both statistics are monotone in the sum of the neighbours' values (Gi* increasingly; Local Moran increasingly
    when zᵢ > 0 and decreasingly when zᵢ < 0), so each draw is compared on that sum — exact for counts, where
    floating-point ties would otherwise be decided by rounding noise.
    """
    y = np.asarray(y, float)
    n = len(y)
    card = weights.cardinalities
    gi_p = np.full(n, np.nan)
    lisa_p = np.full(n, np.nan)
    if n < 3 or card.max(initial=0) == 0 or permutations < 1:
        return gi_p, lisa_p
    table = permutation_table(n, int(card.max()), permutations, seed).astype(np.int32)
    # id k stands for unit k when k < i and for unit k + 1 otherwise, so a draw's neighbour sum is
    # Σ y[k] + Σ_{k ≥ i} (y[k+1] − y[k]): the first part is shared by every unit, the second is a masked sum.
    base = np.take(y[:-1], table)
    step = np.take(y[1:], table) - base
    shared = np.cumsum(base, axis=1)
    rows, cols = weights.pairs()
    observed = np.bincount(rows, y[cols], n)
    z_sign = np.sign(y - y.mean())
    scale = max(float(np.abs(y).max()), 1e-300)
    done, total = 0, int((card > 0).sum())
    budget = 2_000_000
    for c in np.unique(card[card > 0]):
        units = np.flatnonzero(card == c).astype(np.int32)
        ids, steps, first = table[:, :c], step[:, :c], shared[:, c - 1]
        chunk = max(1, budget // (permutations * int(c)))
        for start in range(0, len(units), chunk):
            if cancelled is not None and cancelled():
                raise Cancelled()
            block = units[start:start + chunk]
            sums = first[None, :] + np.einsum("gpc,pc->gp", ids[None, :, :] >= block[:, None, None], steps)
            obs = observed[block][:, None]
            # a draw of the very same neighbours is a tie: compare with a tolerance far below any real difference
            tol = 1e-9 * scale * c
            greater = (sums >= obs - tol).sum(axis=1)
            lesser = (sums <= obs + tol).sum(axis=1)
            gi_p[block] = _directed(greater, permutations)
            moran_larger = np.where(z_sign[block] > 0, greater, np.where(z_sign[block] < 0, lesser, permutations))
            lisa_p[block] = _directed(moran_larger, permutations)
            done += len(block)
            if progress is not None:
                progress(done / total)
    return gi_p, lisa_p


def _directed(larger: np.ndarray, permutations: int) -> np.ndarray:
    larger = np.asarray(larger, float)
    larger = np.where(permutations - larger < larger, permutations - larger, larger)
    return (larger + 1.0) / (permutations + 1.0)


def fdr_adjust(p: np.ndarray) -> np.ndarray:
    """Benjamini–Hochberg adjusted p-values (q-values); NaN stays NaN and does not count in m."""
    p = np.asarray(p, float)
    out = np.full(p.shape, np.nan)
    ok = np.flatnonzero(np.isfinite(p))
    if len(ok) == 0:
        return out
    order = ok[np.argsort(p[ok], kind="stable")]
    m = len(order)
    ranked = p[order] * m / np.arange(1, m + 1)
    out[order] = np.minimum(np.minimum.accumulate(ranked[::-1])[::-1], 1.0)
    return out


def classify_gi(z: np.ndarray, p: np.ndarray, islands: np.ndarray) -> list:
    """Hot/cold spot at 99/95/90 % by p and the sign of z, as ArcGIS and GeoDa colour them."""
    out = []
    island = set(int(i) for i in islands)
    for i, (zi, pi) in enumerate(zip(z, p)):
        if i in island:
            out.append(ISLAND)
            continue
        label = NOT_SIGNIFICANT
        if np.isfinite(pi) and np.isfinite(zi) and zi != 0:
            for level, name in GI_LEVELS:
                if pi <= level:
                    label = f"{HOT if zi > 0 else COLD} {name}"
                    break
        out.append(label)
    return out


def classify_lisa(z: np.ndarray, lag: np.ndarray, p: np.ndarray, islands: np.ndarray,
                  alpha: float = LISA_ALPHA) -> list:
    """HH, HL, LH, LL (value vs neighbours' mean, both standardised) where p ≤ alpha."""
    out = []
    island = set(int(i) for i in islands)
    for i, (zi, li, pi) in enumerate(zip(z, lag, p)):
        if i in island:
            out.append(ISLAND)
        elif not (np.isfinite(pi) and pi <= alpha):
            out.append(NOT_SIGNIFICANT)
        else:
            out.append(("H" if zi > 0 else "L") + ("H" if li > 0 else "L"))
    return out


def local_statistics(y, weights: Weights, permutations: int = 999, seed: int = 12345, fdr: bool = False,
                     progress: Optional[Callable[[float], None]] = None,
                     cancelled: Optional[Callable[[], bool]] = None) -> LocalStatistics:
    """Gi* and Local Moran for every unit, with p-values (permutation, or normal when permutations = 0),
    optionally FDR-adjusted, and classes. Islands get NaN statistics and the class ``ISLAND``."""
    y = np.asarray(y, float)
    if len(y) < 3:
        raise ValueError("at least 3 units are needed for local statistics")
    if not np.isfinite(y).all():
        raise ValueError("values must all be finite")
    if y.std() == 0:
        raise ValueError("all values are equal: there is no spatial pattern to test")
    if y.sum() == 0:
        raise ValueError("the values sum to zero: Gi* needs positive totals (counts or rates)")
    islands = weights.islands
    gi_z = gi_star(y, weights)
    lisa_i, z, lag = local_moran(y, weights)
    if permutations > 0:
        gi_p, lisa_p = permutation_pvalues(y, weights, permutations, seed, progress, cancelled)
    else:
        gi_p, lisa_p = _two_sided_normal(gi_z), lisa_normal_p(z, weights, lisa_i)
    for array in (gi_z, gi_p, lisa_i, lisa_p):
        array[islands] = np.nan
    if fdr:
        gi_p, lisa_p = fdr_adjust(gi_p), fdr_adjust(lisa_p)
    return LocalStatistics(gi_z, gi_p, classify_gi(gi_z, gi_p, islands), lisa_i, lisa_p,
                           classify_lisa(z, lag, lisa_p, islands), islands)
