"""Briefing export time with 10 enforcement zones (12 pages) on the real data; target under 15 s.

What is timed is ``vdto:briefing`` end to end — layout built in code, vector PDF, and the PNG pages for slides —
over the real UCDP events (2020–2023), the violence surface, the BTS ports and 10 zones around the most violent
0.5° cells. Inputs (surface, ranking) are computed once beforehand and not timed. Without the real datasets the
synthetic demo scenario is used, and the run says so.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.common import data_dir, peak_rss_mb, start_qgis

TARGET_S = 15.0
N_ZONES = 10
_PROVIDER = None


def _ensure_provider() -> None:
    """Register the provider here too when the shared start-up lost it (a provider must stay referenced)."""
    global _PROVIDER
    from qgis.core import QgsApplication

    if QgsApplication.processingRegistry().algorithmById("vdto:briefing") is None:
        from vdto_targeting.processing.provider import VdtoProvider

        registry = QgsApplication.processingRegistry()
        old = registry.providerById("vdto")
        if old is not None:
            registry.removeProvider(old)
        _PROVIDER = VdtoProvider()
        registry.addProvider(_PROVIDER)


def _zones(events, folder: Path) -> str:
    """10 circles (40 km) on the cells with the most deaths, at least 1° apart, as a zones GeoPackage."""
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsPointXY,
                           QgsProject)
    from shapely import wkb

    from vdto_targeting.qgis_bridge.records import write_records

    cells: dict = {}
    for feature in events.getFeatures():
        point = feature.geometry().asPoint()
        key = (round(point.x() * 2) / 2, round(point.y() * 2) / 2)
        cells[key] = cells.get(key, 0.0) + float(feature["best"] or 0)
    chosen: list = []
    for key, _deaths in sorted(cells.items(), key=lambda kv: -kv[1]):
        if all(abs(key[0] - c[0]) + abs(key[1] - c[1]) >= 1.0 for c in chosen):
            chosen.append(key)
        if len(chosen) == N_ZONES:
            break
    wgs84, metric = QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:6372")
    forward = QgsCoordinateTransform(wgs84, metric, QgsProject.instance())
    back = QgsCoordinateTransform(metric, wgs84, QgsProject.instance())
    records = []
    for index, (x, y) in enumerate(chosen, start=1):
        geometry = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        geometry.transform(forward)
        geometry = geometry.buffer(40000, 36)
        geometry.transform(back)
        geometry.convertToMultiType()
        records.append({"zone_id": index, "name": f"Bench zone {index}", "target": "", "basis": "region",
                        "priority": index, "status": "proposed", "geometry": wkb.loads(bytes(geometry.asWkb()))})
    path = folder / "zones.gpkg"
    write_records(str(path), "zones", records, "MultiPolygon", "benchmark zones")
    return f"{path}|layername=zones"


def run() -> None:
    start_qgis()
    _ensure_provider()
    import processing
    from qgis.core import QgsVectorLayer

    from vdto_targeting import workflow as pipeline

    folder = Path(tempfile.mkdtemp(prefix="vdto_bench_briefing_"))
    source = data_dir()
    if source is not None:
        settings = pipeline.real_settings(str(folder), str(source))
        label = "real data (UCDP 2020–2023, BTS ports)"
    else:
        settings = pipeline.demo_settings(str(folder), pipeline.run_demo_scenario(str(folder)))
        label = "SYNTHETIC demo scenario (real datasets not found)"
    events = QgsVectorLayer(settings.events, "events", "ogr")
    events.setSubsetString(f"\"date_start\" >= '{settings.start}' AND \"date_start\" <= '{settings.end}'")
    zones = _zones(events, folder)
    surface = processing.run("vdto:violencesurface", {"INPUT": events, "WEIGHT_FIELD": "best", "RADIUS": 25000,
                                                      "PIXEL_SIZE": 5000, "KERNEL": 0, "OUTPUT_VALUE": 1,
                                                      "OUTPUT": str(folder / "surface.tif")})["OUTPUT"]
    params = {"ZONES": zones, "PORTS": settings.ports, "EVENTS": events, "DEATHS_FIELD": "best", "SURFACE": surface,
              "STUDY_AREA": settings.municipalities, "KEEP_LAYOUT": False}
    timings = {}
    for name, png in (("pdf", None), ("pdf+png", str(folder / "briefing.png"))):
        started = time.perf_counter()
        result = processing.run("vdto:briefing", dict(params, OUTPUT=str(folder / f"briefing_{name}.pdf"),
                                                      OUTPUT_PNG=png))
        timings[name] = time.perf_counter() - started
        assert result["PAGES"] == 2 + N_ZONES, result["PAGES"]
    size = (folder / "briefing_pdf.pdf").stat().st_size / 1e6
    print(f"briefing, {N_ZONES} zones ({2 + N_ZONES} pages), {label}")
    print(f"  vdto:briefing PDF only:      {timings['pdf']:6.2f} s  ({size:.1f} MB)")
    print(f"  vdto:briefing PDF + PNG:     {timings['pdf+png']:6.2f} s  (target < {TARGET_S:.0f} s: "
          f"{'met' if timings['pdf+png'] < TARGET_S else 'NOT met'})")
    print(f"  peak memory:                 {peak_rss_mb():6.0f} MiB")
