"""Step 6 — Briefing: the two-minute PDF for decision makers and the offline field pack."""
from __future__ import annotations

import os
from typing import Any, Dict

from qgis.core import QgsSettings

from ...definitions import DEFAULT_HANDLING_MARKING, PageSize
from ...processing.briefing import BriefingAlgorithm as Briefing
from ...processing.fieldpack import FieldPackAlgorithm as FieldPack
from ..tasks import results_group
from .base import StepPage, algorithm_id
from .data import compat_storage


def result_layers():
    """Every layer of the results group."""
    return [node.layer() for node in results_group().findLayers() if node.layer() is not None]


def map_layers(project=None):
    """Every layer of the project's layer tree, top first (what the field pack carries: the map as it is)."""
    from qgis.core import QgsProject

    project = project or QgsProject.instance()
    return [node.layer() for node in project.layerTreeRoot().findLayers()
            if node.layer() is not None and node.layer().isValid()]


BRIEFING = algorithm_id(Briefing)
FIELD_PACK = algorithm_id(FieldPack)


class BriefingPage(StepPage):
    """Inputs of ``vdto:briefing``; a second button writes the field pack."""

    STEP = "briefing"
    ALGORITHMS = (BRIEFING,)

    def build(self) -> None:
        self.title = self.add_line("title", self.tr("Title"),
                                   self.tr("Title printed on the briefing; empty: the standard title."))
        self.title.setPlaceholderText(self.tr("Standard title"))
        self.analyst = self.add_line("analyst", self.tr("Analyst"),
                                     self.tr("Your name, printed on every page (remembered as a personal default)."))
        self.marking = self.add_line("marking", self.tr("Handling marking"),
                                     self.tr("Printed at the top and bottom of every page."),
                                     DEFAULT_HANDLING_MARKING)
        self.paper = self.add_combo("paper", self.tr("Paper"), self.tr("Landscape page size."),
                                    [(self.tr("A4"), PageSize.A4.value), (self.tr("Letter"), PageSize.LETTER.value)])
        locale = str(QgsSettings().value("locale/userLocale", "en"))[:2]
        self.language = self.add_combo(
            "language", self.tr("Briefing language"),
            self.tr("Language of the briefing, independent of QGIS's interface language."),
            [(self.tr("English"), "en"), (self.tr("Spanish"), "es")], 1 if locale == "es" else 0)
        self.pdf = self.add_file("pdf", self.tr("PDF file"),
                                 self.tr("Where the briefing PDF is written; empty: the results folder."),
                                 compat_storage("SaveFile"), self.tr("PDF (*.pdf)"))
        self.pack_file = self.add_file("pack", self.tr("Field pack file"),
                                       self.tr("Where the field pack GeoPackage is written; empty: "
                                               "field_pack.gpkg in the results folder."),
                                       compat_storage("SaveFile"), self.tr("GeoPackage (*.gpkg)"))
        analysis = self.context.analysis
        for widget in (self.pdf, self.pack_file):
            widget.setDefaultRoot(analysis.folder_path())
            analysis.folder.fileChanged.connect(lambda *_a, w=widget: w.setDefaultRoot(analysis.folder_path()))
        self.pack_button = self.add_button(
            self.tr("Write the field pack"),
            self.tr("One GeoPackage with inputs, results, styles and the project, for laptops without network."),
            lambda: self.start_algorithm(FIELD_PACK), "vdto_briefing_fieldpack")

    def run_text(self) -> str:
        return self.tr("Build the briefing")

    def refresh_availability(self, *_args) -> None:
        super().refresh_availability()
        if hasattr(self, "pack_button"):
            from qgis.core import QgsApplication

            self.pack_button.setEnabled(QgsApplication.processingRegistry().algorithmById(FIELD_PACK) is not None)

    def values(self, algorithm_id: str) -> Dict[str, Any]:
        analysis = self.context.analysis
        if algorithm_id == FIELD_PACK:
            # the map as the analyst sees it: every layer of the tree (the zones layer and the events included),
            # in its order and visibility, with the canvas's extent and scale (vdto:fieldpack keeps them)
            values = {FieldPack.LAYERS: [layer.id() for layer in map_layers()],
                      FieldPack.TITLE: self.title.text() or None,
                      FieldPack.OUTPUT: self.pack_file.filePath() or os.path.join(analysis.folder_path(),
                                                                                  "field_pack.gpkg")}
            canvas = self.iface.mapCanvas() if self.iface is not None else None
            # an empty canvas (nothing drawn yet) has no extent to keep: the pack then opens on the briefing's map
            if canvas is not None and not canvas.extent().isEmpty():
                from qgis.core import QgsReferencedRectangle

                values[FieldPack.EXTENT] = QgsReferencedRectangle(canvas.extent(),
                                                                  canvas.mapSettings().destinationCrs())
            return values
        events = analysis.layer("events")
        return {
            # no period text: vdto:briefing prints the period the outputs record (and refuses mixed periods)
            Briefing.TITLE: self.title.text() or None,
            Briefing.ANALYST: self.analyst.text() or None,
            Briefing.MARKING: self.marking.text() or DEFAULT_HANDLING_MARKING,
            Briefing.PAGE_SIZE: self.paper.currentData(),
            Briefing.LANGUAGE: 1 if self.language.currentData() == "es" else 0,
            Briefing.ZONES: self.context.layer("zone_figures") or self.context.layer("zones"),
            Briefing.EVENTS: events, Briefing.DEATHS_FIELD: analysis.deaths_field() or None,
            Briefing.DEMO: self.context.state.value("data/demo_loaded", False) is True,
            Briefing.OUTPUT: self.pdf.filePath() or None,
        }

    def on_finished(self, algorithm_id: str, outcome: dict) -> None:
        pdf = outcome.get("results", {}).get(Briefing.OUTPUT)
        if algorithm_id == BRIEFING and pdf:
            self.status.setText(self.tr("Briefing written to {0}").format(pdf))
