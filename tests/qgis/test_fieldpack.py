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
    from vdto_targeting.qgis_bridge.zones_layer import configure_form

    zones = QgsVectorLayer(demo["ZONES"], "Enforcement zones", "ogr")
    configure_form(zones)
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
    # the zones layer keeps the table name "zones": the pack is itself a zones file the dock can draw in
    assert contents["zones"] == "features" and contents["lethal_events"] == "features"
    assert contents["violence_surface"] == "2d-gridded-coverage"
    assert styles == {"zones": 1, "lethal_events": 1}
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
    # same order as given (top first), all visible; the zones layer editable with its form (value map of status)
    order = [node.layer().name() for node in project.layerTreeRoot().findLayers()]
    assert order == ["Enforcement zones", "Lethal events", "Violence surface"], order
    zones_packed = layers["Enforcement zones"]
    assert zones_packed.dataProvider().capabilities() & zones_packed.dataProvider().AddFeatures
    status = zones_packed.fields().indexOf("status")
    assert zones_packed.editorWidgetSetup(status).type() == zones.editorWidgetSetup(
        zones.fields().indexOf("status")).type()
    assert not project.viewSettings().defaultViewExtent().isNull()
    assert layers["Violence surface"].renderer().type() == "singlebandpseudocolor"
    packed = layers["Violence surface"].dataProvider()
    block = packed.block(1, packed.extent(), 40, 30)
    assert abs(block.value(29, 39) - float(values[29, 39])) < 1e-6
    # Dragged alone into another project, a packed vector layer still gets its style from layer_styles.
    alone = QgsVectorLayer(f"{moved / pack.name}|layername=zones", "alone", "ogr")
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


def _image_difference(first: str, second: str) -> float:
    """Mean absolute difference of two PNGs (RGB, 0–1): 0 is identical."""
    import numpy as np
    from qgis.PyQt.QtGui import QImage

    def array(path):
        image = QImage(path).convertToFormat(QImage.Format.Format_RGB32)
        pointer = image.constBits()
        pointer.setsize(image.sizeInBytes())
        return np.frombuffer(pointer, dtype=np.uint8).reshape(image.height(), image.width(), 4)[..., :3].astype(float)

    a, b = array(first), array(second)
    assert a.shape == b.shape, (a.shape, b.shape)
    return float(np.abs(a - b).mean() / 255.0)


def test_field_pack_layout_renders_the_briefing_pages(demo, vdto_provider, tmp_path):
    """The bundled layout, opened from a copy of the pack, renders the briefing's pages: same texts (tables
    filled), same pictures (the curve travels inside), legends listing only what their page shows."""
    import re
    import subprocess  # nosec B404

    import processing
    from qgis.core import QgsLayoutExporter, QgsLayoutItemLegend, QgsProject, QgsVectorLayer

    project = QgsProject.instance()
    project.clear()
    zones = QgsVectorLayer(demo["ZONES"], "zones", "ogr")
    events = QgsVectorLayer(demo["EVENTS_LAYER"], "events", "ogr")
    ports = QgsVectorLayer(demo["PORTS"], "ports", "ogr")
    munis = QgsVectorLayer(demo["MUNICIPALITIES"], "municipalities", "ogr")
    project.addMapLayers([zones, events, ports, munis])
    processing.run("vdto:briefing", {"ZONES": zones, "PORTS": ports, "EVENTS": events, "DEATHS_FIELD": "best",
                                     "STUDY_AREA": munis, "LANGUAGE": 1, "DEMO": True,
                                     "OUTPUT": str(tmp_path / "es.pdf")})  # an earlier Spanish briefing …
    processing.run("vdto:briefing", {"ZONES": zones, "PORTS": ports, "EVENTS": events, "DEATHS_FIELD": "best",
                                     "STUDY_AREA": munis, "LANGUAGE": 0, "DEMO": True,
                                     "OUTPUT": str(tmp_path / "en.pdf")})  # … then the English one
    assert [layout.name() for layout in project.layoutManager().layouts()] == ["VDTO briefing"]
    pack = tmp_path / "pack.gpkg"
    processing.run("vdto:fieldpack", {"LAYERS": [zones, events, ports, munis], "OUTPUT": str(pack),
                                      "PROJECT_NAME": "vdto_field_pack", "INCLUDE_LAYOUT": True})
    original = project.layoutManager().layoutByName("VDTO briefing")
    assert QgsLayoutExporter(original).exportToImage(str(tmp_path / "project.png"),
                                                     QgsLayoutExporter.ImageExportSettings()) == 0
    assert QgsLayoutExporter(original).exportToPdf(str(tmp_path / "project.pdf"), _text_pdf_settings()) == 0
    pages = original.pageCollection().pageCount()

    moved = tmp_path / "colleague"
    moved.mkdir()
    shutil.copy(pack, moved / pack.name)
    project.clear()  # nothing of the source project is left to lean on
    packed = QgsProject()
    assert packed.read(f"geopackage:{moved / pack.name}?projectName=vdto_field_pack")
    layout = packed.layoutManager().layoutByName("VDTO briefing")
    assert layout is not None and layout.pageCollection().pageCount() == pages
    for legend in [item for item in layout.items() if isinstance(item, QgsLayoutItemLegend)]:
        names = [node.name() for node in legend.model().rootGroup().findLayers()]
        assert 0 < len(names) <= 8, names  # what the page shows, not every layer of the pack
    assert QgsLayoutExporter(layout).exportToImage(str(moved / "pack.png"),
                                                   QgsLayoutExporter.ImageExportSettings()) == 0
    assert QgsLayoutExporter(layout).exportToPdf(str(moved / "pack.pdf"), _text_pdf_settings()) == 0

    def texts(pdf):
        out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                             check=True).stdout  # nosec B603 B607
        return [re.sub(r"\s+", " ", page).strip() for page in out.split("\f") if page.strip()]

    project_texts, pack_texts = texts(tmp_path / "project.pdf"), texts(moved / "pack.pdf")
    assert project_texts == pack_texts
    assert "Rank" in project_texts[1] or "PAI" in project_texts[1]  # page 2's tables are filled
    # no page of the earlier Spanish briefing (the demo's own organisations are called "Organización A (demo)" …,
    # so the check looks for the Spanish briefing's headings, not that word)
    assert not any(word in " ".join(pack_texts) for word in ("Leyenda", "Clasificación de organizaciones",
                                                             "Puertos de entrada"))
    differences = []
    for index in range(pages):
        suffix = "" if index == 0 else f"_{index + 1}"
        differences.append(_image_difference(str(tmp_path / f"project{suffix}.png"), str(moved / f"pack{suffix}.png")))
    print("field pack layout image difference per page:", ["%.5f" % d for d in differences])
    assert max(differences) < 0.002, differences  # measured: ≤ 0.0006 per page; texts identical


def _text_pdf_settings():
    """PDF export keeping text as text (what the briefing itself exports), so pdftotext reads the pages on every QGIS
    version (newer releases default the export settings to outlines)."""
    from qgis.core import QgsLayoutExporter

    from vdto_targeting.qgis_compat import TEXT_ALWAYS_TEXT

    settings = QgsLayoutExporter.PdfExportSettings()
    settings.textRenderFormat = TEXT_ALWAYS_TEXT
    return settings
