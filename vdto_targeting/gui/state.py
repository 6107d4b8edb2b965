"""The dock remembers the analyst's choices: per project, and as personal defaults.

Why both: a project is a case file (its layers, period and radius must come back when it is reopened, on any
laptop), while an analyst's habits (kernel, pixel size, permutations, name on the briefing) should pre-fill a new
project. A value is looked up in the project first (``QgsProject`` entries under ``definitions.PROJECT_SCOPE``), then
in ``QgsSettings`` under ``definitions.SETTINGS_PREFIX``, then falls back to the widget's own default. Layer choices
are stored only in the project: a layer id means nothing in another project.

Layers are remembered by id *and* source (and name, for the message). Restoring never substitutes: a layer that is
gone, or whose id now reads another source, leaves its input empty and is reported in :attr:`DockState.problems`
(shown at the top of the dock) until the analyst chooses again. No code path picks "the first layer of a plausible
type": every layer combo of the dock allows "no layer", so Qt never chooses one on its own.
"""
from __future__ import annotations

import json
from typing import Any, Callable, Dict, List, Optional, Tuple

from qgis.core import QgsMapLayer, QgsProject, QgsSettings
from qgis.gui import QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QDate, QObject, pyqtSignal
from qgis.PyQt.QtWidgets import (QAbstractSlider, QCheckBox, QComboBox, QDateEdit, QDoubleSpinBox, QGroupBox,
                                 QLineEdit, QPlainTextEdit, QSpinBox, QWidget)

from ..definitions import PROJECT_SCOPE, SETTINGS_PREFIX
from ..i18n import translate

Getter = Callable[[], Any]
Setter = Callable[[Any], None]


def layer_reference(layer: Optional[QgsMapLayer]) -> Any:
    """What the dock stores for a layer: id, source and name (the source tells a look-alike from the original)."""
    if layer is None:
        return ""
    return {"id": layer.id(), "source": layer.source(), "name": layer.name(), "provider": layer.providerType()}


def same_source(provider: str, first: str, second: str) -> bool:
    """Whether two sources of ``provider`` read the same data (file path and table; a memory layer is its id)."""
    if first == second or provider == "memory":
        return True
    from qgis.core import QgsProviderRegistry

    def key(source: str):
        parts = QgsProviderRegistry.instance().decodeUri(provider, source) if provider else {}
        path = parts.get("path") or ""
        if not path:
            return source
        import os

        return (os.path.normcase(os.path.abspath(path)), str(parts.get("layerName") or ""),
                str(parts.get("layerId") or ""), str(parts.get("subset") or ""))
    return key(first) == key(second)


def resolve_layer(value: Any, project: Optional[QgsProject] = None) -> Tuple[Optional[QgsMapLayer], str]:
    """The layer a stored reference names, or (None, why not). Never another layer "of the same kind"."""
    project = project or QgsProject.instance()
    if not value:
        return None, ""
    if isinstance(value, str):  # projects saved before sources were stored: the id alone
        layer = project.mapLayer(value)
        if layer is None:
            return None, translate("DockState", "a layer chosen earlier (id {0}) is no longer in the project: "
                                                "choose it again.").format(value)
        return layer, ""
    if not isinstance(value, dict) or not value.get("id"):
        return None, ""
    layer = project.mapLayer(value["id"])
    name = value.get("name") or value["id"]
    if layer is None:
        return None, translate("DockState", "the layer “{0}” ({1}) is no longer in the project: add it again and "
                                            "choose it.").format(name, value.get("source", ""))
    if not layer.isValid():
        return None, translate("DockState", "the layer “{0}” cannot be read from {1}: repair its source (Layer ▸ "
                                            "Change Data Source) and choose it again.").format(
            layer.name(), layer.source())
    if value.get("source") and not same_source(layer.providerType(), layer.source(), value["source"]):
        return None, translate("DockState", "the layer “{0}” now reads {1} instead of {2}: check it and choose it "
                                            "again.").format(layer.name(), layer.source(), value["source"])
    return layer, ""


def _adapter(widget: QWidget) -> Tuple[Getter, Setter, Any, bool]:
    """(get, set, change signal, may be a personal default) for the input widgets the dock uses."""
    if isinstance(widget, QgsMapLayerComboBox):
        # a combo that does not allow "no layer" would pick the first layer of its type by itself
        if not widget.allowEmptyLayer():
            widget.setAllowEmptyLayer(True)
            widget.setLayer(None)

        def get_layer():
            return layer_reference(widget.currentLayer())

        def set_layer(value):
            layer, _problem = resolve_layer(value)
            widget.setLayer(layer)
        return get_layer, set_layer, widget.layerChanged, False
    if isinstance(widget, QgsFieldComboBox):
        return widget.currentField, lambda v: widget.setField(v or ""), widget.fieldChanged, False
    if isinstance(widget, QgsFileWidget):
        return widget.filePath, lambda v: widget.setFilePath(v or ""), widget.fileChanged, True
    if isinstance(widget, (QSpinBox, QDoubleSpinBox, QAbstractSlider)):
        cast = float if isinstance(widget, QDoubleSpinBox) else int
        return widget.value, lambda v: widget.setValue(cast(v)), widget.valueChanged, True
    if isinstance(widget, QComboBox):
        def get_choice():
            data = widget.currentData()
            return data if data is not None else widget.currentIndex()

        def set_choice(value):
            index = widget.findData(value)
            if index < 0 and isinstance(value, int) and 0 <= value < widget.count():
                index = value
            if index >= 0:
                widget.setCurrentIndex(index)
        return get_choice, set_choice, widget.currentIndexChanged, True
    if isinstance(widget, QCheckBox) or (isinstance(widget, QGroupBox) and widget.isCheckable()):
        return widget.isChecked, lambda v: widget.setChecked(bool(v)), widget.toggled, True
    if isinstance(widget, QDateEdit):
        return (lambda: widget.date().toString("yyyy-MM-dd"),
                lambda v: widget.setDate(QDate.fromString(str(v), "yyyy-MM-dd")), widget.dateChanged, True)
    if isinstance(widget, QLineEdit):
        return widget.text, lambda v: widget.setText(str(v or "")), widget.textChanged, True
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText, lambda v: widget.setPlainText(str(v or "")), widget.textChanged, True
    raise TypeError(f"no state adapter for {type(widget).__name__}")


class DockState(QObject):
    """Binds input widgets to keys and keeps them in step with the project and the personal defaults.

    ``bind`` in dependency order (a layer combo before its field combo): restoring replays the same order.
    ``problems`` maps a key to the sentence saying why its remembered layer was not restored.
    """

    problemsChanged = pyqtSignal()

    def __init__(self, parent: Optional[QObject] = None, project: Optional[QgsProject] = None) -> None:
        super().__init__(parent)
        self.project = project or QgsProject.instance()
        self.settings = QgsSettings()
        self._bindings: List[Tuple[str, Getter, Setter, Any, bool]] = []
        self._layer_keys: set = set()
        self.problems: Dict[str, str] = {}
        self._restoring = False
        # While a project loads, layer combos pick whatever layer arrives first: those changes must not overwrite
        # the entries just read from the file.
        self._loading = False
        self._closed = False
        self.project.loadingLayer.connect(self._loading_started)
        self.project.readProject.connect(self.restore)
        self.project.cleared.connect(self.restore)

    def disconnect_project(self) -> None:
        """Stop following the project and stop writing to it (the dock is closing; its widgets may still signal)."""
        self._closed = True
        for signal, slot in ((self.project.readProject, self.restore), (self.project.cleared, self.restore),
                             (self.project.loadingLayer, self._loading_started)):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass

    def _loading_started(self, *_args) -> None:
        self._loading = True

    # -------------------------------------------------------------- binding
    def bind(self, key: str, widget: QWidget, personal: Optional[bool] = None) -> None:
        """Remember ``widget`` under ``key``; restore its saved value now and save every change."""
        get, put, signal, may_be_personal = _adapter(widget)
        personal = may_be_personal if personal is None else (personal and may_be_personal)
        if isinstance(widget, QgsMapLayerComboBox):
            self._layer_keys.add(key)
        default = get()
        self._bindings.append((key, get, put, default, personal))
        self._restore_one(key, put, default, personal)
        signal.connect(lambda *_args, k=key, g=get, p=personal: self._changed(k, g(), p))

    def keys(self) -> List[str]:
        return [binding[0] for binding in self._bindings]

    # -------------------------------------------------------------- storage
    def project_value(self, key: str) -> Tuple[Any, bool]:
        text, ok = self.project.readEntry(PROJECT_SCOPE, key, "")
        if not ok or text == "":
            return None, False
        return self._decode(text)

    def personal_value(self, key: str) -> Tuple[Any, bool]:
        text = self.settings.value(SETTINGS_PREFIX + key, None)
        if text is None or text == "":
            return None, False
        return self._decode(str(text))

    @staticmethod
    def _decode(text: str) -> Tuple[Any, bool]:
        try:
            return json.loads(text), True
        except ValueError:
            return text, True

    def set_value(self, key: str, value: Any, personal: bool = True) -> None:
        """Store a value that is not a widget's (e.g. the last output paths of a step)."""
        self._changed(key, value, personal)

    def value(self, key: str, default: Any = None) -> Any:
        for found, ok in (self.project_value(key), self.personal_value(key)):
            if ok:
                return found
        return default

    def restoring(self) -> bool:
        """True while a project loads or its values are put back: changes then are not the analyst's."""
        return self._restoring or self._loading

    def layer(self, key: str) -> Tuple[Optional[QgsMapLayer], str]:
        """The layer stored under ``key`` (verified by id and source), or (None, why not)."""
        return resolve_layer(self.value(key, ""), self.project)

    def set_problem(self, key: str, problem: str) -> None:
        if self.problems.get(key, "") == problem:
            return
        if problem:
            self.problems[key] = problem
        else:
            self.problems.pop(key, None)
        self.problemsChanged.emit()

    def _changed(self, key: str, value: Any, personal: bool) -> None:
        if self._restoring or self._loading or self._closed:
            return
        if isinstance(value, QgsMapLayer):
            value = layer_reference(value)
        if key in self._layer_keys and key in self.problems:
            self.set_problem(key, "")  # the analyst chose again
        text = json.dumps(value)
        self.project.writeEntry(PROJECT_SCOPE, key, text)
        if personal:
            self.settings.setValue(SETTINGS_PREFIX + key, text)
            self.settings.sync()  # on disk now: a crash right after the change must not lose it

    # -------------------------------------------------------------- restore
    def _restore_one(self, key: str, put: Setter, default: Any, personal: bool) -> None:
        value, ok = self.project_value(key)
        if not ok and personal:
            value, ok = self.personal_value(key)
        if key in self._layer_keys:
            _layer, problem = resolve_layer(value if ok else "", self.project)
            self.set_problem(key, problem)
        self._restoring = True
        try:
            put(value if ok else default)
        except (TypeError, ValueError):
            put(default)
        except RuntimeError:  # the widget is gone (dock closed without shutdown): nothing to restore
            pass
        finally:
            self._restoring = False

    def restore(self, *_args) -> None:
        """Bring every bound widget back to the project's values (called when a project is opened or cleared)."""
        self._loading = False
        for key, _get, put, default, personal in self._bindings:
            self._restore_one(key, put, default, personal)

    def snapshot(self) -> Dict[str, Any]:
        """Current values of every bound widget (used by tests and by the briefing's "choices" note)."""
        return {key: get() for key, get, _put, _default, _personal in self._bindings}
