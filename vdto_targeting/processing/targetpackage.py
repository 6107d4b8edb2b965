"""``vdto:targetpackage`` — the bi-national link in one table: organisation → violent regions → corridors → ports of
entry → U.S. counties or hubs, with the figures behind each link. This is what the briefing prints.
"""
from __future__ import annotations

from qgis.core import (QgsCoordinateReferenceSystem, QgsGeometry, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber)

from ..definitions import MEXICO_METRIC_CRS, PERIOD_END_FIELD, PERIOD_START_FIELD
from ..qgis_compat import (NUMBER_INTEGER, SOURCE_LINE, SOURCE_VECTOR, TYPE_DOUBLE, TYPE_INT, TYPE_STRING,
                           WKB_LINESTRING)
from ..qgis_bridge.fields import pick_field, plain_value
from .base import TransactionalAlgorithm
from .events import fields_of, write_rows

PACKAGE_FIELDS = [
    ("target_type", TYPE_STRING), ("organisation", TYPE_STRING), ("rank", TYPE_INT), ("deaths", TYPE_DOUBLE),
    ("share", TYPE_DOUBLE), ("events", TYPE_INT), ("trend", TYPE_STRING), ("region_id", TYPE_STRING),
    ("region_share", TYPE_DOUBLE), ("region_shared_with", TYPE_STRING), ("port_code", TYPE_STRING),
    ("port_name", TYPE_STRING), ("port_county_fips", TYPE_STRING), ("port_county", TYPE_STRING),
    ("us_destination", TYPE_STRING), ("us_county_fips", TYPE_STRING), ("corridor_km", TYPE_DOUBLE),
    ("corridor_strength", TYPE_STRING), ("corridor_evidence", TYPE_STRING),
    ("exposure_deaths", TYPE_DOUBLE), ("exposure_deaths_point", TYPE_DOUBLE), ("exposure_deaths_spread", TYPE_DOUBLE),
    ("exposure_rule", TYPE_STRING), ("share_of_org", TYPE_DOUBLE), ("link", TYPE_STRING),
    ("criterion", TYPE_STRING), ("contested", TYPE_STRING), (PERIOD_START_FIELD, TYPE_STRING),
    (PERIOD_END_FIELD, TYPE_STRING),
]


def _records(source, required: list, alg, what: str, fix: str) -> list:
    names = source.fields().names()
    missing = [f for f in required if pick_field(names, [f]) is None]
    if missing:
        raise alg.fail("The {0} has no {1} field: {2}", what, ", ".join(missing), fix)
    out = []
    for feature in source.getFeatures():
        row = {name: plain_value(feature[name]) for name in names}
        geometry = feature.geometry()
        row["__geometry__"] = QgsGeometry(geometry) if geometry is not None and not geometry.isEmpty() else None
        out.append(row)
    return out


class TargetPackageAlgorithm(TransactionalAlgorithm):
    """Join ranking, regions and corridors into the target package table (CSV and GeoPackage)."""

    NAME = "targetpackage"
    DISPLAY = "Target package (organisation → region → corridor → port → U.S.)"
    GROUP = "vdtos"
    HELP = ("Joins the VDTO ranking (vdto:rankvdtos), the per-region ranking (its OUTPUT_REGIONS) and the corridors "
            "(vdto:corridors) into one table: for each of the top organisations, each violent region it leads, each "
            "corridor, port of entry and U.S. destination (county FIPS), with deaths, shares, corridor exposure and "
            "the ranking criterion. Corridor exposure (exposure_deaths) is vdto:corridors' figure: events located "
            "as points count where they fall inside the corridor, those known only to a municipality or a state by "
            "the share of its area the corridor covers, coarser ones not at all (exposure_deaths_point and "
            "exposure_deaths_spread split it; exposure_rule states the counts per class). Regions where no "
            "organisation holds the analyst's threshold appear as "
            "region-targeted rows. A region two organisations are tied in is listed for both (region_shared_with). "
            "Each corridor row carries its strength (assigned, strong, weak, fallback) and evidence; an organisation "
            "without a corridor gets one row saying so (no violence near the border and no assignment). The port's "
            "U.S. county (port_county_fips, port_county) and the analyst's destination (us_destination, "
            "us_county_fips) are carried through: join U.S.-side data on them — CBP seizures by port_code, federal "
            "cases or HIDTA data by county FIPS, wholesaler or distributor locations as vdto:corridors "
            "destinations or an assignment table (organisation, port_code, destination). With the contested areas "
            "of vdto:contestedareas, the contested field names the rivals whose territory overlaps each "
            "organisation's. Written as a layer (corridor geometry) and as CSV.")
    RANKING = "RANKING"
    REGIONS_RANKING = "REGIONS_RANKING"
    CORRIDORS = "CORRIDORS"
    CONTESTED = "CONTESTED"
    TOP_N = "TOP_N"
    OUTPUT = "OUTPUT"
    OUTPUT_CSV = "OUTPUT_CSV"
    TRANSACTIONAL_OUTPUTS = (OUTPUT, OUTPUT_CSV)  # written to temporary files, renamed in together

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.RANKING, self.tr("VDTO ranking (vdto:rankvdtos)"),
                                                              [SOURCE_VECTOR]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.REGIONS_RANKING, self.tr("Ranking per violent region (optional)"), [SOURCE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CORRIDORS, self.tr("Corridors (vdto:corridors; optional)"), [SOURCE_LINE], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CONTESTED, self.tr("Contested areas (vdto:contestedareas; optional)"), [SOURCE_VECTOR],
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.TOP_N, self.tr("Top organisations (0: all)"),
                                                       type=NUMBER_INTEGER, defaultValue=5, minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Target package"), SOURCE_LINE))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_CSV, self.tr("Target package (CSV)"), self.tr("CSV files (*.csv)"), optional=True,
            createByDefault=False))

    def _process(self, parameters, context, feedback, outputs):
        from ..core.organisations import normalise

        ranking_source = self.parameterAsSource(parameters, self.RANKING, context)
        ranking = _records(ranking_source, ["organisation", "rank", "deaths"], self, self.tr("ranking table"),
                           self.tr("use the table written by vdto:rankvdtos."))
        if not ranking:
            raise self.fail("The ranking table is empty: run vdto:rankvdtos on events with organisations first.")
        regions_source = self.parameterAsSource(parameters, self.REGIONS_RANKING, context)
        regions = [] if regions_source is None else _records(
            regions_source, ["region_id", "organisation", "rank", "region_targeted"], self,
            self.tr("per-region ranking"), self.tr("use the OUTPUT_REGIONS table of vdto:rankvdtos."))
        corridors_source = self.parameterAsSource(parameters, self.CORRIDORS, context)
        corridors = [] if corridors_source is None else _records(
            corridors_source, ["organisation", "port_code", "port_name"], self, self.tr("corridors layer"),
            self.tr("use the layer written by vdto:corridors."))
        contested = self._contested(parameters, context)
        top_n = self.parameterAsInt(parameters, self.TOP_N, context)
        ranking.sort(key=lambda r: (r.get("rank") is None, r.get("rank") or 0))
        chosen = ranking[:top_n] if top_n > 0 else ranking
        rows = []
        for org in chosen:
            key = normalise(org["organisation"])
            led = [r for r in regions if r.get("organisation") and normalise(r["organisation"]) == key
                   and r.get("rank") == 1 and not r.get("region_targeted")] or [None]
            mine = [c for c in corridors if normalise(c.get("organisation") or "") == key]
            if not mine and corridors_source is not None:
                mine = [{"organisation": org["organisation"], "strength": "none", "__geometry__": None,
                         "evidence": self.tr("no corridor: the organisation is not in the corridors layer (no "
                                             "territory for it)")}]
            mine = mine or [None]
            for region in led:
                for corridor in mine:
                    rows.append(dict(self._row(org, region, corridor), contested=contested.get(key)))
        for region in regions:
            if region.get("region_targeted") and region.get("rank") in (1, None):
                rows.append(self._region_row(region))
        period = self._period({self.tr("ranking"): ranking, self.tr("per-region ranking"): regions,
                               self.tr("corridors"): corridors})
        rows = [dict(row, **period) for row in rows]
        if feedback.isCanceled():
            return {}
        crs = corridors_source.sourceCrs() if corridors_source is not None else QgsCoordinateReferenceSystem(
            MEXICO_METRIC_CRS)
        fields = fields_of(PACKAGE_FIELDS)
        csv_path = self.parameterAsFileOutput(parameters, self.OUTPUT_CSV, context)
        sink, dest = outputs.sink(self.OUTPUT, fields, WKB_LINESTRING, crs)
        complete = write_rows(sink, fields, rows, feedback)
        del sink
        if not complete:
            return {}
        results = {self.OUTPUT: dest, "ROWS": len(rows)}
        if csv_path:
            try:
                self._write_csv(outputs.file(csv_path, self.OUTPUT_CSV), rows)
            except OSError as error:
                raise self.fail("The CSV {0} could not be written ({1}): choose a folder you can write to and a "
                                "file that is not open in another program.", csv_path, error) from None
            results[self.OUTPUT_CSV] = csv_path
        outputs.commit()   # the table and the CSV appear together, or neither does
        feedback.setProgress(100)
        return results

    def _contested(self, parameters, context) -> dict:
        """normalised organisation → "contested with B (n deaths in the overlap); C (…)" from vdto:contestedareas."""
        from ..core.organisations import normalise

        source = self.parameterAsSource(parameters, self.CONTESTED, context)
        if source is None:
            return {}
        what = self.tr("contested areas layer")
        rows = _records(source, ["organisation_a", "organisation_b", "deaths"], self, what,
                        self.tr("use the layer written by vdto:contestedareas."))
        out: dict = {}
        for row in sorted(rows, key=lambda r: -(r.get("deaths") or 0)):
            for me, rival in (("organisation_a", "organisation_b"), ("organisation_b", "organisation_a")):
                text = self.tr("{0} ({1:,.0f} deaths in the overlap)").format(row[rival], row.get("deaths") or 0)
                key = normalise(str(row[me]))
                out[key] = f"{out[key]}; {text}" if key in out else self.tr("contested with {0}").format(text)
        return out

    def _row(self, org: dict, region, corridor) -> dict:
        parts = [str(org["organisation"])]
        row = {"target_type": "vdto", "organisation": org["organisation"], "rank": org.get("rank"),
               "deaths": org.get("deaths"), "share": org.get("share"), "events": org.get("events"),
               "trend": org.get("trend_label"), "criterion": org.get("criterion"), "__geometry__": None}
        if region is not None:
            row.update(region_id=str(region["region_id"]), region_share=region.get("share"),
                       region_shared_with=region.get("tied_with"))
            if region.get("tied_with"):
                parts.append(self.tr("region {0} (shared with {1})").format(region["region_id"], region["tied_with"]))
            else:
                parts.append(self.tr("region {0}").format(region["region_id"]))
        if corridor is not None and (corridor.get("strength") == "none" or not corridor.get("port_code")):
            row.update(corridor_strength="none", corridor_evidence=corridor.get("evidence"))
            parts.append(self.tr("no corridor ({0})").format(corridor.get("evidence") or self.tr("no evidence")))
        elif corridor is not None:
            row.update(port_code=corridor.get("port_code"), port_name=corridor.get("port_name"),
                       port_county_fips=corridor.get("port_county_fips"), port_county=corridor.get("port_county"),
                       us_destination=corridor.get("destination"), us_county_fips=corridor.get("us_county_fips"),
                       corridor_km=corridor.get("length_km"), exposure_deaths=corridor.get("exposure_deaths"),
                       exposure_deaths_point=corridor.get("exposure_deaths_point"),
                       exposure_deaths_spread=corridor.get("exposure_deaths_spread"),
                       exposure_rule=corridor.get("exposure_rule"),
                       corridor_strength=corridor.get("strength"), corridor_evidence=corridor.get("evidence"),
                       share_of_org=corridor.get("share_of_org"), __geometry__=corridor["__geometry__"])
            strength = corridor.get("strength")
            parts.append(self.tr("port {0} ({1}){2}").format(
                corridor.get("port_name"), corridor.get("port_code"),
                self.tr(", {0} link").format(strength) if strength else ""))
            if corridor.get("destination"):
                fips = corridor.get("us_county_fips") or "?"
                parts.append(self.tr("{0} (FIPS {1})").format(corridor.get("destination"), fips))
        row["link"] = " → ".join(parts)
        return row

    def _period(self, tables: dict) -> dict:
        """The one period of the joined tables; tables computed for different periods are refused (say which)."""
        found = {}
        for label, records in tables.items():
            for record in records:
                start, end = record.get(PERIOD_START_FIELD), record.get(PERIOD_END_FIELD)
                if start or end:
                    found[label] = (str(start or ""), str(end or ""))
                    break
        if len(set(found.values())) > 1:
            listed = "; ".join(f"{label} {start} – {end}" for label, (start, end) in found.items())
            raise self.fail("The tables cover different periods ({0}): run vdto:rankvdtos and vdto:corridors with "
                            "the same From/To dates.", listed)
        start, end = next(iter(found.values()), ("", ""))
        return {PERIOD_START_FIELD: start or None, PERIOD_END_FIELD: end or None}

    def _region_row(self, region: dict) -> dict:
        return {"target_type": "region", "organisation": None, "region_id": str(region["region_id"]),
                "region_share": region.get("top_share"), "deaths": region.get("region_deaths"),
                "link": self.tr("region {0} (region-targeted)").format(region["region_id"]),
                "criterion": region.get("criterion"), "__geometry__": None}

    @staticmethod
    def _write_csv(path: str, rows: list) -> None:
        from ..qgis_bridge.outputs import write_csv

        write_csv(path, [name for name, _ in PACKAGE_FIELDS], rows)
