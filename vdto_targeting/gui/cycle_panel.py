"""The targeting cycle in the dock: ranking over time (bump chart), designate / announce, next most violent, the
announcement effect and each zone's displacement verdict.

Computes nothing: the ranking over time, the announcement effect and the displacement run as the Organisations
page's tasks (``vdto:rankinghistory``, ``vdto:announcementeffect``, ``vdto:displacement``); designation and
announcement run ``vdto:designatetarget``, which writes the zones GeoPackage's targets table at once. The panel only
reads layers back and draws them.

Where no organisation can be named the method targets the violent region (``method.md``): the panel lists the
violent regions of ``vdto:hotspots`` (role "regions"), with each region's lead from ``vdto:rankvdtos``' per-region
ranking (role "region_ranking") when there is one, follows the region selected on the map, and designates it through
the same ``vdto:designatetarget`` call as an organisation (``REGION`` instead of ``ORGANISATION``).
"""
from __future__ import annotations

import html
from typing import Any, Callable, Dict, List, Optional

from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProcessingUtils, QgsProject
from qgis.gui import QgsDateEdit, QgsFileWidget
from qgis.PyQt.QtCore import QDate, QRectF, QSize, Qt, QUrl
from qgis.PyQt.QtGui import QPainter
from qgis.PyQt.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QHeaderView, QLabel, QListWidget,
                                 QListWidgetItem, QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
                                 QWidget)

from ..definitions import TARGET_STATUSES
from ..i18n import tr
from ..processing.cycle import (AnnouncementEffectAlgorithm as Effect, DesignateTargetAlgorithm as Designate,
                                DisplacementAlgorithm as Displacement, RankingHistoryAlgorithm as History)
from ..processing.cyclebriefing import CycleBriefingAlgorithm as CyclePage, PublicNoticeAlgorithm as Notice
from ..qgis_bridge.fields import plain_value
from .steps.base import algorithm_id

HISTORY = algorithm_id(History)
DESIGNATE = algorithm_id(Designate)
ANNOUNCE_EFFECT = algorithm_id(Effect)
DISPLACEMENT = algorithm_id(Displacement)
CYCLE_PAGE = algorithm_id(CyclePage)
NOTICE = algorithm_id(Notice)
CYCLE_ALGORITHMS = (HISTORY, ANNOUNCE_EFFECT, DISPLACEMENT, CYCLE_PAGE, NOTICE)
# the targets table's statuses as vdto:designatetarget's STATUS option (its options are TARGET_STATUSES, in order)
DESIGNATED = TARGET_STATUSES.index("designated")
ANNOUNCED = TARGET_STATUSES.index("announced")
ACTIVE_STATUSES = ("designated", "announced")


def layer_rows(layer, names: List[str]) -> List[Dict[str, Any]]:
    """Attribute rows of a layer (only the named fields that exist)."""
    if layer is None:
        return []
    present = [n for n in names if layer.fields().indexOf(n) >= 0]
    return [{n: plain_value(f[n]) for n in present} for f in layer.getFeatures()]


def region_key(value) -> str:
    """A region id as text, the same whichever layer holds it (vdto:hotspots writes 1, the per-region ranking "1")."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return "" if value is None else str(value).strip()


def region_name(key: str, label: Any) -> str:
    """The region as the map labels it (R1, regions.qml) with the name of its most violent municipality:
    the same in English and Spanish, so the bilingual public notice prints it unchanged."""
    short = f"R{key}" if key[:1].isdigit() else key
    return f"{short} ({label})" if label not in (None, "") else short


class BumpChart(QWidget):
    """Ranks over periods, one line per organisation (1 at the top): who climbs matters more than one order."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("vdto_cycle_bump_chart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.periods: List[str] = []
        self.lines: Dict[str, List[Optional[int]]] = {}
        self.max_rank = 8

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # narrow enough for a dock a third of a laptop screen wide, tall enough to tell eight ranks apart
        return QSize(240, 180)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(380, 220)

    def set_history(self, rows: List[Dict[str, Any]], top: int = 8) -> None:
        """Rows of vdto:rankinghistory; shows the organisations that reached the top ``top`` in the last periods."""
        from ..briefing.cycle_pages import bump_lines

        self.periods, self.lines = bump_lines(rows, top)
        self.max_rank = top
        tip = html.escape(tr("Rank per period of the organisations in the top {0} of the last periods (1 = most "
                             "violent).").format(top))
        if self.periods:   # the names the chart may have to shorten, whole
            last = sorted((ranks[-1], name) for name, ranks in self.lines.items()
                          if ranks and ranks[-1] is not None and ranks[-1] <= top)
            tip += "<br>" + html.escape(self.periods[-1]) + ": " + "; ".join(
                html.escape(f"{rank}. {name}") for rank, name in last)
        self.setToolTip(tip)
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
        # Laid out for a dock a third of a laptop screen wide (about 400 px, longer labels in Spanish): one column,
        # each list under the one before, actions in a two-column grid, long names elided with the whole text in
        # the tooltip, so nothing needs horizontal scrolling.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chart = BumpChart(self)
        layout.addWidget(self.chart)
        self.history_button = self._button(tr("Ranking over time"), tr("Rank per year with 1,000 bootstrap "
                                                                       "replicates (vdto:rankinghistory)."),
                                           "vdto_cycle_history", lambda: self.start_algorithm(HISTORY))
        layout.addWidget(self.history_button)
        self.zones_file = QgsFileWidget(self)
        self.zones_file.setObjectName("vdto_cycle_zones_file")
        self.zones_file.setFilter(tr("GeoPackage (*.gpkg)"))
        self.zones_file.setToolTip(tr("The zones GeoPackage whose targets table records designations and "
                                      "announcements (create it on the Zones page)."))
        self.zones_file.fileChanged.connect(lambda *_: self.refresh())
        layout.addWidget(self._caption(tr("Zones GeoPackage"), self.zones_file))
        layout.addWidget(self.zones_file)
        self.ranking = self._table(["rank", "organisation", "deaths", "tied_with"], "vdto_cycle_ranking",
                                   tr("The latest ranking; select an organisation to designate it."))
        layout.addWidget(self._caption(tr("Latest ranking (select one to designate it)"), self.ranking))
        layout.addWidget(self.ranking)
        self.next_list = QListWidget(self)
        self.next_list.setObjectName("vdto_cycle_next")
        self.next_list.setToolTip(tr("The ranking with the designated and announced organisations left out."))
        self.next_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.next_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.next_list.setMaximumHeight(self._rows_height(self.next_list, 5))
        layout.addWidget(self._caption(tr("Next most violent"), self.next_list))
        layout.addWidget(self.next_list)
        # where no organisation can be named: the violent regions (step 3), most homicides first
        self.regions: List[Dict[str, Any]] = []
        self._watched_regions = None     # the regions layer whose map selection the list follows
        self.region_combo = QComboBox(self)
        self.region_combo.setObjectName("vdto_cycle_region")
        self.region_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.region_combo.setMinimumContentsLength(12)   # a long name must not widen the dock
        self.region_combo.setToolTip(tr("The violent regions of step 3, most homicides first, with the organisation "
                                        "that leads each one (or none named); selecting a region on the map "
                                        "chooses it here."))
        layout.addWidget(self._caption(tr("Violent region (where no organisation can be named)"),
                                       self.region_combo))
        layout.addWidget(self.region_combo)
        # one date column (the announcement once announced, else the designation); every date and the criterion
        # are in the row's tooltip
        self.targets_table = self._table(["target", "status", "date"],
                                         "vdto_cycle_targets", tr("Targets of the zones GeoPackage; select one to "
                                                                  "announce it or measure its effect."))
        layout.addWidget(self._caption(tr("Targets (select one to announce it)"), self.targets_table))
        layout.addWidget(self.targets_table)
        actions = QGridLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        self.date = QgsDateEdit(self)
        self.date.setObjectName("vdto_cycle_date")
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate.currentDate())
        self.date.setToolTip(tr("Date of the designation or announcement."))
        date_label = QLabel(tr("Date"), self)
        date_label.setBuddy(self.date)
        date_label.setToolTip(self.date.toolTip())
        actions.addWidget(date_label, 0, 0)
        actions.addWidget(self.date, 0, 1)
        self.designate_button = self._button(tr("Designate"), tr("Designate the organisation selected in the "
                                                                 "ranking: written to the targets table at once."),
                                             "vdto_cycle_designate", self.designate)
        self.designate_region_button = self._button(tr("Designate region"),
                                                    tr("Designate the violent region chosen in the list (or "
                                                       "selected on the map): written to the targets table at once."),
                                                    "vdto_cycle_designate_region", self.designate_region)
        self.announce_button = self._button(tr("Announce"), tr("Mark the selected target announced on the date "
                                                               "given."), "vdto_cycle_announce", self.announce)
        self.effect_button = self._button(tr("Effect"), tr("Announcement effect of the selected target "
                                                           "(interrupted time series) and displacement per zone."),
                                          "vdto_cycle_effect", self.measure)
        self.page_button = self._button(tr("Cycle page (PDF)"), tr("The cycle briefing page: ranking over time, the "
                                                                   "target, the announcement effect and "
                                                                   "displacement (vdto:cyclebriefing)."),
                                        "vdto_cycle_page", lambda: self.start_algorithm(CYCLE_PAGE))
        self.notice_button = self._button(tr("Public notice (PDF)"), tr("The one-page public notice of the selected "
                                                                        "target's announcement, with none of the "
                                                                        "intelligence (vdto:publicnotice)."),
                                          "vdto_cycle_notice", self.notice)
        # in the order of the cycle: designate (an organisation or a region), announce, measure, then the two papers
        grid = (self.designate_button, self.designate_region_button, self.announce_button, self.effect_button,
                self.page_button, self.notice_button)
        for i, button in enumerate(grid):
            actions.addWidget(button, 1 + i // 2, i % 2)
        actions.setColumnStretch(0, 1)
        actions.setColumnStretch(1, 1)
        layout.addLayout(actions)
        self.message = QLabel(self)
        self.message.setObjectName("vdto_cycle_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setOpenExternalLinks(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        # a long path or name must wrap or be cut at the dock's edge, never widen the dock (its tooltip has it all)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.message)
        self._queue: List[str] = []
        roles_changed = getattr(context, "rolesChanged", None)
        if roles_changed is not None:    # step 3 ran again, or a project was loaded: new regions
            roles_changed.connect(self.refresh_regions)

    # ------------------------------------------------------------------ building helpers
    # columns that hold names (they take the room left and are elided, whole in the tooltip); the others fit their
    # contents (ranks, figures, statuses, dates)
    TEXT_COLUMNS = ("organisation", "target", "tied_with")

    @staticmethod
    def _headers() -> Dict[str, tuple]:
        """Each column's header and its tooltip (literal tr() calls, so the translation tools see them)."""
        return {"rank": (tr("rank"), tr("1 = most violent in the latest period.")),
                "organisation": (tr("organisation"), ""),
                "target": (tr("target"), tr("The designated organisation, or the violent region where no "
                                            "organisation can be named.")),
                "deaths": (tr("deaths"), ""),
                "tied_with": (tr("tied with"), tr("Organisations whose rank lies within this one's bootstrap "
                                                  "interval: the order between them is not certain.")),
                "status": (tr("status"), tr("designated, announced or withdrawn.")),
                "date": (tr("date"), tr("The announcement date once announced, else the designation date."))}

    @staticmethod
    def _row_tip(row: Dict[str, Any]) -> str:
        """A target's (or a ranked organisation's) dates, criterion and id, one per line."""
        labels = (("designated_on", tr("designated on")), ("announced_on", tr("announced on")),
                  ("criterion", tr("criterion")), ("target_id", tr("target")))
        return "\n".join(f"{label}: {row[key]}" for key, label in labels if row.get(key) not in (None, ""))

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        caption = QLabel(text, self)
        caption.setWordWrap(True)
        caption.setBuddy(buddy)
        caption.setToolTip(buddy.toolTip())
        return caption

    @staticmethod
    def _rows_height(view, rows: int) -> int:
        """Height of ``rows`` text lines in a list or table (with its frame and header)."""
        if hasattr(view, "verticalHeader"):
            line = view.verticalHeader().defaultSectionSize()
            header = view.horizontalHeader().sizeHint().height()
        else:
            line, header = view.fontMetrics().height() + 2, 0
        return rows * line + header + 2 * view.frameWidth() + 6

    def _table(self, columns: List[str], name: str, tooltip: str) -> QTableWidget:
        table = QTableWidget(0, len(columns), self)
        table.setObjectName(name)
        headers = self._headers()
        for c, column in enumerate(columns):
            text, tip = headers[column]
            header = QTableWidgetItem(text)
            if tip:
                header.setToolTip(tip)
            table.setHorizontalHeaderItem(c, header)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setToolTip(tooltip)
        table.setProperty("columns", columns)
        table.verticalHeader().setVisible(False)   # the rank column numbers the rows
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)   # compact rows
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = table.horizontalHeader()
        header.setMinimumSectionSize(36)
        header.setHighlightSections(False)
        for c, column in enumerate(columns):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if column in self.TEXT_COLUMNS
                                        else QHeaderView.ResizeMode.ResizeToContents)
        table.setFixedHeight(self._rows_height(table, 3))
        return table

    def _button(self, text: str, tooltip: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tooltip)
        button.clicked.connect(slot)
        return button

    def _fill(self, table: QTableWidget, rows: List[Dict[str, Any]]) -> None:
        columns = table.property("columns")
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            row_tip = self._row_tip(row)
            for c, column in enumerate(columns):
                value = row.get(column)
                if column == "target":
                    value = row.get("organisation") or row.get("region")   # a region target has no organisation
                if column == "date":
                    value = row.get("announced_on") or row.get("designated_on")
                elif column == "status" and value:
                    value = tr(str(value))   # as the targets form shows it
                if isinstance(value, float):
                    value = f"{value:,.0f}"
                item = QTableWidgetItem("" if value is None else str(value))
                if row_tip:        # a target: its dates, criterion and id
                    item.setToolTip(row_tip if column not in ("organisation", "target") else f"{value}\n{row_tip}")
                elif value not in (None, ""):
                    item.setToolTip(str(value))   # the whole name when the column elides it
                if column not in CyclePanel.TEXT_COLUMNS:
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                                          if column in ("rank", "deaths") else
                                          int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter))
                table.setItem(r, c, item)
        # a name column with nothing in it (no ties) keeps only its header's width: the room goes to the names
        header = table.horizontalHeader()
        for c, column in enumerate(columns):
            if column in CyclePanel.TEXT_COLUMNS:
                empty = all(not (table.item(r, c) and table.item(r, c).text()) for r in range(len(rows)))
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents if empty and
                                            column == "tied_with" else QHeaderView.ResizeMode.Stretch)
        # as tall as its rows (3 to 7), so the page does not grow for an empty table
        table.setFixedHeight(self._rows_height(table, min(max(len(rows), 3), 7)))

    # ------------------------------------------------------------------ state
    def zones_path(self) -> str:
        path = self.zones_file.filePath().strip()
        if path:
            return path
        return self._zones_layer_path()

    def _zones_layer_path(self) -> str:
        """The GeoPackage of the analysis's zones layer (used when no file is chosen here)."""
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
        fallback = self._zones_layer_path()   # say which file is used when none is chosen here
        self.zones_file.lineEdit().setPlaceholderText(fallback or tr("Choose the zones GeoPackage"))
        self.zones_file.lineEdit().setToolTip(fallback if not self.zones_file.filePath() else "")
        path = self.zones_path()
        if path:
            try:
                from ..qgis_bridge.targets_table import TargetRefused, TargetStore

                self.targets = TargetStore.open(path).rows()
            except TargetRefused as error:
                self.say(str(error), error=True)
        self._fill(self.targets_table, self.targets)
        designated = [t["organisation"] for t in self.targets
                      if t.get("organisation") and t.get("status") in ACTIVE_STATUSES]
        self.next_list.clear()
        if ranking:
            import pandas as pd

            rest = next_most_violent(pd.DataFrame(ranking)[["organisation", "rank"]], designated)
            for row in rest.head(5).itertuples():
                item = QListWidgetItem(f"{int(row.next_rank)}. {row.organisation}")
                item.setToolTip(str(row.organisation))
                self.next_list.addItem(item)
        self.refresh_regions()

    # ------------------------------------------------------------------ violent regions
    def region_rows(self) -> List[Dict[str, Any]]:
        """The violent regions (vdto:hotspots' REGIONS), most homicides first (``rank`` of ``of``), each with its
        per-region lead (vdto:rankvdtos' OUTPUT_REGIONS, rank 1; tied leaders all in ``leaders``) under "lead" when
        that ranking is loaded."""
        regions = layer_rows(self.context.layer("regions"),
                             ["region_id", "label", "n_munis", "homicides", "share", "period_start", "period_end"])
        leads: Dict[str, Dict[str, Any]] = {}
        for row in layer_rows(self.context.layer("region_ranking"),
                              ["region_id", "organisation", "rank", "region_targeted", "top_share", "target",
                               "period_start", "period_end"]):
            if row.get("rank") != 1:
                continue
            key = region_key(row.get("region_id"))
            lead = leads.setdefault(key, dict(row, leaders=[]))
            if row.get("organisation"):
                lead["leaders"].append(str(row["organisation"]))
        rows = []
        for region in regions:
            key = region_key(region.get("region_id"))
            if key:
                rows.append(dict(region, key=key, name=region_name(key, region.get("label")), lead=leads.get(key)))

        def order(row):   # vdto:hotspots numbers the regions by homicides, 1 the most
            return (0, int(row["key"]), "") if row["key"].isdigit() else (1, 0, row["key"])
        rows.sort(key=order)
        for rank, row in enumerate(rows, start=1):
            row.update(rank=rank, of=len(rows))
        return rows

    def _period_text(self, row: Dict[str, Any]) -> str:
        start, end = row.get("period_start"), row.get("period_end")
        if start and end:
            return f"{start} – {end}"
        analysis = getattr(self.context, "analysis", None)
        return analysis.period_label() if analysis is not None else tr("period not recorded")

    def region_criterion(self, region: Dict[str, Any]) -> str:
        """The rule in words with its periods, as for an organisation (the public notice prints it): the region's
        rank by homicides in the counts' period and, with the per-region ranking, why no organisation is named (or
        who leads it) in the events' period."""
        text = tr("Violent region {0}: rank {1} of {2} violent regions by homicides in {3}, {4} contiguous hot-spot "
                  "municipalities with {5:,.0f} homicides ({6:.1%} of all homicides in the municipalities "
                  "analysed).").format(
            region["name"], region.get("rank"), region.get("of"), self._period_text(region),
            int(region.get("n_munis") or 0), float(region.get("homicides") or 0.0), float(region.get("share") or 0.0))
        lead = region.get("lead")
        if lead:
            share, period = float(lead.get("top_share") or 0.0), self._period_text(lead)
            if lead.get("region_targeted"):
                text += " " + tr("No organisation can be named: the most violent holds {0:.1%} of its attributed "
                                 "deaths in {1}.").format(share, period)
            elif lead["leaders"]:
                text += " " + tr("Led by {0} with {1:.1%} of its attributed deaths in {2}.").format(
                    "; ".join(lead["leaders"]), share, period)
        return text

    def _region_target(self, name: str) -> Optional[Dict[str, Any]]:
        """The designated or announced target of the region ``name``, if any."""
        return next((t for t in self.targets if t.get("region") == name and t.get("status") in ACTIVE_STATUSES),
                    None)

    def refresh_regions(self) -> None:
        """Reread the violent regions into the list (keeping the chosen one) and follow the regions layer's map
        selection."""
        chosen = self.region_combo.currentData()
        self.regions = self.region_rows()
        self.region_combo.blockSignals(True)
        self.region_combo.clear()
        for region in self.regions:
            lead = region.get("lead") or {}
            parts = [region["name"], f"{float(region.get('share') or 0.0):.1%}"]
            if lead:
                parts.append(tr("no organisation named") if lead.get("region_targeted") else str(lead.get("target")))
            target = self._region_target(region["name"])
            if target is not None:
                parts.append(tr(str(target["status"])))
            self.region_combo.addItem(" · ".join(parts), region["key"])
            self.region_combo.setItemData(self.region_combo.count() - 1, self.region_criterion(region),
                                          Qt.ItemDataRole.ToolTipRole)
        index = self.region_combo.findData(chosen) if chosen is not None else -1
        self.region_combo.setCurrentIndex(index if index >= 0 else (0 if self.regions else -1))
        self.region_combo.blockSignals(False)
        self.region_combo.setEnabled(bool(self.regions))
        self._watch_regions(self.context.layer("regions"))
        if self._watched_regions is not None and self._watched_regions.selectedFeatureCount():
            self._region_selected_on_map()

    def _watch_regions(self, layer) -> None:
        if layer is self._watched_regions:
            return
        if self._watched_regions is not None:
            try:
                self._watched_regions.selectionChanged.disconnect(self._region_selected_on_map)
            except (RuntimeError, TypeError):   # the layer was removed, or never connected
                pass
        self._watched_regions = layer
        if layer is not None:
            layer.selectionChanged.connect(self._region_selected_on_map)

    def _region_selected_on_map(self, selected=None, *_args) -> None:
        """A region selected on the map (the last one clicked) becomes the list's choice."""
        layer = self._watched_regions
        try:
            ids = list(selected or []) or sorted(layer.selectedFeatureIds())
        except RuntimeError:     # the layer was deleted
            return
        if not ids or layer.fields().indexOf("region_id") < 0:
            return
        index = self.region_combo.findData(region_key(plain_value(layer.getFeature(ids[-1])["region_id"])))
        if index >= 0:
            self.region_combo.setCurrentIndex(index)

    def chosen_region(self) -> Optional[Dict[str, Any]]:
        key = self.region_combo.currentData()
        return next((r for r in self.regions if r["key"] == key), None)

    def say(self, text: str, error: bool = False, rich: bool = False) -> None:
        """Show a sentence under the buttons (plain text unless ``rich``); the whole of it is also its tooltip."""
        self.message.setStyleSheet("color: #b00020;" if error else "")
        shown = text if rich else html.escape(text).replace("\n", "<br>")
        self.message.setText(shown)
        self.message.setToolTip(shown)

    def said(self, path: str) -> str:
        """A written file as a link that opens it (its name, so a long path never widens the dock)."""
        import os

        url = QUrl.fromLocalFile(path).toString()
        return f'<a href="{html.escape(url, quote=True)}">{html.escape(os.path.basename(path) or path)}</a>'

    # ------------------------------------------------------------------ actions
    def _selected(self, table: QTableWidget, rows: List[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
        selected = table.selectionModel().selectedRows() if table.selectionModel() else []
        return rows[selected[0].row()] if selected and selected[0].row() < len(rows) else None

    def _designate(self, values: Dict[str, Any]) -> Optional[dict]:
        """Run vdto:designatetarget now (one row written; no task needed) and report its sentence.

        ``values`` name the parameters by the algorithm's class constants; a name it does not declare raises
        :class:`.tasks.UndeclaredParameters`, as for every task the dock runs."""
        from pathlib import Path

        from .tasks import prepare_parameters

        algorithm = QgsApplication.processingRegistry().createAlgorithmById(DESIGNATE)
        if algorithm is None:
            self.say(tr("The algorithm {0} is not available: enable the VDTO Targeting provider.").format(DESIGNATE),
                     error=True)
            return None
        parameters, _created = prepare_parameters(algorithm, values, Path(QgsProcessingUtils.tempFolder()),
                                                  "designate")
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        try:
            results, ok = algorithm.run(parameters, context, QgsProcessingFeedback())
        except Exception as error:  # a refusal is shown to the analyst, never lost
            self.say(str(error), error=True)
            return None
        self.refresh()
        return results if ok else None

    def date_text(self) -> str:
        """The cycle's date (designation, announcement) as ISO text."""
        return self.date.date().toString(Qt.DateFormat.ISODate)

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
        results = self._designate({Designate.ZONES_FILE: path, Designate.ORGANISATION: row["organisation"],
                                   Designate.STATUS: DESIGNATED, Designate.DATE: self.date_text(),
                                   Designate.CRITERION: criterion})
        if results:
            self.say(tr("{0} designated ({1}).").format(row["organisation"], results.get(Designate.TARGET_ID)))

    def designate_region(self) -> None:
        """Designate the chosen violent region: the target where no organisation can be named."""
        path = self.zones_path()
        if not path:
            self.say(tr("Choose the zones GeoPackage first (create one on the Zones page)."), error=True)
            return
        if not self.regions:
            self.say(tr("No violent regions: run step 3, 'Find hotspots and violent regions', first."), error=True)
            return
        region = self.chosen_region()
        if region is None:
            self.say(tr("Choose a violent region in the list (or select one on the map) to designate it."),
                     error=True)
            return
        current = self._region_target(region["name"])
        if current is not None:
            self.say(tr("{0} is already {1} ({2}): select it in the targets table to announce it.").format(
                region["name"], tr(str(current["status"])), current["target_id"]), error=True)
            return
        results = self._designate({Designate.ZONES_FILE: path, Designate.REGION: region["name"],
                                   Designate.STATUS: DESIGNATED, Designate.DATE: self.date_text(),
                                   Designate.CRITERION: self.region_criterion(region)})
        if results:
            self.say(tr("{0} designated ({1}).").format(region["name"], results.get(Designate.TARGET_ID)))

    def announce(self) -> None:
        target = self._selected(self.targets_table, self.targets)
        if target is None:
            self.say(tr("Select a target to announce."), error=True)
            return
        results = self._designate({Designate.ZONES_FILE: self.zones_path(), Designate.TARGET_ID: target["target_id"],
                                   Designate.STATUS: ANNOUNCED, Designate.DATE: self.date_text()})
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
        if not target.get("organisation"):   # a region: no organisation's series to model, its zones' displacement
            if not self.zones_path() or self.context.layer("municipalities") is None:
                self.say(tr("A region's announcement is judged by displacement per zone: choose the zones "
                            "GeoPackage and the analysis's municipalities first."), error=True)
                return
            self.say(tr("Displacement per zone around the announcement of {0}:").format(target.get("region")))
            self.start_algorithm(DISPLACEMENT)
            return
        self.start_algorithm(ANNOUNCE_EFFECT)

    def notice(self) -> None:
        if not self.zones_path():
            self.say(tr("Choose the zones GeoPackage first (create one on the Zones page)."), error=True)
            return
        self.noticed = self._selected(self.targets_table, self.targets)
        self.start_algorithm(NOTICE)

    # ------------------------------------------------------------------ the page's hooks
    def values(self, algorithm_id: str, common: Dict[str, Any]) -> Dict[str, Any]:
        from ..definitions import (DEFAULT_CATCHMENT_KM, DEFAULT_HISTORY_BOOTSTRAP, DEFAULT_HISTORY_INTERVAL,
                                   DEFAULT_HISTORY_SEED)

        target = getattr(self, "measured", None) or {}
        if algorithm_id == HISTORY:
            return dict(common, **{History.INTERVAL: DEFAULT_HISTORY_INTERVAL.value,
                                   History.BOOTSTRAP: DEFAULT_HISTORY_BOOTSTRAP, History.SEED: DEFAULT_HISTORY_SEED})
        if algorithm_id == ANNOUNCE_EFFECT:
            from .tasks import CREATE

            # the months around the announcement, not the ranking's period: START/END stay open
            return dict(common, **{Effect.START: None, Effect.END: None,
                                   Effect.ORGANISATION: target.get("organisation") or "",
                                   Effect.ANNOUNCED: target.get("announced_on"), Effect.OUTPUT_CHART: None,
                                   Effect.OUTPUT: CREATE,
                                   Effect.MUNICIPALITIES: self.context.layer("municipalities")})
        if algorithm_id == CYCLE_PAGE:
            return {CyclePage.HISTORY: self.context.layer("ranking_history"),
                    CyclePage.ZONES_FILE: self.zones_path() or None, CyclePage.TARGET_ID: target.get("target_id"),
                    CyclePage.EFFECT: self.context.layer("announcement_effect"),
                    CyclePage.DISPLACEMENT: self.context.layer("displacement")}
        if algorithm_id == NOTICE:
            chosen = getattr(self, "noticed", None) or {}
            return {Notice.ZONES_FILE: self.zones_path(), Notice.TARGET_ID: chosen.get("target_id")}
        if algorithm_id == DISPLACEMENT:
            path = self.zones_path()
            return {Displacement.ZONES: f"{path}|layername=zones" if path else None,
                    Displacement.EVENTS: common.get(Displacement.EVENTS),
                    Displacement.DEATHS_FIELD: common.get(Displacement.DEATHS_FIELD),
                    Displacement.ANNOUNCED: target.get("announced_on"),
                    Displacement.CATCHMENT_KM: DEFAULT_CATCHMENT_KM,
                    Displacement.MUNICIPALITIES: self.context.layer("municipalities"), Displacement.MONTHS: 12}
        return common

    def on_finished(self, algorithm_id: str, outcome: dict) -> Optional[str]:
        """Show the outcome; returns the next algorithm to run (displacement after the effect), if any."""
        layers, results = outcome.get("layers", {}), outcome.get("results", {})
        if algorithm_id == HISTORY and History.OUTPUT in layers:
            self.context.set_role("ranking_history", layers[History.OUTPUT])
            self.refresh()
        elif algorithm_id == ANNOUNCE_EFFECT:
            if Effect.OUTPUT in layers:
                self.context.set_role("announcement_effect", layers[Effect.OUTPUT])
            self.say(str(results.get("VERDICT_TEXT", "")))
            if self.zones_path() and self.context.layer("municipalities") is not None:
                return DISPLACEMENT
        elif algorithm_id in (CYCLE_PAGE, NOTICE):
            path = str(results.get(Notice.OUTPUT) or "")
            self.say(html.escape(tr("Written: {0}")).format(self.said(path) if path else ""), rich=True)
            self.message.setToolTip(html.escape(path))
        elif algorithm_id == DISPLACEMENT and Displacement.OUTPUT in layers:
            self.context.set_role("displacement", layers[Displacement.OUTPUT])
            verdicts = layer_rows(layers[Displacement.OUTPUT], ["name", "verdict_text", "wdq"])
            lines = [html.escape(f"{r['name']}: {r['verdict_text']}" + (f" (WDQ {r['wdq']:.2f})"
                                                                        if isinstance(r.get("wdq"), float) else ""))
                     for r in verdicts]
            self.say(self.message.text() + "<br>" + "<br>".join(lines), rich=True)
        return None
