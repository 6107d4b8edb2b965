"""QGIS 3.22 → 4 readiness: combined layer filters, and the lint rules that keep Qt 6 / QGIS 4 hazards out.

The lint rules resolve names against the QGIS and Qt bindings of the running version, so these run in the qgis tier
(and so on every version of `make test-matrix`).
"""
from __future__ import annotations

import ast
import sys
import warnings

from tests.datasets import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import check_sources  # noqa: E402


def test_layer_filters_combined_list_exactly_those_layers_without_deprecation(qgis_new_project):
    from qgis.core import QgsProject, QgsVectorLayer
    from qgis.gui import QgsMapLayerComboBox

    from vdto_targeting import qgis_compat as qc

    layers = {kind: QgsVectorLayer(f"{kind}?crs=EPSG:6372", kind, "memory")
              for kind in ("Point", "LineString", "Polygon")}
    QgsProject.instance().addMapLayers(list(layers.values()))
    combo = QgsMapLayerComboBox()
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)   # QGIS 3.34+: OR-ed ints go through a deprecated overload
        combo.setFilters(qc.layer_filters(qc.LAYER_POLYGON, qc.LAYER_LINE))
    listed = {combo.layer(i).name() for i in range(combo.count())}
    assert listed == {"LineString", "Polygon"}


def _problems(*lines: str) -> list:
    """The lint's findings on these lines of code (given line by line: a multi-line string literal here would itself
    be linted as code held in a string)."""
    tree = ast.parse("\n".join(lines))
    cache: dict = {}
    return [why for _, why in check_sources._moved_classes(tree) + check_sources._unscoped_enums(tree, cache)
            + check_sources._shadowing_signals(tree, cache)]


def test_lint_rejects_qt6_moved_classes_without_fallback_and_accepts_the_fallback():
    bad = _problems("from qgis.PyQt.QtWidgets import QUndoStack, QLabel")
    assert len(bad) == 1 and "QUndoStack lives in QtGui" in bad[0]
    good = _problems("try:", "    from qgis.PyQt.QtGui import QUndoStack",
                     "except ImportError:", "    from qgis.PyQt.QtWidgets import QUndoStack")
    assert good == []
    assert _problems("from qgis.PyQt.QtWidgets import QAction") == []      # re-exported by QGIS's Qt 6 shim
    assert any("gone in Qt 6" in why for why in _problems("from qgis.PyQt.QtCore import QRegExp"))


def test_lint_rejects_unscoped_qgis_and_qt_enums():
    bad = _problems("from qgis.core import QgsRasterBandStats, Qgis", "from qgis.PyQt.QtCore import Qt, QEvent",
                    "a = QgsRasterBandStats.Max", "b = Qt.LeftButton", "c = QEvent.MouseButtonRelease",
                    "d = Qt.MouseButton.LeftButton", "e = QEvent.Type.MouseButtonRelease", "f = Qgis.QGIS_VERSION_INT")
    assert len(bad) == 3, bad
    assert any("QgsRasterBandStats.Max" in why for why in bad)
    assert any("Qt.MouseButton.LeftButton" in why for why in bad)           # the hint names the scoped spelling


def test_lint_rejects_a_signal_shadowing_a_base_class_member():
    bad = _problems("from qgis.gui import QgsMapTool", "from qgis.PyQt.QtCore import pyqtSignal",
                    "class Tool(QgsMapTool):", "    activate = pyqtSignal()", "    zoneDrawn = pyqtSignal()")
    assert len(bad) == 1 and "Tool.activate shadows QgsMapTool.activate" in bad[0]
