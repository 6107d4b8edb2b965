"""Fully scoped enums that work on QGIS 3.22 through 4.x.

QGIS 3.36 moved many enums into ``Qgis`` (e.g. ``Qgis.ProcessingSourceType.VectorPoint``) and QGIS 4 drops the old
names. Everything else in the plugin takes its enums from here, so the difference is handled in one place.
Add an entry here instead of spelling an enum inline.
"""
from __future__ import annotations

from qgis.core import (Qgis, QgsFeatureRequest, QgsProcessing, QgsProcessingParameterField,
                       QgsProcessingParameterNumber, QgsWkbTypes)


def _pick(new_owner: object, new_enum: str, new_member: str, old_enum, old_member: str):
    enum = getattr(new_owner, new_enum, None)
    if enum is not None and hasattr(enum, new_member):
        return getattr(enum, new_member)
    return getattr(old_enum, old_member)


# Processing source types
SOURCE_POINT = _pick(Qgis, "ProcessingSourceType", "VectorPoint", QgsProcessing.SourceType, "TypeVectorPoint")
SOURCE_LINE = _pick(Qgis, "ProcessingSourceType", "VectorLine", QgsProcessing.SourceType, "TypeVectorLine")
SOURCE_POLYGON = _pick(Qgis, "ProcessingSourceType", "VectorPolygon", QgsProcessing.SourceType,
                       "TypeVectorPolygon")
SOURCE_ANY_GEOMETRY = _pick(Qgis, "ProcessingSourceType", "VectorAnyGeometry", QgsProcessing.SourceType,
                            "TypeVectorAnyGeometry")
SOURCE_VECTOR = _pick(Qgis, "ProcessingSourceType", "Vector", QgsProcessing.SourceType, "TypeVector")
SOURCE_RASTER = _pick(Qgis, "ProcessingSourceType", "Raster", QgsProcessing.SourceType, "TypeRaster")

# Number parameter types
NUMBER_DOUBLE = _pick(Qgis, "ProcessingNumberParameterType", "Double", QgsProcessingParameterNumber.Type, "Double")
NUMBER_INTEGER = _pick(Qgis, "ProcessingNumberParameterType", "Integer", QgsProcessingParameterNumber.Type,
                       "Integer")

# Field parameter data types
_FIELD_OLD = getattr(QgsProcessingParameterField, "DataType", None)
FIELD_ANY = _pick(Qgis, "ProcessingFieldParameterDataType", "Any", _FIELD_OLD, "Any")
FIELD_NUMERIC = _pick(Qgis, "ProcessingFieldParameterDataType", "Numeric", _FIELD_OLD, "Numeric")
FIELD_STRING = _pick(Qgis, "ProcessingFieldParameterDataType", "String", _FIELD_OLD, "String")
FIELD_DATETIME = _pick(Qgis, "ProcessingFieldParameterDataType", "DateTime", _FIELD_OLD, "DateTime")

# Geometry types
GEOMETRY_POINT = _pick(Qgis, "GeometryType", "Point", QgsWkbTypes.GeometryType, "PointGeometry")
GEOMETRY_LINE = _pick(Qgis, "GeometryType", "Line", QgsWkbTypes.GeometryType, "LineGeometry")
GEOMETRY_POLYGON = _pick(Qgis, "GeometryType", "Polygon", QgsWkbTypes.GeometryType, "PolygonGeometry")

# WKB types used for outputs
WKB_POINT = _pick(Qgis, "WkbType", "Point", QgsWkbTypes.Type, "Point")
WKB_MULTIPOLYGON = _pick(Qgis, "WkbType", "MultiPolygon", QgsWkbTypes.Type, "MultiPolygon")
WKB_POLYGON = _pick(Qgis, "WkbType", "Polygon", QgsWkbTypes.Type, "Polygon")
WKB_LINESTRING = _pick(Qgis, "WkbType", "LineString", QgsWkbTypes.Type, "LineString")
WKB_MULTILINESTRING = _pick(Qgis, "WkbType", "MultiLineString", QgsWkbTypes.Type, "MultiLineString")
WKB_NOGEOMETRY = _pick(Qgis, "WkbType", "NoGeometry", QgsWkbTypes.Type, "NoGeometry")

# Feature requests
REQUEST_NO_GEOMETRY = _pick(Qgis, "FeatureRequestFlag", "NoGeometry", QgsFeatureRequest.Flag, "NoGeometry")

# Message levels (already scoped in Qgis on every supported version)
INFO = Qgis.MessageLevel.Info
WARNING = Qgis.MessageLevel.Warning
CRITICAL = Qgis.MessageLevel.Critical
SUCCESS = Qgis.MessageLevel.Success
