"""The field pack opens in a FRESH QGIS desktop with networking disabled and shows the same map and pages.

The pack is built first headless (tests/gui/fieldpack_reference.py: the synthetic demo through the plugin's
algorithms), which also renders what the SOURCE project shows at export: the packed layers at the pack's extent, and
the briefing layout's pages. A second, separate QGIS desktop — sockets refused before anything loads, a fresh
profile — opens the project stored inside the GeoPackage, as a colleague on an offline laptop would, renders its map
and its layout the same way, and the test compares images (mean absolute difference) and page texts (pdftotext).
"""
from __future__ import annotations

import os
import subprocess  # nosec B404 - our own script
import sys

from tests.datasets import ROOT
from tests.qgis_desktop import errors_in, run_in_qgis

BODY = r'''
import socket
def _refuse(*args, **kwargs):
    raise OSError("network disabled by the test")
socket.socket = _refuse
socket.create_connection = _refuse
from qgis.core import (QgsNetworkAccessManager, QgsProject, QgsVectorLayer, QgsRasterLayer, QgsLayoutExporter,
                       QgsSettings)
requests = []
QgsNetworkAccessManager.instance().requestAboutToBeCreated.connect(requests.append)
pack = os.environ["VDTO_PACK"]
project = QgsProject.instance()
RESULT["read"] = project.read("geopackage:" + pack + "?projectName=vdto_field_pack")
pump(2.0)
layers = []
for layer in project.mapLayers().values():
    entry = {"name": layer.name(), "valid": layer.isValid(), "source": layer.source(),
             "renderer": layer.renderer().type() if layer.renderer() else None}
    if isinstance(layer, QgsVectorLayer):
        entry["features"] = layer.featureCount()
        count, ids, names, descriptions, error = layer.listStylesInDatabase()
        entry["db_styles"] = count
        alone = QgsVectorLayer(layer.source(), "alone", "ogr")
        entry["alone_renderer"] = alone.renderer().type() if alone.renderer() else None
        if layer.isSpatial():
            entry["same_as_db"] = bool(alone.renderer()) and alone.renderer().dump() == layer.renderer().dump()
        else:  # a table (ranking, target package): no renderer; its stored style holds fields and forms
            entry["same_as_db"] = alone.renderer() is None and layer.renderer() is None
    layers.append(entry)
RESULT["layers"] = layers
layouts = project.layoutManager().layouts()
RESULT["layouts"] = [layout.name() for layout in layouts]
if layouts:
    pdf = os.path.join(ARTIFACTS, "fieldpack_offline_briefing.pdf")
    RESULT["export"] = int(QgsLayoutExporter(layouts[0]).exportToPdf(pdf, QgsLayoutExporter.PdfExportSettings()))
    RESULT["pdf_size"] = os.path.getsize(pdf) if os.path.exists(pdf) else 0
    RESULT["pages"] = layouts[0].pageCollection().pageCount()
    exporter = QgsLayoutExporter(layouts[0])
    RESULT["png_export"] = int(exporter.exportToImage(os.path.join(os.environ["VDTO_OUT"], "pack_page.png"),
                                                      QgsLayoutExporter.ImageExportSettings()))
    import shutil
    shutil.copy(pdf, os.path.join(os.environ["VDTO_OUT"], "pack.pdf"))
# the map: the project's visible layers in its tree order, at the extent the pack opens at
from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor
view = project.viewSettings().defaultViewExtent()
RESULT["default_extent"] = view.toString() if not view.isNull() else ""
visible = [node.layer() for node in project.layerTreeRoot().findLayers() if node.isVisible()]
RESULT["visible"] = [layer.name() for layer in visible]
RESULT["order"] = [node.layer().name() for node in project.layerTreeRoot().findLayers()]
settings = QgsMapSettings()
settings.setLayers(visible)
settings.setDestinationCrs(view.crs())
settings.setOutputSize(QSize(1200, 900))
settings.setExtent(view)
settings.setBackgroundColor(QColor("white"))
job = QgsMapRendererSequentialJob(settings)
job.start()
job.waitForFinished()
job.renderedImage().save(os.path.join(os.environ["VDTO_OUT"], "pack_map.png"))
canvas = iface.mapCanvas()
pump(1.0)
RESULT["canvas_center_in_view"] = view.contains(canvas.extent().center()) if not view.isNull() else False
zones = [layer for layer in project.mapLayers().values() if isinstance(layer, QgsVectorLayer)
         and "layername=zones" in layer.source()]
RESULT["zones_editable"] = bool(zones) and zones[0].startEditing()
if zones:
    zones[0].rollBack()
    RESULT["zones_form_status"] = zones[0].editorWidgetSetup(zones[0].fields().indexOf("status")).type()
wait_until(lambda: not canvas.isDrawing(), 20)
screenshot("gui_fieldpack_offline")
RESULT["requests"] = len(requests)
'''


def _difference(first, second) -> float:
    """Mean absolute difference of two PNGs over RGB, 0–1 (0: identical)."""
    import numpy as np
    from osgeo import gdal

    a = gdal.Open(str(first)).ReadAsArray()[:3].astype(float)
    b = gdal.Open(str(second)).ReadAsArray()[:3].astype(float)
    assert a.shape == b.shape, (a.shape, b.shape)
    return float(np.abs(a - b).mean() / 255.0)


def _page_texts(pdf):
    import re

    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout  # nosec B603 B607
    return [re.sub(r"\s+", " ", page).strip() for page in out.split("\f") if page.strip()]


def test_field_pack_opens_offline_in_a_fresh_qgis(tmp_path):
    import json

    out = tmp_path / "demo"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    build = subprocess.run([sys.executable, str(ROOT / "tests" / "gui" / "fieldpack_reference.py"), str(out)],
                           capture_output=True, text=True, env=env, timeout=600)  # nosec B603
    pack = out / "field_pack.gpkg"
    assert build.returncode == 0 and pack.exists(), build.stdout[-3000:] + build.stderr[-3000:]
    reference = json.loads((out / "reference.json").read_text())

    result = run_in_qgis(BODY, "fieldpack", env={"VDTO_PACK": str(pack), "VDTO_OUT": str(out)})
    assert "error" not in result, result["error"]
    assert result["read"]
    layers = result["layers"]
    names = {entry["name"] for entry in layers}
    assert {"zones", "events", "ports", "surface"} <= names, names
    assert len(layers) >= 8
    for entry in layers:
        assert entry["valid"], entry
        assert str(pack) in entry["source"], entry
        if "db_styles" in entry:  # vectors: the style lives in layer_styles and is the layer's default
            assert entry["db_styles"] >= 1 and entry["same_as_db"], entry
            assert entry["features"] > 0, entry
    surface = next(entry for entry in layers if entry["name"] == "surface")
    assert surface["renderer"] == "singlebandpseudocolor"
    # the same map: the packed layers in the project's order, visible, at the extent of the export
    assert result["visible"] == reference["layers"], (result["visible"], reference["layers"])
    assert result["default_extent"] and result["canvas_center_in_view"]
    assert result["zones_editable"] and result["zones_form_status"] == "ValueMap"
    map_difference = _difference(out / "reference_map.png", out / "pack_map.png")
    # the same pages: texts identical, images within a small difference
    assert result["layouts"] == ["VDTO briefing"]
    assert result["export"] == 0 and result["png_export"] == 0 and result["pdf_size"] > 50000
    assert result["pages"] == reference["pages"]
    assert _page_texts(out / "reference.pdf") == _page_texts(out / "pack.pdf")
    page_differences = []
    for index in range(reference["pages"]):
        suffix = "" if index == 0 else f"_{index + 1}"
        page_differences.append(_difference(out / f"reference_page{suffix}.png", out / f"pack_page{suffix}.png"))
    print(f"field pack offline: map difference {map_difference:.5f}; pages "
          + ", ".join(f"{d:.5f}" for d in page_differences))
    assert map_difference < 0.005, map_difference
    assert max(page_differences) < 0.005, page_differences
    assert result["requests"] == 0
    assert errors_in(result) == [], errors_in(result)
