"""Where the real public datasets are (read in place, never copied into the repository)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "build" / "artifacts"


def data_dir() -> Optional[Path]:
    """``VDTO_DATA_DIR``, else ``../shared/data`` beside the checkout, else ``/work/shared/data``."""
    candidates = [os.environ.get("VDTO_DATA_DIR", ""), str(ROOT.parent / "shared" / "data"), "/work/shared/data"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "SHA256SUMS").exists():
            return Path(candidate)
    return None


MUNICIPIOS_LITE = "mx_municipios/mx_municipios_mg2020_lite.gpkg"
MUNICIPIOS_2025 = "mx_municipios/mx_municipios_mg2025_simplified.gpkg"
HOMICIDES = "mx_homicides_inegi/mx_muni_month_homicides_inegi_2000_2021.csv.gz"
POPULATION_CENSUS = "mx_population/mx_muni_population_census_1990_2020.csv.gz"
POPULATION_CONAPO = "mx_population/mx_muni_population_conapo_1990_2040.csv.gz"
UCDP_GPKG = "ucdp_ged_mexico/ucdp_ged_mexico_1989_2023.gpkg"
UCDP_CSV = "ucdp_ged_mexico/ucdp_ged_mexico_1989_2023.csv.gz"
PORTS_GPKG = "us_mx_border_ports/us_mx_land_ports_bts.gpkg"
PORTS_CSV = "us_mx_border_ports/us_mx_land_ports_bts.csv"
BASEMAP = "basemap_north_america/basemap_north_america.gpkg"


def mexico_land(shared_data: Path):
    """Mexico's land in EPSG:6372: the union of the INEGI states with QGIS's own GEOS union, independent of the
    plugin's shapely path (for tests that check an output lies on land)."""
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject,
                           QgsVectorLayer)

    layer = QgsVectorLayer(f"{shared_data / MUNICIPIOS_LITE}|layername=estados", "estados", "ogr")
    transform = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:6372"), QgsProject.instance())
    shapes = []
    for feature in layer.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(transform)
        shapes.append(geometry)
    return QgsGeometry.unaryUnion(shapes)
