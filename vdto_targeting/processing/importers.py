"""Importers: the files the real sources publish → clean GeoPackage tables and layers keyed by CVEGEO.

Why: INEGI, SESNSP, census and CONAPO files differ in encoding, separator, layout and key format. Importing once,
with every unusable or unmatched row logged (code and name), gives the other algorithms clean inputs and gives the
analyst a record of what was left out.
"""
from __future__ import annotations

from qgis.core import (QgsFeatureRequest, QgsFields, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField, QgsProcessingParameterFile,
                       QgsProcessingParameterString)

from ..qgis_compat import SINK_FAST_INSERT
from ..qgis_compat import FIELD_ANY, SOURCE_POINT, SOURCE_POLYGON, WKB_NOGEOMETRY
from .base import TransactionalAlgorithm

CSV_FILTER = "CSV (*.csv *.csv.gz *.txt)"


class _TableImporter(TransactionalAlgorithm):
    """Shared: a CSV in, optional municipalities to check codes against, a table out."""

    GROUP = "data"
    INPUT = "INPUT"
    MUNICIPALITIES = "MUNICIPALITIES"
    CODE_FIELD = "CODE_FIELD"
    OUTPUT = "OUTPUT"
    COLUMNS: list = []

    def _common_parameters(self, label: str) -> None:
        self.addParameter(QgsProcessingParameterFile(self.INPUT, label, fileFilter=CSV_FILTER))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.MUNICIPALITIES, self.tr("Municipalities to check codes against (optional)"), [SOURCE_POLYGON],
            optional=True))
        self.addParameter(QgsProcessingParameterField(self.CODE_FIELD, self.tr("Municipal code field"),
                                                      parentLayerParameterName=self.MUNICIPALITIES, type=FIELD_ANY,
                                                      optional=True))

    def _read(self, parameters, context):
        raise NotImplementedError

    def _process(self, parameters, context, feedback, outputs):
        from ..core import sources
        from ..core.codes import normalize_cvegeo
        from ..qgis_bridge.polygons import qgs_field, read_table_layer, table_feature
        from ..qgis_bridge.fields import chosen_or_picked
        from .hotspots import CODE_CANDIDATES

        try:
            frame, report = self._read(parameters, context)
        except sources.ImportProblem as error:
            raise self.fail("The file cannot be imported: {0}.", str(error)) from error
        feedback.pushInfo(self.tr("Read {0} rows (encoding {1}, separator {2!r}).").format(
            len(frame), report.encoding or "-", report.separator or "-"))
        municipalities = self.parameterAsSource(parameters, self.MUNICIPALITIES, context)
        if municipalities is not None:
            names = municipalities.fields().names()
            field = chosen_or_picked(names, self.parameterAsString(parameters, self.CODE_FIELD, context),
                                     CODE_CANDIDATES)
            if not field:
                raise self.fail("The municipalities layer has no cvegeo field: choose its code field in "
                                "CODE_FIELD.")
            known = {normalize_cvegeo(v) for v in read_table_layer(municipalities)[field]}
            frame = sources.unmatched_codes(frame, known, report)
        for note in report.notes:
            feedback.pushInfo(note)
        if report.unmatched:
            feedback.pushWarning(self.tr("{0} row(s) not imported or not matched:").format(len(report.unmatched)))
            for item in report.unmatched:
                feedback.pushWarning(self.tr("  row {0}: code '{1}' {2} — {3}").format(
                    item["row"], item["code"], item["name"], item["reason"]))
        if feedback.isCanceled():
            return {}
        fields = QgsFields()
        for name, kind in self.COLUMNS:
            fields.append(qgs_field(name, kind))
        sink, dest = outputs.sink(self.OUTPUT, fields, WKB_NOGEOMETRY)
        names = [name for name, _ in self.COLUMNS]
        for number, row in enumerate(frame[names].itertuples(index=False)):
            sink.addFeature(table_feature(fields, list(row)), SINK_FAST_INSERT)
            if number % 20000 == 0:
                feedback.setProgress(100.0 * number / max(len(frame), 1))
                if feedback.isCanceled():
                    return {}
        del sink
        outputs.commit()
        return {self.OUTPUT: dest, "ROWS": len(frame), "UNMATCHED": len(report.unmatched)}


class ImportHomicidesAlgorithm(_TableImporter):
    NAME = "importhomicides"
    DISPLAY = "Import homicides (INEGI or SESNSP)"
    HELP = ("Reads a homicide table in the INEGI long form (cvegeo, year, month, homicides[, pop]) or SESNSP's "
            "municipal incidence layout (months Enero … Diciembre as columns, latin-1), understanding UTF-8 with "
            "BOM, latin-1, commas, semicolons, tabs, thousands separators and blank rows, and writes a clean "
            "table (cvegeo, year, month, homicides, pop, name). Codes are normalised (1001 → 01001); every row "
            "that cannot be used or does not match the municipalities is logged with its code and name. "
            "Duplicated municipality-months, negative or non-numeric counts are refused naming the row.")
    CRIME = "CRIME"
    COLUMNS = [("cvegeo", "text"), ("year", "int"), ("month", "int"), ("homicides", "int"), ("pop", "double"),
               ("name", "text")]

    def initAlgorithm(self, config=None):  # noqa: N802
        from ..core.sources import DEFAULT_SESNSP_CRIME

        self._common_parameters(self.tr("Homicides CSV"))
        self.addParameter(QgsProcessingParameterString(self.CRIME, self.tr("SESNSP crime (subtype) to count"),
                                                       DEFAULT_SESNSP_CRIME, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Homicides table")))

    def _read(self, parameters, context):
        from ..core import sources

        crime = self.parameterAsString(parameters, self.CRIME, context) or sources.DEFAULT_SESNSP_CRIME
        return sources.read_homicides(self.parameterAsFile(parameters, self.INPUT, context), crime)


class ImportPopulationAlgorithm(_TableImporter):
    NAME = "importpopulation"
    DISPLAY = "Import population (census or CONAPO)"
    HELP = ("Reads a municipal population table (census or CONAPO: cvegeo, year, pop_total — or a single "
            "snapshot without a year) in any common encoding and separator and writes a clean table (cvegeo, "
            "year, pop, name). A population of zero, a negative or non-numeric value or a duplicated "
            "municipality-year is refused naming the row; unmatched codes are logged with their names.")
    COLUMNS = [("cvegeo", "text"), ("year", "int"), ("pop", "double"), ("name", "text")]

    def initAlgorithm(self, config=None):  # noqa: N802
        self._common_parameters(self.tr("Population CSV"))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Population table")))

    def _read(self, parameters, context):
        from ..core import sources

        return sources.read_population(self.parameterAsFile(parameters, self.INPUT, context))


class ImportMunicipalitiesAlgorithm(TransactionalAlgorithm):
    NAME = "importmunicipalities"
    DISPLAY = "Import municipalities (INEGI Marco Geoestadístico)"
    GROUP = "data"
    HELP = ("Turns INEGI's Marco Geoestadístico municipalities (shapefile or GeoPackage, fields CVEGEO or "
            "CVE_ENT + CVE_MUN, NOMGEO) or any polygon layer with a municipal code field into a clean layer with "
            "cvegeo, cve_ent, cve_mun and nom_mun first, keeping every other field. Codes are normalised; "
            "features with malformed codes or empty geometries are logged with their name and left out; "
            "duplicated codes are refused naming both features; invalid geometries are repaired.")
    INPUT = "INPUT"
    CODE_FIELD = "CODE_FIELD"
    NAME_FIELD = "NAME_FIELD"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Municipal boundaries"),
                                                              [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField(self.CODE_FIELD, self.tr("Code field (default: CVEGEO, or "
                                                                               "CVE_ENT + CVE_MUN)"),
                                                      parentLayerParameterName=self.INPUT, type=FIELD_ANY,
                                                      optional=True))
        self.addParameter(QgsProcessingParameterField(self.NAME_FIELD, self.tr("Name field (default: NOMGEO)"),
                                                      parentLayerParameterName=self.INPUT, type=FIELD_ANY,
                                                      optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Municipalities")))

    def _process(self, parameters, context, feedback, outputs):
        from qgis.core import QgsWkbTypes

        from ..core.codes import join_state_municipality, normalize_cvegeo
        from ..qgis_bridge.polygons import feature_with, qgs_field
        from ..qgis_compat import GEOMETRY_POLYGON, SOURCE_SKIP_GEOMETRY_VALIDATION
        from ..qgis_bridge.fields import chosen_or_picked
        from .events import crs_missing

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise self.fail("The boundary layer could not be read: choose a valid polygon layer.")
        if crs_missing(source.sourceCrs()):
            raise self.fail("The boundary layer has no coordinate reference system (CRS), so its municipalities "
                            "cannot be placed: set the layer's CRS in Layer Properties ▸ Source (EPSG:4326 or "
                            "EPSG:6372 for INEGI files) and import again.")
        names = source.fields().names()
        code_field = chosen_or_picked(names, self.parameterAsString(parameters, self.CODE_FIELD, context),
                                      ("cvegeo", "CVEGEO", "CVE_MUNI", "clave"))
        state_field = chosen_or_picked(names, "", ("CVE_ENT", "cve_ent"))
        muni_field = chosen_or_picked(names, "", ("CVE_MUN", "cve_mun"))
        name_field = chosen_or_picked(names, self.parameterAsString(parameters, self.NAME_FIELD, context),
                                      ("NOMGEO", "nom_mun", "NOM_MUN", "nombre", "name"))
        if not code_field and not (state_field and muni_field):
            raise self.fail("The layer has neither a CVEGEO field nor CVE_ENT and CVE_MUN: choose the field that "
                            "holds the municipal code in CODE_FIELD.")
        fields = QgsFields()
        new = [("cvegeo", "text"), ("cve_ent", "text"), ("cve_mun", "text"), ("nom_mun", "text")]
        for name, kind in new:
            fields.append(qgs_field(name, kind))
        reserved = ("fid", "cvegeo", "cve_ent", "cve_mun", "nom_mun")
        for f in source.fields():
            if fields.indexOf(f.name()) < 0 and f.name().lower() not in reserved:
                fields.append(f)
        kept, seen, skipped, empty = [], {}, 0, 0
        # Geometry checks are ours (empty → logged and left out, invalid → repaired): QGIS's own invalid-geometry
        # callback is skipped, which also avoids a crash on POLYGON EMPTY features in some QGIS builds.
        for number, feature in enumerate(source.getFeatures(QgsFeatureRequest(), SOURCE_SKIP_GEOMETRY_VALIDATION),
                                         start=1):
            if feedback.isCanceled():
                return {}
            raw = feature[code_field] if code_field else f"{feature[state_field]}+{feature[muni_field]}"
            code = normalize_cvegeo(feature[code_field]) if code_field else \
                join_state_municipality(feature[state_field], feature[muni_field])
            label = feature[name_field] if name_field else ""
            geometry = feature.geometry()
            if code is None:
                skipped += 1
                feedback.pushWarning(self.tr("Feature {0}: code '{1}' ({2}) is not an INEGI municipal key; left "
                                             "out.").format(number, raw, label))
                continue
            if geometry is None or geometry.isNull() or geometry.isEmpty():
                skipped += 1
                empty += 1
                feedback.pushWarning(self.tr("Feature {0}: municipality {1} ({2}) has no geometry; left out.")
                                     .format(number, code, label))
                continue
            if QgsWkbTypes.geometryType(geometry.wkbType()) != GEOMETRY_POLYGON:
                kind = QgsWkbTypes.geometryDisplayString(QgsWkbTypes.geometryType(geometry.wkbType())).lower()
                raise self.fail("Feature {0} (municipality {1}) is a {2}, not a polygon: the layer mixes geometry "
                                "types; delete the non-polygon features or choose the polygon layer of municipal "
                                "boundaries.", number, code, kind)
            if code in seen:
                raise self.fail("Features {0} and {1} both have the municipal code {2}: each municipality must "
                                "appear once; dissolve or delete the duplicate and import again.", seen[code],
                                number, code)
            seen[code] = number
            if not geometry.isGeosValid():
                geometry = geometry.makeValid()
                feedback.pushInfo(self.tr("Feature {0}: invalid geometry of {1} repaired.").format(number, code))
            template = feature_with(feature, feature.fields(), {})
            template.setGeometry(geometry)
            kept.append((code, label, template))
        if not kept and empty:
            raise self.fail("No feature has a usable geometry: {0} municipality feature(s) have an empty geometry; "
                            "repair the layer (e.g. Fix geometries) or choose the layer of municipal boundaries.",
                            empty)
        if not kept:
            raise self.fail("No feature has a usable municipal code: choose the field that holds the CVEGEO "
                            "codes in CODE_FIELD.")
        sink, dest = outputs.sink(self.OUTPUT, fields, source.wkbType(), source.sourceCrs())
        from qgis.core import QgsFeature

        for code, label, template in kept:
            out = QgsFeature(fields)
            out.setGeometry(template.geometry())
            values = {"cvegeo": code, "cve_ent": code[:2], "cve_mun": code[2:],
                      "nom_mun": "" if label is None else str(label)}
            attributes = [values.get(name) for name in fields.names()]
            for index, name in enumerate(fields.names()):
                if name not in values:
                    attributes[index] = template[name] if template.fields().indexOf(name) >= 0 else None
            out.setAttributes(attributes)
            sink.addFeature(out, SINK_FAST_INSERT)
        del sink
        outputs.commit()
        feedback.pushInfo(self.tr("{0} municipalities imported, {1} left out.").format(len(kept), skipped))
        return {self.OUTPUT: dest, "IMPORTED": len(kept), "SKIPPED": skipped}


class ImportAcledAlgorithm(TransactionalAlgorithm):
    """ACLED's CSV export → a point layer of events with their location precision, ready for every step."""

    NAME = "importacled"
    DISPLAY = "Import ACLED events (CSV export)"
    GROUP = "data"
    HELP = ("Reads ACLED's CSV export (columns event_date, latitude, longitude, geo_precision, event_type, actor1, "
            "actor2, fatalities; event_id_cnty, sub_event_type, interaction, admin1–3, location, source and notes "
            "kept when present) into a point layer in EPSG:4326, like UCDP's GeoPackage. Dates are read as ISO "
            "(2020-01-31) or as ACLED writes them (31 January 2020). geo_precision is kept: 1 (the town) is a "
            "point, 2 (near it, its district) is spread over its municipality and 3 (only the province) over its "
            "state by the steps that map events; the log gives the events and fatalities of each class. Rows "
            "without coordinates are logged and left out; a bad date, fatality count or precision stops the "
            "import naming the row.")
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(self.INPUT, self.tr("ACLED CSV export"), fileFilter=CSV_FILTER))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("ACLED events"),
                                                            SOURCE_POINT))
        from .precision import add_precision_outputs

        add_precision_outputs(self)

    def _process(self, parameters, context, feedback, outputs):
        from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsField, QgsGeometry, QgsPointXY
        from qgis.PyQt.QtCore import QDate

        from ..core import acled, sources
        from ..core.precision import PrecisionCounts, classify
        from ..definitions import GEOGRAPHIC_CRS, PRECISION_SCALE_ACLED
        from ..qgis_bridge.polygons import qgs_field
        from ..qgis_compat import FIELD_TYPE_DATE, WKB_POINT

        try:
            frame, report = acled.read_acled(self.parameterAsFile(parameters, self.INPUT, context))
        except sources.ImportProblem as error:
            raise self.fail("The ACLED file cannot be imported: {0}.", str(error)) from error
        feedback.pushInfo(self.tr("Read {0} events (encoding {1}, separator {2!r}).").format(
            len(frame), report.encoding or "-", report.separator or "-"))
        for note in report.notes:
            feedback.pushInfo(note)
        for item in report.unmatched:
            feedback.pushWarning(self.tr("  row {0}: event '{1}' {2} — {3}").format(
                item["row"], item["code"], item["name"], item["reason"]))
        classes, _ = classify(frame["geo_precision"].tolist(), PRECISION_SCALE_ACLED)
        counts = PrecisionCounts.of(classes, frame["fatalities"].fillna(0).to_numpy(float), "geo_precision",
                                    PRECISION_SCALE_ACLED)
        feedback.pushInfo(self.tr("Location precision (geo_precision): {0}.").format(counts.text()))
        fields = QgsFields()
        for name, kind in acled.COLUMNS:
            fields.append(QgsField(name, FIELD_TYPE_DATE) if kind == "date" else qgs_field(name, kind))
        sink, dest = outputs.sink(self.OUTPUT, fields, WKB_POINT, QgsCoordinateReferenceSystem(GEOGRAPHIC_CRS))
        names = [name for name, _ in acled.COLUMNS]
        for number, row in enumerate(frame[names].itertuples(index=False)):
            feature = QgsFeature(fields)
            values = []
            for (_name, kind), value in zip(acled.COLUMNS, row):
                if value is None or (isinstance(value, float) and value != value):
                    values.append(None)
                elif kind == "date":
                    values.append(QDate(value.year, value.month, value.day))
                elif kind == "int":
                    values.append(int(value))
                else:
                    values.append(value)
            feature.setAttributes(values)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(row.longitude), float(row.latitude))))
            sink.addFeature(feature, SINK_FAST_INSERT)
            if number % 20000 == 0:
                feedback.setProgress(100.0 * number / max(len(frame), 1))
                if feedback.isCanceled():
                    return {}
        del sink
        outputs.commit()
        results = {self.OUTPUT: dest, "ROWS": len(frame), "UNMATCHED": len(report.unmatched),
                   "PRECISION": counts.text()}
        results.update({key.upper(): value for key, value in counts.as_attributes().items()})
        return results
