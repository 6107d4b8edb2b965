"""Styles for the briefing map: one look per layer role, and the offline basemap QGIS ships.

Why: a briefing is read in two minutes, so every product must look the same whatever styles the analyst's working
layers carry; the briefing styles *clones* of the layers and never touches the analyst's own. All colours are
solid or carry alpha in the colour itself (no layer opacity), so the PDF stays vector.
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import List, Optional

from qgis.core import (QgsApplication, QgsCategorizedSymbolRenderer, QgsColorRampShader, QgsFillSymbol,
                       QgsLineSymbol, QgsMapLayer, QgsMarkerSymbol, QgsPalLayerSettings, QgsRasterLayer,
                       QgsRasterShader, QgsRendererCategory, QgsSingleBandPseudoColorRenderer,
                       QgsSingleSymbolRenderer, QgsTextBufferSettings, QgsTextFormat, QgsVectorLayer,
                       QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtGui import QColor, QFont

from ..qgis_compat import (GEOMETRY_LINE, GEOMETRY_POINT, LABEL_AROUND_POINT, LABEL_HORIZONTAL,
                           RAMP_INTERPOLATED, band_maximum)

FONT_FAMILY = "DejaVu Sans"
SEA = QColor("#dbe7ef")
ORGANISATION_COLOURS = ["#7b3294", "#1b7837", "#2166ac", "#b35806", "#542788", "#01665e", "#8c510a", "#c51b7d"]


def world_map_path() -> Path:
    """Natural Earth countries and states shipped in every QGIS installation (never a web tile service)."""
    return Path(QgsApplication.pkgDataPath()) / "resources" / "data" / "world_map.gpkg"


def basemap_gpkg() -> Optional[Path]:
    """A private copy of the world map's countries and the Mexican and U.S. states, made once per profile.

    Why a copy: QGIS opens GeoPackages for update when it can, and the installation's file must never be touched
    (WAL files, checkpoints); GDAL reads it here strictly read-only. The copy is offline, small and stable, so
    layouts kept in projects keep finding it.
    """
    source = world_map_path()
    if not source.exists():
        return None
    target = Path(QgsApplication.qgisSettingsDirPath()) / "vdto_targeting" / "basemap_natural_earth.gpkg"
    if target.exists():
        return target
    from osgeo import gdal

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name("basemap_natural_earth.part.gpkg")
    dataset = gdal.OpenEx(str(source), gdal.OF_VECTOR | gdal.OF_READONLY, open_options=["IMMUTABLE=YES"])
    if dataset is None:
        return None
    for index, (name, where) in enumerate((("countries", None), ("states_provinces", "adm0_a3 IN ('MEX', 'USA')"))):
        options = gdal.VectorTranslateOptions(format="GPKG", layers=[name], where=where, layerName=name,
                                              accessMode=None if index == 0 else "update")
        if gdal.VectorTranslate(str(partial), dataset, options=options) is None:
            return None
    dataset = None
    partial.replace(target)
    return target


def basemap_layers() -> List[QgsVectorLayer]:
    """Countries (filled) and the Mexican and U.S. states (thin lines), from QGIS's world map; [] if missing."""
    path = basemap_gpkg()
    if path is None:
        return []
    countries = QgsVectorLayer(f"{path}|layername=countries|option:IMMUTABLE=YES", "Natural Earth countries", "ogr")
    states = QgsVectorLayer(f"{path}|layername=states_provinces|option:IMMUTABLE=YES", "Natural Earth states", "ogr")
    if not (countries.isValid() and states.isValid()):
        return []
    countries.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "#f4f1ea", "outline_color": "#8a8a8a", "outline_width": "0.3"})))
    states.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "#b5b0a5", "outline_width": "0.15"})))
    return [states, countries]


def _text_format(size: float, bold: bool = False, colour: str = "#202020") -> QgsTextFormat:
    fmt = QgsTextFormat()
    font = QFont(FONT_FAMILY)
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor(255, 255, 255, 220))
    fmt.setBuffer(buffer)
    return fmt


def label_layer(layer: QgsVectorLayer, field: str, size: float = 7.0, bold: bool = False,
                colour: str = "#202020", prefix: str = "", priority: int = 5, always: bool = False) -> None:
    """Simple labels (with a white halo so they read over the density surface); ``prefix``: e.g. R for R7.

    ``priority`` (0–10): where labels compete for room, zones and ports win over the many small region labels.
    ``always``: the label is drawn even where it overlaps others (an enforcement zone must never lose its name).
    """
    if layer.fields().indexOf(field) < 0:
        return
    settings = QgsPalLayerSettings()
    if prefix:
        settings.fieldName = f"'{prefix}' || \"{field}\""
        settings.isExpression = True
    else:
        settings.fieldName = field
    settings.setFormat(_text_format(size, bold, colour))
    settings.priority = priority
    settings.placement = LABEL_AROUND_POINT if layer.geometryType() == GEOMETRY_POINT else LABEL_HORIZONTAL
    if always:
        from qgis.core import Qgis

        if hasattr(Qgis, "LabelOverlapHandling"):       # QGIS 3.26+: displayAll is deprecated there
            settings.placementSettings().setOverlapHandling(Qgis.LabelOverlapHandling.AllowOverlapIfRequired)
            settings.placementSettings().setAllowDegradedPlacement(True)
        else:
            settings.displayAll = True
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _robust_top(layer: QgsRasterLayer) -> float:
    """The 99th percentile of the positive cells: a few extreme cells must not wash the rest of the map out."""
    try:
        from osgeo import gdal
        import numpy as np

        dataset = gdal.Open(layer.source())
        band = dataset.GetRasterBand(1)
        values = band.ReadAsArray().astype("float64").ravel()
        nodata = band.GetNoDataValue()
        if nodata is not None:
            values = values[values != nodata]
        values = values[np.isfinite(values) & (values > 0)]
        if values.size:
            return float(np.quantile(values, 0.99))
    except Exception:  # any unreadable source: fall back to the provider's statistics
        values = None
    del values
    maximum = band_maximum(layer)
    return maximum if maximum > 0 else 1.0


def _nice(value: float, down: bool = False) -> float:
    """The nearest 1, 2 or 5 × 10^n (the largest one not above ``value`` when ``down``): legend values that read."""
    if value <= 0:
        return 0.0
    power = 10 ** math.floor(math.log10(value))
    candidates = [f * power for f in (1, 2, 5, 10)]
    if down:
        return max(c for c in candidates if c <= value * (1 + 1e-9))
    return min(candidates, key=lambda c: abs(math.log(c / value)))


def _legend_number(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 else f"{value:g}"


def surface_classes(top: float) -> List[float]:
    """Round class values, highest first: the robust top rounded down, then about ÷4, ÷20 and ÷100 of it.

    Why these: density surfaces are skewed (a few cells carry most of the violence), so the colours step roughly
    geometrically and the legend shows round numbers (2, 0.5, 0.1, 0.02) rather than 2.579548.
    """
    top = _nice(top, down=True) or 1.0
    values = [top]
    for divisor in (4, 20, 100):
        value = _nice(top / divisor)
        if value < values[-1]:
            values.append(value)
    return values


def style_surface(layer: QgsRasterLayer, or_more: str = "{0} or more") -> None:
    """Sequential yellow→dark red ramp, transparent where there is (almost) no violence.

    The legend shows the round class values (highest first, ``or_more`` for the top one, which saturates) as
    separate swatches instead of QGIS's default band name ("Band 1: … (Gray)") and raw minimum/maximum.
    """
    provider = layer.dataProvider()
    classes = surface_classes(_robust_top(layer))
    top = classes[0]
    colours = [QColor(128, 0, 38, 235), QColor(240, 59, 32, 220), QColor(254, 178, 76, 200),
               QColor(255, 237, 160, 150)]
    items = [QgsColorRampShader.ColorRampItem(0.0, QColor(255, 255, 204, 0), "0")]
    for value, colour in reversed(list(zip(classes, colours))):
        label = or_more.format(_legend_number(value)) if value == top else _legend_number(value)
        items.append(QgsColorRampShader.ColorRampItem(value, colour, label))
    ramp = QgsColorRampShader(0.0, top)
    ramp.setColorRampType(RAMP_INTERPOLATED)
    ramp.setColorRampItemList(items)
    if hasattr(ramp, "setLegendSettings"):
        from qgis.core import QgsColorRampLegendNodeSettings

        settings = QgsColorRampLegendNodeSettings()
        settings.setUseContinuousLegend(False)
        ramp.setLegendSettings(settings)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(ramp)
    renderer = QgsSingleBandPseudoColorRenderer(provider, 1, shader)
    renderer.setClassificationMin(0.0)
    renderer.setClassificationMax(top)
    layer.setRenderer(renderer)


def surface_legend_labels(layer: QgsRasterLayer) -> List[str]:
    """The surface's class labels as the legend should list them: highest first, without the transparent zero."""
    try:
        items = layer.renderer().shader().rasterShaderFunction().colorRampItemList()
    except AttributeError:
        return []
    return [item.label for item in reversed(items[1:])]


def _categorised(layer: QgsVectorLayer, field: str, colours, fallback_symbol, outline: bool = False) -> bool:
    """Categories for the values present that have a colour; False when the field is absent.

    ``outline``: the colour goes to the outline and, faintly, to the fill, so overlapping areas stay readable.
    """
    index = layer.fields().indexOf(field)
    if index < 0:
        return False
    categories = []
    for value in sorted(str(v) for v in layer.uniqueValues(index) if v is not None):
        colour = colours(value)
        if colour is None:
            continue
        symbol = fallback_symbol.clone()
        if outline:
            fill = QColor(colour)
            fill.setAlpha(40)
            symbol.setColor(fill)
            symbol.symbolLayer(0).setStrokeColor(QColor(colour))
        else:
            symbol.setColor(QColor(colour))
        categories.append(QgsRendererCategory(value, symbol, value))
    if not categories:
        return False
    layer.setRenderer(QgsCategorizedSymbolRenderer(field, categories))
    return True


def _hotspot_colour(value: str) -> Optional[str]:
    low = value.lower()
    if "hot" in low or low == "hh":
        return "#b2182b" if "99" in low else "#ef8a62" if "90" in low else "#d6604d"
    if "cold" in low or low == "ll":
        return "#2166ac" if "99" in low else "#92c5de" if "90" in low else "#4393c3"
    return None


def style_vector(role: str, layer: QgsVectorLayer) -> None:
    """The briefing look for one layer role (see ``texts.TEXTS`` for the role keys)."""
    geometry = layer.geometryType()
    if role == "events":
        layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": "180,20,20,110", "outline_style": "no", "size": "0.9"})))
    elif role == "ports":
        layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
            {"name": "triangle", "color": "#08306b", "outline_color": "white", "outline_width": "0.3",
             "size": "3.2"})))
        label_layer(layer, "port_name", 6.5, True, "#08306b", priority=8)
    elif role == "hubs":
        layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
            {"name": "square", "color": "#00441b", "outline_color": "white", "outline_width": "0.3",
             "size": "2.8"})))
        label_layer(layer, "name", 6.5, False, "#00441b")
    elif role == "zones":
        layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"color": "0,0,0,25", "outline_color": "#111111", "outline_width": "0.7"})))
        label_layer(layer, "name", 7.0, True, "#111111", priority=10, always=True)
    elif role == "hotspots":
        base = QgsFillSymbol.createSimple({"color": "#d6604d", "outline_style": "no"})
        field = "gi_class" if layer.fields().indexOf("gi_class") >= 0 else "lisa_class"
        if not _categorised(layer, field, _hotspot_colour, base):
            layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
                {"color": "214,96,77,140", "outline_style": "no"})))
    elif role in ("regions", "territories", "corridors") and geometry != GEOMETRY_LINE:
        colours = {"regions": ("230,85,13,70", "#a63603"), "territories": ("0,0,0,0", "#54278f"),
                   "corridors": ("118,42,131,60", "#762a83")}[role]
        symbol = QgsFillSymbol.createSimple({"color": colours[0], "outline_color": colours[1],
                                             "outline_width": "0.5",
                                             "outline_style": "dash" if role == "territories" else "solid"})
        if role == "territories":
            palette = iter(ORGANISATION_COLOURS * 4)
            if _categorised(layer, "organisation", lambda _v: next(palette), symbol, outline=True):
                return
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
        if role == "regions":  # the target package lists regions as R1, R2…: the map must show which is which
            label_layer(layer, "region_id", 6.0, True, "#a63603", prefix="R", priority=2)
    elif role == "corridors" or geometry == GEOMETRY_LINE:
        layer.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple(
            {"line_color": "#762a83", "line_width": "0.8", "capstyle": "round"})))
    elif role == "municipalities":
        layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"color": "0,0,0,0", "outline_color": "#9e9e9e", "outline_width": "0.1"})))


def styled_clone(role: str, layer: QgsMapLayer, name: str, or_more: str = "{0} or more") -> QgsMapLayer:
    """A clone of the analyst's layer, renamed for the legend and styled for the briefing."""
    clone = layer.clone()
    clone.setName(name)
    if isinstance(clone, QgsRasterLayer):
        style_surface(clone, or_more)
    elif isinstance(clone, QgsVectorLayer):
        style_vector(role, clone)
    return clone
