"""Step 5 — Enforcement zones: the zones panel (drawing, live figures) and the zone statistics run.

One set of inputs: the zones file, events, deaths field, municipalities, study area and period are the analysis's
(top of the dock), shared by the panel's live figures and the statistics run; this step adds only the population
field and the port distance. The panel follows its zones layer wherever it changes: the panel's own edits, the
attribute table (on commit), and other writers of the same GeoPackage such as ``vdto:bufferzone`` in the Processing
toolbox (a file watcher on the GeoPackage and its write-ahead log).
"""
from __future__ import annotations

import os
from typing import Any, Dict

from qgis.core import QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import QFileSystemWatcher, Qt, QTimer
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QHeaderView, QLabel

from ... import qgis_compat as compat
from ...definitions import PLUGIN_NAME
from .base import StepPage

STATISTICS = "vdto:zonestatistics"
# Columns of the panel's table shown at laptop width; the others go into each row's tooltip (the area too: at a third
# of a laptop screen the zone names need its room, and PAI already accounts for it).
SHOWN_COLUMNS = ("name", "events", "deaths", "share", "pai")


class ZonesPage(StepPage):
    """Embeds the zones panel; Run computes ``vdto:zonestatistics`` (PAI, shares, concentration curve)."""

    STEP = "zones"
    ALGORITHMS = (STATISTICS,)

    def build(self) -> None:
        self.panel = None
        try:
            from ..zones_panel import ZonesPanel
        except ImportError as error:  # e.g. a Qt class that moved module: say so, in the page and in the log
            ZonesPanel = None  # noqa: N806 - the class, when importable
            problem = self.tr("The zone drawing panel could not be loaded ({0}); zone figures can still be "
                              "computed below. Please report this with your QGIS version.").format(error)
            QgsMessageLog.logMessage(problem, PLUGIN_NAME, compat.CRITICAL)
            warning = QLabel(problem, self)
            warning.setWordWrap(True)
            self.form.addRow(warning)
        if ZonesPanel is not None:
            self.panel = ZonesPanel(self.iface, self)
            self.panel.setObjectName("VdtoZonesPanel")
            self.layout_.addWidget(self.panel)
            if hasattr(self.panel, "zonesChanged"):
                self.panel.zonesChanged.connect(self._zones_changed)
        else:
            note = QLabel(self.tr("Draw zones in a polygon layer with the zones schema, then compute their figures "
                                  "here."), self)
            note.setWordWrap(True)
            self.form.addRow(note)
        analysis = self.context.analysis
        self.population = self.add_field(
            "population_field", self.tr("Population field"),
            self.tr("Population of the analysis's municipalities (for the people living in each zone); empty: "
                    "not shown."), analysis.municipalities, compat.FIELD_FILTER_NUMERIC)
        self.port_km = self.add_spin("port_km", self.tr("Ports within"),
                                     self.tr("Ports of entry closer than this to a zone are listed with it."), 0,
                                     1000, 25, 5, self.tr(" km"), 1)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._file_touched)
        self._watcher.directoryChanged.connect(self._file_touched)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(250)
        self._reload_timer.timeout.connect(self.reload_zones)
        # typing a date changes the analysis on every key: the panel re-reads the events once typing pauses
        self._push_timer = QTimer(self)
        self._push_timer.setSingleShot(True)
        self._push_timer.setInterval(300)
        self._push_timer.timeout.connect(self.push_inputs)
        # a zones file typed by hand is opened (or created) once typing pauses, not at every key
        self._file_timer = QTimer(self)
        self._file_timer.setSingleShot(True)
        self._file_timer.setInterval(800)
        self._file_timer.timeout.connect(lambda: self._zones_file_chosen(self.context.analysis.zones_path()))
        if self.panel is not None:
            self._adapt_panel()
            analysis.zones_file.fileChanged.connect(self._zones_file_edited)
            analysis.changed.connect(self._push_timer.start)
            self.population.fieldChanged.connect(self.push_inputs)
            self.port_km.valueChanged.connect(self.push_inputs)
            self.context.rolesChanged.connect(self.push_inputs)
            self._zones_file_chosen(analysis.zones_path())
            self.push_inputs()

    # -------------------------------------------------------------- the panel follows the analysis
    def _adapt_panel(self) -> None:
        """The panel's own "Figures from" inputs are the analysis's: hide them and drive them from here."""
        panel = self.panel
        box = panel.events_combo.parentWidget()
        if box is not None and box is not panel:
            box.hide()
        panel.folder_for_dialogs = self.context.analysis.folder_path
        panel.zones_path_chosen = self._panel_chose_file
        self._narrow_drawing_tools()
        table = panel.table
        header = table.horizontalHeader()
        from ..zones_panel import TABLE_COLUMNS

        for index, column in enumerate(TABLE_COLUMNS):
            table.setColumnHidden(index, column not in SHOWN_COLUMNS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TABLE_COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().setVisible(False)   # row numbers: the room goes to the zone names
        panel.zonesChanged.connect(self._zones_changed)

    def _narrow_drawing_tools(self) -> None:
        """The panel's drawing tools in two columns, so the page fits a third of a 1280-pixel screen."""
        from qgis.PyQt.QtWidgets import QComboBox, QGridLayout, QPushButton

        panel = self.panel
        group = panel.draw_button.parentWidget()
        grid = group.layout() if group is not None else None
        if not isinstance(grid, QGridLayout):
            return
        selection = next((b for b in group.findChildren(QPushButton)
                          if b not in (panel.draw_button, panel.circle_button)), None)
        # each row at most one button beside one small field, so Spanish labels fit too
        placed = [(panel.draw_button, 0, 0, 1, 2), (panel.circle_button, 1, 0, 1, 1), (panel.radius, 1, 1, 1, 1),
                  (panel.source_combo, 2, 0, 1, 1), (panel.buffer, 2, 1, 1, 1)]
        if selection is not None:
            placed.append((selection, 3, 0, 1, 2))
        for widget, *_cell in placed:
            grid.removeWidget(widget)
        for widget, row, column, rows, columns in placed:
            grid.addWidget(widget, row, column, rows, columns)
        panel.source_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        panel.source_combo.setMinimumContentsLength(12)
        grid.setColumnStretch(0, 1)
        # the zones file on its own line, its New / Open / Workspace buttons under it
        files = panel.layout().itemAt(0).layout() if panel.layout() is not None and panel.layout().count() else None
        if files is not None and files.indexOf(panel.path_edit) >= 0:
            files.removeWidget(panel.path_edit)
            panel.layout().insertWidget(0, panel.path_edit)
        panel.path_edit.setToolTip(self.tr("The zones GeoPackage (or team workspace) the zones are drawn in."))
        # the figures line wraps rather than widening the dock
        panel.gini_label.setWordWrap(True)
        panel.radius.setToolTip(self.tr("Radius of the circle drawn around a clicked point."))
        panel.buffer.setToolTip(self.tr("Buffer around the selected features (needed for a corridor line)."))

    def push_inputs(self, *_args) -> None:
        """Events of the period, deaths field, municipalities, population field, ports and distance to the panel."""
        panel = self.panel
        if panel is None:
            return
        analysis = self.context.analysis
        events = self._period_events()
        widgets = (panel.events_combo, panel.deaths_combo, panel.munis_combo, panel.pop_combo, panel.ports_combo,
                   panel.port_km)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for combo in (panel.events_combo, panel.munis_combo, panel.ports_combo):
                combo.setAllowEmptyLayer(True)
            panel.events_combo.setExceptedLayerList([])
            panel.events_combo.setAdditionalLayers([events] if events is not None else [])
            panel.events_combo.setLayer(events)
            panel.deaths_combo.setLayer(events)
            panel.deaths_combo.setField(analysis.deaths_field())
            munis = analysis.layer("study_area")
            panel.munis_combo.setLayer(munis)
            panel.pop_combo.setLayer(munis)
            panel.pop_combo.setField(self.population.currentField()
                                     if munis is analysis.municipalities.currentLayer() else "")
            panel.ports_combo.setLayer(self.context.layer("ports"))
            panel.port_km.setValue(self.port_km.value())
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        panel._inputs_changed()
        self._decorate_rows()

    def _period_events(self):
        """The analysis's events of its period (a memory copy, cached until the events, field or period change)."""
        from qgis.core import QgsFeatureRequest

        from ..analysis import period_feature_ids

        analysis = self.context.analysis
        events = analysis.layer("events")
        if events is None:
            return None
        start, end = analysis.period()
        key = (events.id(), events.source(), events.featureCount(), analysis.deaths_field(), start, end)
        if getattr(self, "_period_key", None) == key and self._period_layer is not None:
            return self._period_layer
        ids = period_feature_ids(events, start, end)
        request = QgsFeatureRequest()
        if ids is not None:
            request.setFilterFids(ids)
        copy = events.materialize(request)
        copy.setName(self.tr("{0} ({1})").format(events.name(), analysis.period_label()))
        self._period_key, self._period_layer = key, copy
        return copy

    def _decorate_rows(self) -> None:
        """Every column hidden at laptop width is still in the row's tooltip."""
        from ..zones_panel import TABLE_COLUMNS

        table = self.panel.table
        headers = [table.horizontalHeaderItem(i).text() if table.horizontalHeaderItem(i) else c
                   for i, c in enumerate(TABLE_COLUMNS)]
        for row in range(table.rowCount()):
            lines = []
            for index, _column in enumerate(TABLE_COLUMNS):
                item = table.item(row, index)
                if item is not None and item.text():
                    lines.append(f"{headers[index]}: {item.text()}")
            tip = "\n".join(lines)
            for index in range(len(TABLE_COLUMNS)):
                item = table.item(row, index)
                if item is not None:
                    item.setToolTip(tip)
            flags = table.item(row, TABLE_COLUMNS.index("flags"))
            name = table.item(row, TABLE_COLUMNS.index("name"))
            if name is not None:  # the flags column is hidden at laptop width: a warning sign says "read the tip"
                name.setIcon(QgsApplication.getThemeIcon("/mIconWarning.svg") if flags is not None and flags.text()
                             else QIcon())

    # -------------------------------------------------------------- the zones file
    def _zones_file_edited(self, path: str) -> None:
        """Restored with the project or chosen in the dialog: at once; typed: when typing pauses."""
        line = self.context.analysis.zones_file.lineEdit()
        if self.state.restoring() or line is None or not line.hasFocus():
            self._file_timer.stop()
            self._zones_file_chosen(path)
        else:
            self._file_timer.start()

    def _zones_file_chosen(self, path: str) -> None:
        """Open (or create) the analysis's zones file in the panel; a file gone since the project was saved waits."""
        panel = self.panel
        key = "analysis/zones_file"
        if not path:
            self.state.set_problem(key, "")
            return
        current = panel.path_edit.text() if panel is not None else ""
        if os.path.normcase(os.path.abspath(current or "")) == os.path.normcase(os.path.abspath(path)) and \
                panel.layer is not None:
            return
        restoring = self.state.restoring()
        if restoring and not os.path.exists(path):
            self.state.set_problem(key, self.tr("{0} no longer exists: find it, or choose a new zones file, in "
                                                "the analysis.").format(path))
            return
        self.state.set_problem(key, "")
        if panel.set_zones_path(path):
            self._watch(path)
            self.push_inputs()

    def _panel_chose_file(self, path: str) -> None:
        """New…/Open… in the panel: the analysis's zones file follows."""
        analysis = self.context.analysis
        if analysis.zones_path() != path:
            analysis.zones_file.setFilePath(path)
        else:
            self._watch(path)

    def _watch(self, path: str) -> None:
        old = self._watcher.files() + self._watcher.directories()
        if old:
            self._watcher.removePaths(old)
        folder = os.path.dirname(os.path.abspath(path))
        paths = [p for p in (path, path + "-wal") if os.path.exists(p)] + [folder]
        self._watcher.addPaths(paths)
        self._watched = path

    def _file_touched(self, *_args) -> None:
        path = getattr(self, "_watched", "")
        if path and os.path.exists(path + "-wal") and path + "-wal" not in self._watcher.files():
            self._watcher.addPath(path + "-wal")
        if path and os.path.exists(path) and path not in self._watcher.files():
            self._watcher.addPath(path)  # rewritten files drop out of the watch list
        self._reload_timer.start()

    def reload_zones(self) -> None:
        """Another writer changed the zones file: read it again and refresh the figures at once."""
        panel = self.panel
        layer = getattr(panel, "layer", None) if panel is not None else None
        if layer is None:
            return
        try:
            layer.dataProvider().reloadData()
        except RuntimeError:
            return
        layer.triggerRepaint()
        panel.refresh()
        self._decorate_rows()

    def adopt_roles(self) -> None:
        self.push_inputs()

    def run_text(self) -> str:
        return self.tr("Compute zone figures (PAI)")

    def _zones_changed(self, *_args) -> None:
        self._decorate_rows()

    def values(self, algorithm_id: str) -> Dict[str, Any]:
        if self._push_timer.isActive():  # the panel shows the same inputs as the run
            self._push_timer.stop()
            self.push_inputs()
        analysis = self.context.analysis
        study = analysis.layer("study_area")
        return {
            "ZONES": analysis.zones_layer(), "EVENTS": analysis.layer("events"),
            "DEATHS_FIELD": analysis.deaths_field() or None,
            "MUNICIPALITIES": study,
            "POPULATION_FIELD": (self.population.currentField() or None)
            if study is analysis.municipalities.currentLayer() else None,
            "PORT_DISTANCE_KM": self.port_km.value(),
        }

    def on_finished(self, algorithm_id: str, outcome: dict) -> None:
        layer = outcome.get("layers", {}).get("OUTPUT")
        if layer is not None:
            self.context.set_role("zone_figures", layer)

    def shutdown(self) -> None:
        super().shutdown()
        self._reload_timer.stop()
        self._push_timer.stop()
        self._file_timer.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
        if self.panel is not None and hasattr(self.panel, "shutdown"):
            self.panel.shutdown()
