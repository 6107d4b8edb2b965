"""Build the demo briefing and its field pack headless, and render what the SOURCE project shows at export.

    python tests/gui/fieldpack_reference.py OUT_FOLDER

Writes OUT/field_pack.gpkg, OUT/reference_map.png (the packed layers, top first, at the extent the pack opens at),
OUT/reference_page*.png and OUT/reference.pdf (the project's briefing layout) and OUT/reference.json. The GUI test
opens the pack in a fresh QGIS with networking off, renders the same and compares.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

MAP_SIZE = (1200, 900)


def render(layers, extent, crs, path: str) -> None:
    """Render ``layers`` (top first) at ``extent`` in ``crs`` into a PNG of MAP_SIZE: what a canvas would show."""
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(crs)
    settings.setOutputSize(QSize(*MAP_SIZE))
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(path)


def main(out: str) -> int:
    from run_demo import start_qgis

    app, provider = start_qgis()  # noqa: F841 - kept referenced
    from qgis.core import QgsLayoutExporter, QgsLayoutItemMap, QgsProject

    from vdto_targeting import workflow as pipeline

    os.makedirs(out, exist_ok=True)
    scenario = pipeline.run_demo_scenario(out)
    settings = pipeline.demo_settings(out, scenario, language="en", field_pack=True)
    run = pipeline.Pipeline(settings, log=print)
    result = run.execute()
    assert result.outputs.get("field_pack"), result.outputs
    project = QgsProject.instance()
    layout = project.layoutManager().layoutByName("VDTO briefing")
    main_map = next(item for item in layout.items() if isinstance(item, QgsLayoutItemMap) and item.id() == "main_map")
    render(list(run._pack_layers), main_map.extent(), main_map.crs(), os.path.join(out, "reference_map.png"))
    exporter = QgsLayoutExporter(layout)
    assert exporter.exportToImage(os.path.join(out, "reference_page.png"),
                                  QgsLayoutExporter.ImageExportSettings()) == 0
    assert exporter.exportToPdf(os.path.join(out, "reference.pdf"), QgsLayoutExporter.PdfExportSettings()) == 0
    with open(os.path.join(out, "reference.json"), "w", encoding="utf-8") as handle:
        json.dump({"pages": layout.pageCollection().pageCount(),
                   "layers": [layer.name() for layer in run._pack_layers],
                   "extent": main_map.extent().toString(), "crs": main_map.crs().authid()}, handle)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
