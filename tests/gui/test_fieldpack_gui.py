"""The field pack opens in a FRESH QGIS desktop with networking disabled: every layer valid and styled.

The pack is built first by the headless demo (scripts/run_demo.py --demo, the synthetic scenario through the
plugin's algorithms); a second, separate QGIS process — sockets refused before anything loads — opens the project
stored inside the GeoPackage, as a colleague on an offline laptop would.
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
iface.mapCanvas().zoomToFullExtent()
screenshot("gui_fieldpack_offline")
RESULT["requests"] = len(requests)
'''


def test_field_pack_opens_offline_in_a_fresh_qgis(tmp_path):
    out = tmp_path / "demo"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    build = subprocess.run([sys.executable, str(ROOT / "scripts" / "run_demo.py"), "--demo", "--out", str(out)],
                           capture_output=True, text=True, env=env, timeout=300)  # nosec B603
    pack = out / "field_pack.gpkg"
    assert build.returncode == 0 and pack.exists(), build.stdout[-3000:] + build.stderr[-3000:]

    result = run_in_qgis(BODY, "fieldpack", env={"VDTO_PACK": str(pack)})
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
    assert result["layouts"] == ["VDTO briefing"]
    assert result["export"] == 0 and result["pdf_size"] > 50000
    assert result["requests"] == 0
    assert errors_in(result) == [], errors_in(result)
