"""Step 6 — Briefing: the two-minute PDF for decision makers and the offline field pack."""
from __future__ import annotations

from typing import Any, Dict

from qgis.core import QgsSettings

from ...definitions import DEFAULT_HANDLING_MARKING
from ..tasks import results_group
from .base import StepPage
from .data import compat_storage


def result_layers():
    """Every layer of the results group (what the field pack should carry)."""
    return [node.layer() for node in results_group().findLayers() if node.layer() is not None]


BRIEFING = "vdto:briefing"
FIELD_PACK = "vdto:fieldpack"


class BriefingPage(StepPage):
    """Inputs of ``vdto:briefing``; a second button writes the field pack."""

    STEP = "briefing"
    ALGORITHMS = (BRIEFING,)

    def build(self) -> None:
        self.title = self.add_line("title", self.tr("Title"),
                                   self.tr("Title printed on the briefing; empty: the standard title."))
        self.title.setPlaceholderText(self.tr("Standard title"))
        self.period = self.add_line("period", self.tr("Period analysed"),
                                    self.tr("Printed under the title, e.g. 2019–2021."))
        self.analyst = self.add_line("analyst", self.tr("Analyst"),
                                     self.tr("Your name, printed on every page (remembered as a personal default)."))
        self.marking = self.add_line("marking", self.tr("Handling marking"),
                                     self.tr("Printed at the top and bottom of every page."),
                                     DEFAULT_HANDLING_MARKING)
        self.paper = self.add_combo("paper", self.tr("Paper"), self.tr("Landscape page size."),
                                    [(self.tr("A4"), 0), (self.tr("Letter"), 1)])
        locale = str(QgsSettings().value("locale/userLocale", "en"))[:2]
        self.language = self.add_combo(
            "language", self.tr("Briefing language"),
            self.tr("Language of the briefing, independent of QGIS's interface language."),
            [(self.tr("English"), "en"), (self.tr("Spanish"), "es")], 1 if locale == "es" else 0)
        self.pdf = self.add_file("pdf", self.tr("PDF file"),
                                 self.tr("Where the briefing PDF is written; empty: the results folder."),
                                 compat_storage("SaveFile"), self.tr("PDF (*.pdf)"))
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
        if algorithm_id == FIELD_PACK:
            return {"LAYERS": [layer.id() for layer in result_layers()], "TITLE": self.title.text() or None}
        events = self.context.layer("events")
        deaths = "best" if events is not None and events.fields().lookupField("best") >= 0 else None
        return {
            "TITLE": self.title.text() or None, "PERIOD": self.period.text() or None,
            "ANALYST": self.analyst.text() or None, "MARKING": self.marking.text() or DEFAULT_HANDLING_MARKING,
            "PAGE_SIZE": self.paper.currentData(), "LANGUAGE": 1 if self.language.currentData() == "es" else 0,
            "ZONES": self.context.layer("zone_figures") or self.context.layer("zones"),
            "DEATHS_FIELD": deaths, "DEMO": self.context.state.value("data/demo_loaded", False) is True,
            "OUTPUT": self.pdf.filePath() or None,
        }

    def on_finished(self, algorithm_id: str, outcome: dict) -> None:
        pdf = outcome.get("results", {}).get("OUTPUT")
        if algorithm_id == BRIEFING and pdf:
            self.status.setText(self.tr("Briefing written to {0}").format(pdf))
