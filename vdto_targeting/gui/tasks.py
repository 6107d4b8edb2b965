"""Run a ``vdto`` Processing algorithm from the dock as a background ``QgsTask`` and load what it produced.

Why not ``processing.run``: it blocks QGIS. ``QgsProcessingAlgRunnerTask`` is what QGIS's own algorithm dialog uses,
so the dock runs the same code as the toolbox and ``qgis_process``, shows in QGIS's task manager, and can be
cancelled. What this module adds is the dock's result handling:

* outputs are written to files named after the step and run (never memory layers), and every file a cancelled or
  failed run created is deleted, so no half-written layer is ever left;
* layers go into the ``VDTO Targeting`` group in the map's reading order (``definitions.LAYER_ORDER``: zones, events,
  corridors, territories, regions, the semi-opaque surface over the choropleth) and a re-run of a step *replaces*
  its layers (found through a custom property) instead of piling up copies;
* a layer the algorithm did not style gets ``resources/styles/<algorithm>[_<output>].qml`` when one exists.
"""
from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import (Qgis, QgsApplication, QgsMapLayer, QgsMessageLog, QgsProcessingAlgRunnerTask,
                       QgsProcessingContext, QgsProcessingFeedback, QgsProcessingOutputLayerDefinition,
                       QgsProcessingUtils, QgsProject, QgsRasterLayer, QgsVectorLayer)
from qgis.PyQt.QtCore import QCoreApplication, QObject, QTimer, pyqtSignal, pyqtSlot

from .. import qgis_compat as compat
from ..definitions import (LAYER_ALGORITHM_PROPERTY, LAYER_GROUP_NAME, LAYER_ORDER, LAYER_OUTPUT_PROPERTY,
                           LAYER_PLACE_BY_ALGORITHM, LAYER_PLACE_BY_OUTPUT, LAYER_PLACE_BY_STEP,
                           LAYER_STEP_PROPERTY, OUTPUT_FOLDER_NAME, PLUGIN_NAME, SURFACE_OPACITY)
from ..paths import style_path

# Destination parameter types whose output is a map layer (loaded into the group) rather than a plain file.
_LAYER_DESTINATIONS = {"sink", "vectorDestination", "rasterDestination", "pointCloudDestination"}
_LAYER_OUTPUTS = {"outputVector", "outputRaster", "outputLayer", "outputMultilayer", "outputPointCloud"}
_SIDE_FILES = ["", "-wal", "-shm", "-journal", ".aux.xml", ".ovr", ".qmd", ".qml"]
_PLACE_PROPERTY = "vdto_targeting/place"
# Runs still in QGIS's task manager. The task holds only a C++ reference to its context and feedback, so they must
# outlive the dock (a run cancelled at plugin unload still finishes, and still deletes its partial files).
_RUNNING: set = set()
# Value a page gives an optional output that is off by default (createByDefault False) to ask for it.
CREATE = "vdto:create-output"


def tr(text: str) -> str:
    """Translate a bare ``tr("...")`` call: pylupdate5 files those under the ``@default`` context."""
    return QCoreApplication.translate("@default", text)


# ---------------------------------------------------------------------------------------------------- file places
def output_folder(chosen: str = "") -> Path:
    """Where a run writes: the analyst's folder, else ``vdto_outputs`` beside the saved project, else a temp folder.

    Results beside the project travel with it (and the field pack finds them); an unsaved project gets QGIS's
    per-session Processing temp folder so nothing is written in a random place.
    """
    if chosen:
        folder = Path(chosen)
    else:
        home = QgsProject.instance().homePath()
        folder = Path(home) / OUTPUT_FOLDER_NAME if home else Path(QgsProcessingUtils.tempFolder()) / OUTPUT_FOLDER_NAME
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def remove_files(paths: List[str]) -> List[str]:
    """Delete ``paths`` and their GDAL/SQLite side files; return what could not be deleted (locked on Windows)."""
    left = []
    for path in paths:
        for suffix in _SIDE_FILES:
            candidate = path + suffix
            if os.path.isfile(candidate):
                try:
                    os.remove(candidate)
                except OSError:
                    left.append(candidate)
    return left


# ---------------------------------------------------------------------------------------------------- parameters
def prepare_parameters(algorithm, values: Dict[str, Any], folder: Path, stem: str
                       ) -> Tuple[Dict[str, Any], List[str], List[str]]:
    """The algorithm's parameters from the dock's ``values``; every destination gets a fresh file in ``folder``.

    Returns (parameters, files this run will create, names in ``values`` the algorithm does not know). Unknown
    names are dropped rather than sent: the dock keeps working when an algorithm renames an optional parameter.
    """
    parameters: Dict[str, Any] = {}
    created: List[str] = []
    known = set()
    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        known.add(name)
        if definition.isDestination():
            if values.get(name) not in (None, "", CREATE):
                parameters[name] = values[name]
                if isinstance(values[name], str) and not os.path.exists(values[name]):
                    created.append(values[name])
                continue
            kind = definition.type()
            optional = bool(definition.flags() & compat.PARAMETER_OPTIONAL)
            wanted = values.get(name) == CREATE
            if optional and not wanted and hasattr(definition, "createByDefault") and not definition.createByDefault():
                continue
            if kind == "folderDestination":
                path = folder / f"{stem}_{name.lower()}"
                parameters[name] = str(path)
                continue
            extension = definition.defaultFileExtension() or "gpkg"
            path = str(folder / f"{stem}_{name.lower()}.{extension}")
            created.append(path)
            if kind in _LAYER_DESTINATIONS:
                parameters[name] = QgsProcessingOutputLayerDefinition(path, QgsProject.instance())
            else:
                parameters[name] = path
        elif name in values and values[name] is not None:
            value = values[name]
            parameters[name] = value.id() if isinstance(value, QgsMapLayer) else value
    unknown = sorted(set(values) - known)
    return parameters, created, unknown


# ---------------------------------------------------------------------------------------------------- layers
def results_group(project: Optional[QgsProject] = None):
    """The ``VDTO Targeting`` layer-tree group, created at the top of the tree when missing."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    group = root.findGroup(LAYER_GROUP_NAME)
    if group is None:
        group = root.insertGroup(0, LAYER_GROUP_NAME)
    return group


def _rank(place: str) -> int:
    place = LAYER_PLACE_BY_STEP.get(place, place)
    return LAYER_ORDER.index(place) if place in LAYER_ORDER else LAYER_ORDER.index("data")


def place_of(step: str, algorithm_name: str, output_name: str, layer: Optional[QgsMapLayer] = None) -> str:
    """Where an output goes in the results group (``definitions.LAYER_ORDER``): tables last, zones on top."""
    if isinstance(layer, QgsVectorLayer) and not layer.isSpatial():
        return "tables"
    return (LAYER_PLACE_BY_OUTPUT.get(output_name) or LAYER_PLACE_BY_ALGORITHM.get(algorithm_name)
            or LAYER_PLACE_BY_STEP.get(step, "data"))


def bring_into_group(layer: Optional[QgsMapLayer], place: str) -> bool:
    """Move an analyst's layer (the analysis events) from below the results into the group at ``place``, keeping
    its visibility: an opaque choropleth above it would hide it. Layers already in the group stay where they are."""
    project = QgsProject.instance()
    if layer is None or project.mapLayer(layer.id()) is None:
        return False
    group = project.layerTreeRoot().findGroup(LAYER_GROUP_NAME)
    if group is None or group.findLayer(layer.id()) is not None:
        return False
    node = project.layerTreeRoot().findLayer(layer.id())
    if node is None:
        return False
    visible = node.itemVisibilityChecked()
    parent = node.parent()
    layer.setCustomProperty(_PLACE_PROPERTY, place)
    key = _order_key(layer)
    index = 0
    for child in group.children():
        child_layer = child.layer() if hasattr(child, "layer") else None
        if child_layer is not None and _order_key(child_layer) >= key:
            break
        index += 1
    moved = group.insertLayer(index, layer)
    moved.setItemVisibilityChecked(visible)
    parent.removeChildNode(node)
    return True


def step_layers(step: str, algorithm_id: Optional[str] = None, project: Optional[QgsProject] = None
                ) -> List[QgsMapLayer]:
    """Layers of the project a step (and, when given, one of its algorithms) produced."""
    project = project or QgsProject.instance()
    found = []
    for layer in project.mapLayers().values():
        if layer.customProperty(LAYER_STEP_PROPERTY) != step:
            continue
        if algorithm_id and layer.customProperty(LAYER_ALGORITHM_PROPERTY) != algorithm_id:
            continue
        found.append(layer)
    return found


def remove_step_layers(step: str, algorithm_id: Optional[str] = None, delete_files: bool = True) -> int:
    """Remove a step's previous layers (a re-run replaces them); their files in the outputs folder go too."""
    project = QgsProject.instance()
    layers = step_layers(step, algorithm_id, project)
    paths = [layer.source().split("|")[0] for layer in layers]
    project.removeMapLayers([layer.id() for layer in layers])
    if delete_files:
        remove_files([p for p in paths if OUTPUT_FOLDER_NAME in Path(p).parts])
    return len(layers)


def add_to_group(layer: QgsMapLayer, place: str) -> None:
    """Add ``layer`` to the results group on top of its place's block (``definitions.LAYER_ORDER``).

    A newer layer of the same place goes above the older ones (the indicators over the raw municipalities, a
    step's points over its polygons), and every block stays above the blocks of later places.
    """
    project = QgsProject.instance()
    group = results_group(project)
    if project.mapLayer(layer.id()) is None:
        project.addMapLayer(layer, False)
    layer.setCustomProperty(_PLACE_PROPERTY, place)
    key = _order_key(layer)
    index = 0
    for child in group.children():
        child_layer = child.layer() if hasattr(child, "layer") else None
        if child_layer is not None and _order_key(child_layer) >= key:
            break
        index += 1
    group.insertLayer(index, layer)


def _order_key(layer: QgsMapLayer) -> Tuple[int, int]:
    """(place in the workflow order, drawing order): within a place points sit above lines above polygons above
    tables and rasters, so a later polygon result never hides earlier events."""
    place = layer.customProperty(_PLACE_PROPERTY) or layer.customProperty(LAYER_STEP_PROPERTY) or "data"
    if isinstance(layer, QgsVectorLayer) and not layer.isSpatial():
        place = "tables"
    if isinstance(layer, QgsVectorLayer):
        kind = {compat.GEOMETRY_POINT: 0, compat.GEOMETRY_LINE: 1, compat.GEOMETRY_POLYGON: 2}.get(
            layer.geometryType(), 3)
    else:
        kind = 4
    return _rank(place), kind


def tag_layer(layer: QgsMapLayer, step: str, algorithm_id: str, output_name: str) -> None:
    """Mark a result layer with the step, algorithm and output that made it (how a re-run finds what to replace)."""
    layer.setCustomProperty(LAYER_STEP_PROPERTY, step)
    layer.setCustomProperty(LAYER_ALGORITHM_PROPERTY, algorithm_id)
    layer.setCustomProperty(LAYER_OUTPUT_PROPERTY, output_name)


def apply_packaged_style(layer: QgsMapLayer, algorithm_name: str, output_name: str, step: str) -> bool:
    """Style from ``resources/styles``: ``<algorithm>_<output>.qml``, ``<algorithm>.qml`` or ``<step>.qml``."""
    for name in (f"{algorithm_name}_{output_name.lower()}.qml", f"{algorithm_name}.qml", f"{step}.qml"):
        path = style_path(name)
        if path.exists():
            _message, ok = layer.loadNamedStyle(str(path))
            if ok:
                layer.triggerRepaint()
                return True
    return False


def _load_layer(value: str, name: str, context: QgsProcessingContext, output_type: str = ""
                ) -> Optional[QgsMapLayer]:
    hints = getattr(QgsProcessingUtils, "LayerHint", None) or getattr(Qgis, "ProcessingLayerHint", None)
    if hints is not None:
        hint = {"outputRaster": hints.Raster, "outputVector": hints.Vector}.get(output_type, hints.UnknownType)
        layer = QgsProcessingUtils.mapLayerFromString(value, context, True, hint)
    else:
        layer = QgsProcessingUtils.mapLayerFromString(value, context, True)
    if layer is None:
        layer = QgsVectorLayer(value, name, "ogr")
        if not layer.isValid():
            layer = QgsRasterLayer(value, name, "gdal")
        if not layer.isValid():
            return None
        return layer
    taken = context.temporaryLayerStore().takeMapLayer(layer)
    return taken or layer


# ---------------------------------------------------------------------------------------------------- feedback
class DockFeedback(QgsProcessingFeedback):
    """Processing feedback that keeps the algorithm's messages for the dock (called from the worker thread).

    It only appends to a list: touching widgets from the worker thread would crash Qt, so the dock reads the list
    when the task has finished.
    """

    def __init__(self) -> None:
        super().__init__()
        self.messages: List[Tuple[str, bool]] = []

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802,N803 (QGIS's names)
        self.messages.append((error, True))
        super().reportError(error, fatalError)

    def pushWarning(self, warning: str) -> None:  # noqa: N802
        self.messages.append((warning, True))
        super().pushWarning(warning)

    def pushInfo(self, info: str) -> None:  # noqa: N802
        self.messages.append((info, False))
        super().pushInfo(info)


# ---------------------------------------------------------------------------------------------------- the run
class StepRun(QObject):
    """One algorithm run for one step: the task, its context and feedback (kept alive here), and the outcome.

    Signals are emitted on the main thread. ``done(status, outcome)``: status is ``"ok"``, ``"cancelled"`` or
    ``"failed"``; outcome holds ``layers`` ({output name: layer}), ``figures`` ({output description: value}),
    ``results`` (raw), ``messages`` and ``seconds``.
    """

    progress = pyqtSignal(float)
    done = pyqtSignal(str, dict)

    def __init__(self, step: str, algorithm_id: str, values: Dict[str, Any], *, folder: str = "",
                 label: str = "", parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.step = step
        self.algorithm_id = algorithm_id
        self.values = values
        self.folder = folder
        self.label = label
        self.task: Optional[QgsProcessingAlgRunnerTask] = None
        self.algorithm = None
        self.context: Optional[QgsProcessingContext] = None
        self.feedback: Optional[DockFeedback] = None
        self.created: List[str] = []
        self.status = "idle"
        self.started = 0.0

    # -------------------------------------------------------------- start / cancel
    def start(self) -> bool:
        """Queue the task in QGIS's task manager; False (and ``done("failed")``) if it cannot start."""
        try:
            return self._start()
        except Exception as error:  # the dock must show the problem, not swallow it in the event loop
            self._discard()
            self._finish("failed", {"messages": [(str(error), True)]})
            return False

    def _start(self) -> bool:
        registry = QgsApplication.processingRegistry()
        self.algorithm = registry.createAlgorithmById(self.algorithm_id)
        if self.algorithm is None:
            self._finish("failed", {"messages": [(tr("The algorithm {0} is not available: enable the VDTO Targeting "
                                                     "provider in Processing options.").format(self.algorithm_id),
                                                  True)]})
            return False
        stem = f"{self.step}_{self.algorithm.name()}_{time.strftime('%Y%m%d_%H%M%S')}_{int(time.time() * 1000) % 1000}"
        parameters, self.created, unknown = prepare_parameters(self.algorithm, self.values,
                                                               output_folder(self.folder), stem)
        if unknown:
            QgsMessageLog.logMessage(tr("{0}: parameters not used by this version of the algorithm: {1}").format(
                self.algorithm_id, ", ".join(unknown)), PLUGIN_NAME, compat.INFO)
        ok, problem = self.algorithm.checkParameterValues(parameters, self._new_context())
        if not ok:
            self._finish("failed", {"messages": [(problem, True)]})
            return False
        self.feedback = DockFeedback()
        self.feedback.progressChanged.connect(self._on_progress)
        self.status = "running"
        self.started = time.perf_counter()
        if self.algorithm.flags() & compat.ALG_NO_THREADING:
            # Print layouts and other main-thread-only work: run here, as QGIS's own dialog does, after the dock
            # has painted its "running" state.
            QTimer.singleShot(0, lambda: self._run_in_main_thread(parameters))
            return True
        # flags default to CanCancel (the 3.22 constructor takes no flags argument)
        self.task = QgsProcessingAlgRunnerTask(self.algorithm, parameters, self.context, self.feedback)
        if self.label:
            self.task.setDescription(self.label)
        self.task.executed.connect(self._on_executed)
        _RUNNING.add(self)
        QgsApplication.taskManager().addTask(self.task)
        return True

    def _run_in_main_thread(self, parameters: Dict[str, Any]) -> None:
        if self.feedback.isCanceled():
            self._on_executed(False, {})
            return
        try:
            results, ok = self.algorithm.run(parameters, self.context, self.feedback)
        except Exception as error:  # reported in the dock like a task failure
            self.feedback.reportError(str(error), True)
            results, ok = {}, False
        self._on_executed(bool(ok), results or {})

    def _new_context(self) -> QgsProcessingContext:
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        return self.context

    def cancel(self) -> None:
        """Ask the algorithm to stop; ``done("cancelled")`` follows when it has (files are then removed)."""
        if self.status == "running" and self.feedback is not None:
            self.feedback.cancel()
            try:
                if self.task is not None:
                    self.task.cancel()
            except RuntimeError:  # the task already finished and QGIS deleted it
                pass

    def is_running(self) -> bool:
        return self.status == "running"

    # -------------------------------------------------------------- finish
    @pyqtSlot(float)
    def _on_progress(self, value: float) -> None:
        self.progress.emit(value)

    @pyqtSlot(bool, "QVariantMap")
    def _on_executed(self, successful: bool, results: dict) -> None:
        self.task = None  # QGIS deletes the task after this signal
        messages = list(self.feedback.messages) if self.feedback else []
        if not successful or self.feedback.isCanceled():
            status = "cancelled" if self.feedback is not None and self.feedback.isCanceled() else "failed"
            self._discard()
            self._finish(status, {"messages": messages})
            return
        try:
            layers, figures = self._load(results)
        except Exception as error:  # a loading problem is reported in the dock, never lost
            self._discard()
            self._finish("failed", {"messages": messages + [(str(error), True)]})
            return
        self._finish("ok", {"layers": layers, "figures": figures, "results": dict(results), "messages": messages})

    def _discard(self) -> None:
        """Nothing of a cancelled or failed run may stay: drop its loaded layers, then delete its files."""
        if self.context is not None:
            self.context.temporaryLayerStore().removeAllMapLayers()
        left = remove_files(self.created)
        if left:
            QgsMessageLog.logMessage(tr("Could not delete the partial output {0}").format(", ".join(left)),
                                     PLUGIN_NAME, compat.WARNING)

    def _finish(self, status: str, outcome: dict) -> None:
        _RUNNING.discard(self)
        self.status = status
        outcome.setdefault("layers", {})
        outcome.setdefault("figures", {})
        outcome.setdefault("messages", [])
        outcome["seconds"] = time.perf_counter() - self.started if self.started else 0.0
        self.done.emit(status, outcome)

    def _load(self, results: dict) -> Tuple[Dict[str, QgsMapLayer], Dict[str, Any]]:
        """Replace the step's previous layers with this run's, styled and in order; collect the plain figures."""
        details = self.context.layersToLoadOnCompletion()
        remove_step_layers(self.step, self.algorithm_id)
        layers: Dict[str, QgsMapLayer] = {}
        figures: Dict[str, Any] = {}
        for output in self.algorithm.outputDefinitions():
            name = output.name()
            value = results.get(name)
            if value in (None, ""):
                continue
            if output.type() not in _LAYER_OUTPUTS:
                if isinstance(value, (int, float, str)):
                    figures[output.description() or name] = value
                continue
            if not isinstance(value, str):
                continue
            detail = details.get(value)
            title = (detail.name if detail is not None and detail.name else output.description()) or name
            layer = _load_layer(value, title, self.context, output.type())
            if layer is None or not layer.isValid():
                continue
            layer.setName(title)
            tag_layer(layer, self.step, self.algorithm_id, name)
            place = place_of(self.step, self.algorithm.name(), name, layer)
            add_to_group(layer, place)
            processor = detail.postProcessor() if detail is not None else None
            if processor is not None:
                processor.postProcessLayer(layer, self.context, self.feedback)
            else:
                _message, styled = layer.loadDefaultStyle()
                if not styled:
                    apply_packaged_style(layer, self.algorithm.name(), name, self.step)
            if place == "surface" and isinstance(layer, QgsRasterLayer) and layer.renderer() is not None:
                layer.renderer().setOpacity(SURFACE_OPACITY)  # over the choropleth, which shows through
            # loading a QML style replaces the custom properties: tag again after styling
            tag_layer(layer, self.step, self.algorithm_id, name)
            layer.setCustomProperty(_PLACE_PROPERTY, place)
            layers[name] = layer
        return layers, figures
