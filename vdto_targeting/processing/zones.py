"""Zones algorithms: create the zones GeoPackage, add a circle around a point, add a zone from features.

Why algorithms: the dock's buttons call these, so a zone made from the dock, the toolbox or a model is stored the
same way (validated, repaired or refused, committed at once).
"""
from __future__ import annotations

from typing import Any, Dict

from qgis.core import (QgsCoordinateReferenceSystem, QgsGeometry, QgsProcessingOutputNumber,
                       QgsProcessingOutputString, QgsProcessingParameterCrs,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSource, QgsProcessingParameterFile,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterNumber,
                       QgsProcessingParameterPoint, QgsProcessingParameterString)

from .. import qgis_compat as qc
from ..definitions import MEXICO_METRIC_CRS, ZONE_BASES
from .base import VdtoAlgorithm
from .events import crs_missing


def _file_param(name: str, label: str) -> QgsProcessingParameterFile:
    return QgsProcessingParameterFile(name, label, extension="gpkg")


class _AddZoneBase(VdtoAlgorithm):
    """Shared parameters and the store call for algorithms that add one zone."""

    GROUP = "zones"
    ZONES_FILE = "ZONES_FILE"
    NAME_PARAM = "NAME"
    TARGET = "TARGET"
    BASIS = "BASIS"
    FID = "FID"
    ZONE_ID = "ZONE_ID"
    VERDICT = "VERDICT"

    def add_common(self) -> None:
        self.addParameter(_file_param(self.ZONES_FILE, self.tr("Zones GeoPackage")))
        self.addParameter(QgsProcessingParameterString(self.NAME_PARAM, self.tr("Zone name"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.TARGET, self.tr("Target (organisation or region)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.BASIS, self.tr("Basis"), options=ZONE_BASES,
                                                     defaultValue=1))
        self.addOutput(QgsProcessingOutputNumber(self.FID, self.tr("Feature id of the new zone")))
        self.addOutput(QgsProcessingOutputString(self.ZONE_ID, self.tr("zone_id of the new zone")))
        self.addOutput(QgsProcessingOutputString(self.VERDICT, self.tr("Geometry verdict (valid or repaired)")))

    def store_zone(self, parameters, context, feedback, geometry: QgsGeometry,
                   crs: QgsCoordinateReferenceSystem) -> Dict[str, Any]:
        from ..qgis_bridge.zones_layer import ZoneRefused, ZoneStore, open_zones_layer

        path = self.parameterAsFile(parameters, self.ZONES_FILE, context)
        attributes = {"basis": ZONE_BASES[self.parameterAsEnum(parameters, self.BASIS, context)]}
        for key, param in (("name", self.NAME_PARAM), ("target", self.TARGET)):
            value = self.parameterAsString(parameters, param, context)
            if value:
                attributes[key] = value
        try:
            store = ZoneStore(open_zones_layer(path))
            fid, verdict = store.add_zone(geometry, attributes, crs)
        except ZoneRefused as error:
            raise self.fail(str(error)) from error
        if verdict == "repaired":
            feedback.pushWarning(self.tr("The outline crossed itself and was repaired before it was stored."))
        zone_id = store.feature(fid)["zone_id"]
        feedback.pushInfo(self.tr("Zone {0} stored in {1}.").format(zone_id, path))
        return {self.FID: fid, self.ZONE_ID: str(zone_id), self.VERDICT: verdict}


class CreateZonesLayerAlgorithm(VdtoAlgorithm):
    NAME = "createzoneslayer"
    DISPLAY = "Create zones GeoPackage"
    GROUP = "zones"
    HELP = ("Creates the enforcement-zones GeoPackage with its fixed schema (zone_id, name, target, basis, priority, "
            "status, start_date, end_date, notes, created_at, updated_at) and form, and beside it the targeting "
            "cycle's targets table (target_id, organisation, region, criterion, designated_on, announced_on, status, "
            "analyst, notes, created_at, updated_at). An existing zones file is opened, never overwritten: analysts' "
            "zones are not erased by re-running (a targets table missing from an older file is added).")
    OUTPUT = "OUTPUT"
    CRS = "CRS"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterCrs(self.CRS, self.tr("CRS of the zones (empty: EPSG:6372)"),
                                                    optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Zones GeoPackage"),
                                                                self.tr("GeoPackage (*.gpkg)")))

    def processAlgorithm(self, parameters, context, feedback) -> Dict[str, Any]:  # noqa: N802
        from ..qgis_bridge.zones_layer import ZoneRefused, create_zones_gpkg

        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS)
        try:
            layer = create_zones_gpkg(path, crs.authid() or crs.toWkt())
        except ZoneRefused as error:
            raise self.fail(str(error)) from error
        feedback.pushInfo(self.tr("{0} zones in {1}.").format(layer.featureCount(), path))
        return {self.OUTPUT: path}


class BufferZoneAlgorithm(_AddZoneBase):
    NAME = "bufferzone"
    DISPLAY = "Add circular zone around a point"
    HELP = ("Adds a circular enforcement zone of the given radius (km) around a point, e.g. a plaza or a "
            "municipal seat. The circle is built in INEGI Lambert (EPSG:6372) so its radius is true on the ground.")
    POINT = "POINT"
    RADIUS_KM = "RADIUS_KM"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterPoint(self.POINT, self.tr("Centre")))
        self.addParameter(QgsProcessingParameterNumber(self.RADIUS_KM, self.tr("Radius (km)"), qc.NUMBER_DOUBLE,
                                                       10.0, minValue=0.0))
        self.add_common()

    def processAlgorithm(self, parameters, context, feedback) -> Dict[str, Any]:  # noqa: N802
        radius = self.parameterAsDouble(parameters, self.RADIUS_KM, context)
        if radius <= 0 or radius > 500:
            raise self.fail("A radius of {0} km cannot make a zone: give a radius between 0 and 500 km.", radius)
        metric = QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS)
        centre = self.parameterAsPoint(parameters, self.POINT, context, metric)
        geometry = circle_zone(centre.x(), centre.y(), radius)
        return self.store_zone(parameters, context, feedback, geometry, metric)


def circle_zone(x: float, y: float, radius_km: float) -> QgsGeometry:
    """A 72-sided circle in metres (less than 0.1 % area error; 72 vertices keep the GeoPackage light)."""
    from qgis.core import QgsPointXY

    return QgsGeometry.fromPointXY(QgsPointXY(x, y)).buffer(radius_km * 1000.0, 18)


class ZoneFromFeaturesAlgorithm(_AddZoneBase):
    NAME = "zonefromfeatures"
    DISPLAY = "Add zone from features (municipalities, region or corridor)"
    HELP = ("Adds one enforcement zone made of the input features dissolved together: selected municipalities, "
            "a violent region, or a corridor line (give a buffer in km — a line has no area). Use 'Selected "
            "features only' to take the municipalities selected on the map.")
    INPUT = "INPUT"
    BUFFER_KM = "BUFFER_KM"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Features"),
                                                              [qc.SOURCE_POLYGON, qc.SOURCE_LINE]))
        self.addParameter(QgsProcessingParameterNumber(self.BUFFER_KM, self.tr("Buffer (km)"), qc.NUMBER_DOUBLE,
                                                       0.0, minValue=0.0, maxValue=500.0))
        self.add_common()

    def processAlgorithm(self, parameters, context, feedback) -> Dict[str, Any]:  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None or source.featureCount() == 0:
            raise self.fail("No features to make a zone from: select municipalities (or a region or corridor) on "
                            "the map, or choose a layer that has features.")
        if crs_missing(source.sourceCrs()):
            raise self.fail("The input layer has no CRS: set it in Layer Properties ▸ Source and run again.")
        buffer_km = self.parameterAsDouble(parameters, self.BUFFER_KM, context)
        is_line = _geometry_type_of(source) == qc.GEOMETRY_LINE
        if is_line and buffer_km <= 0:
            raise self.fail("A corridor is a line and has no area: give a buffer in km (e.g. 10) to make a zone.")
        metric = QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS)
        merged = merge_features(source.getFeatures(), source.sourceCrs(), buffer_km)
        if merged is None:
            raise self.fail("The chosen features have no geometry: choose features with outlines.")
        return self.store_zone(parameters, context, feedback, merged, metric)


def merge_features(features, source_crs, buffer_km: float = 0.0):
    """Dissolve features (municipalities, a region, a corridor) into one outline in EPSG:6372, buffered in km.

    Shared by the algorithm and the dock's "from selection" button so both build the same zone.
    """
    from qgis.core import QgsCoordinateTransform, QgsProject

    metric = QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS)
    transform = QgsCoordinateTransform(source_crs, metric, QgsProject.instance())
    parts = []
    for feature in features:
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            continue
        geometry.transform(transform)
        parts.append(geometry if geometry.isGeosValid() else geometry.makeValid())
    if not parts:
        return None
    merged = QgsGeometry.unaryUnion(parts)
    if buffer_km > 0:
        merged = merged.buffer(buffer_km * 1000.0, 12)
    return merged


def _geometry_type_of(source):
    from qgis.core import QgsWkbTypes

    return QgsWkbTypes.geometryType(source.wkbType())
