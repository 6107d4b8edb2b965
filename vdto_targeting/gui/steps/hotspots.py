"""Step 3 — Hotspots and violent regions: Gi* and Local Moran's I on municipal indicators."""
from __future__ import annotations

from typing import Any, Dict

from ... import qgis_compat as compat
from ...definitions import DEFAULT_PERMUTATIONS, DEFAULT_SEED, WeightsScheme
from ...processing.hotspots import HotspotsAlgorithm as Hotspots
from .base import StepPage, algorithm_id

HOTSPOTS = algorithm_id(Hotspots)


class HotspotsPage(StepPage):
    """Inputs of ``vdto:hotspots``; the summary counts hot municipalities and violent regions."""

    STEP = "hotspots"
    ALGORITHMS = (HOTSPOTS,)

    def build(self) -> None:
        self.input = self.add_layer(
            "input", self.tr("Municipal indicators"),
            self.tr("Polygon layer with the value to test (the indicators built in the Data step)."),
            compat.LAYER_POLYGON)
        self.field = self.add_field(
            "field", self.tr("Value"),
            self.tr("Count, rate per 100,000 or Empirical Bayes smoothed rate (recommended for small "
                    "municipalities)."), self.input, compat.FIELD_FILTER_NUMERIC, allow_empty=False)
        self.weights = self.add_combo(
            "weights", self.tr("Neighbours"),
            self.tr("Which municipalities count as neighbours: sharing a border or corner (queen), a border "
                    "(rook), the k nearest, or those within a distance."),
            [(self.tr("Queen contiguity"), WeightsScheme.QUEEN.value),
             (self.tr("Rook contiguity"), WeightsScheme.ROOK.value), (self.tr("k nearest"), WeightsScheme.KNN.value),
             (self.tr("Distance band"), WeightsScheme.DISTANCE_BAND.value)])
        self.k = self.add_spin("k", self.tr("k"), self.tr("Number of nearest neighbours (k nearest only)."),
                               1, 50, 8)
        self.distance = self.add_spin("distance_km", self.tr("Distance band"),
                                      self.tr("Neighbours within this distance (distance band only)."), 1, 1000,
                                      50, 5, self.tr(" km"))
        self.permutations = self.add_spin(
            "permutations", self.tr("Permutations"),
            self.tr("Random permutations for the p-values ({0} is the usual choice; more is slower and "
                    "steadier).").format(DEFAULT_PERMUTATIONS),
            99, 99999, DEFAULT_PERMUTATIONS, 100)
        self.seed = self.add_spin("seed", self.tr("Random seed"),
                                  self.tr("Same seed, same p-values: results can be reproduced."), 0, 2 ** 31 - 1,
                                  DEFAULT_SEED)
        self.fdr = self.add_check("fdr", self.tr("Control the False Discovery Rate"),
                                  self.tr("Benjamini-Hochberg correction: fewer, more reliable hot spots."))

    def adopt_roles(self) -> None:
        layer = self.context.layer("indicators") or self.context.layer("municipalities")
        if layer is not None:
            self.input.setLayer(layer)
            for name in ("eb_spatial", "eb_global", "rate", "homicides"):
                if layer.fields().lookupField(name) >= 0:
                    self.field.setField(name)
                    break

    def run_text(self) -> str:
        return self.tr("Find hotspots and violent regions")

    def values(self, algorithm_id: str) -> Dict[str, Any]:
        return {
            Hotspots.INPUT: self.input.currentLayer(),
            Hotspots.FIELD: self.field.currentField(),
            Hotspots.WEIGHTS: self.weights.currentData(),
            Hotspots.K: self.k.value(),
            Hotspots.DISTANCE: self.distance.value() * 1000.0,
            Hotspots.PERMUTATIONS: self.permutations.value(),
            Hotspots.SEED: self.seed.value(),
            Hotspots.FDR: self.fdr.isChecked(),
        }

    def on_finished(self, algorithm_id: str, outcome: dict) -> None:
        layers = outcome.get("layers", {})
        if Hotspots.OUTPUT in layers:
            self.context.set_role("hotspots", layers[Hotspots.OUTPUT])
        if Hotspots.REGIONS in layers:
            self.context.set_role("regions", layers[Hotspots.REGIONS])

    def summary(self) -> str:
        text = super().summary()
        outcome = self.outcomes.get(HOTSPOTS, {})
        hotspots = outcome.get("layers", {}).get(Hotspots.OUTPUT)
        regions = outcome.get("layers", {}).get(Hotspots.REGIONS)
        lines = []
        if hotspots is not None and hotspots.fields().lookupField("gi_class") >= 0:
            hot = sum(1 for f in hotspots.getFeatures() if "hot" in str(f["gi_class"]).lower())
            lines.append(self.tr("Hot municipalities (Gi*): {0} of {1}").format(hot, hotspots.featureCount()))
        if regions is not None:
            lines.append(self.tr("Violent regions: {0}").format(regions.featureCount()))
        return "<br>".join(lines) + text
