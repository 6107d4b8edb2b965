"""The analyst's dock: the targeted-enforcement workflow in one panel.

It only collects inputs and runs the ``vdto`` Processing algorithms as background tasks (see :mod:`.tasks`), so its
results are the toolbox's and ``qgis_process``'s. Above the steps sits the analysis (period, events, deaths
field, municipalities, study area, zones file, results folder: :mod:`.analysis`), set once and used by every step.
Steps are pages of a tool box that can be revisited in any order; each page scrolls vertically on its own (never
horizontally) so the dock works on a 1280 × 800 laptop screen, and nothing has a fixed pixel size.
"""
from __future__ import annotations

from typing import List

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDockWidget, QFrame, QScrollArea, QToolBox, QVBoxLayout, QWidget

from ..definitions import DOCK_OBJECT_NAME
from ..i18n import TrMixin


class VdtoTargetingDock(TrMixin, QDockWidget):
    """Steps in order — Data, Surface, Hotspots and regions, Organisations and corridors, Zones, Briefing."""

    def __init__(self, iface, parent=None) -> None:
        super().__init__(parent)
        from .analysis import AnalysisPanel
        from .state import DockState
        from .steps.base import DockContext
        from .steps.briefing import BriefingPage
        from .steps.data import DEMO, INDICATORS, DataPage
        from .steps.hotspots import HotspotsPage
        from .steps.organisations import OrganisationsPage
        from .steps.surface import SurfacePage
        from .steps.zones import ZonesPage

        self.iface = iface
        self._demo_id = DEMO
        self._indicators_id = INDICATORS
        self.setObjectName(DOCK_OBJECT_NAME)
        self.setWindowTitle(self.tr("VDTO Targeting"))
        self.state = DockState(self)
        self.context = DockContext(iface, self.state, self)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.analysis = AnalysisPanel(self.context, body)
        layout.addWidget(self.analysis)
        self.steps = QToolBox(body)
        self.steps.setObjectName("VdtoSteps")
        titles = [self.tr("1 · Data"), self.tr("2 · Violence surface"), self.tr("3 · Hotspots and regions"),
                  self.tr("4 · Organisations and corridors"), self.tr("5 · Enforcement zones"),
                  self.tr("6 · Briefing")]
        tips = [self.tr("Choose or import municipalities, homicides, population, events and ports."),
                self.tr("Kernel density of lethal events, with a live radius preview."),
                self.tr("Gi* and Local Moran's I hotspots; contiguous hot municipalities become violent regions."),
                self.tr("Rank the most violent organisations and trace their corridors to U.S. ports of entry."),
                self.tr("Draw enforcement zones and judge them by the violence they capture (PAI)."),
                self.tr("Print the two-minute briefing and write the offline field pack.")]
        self.pages: List = []
        for index, page_class in enumerate([DataPage, SurfacePage, HotspotsPage, OrganisationsPage, ZonesPage,
                                            BriefingPage]):
            page = page_class(self.context)
            page.finished.connect(self._page_finished)
            scroll = QScrollArea(self.steps)
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            self.steps.addItem(scroll, titles[index])
            self.steps.setItemToolTip(index, tips[index])
            self.pages.append(page)
        self._restore_step()
        self.steps.currentChanged.connect(lambda index: self.state.set_value("dock/current_step", index))
        self.state.project.readProject.connect(self._restore_step)
        layout.addWidget(self.steps)
        self.setWidget(body)

    def _restore_step(self, *_args) -> None:
        """Reopen the step the analyst was on when the project was saved."""
        try:
            self.steps.setCurrentIndex(int(self.state.value("dock/current_step", 0) or 0))
        except (TypeError, ValueError):
            self.steps.setCurrentIndex(0)

    # -------------------------------------------------------------- pages
    def page(self, step: str):
        """The page of a step key (``definitions.STEP_KEYS``)."""
        for page in self.pages:
            if page.STEP == step:
                return page
        raise KeyError(step)

    def _page_finished(self, algorithm_id: str, status: str) -> None:
        """After the demo is loaded every page points at its layers, so the analyst can click straight through."""
        if status == "ok" and algorithm_id == self._demo_id:
            self._adopt_all()
        elif status == "ok" and algorithm_id == self._indicators_id:
            self.page("hotspots").adopt_roles()
        if status == "ok":
            self.arrange_map()

    def arrange_map(self) -> None:
        """The analysis's events and the ports join the results group at their place, above the choropleth."""
        from .tasks import bring_into_group

        for role in ("events", "ports"):
            bring_into_group(self.context.layer(role), "events")

    def adopt_roles(self) -> None:
        """Every page takes the layers the context knows by role (after a demo or a project is loaded)."""
        self._adopt_all()

    def _adopt_all(self, *_args) -> None:
        for page in self.pages:
            adopt = getattr(page, "adopt_roles", None)
            if adopt is not None:
                adopt()

    # -------------------------------------------------------------- end
    def running(self) -> bool:
        return any(page.run is not None and page.run.is_running() for page in self.pages)

    def shutdown(self) -> None:
        """Cancel running tasks, release map tools and the preview layer, stop following the project."""
        for page in self.pages:
            page.shutdown()
        self.state.disconnect_project()
        try:
            self.state.project.readProject.disconnect(self._restore_step)
        except (TypeError, RuntimeError):
            pass
