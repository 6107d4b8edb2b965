"""The plugin object QGIS holds: menu, toolbar, dock, Processing provider, and a clean unload.

Start-up cost matters (analysts open QGIS many times a day): only the provider and two actions are created here;
the dock and everything numeric are imported when first used.
"""
from __future__ import annotations

from typing import Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QToolBar

from .definitions import PLUGIN_NAME, TOOLBAR_OBJECT_NAME
from .i18n import TrMixin
from .paths import icon_path


class VdtoTargetingPlugin(TrMixin):
    """Owns every object the plugin adds to QGIS, so ``unload()`` can remove each one."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider = None
        self.translator = None
        self.toolbar: Optional[QToolBar] = None
        self.dock_action: Optional[QAction] = None
        self.dock = None

    # QGIS calls this before initGui, and again when Processing reloads providers.
    def initProcessing(self) -> None:  # noqa: N802
        from .processing.provider import VdtoProvider

        if self.provider is None:
            self.provider = VdtoProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802
        from .i18n import install_translator

        self.translator = install_translator()
        self.initProcessing()

        self.toolbar = self.iface.addToolBar(PLUGIN_NAME)
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)
        self.toolbar.setToolTip(self.tr("VDTO Targeting"))

        self.dock_action = QAction(QIcon(str(icon_path("vdto.svg"))), self.tr("VDTO Targeting panel"),
                                   self.iface.mainWindow())
        self.dock_action.setObjectName("VdtoTargetingDockAction")
        self.dock_action.setCheckable(True)
        self.dock_action.setToolTip(self.tr("Show or hide the VDTO Targeting panel"))
        self.dock_action.setWhatsThis(self.tr("Open the targeted-enforcement workflow: data, violence surface, "
                                              "hotspots, organisations and corridors, zones, briefing."))
        self.dock_action.toggled.connect(self.set_dock_visible)
        self.toolbar.addAction(self.dock_action)
        self.iface.addPluginToMenu(PLUGIN_NAME, self.dock_action)

    # ------------------------------------------------------------------ dock
    def ensure_dock(self):
        """Create the dock on first use (keeps QGIS start-up fast)."""
        if self.dock is None:
            from .gui.dock import VdtoTargetingDock

            self.dock = VdtoTargetingDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self._sync_action)
        return self.dock

    def set_dock_visible(self, visible: bool) -> None:
        if visible:
            dock = self.ensure_dock()
            dock.show()
            dock.raise_()
        elif self.dock is not None:
            self.dock.hide()

    def _sync_action(self, visible: bool) -> None:
        if self.dock_action is not None and self.dock_action.isChecked() != visible:
            self.dock_action.blockSignals(True)
            self.dock_action.setChecked(visible)
            self.dock_action.blockSignals(False)

    # ---------------------------------------------------------------- unload
    def unload(self) -> None:
        """Remove everything the plugin added: dock, map tools, actions, toolbar, provider, translator."""
        if self.dock is not None:
            self.dock.shutdown()
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None
        if self.dock_action is not None:
            self.iface.removePluginMenu(PLUGIN_NAME, self.dock_action)
            self.dock_action.deleteLater()
            self.dock_action = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
