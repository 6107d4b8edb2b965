"""The briefing's offline field pack: the print layouts copied into the pack so it renders the same pages offline.

The pack itself (layers, styles, the project inside the GeoPackage) is written by ``qgis_bridge/fieldpack.py``, which
the team workspace's check-out shares; its names are re-exported here for the briefing and ``vdto:fieldpack``.
"""
from __future__ import annotations

import json
import os
from typing import Dict, List

from qgis.core import QgsProject

from ..qgis_bridge.fieldpack import (FieldPackError, is_zones_layer, packed_layer, project_uri,  # noqa: F401
                                     source_key, table_name, write_field_pack)


def layout_layers(layout, already: List) -> List:
    """Layers drawn by a layout's maps that are not among ``already``: they go into the pack too.

    Matched by id: the briefing draws styled clones (same source, the briefing's style and legend name), and the
    pack must draw those, not the project's own layers of the same file.
    """
    from qgis.core import QgsLayoutItemMap

    seen = {layer.id() for layer in already}
    extra = []
    for item in layout.items():
        if isinstance(item, QgsLayoutItemMap):
            for layer in item.layers():
                if layer.id() not in seen:
                    seen.add(layer.id())
                    extra.append(layer)
    return extra


def _manual_table(copy, table):
    """A manual table (its rows are saved with the layout) in place of a text table (whose rows are not)."""
    from qgis.core import QgsLayoutFrame, QgsLayoutItemManualTable, QgsTableCell

    from .layout import TABLE_ROWS_PROPERTY

    rows = json.loads(table.customProperty(TABLE_ROWS_PROPERTY) or "[]")
    manual = QgsLayoutItemManualTable.create(copy)
    copy.addMultiFrame(manual)
    columns = list(table.columns())
    # the header goes in as the first row, each cell with the header's format and its column's alignment (a manual
    # table's own header would lose the alignment: numbers' headings sit over their numbers in the briefing)
    manual.setIncludeTableHeader(False)
    manual.setColumnWidths([column.width() for column in columns])
    header = []
    for column in columns:
        cell = QgsTableCell(column.heading())
        cell.setTextFormat(table.headerTextFormat())
        cell.setHorizontalAlignment(column.hAlignment())
        header.append(cell)
    body = []
    for row in rows:
        cells = []
        for index, value in enumerate(row):
            cell = QgsTableCell(value)
            if index < len(columns):
                cell.setHorizontalAlignment(columns[index].hAlignment())
            cells.append(cell)
        body.append(cells)
    manual.setTableContents([header] + body)  # the briefing's tables always have a header row
    manual.setContentTextFormat(table.contentTextFormat())
    manual.setWrapBehavior(table.wrapBehavior())
    manual.setCellMargin(table.cellMargin())
    manual.setGridStrokeWidth(table.gridStrokeWidth())
    manual.setGridColor(table.gridColor())
    manual.setShowGrid(table.showGrid())
    manual.setBackgroundColor(table.backgroundColor())
    for frame in list(table.frames()):
        new = QgsLayoutFrame(copy, manual)
        new.attemptResize(frame.sizeWithUnits())
        new.attemptMove(frame.pagePositionWithUnits(), page=frame.page())
        new.setFrameEnabled(frame.frameEnabled())
        manual.addFrame(new)
    copy.removeMultiFrame(table)
    return manual


def _embedded(path: str) -> str:
    """A picture file as a ``base64:`` path, so the pack needs no file beside it (the concentration curve, the
    north arrow)."""
    import base64

    if not path or path.startswith("base64:") or not os.path.isfile(path):
        return path
    with open(path, "rb") as handle:
        return "base64:" + base64.b64encode(handle.read()).decode("ascii")


def copy_layout(layout, project: QgsProject, mapping: Dict[str, object]) -> None:
    """Copy a print layout into ``project`` so it renders the same pages offline.

    Maps and legends point at the packed layers (matched by source); each legend keeps its own list (only what its
    page shows, with its labels); text tables become manual tables (their rows are saved with the project);
    pictures (the concentration curve, the north arrow) are embedded in the layout.
    """
    from qgis.core import (QgsLayoutItemLegend, QgsLayoutItemMap, QgsLayoutItemPicture, QgsLayoutItemTextTable,
                           QgsPrintLayout, QgsReadWriteContext)
    from qgis.PyQt.QtXml import QDomDocument

    originals = {item.uuid(): item for item in layout.items() if hasattr(item, "uuid")}
    document = QDomDocument()
    document.appendChild(layout.writeXml(document, QgsReadWriteContext()))
    # every reference to a source layer (maps, each legend's own tree) becomes one to its copy in the pack, so the
    # legends keep exactly their page's entries, labels and order when the pack is saved and opened again
    text = document.toString()
    for item in layout.items():
        if isinstance(item, QgsLayoutItemMap):
            for layer in item.layers():
                packed = packed_layer(mapping, layer)
                if packed is not None:
                    text = text.replace(layer.id(), packed.id())
    for key, packed in mapping.items():
        if "#" not in key:  # ids (source keys hold a '#')
            text = text.replace(key, packed.id())
    renamed = QDomDocument()
    renamed.setContent(text)
    copy = QgsPrintLayout(project)
    copy.readXml(renamed.documentElement(), renamed, QgsReadWriteContext())
    for item in copy.items():
        original = originals.get(item.uuid()) if hasattr(item, "uuid") else None
        if isinstance(item, QgsLayoutItemMap) and isinstance(original, QgsLayoutItemMap):
            packed = [packed_layer(mapping, layer) for layer in original.layers()]
            item.setLayers([layer for layer in packed if layer is not None])
            item.setKeepLayerSet(True)
        elif isinstance(item, QgsLayoutItemLegend):
            item.updateLegend()
        elif isinstance(item, QgsLayoutItemPicture):
            path = item.picturePath()
            embedded = _embedded(path)
            if embedded != path:
                item.setPicturePath(embedded, item.mode())
    for table in [frame for frame in copy.multiFrames() if isinstance(frame, QgsLayoutItemTextTable)]:
        _manual_table(copy, table)
    copy.setName(layout.name())
    existing = project.layoutManager().layoutByName(layout.name())
    if existing is not None:
        project.layoutManager().removeLayout(existing)
    project.layoutManager().addLayout(copy)
