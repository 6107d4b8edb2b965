"""``vdto:municipalindicators`` — homicide counts, rates and Empirical Bayes rates per municipality for a period.

Why: the hotspot statistics need one value per municipality; raw rates of tiny municipalities are noise, so the
smoothed rates (global and spatial EB, as GeoDa) sit beside them. Yearly counts (``hom_YYYY``) are written too, so
the emerging-hotspot option of ``vdto:hotspots`` can run on the same layer.
"""
from __future__ import annotations

from qgis.core import (QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFile, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterLayer, QgsProcessingParameterString)

from ..paths import style_path
from ..qgis_compat import FIELD_ANY, FIELD_NUMERIC, NUMBER_INTEGER, SOURCE_POLYGON, SOURCE_VECTOR
from ..qgis_compat import SINK_FAST_INSERT
from ..qgis_bridge.fields import chosen_or_picked
from .base import TransactionalAlgorithm
from .hotspots import CODE_CANDIDATES, POP_CANDIDATES

PER_100K = 100_000.0
TABLE_FILTER = "CSV or GeoPackage table (*.csv *.csv.gz *.txt *.gpkg);;All files (*.*)"


class MunicipalIndicatorsAlgorithm(TransactionalAlgorithm):
    NAME = "municipalindicators"
    DISPLAY = "Municipal violence indicators (counts, rates, Empirical Bayes)"
    GROUP = "hotspots"
    HELP = ("Joins homicide counts (INEGI long panel or SESNSP monthly layout, as a CSV file or an imported table) "
            "and population (census/CONAPO table, else the homicide table's own population, else a population "
            "field of the layer) to the municipalities for a period: years START_YEAR to END_YEAR, months "
            "START_MONTH to END_MONTH of each year — or, with START and END (dates, as in vdto:rankvdtos), "
            "every month from START's month to END's month, the analysis period the events use. Writes homicides, "
            "months, population, person_years, rate "
            "(annualised per 100,000), eb_global and eb_spatial (Empirical Bayes as GeoDa, queen neighbours), "
            "hom_YYYY per year and, with a SURFACE raster, surf_mean and surf_sum. Every table row whose code does "
            "not join is logged with its code and name.")

    MUNICIPALITIES = "MUNICIPALITIES"
    CODE_FIELD = "CODE_FIELD"
    HOMICIDES = "HOMICIDES"
    HOMICIDES_LAYER = "HOMICIDES_LAYER"
    CRIME = "CRIME"
    POPULATION = "POPULATION"
    POPULATION_LAYER = "POPULATION_LAYER"
    POP_FIELD = "POP_FIELD"
    START_YEAR = "START_YEAR"
    END_YEAR = "END_YEAR"
    START_MONTH = "START_MONTH"
    END_MONTH = "END_MONTH"
    START = "START"
    END = "END"
    SURFACE = "SURFACE"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        from ..core.sources import DEFAULT_SESNSP_CRIME

        self.addParameter(QgsProcessingParameterFeatureSource(self.MUNICIPALITIES, self.tr("Municipalities"),
                                                              [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField(self.CODE_FIELD, self.tr("Municipal code field (CVEGEO)"),
                                                      parentLayerParameterName=self.MUNICIPALITIES, type=FIELD_ANY,
                                                      optional=True))
        self.addParameter(QgsProcessingParameterFile(self.HOMICIDES, self.tr("Homicides CSV (INEGI or SESNSP)"),
                                                     optional=True, fileFilter=TABLE_FILTER))
        self.addParameter(QgsProcessingParameterFeatureSource(self.HOMICIDES_LAYER,
                                                              self.tr("…or homicides table layer"),
                                                              [SOURCE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterString(self.CRIME, self.tr("SESNSP crime (subtype) to count"),
                                                       DEFAULT_SESNSP_CRIME, optional=True))
        self.addParameter(QgsProcessingParameterFile(self.POPULATION, self.tr("Population CSV (census/CONAPO)"),
                                                     optional=True, fileFilter=TABLE_FILTER))
        self.addParameter(QgsProcessingParameterFeatureSource(self.POPULATION_LAYER,
                                                              self.tr("…or population table layer"),
                                                              [SOURCE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterField(self.POP_FIELD, self.tr("…or population field of the layer"),
                                                      parentLayerParameterName=self.MUNICIPALITIES,
                                                      type=FIELD_NUMERIC, optional=True))
        for name, label, default, low, high in [
                (self.START_YEAR, self.tr("Start year"), 2019, 1900, 2100),
                (self.END_YEAR, self.tr("End year"), 2021, 1900, 2100),
                (self.START_MONTH, self.tr("Start month"), 1, 1, 12),
                (self.END_MONTH, self.tr("End month"), 12, 1, 12)]:
            self.addParameter(QgsProcessingParameterNumber(name, label, NUMBER_INTEGER, default,
                                                           minValue=low, maxValue=high))
        self.addParameter(QgsProcessingParameterString(
            self.START, self.tr("From date (every month from here to END; overrides the years and months)"),
            optional=True))
        self.addParameter(QgsProcessingParameterString(self.END, self.tr("To date"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.SURFACE, self.tr("Violence surface (optional)"),
                                                            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Municipal indicators")))

    def _period(self, parameters, context):
        """START/END (the analysis period: every month between them), else the years and months of each year."""
        from ..core import sources
        from ..core.dates import bound

        start = (self.parameterAsString(parameters, self.START, context) or "").strip()
        end = (self.parameterAsString(parameters, self.END, context) or "").strip()
        if start or end:
            try:
                first, last = bound(start or end), bound(end or start, end=True)
            except (TypeError, ValueError):
                raise self.fail("The period {0} – {1} is not a pair of dates: write them as YYYY-MM-DD or DD/MM/YYYY "
                                "(or YYYY-MM, YYYY).", start, end) from None
            return sources.Period(first.year, last.year, first.month, last.month, contiguous=True)
        return sources.Period(*(self.parameterAsInt(parameters, p, context) for p in
                                (self.START_YEAR, self.END_YEAR, self.START_MONTH, self.END_MONTH)))

    def _process(self, parameters, context, feedback, outputs):
        import numpy as np

        from ..core import rates, sources
        from ..core.sources import ImportProblem
        from ..core.weights import contiguity
        from ..qgis_bridge.polygons import read_polygons

        source = self.parameterAsSource(parameters, self.MUNICIPALITIES, context)
        if source is None:
            raise self.fail("The municipalities layer could not be read: choose a valid polygon layer.")
        if source.featureCount() == 0:
            raise self.fail("The municipalities layer is empty (no features), so there is nothing to compute "
                            "indicators for: choose the municipalities layer (e.g. the one written by 'Import "
                            "municipalities') or clear the filter or selection that hides its features.")
        names = source.fields().names()
        code_field = chosen_or_picked(names, self.parameterAsString(parameters, self.CODE_FIELD, context),
                                      CODE_CANDIDATES)
        if not code_field:
            raise self.fail("The municipalities layer has no cvegeo field: choose its municipal code field in "
                            "CODE_FIELD or import it with 'Import municipalities'.")
        period = self._period(parameters, context)
        try:
            period.check()
        except ImportProblem as error:
            raise self.fail("The period is not valid ({0}): correct START_YEAR/END_YEAR or START_MONTH/END_MONTH.",
                            str(error)) from error
        table = read_polygons(source, context, feedback)
        if feedback.isCanceled():
            return {}
        if not table.features:
            raise self.fail("The municipalities layer is empty (no features), so there is nothing to compute "
                            "indicators for: choose the municipalities layer (e.g. the one written by 'Import "
                            "municipalities') or clear the filter or selection that hides its features.")
        codes = self._codes(table.frame[code_field], code_field)
        homicides, report = self._homicides(parameters, context)
        matched = sources.unmatched_codes(homicides, codes, report)
        self._log_report(feedback, report, self.tr("homicide table"))
        feedback.setProgress(40)
        try:
            counts, notes = sources.aggregate_period(matched, codes, period)
        except ImportProblem as error:
            raise self.fail("{0}.", str(error)[:1].upper() + str(error)[1:]) from error
        for note in notes:
            feedback.pushWarning(note)
        population = self._population(parameters, context, feedback, codes, period, counts, table, names)
        person_years = population.to_numpy(dtype=float) * period.n_months / 12.0
        events = counts["homicides"].to_numpy(dtype=float)
        missing = np.flatnonzero(~np.isfinite(person_years) | (person_years <= 0))
        if len(missing):
            feedback.pushWarning(self.tr("{0} municipalities have no population, so no rate: {1}").format(
                len(missing), ", ".join(codes[i] for i in missing[:30])))
        feedback.setProgress(60)
        queen = contiguity(table.geometries)
        columns = {
            "homicides": events, "months": np.full(len(codes), period.n_months),
            "population": population.to_numpy(dtype=float), "person_years": person_years,
            "rate": rates.raw_rate(events, person_years), "eb_global": rates.global_eb(events, person_years),
            "eb_spatial": rates.spatial_eb(events, person_years, queen)}
        extra = [("homicides", "int"), ("months", "int"), ("population", "double"), ("person_years", "double"),
                 ("rate", "double"), ("eb_global", "double"), ("eb_spatial", "double")]
        if len(period.years) > 1:
            for year in period.years:
                columns[f"hom_{year}"] = counts[f"hom_{year}"].to_numpy()
                extra.append((f"hom_{year}", "int"))
        # The period the counts cover (first and last day), read by the briefing like every other output's.
        import calendar

        from ..definitions import PERIOD_END_FIELD, PERIOD_START_FIELD

        last_day = calendar.monthrange(period.end_year, period.end_month)[1]
        columns[PERIOD_START_FIELD] = np.full(len(codes), f"{period.start_year}-{period.start_month:02d}-01",
                                              dtype=object)
        columns[PERIOD_END_FIELD] = np.full(len(codes), f"{period.end_year}-{period.end_month:02d}-{last_day:02d}",
                                            dtype=object)
        extra += [(PERIOD_START_FIELD, "text"), (PERIOD_END_FIELD, "text")]
        surface = self.parameterAsRasterLayer(parameters, self.SURFACE, context)
        if surface is not None:
            columns.update(self._surface(parameters, context, feedback, table))
            extra += [("surf_mean", "double"), ("surf_sum", "double")]
        if feedback.isCanceled():
            return {}
        feedback.setProgress(90)
        return self._write(outputs, context, source, table, columns, extra)

    # ------------------------------------------------------------------------------------------------ inputs
    def _codes(self, values, code_field):
        from ..core.codes import normalize_cvegeo

        codes = []
        seen = {}
        for number, value in enumerate(values):
            code = normalize_cvegeo(value)
            if code is None:
                raise self.fail("Feature {0} has '{1}' in {2}, which is not a 5-digit INEGI code: correct it or "
                                "import the layer with 'Import municipalities'.", number + 1, value, code_field)
            if code in seen:
                raise self.fail("Features {0} and {1} both have the code {2}: each municipality must appear once; "
                                "dissolve or delete the duplicate.", seen[code] + 1, number + 1, code)
            seen[code] = number
            codes.append(code)
        return codes

    def _homicides(self, parameters, context):
        from ..core import sources
        from ..qgis_bridge.polygons import read_table_layer

        crime = self.parameterAsString(parameters, self.CRIME, context) or sources.DEFAULT_SESNSP_CRIME
        path = self.parameterAsFile(parameters, self.HOMICIDES, context)
        layer = self.parameterAsSource(parameters, self.HOMICIDES_LAYER, context)
        if not path and layer is None:
            raise self.fail("No homicide table was given: choose a CSV in HOMICIDES or a table layer in "
                            "HOMICIDES_LAYER.")
        try:
            data = self._table(path, context) if path else read_table_layer(layer)
            return sources.read_homicides(data, crime)
        except sources.ImportProblem as error:
            raise self.fail("The homicide table cannot be used: {0}.", str(error)) from error

    @staticmethod
    def _table(path: str, context):
        """A CSV path as is; otherwise a layer (id, name or ``file.gpkg|layername=t``) read as a table."""
        import os

        from qgis.core import QgsProcessingUtils, QgsVectorLayer

        from ..qgis_bridge.polygons import read_table_layer

        if os.path.isfile(path) and path.lower().endswith((".csv", ".csv.gz", ".txt", ".tsv", ".gz")):
            return path
        layer = QgsProcessingUtils.mapLayerFromString(path, context)
        return read_table_layer(layer) if isinstance(layer, QgsVectorLayer) and layer.isValid() else path

    def _population(self, parameters, context, feedback, codes, period, counts, table, names):
        import pandas as pd

        from ..core import sources
        from ..qgis_bridge.polygons import read_table_layer

        path = self.parameterAsFile(parameters, self.POPULATION, context)
        layer = self.parameterAsSource(parameters, self.POPULATION_LAYER, context)
        if path or layer is not None:
            try:
                frame, report = sources.read_population(self._table(path, context) if path else
                                                        read_table_layer(layer))
            except sources.ImportProblem as error:
                raise self.fail("The population table cannot be used: {0}.", str(error)) from error
            frame = sources.unmatched_codes(frame, codes, report)
            self._log_report(feedback, report, self.tr("population table"))
            feedback.pushInfo(self.tr("Population from the population table."))
            return sources.period_population(frame, codes, period)
        if counts["table_pop"].notna().any():
            feedback.pushInfo(self.tr("Population from the homicide table's own population column."))
            return counts["table_pop"]
        field = chosen_or_picked(names, self.parameterAsString(parameters, self.POP_FIELD, context), POP_CANDIDATES)
        if field:
            feedback.pushWarning(self.tr("Population from the layer field '{0}' (one year for the whole "
                                         "period).").format(field))
            return pd.Series(pd.to_numeric(table.frame[field], errors="coerce").to_numpy(dtype=float),
                             index=pd.Index(codes))
        feedback.pushWarning(self.tr("No population given: rates are left empty."))
        return pd.Series(float("nan"), index=pd.Index(codes))

    def _surface(self, parameters, context, feedback, table):
        import numpy as np
        from processing import run

        result = run("native:zonalstatisticsfb", {
            "INPUT": parameters[self.MUNICIPALITIES], "INPUT_RASTER": parameters[self.SURFACE], "RASTER_BAND": 1,
            "COLUMN_PREFIX": "vdtosurf_", "STATISTICS": [1, 2], "OUTPUT": "memory:"},
            context=context, feedback=None, is_child_algorithm=True)
        layer = context.getMapLayer(result["OUTPUT"]) if isinstance(result["OUTPUT"], str) else result["OUTPUT"]
        by_fid = {f.id(): (f["vdtosurf_mean"], f["vdtosurf_sum"]) for f in layer.getFeatures()}
        means = np.array([_num(by_fid.get(fid, (None, None))[0]) for fid in table.fids])
        sums = np.array([_num(by_fid.get(fid, (None, None))[1]) for fid in table.fids])
        feedback.pushInfo(self.tr("Violence surface summarised over {0} municipalities.").format(
            int(np.isfinite(means).sum())))
        return {"surf_mean": means, "surf_sum": sums}

    def _log_report(self, feedback, report, what):
        for note in report.notes:
            feedback.pushInfo(f"{what}: {note}")
        if report.unmatched:
            feedback.pushWarning(self.tr("{0}: {1} row(s) not joined to any municipality:").format(
                what, len(report.unmatched)))
            for item in report.unmatched:
                feedback.pushWarning(self.tr("  row {0}: code '{1}' {2} — {3}").format(
                    item["row"], item["code"], item["name"], item["reason"]))

    def _write(self, outputs, context, source, table, columns, extra):
        from ..qgis_bridge.polygons import extended_fields, feature_with, save_style_in_geopackage, \
            style_on_completion

        fields = extended_fields(source.fields(), extra)
        sink, dest = outputs.sink(self.OUTPUT, fields, source.wkbType(), source.sourceCrs())
        for i, template in enumerate(table.features):
            sink.addFeature(feature_with(template, fields, {k: v[i] for k, v in columns.items()}),
                            SINK_FAST_INSERT)
        del sink
        save_style_in_geopackage(outputs.pending(dest), str(style_path("rates.qml")))
        outputs.commit()
        style_on_completion(context, dest, str(style_path("rates.qml")))
        return {self.OUTPUT: dest}


def _num(value):
    try:
        return float(value) if value is not None else float("nan")
    except (TypeError, ValueError):
        return float("nan")
