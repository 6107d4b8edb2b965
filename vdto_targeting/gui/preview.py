"""Live bandwidth preview: drag the radius slider and the violence surface redraws within a second.

Why it is fast: the events are read and linearly binned onto the 1 km lattice **once** (``core.kde.bin_points``),
padded for the largest radius the slider offers; each slider move only re-smooths that lattice
(``core.kde.smooth_binned``, a tiled FFT whose cost does not depend on the number of events). The surface is written
to an in-memory GeoTIFF (``/vsimem``) that a temporary raster layer shows, so QGIS renders and reprojects it like any
layer; slider moves are debounced so dragging does not queue redraws.
"""
from __future__ import annotations

import itertools
import time
from typing import Optional, Tuple

from qgis.core import (QgsColorRampShader, QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsProject,
                       QgsRasterLayer, QgsRasterShader,
                       QgsSingleBandPseudoColorRenderer, QgsVectorLayer)
from qgis.PyQt.QtCore import QCoreApplication, QObject, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor

from .. import qgis_compat as compat
from ..definitions import (KERNEL_QUARTIC, LAYER_STEP_PROPERTY, MEXICO_METRIC_CRS, OUTPUT_DENSITY,
                           PREVIEW_DEBOUNCE_MS, PREVIEW_MAX_RADIUS_M)

_COUNTER = itertools.count(1)
# Sequential ramp (light yellow → dark red), transparent where there is no violence.
_RAMP = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"]


def metric_crs(layer_crs: QgsCoordinateReferenceSystem) -> QgsCoordinateReferenceSystem:
    """Distances in metres: the project CRS when it is projected, else INEGI's Lambert for Mexico (EPSG:6372)."""
    project_crs = QgsProject.instance().crs()
    if project_crs.isValid() and not project_crs.isGeographic():
        return project_crs
    if layer_crs.isValid() and not layer_crs.isGeographic():
        return layer_crs
    return QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS)


def read_points(layer: QgsVectorLayer, weight_field: str = "", selected_only: bool = False,
                crs: Optional[QgsCoordinateReferenceSystem] = None, period=None):
    """Coordinates (in ``crs``, metric) and weights of a point layer as numpy arrays; honours subset filters.

    Reads only the weight (and date) attribute; NULL or negative weights count as 0 (the full run reports them).
    ``period``: a ``qgis_bridge.layers.PeriodFilter`` — the analysis period, read as vdto:violencesurface reads it, so
    the preview shows the surface the run will compute.
    """
    import numpy as np

    from ..qgis_bridge.layers import _to_day

    crs = crs or metric_crs(layer.crs())
    request = QgsFeatureRequest()
    index = layer.fields().lookupField(weight_field) if weight_field else -1
    date_index = layer.fields().lookupField(period.field_name) if period is not None else -1
    request.setSubsetOfAttributes([i for i in (index, date_index) if i >= 0])
    features = layer.getSelectedFeatures(request) if selected_only else layer.getFeatures(request)
    xs, ys, ws, days = [], [], [], []
    for feature in features:
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        point = geometry.asPoint() if not geometry.isMultipart() else geometry.centroid().asPoint()
        xs.append(point.x())
        ys.append(point.y())
        if date_index >= 0:
            days.append(_to_day(feature[date_index]))
        if index >= 0:
            value = feature[index]
            try:
                ws.append(max(float(value), 0.0))
            except (TypeError, ValueError):
                ws.append(0.0)
    x = np.asarray(xs, dtype=float)
    y = np.asarray(ys, dtype=float)
    w = np.asarray(ws, dtype=float) if index >= 0 else None
    if date_index >= 0:
        keep = period.keep(np.asarray(days, dtype="datetime64[D]"))
        x, y, w = x[keep], y[keep], (w[keep] if w is not None else None)
    if layer.crs() != crs and x.size:
        x, y = transform_arrays(x, y, layer.crs(), crs)
    return x, y, w


def transform_arrays(x, y, source: QgsCoordinateReferenceSystem, target: QgsCoordinateReferenceSystem):
    """Reproject coordinate arrays in one call (GDAL/PROJ), not point by point through Python."""
    import numpy as np
    from osgeo import osr

    def srs(crs: QgsCoordinateReferenceSystem):
        ref = osr.SpatialReference()
        ref.ImportFromWkt(crs.toWkt())
        ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        return ref

    transform = osr.CoordinateTransformation(srs(source), srs(target))
    out = np.asarray(transform.TransformPoints(np.column_stack([x, y])), dtype=float)
    return out[:, 0], out[:, 1]


class BandwidthPreview(QObject):
    """Bins events once, then re-smooths on every (debounced) radius change into a temporary raster layer.

    ``redrawn(seconds, radius)`` reports how long the last redraw took (compute, write, layer update).
    """

    redrawn = pyqtSignal(float, float)

    def __init__(self, parent: Optional[QObject] = None, pixel: float = 1000.0,
                 max_radius: float = PREVIEW_MAX_RADIUS_M) -> None:
        super().__init__(parent)
        self.pixel = float(pixel)
        self.max_radius = float(max_radius)
        self.kernel = KERNEL_QUARTIC
        self.grid = None
        self.binned = None
        self.crs: Optional[QgsCoordinateReferenceSystem] = None
        self.layer: Optional[QgsRasterLayer] = None
        self.path = ""
        self.radius = 0.0
        self.n_points = 0
        self.last_seconds = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self._timer.timeout.connect(self._redraw_pending)
        self._pending = 0.0

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("BandwidthPreview", text)

    # -------------------------------------------------------------- data
    def set_points(self, layer: QgsVectorLayer, weight_field: str = "", selected_only: bool = False,
                   period=None) -> int:
        """Read and bin the events once (the expensive part); returns the number of events (of ``period``, a
        ``qgis_bridge.layers.PeriodFilter``, when given)."""
        crs = metric_crs(layer.crs())
        x, y, w = read_points(layer, weight_field, selected_only, crs, period)
        return self.set_arrays(x, y, w, crs)

    def set_arrays(self, x, y, w, crs: QgsCoordinateReferenceSystem) -> int:
        """Bin coordinate arrays (metres in ``crs``) on a fixed 1 km grid covering them plus the largest radius."""
        import numpy as np

        from ..core.grid import Grid
        from ..core.kde import bin_points

        self.crs = crs
        self.n_points = int(np.size(x))
        if self.n_points == 0:
            self.grid = self.binned = None
            return 0
        self.grid = Grid.covering(float(np.min(x)), float(np.min(y)), float(np.max(x)), float(np.max(y)),
                                  self.pixel, margin=self.max_radius)
        pad = int(self.max_radius // self.pixel) + 2
        self.binned = bin_points(x, y, w, self.grid, pad=pad)
        return self.n_points

    # -------------------------------------------------------------- redraw
    def request(self, radius: float) -> None:
        """Ask for a redraw at ``radius`` metres; dragging restarts the debounce timer so only the last one runs."""
        self._pending = float(radius)
        self._timer.start()

    def _redraw_pending(self) -> None:
        self.redraw(self._pending)

    def surface(self, radius: float):
        """The density surface (events per km²) at ``radius`` metres on the binned grid."""
        from ..core.kde import smooth_binned

        radius = min(max(float(radius), self.pixel), self.max_radius)
        return smooth_binned(self.binned, self.grid, radius, self.kernel, output=OUTPUT_DENSITY)

    def redraw(self, radius: float) -> float:
        """Re-smooth at ``radius`` and show it; returns the seconds it took (0 when there are no events)."""
        if self.binned is None:
            return 0.0
        started = time.perf_counter()
        values = self.surface(radius)
        self.radius = float(radius)
        path = self._write(values)
        self._show(path, values)
        self.last_seconds = time.perf_counter() - started
        self.redrawn.emit(self.last_seconds, self.radius)
        return self.last_seconds

    def _write(self, values) -> str:
        from osgeo import gdal

        path = f"/vsimem/vdto_preview_{id(self)}_{next(_COUNTER)}.tif"
        dataset = gdal.GetDriverByName("GTiff").Create(path, self.grid.n_cols, self.grid.n_rows, 1,
                                                       gdal.GDT_Float32)
        dataset.SetGeoTransform(self.grid.geotransform())
        dataset.SetProjection(self.crs.toWkt())
        band = dataset.GetRasterBand(1)
        band.WriteArray(values)
        band.SetNoDataValue(0.0)
        dataset.FlushCache()
        dataset = None
        return path

    def _show(self, path: str, values) -> None:
        import numpy as np

        old = self.path
        name = self.tr("Surface preview ({0:g} km radius)").format(self.radius / 1000.0)
        if self.layer is None or QgsProject.instance().mapLayer(self.layer.id()) is None:
            self.layer = QgsRasterLayer(path, name, "gdal")
            self.layer.setCustomProperty(LAYER_STEP_PROPERTY, "preview")
            from .tasks import add_to_group

            add_to_group(self.layer, "preview")
        else:
            self.layer.setDataSource(path, name, "gdal")
            self.layer.setName(name)
        self.path = path
        positive = values[values > 0]
        top = float(np.percentile(positive, 99.5)) if positive.size else 1.0
        self.layer.setRenderer(self._renderer(top))
        self.layer.triggerRepaint()
        if old and old != path:
            from osgeo import gdal

            gdal.Unlink(old)

    def _renderer(self, top: float) -> QgsSingleBandPseudoColorRenderer:
        """Sequential ramp from 0 to the 99.5th percentile, so one dense city does not wash out the rest."""
        items = [QgsColorRampShader.ColorRampItem(top * i / (len(_RAMP) - 1), QColor(color),
                                                  f"{top * i / (len(_RAMP) - 1):.3g}")
                 for i, color in enumerate(_RAMP)]
        ramp = QgsColorRampShader(0.0, top)
        ramp.setColorRampType(compat.RAMP_INTERPOLATED)
        ramp.setColorRampItemList(items)
        ramp.setClip(False)
        shader = QgsRasterShader()
        shader.setRasterShaderFunction(ramp)
        renderer = QgsSingleBandPseudoColorRenderer(self.layer.dataProvider(), 1, shader)
        renderer.setClassificationMin(0.0)
        renderer.setClassificationMax(top)
        renderer.setOpacity(0.8)
        return renderer

    # -------------------------------------------------------------- end
    def extent(self) -> Tuple[float, float, float, float]:
        return (self.grid.x_min, self.grid.y_min, self.grid.x_max, self.grid.y_max) if self.grid else (0, 0, 0, 0)

    def clear(self) -> None:
        """Remove the preview layer and free its in-memory file (the full run replaces it)."""
        self._timer.stop()
        if self.layer is not None:
            try:
                if QgsProject.instance().mapLayer(self.layer.id()) is not None:
                    QgsProject.instance().removeMapLayer(self.layer.id())
            except RuntimeError:
                pass
            self.layer = None
        if self.path:
            from osgeo import gdal

            gdal.Unlink(self.path)
            self.path = ""

    def shutdown(self) -> None:
        self.clear()
        self.binned = None
