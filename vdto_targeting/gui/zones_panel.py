"""The dock's "Zones" page: choose the zones GeoPackage, draw and edit zones, and watch their figures live.

Every edit is written to disk by :class:`ZoneStore` before the panel updates (no edit buffer to lose in a crash) and
goes on an undo stack of its own, so "undo" is itself another committed write.  Figures refresh synchronously after
each edit: the study area (events, municipalities) is indexed once and each zone's raw figures are cached by its
outline, so a refresh of 20 zones costs tens of milliseconds.
"""
from __future__ import annotations

import time
from typing import Dict, List, Optional

from qgis.core import (QgsCoordinateReferenceSystem, QgsExpression, QgsFeatureRequest, QgsGeometry, QgsProject,
                       QgsVectorLayer)
from qgis.gui import QgsDateEdit, QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QDate, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (QAbstractItemView, QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout,
                                 QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidget,
                                 QTableWidgetItem, QVBoxLayout, QWidget)

try:  # Qt 6 (QGIS 4): QtGui, which QGIS's Qt 6 shim does not re-export through QtWidgets
    from qgis.PyQt.QtGui import QUndoCommand, QUndoStack
except ImportError:  # Qt 5 (QGIS 3); a failure here propagates: the dock reports it
    from qgis.PyQt.QtWidgets import QUndoCommand, QUndoStack

from .. import qgis_compat as qc
from ..definitions import ZONE_BASES, ZONE_STATUSES
from ..i18n import QT_TRANSLATE_NOOP, tr

# Column keys, shown through ``tr`` (context "@default") as the table's headers.
TABLE_COLUMNS = [
    QT_TRANSLATE_NOOP("@default", "name"), QT_TRANSLATE_NOOP("@default", "status"),
    QT_TRANSLATE_NOOP("@default", "events"), QT_TRANSLATE_NOOP("@default", "deaths"),
    QT_TRANSLATE_NOOP("@default", "share"), QT_TRANSLATE_NOOP("@default", "area_km2"),
    QT_TRANSLATE_NOOP("@default", "pai"), QT_TRANSLATE_NOOP("@default", "munis"),
    QT_TRANSLATE_NOOP("@default", "population"), QT_TRANSLATE_NOOP("@default", "organisations"),
    QT_TRANSLATE_NOOP("@default", "ports"), QT_TRANSLATE_NOOP("@default", "corridors"),
    QT_TRANSLATE_NOOP("@default", "flags")]


# ----------------------------------------------------------------------------------------------- undo commands
class _ZoneCommand(QUndoCommand):
    """Base: commands find their zone by ``zone_id`` (fids change when a deleted zone is restored)."""

    def __init__(self, panel: "ZonesPanel", text: str) -> None:
        super().__init__(text)
        self.panel = panel

    def guarded(self, action) -> None:
        """Run a store write; a refusal (a workspace conflict, a lost server) is shown, not raised out of Qt."""
        from ..qgis_bridge.zones_layer import ZoneRefused

        try:
            action()
        except ZoneRefused as error:
            if not self.panel.refused(error, self):
                self.setObsolete(True)

    def fid_of(self, zone_id: str) -> Optional[int]:
        if hasattr(self.panel.store, "fid_of"):         # a workspace: also zones kept in its local journal
            return self.panel.store.fid_of(zone_id)
        request = QgsFeatureRequest().setFilterExpression(f'"zone_id" = {QgsExpression.quotedValue(zone_id)}')
        for feature in self.panel.store.layer.dataProvider().getFeatures(request):
            return int(feature.id())
        return None


class AddZoneCommand(_ZoneCommand):
    def __init__(self, panel, zone_id: str) -> None:
        super().__init__(panel, tr("add zone"))
        self.zone_id = zone_id
        self.removed = None
        self.first = True

    def redo(self) -> None:
        if self.first:          # the zone was already written when the analyst finished it
            self.first = False
            return
        if self.removed is not None:
            self.panel.store.restore_zone(self.removed)
            self.panel.after_edit()

    def undo(self) -> None:
        fid = self.fid_of(self.zone_id)
        if fid is not None:
            self.removed = self.panel.store.delete_zone(fid)
            self.panel.after_edit()


class DeleteZoneCommand(_ZoneCommand):
    def __init__(self, panel, zone_id: str) -> None:
        super().__init__(panel, tr("delete zone"))
        self.zone_id = zone_id
        self.removed = None

    def redo(self) -> None:
        fid = self.fid_of(self.zone_id)
        if fid is not None:
            def delete():
                self.removed = self.panel.store.delete_zone(fid)
            self.guarded(delete)
            self.panel.after_edit()

    def undo(self) -> None:
        if self.removed is not None:
            self.panel.store.restore_zone(self.removed)
            self.panel.after_edit()


class UpdateZoneCommand(_ZoneCommand):
    def __init__(self, panel, zone_id: str, old: Dict[str, object], new: Dict[str, object]) -> None:
        super().__init__(panel, tr("edit zone"))
        self.zone_id, self.old, self.new = zone_id, old, new

    def _apply(self, values) -> None:
        fid = self.fid_of(self.zone_id)
        if fid is not None:
            self.values = values
            self.guarded(lambda: self.panel.store.update_zone(fid, attributes=values))
            self.panel.after_edit()

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


# -------------------------------------------------------------------------------------------------- the panel
class ZonesPanel(QWidget):
    """Zones page of the dock. ``shutdown()`` releases the map tools; ``zonesChanged`` fires after every edit."""

    zonesChanged = pyqtSignal()

    def __init__(self, iface, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("VdtoZonesPanel")
        self.iface = iface
        self.store = None
        self.layer: Optional[QgsVectorLayer] = None
        self.undo_stack = QUndoStack(self)
        self.polygon_tool = None
        self.circle_tool = None
        self._study_key = None
        self._cache = None
        self._fids: List[int] = []
        self.last_refresh_ms = 0.0
        self.last_figures = None
        self._build()
        self._retry = QTimer(self)           # a workspace with a local journal: try the server again now and then
        self._retry.setInterval(30000)
        self._retry.timeout.connect(self._retry_workspace)
        QgsProject.instance().layersWillBeRemoved.connect(self._layers_removed)

    # -- layout -----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        files = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(tr("No zones file: create or open one"))
        new_button = QPushButton(tr("New…"), self)
        open_button = QPushButton(tr("Open…"), self)
        new_button.clicked.connect(lambda: self._choose_file(create=True))
        open_button.clicked.connect(lambda: self._choose_file(create=False))
        workspace_button = QPushButton(tr("Workspace…"), self)
        workspace_button.setToolTip(tr("Open a team workspace (a QGIS PostgreSQL connection) instead of a file"))
        workspace_button.clicked.connect(self._choose_workspace)
        files.addWidget(self.path_edit, 1)
        files.addWidget(new_button)
        files.addWidget(open_button)
        files.addWidget(workspace_button)
        layout.addLayout(files)

        inputs = QGroupBox(tr("Figures from"), self)
        form = QFormLayout(inputs)
        self.events_combo = QgsMapLayerComboBox(inputs)
        self.events_combo.setFilters(qc.LAYER_POINT)
        self.deaths_combo = QgsFieldComboBox(inputs)
        self.deaths_combo.setFilters(qc.FIELD_FILTER_NUMERIC)
        self.deaths_combo.setAllowEmptyFieldName(True)
        self.munis_combo = QgsMapLayerComboBox(inputs)
        self.munis_combo.setFilters(qc.LAYER_POLYGON)
        self.pop_combo = QgsFieldComboBox(inputs)
        self.pop_combo.setFilters(qc.FIELD_FILTER_NUMERIC)
        self.pop_combo.setAllowEmptyFieldName(True)
        self.ports_combo = QgsMapLayerComboBox(inputs)
        self.ports_combo.setFilters(qc.LAYER_POINT)
        self.ports_combo.setAllowEmptyLayer(True)
        self.port_km = QDoubleSpinBox(inputs)
        self.port_km.setRange(0, 500)
        self.port_km.setValue(25)
        self.port_km.setSuffix(" km")
        self.events_combo.layerChanged.connect(self.deaths_combo.setLayer)
        self.munis_combo.layerChanged.connect(self.pop_combo.setLayer)
        # A combo that picked its layer when it was built sends no layerChanged: link the field combos now.
        self.deaths_combo.setLayer(self.events_combo.currentLayer())
        self.pop_combo.setLayer(self.munis_combo.currentLayer())
        for combo in (self.events_combo, self.munis_combo, self.ports_combo):
            combo.layerChanged.connect(self._inputs_changed)
        for combo in (self.deaths_combo, self.pop_combo):
            combo.fieldChanged.connect(self._inputs_changed)
        self.port_km.valueChanged.connect(self._inputs_changed)
        form.addRow(tr("Events"), self.events_combo)
        form.addRow(tr("Deaths field"), self.deaths_combo)
        form.addRow(tr("Municipalities"), self.munis_combo)
        form.addRow(tr("Population field"), self.pop_combo)
        form.addRow(tr("Ports of entry"), self.ports_combo)
        form.addRow(tr("Ports within"), self.port_km)
        layout.addWidget(inputs)

        draw = QGroupBox(tr("New zone"), self)
        grid = QGridLayout(draw)
        self.draw_button = QPushButton(tr("Draw polygon"), draw)
        self.draw_button.setToolTip(tr("Click vertices; Backspace removes the last one; right-click finishes; "
                                       "Esc cancels. Snapping follows the project's settings."))
        self.draw_button.setCheckable(True)
        self.draw_button.toggled.connect(self._toggle_polygon_tool)
        self.circle_button = QPushButton(tr("Circle around a point"), draw)
        self.circle_button.setCheckable(True)
        self.circle_button.toggled.connect(self._toggle_circle_tool)
        self.radius = QDoubleSpinBox(draw)
        self.radius.setRange(0.1, 500)
        self.radius.setValue(10)
        self.radius.setSuffix(" km")
        self.source_combo = QgsMapLayerComboBox(draw)
        self.source_combo.setFilters(qc.layer_filters(qc.LAYER_POLYGON, qc.LAYER_LINE))
        self.buffer = QDoubleSpinBox(draw)
        self.buffer.setRange(0, 500)
        self.buffer.setSuffix(" km")
        from_selection = QPushButton(tr("From selected features"), draw)
        from_selection.setToolTip(tr("Selected municipalities, a violent region or a corridor (give a buffer for "
                                     "a corridor line)."))
        from_selection.clicked.connect(self.zone_from_selection)
        grid.addWidget(self.draw_button, 0, 0)
        grid.addWidget(self.circle_button, 0, 1)
        grid.addWidget(self.radius, 0, 2)
        grid.addWidget(self.source_combo, 1, 0)
        grid.addWidget(self.buffer, 1, 1)
        grid.addWidget(from_selection, 1, 2)
        layout.addWidget(draw)

        edit = QGroupBox(tr("Selected zone"), self)
        edit_form = QFormLayout(edit)
        self.name_edit = QLineEdit(edit)
        self.target_edit = QLineEdit(edit)
        self.basis_combo = QComboBox(edit)
        for basis in ZONE_BASES:
            self.basis_combo.addItem(tr(basis), basis)
        self.status_combo = QComboBox(edit)
        for status in ZONE_STATUSES:
            self.status_combo.addItem(tr(status), status)
        self.start_edit = QgsDateEdit(edit)
        self.start_edit.setAllowNull(True)
        self.start_edit.setDisplayFormat("yyyy-MM-dd")
        self.start_edit.clear()
        edit_form.addRow(tr("Name"), self.name_edit)
        edit_form.addRow(tr("Target"), self.target_edit)
        edit_form.addRow(tr("Basis"), self.basis_combo)
        edit_form.addRow(tr("Status"), self.status_combo)
        edit_form.addRow(tr("Start date"), self.start_edit)
        buttons = QHBoxLayout()
        for label, slot in ((tr("Apply"), self.apply_edit), (tr("Delete"), self.delete_selected),
                            (tr("Undo"), self.undo_stack.undo), (tr("Redo"), self.undo_stack.redo)):
            button = QPushButton(label, edit)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        edit_form.addRow(buttons)
        layout.addWidget(edit)

        self.table = QTableWidget(0, len(TABLE_COLUMNS), self)
        self.table.setObjectName("VdtoZoneFigures")
        self.table.setHorizontalHeaderLabels([tr(c) for c in TABLE_COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._row_selected)
        layout.addWidget(self.table, 1)
        self.gini_label = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.gini_label)
        layout.addWidget(self.message)

    # -- zones file -----------------------------------------------------------------------------------------------
    def _choose_file(self, create: bool) -> None:
        # dialogs open in the analysis's results folder when the dock gives one (``folder_for_dialogs``)
        chooser = getattr(self, "folder_for_dialogs", None)
        folder = (chooser() if chooser is not None else "") or QgsProject.instance().homePath() or ""
        if create:
            path, _ = QFileDialog.getSaveFileName(self, tr("New zones GeoPackage"), folder + "/zones.gpkg",
                                                  tr("GeoPackage (*.gpkg)"))
        else:
            path, _ = QFileDialog.getOpenFileName(self, tr("Open zones GeoPackage"), folder,
                                                  tr("GeoPackage (*.gpkg)"))
        if path:
            self.set_zones_path(path)
            chosen = getattr(self, "zones_path_chosen", None)
            if chosen is not None:
                chosen(path)

    def set_zones_path(self, path: str) -> bool:
        """Create or open the zones GeoPackage, add it to the project, and show its figures."""
        from ..qgis_bridge.zones_layer import ZoneRefused, ZoneStore, create_zones_gpkg

        self._release_tools()
        try:
            layer = create_zones_gpkg(path)
        except ZoneRefused as error:
            self.say(str(error), error=True)
            return False
        existing = [lyr for lyr in QgsProject.instance().mapLayers().values()
                    if isinstance(lyr, QgsVectorLayer) and lyr.source() == layer.source()]
        if existing:
            layer = existing[0]
        else:
            QgsProject.instance().addMapLayer(layer)
        self.layer = layer
        self.store = ZoneStore(layer)
        self.undo_stack.clear()
        layer.afterCommitChanges.connect(self.refresh)
        self.path_edit.setText(path)
        self.refresh()
        return True

    # -- team workspace (PostGIS) --------------------------------------------------------------------------
    def _choose_workspace(self) -> None:
        from qgis.core import QgsProviderRegistry
        from qgis.PyQt.QtWidgets import QInputDialog

        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        names = sorted(metadata.connections().keys()) if metadata is not None else []
        database, ok = QInputDialog.getItem(self, tr("Open team workspace"),
                                            tr("QGIS PostgreSQL connection (or a postgresql:// URI)"), names, 0, True)
        if not ok or not database.strip():
            return
        schema, ok = QInputDialog.getText(self, tr("Open team workspace"), tr("Workspace schema"), text="vdto")
        if ok:
            self.set_workspace(database.strip(), schema.strip() or "vdto")

    def set_workspace(self, database: str, schema: str = "vdto") -> bool:
        """Open a team workspace's zones (PostGIS) in this panel, as a zones GeoPackage is opened."""
        from ..qgis_bridge.workspace import Workspace, WorkspaceError, WorkspaceUnreachable, WorkspaceZoneStore

        self._release_tools()
        store = None
        try:
            workspace = Workspace(database, schema)
            try:
                layer = workspace.zones_layer()
            except WorkspaceUnreachable as error:
                # the server is down and QGIS was restarted meanwhile: the zones as last read, plus the journal
                store = WorkspaceZoneStore.open_offline(workspace, error)
                layer = store.layer
        except WorkspaceError as error:
            self.say(str(error), error=True)
            return False
        self._show_layer(layer)
        self.store = store or WorkspaceZoneStore(self.layer, workspace)
        self.store.layer = self.layer
        self.undo_stack.clear()
        self.path_edit.setText(workspace.describe())
        self.refresh()
        return True

    def _show_layer(self, layer: QgsVectorLayer) -> None:
        """Make ``layer`` the panel's zones layer (the project's copy when it has one), in place of the last."""
        existing = [lyr for lyr in QgsProject.instance().mapLayers().values()
                    if isinstance(lyr, QgsVectorLayer) and lyr.source() == layer.source()
                    and lyr.providerType() == layer.providerType() and lyr.providerType() != "memory"]
        layer = existing[0] if existing else QgsProject.instance().addMapLayer(layer)
        previous = self.layer
        if previous is not None and previous is not layer:
            try:
                previous.afterCommitChanges.disconnect(self.refresh)
            except (TypeError, RuntimeError):
                pass
        self.layer = layer
        if previous is layer:
            try:
                layer.afterCommitChanges.disconnect(self.refresh)
            except (TypeError, RuntimeError):
                pass
        layer.afterCommitChanges.connect(self.refresh)
        if previous is not None and previous is not layer and previous.providerType() == "memory" \
                and QgsProject.instance().mapLayer(previous.id()) is not None:
            QgsProject.instance().removeMapLayer(previous.id())     # the offline stand-in: the real layer is back

    def _follow_store_layer(self) -> None:
        """A workspace opened offline swaps its stand-in for the workspace's own layer once the server answers."""
        if self.store is not None and self.layer is not None and self.store.layer is not self.layer:
            self._show_layer(self.store.layer)
            self.store.layer = self.layer

    def refused(self, error, command=None) -> bool:
        """Show a refused write. On a workspace conflict the analyst sees both versions and chooses; returns True
        when the command's change was saved after all (they chose to keep their own version)."""
        from ..qgis_bridge.workspace import ZoneConflict

        values = getattr(command, "values", None)
        if not isinstance(error, ZoneConflict) or values is None:      # a refused deletion: nothing to choose
            self.say(str(error), error=True)
            return False
        choice = self.choose_in_conflict(error)
        if choice == "mine" and values is not None:
            fid = command.fid_of(error.zone_id)
            if fid is not None:
                self.store.update_zone(fid, attributes=values, force=True)
                self.say(tr("Zone {0}: your version was saved over version {1} by {2} (theirs stays in the "
                            "workspace's history).").format(error.zone_id, error.theirs.get("version"),
                                                            error.theirs.get("updated_by")))
                return True
        self.store.forget(error.zone_id)
        self.say(tr("Zone {0}: their version {1} was kept; your change was not saved.")
                 .format(error.zone_id, error.theirs.get("version")))
        return False

    def choose_in_conflict(self, error) -> str:
        """Both versions side by side; returns "mine" or "theirs"."""
        from qgis.PyQt.QtWidgets import QMessageBox

        rows = []
        for key in sorted(set(error.mine) | set(error.theirs)):
            if key in ("version", "updated_by", "updated_at"):
                continue
            mine, theirs = _text(error.mine.get(key)), _text(error.theirs.get(key))
            mark = " ≠" if mine != theirs else ""
            rows.append(f"<tr><td>{key}{mark}</td><td>{mine}</td><td>{theirs}</td></tr>")
        box = QMessageBox(self)
        box.setWindowTitle(tr("Zone changed by someone else"))
        box.setText(str(error))
        box.setInformativeText("<table><tr><th></th><th>{0}</th><th>{1}</th></tr>{2}</table>".format(
            tr("yours"), tr("theirs (version {0}, {1})").format(
                error.theirs.get("version"), _text(error.theirs.get("updated_by"))), "".join(rows)))
        keep_mine = box.addButton(tr("Save mine over theirs"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Keep theirs"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return "mine" if box.clickedButton() is keep_mine else "theirs"

    def _layers_removed(self, layer_ids) -> None:
        """The analyst removed the zones layer from the project: let go of it (the file keeps every zone)."""
        if self.layer is None or self.layer.id() not in layer_ids:
            return
        self._forget_layer()
        self.say(tr("The zones layer was removed from the project; open the zones file again to continue."))

    def _forget_layer(self) -> None:
        self._release_tools()
        if self.layer is not None:
            try:
                self.layer.afterCommitChanges.disconnect(self.refresh)
            except (TypeError, RuntimeError):
                pass
        self.layer = None
        self.store = None
        self.undo_stack.clear()
        self._fids = []
        self.table.setRowCount(0)
        self.path_edit.clear()
        self.gini_label.clear()

    # -- drawing --------------------------------------------------------------------------------------------------
    def _canvas(self):
        return self.iface.mapCanvas()

    def _need_layer(self) -> bool:
        if self.store is None:
            self.say(tr("Create or open a zones file first (New… or Open…)."), error=True)
            return False
        return True

    def _toggle_polygon_tool(self, on: bool) -> None:
        from .zone_tools import ZonePolygonTool

        canvas = self._canvas()
        if not on:
            if self.polygon_tool is not None and canvas.mapTool() is self.polygon_tool:
                canvas.unsetMapTool(self.polygon_tool)
            return
        if not self._need_layer():
            self.draw_button.setChecked(False)
            return
        self.circle_button.setChecked(False)
        if self.polygon_tool is None or self.polygon_tool.zones_layer is not self.layer:
            self._drop_polygon_tool()
            self.polygon_tool = ZonePolygonTool(canvas, self.iface.cadDockWidget(), self.layer)
            self.polygon_tool.zoneDrawn.connect(self.add_zone)
            self.polygon_tool.cancelled.connect(lambda: self.draw_button.setChecked(False))
            self.polygon_tool.deactivated.connect(lambda: self.draw_button.setChecked(False))
        canvas.setMapTool(self.polygon_tool)
        self.say(tr("Click the zone's corners; right-click to finish; Backspace undoes a vertex; Esc cancels."))

    def _toggle_circle_tool(self, on: bool) -> None:
        from .zone_tools import ZoneCircleTool

        canvas = self._canvas()
        if not on:
            if self.circle_tool is not None and canvas.mapTool() is self.circle_tool:
                canvas.unsetMapTool(self.circle_tool)
            return
        if not self._need_layer():
            self.circle_button.setChecked(False)
            return
        self.draw_button.setChecked(False)
        if self.circle_tool is None:
            self.circle_tool = ZoneCircleTool(canvas, self.radius.value)
            self.circle_tool.zoneDrawn.connect(self.add_zone)
            self.circle_tool.cancelled.connect(lambda: self.circle_button.setChecked(False))
            self.circle_tool.deactivated.connect(lambda: self.circle_button.setChecked(False))
        canvas.setMapTool(self.circle_tool)
        self.say(tr("Click the centre of the zone (radius {0:g} km); Esc cancels.").format(self.radius.value()))

    def zone_from_selection(self) -> None:
        from ..processing.zones import merge_features

        if not self._need_layer():
            return
        layer = self.source_combo.currentLayer()
        if layer is None or layer.selectedFeatureCount() == 0:
            self.say(tr("Select municipalities, a region or a corridor on the map first, then press the button."),
                     error=True)
            return
        if layer.geometryType() == qc.GEOMETRY_LINE and self.buffer.value() <= 0:
            self.say(tr("A corridor is a line and has no area: give a buffer in km."), error=True)
            return
        merged = merge_features(layer.getSelectedFeatures(), layer.crs(), self.buffer.value())
        if merged is None:
            self.say(tr("The selected features have no geometry: select features with outlines."), error=True)
            return
        self.add_zone(merged, QgsCoordinateReferenceSystem("EPSG:6372"))

    def add_zone(self, geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem) -> Optional[int]:
        """Store a finished zone at once, put it on the undo stack, refresh the figures."""
        from ..qgis_bridge.zones_layer import ZoneRefused

        if not self._need_layer():
            return None
        attributes = {"basis": self.basis_combo.currentData(), "status": "proposed"}
        if self.target_edit.text().strip():
            attributes["target"] = self.target_edit.text().strip()
        try:
            fid, verdict = self.store.add_zone(geometry, attributes, crs)
        except ZoneRefused as error:
            self.say(str(error), error=True)
            return None
        zone_id = self.store.feature(fid)["zone_id"]
        self.undo_stack.push(AddZoneCommand(self, str(zone_id)))
        self.after_edit()
        kept = self.store.kept_note(str(zone_id)) if hasattr(self.store, "kept_note") else ""
        if kept:
            self.say(kept, error=True)
        elif verdict == "repaired":
            self.say(tr("The outline crossed itself and was repaired; zone {0} saved.").format(zone_id))
        else:
            self.say(tr("Zone {0} saved to {1}.").format(zone_id, self.path_edit.text()))
        return fid

    # -- editing --------------------------------------------------------------------------------------------------
    def selected_fid(self) -> Optional[int]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self._fids):
            return None
        return self._fids[rows[0].row()]

    def _row_selected(self) -> None:
        fid = self.selected_fid()
        if fid is None or self.store is None:
            return
        feature = self.store.feature(fid)
        if feature is None:
            return
        if hasattr(self.store, "remember"):     # a workspace: later saves are checked against this version
            self.store.remember(feature)
        self.name_edit.setText(_text(feature["name"]))
        self.target_edit.setText(_text(feature["target"]))
        self.basis_combo.setCurrentIndex(max(0, self.basis_combo.findData(_text(feature["basis"]))))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(_text(feature["status"]))))
        start = feature["start_date"]
        if isinstance(start, QDate) and start.isValid():
            self.start_edit.setDate(start)
        else:
            self.start_edit.clear()
        if self.layer is not None:
            self.layer.selectByIds([fid])

    def apply_edit(self) -> None:
        from ..qgis_bridge.zones_layer import EDITABLE, ZoneRefused

        fid = self.selected_fid()
        if fid is None or self.store is None:
            self.say(tr("Select a zone in the table first."), error=True)
            return
        feature = self.store.feature(fid)
        new = {"name": self.name_edit.text().strip(), "target": self.target_edit.text().strip() or None,
               "basis": self.basis_combo.currentData(), "status": self.status_combo.currentData(),
               "start_date": None if self.start_edit.isNull() else self.start_edit.date()}
        old = {k: feature[k] for k in EDITABLE if k in new}
        try:
            self.store._check_values(new)
            self.undo_stack.push(UpdateZoneCommand(self, str(feature["zone_id"]), old, new))
        except ZoneRefused as error:
            self.say(str(error), error=True)

    def delete_selected(self) -> None:
        fid = self.selected_fid()
        if fid is None or self.store is None:
            self.say(tr("Select a zone in the table first."), error=True)
            return
        self.undo_stack.push(DeleteZoneCommand(self, str(self.store.feature(fid)["zone_id"])))

    def after_edit(self) -> None:
        self.refresh()
        self.zonesChanged.emit()

    # -- figures --------------------------------------------------------------------------------------------------
    def _inputs_changed(self, *args) -> None:
        self._study_key = None
        self.refresh()

    def _study(self):
        """The indexed study area for the chosen inputs; rebuilt only when an input changes."""
        from ..core.zones import ZoneFigureCache
        from ..qgis_bridge.zones_layer import load_study_area

        events, munis, ports = (self.events_combo.currentLayer(), self.munis_combo.currentLayer(),
                                self.ports_combo.currentLayer())
        if events is None or munis is None:
            return None
        key = (events.id(), self.deaths_combo.currentField(), munis.id(), self.pop_combo.currentField(),
               ports.id() if ports else "", self.port_km.value())
        if key != self._study_key or self._cache is None:
            orgs = [f for f in ("side_a", "side_b") if events.fields().indexOf(f) >= 0]
            try:
                study = load_study_area(events, munis, self.deaths_combo.currentField(),
                                        self.pop_combo.currentField(), orgs, None, ports)
            except ValueError as error:
                self.say(tr("Field '{0}' holds non-numeric or negative values: choose another field.")
                         .format(error), error=True)
                return None
            self._cache = ZoneFigureCache(study, self.port_km.value() * 1000.0)
            self._study_key = key
            from ..qgis_bridge.events import handled_line

            # how events were counted (points, spread over municipality/state, out of maps), as the algorithm logs
            self.say(handled_line(study.events_table))
        return self._cache

    def refresh(self):
        """Recompute and show the figures of every zone; returns the figures table (pandas)."""
        from ..qgis_bridge.zones_layer import ZoneRefused, zones_as_shapes

        if self.store is None:
            return None
        started = time.perf_counter()
        try:
            features = self.store.features()
        except ZoneRefused as error:        # a workspace whose server is down: keep showing what was there
            self.say(str(error), error=True)
            return self.last_figures
        self._follow_store_layer()
        fids, names, shapes, repaired = zones_as_shapes(self.layer, features)
        by_fid = {int(f.id()): f for f in features}
        cache = self._study()
        figures = cache.figures(names, shapes, repaired) if cache is not None and shapes else None
        gini = None
        if figures is not None and cache.study.total_events > 0 and cache.study.area_m2 > 0:
            _curve, gini = cache.curve(names, shapes)
        self._fill_table(fids, names, by_fid, figures)
        self.last_refresh_ms = (time.perf_counter() - started) * 1000.0
        self.last_figures = figures
        self.gini_label.setText(tr("{0} zones · concentration Gini {1} · refreshed in {2:.0f} ms").format(
            len(fids), "—" if gini is None else f"{gini:.3f}", self.last_refresh_ms))
        self._workspace_status()
        return figures

    def _workspace_status(self) -> None:
        """A workspace says what its local journal holds or what it sent; retries while the server is away."""
        if not hasattr(self.store, "notice"):
            self._retry.stop()
            return
        text, warning = self.store.notice()
        if text and text != self.message.text():       # said once, not again at every retry
            self.say(text, error=warning)
        if self.store.working_offline():
            self._retry.start()
        else:
            self._retry.stop()

    def _retry_workspace(self) -> None:
        if self.store is not None and hasattr(self.store, "working_offline"):
            self.refresh()

    def _fill_table(self, fids, names, by_fid, figures) -> None:
        self._fids = list(fids)
        self.table.setRowCount(len(fids))
        for row, fid in enumerate(fids):
            feature = by_fid[fid]
            values = {"name": names[row], "status": tr(_text(feature["status"]))}
            if figures is not None:
                record = figures.iloc[row]
                values.update({
                    "events": f"{record['events']:.0f}", "deaths": f"{record['deaths']:.0f}",
                    "share": f"{record['share']:.1%}", "area_km2": f"{record['area_km2']:,.1f}",
                    "pai": "—" if record["pai"] != record["pai"] else f"{record['pai']:.1f}",
                    "munis": f"{int(record['munis'])}", "population": f"{record['population']:,.0f}",
                    "organisations": record["organisations"], "ports": f"{int(record['ports'])}",
                    "corridors": f"{int(record['corridors'])}", "flags": translate_flags(record["flags"])})
            for column, key in enumerate(TABLE_COLUMNS):
                self.table.setItem(row, column, QTableWidgetItem(str(values.get(key, ""))))

    # -- messages and shutdown ------------------------------------------------------------------------------------
    def say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "")
        bar = getattr(self.iface, "messageBar", None)
        if error and bar is not None:
            bar().pushMessage(tr("Zones"), text, qc.WARNING, 6)

    def _drop_polygon_tool(self) -> None:
        if self.polygon_tool is not None:
            canvas = self._canvas()
            if canvas.mapTool() is self.polygon_tool:
                canvas.unsetMapTool(self.polygon_tool)
            self.polygon_tool.release_layer()
            self.polygon_tool.deleteLater()
            self.polygon_tool = None

    def _release_tools(self) -> None:
        self._drop_polygon_tool()
        if self.circle_tool is not None:
            canvas = self._canvas()
            if canvas.mapTool() is self.circle_tool:
                canvas.unsetMapTool(self.circle_tool)
            self.circle_tool.clear()
            self.circle_tool.deleteLater()
            self.circle_tool = None
        for button in (self.draw_button, self.circle_button):
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)

    def shutdown(self) -> None:
        """Release map tools (no tool may outlive the plugin) and let go of the zones layer and the project."""
        try:
            QgsProject.instance().layersWillBeRemoved.disconnect(self._layers_removed)
        except (TypeError, RuntimeError):
            pass
        for combo in (self.events_combo, self.munis_combo, self.ports_combo):
            combo.blockSignals(True)
        for combo in (self.deaths_combo, self.pop_combo):
            combo.blockSignals(True)
        self.port_km.blockSignals(True)
        self._retry.stop()
        self._forget_layer()
        self._cache = None


# For pylupdate: the status and basis values shown through tr() at run time.
# The core's flags (plain English), shown through ``tr`` (context "@default").
FLAG_TEXTS = {
    "outside study area": QT_TRANSLATE_NOOP("@default", "outside study area"),
    "partly outside study area": QT_TRANSLATE_NOOP("@default", "partly outside study area"),
    "no violence recorded": QT_TRANSLATE_NOOP("@default", "no violence recorded"),
    "repaired self-intersection": QT_TRANSLATE_NOOP("@default", "repaired self-intersection"),
}


def translate_flags(flags: str) -> str:
    """The core's flags are plain English (no Qt there); the analyst reads them in QGIS's language."""
    out = []
    for flag in filter(None, (flags or "").split("; ")):
        if flag.startswith("overlaps "):
            out.append(tr("overlaps {0}").format(flag[len("overlaps "):]))
        else:
            out.append(tr(FLAG_TEXTS.get(flag, flag)))
    return "; ".join(out)


def _text(value) -> str:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    return str(value)
