"""Step 1 — Data: pick (or import) the layers every later step uses, and join counts to municipalities.

The page is also where the demo scenario is loaded, so an analyst (or a test) can walk through the whole workflow
without the real datasets.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Dict

from qgis.core import QgsProject, QgsVectorLayer

from ... import qgis_compat as compat
from ...processing.demo import DemoScenarioAlgorithm as Demo
from ...processing.indicators import MunicipalIndicatorsAlgorithm as Indicators
from ..tasks import results_group
from .base import StepPage, algorithm_id

DEMO = algorithm_id(Demo)
INDICATORS = algorithm_id(Indicators)
# demo output name → role
DEMO_ROLES = {"MUNICIPALITIES": "municipalities", "HOMICIDES": "homicides", "EVENTS_LAYER": "events",
              "EVENTS": "events", "PORTS": "ports", "HUBS": "destinations", "ZONES": "zones",
              "POPULATION": "population"}


class DataPage(StepPage):
    """Inputs of the whole workflow; Run builds the municipal indicators (what joined and what did not)."""

    STEP = "data"
    ALGORITHMS = (INDICATORS,)

    def build(self) -> None:
        self.demo_button = self.add_button(
            self.tr("Load the demo scenario (synthetic)"),
            self.tr("Write and load a small SYNTHETIC scenario (fictitious organisations, events, ports, zones) "
                    "to try the whole workflow; none of it is real intelligence."),
            lambda: self.start_algorithm(DEMO), "vdto_data_demo")
        analysis = self.context.analysis
        self.code_field = self.add_field(
            "code_field", self.tr("Municipal code field"),
            self.tr("5-digit CVEGEO code (state + municipality) of the analysis's municipalities; empty: found "
                    "automatically."),
            analysis.municipalities, compat.FIELD_FILTER_STRING)
        self.homicides = self.add_layer(
            "homicides", self.tr("Homicides table"),
            self.tr("Homicides by municipality and month (INEGI long form or SESNSP layout); a table or layer."),
            compat.LAYER_VECTOR, allow_empty=True, role="homicides")
        self.population = self.add_layer(
            "population", self.tr("Population table"),
            self.tr("Population by municipality and year (census or CONAPO), for rates per 100,000."),
            compat.LAYER_VECTOR, allow_empty=True, role="population")
        self.ports = self.add_layer(
            "ports", self.tr("Ports of entry"),
            self.tr("U.S.–Mexico land ports of entry (BTS points)."),
            compat.LAYER_POINT, allow_empty=True, role="ports")
        self.destinations = self.add_layer(
            "destinations", self.tr("U.S. destinations"),
            self.tr("U.S. wholesale hubs or counties the corridors lead to."),
            compat.LAYER_VECTOR, allow_empty=True, role="destinations")
        self.homicides.layerChanged.connect(self.fit_period)
        self.import_file = self.add_file(
            "", self.tr("Import a file"),
            self.tr("Add a GeoPackage, shapefile or CSV to the project; then choose it in the analysis or above."),
            compat_storage("GetFile"),
            self.tr("Data files (*.gpkg *.shp *.csv *.csv.gz *.geojson *.xlsx);;All files (*)"))
        self.import_file.fileChanged.connect(self.import_path)
        analysis.folder.fileChanged.connect(lambda *_: self.import_file.setDefaultRoot(analysis.folder_path()))
        self.import_file.setDefaultRoot(analysis.folder_path())

    @property
    def municipalities(self):
        return self.context.analysis.municipalities

    @property
    def events(self):
        return self.context.analysis.events

    def fit_period(self, *_args) -> None:
        """Without events, the period follows the homicide table's years (text years too) when it lies outside."""
        from ..analysis import data_period

        analysis = self.context.analysis
        if self.state.restoring() or analysis.events.currentLayer() is not None:
            return
        found = data_period(self.homicides.currentLayer())
        if found is None:
            return
        if analysis.start.date() > found[1] or analysis.end.date() < found[0]:
            analysis.start.setDate(found[0])
            analysis.end.setDate(found[1])

    def run_text(self) -> str:
        return self.tr("Join counts to municipalities")

    def run_tooltip(self) -> str:
        return self.tr("Build the municipal indicators (counts, rates, smoothed rates) for the period and report "
                       "the rows that did not join.")

    def import_path(self, path: str) -> None:
        """Load a chosen file as a layer (CSV through OGR, so codes stay text and no geometry is guessed)."""
        if not path:
            return
        source = f"/vsigzip/{path}" if path.lower().endswith(".gz") else path
        layer = QgsVectorLayer(source, Path(path).name.split(".")[0], "ogr")
        if not layer.isValid():
            self.status.setText(self.tr("Could not open {0}: choose a GeoPackage, shapefile or CSV.").format(path))
            return
        QgsProject.instance().addMapLayer(layer)
        self.status.setText(self.tr("Added {0} ({1} rows).").format(layer.name(), layer.featureCount()))

    def values(self, algorithm_id: str) -> Dict[str, Any]:
        if algorithm_id == DEMO:
            return {Demo.SEED: 2014}
        start, end = self.context.analysis.start.date(), self.context.analysis.end.date()
        # START/END: every month of the analysis period (the years and months below are the toolbox's fallback)
        same_year = start.year() == end.year()
        return {
            Indicators.START: start.toString("yyyy-MM-dd"), Indicators.END: end.toString("yyyy-MM-dd"),
            Indicators.MUNICIPALITIES: self.municipalities.currentLayer(),
            Indicators.CODE_FIELD: self.code_field.currentField() or None,
            Indicators.HOMICIDES_LAYER: self.homicides.currentLayer(),
            Indicators.POPULATION_LAYER: self.population.currentLayer(),
            Indicators.START_YEAR: start.year(), Indicators.START_MONTH: start.month() if same_year else 1,
            Indicators.END_YEAR: end.year(), Indicators.END_MONTH: end.month() if same_year else 12,
        }

    def adopt_roles(self) -> None:
        """Point the inputs at the layers the context knows by role (e.g. a demo opened by `make run`)."""
        combos = {"homicides": self.homicides, "ports": self.ports, "destinations": self.destinations}
        for role, combo in combos.items():
            layer = self.context.layer(role)
            if layer is not None:
                combo.setLayer(layer)

    def on_finished(self, algorithm_id: str, outcome: dict) -> None:
        layers = outcome.get("layers", {})
        if algorithm_id == DEMO:
            combos = {"homicides": self.homicides, "ports": self.ports, "destinations": self.destinations}
            for output, layer in layers.items():
                role = DEMO_ROLES.get(output)
                if role is None:
                    continue
                self.context.set_role(role, layer)
                if role in combos:
                    combos[role].setLayer(layer)
            events = layers.get("EVENTS_LAYER")
            if events is not None and events.fields().lookupField("best") >= 0:
                self.context.analysis.deaths.setField("best")
            self.context.analysis.fit_period()
            self.context.analysis._auto_collapse()
            self.state.set_value("data/demo_loaded", True, personal=False)
            group = results_group()
            group.setExpanded(True)
            return
        for name, layer in layers.items():
            self.context.set_role("indicators" if name == Indicators.OUTPUT else name.lower(), layer)


def compat_storage(name: str):
    """``QgsFileWidget.StorageMode`` member, fully scoped (Qt5 and Qt6)."""
    from qgis.gui import QgsFileWidget

    return getattr(QgsFileWidget.StorageMode, name)
