"""Map tools for drawing enforcement zones: a polygon with QGIS's digitizing machinery, and a circle by one click.

Why QGIS's own digitizing tool: analysts already know its snapping, Backspace-to-undo-vertex, right-click-to-finish
and Esc-to-cancel.  It insists on an editable layer, so the zones layer is put in edit mode only while the tool is
active and its edit buffer stays *empty*: the finished polygon is written straight to the GeoPackage by the
:class:`ZoneStore` (committed at once), and the empty session is closed when the tool is released.
"""
from __future__ import annotations

from typing import Callable, Optional

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsPointXY, QgsProject
from qgis.gui import QgsMapTool, QgsMapToolDigitizeFeature, QgsRubberBand
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

from .. import qgis_compat as qc
from ..definitions import MEXICO_METRIC_CRS


def tr(text: str) -> str:
    """Translate in "@default": the context pylupdate5 gives a bare ``tr("...")`` call, so the .ts entry is found."""
    return QCoreApplication.translate("@default", text)


class ZonePolygonTool(QgsMapToolDigitizeFeature):
    """Polygon capture on the zones layer; emits ``zoneDrawn(geometry, crs)`` when the analyst finishes."""

    # Not "polygonCaptured": QgsMapToolCapture has a virtual method of that name (QGIS 3.26+); a signal shadowing it
    # makes every finished polygon raise "native Qt signal is not callable" inside QGIS.
    zoneDrawn = pyqtSignal(QgsGeometry, QgsCoordinateReferenceSystem)
    cancelled = pyqtSignal()

    def __init__(self, canvas, cad_dock, layer) -> None:
        super().__init__(canvas, cad_dock, qc.capture_polygon_mode())
        self.zones_layer = layer
        self.setLayer(layer)
        self._started_editing = False
        self.digitizingCompleted.connect(self._completed)

    def activate(self) -> None:
        layer = self.zones_layer
        if layer is not None and not layer.isEditable():
            # Empty edit session: required by QGIS's capture tool, never holds a zone (see module docstring).
            self._started_editing = bool(layer.startEditing())
        super().activate()

    def deactivate(self) -> None:
        super().deactivate()
        self.release_layer()

    def release_layer(self) -> None:
        """Close the empty edit session this tool opened (nothing to save: zones are written directly)."""
        layer = self.zones_layer
        if self._started_editing and layer is not None and layer.isEditable():
            if layer.isModified():
                layer.commitChanges()       # defensive: another tool wrote to the buffer; keep, don't drop
            else:
                layer.rollBack()
        self._started_editing = False

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.size() == 0:
            self.cancelled.emit()
        super().keyPressEvent(event)

    def _completed(self, feature) -> None:
        geometry = QgsGeometry(feature.geometry())
        self.zoneDrawn.emit(geometry, self.zones_layer.crs())


class ZoneCircleTool(QgsMapTool):
    """Click a point: a circle of ``radius_km`` around it becomes a zone. The preview follows the mouse."""

    zoneDrawn = pyqtSignal(QgsGeometry, QgsCoordinateReferenceSystem)
    cancelled = pyqtSignal()

    def __init__(self, canvas, radius_km: Callable[[], float]) -> None:
        super().__init__(canvas)
        self.radius_km = radius_km
        self.band: Optional[QgsRubberBand] = None
        self.setCursor(Qt.CursorShape.CrossCursor)

    def _metric(self) -> QgsCoordinateTransform:
        return QgsCoordinateTransform(self.canvas().mapSettings().destinationCrs(),
                                      QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS), QgsProject.instance())

    def circle_at(self, map_point: QgsPointXY) -> QgsGeometry:
        """The circle in EPSG:6372, so the radius is true on the ground whatever the map's CRS."""
        centre = self._metric().transform(map_point)
        return QgsGeometry.fromPointXY(centre).buffer(max(self.radius_km(), 0.001) * 1000.0, 18)

    def canvasMoveEvent(self, event) -> None:  # noqa: N802
        if self.band is None:
            self.band = QgsRubberBand(self.canvas(), qc.GEOMETRY_POLYGON)
            self.band.setColor(QColor(227, 26, 28, 160))
            self.band.setFillColor(QColor(227, 26, 28, 40))
            self.band.setWidth(2)
        try:
            geometry = self.circle_at(event.mapPoint())
            self.band.setToGeometry(geometry, QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS))
        except Exception:  # a point the transform cannot handle: no preview, no crash
            self.band.reset(qc.GEOMETRY_POLYGON)

    def canvasReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.zoneDrawn.emit(self.circle_at(event.mapPoint()), QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()

    def deactivate(self) -> None:
        self.clear()
        super().deactivate()

    def clear(self) -> None:
        if self.band is not None:
            self.band.reset(qc.GEOMETRY_POLYGON)
            self.canvas().scene().removeItem(self.band)
            self.band = None
