"""Step 4 — Organisations and corridors: rank VDTOs, map territories, trace corridors to U.S. ports of entry."""
from __future__ import annotations

import html
from typing import Any, Dict

from ...definitions import ATTRIBUTION_EQUAL, ATTRIBUTION_FULL, DEFAULT_REGION_THRESHOLD, DEFAULT_TERRITORY_SHARE
from ..tasks import CREATE
from .base import StepPage

RANK = "vdto:rankvdtos"
TERRITORIES = "vdto:territories"
CORRIDORS = "vdto:corridors"
PACKAGE = "vdto:targetpackage"


class OrganisationsPage(StepPage):
    """Runs the ranking, then (when installed) territories, corridors and the target package, in that order."""

    STEP = "organisations"
    ALGORITHMS = (RANK, TERRITORIES, CORRIDORS, PACKAGE)

    def build(self) -> None:
        self.attribution = self.add_combo(
            "attribution", self.tr("Attribution of deaths"),
            self.tr("Full involvement credits every party with all deaths of its events; equal shares splits them."),
            [(self.tr("Full involvement"), ATTRIBUTION_FULL), (self.tr("Equal shares"), ATTRIBUTION_EQUAL)])
        self.threshold = self.add_spin(
            "region_threshold", self.tr("Share needed to name an organisation"),
            self.tr("Below this share of a region's deaths no organisation is named: the region is targeted."),
            0.05, 1.0, DEFAULT_REGION_THRESHOLD, 0.05, "", 2)
        self.territory_share = self.add_spin(
            "territory_share", self.tr("Territory holds"),
            self.tr("Share of an organisation's violence its territory must contain (smallest such area)."),
            0.5, 0.99, DEFAULT_TERRITORY_SHARE, 0.05, "", 2)
        self.top = self.add_spin("top", self.tr("Organisations to trace"),
                                 self.tr("How many of the top-ranked organisations get territories and corridors."),
                                 1, 20, 3)
        self.width = self.add_spin("corridor_km", self.tr("Corridor width"),
                                   self.tr("Width of the buffered corridor polygons."), 1, 200, 20, 5,
                                   self.tr(" km"))
        self.cycle = None
        try:
            from ..cycle_panel import CyclePanel
        except ImportError:
            CyclePanel = None  # noqa: N806 - the class, when installed
        if CyclePanel is not None:   # the targeting cycle: history, designate/announce, effect, displacement
            from qgis.gui import QgsCollapsibleGroupBox
            from qgis.PyQt.QtWidgets import QVBoxLayout

            box = QgsCollapsibleGroupBox(self.tr("Targeting cycle"), self)
            box.setObjectName("VdtoCycleBox")
            self.cycle = CyclePanel(self.context, self.start_algorithm, box)
            QVBoxLayout(box).addWidget(self.cycle)
            self.layout_.addWidget(box)

    def run_text(self) -> str:
        return self.tr("Rank organisations and trace corridors")

    def missing_algorithms(self):
        """Only the ranking is required; later algorithms run when installed."""
        missing = super().missing_algorithms()
        return [RANK] if RANK in missing else []

    def _next(self) -> None:
        registry_missing = set(super().missing_algorithms())
        self._queue = [alg for alg in self._queue if alg not in registry_missing]
        super()._next()

    def values(self, algorithm_id: str) -> Dict[str, Any]:
        # the events, deaths field and period are the analysis's (top of the dock), for every algorithm of the step
        events = self.context.layer("events")
        common = {
            "INPUT": events, "EVENTS": events,
            "DEATHS_FIELD": self.context.analysis.deaths_field() or None,
            "ATTRIBUTION": self.attribution.currentData(),
        }
        if algorithm_id == RANK:
            common["REGION_THRESHOLD"] = self.threshold.value()
            if self.context.layer("regions") is not None:
                common["OUTPUT_REGIONS"] = CREATE  # the per-region ranking (region-targeted or named)
        elif algorithm_id == TERRITORIES:
            common.update({"SHARE": self.territory_share.value(), "TOP_N": self.top.value()})
        elif algorithm_id == CORRIDORS:
            common.update({"WIDTH_KM": self.width.value()})
        elif algorithm_id == PACKAGE:
            common = {"TOP_N": self.top.value()}
        elif self.cycle is not None:
            common = self.cycle.values(algorithm_id, common)
        return common

    def on_finished(self, algorithm_id: str, outcome: dict) -> None:
        role = {RANK: "ranking", TERRITORIES: "territories", CORRIDORS: "corridors", PACKAGE: "package"}
        layers = outcome.get("layers", {})
        if "OUTPUT" in layers and algorithm_id in role:
            self.context.set_role(role[algorithm_id], layers["OUTPUT"])
        if "OUTPUT_REGIONS" in layers:
            self.context.set_role("region_ranking", layers["OUTPUT_REGIONS"])
        if self.cycle is not None:
            follow = self.cycle.on_finished(algorithm_id, outcome)
            if follow:
                self._queue.insert(0, follow)
            elif algorithm_id == RANK:
                self.cycle.refresh()

    def summary(self) -> str:
        ranking = self.outcomes.get(RANK, {}).get("layers", {}).get("OUTPUT")
        rows = []
        if ranking is not None and ranking.fields().lookupField("organisation") >= 0:
            names = ranking.fields().names()
            features = sorted(ranking.getFeatures(),
                              key=lambda f: f["rank"] if "rank" in names and f["rank"] is not None else 0)
            for feature in features[:5]:
                share = feature["share"] if "share" in names else None
                rows.append("<tr><td>{0}</td><td>{1}</td><td align='right'>{2}</td><td align='right'>{3}</td></tr>"
                            .format(feature["rank"] if "rank" in names else "",
                                    html.escape(str(feature["organisation"])),
                                    _number(feature["deaths"]) if "deaths" in names else "",
                                    f"{100 * float(share):.1f}%" if share not in (None, "") else ""))
        head = ("<tr><th>{0}</th><th>{1}</th><th>{2}</th><th>{3}</th></tr>"
                .format(self.tr("Rank"), self.tr("Organisation"), self.tr("Deaths"), self.tr("Share")))
        table = "<table>" + head + "".join(rows) + "</table>" if rows else ""
        return table + self.shares_note(ranking) + super().summary()

    def shares_note(self, ranking) -> str:
        """Full-involvement shares add to more than 100 %: say so where the shares are shown."""
        if ranking is None or ranking.fields().lookupField("share") < 0:
            return ""
        total = 0.0
        for feature in ranking.getFeatures():
            try:
                total += float(feature["share"])
            except (TypeError, ValueError):
                continue
        if self.attribution.currentData() == ATTRIBUTION_FULL and total > 1.0005:
            text = self.tr("Shares add to {0:.0f} %, not 100 %: with full involvement every organisation in an "
                           "event is credited with all its deaths, so a death shared by two organisations counts "
                           "for both. Choose equal shares for shares that add to 100 %.").format(100 * total)
        else:
            text = self.tr("Shares of the deaths in {0}; they add to {1:.0f} %.").format(
                self.context.analysis.period_label(), 100 * total)
        return "<p><i>" + html.escape(text) + "</i></p>"


def _number(value) -> str:
    """Deaths as an analyst writes them: 2,654 (shares of a death from equal attribution keep one decimal)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return ""
    return f"{number:,.0f}" if number.is_integer() else f"{number:,.1f}"
