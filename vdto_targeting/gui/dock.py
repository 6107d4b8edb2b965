"""The analyst's dock: the targeted-enforcement workflow in one panel.

It only collects inputs and runs the ``vdto`` Processing algorithms as tasks, so its results are the toolbox's.
"""
from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QDockWidget, QLabel, QToolBox, QVBoxLayout, QWidget

from ..definitions import DOCK_OBJECT_NAME


class VdtoTargetingDock(QDockWidget):
    """Steps in order, each a page of a tool box that can be revisited."""

    STEPS = ["Data", "Surface", "Hotspots and regions", "Organisations and corridors", "Zones", "Briefing"]

    def __init__(self, iface, parent=None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.setObjectName(DOCK_OBJECT_NAME)
        self.setWindowTitle(self.tr("VDTO Targeting"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.steps = QToolBox(body)
        self.steps.setObjectName("VdtoSteps")
        for step in self.STEPS:
            page = QWidget(self.steps)
            page_layout = QVBoxLayout(page)
            page_layout.addWidget(QLabel(self.tr(step), page))
            self.steps.addItem(page, self.tr(step))
        layout.addWidget(self.steps)
        self.setWidget(body)

    def tr(self, text: str) -> str:  # noqa: D102
        return QCoreApplication.translate("VdtoTargetingDock", text)

    def shutdown(self) -> None:
        """Release map tools and running tasks before the plugin unloads."""
