"""Polygon and table layers ⇄ shapely/pandas for the municipal algorithms, and writing their results.

Why here: the core computes on plain arrays and shapely geometries; this module is the only place that walks QGIS
features, transforms to the metric CRS for distances, and turns result columns back into QGIS fields.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsFeatureRequest,
                       QgsFeatureSource, QgsField, QgsFields, QgsGeometry, QgsProcessingContext, QgsProject,
                       QgsWkbTypes)

from ..definitions import MEXICO_METRIC_CRS
from ..qgis_compat import REQUEST_NO_GEOMETRY, save_style_to_database
from .fields import pick_field, plain_value


@dataclass
class PolygonTable:
    """Features of a polygon source in order: attributes (pandas), shapely geometries, metric centroids."""

    frame: object  # pandas.DataFrame, one row per feature, columns = source field names
    geometries: list = field(default_factory=list)  # shapely geometries in the source CRS (None when empty)
    centroids: object = None  # numpy (n, 2) in EPSG:6372 metres
    features: list = field(default_factory=list)  # QgsFeature copies, to write every input field back
    fids: list = field(default_factory=list)


def read_polygons(source: QgsFeatureSource, context: Optional[QgsProcessingContext] = None,
                  feedback=None, want_centroids: bool = False, crs: Optional[str] = None) -> PolygonTable:
    """Read every feature once, row for row: all attributes, shapely geometries (None for an empty one, so rows stay
    aligned with the features) and the features themselves, to write every input field back. Geometries become
    shapely via WKB (works with shapely 1.8 and 2.x), in the source's CRS or, given ``crs`` (an authority id such as
    EPSG:6372), transformed to it.

    The violence surface reads its weighted polygons with ``qgis_bridge.layers.read_weighted_polygons`` instead: it
    needs the period filter and its counts, one weight per polygon and no attribute table."""
    import numpy as np
    import pandas as pd
    from shapely import wkb

    names = source.fields().names()
    rows, features, fids, centroids = [], [], [], []
    geometries: list = []  # shapely geometries, None for an empty one
    project = context.project() if context is not None and context.project() else QgsProject.instance()
    transform = to_crs = None
    if want_centroids:
        transform = QgsCoordinateTransform(source.sourceCrs(), QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS),
                                           project.transformContext())
    if crs is not None:
        to_crs = QgsCoordinateTransform(source.sourceCrs(), QgsCoordinateReferenceSystem(crs),
                                        project.transformContext())
    total = max(source.featureCount(), 1)
    for number, feature in enumerate(source.getFeatures()):
        if feedback is not None:
            if feedback.isCanceled():
                break
            if number % 500 == 0:
                feedback.setProgress(100.0 * number / total)
        rows.append([plain_value(v) for v in feature.attributes()])
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            geometries.append(None)
            centroids.append((np.nan, np.nan))
        else:
            if QgsWkbTypes.isCurvedType(geometry.wkbType()):  # shapely reads linear WKB only
                geometry = QgsGeometry(geometry)
                geometry.convertToStraightSegment()
            if to_crs is not None:
                moved = QgsGeometry(geometry)
                moved.transform(to_crs)
                geometries.append(wkb.loads(bytes(moved.asWkb())))
            else:
                geometries.append(wkb.loads(bytes(geometry.asWkb())))
            if transform is not None:  # centroid of the projected polygon, as GeoPandas/GeoDa compute it
                projected = QgsGeometry(geometry)
                projected.transform(transform)
                xy = projected.centroid().asPoint()
                centroids.append((xy.x(), xy.y()))
        features.append(QgsFeature(feature))
        fids.append(feature.id())
    frame = pd.DataFrame(rows, columns=names)
    return PolygonTable(frame, geometries, np.asarray(centroids, float) if want_centroids else None, features, fids)


def keyed_polygons(source: QgsFeatureSource, context: Optional[QgsProcessingContext],
                   key_candidates: Sequence[str], crs: str = MEXICO_METRIC_CRS) -> Tuple[List[str], list]:
    """(keys, shapely polygons in ``crs``) of the features with a geometry; the key is the first candidate field
    present (``fields.pick_field``), else the feature id."""
    table = read_polygons(source, context, crs=crs)
    key_field = pick_field(source.fields().names(), key_candidates)
    keys, shapes = [], []
    for feature, shape in zip(table.features, table.geometries):
        if shape is not None:
            keys.append(str(plain_value(feature[key_field])) if key_field else str(feature.id()))
            shapes.append(shape)
    return keys, shapes


def read_table_layer(source: QgsFeatureSource):
    """A table (or any vector) source as a pandas frame of its attributes, without geometry."""
    import pandas as pd

    names = source.fields().names()
    request = QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY)
    rows = [[plain_value(v) for v in f.attributes()] for f in source.getFeatures(request)]
    return pd.DataFrame(rows, columns=names)


def qgs_field(name: str, kind: str, length: int = 0) -> QgsField:
    """``kind`` is 'int', 'double' or 'text'; the type enum comes from qgis_compat (QVariant or QMetaType)."""
    from ..qgis_compat import FIELD_TYPE_DOUBLE, FIELD_TYPE_INT64, FIELD_TYPE_STRING

    variant = {"int": FIELD_TYPE_INT64, "double": FIELD_TYPE_DOUBLE, "text": FIELD_TYPE_STRING}[kind]
    return QgsField(name, variant, len=length)


def extended_fields(base: QgsFields, extra: list) -> QgsFields:
    """Input fields plus ``extra`` (name, kind) not already present — re-running on an output replaces values."""
    fields = QgsFields(base)
    for name, kind in extra:
        if fields.indexOf(name) < 0:
            fields.append(qgs_field(name, kind))
    return fields


def _clean(value):
    """numpy scalars and NaN → plain Python / NULL, which every provider accepts."""
    import math

    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def feature_with(template: QgsFeature, fields: QgsFields, values: dict) -> QgsFeature:
    """A copy of ``template`` carrying all its attributes plus ``values`` by name, on ``fields``."""
    feature = QgsFeature(fields)
    feature.setGeometry(template.geometry())
    attributes = list(template.attributes()) + [None] * (fields.count() - len(template.attributes()))
    for name, value in values.items():
        attributes[fields.indexOf(name)] = _clean(value)
    feature.setAttributes(attributes)
    return feature


def table_feature(fields: QgsFields, values: list, geometry=None) -> QgsFeature:
    feature = QgsFeature(fields)
    if geometry is not None:
        feature.setGeometry(geometry)
    feature.setAttributes([_clean(v) for v in values])
    return feature


def shapely_to_qgs(geometry):
    """shapely → QgsGeometry through WKB (same on shapely 1.8 and 2.x)."""
    from qgis.core import QgsGeometry

    result = QgsGeometry()
    result.fromWkb(geometry.wkb)
    return result


def save_style_in_geopackage(destination: str, qml: str, default: bool = True, name: str = "") -> None:
    """Store ``qml`` in the written GeoPackage (``layer_styles``), by default as the layer's default style, so the
    layer opens styled in any QGIS; further named styles (e.g. LISA clusters) are offered in Layer Properties."""
    from qgis.core import QgsVectorLayer

    if not destination or ".gpkg" not in destination.lower():
        return
    layer = QgsVectorLayer(destination, "styled", "ogr")
    if not layer.isValid():
        return
    _message, ok = layer.loadNamedStyle(qml)
    if ok:
        save_style_to_database(layer, name or layer.name(), "VDTO Targeting", default)


_KEEP_ALIVE: list = []


def style_on_completion(context: QgsProcessingContext, destination: str, qml: str) -> None:
    """Apply ``qml`` to the output layer when Processing loads it into the project (toolbox, dock, models)."""
    from qgis.core import QgsProcessingLayerPostProcessorInterface

    if not context.willLoadLayerOnCompletion(destination):
        return

    class _Styler(QgsProcessingLayerPostProcessorInterface):
        def postProcessLayer(self, layer, _context, _feedback):  # noqa: N802
            if layer is not None and layer.isValid():
                layer.loadNamedStyle(qml)
                layer.triggerRepaint()

    styler = _Styler()
    _KEEP_ALIVE.append(styler)  # Processing keeps only a raw pointer
    del _KEEP_ALIVE[:-20]
    context.layerToLoadOnCompletionDetails(destination).setPostProcessor(styler)
