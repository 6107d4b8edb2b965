"""What every step page of the dock shares: labelled inputs bound to the remembered state, a Run / Cancel pair with
a progress bar, the figures of the last run, and the step's help.

Pages only declare inputs and how they map to their algorithm's parameters; running, progress, cancel, loading and
replacing layers are done here once (through :mod:`..tasks`), so every step behaves the same way.
"""
from __future__ import annotations

import html
import time
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

from qgis.core import QgsApplication, QgsMapLayer
from qgis.gui import QgsCollapsibleGroupBox, QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QObject, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel,
                                 QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from ... import qgis_compat as compat
from ...definitions import PROVIDER_ID, STEP_KEYS
from ...i18n import TrMixin
from ..help import step_help
from ..tasks import StepRun

# Algorithm parameters the dock fills from the one analysis state (set once at the top of the dock), by exact name.
ANALYSIS_PARAMETERS: Dict[str, str] = {"EVENTS": "events", "MUNICIPALITIES": "municipalities",
                                       "STUDY_AREA": "study_area", "ZONES": "zones"}
# Algorithm parameters the dock fills with an earlier step's result, by exact name (never by a fragment or a type).
ROLE_PARAMETERS: Dict[str, str] = {
    "REGIONS_RANKING": "region_ranking", "TARGET_PACKAGE": "package", "TERRITORIES": "territories",
    "CORRIDORS": "corridors", "RANKING": "ranking", "REGIONS": "regions", "HOTSPOTS": "hotspots",
    "SURFACE": "surface", "PORTS": "ports", "DESTINATIONS": "destinations", "HUBS": "destinations",
    "HOMICIDES_LAYER": "homicides", "POPULATION_LAYER": "population",
}


def algorithm_id(algorithm_class: type) -> str:
    """The Processing id of one of the provider's algorithm classes (``vdto:`` + its ``NAME``)."""
    return f"{PROVIDER_ID}:{algorithm_class.NAME}"  # type: ignore[attr-defined]


_LAYER_PARAMETER_TYPES = {"source", "vector", "raster", "layer", "multilayer"}
# Which steps wait when an analysis input could not be restored (the others can still run).
ANALYSIS_USERS: Dict[str, Tuple[str, ...]] = {
    "analysis/events": ("surface", "organisations", "zones", "briefing"),
    "analysis/municipalities": ("data", "hotspots", "organisations", "zones", "briefing"),
    "analysis/study_area": ("zones", "briefing"),
    "analysis/zones_file": ("zones", "briefing"),
}


class DockContext(QObject):
    """What pages share: the analysis state, the layers each result role points at, the output folder.

    ``roles`` maps a role ("ports", "surface", "regions"…) to a stored layer reference (id and source): the Data
    page sets the inputs, each finished step adds its outputs, and later steps read them (so Hotspots uses the
    indicators Data built). A role whose layer is gone or reads another source resolves to nothing, never to a
    look-alike. ``analysis`` is the :class:`..analysis.AnalysisPanel` at the top of the dock (period, events,
    deaths field, municipalities, study area, zones file, results folder).
    """

    rolesChanged = pyqtSignal()

    def __init__(self, iface, state, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.state = state
        self.roles: Dict[str, object] = {}
        self.analysis = None
        self.output_folder: Callable[[], str] = lambda: ""

    def layer(self, role: str) -> Optional[QgsMapLayer]:
        """The layer of an analysis input or a result role (verified by id and source), or None."""
        if self.analysis is not None and role in self.analysis.ROLES:
            return self.analysis.layer(role)
        from ..state import resolve_layer

        value = self.roles.get(role) or self.state.value(f"role/{role}", "")
        return resolve_layer(value)[0]

    def set_role(self, role: str, layer: Optional[QgsMapLayer]) -> None:
        from ..state import layer_reference

        if self.analysis is not None and role in self.analysis.ROLES:
            self.analysis.set_layer(role, layer)
            return
        self.roles[role] = layer_reference(layer)
        self.state.set_value(f"role/{role}", self.roles[role], personal=False)
        self.rolesChanged.emit()


class StepPage(TrMixin, QWidget):
    """One workflow step. Subclasses set ``STEP``, ``TITLE``, ``ALGORITHMS`` and implement :meth:`build` and
    :meth:`values`; override :meth:`on_finished` to register output roles and summarise results."""

    STEP = ""
    TITLE = ""
    ALGORITHMS: Sequence[str] = ()

    finished = pyqtSignal(str, str)  # algorithm id, status

    def __init__(self, context: DockContext, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.context = context
        self.iface = context.iface
        self.state = context.state
        self.setObjectName(f"VdtoStep_{self.STEP}")
        self.run: Optional[StepRun] = None
        self._queue: List[str] = []
        self.outcomes: Dict[str, dict] = {}
        self._step_started = time.perf_counter()
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields when narrow
        self.layout_.addLayout(self.form)
        self.build()
        self._build_footer()
        self.refresh_availability()
        QgsApplication.processingRegistry().providerAdded.connect(self.refresh_availability)
        QgsApplication.processingRegistry().providerRemoved.connect(self.refresh_availability)

    # -------------------------------------------------------------- to implement
    def build(self) -> None:
        """Create the page's inputs (with :meth:`add_layer`, :meth:`add_spin`…)."""

    def values(self, algorithm_id: str) -> Dict[str, Any]:
        """Parameter values for ``algorithm_id`` from the page's inputs (and earlier outputs)."""
        return {}

    def on_finished(self, algorithm_id: str, outcome: dict) -> None:
        """Register output roles; default: every layer output under its lower-case output name."""

    def summary(self) -> str:
        """Rich text shown under the progress bar after a successful run (default: the algorithm's figures)."""
        rows = []
        for outcome in self.outcomes.values():
            for label, value in outcome.get("figures", {}).items():
                rows.append(f"<tr><td>{html.escape(str(label))}</td><td align='right'>"
                            f"{_figure_html(value)}</td></tr>")
            for layer in outcome.get("layers", {}).values():
                rows.append(f"<tr><td colspan='2'>{html.escape(layer.name())}: "
                            f"{html.escape(_describe(layer))}</td></tr>")
        table = "<table>" + "".join(rows) + "</table>" if rows else ""
        return table + self.warnings_html()

    def warnings_html(self, limit: int = 8) -> str:
        """The algorithms' warnings (rows that did not join, islands, unknown names…): analysts must see them."""
        # several algorithms of one step read the same events, so the same warning may come twice: show it once
        warnings = list(dict.fromkeys(text.strip() for outcome in self.outcomes.values()
                                      for text, is_warning in outcome.get("messages", []) if is_warning))
        if not warnings:
            return ""
        shown = "".join(f"<li>{html.escape(text.strip())}</li>" for text in warnings[:limit])
        more = len(warnings) - limit
        more_text = self.tr("… and {0} more in the log").format(more)
        title = self.tr("Warnings")
        tail = "<li>" + html.escape(more_text) + "</li>" if more > 0 else ""
        return "<p><b>" + html.escape(title) + "</b></p><ul>" + shown + tail + "</ul>"

    # -------------------------------------------------------------- input helpers
    def _row(self, label: str, widget: QWidget, tooltip: str, key: Optional[str], personal: Optional[bool] = None
             ) -> QWidget:
        if isinstance(widget, QComboBox):  # a long layer or field name must not widen the dock
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(12)
        widget.setToolTip(tooltip)
        widget.setWhatsThis(tooltip)
        widget.setObjectName(f"vdto_{self.STEP}_{key or label}")
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        caption.setToolTip(tooltip)
        caption.setWordWrap(True)
        self.form.addRow(caption, widget)
        if key:
            self.state.bind(f"{self.STEP}/{key}", widget, personal)
        return widget

    def add_layer(self, key: str, label: str, tooltip: str, filters, allow_empty: bool = False,
                  role: str = "") -> QgsMapLayerComboBox:
        combo = QgsMapLayerComboBox(self)
        combo.setFilters(filters)
        # always allow "no layer": a combo that does not picks the first layer of its type by itself
        combo.setAllowEmptyLayer(True)
        combo.setLayer(None)
        combo.setProperty("vdto_optional", allow_empty)
        self._row(label, combo, tooltip, key)
        if role:
            combo.layerChanged.connect(lambda layer, r=role: self.context.set_role(r, layer))
        return combo

    def add_field(self, key: str, label: str, tooltip: str, layer_combo: QgsMapLayerComboBox, filters=None,
                  allow_empty: bool = True) -> QgsFieldComboBox:
        combo = QgsFieldComboBox(self)
        if filters is not None:
            combo.setFilters(filters)
        combo.setAllowEmptyFieldName(allow_empty)
        combo.setLayer(layer_combo.currentLayer())
        layer_combo.layerChanged.connect(combo.setLayer)
        return self._row(label, combo, tooltip, key)

    def add_spin(self, key: str, label: str, tooltip: str, minimum: float, maximum: float, value: float,
                 step: float = 1, suffix: str = "", decimals: int = 0):
        spin = QDoubleSpinBox(self) if decimals else QSpinBox(self)
        if decimals:
            spin.setDecimals(decimals)
        spin.setRange(minimum, maximum)
        spin.setSingleStep(step)
        spin.setValue(value)
        if suffix:
            spin.setSuffix(suffix)
        spin.setAccelerated(True)
        return self._row(label, spin, tooltip, key)

    def add_combo(self, key: str, label: str, tooltip: str, items: Sequence[Tuple[str, Any]],
                  current: int = 0) -> QComboBox:
        combo = QComboBox(self)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(current)
        return self._row(label, combo, tooltip, key)

    def add_check(self, key: str, text: str, tooltip: str, checked: bool = False) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setChecked(checked)
        box.setToolTip(tooltip)
        box.setObjectName(f"vdto_{self.STEP}_{key}")
        self.form.addRow(box)
        self.state.bind(f"{self.STEP}/{key}", box)
        return box

    def add_line(self, key: str, label: str, tooltip: str, text: str = "") -> QLineEdit:
        line = QLineEdit(text, self)
        line.setClearButtonEnabled(True)
        return self._row(label, line, tooltip, key)

    def add_file(self, key: str, label: str, tooltip: str, mode, file_filter: str = "") -> QgsFileWidget:
        widget = QgsFileWidget(self)
        widget.setStorageMode(mode)
        if file_filter:
            widget.setFilter(file_filter)
        return self._row(label, widget, tooltip, key)

    def add_button(self, text: str, tooltip: str, slot: Callable[[], None], name: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tooltip)
        button.setObjectName(name or f"vdto_{self.STEP}_button")
        button.clicked.connect(slot)
        self.form.addRow(button)
        return button

    # -------------------------------------------------------------- footer
    def _build_footer(self) -> None:
        buttons = QHBoxLayout()
        self.run_button = QPushButton(self.run_text(), self)
        self.run_button.setObjectName(f"vdto_{self.STEP}_run")
        self.run_button.setToolTip(self.run_tooltip())
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName(f"vdto_{self.STEP}_cancel")
        self.cancel_button.setToolTip(self.tr("Stop the running step; nothing half-written is kept."))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addWidget(self.run_button, 1)
        buttons.addWidget(self.cancel_button)
        self.layout_.addLayout(buttons)
        self.progress = QProgressBar(self)
        self.progress.setObjectName(f"vdto_{self.STEP}_progress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setToolTip(self.tr("Progress of the running step (also shown in QGIS's task manager)."))
        self.layout_.addWidget(self.progress)
        self.status = QLabel(self)
        self.status.setObjectName(f"vdto_{self.STEP}_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # a long path or figure wraps at the dock's width and never widens the dock (which would need scrolling)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.layout_.addWidget(self.status)
        self.figures = QLabel(self)
        self.figures.setObjectName(f"vdto_{self.STEP}_figures")
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.figures.setOpenExternalLinks(True)   # written files are links that open them
        self.figures.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.layout_.addWidget(self.figures)
        self.help_box = QgsCollapsibleGroupBox(self.tr("Help"), self)
        self.help_box.setObjectName(f"vdto_{self.STEP}_help")
        help_layout = QVBoxLayout(self.help_box)
        self.help_label = QLabel(step_help().get(self.STEP, ""), self.help_box)
        self.help_label.setWordWrap(True)
        self.help_label.setTextFormat(Qt.TextFormat.RichText)
        self.help_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        help_layout.addWidget(self.help_label)
        self.help_box.setCollapsed(True)
        self.layout_.addWidget(self.help_box)
        self.layout_.addStretch(1)

    def run_text(self) -> str:
        return self.tr("Run")

    def run_tooltip(self) -> str:
        return self.tr("Run this step as a background task; its previous results are replaced.")

    def missing_algorithms(self) -> List[str]:
        registry = QgsApplication.processingRegistry()
        return [alg for alg in self.ALGORITHMS if registry.algorithmById(alg) is None]

    def refresh_availability(self, *_args) -> None:
        missing = self.missing_algorithms()
        running = self.run is not None and self.run.is_running()
        self.run_button.setEnabled(not missing and not running)
        if missing:
            self.run_button.setToolTip(self.tr("Not available in this version: {0}").format(", ".join(missing)))
        else:
            self.run_button.setToolTip(self.run_tooltip())

    # -------------------------------------------------------------- running
    def start(self) -> None:
        """Run the page's algorithms one after another (each may use the previous one's outputs)."""
        if self.run is not None and self.run.is_running():
            return
        self.outcomes = {}
        self.figures.clear()
        self._queue = list(self.ALGORITHMS)
        self._step_started = time.perf_counter()
        self._next()

    def start_algorithm(self, algorithm_id: str) -> None:
        """Run one algorithm of this page (buttons beside Run use it)."""
        if self.run is not None and self.run.is_running():
            return
        self._queue = [algorithm_id]
        self._step_started = time.perf_counter()
        self._next()

    def _next(self) -> None:
        if not self._queue:
            self._set_running(False)
            return
        algorithm_id = self._queue.pop(0)
        values = self.fill_roles(algorithm_id, self.values(algorithm_id))
        algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
        label = algorithm.displayName() if algorithm is not None else algorithm_id
        missing = self.missing_inputs(algorithm_id, values)
        if missing:
            self._queue = []
            self.status.setText(self.tr("Waiting for you: {0}").format("; ".join(missing)))
            self._set_running(False)
            return
        self.status.setText(self.tr("Running {0}…").format(label))
        self.progress.setValue(0)
        self._set_running(True)
        # assigned before it starts: a run that cannot start reports "failed" at once, and _on_done reads self.run
        self.run = StepRun(self.STEP, algorithm_id, values, folder=self.context.output_folder(),
                           label=self.tr("VDTO Targeting: {0}").format(label))
        self.run.done.connect(self._on_done)
        self.run.progress.connect(self._on_progress)
        self.run.start()

    def _on_progress(self, value: float) -> None:
        """A bound method (not a lambda), so Qt drops the connection if the page goes before the task ends."""
        self.progress.setValue(int(value))

    def fill_roles(self, algorithm_id: str, values: Dict[str, Any]) -> Dict[str, Any]:
        """Add what the analysis state and earlier steps decide to the parameters the page did not set itself.

        Only parameters the algorithm declares are filled, by exact name: the period (``START``/``END``), the
        analysis layers (``EVENTS``, ``MUNICIPALITIES``, ``STUDY_AREA``, ``ZONES``), the deaths field with the
        analysis events, and earlier results (``ROLE_PARAMETERS``). Nothing is guessed from a layer's type.
        """
        algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
        if algorithm is None:
            return values
        declared = {definition.name(): definition for definition in algorithm.parameterDefinitions()}
        analysis = self.context.analysis
        if analysis is not None:
            start, end = analysis.period()
            for name, value in (("START", start), ("END", end)):
                if name in declared and name not in values:  # a page opts out with None (e.g. municipal counts)
                    values[name] = value
        for name, definition in declared.items():
            if values.get(name) is not None or definition.isDestination() \
                    or definition.type() not in _LAYER_PARAMETER_TYPES:
                continue
            role = ANALYSIS_PARAMETERS.get(name) or ROLE_PARAMETERS.get(name)
            layer = self.context.layer(role) if role else None
            if layer is not None:
                values[name] = layer.id()
        if analysis is not None and "DEATHS_FIELD" in declared and values.get("DEATHS_FIELD") in (None, ""):
            events = analysis.layer("events")
            reads = [values.get(name) for name in ("EVENTS", "INPUT")]
            if events is not None and any(_same_layer(value, events) for value in reads):
                values["DEATHS_FIELD"] = analysis.deaths_field() or None
        return values

    def missing_inputs(self, algorithm_id: str, values: Dict[str, Any]) -> List[str]:
        """Required layer inputs with no layer, and remembered layers that were not restored (the step waits)."""
        algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
        missing: List[str] = []
        if algorithm is not None:
            for definition in algorithm.parameterDefinitions():
                if definition.isDestination() or definition.type() not in _LAYER_PARAMETER_TYPES:
                    continue
                optional = bool(definition.flags() & compat.PARAMETER_OPTIONAL)
                if not optional and values.get(definition.name()) in (None, ""):
                    missing.append(self.tr("choose “{0}”").format(definition.description()))
        for key, problem in sorted(self.state.problems.items()):
            users = ANALYSIS_USERS.get(key, STEP_KEYS if key.startswith("analysis/") else ())
            if key.startswith(f"{self.STEP}/") or self.STEP in users:
                label = self.context.analysis.problem_label(key) if self.context.analysis is not None else key
                missing.append(f"{label}: {problem}")
        return missing

    def cancel(self) -> None:
        self._queue = []
        if self.run is not None:
            self.status.setText(self.tr("Cancelling…"))
            self.run.cancel()

    def _set_running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        self.run_button.setEnabled(not running and not self.missing_algorithms())

    def _on_done(self, status: str, outcome: dict) -> None:
        algorithm_id = self.run.algorithm_id if self.run is not None else ""
        errors = [text for text, is_error in outcome.get("messages", []) if is_error]
        if status == "ok":
            self.outcomes[algorithm_id] = outcome
            self.progress.setValue(100)
            # the whole step's time (every algorithm it ran, loading and styling included), not the last one's
            self.status.setText(self.tr("Done in {0:.1f} s.").format(time.perf_counter() - self._step_started))
            try:
                self.on_finished(algorithm_id, outcome)
            finally:
                self.figures.setText(self.summary())
            self.finished.emit(algorithm_id, status)
            self._next()
            return
        self._queue = []
        self.progress.setValue(0)
        if status == "cancelled":
            self.status.setText(self.tr("Cancelled: no partial result was kept."))
        else:
            detail = errors[-1] if errors else self.tr("see the log for details")
            self.status.setText(self.tr("Failed: {0}").format(detail))
        self._set_running(False)
        self.finished.emit(algorithm_id, status)

    def shutdown(self) -> None:
        """Cancel a running task before the dock goes away."""
        self._queue = []
        if self.run is not None and self.run.is_running():
            self.run.cancel()
        for signal in (QgsApplication.processingRegistry().providerAdded,
                       QgsApplication.processingRegistry().providerRemoved):
            try:
                signal.disconnect(self.refresh_availability)
            except (TypeError, RuntimeError):
                pass


def _format(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) < 1e4 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _figure_html(value: Any) -> str:
    """A figure as rich text; a written file is a link with its name (the whole path in its tooltip), so a long
    path neither widens the dock nor hides which file it is."""
    import os

    if isinstance(value, str) and os.path.isabs(value) and os.path.isfile(value):
        from qgis.PyQt.QtCore import QUrl

        url = html.escape(QUrl.fromLocalFile(value).toString(), quote=True)
        # the name may break after "_", "-" and "." (zero-width spaces in the shown text only; the link is exact)
        name = html.escape(os.path.basename(value))
        for mark in "_-.":
            name = name.replace(mark, mark + "\u200b")
        return f'<a href="{url}" title="{html.escape(value, quote=True)}">{name}</a>'
    return html.escape(_format(value))


def _describe(layer: QgsMapLayer) -> str:
    count = getattr(layer, "featureCount", None)
    if callable(count):
        return QgsApplication.translate("StepPage", "{0} features").format(f"{count():,}")
    return QgsApplication.translate("StepPage", "{0} × {1} cells").format(layer.width(), layer.height())


def _same_layer(value: Any, layer: QgsMapLayer) -> bool:
    """Whether a parameter value (layer, id or feature source definition) is ``layer``."""
    if value is None:
        return False
    if isinstance(value, QgsMapLayer):
        return value.id() == layer.id()
    source = getattr(value, "source", None)  # QgsProcessingFeatureSourceDefinition
    if source is not None and hasattr(source, "staticValue"):
        return source.staticValue() == layer.id()
    return str(value) == layer.id()
