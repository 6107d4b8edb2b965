"""What the event-reading algorithms share: their event parameters, the analysis period, and reading the events.

``vdto:rankvdtos``, ``vdto:territories``, ``vdto:corridors`` and the cycle's algorithms read events through
:func:`load_events` (the one events reader, ``qgis_bridge/events.py``, behind the algorithms' parameters), so they
resolve names, keep the period and attribute deaths in exactly the same way; the zone algorithms share
:func:`read_period`. Refusals name the problem and the fix (``alg.fail``).
"""
from __future__ import annotations

import datetime
import math
from dataclasses import dataclass, field
from typing import Any, Optional

from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsField, QgsFields, QgsProcessingParameterBoolean,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterString)

from ..definitions import (ACTOR_CANDIDATES, ATTRIBUTION_EQUAL, DEATHS_CANDIDATES, EVENT_DATE_CANDIDATES,
                           MEXICO_METRIC_CRS, PERIOD_END_FIELD, PERIOD_START_FIELD)
from ..qgis_bridge.fields import pick_field, plain_value
from ..qgis_compat import FIELD_ANY, FIELD_NUMERIC, PARAMETER_ADVANCED, SOURCE_VECTOR, parameter_as_fields
from .base import VdtoAlgorithm

DATE_CANDIDATES = EVENT_DATE_CANDIDATES     # the one list (definitions), as the events reader picks
MUNI_CANDIDATES = ["cvegeo_pip", "cvegeo", "adm_2", "admin2"]


class EventOptions:
    """Parameter names of the event options every organisation algorithm shares (see add_event_parameters)."""

    ACTOR_FIELDS = "ACTOR_FIELDS"
    DEATHS_FIELD = "DEATHS_FIELD"
    DATE_FIELD = "DATE_FIELD"
    START = "START"
    END = "END"
    ATTRIBUTION = "ATTRIBUTION"
    ALIASES = "ALIASES"
    ACCEPT_UNKNOWN = "ACCEPT_UNKNOWN"
    PRECISION_FIELD = "PRECISION_FIELD"     # location precision (processing/precision.py); counts in the log
    STATE_EVENTS = "STATE_EVENTS"           # declared by the algorithms that map events (add_precision_parameters)


def add_event_parameters(alg: VdtoAlgorithm, parent: str, optional: bool = False) -> None:
    """The actor/deaths/date/attribution/alias options every organisation algorithm offers."""
    tr = alg.tr
    alg.addParameter(QgsProcessingParameterField(
        alg.ACTOR_FIELDS, tr("Actor fields (empty: side_a, side_b for UCDP; actor1, actor2 for ACLED)"),
        parentLayerParameterName=parent, type=FIELD_ANY, allowMultiple=True, optional=True))
    alg.addParameter(QgsProcessingParameterField(
        alg.DEATHS_FIELD, tr("Deaths field (empty: best or fatalities)"), parentLayerParameterName=parent,
        type=FIELD_NUMERIC, optional=True))
    alg.addParameter(QgsProcessingParameterField(
        alg.DATE_FIELD, tr("Date field (empty: date_start or event_date)"), parentLayerParameterName=parent,
        type=FIELD_ANY, optional=True))
    alg.addParameter(QgsProcessingParameterString(
        alg.START, tr("From date (YYYY-MM-DD or DD/MM/YYYY, or YYYY-MM, YYYY; empty: all)"), optional=True))
    alg.addParameter(QgsProcessingParameterString(
        alg.END, tr("To date (YYYY-MM-DD or DD/MM/YYYY, or YYYY-MM, YYYY; empty: all)"), optional=True))
    alg.addParameter(QgsProcessingParameterEnum(
        alg.ATTRIBUTION, tr("Attribution of deaths"),
        options=[tr("Full involvement (each party counted)"), tr("Equal shares among parties")], defaultValue=0))
    alg.addParameter(QgsProcessingParameterFeatureSource(
        alg.ALIASES, tr("Alias table (alias, organisation, kind; empty: the shipped table)"), [SOURCE_VECTOR],
        optional=True))
    alg.addParameter(QgsProcessingParameterBoolean(
        alg.ACCEPT_UNKNOWN, tr("Rank names missing from the alias table as organisations (default: hold them "
                               "as unidentified, for review)"), defaultValue=False, optional=True))
    precision = QgsProcessingParameterField(
        alg.PRECISION_FIELD, tr("Location precision field (empty: where_prec for UCDP, geo_precision for ACLED)"),
        parentLayerParameterName=parent, type=FIELD_ANY, optional=True)
    precision.setFlags(precision.flags() | PARAMETER_ADVANCED)
    alg.addParameter(precision)


@dataclass
class EventData:
    """Events read into the core's shapes, with what a criterion sentence needs to state."""

    frame: Any
    attributed: Any
    aliases: Any
    rule: int
    start: str
    end: str
    actor_fields: list
    unknown: dict = field(default_factory=dict)
    table: Any = None          # qgis_bridge.events.EventTable: precision classes and counts (see ``precision``)

    def period_values(self) -> dict:
        """The period fields of every row this data feeds (what was asked for, else the dates present)."""
        return period_values(self.start if self.start != "?" else "", self.end if self.end != "?" else "")

    @property
    def rule_text(self) -> str:
        return (VdtoAlgorithm.tr("equal shares among the parties") if self.rule == ATTRIBUTION_EQUAL
                else VdtoAlgorithm.tr("full involvement (each party credited with every death of its events)"))


def load_aliases(alg: VdtoAlgorithm, parameters, context):
    """The analyst's alias table, or the shipped CSV; an unusable table stops the run with the fix."""
    from ..core.organisations import AliasError, AliasTable, default_alias_path

    source = alg.parameterAsSource(parameters, alg.ALIASES, context)
    accept = alg.parameterAsBool(parameters, alg.ACCEPT_UNKNOWN, context) if alg.ACCEPT_UNKNOWN in parameters \
        else False
    try:
        if source is None:
            table = AliasTable.from_csv(default_alias_path())
        else:
            names = source.fields().names()
            rows = [dict(zip(names, [plain_value(v) for v in f.attributes()])) for f in source.getFeatures()]
            if not rows:
                raise AliasError("the table is empty")
            table = AliasTable.from_rows(rows)
        table.accept_unknown = accept
        return table
    except AliasError as error:
        raise alg.fail("The alias table cannot be used ({0}): give a table with the columns alias, organisation "
                       "and kind (dto, state, civilian, armed_group or unidentified).", error) from error


def parse_date(alg: VdtoAlgorithm, text: str, name: str, end: bool = False):
    """A date parameter in the plugin's grammar (``core.dates``), or a refusal naming it; None when empty."""
    import pandas as pd

    if not text:
        return None
    from ..core.dates import bound

    try:   # the plugin's date grammar (core.dates); an end date "2020" or "2020-06" runs to its last day
        return pd.Timestamp(bound(text, end=end))
    except (ValueError, TypeError):
        raise alg.fail("The {0} date '{1}' is not a date: write it as YYYY-MM-DD or DD/MM/YYYY (or YYYY-MM, YYYY), "
                       "e.g. 2020-01-31 or 31/01/2020.", name, text) from None


def event_dates(values):
    """Each event's day as a pandas Series (NaT when unreadable), read as the events reader reads it
    (``qgis_bridge.events.event_days``): the period itself is kept by the reader (``EventQuery.start/end``)."""
    import pandas as pd

    from ..qgis_bridge.events import event_days

    return pd.Series(pd.to_datetime(event_days(list(values))))


@dataclass
class EventPeriod:
    """START/END as every event-reading algorithm understands them: days included, either bound optional."""

    date_field: Optional[str]
    start: Any = None    # pandas Timestamp or None
    end: Any = None

    @property
    def given(self) -> bool:
        return self.start is not None or self.end is not None

    def query_values(self) -> dict:
        """DATE_FIELD/START/END as :class:`qgis_bridge.events.EventQuery` values: the reader keeps the period."""
        return {"date_field": self.date_field or "",
                "start": self.start.date() if self.start is not None else None,
                "end": self.end.date() if self.end is not None else None}


def read_period(alg: VdtoAlgorithm, parameters, context, names: list) -> EventPeriod:
    """The DATE_FIELD/START/END parameters of ``alg`` checked as ``vdto:rankvdtos`` checks them."""
    date_field = alg.parameterAsString(parameters, alg.DATE_FIELD, context) or pick_field(names, DATE_CANDIDATES)
    start = parse_date(alg, alg.parameterAsString(parameters, alg.START, context), alg.tr("start"))
    end = parse_date(alg, alg.parameterAsString(parameters, alg.END, context), alg.tr("end"), end=True)
    if start is not None and end is not None and end < start:
        raise alg.fail("The period ends ({0}) before it starts ({1}): swap the two dates.", end.date(), start.date())
    if (start is not None or end is not None) and not date_field:
        raise alg.fail("A period was given but the events layer has no date field: choose it in 'Date field' or "
                       "leave the dates empty.")
    return EventPeriod(date_field, start, end)


def period_bounds(period: EventPeriod, table=None) -> tuple:
    """The period an output covers, as ISO text: the bounds given, else the first/last event day present in the
    reader's ``table`` (``EventTable.period_bounds``)."""
    if table is not None:
        return table.period_bounds()
    return (period.start.date().isoformat() if period.start is not None else "",
            period.end.date().isoformat() if period.end is not None else "")


def period_values(start: str, end: str) -> dict:
    """The two fields every event-derived output carries (see definitions.PERIOD_START_FIELD)."""
    return {PERIOD_START_FIELD: start or None, PERIOD_END_FIELD: end or None}


def crs_missing(crs) -> bool:
    """No CRS — including GDAL's "Undefined geographic/cartesian SRS", which QGIS reports as a valid CRS."""
    return not crs.isValid() or (not crs.authid() and "undefined" in crs.toWkt()[:60].lower())


def check_crs(alg: VdtoAlgorithm, source, label: str) -> None:
    """A layer without CRS, or with coordinates its geographic CRS cannot hold, stops the run with the fix."""
    crs = source.sourceCrs()
    if crs_missing(crs):
        raise alg.fail("The {0} layer has no coordinate reference system (CRS): set the layer's CRS in Layer "
                       "Properties ▸ Source and run again.", label)
    extent = source.sourceExtent()
    if crs.isGeographic() and not extent.isEmpty() and (
            abs(extent.xMinimum()) > 180 or abs(extent.xMaximum()) > 180 or abs(extent.yMinimum()) > 90
            or abs(extent.yMaximum()) > 90):
        raise alg.fail("The {0} layer's coordinates (e.g. {1:.0f}, {2:.0f}) do not fit its CRS {3}, which is in "
                       "degrees: they look like metres; set the layer's true CRS (e.g. EPSG:6372) in Layer "
                       "Properties ▸ Source.", label, extent.xMinimum(), extent.yMinimum(), crs.authid())


def checked_deaths(alg: VdtoAlgorithm, values, name: str):
    """Deaths as numbers; NULL counts as 0, but text or a negative count is a data error named with its event."""
    import pandas as pd

    numbers = pd.to_numeric(values, errors="coerce")
    bad = numbers.isna() & values.notna() & values.astype("string").str.strip().fillna("").ne("")
    if bad.any():
        row = int(bad.to_numpy().nonzero()[0][0])
        raise alg.fail("The deaths field '{0}' holds '{1}' for event {2}, not a number: correct the value or choose "
                       "the field that counts deaths in 'Deaths field'.", name, values.iloc[row], row + 1)
    negative = numbers < 0
    if negative.any():
        row = int(negative.to_numpy().nonzero()[0][0])
        raise alg.fail("The deaths field '{0}' is negative ({1}) for event {2}: correct the value (deaths are "
                       "counts, 0 or more).", name, numbers.iloc[row], row + 1)
    return numbers.fillna(0.0)


def check_date_range(alg: VdtoAlgorithm, dates, name: str) -> None:
    """Dates before 1900 or in the future are typing or export errors: name the first one."""
    import pandas as pd

    low, high = pd.Timestamp("1900-01-01"), pd.Timestamp(datetime.date.today()) + pd.Timedelta(days=1)
    out = dates.notna() & ((dates < low) | (dates > high))
    if out.any():
        row = int(out.to_numpy().nonzero()[0][0])
        raise alg.fail("Event {0} is dated {1} in '{2}', outside 1900 – today: correct the date (or choose the right "
                       "date field).", row + 1, dates.iloc[row].date(), name)


def load_events(alg: VdtoAlgorithm, parameters, context, feedback, input_name: str = "INPUT",
                require_actors: bool = True, require_location: bool = False, municipalities=None) -> EventData:
    """Read, filter by date, resolve names and attribute deaths. Geometry goes to EPSG:6372 (x, y in metres).

    Events are read by the one events reader (``qgis_bridge/events.py``): the frame carries each event's location
    precision (``precision``) and how maps handle it (``handled``, ``definitions.PRECISION_*``); rankings count
    every event whatever its precision. With ``municipalities`` (a Processing source) the spread events are placed
    on their municipality (``muni``, index) and state (``state``, code) for territories and corridors; the
    algorithm's PRECISION_FIELD / STATE_EVENTS parameters are used when it declares them.
    """
    import numpy as np
    import pandas as pd

    from ..core.attribution import attribute, explode_parties

    source = alg.parameterAsSource(parameters, input_name, context)
    if source is None:
        raise alg.fail("The events layer could not be read: choose a point layer of events.")
    names = source.fields().names()
    actors = parameter_as_fields(alg, parameters, alg.ACTOR_FIELDS, context)
    if not actors:
        actors = next((list(pair) for pair in ACTOR_CANDIDATES if all(pick_field(names, [p]) for p in pair)), [])
        actors = [pick_field(names, [a]) for a in actors]
    if not actors and require_actors:
        raise alg.fail("The events layer has no actor fields (side_a/side_b for UCDP, actor1/actor2 for ACLED): "
                       "choose the fields that name the organisations in 'Actor fields'.")
    deaths_field = (alg.parameterAsString(parameters, alg.DEATHS_FIELD, context)
                    or pick_field(names, DEATHS_CANDIDATES))
    if not deaths_field:
        raise alg.fail("The events layer has no deaths field (best or fatalities): choose the field that counts "
                       "deaths in 'Deaths field'.")
    period = read_period(alg, parameters, context, names)
    date_field, start, end = period.date_field, period.start, period.end
    year_field = pick_field(names, ["year"])
    muni_field = pick_field(names, MUNI_CANDIDATES)

    if source.featureCount() == 0:
        raise alg.fail("The events layer is empty: choose a layer that holds events (UCDP GED or ACLED).")
    check_crs(alg, source, alg.tr("events"))

    from ..qgis_bridge.events import EventQuery, EventReadError, log_precision, read_events

    precision_field, state_events = "", None
    if alg.parameterDefinition(EventOptions.PRECISION_FIELD) is not None:
        precision_field = alg.parameterAsString(parameters, alg.PRECISION_FIELD, context) or ""
    if alg.parameterDefinition(EventOptions.STATE_EVENTS) is not None:
        state_events = alg.parameterAsEnum(parameters, alg.STATE_EVENTS, context)
    query = EventQuery(deaths_field=deaths_field, actor_fields=actors,
                       extra_fields=[f for f in dict.fromkeys([year_field, muni_field]) if f and f not in actors],
                       precision_field=precision_field, **period.query_values())
    if state_events is not None:
        query.state_events = state_events
    try:
        table = read_events(source, QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS), query,
                            context.transformContext(), feedback.isCanceled,
                            progress=lambda fraction: feedback.setProgress(40.0 * fraction),
                            layer=alg.parameterAsVectorLayer(parameters, input_name, context),
                            definition=parameters.get(input_name))
    except EventReadError as error:
        raise alg.fail("The events layer has no field '{0}': choose one of its fields (or leave it empty to let "
                       "the plugin find it).", str(error)) from None
    frame = table.frame
    if frame.empty and period.given:   # the reader kept the period: nothing of it to check further
        raise alg.fail("No events fall in the chosen period: widen 'From date'/'To date' or check the date field.")
    if table.bad_weight or table.negative_weight:
        checked_deaths(alg, table.raw_deaths, deaths_field)
    if require_location and not (np.isfinite(frame["x"]) & np.isfinite(frame["y"])).any():
        raise alg.fail("None of the {0} events has a location (empty or missing geometry): repair the layer's "
                       "geometries or choose a layer of located events.", len(frame))
    if require_actors and actors:
        named = frame[actors].apply(lambda column: column.astype("string").str.strip().fillna("").ne("")).any()
        if not named.any():
            raise alg.fail("No event names an organisation in {0}: every value is empty (NULL); choose the actor "
                           "fields that hold the organisations' names in 'Actor fields'.", ", ".join(actors))
    if date_field:   # each event's days as the reader read them (and kept the period with them): core.dates
        from ..core.dates import years

        # the plugin's date grammar: "03/04/2020" is 3 April; "2020" or "2020-04" span their year or month
        frame["date"] = pd.to_datetime(frame["day"])
        frame["date_last"] = pd.to_datetime(frame["day_last"])
        check_date_range(alg, frame["date"], date_field)
        frame["year"] = years(frame[date_field])
    else:   # a year column stored as text ("2019") works as a year
        from ..core.dates import years

        frame["year"] = years(frame[year_field]) if year_field else np.nan
    if period.given and table.null_date:
        feedback.pushWarning(alg.tr("{0} events have no readable date in '{1}' and were left out of the period.")
                             .format(int(table.null_date), date_field))
    frame = frame.reset_index(drop=True)
    frame["muni"] = frame[muni_field].astype("string").where(frame[muni_field].notna(), None) if muni_field else None
    if frame.empty:
        raise alg.fail("No events fall in the chosen period: widen 'From date'/'To date' or check the date field.")
    table.frame = frame            # the period's events: counts and placement are of these
    if municipalities is not None:
        from .precision import place_events_on

        place_events_on(alg, parameters, context, feedback, table, municipalities)
    log_precision(feedback, table)
    feedback.pushInfo(alg.tr("Rankings and national totals count every event, whatever its location precision."))
    aliases = load_aliases(alg, parameters, context)
    rule = alg.parameterAsEnum(parameters, alg.ATTRIBUTION, context)
    attributed = attribute(frame, explode_parties(frame, actors, aliases), rule) if actors else None
    if aliases.unknown:
        listed = "; ".join(f"{name} ({count})" for name, count in sorted(aliases.unknown.items()))
        if aliases.accept_unknown:
            feedback.pushWarning(alg.tr("Names not in the alias table, accepted and ranked under their own spelling: "
                                        "{0}. Add them to the alias table to merge them with an organisation.")
                                 .format(listed))
        else:
            feedback.pushWarning(alg.tr("Names not in the alias table, held as unidentified, for review (listed, not "
                                        "ranked): {0}. Add them to the alias table (kind dto to rank them), or tick "
                                        "'Rank names missing from the alias table' to accept them as they are.")
                                 .format(listed))
    first, last = _bounds(frame, "date" if date_field else "year")
    first = start.date().isoformat() if start is not None else first
    last = end.date().isoformat() if end is not None else last
    return EventData(frame, attributed, aliases, rule, first, last, actors, dict(aliases.unknown), table)


def _bounds(frame, column: str) -> tuple:
    """First and last date (or year) present, as text; "?" when the layer carries none."""
    values = frame[column].dropna()
    if values.empty:
        return "?", "?"
    low, high = values.min(), values.max()
    if column == "date":
        return str(low.date()), str(high.date())
    return str(int(low)), str(int(high))


def fields_of(spec: list) -> QgsFields:
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields


def write_rows(sink, fields: QgsFields, rows: list, feedback) -> bool:
    """Write attribute rows (dicts) in field order; NaN becomes NULL. False when cancelled part-way (the caller
    then removes the half-written output)."""
    names = fields.names()
    for row in rows:
        if feedback.isCanceled():
            return False
        feature = QgsFeature(fields)
        values = []
        for name in names:
            value = row.get(name)
            if isinstance(value, float) and math.isnan(value):
                value = None
            values.append(value)
        feature.setAttributes(values)
        if "__geometry__" in row and row["__geometry__"] is not None:
            feature.setGeometry(row["__geometry__"])
        sink.addFeature(feature)
    return True
