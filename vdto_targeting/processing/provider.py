"""The ``vdto`` Processing provider.

The dock, the toolbox, Model Builder, batch mode and ``qgis_process`` all run these same algorithm classes.
Algorithms are listed by import path so one broken module is reported instead of hiding the whole provider.
"""
from __future__ import annotations

import importlib

from qgis.core import Qgis, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..definitions import PLUGIN_NAME, PROVIDER_ID
from ..i18n import translate
from ..paths import icon_path, metadata_value

# "module:Class" relative to this package. One line per algorithm; keep in analyst workflow order.
ALGORITHMS: list[str] = [
    "importers:ImportMunicipalitiesAlgorithm",
    "importers:ImportHomicidesAlgorithm",
    "importers:ImportPopulationAlgorithm",
    "importers:ImportAcledAlgorithm",
    "indicators:MunicipalIndicatorsAlgorithm",
    "surface:ViolenceSurface",
    "hotspots:HotspotsAlgorithm",
    "demo:DemoScenarioAlgorithm",
    "briefing:BriefingAlgorithm",
    "fieldpack:FieldPackAlgorithm",
    "cyclebriefing:CycleBriefingAlgorithm",
    "cyclebriefing:PublicNoticeAlgorithm",
    "vdtos:RankVdtosAlgorithm",
    "cycle:RankingHistoryAlgorithm",
    "cycle:AnnouncementEffectAlgorithm",
    "territories:TerritoriesAlgorithm",
    "cycle:ContestedAreasAlgorithm",
    "corridors:CorridorsAlgorithm",
    "targetpackage:TargetPackageAlgorithm",
    "zones:CreateZonesLayerAlgorithm",
    "zones:BufferZoneAlgorithm",
    "zones:ZoneFromFeaturesAlgorithm",
    "zonestatistics:ZoneStatisticsAlgorithm",
    "evaluation:EvaluateZoneAlgorithm",
    "workspace:CreateWorkspaceAlgorithm",
    "workspace:CheckoutAlgorithm",
    "workspace:CheckinAlgorithm",
    "cycle:DesignateTargetAlgorithm",
    "cycle:DisplacementAlgorithm",
]


class VdtoProvider(QgsProcessingProvider):
    """Registers the plugin's algorithms under the id ``vdto``."""

    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return PLUGIN_NAME

    def longName(self) -> str:  # noqa: N802
        return f"{PLUGIN_NAME} {metadata_value('version')}"

    def icon(self) -> QIcon:
        return QIcon(str(icon_path("vdto.svg")))

    def svgIconPath(self) -> str:  # noqa: N802
        return str(icon_path("vdto.svg"))

    def loadAlgorithms(self) -> None:  # noqa: N802
        for spec in ALGORITHMS:
            module_name, class_name = spec.split(":")
            try:
                module = importlib.import_module(f"{__package__}.{module_name}")
                self.addAlgorithm(getattr(module, class_name)())
            except Exception as error:  # one broken algorithm must not hide the others
                QgsMessageLog.logMessage(
                    translate("VdtoProvider", "Could not load algorithm {0}: {1}").format(spec, error),
                    PLUGIN_NAME,
                    Qgis.MessageLevel.Critical,
                )
