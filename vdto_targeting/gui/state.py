"""The dock remembers the analyst's choices: per project, and as personal defaults.

Why both: a project is a case file (its layers, period and radius must come back when it is reopened, on any
laptop), while an analyst's habits (kernel, pixel size, permutations, name on the briefing) should pre-fill a new
project. A value is looked up in the project first (``QgsProject`` entries under ``definitions.PROJECT_SCOPE``), then
in ``QgsSettings`` under ``definitions.SETTINGS_PREFIX``, then falls back to the widget's own default. Layer choices
are stored only in the project: a layer id means nothing in another project.
"""
from __future__ import annotations

import json
from typing import Any, Callable, Dict, List, Optional, Tuple

from qgis.core import QgsMapLayer, QgsProject, QgsSettings
from qgis.gui import QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QDate, QObject
from qgis.PyQt.QtWidgets import (QAbstractSlider, QCheckBox, QComboBox, QDateEdit, QDoubleSpinBox, QGroupBox,
                                 QLineEdit, QPlainTextEdit, QSpinBox, QWidget)

from ..definitions import PROJECT_SCOPE, SETTINGS_PREFIX

Getter = Callable[[], Any]
Setter = Callable[[Any], None]


def _adapter(widget: QWidget) -> Tuple[Getter, Setter, Any, bool]:
    """(get, set, change signal, may be a personal default) for the input widgets the dock uses."""
    if isinstance(widget, QgsMapLayerComboBox):
        def get_layer():
            layer = widget.currentLayer()
            return layer.id() if layer is not None else ""

        def set_layer(value):
            layer = QgsProject.instance().mapLayer(value) if value else None
            if layer is not None or widget.allowEmptyLayer():
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
    """

    def __init__(self, parent: Optional[QObject] = None, project: Optional[QgsProject] = None) -> None:
        super().__init__(parent)
        self.project = project or QgsProject.instance()
        self.settings = QgsSettings()
        self._bindings: List[Tuple[str, Getter, Setter, Any, bool]] = []
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

    def _changed(self, key: str, value: Any, personal: bool) -> None:
        if self._restoring or self._loading or self._closed:
            return
        if isinstance(value, QgsMapLayer):
            value = value.id()
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
