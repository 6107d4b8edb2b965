"""vdto:fieldpack: one GeoPackage with the layers, a raster table, styles in layer_styles and the project inside.

Read back with sqlite3 (independent of QGIS) and reopened with QgsProject from a *copy* in another folder, as a
colleague would receive it.
"""
from __future__ import annotations

import shutil
import sqlite3

import pytest


@pytest.fixture(scope="module")
def demo(vdto_provider, tmp_path_factory):
    import processing

    folder = tmp_path_factory.mktemp("pack_demo")
    return processing.run("vdto:demoscenario", {"SEED": 3, "N_EVENTS": 400, "OUTPUT": str(folder / "demo.gpkg")})


def _surface(folder):
    """A small real GeoTIFF (float32, nodata) standing for a violence surface."""
    import numpy as np
    from osgeo import gdal, osr

    path = folder / "surface.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 40, 30, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((-117.0, 0.75, 0, 32.5, 0, -0.6))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    dataset.SetProjection(srs.ExportToWkt())
    values = np.linspace(0, 1, 1200, dtype="float32").reshape(30, 40)
    dataset.GetRasterBand(1).WriteArray(values)
    dataset.GetRasterBand(1).SetNoDataValue(-1)
    dataset = None
    return path, values


def test_field_pack_holds_layers_styles_raster_and_project(demo, vdto_provider, tmp_path):
    import processing
    from qgis.core import (QgsFillSymbol, QgsProject, QgsRasterLayer, QgsSingleSymbolRenderer, QgsVectorLayer)

    from vdto_targeting.briefing.styles import style_surface

    surface_path, values = _surface(tmp_path)
    zones = QgsVectorLayer(demo["ZONES"], "Enforcement zones", "ogr")
    zones.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({"color": "#123456"})))
    events = QgsVectorLayer(demo["EVENTS_LAYER"], "Lethal events", "ogr")
    events.setSubsetString("best >= 3")
    surface = QgsRasterLayer(str(surface_path), "Violence surface")
    style_surface(surface)
    pack = tmp_path / "pack.gpkg"
    result = processing.run("vdto:fieldpack", {"LAYERS": [zones, events, surface], "OUTPUT": str(pack),
                                               "PROJECT_NAME": "mission", "INCLUDE_LAYOUT": False})
    assert result["LAYER_COUNT"] == 3

    with sqlite3.connect(pack) as db:
        contents = dict(db.execute("SELECT table_name, data_type FROM gpkg_contents").fetchall())
        styles = dict(db.execute("SELECT f_table_name, useAsDefault FROM layer_styles").fetchall())
        projects = [row[0] for row in db.execute("SELECT name FROM qgis_projects")]
        n_events = db.execute("SELECT COUNT(*) FROM lethal_events").fetchone()[0]
    assert contents["enforcement_zones"] == "features" and contents["lethal_events"] == "features"
    assert contents["violence_surface"] == "2d-gridded-coverage"
    assert styles == {"enforcement_zones": 1, "lethal_events": 1}
    assert projects == ["mission"]
    every_event = QgsVectorLayer(demo["EVENTS_LAYER"], "all", "ogr").featureCount()
    assert n_events == sum(1 for _ in events.getFeatures()) < every_event

    moved = tmp_path / "colleague"
    moved.mkdir()
    shutil.copy(pack, moved / pack.name)
    project = QgsProject()
    assert project.read(f"geopackage:{moved / pack.name}?projectName=mission")
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    assert set(layers) == {"Enforcement zones", "Lethal events", "Violence surface"}
    assert all(layer.isValid() and str(moved) in layer.source() for layer in layers.values())
    assert layers["Enforcement zones"].renderer().symbol().color().name() == "#123456"
    assert layers["Violence surface"].renderer().type() == "singlebandpseudocolor"
    packed = layers["Violence surface"].dataProvider()
    block = packed.block(1, packed.extent(), 40, 30)
    assert abs(block.value(29, 39) - float(values[29, 39])) < 1e-6
    # Dragged alone into another project, a packed vector layer still gets its style from layer_styles.
    alone = QgsVectorLayer(f"{moved / pack.name}|layername=enforcement_zones", "alone", "ogr")
    assert alone.renderer().symbol().color().name() == "#123456"


@pytest.mark.parametrize("case, output, layers, message", [
    ("not a geopackage", "pack.zip", True, r"not a GeoPackage.*\.gpkg"),
    ("no layers", "pack.gpkg", False, r"No layers were given.*choose at least one"),
])
def test_field_pack_bad_input(demo, vdto_provider, tmp_path, case, output, layers, message):
    import processing
    from qgis.core import QgsProcessingException, QgsVectorLayer

    given = [QgsVectorLayer(demo["ZONES"], "zones", "ogr")] if layers else []
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("vdto:fieldpack", {"LAYERS": given, "OUTPUT": str(tmp_path / output)})
    assert list(tmp_path.iterdir()) == [], case
