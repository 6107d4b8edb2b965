"""Step 2 — Violence surface: kernel density of events (or municipal counts), with a live radius preview."""
from __future__ import annotations

from typing import Any, Dict, Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QSlider

from ... import qgis_compat as compat
from ...definitions import (DEFAULT_SURFACE_RADIUS_M, PREVIEW_MAX_RADIUS_M, STATE_EVENTS_LEAVE_OUT,
                            STATE_EVENTS_SPREAD, Kernel, PolygonMode, SurfaceOutput)
from ...processing.surface import ViolenceSurface as Surface
from .base import StepPage, algorithm_id

SURFACE = algorithm_id(Surface)


class SurfacePage(StepPage):
    """Inputs of ``vdto:violencesurface``; the radius slider drives :class:`..preview.BandwidthPreview`."""

    STEP = "surface"
    ALGORITHMS = (SURFACE,)

    def build(self) -> None:
        self.preview = None
        self.live = None  # created below; the radius widgets signal before it exists
        self.input = self.add_layer(
            "input", self.tr("Municipal counts instead"),
            self.tr("Empty: the analysis's events (weighted by its deaths field, within its period) are smoothed. "
                    "Choose a polygon layer with a count field to smooth municipal counts instead."),
            compat.LAYER_POLYGON, allow_empty=True)
        self.weight = self.add_field(
            "weight", self.tr("Count field"),
            self.tr("Homicides or another count per municipality (only for municipal counts)."),
            self.input, compat.FIELD_FILTER_NUMERIC)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(1, int(PREVIEW_MAX_RADIUS_M // 1000))
        self.slider.setValue(int(DEFAULT_SURFACE_RADIUS_M // 1000))
        self.slider.setPageStep(5)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(10)
        self._row(self.tr("Radius (km)"), self.slider,
                  self.tr("Kernel radius in kilometres: drag to preview the surface live. Larger shows regions, "
                          "smaller shows towns."), "")
        self.slider.setObjectName("vdto_surface_radius_slider")
        self.radius = self.add_spin(
            "radius_km", self.tr("Radius (km, exact)"),
            self.tr("Kernel radius in kilometres (0 = automatic bandwidth, reported in the log)."), 0, 500,
            DEFAULT_SURFACE_RADIUS_M / 1000.0, 1, self.tr(" km"), 1)
        self.slider.valueChanged.connect(lambda value: self.radius.setValue(float(value)))
        self.radius.valueChanged.connect(self._radius_edited)
        self._radius_edited(self.radius.value())
        self.pixel = self.add_spin(
            "pixel_m", self.tr("Pixel size"), self.tr("Cell size of the surface in metres (1000 = 1 km)."), 50,
            50000, 1000, 250, self.tr(" m"))
        self.kernel = self.add_combo(
            "kernel", self.tr("Kernel shape"), self.tr("Quartic is QGIS's default; Gaussian has no hard edge."),
            [(label, kernel.value) for label, kernel in zip(self.kernel_labels(), Kernel)])
        self.output_value = self.add_combo(
            "output_value", self.tr("Output values"),
            self.tr("Density: events (or deaths) per km², integrates to the total. Raw: as QGIS's heatmap."),
            [(self.tr("Density (per km²)"), SurfaceOutput.DENSITY.value),
             (self.tr("Raw (as QGIS's heatmap)"), SurfaceOutput.RAW.value)])
        self.polygon_mode = self.add_combo(
            "polygon_mode", self.tr("Polygon counts"),
            self.tr("For municipalities: spread each count over its polygon (recommended) or put it at one point."),
            [(self.tr("Spread over the polygon"), PolygonMode.SPREAD.value),
             (self.tr("At a point on the surface"), PolygonMode.POINT.value)])
        self.state_events = self.add_combo(
            "state_events", self.tr("Events known only to a state"),
            self.tr("Events known only to a municipality or a state (UCDP where_prec 3–4, ACLED geo_precision 2–3) "
                    "are spread over it, using the analysis's municipalities. Spread those known only to a state "
                    "over their state (default) or leave them out of the map."),
            [(self.tr("Spread over their state"), STATE_EVENTS_SPREAD),
             (self.tr("Leave out of the map"), STATE_EVENTS_LEAVE_OUT)])
        self.mask = self.add_layer(
            "mask", self.tr("Mask (optional)"),
            self.tr("Polygon outline (e.g. Mexico): density that would fall outside is put back inside."),
            compat.LAYER_POLYGON, allow_empty=True)
        self.selected_only = self.add_check("selected", self.tr("Selected features only"),
                                            self.tr("Use only the features selected in the input layer."))
        self.live = self.add_check("live", self.tr("Live preview while dragging the radius"),
                                   self.tr("Bin the events once and redraw a 1 km preview on every radius change "
                                           "(well under a second for 100,000 events)."))
        self.live.toggled.connect(self._live_toggled)
        self.slider.valueChanged.connect(self._request_preview)
        self.kernel.currentIndexChanged.connect(self._request_preview)
        self.mask.layerChanged.connect(self._mask_changed)
        self.input.layerChanged.connect(self._rebin)
        self.weight.fieldChanged.connect(self._rebin)
        self.polygon_mode.currentIndexChanged.connect(self._rebin)
        self.selected_only.toggled.connect(self._rebin)
        self.context.analysis.changed.connect(self._rebin)
        self.state_events.currentIndexChanged.connect(lambda _index: self._rebin())

    def kernel_labels(self):
        """Kernel names in ``definitions.Kernel`` order, written out so the translator finds them."""
        return [self.tr("Quartic"), self.tr("Triangular"), self.tr("Uniform"), self.tr("Triweight"),
                self.tr("Epanechnikov"), self.tr("Gaussian")]

    def source_layer(self):
        """What is smoothed: the municipal counts layer when chosen, else the analysis's events."""
        return self.input.currentLayer() or self.context.layer("events")

    def weight_field(self) -> str:
        if self.input.currentLayer() is not None:
            return self.weight.currentField()
        return self.context.analysis.deaths_field()

    def run_text(self) -> str:
        return self.tr("Compute the surface")

    # -------------------------------------------------------------- preview
    def _radius_edited(self, value: float) -> None:
        if int(round(value)) != self.slider.value() and value >= 1:
            self.slider.blockSignals(True)
            self.slider.setValue(int(round(value)))
            self.slider.blockSignals(False)
        self._request_preview()

    def ensure_preview(self):
        if self.preview is None:
            from ..preview import BandwidthPreview

            self.preview = BandwidthPreview(self)
            self.preview.redrawn.connect(self._preview_drawn)
        self.preview.kernel = self.kernel.currentData()
        self.preview.mask_layer = self.mask.currentLayer()
        return self.preview

    def _live_toggled(self, on: bool) -> None:
        if on:
            self._rebin()
            self._request_preview()
        elif self.preview is not None:
            self.preview.clear()

    def _rebin(self, *_args) -> Optional[int]:
        """Read what the run smooths once (the slider then only re-smooths): the municipal counts when chosen,
        spread over each polygon or at a point as the page says, else the analysis's events of the period.

        Same reader and precision rules as the run: events known only to a municipality or a state are spread over
        the analysis's municipalities (or its states), coarser ones are left off the map.
        """
        import datetime

        counts = self.input.currentLayer()
        layer = counts or self.context.layer("events")
        if self.live is None or not self.live.isChecked() or layer is None:
            return None
        if counts is not None:
            count = self.ensure_preview().set_polygons(
                counts, self.weight.currentField(), self.polygon_mode.currentData() == PolygonMode.SPREAD,
                self.selected_only.isChecked())
            self._request_preview()
            return count
        start, end = self.context.analysis.period()

        def day(text: str):
            try:
                return datetime.date.fromisoformat(text)
            except (TypeError, ValueError):
                return None

        count = self.ensure_preview().set_points(layer, self.context.analysis.deaths_field(),
                                                 self.selected_only.isChecked(),
                                                 self.context.layer("municipalities"),
                                                 self.state_events.currentData(), day(start), day(end))
        self._request_preview()
        return count

    def _mask_changed(self, layer) -> None:
        if self.preview is not None:
            self.preview.set_mask(layer)
            self._request_preview()

    def _request_preview(self, *_args) -> None:
        """Redraw the preview with the run's radius and kernel: the exact radius typed (the slider follows it, up to
        its end), not the slider's rounded one; 0 (automatic) keeps the last preview."""
        if self.live is not None and self.live.isChecked() and self.preview is not None \
                and self.preview.binned is not None and self.radius.value() > 0:
            self.preview.kernel = self.kernel.currentData()
            self.preview.request(self.radius.value() * 1000.0)

    def _preview_drawn(self, seconds: float, radius: float) -> None:
        if self.input.currentLayer() is not None:
            self.status.setText(self.tr("Preview: {0:g} km radius, {1:,} municipalities, redrawn in {2:.2f} s.").format(
                radius / 1000.0, self.preview.n_points, seconds))
            return
        text = self.tr("Preview: {0:g} km radius, {1:,} events of {2}, redrawn in {3:.2f} s.").format(
            radius / 1000.0, self.preview.n_points, self.context.analysis.period_label(), seconds)
        if self.preview.table is not None:   # how events were handled (points, spread, out of the map), as the run
            from ...qgis_bridge.events import handled_line

            text += " " + handled_line(self.preview.table)
        self.status.setText(text)

    # -------------------------------------------------------------- run
    def values(self, algorithm_id: str) -> Dict[str, Any]:
        layer = self.source_layer()
        source: Any = layer
        if layer is not None and self.selected_only.isChecked():
            from qgis.core import QgsProcessingFeatureSourceDefinition

            source = QgsProcessingFeatureSourceDefinition(layer.id(), True)
        return {
            Surface.INPUT: source,
            Surface.WEIGHT_FIELD: self.weight_field() or None,
            Surface.RADIUS: self.radius.value() * 1000.0,
            Surface.PIXEL_SIZE: float(self.pixel.value()),
            Surface.KERNEL: self.kernel.currentData(),
            Surface.OUTPUT_VALUE: self.output_value.currentData(),
            Surface.POLYGON_MODE: self.polygon_mode.currentData(),
            Surface.MASK: self.mask.currentLayer(),
            Surface.STATE_EVENTS: self.state_events.currentData(),
            # municipal counts are already totals for the indicators' period: no date filter on polygons
            **({Surface.START: None, Surface.END: None} if self.input.currentLayer() is not None else {}),
        }

    def on_finished(self, algorithm_id: str, outcome: dict) -> None:
        layer = outcome.get("layers", {}).get(Surface.OUTPUT)
        if layer is not None:
            self.context.set_role("surface", layer)
            if self.preview is not None:
                self.preview.clear()
                self.live.setChecked(False)

    def shutdown(self) -> None:
        super().shutdown()
        if self.preview is not None:
            self.preview.shutdown()
            self.preview = None
