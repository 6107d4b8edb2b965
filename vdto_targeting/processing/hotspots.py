"""``vdto:hotspots`` — Getis-Ord Gi*, Local Moran's I, violent regions and (optionally) emerging hotspots.

Why one algorithm: analysts run these together on the same field and weights; the violent regions (contiguous
significant hot municipalities) are what the enforcement zones and the briefing consume.
"""
from __future__ import annotations

import re

from qgis.core import (QgsFields, QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterNumber)

from ..qgis_compat import SINK_FAST_INSERT
from ..paths import style_path
from ..qgis_bridge.fields import chosen_or_picked
from ..qgis_bridge.polygons import PolygonTable
from ..qgis_compat import FIELD_ANY, FIELD_NUMERIC, NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_POLYGON, WKB_MULTIPOLYGON
from ..qgis_compat import parameter_as_fields
from ..definitions import (DEFAULT_PERMUTATIONS, DEFAULT_SEED, GI_STAR, P_ALTERNATIVES, P_DIRECTED,
                           WEIGHTING_BINARY, WEIGHTING_ROW, WeightsScheme)
from .base import TransactionalAlgorithm

CODE_CANDIDATES = ("cvegeo", "CVEGEO")
POP_CANDIDATES = ("population", "pob2020", "pop2020", "POB2020", "pob", "pop")
COUNT_CANDIDATES = ("homicides", "homicidios")
NAME_CANDIDATES = ("nom_mun", "NOMGEO", "nomgeo", "NOM_MUN", "name")
YEAR_FIELD = re.compile(r"^hom_(\d{4})$")
OUTPUT_FIELDS = [("gi_z", "double"), ("gi_p", "double"), ("gi_class", "text"), ("lisa_i", "double"),
                 ("lisa_p", "double"), ("lisa_class", "text")]
EMERGING_FIELDS = [("eh_class", "text"), ("eh_trend_z", "double"), ("eh_trend_p", "double")]
CONFIDENCES = [90, 95, 99]


class HotspotsAlgorithm(TransactionalAlgorithm):
    NAME = "hotspots"
    DISPLAY = "Hotspots and violent regions (Gi*, Local Moran)"
    GROUP = "hotspots"
    HELP = ("Getis-Ord Gi* (or Gi) and Local Moran's I on a municipal field (count, rate or smoothed rate) with "
            "queen, rook, k-nearest or distance-band weights, seeded permutation inference (as PySAL esda) and an "
            "optional False Discovery Rate. Adds gi_z, gi_p, gi_class, lisa_i, lisa_p and lisa_class to every "
            "input field. REGIONS merges contiguous hot municipalities into violent regions with their "
            "population, homicides and share of the national total. The emerging option computes Gi* for each "
            "yearly field (hom_YYYY) and a Mann-Kendall trend per municipality. Islands (no neighbour) are "
            "reported and left without statistics. DISTANCE is in metres (EPSG:6372).\n\n"
            "STATISTIC: Gi* counts each municipality among its own neighbours (ArcGIS's and GeoDa's hot spot "
            "map); Gi leaves it out and compares it with its neighbours only (esda G_Local(star=False)). "
            "WEIGHTING: row-standardised (each neighbour weighs 1/k, the default of GeoDa and esda) or binary "
            "(each neighbour weighs 1, so a municipality with many neighbours sums more of them). "
            "P_VALUE: gi_p and lisa_p are esda's pseudo p-values (M + 1)/(P + 1) over P permutations. "
            "'Directed' (esda's default, GeoDa's) counts the permutations at least as extreme in the tail where "
            "the observed value lies (at least as large, or smaller when those are fewer); it is one-sided. "
            "'Folded' counts the permutations at least as far from their mean as the observed value, in either "
            "direction: a two-sided test, about twice the directed p-value. A permutation whose neighbours add "
            "up to exactly the observed total (common with counts) is counted exactly as esda counts it, so "
            "every p-value equals esda's with the same seed. Classes at 0.01/0.05/0.10; with PERMUTATIONS 0 the "
            "p-values are two-sided normal ones; with FDR they are Benjamini-Hochberg q-values.")

    INPUT = "INPUT"
    FIELD = "FIELD"
    WEIGHTS = "WEIGHTS"
    K = "K"
    DISTANCE = "DISTANCE"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    FDR = "FDR"
    OUTPUT = "OUTPUT"
    REGIONS = "REGIONS"
    TRANSACTIONAL_OUTPUTS = (OUTPUT, REGIONS)  # written to temporary files, renamed in together
    CODE_FIELD = "CODE_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    COUNT_FIELD = "COUNT_FIELD"
    REGION_CONFIDENCE = "REGION_CONFIDENCE"
    EMERGING = "EMERGING"
    TIME_FIELDS = "TIME_FIELDS"
    STATISTIC = "STATISTIC"
    WEIGHTING = "WEIGHTING"
    P_VALUE = "P_VALUE"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Municipalities"),
                                                              [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField(self.FIELD, self.tr("Field to analyse (count or rate)"),
                                                      parentLayerParameterName=self.INPUT, type=FIELD_NUMERIC))
        self.addParameter(QgsProcessingParameterEnum(
            self.WEIGHTS, self.tr("Spatial weights"),
            [self.tr("Queen contiguity"), self.tr("Rook contiguity"), self.tr("K nearest neighbours"),
             self.tr("Distance band")], defaultValue=WeightsScheme.QUEEN.value))
        self.addParameter(QgsProcessingParameterNumber(self.K, self.tr("Neighbours (k-nearest)"), NUMBER_INTEGER,
                                                       8, minValue=1, maxValue=100))
        self.addParameter(QgsProcessingParameterNumber(self.DISTANCE, self.tr("Distance band (metres)"),
                                                       NUMBER_DOUBLE, 50000.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(self.PERMUTATIONS, self.tr("Permutations (0 = normal "
                                                                                  "approximation)"),
                                                       NUMBER_INTEGER, DEFAULT_PERMUTATIONS, minValue=0,
                                                       maxValue=99999))
        self.addParameter(QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), NUMBER_INTEGER, DEFAULT_SEED,
                                                       minValue=0, maxValue=2 ** 31 - 1))
        self.addParameter(QgsProcessingParameterBoolean(self.FDR, self.tr("False Discovery Rate correction"),
                                                        False))
        self.addParameter(QgsProcessingParameterEnum(
            self.STATISTIC, self.tr("Getis-Ord statistic"),
            [self.tr("Gi* (the municipality counts among its neighbours)"), self.tr("Gi (neighbours only)")],
            defaultValue=GI_STAR))
        self.addParameter(QgsProcessingParameterEnum(
            self.WEIGHTING, self.tr("Weighting of neighbours"),
            [self.tr("Row-standardised (1/k)"), self.tr("Binary (1)")], defaultValue=WEIGHTING_ROW))
        self.addParameter(QgsProcessingParameterEnum(
            self.P_VALUE, self.tr("Permutation p-value"),
            [self.tr("Directed (one tail, esda's default)"), self.tr("Folded (two-sided)")],
            defaultValue=P_DIRECTED))
        self.addParameter(QgsProcessingParameterField(self.CODE_FIELD, self.tr("Municipal code field"),
                                                      parentLayerParameterName=self.INPUT, type=FIELD_ANY,
                                                      optional=True))
        self.addParameter(QgsProcessingParameterField(self.COUNT_FIELD, self.tr("Homicide count field (regions)"),
                                                      parentLayerParameterName=self.INPUT, type=FIELD_NUMERIC,
                                                      optional=True))
        self.addParameter(QgsProcessingParameterField(self.POPULATION_FIELD, self.tr("Population field (regions)"),
                                                      parentLayerParameterName=self.INPUT, type=FIELD_NUMERIC,
                                                      optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.REGION_CONFIDENCE,
                                                     self.tr("Hot spot confidence for regions"),
                                                     ["90%", "95%", "99%"], defaultValue=1))
        self.addParameter(QgsProcessingParameterBoolean(self.EMERGING, self.tr("Emerging hotspots over years"),
                                                        False))
        self.addParameter(QgsProcessingParameterField(self.TIME_FIELDS, self.tr("Yearly fields, oldest first "
                                                                                "(default: hom_YYYY)"),
                                                      parentLayerParameterName=self.INPUT, type=FIELD_NUMERIC,
                                                      allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Hotspots")))
        self.addParameter(QgsProcessingParameterFeatureSink(self.REGIONS, self.tr("Violent regions"),
                                                            optional=True, createByDefault=True))

    # ------------------------------------------------------------------------------------------------ run
    def _process(self, parameters, context, feedback, outputs):
        from ..core import hotspots as hs
        from ..core.hotspots import Cancelled
        from ..qgis_bridge.polygons import read_polygons

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise self.fail("The municipalities layer could not be read: choose a valid polygon layer.")
        names = source.fields().names()
        import numpy as np

        field = self.parameterAsString(parameters, self.FIELD, context)
        if field not in names:
            raise self.fail("The field '{0}' is not in the layer: choose one of its numeric fields.", field)
        scheme = WeightsScheme(self.parameterAsEnum(parameters, self.WEIGHTS, context))
        permutations = self.parameterAsInt(parameters, self.PERMUTATIONS, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        use_fdr = self.parameterAsBool(parameters, self.FDR, context)
        star = self.parameterAsEnum(parameters, self.STATISTIC, context) == GI_STAR
        binary = self.parameterAsEnum(parameters, self.WEIGHTING, context) == WEIGHTING_BINARY
        alternative = P_ALTERNATIVES[self.parameterAsEnum(parameters, self.P_VALUE, context)]
        code_field = chosen_or_picked(names, self.parameterAsString(parameters, self.CODE_FIELD, context),
                                      CODE_CANDIDATES)
        if scheme.needs_centroids and not source.sourceCrs().isValid():
            raise self.fail("The layer has no coordinate reference system, so distances cannot be measured: "
                            "set the layer's CRS (EPSG:4326 for INEGI files) and run again.")
        if source.featureCount() < 3:
            raise self.fail("The layer has {0} feature(s); local statistics need at least 3 municipalities: "
                            "choose the full municipalities layer.", max(source.featureCount(), 0))
        feedback.pushInfo(self.tr("Reading {0} municipalities…").format(source.featureCount()))
        table = read_polygons(source, context, feedback, want_centroids=scheme.needs_centroids)
        if feedback.isCanceled():
            return {}
        labels = table.frame[code_field].astype(str).tolist() if code_field else \
            [f"#{fid}" for fid in table.fids]
        values = self._values(table.frame, field, labels)
        full_table, present = table, np.isfinite(values)
        if not present.all():
            # A NULL rate (e.g. a municipality without population) is missing data, not zero: such municipalities
            # are left out of the neighbour structure, like islands, and listed — never silently filled.
            absent = [labels[i] for i in np.flatnonzero(~present)]
            feedback.pushWarning(self.tr("{0} municipalities have no value in '{1}' and are left out of the "
                                         "analysis (no statistics): {2}").format(len(absent), field,
                                                                                 ", ".join(absent)))
            if present.sum() < 3:
                raise self.fail("Only {0} municipalities have a value in '{1}'; local statistics need at least 3: "
                                "fill the missing values or choose another field.", int(present.sum()), field)
            table = subset_table(table, present)
            labels = [label for label, keep in zip(labels, present) if keep]
            values = values[present]
        for i, geometry in enumerate(table.geometries):
            if geometry is None:
                raise self.fail("Municipality {0} has an empty geometry: repair or delete that feature and run "
                                "again.", labels[i])
            if geometry.geom_type not in ("Polygon", "MultiPolygon"):
                raise self.fail("Feature {0} is a {1}, not a polygon: the layer mixes geometry types; delete the "
                                "non-polygon features or choose the polygon layer of municipalities.", labels[i],
                                geometry.geom_type.lower().replace("multi", "multi-"))
        weights = self._weights(scheme, table, parameters, context)
        if len(weights.islands) == weights.n:
            raise self.fail("No municipality has a neighbour with these weights: increase DISTANCE (metres) or "
                            "choose contiguity or k-nearest weights.")
        if len(weights.islands):
            feedback.pushWarning(self.tr("{0} municipalities have no neighbour and get no statistics: {1}").format(
                len(weights.islands), ", ".join(labels[i] for i in weights.islands)))
        feedback.pushInfo(self.tr("{0} and Local Moran, {1} weights, {2} permutations (seed {3}), {4} p-values…")
                          .format("Gi*" if star else "Gi", self.tr("binary") if binary else self.tr("row-standardised"),
                                  permutations, seed, self.tr("folded") if alternative == "folded"
                                  else self.tr("directed")))
        try:
            stats = hs.local_statistics(values, weights, permutations, seed, use_fdr,
                                        progress=lambda f: feedback.setProgress(10 + 70 * f),
                                        cancelled=feedback.isCanceled, star=star, binary=binary,
                                        alternative=alternative)
        except Cancelled:
            return {}
        except ValueError as error:
            raise self.fail("The field '{0}' cannot be analysed ({1}): choose a field with varying, positive "
                            "values.", field, str(error)) from error
        columns = {"gi_z": stats.gi_z, "gi_p": stats.gi_p, "gi_class": stats.gi_class, "lisa_i": stats.lisa_i,
                   "lisa_p": stats.lisa_p, "lisa_class": stats.lisa_class}
        extra = list(OUTPUT_FIELDS)
        if self.parameterAsBool(parameters, self.EMERGING, context):
            columns.update(self._emerging(parameters, context, feedback, table, weights, labels))
            extra += EMERGING_FIELDS
            if feedback.isCanceled():
                return {}
        hot = sum(1 for c in stats.gi_class if c in hs.HOT_CLASSES)
        feedback.pushInfo(self.tr("{0} hot-spot municipalities, {1} LISA clusters.").format(
            hot, sum(1 for c in stats.lisa_class if c in hs.LISA_CLASSES)))
        regions = self._regions(parameters, context, table, weights, scheme, stats, labels, values)
        if table is not full_table:
            columns = {name: expand(column, present) for name, column in columns.items()}
        results = self._write_hotspots(outputs, source, full_table, columns, extra)
        if regions is not None:
            results.update(self._write_regions(outputs, source, table, regions))
        if feedback.isCanceled():
            return {}
        self._store_styles(outputs, results)
        outputs.commit()
        self._style_on_load(context, results)
        feedback.setProgress(100)
        return results

    def _store_styles(self, outputs, results) -> None:
        """Styles go into the files before the commit, so they are renamed into place with the data."""
        from ..qgis_bridge.polygons import save_style_in_geopackage

        hot = outputs.pending(results[self.OUTPUT])
        save_style_in_geopackage(hot, str(style_path("hotspots.qml")))
        save_style_in_geopackage(hot, str(style_path("lisa.qml")), default=False, name="LISA clusters")
        if self.REGIONS in results:
            save_style_in_geopackage(outputs.pending(results[self.REGIONS]), str(style_path("regions.qml")))

    def _style_on_load(self, context, results) -> None:
        from ..qgis_bridge.polygons import style_on_completion

        style_on_completion(context, results[self.OUTPUT], str(style_path("hotspots.qml")))
        if self.REGIONS in results:
            style_on_completion(context, results[self.REGIONS], str(style_path("regions.qml")))

    def _values(self, frame, field, labels):
        import numpy as np
        import pandas as pd

        raw = pd.to_numeric(frame[field], errors="coerce")
        missing = frame[field].isna().to_numpy()
        bad = (raw.isna() | ~np.isfinite(raw.astype(float))).to_numpy() & ~missing
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            raise self.fail("The field '{0}' is not a number for municipality {1} ({2} such features): correct "
                            "those values or choose another field.", field, labels[i], int(bad.sum()))
        if missing.all():
            raise self.fail("The field '{0}' is empty (NULL) for every municipality: run Municipal indicators "
                            "first or choose another field.", field)
        if (raw < 0).any():
            i = int(np.flatnonzero((raw < 0).to_numpy())[0])
            raise self.fail("The field '{0}' is negative for municipality {1}: counts and rates cannot be "
                            "negative; correct the value.", field, labels[i])
        return raw.to_numpy(dtype=float)

    def _weights(self, scheme, table, parameters, context):
        from ..core import weights as wt

        if scheme in (wt.QUEEN, wt.ROOK):
            return wt.contiguity(table.geometries, rook=scheme == wt.ROOK)
        import numpy as np

        centroids = table.centroids
        if not np.isfinite(centroids).all():
            raise self.fail("Some municipalities could not be projected to EPSG:6372 metres: check the layer's "
                            "CRS and geometries.")
        if scheme == wt.KNN:
            k = self.parameterAsInt(parameters, self.K, context)
            if k >= len(centroids):
                raise self.fail("K = {0} must be smaller than the number of municipalities ({1}): lower K.", k,
                                len(centroids))
            return wt.knn(centroids, k)
        return wt.distance_band(centroids, self.parameterAsDouble(parameters, self.DISTANCE, context))

    def _emerging(self, parameters, context, feedback, table, weights, labels):
        import numpy as np
        import pandas as pd

        from ..core import emerging

        chosen = parameter_as_fields(self, parameters, self.TIME_FIELDS, context)
        names = list(table.frame.columns)
        if not chosen:
            chosen = sorted((n for n in names if YEAR_FIELD.match(n)), key=lambda n: YEAR_FIELD.match(n).group(1))
        if len(chosen) < 3:
            raise self.fail("Emerging hotspots need at least 3 yearly fields (found {0}): run Municipal "
                            "indicators over 3 or more years (it writes hom_YYYY fields) or choose TIME_FIELDS.",
                            len(chosen))
        matrix = table.frame[chosen].apply(pd.to_numeric, errors="coerce").to_numpy(dtype=float)
        if not np.isfinite(matrix).all():
            row = int(np.flatnonzero(~np.isfinite(matrix).all(axis=1))[0])
            raise self.fail("A yearly field is empty for municipality {0}: fill it with 0 or drop that year.",
                            labels[row])
        feedback.pushInfo(self.tr("Emerging hotspots over {0} years…").format(len(chosen)))
        z = emerging.yearly_gi(matrix, weights, cancelled=feedback.isCanceled)
        categories, trend_z, trend_p = emerging.categorise(z)
        return {"eh_class": categories, "eh_trend_z": trend_z, "eh_trend_p": trend_p}

    def _regions(self, parameters, context, table, weights, scheme, stats, labels, values):
        import numpy as np
        import pandas as pd

        from ..core import regions as rg
        from ..core import weights as wt

        if parameters.get(self.REGIONS) is None:
            return None
        names = list(table.frame.columns)
        count_field = chosen_or_picked(names, self.parameterAsString(parameters, self.COUNT_FIELD, context),
                                       COUNT_CANDIDATES)
        pop_field = chosen_or_picked(names, self.parameterAsString(parameters, self.POPULATION_FIELD, context),
                                     POP_CANDIDATES)
        counts = (pd.to_numeric(table.frame[count_field], errors="coerce").to_numpy(dtype=float)
                  if count_field else values)
        population = (pd.to_numeric(table.frame[pop_field], errors="coerce").to_numpy(dtype=float)
                      if pop_field else np.full(len(values), np.nan))
        contiguity = weights if scheme == wt.QUEEN else wt.contiguity(table.geometries)
        confidence = CONFIDENCES[self.parameterAsEnum(parameters, self.REGION_CONFIDENCE, context)]
        mask = rg.hot_mask(stats.gi_class, confidence)
        name_field = chosen_or_picked(names, "", NAME_CANDIDATES)
        display = table.frame[name_field].fillna("").astype(str).tolist() if name_field else None
        return rg.violent_regions(mask, contiguity, labels, population, counts, display)

    def _write_hotspots(self, outputs, source, table, columns, extra):
        from ..qgis_bridge.polygons import extended_fields, feature_with

        fields = extended_fields(source.fields(), extra)
        sink, dest = outputs.sink(self.OUTPUT, fields, source.wkbType(), source.sourceCrs())
        for i, template in enumerate(table.features):
            values = {name: column[i] for name, column in columns.items()}
            sink.addFeature(feature_with(template, fields, values), SINK_FAST_INSERT)
        del sink
        return {self.OUTPUT: dest}

    def _write_regions(self, outputs, source, table, regions):
        from shapely.ops import unary_union

        from ..qgis_bridge.polygons import qgs_field, shapely_to_qgs, table_feature

        from ..definitions import PERIOD_END_FIELD, PERIOD_START_FIELD

        fields = QgsFields()
        for name, kind in [("region_id", "int"), ("n_munis", "int"), ("population", "double"),
                           ("homicides", "double"), ("share", "double"), ("cvegeo_list", "text"), ("label", "text"),
                           (PERIOD_START_FIELD, "text"), (PERIOD_END_FIELD, "text")]:
            fields.append(qgs_field(name, kind))
        # The regions cover the period of the counts they were found in (vdto:municipalindicators records it).
        period = [str(table.frame[name].dropna().iloc[0]) if name in table.frame and table.frame[name].notna().any()
                  else None for name in (PERIOD_START_FIELD, PERIOD_END_FIELD)]
        sink, dest = outputs.sink(self.REGIONS, fields, WKB_MULTIPOLYGON, source.sourceCrs())
        if sink is None:
            return {}
        from ..core._compat import make_valid

        for region in regions:
            parts = [g if g.is_valid else make_valid(g) for g in (table.geometries[i] for i in region.members)]
            geometry = shapely_to_qgs(unary_union(parts))
            geometry.convertToMultiType()
            sink.addFeature(table_feature(fields, [region.region_id, region.n_munis, region.population,
                                                   region.homicides, region.share, ",".join(region.codes),
                                                   region.label, *period],
                                          geometry), SINK_FAST_INSERT)
        del sink
        return {self.REGIONS: dest}


NO_VALUE = "No value (left out)"


def subset_table(table, keep):
    """The municipalities whose analysed value is present, in the same order."""
    import numpy as np

    index = np.flatnonzero(keep)
    return PolygonTable(frame=table.frame.iloc[index].reset_index(drop=True),
                        geometries=[table.geometries[i] for i in index],
                        centroids=None if table.centroids is None else np.asarray(table.centroids)[index],
                        features=[table.features[i] for i in index], fids=[table.fids[i] for i in index])


def expand(column, keep):
    """Put a statistic computed on the present municipalities back in place; the others get no value."""
    import numpy as np

    values = iter(column)
    if isinstance(column, np.ndarray) and column.dtype.kind == "f":
        out = np.full(len(keep), np.nan)
        out[keep] = column
        return out
    return [next(values) if present else NO_VALUE for present in keep]
