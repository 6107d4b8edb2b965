"""QGIS vector sources → numpy batches, fast.

Reading a million features one by one through PyQGIS costs seconds; GDAL's Arrow stream hands the same GeoPackage
over as numpy columns in a fraction of that. So plain OGR layers (GeoPackage, shapefile, …) without a selection or
feature limit are read through ``GetArrowStreamAsNumPy`` (their subset string passed on as an OGR attribute filter);
everything else (memory layers, CSV, selected-only, multipoints, polygons) goes through a ``QgsFeatureRequest``.
Both paths honour the same period filter, report the same counts and reproject in batches, so callers never know
which one ran. Batches keep memory fixed whatever the layer size (the streaming surface relies on it).
"""
from __future__ import annotations

import datetime
import math
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, List, Optional, Tuple

import numpy as np
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry,
                       QgsProcessingFeatureSourceDefinition, QgsProject, QgsProviderRegistry, QgsRectangle,
                       QgsVectorLayer, QgsWkbTypes)
from ..qgis_compat import GEOMETRY_POINT, GEOMETRY_POLYGON
from .fields import plain_value

BATCH = 250_000


@dataclass
class ReadStats:
    """What reading found, for the log and for clear errors."""

    features: int = 0            # features read (after subset / selection / period filters)
    points: int = 0              # points produced
    null_geometry: int = 0       # features without a usable geometry (skipped)
    null_weight: int = 0         # NULL weights (counted as 0)
    negative_weight: int = 0     # negative weights (an error for the caller)
    first_negative: Optional[float] = None
    outside_period: int = 0      # features dropped by the period filter
    null_date: int = 0           # features without a date while a period was asked for (dropped)
    fast_path: bool = False
    notes: List[str] = field(default_factory=list)


@dataclass
class PeriodFilter:
    """Keep features whose ``field_name`` date lies in [start, end] (either bound optional)."""

    field_name: str
    start: Optional[datetime.date] = None
    end: Optional[datetime.date] = None

    def keep(self, days: np.ndarray, last: Optional[np.ndarray] = None) -> np.ndarray:
        """``days``: first day of each date (datetime64[D], NaT for missing), ``last`` its last day (a date known
        only to the month or the year spans it; default: the same day); True where the whole span is inside."""
        from ..core.dates import in_period

        return in_period(days, days if last is None else last, self.start, self.end)


# ----------------------------------------------------------------------------------------------- reprojection
class BatchTransformer:
    """Reproject coordinate arrays with OSR (PROJ) in one call per batch; identity when the CRSs match."""

    def __init__(self, source: QgsCoordinateReferenceSystem, target: QgsCoordinateReferenceSystem) -> None:
        self.identity = source == target
        self._transform = None
        if not self.identity:
            from osgeo import osr

            def srs(crs: QgsCoordinateReferenceSystem):
                ref = osr.SpatialReference()
                ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
                authid = crs.authid()
                if authid.upper().startswith("EPSG:"):
                    ref.ImportFromEPSG(int(authid.split(":")[1]))
                else:
                    ref.SetFromUserInput(crs.toWkt())
                ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
                return ref

            self._transform = osr.CoordinateTransformation(srs(source), srs(target))

    def __call__(self, x: np.ndarray, y: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        if self.identity or self._transform is None or x.size == 0:
            return x, y
        result = np.asarray(self._transform.TransformPoints(np.column_stack([x, y])), dtype=float)
        return result[:, 0].copy(), result[:, 1].copy()


# ----------------------------------------------------------------------------------------------- fast path
def ogr_fast_path(layer: Optional[QgsVectorLayer], definition: object = None) -> Optional[Tuple[str, str, str]]:
    """``(path, layer_name, attribute_filter)`` when ``layer`` can be read straight through OGR, else None.

    Not for selected-only sources, feature limits or SQL subset strings: those go through QGIS so the result is
    exactly what the analyst sees.
    """
    if layer is None or not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
        return None
    if not arrow_bridge_trusted():
        return None
    if isinstance(definition, QgsProcessingFeatureSourceDefinition):
        if definition.selectedFeaturesOnly or definition.featureLimit not in (-1, None):
            return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if not path or parts.get("geometryType") or parts.get("uniqueGeometryType"):
        return None
    name = parts.get("layerName") or ""
    if not name and parts.get("layerId") not in (None, "", 0):
        return None
    subset = layer.subsetString() or ""
    if subset.strip().upper().startswith("SELECT"):
        return None
    return path, name, subset


def arrow_bridge_trusted() -> bool:
    """Whether GDAL's Arrow-to-NumPy bridge (``GetArrowStreamAsNumPy``) may be used in this process.

    GDAL 3.10 (QGIS 3.40 LTR on Debian 13) crashed inside it in QGIS processes — a segmentation fault in
    ``gdal_array._RecordBatchAsNumpy`` and, elsewhere, "Negative size passed to PyBytes_FromStringAndSize" — while the
    same reads passed on GDAL 3.6 (Debian 12) and 3.13 (Debian sid). A crash cannot be caught, so that release reads
    through QGIS's own iterator: slower on millions of events, the same figures. ``VDTO_ARROW=0`` turns the bridge
    off everywhere, ``VDTO_ARROW=1`` forces it on.
    """
    import os

    forced = os.environ.get("VDTO_ARROW", "").strip()
    if forced in ("0", "1"):
        return forced == "1"
    from osgeo import gdal

    release = int(gdal.VersionInfo("VERSION_NUM")) // 10000    # e.g. 3100300 -> 310
    return release != 310


def open_ogr(path: str, layer_name: str):
    """``(dataset, layer)`` read-only (the layer by name, else the first); ``(None, None)`` when GDAL cannot open it.
    Keep the dataset referenced while the layer is used: the layer dies with it."""
    from osgeo import ogr

    dataset = ogr.Open(path, 0)
    if dataset is None:
        return None, None
    ogr_layer = dataset.GetLayerByName(layer_name) if layer_name else dataset.GetLayer(0)
    return dataset, ogr_layer


def wkb_points(column: np.ndarray) -> Optional[Tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Decode a batch of single-point WKB (2-D, little endian) in one vectorised step; None if not all such."""
    if column.dtype.kind == "V" and column.dtype.itemsize == 21:
        raw = np.frombuffer(column.tobytes(), dtype=np.uint8).reshape(-1, 21)
        valid = np.ones(raw.shape[0], dtype=bool)
    else:
        items = list(column)
        valid = np.array([item is not None and len(item) == 21 for item in items], dtype=bool)
        if not valid.any():
            return np.zeros(0), np.zeros(0), valid
        others = [item for item, ok in zip(items, valid) if not ok and item is not None]
        if others:
            return None
        raw = np.frombuffer(b"".join(bytes(item) for item, ok in zip(items, valid) if ok),
                            dtype=np.uint8).reshape(-1, 21)
    if raw.size and (np.any(raw[:, 0] != 1) or np.any(raw[:, 1:5].copy().view("<u4").ravel() != 1)):
        return None
    xy = raw[:, 5:21].copy().view("<f8").reshape(-1, 2)
    x = np.full(valid.size, np.nan)
    y = np.full(valid.size, np.nan)
    x[valid] = xy[:, 0]
    y[valid] = xy[:, 1]
    return x, y, valid & np.isfinite(x) & np.isfinite(y)


def _column(batch: dict, name: str, n: int) -> Tuple[np.ndarray, np.ndarray]:
    """Values as float and a NULL mask from an Arrow batch column (masked arrays mark NULLs)."""
    values = batch[name]
    null = np.ma.getmaskarray(values) if np.ma.isMaskedArray(values) else np.zeros(n, dtype=bool)
    data = np.ma.getdata(values)
    if data.dtype.kind in "iufb":
        data = data.astype(float)
        null = null | np.isnan(data)
    else:
        converted = np.full(n, np.nan)
        for i, item in enumerate(data):
            try:
                converted[i] = float(item)
            except (TypeError, ValueError):
                converted[i] = np.nan
        null = null | np.isnan(converted)
        data = converted
    return data, null


def column_date_spans(batch: dict, name: str, n: int) -> Tuple[np.ndarray, np.ndarray]:
    """(first day, last day) of each date of an Arrow column under the plugin's date grammar (core.dates)."""
    values = batch[name]
    null = np.ma.getmaskarray(values) if np.ma.isMaskedArray(values) else np.zeros(n, dtype=bool)
    data = np.ma.getdata(values)
    if data.dtype.kind == "M":
        first = data.astype("datetime64[D]")
        last = first
    else:
        first, last = date_spans(data)
    first, last = first.copy(), last.copy()
    first[null] = last[null] = np.datetime64("NaT")
    return first, last


def date_spans(values) -> Tuple[np.ndarray, np.ndarray]:
    """(first day, last day) arrays for attribute values of any kind (QDate, text, year numbers)."""
    from ..core.dates import spans

    return spans(plain_value(value, as_date=True) for value in values)


def to_span(value: object) -> Tuple[np.datetime64, np.datetime64]:
    """(first day, last day) of one attribute value; NaT, NaT when it is not a date."""
    first, last = date_spans([value])
    return first[0], last[0]


def _iter_ogr(path: str, layer_name: str, attribute_filter: str, weight_field: Optional[str],
              period: Optional[PeriodFilter], transform: BatchTransformer, stats: ReadStats,
              batch_size: int) -> Optional[Iterator[Tuple[np.ndarray, np.ndarray, np.ndarray]]]:
    dataset, ogr_layer = open_ogr(path, layer_name)
    if ogr_layer is None or not hasattr(ogr_layer, "GetArrowStreamAsNumPy"):
        return None
    definition = ogr_layer.GetLayerDefn()
    if definition.GetGeomFieldCount() != 1:
        return None
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    wanted = {name for name in (weight_field, period.field_name if period else None) if name}
    if not wanted.issubset(names):
        return None
    ogr_layer.SetIgnoredFields([name for name in names if name not in wanted])
    if attribute_filter and ogr_layer.SetAttributeFilter(attribute_filter) != 0:
        return None
    geometry_name = ogr_layer.GetGeometryColumn() or "wkb_geometry"

    def generate():
        keep_alive = dataset  # noqa: F841 - the layer lives only as long as its dataset
        stream = ogr_layer.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=YES",
                                                          f"MAX_FEATURES_IN_BATCH={int(batch_size)}"])
        for batch in stream:
            geometry = batch.get(geometry_name)
            if geometry is None:
                raise _FastPathUnsupported()
            n = len(geometry)
            decoded = wkb_points(np.ma.getdata(geometry) if np.ma.isMaskedArray(geometry) else geometry)
            if decoded is None:
                raise _FastPathUnsupported()
            x, y, valid = decoded
            if np.ma.isMaskedArray(geometry):
                valid &= ~np.ma.getmaskarray(geometry)
            keep = np.ones(n, dtype=bool)
            if period is not None:
                days, last = column_date_spans(batch, period.field_name, n)
                stats.null_date += int(np.isnat(days).sum())
                inside = period.keep(days, last)
                stats.outside_period += int((~inside & ~np.isnat(days)).sum())
                keep &= inside
            stats.features += int(keep.sum())
            stats.null_geometry += int((keep & ~valid).sum())
            keep &= valid
            if weight_field:
                w, null = _column(batch, weight_field, n)
                stats.null_weight += int((null & keep).sum())
                w = np.where(null, 0.0, w)
            else:
                w = np.ones(n)
            x, y, w = x[keep], y[keep], w[keep]
            _count_negative(w, stats)
            x, y = transform(x, y)
            stats.points += x.size
            yield x, y, w

    return generate()


class _FastPathUnsupported(Exception):
    """The layer holds something the vectorised WKB decoder does not handle: use the QGIS path."""


def _count_negative(w: np.ndarray, stats: ReadStats) -> None:
    negative = w < 0
    if negative.any():
        stats.negative_weight += int(negative.sum())
        if stats.first_negative is None:
            stats.first_negative = float(w[negative][0])


# ----------------------------------------------------------------------------------------------- QGIS path
def _weight_value(value: Any) -> Tuple[float, bool]:  # a Python value or a QVariant
    if value is None:
        return 0.0, True
    try:
        if hasattr(value, "isNull") and value.isNull():
            return 0.0, True
        number = float(value)
    except (TypeError, ValueError):
        return 0.0, True
    if np.isnan(number):
        return 0.0, True
    return number, False


def iter_features(source, target_crs: QgsCoordinateReferenceSystem, weight_field: Optional[str] = None,
                  period: Optional[PeriodFilter] = None, stats: Optional[ReadStats] = None,
                  transform_context=None, is_canceled: Callable[[], bool] = lambda: False):
    """Yield ``(geometry in target CRS, weight)`` per feature through QGIS (any provider, selection, subset)."""
    stats = stats if stats is not None else ReadStats()
    fields = source.fields()
    attributes = [fields.lookupField(name) for name in (weight_field, period.field_name if period else None)
                  if name]
    request = QgsFeatureRequest().setSubsetOfAttributes([index for index in attributes if index >= 0])
    context = transform_context if transform_context is not None else QgsProject.instance().transformContext()
    request.setDestinationCrs(target_crs, context)
    for feature in source.getFeatures(request):
        if is_canceled():
            return
        if period is not None:
            day, last = to_span(feature[period.field_name])
            if np.isnat(day):
                stats.null_date += 1
                continue
            if not period.keep(np.array([day]), np.array([last]))[0]:
                stats.outside_period += 1
                continue
        stats.features += 1
        geometry: QgsGeometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            stats.null_geometry += 1
            continue
        weight, null = (1.0, False) if not weight_field else _weight_value(feature[weight_field])
        stats.null_weight += int(null)
        if weight < 0:
            stats.negative_weight += 1
            if stats.first_negative is None:
                stats.first_negative = weight
        yield geometry, weight


class MixedGeometryError(RuntimeError):
    """A feature whose geometry type differs from the layer's kind (e.g. a polygon among points)."""

    def __init__(self, found: str, expected: str) -> None:
        super().__init__(f"a {found} among {expected}s")
        self.found = found
        self.expected = expected


def _kind_name(geometry: QgsGeometry) -> str:
    return QgsWkbTypes.geometryDisplayString(QgsWkbTypes.geometryType(geometry.wkbType())).lower()


def _points_of(geometry: QgsGeometry) -> List[Tuple[float, float]]:
    if QgsWkbTypes.geometryType(geometry.wkbType()) != GEOMETRY_POINT:
        raise MixedGeometryError(_kind_name(geometry), "point")
    if geometry.isMultipart():
        return [(p.x(), p.y()) for p in geometry.asMultiPoint()]
    point = geometry.asPoint()
    return [(point.x(), point.y())]


def iter_point_batches(source, target_crs: QgsCoordinateReferenceSystem, weight_field: Optional[str] = None,
                       period: Optional[PeriodFilter] = None, stats: Optional[ReadStats] = None,
                       layer: Optional[QgsVectorLayer] = None, definition: object = None,
                       batch_size: int = BATCH, transform_context=None,
                       is_canceled: Callable[[], bool] = lambda: False
                       ) -> Iterator[Tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Batches ``(x, y, w)`` of points in ``target_crs``; NULL weights are 0 (counted in ``stats``).

    Tries the OGR Arrow path first (see module docstring) and silently falls back to QGIS's iterator.
    """
    stats = stats if stats is not None else ReadStats()
    fast = ogr_fast_path(layer, definition)
    if fast is not None:
        transform = BatchTransformer(source.sourceCrs(), target_crs)
        snapshot = ReadStats()
        generator = _iter_ogr(*fast, weight_field, period, transform, snapshot, batch_size)
        if generator is not None:
            batches = []
            try:
                # Peek at the first batch: an undecodable geometry type falls back before anything is yielded.
                first = next(generator, None)
                if first is not None:
                    batches.append(first)
            except (_FastPathUnsupported, SystemError):
                # SystemError: GDAL 3.10's Arrow-to-NumPy bridge sometimes fails on the first batch ("Negative size
                # passed to PyBytes_FromStringAndSize", seen on QGIS 3.40 / Debian 13); nothing was yielded yet, so
                # QGIS's own iterator reads the layer instead.
                generator = None
            if generator is not None:
                stats.fast_path = True
                _merge(stats, snapshot)
                yield from batches
                try:
                    for batch in generator:
                        _merge(stats, snapshot)
                        if is_canceled():
                            return
                        yield batch
                except _FastPathUnsupported:
                    raise RuntimeError("the layer mixes point and multipoint geometries") from None
                _merge(stats, snapshot)
                return
    xs: List[float] = []
    ys: List[float] = []
    ws: List[float] = []
    for geometry, weight in iter_features(source, target_crs, weight_field, period, stats, transform_context,
                                          is_canceled):
        for x, y in _points_of(geometry):
            xs.append(x)
            ys.append(y)
            ws.append(weight)
        if len(xs) >= batch_size:
            stats.points += len(xs)
            yield np.asarray(xs), np.asarray(ys), np.asarray(ws)
            xs, ys, ws = [], [], []
    if xs:
        stats.points += len(xs)
        yield np.asarray(xs), np.asarray(ys), np.asarray(ws)


def _merge(stats: ReadStats, snapshot: ReadStats) -> None:
    """Copy the fast reader's running counters into the caller's stats object."""
    for name in ("features", "points", "null_geometry", "null_weight", "negative_weight", "outside_period",
                 "null_date"):
        setattr(stats, name, getattr(snapshot, name))
    stats.first_negative = snapshot.first_negative


def read_weighted_polygons(source, target_crs: QgsCoordinateReferenceSystem, weight_field: Optional[str] = None,
                           period: Optional[PeriodFilter] = None, stats: Optional[ReadStats] = None,
                           transform_context=None, is_canceled: Callable[[], bool] = lambda: False
                           ) -> Tuple[List[bytes], np.ndarray]:
    """The surface's polygons: valid WKB in ``target_crs`` and one weight each (municipal counts are few: QGIS's
    iterator is fine), for the kernel and the mask.

    Not ``qgis_bridge.polygons.read_polygons`` (the attribute table of a polygon layer, row for row, for the
    municipal algorithms), because the surface reads polygons exactly as it reads points, through
    :func:`iter_features`: only the weight and date fields are fetched, the period filter drops features and every
    drop is counted in ``stats`` (NULL and negative weights, outside the period, no date, no geometry) for the
    surface's log and refusals, a point or line among the polygons raises :class:`MixedGeometryError`, invalid
    outlines are made valid (the rasteriser needs them), cancelling stops the read, and the result is WKB (the mask
    is rasterised from it without shapely). The table reader keeps every row and attribute, copies the features to
    write them back, and has none of those filters.
    """
    wkbs: List[bytes] = []
    weights: List[float] = []
    for geometry, weight in iter_features(source, target_crs, weight_field, period, stats, transform_context,
                                          is_canceled):
        if QgsWkbTypes.geometryType(geometry.wkbType()) != GEOMETRY_POLYGON:
            raise MixedGeometryError(_kind_name(geometry), "polygon")
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        wkbs.append(bytes(geometry.asWkb()))
        weights.append(weight)
    return wkbs, np.asarray(weights, dtype=float)


def transform_extent(extent, source_crs: QgsCoordinateReferenceSystem, target_crs: QgsCoordinateReferenceSystem,
                     transform_context=None):
    """A layer extent in the target CRS (QGIS densifies the edges, so the box covers every reprojected point)."""
    if source_crs == target_crs:
        return extent
    context = transform_context if transform_context is not None else QgsProject.instance().transformContext()
    return QgsCoordinateTransform(source_crs, target_crs, context).transformBoundingBox(extent)


def reprojected_extent(source, extent, target_crs: QgsCoordinateReferenceSystem, transform_context=None):
    """The extent of a layer's features once reprojected to ``target_crs``.

    For points it is the bounding box of the reprojected points — the extent QGIS gives the layer reprojected to
    the working CRS, so a surface built on it lands on the same grid as QGIS's heatmap of that layer. (The
    reprojected box of the layer's geographic extent is larger: its corners bulge.) Other geometries, and layers
    already in ``target_crs``, keep :func:`transform_extent`. Raises QgsCsException when the points cannot be
    projected.
    """
    source_crs = source.sourceCrs()
    if source_crs == target_crs or QgsWkbTypes.geometryType(source.wkbType()) != GEOMETRY_POINT:
        return transform_extent(extent, source_crs, target_crs, transform_context)
    x_min = y_min = math.inf
    x_max = y_max = -math.inf
    try:
        for x, y, _ in iter_point_batches(source, target_crs, transform_context=transform_context):
            finite = np.isfinite(x) & np.isfinite(y)
            if finite.any():
                x_min, x_max = min(x_min, float(x[finite].min())), max(x_max, float(x[finite].max()))
                y_min, y_max = min(y_min, float(y[finite].min())), max(y_max, float(y[finite].max()))
    except RuntimeError:   # mixed geometries, unreadable features: the reader refuses them clearly later
        return transform_extent(extent, source_crs, target_crs, transform_context)
    if not math.isfinite(x_min):
        return transform_extent(extent, source_crs, target_crs, transform_context)
    return QgsRectangle(x_min, y_min, x_max, y_max)
