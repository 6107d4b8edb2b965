"""Step 5 — Enforcement zones: the zones panel (drawing, live figures) and the zone statistics run.

The drawing tools and live figures belong to ``gui.zones_panel.ZonesPanel`` (written by the zones work); this page
embeds it when it is installed and otherwise offers the zone statistics algorithm's inputs, so the step is never
empty.
"""
from __future__ import annotations

from typing import Any, Dict

from qgis.core import QgsMessageLog
from qgis.PyQt.QtWidgets import QLabel

from ... import qgis_compat as compat
from ...definitions import PLUGIN_NAME
from .base import StepPage

STATISTICS = "vdto:zonestatistics"


class ZonesPage(StepPage):
    """Embeds the zones panel; Run computes ``vdto:zonestatistics`` (PAI, shares, concentration curve)."""

    STEP = "zones"
    ALGORITHMS = (STATISTICS,)

    def build(self) -> None:
        self.panel = None
        try:
            from ..zones_panel import ZonesPanel
        except ImportError as error:  # e.g. a Qt class that moved module: say so, in the page and in the log
            ZonesPanel = None  # noqa: N806 - the class, when importable
            problem = self.tr("The zone drawing panel could not be loaded ({0}); zone figures can still be "
                              "computed below. Please report this with your QGIS version.").format(error)
            QgsMessageLog.logMessage(problem, PLUGIN_NAME, compat.CRITICAL)
            warning = QLabel(problem, self)
            warning.setWordWrap(True)
            self.form.addRow(warning)
        if ZonesPanel is not None:
            self.panel = ZonesPanel(self.iface, self)
            self.panel.setObjectName("VdtoZonesPanel")
            self.layout_.addWidget(self.panel)
            if hasattr(self.panel, "zonesChanged"):
                self.panel.zonesChanged.connect(self._zones_changed)
        else:
            note = QLabel(self.tr("Draw zones in a polygon layer with the zones schema, then compute their figures "
                                  "here."), self)
            note.setWordWrap(True)
            self.form.addRow(note)
        self.zones = self.add_layer(
            "zones", self.tr("Zones layer"), self.tr("Polygon layer of enforcement zones (GeoPackage)."),
            compat.LAYER_POLYGON, role="zones")
        self.events = self.add_layer(
            "events", self.tr("Lethal events"), self.tr("Events whose violence the zones should capture."),
            compat.LAYER_POINT)
        self.deaths = self.add_field("deaths", self.tr("Deaths field"),
                                     self.tr("Deaths per event; empty: each event counts once."), self.events,
                                     compat.FIELD_FILTER_NUMERIC)
        self.municipalities = self.add_layer(
            "municipalities", self.tr("Study area"),
            self.tr("Municipalities: the area the zones' share of area is measured against."),
            compat.LAYER_POLYGON)
        self.port_km = self.add_spin("port_km", self.tr("Ports within"),
                                     self.tr("Ports of entry closer than this to a zone are listed with it."), 0,
                                     1000, 25, 5, self.tr(" km"), 1)

    def adopt_roles(self) -> None:
        for combo, role in ((self.zones, "zones"), (self.events, "events"),
                            (self.municipalities, "municipalities")):
            layer = self.context.layer(role)
            if layer is not None:
                combo.setLayer(layer)
        self._offer_to_panel(self.zones.currentLayer())

    def _offer_to_panel(self, layer) -> None:
        """A zones GeoPackage chosen in the combo (e.g. the demo's) becomes the panel's drawing target too."""
        if self.panel is None or layer is None or getattr(self.panel, "layer", None) is not None:
            return
        path, _, rest = layer.source().partition("|")
        if layer.providerType() == "ogr" and path.lower().endswith(".gpkg") and "layername=zones" in rest:
            self.panel.set_zones_path(path)

    def run_text(self) -> str:
        return self.tr("Compute zone figures (PAI)")

    def _zones_changed(self, *_args) -> None:
        layer = getattr(self.panel, "layer", None)
        layer = layer() if callable(layer) else layer
        if layer is not None and hasattr(layer, "id"):
            self.zones.setLayer(layer)

    def values(self, algorithm_id: str) -> Dict[str, Any]:
        return {
            "ZONES": self.zones.currentLayer(), "EVENTS": self.events.currentLayer(),
            "DEATHS_FIELD": self.deaths.currentField() or None,
            "MUNICIPALITIES": self.municipalities.currentLayer(), "PORT_DISTANCE_KM": self.port_km.value(),
        }

    def on_finished(self, algorithm_id: str, outcome: dict) -> None:
        layer = outcome.get("layers", {}).get("OUTPUT")
        if layer is not None:
            self.context.set_role("zone_figures", layer)

    def shutdown(self) -> None:
        super().shutdown()
        if self.panel is not None and hasattr(self.panel, "shutdown"):
            self.panel.shutdown()
