"""The targeting cycle: ``vdto:rankinghistory``, ``vdto:designatetarget``, ``vdto:announcementeffect`` and
``vdto:displacement``.

Rank over time → designate the most violent → announce → watch whether violence falls or merely moves → the next
most violent. The ranking reads and attributes events with ``vdto:rankvdtos``'s own code (``load_events``), so one
period of the history is that algorithm's ranking of the period exactly; the mathematics is in ``core.cycle``.
"""
from __future__ import annotations

import math
import os
from typing import Any, Dict

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry,
                       QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterString)
from qgis.PyQt.QtCore import QDate, Qt

from .. import qgis_compat as qc
from ..definitions import (DEFAULT_CATCHMENT_KM, DEFAULT_CYCLE_MONTHS, DEFAULT_HISTORY_BOOTSTRAP,
                           DEFAULT_HISTORY_INTERVAL, DEFAULT_HISTORY_SEED, MEXICO_METRIC_CRS, TARGET_STATUSES)
from ..i18n import QT_TRANSLATE_NOOP
from ..qgis_bridge.fields import pick_field, plain_value
from .base import TransactionalAlgorithm, VdtoAlgorithm
from .precision import (PrecisionOptions, add_precision_outputs, add_precision_parameters, precision_note,
                        precision_results)
from .events import (DATE_CANDIDATES, DEATHS_CANDIDATES, EventOptions, add_event_parameters, check_crs, fields_of,
                     load_events, parse_date, write_rows)

HISTORY_FIELDS = [
    ("organisation", qc.TYPE_STRING), ("period", qc.TYPE_STRING), ("period_start", qc.FIELD_TYPE_DATE),
    ("period_end", qc.FIELD_TYPE_DATE), ("deaths", qc.TYPE_DOUBLE), ("events", qc.TYPE_INT), ("rank", qc.TYPE_INT),
    ("rank_change", qc.TYPE_INT), ("deaths_low", qc.TYPE_DOUBLE), ("deaths_high", qc.TYPE_DOUBLE),
    ("rank_low", qc.TYPE_INT), ("rank_high", qc.TYPE_INT), ("tied_with", qc.TYPE_STRING),
    ("rank_other_rule", qc.TYPE_INT), ("attribution", qc.TYPE_STRING),
]

ITS_VERDICTS = {
    "too few months": QT_TRANSLATE_NOOP("VdtoAlgorithm", "Too few months to tell: at least {0} months before and {0} "
                                                         "after the announcement are needed ({1} before, {2} after "
                                                         "in the data)."),
    "fell, others did not": QT_TRANSLATE_NOOP("VdtoAlgorithm", "Violence attributed to {3} fell after the "
                                                               "announcement while the other organisations' did not: "
                                                               "consistent with the announcement working."),
    "fell, others fell too": QT_TRANSLATE_NOOP("VdtoAlgorithm", "Violence attributed to {3} fell after the "
                                                                "announcement, but so did the other organisations': "
                                                                "the fall cannot be credited to the announcement."),
    "rose, others did not": QT_TRANSLATE_NOOP("VdtoAlgorithm", "Violence attributed to {3} rose after the "
                                                               "announcement while the other organisations' did not: "
                                                               "the announcement has not changed its tactics."),
    "rose, others rose too": QT_TRANSLATE_NOOP("VdtoAlgorithm", "Violence attributed to {3} rose after the "
                                                                "announcement, as did the other organisations': a "
                                                                "general rise, not a response to the announcement."),
    "mixed": QT_TRANSLATE_NOOP("VdtoAlgorithm", "Mixed signal for {3}: the level and the trend moved in opposite "
                                                "directions at the announcement; watch longer before judging."),
    "no change": QT_TRANSLATE_NOOP("VdtoAlgorithm", "No change in {3}'s violence at the announcement can be told "
                                                    "apart from month-to-month noise (both 95 % intervals include "
                                                    "zero)."),
}

WDQ_VERDICTS = {
    "displacement": QT_TRANSLATE_NOOP("VdtoAlgorithm", "displacement: violence fell in the zone but rose in the ring "
                                                       "around it"),
    "diffusion": QT_TRANSLATE_NOOP("VdtoAlgorithm", "diffusion of benefits: violence fell in the zone and in the "
                                                    "ring around it"),
    "no clear effect": QT_TRANSLATE_NOOP("VdtoAlgorithm", "no clear effect on the ring: violence fell in the zone; "
                                                          "the ring changed like the control"),
    "did not fall": QT_TRANSLATE_NOOP("VdtoAlgorithm", "violence did not fall in the zone (relative to the "
                                                       "control): displacement cannot be judged"),
    "no control events": QT_TRANSLATE_NOOP("VdtoAlgorithm", "no events in the control area before or after: "
                                                            "cannot tell"),
    "no events before": QT_TRANSLATE_NOOP("VdtoAlgorithm", "no events in the zone before the announcement: "
                                                           "nothing to judge"),
}


#: The six counts of the weighted displacement quotient: zone (r), ring (b), control (c), before (b) and after (a).
WDQ_KEYS = ("rb", "ra", "bb", "ba", "cb", "ca")


def _qdate(text: str):
    return QDate.fromString(str(text)[:10], Qt.DateFormat.ISODate)


# ------------------------------------------------------------------------------------------- ranking history
class RankingHistoryAlgorithm(TransactionalAlgorithm, EventOptions):
    NAME = "rankinghistory"
    DISPLAY = "Ranking over time (with bootstrap intervals)"
    GROUP = "vdtos"
    HELP = ("Ranks the organisations per month, quarter or year with the attribution rule of vdto:rankvdtos (one "
            "period here equals vdto:rankvdtos run on that period). One row per organisation and period: deaths, "
            "events, rank, rank_change (previous rank − rank: positive means it climbed towards 1). With bootstrap "
            "replicates the period's events are resampled with replacement: deaths_low/high and rank_low/high are "
            "95 % intervals, and tied_with lists the organisations whose rank interval overlaps — tied for the "
            "purpose of designation. The same seed gives the same intervals. rank_other_rule is the rank under the "
            "other attribution rule (equal shares instead of full involvement, or the reverse).")
    INPUT = "INPUT"
    INTERVAL = "INTERVAL"
    BOOTSTRAP = "BOOTSTRAP"
    SEED = "SEED"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Events (UCDP GED or ACLED)"),
                                                              [qc.SOURCE_POINT]))
        add_event_parameters(self, self.INPUT)
        self.addParameter(QgsProcessingParameterEnum(self.INTERVAL, self.tr("Period"),
                                                     options=[self.tr("Month"), self.tr("Quarter"), self.tr("Year")],
                                                     defaultValue=DEFAULT_HISTORY_INTERVAL.value))
        self.addParameter(QgsProcessingParameterNumber(self.BOOTSTRAP, self.tr("Bootstrap replicates (0: none)"),
                                                       qc.NUMBER_INTEGER, DEFAULT_HISTORY_BOOTSTRAP, minValue=0,
                                                       maxValue=100000))
        self.addParameter(QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), qc.NUMBER_INTEGER,
                                                       DEFAULT_HISTORY_SEED, minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Ranking over time"),
                                                            qc.SOURCE_VECTOR))
        self.addOutput(QgsProcessingOutputNumber("PERIODS", self.tr("Periods")))

    def _process(self, parameters, context, feedback, outputs):
        import pandas as pd

        from ..core.cycle import period_bounds, ranking_history

        data = load_events(self, parameters, context, feedback)
        if "date" not in data.frame:
            raise self.fail("The events layer has no date field: choose the field that holds the event dates in "
                            "'Date field' (a ranking over time needs dates).")
        frame = data.frame
        undated = int(frame["date"].isna().sum())
        if undated:
            feedback.pushWarning(self.tr("{0} events have no readable date and were left out of the history.")
                                 .format(undated))
        dated = frame["date"].dropna()
        if dated.empty:
            raise self.fail("No event has a readable date: choose the field that holds the event dates in 'Date "
                            "field'.")
        first = pd.Timestamp(data.start) if data.start[:4].isdigit() and len(data.start) >= 10 else dated.min()
        last = pd.Timestamp(data.end) if data.end[:4].isdigit() and len(data.end) >= 10 else dated.max()
        interval = self.parameterAsEnum(parameters, self.INTERVAL, context)
        replicates = self.parameterAsInt(parameters, self.BOOTSTRAP, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        periods = period_bounds(first, last, interval)
        feedback.setProgress(45)
        table = ranking_history(frame, data.attributed, periods, replicates, seed,
                                progress=lambda f: feedback.setProgress(45 + 50 * f), cancelled=feedback.isCanceled)
        if feedback.isCanceled():
            return {}
        if table.empty:
            raise self.fail("No drug-trafficking organisation takes part in the chosen events: check the actor "
                            "fields and the alias table (kinds other than dto are never ranked).")
        table = table.merge(self._other_rule(data, periods), on=["organisation", "period"], how="left")
        rows = []
        for row in table.to_dict("records"):
            row["period_start"] = _qdate(row["period_start"])
            row["period_end"] = _qdate(row["period_end"])
            row["attribution"] = data.rule_text
            row["tied_with"] = row["tied_with"] or None
            for key in ("rank_change", "rank_low", "rank_high", "rank_other_rule"):
                value = row[key]
                row[key] = None if value is None or (isinstance(value, float) and math.isnan(value)) else int(value)
            rows.append(row)
        fields = fields_of(HISTORY_FIELDS)
        sink, dest = outputs.sink(self.OUTPUT, fields, qc.WKB_NOGEOMETRY)
        if not write_rows(sink, fields, rows, feedback):
            return {}
        sink = None
        outputs.commit()
        leaders = table[table["rank"] == 1]
        last_leader = leaders.iloc[-1]
        tie = (self.tr(" — tied within the bootstrap interval with {0}").format(last_leader["tied_with"])
               if last_leader["tied_with"] else "")
        feedback.pushInfo(self.tr("{0} periods; most violent in {1}: {2}{3}.").format(
            table["period"].nunique(), last_leader["period"], last_leader["organisation"], tie))
        feedback.setProgress(100)
        return {self.OUTPUT: dest, "PERIODS": int(table["period"].nunique())}

    @staticmethod
    def _other_rule(data, periods):
        """Each organisation's rank per period under the other attribution rule: switching the rule is the other
        source of uncertainty in a rank (full involvement vs equal shares), reported beside the bootstrap."""
        from ..core.attribution import ATTRIBUTION_EQUAL, ATTRIBUTION_FULL, PARTY_COLUMNS, attribute
        from ..core.cycle import ranking_history

        other = ATTRIBUTION_EQUAL if data.rule == ATTRIBUTION_FULL else ATTRIBUTION_FULL
        attributed = attribute(data.frame, data.attributed[PARTY_COLUMNS], other)
        table = ranking_history(data.frame, attributed, periods)
        return table[["organisation", "period", "rank"]].rename(columns={"rank": "rank_other_rule"})


# ------------------------------------------------------------------------------------------- designation
class DesignateTargetAlgorithm(VdtoAlgorithm):
    NAME = "designatetarget"
    DISPLAY = "Designate or announce a target"
    GROUP = "zones"
    HELP = ("Writes the targeting cycle's targets table in the zones GeoPackage (created by vdto:createzoneslayer): "
            "a new target (organisation or region, with the ranking criterion and its period) or a change of an "
            "existing one's status — proposed, designated, announced (with the announcement date) or closed. "
            "Each change is on disk when the algorithm returns. NEXT lists the ranking with the designated and "
            "announced organisations left out: the next most violent.")
    ZONES_FILE = "ZONES_FILE"
    TARGET_ID = "TARGET_ID"
    ORGANISATION = "ORGANISATION"
    REGION = "REGION"
    CRITERION = "CRITERION"
    STATUS = "STATUS"
    DATE = "DATE"
    ANALYST = "ANALYST"
    NOTES = "NOTES"
    RANKING = "RANKING"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(self.ZONES_FILE, self.tr("Zones GeoPackage"), extension="gpkg"))
        self.addParameter(QgsProcessingParameterString(self.TARGET_ID, self.tr("Target id (empty: a new target)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(self.ORGANISATION, self.tr("Organisation"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.REGION, self.tr("Region"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.CRITERION, self.tr("Criterion (the ranking rule in "
                                                                               "words, with its period)"),
                                                       optional=True, multiLine=True))
        self.addParameter(QgsProcessingParameterEnum(self.STATUS, self.tr("Status"), options=TARGET_STATUSES,
                                                     defaultValue=1))
        self.addParameter(QgsProcessingParameterString(self.DATE, self.tr("Date of the designation or announcement "
                                                                          "(YYYY-MM-DD, empty: today)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(self.ANALYST, self.tr("Analyst"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.NOTES, self.tr("Notes"), optional=True, multiLine=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.RANKING, self.tr("Ranking (for the next most "
                                                                                    "violent)"),
                                                              [qc.SOURCE_VECTOR], optional=True))
        self.addOutput(QgsProcessingOutputString(self.TARGET_ID, self.tr("Target id")))
        self.addOutput(QgsProcessingOutputString("NEXT", self.tr("Next most violent")))

    def processAlgorithm(self, parameters, context, feedback) -> Dict[str, Any]:  # noqa: N802
        from ..qgis_bridge.targets_table import TargetRefused, TargetStore

        path = self.parameterAsFile(parameters, self.ZONES_FILE, context)
        if not path or not os.path.exists(path):
            raise self.fail("The zones file {0} does not exist: create it with 'Create zones GeoPackage' first.",
                            path)
        status = TARGET_STATUSES[self.parameterAsEnum(parameters, self.STATUS, context)]
        date = self.parameterAsString(parameters, self.DATE, context).strip()
        if date:
            parse_date(self, date, self.tr("designation"))
        values: Dict[str, object] = {"status": status}
        for key, param in (("organisation", self.ORGANISATION), ("region", self.REGION),
                           ("criterion", self.CRITERION), ("analyst", self.ANALYST), ("notes", self.NOTES)):
            text = self.parameterAsString(parameters, param, context).strip()
            if text:
                values[key] = text
        if date and status == "announced":
            values["announced_on"] = date
        elif date and status in ("designated", "proposed"):
            values["designated_on"] = date
        target_id = self.parameterAsString(parameters, self.TARGET_ID, context).strip()
        try:
            store = TargetStore.open(path)
            if target_id:
                store.update(target_id, values)
            else:
                target_id = store.add(values)
            designated = store.designated()
        except TargetRefused as error:
            raise self.fail(str(error)) from error
        feedback.pushInfo(self.tr("Target {0} is {1} in {2}.").format(target_id, status, path))
        return {self.TARGET_ID: target_id, "NEXT": self._next(parameters, context, designated)}

    def _next(self, parameters, context, designated) -> str:
        import pandas as pd

        from ..core.cycle import next_most_violent

        source = self.parameterAsSource(parameters, self.RANKING, context)
        if source is None or source.fields().indexOf("organisation") < 0 or source.fields().indexOf("rank") < 0:
            return ""
        rows = [(plain_value(f["organisation"]), plain_value(f["rank"])) for f in source.getFeatures()]
        table = pd.DataFrame([r for r in rows if r[0] and r[1] is not None], columns=["organisation", "rank"])
        if "period" in source.fields().names():   # a history: its latest period
            periods = [plain_value(f["period"]) for f in source.getFeatures()]
            table["period"] = [p for (o, r), p in zip(rows, periods) if o and r is not None]
            table = table[table["period"] == max(table["period"])]
        rest = next_most_violent(table, designated)
        return "; ".join(f"{int(r.next_rank)}. {r.organisation}" for r in rest.head(5).itertuples())


# ------------------------------------------------------------------------------------------ announcement
class AnnouncementEffectAlgorithm(TransactionalAlgorithm, EventOptions, PrecisionOptions):
    NAME = "announcementeffect"
    DISPLAY = "Announcement effect (interrupted time series)"
    GROUP = "vdtos"
    HELP = ("Did violence change when the target was announced? An interrupted time series (segmented regression) "
            "of the organisation's monthly attributed deaths around the announcement: level change (the jump at the "
            "announcement month, which counts as after) and slope change (deaths per month, per month), with "
            "month-of-year terms and Newey–West standard errors (Bartlett kernel, lag floor(4(n/100)^(2/9))), beside "
            "the same model for all other organisations together. Months in which the layer holds no event at all "
            "are gaps in the source, not zeros, and are left out. Fewer than 12 months on either side: 'too few "
            "months to tell'. The series is national: every event counts whatever its location precision (events "
            "known only to a municipality, a state or the country included); PRECISION and PREC_* (and the "
            "precision field of OUTPUT) state how many events and deaths are of each precision class, as the "
            "maps would handle them (give MUNICIPALITIES to place the spread ones as the maps do).")
    EVENTS = "EVENTS"
    ORGANISATION = "ORGANISATION"
    ANNOUNCED = "ANNOUNCED"
    MONTHS_BEFORE = "MONTHS_BEFORE"
    MONTHS_AFTER = "MONTHS_AFTER"
    OUTPUT_CHART = "OUTPUT_CHART"
    OUTPUT = "OUTPUT"
    RESULTS = ("LEVEL_CHANGE", "LEVEL_SE", "SLOPE_CHANGE", "SLOPE_SE", "POST_SLOPE", "POST_SLOPE_SE",
               "OTHERS_LEVEL_CHANGE", "OTHERS_LEVEL_SE", "OTHERS_SLOPE_CHANGE", "OTHERS_SLOPE_SE", "N_BEFORE",
               "N_AFTER", "LAGS")

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.EVENTS, self.tr("Events (UCDP GED or ACLED)"),
                                                              [qc.SOURCE_POINT]))
        add_event_parameters(self, self.EVENTS)
        self.addParameter(QgsProcessingParameterString(self.ORGANISATION, self.tr("Organisation (as in the "
                                                                                  "ranking)")))
        self.addParameter(QgsProcessingParameterString(self.ANNOUNCED, self.tr("Announcement date (YYYY-MM-DD)")))
        self.addParameter(QgsProcessingParameterNumber(self.MONTHS_BEFORE, self.tr("Months before"),
                                                       qc.NUMBER_INTEGER, DEFAULT_CYCLE_MONTHS, minValue=1,
                                                       maxValue=240))
        self.addParameter(QgsProcessingParameterNumber(self.MONTHS_AFTER, self.tr("Months after"),
                                                       qc.NUMBER_INTEGER, DEFAULT_CYCLE_MONTHS, minValue=1,
                                                       maxValue=240))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT_CHART, self.tr("Chart"),
                                                                self.tr("PNG image (*.png);;SVG image (*.svg)"),
                                                                optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Monthly series and fit"),
                                                            qc.SOURCE_VECTOR, optional=True, createByDefault=False))
        add_precision_parameters(self, self.EVENTS)
        add_precision_outputs(self)
        for name in self.RESULTS:
            self.addOutput(QgsProcessingOutputNumber(name, name.replace("_", " ").lower()))
        self.addOutput(QgsProcessingOutputString("VERDICT", self.tr("Verdict (key)")))
        self.addOutput(QgsProcessingOutputString("VERDICT_TEXT", self.tr("Verdict")))

    def _process(self, parameters, context, feedback, outputs):
        import numpy as np
        import pandas as pd

        from ..core.cycle import MIN_ITS_MONTHS, interrupted_time_series, its_verdict
        from ..core.organisations import DTO_KINDS

        chart = self.parameterAsFileOutput(parameters, self.OUTPUT_CHART, context)
        if chart and os.path.splitext(chart)[1].lower() not in (".png", ".svg"):
            raise self.fail("The chart must be a .png or .svg file, not {0}: change the file name.", chart)
        wanted = self.parameterAsString(parameters, self.ORGANISATION, context).strip()
        if not wanted:
            raise self.fail("No organisation given: write its name as the ranking spells it.")
        announced_text = self.parameterAsString(parameters, self.ANNOUNCED, context).strip()
        if not announced_text:
            raise self.fail("No announcement date given: write it as YYYY-MM-DD.")
        announced = parse_date(self, announced_text, self.tr("announcement"))
        before = self.parameterAsInt(parameters, self.MONTHS_BEFORE, context)
        after = self.parameterAsInt(parameters, self.MONTHS_AFTER, context)
        data = load_events(self, parameters, context, feedback, input_name=self.EVENTS,
                           municipalities=self.parameterAsSource(parameters, self.MUNICIPALITIES, context))
        frame = data.frame
        if "date" not in frame or frame["date"].isna().all():
            raise self.fail("The events have no readable dates: choose the field that holds the event dates in "
                            "'Date field'.")
        first, last = frame["date"].min(), frame["date"].max()
        if announced < first or announced > last:
            raise self.fail("The announcement date {0} lies outside the events ({1} – {2}): give a date within the "
                            "data, or events that cover it.", announced.date(), first.date(), last.date())
        name = self._resolve(data, wanted)
        month = frame["date"].dt.to_period("M")
        covered = pd.PeriodIndex(sorted(month.dropna().unique()), freq="M")
        ann = pd.Period(announced, freq="M")
        window = covered[(covered >= ann - before) & (covered <= ann + (after - 1))]
        ranked = data.attributed[data.attributed["kind"].isin(list(DTO_KINDS))]
        party_month = month.reindex(ranked["eid"]).to_numpy()
        mine = ranked["organisation"].to_numpy() == name
        deaths = ranked["deaths"].to_numpy(dtype=float)
        series = pd.Series(deaths[mine], index=pd.PeriodIndex(party_month[mine], freq="M")).groupby(level=0).sum()
        others = pd.Series(deaths[~mine], index=pd.PeriodIndex(party_month[~mine], freq="M")).groupby(level=0).sum()
        series = series.reindex(window, fill_value=0.0)
        others = others.reindex(window, fill_value=0.0)
        if not len(window) or float(series.abs().sum()) == 0.0:
            raise self.fail("{0} has no attributed deaths in the {1} months before and {2} after {3}: choose an "
                            "organisation active around the announcement, or widen the months.", name, before, after,
                            announced.date())
        full = pd.period_range(window.min(), window.max(), freq="M") if len(window) else window
        gaps = len(full) - len(window)
        target = interrupted_time_series(series, ann)
        rest = interrupted_time_series(others, ann)
        verdict = its_verdict(target, rest)
        text = self.tr(ITS_VERDICTS[verdict]).format(MIN_ITS_MONTHS, target.months_before, target.months_after, name)
        if gaps:
            feedback.pushWarning(self.tr("{0} months in the window hold no event at all in the layer (a gap in the "
                                         "source) and were left out of the series.").format(gaps))

        def number(value):
            return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)

        results: Dict[str, Any] = {
            "LEVEL_CHANGE": number(target.level), "LEVEL_SE": number(target.level_se),
            "SLOPE_CHANGE": number(target.slope), "SLOPE_SE": number(target.slope_se),
            "POST_SLOPE": number(target.post_slope), "POST_SLOPE_SE": number(target.post_slope_se),
            "OTHERS_LEVEL_CHANGE": number(rest.level), "OTHERS_LEVEL_SE": number(rest.level_se),
            "OTHERS_SLOPE_CHANGE": number(rest.slope), "OTHERS_SLOPE_SE": number(rest.slope_se),
            "N_BEFORE": target.months_before, "N_AFTER": target.months_after,
            "LAGS": target.fit.lags if target.fit is not None else None,
            "VERDICT": verdict, "VERDICT_TEXT": text,
        }
        results.update(precision_results(data.table))
        note = self.tr("national series: every event counts whatever its location precision; {0}").format(
            data.table.counts.text())
        if target.fit is not None:
            for label, model in ((name, target), (self.tr("all other organisations"), rest)):
                low, high = model.interval("level")
                s_low, s_high = model.interval("slope")
                feedback.pushInfo(self.tr("{0}: level change {1:+.1f} deaths/month (95 % {2:+.1f} to {3:+.1f}); "
                                          "slope change {4:+.2f} per month (95 % {5:+.2f} to {6:+.2f}).").format(
                    label, model.level, low, high, model.slope, s_low, s_high))
        feedback.pushInfo(text)
        fitted = target.fit.fitted if target.fit is not None else np.full(len(series), np.nan)
        others_fitted = rest.fit.fitted if rest.fit is not None else np.full(len(series), np.nan)
        table = pd.DataFrame({"month": [str(p) for p in series.index], "deaths": series.to_numpy(),
                              "fitted": fitted, "others_deaths": others.to_numpy(), "others_fitted": others_fitted,
                              "period": np.where(series.index >= ann, "after", "before")})
        # The model's summary on every row, so the briefing reads one table (it never reruns the model).
        summary = {"organisation": name, "announced": announced.date().isoformat(), "verdict": verdict,
                   "verdict_text": text, "precision": note}
        for key, which in (("level", "level"), ("slope", "slope"), ("post_slope", "post_slope")):
            low, high = target.interval(which) if target.fit is not None else (math.nan, math.nan)
            summary.update({key: number(getattr(target, which)), key + "_low": number(low),
                            key + "_high": number(high)})
        for key, value in summary.items():
            table[key] = value
        if parameters.get(self.OUTPUT) is not None:
            spec = [("month", qc.TYPE_STRING), ("period", qc.TYPE_STRING), ("deaths", qc.TYPE_DOUBLE),
                    ("fitted", qc.TYPE_DOUBLE), ("others_deaths", qc.TYPE_DOUBLE), ("others_fitted", qc.TYPE_DOUBLE),
                    ("organisation", qc.TYPE_STRING), ("announced", qc.TYPE_STRING), ("verdict", qc.TYPE_STRING),
                    ("verdict_text", qc.TYPE_STRING), ("precision", qc.TYPE_STRING)]
            spec += [(k, qc.TYPE_DOUBLE) for k in ("level", "level_low", "level_high", "slope", "slope_low",
                                                   "slope_high", "post_slope", "post_slope_low", "post_slope_high")]
            fields = fields_of(spec)
            sink, dest = outputs.sink(self.OUTPUT, fields, qc.WKB_NOGEOMETRY)
            if sink is not None:
                if not write_rows(sink, fields, table.to_dict("records"), feedback):
                    return {}
                sink = None
                results[self.OUTPUT] = dest
        if chart:
            from .evaluation import save_did_chart

            drawn = table.rename(columns={"deaths": "zone_rate", "fitted": "control_rate"}).fillna(0.0)
            title = self.tr("{0}: level {1:+.0f}, slope {2:+.1f}/month — {3}").format(
                name, target.level if target.fit else 0.0, target.slope if target.fit else 0.0,
                self.tr(verdict))
            try:
                save_did_chart(outputs.file(chart, self.OUTPUT_CHART), drawn, str(ann), title,
                               self.tr("attributed deaths per month"), self.tr("segmented trend"),
                               self.tr("observed"))
            except OSError:
                raise self.fail("Could not write the chart {0}: choose a folder you can write to.", chart) from None
            results[self.OUTPUT_CHART] = chart
        outputs.commit()
        return results

    def _resolve(self, data, wanted: str) -> str:
        """The organisation's name as attributed (aliases merged); unknown or absent stops the run."""
        from ..core.organisations import normalise

        names = set(data.attributed["organisation"]) if data.attributed is not None else set()
        if wanted in names:
            return wanted
        actor = data.aliases.entries.get(normalise(wanted))
        if actor is not None and actor.name in names:
            return actor.name
        close = sorted(n for n in names if normalise(wanted)[:4] and normalise(n).startswith(normalise(wanted)[:4]))
        hint = self.tr(" (did you mean {0}?)").format(", ".join(close[:3])) if close else ""
        raise self.fail("The organisation '{0}' has no events in the chosen data{1}: write its name as the ranking "
                        "spells it, or widen the dates.", wanted, hint)


# ------------------------------------------------------------------------------------------- displacement
class DisplacementAlgorithm(TransactionalAlgorithm, PrecisionOptions):
    NAME = "displacement"
    DISPLAY = "Displacement and diffusion (weighted displacement quotient)"
    GROUP = "zones"
    HELP = ("Did violence fall in the zone, and did it move next door? For each zone R, its catchment ring B (the "
            "zone buffered by the catchment width, minus every zone) and the control C (the study area — the "
            "municipalities — minus every zone and every ring), events are counted in the months before and after "
            "the announcement (default: each zone's start_date). Weighted displacement quotient (Bowers & Johnson "
            "2003): WDQ = (ba/ca − bb/cb) / (ra/ca − rb/cb), on events (wdq) and on deaths (wdq_deaths). The "
            "denominator (success) is negative when violence fell in the zone relative to the control; then a "
            "positive WDQ is diffusion of benefits and a negative one displacement (|WDQ| < 0.1: no clear effect). "
            "The control excludes the rings, or displacement would read as success. A zone with no events before "
            "is refused when it is the only one evaluated, and reported as such among several. Location "
            "precision: precise events (UCDP where_prec 1–2, ACLED geo_precision 1) count where they fall; an event "
            "known only to its municipality (UCDP 3, ACLED 2) or its state (UCDP 4, ACLED 3) is shared between "
            "zone, ring and control by the area of its municipality or state each covers (a centroid is not a place "
            "in a ring), so counts can be fractional; rb_spread … ca_spread say how much of each count is "
            "apportioned. STATE_EVENTS can leave state-level events out; coarser ones (UCDP 5 and above) are left "
            "out. The precision field and PREC_* results state the events and deaths handled each way. Spreading "
            "needs CVEGEO codes on the municipalities (INEGI's boundaries have them).")
    ZONES = "ZONES"
    ZONE_ID = "ZONE_ID"
    EVENTS = "EVENTS"
    DEATHS_FIELD = "DEATHS_FIELD"
    DATE_FIELD = "DATE_FIELD"
    ANNOUNCED = "ANNOUNCED"
    MONTHS = "MONTHS"
    CATCHMENT_KM = "CATCHMENT_KM"
    MUNICIPALITIES = "MUNICIPALITIES"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.ZONES, self.tr("Enforcement zones"),
                                                              [qc.SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterString(self.ZONE_ID, self.tr("Zone (zone_id or name; empty: every "
                                                                             "zone)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.EVENTS, self.tr("Events (points)"),
                                                              [qc.SOURCE_POINT]))
        self.addParameter(QgsProcessingParameterField(self.DEATHS_FIELD, self.tr("Deaths field (empty: best or "
                                                                                 "fatalities)"), None, self.EVENTS,
                                                      qc.FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterField(self.DATE_FIELD, self.tr("Date field (empty: date_start or "
                                                                               "event_date)"), None, self.EVENTS,
                                                      qc.FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterString(self.ANNOUNCED, self.tr("Announcement date (YYYY-MM-DD; "
                                                                               "empty: each zone's start_date)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.MONTHS, self.tr("Months before and after"),
                                                       qc.NUMBER_INTEGER, 12, minValue=1, maxValue=120))
        self.addParameter(QgsProcessingParameterNumber(self.CATCHMENT_KM, self.tr("Catchment ring width (km)"),
                                                       qc.NUMBER_DOUBLE, DEFAULT_CATCHMENT_KM, minValue=0.1,
                                                       maxValue=500.0))
        self.addParameter(QgsProcessingParameterFeatureSource(self.MUNICIPALITIES, self.tr("Study area "
                                                                                           "(municipalities)"),
                                                              [qc.SOURCE_POLYGON]))
        add_precision_parameters(self, self.EVENTS)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Displacement per zone"),
                                                            qc.SOURCE_POLYGON))
        self.addOutput(QgsProcessingOutputNumber("ZONES", self.tr("Zones evaluated")))
        add_precision_outputs(self)

    def _process(self, parameters, context, feedback, outputs):
        import numpy as np
        import pandas as pd

        from ..core.cycle import control_of, displacement_areas, mask_counts, wdq, window_counts
        from ..definitions import PRECISION_POINT
        from ..qgis_bridge.zones_layer import features_of, geometry_from_shape, zones_as_shapes

        zones = self.parameterAsSource(parameters, self.ZONES, context)
        events = self.parameterAsSource(parameters, self.EVENTS, context)
        munis = self.parameterAsSource(parameters, self.MUNICIPALITIES, context)
        for label, source in ((self.tr("zones"), zones), (self.tr("events"), events),
                              (self.tr("municipalities"), munis)):
            if source is None or source.featureCount() == 0:
                raise self.fail("The {0} layer is empty: choose a layer with features.", label)
            check_crs(self, source, label)
        months = self.parameterAsInt(parameters, self.MONTHS, context)
        catchment_km = self.parameterAsDouble(parameters, self.CATCHMENT_KM, context)
        announced_text = self.parameterAsString(parameters, self.ANNOUNCED, context).strip()
        announced_all = parse_date(self, announced_text, self.tr("announcement")) if announced_text else None
        wanted = self.parameterAsString(parameters, self.ZONE_ID, context).strip()

        all_features = list(features_of(zones))
        fids, names, shapes, _repaired = zones_as_shapes(zones, all_features)
        by_fid = {int(f.id()): f for f in all_features}
        if not shapes:
            raise self.fail("No zone has an outline: draw the zones again.")
        field_names = zones.fields().names()
        chosen = []
        for i, (fid, name, shape) in enumerate(zip(fids, names, shapes)):
            feature = by_fid[fid]
            ids = {str(plain_value(feature[n])) for n in ("zone_id", "name") if n in field_names}
            if wanted and wanted not in ids:
                continue
            when = announced_all
            if when is None:
                start = plain_value(feature["start_date"]) if "start_date" in field_names else None
                if not start:
                    raise self.fail("Zone '{0}' has no start_date and no announcement date was given: set the "
                                    "zone's start_date or give the announcement date.", name)
                when = parse_date(self, str(start)[:10], self.tr("start"))
            zone_id = str(plain_value(feature["zone_id"])) if "zone_id" in field_names else str(fid)
            chosen.append((i, zone_id, name, shape, when))
        if not chosen:
            raise self.fail("No zone has zone_id or name '{0}': check the spelling in the zones layer.", wanted)

        # Study area: the municipalities, in metres (never unioned: 2,475 polygons take seconds to merge). The same
        # polygons carry the events known only to a municipality or a state (read once, placed once).
        metric = QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS)
        table, study, dates, deaths_field, date_field = self._events(parameters, context, events, munis, metric,
                                                                     feedback)
        feedback.setProgress(20)
        frame = table.frame
        x, y = frame["x"].to_numpy(float), frame["y"].to_numpy(float)
        deaths = frame["deaths"].to_numpy(float)
        point = (table.handled == PRECISION_POINT) & np.isfinite(x) & np.isfinite(y) & dates.notna().to_numpy()
        areas = displacement_areas(study.geoms, shapes, catchment_km * 1000.0)
        rings, in_control, control_m2 = control_of(np.where(point, x, np.nan), np.where(point, y, np.nan),
                                                   study.geoms, shapes, catchment_km * 1000.0, areas)
        if control_m2 <= 1.0:
            raise self.fail("Zones and their {0} km catchment rings cover the whole study area, leaving no control "
                            "area: use a narrower catchment or a larger study area.", catchment_km)
        feedback.setProgress(50)
        dated = dates.dropna()
        first, last = dated.min(), dated.max()
        spread = table.placement is not None and table.has_spread()
        left_out = sum(n for why, n in table.fallbacks.items() if "CVEGEO" in why)
        note = precision_note(table)
        rows = []
        ones = np.ones(len(x))
        for i, zone_id, name, shape, when in chosen:
            if when < first or when > last:
                raise self.fail("The announcement date {0} of zone '{1}' lies outside the events ({2} – {3}): give a "
                                "date within the data, or events that cover it.", when.date(), name, first.date(),
                                last.date())
            start = when - pd.DateOffset(months=months)
            end = when + pd.DateOffset(months=months)
            counts, weighted, spread_parts = {}, {}, {}
            px, py = np.where(point, x, np.nan), np.where(point, y, np.nan)
            for key, area in (("r", shape), ("b", rings[i])):
                counts[key + "b"], counts[key + "a"] = window_counts(px, py, dates, ones, area, start, when, end)
                weighted[key + "b"], weighted[key + "a"] = window_counts(px, py, dates, deaths, area, start, when, end)
            counts["cb"], counts["ca"] = mask_counts(in_control, dates, ones, start, when, end)
            weighted["cb"], weighted["ca"] = mask_counts(in_control, dates, deaths, start, when, end)
            if spread:
                # Spread events: their municipality's (or state's) weight shared by area between zone, ring, control.
                for side, lo, hi in (("b", start, when), ("a", when, end)):
                    window = ((dates >= lo) & (dates < hi)).to_numpy()
                    for target, base in ((counts, ones), (weighted, deaths)):
                        parts = areas.spread_counts(table.spread_per_municipality(np.where(window, base, 0.0)), i)
                        for key, part in zip("rbc", parts):
                            target[key + side] += part
                            if target is counts:
                                spread_parts[key + side] = part
            if counts["rb"] <= 1e-9:
                if len(chosen) == 1:
                    hint = self.tr(" ({0:,} events known only to a municipality or a state were left out: give "
                                   "municipalities with CVEGEO codes to count them.)").format(left_out) \
                        if left_out else ""
                    raise self.fail("Zone '{0}' has no events in the {1} months before {2}: there is no violence to "
                                    "reduce there; check the dates or the zone.{3}", name, months, when.date(), hint)
                feedback.pushWarning(self.tr("Zone '{0}' has no events in the {1} months before {2}: nothing to "
                                             "judge there (its row says so).").format(name, months, when.date()))
            by_events = wdq(**counts)
            by_deaths = wdq(**weighted)
            verdict = "no events before" if counts["rb"] <= 1e-9 else by_events.verdict
            text = self.tr(WDQ_VERDICTS[verdict])
            feedback.pushInfo(self.tr("Zone '{0}': rb {1:.1f} → ra {2:.1f}, ring {3:.1f} → {4:.1f}, control {5:.1f} → "
                                      "{6:.1f}; WDQ {7}: {8}.").format(
                name, counts["rb"], counts["ra"], counts["bb"], counts["ba"], counts["cb"], counts["ca"],
                "—" if math.isnan(by_events.wdq) else f"{by_events.wdq:.2f}", text))
            geometry = geometry_from_shape(shape)
            rows.append(dict({"zone_id": zone_id, "name": name, "announced": _qdate(when.date().isoformat()),
                              "months": months, "catchment_km": catchment_km,
                              "success": by_events.success, "wdq": by_events.wdq,
                              "success_deaths": by_deaths.success, "wdq_deaths": by_deaths.wdq,
                              "verdict": verdict, "verdict_text": text, "zone_km2": shape.area / 1e6,
                              "ring_km2": rings[i].area / 1e6, "control_km2": control_m2 / 1e6,
                              "precision": note, "__geometry__": geometry}, **counts,
                             **{k + "_deaths": v for k, v in weighted.items()},
                             **{k + "_spread": spread_parts.get(k, 0.0) for k in WDQ_KEYS}))
        if all(row["verdict"] == "no events before" for row in rows):
            raise self.fail("None of the {0} zones has events in the {1} months before its announcement: there is "
                            "no violence to reduce; check the dates or the zones.", len(rows), months)
        spec = [("zone_id", qc.TYPE_STRING), ("name", qc.TYPE_STRING), ("announced", qc.FIELD_TYPE_DATE),
                ("months", qc.TYPE_INT), ("catchment_km", qc.TYPE_DOUBLE)]
        spec += [(k, qc.TYPE_DOUBLE) for k in WDQ_KEYS]
        spec += [(k + "_deaths", qc.TYPE_DOUBLE) for k in WDQ_KEYS]
        spec += [("success", qc.TYPE_DOUBLE), ("wdq", qc.TYPE_DOUBLE), ("success_deaths", qc.TYPE_DOUBLE),
                 ("wdq_deaths", qc.TYPE_DOUBLE), ("verdict", qc.TYPE_STRING), ("verdict_text", qc.TYPE_STRING),
                 ("zone_km2", qc.TYPE_DOUBLE), ("ring_km2", qc.TYPE_DOUBLE), ("control_km2", qc.TYPE_DOUBLE)]
        spec += [(k + "_spread", qc.TYPE_DOUBLE) for k in WDQ_KEYS]
        spec += [("precision", qc.TYPE_STRING)]
        fields = fields_of(spec)
        sink, dest = outputs.sink(self.OUTPUT, fields, qc.WKB_MULTIPOLYGON, metric)
        if not write_rows(sink, fields, rows, feedback):
            return {}
        sink = None
        outputs.commit()
        feedback.setProgress(100)
        results = {self.OUTPUT: dest, "ZONES": len(rows)}
        results.update(precision_results(table))
        return results

    def _events(self, parameters, context, events, munis, metric, feedback):
        """Events through the one events reader (precision classes; spread ones placed on the municipalities) and
        the municipalities themselves (the study area). Dates: NULL or unreadable ones are left out (counted)."""
        import pandas as pd

        from ..qgis_bridge.events import EventQuery, EventReadError, log_precision, read_events, read_municipalities
        from .events import check_date_range, checked_deaths

        names = events.fields().names()
        deaths_field = self.parameterAsString(parameters, self.DEATHS_FIELD, context) or pick_field(
            names, DEATHS_CANDIDATES)
        date_field = (self.parameterAsString(parameters, self.DATE_FIELD, context)
                      or pick_field(names, DATE_CANDIDATES))
        if not date_field:
            raise self.fail("The events layer has no date field (date_start or event_date): choose it in 'Date "
                            "field'.")
        query = EventQuery(deaths_field=deaths_field or "", date_field=date_field, extra_fields=[date_field],
                           precision_field=self.parameterAsString(parameters, self.PRECISION_FIELD, context) or "",
                           state_events=self.parameterAsEnum(parameters, self.STATE_EVENTS, context))
        try:
            table = read_events(events, metric, query, context.transformContext(), feedback.isCanceled,
                                layer=self.parameterAsVectorLayer(parameters, self.EVENTS, context),
                                definition=parameters.get(self.EVENTS))
        except EventReadError as error:
            raise self.fail("The events layer has no field '{0}': choose one of its fields (or leave it empty to let "
                            "the plugin find it).", str(error)) from None
        if deaths_field and (table.bad_weight or table.negative_weight):
            checked_deaths(self, table.raw_deaths, deaths_field)
        study = read_municipalities(munis, metric, require_codes=False)
        if not study.geoms:
            raise self.fail("The municipalities layer has no polygons: choose the municipal boundaries (the study "
                            "area).")
        if table.has_spread():
            if any(study.codes):
                table.place(study)
            else:
                left = table.leave_spread_out()
                feedback.pushWarning(self.tr(
                    "{0:,} event(s) are known only to a municipality or a state, but the study area has no CVEGEO "
                    "codes to spread them over: they were left out of zone, ring and control counts.").format(left))
        log_precision(feedback, table)
        frame = table.frame
        dates = pd.to_datetime(frame["day"])   # the reader's reading of each event's day (NaT: unreadable)
        check_date_range(self, dates, date_field)
        undated = int(dates.isna().sum())
        if undated:
            feedback.pushWarning(self.tr("{0} events have no readable date in '{1}' and were left out.")
                                 .format(undated, date_field))
        if dates.notna().sum() == 0:
            raise self.fail("No event has a readable date in '{0}': choose the field that holds the event dates.",
                            date_field)
        return table, study, dates.reset_index(drop=True), deaths_field, date_field


# ------------------------------------------------------------------------------------------- contested areas
class ContestedAreasAlgorithm(TransactionalAlgorithm, EventOptions):
    NAME = "contestedareas"
    DISPLAY = "Contested areas (overlapping territories)"
    GROUP = "vdtos"
    HELP = ("Where two organisations' territories (vdto:territories) overlap in the same period: one polygon per "
            "pair with both names, the area, and the deaths of the events inside — attributed to each of the two "
            "(same attribution as vdto:rankvdtos) and in all. Rival violence and power vacuums follow arrests in "
            "such places: watch them after any enforcement action. Give the events and the period the territories "
            "were drawn from. vdto:targetpackage flags the organisations whose territory is contested.")
    TERRITORIES = "TERRITORIES"
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.TERRITORIES, self.tr("Territories "
                                                                                        "(vdto:territories)"),
                                                              [qc.SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Events (UCDP GED or ACLED)"),
                                                              [qc.SOURCE_POINT]))
        add_event_parameters(self, self.INPUT)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Contested areas"),
                                                            qc.SOURCE_POLYGON))

    def _process(self, parameters, context, feedback, outputs):
        import numpy as np

        from ..core._compat import contains_xy
        from ..core.cycle import contested_areas
        from ..qgis_bridge.zones_layer import geometry_from_shape
        from .territories import to_shapely

        source = self.parameterAsSource(parameters, self.TERRITORIES, context)
        if source is None or source.featureCount() == 0:
            raise self.fail("The territories layer is empty: run vdto:territories first.")
        check_crs(self, source, self.tr("territories"))
        names = source.fields().names()
        org_field = pick_field(names, ["organisation"])
        if org_field is None:
            raise self.fail("The territories layer has no organisation field: use the layer written by "
                            "vdto:territories.")
        period_field = pick_field(names, ["period"])
        transform = QgsCoordinateTransform(source.sourceCrs(), QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS),
                                           context.transformContext())
        orgs, periods, shapes = [], [], []
        for feature in source.getFeatures():
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                continue
            geometry = QgsGeometry(geometry)
            geometry.transform(transform)
            orgs.append(str(plain_value(feature[org_field])))
            periods.append(str(plain_value(feature[period_field])) if period_field else "")
            shapes.append(to_shapely(geometry))
        pairs = contested_areas(orgs, periods, shapes)
        data = load_events(self, parameters, context, feedback, require_location=True)
        frame, attributed = data.frame, data.attributed
        x, y = frame["x"].to_numpy(), frame["y"].to_numpy()
        deaths = frame["deaths"].to_numpy(dtype=float)
        rows = []
        for first, second, period, overlap in pairs:
            inside = np.zeros(len(frame), dtype=bool)
            finite = np.isfinite(x) & np.isfinite(y)
            inside[finite] = contains_xy(overlap, x[finite], y[finite])
            eids = frame.index[inside]
            mine = attributed[attributed["eid"].isin(eids)]
            deaths_a = float(mine.loc[mine["organisation"] == first, "deaths"].sum())
            deaths_b = float(mine.loc[mine["organisation"] == second, "deaths"].sum())
            both = int(mine[mine["organisation"].isin([first, second])].groupby("eid")["organisation"]
                       .nunique().eq(2).sum())
            rows.append({"organisation_a": first, "organisation_b": second, "period": period or None,
                         "area_km2": overlap.area / 1e6, "events": int(inside.sum()),
                         "deaths": float(deaths[inside].sum()), "deaths_a": deaths_a, "deaths_b": deaths_b,
                         "events_both": both, "attribution": data.rule_text, **data.period_values(),
                         "__geometry__": geometry_from_shape(overlap)})
        spec = [("organisation_a", qc.TYPE_STRING), ("organisation_b", qc.TYPE_STRING), ("period", qc.TYPE_STRING),
                ("area_km2", qc.TYPE_DOUBLE), ("events", qc.TYPE_INT), ("deaths", qc.TYPE_DOUBLE),
                ("deaths_a", qc.TYPE_DOUBLE), ("deaths_b", qc.TYPE_DOUBLE), ("events_both", qc.TYPE_INT),
                ("attribution", qc.TYPE_STRING), ("period_start", qc.TYPE_STRING), ("period_end", qc.TYPE_STRING)]
        fields = fields_of(spec)
        sink, dest = outputs.sink(self.OUTPUT, fields, qc.WKB_MULTIPOLYGON,
                                  QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS))
        if not write_rows(sink, fields, rows, feedback):
            return {}
        sink = None
        outputs.commit()
        feedback.pushInfo(self.tr("{0} contested areas among {1} territories.").format(len(rows), len(shapes)))
        return {self.OUTPUT: dest, "CONTESTED": len(rows)}
