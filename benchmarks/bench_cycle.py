"""The targeting cycle on the real data: a monthly ranking history 2006–2023 with 1,000 bootstrap replicates on all
UCDP events (target: under 10 s), and vdto:displacement on the 20 zones of bench_zones (UCDP events, MG2025
municipalities as the study area, 10 km rings, 12 months either side of 2010-07-01)."""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.common import data_dir, peak_rss_mb, start_qgis

TARGET_S = 10.0


def run() -> None:
    start_qgis()
    import processing
    from qgis.core import QgsVectorLayer

    from benchmarks.bench_zones import _zones
    from tests.datasets import MUNICIPIOS_2025, UCDP_GPKG
    from vdto_targeting.qgis_bridge.zones_layer import ZoneStore, create_zones_gpkg

    folder = data_dir()
    if folder is None:
        print("real datasets not found: skipped")
        return
    events = str(folder / UCDP_GPKG)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        result = processing.run("vdto:rankinghistory", {
            "INPUT": events, "START": "2006-01-01", "END": "2023-12-31", "INTERVAL": 0, "BOOTSTRAP": 1000,
            "SEED": 1, "OUTPUT": str(Path(tmp) / "history.gpkg")})
        history_s = time.perf_counter() - t0
        rows = QgsVectorLayer(result["OUTPUT"], "h", "ogr").featureCount()
        munis = QgsVectorLayer(str(folder / MUNICIPIOS_2025) + "|layername=municipios", "munis", "ogr")
        store = ZoneStore(create_zones_gpkg(str(Path(tmp) / "zones.gpkg")))
        _zones(store, munis)
        path = store.path()
        store.layer = None
        t0 = time.perf_counter()
        try:
            done = processing.run("vdto:displacement", {
                "ZONES": f"{path}|layername=zones", "EVENTS": events, "ANNOUNCED": "2010-07-01", "MONTHS": 12,
                "CATCHMENT_KM": 10, "MUNICIPALITIES": munis, "OUTPUT": str(Path(tmp) / "displacement.gpkg")})
            displacement = f"{time.perf_counter() - t0:.1f} s (events handled: {done['PRECISION']})"
        except Exception as error:  # a zone without events before is a refusal, timed all the same
            displacement = f"{time.perf_counter() - t0:.1f} s (refused: {error})"
    print(f"ranking history, monthly 2006–2023, 1,000 replicates: {history_s:.1f} s for {result['PERIODS']} periods, "
          f"{rows} rows (target {TARGET_S:.0f} s; ratio {history_s / TARGET_S:.2f})")
    print(f"displacement on 20 zones: {displacement}")
    print(f"peak memory {peak_rss_mb():.0f} MiB")


if __name__ == "__main__":
    run()
