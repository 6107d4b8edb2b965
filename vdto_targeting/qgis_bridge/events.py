"""The one events reader: a point layer of events (UCDP GED, ACLED or the analyst's own) → an :class:`EventTable`.

Every algorithm that uses events and the dock's live preview read them here, so selection, subset filter, period,
deaths field, actors and — above all — location precision are handled one way everywhere:

* ``read_events(source, crs, EventQuery(...))`` reads the features (a Processing source honours "selected features
  only" and the layer's subset string; a layer can be asked for its selection), keeps the period, converts the
  geometry to ``crs`` (metres) and classifies each event's precision (``core/precision.py``: UCDP ``where_prec``,
  ACLED ``geo_precision``, or the field the analyst picks; a layer without one is taken as precise).
* ``read_municipalities(source, crs)`` reads the municipal polygons (CVEGEO codes, names) the spread events fall
  on; ``table.place(munis)`` joins events to them (by location, else by UCDP's ``adm_1``/``adm_2`` names). A state
  is its municipalities (2-digit state code of CVEGEO): its weight is shared among them by area, which is the same
  as spreading it evenly over the dissolved state without dissolving detailed outlines.
* Then: ``table.points()`` — the events drawn as points; ``table.spread()`` — spread events as weighted
  municipalities (for ``core.kde.polygon_points``); ``table.spread_per_municipality()`` — their weight per
  municipality (zones apportion it by area of overlap); ``table.counts`` — events and deaths handled each way, for
  every log and output.

Algorithms that attribute events to organisations (ranking, territories, corridors) get the same table through
``processing.events.load_events(..., municipalities=source)``: ``data.table`` is the :class:`EventTable` of the
period's events (``data.frame`` is its frame: ``precision`` and ``handled`` classes, ``place_muni``/``place_state``
once placed), and per-organisation weights aligned with the frame go to ``table.points(w)`` / ``table.spread(w)``.

Usage (the surface, zones…)::

    table = read_events(source, metric_crs, EventQuery(deaths_field="best", pick_deaths=True,
                                                       start=date(2006, 1, 1), end=date(2012, 12, 31)))
    table.place(read_municipalities(munis_source, metric_crs))     # without it, spread events stay out of maps
    log_precision(feedback, table)
    x, y, w = table.points()
    spread = table.spread()            # .geoms, .weights, .events per municipality (state events by area)
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, Sequence, TypedDict

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsGeometry, QgsWkbTypes

from ..definitions import ACTOR_CANDIDATES, ADMIN_CANDIDATES, DEATHS_CANDIDATES
from ..definitions import (DEFAULT_STATE_EVENTS, EVENT_DATE_CANDIDATES, PRECISION_CLASSES, PRECISION_MUNICIPALITY,
                           PRECISION_NAMES, PRECISION_OUT, PRECISION_POINT, PRECISION_STATE, STATE_EVENTS_LEAVE_OUT)
from ..i18n import tr
from ..qgis_compat import GEOMETRY_POINT
from .fields import pick_field, plain_value

if TYPE_CHECKING:  # pandas and the precision module are imported when events are read, not at plugin start-up
    import pandas as pd

    from ..core.precision import Municipalities, Placement

DATE_CANDIDATES = EVENT_DATE_CANDIDATES
MUNI_CODE_CANDIDATES = ["cvegeo", "cve_geo", "clave", "cve_mun_full"]
MUNI_NAME_CANDIDATES = ["nom_mun", "nomgeo", "municipio", "name"]
STATE_NAME_CANDIDATES = ["nom_ent", "estado", "state"]


class EventReadError(ValueError):
    """Events that cannot be read as asked (a field missing, …); ``args[0]`` names the problem."""


@dataclass
class EventQuery:
    """What to read. Empty names are picked from the layer when the matching ``pick_*`` flag is set."""

    deaths_field: str = ""             # empty: each event weighs 1 (or picked: best, fatalities …)
    pick_deaths: bool = False
    date_field: str = ""               # empty with a period: picked (date_start, event_date, date …)
    start: Optional[datetime.date] = None
    end: Optional[datetime.date] = None
    actor_fields: Sequence[str] = ()   # empty and pick_actors: side_a/side_b (UCDP) or actor1/actor2 (ACLED)
    pick_actors: bool = False
    precision_field: str = ""          # empty: where_prec (UCDP) or geo_precision (ACLED) when present
    use_precision: bool = True         # False: every event is a point (the analyst's explicit choice)
    state_events: int = DEFAULT_STATE_EVENTS
    extra_fields: Sequence[str] = ()
    selected_only: bool = False        # for a QgsVectorLayer (a Processing source already knows)


@dataclass
class EventTable:
    """Events read into arrays, with how each is handled on maps and what reading found."""

    frame: pd.DataFrame                # one row per event: fid, x, y, deaths, day, precision, handled, fields read
    crs: QgsCoordinateReferenceSystem
    deaths_field: Optional[str]
    date_field: Optional[str]
    actor_fields: List[str]
    precision_field: Optional[str]
    scale: str
    state_events: int
    unknown_precision: int = 0
    read: int = 0                      # features read (after selection/subset)
    outside_period: int = 0
    null_date: int = 0
    null_geometry: int = 0
    null_weight: int = 0
    bad_weight: int = 0                # non-numeric text in the deaths field
    first_bad_weight: object = None
    negative_weight: int = 0
    first_negative: Optional[float] = None
    raw_deaths: object = None          # the deaths field as read (pandas Series), for callers' own refusals
    fast_path: bool = False            # read through GDAL's Arrow stream (else QGIS's iterator)
    placed: bool = False               # spread events joined to municipalities
    by_name: int = 0
    fallbacks: Dict[str, int] = field(default_factory=dict)
    municipalities: Optional[Municipalities] = None  # set by place()
    placement: Optional[Placement] = None
    start: Optional[datetime.date] = None   # the period asked for (query.start/end), None: open
    end: Optional[datetime.date] = None

    # -- period -------------------------------------------------------------------------------------------------
    def period_bounds(self):
        """The period this table's figures cover, as ISO text ``(first, last)``: the bounds asked for, else the
        first/last event day present ("" when neither is known). Every output records it (period_start/_end)."""
        days = self.frame["day"].to_numpy() if "day" in self.frame.columns else np.zeros(0, "datetime64[D]")
        days = days[~np.isnat(days)] if len(days) else days
        first = self.start.isoformat() if self.start is not None else (str(days.min())[:10] if len(days) else "")
        last = self.end.isoformat() if self.end is not None else (str(days.max())[:10] if len(days) else "")
        return first, last

    # -- views ------------------------------------------------------------------------------------------------
    @property
    def handled(self) -> np.ndarray:
        return self.frame["handled"].to_numpy()

    @property
    def counts(self):
        """:class:`core.precision.PrecisionCounts` of events and deaths handled each way."""
        from ..core.precision import PrecisionCounts

        counts = PrecisionCounts.of(self.handled, self.frame["deaths"].to_numpy(), self.precision_field,
                                    self.scale, self.unknown_precision)
        counts.fallbacks = dict(self.fallbacks)
        return counts

    def has_spread(self) -> bool:
        handled = self.handled
        return bool(((handled == PRECISION_MUNICIPALITY) | (handled == PRECISION_STATE)).any())

    def mapped(self) -> np.ndarray:
        """Events that appear on maps and in zones (points and spread events)."""
        return self.handled != PRECISION_OUT

    def points(self, weights: Optional[np.ndarray] = None):
        """``(x, y, w)`` of the events drawn as points; ``weights`` (one per row of ``frame``, e.g. the deaths
        attributed to one organisation) replace the deaths."""
        keep = (self.handled == PRECISION_POINT) & np.isfinite(self.frame["x"].to_numpy())
        frame = self.frame[keep]
        w = frame["deaths"].to_numpy(float) if weights is None else np.asarray(weights, dtype=float)[keep]
        return frame["x"].to_numpy(float), frame["y"].to_numpy(float), w

    def spread(self, weights: Optional[np.ndarray] = None):
        """Spread events as weighted municipalities (``core.precision.SpreadPolygons``: a state's weight is shared
        by its municipalities in proportion to area); ``weights`` one per frame row. Needs :meth:`place`."""
        from ..core.precision import SpreadPolygons, spread_polygons

        if self.placement is None or self.municipalities is None:
            return SpreadPolygons([], np.zeros(0), np.zeros(0), [])
        return spread_polygons(self.placement, self.frame["deaths"].to_numpy(float) if weights is None else weights,
                               self.municipalities)

    def spread_per_municipality(self, weights: Optional[np.ndarray] = None) -> np.ndarray:
        """Spread weight (deaths by default; pass ones for events) per municipality of the placed layer."""
        from ..core.precision import spread_per_municipality

        if self.placement is None or self.municipalities is None:
            return np.zeros(0)
        return spread_per_municipality(self.placement,
                                       self.frame["deaths"].to_numpy(float) if weights is None else weights,
                                       self.municipalities)

    # -- placing ------------------------------------------------------------------------------------------------
    def place(self, municipalities) -> None:
        """Join spread events to their municipality and state (``core.precision.place_events``)."""
        from ..core.precision import place_events

        frame = self.frame
        adm = next((pair for pair in ADMIN_CANDIDATES if all(c in frame.columns for c in pair)), None)
        classes = frame["precision"].to_numpy()
        from ..core.precision import handling

        placement = place_events(frame["x"].to_numpy(float), frame["y"].to_numpy(float),
                                 handling(classes, self.state_events), municipalities,
                                 frame[adm[0]].tolist() if adm else None, frame[adm[1]].tolist() if adm else None)
        frame["handled"] = placement.handled
        frame["place_muni"] = placement.muni      # index in ``municipalities`` (-1: none)
        frame["place_state"] = placement.state    # 2-digit state code ("" none)
        self.placement = placement
        self.municipalities = municipalities
        self.placed = True
        self.by_name = placement.by_name
        self.fallbacks = dict(placement.fallbacks)

    def leave_spread_out(self) -> int:
        """No municipalities to spread over: spread events go out of maps. Returns how many."""
        handled = self.handled.copy()
        spread = (handled == PRECISION_MUNICIPALITY) | (handled == PRECISION_STATE)
        handled[spread] = PRECISION_OUT
        self.frame["handled"] = handled
        if spread.any():
            self.fallbacks["no municipalities with CVEGEO codes to spread over→out of maps"] = int(spread.sum())
        return int(spread.sum())


# ------------------------------------------------------------------------------------------------ reading
def _geometry_xy(geometry: QgsGeometry):
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    if QgsWkbTypes.geometryType(geometry.wkbType()) != GEOMETRY_POINT or geometry.isMultipart():
        point = geometry.centroid().asPoint()
    else:
        point = geometry.asPoint()
    return point.x(), point.y()


class ResolvedFields(TypedDict):
    """What :func:`resolve_fields` found: one field name per role (None or empty when the layer has none)."""

    deaths: Optional[str]
    date: Optional[str]
    actors: List[str]
    precision: Optional[str]
    scale: str
    admin: List[str]


def resolve_fields(names: Sequence[str], query: EventQuery) -> ResolvedFields:
    """Field names the query resolves to on a layer with ``names``; missing named fields raise EventReadError."""
    from ..core.precision import detect_precision_field

    for name in [query.deaths_field, query.date_field, query.precision_field, *query.actor_fields,
                 *query.extra_fields]:
        if name and name not in names:
            raise EventReadError(name)
    deaths = query.deaths_field or (pick_field(names, DEATHS_CANDIDATES) if query.pick_deaths else None)
    date = query.date_field or None
    if date is None and (query.start is not None or query.end is not None or query.pick_deaths):
        date = pick_field(names, DATE_CANDIDATES)
    actors = list(query.actor_fields)
    if not actors and query.pick_actors:
        pair = next((p for p in ACTOR_CANDIDATES if all(pick_field(names, [c]) for c in p)), ())
        actors = [f for f in (pick_field(names, [c]) for c in pair) if f]
    precision, scale = (None, "")
    if query.use_precision:
        precision, scale = detect_precision_field(names, query.precision_field)
    admin = next(([f for f in (pick_field(names, [c]) for c in pair) if f] for pair in ADMIN_CANDIDATES
                  if all(pick_field(names, [c]) for c in pair)), [])
    return {"deaths": deaths, "date": date, "actors": actors, "precision": precision, "scale": scale,
            "admin": admin}


def read_events(source, target_crs: QgsCoordinateReferenceSystem, query: Optional[EventQuery] = None,
                transform_context=None, is_canceled: Callable[[], bool] = lambda: False,
                progress: Optional[Callable[[float], None]] = None, layer=None, definition=None) -> EventTable:
    """Read events from a QGIS layer or Processing source into an :class:`EventTable` in ``target_crs``.

    Raises :class:`EventReadError` naming a field the query asks for that the layer lacks, or a period without a
    date field. Weights: NULL counts as 0 (counted); text and negative values are counted for the caller to refuse.
    A plain OGR layer (``layer``, with the Processing parameter value ``definition``; or ``source`` itself when it
    is a layer) without selection is read through GDAL's Arrow stream, as the surface reads points; the result is
    the same as through QGIS's iterator.
    """
    import pandas as pd

    from .layers import PeriodFilter, to_span

    query = query or EventQuery()
    names = source.fields().names()
    chosen = resolve_fields(names, query)
    deaths_field, date_field = chosen["deaths"], chosen["date"]
    if (query.start is not None or query.end is not None) and not date_field:
        raise EventReadError("date")
    start, end = _as_date(query.start), _as_date(query.end)
    period = PeriodFilter(date_field, start, end) if (start or end) and date_field else None
    wanted = list(dict.fromkeys(f for f in [deaths_field, date_field, chosen["precision"], *chosen["actors"],
                                            *chosen["admin"], *query.extra_fields] if f))
    if layer is None and hasattr(source, "providerType") and not query.selected_only:
        layer = source
    fast = _read_ogr(layer, definition, wanted, date_field, period) if layer is not None else None
    if fast is not None:
        records, xs, ys, fids, days, stats = fast
        table = _table(source, target_crs, query, chosen, wanted, records, xs, ys, fids, days, stats)
        table.fast_path = True
        return table
    request = QgsFeatureRequest().setSubsetOfAttributes(wanted, source.fields())
    if hasattr(source, "getSelectedFeatures") and query.selected_only:
        features = source.getSelectedFeatures(request)
    else:
        from .zones_layer import features_of

        features = features_of(source, request)
    total = max(int(source.featureCount()), 1)
    records, xs, ys, fids, days, lasts = [], [], [], [], [], []
    stats = {"read": 0, "outside_period": 0, "null_date": 0, "null_geometry": 0}
    for i, feature in enumerate(features):
        if i % 2000 == 0:
            if is_canceled():
                break
            if progress is not None:
                progress(min(i / total, 1.0))
        day = last = np.datetime64("NaT")
        if date_field:   # the plugin's date grammar (core.dates): a month or a year spans its days
            day, last = to_span(feature[date_field])
            if period is not None:
                if np.isnat(day):
                    stats["null_date"] += 1
                    continue
                if not period.keep(np.array([day]), np.array([last]))[0]:   # the whole span inside
                    stats["outside_period"] += 1
                    continue
        stats["read"] += 1
        xy = _geometry_xy(feature.geometry())
        if xy is None:
            stats["null_geometry"] += 1
            xy = (np.nan, np.nan)
        xs.append(xy[0])
        ys.append(xy[1])
        fids.append(int(feature.id()))
        days.append(day)
        lasts.append(last)
        records.append([plain_value(feature[f]) for f in wanted])
    return _table(source, target_crs, query, chosen, wanted, pd.DataFrame(records, columns=wanted), xs, ys, fids,
                  (days, lasts), stats)


def event_days(values) -> np.ndarray:
    """Each value as its first day (datetime64[D]; NaT when unreadable) under the plugin's date grammar (core.dates:
    ISO, day-first "03/04/2020" = 3 April, a month, a year; the time of day dropped). The one reading of event dates:
    the reader's period filter and every caller that needs an event's day use it (``event_spans`` for the last day
    of a date known only to its month or year)."""
    return event_spans(values)[0]


def event_spans(values):
    """(first day, last day) of each value under the plugin's date grammar (``qgis_bridge.layers.date_spans``)."""
    from .layers import date_spans

    return date_spans(list(values))


def _as_date(value) -> Optional[datetime.date]:
    """A period bound (date, datetime, pandas Timestamp) as a plain date."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime) or hasattr(value, "to_pydatetime"):
        return value.date()
    return value


def _table(source, target_crs, query, chosen, wanted, frame, xs, ys, fids, days, stats) -> EventTable:
    """The EventTable from what either reading path collected: reprojection, weights and precision classes."""
    from ..core.precision import classify, handling
    from .layers import BatchTransformer

    deaths_field = chosen["deaths"]
    x, y = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    ok = np.isfinite(x) & np.isfinite(y)
    if ok.any():
        transform = BatchTransformer(source.sourceCrs(), target_crs)
        tx, ty = transform(x[ok], y[ok])
        x[ok], y[ok] = tx, ty
    frame.insert(0, "fid", np.asarray(fids, dtype=np.int64))
    frame["x"], frame["y"] = x, y
    first, last = days   # each event's first and last day (a date known to the month or year spans it)
    frame["day"] = np.asarray(first, dtype="datetime64[D]") if len(first) else np.zeros(0, dtype="datetime64[D]")
    frame["day_last"] = (np.asarray(last, dtype="datetime64[D]") if len(last)
                         else np.zeros(0, dtype="datetime64[D]"))
    table = EventTable(frame, target_crs, deaths_field, chosen["date"], chosen["actors"], chosen["precision"],
                       chosen["scale"], query.state_events, **stats)
    table.start, table.end = _as_date(query.start), _as_date(query.end)
    _weights(table, frame, deaths_field)
    if chosen["precision"]:
        classes, unknown = classify(frame[chosen["precision"]].tolist(), chosen["scale"])
        table.unknown_precision = unknown
    else:
        classes = np.full(len(frame), PRECISION_POINT, dtype=np.int8)
    frame["precision"] = classes
    frame["handled"] = handling(classes, query.state_events)
    return table


def _read_ogr(layer, definition, wanted: List[str], date_field: Optional[str], period):
    """Events of a plain OGR layer through GDAL's Arrow stream: ``(records, xs, ys, fids, days, stats)`` shaped as
    the QGIS path collects them (values as ``plain_value`` gives them), or None to let QGIS's iterator read it."""
    import pandas as pd

    from .layers import column_date_spans, ogr_fast_path, open_ogr, wkb_points

    if hasattr(layer, "isModified") and layer.isModified():   # unsaved edits live in QGIS, not in the file
        return None
    fast = ogr_fast_path(layer, definition)
    if fast is None:
        return None
    path, name, subset = fast
    dataset, ogr_layer = open_ogr(path, name)
    if ogr_layer is None or not hasattr(ogr_layer, "GetArrowStreamAsNumPy"):
        return None
    layer_definition = ogr_layer.GetLayerDefn()
    if layer_definition.GetGeomFieldCount() != 1:
        return None
    names = [layer_definition.GetFieldDefn(i).GetName() for i in range(layer_definition.GetFieldCount())]
    if not set(wanted).issubset(names):
        return None
    ogr_layer.SetIgnoredFields([n for n in names if n not in wanted])
    if subset and ogr_layer.SetAttributeFilter(subset) != 0:
        return None
    geometry_name = ogr_layer.GetGeometryColumn() or "wkb_geometry"
    fid_name = ogr_layer.GetFIDColumn() or "OGC_FID"
    stats = {"read": 0, "outside_period": 0, "null_date": 0, "null_geometry": 0}
    columns: Dict[str, list] = {name: [] for name in wanted}
    xs, ys, fids, days, lasts = [], [], [], [], []
    for batch in ogr_layer.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=YES"]):
        geometry = batch.get(geometry_name)
        if geometry is None:
            return None
        n = len(geometry)
        decoded = wkb_points(np.ma.getdata(geometry) if np.ma.isMaskedArray(geometry) else geometry)
        if decoded is None:
            return None
        x, y, valid = decoded
        if np.ma.isMaskedArray(geometry):
            valid &= ~np.ma.getmaskarray(geometry)
        keep = np.ones(n, dtype=bool)
        if date_field:   # the plugin's date grammar (core.dates): a month or a year spans its days
            day, last = column_date_spans(batch, date_field, n)
        else:
            day = last = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
        if period is not None:
            stats["null_date"] += int(np.isnat(day).sum())
            inside = period.keep(day, last)   # the whole span inside the period
            stats["outside_period"] += int((~inside & ~np.isnat(day)).sum())
            keep &= inside
        stats["read"] += int(keep.sum())
        stats["null_geometry"] += int((keep & ~valid).sum())
        xs.append(np.where(valid, x, np.nan)[keep])
        ys.append(np.where(valid, y, np.nan)[keep])
        fid = batch.get(fid_name)
        fids.append(np.asarray(fid)[keep] if fid is not None else np.full(int(keep.sum()), -1))
        days.append(day[keep])
        lasts.append(last[keep])
        for name in wanted:
            columns[name].extend(_plain_column(batch[name], keep))
    del dataset
    frame = pd.DataFrame({name: pd.Series(columns[name], dtype=object) for name in wanted}, columns=wanted)
    return (frame, np.concatenate(xs) if xs else [], np.concatenate(ys) if ys else [],
            np.concatenate(fids) if fids else [],
            (np.concatenate(days) if days else [], np.concatenate(lasts) if lasts else []), stats)


def _plain_column(values, keep: np.ndarray) -> list:
    """An Arrow batch column as Python values like ``plain_value`` (None for NULL, ISO text for dates)."""
    null = np.ma.getmaskarray(values)[keep] if np.ma.isMaskedArray(values) else np.zeros(int(keep.sum()), bool)
    data = np.ma.getdata(values)[keep]
    items: List[Any]
    if data.dtype.kind == "M":
        items = [str(v)[:10] for v in data.astype("datetime64[D]")]
    elif data.dtype.kind == "S":
        items = [v.decode("utf-8", "replace") for v in data]
    elif data.dtype.kind in "iub":
        items = [int(v) for v in data]
    elif data.dtype.kind == "f":
        items = [float(v) for v in data]
    else:
        items = [v.decode("utf-8", "replace") if isinstance(v, bytes) else v for v in data]
    return [None if n else v for v, n in zip(items, null)]


def _weights(table: EventTable, frame, deaths_field: Optional[str]) -> None:
    import pandas as pd

    if not deaths_field:
        frame["deaths"] = np.ones(len(frame))
        return
    raw = frame[deaths_field]
    table.raw_deaths = raw.copy()
    numbers = pd.to_numeric(raw, errors="coerce")
    text = raw.astype("string").str.strip().fillna("")
    bad = numbers.isna() & raw.notna() & text.ne("")
    table.bad_weight = int(bad.sum())
    if table.bad_weight:
        table.first_bad_weight = raw[bad].iloc[0]
    table.null_weight = int((numbers.isna() & ~bad).sum())
    negative = numbers < 0
    table.negative_weight = int(negative.sum())
    if table.negative_weight:
        table.first_negative = float(numbers[negative].iloc[0])
    frame["deaths"] = numbers.fillna(0.0).to_numpy(float)


# ------------------------------------------------------------------------------------------ municipalities
def read_municipalities(source, target_crs: QgsCoordinateReferenceSystem, code_field: str = "",
                        population_field: str = "", require_codes: bool = True):
    """Municipal polygons in ``target_crs`` as :class:`core.precision.Municipalities` (codes, names, states).

    Invalid outlines are repaired, empty ones skipped. ``population_field`` values land in ``.population`` (NaN
    when not a number). Raises :class:`EventReadError` when the layer has no CVEGEO (or CVE_ENT + CVE_MUN) code
    field and ``require_codes``; otherwise the codes are empty and spread events cannot be placed.
    """
    from shapely import wkb

    from ..core.codes import join_state_municipality, normalize_cvegeo
    from ..core.precision import Municipalities
    from ..core.zones import repair_polygon
    from .crs import transform_to
    from .fields import number_value
    from .zones_layer import features_of

    names = source.fields().names()
    code = code_field or pick_field(names, MUNI_CODE_CANDIDATES)
    state_part, muni_part = pick_field(names, ["cve_ent"]), pick_field(names, ["cve_mun"])
    if not code and not (state_part and muni_part) and require_codes:
        raise EventReadError("cvegeo")
    muni_name, state_name = pick_field(names, MUNI_NAME_CANDIDATES), pick_field(names, STATE_NAME_CANDIDATES)
    transform = transform_to(source, target_crs.authid() or target_crs.toWkt())
    wanted = [f for f in (code, state_part, muni_part, muni_name, state_name, population_field) if f]
    request = QgsFeatureRequest().setSubsetOfAttributes(wanted, source.fields())
    geoms, codes, munis, states, population = [], [], [], [], []
    for feature in features_of(source, request):
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            continue
        geometry = QgsGeometry(geometry)
        if transform is not None:
            geometry.transform(transform)
        shape, _ = repair_polygon(wkb.loads(bytes(geometry.asWkb())))
        if shape is None:
            continue
        if code:
            value = normalize_cvegeo(feature[code])
        elif state_part and muni_part:
            value = join_state_municipality(feature[state_part], feature[muni_part])
        else:
            value = None
        geoms.append(shape)
        codes.append(value or "")
        munis.append(plain_value(feature[muni_name]) if muni_name else None)
        states.append(plain_value(feature[state_name]) if state_name else None)
        population.append(number_value(feature[population_field]) if population_field else 0.0)
    result = Municipalities(geoms, codes, munis, states)
    result.population = population
    return result


# -------------------------------------------------------------------------------------------------- logging
def precision_lines(table: EventTable) -> List[str]:
    """The sentences every algorithm that reads events logs: where precision came from and the counts."""
    lines = []
    if not table.precision_field:
        lines.append(tr("The events layer has no location-precision field (where_prec, geo_precision): every event "
                        "is taken as a precise point."))
    else:
        lines.append(tr("Location precision from '{0}' ({1} scale).").format(table.precision_field, table.scale))
        if table.unknown_precision:
            lines.append(tr("{0:,} event(s) have no readable precision and are taken as precise points.").format(
                table.unknown_precision))
    lines.append(handled_line(table))
    if table.state_events == STATE_EVENTS_LEAVE_OUT:
        lines.append(tr("State-level events are left out of maps and zones (kept in national totals)."))
    if table.by_name:
        lines.append(tr("{0:,} spread event(s) lie outside every municipality and were placed by their adm_1/adm_2 "
                        "names.").format(table.by_name))
    for why, n in table.fallbacks.items():
        lines.append(tr("{0:,} event(s): {1}.").format(n, why))
    return lines


def handled_line(table: EventTable) -> str:
    """'Events handled: point 1,981 events / 13,821 deaths; municipality …; state …; out of maps ….'"""
    counts = table.counts
    return tr("Events handled: {0}.").format(
        "; ".join(tr("{0} {1:,} events / {2:,.0f} deaths").format(tr(PRECISION_NAMES[c]), counts.events[c],
                                                                  counts.deaths[c]) for c in PRECISION_CLASSES))


def log_precision(feedback, table: EventTable) -> None:
    """Push :func:`precision_lines` to a Processing feedback (fallbacks as warnings)."""
    for line in precision_lines(table):
        feedback.pushInfo(line)
