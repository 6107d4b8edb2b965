"""``vdto:demoscenario`` — writes the built-in SYNTHETIC scenario to one GeoPackage.

Why: ``make run`` and every test that must not depend on the real datasets need the same small, deterministic
scenario. Mexico's states come from QGIS's own ``resources/data/world_map.gpkg`` (Natural Earth, shipped with every
installation), so nothing is downloaded and nothing real is copied into the repository.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Dict, List, Tuple

from qgis.core import (QgsApplication, QgsProcessingOutputVectorLayer, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber)

from ..qgis_bridge.records import write_records
from ..qgis_compat import NUMBER_INTEGER
from ..i18n import QT_TRANSLATE_NOOP
from .base import VdtoAlgorithm

# (layer name, key in the scenario, OGR geometry type name, output parameter)
LAYERS: List[Tuple[str, str, str, str]] = [
    ("demo_municipalities", "municipalities", "MultiPolygon", "MUNICIPALITIES"),
    ("demo_homicides", "homicides", "None", "HOMICIDES"),
    ("demo_events", "events", "Point", "EVENTS_LAYER"),
    ("demo_ports", "ports", "Point", "PORTS"),
    ("demo_us_hubs", "hubs", "Point", "HUBS"),
    ("zones", "zones", "MultiPolygon", "ZONES"),  # the zones schema: the panel can draw here
]
OUTPUT_LABELS = {
    "MUNICIPALITIES": QT_TRANSLATE_NOOP("DemoScenarioAlgorithm", "Municipalities"),
    "HOMICIDES": QT_TRANSLATE_NOOP("DemoScenarioAlgorithm", "Homicides"),
    "EVENTS_LAYER": QT_TRANSLATE_NOOP("DemoScenarioAlgorithm", "Events"),
    "PORTS": QT_TRANSLATE_NOOP("DemoScenarioAlgorithm", "Ports"),
    "HUBS": QT_TRANSLATE_NOOP("DemoScenarioAlgorithm", "Hubs"),
    "ZONES": QT_TRANSLATE_NOOP("DemoScenarioAlgorithm", "Zones"),
}


def world_map_path() -> Path:
    """QGIS's bundled Natural Earth world map (countries and states), found through QGIS's own data path."""
    return Path(QgsApplication.pkgDataPath()) / "resources" / "data" / "world_map.gpkg"


def read_mexican_states(path: Path) -> List[Tuple[str, Any]]:
    """Mexico's states from the world map as (name or None, shapely geometry), read strictly read-only."""
    from osgeo import gdal
    from shapely import wkb

    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY, open_options=["IMMUTABLE=YES"])
    if dataset is None:
        return []
    layer = dataset.GetLayerByName("states_provinces")
    if layer is None:
        return []
    layer.SetAttributeFilter("adm0_a3 = 'MEX'")
    states = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        if geometry is not None:
            name = feature.GetField("name")  # None for a few islands: the core joins them to the nearest state
            states.append((name, wkb.loads(bytes(geometry.ExportToWkb()))))
    return states


class DemoScenarioAlgorithm(VdtoAlgorithm):
    NAME = "demoscenario"
    DISPLAY = "Demo scenario (synthetic data)"
    GROUP = "data"
    HELP = ("Writes a small SYNTHETIC scenario to one GeoPackage, generated deterministically from a seed: "
            "hexagonal demo municipalities clipped to Mexico's states (QGIS's bundled Natural Earth world map), "
            "a monthly homicide table, lethal events attributed to fictitious organisations, approximate ports of "
            "entry, synthetic U.S. hubs and three demo enforcement zones. For demonstrations and training only: "
            "none of it is real intelligence.")

    SEED = "SEED"
    N_EVENTS = "N_EVENTS"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), NUMBER_INTEGER,
                                                       defaultValue=2014, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.N_EVENTS, self.tr("Number of synthetic events"),
                                                       NUMBER_INTEGER, defaultValue=1500, minValue=1,
                                                       maxValue=200000))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Demo GeoPackage"),
                                                                self.tr("GeoPackage (*.gpkg)")))
        for _name, _key, _geom, output in LAYERS:
            self.addOutput(QgsProcessingOutputVectorLayer(output, self.tr(OUTPUT_LABELS[output])))

    def processAlgorithm(self, parameters: Dict[str, Any], context, feedback) -> Dict[str, Any]:  # noqa: N802
        from ..core import demo

        seed = self.parameterAsInt(parameters, self.SEED, context)
        n_events = self.parameterAsInt(parameters, self.N_EVENTS, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output.lower().endswith(".gpkg"):
            raise self.fail("The demo output {0} is not a GeoPackage: choose a file name ending in .gpkg.", output)
        source = world_map_path()
        states = read_mexican_states(source)
        if not states:
            raise self.fail("QGIS's bundled world map was not found or has no Mexican states at {0}: reinstall "
                            "QGIS (its resources/data folder) or check the installation.", source)
        feedback.pushInfo(self.tr("Generating the SYNTHETIC demo scenario (seed {0}) over {1} states from {2}")
                          .format(seed, len(states), source))
        scenario = demo.generate(states, seed=seed, n_events=n_events)
        feedback.setProgress(50)
        tmp = output[:-5] + ".part.gpkg"
        try:
            os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
            if os.path.exists(tmp):
                os.remove(tmp)
        except OSError as error:
            raise self.fail("The demo GeoPackage cannot be written at {0} ({1}): choose a folder you can write "
                            "to.", output, error.strerror or str(error)) from error
        try:
            for index, (name, key, geometry_type, _out) in enumerate(LAYERS):
                if feedback.isCanceled():
                    raise self.fail("The demo scenario was cancelled: run it again to write {0}.", output)
                try:
                    write_records(tmp, name, getattr(scenario, key), geometry_type,
                                  f"{demo.DEMO_LABEL} — VDTO Targeting demo scenario, seed {seed}")
                except OSError as error:
                    raise self.fail("The demo GeoPackage cannot be written at {0} ({1}): choose a folder you can "
                                    "write to.", output, str(error)) from error
                feedback.setProgress(50 + 50 * (index + 1) / len(LAYERS))
            os.replace(tmp, output)
        finally:
            if os.path.exists(tmp):
                os.remove(tmp)
        for label, count in scenario.summary().items():
            feedback.pushInfo(f"{label}: {count}")
        results: Dict[str, Any] = {self.OUTPUT: output}
        for name, _key, _geom, out in LAYERS:
            results[out] = f"{output}|layername={name}"
        return results
