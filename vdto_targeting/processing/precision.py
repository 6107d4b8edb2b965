"""Location-precision options every algorithm that maps events shares (parameters, reading, log, outputs).

The rules live in ``core/precision.py`` and the reading in ``qgis_bridge/events.py``; this module only turns the
analyst's parameters into an :class:`~vdto_targeting.qgis_bridge.events.EventQuery`, places the spread events on
the municipalities and says what happened in the analyst's words. Algorithms mix in :class:`PrecisionOptions` so
the parameter names are the same everywhere (dock pages and models use them).
"""
from __future__ import annotations

from typing import Dict, Optional

from qgis.core import (QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField)

from ..definitions import DEFAULT_STATE_EVENTS
from ..qgis_compat import FIELD_ANY, PARAMETER_ADVANCED, SOURCE_POLYGON

PRECISION_HELP = (" Location precision: UCDP where_prec 1–2 and ACLED geo_precision 1 are points; UCDP 3 / ACLED 2 "
                  "(known to a municipality) are spread over their municipality; UCDP 4 / ACLED 3 (known to a state) "
                  "over their state (or left out, STATE_EVENTS); UCDP 5 and coarser stay out of maps and zones. The "
                  "precision field is found by name (or PRECISION_FIELD); a layer without one is taken as precise. "
                  "Spread events need MUNICIPALITIES (a CVEGEO field; states are the municipalities dissolved by "
                  "the state code) — without it they are left out, and the log says so with the counts.")


class PrecisionOptions:
    """Parameter names of the location-precision options (see :func:`add_precision_parameters`)."""

    PRECISION_FIELD = "PRECISION_FIELD"
    STATE_EVENTS = "STATE_EVENTS"
    MUNICIPALITIES = "MUNICIPALITIES"


def add_precision_parameters(alg, parent: str, municipalities: bool = True) -> None:
    """MUNICIPALITIES (optional, unless the algorithm declares its own), PRECISION_FIELD and STATE_EVENTS.

    Parameters the algorithm already declares (e.g. PRECISION_FIELD from ``events.add_event_parameters``, or its own
    MUNICIPALITIES) are kept as they are.
    """
    tr = alg.tr
    if municipalities and alg.parameterDefinition(alg.MUNICIPALITIES) is None:
        alg.addParameter(QgsProcessingParameterFeatureSource(
            alg.MUNICIPALITIES, tr("Municipalities (to spread events known only to a municipality or a state)"),
            [SOURCE_POLYGON], optional=True))
    if alg.parameterDefinition(alg.PRECISION_FIELD) is None:
        field = QgsProcessingParameterField(
            alg.PRECISION_FIELD, tr("Location precision field (empty: where_prec for UCDP, geo_precision for "
                                    "ACLED)"), None, parent, FIELD_ANY, optional=True)
        field.setFlags(field.flags() | PARAMETER_ADVANCED)
        alg.addParameter(field)
    if alg.parameterDefinition(alg.STATE_EVENTS) is None:
        alg.addParameter(QgsProcessingParameterEnum(
            alg.STATE_EVENTS, tr("Events known only to a state"),
            [tr("Spread over their state"), tr("Leave out of maps and zones")], defaultValue=DEFAULT_STATE_EVENTS))


def add_precision_outputs(alg) -> None:
    """Declare PRECISION (the sentence) and PREC_<class>_EVENTS / _DEATHS so models and qgis_process see them."""
    from ..core.precision import PRECISION_KEYS
    from ..definitions import PRECISION_CLASSES, PRECISION_NAMES

    alg.addOutput(QgsProcessingOutputString("PRECISION", alg.tr("Events and deaths handled each way (point, "
                                                                "municipality, state, out of maps)")))
    for c in PRECISION_CLASSES:
        key = PRECISION_KEYS[c].upper()
        alg.addOutput(QgsProcessingOutputNumber(f"PREC_{key}_EVENTS", alg.tr("Events handled as {0}").format(
            alg.tr(PRECISION_NAMES[c]))))
        alg.addOutput(QgsProcessingOutputNumber(f"PREC_{key}_DEATHS", alg.tr("Deaths handled as {0}").format(
            alg.tr(PRECISION_NAMES[c]))))


def precision_query(alg, parameters, context, **values):
    """An EventQuery with the analyst's precision choices and ``values`` (deaths_field, start, end …)."""
    from ..qgis_bridge.events import EventQuery

    return EventQuery(precision_field=alg.parameterAsString(parameters, alg.PRECISION_FIELD, context) or "",
                      state_events=alg.parameterAsEnum(parameters, alg.STATE_EVENTS, context), **values)


def read_precise_events(alg, parameters, context, feedback, source, target_crs, query, municipalities=None,
                        input_name: str = ""):
    """Read events with ``query``, place spread ones on the municipalities (or leave them out), log the counts.

    ``municipalities``: a Processing source; default the algorithm's MUNICIPALITIES parameter. ``input_name``: the
    events parameter, so a plain GeoPackage/shapefile is read through GDAL's Arrow stream (faster, same table).
    """
    from ..qgis_bridge.events import EventReadError, log_precision, read_events

    try:
        layer = alg.parameterAsVectorLayer(parameters, input_name, context) if input_name else None
        table = read_events(source, target_crs, query, context.transformContext(), feedback.isCanceled,
                            layer=layer, definition=parameters.get(input_name) if input_name else None)
    except EventReadError as error:
        if str(error) == "date":
            raise alg.fail("A period was given but the events layer has no date field: choose the field that holds "
                           "each event's date, or clear the period.") from None
        raise alg.fail("The events layer has no field '{0}': choose one of its fields (or leave it empty to let "
                       "the plugin find it).", str(error)) from None
    place_events_on(alg, parameters, context, feedback, table, municipalities)
    log_precision(feedback, table)
    return table


def place_events_on(alg, parameters, context, feedback, table, municipalities=None) -> None:
    """Join the spread events to the municipalities; without a layer they go out of maps, with a warning."""
    from ..qgis_bridge.events import EventReadError, read_municipalities

    if not table.has_spread():
        return
    source = municipalities if municipalities is not None else alg.parameterAsSource(
        parameters, alg.MUNICIPALITIES, context)
    if source is None:
        counts = table.counts
        left = table.leave_spread_out()
        feedback.pushWarning(alg.tr(
            "{0:,} event(s) ({1:,.0f} deaths) are known only to a municipality or a state and were left out of the "
            "map: give the municipalities layer (MUNICIPALITIES) to spread them over their municipality or state.")
            .format(left, counts.deaths[1] + counts.deaths[2]))
        return
    try:
        munis = read_municipalities(source, table.crs)
    except EventReadError:
        raise alg.fail("The municipalities layer has no CVEGEO code field (nor CVE_ENT and CVE_MUN): choose the "
                       "INEGI municipal boundaries (or import them with vdto:importmunicipalities).") from None
    if not munis.geoms:
        raise alg.fail("The municipalities layer has no polygons: choose the INEGI municipal boundaries.")
    table.place(munis)


def precision_results(table) -> Dict[str, object]:
    """Algorithm results: ``PRECISION`` (the sentence) and ``prec_<class>_events/deaths`` numbers."""
    counts = table.counts
    results: Dict[str, object] = {"PRECISION": counts.text()}
    results.update({key.upper(): value for key, value in counts.as_attributes().items()})
    return results


def precision_metadata(table) -> Dict[str, str]:
    """Text metadata (raster outputs): the sentence, the field and each class's events and deaths."""
    counts = table.counts
    meta = {"VDTO_PRECISION": counts.text(), "VDTO_PRECISION_FIELD": table.precision_field or "(none: all precise)"}
    meta.update({f"VDTO_{key.upper()}": f"{value:g}" for key, value in counts.as_attributes().items()})
    return meta


def precision_note(table, spread_in_zone: Optional[bool] = None) -> str:
    """The short sentence an output table carries about how events were counted."""
    from ..definitions import STATE_EVENTS_LEAVE_OUT

    if not table.precision_field:
        return "all events taken as precise points (no precision field)"
    note = "municipality- and state-level events apportioned by area" if table.placed else \
        "municipality- and state-level events left out (no municipalities layer)"
    if table.state_events == STATE_EVENTS_LEAVE_OUT:
        note = note.replace("- and state-level", "-level") + "; state-level events left out"
    return note + "; " + table.counts.text()
