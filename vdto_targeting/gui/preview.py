"""Live bandwidth preview: drag the radius slider and the violence surface redraws within a second.

Why it is fast: the events are read and linearly binned onto the 1 km lattice **once** (``core.kde.bin_points``),
padded for the largest radius the slider offers; each slider move only re-smooths that lattice
(``core.kde.smooth_binned``, a tiled FFT whose cost does not depend on the number of events). The surface is written
to an in-memory GeoTIFF (``/vsimem``) that a temporary raster layer shows, so QGIS renders and reprojects it like any
layer; slider moves are debounced so dragging does not queue redraws.

Events are read by the one events reader (``qgis_bridge/events.py``), so the preview handles location precision as
the run does: events known only to a municipality or a state are spread over it (given the municipalities layer),
coarser ones stay off the map, and no state centroid lights up as a hotspot.
"""
from __future__ import annotations

import itertools
import time
from typing import Optional, Tuple

from qgis.core import (QgsColorRampShader, QgsCoordinateReferenceSystem, QgsProject,
                       QgsRasterLayer, QgsRasterShader,
                       QgsSingleBandPseudoColorRenderer, QgsVectorLayer)
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor

from .. import qgis_compat as compat
from ..definitions import (DEFAULT_STATE_EVENTS, KERNEL_QUARTIC, LAYER_STEP_PROPERTY, MEXICO_METRIC_CRS, OUTPUT_DENSITY,
                           PREVIEW_DEBOUNCE_MS, PREVIEW_MAX_RADIUS_M)
from ..i18n import TrMixin

_COUNTER = itertools.count(1)
# Sequential ramp (light yellow → dark red), transparent where there is no violence.
_RAMP = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"]


def metric_crs(layer_crs: QgsCoordinateReferenceSystem) -> QgsCoordinateReferenceSystem:
    """The CRS the run computes in (``qgis_bridge.crs.metric_crs``: the layer's own when it is in metres, else the
    project's when it is, else INEGI's Lambert for Mexico, EPSG:6372), so the preview is the run's surface."""
    from ..qgis_bridge.crs import metric_crs as run_crs

    crs, _why = run_crs(layer_crs, QgsProject.instance().crs())
    return crs if crs is not None else QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS)


class BandwidthPreview(TrMixin, QObject):
    """Bins events once, then re-smooths on every (debounced) radius change into a temporary raster layer.

    ``redrawn(seconds, radius)`` reports how long the last redraw took (compute, write, layer update).
    """

    redrawn = pyqtSignal(float, float)

    def __init__(self, parent: Optional[QObject] = None, pixel: float = 1000.0,
                 max_radius: float = PREVIEW_MAX_RADIUS_M) -> None:
        super().__init__(parent)
        self.pixel = float(pixel)
        self.max_radius = float(max_radius)
        self.kernel = KERNEL_QUARTIC      # the surface page sets the run's kernel before each redraw
        self.grid = None
        self._arrays = None
        self.mask_layer: Optional[QgsVectorLayer] = None   # the run's MASK (set_mask)
        self.mask = None
        self.binned = None
        self.crs: Optional[QgsCoordinateReferenceSystem] = None
        self.layer: Optional[QgsRasterLayer] = None
        self.path = ""
        self.radius = 0.0
        self.n_points = 0
        self.table = None
        self.last_seconds = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self._timer.timeout.connect(self._redraw_pending)
        self._pending = 0.0

    # -------------------------------------------------------------- data
    def set_points(self, layer: QgsVectorLayer, weight_field: str = "", selected_only: bool = False,
                   municipalities: Optional[QgsVectorLayer] = None, state_events: int = DEFAULT_STATE_EVENTS,
                   start=None, end=None, date_field: str = "") -> int:
        """Read and bin the events once (the expensive part); returns the number of events on the map.

        Same reader and precision rules as ``vdto:violencesurface``; ``self.table`` keeps what was read (its
        ``counts`` say how many events and deaths were handled each way). ``start``/``end`` (dates) keep the
        period's events, on ``date_field`` or the date field the run would pick (date_start, event_date, …): the
        reader keeps the period, as it does for the run.
        """
        import numpy as np

        from ..qgis_bridge.events import EventQuery, EventReadError, read_events, read_municipalities

        crs = metric_crs(layer.crs())
        period = {"start": start, "end": end, "date_field": date_field or ""} \
            if start is not None or end is not None else {}
        try:
            table = read_events(layer, crs, EventQuery(deaths_field=weight_field or "", selected_only=selected_only,
                                                       state_events=state_events, **period))
        except EventReadError:          # no date field for the period: preview every event
            table = read_events(layer, crs, EventQuery(deaths_field=weight_field or "", selected_only=selected_only,
                                                       state_events=state_events))
        if table.has_spread():
            codes = municipalities is not None and any(
                municipalities.fields().lookupField(name) >= 0 for name in ("cvegeo", "CVEGEO", "cve_ent"))
            if codes:
                table.place(read_municipalities(municipalities, crs))
            else:
                table.leave_spread_out()
        self.table = table
        x, y, w = table.points()
        w = np.maximum(w, 0.0)     # the full run refuses negative weights; the preview shows them as 0
        return self.set_arrays(x, y, w if weight_field else None, crs, table.spread(np.maximum(
            table.frame["deaths"].to_numpy(float), 0.0)))

    def set_polygons(self, layer: QgsVectorLayer, weight_field: str = "", spread: bool = True,
                     selected_only: bool = False) -> int:
        """Municipal counts instead of events, as the run smooths them (read by
        ``qgis_bridge.layers.read_weighted_polygons``): each polygon's count spread evenly over its cells
        (PolygonMode.SPREAD) or placed at one point on its surface (PolygonMode.POINT). Returns the number of
        polygons."""
        import numpy as np
        from shapely import wkb

        from ..core.kde import polygon_points
        from ..core.precision import SpreadPolygons
        from ..qgis_bridge.layers import MixedGeometryError, read_weighted_polygons

        crs = metric_crs(layer.crs())
        if selected_only:
            from qgis.core import QgsFeatureRequest

            layer = layer.materialize(QgsFeatureRequest().setFilterFids(layer.selectedFeatureIds()))
        try:
            wkbs, weights = read_weighted_polygons(layer, crs, weight_field or None)
        except MixedGeometryError:
            wkbs, weights = [], np.zeros(0)
        self.table = None
        geoms = [wkb.loads(item) for item in wkbs]
        weights = np.maximum(weights, 0.0)     # the run refuses negative counts; the preview shows them as 0
        if spread:
            empty = np.zeros(0)
            return self.set_arrays(empty, empty, empty, crs, SpreadPolygons(geoms, weights, np.ones(len(geoms)),
                                                                            [""] * len(geoms)))
        batches = list(polygon_points(geoms, weights, None, spread=False))
        x, y, w = (np.concatenate([b[i] for b in batches]) if batches else np.zeros(0) for i in range(3))
        bounds = [g.bounds for g in geoms if g is not None and not g.is_empty]
        extent = (min(b[0] for b in bounds), min(b[1] for b in bounds), max(b[2] for b in bounds),
                  max(b[3] for b in bounds)) if bounds else None
        return self.set_arrays(x, y, w, crs, extent=extent)   # the lattice of the polygons' extent, as the run's

    def set_arrays(self, x, y, w, crs: QgsCoordinateReferenceSystem, spread=None, extent=None) -> int:
        """Bin coordinate arrays (metres in ``crs``) on a fixed 1 km grid covering them plus the largest radius.

        ``spread`` (``core.precision.SpreadPolygons``): events spread over their municipality or state, binned from
        the grid's cells inside each polygon (``core.kde.polygon_points``), as the full run does. ``extent``
        (x_min, y_min, x_max, y_max): a box the lattice covers too (aligned on it).
        """
        import numpy as np

        self.crs = crs
        self._arrays = (x, y, w, spread, extent)
        self.n_points = int(np.size(x)) + int(spread.events.sum() if spread is not None else 0)
        return self.n_points if self._bin() else 0

    def _bin(self) -> bool:
        """Bin the arrays on a lattice padded by ``max_radius``; False when there is nothing to bin."""
        import numpy as np

        from ..core.grid import Grid
        from ..core.kde import bin_points, polygon_points

        x, y, w, spread, extent = self._arrays
        polygons = [g for g in (spread.geoms if spread is not None else []) if g is not None and not g.is_empty]
        boxes = [g.bounds for g in polygons] + ([(float(np.min(x)), float(np.min(y)), float(np.max(x)),
                                                  float(np.max(y)))] if np.size(x) else [])
        boxes = ([extent] if extent is not None else []) + boxes
        if not boxes:
            self.grid = self.binned = None
            return False
        self.grid = Grid.covering(min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
                                  max(b[3] for b in boxes), self.pixel, margin=self.max_radius)
        pad = int(self.max_radius // self.pixel) + 2
        self.binned = bin_points(x, y, w, self.grid, pad=pad)
        if spread is not None and spread.geoms:
            for px, py, pw in polygon_points(spread.geoms, spread.weights, self.grid, spread=True):
                bin_points(px, py, pw, self.grid, pad=pad, out=self.binned)
        self.mask = self._rasterized_mask()
        return True

    def set_mask(self, layer: Optional[QgsVectorLayer]) -> None:
        """The run's MASK: density that would fall outside the polygons is put back inside (None: no mask)."""
        self.mask_layer = layer
        self.mask = self._rasterized_mask()

    def _rasterized_mask(self):
        """The mask's cells on the preview's grid, as the run rasterises them; None without a usable mask (the run
        refuses a mask that is not polygons or covers no cell, and says so)."""
        if self.mask_layer is None or self.grid is None or self.crs is None:
            return None
        from ..qgis_bridge.layers import read_weighted_polygons
        from ..qgis_bridge.rasters import rasterize_mask

        try:
            wkbs, _ = read_weighted_polygons(self.mask_layer, self.crs)
        except RuntimeError:
            return None
        mask = rasterize_mask(wkbs, self.grid) if wkbs else None
        return mask if mask is not None and mask.any() else None

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

        radius = max(float(radius), self.pixel)
        if radius > self.max_radius and self._arrays is not None:
            self.max_radius = radius   # a radius beyond the slider's end, typed: pad the lattice for it, once
            self._bin()
        return smooth_binned(self.binned, self.grid, radius, self.kernel, output=OUTPUT_DENSITY, mask=self.mask)

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
        self.binned = self._arrays = None
