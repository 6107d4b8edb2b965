"""``vdto:rankvdtos`` — rank drug-trafficking organisations by the violence attributed to them.

The event parameters, the period and the reading of events it shares with the other algorithms are in
``processing/events.py``.
"""
from __future__ import annotations

import math

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterNumber)

from ..definitions import (DEFAULT_REGION_THRESHOLD, DEFAULT_TIE_RESAMPLES, MEXICO_METRIC_CRS,
                           PERIOD_END_FIELD, PERIOD_START_FIELD)
from ..qgis_compat import (NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_POINT,
                           SOURCE_POLYGON, SOURCE_VECTOR, TYPE_DOUBLE, TYPE_INT, TYPE_STRING, WKB_NOGEOMETRY)
from ..qgis_bridge.fields import pick_field, plain_value
from .base import TransactionalAlgorithm, VdtoAlgorithm
from .events import EventData, EventOptions, add_event_parameters, fields_of, load_events, write_rows


def _int(value):
    """int, or None for a missing number (NaN)."""
    try:
        return None if value is None or math.isnan(float(value)) else int(value)
    except (TypeError, ValueError):
        return None


RANKING_FIELDS = [
    ("organisation", TYPE_STRING), ("rank", TYPE_INT), ("deaths", TYPE_DOUBLE), ("events", TYPE_INT),
    ("share", TYPE_DOUBLE), ("trend", TYPE_DOUBLE), ("trend_label", TYPE_STRING), ("first_year", TYPE_INT),
    ("last_year", TYPE_INT), ("municipalities", TYPE_INT), ("rivals", TYPE_STRING), ("n_rivals", TYPE_INT),
    ("aliased", TYPE_INT), ("attribution", TYPE_STRING), ("period", TYPE_STRING), ("criterion", TYPE_STRING),
    (PERIOD_START_FIELD, TYPE_STRING), (PERIOD_END_FIELD, TYPE_STRING),
]
REGION_FIELDS = [
    ("region_id", TYPE_STRING), ("organisation", TYPE_STRING), ("rank", TYPE_INT), ("deaths", TYPE_DOUBLE),
    ("events", TYPE_INT), ("share", TYPE_DOUBLE), ("region_deaths", TYPE_DOUBLE), ("region_events", TYPE_INT),
    ("top_share", TYPE_DOUBLE), ("region_targeted", TYPE_INT), ("target", TYPE_STRING), ("shared", TYPE_INT),
    ("tied_with", TYPE_STRING), ("criterion", TYPE_STRING),
    (PERIOD_START_FIELD, TYPE_STRING), (PERIOD_END_FIELD, TYPE_STRING),
]


def trend_label(trend_rel: float) -> str:
    """Rising/falling when the yearly slope exceeds 10% of the mean yearly deaths, else stable."""
    if trend_rel is None or (isinstance(trend_rel, float) and math.isnan(trend_rel)):
        return VdtoAlgorithm.tr("n/a (one event or one year)")
    if trend_rel > 0.1:
        return VdtoAlgorithm.tr("rising")
    if trend_rel < -0.1:
        return VdtoAlgorithm.tr("falling")
    return VdtoAlgorithm.tr("stable")


def ranking_rows(data: EventData, table) -> list:
    """Ranking rows with the criterion sentence a briefing quotes."""
    total = float(data.frame["deaths"].sum())
    period = f"{data.start} – {data.end}"
    rows = []
    for row in table.itertuples(index=False):
        rivals = "; ".join(f"{name} ({deaths:,.0f})" for name, deaths in row.rivals)
        label = trend_label(row.trend_rel)
        criterion = VdtoAlgorithm.tr(
            "Rank {0} of {1} by deaths attributed under {2}, events {3}: {4:,.0f} deaths ({5:.1%} of the {6:,.0f} "
            "deaths in the period) in {7} events; trend {8}. State forces, civilians and non-DTO armed groups are "
            "not ranked.").format(int(row.rank), len(table), data.rule_text, period, row.deaths, row.share, total,
                                  int(row.events), label)
        rows.append({"organisation": row.organisation, "rank": int(row.rank), "deaths": float(row.deaths),
                     "events": int(row.events), "share": float(row.share), "trend": float(row.trend),
                     "trend_label": label, "first_year": _int(row.first_year), "last_year": _int(row.last_year),
                     "municipalities": int(row.municipalities), "rivals": rivals, "n_rivals": int(row.n_rivals),
                     "aliased": int(bool(row.known)), "attribution": data.rule_text, "period": period,
                     "criterion": criterion, **data.period_values()})
    return rows


class RankVdtosAlgorithm(TransactionalAlgorithm, EventOptions):
    """Rank organisations nationally and per violent region; flag regions where no organisation stands out."""

    NAME = "rankvdtos"
    DISPLAY = "Rank violent drug-trafficking organisations (VDTOs)"
    GROUP = "vdtos"
    HELP = ("Attributes each event's deaths to the organisations involved (names merged through the alias table; "
            "coalitions split; civilians are victims; state forces and non-DTO armed groups are parties but never "
            "ranked) under full involvement or equal shares, and ranks organisations by attributed deaths. The "
            "ranking records deaths, events, share of all deaths in the period, yearly trend, municipalities active, "
            "main rivals and the criterion sentence. With violent regions (vdto:hotspots, field region_id) it ranks "
            "within each region and marks the region 'region-targeted' when no organisation holds the threshold "
            "share of its deaths. Organisations tied on a region's attributed deaths share the rank and the region "
            "(target 'shared: A; B', fields shared and tied_with): a tie is never broken by event count. With "
            "bootstrap resamples (default 1,000; 0 for exact ties only) the organisations whose deficit against the "
            "first has a 95% bootstrap interval reaching zero share the lead too (the region's events resampled, "
            "seeded: the same inputs give the same ties). Names missing from the alias table are held as "
            "'unidentified, for review': listed in the log and in UNKNOWN_NAMES, never ranked, unless ACCEPT_UNKNOWN "
            "is ticked, which ranks them under their own spelling. Civilians, state forces and unidentified actors "
            "are never ranked. Dates (event dates, From/To) follow one grammar: ISO 2020-04-03, Mexican day-first "
            "03/04/2020 (3 April), a month 2020-04, a year 2020; a text year column works as a year.")
    INPUT = "INPUT"
    REGIONS = "REGIONS"
    REGION_THRESHOLD = "REGION_THRESHOLD"
    TIE_RESAMPLES = "TIE_RESAMPLES"
    OUTPUT = "OUTPUT"
    OUTPUT_REGIONS = "OUTPUT_REGIONS"
    TRANSACTIONAL_OUTPUTS = (OUTPUT, OUTPUT_REGIONS)  # written to temporary files, renamed in together

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Events (UCDP GED or ACLED)"),
                                                              [SOURCE_POINT]))
        add_event_parameters(self, self.INPUT)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.REGIONS, self.tr("Violent regions (polygons with region_id, from vdto:hotspots)"), [SOURCE_POLYGON],
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.REGION_THRESHOLD, self.tr("Share of a region's deaths an organisation needs to be named"),
            type=NUMBER_DOUBLE, defaultValue=DEFAULT_REGION_THRESHOLD, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.TIE_RESAMPLES, self.tr("Bootstrap resamples for ties in a region (0: exact ties only)"),
            type=NUMBER_INTEGER, defaultValue=DEFAULT_TIE_RESAMPLES, minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("VDTO ranking"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_REGIONS, self.tr("Ranking per violent region"), SOURCE_VECTOR, optional=True,
            createByDefault=False))

    def _region_masks(self, parameters, context, frame) -> dict:
        """region_id → mask of events inside (point in polygon in EPSG:6372)."""
        from shapely import wkb

        from ..core._compat import contains_xy

        source = self.parameterAsSource(parameters, self.REGIONS, context)
        if source is None:
            return {}
        id_field = pick_field(source.fields().names(), ["region_id"])
        if id_field is None:
            raise self.fail("The violent regions layer has no region_id field: use the regions written by "
                            "vdto:hotspots or add a region_id field.")
        transform = QgsCoordinateTransform(source.sourceCrs(), QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS),
                                           context.transformContext())
        masks: dict = {}
        x, y = frame["x"].to_numpy(), frame["y"].to_numpy()
        for feature in source.getFeatures():
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                continue
            geometry.transform(transform)
            shape = wkb.loads(bytes(geometry.asWkb()))
            key = str(plain_value(feature[id_field]))
            inside = contains_xy(shape, x, y)
            masks[key] = masks[key] | inside if key in masks else inside
        return masks

    def _process(self, parameters, context, feedback, outputs):
        from ..core.attribution import rank

        data = load_events(self, parameters, context, feedback)
        threshold = self.parameterAsDouble(parameters, self.REGION_THRESHOLD, context)
        masks = self._region_masks(parameters, context, data.frame)
        feedback.setProgress(50)
        table = rank(data.frame, data.attributed)
        if table.empty:
            raise self.fail("No drug-trafficking organisation takes part in the chosen events: check the actor "
                            "fields and the alias table (kinds other than dto are never ranked).")
        rows = ranking_rows(data, table)
        resamples = self.parameterAsInt(parameters, self.TIE_RESAMPLES, context)
        region_rows = self._region_rows(data, masks, threshold, resamples) if masks else []
        if feedback.isCanceled():
            return {}
        fields = fields_of(RANKING_FIELDS)
        sink, dest = outputs.sink(self.OUTPUT, fields, WKB_NOGEOMETRY)
        region_fields = fields_of(REGION_FIELDS)
        region_sink, region_dest = outputs.sink(self.OUTPUT_REGIONS, region_fields, WKB_NOGEOMETRY)
        if not write_rows(sink, fields, rows, feedback) or (
                region_sink is not None and not write_rows(region_sink, region_fields, region_rows, feedback)):
            return {}
        sink = region_sink = None  # closes the files before they are renamed into place
        outputs.commit()
        results = {self.OUTPUT: dest, "ORGANISATIONS": len(rows), "UNKNOWN_NAMES": sorted(data.unknown)}
        from .precision import precision_results

        results.update(precision_results(data.table))   # every event is ranked; the counts say how precise
        if region_dest:
            results[self.OUTPUT_REGIONS] = region_dest
        elif masks:
            feedback.pushInfo(self.tr("Violent regions were given but no per-region output was requested."))
        feedback.pushInfo(self.tr("Ranked {0} organisations; first: {1}.").format(len(rows), rows[0]["criterion"]))
        feedback.setProgress(100)
        return results

    def _region_rows(self, data: EventData, masks: dict, threshold: float, resamples: int = 0) -> list:
        from ..core.attribution import rank_by_region

        table = rank_by_region(data.frame, data.attributed, masks, threshold, resamples=resamples)
        tie_rule = (self.tr("tied: the leader's margin over them has a 95% bootstrap interval ({0} resamples of "
                            "the region's events, seeded) that reaches zero").format(resamples) if resamples > 0
                    else self.tr("tied: exactly the same attributed deaths"))
        rows = []
        for row in table.itertuples(index=False):
            targeted = bool(row.region_targeted)
            top = table[(table["region_id"] == row.region_id) & (table["rank"] == 1)]
            top_names = [n for n in top["organisation"].tolist() if n]
            top_name = "; ".join(top_names) if top_names else None
            shared = len(top_names) > 1
            if targeted:
                target = self.tr("region (no organisation holds {0:.0%})").format(threshold)
            elif shared:
                target = self.tr("shared: {0}").format(top_name)
            else:
                target = top_name
            if targeted:
                criterion = self.tr("Region {0} is region-targeted: the most violent organisation holds {1:.1%} of "
                                    "its {2:,.0f} deaths, below the {3:.0%} threshold ({4}).").format(
                    row.region_id, row.top_share, row.region_deaths, threshold, data.rule_text)
            elif shared:
                criterion = self.tr("Region {0} is shared: {1} lead its {2:,.0f} deaths ({3}; the first holds "
                                    "{4:.1%}, at or above the {5:.0%} threshold, {6}); the tie is not broken (not "
                                    "by event count either): all are named.").format(
                    row.region_id, " and ".join(top_names), row.region_deaths, tie_rule, row.top_share, threshold,
                    data.rule_text)
            else:
                criterion = self.tr("Region {0}: {1} holds {2:.1%} of its {3:,.0f} deaths, at or above the {4:.0%} "
                                    "threshold ({5}).").format(row.region_id, top_name, row.top_share,
                                                               row.region_deaths, threshold, data.rule_text)
            rank_value = None if row.rank is None or (isinstance(row.rank, float) and math.isnan(row.rank)) \
                else int(row.rank)
            rows.append({"region_id": str(row.region_id), "organisation": row.organisation, "rank": rank_value,
                         "deaths": float(row.deaths), "events": int(row.events), "share": float(row.share),
                         "region_deaths": float(row.region_deaths), "region_events": int(row.region_events),
                         "top_share": float(row.top_share), "region_targeted": int(targeted), "target": target,
                         "shared": int(shared and rank_value == 1), "tied_with": row.tied_with or None,
                         "criterion": criterion, **data.period_values()})
        return rows
