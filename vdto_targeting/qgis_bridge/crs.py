"""Which metric CRS a surface is computed in.

Kernel radii and pixel sizes are metres, always. A projected input in metres is used as it is (so a surface can be
compared cell by cell with QGIS's heatmap of the same layer); a geographic input is projected to the project CRS
when that is projected in metres, else to INEGI's Lambert Conformal Conic for Mexico (EPSG:6372).
"""
from __future__ import annotations

from typing import Optional, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

from ..definitions import MEXICO_METRIC_CRS
from ..i18n import translate
from ..qgis_compat import DISTANCE_METERS


def is_metric(crs: Optional[QgsCoordinateReferenceSystem]) -> bool:
    """A valid projected CRS whose map units are metres."""
    return bool(crs is not None and crs.isValid() and not crs.isGeographic()
                and crs.mapUnits() == DISTANCE_METERS)


def metric_crs(source_crs: QgsCoordinateReferenceSystem,
               project_crs: Optional[QgsCoordinateReferenceSystem] = None
               ) -> Tuple[Optional[QgsCoordinateReferenceSystem], str]:
    """The CRS to compute in and a sentence saying why; ``(None, reason)`` when the source CRS is unknown."""
    if source_crs is None or not source_crs.isValid():
        return None, translate("VdtoCrs", "the layer has no coordinate reference system")
    if is_metric(source_crs):
        return source_crs, translate("VdtoCrs", "the layer's own CRS {0} (projected, metres)").format(
            source_crs.authid())
    if project_crs is not None and is_metric(project_crs):
        return project_crs, translate("VdtoCrs", "the project CRS {0}, because the layer's CRS {1} is not in "
                                                 "metres").format(project_crs.authid(), source_crs.authid())
    return (QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS),
            translate("VdtoCrs", "{0} (INEGI Lambert, metres), because the layer's CRS {1} is not in metres").format(
                MEXICO_METRIC_CRS, source_crs.authid()))


def transform_to(source, crs: str) -> Optional[QgsCoordinateTransform]:
    """The transform from a layer's or Processing source's CRS to ``crs`` (an authority id or WKT); None when they
    are the same, so readers skip the per-feature transform."""
    source_crs = source.sourceCrs() if hasattr(source, "sourceCrs") else source.crs()
    target = QgsCoordinateReferenceSystem(crs)
    if source_crs == target:
        return None
    return QgsCoordinateTransform(source_crs, target, QgsProject.instance())
