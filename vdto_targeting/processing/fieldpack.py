"""``vdto:fieldpack`` — everything for offline work in one GeoPackage (layers, styles, rasters and the project).

Why: analysts hand their work to colleagues on laptops with no network; one file is what survives e-mail, USB
sticks and shared drives. Runs on the main thread because it builds a QGIS project.
"""
from __future__ import annotations

import os
from typing import Any, Dict

from qgis.core import (QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsProcessingParameterBoolean, QgsProcessingParameterExtent,
                       QgsProcessingParameterFileDestination,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterString)

from ..qgis_compat import ALG_NO_THREADING, SOURCE_MAP_LAYER
from .base import VdtoAlgorithm


class FieldPackAlgorithm(VdtoAlgorithm):
    NAME = "fieldpack"
    DISPLAY = "Offline field pack (one GeoPackage)"
    GROUP = "briefing"
    HELP = ("Writes the chosen layers (inputs, results, zones; vector and raster) into ONE GeoPackage with their "
            "styles in its layer_styles table, rasters as GeoPackage raster tables, and a QGIS project stored "
            "inside the same GeoPackage — optionally with the briefing layout — so a colleague opens one file, "
            "offline, and sees the same map: the project's layer order, groups and visibility, each layer's "
            "style (and the zones layer's form, editable, in a table named zones), and the map extent given in "
            "EXTENT (default: the briefing's main map). The bundled layout renders the briefing's pages: tables, "
            "legends and the concentration curve travel inside the pack. In QGIS: Project ▸ Open From ▸ "
            "GeoPackage.")

    LAYERS = "LAYERS"
    PROJECT_NAME = "PROJECT_NAME"
    TITLE = "TITLE"
    INCLUDE_LAYOUT = "INCLUDE_LAYOUT"
    EXTENT = "EXTENT"
    OUTPUT = "OUTPUT"

    def flags(self):
        return super().flags() | ALG_NO_THREADING

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers(self.LAYERS, self.tr("Layers to pack"),
                                                               SOURCE_MAP_LAYER))
        self.addParameter(QgsProcessingParameterString(self.PROJECT_NAME, self.tr("Project name inside the pack"),
                                                       defaultValue="vdto_field_pack"))
        self.addParameter(QgsProcessingParameterString(self.TITLE, self.tr("Project title"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(self.INCLUDE_LAYOUT, self.tr("Include the briefing layout "
                                                                                     "of the current project"),
                                                        defaultValue=True))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Map extent when the pack is opened "
                                                                            "(empty: the briefing's main map)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Field pack"),
                                                                self.tr("GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputNumber("LAYER_COUNT", self.tr("Layers packed")))
        self.addOutput(QgsProcessingOutputString("PROJECT_URI", self.tr("Project inside the pack")))

    def processAlgorithm(self, parameters: Dict[str, Any], context, feedback) -> Dict[str, Any]:  # noqa: N802
        from ..briefing.fieldpack import FieldPackError, copy_layout, layout_layers, write_field_pack

        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        name = self.parameterAsString(parameters, self.PROJECT_NAME, context).strip()
        if not output.lower().endswith(".gpkg"):
            raise self.fail("The field pack {0} is not a GeoPackage: choose a file name ending in .gpkg.", output)
        if not layers:
            raise self.fail("No layers were given: choose at least one layer to put in the field pack.")
        if not name or any(c in name for c in "?&=/\\"):
            raise self.fail("The project name {0!r} cannot be used inside a GeoPackage: use letters, digits and "
                            "underscores.", name)
        invalid = [layer.name() for layer in layers if not layer.isValid()]
        if invalid:
            raise self.fail("These layers are not valid and cannot be packed: {0}. Fix or remove them.",
                            ", ".join(invalid))
        gone = [layer.name() for layer in layers if _file_gone(layer)]
        if gone:
            raise self.fail("The files behind these layers are gone (moved or deleted): {0}. Reload them from their "
                            "new folder, or choose them again, before packing.", ", ".join(gone))
        source_project = context.project()
        layout = _briefing_layout(source_project) if self.parameterAsBool(parameters, self.INCLUDE_LAYOUT,
                                                                          context) else None
        extra = []
        if layout is not None:
            extra = layout_layers(layout, layers)
            feedback.pushInfo(self.tr("Including the briefing layout ({0} more layers)").format(len(extra)))
        hook = (lambda project, mapping: copy_layout(layout, project, mapping)) if layout is not None else None
        extent = self._extent(parameters, context, source_project, layout, layers)
        try:
            summary = write_field_pack(output, layers, name,
                                       self.parameterAsString(parameters, self.TITLE, context),
                                       source_project.crs() if source_project is not None
                                       and source_project.crs().isValid() else None,
                                       feedback.pushInfo, hook, extent, source_project, extra)
        except (FieldPackError, OSError) as error:
            if os.path.exists(output):
                os.remove(output)
            raise self.fail("The field pack could not be written ({0}): check the layer named and that the "
                            "folder has free space.", error) from error
        feedback.pushInfo(self.tr("Field pack written: {0} ({1} layers; open it with Project ▸ Open From ▸ "
                                  "GeoPackage)").format(output, summary["layers"]))
        return {self.OUTPUT: output, "LAYER_COUNT": summary["layers"], "PROJECT_URI": summary["uri"]}

    def _extent(self, parameters, context, project, layout, layers):
        """The map's extent at export (a QgsReferencedRectangle): EXTENT, else the briefing's main map, else the
        layers' combined extent."""
        from qgis.core import QgsCoordinateTransform, QgsLayoutItemMap, QgsRectangle, QgsReferencedRectangle

        from qgis.core import QgsCoordinateReferenceSystem

        from ..definitions import MEXICO_METRIC_CRS

        # the pack's CRS: the project's, else INEGI's Lambert (as write_field_pack)
        crs = project.crs() if project is not None and project.crs().isValid() else \
            QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS)
        if parameters.get(self.EXTENT) not in (None, ""):
            # kept in its own CRS (the canvas's): QGIS shows exactly that rectangle when the pack is opened
            rect = self.parameterAsExtent(parameters, self.EXTENT, context)
            extent_crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
            if not rect.isNull():
                return QgsReferencedRectangle(rect, extent_crs if extent_crs.isValid() else crs)
        if layout is not None:
            for item in layout.items():
                if isinstance(item, QgsLayoutItemMap) and item.id() == "main_map":
                    return QgsReferencedRectangle(item.extent(), item.crs())
        if not layers:
            return None
        total = QgsRectangle()
        for layer in layers:
            if layer.extent().isNull() or not layer.isSpatial():
                continue
            rect = QgsCoordinateTransform(layer.crs(), crs, context.transformContext()).transformBoundingBox(
                layer.extent())
            total.combineExtentWith(rect)
        return QgsReferencedRectangle(total, crs) if not total.isNull() else None


def _briefing_layout(project):
    from ..briefing.layout import LAYOUT_NAME

    return project.layoutManager().layoutByName(LAYOUT_NAME) if project is not None else None


def _file_gone(layer) -> bool:
    """True when a file-based layer's file no longer exists (QGIS keeps such a layer 'valid' until reloaded)."""
    if layer.providerType() not in ("ogr", "gdal"):
        return False
    path = layer.source().split("|")[0]
    if path.upper().startswith("GPKG:"):
        path = path[5:].rsplit(":", 1)[0]
    return bool(path) and not path.startswith(("/vsi", "http")) and not os.path.exists(path)
