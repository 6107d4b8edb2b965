"""The targeting cycle's mathematics: ranking over time with bootstrap intervals, the interrupted time series of an
announcement (OLS with Newey–West standard errors), and the weighted displacement quotient.

Why here: the Processing algorithms, the dock and the briefing quote these numbers; one implementation (numpy/pandas
only, no statsmodels or scipy in the plugin) keeps them equal, and the tests check it against statsmodels, pandas
and hand computations.

- Ranking over time: the party rows of :func:`core.attribution.attribute` (the same rows ``vdto:rankvdtos`` ranks)
  summed per period and ranked with the same order (deaths, then events, then name), so one period of the history is
  ``rank`` on that period exactly. A rank is an estimate: resampling the period's events with replacement gives 95 %
  intervals for deaths and rank; organisations whose rank intervals overlap are *tied* for designation.
- Interrupted time series (segmented regression; Wagner et al. 2002; Bernal, Cummins & Gasparrini 2017):
  ``y_t = b0 + b1·t + b2·after_t + b3·(t − t0)·after_t + month-of-year terms``, standard errors by Newey & West
  (1987), Bartlett kernel, lag ``floor(4·(n/100)^(2/9))``, no small-sample factor (statsmodels' HAC default, so an
  analyst can reproduce the figures with ``OLS(y, X).fit(cov_type="HAC", cov_kwds={"maxlags": lag})``).
- Weighted displacement quotient (Bowers & Johnson 2003): ``WDQ = (B_a/C_a − B_b/C_b) / (R_a/C_a − R_b/C_b)``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np
import pandas as pd

from .organisations import DTO_KINDS

INTERVAL_MONTH = 0
INTERVAL_QUARTER = 1
INTERVAL_YEAR = 2
INTERVAL_FREQ = {INTERVAL_MONTH: "M", INTERVAL_QUARTER: "Q", INTERVAL_YEAR: "Y"}

#: The announcement effect needs this many months on each side: a full year, so every calendar month is seen both
#: before and after and the month-of-year terms do not absorb the change.
MIN_ITS_MONTHS = 12
#: |WDQ| below this: the ring changed by less than a tenth of the zone's own gain — "no clear effect".
WDQ_NEUTRAL = 0.1
#: Two-sided 95 % normal quantile.
Z95 = 1.959963984540054

HISTORY_COLUMNS = ["organisation", "period", "period_start", "period_end", "deaths", "events", "rank",
                   "rank_change", "deaths_low", "deaths_high", "rank_low", "rank_high", "tied_with"]


# ------------------------------------------------------------------------------------------- ranking history
def period_bounds(first: pd.Timestamp, last: pd.Timestamp, interval: int) -> pd.DataFrame:
    """Calendar periods (month, quarter or year) covering first…last, clipped to them: ``period``, ``start``,
    ``end`` (dates, inclusive). Clipping makes the first and last periods equal to what the analyst asked for."""
    if interval not in INTERVAL_FREQ:
        raise ValueError(f"unknown interval {interval}")
    freq = INTERVAL_FREQ[interval]
    periods = pd.period_range(pd.Period(first, freq=freq), pd.Period(last, freq=freq), freq=freq)
    starts = [max(p.start_time.normalize(), first.normalize()) for p in periods]
    ends = [min(p.end_time.normalize(), last.normalize()) for p in periods]
    return pd.DataFrame({"period": [str(p) for p in periods], "start": starts, "end": ends})


def _order(deaths: np.ndarray, events: np.ndarray, names_order: np.ndarray) -> np.ndarray:
    """Ranks (1 = most violent) by deaths, then events, then name — the order of :func:`attribution.rank`.

    Works on the last axis, so a (replicates × organisations) matrix ranks every replicate at once.
    """
    keys = (np.broadcast_to(names_order, deaths.shape), -events, -deaths)
    order = np.lexsort(keys, axis=-1)
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(1, order.shape[-1] + 1)[None, :] if order.ndim == 2
                      else np.arange(1, order.shape[-1] + 1), axis=-1)
    return ranks


def ranking_history(events: pd.DataFrame, attributed: pd.DataFrame, periods: pd.DataFrame, bootstrap: int = 0,
                    seed: int = 0, ranked_kinds: Sequence[str] = tuple(DTO_KINDS), progress=None,
                    cancelled=None) -> pd.DataFrame:
    """One row per organisation and period in which it took part: deaths, events, rank, change, intervals, ties.

    ``events`` needs ``date`` (Timestamp) and ``deaths``; ``attributed`` is the output of
    :func:`attribution.attribute` on those events (``eid`` = row label of ``events``). ``periods`` comes from
    :func:`period_bounds`. ``rank_change`` = previous period's rank − this rank (positive: climbed towards 1;
    empty when the organisation was not ranked in the previous period). With ``bootstrap`` > 0 the period's events
    are resampled with replacement that many times (``numpy.random.default_rng(seed)``, periods in order), giving
    2.5 % and 97.5 % quantiles of deaths and rank; ``tied_with`` lists the organisations of the period whose rank
    interval overlaps this one's.
    """
    rng = np.random.default_rng(seed)
    dates = pd.to_datetime(events["date"])
    ranked = attributed[attributed["kind"].isin(list(ranked_kinds))]
    # Positions of each event row, so bootstrap weights index straight into the party rows.
    position = pd.Series(np.arange(len(events)), index=events.index)
    rows: List[dict] = []
    previous: Dict[str, int] = {}
    for number, period in enumerate(periods.itertuples(index=False)):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(number / max(len(periods), 1))
        end_exclusive = period.end + pd.Timedelta(days=1)
        in_period = (dates >= period.start) & (dates < end_exclusive)
        eids = events.index[in_period.to_numpy()]
        sub = ranked[ranked["eid"].isin(eids)]
        current: Dict[str, int] = {}
        if sub.empty:
            previous = current
            continue
        grouped = sub.groupby("organisation").agg(deaths=("deaths", "sum"), events=("eid", "nunique"))
        names = np.array(grouped.index, dtype=object)
        names_order = np.argsort(np.argsort(names.astype(str)))
        deaths = grouped["deaths"].to_numpy(dtype=float)
        counts = grouped["events"].to_numpy(dtype=float)
        ranks = _order(deaths, counts, names_order)
        low = high = r_low = r_high = None
        if bootstrap > 0:
            low, high, r_low, r_high = _bootstrap(sub, names, names_order, position, eids, bootstrap, rng)
        for i, name in enumerate(names):
            current[name] = int(ranks[i])
            rows.append({
                "organisation": name, "period": period.period, "period_start": period.start.date().isoformat(),
                "period_end": period.end.date().isoformat(), "deaths": float(deaths[i]), "events": int(counts[i]),
                "rank": int(ranks[i]),
                "rank_change": (previous[name] - int(ranks[i])) if name in previous else None,
                "deaths_low": float(low[i]) if low is not None else math.nan,
                "deaths_high": float(high[i]) if high is not None else math.nan,
                "rank_low": int(r_low[i]) if r_low is not None else None,
                "rank_high": int(r_high[i]) if r_high is not None else None,
                "tied_with": _ties(names, ranks, r_low, r_high, i),
            })
        previous = current
    table = pd.DataFrame(rows, columns=HISTORY_COLUMNS)
    if not table.empty:
        table = table.sort_values(["period_start", "rank"], kind="mergesort").reset_index(drop=True)
    return table


def _bootstrap(sub: pd.DataFrame, names: np.ndarray, names_order: np.ndarray, position: pd.Series, eids,
               replicates: int, rng: np.random.Generator):
    """Resample the period's events: (deaths 2.5 %, 97.5 %, rank 2.5 %, 97.5 %) per organisation."""
    n = len(eids)
    local = pd.Series(np.arange(n), index=position.loc[eids].to_numpy())
    column = {name: j for j, name in enumerate(names)}
    rows = local.loc[position.loc[sub["eid"]].to_numpy()].to_numpy()
    cols = np.array([column[o] for o in sub["organisation"]], dtype=int)
    deaths = np.zeros((n, len(names)))
    np.add.at(deaths, (rows, cols), sub["deaths"].to_numpy(dtype=float))
    involved = np.zeros((n, len(names)))
    involved[rows, cols] = 1.0
    low = np.empty(len(names))
    high = np.empty(len(names))
    r_low = np.empty(len(names), dtype=int)
    r_high = np.empty(len(names), dtype=int)
    chunk = max(1, min(replicates, 2_000_000 // max(n, 1)))
    boot_deaths, boot_ranks = [], []
    done = 0
    while done < replicates:
        size = min(chunk, replicates - done)
        weights = resample_counts(rng, n, size)
        d = weights @ deaths
        e = weights @ involved
        boot_deaths.append(d)
        boot_ranks.append(_order(d, e, names_order))
        done += size
    d = np.vstack(boot_deaths)
    r = np.vstack(boot_ranks)
    low[:] = np.quantile(d, 0.025, axis=0)
    high[:] = np.quantile(d, 0.975, axis=0)
    r_low[:] = np.floor(np.quantile(r, 0.025, axis=0) + 1e-9).astype(int)
    r_high[:] = np.ceil(np.quantile(r, 0.975, axis=0) - 1e-9).astype(int)
    return low, high, r_low, r_high


def resample_counts(rng: np.random.Generator, n: int, replicates: int) -> np.ndarray:
    """How often each of ``n`` events is drawn in each of ``replicates`` resamples with replacement (rows sum to
    n): uniform draws counted with one bincount — several times faster than a multinomial over n categories."""
    draws = rng.integers(0, n, size=(replicates, n)) + (np.arange(replicates) * n)[:, None]
    return np.bincount(draws.ravel(), minlength=replicates * n).reshape(replicates, n).astype(float)


def _ties(names: np.ndarray, ranks: np.ndarray, r_low, r_high, i: int) -> str:
    """Organisations whose rank interval overlaps organisation i's, most violent first ("" without intervals)."""
    if r_low is None:
        return ""
    overlap = (r_low <= r_high[i]) & (r_high >= r_low[i])
    overlap[i] = False
    others = np.nonzero(overlap)[0]
    return "; ".join(str(names[j]) for j in others[np.argsort(ranks[others])])


def next_most_violent(ranking: pd.DataFrame, designated: Sequence[str]) -> pd.DataFrame:
    """The ranking with the designated organisations left out and ranks renumbered from 1 (``next_rank``)."""
    left = set(designated)
    rest = ranking[~ranking["organisation"].isin(left)].sort_values("rank").copy()
    rest["next_rank"] = np.arange(1, len(rest) + 1)
    return rest.reset_index(drop=True)


# ------------------------------------------------------------------------------------ OLS with Newey–West
def newey_west_lags(n: int) -> int:
    """Newey & West (1994) plug-in: floor(4·(n/100)^(2/9))."""
    return int(math.floor(4.0 * (n / 100.0) ** (2.0 / 9.0)))


@dataclass
class OlsResult:
    names: List[str]
    params: np.ndarray
    se: np.ndarray          # Newey–West (HAC) standard errors
    cov: np.ndarray
    lags: int
    n: int
    residuals: np.ndarray
    fitted: np.ndarray


def ols_newey_west(y: np.ndarray, x: np.ndarray, names: Sequence[str], lags: Optional[int] = None,
                   small_sample: bool = False) -> OlsResult:
    """OLS by least squares; covariance (X'X)⁻¹ S (X'X)⁻¹ with S the Bartlett-weighted sum of lagged score
    products (Newey & West 1987), times n/(n−k) when ``small_sample`` (statsmodels' ``use_correction``; off by
    default there and here)."""
    y = np.asarray(y, dtype=float)
    x = np.asarray(x, dtype=float)
    n, k = x.shape
    if n <= k:
        raise ValueError(f"{n} observations cannot estimate {k} parameters")
    lags = newey_west_lags(n) if lags is None else int(lags)
    params, _, rank, _ = np.linalg.lstsq(x, y, rcond=None)
    if rank < k:
        raise ValueError("the design matrix is singular")
    fitted = x @ params
    resid = y - fitted
    scores = x * resid[:, None]
    s = scores.T @ scores
    for lag in range(1, lags + 1):
        weight = 1.0 - lag / (lags + 1.0)
        gamma = scores[lag:].T @ scores[:-lag]
        s += weight * (gamma + gamma.T)
    bread = np.linalg.inv(x.T @ x)
    cov = bread @ s @ bread
    if small_sample:
        cov *= n / float(n - k)
    se = np.sqrt(np.clip(np.diag(cov), 0.0, None))
    return OlsResult(list(names), params, se, cov, lags, n, resid, fitted)


def its_design(months: pd.PeriodIndex, announced: pd.Period) -> tuple:
    """Design matrix of the segmented regression: const, time, level (after), slope (months since), 11 month-of-year
    dummies (January the reference; only months present are kept, so short series stay estimable)."""
    t = np.array([(m - months[0]).n for m in months], dtype=float)
    t0 = float((announced - months[0]).n)
    after = (t >= t0).astype(float)
    columns = {"const": np.ones(len(t)), "time": t, "level": after, "slope": (t - t0) * after}
    month_of_year = np.array([m.month for m in months])
    for month in range(2, 13):
        dummy = (month_of_year == month).astype(float)
        if dummy.any() and not dummy.all():
            columns[f"m{month:02d}"] = dummy
    names = list(columns)
    return np.column_stack([columns[c] for c in names]), names


@dataclass
class ItsResult:
    months_before: int
    months_after: int
    level: float = math.nan
    level_se: float = math.nan
    slope: float = math.nan
    slope_se: float = math.nan
    post_slope: float = math.nan      # the trend after the announcement, b1 + b3 (deaths per month, per month)
    post_slope_se: float = math.nan
    fit: Optional[OlsResult] = None
    enough: bool = False

    def interval(self, which: str) -> tuple:
        """95 % interval of "level", "slope" (its change) or "post_slope" (the trend after)."""
        value, se = {"level": (self.level, self.level_se), "slope": (self.slope, self.slope_se),
                     "post_slope": (self.post_slope, self.post_slope_se)}[which]
        return value - Z95 * se, value + Z95 * se

    def direction(self) -> str:
        """"fell", "rose", "mixed" or "no change": the sign of level and slope changes whose 95 % interval
        excludes zero."""
        if not self.enough:
            return "too few months"
        signs = set()
        for which in ("level", "slope"):
            low, high = self.interval(which)
            if high < 0:
                signs.add(-1)
            elif low > 0:
                signs.add(1)
        if signs == {-1}:
            return "fell"
        if signs == {1}:
            return "rose"
        return "mixed" if signs else "no change"


def interrupted_time_series(series: pd.Series, announced: pd.Period, min_months: int = MIN_ITS_MONTHS,
                            lags: Optional[int] = None) -> ItsResult:
    """Fit the segmented regression to a monthly series (PeriodIndex, consecutive months, gaps excluded by the
    caller). Fewer than ``min_months`` on either side: ``enough`` is False and the verdict is "too few months"."""
    months = pd.PeriodIndex(series.index, freq="M")
    before = int((months < announced).sum())
    after = int((months >= announced).sum())
    result = ItsResult(before, after)
    x, names = its_design(months, announced)
    if before < 2 or after < 2 or len(months) <= x.shape[1]:
        return result
    try:
        fit = ols_newey_west(series.to_numpy(dtype=float), x, names, lags)
    except (ValueError, np.linalg.LinAlgError):
        return result
    result.fit = fit
    result.level, result.level_se = float(fit.params[2]), float(fit.se[2])
    result.slope, result.slope_se = float(fit.params[3]), float(fit.se[3])
    result.post_slope = float(fit.params[1] + fit.params[3])
    result.post_slope_se = float(math.sqrt(max(fit.cov[1, 1] + fit.cov[3, 3] + 2 * fit.cov[1, 3], 0.0)))
    result.enough = before >= min_months and after >= min_months
    return result


def its_verdict(target: ItsResult, others: ItsResult) -> str:
    """The verdict key from the organisation's model and the other organisations' model."""
    mine = target.direction()
    if mine == "too few months":
        return "too few months"
    theirs = others.direction() if others.enough else "no change"
    if mine == "fell":
        return "fell, others fell too" if theirs == "fell" else "fell, others did not"
    if mine == "rose":
        return "rose, others rose too" if theirs == "rose" else "rose, others did not"
    if mine == "mixed":
        return "mixed"
    return "no change"


# ------------------------------------------------------------------------------- weighted displacement quotient
@dataclass
class WdqResult:
    rb: float
    ra: float
    bb: float
    ba: float
    cb: float
    ca: float
    success: float = math.nan     # R_a/C_a − R_b/C_b (negative: violence fell in the zone relative to the control)
    buffer: float = math.nan      # B_a/C_a − B_b/C_b
    wdq: float = math.nan
    verdict: str = ""
    extra: dict = field(default_factory=dict)


def wdq(rb: float, ra: float, bb: float, ba: float, cb: float, ca: float, neutral: float = WDQ_NEUTRAL) -> WdqResult:
    """Bowers & Johnson (2003). Verdict: "no control events" when C has none before or after; "did not fall" when
    the success measure is not negative; otherwise "displacement" (WDQ < −neutral), "diffusion" (WDQ > neutral) or
    "no clear effect"."""
    result = WdqResult(rb, ra, bb, ba, cb, ca)
    if cb <= 0 or ca <= 0:
        result.verdict = "no control events"
        return result
    result.success = ra / ca - rb / cb
    result.buffer = ba / ca - bb / cb
    if result.success >= 0:
        result.verdict = "did not fall"
        return result
    result.wdq = result.buffer / result.success
    if result.wdq < -neutral:
        result.verdict = "displacement"
    elif result.wdq > neutral:
        result.verdict = "diffusion"
    else:
        result.verdict = "no clear effect"
    return result


def catchment_and_control(zones: Sequence, study_area, catchment_m: float):
    """Per zone its ring (the zone buffered by ``catchment_m`` minus every zone), and the one control area: the
    study area minus every zone and every ring. The control must exclude the rings, or violence that moved next door
    would count as the control's rise and the zone's displacement would read as success."""
    from shapely.ops import unary_union

    all_zones = unary_union(list(zones))
    rings = [zone.buffer(catchment_m, 32).difference(all_zones) for zone in zones]
    control = study_area.difference(unary_union([all_zones] + rings))
    return rings, control


def inside_any(x: np.ndarray, y: np.ndarray, shapes: Sequence) -> np.ndarray:
    """Points inside any of ``shapes`` (non-overlapping municipalities): a bounding-box filter per shape, then
    point-in-polygon on the few candidates — no union of thousands of polygons (seconds) is needed."""
    from ._compat import contains_xy

    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    inside = np.zeros(len(x), dtype=bool)
    for shape in shapes:
        if shape is None or shape.is_empty:
            continue
        x0, y0, x1, y1 = shape.bounds
        candidates = np.flatnonzero(~inside & (x >= x0) & (x <= x1) & (y >= y0) & (y <= y1))
        if candidates.size:
            inside[candidates] = contains_xy(shape, x[candidates], y[candidates])
    return inside


@dataclass
class DisplacementAreas:
    """Zone, ring and control of ``vdto:displacement`` measured on the municipalities (the study area).

    ``zone_share[m, i]``, ``ring_share[m, i]`` and ``control_share[m]`` are the parts of municipality ``m``'s area
    inside zone ``i``, its ring and the control: a municipality-level event weighs on zone ``i`` by
    ``zone_share[m, i]``, and a state-level one — spread over its state's municipalities in proportion to area
    (``core.precision.spread_per_municipality``) — by the state's area inside the zone over the state's area.
    """

    rings: list
    excluded: object
    control_m2: float
    zone_share: np.ndarray
    ring_share: np.ndarray
    control_share: np.ndarray

    def spread_counts(self, per_municipality: np.ndarray, i: int) -> tuple:
        """(zone, ring, control) parts of spread weight given per municipality (zone ``i``, its ring)."""
        w = np.asarray(per_municipality, dtype=float)
        if w.size == 0:
            return 0.0, 0.0, 0.0
        return (float(w @ self.zone_share[:, i]), float(w @ self.ring_share[:, i]), float(w @ self.control_share))


def displacement_areas(municipalities: Sequence, zones: Sequence, catchment_m: float) -> DisplacementAreas:
    """Rings (each zone buffered by ``catchment_m`` minus every zone), the control (municipalities minus every zone
    and ring) and each municipality's share of its area in each zone, ring and the control — municipality by
    municipality, without the national union (2,475 polygons take seconds to merge)."""
    from shapely.ops import unary_union
    from shapely.prepared import prep

    zones = list(zones)
    all_zones = unary_union(zones)
    rings = [zone.buffer(catchment_m, 32).difference(all_zones) for zone in zones]
    excluded = unary_union([all_zones] + rings)
    n = len(municipalities)
    zone_share = np.zeros((n, len(zones)))
    ring_share = np.zeros((n, len(zones)))
    control_share = np.zeros(n)
    pieces = [p for p in getattr(excluded, "geoms", [excluded]) if not p.is_empty]
    boxes = np.array([p.bounds for p in pieces]).reshape(-1, 4)
    zone_boxes = np.array([z.bounds if not z.is_empty else (np.inf, np.inf, -np.inf, -np.inf) for z in zones]
                          ).reshape(-1, 4)
    ring_boxes = np.array([r.bounds if not r.is_empty else (np.inf, np.inf, -np.inf, -np.inf) for r in rings]
                          ).reshape(-1, 4)
    prepared = prep(excluded)
    area = 0.0

    def near(table: np.ndarray, bounds) -> np.ndarray:
        bx0, by0, bx1, by1 = bounds
        return (table[:, 2] >= bx0) & (table[:, 0] <= bx1) & (table[:, 3] >= by0) & (table[:, 1] <= by1)

    for m, shape in enumerate(municipalities):
        if shape is None or shape.is_empty or shape.area <= 0:
            continue
        own = shape.area
        area += own
        control_share[m] = 1.0
        if not near(boxes, shape.bounds).any() or not prepared.intersects(shape):
            continue
        lost = shape.intersection(excluded).area
        area -= lost
        control_share[m] = max(1.0 - lost / own, 0.0)
        for i in np.flatnonzero(near(zone_boxes, shape.bounds)):
            zone_share[m, i] = shape.intersection(zones[i]).area / own
        for i in np.flatnonzero(near(ring_boxes, shape.bounds)):
            ring_share[m, i] = shape.intersection(rings[i]).area / own
    return DisplacementAreas(rings, excluded, max(area, 0.0), zone_share, ring_share, control_share)


def control_of(x: np.ndarray, y: np.ndarray, municipalities: Sequence, zones: Sequence, catchment_m: float,
               areas: Optional[DisplacementAreas] = None) -> tuple:
    """(rings, points-in-control mask, control area in m²) with the control = the municipalities minus every zone
    and every ring — the same area as :func:`catchment_and_control`, computed without the national union."""
    from ._compat import contains_xy

    if areas is None:
        areas = displacement_areas(municipalities, zones, catchment_m)
    in_study = inside_any(x, y, municipalities)
    mask = in_study.copy()
    if mask.any():
        mask[mask] = ~contains_xy(areas.excluded, np.asarray(x, dtype=float)[mask],
                                  np.asarray(y, dtype=float)[mask])
    return areas.rings, mask, areas.control_m2


def mask_counts(mask: np.ndarray, dates: pd.Series, weights: np.ndarray, start: pd.Timestamp,
                announced: pd.Timestamp, end: pd.Timestamp) -> tuple:
    """(before, after) sums of ``weights`` over the masked points: before = [start, announced), after =
    [announced, end)."""
    before = mask & (dates >= start).to_numpy() & (dates < announced).to_numpy()
    after = mask & (dates >= announced).to_numpy() & (dates < end).to_numpy()
    return float(weights[before].sum()), float(weights[after].sum())


def window_counts(x: np.ndarray, y: np.ndarray, dates: pd.Series, weights: np.ndarray, area, start: pd.Timestamp,
                  announced: pd.Timestamp, end: pd.Timestamp) -> tuple:
    """(count before, count after) of weighted points inside ``area``: before = [start, announced), after =
    [announced, end)."""
    from ._compat import contains_xy

    if area.is_empty:
        return 0.0, 0.0
    inside = contains_xy(area, x, y)
    before = inside & (dates >= start).to_numpy() & (dates < announced).to_numpy()
    after = inside & (dates >= announced).to_numpy() & (dates < end).to_numpy()
    return float(weights[before].sum()), float(weights[after].sum())


# ------------------------------------------------------------------------------------------- contested areas
def contested_areas(names: Sequence[str], periods: Sequence[str], shapes: Sequence, min_area_m2: float = 1.0e6
                    ) -> List[tuple]:
    """Overlaps of two organisations' territories in the same period: ``(a, b, period, geometry)`` with a < b.

    Rival violence and power vacuums follow enforcement where territories overlap; overlaps smaller than
    ``min_area_m2`` (default 1 km²) are slivers of the kernel grid, not shared ground.
    """
    out = []
    for i in range(len(shapes)):
        for j in range(i + 1, len(shapes)):
            if periods[i] != periods[j] or names[i] == names[j]:
                continue
            a, b = shapes[i], shapes[j]
            if a is None or b is None or a.is_empty or b.is_empty or not a.intersects(b):
                continue
            from .zones import polygonal_part

            overlap = polygonal_part(a.intersection(b))   # shared edges and corners are not shared ground
            if overlap is not None and not overlap.is_valid:
                overlap = overlap.buffer(0)
            if overlap is None or overlap.area < min_area_m2:
                continue
            first, second = sorted((str(names[i]), str(names[j])))
            out.append((first, second, periods[i], overlap))
    return out
