"""The offline field pack: ONE GeoPackage holding inputs, results, zones, their styles and the QGIS project.

Why one file: a colleague on a laptop with no network opens a single file and sees the same map. Vector styles go
into the GeoPackage's ``layer_styles`` table (used as each layer's default style, so the layers stay styled even
when dragged into another project); rasters become GeoPackage raster tables; the project itself is stored inside
the GeoPackage (QGIS's ``geopackage:`` project storage) and refers to the layers by the pack's own path.
"""
from __future__ import annotations

import os
import re
from typing import Callable, Dict, List, Optional

from qgis.core import (QgsCoordinateReferenceSystem, QgsMapLayerStyle, QgsProject, QgsRasterLayer,
                       QgsVectorFileWriter, QgsVectorLayer)

from ..definitions import MEXICO_METRIC_CRS
from ..qgis_compat import FILE_OVERWRITE_FILE, FILE_OVERWRITE_LAYER, WRITER_NO_ERROR, save_style_to_database


class FieldPackError(RuntimeError):
    """A layer could not be written; the message names the layer and the reason."""


def table_name(name: str, taken: set) -> str:
    """A GeoPackage table name (lower-case letters, digits, underscores), unique within the pack."""
    base = re.sub(r"[^a-z0-9_]+", "_", name.lower()).strip("_") or "layer"
    if base[0].isdigit():
        base = "l_" + base
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}_{number}", number + 1
    taken.add(candidate)
    return candidate


def project_uri(path: str, project_name: str) -> str:
    return f"geopackage:{path}?projectName={project_name}"


def _write_vector(layer: QgsVectorLayer, path: str, table: str, first: bool, project: QgsProject) -> None:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = FILE_OVERWRITE_FILE if first else FILE_OVERWRITE_LAYER
    result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, project.transformContext(), options)
    if result[0] != WRITER_NO_ERROR:
        raise FieldPackError(f"{layer.name()}: {result[1]}")


def _write_raster(layer: QgsRasterLayer, path: str, table: str) -> None:
    from osgeo import gdal

    options = ["RASTER_TABLE=" + table]
    if os.path.exists(path):
        options.append("APPEND_SUBDATASET=YES")
    source = layer.dataProvider().dataSourceUri()
    dataset = gdal.Translate(path, source, format="GPKG", creationOptions=options)
    if dataset is None:
        raise FieldPackError(f"{layer.name()}: GDAL could not copy {source} into the GeoPackage")
    dataset = None


def _copy_style(source, target) -> None:
    style = QgsMapLayerStyle()
    style.readFromLayer(source)
    style.writeToLayer(target)


def source_key(layer) -> str:
    """Layers are matched by what they show (source and filter), not by id: the briefing draws styled clones."""
    subset = layer.subsetString() if isinstance(layer, QgsVectorLayer) else ""
    return f"{layer.source()}#{subset}"


def layout_layers(layout, already: List) -> List:
    """Layers drawn by a layout's maps that are not among ``already`` (by source): they go into the pack too."""
    from qgis.core import QgsLayoutItemMap

    seen = {source_key(layer) for layer in already}
    extra = []
    for item in layout.items():
        if isinstance(item, QgsLayoutItemMap):
            for layer in item.layers():
                key = source_key(layer)
                if key not in seen:
                    seen.add(key)
                    extra.append(layer)
    return extra


def copy_layout(layout, project: QgsProject, mapping: Dict[str, object]) -> None:
    """Copy a print layout into ``project``; its maps and legend point at the packed layers (matched by source)."""
    from qgis.core import QgsLayerTree, QgsLayoutItemLegend, QgsLayoutItemMap, QgsPrintLayout, QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    originals = {item.id(): item for item in layout.items() if isinstance(item, QgsLayoutItemMap)}
    document = QDomDocument()
    element = layout.writeXml(document, QgsReadWriteContext())
    copy = QgsPrintLayout(project)
    copy.readXml(element, document, QgsReadWriteContext())
    main_layers: List = []
    for item in copy.items():
        if isinstance(item, QgsLayoutItemMap) and item.id() in originals:
            packed = [mapping.get(source_key(layer)) for layer in originals[item.id()].layers()]
            item.setLayers([layer for layer in packed if layer is not None])
            if item.id() == "main_map":
                main_layers = item.layers()
    for item in copy.items():
        if isinstance(item, QgsLayoutItemLegend):
            root = QgsLayerTree()
            for layer in main_layers:
                if not layer.name().startswith("Natural Earth"):
                    root.addLayer(layer)
            item.model().setRootGroup(root)
            item._vdto_root = root
    copy.setName(layout.name())
    project.layoutManager().addLayout(copy)


def write_field_pack(path: str, layers: List, project_name: str = "vdto_field_pack", title: str = "",
                     crs: Optional[QgsCoordinateReferenceSystem] = None,
                     log: Optional[Callable[[str], None]] = None,
                     project_hook: Optional[Callable[[QgsProject, Dict[str, object]], None]] = None) -> Dict:
    """Write every layer, its style and a project into ``path``; returns a summary.

    ``project_hook(project, packed_layers_by_source_key)`` may add more to the project before it is stored (the briefing
    layout, for instance). The pack is written under its final file name in a hidden folder beside ``path`` and then
    renamed into place, so a crash or failure never leaves a half pack nor destroys the previous one (the project
    inside refers to the pack by file name, which is why the name, not only the folder, must be the final one).
    """
    import shutil
    import tempfile

    from ..qgis_bridge.outputs import commit_file, ensure_writable

    ensure_writable(path)
    folder = tempfile.mkdtemp(prefix=".vdto-pack-", dir=os.path.dirname(os.path.abspath(path)))
    try:
        summary = _write_field_pack(os.path.join(folder, os.path.basename(path)), layers, project_name, title, crs,
                                    log, project_hook)
        commit_file(summary["path"], path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    summary.update(path=path, uri=project_uri(path, project_name))
    return summary


def _write_field_pack(path: str, layers: List, project_name: str, title: str,
                      crs: Optional[QgsCoordinateReferenceSystem], log: Optional[Callable[[str], None]],
                      project_hook: Optional[Callable[[QgsProject, Dict[str, object]], None]]) -> Dict:
    log = log or (lambda _message: None)
    taken: set = {"layer_styles", "qgis_projects"}
    written: List[tuple] = []
    source_project = QgsProject.instance()
    try:
        for layer in layers:
            table = table_name(layer.name(), taken)
            if isinstance(layer, QgsVectorLayer):
                _write_vector(layer, path, table, not os.path.exists(path), source_project)
            elif isinstance(layer, QgsRasterLayer):
                _write_raster(layer, path, table)
            else:
                log(f"skipped {layer.name()}: only vector and raster layers go into a field pack")
                continue
            written.append((layer, table))
            log(f"wrote {layer.name()} as table {table}")
        if not written:
            raise FieldPackError("no vector or raster layer to pack")
        project = QgsProject()
        project.setTitle(title or project_name)
        project.setCrs(crs or QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS))
        mapping: Dict[str, object] = {}
        styled = 0
        for layer, table in written:
            if isinstance(layer, QgsVectorLayer):
                packed = QgsVectorLayer(f"{path}|layername={table}", layer.name(), "ogr")
            else:
                packed = QgsRasterLayer(f"GPKG:{path}:{table}", layer.name(), "gdal")
            if not packed.isValid():
                raise FieldPackError(f"{layer.name()}: the copy in the pack does not open")
            _copy_style(layer, packed)
            if isinstance(packed, QgsVectorLayer):
                error = save_style_to_database(packed, table, f"VDTO Targeting style for {layer.name()}", True)
                if error:
                    raise FieldPackError(f"{layer.name()}: style not stored in layer_styles ({error})")
                styled += 1
            project.addMapLayer(packed)
            mapping[source_key(layer)] = packed
        if project_hook is not None:
            project_hook(project, mapping)
        if not project.write(project_uri(path, project_name)):
            raise FieldPackError(f"the project could not be stored in the GeoPackage: {project.error()}")
        return {"path": path, "layers": len(written), "styled_vectors": styled, "project": project_name,
                "uri": project_uri(path, project_name)}
    except Exception:
        if os.path.exists(path):
            os.remove(path)
        raise
