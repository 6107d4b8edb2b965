"""``vdto:evaluatezone`` — did targeted enforcement reduce violence in the zone?

Difference in differences: the change in the zone's monthly violence rate after its ``start_date`` minus the change
in the rest of its region over the same months, with a confidence interval, a plain verdict (including "too few
months to tell") and a chart (PNG or SVG) an analyst can paste in a briefing.
"""
from __future__ import annotations

import os
from typing import Any, Dict, List

from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsField,
                       QgsFields, QgsGeometry, QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterString)

from ..qgis_compat import SINK_FAST_INSERT
from ..qgis_compat import FIELD_TYPE_DOUBLE as T_DOUBLE, FIELD_TYPE_STRING as T_STRING

from .. import qgis_compat as qc
from ..definitions import DEFAULT_CATCHMENT_KM, MEXICO_METRIC_CRS, PERIOD_END_FIELD, PERIOD_START_FIELD
from ..qgis_bridge.zones_layer import features_of
from ..i18n import QT_TRANSLATE_NOOP
from .base import TransactionalAlgorithm
from .precision import PRECISION_HELP, PrecisionOptions, add_precision_outputs, add_precision_parameters
from .events import crs_missing, read_period

VERDICTS = {
    "reduced": QT_TRANSLATE_NOOP("VdtoAlgorithm", "Violence fell in the zone relative to the rest of its region "
                                                  "(the interval excludes zero)."),
    "increased": QT_TRANSLATE_NOOP("VdtoAlgorithm", "Violence rose in the zone relative to the rest of its region "
                                                    "(the interval excludes zero)."),
    "no detectable change": QT_TRANSLATE_NOOP("VdtoAlgorithm", "No change can be told apart from month-to-month "
                                                               "noise (the interval includes zero)."),
    "too few months": QT_TRANSLATE_NOOP("VdtoAlgorithm", "Too few months before or after the start date to tell "
                                                         "(at least {0} on each side are needed)."),
}
VERDICT_NAMES = {
    "reduced": QT_TRANSLATE_NOOP("VdtoAlgorithm", "reduced"),
    "increased": QT_TRANSLATE_NOOP("VdtoAlgorithm", "increased"),
    "no detectable change": QT_TRANSLATE_NOOP("VdtoAlgorithm", "no detectable change"),
    "too few months": QT_TRANSLATE_NOOP("VdtoAlgorithm", "too few months"),
}


class EvaluateZoneAlgorithm(TransactionalAlgorithm, PrecisionOptions):
    NAME = "evaluatezone"
    DISPLAY = "Evaluate zone (before/after, difference in differences)"
    GROUP = "zones"
    HELP = ("Compares monthly violence inside an active zone before and after its start_date with the rest of its "
            "region (the REGION features the zone touches, minus every zone and every zone's catchment ring of "
            "CATCHMENT_KM — the control of vdto:displacement, so violence pushed next door does not read as "
            "success): DiD = (zone after − zone before) − "
            "(region after − region before), in events (or deaths) per 1,000 km² per month, with a Welch confidence "
            "interval. With fewer than 6 months on either side the verdict is 'too few months'. Saves the monthly "
            "series and a chart (PNG or SVG). START and END (YYYY-MM-DD, days included, as in vdto:rankvdtos) limit "
            "the events to the analysis period; only whole months inside it are compared, and the series records "
            "the period in period_start and period_end." + PRECISION_HELP + " Spread events are shared between the "
            "zone and the rest of the region by the area of their municipality or state each covers.")

    ZONES = "ZONES"
    ZONE_ID = "ZONE_ID"
    EVENTS = "EVENTS"
    DATE_FIELD = "DATE_FIELD"
    DEATHS_FIELD = "DEATHS_FIELD"
    START = "START"
    END = "END"
    REGION = "REGION"
    MONTHS = "MONTHS"
    CATCHMENT_KM = "CATCHMENT_KM"
    CONFIDENCE = "CONFIDENCE"
    OUTPUT = "OUTPUT"
    OUTPUT_CHART = "OUTPUT_CHART"
    ESTIMATE = "ESTIMATE"
    CI_LOW = "CI_LOW"
    CI_HIGH = "CI_HIGH"
    VERDICT = "VERDICT"
    MONTHS_BEFORE = "MONTHS_BEFORE"
    MONTHS_AFTER = "MONTHS_AFTER"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.ZONES, self.tr("Enforcement zones"),
                                                              [qc.SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterString(self.ZONE_ID, self.tr("Zone (zone_id or name; empty: the "
                                                                             "first active zone)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.EVENTS, self.tr("Violent events (points)"),
                                                              [qc.SOURCE_POINT]))
        self.addParameter(QgsProcessingParameterField(self.DATE_FIELD, self.tr("Event date field"), None,
                                                      self.EVENTS, qc.FIELD_ANY))
        self.addParameter(QgsProcessingParameterField(self.DEATHS_FIELD, self.tr("Deaths field (empty: count "
                                                                                 "events)"), None, self.EVENTS,
                                                      qc.FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterString(self.START, self.tr("From date (YYYY-MM-DD, empty: all)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(self.END, self.tr("To date (YYYY-MM-DD, empty: all)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.REGION, self.tr("Regions (e.g. states)"),
                                                              [qc.SOURCE_POLYGON]))
        add_precision_parameters(self, self.EVENTS)
        self.addParameter(QgsProcessingParameterNumber(self.MONTHS, self.tr("Months before and after"),
                                                       qc.NUMBER_INTEGER, 24, minValue=1, maxValue=240))
        self.addParameter(QgsProcessingParameterNumber(self.CATCHMENT_KM, self.tr("Catchment ring left out of the "
                                                                                  "control (km; 0: none)"),
                                                       qc.NUMBER_DOUBLE, DEFAULT_CATCHMENT_KM, minValue=0.0,
                                                       maxValue=500.0))
        self.addParameter(QgsProcessingParameterNumber(self.CONFIDENCE, self.tr("Confidence level"),
                                                       qc.NUMBER_DOUBLE, 0.95, minValue=0.5, maxValue=0.999))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Monthly series"),
                                                            qc.SOURCE_VECTOR, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT_CHART, self.tr("Chart"),
                                                                self.tr("PNG image (*.png);;SVG image (*.svg)"),
                                                                optional=True))
        for name, label in ((self.ESTIMATE, self.tr("DiD estimate")), (self.CI_LOW, self.tr("Lower bound")),
                            (self.CI_HIGH, self.tr("Upper bound")), (self.MONTHS_BEFORE, self.tr("Months before")),
                            (self.MONTHS_AFTER, self.tr("Months after"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString(self.VERDICT, self.tr("Verdict")))
        self.addOutput(QgsProcessingOutputString("PERIOD_START", self.tr("First day of the months compared")))
        self.addOutput(QgsProcessingOutputString("PERIOD_END", self.tr("Last day of the months compared")))
        add_precision_outputs(self)

    # ------------------------------------------------------------------------------------------------------
    def _process(self, parameters, context, feedback, outputs) -> Dict[str, Any]:
        import numpy as np
        import pandas as pd

        from ..core.zones import MIN_MONTHS, difference_in_differences, monthly_counts

        zones = self.parameterAsSource(parameters, self.ZONES, context)
        events = self.parameterAsSource(parameters, self.EVENTS, context)
        regions = self.parameterAsSource(parameters, self.REGION, context)
        wanted = self.parameterAsString(parameters, self.ZONE_ID, context).strip()
        date_field = self.parameterAsString(parameters, self.DATE_FIELD, context)
        deaths_field = self.parameterAsString(parameters, self.DEATHS_FIELD, context)
        months = self.parameterAsInt(parameters, self.MONTHS, context)
        confidence = self.parameterAsDouble(parameters, self.CONFIDENCE, context)
        chart = self._chart_path(parameters, context)
        for label, source in ((self.tr("zones"), zones), (self.tr("events"), events),
                              (self.tr("regions"), regions)):
            if source is None or source.featureCount() == 0:
                raise self.fail("The {0} layer is empty: choose a layer with features.", label)
            if crs_missing(source.sourceCrs()):
                raise self.fail("The {0} layer has no CRS: set it in Layer Properties ▸ Source and run again.", label)

        period = read_period(self, parameters, context, events.fields().names())
        zone = self._pick_zone(zones, wanted)
        start = _month_of(zone["start_date"])
        if start is None:
            raise self.fail("Zone '{0}' has no start_date: set the date enforcement began, then evaluate.",
                            zone["name"])
        metric = QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS)
        zone_geom = _to_metric(zone.geometry(), zones.sourceCrs(), metric)
        if zone_geom.isEmpty() or zone_geom.area() <= 0:
            raise self.fail("Zone '{0}' has no area: redraw it.", zone["name"])
        if not zone_geom.isGeosValid():
            zone_geom = zone_geom.makeValid()
        region_parts = []
        for feature in features_of(regions):
            geometry = _to_metric(feature.geometry(), regions.sourceCrs(), metric)
            if not geometry.isEmpty() and geometry.intersects(zone_geom):
                region_parts.append(geometry if geometry.isGeosValid() else geometry.makeValid())
        if not region_parts:
            raise self.fail("Zone '{0}' touches none of the regions: choose the regions (e.g. states) it lies in.",
                            zone["name"])
        control = self._control(zones, region_parts, self.parameterAsDouble(parameters, self.CATCHMENT_KM, context))
        if control.isEmpty() or control.area() <= 0:
            raise self.fail("Zone '{0}' covers its whole region, leaving nothing to compare with: choose larger "
                            "regions.", zone["name"])

        in_zone, month_list, weights, bad_dates, dated, first_bad, event_table = self._event_months(
            parameters, context, feedback, events, metric, date_field, deaths_field, zone_geom, control, period)
        self._check_dates(bad_dates, dated, first_bad, month_list, date_field, period, zone["name"], feedback)
        all_months = pd.PeriodIndex(month_list, freq="M")
        index = self._month_window(all_months, start, months, period)
        mask_zone = np.asarray(in_zone) == 1
        w = np.asarray(weights, dtype=float)
        zone_counts = monthly_counts(all_months[mask_zone], w[mask_zone], index)
        control_counts = monthly_counts(all_months[~mask_zone], w[~mask_zone], index)
        result = difference_in_differences(zone_counts, control_counts, zone_geom.area() / 1e6,
                                           control.area() / 1e6, start, confidence)
        message = self.tr(VERDICTS[result.verdict]).format(MIN_MONTHS)
        feedback.pushInfo(self.tr("Zone '{0}': DiD = {1:.3f} per 1,000 km² per month ({2:.0%} CI {3:.3f} to "
                                  "{4:.3f}); {5} months before, {6} after. {7}")
                          .format(zone["name"], result.estimate, confidence, result.ci_low, result.ci_high,
                                  result.months_before, result.months_after, message))
        covered = (index[0].start_time.date().isoformat(), index[-1].end_time.date().isoformat())
        results: Dict[str, Any] = {
            self.ESTIMATE: _num(result.estimate), self.CI_LOW: _num(result.ci_low), self.CI_HIGH: _num(result.ci_high),
            self.VERDICT: result.verdict, self.MONTHS_BEFORE: result.months_before,
            self.MONTHS_AFTER: result.months_after, "PERIOD_START": covered[0], "PERIOD_END": covered[1],
        }
        from .precision import precision_results

        results.update(precision_results(event_table))
        if parameters.get(self.OUTPUT) is not None:
            dest = self._write_series(result.series, covered, metric, outputs)
            if dest is not None:
                results[self.OUTPUT] = dest
        if chart:
            self._write_chart(chart, zone["name"], result, str(start), deaths_field, outputs)
            results[self.OUTPUT_CHART] = chart
        outputs.commit()
        return results

    def _chart_path(self, parameters, context) -> str:
        """The chart file asked for (empty: none), refused unless .png or .svg in a folder one can write to."""
        chart = self.parameterAsFileOutput(parameters, self.OUTPUT_CHART, context)
        if chart and os.path.splitext(chart)[1].lower() not in (".png", ".svg"):
            raise self.fail("The chart must be a .png or .svg file, not {0}: change the file name.", chart)
        if chart:
            from qgis.core import QgsProcessingException

            from ..qgis_bridge.outputs import ensure_writable

            try:
                ensure_writable(chart, self.OUTPUT_CHART)
            except QgsProcessingException:
                raise self.fail("Could not write the chart {0}: choose a folder you can write to.", chart) from None
        return chart

    def _check_dates(self, bad_dates, dated, first_bad, month_list, date_field, period, zone_name, feedback) -> None:
        """Warn about undated events; refuse when no event has a date or none falls in the zone or its region."""
        if bad_dates:
            feedback.pushWarning(self.tr("{0} events without a readable date in '{1}' were left out.")
                                 .format(bad_dates, date_field))
        if not dated and first_bad is not None:
            raise self.fail("The date field '{0}' holds '{1}', not a date (no event has a readable date): write the "
                            "dates as YYYY-MM-DD or choose the field that holds the event dates.", date_field,
                            first_bad)
        if not dated:
            raise self.fail("The date field '{0}' is empty (NULL) for every event: choose the field that holds the "
                            "event dates.", date_field)
        if not month_list:
            if period.given:
                raise self.fail("No dated event of the period falls in zone '{0}' or the rest of its region: widen "
                                "'From date'/'To date'.", zone_name)
            raise self.fail("No dated event falls in zone '{0}' or the rest of its region: check the date field "
                            "and the layers' CRS.", zone_name)

    def _month_window(self, all_months, start, months: int, period):
        """The months compared: ``months`` either side of the start, within the events' months and the period's
        whole months (a cut month would look calmer)."""
        import pandas as pd

        first = max(all_months.min(), start - months)
        last = min(all_months.max(), start + (months - 1))
        if period.start is not None:   # whole months of the period only: a cut month would look calmer
            first_whole = pd.Period(period.start, freq="M")
            first = max(first, first_whole if period.start.day == 1 else first_whole + 1)
        if period.end is not None:
            last_whole = pd.Period(period.end, freq="M")
            last = min(last, last_whole if period.end == last_whole.end_time.normalize() else last_whole - 1)
        if last < first:
            raise self.fail("The events do not cover the months around {0}: choose events that span the start "
                            "date.", str(start))
        return pd.period_range(first, last, freq="M")

    def _write_series(self, series, covered, metric, outputs):
        """The monthly series table (month, rates, difference, the period covered); its destination or None."""
        fields = QgsFields()
        for name, kind in (("month", T_STRING), ("period", T_STRING),
                           ("zone_rate", T_DOUBLE), ("control_rate", T_DOUBLE),
                           ("difference", T_DOUBLE), (PERIOD_START_FIELD, T_STRING),
                           (PERIOD_END_FIELD, T_STRING)):
            fields.append(QgsField(name, kind))
        sink, dest = outputs.sink(self.OUTPUT, fields, qc.WKB_NOGEOMETRY, metric)
        if sink is None:
            return None
        for _, row in series.iterrows():
            feature = QgsFeature(fields)
            feature.setAttributes([row["month"], row["period"], float(row["zone_rate"]),
                                   float(row["control_rate"]), float(row["difference"]), *covered])
            sink.addFeature(feature, SINK_FAST_INSERT)
        del sink
        return dest

    def _write_chart(self, chart: str, zone_name, result, start: str, deaths_field, outputs) -> None:
        title = self.tr("{0}: DiD {1:+.2f} [{2:+.2f}, {3:+.2f}] — {4}").format(
            zone_name, result.estimate, result.ci_low, result.ci_high, self.tr(VERDICT_NAMES[result.verdict]))
        try:
            save_did_chart(outputs.file(chart, self.OUTPUT_CHART), result.series, start, title,
                           self.tr("events per 1,000 km² per month") if not deaths_field
                           else self.tr("deaths per 1,000 km² per month"),
                           self.tr("zone"), self.tr("rest of region"))
        except OSError:
            raise self.fail("Could not write the chart {0}: choose a folder you can write to.", chart) from None

    @staticmethod
    def _control(zones, region_parts, catchment_km: float) -> QgsGeometry:
        """The regions minus every zone and every zone's catchment ring: the control of vdto:displacement, so
        violence pushed next door is not read as the control rising (core.cycle.catchment_and_control)."""
        from shapely import wkb

        from ..core.cycle import catchment_and_control
        from ..qgis_bridge.zones_layer import geometry_from_shape, zones_as_shapes

        _fids, _names, shapes, _repaired = zones_as_shapes(zones, list(features_of(zones)))
        study = wkb.loads(bytes(QgsGeometry.unaryUnion(region_parts).asWkb()))
        if catchment_km <= 0:
            from shapely.ops import unary_union

            return geometry_from_shape(study.difference(unary_union(shapes)))
        _rings, control = catchment_and_control(shapes, study, catchment_km * 1000.0)
        return geometry_from_shape(control)

    def _event_months(self, parameters, context, feedback, events, metric, date_field, deaths_field, zone_geom,
                      control, period=None):
        """Each event's month, side (1 zone, 0 rest of region) and weight, read by the one events reader.

        ``period`` (``events.EventPeriod``): the reader keeps the events of START/END only (days included); events
        whose date cannot be read are then left out by the reader and counted as undated here.

        Precise events count where they fall; events known only to a municipality or a state are shared between
        the zone and the rest of the region by the area of their polygon each covers (coarser ones are left out).
        """
        import numpy as np
        from shapely import wkb

        from ..core._compat import contains_xy
        from ..definitions import PRECISION_MUNICIPALITY, PRECISION_POINT, PRECISION_STATE
        from .precision import precision_query, read_precise_events

        values = period.query_values() if period is not None and period.given else {}
        values["date_field"] = date_field
        query = precision_query(self, parameters, context, deaths_field=deaths_field or "",
                                extra_fields=[date_field], **values)
        table = read_precise_events(self, parameters, context, feedback, events, metric, query,
                                    input_name=self.EVENTS)
        frame = table.frame
        zone_shape, control_shape = wkb.loads(bytes(zone_geom.asWkb())), wkb.loads(bytes(control.asWkb()))
        x, y = frame["x"].to_numpy(float), frame["y"].to_numpy(float)
        located = np.isfinite(x) & np.isfinite(y)
        in_zone_pt = np.zeros(len(frame), dtype=bool)
        in_control_pt = np.zeros(len(frame), dtype=bool)
        in_zone_pt[located] = contains_xy(zone_shape, x[located], y[located])
        in_control_pt[located] = contains_xy(control_shape, x[located], y[located]) & ~in_zone_pt[located]
        shares: Dict[tuple, tuple] = {}

        def share(kind: int, key) -> tuple:
            """(zone, control) share of a municipality's or state's area."""
            if (kind, key) not in shares:
                munis = table.municipalities
                members = [int(key)] if kind == PRECISION_MUNICIPALITY else np.nonzero(munis.state_of == key)[0]
                area = float(munis.area[members].sum())
                zone_area = sum(munis.geoms[m].intersection(zone_shape).area for m in members)
                control_area = sum(munis.geoms[m].intersection(control_shape).area for m in members)
                shares[(kind, key)] = (zone_area / area, control_area / area) if area > 0 else (0.0, 0.0)
            return shares[(kind, key)]

        in_zone: List[int] = []
        month_list: List[str] = []
        weights: List[float] = []
        bad_dates, dated, first_bad = int(table.null_date), 0, None
        handled, deaths = table.handled, frame["deaths"].to_numpy(float)
        for i, raw in enumerate(frame[date_field].tolist()):
            month = _month_of(raw)
            if month is None:
                bad_dates += 1
                if first_bad is None and raw is not None and str(raw).strip():
                    first_bad = str(raw)
                continue
            dated += 1
            if handled[i] == PRECISION_POINT:
                parts = [(1, 1.0)] if in_zone_pt[i] else [(0, 1.0)] if in_control_pt[i] else []
            elif handled[i] in (PRECISION_MUNICIPALITY, PRECISION_STATE):
                key = frame["place_muni"].iat[i] if handled[i] == PRECISION_MUNICIPALITY else \
                    frame["place_state"].iat[i]
                zone_part, control_part = share(int(handled[i]), key)
                parts = [(side, part) for side, part in ((1, zone_part), (0, control_part)) if part > 0]
            else:
                parts = []
            for side, part in parts:
                in_zone.append(side)
                month_list.append(str(month))
                weights.append(deaths[i] * part)
        return in_zone, month_list, weights, bad_dates, dated, first_bad, table

    def _pick_zone(self, zones, wanted: str) -> QgsFeature:
        names = zones.fields().names()
        candidates = []
        for feature in features_of(zones):
            ids = [str(feature[n]) for n in ("zone_id", "name") if n in names and feature[n] is not None]
            if wanted:
                if wanted in ids:
                    return feature
            elif "status" in names and str(feature["status"]) == "active":
                candidates.append(feature)
        if wanted:
            raise self.fail("No zone has zone_id or name '{0}': check the spelling in the zones layer.", wanted)
        dated = [f for f in candidates if "start_date" in names and _month_of(f["start_date"]) is not None]
        if not dated:
            raise self.fail("No active zone with a start_date: set a zone's status to 'active' and its start_date, "
                            "or name the zone to evaluate.")
        return dated[0]


def _transform(source_crs, target):
    from qgis.core import QgsCoordinateTransform, QgsProject

    return None if source_crs == target else QgsCoordinateTransform(source_crs, target, QgsProject.instance())


def _to_metric(geometry: QgsGeometry, source_crs, target) -> QgsGeometry:
    geometry = QgsGeometry(geometry)
    transform = _transform(source_crs, target)
    if transform is not None and not geometry.isNull():
        geometry.transform(transform)
    return geometry


def _month_of(value):
    """A pandas monthly Period under the plugin's date grammar (core.dates: ISO, day-first "03/04/2020" = April,
    year-month); None when unreadable or when only the year is known ("2020" has no month)."""
    import pandas as pd

    from ..core.dates import month_of
    from ..qgis_bridge.fields import plain_value

    month = month_of(plain_value(value, as_date=True))
    return None if month is None else pd.Period(year=month[0], month=month[1], freq="M")


def _num(value: float):
    import math

    return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)


def save_did_chart(path: str, series, start: str, title: str, y_label: str, zone_label: str,
                   control_label: str) -> None:
    """Draw the zone's and the region's monthly rates with the start month marked, as PNG or SVG.

    QPainter (not matplotlib) because QGIS always ships Qt, never necessarily matplotlib. The caller passes the
    temporary path of an ``OutputTransaction``, so a failure leaves no half-written chart.
    """
    from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt
    from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen

    width, height = 900, 420
    left, right, top, bottom = 70, 20, 50, 60
    suffix = os.path.splitext(path)[1].lower()
    tmp = path
    painter = QPainter()
    image = None
    generator = None
    if suffix == ".svg":
        from qgis.PyQt.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(tmp)
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRectF(0, 0, width, height))
        generator.setTitle(title)
        painter.begin(generator)
    else:
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter.begin(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
        values = list(series["zone_rate"]) + list(series["control_rate"])
        top_value = max(max(values) if values else 1.0, 1e-9) * 1.1
        n = max(len(series) - 1, 1)
        plot_w, plot_h = width - left - right, height - top - bottom

        def xy(i: int, v: float) -> QPointF:
            return QPointF(left + plot_w * i / n, top + plot_h * (1 - v / top_value))

        painter.setPen(QPen(QColor("#444444"), 1))
        painter.drawLine(QPointF(left, top + plot_h), QPointF(left + plot_w, top + plot_h))
        painter.drawLine(QPointF(left, top), QPointF(left, top + plot_h))
        font = QFont()
        font.setPointSize(9)
        painter.setFont(font)
        for k in range(5):
            v = top_value * k / 4
            p = xy(0, v)
            painter.drawText(QRectF(0, p.y() - 8, left - 6, 16), int(Qt.AlignmentFlag.AlignRight), f"{v:.2f}")
        months = list(series["month"])
        step = max(1, len(months) // 8)
        for i in range(0, len(months), step):
            p = xy(i, 0)
            painter.drawText(QRectF(p.x() - 30, top + plot_h + 4, 60, 16), int(Qt.AlignmentFlag.AlignCenter),
                             months[i])
        if start in months:
            p = xy(months.index(start), 0)
            painter.setPen(QPen(QColor("#888888"), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(p.x(), top), QPointF(p.x(), top + plot_h))
        for column, colour, label, row in (("control_rate", "#1f78b4", control_label, 0),
                                           ("zone_rate", "#e31a1c", zone_label, 1)):
            painter.setPen(QPen(QColor(colour), 2))
            data = list(series[column])
            for i in range(1, len(data)):
                painter.drawLine(xy(i - 1, data[i - 1]), xy(i, data[i]))
            painter.drawText(QRectF(left + plot_w - 200, top + 4 + 16 * row, 190, 16),
                             int(Qt.AlignmentFlag.AlignRight), label)
        painter.setPen(QPen(QColor("black"), 1))
        font.setPointSize(11)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(left, 8, plot_w, 24), int(Qt.AlignmentFlag.AlignLeft), title)
        font.setPointSize(9)
        font.setBold(False)
        painter.setFont(font)
        painter.drawText(QRectF(left, height - 22, plot_w, 18), int(Qt.AlignmentFlag.AlignCenter), y_label)
    finally:
        painter.end()
    if image is not None and not image.save(tmp, "PNG"):
        raise OSError(path)
    if not os.path.exists(tmp):
        raise OSError(path)
