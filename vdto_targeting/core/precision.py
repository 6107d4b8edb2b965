"""Location precision of events: which events are points, which are known only to a municipality or a state.

UCDP GED geocodes an event as precisely as its sources allow (``where_prec`` 1 exact place, 2 within ~25 km,
3 municipality, 4 state, 5 larger region, 6 country, 7 waters) and ACLED likewise (``geo_precision`` 1 town, 2 near
/ district, 3 province). An event known only to its state sits at the state's centroid: drawn as a point it makes a
hotspot of the centroid. So every reader classifies events once, with the rules below, into the classes of
``definitions.py``: points; spread over their municipality; spread over their state (or left out of maps); out of
maps (kept in national totals and rankings). This module is pure (numpy/pandas/shapely/rtree): the QGIS side reads
the layers (``qgis_bridge/events.py``) and calls it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, TypeVar

import numpy as np

if TYPE_CHECKING:  # shapely is imported where a geometry is made, not at plugin start-up
    from shapely.geometry.base import BaseGeometry

from ..definitions import (PRECISION_CLASSES, PRECISION_FIELDS, PRECISION_MUNICIPALITY, PRECISION_NAMES,
                           PRECISION_OUT, PRECISION_POINT, PRECISION_SCALE_ACLED, PRECISION_SCALE_UCDP,
                           PRECISION_STATE, STATE_EVENTS_LEAVE_OUT)

#: Scale names a picked field may be read on; "classes" = text values naming the class (point, state, …).
PRECISION_SCALE_CLASSES = "classes"

#: Integer codes → class, per scale. Codes above the table (UCDP 5 region, 6 country, 7 waters) are out of maps.
SCALES: Dict[str, Dict[int, int]] = {
    PRECISION_SCALE_UCDP: {1: PRECISION_POINT, 2: PRECISION_POINT, 3: PRECISION_MUNICIPALITY, 4: PRECISION_STATE},
    PRECISION_SCALE_ACLED: {1: PRECISION_POINT, 2: PRECISION_MUNICIPALITY, 3: PRECISION_STATE},
}
#: Words accepted in a text precision field (lower case, accents stripped).
CLASS_WORDS = {
    "point": PRECISION_POINT, "exact": PRECISION_POINT, "precise": PRECISION_POINT, "punto": PRECISION_POINT,
    "municipality": PRECISION_MUNICIPALITY, "municipio": PRECISION_MUNICIPALITY, "municipal": PRECISION_MUNICIPALITY,
    "state": PRECISION_STATE, "estado": PRECISION_STATE, "entidad": PRECISION_STATE, "province": PRECISION_STATE,
    "region": PRECISION_OUT, "country": PRECISION_OUT, "pais": PRECISION_OUT, "out of maps": PRECISION_OUT,
    "national": PRECISION_OUT, "nacional": PRECISION_OUT,
}


# ------------------------------------------------------------------------------------------------ detection
def scale_of_field(name: str) -> str:
    """The scale a precision field is read on, from its name: ACLED's ``geo_precision``, else UCDP's scale."""
    lower = (name or "").lower()
    if lower in PRECISION_FIELDS:
        return PRECISION_FIELDS[lower]
    if "geo_prec" in lower:
        return PRECISION_SCALE_ACLED
    return PRECISION_SCALE_UCDP


def detect_precision_field(names: Iterable[str], chosen: str = "") -> Tuple[Optional[str], str]:
    """``(field, scale)``: the analyst's field when given, else UCDP's ``where_prec`` or ACLED's ``geo_precision``.

    ``(None, "")`` when the layer carries no precision: its events are then taken as precise (callers say so).
    """
    names = list(names)
    if chosen:
        match = next((n for n in names if n == chosen), None) or next(
            (n for n in names if n.lower() == chosen.lower()), None)
        if match is None:
            raise KeyError(chosen)
        return match, scale_of_field(match)
    lower = {n.lower(): n for n in names}
    for candidate, scale in PRECISION_FIELDS.items():
        if candidate in lower:
            return lower[candidate], scale
    return None, ""


# -------------------------------------------------------------------------------------------- classification
def _word(value: object) -> str:
    text = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"\s+", " ", text.strip().lower())


def classify(values: Sequence[object], scale: str) -> Tuple[np.ndarray, int]:
    """Precision classes (int8) of raw field values, and how many values were missing or unreadable.

    Numbers are read on ``scale`` (UCDP: 1–2 point, 3 municipality, 4 state, ≥ 5 out of maps; ACLED: 1 point,
    2 municipality, 3 state, higher out of maps); words naming a class are accepted on any scale. A missing or
    unreadable value is taken as precise (a point), like a layer without precision, and counted for the log.
    """
    table = SCALES.get(scale, SCALES[PRECISION_SCALE_UCDP])
    top = max(table)
    out = np.full(len(values), PRECISION_POINT, dtype=np.int8)
    unknown = 0
    for i, value in enumerate(values):
        if value is None:
            unknown += 1
            continue
        number = None
        if isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool):
            number = float(value)
        else:
            word = _word(value)
            if word in CLASS_WORDS:
                out[i] = CLASS_WORDS[word]
                continue
            try:
                number = float(word)
            except ValueError:
                number = None
        if number is None or not np.isfinite(number) or number < 1 or number != int(number):
            unknown += 1
            continue
        code = int(number)
        out[i] = table[code] if code in table else (PRECISION_OUT if code > top else PRECISION_POINT)
    return out, unknown


def handling(classes: np.ndarray, state_events: int) -> np.ndarray:
    """How each event enters maps and zones: its class, with state-level events out of maps when so chosen."""
    result = np.asarray(classes, dtype=np.int8).copy()
    if state_events == STATE_EVENTS_LEAVE_OUT:
        result[result == PRECISION_STATE] = PRECISION_OUT
    return result


# ---------------------------------------------------------------------------------------------------- counts
@dataclass
class PrecisionCounts:
    """Events and deaths handled each way (point / municipality / state / out of maps), for logs and outputs."""

    events: Dict[int, int]
    deaths: Dict[int, float]
    field_name: Optional[str] = None
    scale: str = ""
    unknown: int = 0                       # missing/unreadable precision values taken as precise
    fallbacks: Dict[str, int] = field(default_factory=dict)   # e.g. {"municipality→state": 3}
    notes: List[str] = field(default_factory=list)

    @classmethod
    def of(cls, handled: np.ndarray, deaths: np.ndarray, field_name: Optional[str] = None, scale: str = "",
           unknown: int = 0) -> "PrecisionCounts":
        handled = np.asarray(handled)
        deaths = np.asarray(deaths, dtype=float)
        return cls({c: int(np.sum(handled == c)) for c in PRECISION_CLASSES},
                   {c: float(np.sum(deaths[handled == c])) for c in PRECISION_CLASSES}, field_name, scale, unknown)

    @property
    def total_events(self) -> int:
        return int(sum(self.events.values()))

    @property
    def total_deaths(self) -> float:
        return float(sum(self.deaths.values()))

    @property
    def mapped_deaths(self) -> float:
        return self.total_deaths - self.deaths[PRECISION_OUT]

    def text(self) -> str:
        """One line: 'point 1,981 events / 13,821 deaths; municipality …; state …; out of maps …'."""
        return "; ".join(f"{PRECISION_NAMES[c]} {self.events[c]:,} events / {self.deaths[c]:,.0f} deaths"
                         for c in PRECISION_CLASSES)

    def as_attributes(self) -> Dict[str, float]:
        """Flat numbers for output fields and algorithm results: ``prec_point_events``, ``prec_state_deaths``…"""
        result: Dict[str, float] = {}
        for c in PRECISION_CLASSES:
            key = PRECISION_KEYS[c]
            result[f"prec_{key}_events"] = self.events[c]
            result[f"prec_{key}_deaths"] = self.deaths[c]
        return result


#: Short keys of the classes for field names (definitions.PRECISION_NAMES are the words for people).
PRECISION_KEYS = {PRECISION_POINT: "point", PRECISION_MUNICIPALITY: "muni", PRECISION_STATE: "state",
                  PRECISION_OUT: "out"}


# ------------------------------------------------------------------------------------------ place names
_SUFFIXES = re.compile(r"\b(state|municipality|municipio|estado|province|department|city)\b")
_STATE_ALIASES = {
    "distrito federal": "ciudad de mexico", "mexico city": "ciudad de mexico", "cdmx": "ciudad de mexico",
    "mexico": "mexico", "state of mexico": "mexico", "estado de mexico": "mexico",
    "coahuila": "coahuila de zaragoza", "michoacan": "michoacan de ocampo",
    "veracruz": "veracruz de ignacio de la llave",
}


def place_key(name: object) -> str:
    """A name reduced for matching UCDP's ``adm_1``/``adm_2`` ("Sinaloa state") with INEGI's ("Sinaloa")."""
    if name is None:
        return ""
    text = _word(name)
    text = _SUFFIXES.sub(" ", text)
    text = re.sub(r"[^a-z0-9 ]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def state_key(name: object) -> str:
    key = place_key(name)
    return _STATE_ALIASES.get(key, key)


_V = TypeVar("_V")


def _match(key: str, keys: Mapping[str, _V]) -> Optional[_V]:
    """Exact key, else the one key that starts with it (INEGI's "Coahuila de Zaragoza" for "Coahuila")."""
    if not key:
        return None
    if key in keys:
        return keys[key]
    found = [v for k, v in keys.items() if k.startswith(key + " ") or key.startswith(k + " ")]
    return found[0] if len(found) == 1 else None


# --------------------------------------------------------------------------------------- event → polygon
@dataclass
class Municipalities:
    """Municipal polygons in a metric CRS with their CVEGEO codes and names; states are their 2-digit dissolve."""

    geoms: List[Optional[BaseGeometry]]
    codes: List[str]
    names: List[Optional[str]] = field(default_factory=list)
    state_names: List[Optional[str]] = field(default_factory=list)
    population: List[float] = field(default_factory=list)
    _index: object = field(default=None, repr=False)
    _states: Dict[str, Optional[BaseGeometry]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        from ._compat import BoxIndex

        self.codes = [str(c) if c is not None else "" for c in self.codes]
        self.area = np.array([g.area if g is not None else 0.0 for g in self.geoms])
        self.state_of = np.array([c[:2] for c in self.codes], dtype=object)
        self._index = BoxIndex([g.bounds if g is not None and not g.is_empty else None for g in self.geoms])

    def state_area(self, code: str) -> float:
        return float(self.area[self.state_of == code].sum())

    def state_geometry(self, code: str):
        """The state's outline: its municipalities dissolved (cached; only states that have spread events)."""
        from shapely.ops import unary_union

        if code not in self._states:
            parts = [g for g, s in zip(self.geoms, self.state_of) if s == code and g is not None and not g.is_empty]
            self._states[code] = unary_union(parts) if parts else None
        return self._states[code]

    def locate(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Index of the municipality containing each point (-1 outside every one)."""
        from ._compat import contains_xy

        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        result = np.full(x.size, -1, dtype=np.int64)
        finite = np.isfinite(x) & np.isfinite(y)
        if not finite.any():
            return result
        order = np.nonzero(finite)[0]
        order = order[np.argsort(x[order], kind="stable")]
        sx = x[order]
        for i, geometry in enumerate(self.geoms):
            if geometry is None or geometry.is_empty:
                continue
            x0, y0, x1, y1 = geometry.bounds
            lo, hi = np.searchsorted(sx, x0, "left"), np.searchsorted(sx, x1, "right")
            if hi <= lo:
                continue
            candidates = order[lo:hi]
            candidates = candidates[(y[candidates] >= y0) & (y[candidates] <= y1) & (result[candidates] < 0)]
            if candidates.size:
                inside = contains_xy(geometry, x[candidates], y[candidates])
                result[candidates[inside]] = i
        return result

    def by_names(self, adm1: Sequence[object], adm2: Sequence[object]) -> Tuple[np.ndarray, np.ndarray]:
        """Municipality index (or -1) and state code (or "") from UCDP-style ``adm_1``/``adm_2`` names."""
        states: Dict[str, str] = {}
        for name, code in zip(self.state_names or [], self.state_of):
            states.setdefault(state_key(name), code)
        munis: Dict[Tuple[str, str], int] = {}
        for i, (name, code) in enumerate(zip(self.names or [], self.state_of)):
            munis.setdefault((code, place_key(name)), i)
        muni = np.full(len(adm1), -1, dtype=np.int64)
        state = np.full(len(adm1), "", dtype=object)
        for i, (a1, a2) in enumerate(zip(adm1, adm2)):
            code = _match(state_key(a1), states)
            if code is None:
                continue
            state[i] = code
            local = {k[1]: v for k, v in munis.items() if k[0] == code}
            found = _match(place_key(a2), local)
            if found is not None:
                muni[i] = found
        return muni, state


@dataclass
class Placement:
    """Each event's municipality (index, -1 none) and state code ("" none), and its final handling class."""

    muni: np.ndarray
    state: np.ndarray
    handled: np.ndarray
    by_name: int = 0                 # events placed by their adm_1/adm_2 names (the point fell outside)
    fallbacks: Dict[str, int] = field(default_factory=dict)


def place_events(x: np.ndarray, y: np.ndarray, handled: np.ndarray, munis: Municipalities,
                 adm1: Optional[Sequence[object]] = None, adm2: Optional[Sequence[object]] = None) -> Placement:
    """Join events to their municipality (by location, else by names) and state; demote what cannot be placed.

    A municipality-level event whose municipality is unknown is spread over its state when that is known; a spread
    event with no polygon at all is left out of maps. Each demotion is counted (``fallbacks``) for the log.
    """
    handled = np.asarray(handled, dtype=np.int8).copy()
    muni = munis.locate(x, y)
    state = np.where(muni >= 0, munis.state_of[np.maximum(muni, 0)], "").astype(object)
    by_name = 0
    spread = (handled == PRECISION_MUNICIPALITY) | (handled == PRECISION_STATE)
    missing = np.nonzero(spread & (muni < 0))[0]
    if missing.size and adm1 is not None:
        a1 = [adm1[i] for i in missing]
        a2 = [adm2[i] for i in missing] if adm2 is not None else [None] * missing.size
        found_muni, found_state = munis.by_names(a1, a2)
        for k, i in enumerate(missing):
            if found_state[k]:
                state[i] = found_state[k]
                muni[i] = found_muni[k]
                by_name += 1
    fallbacks: Dict[str, int] = {}
    demote = (handled == PRECISION_MUNICIPALITY) & (muni < 0) & (state != "")
    if demote.any():
        handled[demote] = PRECISION_STATE
        fallbacks["municipality→state"] = int(demote.sum())
    lost = ((handled == PRECISION_MUNICIPALITY) | (handled == PRECISION_STATE)) & (state == "")
    if lost.any():
        handled[lost] = PRECISION_OUT
        fallbacks["no polygon→out of maps"] = int(lost.sum())
    return Placement(muni, state, handled, by_name, fallbacks)


# ------------------------------------------------------------------------------------------- spreading
@dataclass
class SpreadPolygons:
    """Spread events as weighted municipalities: each municipality with the weight that falls on it.

    A municipality-level event weighs on its municipality; a state-level one on every municipality of its state in
    proportion to area (``spread_per_municipality``). Spreading each municipality's weight evenly over its cells
    gives a state's weight an even density over the state, without dissolving detailed outlines.
    """

    geoms: List[Optional[BaseGeometry]]
    weights: np.ndarray
    events: np.ndarray               # events (fractions for state-level ones) per municipality
    keys: List[str]                  # CVEGEO of each municipality


def spread_polygons(placement: Placement, weights: np.ndarray, munis: Municipalities) -> SpreadPolygons:
    """The municipalities spread events fall on, with the weight (deaths) and the events that fall on each."""
    weights = np.asarray(weights, dtype=float)
    per_muni = spread_per_municipality(placement, weights, munis)
    events = spread_per_municipality(placement, np.ones(weights.size), munis)
    chosen = np.nonzero(events > 0)[0]
    return SpreadPolygons([munis.geoms[i] for i in chosen], per_muni[chosen], events[chosen],
                          [munis.codes[i] for i in chosen])


def spread_per_municipality(placement: Placement, weights: np.ndarray, munis: Municipalities) -> np.ndarray:
    """Spread weight landing on each municipality: its own municipality-level events, plus every state-level event
    of its state in proportion to its share of the state's area (so a zone's part is weight × overlap / area)."""
    weights = np.asarray(weights, dtype=float)
    result = np.zeros(len(munis.geoms))
    handled = placement.handled
    level = handled == PRECISION_MUNICIPALITY
    if level.any():
        np.add.at(result, placement.muni[level], weights[level])
    level = np.nonzero(handled == PRECISION_STATE)[0]
    for code in sorted(set(placement.state[level])):
        total = float(weights[level][placement.state[level] == code].sum())
        members = munis.state_of == code
        area = munis.area[members].sum()
        if area > 0:
            result[members] += total * munis.area[members] / area
    return result
