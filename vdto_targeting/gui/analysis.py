"""The analysis the whole dock works on, set once at its top: period, events, deaths field, municipalities, study
area, zones file and results folder.

Why one place: a briefing is only true if every figure in it counts the same events over the same period. Each step,
the live surface preview, the zones panel's live figures, the briefing and the field pack read these values from
here (pages keep only what is particular to their step), and the one-line summary above the form says what the
analysis is at a glance, with any remembered layer that could not be restored shown in red until it is chosen
again.
"""
from __future__ import annotations

import html
import os
from typing import Any, List, Optional, Tuple

from qgis.core import QgsMapLayer, QgsProject, QgsVectorLayer
from qgis.gui import QgsCollapsibleGroupBox, QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QDate, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
                                 QVBoxLayout, QWidget)

from .. import qgis_compat as compat
from ..i18n import TrMixin

# Contexts where the analysis's inputs were translated before they moved here (same English, same Spanish).
_EARLIER_CONTEXTS = ("DataPage", "ZonesPage", "OrganisationsPage", "SurfacePage", "BriefingPage", "StepPage",
                     "@default")

# Field names that hold a year (homicide tables). An event's date field is the algorithms' own choice
# (``processing.events.DATE_CANDIDATES``), so the preview and the zones panel filter on the same field they do.
YEAR_FIELDS = ["year", "anio", "año", "ano"]


def _date_fields() -> List[str]:
    from ..processing.events import DATE_CANDIDATES

    return list(DATE_CANDIDATES)


def _field_index(layer: QgsVectorLayer, names: List[str]) -> int:
    lower = {name.lower(): index for index, name in enumerate(layer.fields().names())}
    return next((lower[name] for name in names if name in lower), -1)


def _as_date(value: Any) -> Optional[QDate]:
    """A QDate (the first day it stands for) from a date, datetime or text under the plugin's date grammar
    (core.dates: ISO, day-first "03/04/2020" = 3 April, a month, a year); None when unreadable."""
    from ..core.dates import parse
    from ..qgis_bridge.fields import plain_value

    parsed = parse(plain_value(value, as_date=True))
    if parsed is None:
        return None
    first = parsed.first
    return QDate(first.year, first.month, first.day)


def _as_year(value: Any) -> Optional[int]:
    """A year from an integer, a float or a text (``"2006"``, ``"2006.0"``, ``" 2006 "``)."""
    from ..core.dates import year_of   # the plugin's date grammar: a text year column works as a year
    from ..qgis_bridge.fields import plain_value

    return year_of(plain_value(value, as_date=True))


def data_period(layer: Optional[QgsMapLayer]) -> Optional[Tuple[QDate, QDate]]:
    """The whole months the layer's records cover (first day of the first month, last day of the last): its date
    field, else its year field (text years included). Whole months, because homicide counts are monthly: the
    indicators then count exactly the days the events are counted over, and every output records one period."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return None
    index = _field_index(layer, _date_fields())
    if index >= 0:
        values = [_as_date(v) for v in layer.uniqueValues(index)]
        days = [d for d in values if d is not None]
        if days:
            first, last = min(days), max(days)
            return QDate(first.year(), first.month(), 1), QDate(last.year(), last.month(), last.daysInMonth())
    index = _field_index(layer, YEAR_FIELDS)
    if index >= 0:
        years = [y for y in (_as_year(v) for v in layer.uniqueValues(index)) if y is not None]
        if years:
            return QDate(min(years), 1, 1), QDate(max(years), 12, 31)
    return None


def date_field(layer: Optional[QgsVectorLayer]) -> str:
    """The events' date field the period filters on (the same candidates as the algorithms)."""
    if not isinstance(layer, QgsVectorLayer):
        return ""
    index = _field_index(layer, _date_fields())
    return layer.fields().at(index).name() if index >= 0 else ""


def period_feature_ids(layer: QgsVectorLayer, start: str, end: str) -> Optional[List[int]]:
    """Ids of the events dated inside [start, end] (ISO days, inclusive); None when the layer has no date field.

    Events without a readable date are left out, as the algorithms leave them out of a period.
    """
    from qgis.core import QgsFeatureRequest

    from ..core.dates import bound
    from ..qgis_bridge.events import event_spans
    from ..qgis_bridge.layers import PeriodFilter

    field_name = date_field(layer)
    if not field_name:
        return None
    # The events reader's day reading and period rule (qgis_bridge/events.py), so the panel's figures count the
    # same events as vdto:zonestatistics run with START/END.
    period = PeriodFilter(field_name, bound(start) if start else None, bound(end, end=True) if end else None)
    request = QgsFeatureRequest().setSubsetOfAttributes([field_name], layer.fields())
    request.setFlags(compat.REQUEST_NO_GEOMETRY)
    ids, values = [], []
    for feature in layer.getFeatures(request):
        ids.append(int(feature.id()))
        values.append(feature[field_name])
    keep = period.keep(*event_spans(values)) if ids else []   # the whole span of a month or year date inside
    return [fid for fid, kept in zip(ids, keep) if kept]


class AnalysisPanel(TrMixin, QWidget):
    """The analysis inputs (bound to the project under ``analysis/…``) and their one-line summary."""

    changed = pyqtSignal()
    ROLES = ("events", "municipalities", "study_area", "zones")
    TR_FALLBACK = _EARLIER_CONTEXTS

    def __init__(self, context, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.context = context
        self.state = context.state
        self.setObjectName("VdtoAnalysis")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        self.summary = QLabel(self)
        self.summary.setObjectName("vdto_analysis_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.summary)
        self.box = QgsCollapsibleGroupBox(self.tr("Analysis: period and inputs (used by every step)"), self)
        self.box.setObjectName("vdto_analysis_box")
        self.box.setSaveCollapsedState(False)  # opened or closed by what the analysis needs (_auto_collapse)
        form = QFormLayout(self.box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form = form
        layout.addWidget(self.box)

        period = QHBoxLayout()
        self.start = self._date("start", self.tr("First day of the period every step counts (inclusive)."))
        self.end = self._date("end", self.tr("Last day of the period every step counts (inclusive)."))
        self.fit_button = QPushButton(self.tr("From the data"), self)
        self.fit_button.setObjectName("vdto_analysis_fit")
        self.fit_button.setToolTip(self.tr("Set the period to the days the events cover (or the years of the "
                                           "homicide table when there are no events)."))
        self.fit_button.clicked.connect(self.fit_period)
        period.addWidget(self.start, 1)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.end, 1)
        period.addWidget(self.fit_button)
        form.addRow(self._caption(self.tr("Period"), self.start), period)

        self.events = self._layer("events", self.tr("Lethal events"),
                                  self.tr("Geolocated lethal events with the organisations involved (UCDP GED or "
                                          "ACLED points): every step counts these."), compat.LAYER_POINT)
        self.deaths = QgsFieldComboBox(self)
        self.deaths.setFilters(compat.FIELD_FILTER_NUMERIC)
        self.deaths.setAllowEmptyFieldName(True)
        self.deaths.setLayer(self.events.currentLayer())
        self.events.layerChanged.connect(self.deaths.setLayer)
        self._row(self.tr("Deaths field"), self.deaths, "deaths",
                  self.tr("Deaths per event (best for UCDP, fatalities for ACLED); empty: each event counts once."))
        self.municipalities = self._layer(
            "municipalities", self.tr("Municipalities"),
            self.tr("Municipal boundaries (INEGI Marco Geoestadístico, 5-digit CVEGEO code)."), compat.LAYER_POLYGON)
        self.study_area = self._layer(
            "study_area", self.tr("Study area"),
            self.tr("The area zones are judged against (PAI's a/A); empty: the municipalities."),
            compat.LAYER_POLYGON)
        self.zones_file = QgsFileWidget(self)
        self.zones_file.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.zones_file.setFilter(self.tr("GeoPackage (*.gpkg)"))
        self.zones_file.setConfirmOverwrite(False)
        self._row(self.tr("Zones file"), self.zones_file, "zones_file",
                  self.tr("GeoPackage of enforcement zones: created when new, opened when it exists."))
        self.folder = QgsFileWidget(self)
        self.folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self._row(self.tr("Results folder"), self.folder, "output_folder",
                  self.tr("Where results are written (GeoPackage and GeoTIFF), and where file dialogs open; empty: "
                          "vdto_outputs beside the project."))
        self.folder.fileChanged.connect(self._folder_changed)
        self._folder_changed()
        self.context.analysis = self
        self.context.output_folder = self.folder.filePath
        for signal in (self.start.dateChanged, self.end.dateChanged, self.events.layerChanged,
                       self.deaths.fieldChanged, self.municipalities.layerChanged, self.study_area.layerChanged,
                       self.zones_file.fileChanged, self.folder.fileChanged):
            signal.connect(self._changed)
        self.events.layerChanged.connect(self._offer_period)
        self.state.problemsChanged.connect(self.update_summary)
        project = QgsProject.instance()
        project.layersRemoved.connect(self._changed)
        project.layersAdded.connect(self._changed)
        self._auto_collapse()
        self.state.problemsChanged.connect(self._auto_collapse)
        project.readProject.connect(self._auto_collapse)
        self.update_summary()

    def _auto_collapse(self, *_args) -> None:
        """Open when something is missing or was not restored (the analyst must act); closed once events and
        municipalities are set (the summary line above says what they are), so the steps get the dock's height.
        Called when a project is read, when problems change and after the demo; the analyst opens it at will."""
        self.box.setCollapsed(not self.state.problems and self.events.currentLayer() is not None
                              and self.municipalities.currentLayer() is not None)

    # -------------------------------------------------------------- widgets
    def _caption(self, label: str, buddy: QWidget) -> QLabel:
        caption = QLabel(label, self)
        caption.setBuddy(buddy)
        caption.setWordWrap(True)
        return caption

    def _row(self, label: str, widget: QWidget, key: str, tooltip: str) -> QWidget:
        if isinstance(widget, QComboBox):  # a long layer name must not widen the dock
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(12)
        widget.setToolTip(tooltip)
        widget.setWhatsThis(tooltip)
        widget.setObjectName(f"vdto_analysis_{key}")
        caption = self._caption(label, widget)
        caption.setToolTip(tooltip)
        self.form.addRow(caption, widget)
        self.state.bind(f"analysis/{key}", widget, personal=False)
        return widget

    def _layer(self, key: str, label: str, tooltip: str, filters) -> QgsMapLayerComboBox:
        combo = QgsMapLayerComboBox(self)
        combo.setFilters(filters)
        combo.setAllowEmptyLayer(True)
        combo.setLayer(None)
        return self._row(label, combo, key, tooltip)

    def _date(self, key: str, tooltip: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(QDate(2006, 1, 1) if key == "start" else QDate(2012, 12, 31))
        edit.setToolTip(tooltip)
        edit.setObjectName(f"vdto_analysis_{key}")
        self.state.bind(f"analysis/{key}", edit, personal=False)
        return edit

    # -------------------------------------------------------------- values
    def period(self) -> Tuple[str, str]:
        """(start, end) as ISO days, inclusive; the same meaning as ``vdto:rankvdtos``'s START and END."""
        return self.start.date().toString("yyyy-MM-dd"), self.end.date().toString("yyyy-MM-dd")

    def period_label(self) -> str:
        start, end = self.period()
        return f"{start} – {end}"

    def deaths_field(self) -> str:
        return self.deaths.currentField() if self.events.currentLayer() is not None else ""

    def layer(self, role: str) -> Optional[QgsMapLayer]:
        if role == "events":
            return self.events.currentLayer()
        if role == "municipalities":
            return self.municipalities.currentLayer()
        if role == "study_area":
            return self.study_area.currentLayer() or self.municipalities.currentLayer()
        if role == "zones":
            return self.zones_layer()
        return None

    def set_layer(self, role: str, layer: Optional[QgsMapLayer]) -> None:
        """Set an analysis layer from code (the demo scenario, a zones file opened in the panel)."""
        if role == "zones":
            if layer is not None:
                path, _, rest = layer.source().partition("|")
                if path.lower().endswith(".gpkg") and path != self.zones_file.filePath():
                    self.zones_file.setFilePath(path)
            return
        combo = {"events": self.events, "municipalities": self.municipalities, "study_area": self.study_area}[role]
        combo.setLayer(layer)

    def zones_path(self) -> str:
        return self.zones_file.filePath()

    def zones_layer(self) -> Optional[QgsVectorLayer]:
        """The project's layer of the zones file (by its source), or None when it is not loaded."""
        path = self.zones_path()
        if not path:
            return None
        target = os.path.normcase(os.path.abspath(path))
        for layer in QgsProject.instance().mapLayers().values():
            if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
                continue
            source, _, rest = layer.source().partition("|")
            if os.path.normcase(os.path.abspath(source)) == target and "layername=zones" in rest:
                return layer
        return None

    def folder_path(self) -> str:
        """Where dialogs open: the results folder, else the project's folder, else the home folder."""
        from .tasks import output_folder

        chosen = self.folder.filePath()
        if chosen:
            return chosen
        if QgsProject.instance().homePath():
            return str(output_folder(""))
        return os.path.expanduser("~")

    # -------------------------------------------------------------- period from the data
    def fit_period(self) -> bool:
        """Period := the days the events cover, else the years of the homicide table. True when set."""
        found = data_period(self.events.currentLayer()) or data_period(self.context.layer("homicides"))
        if found is None:
            return False
        self.start.setDate(found[0])
        self.end.setDate(found[1])
        return True

    def _offer_period(self, *_args) -> None:
        """A newly chosen events layer whose days lie outside the period sets the period to its own."""
        if self.state.restoring():
            return
        found = data_period(self.events.currentLayer())
        if found is None:
            return
        if self.start.date() > found[1] or self.end.date() < found[0]:
            self.start.setDate(found[0])
            self.end.setDate(found[1])

    # -------------------------------------------------------------- summary
    def problem_label(self, key: str) -> str:
        """The input a state key belongs to, as the analyst reads it."""
        labels = {"analysis/events": self.tr("Lethal events"), "analysis/municipalities": self.tr("Municipalities"),
                  "analysis/study_area": self.tr("Study area"), "analysis/zones_file": self.tr("Zones file")}
        return labels.get(key, key.split("/")[-1].replace("_", " ").capitalize())

    def _folder_changed(self, *_args) -> None:
        root = self.folder_path()
        self.zones_file.setDefaultRoot(root)

    def _changed(self, *_args) -> None:
        self.update_summary()
        self.changed.emit()

    def update_summary(self, *_args) -> None:
        """One line an analyst reads at a glance; problems in red, one per line."""
        def name(layer):
            return html.escape(layer.name()) if layer is not None else "<i>" + html.escape(self.tr("none")) + "</i>"

        events = self.events.currentLayer()
        deaths = self.deaths_field()
        parts = [self.tr("<b>Period</b> {0}").format(html.escape(self.period_label())),
                 self.tr("<b>Events</b> {0}").format(name(events) + (f" ({html.escape(deaths)})" if deaths else "")),
                 self.tr("<b>Municipalities</b> {0}").format(name(self.municipalities.currentLayer()))]
        if self.study_area.currentLayer() is not None:
            parts.append(self.tr("<b>Study area</b> {0}").format(name(self.study_area.currentLayer())))
        if self.zones_path():
            parts.append(self.tr("<b>Zones</b> {0}").format(html.escape(os.path.basename(self.zones_path()))))
        text = " · ".join(parts)
        problems = [f"{self.problem_label(key)}: {problem}" for key, problem in sorted(self.state.problems.items())]
        if problems:
            text += "".join("<br><span style='color:#b00020'>⚠ " + html.escape(p) + "</span>" for p in problems)
        self.summary.setText(text)
        self.summary.setToolTip(self.tr("Results folder: {0}").format(self.folder_path()))
