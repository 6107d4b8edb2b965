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
SOURCE_MAP_LAYER = _pick(Qgis, "ProcessingSourceType", "MapLayer", QgsProcessing.SourceType, "TypeMapLayer")
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

# --- gui (dock): layer-combo and field-combo filters, task flags, file widget modes ---
from qgis.core import QgsFieldProxyModel, QgsMapLayerProxyModel, QgsTask  # noqa: E402

_LAYER_FILTER_OLD = QgsMapLayerProxyModel.Filter
LAYER_POINT = _pick(Qgis, "LayerFilter", "PointLayer", _LAYER_FILTER_OLD, "PointLayer")
LAYER_POLYGON = _pick(Qgis, "LayerFilter", "PolygonLayer", _LAYER_FILTER_OLD, "PolygonLayer")
LAYER_VECTOR = _pick(Qgis, "LayerFilter", "VectorLayer", _LAYER_FILTER_OLD, "VectorLayer")
LAYER_RASTER = _pick(Qgis, "LayerFilter", "RasterLayer", _LAYER_FILTER_OLD, "RasterLayer")
LAYER_NO_GEOMETRY = _pick(Qgis, "LayerFilter", "NoGeometry", _LAYER_FILTER_OLD, "NoGeometry")
LAYER_HAS_GEOMETRY = _pick(Qgis, "LayerFilter", "HasGeometry", _LAYER_FILTER_OLD, "HasGeometry")
FIELD_FILTER_NUMERIC = _pick(Qgis, "FieldProxyModelFilter", "Numeric", QgsFieldProxyModel.Filter, "Numeric")
FIELD_FILTER_STRING = _pick(Qgis, "FieldProxyModelFilter", "String", QgsFieldProxyModel.Filter, "String")
FIELD_FILTER_DATE = _pick(Qgis, "FieldProxyModelFilter", "Date", QgsFieldProxyModel.Filter, "Date")
FIELD_FILTER_DATETIME = _pick(Qgis, "FieldProxyModelFilter", "DateTime", QgsFieldProxyModel.Filter, "DateTime")
TASK_CAN_CANCEL = _pick(Qgis, "TaskFlag", "CanCancel", QgsTask.Flag, "CanCancel")

# --- briefing and field pack: print layouts, exports, raster styling ---
from qgis.core import (QgsColorRampShader, QgsLayoutExporter, QgsLayoutItemPage, QgsLayoutItemPicture,  # noqa: E402
                       QgsLayoutTable, QgsLegendStyle, QgsProcessingAlgorithm, QgsScaleBarSettings, QgsUnitTypes,
                       QgsVectorFileWriter)

ALG_NO_THREADING = _pick(Qgis, "ProcessingAlgorithmFlag", "NoThreading", QgsProcessingAlgorithm.Flag,
                         "FlagNoThreading")
DISTANCE_KILOMETERS = _pick(Qgis, "DistanceUnit", "Kilometers", QgsUnitTypes.DistanceUnit, "DistanceKilometers")
LAYOUT_MILLIMETERS = _pick(Qgis, "LayoutUnit", "Millimeters", QgsUnitTypes.LayoutUnit, "LayoutMillimeters")
PAGE_LANDSCAPE = _pick(QgsLayoutItemPage, "Orientation", "Landscape", QgsLayoutItemPage.Orientation, "Landscape")
PAGE_PORTRAIT = _pick(QgsLayoutItemPage, "Orientation", "Portrait", QgsLayoutItemPage.Orientation, "Portrait")
SCALEBAR_FIT_WIDTH = _pick(Qgis, "ScaleBarSegmentSizeMode", "FitWidth", QgsScaleBarSettings.SegmentSizeMode,
                           "SegmentSizeFitWidth")
PICTURE_SVG = _pick(Qgis, "PictureFormat", "SVG", QgsLayoutItemPicture.Format, "FormatSVG")
PICTURE_ZOOM = _pick(QgsLayoutItemPicture, "ResizeMode", "Zoom", QgsLayoutItemPicture.ResizeMode, "Zoom")
LEGEND_TITLE = _pick(Qgis, "LegendComponent", "Title", QgsLegendStyle.Style, "Title")
LEGEND_GROUP = _pick(Qgis, "LegendComponent", "Group", QgsLegendStyle.Style, "Group")
LEGEND_SUBGROUP = _pick(Qgis, "LegendComponent", "Subgroup", QgsLegendStyle.Style, "Subgroup")
LEGEND_SYMBOL_LABEL = _pick(Qgis, "LegendComponent", "SymbolLabel", QgsLegendStyle.Style, "SymbolLabel")
EXPORT_SUCCESS = _pick(QgsLayoutExporter, "ExportResult", "Success", QgsLayoutExporter.ExportResult, "Success")
RAMP_INTERPOLATED = _pick(Qgis, "ShaderInterpolationMethod", "Linear", QgsColorRampShader.Type, "Interpolated")
TABLE_WRAP_TEXT = _pick(QgsLayoutTable, "WrapBehavior", "WrapText", QgsLayoutTable.WrapBehavior, "WrapText")
FILE_OVERWRITE_FILE = _pick(QgsVectorFileWriter, "ActionOnExistingFile", "CreateOrOverwriteFile",
                            QgsVectorFileWriter.ActionOnExistingFile, "CreateOrOverwriteFile")
FILE_OVERWRITE_LAYER = _pick(QgsVectorFileWriter, "ActionOnExistingFile", "CreateOrOverwriteLayer",
                             QgsVectorFileWriter.ActionOnExistingFile, "CreateOrOverwriteLayer")
WRITER_NO_ERROR = _pick(QgsVectorFileWriter, "WriterError", "NoError", QgsVectorFileWriter.WriterError, "NoError")
from qgis.core import QgsPalLayerSettings  # noqa: E402

LABEL_AROUND_POINT = _pick(Qgis, "LabelPlacement", "AroundPoint", QgsPalLayerSettings.Placement, "AroundPoint")
LABEL_HORIZONTAL = _pick(Qgis, "LabelPlacement", "Horizontal", QgsPalLayerSettings.Placement, "Horizontal")

from qgis.core import QgsColorRampShader  # noqa: E402

RAMP_INTERPOLATED = _pick(Qgis, "ShaderInterpolationMethod", "Linear", QgsColorRampShader.Type, "Interpolated")

# --- violence surface: metric CRS check, raster data type ---
from qgis.core import QgsUnitTypes as _QgsUnitTypes  # noqa: E402

DISTANCE_METERS = _pick(Qgis, "DistanceUnit", "Meters", getattr(_QgsUnitTypes, "DistanceUnit", None),
                        "DistanceMeters")
from qgis.core import QgsRasterBandStats as _QgsRasterBandStats  # noqa: E402

BAND_STAT_MAX = _pick(Qgis, "RasterBandStatistic", "Max", getattr(_QgsRasterBandStats, "Stats", None), "Max")
from qgis.core import QgsProcessingParameterDefinition  # noqa: E402

PARAMETER_OPTIONAL = _pick(Qgis, "ProcessingParameterFlag", "Optional", QgsProcessingParameterDefinition.Flag,
                           "FlagOptional")

# --- enforcement zones: read invalid zone outlines so the plugin can repair them and say so ---
from qgis.core import QgsProcessingFeatureSource as _QgsProcessingFeatureSource  # noqa: E402

SOURCE_SKIP_GEOMETRY_VALIDATION = _pick(Qgis, "ProcessingFeatureSourceFlag", "SkipGeometryValidityChecks",
                                        _QgsProcessingFeatureSource.Flag, "FlagSkipGeometryValidityChecks")
LAYER_LINE = _pick(Qgis, "LayerFilter", "LineLayer", QgsMapLayerProxyModel.Filter, "LineLayer")


def layer_filters(*members):
    """Several layer-combo filters as the flags type ``setFilters`` takes (``Qgis.LayerFilters`` from QGIS 3.34).

    OR-ing two members gives a plain int under PyQt5, which QGIS 3.34+ only accepts through the deprecated
    ``QgsMapLayerProxyModel.Filters`` overload (a DeprecationWarning in QGIS's log); build the flags object instead.
    """
    flags = getattr(Qgis, "LayerFilters", None) or getattr(QgsMapLayerProxyModel, "Filters", None)
    combined = flags(members[0]) if flags is not None else members[0]
    for member in members[1:]:
        combined = combined | member
    return combined


def capture_polygon_mode():
    """``QgsMapToolCapture`` polygon mode (imported lazily: qgis.gui is absent under qgis_process)."""
    from qgis.gui import QgsMapToolCapture

    return _pick(QgsMapToolCapture, "CaptureMode", "CapturePolygon", QgsMapToolCapture.CaptureMode, "CapturePolygon")


from qgis.core import QgsRenderContext  # noqa: E402

TEXT_ALWAYS_TEXT = _pick(Qgis, "TextRenderFormat", "AlwaysText", QgsRenderContext.TextRenderFormat,
                         "TextFormatAlwaysText")

# --- violence surface: advanced parameter flag ---
from qgis.core import QgsProcessingParameterDefinition as _QgsParameterDefinition  # noqa: E402

PARAMETER_ADVANCED = _pick(Qgis, "ProcessingParameterFlag", "Advanced", getattr(_QgsParameterDefinition, "Flag", None),
                           "FlagAdvanced")


# Attribute field types for QgsField: QVariant.Type up to QGIS 3.36, QMetaType.Type from 3.38 (QVariant.Type is gone
# in Qt6 / QGIS 4).
def _field_type(name: str):
    from qgis.PyQt.QtCore import QMetaType, QVariant

    meta = getattr(QMetaType, "Type", None)
    if Qgis.QGIS_VERSION_INT >= 33800 and meta is not None and hasattr(meta, name):
        return getattr(meta, name)
    return getattr(QVariant, name)


FIELD_TYPE_INT = _field_type("Int")
FIELD_TYPE_INT64 = _field_type("LongLong")
FIELD_TYPE_DOUBLE = _field_type("Double")
FIELD_TYPE_STRING = _field_type("QString") if Qgis.QGIS_VERSION_INT >= 33800 else _field_type("String")
FIELD_TYPE_DATE = _field_type("QDate") if Qgis.QGIS_VERSION_INT >= 33800 else _field_type("Date")
FIELD_TYPE_DATETIME = _field_type("QDateTime") if Qgis.QGIS_VERSION_INT >= 33800 else _field_type("DateTime")
# short names used by the organisation and corridor algorithms
TYPE_STRING, TYPE_INT, TYPE_DOUBLE = FIELD_TYPE_STRING, FIELD_TYPE_INT, FIELD_TYPE_DOUBLE

# Feature sink flags (QgsFeatureSink.Flag is scoped on every supported version)
from qgis.core import QgsFeatureSink as _QgsFeatureSink  # noqa: E402

SINK_FAST_INSERT = _QgsFeatureSink.Flag.FastInsert


# --- calls whose spelling changed (QGIS 3.32 / 3.40 deprecate the old one: a Python warning in QGIS's log) ---
def parameter_as_fields(algorithm, parameters, name, context):
    """Field names chosen in a field parameter: ``parameterAsStrings`` from QGIS 3.32, ``parameterAsFields`` before."""
    method = getattr(algorithm, "parameterAsStrings", None) or algorithm.parameterAsFields
    return method(parameters, name, context)


def band_maximum(layer, band: int = 1) -> float:
    """A raster band's maximum from its provider's statistics.

    Asks for all statistics (the default): passing a statistics flag makes QGIS 3.40+ pick its deprecated ``int``
    overload first (sip tries it before the ``Qgis.RasterBandStatistics`` one), which logs a DeprecationWarning.
    """
    return layer.dataProvider().bandStatistics(band).maximumValue


def save_style_to_database(layer, name: str, description: str, default: bool) -> str:
    """Store the layer's style in its GeoPackage's ``layer_styles``; returns an error message, empty on success.

    ``saveStyleToDatabaseV2`` from QGIS 3.44 (the old call is deprecated there); a failed SLD export alone is not a
    failure (the QML, which QGIS loads, was stored).
    """
    from qgis.core import QgsMapLayer

    save_v2 = getattr(layer, "saveStyleToDatabaseV2", None)
    if save_v2 is None:
        return layer.saveStyleToDatabase(name, description, default, "")
    results, message = save_v2(name, description, default, "")
    result = getattr(QgsMapLayer, "SaveStyleResult", None)
    failures = [getattr(result, member) for member in ("QmlGenerationFailed", "DatabaseWriteFailed")
                if hasattr(result, member)]
    return (message or "style not stored") if any(int(results & failure) for failure in failures) else ""
