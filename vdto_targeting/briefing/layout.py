"""The briefing print layout, built in code, and its PDF/PNG export.

Why one multi-page layout (page 1 map, page 2 tables, then one page per enforcement zone) rather than a layout plus
an atlas: a single layout exports to a single vector PDF in one call, stays in the project as one object the
analyst can adjust by hand and re-export, and needs no coverage-layer bookkeeping.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFillSymbol,
                       QgsLayoutExporter, QgsLayoutFrame, QgsLayoutItemLabel, QgsLayoutItemLegend,
                       QgsLayoutItemMap, QgsLayoutItemMapOverview, QgsLayoutItemPage, QgsLayoutItemPicture,
                       QgsLayoutItemScaleBar, QgsLayoutItemTextTable, QgsLayoutMeasurement,
                       QgsLayoutPoint, QgsLayoutSize, QgsLayoutTableColumn, QgsMapLayer, QgsMapLayerLegendUtils,
                       QgsPrintLayout, QgsProject, QgsRectangle, QgsTextFormat)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..definitions import DEFAULT_HANDLING_MARKING, MEXICO_METRIC_CRS
from ..qgis_compat import (DISTANCE_KILOMETERS, EXPORT_SUCCESS, LAYOUT_MILLIMETERS, LEGEND_GROUP, LEGEND_SUBGROUP,
                           LEGEND_SYMBOL_LABEL, LEGEND_TITLE, PAGE_LANDSCAPE, PICTURE_SVG, PICTURE_ZOOM,
                           TABLE_WRAP_TEXT, TEXT_ALWAYS_TEXT)
from .styles import FONT_FAMILY, SEA, surface_legend_labels
from .texts import text, zone_value

PAGE_SIZES = {"A4": (297.0, 210.0), "Letter": (279.4, 215.9)}
LAYOUT_NAME = "VDTO briefing"
NATIONAL_EXTENT = (-118.6, 14.2, -86.4, 33.4)   # Mexico and the U.S. border strip, lon/lat
LOCATOR_EXTENT = (-126.0, 8.0, -66.0, 50.0)     # North America
MARGIN = 10.0
TABLE_ROWS_PROPERTY = "vdto_targeting/table_rows"


@dataclass
class Table:
    """A table for page 2: headers and rows of text (already formatted)."""

    headers: List[str]
    rows: List[List[str]]


@dataclass
class ZoneFigures:
    """One enforcement zone's figures as printed (from ``vdto:zonestatistics`` or the provisional fallback)."""

    name: str
    target: str = ""
    basis: str = ""
    status: str = ""
    start: str = ""
    events: float = 0              # events known only to a municipality or state count by area share: fractional
    deaths: float = 0.0
    share: float = 0.0
    area_km2: float = 0.0
    area_share: float = 0.0
    pai: float = 0.0
    share_basis: str = "events"   # what ``share`` and ``pai`` count: "events" (vdto:zonestatistics) or "deaths"
    extent: Optional[QgsRectangle] = None   # in the zones layer CRS
    extra: List[Tuple[str, str]] = field(default_factory=list)


@dataclass
class BriefingContent:
    """Everything a briefing prints; layers are (legend role key, styled layer), drawn top first."""

    language: str = "en"
    page_size: str = "A4"
    title: str = ""
    subtitle: str = ""
    analyst: str = ""
    period: str = ""
    date: str = ""
    marking: str = DEFAULT_HANDLING_MARKING
    sources: str = ""
    layers: List[Tuple[str, QgsMapLayer]] = field(default_factory=list)
    basemap: List[QgsMapLayer] = field(default_factory=list)
    zones_crs: Optional[QgsCoordinateReferenceSystem] = None
    zones: List[ZoneFigures] = field(default_factory=list)
    ranking: Optional[Table] = None
    package: Optional[Table] = None
    criterion: str = ""
    notes: List[str] = field(default_factory=list)
    chart_svg: str = ""
    gini: Optional[float] = None
    regions: str = ""   # each violent region's leading organisation and its share (from the target package)
    demo: bool = False


# ---------------------------------------------------------------------------------------------------- helpers
def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _text_format(size: float, bold: bool = False, colour: str = "#1a1a1a") -> QgsTextFormat:
    fmt = QgsTextFormat()
    fmt.setFont(_font(size, bold))
    fmt.setSize(size)
    fmt.setColor(QColor(colour))
    return fmt


def place(item, x: float, y: float, w: float, h: float, page: int = 0) -> None:
    item.attemptResize(QgsLayoutSize(w, h, LAYOUT_MILLIMETERS))
    item.attemptMove(QgsLayoutPoint(x, y, LAYOUT_MILLIMETERS), page=page)


def add_label(layout: QgsPrintLayout, value: str, x: float, y: float, w: float, h: float, page: int = 0,
              size: float = 9.0, bold: bool = False, colour: str = "#1a1a1a",
              align=Qt.AlignmentFlag.AlignLeft, item_id: str = "") -> QgsLayoutItemLabel:
    """A text item (word-wrapped inside its box; a text too long for the box is set smaller, never cut off)."""
    label = QgsLayoutItemLabel(layout)
    label.setText(value)
    size = fitting_size(value, w, h, size, bold)
    if hasattr(label, "setTextFormat"):
        label.setTextFormat(_text_format(size, bold, colour))
    else:  # QGIS < 3.24
        label.setFont(_font(size, bold))
        label.setFontColor(QColor(colour))
    label.setHAlign(align)
    label.setVAlign(Qt.AlignmentFlag.AlignTop)
    label.setMarginX(0.5)
    label.setMarginY(0.5)
    if item_id:
        label.setId(item_id)
    layout.addLayoutItem(label)
    place(label, x, y, w, h, page)
    return label


def fitting_size(value: str, w: float, h: float, size: float, bold: bool = False, smallest: float = 5.0) -> float:
    """The largest font size (points, from ``size`` down to ``smallest``) at which ``value`` word-wrapped in a
    ``w`` × ``h`` mm box (0.5 mm margins) fits: a long sources line or note shrinks instead of running off its box."""
    from qgis.core import QgsLayoutUtils

    inner_w, inner_h = max(w - 1.0, 1.0), max(h - 1.0, 0.5)
    while size > smallest:
        font = _font(size, bold)
        space = QgsLayoutUtils.textWidthMM(font, " ")
        lines = 0
        for paragraph in str(value).split("\n"):
            line, count = 0.0, 1
            for word in paragraph.split(" "):
                width = QgsLayoutUtils.textWidthMM(font, word)
                if line and line + space + width > inner_w:
                    count, line = count + 1, width
                else:
                    line += (space if line else 0.0) + width
            lines += count
        if QgsLayoutUtils.fontHeightMM(font) * (1.0 + 1.15 * (lines - 1)) <= inner_h:
            break
        size -= 0.25
    return max(size, smallest)


def _marking(layout: QgsPrintLayout, content: BriefingContent, page: int, width: float, height: float) -> None:
    """Handling marking, top and bottom of every page, as the convention for sensitive products requires."""
    if not content.marking:
        return
    # The standard marking reads in the briefing language; an analyst's own marking is printed as typed.
    marking = text("marking_default", content.language) if content.marking == DEFAULT_HANDLING_MARKING \
        else content.marking
    add_label(layout, marking, width / 2 - 55, 2.5, 110, 5, page, 8.5, True, "#8b0000",
              Qt.AlignmentFlag.AlignHCenter)
    add_label(layout, marking, width / 2 - 55, height - 6.5, 110, 5, page, 8.5, True, "#8b0000",
              Qt.AlignmentFlag.AlignHCenter)
    if content.demo:
        add_label(layout, text("demo_warning", content.language), MARGIN, height - 6.5, width / 2 - 57 - MARGIN,
                  5, page, 6.5, True, "#b35806")
    add_label(layout, f"{text('page', content.language)} {page + 1}", width - MARGIN - 30, height - 6.5, 30, 5,
              page, 7.5, False, "#555555", Qt.AlignmentFlag.AlignRight)


def _transform_rect(rect: Tuple[float, float, float, float], source: QgsCoordinateReferenceSystem,
                    target: QgsCoordinateReferenceSystem, project: QgsProject) -> QgsRectangle:
    transform = QgsCoordinateTransform(source, target, project.transformContext())
    return transform.transformBoundingBox(QgsRectangle(*rect) if not isinstance(rect, QgsRectangle) else rect)


def _fit(rect: QgsRectangle, w: float, h: float) -> QgsRectangle:
    """Grow ``rect`` so it has the aspect ratio of a w×h frame (no distortion, nothing cut)."""
    cx, cy = rect.center().x(), rect.center().y()
    rw, rh = rect.width(), rect.height()
    if rw / rh < w / h:
        rw = rh * w / h
    else:
        rh = rw * h / w
    return QgsRectangle(cx - rw / 2, cy - rh / 2, cx + rw / 2, cy + rh / 2)


def add_map(layout: QgsPrintLayout, layers: Sequence[QgsMapLayer], extent: QgsRectangle,
            crs: QgsCoordinateReferenceSystem, x: float, y: float, w: float, h: float, page: int = 0,
            item_id: str = "") -> QgsLayoutItemMap:
    item = QgsLayoutItemMap(layout)
    item.setCrs(crs)
    item.setLayers(list(layers))
    item.setKeepLayerSet(True)
    item.setFrameEnabled(True)
    item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, LAYOUT_MILLIMETERS))
    item.setBackgroundColor(SEA)
    if item_id:
        item.setId(item_id)
    layout.addLayoutItem(item)
    place(item, x, y, w, h, page)
    item.setExtent(_fit(extent, w, h))
    return item


def _nice_step(length_km: float) -> float:
    """A round segment length (1, 2 or 5 × 10^n km) for a scale bar about a quarter of the map wide."""
    raw = max(length_km / 4.0, 0.001)
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def add_scalebar_and_arrow(layout: QgsPrintLayout, item: QgsLayoutItemMap, x: float, y: float, w: float,
                           h: float, page: int) -> None:
    """Scale bar in km (lower left, on a white box) and a north arrow (upper right) on a map item."""
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(item)
    bar.setUnits(DISTANCE_KILOMETERS)
    bar.setUnitLabel("km")
    bar.setNumberOfSegmentsLeft(0)
    bar.setNumberOfSegments(2)
    bar.setUnitsPerSegment(_nice_step(item.extent().width() / 1000.0 / 2.0))
    bar.setHeight(2.0)
    if hasattr(bar, "setTextFormat"):
        bar.setTextFormat(_text_format(7))
    else:
        bar.setFont(_font(7))
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor(255, 255, 255, 210))
    layout.addLayoutItem(bar)
    mm_per_km = w / (item.extent().width() / 1000.0)
    place(bar, x + 3, y + h - 13, 2 * bar.unitsPerSegment() * mm_per_km + 14, 11, page)
    arrow = QgsLayoutItemPicture(layout)
    svg = _north_arrow_svg()
    if svg:
        arrow.setMode(PICTURE_SVG)
        arrow.setPicturePath(svg)
    arrow.setResizeMode(PICTURE_ZOOM)
    arrow.setLinkedMap(item)
    arrow.setBackgroundEnabled(True)
    arrow.setBackgroundColor(QColor(255, 255, 255, 190))
    layout.addLayoutItem(arrow)
    place(arrow, x + w - 13, y + h - 15, 11, 13, page)


def _north_arrow_svg() -> str:
    for folder in QgsApplication.svgPaths():
        candidate = Path(folder) / "arrows" / "NorthArrow_02.svg"
        if candidate.exists():
            return str(candidate)
    return ""


def add_table(layout: QgsPrintLayout, table: Table, x: float, y: float, w: float, h: float, page: int,
              size: float = 7.5, widths: Optional[Sequence[float]] = None,
              right_aligned: Sequence[int] = ()) -> QgsLayoutItemTextTable:
    """A text table in one fixed frame (rows that do not fit are not printed: callers pass the top rows).

    ``widths`` (mm, cell text only): fixed column widths with text wrapped inside them, for tables whose cells
    could otherwise run past the frame (long organisation names).
    """
    item = QgsLayoutItemTextTable(layout)
    layout.addMultiFrame(item)
    columns = []
    for index, heading in enumerate(table.headers):
        column = QgsLayoutTableColumn()
        column.setHeading(heading)
        if widths and index < len(widths):
            column.setWidth(widths[index])
        if index in right_aligned:  # numbers line up on their last digit
            column.setHAlignment(Qt.AlignmentFlag.AlignRight)
        columns.append(column)
    item.setColumns(columns)
    if widths:
        item.setWrapBehavior(TABLE_WRAP_TEXT)
    item.setContents([[str(v) for v in row] for row in table.rows])
    # a text table does not save its rows with the layout: keep them where a copy (the field pack) finds them
    item.setCustomProperty(TABLE_ROWS_PROPERTY, json.dumps([[str(v) for v in row] for row in table.rows]))
    item.setHeaderTextFormat(_text_format(size, True))
    item.setContentTextFormat(_text_format(size))
    item.setCellMargin(0.8)
    item.setGridStrokeWidth(0.15)
    item.setGridColor(QColor("#9e9e9e"))
    frame = QgsLayoutFrame(layout, item)
    place(frame, x, y, w, h, page)
    item.addFrame(frame)
    return item


def _legend(layout: QgsPrintLayout, content: BriefingContent, x: float, y: float, w: float, h: float,
            page: int = 0, linked_map: Optional[QgsLayoutItemMap] = None) -> None:
    """The legend of ``linked_map``: only the layers, and the classes, that show in its extent."""
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(text("legend", content.language))
    legend.setAutoUpdateModel(False)
    # the legend's own tree (it owns it and saves it with the layout): only what this page shows
    root = legend.model().rootGroup()
    root.removeAllChildren()
    surfaces = []
    for role, layer in content.layers:
        node = root.addLayer(layer)
        if role == "surface":
            surfaces.append((node, layer))
    for node, layer in surfaces:
        # Round classes, highest first; neither the transparent "0" swatch nor QGIS's raw band name
        # ("Band 1: events per km² (Gray)"), which some versions list first.
        labels = [legend_node.data(Qt.ItemDataRole.DisplayRole)
                  for legend_node in legend.model().layerOriginalLegendNodes(node)]
        order = [labels.index(label) for label in surface_legend_labels(layer) if label in labels]
        if order:
            QgsMapLayerLegendUtils.setLegendNodeOrder(node, order)
            legend.model().refreshLayerLegend(node)
    for style, size, bold in ((LEGEND_TITLE, 9.5, True), (LEGEND_GROUP, 8, True), (LEGEND_SUBGROUP, 7.5, True),
                              (LEGEND_SYMBOL_LABEL, 7, False)):
        legend_style = legend.rstyle(style)
        if hasattr(legend_style, "setTextFormat"):
            legend_style.setTextFormat(_text_format(size, bold))
        else:
            legend_style.setFont(_font(size, bold))
    legend.setSymbolHeight(3.5)
    legend.setSymbolWidth(6)
    legend.setWrapString("|")
    legend.setResizeToContents(True)
    legend.setFrameEnabled(True)
    legend.setFrameStrokeWidth(QgsLayoutMeasurement(0.2, LAYOUT_MILLIMETERS))
    layout.addLayoutItem(legend)
    place(legend, x, y, w, h, page)
    legend.setColumnCount(1)
    legend.setSplitLayer(False)
    if linked_map is not None:
        legend.setLinkedMap(linked_map)
        legend.setLegendFilterByMapEnabled(True)
        legend.updateFilterByMap()


# ---------------------------------------------------------------------------------------------------- pages
def _page_one(layout: QgsPrintLayout, content: BriefingContent, project: QgsProject, width: float,
              height: float) -> None:
    lang = content.language
    crs = QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS)
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    add_label(layout, content.title, MARGIN, 8, width - 2 * MARGIN, 9, 0, 17, True, "#111111", item_id="title")
    add_label(layout, content.subtitle, MARGIN, 17.5, width - 2 * MARGIN, 6, 0, 10, False, "#444444",
              item_id="subtitle")
    side_w = 66.0
    map_x, map_y = MARGIN, 25.0
    map_w, map_h = width - 2 * MARGIN - side_w - 4, height - map_y - 27
    layers = [layer for _role, layer in content.layers] + content.basemap
    national = _transform_rect(NATIONAL_EXTENT, wgs84, crs, project)
    main = add_map(layout, layers, national, crs, map_x, map_y, map_w, map_h, 0, "main_map")
    add_scalebar_and_arrow(layout, main, map_x, map_y, map_w, map_h, 0)
    side_x = map_x + map_w + 4
    add_label(layout, text("locator", lang), side_x, map_y - 0.5, side_w, 4.5, 0, 7.5, True)
    locator_layers = content.basemap
    locator = add_map(layout, locator_layers, _transform_rect(LOCATOR_EXTENT, wgs84, crs, project), crs,
                      side_x, map_y + 4, side_w, 40, 0, "locator_map")
    overview = QgsLayoutItemMapOverview("extent", locator)
    overview.setLinkedMap(main)
    overview.setFrameSymbol(QgsFillSymbol.createSimple({"color": "178,24,43,40", "outline_color": "#b2182b",
                                                        "outline_width": "0.5"}))
    locator.overviews().addOverview(overview)
    _legend(layout, content, side_x, map_y + 47, side_w, map_h - 47, linked_map=main)
    footer_y = map_y + map_h + 2
    line = " · ".join(part for part in (
        f"{text('date', lang)}: {content.date}",
        f"{text('analyst', lang)}: {content.analyst}" if content.analyst else "",
        f"{text('period', lang)}: {content.period}" if content.period else "") if part)
    add_label(layout, line, MARGIN, footer_y, width - 2 * MARGIN, 4.5, 0, 8, True, item_id="footer")
    add_label(layout, f"{text('sources', lang)}: {content.sources}", MARGIN, footer_y + 5,
              width - 2 * MARGIN, 12, 0, 6.5, False, "#333333", item_id="sources")
    _marking(layout, content, 0, width, height)


def _format_number(value: float, digits: int = 0) -> str:
    return f"{value:,.{digits}f}"


def _share_basis(content: BriefingContent) -> str:
    return content.zones[0].share_basis if content.zones else "events"


def _pai_note(content: BriefingContent) -> str:
    return text("pai_note_events" if _share_basis(content) == "events" else "pai_note", content.language)


def zones_table(content: BriefingContent) -> Table:
    lang = content.language
    headers = [text("zone", lang), text("target", lang), text("events_col", lang), text("deaths", lang),
               text(f"share_{_share_basis(content)}", lang), text("area", lang), text("pai", lang)]
    rows = [[z.name, zone_value("target", z.target, lang), _format_number(z.events), _format_number(z.deaths),
             f"{z.share * 100:.1f}%", _format_number(z.area_km2), f"{z.pai:.1f}"] for z in content.zones]
    return Table(headers, rows)


def _page_two(layout: QgsPrintLayout, content: BriefingContent, width: float, height: float) -> None:
    lang = content.language
    add_label(layout, text("page2_title", lang), MARGIN, 8, width - 2 * MARGIN, 8, 1, 14, True, "#111111")
    col_w = (width - 2 * MARGIN - 6) / 2
    left, right = MARGIN, MARGIN + col_w + 6
    y = 18.0
    add_label(layout, text("ranking", lang), left, y, col_w, 5, 1, 9.5, True)
    if content.ranking and content.ranking.rows:
        rows = content.ranking.rows[:10]
        add_table(layout, Table(content.ranking.headers, rows), left, y + 6, col_w, 6 + 5.2 * len(rows), 1)
        y_after = y + 13 + 5.2 * len(rows)
    else:
        add_label(layout, text("no_ranking", lang), left, y + 6, col_w, 6, 1, 8)
        y_after = y + 13
    if content.criterion:
        add_label(layout, f"{text('criterion', lang)}: {content.criterion}", left, y_after, col_w, 12, 1, 6.5,
                  False, "#444444", item_id="criterion")
    y = y_after + 13
    add_label(layout, text("package", lang), left, y, col_w, 10, 1, 9.5, True, item_id="package_title")
    bottom = height - 20 - (8 if content.notes else 0)
    if content.regions:   # each violent region's leader and share, under the package that lists them as R1, R2…
        bottom -= 13
        add_label(layout, f"{text('regions_title', lang)}: {content.regions}", left, bottom + 1, col_w, 12, 1, 6.5,
                  False, "#444444", item_id="regions_line")
    if content.package and content.package.rows:
        if len(content.package.headers) == 6:  # the condensed package (figures.package_from_layer)
            add_label(layout, text("pkg_note", lang), left, bottom - 6, col_w, 6, 1, 6, False, "#444444")
            bottom -= 7
            widths = [n * (col_w - 10.0) / 100.0 for n in (29, 18, 15, 19, 11, 8)]
        else:
            widths = None
        add_table(layout, Table(content.package.headers, content.package.rows), left, y + 11, col_w,
                  bottom - (y + 11), 1, 6.5, widths, right_aligned=(4, 5) if widths else ())
    else:
        add_label(layout, text("no_package", lang), left, y + 11, col_w, 6, 1, 8)
    add_label(layout, text("zones_table", lang), right, 18, col_w, 5, 1, 9.5, True)
    if content.zones:
        table = zones_table(content)
        rows = table.rows[:14]
        widths = [n * (col_w - 11.5) / 100.0 for n in (30, 23, 9, 9, 11, 10, 8)]
        # Long zone and organisation names wrap to two lines: room for that, so the note below never overlaps.
        wrapped = sum(1 for row in rows if len(row[0]) > 30 or len(row[1]) > 24)
        add_table(layout, Table(table.headers, rows), right, 24, col_w, 9 + 5.2 * len(rows) + 3.2 * wrapped, 1, 7,
                  widths, right_aligned=(2, 3, 4, 5, 6))
        y = 24 + 11 + 5.2 * len(rows) + 3.2 * wrapped
        add_label(layout, _pai_note(content), right, y, col_w, 8, 1, 6.5, False, "#444444")
        if content.chart_svg:
            add_label(layout, text("curve", lang), right, y + 9, col_w, 5, 1, 9.5, True)
            if content.gini is not None:
                add_label(layout, text("curve_gini", lang).format(content.gini), right, y + 14.5, col_w, 8, 1, 6.5,
                          False, "#444444", item_id="gini")
                y += 8
            chart_h = min(height - 14 - (y + 15), col_w * 0.7)
            picture = QgsLayoutItemPicture(layout)
            picture.setMode(PICTURE_SVG)
            picture.setPicturePath(content.chart_svg)
            picture.setResizeMode(PICTURE_ZOOM)
            picture.setId("concentration_curve")
            layout.addLayoutItem(picture)
            place(picture, right, y + 15, col_w, chart_h, 1)
    else:
        add_label(layout, text("no_zones", lang), right, 24, col_w, 6, 1, 8)
    if content.notes:
        add_label(layout, "\n".join(content.notes), left, height - 17, width - 2 * MARGIN, 10, 1, 6.5, False,
                  "#8c510a")
    _marking(layout, content, 1, width, height)


def _zone_page(layout: QgsPrintLayout, content: BriefingContent, project: QgsProject, zone: ZoneFigures,
               page: int, width: float, height: float) -> None:
    lang = content.language
    crs = QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS)
    add_label(layout, f"{text('zone_title', lang)}: {zone.name}", MARGIN, 8, width - 2 * MARGIN, 8, page, 14,
              True, "#111111")
    side_w = 70.0
    map_x, map_y = MARGIN, 18.0
    map_w, map_h = width - 2 * MARGIN - side_w - 4, height - map_y - 12
    extent = QgsRectangle(zone.extent) if zone.extent is not None else None
    if extent is None or extent.isEmpty():
        extent = _transform_rect(NATIONAL_EXTENT, QgsCoordinateReferenceSystem("EPSG:4326"), crs, project)
    else:
        extent = _transform_rect(extent, content.zones_crs or crs, crs, project)
        grow = max(extent.width(), extent.height(), 60000.0) * 0.35
        extent = QgsRectangle(extent.xMinimum() - grow, extent.yMinimum() - grow, extent.xMaximum() + grow,
                              extent.yMaximum() + grow)
    layers = [layer for _role, layer in content.layers] + content.basemap
    item = add_map(layout, layers, extent, crs, map_x, map_y, map_w, map_h, page, f"zone_map_{page - 1}")
    add_scalebar_and_arrow(layout, item, map_x, map_y, map_w, map_h, page)
    side_x = map_x + map_w + 4
    lines = [(text("target", lang), zone_value("target", zone.target, lang)),
             (text("basis", lang), zone_value("basis", zone.basis, lang)),
             (text("status", lang), zone_value("status", zone.status, lang)), (text("start", lang), zone.start),
             (text("events_col", lang), _format_number(zone.events)),
             (text("deaths", lang), _format_number(zone.deaths)),
             (text(f"share_{zone.share_basis}", lang), f"{zone.share * 100:.1f}%"),
             (text("area", lang), _format_number(zone.area_km2)),
             (text("pai", lang), f"{zone.pai:.1f}")] + list(zone.extra)
    table = Table([text("figures", lang), ""], [[k, v] for k, v in lines if v not in (None, "")])
    add_table(layout, table, side_x, map_y, side_w, 6 + 5.6 * len(table.rows), page, 8)
    note_y = map_y + 9 + 5.6 * len(table.rows)
    add_label(layout, _pai_note(content), side_x, note_y, side_w, 10, page, 6.5, False, "#444444")
    _legend(layout, content, side_x, note_y + 12, side_w, map_y + map_h - note_y - 12, page, linked_map=item)
    _marking(layout, content, page, width, height)


def fresh_layout(project: QgsProject, name: str) -> QgsPrintLayout:
    """A new print layout named ``name`` in ``project``, replacing any of that name; text stays text in PDFs."""
    manager = project.layoutManager()
    old = manager.layoutByName(name)
    if old is not None:
        manager.removeLayout(old)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name)
    layout.renderContext().setTextRenderFormat(TEXT_ALWAYS_TEXT)
    return layout


def build_layout(project: QgsProject, content: BriefingContent, name: str = LAYOUT_NAME) -> QgsPrintLayout:
    """Create (or replace) the briefing layout in ``project``: 2 pages + one page per zone."""
    layout = fresh_layout(project, name)
    width, height = PAGE_SIZES.get(content.page_size, PAGE_SIZES["A4"])
    pages = layout.pageCollection()
    for index in range(2 + len(content.zones)):
        page = pages.page(0) if index == 0 else QgsLayoutItemPage(layout)
        if not page.setPageSize(content.page_size, PAGE_LANDSCAPE):
            page.setPageSize(QgsLayoutSize(width, height, LAYOUT_MILLIMETERS))
        if index:
            pages.addPage(page)
    pages.reflow()
    _page_one(layout, content, project, width, height)
    _page_two(layout, content, width, height)
    for index, zone in enumerate(content.zones):
        _zone_page(layout, content, project, zone, 2 + index, width, height)
    layout.refresh()
    return layout


def export(layout: QgsPrintLayout, pdf_path: str, png_base: str = "", dpi: int = 110) -> List[str]:
    """Export a vector PDF (raster layers embedded as images) and, optionally, one PNG per page.

    Returns the PNG files written (``name.png``, ``name_2.png``…, QGIS's own page naming).
    """
    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = True
    settings.dpi = 200
    settings.appendGeoreference = True
    settings.exportMetadata = True
    # Real text (not outlines): searchable, copyable, and read by screen readers and by the tests' pdftotext.
    settings.textRenderFormat = TEXT_ALWAYS_TEXT
    result = exporter.exportToPdf(pdf_path, settings)
    if result != EXPORT_SUCCESS:
        raise RuntimeError(f"PDF export failed ({result}): {exporter.errorFile() or pdf_path}")
    pngs: List[str] = []
    if png_base:
        image_settings = QgsLayoutExporter.ImageExportSettings()
        image_settings.dpi = dpi
        image_settings.exportMetadata = False
        image_settings.generateWorldFile = False
        from osgeo import gdal

        # QGIS tries to georeference every exported image through GDAL, which cannot update a PNG in place; the
        # attempt is harmless but GDAL prints an error for each page, so keep it quiet during this export only.
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            result = exporter.exportToImage(png_base, image_settings)
        finally:
            gdal.PopErrorHandler()
        if result != EXPORT_SUCCESS:
            raise RuntimeError(f"PNG export failed ({result}): {exporter.errorFile() or png_base}")
        base = Path(png_base)
        for index in range(layout.pageCollection().pageCount()):
            name = base if index == 0 else base.with_name(f"{base.stem}_{index + 1}{base.suffix}")
            if name.exists():
                pngs.append(str(name))
    return pngs
