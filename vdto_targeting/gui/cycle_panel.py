"""The targeting cycle in the dock: ranking over time (bump chart), designate / announce, next most violent, the
announcement effect and each zone's displacement verdict.

Computes nothing: the ranking over time, the announcement effect and the displacement run as the Organisations
page's tasks (``vdto:rankinghistory``, ``vdto:announcementeffect``, ``vdto:displacement``); designation and
announcement run ``vdto:designatetarget``, which writes the zones GeoPackage's targets table at once. The panel only
reads layers back and draws them.
"""
from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional

from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject
from qgis.gui import QgsDateEdit, QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, QDate, QRectF, Qt
from qgis.PyQt.QtGui import QPainter
from qgis.PyQt.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy,
                                 QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

HISTORY = "vdto:rankinghistory"
DESIGNATE = "vdto:designatetarget"
ANNOUNCE_EFFECT = "vdto:announcementeffect"
DISPLACEMENT = "vdto:displacement"
CYCLE_PAGE = "vdto:cyclebriefing"
NOTICE = "vdto:publicnotice"
CYCLE_ALGORITHMS = (HISTORY, ANNOUNCE_EFFECT, DISPLACEMENT, CYCLE_PAGE, NOTICE)


def tr(text: str) -> str:
    return QCoreApplication.translate("@default", text)


def _plain(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, QDate):
        return value.toString(Qt.DateFormat.ISODate)
    return value


def layer_rows(layer, names: List[str]) -> List[Dict[str, Any]]:
    """Attribute rows of a layer (only the named fields that exist)."""
    if layer is None:
        return []
    present = [n for n in names if layer.fields().indexOf(n) >= 0]
    return [{n: _plain(f[n]) for n in present} for f in layer.getFeatures()]


class BumpChart(QWidget):
    """Ranks over periods, one line per organisation (1 at the top): who climbs matters more than one order."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("vdto_cycle_bump_chart")
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.periods: List[str] = []
        self.lines: Dict[str, List[Optional[int]]] = {}
        self.max_rank = 8

    def set_history(self, rows: List[Dict[str, Any]], top: int = 8) -> None:
        """Rows of vdto:rankinghistory; shows the organisations that reached the top ``top`` in the last periods."""
        from ..briefing.cycle_pages import bump_lines

        self.periods, self.lines = bump_lines(rows, top)
        self.max_rank = top
        self.setToolTip(tr("Rank per period of the organisations in the top {0} of the last periods (1 = most "
                           "violent).").format(top))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        from ..briefing.cycle_pages import draw_bump

        painter = QPainter(self)
        try:
            draw_bump(painter, QRectF(self.rect()), self.periods, self.lines, self.max_rank,
                      tr("Run 'Ranking over time' to see who climbs."))
        finally:
            painter.end()


class CyclePanel(QWidget):
    """The cycle section of the Organisations page.

    ``context`` is the dock's :class:`DockContext` (roles: ranking, ranking_history, zones, events, municipalities);
    ``start_algorithm(id)`` runs one algorithm as the page's task (the page asks :meth:`values` for its inputs and
    passes the outcome back through :meth:`on_finished`).
    """

    def __init__(self, context, start_algorithm: Callable[[str], None], parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.start_algorithm = start_algorithm
        self.setObjectName("VdtoCyclePanel")
        self.targets: List[Dict[str, Any]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chart = BumpChart(self)
        layout.addWidget(self.chart)
        self.zones_file = QgsFileWidget(self)
        self.zones_file.setObjectName("vdto_cycle_zones_file")
        self.zones_file.setFilter(tr("GeoPackage (*.gpkg)"))
        self.zones_file.setToolTip(tr("The zones GeoPackage whose targets table records designations and "
                                      "announcements (create it on the Zones page)."))
        self.zones_file.fileChanged.connect(lambda *_: self.refresh())
        layout.addWidget(self.zones_file)
        row = QHBoxLayout()
        self.ranking = self._table(["rank", "organisation", "deaths", "tied_with"], "vdto_cycle_ranking",
                                   tr("The latest ranking; select an organisation to designate it."))
        row.addWidget(self.ranking, 3)
        side = QVBoxLayout()
        side.addWidget(QLabel(tr("Next most violent"), self))
        self.next_list = QListWidget(self)
        self.next_list.setObjectName("vdto_cycle_next")
        self.next_list.setToolTip(tr("The ranking with the designated and announced organisations left out."))
        side.addWidget(self.next_list)
        row.addLayout(side, 2)
        layout.addLayout(row)
        self.targets_table = self._table(["organisation", "status", "designated_on", "announced_on"],
                                         "vdto_cycle_targets", tr("Targets of the zones GeoPackage; select one to "
                                                                  "announce it or measure its effect."))
        layout.addWidget(self.targets_table)
        buttons = QHBoxLayout()
        self.date = QgsDateEdit(self)
        self.date.setObjectName("vdto_cycle_date")
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate.currentDate())
        self.date.setToolTip(tr("Date of the designation or announcement."))
        buttons.addWidget(self.date)
        self.history_button = self._button(tr("Ranking over time"), tr("Rank per year with 1,000 bootstrap "
                                                                       "replicates (vdto:rankinghistory)."),
                                           "vdto_cycle_history", lambda: self.start_algorithm(HISTORY))
        self.designate_button = self._button(tr("Designate"), tr("Designate the selected organisation: written to "
                                                                 "the targets table at once."),
                                             "vdto_cycle_designate", self.designate)
        self.announce_button = self._button(tr("Announce"), tr("Mark the selected target announced on the date "
                                                               "given."), "vdto_cycle_announce", self.announce)
        self.effect_button = self._button(tr("Effect"), tr("Announcement effect of the selected target "
                                                           "(interrupted time series) and displacement per zone."),
                                          "vdto_cycle_effect", self.measure)
        for button in (self.history_button, self.designate_button, self.announce_button, self.effect_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        papers = QHBoxLayout()
        self.page_button = self._button(tr("Cycle page (PDF)"), tr("The cycle briefing page: ranking over time, the "
                                                                   "target, the announcement effect and "
                                                                   "displacement (vdto:cyclebriefing)."),
                                        "vdto_cycle_page", lambda: self.start_algorithm(CYCLE_PAGE))
        self.notice_button = self._button(tr("Public notice (PDF)"), tr("The one-page public notice of the selected "
                                                                        "target's announcement, with none of the "
                                                                        "intelligence (vdto:publicnotice)."),
                                          "vdto_cycle_notice", self.notice)
        papers.addWidget(self.page_button)
        papers.addWidget(self.notice_button)
        layout.addLayout(papers)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self._queue: List[str] = []

    # ------------------------------------------------------------------ building helpers
    def _table(self, columns: List[str], name: str, tooltip: str) -> QTableWidget:
        table = QTableWidget(0, len(columns), self)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels([tr(c.replace("_", " ")) for c in columns])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setToolTip(tooltip)
        table.setProperty("columns", columns)
        return table

    def _button(self, text: str, tooltip: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tooltip)
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _fill(table: QTableWidget, rows: List[Dict[str, Any]]) -> None:
        columns = table.property("columns")
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, column in enumerate(columns):
                value = row.get(column)
                if isinstance(value, float):
                    value = f"{value:,.0f}"
                table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        table.resizeColumnsToContents()

    # ------------------------------------------------------------------ state
    def zones_path(self) -> str:
        path = self.zones_file.filePath().strip()
        if path:
            return path
        layer = self.context.layer("zones")
        if layer is not None and layer.providerType() == "ogr":
            candidate = layer.source().split("|")[0]
            if candidate.lower().endswith(".gpkg"):
                return candidate
        return ""

    def ranking_rows(self) -> List[Dict[str, Any]]:
        """The latest ranking: the history's last period when there is one, else vdto:rankvdtos' table."""
        history = layer_rows(self.context.layer("ranking_history"),
                             ["organisation", "rank", "deaths", "period", "tied_with", "period_start",
                              "period_end"])
        if history:
            last = max(r["period"] for r in history)
            return sorted((r for r in history if r["period"] == last), key=lambda r: r["rank"])
        rows = layer_rows(self.context.layer("ranking"), ["organisation", "rank", "deaths", "criterion"])
        return sorted((r for r in rows if r.get("rank") is not None), key=lambda r: r["rank"])

    def refresh(self) -> None:
        """Reread the ranking, the history and the targets table; redraw."""
        from ..core.cycle import next_most_violent

        ranking = self.ranking_rows()
        self._fill(self.ranking, ranking)
        self.chart.set_history(layer_rows(self.context.layer("ranking_history"),
                                          ["organisation", "period", "rank"]))
        self.targets = []
        path = self.zones_path()
        if path:
            try:
                from ..qgis_bridge.targets_table import TargetRefused, TargetStore

                self.targets = TargetStore.open(path).rows()
            except TargetRefused as error:
                self.say(str(error), error=True)
        self._fill(self.targets_table, self.targets)
        designated = [t["organisation"] for t in self.targets if t.get("status") in ("designated", "announced")]
        self.next_list.clear()
        if ranking:
            import pandas as pd

            rest = next_most_violent(pd.DataFrame(ranking)[["organisation", "rank"]], designated)
            for row in rest.head(5).itertuples():
                self.next_list.addItem(f"{int(row.next_rank)}. {row.organisation}")

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)

    # ------------------------------------------------------------------ actions
    def _selected(self, table: QTableWidget, rows: List[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
        selected = table.selectionModel().selectedRows() if table.selectionModel() else []
        return rows[selected[0].row()] if selected and selected[0].row() < len(rows) else None

    def _designate(self, parameters: Dict[str, Any]) -> Optional[dict]:
        """Run vdto:designatetarget now (one row written; no task needed) and report its sentence."""
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(DESIGNATE)
        if algorithm is None:
            self.say(tr("The algorithm {0} is not available: enable the VDTO Targeting provider.").format(DESIGNATE),
                     error=True)
            return None
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        try:
            results, ok = algorithm.run(parameters, context, QgsProcessingFeedback())
        except Exception as error:  # a refusal is shown to the analyst, never lost
            self.say(str(error), error=True)
            return None
        self.refresh()
        return results if ok else None

    def designate(self) -> None:
        path = self.zones_path()
        if not path:
            self.say(tr("Choose the zones GeoPackage first (create one on the Zones page)."), error=True)
            return
        row = self._selected(self.ranking, self.ranking_rows())
        if row is None:
            self.say(tr("Select an organisation in the ranking to designate it."), error=True)
            return
        criterion = row.get("criterion") or tr("Rank {0} in {1} ({2} – {3}) by attributed deaths{4}.").format(
            row.get("rank"), row.get("period", ""), row.get("period_start", ""), row.get("period_end", ""),
            tr("; tied within the bootstrap interval with {0}").format(row["tied_with"]) if row.get("tied_with")
            else "")
        results = self._designate({"ZONES_FILE": path, "ORGANISATION": row["organisation"], "STATUS": 1,
                                   "DATE": self.date.date().toString(Qt.DateFormat.ISODate), "CRITERION": criterion})
        if results:
            self.say(tr("{0} designated ({1}).").format(row["organisation"], results.get("TARGET_ID")))

    def announce(self) -> None:
        target = self._selected(self.targets_table, self.targets)
        if target is None:
            self.say(tr("Select a target to announce."), error=True)
            return
        results = self._designate({"ZONES_FILE": self.zones_path(), "TARGET_ID": target["target_id"], "STATUS": 2,
                                   "DATE": self.date.date().toString(Qt.DateFormat.ISODate)})
        if results:
            self.say(tr("{0} announced on {1}.").format(target["organisation"] or target["region"],
                                                        self.date.date().toString(Qt.DateFormat.ISODate)))

    def measure(self) -> None:
        """Announcement effect, then displacement per zone, for the selected announced target."""
        target = self._selected(self.targets_table, self.targets)
        if target is None or not target.get("announced_on"):
            self.say(tr("Select an announced target (with its announcement date) to measure its effect."),
                     error=True)
            return
        self.measured = target
        self.start_algorithm(ANNOUNCE_EFFECT)

    def notice(self) -> None:
        if not self.zones_path():
            self.say(tr("Choose the zones GeoPackage first (create one on the Zones page)."), error=True)
            return
        self.noticed = self._selected(self.targets_table, self.targets)
        self.start_algorithm(NOTICE)

    # ------------------------------------------------------------------ the page's hooks
    def values(self, algorithm_id: str, common: Dict[str, Any]) -> Dict[str, Any]:
        from ..definitions import DEFAULT_CATCHMENT_KM

        target = getattr(self, "measured", None) or {}
        if algorithm_id == HISTORY:
            return dict(common, INTERVAL=2, BOOTSTRAP=1000, SEED=1)
        if algorithm_id == ANNOUNCE_EFFECT:
            from .tasks import CREATE

            # the months around the announcement, not the ranking's period: START/END stay open
            return dict(common, START=None, END=None, ORGANISATION=target.get("organisation") or "",
                        ANNOUNCED=target.get("announced_on"), OUTPUT_CHART=None, OUTPUT=CREATE,
                        MUNICIPALITIES=self.context.layer("municipalities"))
        if algorithm_id == CYCLE_PAGE:
            return {"HISTORY": self.context.layer("ranking_history"), "ZONES_FILE": self.zones_path() or None,
                    "TARGET_ID": target.get("target_id"), "EFFECT": self.context.layer("announcement_effect"),
                    "DISPLACEMENT": self.context.layer("displacement")}
        if algorithm_id == NOTICE:
            chosen = getattr(self, "noticed", None) or {}
            return {"ZONES_FILE": self.zones_path(), "TARGET_ID": chosen.get("target_id")}
        if algorithm_id == DISPLACEMENT:
            path = self.zones_path()
            return {"ZONES": f"{path}|layername=zones" if path else None, "EVENTS": common.get("EVENTS"),
                    "DEATHS_FIELD": common.get("DEATHS_FIELD"), "ANNOUNCED": target.get("announced_on"),
                    "CATCHMENT_KM": DEFAULT_CATCHMENT_KM, "MUNICIPALITIES": self.context.layer("municipalities"),
                    "MONTHS": 12}
        return common

    def on_finished(self, algorithm_id: str, outcome: dict) -> Optional[str]:
        """Show the outcome; returns the next algorithm to run (displacement after the effect), if any."""
        layers, results = outcome.get("layers", {}), outcome.get("results", {})
        if algorithm_id == HISTORY and "OUTPUT" in layers:
            self.context.set_role("ranking_history", layers["OUTPUT"])
            self.refresh()
        elif algorithm_id == ANNOUNCE_EFFECT:
            if "OUTPUT" in layers:
                self.context.set_role("announcement_effect", layers["OUTPUT"])
            self.say(str(results.get("VERDICT_TEXT", "")))
            if self.zones_path() and self.context.layer("municipalities") is not None:
                return DISPLACEMENT
        elif algorithm_id in (CYCLE_PAGE, NOTICE):
            self.say(tr("Written: {0}").format(results.get("OUTPUT", "")))
        elif algorithm_id == DISPLACEMENT and "OUTPUT" in layers:
            self.context.set_role("displacement", layers["OUTPUT"])
            verdicts = layer_rows(layers["OUTPUT"], ["name", "verdict_text", "wdq"])
            lines = [f"{r['name']}: {r['verdict_text']}" + (f" (WDQ {r['wdq']:.2f})" if isinstance(r.get("wdq"), float)
                                                            else "") for r in verdicts]
            self.say(self.message.text() + "<br>" + "<br>".join(lines))
        return None
