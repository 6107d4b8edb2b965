"""Local hotspot statistics: Getis-Ord Gi* / Gi and Local Moran's I with conditional permutation inference.

Definitions follow PySAL ``esda`` (``G_Local`` and ``Moran_Local``), so an analyst who checks a map against
GeoDa/PySAL sees the same z-scores, I values and pseudo p-values:

* Gi* (``star``): the unit counts among its own neighbours; Gᵢ = Σⱼ wᵢⱼ yⱼ / Σ y. Gi leaves the unit out:
  Gᵢ = Σ_{j≠i} wᵢⱼ yⱼ / Σ_{j≠i} yⱼ. E[Gᵢ] = Wᵢ/N, Var[Gᵢ] = Wᵢ(N−Wᵢ)/(N−1)/N² · s²/ȳ² (N = n or n−1).
* Local Moran: zᵢ = (yᵢ − ȳ)/s; Iᵢ = (n−1) zᵢ Σⱼ wᵢⱼ zⱼ / Σ z².
* Weights are row-standardised (GeoDa's and esda's default: 1/k, or 1/(k+1) for Gi*) or binary (1).

Permutations follow esda's conditional randomisation exactly: one seeded table of ``permutations`` draws of
``max(cardinality)`` ids out of n−1 (NumPy's legacy ``RandomState(seed)``, as esda without numba draws them), id k
meaning the k-th unit other than i. Pseudo p-values are esda's (M + 1)/(P + 1): "directed" (M = draws at least as
large as observed, or the draws below when fewer — the tail the value lies in) or "folded" (M = draws at least as far
from the simulations' mean). Ties — a draw with the same neighbour total, everyday with counts — are decided exactly
as esda decides them, by computing both the observed and the simulated statistics with esda's own arithmetic.
Units of equal cardinality are processed together, which is why it is faster than esda.
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
DIRECTED, FOLDED = "directed", "folded"
ALTERNATIVES = (DIRECTED, FOLDED)


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
    gi_z_sim: Optional[np.ndarray] = None  # (G − mean of the simulations)/their sd, esda's ``z_sim``
    lisa_z_sim: Optional[np.ndarray] = None


def _two_sided_normal(z: np.ndarray) -> np.ndarray:
    z = np.asarray(z, float)
    out = np.full(z.shape, np.nan)
    ok = np.isfinite(z)
    out[ok] = [math.erfc(abs(v) / math.sqrt(2.0)) for v in z[ok]]
    return out


def _weight_value(card: np.ndarray, binary: bool, star: bool) -> np.ndarray:
    """Each unit's weight on every neighbour (and on itself for Gi*), as libpysal stores it: 1 when binary,
    1/(k+1) or 1/k when row-standardised (k neighbours)."""
    card = np.asarray(card, float)
    if binary:
        return np.where(card > 0, 1.0, 0.0)
    denominator = card + (1.0 if star else 0.0)
    return np.divide(1.0, denominator, out=np.zeros(len(card)), where=card > 0)


def _sparse_lag(values: np.ndarray, weights: Weights, weight: np.ndarray, include_self: bool) -> np.ndarray:
    """Σⱼ wᵢⱼ vⱼ summed term by term in increasing j (self included in its place), as SciPy's CSR product does
    for esda: the last bit of the observed statistic decides whether a permuted draw with the same neighbour
    total counts as a tie, so the arithmetic is reproduced, not only the mathematics."""
    values = np.asarray(values, float)
    n = weights.n
    card = weights.cardinalities
    width = int(card.max(initial=0)) + (1 if include_self else 0)
    columns = np.full((n, max(width, 1)), -1, dtype=np.int64)
    rows, cols = weights.pairs(include_self)
    order = np.lexsort((cols, rows))
    rows, cols = rows[order], cols[order]
    starts = np.searchsorted(rows, np.arange(n))
    columns[rows, np.arange(len(rows)) - starts[rows]] = cols
    total = np.zeros(n)
    for k in range(columns.shape[1]):
        present = columns[:, k] >= 0
        term = weight * values[np.where(present, columns[:, k], 0)]
        total = np.where(present, total + term, total)
    return total


def getis_ord(y: np.ndarray, weights: Weights, star: bool = True, binary: bool = False
              ) -> tuple[np.ndarray, np.ndarray]:
    """(G, z) of Getis-Ord Gi* (``star``) or Gi, as esda ``G_Local(star=..., transform='B' or 'R')`` computes them.

    Gi* counts the unit itself among its neighbours (self weight 1 when binary, 1/(k+1) when row-standardised);
    Gi leaves it out and divides by the total of the other units. E[G] = Wᵢ/N, Var[G] = Wᵢ(N−Wᵢ)/(N−1)/N² · s²/ȳ²
    with N = n (Gi*) or n−1 (Gi) and s², ȳ taken over the same N units."""
    y = np.asarray(y, float)
    n = len(y)
    card = weights.cardinalities
    weight = _weight_value(card, binary, star)
    remove_self = 0.0 if star else 1.0
    lag = _sparse_lag(y, weights, weight, include_self=star)
    big_n = n - remove_self
    row_sum = _sparse_lag(np.ones(n), weights, weight, include_self=star)
    with np.errstate(divide="ignore", invalid="ignore"):   # a year without homicides: NaN, not a warning
        statistic = lag / (y.sum() - y * remove_self)
        mean = (y.sum() - y * remove_self) / big_n
        mean_of_squares = ((y ** 2).sum() - (y ** 2) * remove_self) / big_n
        variance = mean_of_squares - mean ** 2
        expected = row_sum / big_n
        expected_var = row_sum * (big_n - row_sum) / (big_n - 1) / big_n ** 2 * variance / mean ** 2
        return statistic, (statistic - expected) / np.sqrt(expected_var)


def gi_star(y: np.ndarray, weights: Weights) -> np.ndarray:
    """z-scores of Getis-Ord Gi* (esda ``G_Local(star=True)``, row-standardised)."""
    return getis_ord(y, weights, True, False)[1]


def local_moran(y: np.ndarray, weights: Weights, binary: bool = False
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(Iᵢ, standardised zᵢ, spatial lag of z) as esda ``Moran_Local`` (``transformation='r'`` or ``'b'``)."""
    y = np.asarray(y, float)
    z = y - y.mean()
    z = z / y.std()
    lag = _sparse_lag(z, weights, _weight_value(weights.cardinalities, binary, False), include_self=False)
    return (len(y) - 1) * z * lag / (z * z).sum(), z, lag


def lisa_normal_p(z: np.ndarray, weights: Weights, lisa_i: np.ndarray, binary: bool = False) -> np.ndarray:
    """Two-sided p of Local Moran under the conditional-randomisation moments (Sokal et al. 1998, eqs. A7–A8)."""
    n = len(z)
    m2 = (z * z).sum() / n
    card = weights.cardinalities.astype(float)
    weight = _weight_value(card, binary, False)
    wi = card * weight
    wi2 = card * weight ** 2
    expectation = -(z ** 2 * wi) / ((n - 1) * m2)
    variance = (z / m2) ** 2 * (n / (n - 2)) * (wi2 - wi ** 2 / (n - 1)) * (m2 - z ** 2 / (n - 1))
    with np.errstate(divide="ignore", invalid="ignore"):
        return _two_sided_normal((lisa_i - expectation) / np.sqrt(variance))


def permutation_table(n: int, max_card: int, permutations: int, seed: int) -> np.ndarray:
    """esda's table of random neighbour ids: row k = ``RandomState(seed)`` permutation of n−1 ids, first max_card
    (esda without numba: ``np.random.seed(seed)`` then ``np.random.choice(n − 1, max_card, replace=False)``)."""
    state = np.random.RandomState(seed)
    table = np.empty((permutations, max_card), dtype=np.int64)
    for k in range(permutations):
        table[k] = state.permutation(n - 1)[:max_card]
    return table


def _significance(observed: np.ndarray, reference: np.ndarray, alternative: str) -> np.ndarray:
    """esda's ``_permutation_significance`` row by row: (M + 1)/(P + 1).

    directed: M = #(simulated ≥ observed), replaced by P − M (the draws strictly below) when that is smaller — the
    tail is the one the observed value lies in, ties count towards the upper tail. folded: M = #(|simulated − m| ≥
    |observed − m|), m the mean of the unit's simulated values — a two-sided test."""
    permutations = reference.shape[1]
    if alternative == FOLDED:
        # row by row, as esda does: a 2-D mean may sum in another order, and the last bit matters for ties
        means = np.array([row.mean() for row in reference])[:, None]
        larger = (np.abs(reference - means) >= np.abs(observed[:, None] - means)).sum(axis=1)
    else:
        larger = (reference >= observed[:, None]).sum(axis=1)
        larger = np.where(permutations - larger < larger, permutations - larger, larger)
    return (larger + 1.0) / (permutations + 1.0)


def permutation_pvalues(y: np.ndarray, weights: Weights, permutations: int = 999, seed: int = 12345,
                        progress: Optional[Callable[[float], None]] = None,
                        cancelled: Optional[Callable[[], bool]] = None, star: bool = True, binary: bool = False,
                        alternative: str = DIRECTED) -> tuple[np.ndarray, np.ndarray]:
    """Pseudo p-values (Getis-Ord, Local Moran) from one seeded conditional randomisation, equal to esda's."""
    return _randomisation(y, weights, permutations, seed, progress, cancelled, star, binary, alternative)[:2]


def _randomisation(y: np.ndarray, weights: Weights, permutations: int, seed: int,
                   progress: Optional[Callable[[float], None]], cancelled: Optional[Callable[[], bool]],
                   star: bool, binary: bool, alternative: str, simulation_z: bool = False) -> tuple:
    """(Getis-Ord p, Local Moran p, Getis-Ord z_sim, Local Moran z_sim) of the conditional randomisation.

    Each simulated statistic is computed with esda's own arithmetic — the drawn values gathered into a
    (draws × k) matrix times the weight vector, then the unit's own term, the scaling — and compared with the
    observed statistic computed as esda does. Count data are full of draws whose neighbour total equals the
    observed one; whether such a draw counts as "at least as large" is then decided by the same rounding in both
    programs, so every p-value, ties included, is esda's. Units are processed in blocks of equal cardinality.
    """
    if alternative not in ALTERNATIVES:
        raise ValueError(f"unknown alternative {alternative!r}: use one of {', '.join(ALTERNATIVES)}")
    y = np.asarray(y, float)
    n = len(y)
    card = weights.cardinalities
    gi_p, lisa_p, gi_zs, lisa_zs = (np.full(n, np.nan) for _ in range(4))
    if n < 3 or card.max(initial=0) == 0 or permutations < 1:
        return gi_p, lisa_p, gi_zs, lisa_zs
    table = permutation_table(n, int(card.max()), permutations, seed).astype(np.int32)
    g_observed, _ = getis_ord(y, weights, star, binary)
    m_observed, z, _ = local_moran(y, weights, binary)
    y_sum = y.sum()
    scaling = (n - 1) / (z * z).sum()
    g_weight = _weight_value(card, binary, star)
    m_weight = _weight_value(card, binary, False)
    done, total = 0, int((card > 0).sum())
    budget = 2_000_000
    for c in np.unique(card[card > 0]):
        c = int(c)
        units = np.flatnonzero(card == c)
        ids = table[:, :c]
        chunk = max(1, budget // (permutations * c))
        for start in range(0, len(units), chunk):
            if cancelled is not None and cancelled():
                raise Cancelled()
            block = units[start:start + chunk]
            # id k is the k-th unit other than i: unit k below i, unit k + 1 from i on
            drawn = ids[None, :, :] + (ids[None, :, :] >= block[:, None, None]).astype(np.int32)
            w_g, w_m = g_weight[block[0]], m_weight[block[0]]  # equal within a cardinality
            # a stacked product runs one (draws × k) matrix-vector product per unit, as esda does: BLAS rounds
            # the last rows of a matrix differently from the others, so one tall matrix would not be esda's
            lag = y[drawn] @ np.full(c, w_g)
            if star:
                sims = (lag + (w_g * y[block])[:, None]) / y_sum
            else:
                sims = lag / (y_sum - y[block])[:, None]
            gi_p[block] = _significance(g_observed[block], sims, alternative)
            if simulation_z:
                gi_zs[block] = (g_observed[block] - sims.mean(axis=1)) / sims.std(axis=1)
            zi = z[block][:, None]
            lag = z[drawn] @ np.full(c, w_m)
            sims = zi * (lag + 0.0 * zi) * scaling
            lisa_p[block] = _significance(m_observed[block], sims, alternative)
            if simulation_z:
                lisa_zs[block] = (m_observed[block] - sims.mean(axis=1)) / sims.std(axis=1)
            done += len(block)
            if progress is not None:
                progress(done / total)
    return gi_p, lisa_p, gi_zs, lisa_zs


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
                     cancelled: Optional[Callable[[], bool]] = None, star: bool = True, binary: bool = False,
                     alternative: str = DIRECTED, simulation_z: bool = False) -> LocalStatistics:
    """Getis-Ord (Gi* when ``star``, else Gi) and Local Moran for every unit, with p-values (permutation, or normal
    when permutations = 0), optionally FDR-adjusted, and classes. ``binary`` keeps the weights at 1 instead of
    row-standardising them; ``alternative`` is esda's "directed" (one tail, the one the value lies in) or "folded"
    (two-sided about the mean of the simulations). ``simulation_z`` also returns esda's ``z_sim`` (the statistic
    standardised by the mean and sd of its simulations). Islands get NaN statistics and the class ``ISLAND``."""
    y = np.asarray(y, float)
    if len(y) < 3:
        raise ValueError("at least 3 units are needed for local statistics")
    if not np.isfinite(y).all():
        raise ValueError("values must all be finite")
    if y.std() == 0:
        raise ValueError("all values are equal: there is no spatial pattern to test")
    if y.sum() == 0:
        raise ValueError("the values sum to zero: Gi* needs positive totals (counts or rates)")
    if alternative not in ALTERNATIVES:
        raise ValueError(f"unknown alternative {alternative!r}: use one of {', '.join(ALTERNATIVES)}")
    islands = weights.islands
    with np.errstate(divide="ignore", invalid="ignore"):
        gi_z = getis_ord(y, weights, star, binary)[1]
        lisa_i, z, lag = local_moran(y, weights, binary)
    gi_zs = lisa_zs = None
    if permutations > 0:
        with np.errstate(divide="ignore", invalid="ignore"):
            gi_p, lisa_p, gi_zs, lisa_zs = _randomisation(y, weights, permutations, seed, progress, cancelled,
                                                          star, binary, alternative, simulation_z)
        gi_zs[islands] = lisa_zs[islands] = np.nan
        if not simulation_z:
            gi_zs = lisa_zs = None
    else:
        gi_p, lisa_p = _two_sided_normal(gi_z), lisa_normal_p(z, weights, lisa_i, binary)
    for array in (gi_z, gi_p, lisa_i, lisa_p):
        array[islands] = np.nan
    if fdr:
        gi_p, lisa_p = fdr_adjust(gi_p), fdr_adjust(lisa_p)
    return LocalStatistics(gi_z, gi_p, classify_gi(gi_z, gi_p, islands), lisa_i, lisa_p,
                           classify_lisa(z, lag, lisa_p, islands), islands, gi_zs, lisa_zs)
