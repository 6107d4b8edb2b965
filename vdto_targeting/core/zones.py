"""Enforcement-zone figures from arrays and shapely geometries (no QGIS).

An enforcement zone is judged by how much violence it captures for the ground it covers: the Predictive Accuracy
Index PAI = (n/N)/(a/A) (Chainey, Tompson & Uhlig 2008), with n events in a zone of area a, out of N events in a study
area of area A.  Everything here works in a *metric* CRS (metres); the bridge reprojects before calling.

Two structures keep the dock's live refresh fast: :class:`StudyArea` prepares the events (sorted by x for a cheap
window search), the municipalities (an R-tree) and the organisation codes once; :class:`ZoneFigureCache` remembers
each zone's raw counts by its WKB, so editing one zone recomputes one zone.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd
from numpy.typing import ArrayLike
from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union
from shapely.prepared import prep

from ._compat import BoxIndex, contains_xy, make_valid

#: Intersections smaller than this (m²) are boundary slivers of the simplified municipal frame, not real overlap.
SLIVER_M2 = 10_000.0
#: An organisation whose apportioned events in a zone stay below this is not listed (floating-point residue only).
SPREAD_EPSILON = 1e-9
#: Fewer months than this on either side of the start date: the evaluation says it cannot tell.
MIN_MONTHS = 6

FLAG_OUTSIDE = "outside study area"
FLAG_NO_VIOLENCE = "no violence recorded"
FLAG_OVERLAP = "overlaps {0}"
FLAG_REPAIRED = "repaired self-intersection"
FLAG_PARTLY_OUTSIDE = "partly outside study area"


# --------------------------------------------------------------------------------------------------- geometry
def polygonal_part(geometry: Optional[BaseGeometry]) -> Optional[BaseGeometry]:
    """Only the polygons of a geometry (make_valid may return lines and points beside them)."""
    if geometry is None or geometry.is_empty:
        return None
    if isinstance(geometry, (Polygon, MultiPolygon)):
        return geometry
    parts = [g for g in getattr(geometry, "geoms", []) if isinstance(g, (Polygon, MultiPolygon)) and not g.is_empty]
    if not parts:
        return None
    return unary_union(parts)


def repair_polygon(geometry: Optional[BaseGeometry]) -> Tuple[Optional[BaseGeometry], str]:
    """Return ``(polygon, verdict)`` with verdict ``valid``, ``repaired`` or ``refused``.

    A bow-tie drawn by a slipped click is repaired into its two triangles (the analyst sees ``repaired``); a polygon
    that collapses to a line or nothing cannot be a zone and is refused.
    """
    if geometry is None or geometry.is_empty:
        return None, "refused"
    if geometry.is_valid:
        poly = polygonal_part(geometry)
        return (poly, "valid") if poly is not None and poly.area > 0 else (None, "refused")
    poly = polygonal_part(make_valid(geometry))
    if poly is None or poly.area <= 0:
        return None, "refused"
    return poly, "repaired"


# ------------------------------------------------------------------------------------------------ study area
@dataclass
class StudyArea:
    """Events, municipalities, corridors and ports in one metric CRS, indexed once for many zone refreshes."""

    event_x: np.ndarray
    event_y: np.ndarray
    deaths: np.ndarray
    org_codes: np.ndarray                    # (n_events, k) int32, -1 = none
    org_names: List[str]
    muni_geoms: List[BaseGeometry]
    muni_population: np.ndarray
    muni_area: np.ndarray
    area_m2: float
    corridors: List[BaseGeometry] = field(default_factory=list)
    ports: List[BaseGeometry] = field(default_factory=list)
    # Events known only to a municipality or a state (core/precision.py), spread per municipality: a zone takes
    # weight × overlap / municipal area. ``event_x``/``event_y`` hold only the events drawn as points.
    spread_events: Optional[np.ndarray] = None
    spread_deaths: Optional[np.ndarray] = None
    # The same per organisation: (n_munis, n_orgs) events and deaths of the spread events each organisation takes
    # part in (columns follow ``org_names``), so a zone's organisations include those of the spread events.
    spread_org_events: Optional[np.ndarray] = None
    spread_org_deaths: Optional[np.ndarray] = None
    # Search structures ``build`` fills: event order by x, the sorted x, an rtree index of the municipalities.
    _order: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.intp), repr=False)
    _sorted_x: np.ndarray = field(default_factory=lambda: np.empty(0), repr=False)
    _muni_index: Any = field(default=None, repr=False)
    # The events table these figures were built from (qgis_bridge's reader), for the handled-events sentence.
    events_table: Any = field(default=None, repr=False)

    @classmethod
    def build(cls, event_x: ArrayLike, event_y: ArrayLike, muni_geoms: Sequence[BaseGeometry],
              deaths: Optional[ArrayLike] = None, organisations: Optional[Sequence[Iterable[str]]] = None,
              muni_population: Optional[ArrayLike] = None, corridors: Sequence[BaseGeometry] = (),
              ports: Sequence[BaseGeometry] = (), spread_events: Optional[ArrayLike] = None,
              spread_deaths: Optional[ArrayLike] = None,
              spread_organisations: Optional[Dict[str, Tuple[ArrayLike, ArrayLike]]] = None
              ) -> "StudyArea":
        """Validate and index the inputs; ``organisations[i]`` lists the organisations involved in event ``i``.

        ``spread_events``/``spread_deaths``: per municipality, the events (and deaths) known only to it or to its
        state that fall on it (``core.precision.spread_per_municipality``); zones apportion them by area.
        ``spread_organisations``: ``{organisation: (events, deaths) per municipality}`` of the spread events it takes
        part in, so zone figures list it where its spread events are apportioned.
        """
        x = np.asarray(event_x, dtype=float)
        y = np.asarray(event_y, dtype=float)
        if x.shape != y.shape:
            raise ValueError("event x and y differ in length")
        keep = np.isfinite(x) & np.isfinite(y)
        d = np.ones(len(x)) if deaths is None else np.nan_to_num(np.asarray(deaths, dtype=float), nan=0.0)
        codes, names = encode_organisations(organisations, len(x))
        x, y, d, codes = x[keep], y[keep], d[keep], codes[keep]
        geoms = [g for g in muni_geoms]
        pop = (np.zeros(len(geoms)) if muni_population is None
               else np.nan_to_num(np.asarray(muni_population, dtype=float), nan=0.0))
        area = np.array([g.area if g is not None else 0.0 for g in geoms])
        study = cls(x, y, d, codes, names, geoms, pop, area, float(area.sum()),
                    [c for c in corridors if c is not None and not c.is_empty],
                    [p for p in ports if p is not None and not p.is_empty])
        if spread_organisations:
            for name in spread_organisations:
                if name not in names:
                    names.append(name)
            study.spread_org_events = np.zeros((len(geoms), len(names)))
            study.spread_org_deaths = np.zeros((len(geoms), len(names)))
            for name, (org_events, org_deaths) in spread_organisations.items():
                column = names.index(name)
                study.spread_org_events[:, column] = np.nan_to_num(np.asarray(org_events, dtype=float))
                study.spread_org_deaths[:, column] = np.nan_to_num(np.asarray(
                    org_events if deaths is None else org_deaths, dtype=float))
        if spread_events is not None:
            study.spread_events = np.nan_to_num(np.asarray(spread_events, dtype=float))
            study.spread_deaths = (study.spread_events.copy() if spread_deaths is None or deaths is None
                                   else np.nan_to_num(np.asarray(spread_deaths, dtype=float)))
        study._order = np.argsort(x, kind="stable")
        study._sorted_x = x[study._order]
        study._muni_index = BoxIndex([g.bounds if g is not None and not g.is_empty else None for g in geoms])
        return study

    @property
    def n_events(self) -> int:
        """Events drawn as points."""
        return int(len(self.event_x))

    @property
    def total_events(self) -> float:
        """Events on the map: points plus the spread ones (municipality/state level)."""
        return float(self.n_events + (self.spread_events.sum() if self.spread_events is not None else 0.0))

    @property
    def total_deaths(self) -> float:
        return float(self.deaths.sum() + (self.spread_deaths.sum() if self.spread_deaths is not None else 0.0))

    def spread_in(self, ids: np.ndarray, overlaps: np.ndarray) -> Tuple[float, float]:
        """Spread events and deaths a piece of ground takes: Σ weight × overlap / municipal area."""
        if self.spread_events is None or self.spread_deaths is None or len(ids) == 0:
            return 0.0, 0.0
        share = overlaps / np.maximum(self.muni_area[ids], 1e-9)
        return float(np.sum(self.spread_events[ids] * share)), float(np.sum(self.spread_deaths[ids] * share))

    def events_in(self, zone: BaseGeometry) -> np.ndarray:
        """Indices of the events strictly inside ``zone`` (window search on sorted x, then point-in-polygon)."""
        minx, miny, maxx, maxy = zone.bounds
        lo = int(np.searchsorted(self._sorted_x, minx, side="left"))
        hi = int(np.searchsorted(self._sorted_x, maxx, side="right"))
        candidates = self._order[lo:hi]
        yc = self.event_y[candidates]
        candidates = candidates[(yc >= miny) & (yc <= maxy)]
        if len(candidates) == 0:
            return candidates
        inside = contains_xy(zone, self.event_x[candidates], self.event_y[candidates])
        return candidates[inside]

    def muni_overlaps(self, zone: BaseGeometry) -> Tuple[np.ndarray, np.ndarray]:
        """Every municipality the zone intersects, and the area (m²) of each overlap (slivers included)."""
        prepared = prep(zone)
        ids, areas = [], []
        for i in self._muni_index.intersection(zone.bounds):
            muni = self.muni_geoms[i]
            if not prepared.intersects(muni):
                continue
            ids.append(i)
            areas.append(self.muni_area[i] if prepared.contains(muni) else zone.intersection(muni).area)
        return np.asarray(ids, dtype=int), np.asarray(areas, dtype=float)

    def not_sliver(self, ids: np.ndarray, overlaps: np.ndarray) -> np.ndarray:
        """Overlaps that count as covering the municipality (more than a sliver of the simplified frame)."""
        return (overlaps > SLIVER_M2) | (overlaps >= 0.5 * self.muni_area[ids]) if len(ids) else \
            np.zeros(0, dtype=bool)

    def munis_in(self, zone: BaseGeometry) -> Tuple[np.ndarray, np.ndarray]:
        """Municipalities the zone covers by more than a sliver, and the area (m²) of each overlap."""
        ids, areas = self.muni_overlaps(zone)
        keep = self.not_sliver(ids, areas)
        return ids[keep], areas[keep]


def encode_organisations(organisations: Optional[Sequence[Iterable[str]]], n: int) -> Tuple[np.ndarray, List[str]]:
    """Organisation names per event as an integer matrix, so a zone's organisations are one ``np.unique`` away."""
    if organisations is None:
        return np.full((n, 1), -1, dtype=np.int32), []
    lookup: Dict[str, int] = {}
    rows: List[List[int]] = []
    for entry in organisations:
        names = [entry] if isinstance(entry, str) else list(entry or [])
        codes = []
        for name in names:
            text = "" if name is None else str(name).strip()
            if text and text.upper() != "NULL":
                codes.append(lookup.setdefault(text, len(lookup)))
        rows.append(codes)
    if len(rows) != n:
        raise ValueError("one organisation entry per event is needed")
    width = max([1] + [len(r) for r in rows])
    matrix = np.full((n, width), -1, dtype=np.int32)
    for i, codes in enumerate(rows):
        matrix[i, :len(codes)] = codes
    return matrix, list(lookup)


# ------------------------------------------------------------------------------------------------- figures
@dataclass
class RawFigures:
    """What one zone captures, independent of the other zones (so it can be cached per geometry)."""

    events: int
    deaths: float
    area_m2: float
    land_m2: float
    munis: int
    population: float
    organisations: List[str]
    corridors: int
    ports: int
    spread_events: float = 0.0     # events known only to a municipality/state, apportioned by area of overlap
    spread_deaths: float = 0.0


def raw_figures(zone: BaseGeometry, study: StudyArea, port_distance_m: float) -> RawFigures:
    """Count events, deaths, municipalities, population, organisations, corridors and ports for one zone.

    Population is areal-weighted (a zone covering half a municipality gets half its people): the honest estimate
    without finer census units.  ``land_m2`` is the zone's area inside the study area: a coastal buffer's sea must
    not dilute its PAI.
    """
    inside = study.events_in(zone)
    all_ids, all_overlaps = study.muni_overlaps(zone)
    spread_events, spread_deaths = study.spread_in(all_ids, all_overlaps)
    keep = study.not_sliver(all_ids, all_overlaps)
    ids, overlaps = all_ids[keep], all_overlaps[keep]
    population = float(np.sum(study.muni_population[ids] * overlaps / np.maximum(study.muni_area[ids], 1e-9))) \
        if len(ids) else 0.0
    orgs: List[str] = []
    if study.org_names:
        totals = np.zeros(len(study.org_names))
        counts = np.zeros(len(study.org_names))
        if len(inside):
            codes = study.org_codes[inside]
            weights = np.repeat(study.deaths[inside], codes.shape[1])
            flat = codes.ravel()
            mask = flat >= 0
            if mask.any():
                totals += np.bincount(flat[mask], weights=weights[mask], minlength=len(study.org_names))
                counts += np.bincount(flat[mask], minlength=len(study.org_names))
        if study.spread_org_events is not None and study.spread_org_deaths is not None and len(all_ids):
            # Spread events: each organisation takes the zone's share of its municipality- and state-level events.
            share = all_overlaps / np.maximum(study.muni_area[all_ids], 1e-9)
            counts += share @ study.spread_org_events[all_ids]
            totals += share @ study.spread_org_deaths[all_ids]
        present = np.nonzero(counts > SPREAD_EPSILON)[0]
        present = present[np.lexsort((present, -totals[present]))]
        orgs = [study.org_names[i] for i in present]
    prepared = prep(zone)
    corridors = sum(1 for c in study.corridors if prepared.intersects(c))
    ports = sum(1 for p in study.ports if zone.distance(p) <= port_distance_m)
    return RawFigures(int(len(inside)), float(study.deaths[inside].sum()), float(zone.area),
                      float(min(overlaps.sum(), zone.area)) if len(ids) else 0.0, int(len(ids)), population,
                      orgs, corridors, ports, spread_events, spread_deaths)


FIGURE_COLUMNS = ["name", "events", "deaths", "share", "deaths_share", "area_km2", "land_km2", "pai",
                  "pai_deaths", "munis", "population", "organisations", "n_orgs", "corridors", "ports", "flags",
                  "events_point", "events_spread", "deaths_spread"]


def pai(n: float, total_n: float, a: float, total_a: float) -> float:
    """PAI = (n/N)/(a/A); 0 for an empty zone, NaN when it has no area in the study area or nothing to share."""
    if total_n <= 0 or total_a <= 0 or a <= 0:
        return float("nan")
    return (n / total_n) / (a / total_a)


def assemble(names: Sequence[str], zones: Sequence[BaseGeometry], raws: Sequence[RawFigures], study: StudyArea,
             repaired: Sequence[bool] = (), pairs: Optional[Dict[Tuple[int, int], float]] = None) -> pd.DataFrame:
    """Shares, PAI and flags from the raw counts (cheap: this runs on every refresh)."""
    n_total, d_total, a_total = study.total_events, study.total_deaths, study.area_m2
    overlaps = neighbours(overlap_areas(zones) if pairs is None else pairs)
    rows = []
    for i, (name, raw) in enumerate(zip(names, raws)):
        flags = []
        if i < len(repaired) and repaired[i]:
            flags.append(FLAG_REPAIRED)
        if raw.land_m2 <= 0:
            flags.append(FLAG_OUTSIDE)
        elif raw.land_m2 < 0.98 * raw.area_m2:
            flags.append(FLAG_PARTLY_OUTSIDE)
        events = raw.events + raw.spread_events
        deaths = raw.deaths + raw.spread_deaths
        if events <= 0:
            flags.append(FLAG_NO_VIOLENCE)
        others = [names[j] for j in overlaps.get(i, [])]
        if others:
            flags.append(FLAG_OVERLAP.format(", ".join(str(o) for o in others)))
        rows.append({
            "name": name, "events": events, "deaths": deaths,
            "share": events / n_total if n_total else float("nan"),
            "deaths_share": deaths / d_total if d_total else float("nan"),
            "area_km2": raw.area_m2 / 1e6, "land_km2": raw.land_m2 / 1e6,
            "pai": pai(events, n_total, raw.land_m2, a_total),
            "pai_deaths": pai(deaths, d_total, raw.land_m2, a_total),
            "munis": raw.munis, "population": raw.population,
            "organisations": "; ".join(raw.organisations), "n_orgs": len(raw.organisations),
            "corridors": raw.corridors, "ports": raw.ports, "flags": "; ".join(flags),
            "events_point": raw.events, "events_spread": raw.spread_events, "deaths_spread": raw.spread_deaths,
        })
    return pd.DataFrame(rows, columns=FIGURE_COLUMNS)


def overlap_areas(zones: Sequence[BaseGeometry], memo: Optional[Dict[Tuple[bytes, bytes], float]] = None
                  ) -> Dict[Tuple[int, int], float]:
    """Area shared by each pair of zones (i < j) beyond a sliver; ``memo`` (keyed by WKB) spares repeat work."""
    result: Dict[Tuple[int, int], float] = {}
    bounds = [z.bounds for z in zones]
    keys = [z.wkb for z in zones] if memo is not None else None
    for i in range(len(zones)):
        for j in range(i + 1, len(zones)):
            a, b = bounds[i], bounds[j]
            if a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]:
                continue
            key = (keys[i], keys[j]) if keys is not None else None
            if memo is not None and key is not None and key in memo:
                area = memo[key]
            else:
                area = zones[i].intersection(zones[j]).area if zones[i].intersects(zones[j]) else 0.0
                if memo is not None and key is not None:
                    memo[key] = area
            if area > SLIVER_M2:
                result[(i, j)] = area
    return result


def neighbours(pairs: Dict[Tuple[int, int], float]) -> Dict[int, List[int]]:
    """Zone index → indices of the zones it overlaps (both directions)."""
    result: Dict[int, List[int]] = {}
    for i, j in sorted(pairs):
        result.setdefault(i, []).append(j)
        result.setdefault(j, []).append(i)
    return result


def overlapping_pairs(zones: Sequence[BaseGeometry]) -> Dict[int, List[int]]:
    """Zones that share more than a sliver of ground: their shares double-count, so the analyst is told."""
    return neighbours(overlap_areas(zones))


def zone_figures(names: Sequence[str], zones: Sequence[BaseGeometry], study: StudyArea,
                 port_distance_m: float = 25_000.0) -> pd.DataFrame:
    """The full figures table for ``zones`` (already valid polygons in the study area's metric CRS)."""
    raws = [raw_figures(z, study, port_distance_m) for z in zones]
    return assemble(names, zones, raws, study)


class ZoneFigureCache:
    """Remembers each zone's raw figures by its WKB so an edit recomputes only the zone that changed."""

    def __init__(self, study: StudyArea, port_distance_m: float = 25_000.0) -> None:
        self.study = study
        self.port_distance_m = port_distance_m
        self._raw: Dict[bytes, RawFigures] = {}
        self._pairs: Dict[Tuple[bytes, bytes], float] = {}
        self._pieces: Dict[tuple, Tuple[float, float]] = {}

    def raws(self, zones: Sequence[BaseGeometry]) -> List[RawFigures]:
        keys = [z.wkb for z in zones]
        raws = []
        for key, zone in zip(keys, zones):
            raw = self._raw.get(key)
            if raw is None:
                raw = self._raw[key] = raw_figures(zone, self.study, self.port_distance_m)
            raws.append(raw)
        live = set(keys)
        for stale in set(self._raw) - live:
            del self._raw[stale]
        for pair in [k for k in self._pairs if k[0] not in live or k[1] not in live]:
            del self._pairs[pair]
        for piece in [k for k in self._pieces if any(part not in live for part in k)]:
            del self._pieces[piece]
        return raws

    def figures(self, names: Sequence[str], zones: Sequence[BaseGeometry],
                repaired: Sequence[bool] = ()) -> pd.DataFrame:
        raws = self.raws(zones)
        return assemble(names, zones, raws, self.study, repaired, overlap_areas(zones, self._pairs))

    def curve(self, names: Sequence[str], zones: Sequence[BaseGeometry]) -> Tuple[pd.DataFrame, float]:
        """Concentration curve and Gini, reusing cached raw figures, overlaps and overlap pieces."""
        raws = self.raws(zones)
        return concentration_curve(names, zones, self.study, raws, overlap_areas(zones, self._pairs), self._pieces)


# ----------------------------------------------------------------------------------- concentration curve
def concentration_curve(names: Sequence[str], zones: Sequence[BaseGeometry], study: StudyArea,
                        raws: Optional[Sequence[RawFigures]] = None,
                        pairs: Optional[Dict[Tuple[int, int], float]] = None,
                        memo: Optional[Dict[tuple, Tuple[float, float]]] = None) -> Tuple[pd.DataFrame, float]:
    """Cumulative share of events against cumulative share of area, densest piece first, and its Gini.

    Overlapping zones would count the same events twice, so the curve is drawn over a *partition*: each zone minus
    the earlier zones it overlaps, and the rest of the study area; every event and square metre is counted once and
    the curve ends at (1, 1).  Gini = 2·AUC − 1 (0: violence spread like the ground; → 1: all on no ground).
    """
    if study.total_events <= 0 or study.area_m2 <= 0:
        raise ValueError("no events or no study area")
    pairs = overlap_areas(zones) if pairs is None else pairs
    earlier: Dict[int, List[int]] = {}
    for i, j in pairs:
        earlier.setdefault(j, []).append(i)
    pieces: List[Tuple[str, float, float]] = []
    counted = np.zeros(study.n_events, dtype=bool)
    for i, (name, zone) in enumerate(zip(names, zones)):
        before = sorted(earlier.get(i, []))
        spread = 0.0
        if not before:
            piece = zone
            if raws is not None:
                land, spread = raws[i].land_m2, raws[i].spread_events
            else:
                land = float(min(study.munis_in(zone)[1].sum(), zone.area))
                spread = study.spread_in(*study.muni_overlaps(zone))[0]
        else:
            piece = polygonal_part(zone.difference(unary_union([zones[j] for j in before])))
            key = (zone.wkb,) + tuple(zones[j].wkb for j in before)
            if piece is None or piece.area <= 0:
                land = 0.0
            elif memo is not None and key in memo:
                land, spread = memo[key]
            else:
                land = float(min(study.munis_in(piece)[1].sum(), piece.area))
                spread = study.spread_in(*study.muni_overlaps(piece))[0]
                if memo is not None:
                    memo[key] = (land, spread)
        if piece is None or land <= 0:
            continue
        inside = study.events_in(piece)
        inside = inside[~counted[inside]]
        counted[inside] = True
        pieces.append((str(name), int(len(inside)) + spread, land))
    used_n = sum(p[1] for p in pieces)
    used_a = sum(p[2] for p in pieces)
    total = study.total_events
    pieces.append(("(rest of study area)", max(total - used_n, 0.0), max(study.area_m2 - used_a, 0.0)))
    frame = curve_from_pieces(pieces, total, study.area_m2)
    return frame, gini_from_curve(frame["cum_area_share"].to_numpy(), frame["cum_event_share"].to_numpy())


def curve_from_pieces(pieces: Sequence[Tuple[str, float, float]], total_n: float,
                      total_a: float) -> pd.DataFrame:
    """Order pieces by density (events per m²), densest first, and accumulate shares from (0, 0)."""
    names = [str(p[0]) for p in pieces]
    events = np.array([p[1] for p in pieces], dtype=float)
    area = np.array([p[2] for p in pieces], dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        density = np.where(area > 0, events / np.where(area > 0, area, 1.0), np.inf)
    order = sorted(range(len(pieces)), key=lambda k: (-density[k], names[k]))
    events, area, density = events[order], area[order], density[order]
    event_share = events / total_n
    area_share = area / total_a
    return pd.DataFrame({
        "rank": np.arange(len(order) + 1),
        "piece": ["(origin)"] + [names[k] for k in order],
        "events": np.r_[0.0, events],
        "density": np.r_[np.nan, density],
        "area_km2": np.r_[0.0, area / 1e6],
        "event_share": np.r_[0.0, event_share],
        "area_share": np.r_[0.0, area_share],
        "cum_event_share": np.minimum(np.r_[0.0, np.cumsum(event_share)], 1.0),
        "cum_area_share": np.minimum(np.r_[0.0, np.cumsum(area_share)], 1.0),
    })


def gini_from_curve(cum_area: np.ndarray, cum_events: np.ndarray) -> float:
    """Gini of a concentration curve through (0,0)…(1,1): twice the area between curve and diagonal."""
    x = np.asarray(cum_area, dtype=float)
    y = np.asarray(cum_events, dtype=float)
    auc = float(np.sum((x[1:] - x[:-1]) * (y[1:] + y[:-1]) / 2.0))
    return 2.0 * auc - 1.0


# ------------------------------------------------------------------------------- difference in differences
@dataclass
class DidResult:
    """Difference-in-differences of monthly violence rates, zone against the rest of its region."""

    estimate: float            # change in zone rate minus change in control rate (events per 1,000 km² per month)
    ci_low: float
    ci_high: float
    se: float
    df: float
    months_before: int
    months_after: int
    zone_before: float
    zone_after: float
    control_before: float
    control_after: float
    verdict: str               # "reduced", "increased", "no detectable change", "too few months"
    series: pd.DataFrame       # month, zone_rate, control_rate, difference, period


def t_quantile(p: float, df: float) -> float:
    """Student-t quantile: Cornish-Fisher start, then bisection on the exact CDF (no scipy in the core)."""
    z = normal_quantile(p)
    if not math.isfinite(df) or df > 1e6:
        return z
    df = max(float(df), 1.0)
    lo, hi = (z, max(z, 1.0) * 50.0) if p > 0.5 else (min(z, -1.0) * 50.0, z)
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if t_cdf(mid, df) < p:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-10:
            break
    return 0.5 * (lo + hi)


def t_cdf(t: float, df: float) -> float:
    """Student-t CDF through the regularised incomplete beta function."""
    x = df / (df + t * t)
    tail = 0.5 * _betai(df / 2.0, 0.5, x)
    return 1.0 - tail if t > 0 else tail


def _betai(a: float, b: float, x: float) -> float:
    """Regularised incomplete beta I_x(a, b) by Lentz's continued fraction (Numerical Recipes 6.4)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log(1 - x))
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _betacf(a, b, x) / a
    return 1.0 - front * _betacf(b, a, 1.0 - x) / b


def _betacf(a: float, b: float, x: float) -> float:
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-14:
            break
    return h


def normal_quantile(p: float) -> float:
    """Inverse standard normal CDF (Acklam's rational approximation refined by one Newton step)."""
    if not 0 < p < 1:
        raise ValueError("p must lie in (0, 1)")
    a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
         -3.066479806614716e+01, 2.506628277459239e+00]
    b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
         -1.328068155288572e+01]
    c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
         4.374664141464968e+00, 2.938163982698783e+00]
    d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
    low = 0.02425
    if p < low:
        q = math.sqrt(-2 * math.log(p))
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / \
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    elif p > 1 - low:
        q = math.sqrt(-2 * math.log(1 - p))
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / \
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    else:
        q = p - 0.5
        r = q * q
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / \
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    err = 0.5 * math.erfc(-x / math.sqrt(2)) - p
    return x - err * math.sqrt(2 * math.pi) * math.exp(x * x / 2)


def monthly_counts(months: np.ndarray, weights: np.ndarray, index: pd.PeriodIndex) -> pd.Series:
    """Sum ``weights`` by month over a complete month index (months with nothing are zeros, not gaps)."""
    series = pd.Series(np.asarray(weights, dtype=float), index=pd.PeriodIndex(months, freq="M"))
    return series.groupby(level=0).sum().reindex(index, fill_value=0.0)


def difference_in_differences(zone_counts: pd.Series, control_counts: pd.Series, zone_km2: float,
                              control_km2: float, start: pd.Period, confidence: float = 0.95,
                              min_months: int = MIN_MONTHS) -> DidResult:
    """Compare the zone's monthly rate before/after ``start`` with the rest of its region's.

    Rates are per 1,000 km² so a small zone and its large region are on one scale.  The estimate is the change in
    the monthly difference (zone − control); its standard error is Welch's for two means, with Welch-Satterthwaite
    degrees of freedom.  Months are treated as independent — serial correlation would widen the interval, which is
    one more reason the verdict needs at least ``min_months`` on each side.
    """
    if zone_km2 <= 0 or control_km2 <= 0:
        raise ValueError("zone and control need a positive area")
    index = zone_counts.index.union(control_counts.index)
    zone_rate = zone_counts.reindex(index, fill_value=0.0) / zone_km2 * 1000.0
    control_rate = control_counts.reindex(index, fill_value=0.0) / control_km2 * 1000.0
    diff = zone_rate - control_rate
    after_mask = np.asarray(index >= start)
    before, after = diff[~after_mask], diff[after_mask]
    nb, na = int(len(before)), int(len(after))
    series = pd.DataFrame({"month": [str(p) for p in index], "zone_rate": zone_rate.to_numpy(),
                           "control_rate": control_rate.to_numpy(), "difference": diff.to_numpy(),
                           "period": np.where(after_mask, "after", "before")})
    means = (float(zone_rate[~after_mask].mean()) if nb else float("nan"),
             float(zone_rate[after_mask].mean()) if na else float("nan"),
             float(control_rate[~after_mask].mean()) if nb else float("nan"),
             float(control_rate[after_mask].mean()) if na else float("nan"))
    if nb < 2 or na < 2:
        nan = float("nan")
        return DidResult(nan, nan, nan, nan, nan, nb, na, *means, verdict="too few months", series=series)
    estimate = float(after.mean() - before.mean())
    vb, va = float(before.var(ddof=1)) / nb, float(after.var(ddof=1)) / na
    se = math.sqrt(vb + va)
    if se > 0:
        df = (vb + va) ** 2 / ((vb ** 2 / (nb - 1) if vb else 0.0) + (va ** 2 / (na - 1) if va else 0.0))
    else:
        df = float(nb + na - 2)
    t = t_quantile(0.5 + confidence / 2.0, df)
    low, high = estimate - t * se, estimate + t * se
    if nb < min_months or na < min_months:
        verdict = "too few months"
    elif high < 0:
        verdict = "reduced"
    elif low > 0:
        verdict = "increased"
    else:
        verdict = "no detectable change"
    return DidResult(estimate, low, high, se, df, nb, na, *means, verdict=verdict, series=series)


def point(x: float, y: float) -> Point:
    """A shapely point (kept here so callers need no shapely import for ports)."""
    return Point(x, y)
