"""``vdto:briefing`` — the two-minute product: map, figures and one page per enforcement zone, as PDF and PNG.

Why an algorithm (not only a dock button): the pipeline, Model Builder, batch mode and ``qgis_process`` produce the
very same pages. It runs on the main thread (print layouts and the project are not thread-safe).
"""
from __future__ import annotations

import datetime
import os
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import (QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterBoolean,
                       QgsProcessingParameterEnum, QgsProcessingParameterField,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterRasterLayer,
                       QgsProcessingParameterString, QgsProcessingParameterVectorLayer)

from ..definitions import DEFAULT_HANDLING_MARKING, PAGE_SIZE_NAMES, SurfaceMeasure
from ..qgis_compat import (ALG_NO_THREADING, FIELD_ANY, FIELD_NUMERIC, SOURCE_ANY_GEOMETRY, SOURCE_POINT,
                           SOURCE_POLYGON, SOURCE_VECTOR)
from ..i18n import QT_TRANSLATE_NOOP
from .base import VdtoAlgorithm

# (parameter, legend role, description, source types); drawn in this order, top first.
MAP_LAYERS: List[Tuple[str, str, str, list]] = [
    ("ZONES", "zones", QT_TRANSLATE_NOOP("BriefingAlgorithm", "Enforcement zones"), [SOURCE_POLYGON]),
    ("HUBS", "hubs", QT_TRANSLATE_NOOP("BriefingAlgorithm", "U.S. destinations (hubs or counties)"), [SOURCE_POINT]),
    ("PORTS", "ports", QT_TRANSLATE_NOOP("BriefingAlgorithm", "Ports of entry"), [SOURCE_POINT]),
    ("CORRIDORS", "corridors", QT_TRANSLATE_NOOP("BriefingAlgorithm", "Corridors"), [SOURCE_ANY_GEOMETRY]),
    ("TERRITORIES", "territories", QT_TRANSLATE_NOOP("BriefingAlgorithm", "Organisation territories"),
     [SOURCE_POLYGON]),
    ("REGIONS", "regions", QT_TRANSLATE_NOOP("BriefingAlgorithm", "Violent regions"), [SOURCE_POLYGON]),
    ("HOTSPOTS", "hotspots", QT_TRANSLATE_NOOP("BriefingAlgorithm", "Hotspots (Gi* classes)"), [SOURCE_POLYGON]),
]
BRIEFING_GROUP = "VDTO briefing"


class BriefingAlgorithm(VdtoAlgorithm):
    NAME = "briefing"
    DISPLAY = "Briefing map and figures (PDF)"
    GROUP = "briefing"
    HELP = ("Builds the briefing print layout — title, main map over the offline basemap, locator, legend, scale "
            "bar in km, north arrow, date, analyst, period, sources with attributions and the handling marking; a "
            "second page with the VDTO ranking, the target package and the zones with PAI and the concentration "
            "curve; then one page per enforcement zone — and exports it to PDF (vector) and PNG pages. Missing "
            "figures (no ranking or zone statistics given) are computed provisionally from the events and said "
            "so on the page. The briefing language is chosen here, independently of QGIS's interface language. "
            "The period printed is the one the outputs record (period_start/period_end, written by every algorithm "
            "that reads events); outputs of different periods are refused, naming each, and the sources line states "
            "each source's coverage of that period (years present and missing, how precisely events are located).")

    SURFACE = "SURFACE"
    SURFACE_MEASURE = "SURFACE_MEASURE"
    EVENTS = "EVENTS"
    DEATHS_FIELD = "DEATHS_FIELD"
    RANKING = "RANKING"
    TARGET_PACKAGE = "TARGET_PACKAGE"
    STUDY_AREA = "STUDY_AREA"
    TITLE = "TITLE"
    SUBTITLE = "SUBTITLE"
    ANALYST = "ANALYST"
    DATE_FIELD = "DATE_FIELD"
    MARKING = "MARKING"
    SOURCES = "SOURCES"
    PAGE_SIZE = "PAGE_SIZE"
    LANGUAGE = "LANGUAGE"
    DEMO = "DEMO"
    KEEP_LAYOUT = "KEEP_LAYOUT"
    OUTPUT = "OUTPUT"
    OUTPUT_PNG = "OUTPUT_PNG"
    PAGE_SIZES = PAGE_SIZE_NAMES
    ZONES, HUBS, PORTS, CORRIDORS, TERRITORIES, REGIONS, HOTSPOTS = (name for name, *_ in MAP_LAYERS)

    def flags(self):
        return super().flags() | ALG_NO_THREADING

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        from ..briefing.texts import LANGUAGE_LABELS

        for name, _role, description, types in MAP_LAYERS:
            self.addParameter(QgsProcessingParameterVectorLayer(name, self.tr(description), types, optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.SURFACE, self.tr("Violence surface"),
                                                            optional=True))
        measures = [self.tr("Automatic (deaths per km² when a deaths field is given)"), self.tr("Events per km²"),
                    self.tr("Deaths per km²"), self.tr("Relative density (raw kernel sum)")]
        self.addParameter(QgsProcessingParameterEnum(self.SURFACE_MEASURE,
                                                     self.tr("What the surface measures (legend title)"), measures,
                                                     defaultValue=0, optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(self.EVENTS, self.tr("Lethal events (drawn when no "
                                                                                 "surface is given; used for "
                                                                                 "provisional figures)"),
                                                            [SOURCE_POINT], optional=True))
        self.addParameter(QgsProcessingParameterField(self.DEATHS_FIELD, self.tr("Deaths field of the events"),
                                                      "best", self.EVENTS, FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterField(self.DATE_FIELD, self.tr("Date field of the events (empty: "
                                                                               "date_start or event_date)"),
                                                      None, self.EVENTS, FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(self.RANKING, self.tr("VDTO ranking (vdto:rankvdtos)"),
                                                            [SOURCE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(self.TARGET_PACKAGE,
                                                            self.tr("Target package (vdto:targetpackage)"),
                                                            [SOURCE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(self.STUDY_AREA, self.tr("Study area for PAI (e.g. "
                                                                                     "municipalities)"),
                                                            [SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterString(self.TITLE, self.tr("Title (empty: standard title)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(self.SUBTITLE, self.tr("Subtitle"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.ANALYST, self.tr("Analyst"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.MARKING, self.tr("Handling marking"),
                                                       defaultValue=DEFAULT_HANDLING_MARKING, optional=True))
        self.addParameter(QgsProcessingParameterString(self.SOURCES, self.tr("Sources and attributions (empty: "
                                                                             "standard attribution line)"),
                                                       multiLine=True, optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.PAGE_SIZE, self.tr("Page size (landscape)"),
                                                     self.PAGE_SIZES, defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(self.LANGUAGE, self.tr("Briefing language"), LANGUAGE_LABELS,
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(self.DEMO, self.tr("Mark as synthetic demo data"),
                                                        defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(self.KEEP_LAYOUT, self.tr("Keep the layout and its layers "
                                                                                  "in the project"),
                                                        defaultValue=True))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Briefing PDF"),
                                                                self.tr("PDF files (*.pdf)")))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT_PNG, self.tr("PNG pages (first page "
                                                                                         "name)"),
                                                                self.tr("PNG files (*.png)"), optional=True,
                                                                createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("PAGES", self.tr("Pages")))
        self.addOutput(QgsProcessingOutputString("PNG_FILES", self.tr("PNG pages written")))
        self.addOutput(QgsProcessingOutputString("LAYOUT", self.tr("Layout name")))

    # ------------------------------------------------------------------------------------------------ run
    def processAlgorithm(self, parameters: Dict[str, Any], context, feedback) -> Dict[str, Any]:  # noqa: N802
        from ..briefing import chart, figures, layout, styles
        from ..briefing.texts import DEFAULT_SOURCES, DEMO_SOURCES, language_code, text

        project = context.project()
        if project is None:
            from qgis.core import QgsProject

            project = QgsProject.instance()
        language = language_code(self.parameterAsEnum(parameters, self.LANGUAGE, context))
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        png = self.parameterAsFileOutput(parameters, self.OUTPUT_PNG, context) if parameters.get(self.OUTPUT_PNG) \
            else ""
        if not pdf.lower().endswith(".pdf"):
            raise self.fail("The briefing file {0} is not a PDF: choose a file name ending in .pdf.", pdf)
        if png and not png.lower().endswith(".png"):
            raise self.fail("The PNG pages name {0} does not end in .png: choose a name such as briefing.png.", png)
        demo = self.parameterAsBool(parameters, self.DEMO, context)
        deaths_field = self.parameterAsString(parameters, self.DEATHS_FIELD, context) or ""
        events = self.parameterAsVectorLayer(parameters, self.EVENTS, context)
        if events is not None and deaths_field and events.fields().indexOf(deaths_field) < 0:
            raise self.fail("The events layer has no field {0}: pick its deaths field (e.g. best) or leave it "
                            "empty to count events.", deaths_field)

        content = layout.BriefingContent(
            language=language,
            page_size=self.PAGE_SIZES[self.parameterAsEnum(parameters, self.PAGE_SIZE, context)],
            title=self.parameterAsString(parameters, self.TITLE, context) or text("title", language),
            subtitle=self.parameterAsString(parameters, self.SUBTITLE, context) or text("subtitle", language),
            analyst=self.parameterAsString(parameters, self.ANALYST, context),
            date=datetime.date.today().isoformat(),
            marking=self.parameterAsString(parameters, self.MARKING, context),
            sources=self.parameterAsString(parameters, self.SOURCES, context)
            or (DEMO_SOURCES if demo else DEFAULT_SOURCES)[language],
            demo=demo)

        date_field = self.parameterAsString(parameters, self.DATE_FIELD, context) or ""
        if events is not None:
            if date_field and events.fields().indexOf(date_field) < 0:
                raise self.fail("The events layer has no field {0}: pick its date field (e.g. date_start) or leave "
                                "it empty.", date_field)
            date_field = date_field or next((n for n in ("date_start", "event_date", "date")
                                             if events.fields().indexOf(n) >= 0), "")

        # The period: the one the outputs record; outputs of different periods are refused, naming each.
        inputs = {name: self.parameterAsVectorLayer(parameters, name, context) for name, *_ in MAP_LAYERS}
        surface = self.parameterAsRasterLayer(parameters, self.SURFACE, context)
        ranking = self.parameterAsVectorLayer(parameters, self.RANKING, context)
        package = self.parameterAsVectorLayer(parameters, self.TARGET_PACKAGE, context)
        for name, layer in list(inputs.items()) + [(self.RANKING, ranking), (self.TARGET_PACKAGE, package)]:
            if layer is not None and not layer.isValid():
                raise self.fail("The {0} layer is not valid: check its source file.", name.lower())
        zones_layer = inputs["ZONES"]
        dated = [(self.tr(description), inputs[name]) for name, _role, description, _types in MAP_LAYERS
                 if name not in ("HUBS", "PORTS") and not (name == "ZONES" and zones_layer is not None
                                                           and zones_layer.fields().indexOf("pai") < 0)]
        dated += [(self.tr("Violence surface"), surface), (self.tr("VDTO ranking"), ranking),
                  (self.tr("Target package"), package)]
        period, unrecorded, conflicts = figures.common_period(dated)
        if conflicts:
            raise self.fail("The briefing's inputs were computed for different periods — {0}: run every step for "
                            "the same period (From/To dates) and build the briefing again.", "; ".join(conflicts))
        if period is None and events is not None:
            period = figures.events_date_range(events, date_field)   # raw events only: the dates they hold
        elif unrecorded:
            content.notes.append(text("period_unrecorded", language).format(", ".join(unrecorded)))
        content.period = figures.period_text(period) or text("period_none", language)
        keep_event = figures.period_filter(events, date_field, period)
        provisional = ranking is None or (zones_layer is not None and zones_layer.fields().indexOf("pai") < 0)
        if events is not None and provisional and period is not None and keep_event is None:
            raise self.fail("The events layer has no date field to keep the events of {0} only (the period the "
                            "other outputs cover): choose its date field in DATE_FIELD.", content.period)

        # Layers: styled clones, named for the legend in the briefing language.
        keep: List = []
        for name, role, _description, _types in MAP_LAYERS:
            layer = inputs[name]
            if layer is not None:
                content.layers.append((role, styles.styled_clone(role, layer, text(role, language))))
        if surface is not None:
            units = _surface_units(self.parameterAsEnum(parameters, self.SURFACE_MEASURE, context), surface,
                                   deaths_field)
            content.layers.append(("surface", styles.styled_clone("surface", surface, text(units, language),
                                                                  text("or_more", language))))
        elif events is not None:
            drawn = styles.styled_clone("events", events, text("events", language))
            if keep_event is not None:   # the map shows the period's events only, like the figures
                _draw_only(drawn, date_field, period)
            content.layers.append(("events", drawn))
        coverage = [figures.event_coverage(events, date_field, deaths_field, period, language,
                                           text("cov_demo", language) if demo else ""),
                    figures.homicide_coverage(inputs["HOTSPOTS"] or inputs["REGIONS"], period, language)]
        coverage = " ".join(c for c in coverage if c)
        if coverage:
            content.sources = (f"{content.sources} {text('coverage', language).format(content.period)} — "
                               f"{coverage}")
        content.basemap = styles.basemap_layers()
        if not content.basemap:
            feedback.reportError(self.tr("QGIS's offline world map was not found: the map has no basemap."))

        # Tables.
        if ranking is not None:
            content.ranking, content.criterion = figures.ranking_from_layer(ranking, language)
        elif events is not None:
            result = figures.provisional_ranking(events, deaths_field, language, keep_event)
            if result is not None:
                content.ranking, content.criterion = result
                content.notes.append(f"{text('provisional', language)}: {text('ranking', language)} — "
                                     + text("provisional_ranking", language))
        if package is not None:
            content.package = figures.package_from_layer(package, language)
            content.regions = figures.regions_line(package, language)
        zones = zones_layer
        if zones is not None:
            study = self.parameterAsVectorLayer(parameters, self.STUDY_AREA, context)
            if study is None:
                study = _mexico_outline()
            area = figures.study_area_km2(study, project)
            content.zones, provisional = figures.zones_from_layer(zones, project, events, deaths_field, area,
                                                                  keep_event)
            content.zones_crs = zones.crs()
            if provisional:
                content.notes.append(f"{text('provisional', language)}: {text('zones_table', language)} — "
                                     + text("provisional_zones", language).format(area))
        feedback.pushInfo(self.tr("Briefing: {0} map layers, {1} organisations, {2} zones").format(
            len(content.layers), len(content.ranking.rows) if content.ranking else 0, len(content.zones)))

        written: List[str] = []
        tmp_pdf = pdf + ".part"
        _remove_previous_pages(pdf, png)
        try:
            if content.zones:
                svg = str(Path(pdf).with_name(Path(pdf).stem + "_curve.svg"))
                content.gini = chart.write_concentration_svg(
                    svg, [(z.name, z.area_share, z.share) for z in content.zones], language)
                content.chart_svg = svg
                written.append(svg)
            if feedback.isCanceled():
                raise self.fail("The briefing was cancelled: run it again to write {0}.", pdf)
            print_layout = layout.build_layout(project, content)
            keep.append(print_layout)
            pngs = layout.export(print_layout, tmp_pdf, png)
            written += pngs
            os.replace(tmp_pdf, pdf)
        except RuntimeError as error:
            for path in written:
                if os.path.exists(path):
                    os.remove(path)
            raise self.fail("The briefing could not be exported ({0}): check that the folder of {1} is "
                            "writable and has free space.", error, pdf) from error
        finally:
            if os.path.exists(tmp_pdf):
                os.remove(tmp_pdf)
        pages = print_layout.pageCollection().pageCount()
        if self.parameterAsBool(parameters, self.KEEP_LAYOUT, context):
            _keep_in_project(project, print_layout, [layer for _r, layer in content.layers] + content.basemap)
        feedback.pushInfo(self.tr("Briefing written: {0} ({1} pages)").format(pdf, pages))
        return {self.OUTPUT: pdf, "PAGES": pages, "PNG_FILES": ";".join(pngs), "LAYOUT": print_layout.name()}


def _draw_only(layer, date_field: str, period) -> None:
    """Draw only the period's events, through the renderer (a subset string would open a second OGR connection on
    the analyst's GeoPackage, which the provider cannot share with the unfiltered layer)."""
    from qgis.core import QgsExpression, QgsRuleBasedRenderer

    day = f"left(to_string({QgsExpression.quotedColumnRef(date_field)}), 10)"
    clauses = [f"{day} >= '{period[0]}'" if period[0] else "", f"{day} <= '{period[1]}'" if period[1] else ""]
    renderer = QgsRuleBasedRenderer.convertFromRenderer(layer.renderer())
    if renderer is None:
        return
    for rule in renderer.rootRule().children():
        rule.setFilterExpression(" AND ".join(c for c in clauses if c))
        rule.setLabel("")   # one symbol: the legend shows it beside the layer's name, as for a plain layer
    layer.setRenderer(renderer)


def _surface_units(choice: int, surface, deaths_field: str) -> str:
    """The texts key of the legend title for the surface: what one unit of the raster is."""
    if choice == SurfaceMeasure.EVENTS:
        return "units_events"
    if choice == SurfaceMeasure.DEATHS:
        return "units_deaths"
    if choice == SurfaceMeasure.RAW:
        return "units_raw"
    provider = surface.dataProvider()
    description = provider.bandDescription(1) if hasattr(provider, "bandDescription") else ""
    if "raw" in str(description).lower():
        return "units_raw"
    return "units_deaths" if deaths_field else "units_events"


def _remove_previous_pages(pdf: str, png: str) -> None:
    """Remove the pages an earlier export of the same names left (briefing_6.png when this one has 5 pages).

    Only QGIS's own page naming is matched (``name.png``, ``name_2.png`` … ``name_199.png``) so nothing else in
    the folder is touched.
    """
    import re

    targets = [Path(pdf)]
    if png:
        base = Path(png)
        pattern = re.compile(rf"^{re.escape(base.stem)}(?:_(\d+))?{re.escape(base.suffix)}$")
        if base.parent.is_dir():
            for candidate in base.parent.iterdir():
                match = pattern.match(candidate.name)
                if match and (match.group(1) is None or 2 <= int(match.group(1)) < 200):
                    targets.append(candidate)
    for target in targets:
        if target.is_file():
            target.unlink()


def _mexico_outline():
    """Mexico's states from QGIS's world map: the default study area for PAI."""
    from qgis.core import QgsVectorLayer

    from ..briefing.styles import basemap_gpkg

    path = basemap_gpkg()
    if path is None:
        return None
    layer = QgsVectorLayer(f"{path}|layername=states_provinces", "mexico", "ogr")
    if not layer.isValid():
        return None
    layer.setSubsetString("adm0_a3 = 'MEX'")
    return layer


def _keep_in_project(project, print_layout, layers: List[Any]) -> Optional[Any]:
    """The layout and its (styled) layers stay in the project, in one group replaced on each run."""
    root = project.layerTreeRoot()
    old = root.findGroup(BRIEFING_GROUP)
    if old is not None:
        for node in old.findLayers():
            project.removeMapLayer(node.layerId())
        root.removeChildNode(old)
    group = root.addGroup(BRIEFING_GROUP)
    for layer in layers:
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        node.setItemVisibilityChecked(False)
    group.setExpanded(False)
    earlier = project.layoutManager().layoutByName(print_layout.name())
    if earlier is not None:  # an earlier briefing (perhaps in the other language) must not stay behind
        project.layoutManager().removeLayout(earlier)
    project.layoutManager().addLayout(print_layout)
    return group
