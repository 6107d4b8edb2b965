"""The offline field pack: ONE GeoPackage holding layers, their styles and the QGIS project.

Why one file: a colleague on a laptop with no network opens a single file and sees the same map. Vector styles go
into the GeoPackage's ``layer_styles`` table (used as each layer's default style, so the layers stay styled even
when dragged into another project); rasters become GeoPackage raster tables; the project itself is stored inside
the GeoPackage (QGIS's ``geopackage:`` project storage) and refers to the layers by the pack's own path.

Here, below ``briefing/`` and ``processing/``, because both the briefing's pack (``vdto:fieldpack``, which adds the
print layouts: ``briefing/fieldpack.py``) and the team workspace's check-out (``qgis_bridge/workspace.py``) write it.
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


def packed_layer(mapping: Dict[str, object], layer):
    """The pack's copy of ``layer``: by id, else by what it shows (source and filter)."""
    if layer is None:
        return None
    return mapping.get(layer.id()) or mapping.get(source_key(layer))


def _pack_tree(project: QgsProject, source_project: Optional[QgsProject], written: List[tuple],
               mapping: Dict[str, object]) -> None:
    """The pack's layer tree: the source project's order, groups and visibility for the layers it shows; layers
    given in ``LAYERS`` that are not in its tree follow in the given order; layers only the layout draws go into a
    hidden group at the bottom."""
    from qgis.core import QgsLayerTreeGroup, QgsLayerTreeLayer

    root = project.layerTreeRoot()
    placed = set()

    def copy_group(source, target) -> None:
        for child in source.children():
            if isinstance(child, QgsLayerTreeLayer):
                layer = child.layer()
                packed = packed_layer(mapping, layer)
                if packed is None or packed.id() in placed:
                    continue
                node = target.addLayer(packed)
                node.setItemVisibilityChecked(child.itemVisibilityChecked())
                node.setExpanded(child.isExpanded())
                placed.add(packed.id())
            elif isinstance(child, QgsLayerTreeGroup):
                group = target.addGroup(child.name())
                copy_group(child, group)
                group.setItemVisibilityChecked(child.itemVisibilityChecked())
                group.setExpanded(child.isExpanded())
                if not group.children():
                    target.removeChildNode(group)

    if source_project is not None:
        copy_group(source_project.layerTreeRoot(), root)
    given = [(layer, table, extra) for layer, table, extra in written if not extra]
    layout_only = [(layer, table, extra) for layer, table, extra in written if extra]
    for layer, _table, _extra in given:
        packed = packed_layer(mapping, layer)
        if packed.id() not in placed:
            root.addLayer(packed)
            placed.add(packed.id())
    hidden = None
    for layer, _table, _extra in layout_only:
        packed = packed_layer(mapping, layer)
        if packed.id() in placed:
            continue
        if hidden is None:
            hidden = root.addGroup("Briefing layout layers")
            hidden.setItemVisibilityChecked(False)
            hidden.setExpanded(False)
        hidden.addLayer(packed)
        placed.add(packed.id())


def is_zones_layer(layer) -> bool:
    """The analyst's zones layer (a GeoPackage table named ``zones``): it keeps its name in the pack, so the pack is
    itself a zones file the dock can open and draw in."""
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
        return False
    path, _, rest = layer.source().partition("|")
    return path.lower().endswith(".gpkg") and "layername=zones" in rest.lower()


def write_field_pack(path: str, layers: List, project_name: str = "vdto_field_pack", title: str = "",
                     crs: Optional[QgsCoordinateReferenceSystem] = None,
                     log: Optional[Callable[[str], None]] = None,
                     project_hook: Optional[Callable[[QgsProject, Dict[str, object]], None]] = None,
                     extent=None, source_project: Optional[QgsProject] = None,
                     layout_layers_: Optional[List] = None) -> Dict:
    """Write every layer, its style and a project into ``path``; returns a summary.

    ``project_hook(project, packed_layers_by_source_key)`` may add more to the project before it is stored (the briefing
    layout, for instance). The pack is written under its final file name in a hidden folder beside ``path`` and then
    renamed into place, so a crash or failure never leaves a half pack nor destroys the previous one (the project
    inside refers to the pack by file name, which is why the name, not only the folder, must be the final one).
    """
    import shutil
    import tempfile

    from .outputs import commit_file, ensure_writable

    ensure_writable(path)
    folder = tempfile.mkdtemp(prefix=".vdto-pack-", dir=os.path.dirname(os.path.abspath(path)))
    try:
        summary = _write_field_pack(os.path.join(folder, os.path.basename(path)), layers, project_name, title, crs,
                                    log, project_hook, extent, source_project, layout_layers_ or [])
        commit_file(summary["path"], path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    summary.update(path=path, uri=project_uri(path, project_name))
    return summary


def _write_field_pack(path: str, layers: List, project_name: str, title: str,
                      crs: Optional[QgsCoordinateReferenceSystem], log: Optional[Callable[[str], None]],
                      project_hook: Optional[Callable[[QgsProject, Dict[str, object]], None]],
                      extent=None, source_project: Optional[QgsProject] = None, extra: Optional[List] = None
                      ) -> Dict:
    log = log or (lambda _message: None)
    taken: set = {"layer_styles", "qgis_projects"}
    written: List[tuple] = []
    extra_keys = {layer.id() for layer in (extra or [])}
    context_project = source_project or QgsProject.instance()
    try:
        zones_done = False
        for layer in list(layers) + list(extra or []):
            if is_zones_layer(layer) and not zones_done and "zones" not in taken:
                table = "zones"  # the pack is a zones file too: the dock opens it and draws in it
                taken.add(table)
                zones_done = True
            else:
                table = table_name(layer.name(), taken)
            if isinstance(layer, QgsVectorLayer):
                _write_vector(layer, path, table, not os.path.exists(path), context_project)
            elif isinstance(layer, QgsRasterLayer):
                _write_raster(layer, path, table)
            else:
                log(f"skipped {layer.name()}: only vector and raster layers go into a field pack")
                continue
            written.append((layer, table, layer.id() in extra_keys))
            log(f"wrote {layer.name()} as table {table}")
        if not written:
            raise FieldPackError("no vector or raster layer to pack")
        project = QgsProject()
        project.setTitle(title or project_name)
        project.setCrs(crs or QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS))
        mapping: Dict[str, object] = {}
        styled = 0
        for layer, table, _extra in written:
            if isinstance(layer, QgsVectorLayer):
                packed = QgsVectorLayer(f"{path}|layername={table}", layer.name(), "ogr")
            else:
                packed = QgsRasterLayer(f"GPKG:{path}:{table}", layer.name(), "gdal")
            if not packed.isValid():
                raise FieldPackError(f"{layer.name()}: the copy in the pack does not open")
            _copy_style(layer, packed)
            if table == "zones":  # the zones form (value maps, dates) wherever the layer came from
                from .zones_layer import configure_form

                configure_form(packed)
            if isinstance(packed, QgsVectorLayer):
                error = save_style_to_database(packed, table, f"VDTO Targeting style for {layer.name()}", True)
                if error:
                    raise FieldPackError(f"{layer.name()}: style not stored in layer_styles ({error})")
                styled += 1
            project.addMapLayer(packed, False)
            mapping[layer.id()] = packed
            mapping.setdefault(source_key(layer), packed)
        _pack_tree(project, source_project, written, mapping)
        if extent is not None and not extent.isNull():
            from qgis.core import QgsReferencedRectangle

            # opened in QGIS, the map shows what the analyst saw at export (QGIS fits it to the window)
            project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, extent.crs()))
            from qgis.core import QgsBookmark

            bookmark = QgsBookmark()  # Spatial Bookmarks ▸ Project: back to this map after panning away
            bookmark.setName(title or project_name)
            bookmark.setExtent(QgsReferencedRectangle(extent, extent.crs()))
            project.bookmarkManager().addBookmark(bookmark)
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
