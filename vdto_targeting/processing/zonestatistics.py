"""``vdto:zonestatistics`` — what each enforcement zone captures, and how concentrated violence is across zones.

Why an algorithm and not only the dock's table: the same figures must be reproducible in a model, a batch run or
``qgis_process`` for a briefing annex, and the dock's live table computes them with the same core functions.
"""
from __future__ import annotations

from typing import Any, Dict

from qgis.core import (QgsFeature, QgsField, QgsFields,
                       QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterNumber, QgsProcessingParameterString)
from ..qgis_compat import SINK_FAST_INSERT
from ..qgis_compat import FIELD_TYPE_DOUBLE as T_DOUBLE, FIELD_TYPE_INT as T_INT, FIELD_TYPE_STRING as T_STRING

from .. import qgis_compat as qc
from ..definitions import PERIOD_END_FIELD, PERIOD_START_FIELD
from .base import TransactionalAlgorithm
from .precision import PRECISION_HELP, PrecisionOptions, add_precision_outputs, add_precision_parameters
from .events import crs_missing, period_bounds, period_values, read_period

FIGURE_TYPES = {
    "events": T_DOUBLE, "deaths": T_DOUBLE, "share": T_DOUBLE, "deaths_share": T_DOUBLE,
    "area_km2": T_DOUBLE, "land_km2": T_DOUBLE, "pai": T_DOUBLE,
    "pai_deaths": T_DOUBLE, "munis": T_INT, "population": T_DOUBLE,
    "organisations": T_STRING, "n_orgs": T_INT, "corridors": T_INT, "ports": T_INT,
    "flags": T_STRING, "events_point": T_INT, "events_spread": T_DOUBLE, "deaths_spread": T_DOUBLE,
}
CURVE_TYPES = {"rank": T_INT, "piece": T_STRING, "events": T_DOUBLE, "area_km2": T_DOUBLE,
               "event_share": T_DOUBLE, "area_share": T_DOUBLE, "cum_area_share": T_DOUBLE,
               "cum_event_share": T_DOUBLE, "density": T_DOUBLE, "gini": T_DOUBLE}


class ZoneStatisticsAlgorithm(TransactionalAlgorithm, PrecisionOptions):
    NAME = "zonestatistics"
    DISPLAY = "Zone statistics (PAI, concentration curve)"
    GROUP = "zones"
    HELP = ("For each enforcement zone: events and deaths inside, their share of the total, area in km², the "
            "Predictive Accuracy Index PAI = (n/N)/(a/A) (share of violence over share of area, Chainey et al. 2008), "
            "municipalities intersected, area-weighted population, organisations active, corridors crossing and "
            "ports of entry within a distance. Areas are computed in INEGI Lambert (EPSG:6372) whatever the input "
            "CRS; a is the zone's area inside the study area (the municipalities). OUTPUT_CURVE is the "
            "concentration curve over a partition of the zones (overlaps counted once) with its Gini coefficient. "
            "START and END (YYYY-MM-DD, days included, as in vdto:rankvdtos) keep the events of the period only — "
            "shares, PAI and the curve are then of the period's violence — and every output row records the period "
            "in period_start and period_end."
            + PRECISION_HELP.replace("Spread events need MUNICIPALITIES", "Spread events use MUNICIPALITIES")
            + " A zone takes each spread event's events and deaths in proportion to the area of its municipality or "
            "state it covers (events, deaths, share and PAI include them; events_point, events_spread and "
            "deaths_spread split them; the precision field says how events were counted). The organisations list "
            "(most deaths first) includes those of the spread events the zone takes a share of. N and the deaths "
            "total "
            "count the events on the map (out-of-map events are in the log).")

    ZONES = "ZONES"
    EVENTS = "EVENTS"
    DEATHS_FIELD = "DEATHS_FIELD"
    DATE_FIELD = "DATE_FIELD"
    START = "START"
    END = "END"
    MUNICIPALITIES = "MUNICIPALITIES"
    POPULATION_FIELD = "POPULATION_FIELD"
    ORGS_FIELD = "ORGS_FIELD"
    CORRIDORS = "CORRIDORS"
    PORTS = "PORTS"
    PORT_DISTANCE_KM = "PORT_DISTANCE_KM"
    OUTPUT = "OUTPUT"
    OUTPUT_CURVE = "OUTPUT_CURVE"
    TRANSACTIONAL_OUTPUTS = (OUTPUT, OUTPUT_CURVE)  # written to temporary files, renamed in together
    GINI = "GINI"
    PRECISION = "PRECISION"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.ZONES, self.tr("Enforcement zones"),
                                                              [qc.SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterFeatureSource(self.EVENTS, self.tr("Violent events (points)"),
                                                              [qc.SOURCE_POINT]))
        self.addParameter(QgsProcessingParameterField(self.DEATHS_FIELD, self.tr("Deaths field"), None, self.EVENTS,
                                                      qc.FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterField(self.DATE_FIELD, self.tr("Date field (empty: date_start or "
                                                                               "event_date)"), None, self.EVENTS,
                                                      qc.FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterString(self.START, self.tr("From date (YYYY-MM-DD, empty: all)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(self.END, self.tr("To date (YYYY-MM-DD, empty: all)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.MUNICIPALITIES,
                                                              self.tr("Municipalities (the study area)"),
                                                              [qc.SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField(self.POPULATION_FIELD, self.tr("Population field"), None,
                                                      self.MUNICIPALITIES, qc.FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterField(self.ORGS_FIELD, self.tr("Organisation field(s) of the events"),
                                                      None, self.EVENTS, qc.FIELD_ANY, allowMultiple=True,
                                                      optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.CORRIDORS, self.tr("Corridors (lines)"),
                                                              [qc.SOURCE_LINE], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.PORTS, self.tr("Ports of entry (points)"),
                                                              [qc.SOURCE_POINT], optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.PORT_DISTANCE_KM, self.tr("Ports within (km)"),
                                                       qc.NUMBER_DOUBLE, 25.0, minValue=0.0, maxValue=1000.0))
        add_precision_parameters(self, self.EVENTS, municipalities=False)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Zone figures"),
                                                            qc.SOURCE_POLYGON))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_CURVE, self.tr("Concentration curve"),
                                                            qc.SOURCE_VECTOR, optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.GINI, self.tr("Gini coefficient of the concentration curve")))
        self.addOutput(QgsProcessingOutputString("PERIOD_START", self.tr("First day of the period the figures cover")))
        self.addOutput(QgsProcessingOutputString("PERIOD_END", self.tr("Last day of the period the figures cover")))
        add_precision_outputs(self)

    def _process(self, parameters, context, feedback, outputs) -> Dict[str, Any]:
        from ..core.zones import concentration_curve, raw_figures, assemble
        from ..qgis_bridge.zones_layer import features_of, load_study_area, zones_as_shapes

        zones = self.parameterAsSource(parameters, self.ZONES, context)
        events = self.parameterAsSource(parameters, self.EVENTS, context)
        munis = self.parameterAsSource(parameters, self.MUNICIPALITIES, context)
        corridors = self.parameterAsSource(parameters, self.CORRIDORS, context)
        ports = self.parameterAsSource(parameters, self.PORTS, context)
        deaths_field = self.parameterAsString(parameters, self.DEATHS_FIELD, context)
        pop_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        org_fields = qc.parameter_as_fields(self, parameters, self.ORGS_FIELD, context)
        port_km = self.parameterAsDouble(parameters, self.PORT_DISTANCE_KM, context)

        for label, source in ((self.tr("zones"), zones), (self.tr("events"), events),
                              (self.tr("municipalities"), munis), (self.tr("corridors"), corridors),
                              (self.tr("ports"), ports)):
            if source is None:
                continue
            if crs_missing(source.sourceCrs()):
                raise self.fail("The {0} layer has no CRS: set it in Layer Properties ▸ Source and run again.", label)
        if zones is None or zones.featureCount() == 0:
            raise self.fail("The zones layer has no zones: draw at least one zone or choose another layer.")
        if events is None or events.featureCount() == 0:
            raise self.fail("The events layer is empty: choose a layer of violent events (points).")
        if munis is None or munis.featureCount() == 0:
            raise self.fail("The municipalities layer is empty: choose the municipal boundaries (the study area).")

        period = read_period(self, parameters, context, events.fields().names())

        feedback.pushInfo(self.tr("Reading events and municipalities (areas in EPSG:6372)…"))
        from ..qgis_bridge.events import EventReadError, log_precision
        from .precision import precision_note, precision_query, precision_results

        try:
            study = load_study_area(events, munis, deaths_field, pop_field, org_fields, corridors, ports,
                                    query=precision_query(self, parameters, context, **period.query_values()),
                                    events_layer=self.parameterAsVectorLayer(parameters, self.EVENTS, context),
                                    events_definition=parameters.get(self.EVENTS))
        except EventReadError as error:
            raise self.fail("The events layer has no field '{0}': choose one of its fields (or leave it empty to let "
                            "the plugin find it).", str(error)) from None
        except ValueError as error:
            raise self.fail("Field '{0}' holds non-numeric or negative values: clean it or choose another field.",
                            error) from error
        event_table = study.events_table   # the period's events only (the reader keeps START/END)
        if period.given and event_table.null_date:
            feedback.pushWarning(self.tr("{0} events have no readable date in '{1}' and were left out of the "
                                         "period.").format(int(event_table.null_date), period.date_field))
        log_precision(feedback, event_table)
        if study.total_events <= 0:
            if period.given:
                raise self.fail("No located event falls in the period {0} – {1}: widen 'From date'/'To date' or "
                                "check the date field.", *period_bounds(period))
            raise self.fail("No event has a usable point geometry: check the events layer's geometries.")
        note = precision_note(event_table)
        recorded = period_values(*period_bounds(period, event_table))
        if period.given:
            feedback.pushInfo(self.tr("Period {0} – {1}: {2:,} events on the map.").format(
                recorded[PERIOD_START_FIELD], recorded[PERIOD_END_FIELD], int(event_table.mapped().sum())))

        features = list(features_of(zones))
        fids, names, shapes, repaired = zones_as_shapes(zones, features)
        if len(shapes) < len(features):
            bad = sorted(set(int(f.id()) for f in features) - set(fids))
            raise self.fail("Zone(s) {0} have an empty or collapsed outline that cannot be repaired: redraw or "
                            "delete them.", ", ".join(str(b) for b in bad))
        for name, was_repaired in zip(names, repaired):
            if was_repaired:
                feedback.pushWarning(self.tr("Zone '{0}' crossed itself and was repaired (make valid).").format(name))
        raws = []
        for i, shape in enumerate(shapes):
            if feedback.isCanceled():
                return {}
            raws.append(raw_figures(shape, study, port_km * 1000.0))
            feedback.setProgress(80.0 * (i + 1) / len(shapes))
        outside = [n for n, r in zip(names, raws) if r.land_m2 <= 0]
        if outside:
            raise self.fail("Zone(s) {0} lie entirely outside the study area (the municipalities): move them over "
                            "Mexico or check the zones layer's CRS.", ", ".join(outside))
        table = assemble(names, shapes, raws, study, repaired)
        for name, flags in zip(table["name"], table["flags"]):
            if "overlaps" in flags:
                feedback.pushWarning(self.tr("Zone '{0}' {1}: its share double-counts the shared ground.")
                                     .format(name, flags))
        curve, gini = concentration_curve(names, shapes, study, raws)

        out_fields = QgsFields()
        passthrough = [f for f in ("zone_id", "name", "status", "basis", "target") if zones.fields().indexOf(f) >= 0]
        for name in passthrough:
            out_fields.append(zones.fields().field(name))
        if "name" not in passthrough:
            out_fields.append(QgsField("name", T_STRING))
        for name, kind in FIGURE_TYPES.items():
            out_fields.append(QgsField(name, kind))
        out_fields.append(QgsField("precision", T_STRING))
        for name in recorded:
            out_fields.append(QgsField(name, T_STRING))
        sink, dest = outputs.sink(self.OUTPUT, out_fields, zones.wkbType(), zones.sourceCrs())
        by_fid = dict(zip(fids, range(len(fids))))
        for feature in features:
            row = table.iloc[by_fid[int(feature.id())]]
            out = QgsFeature(out_fields)
            out.setGeometry(feature.geometry())
            for name in passthrough:
                out.setAttribute(name, feature[name])
            out.setAttribute("name", row["name"] if "name" not in passthrough else feature["name"])
            for name in FIGURE_TYPES:
                out.setAttribute(name, _plain(row[name]))
            out.setAttribute("precision", note)
            for name, value in recorded.items():
                out.setAttribute(name, value)
            sink.addFeature(out, SINK_FAST_INSERT)
        results = {self.OUTPUT: dest, self.GINI: float(gini), PERIOD_START_FIELD.upper(): recorded[PERIOD_START_FIELD],
                   PERIOD_END_FIELD.upper(): recorded[PERIOD_END_FIELD]}
        results.update(precision_results(event_table))
        if parameters.get(self.OUTPUT_CURVE) is not None:
            curve_fields = QgsFields()
            for name, kind in CURVE_TYPES.items():
                curve_fields.append(QgsField(name, kind))
            for name in recorded:
                curve_fields.append(QgsField(name, T_STRING))
            curve_sink, curve_dest = outputs.sink(self.OUTPUT_CURVE, curve_fields, qc.WKB_NOGEOMETRY,
                                                  zones.sourceCrs())
            if curve_sink is not None:
                for _, row in curve.iterrows():
                    out = QgsFeature(curve_fields)
                    out.setAttributes([_plain(row[n]) for n in CURVE_TYPES if n != "gini"] + [float(gini)]
                                      + list(recorded.values()))
                    curve_sink.addFeature(out, SINK_FAST_INSERT)
                del curve_sink
                results[self.OUTPUT_CURVE] = curve_dest
        sink = None  # closes the files before they are renamed into place
        outputs.commit()
        feedback.pushInfo(self.tr("Gini coefficient of the concentration curve: {0:.3f}").format(gini))
        feedback.setProgress(100)
        return results


def _plain(value):
    """numpy scalars to Python (QVariant does not take numpy types); NaN to NULL."""
    import math

    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    return value
