"""The dock's live bandwidth preview: redraw time for 100k events on the national 1 km grid.

Runs the same code path the dock's radius slider does (``gui.preview.BandwidthPreview``: bin once, then
``redraw(radius)`` = re-smooth + in-memory GeoTIFF + layer update), then renders the map as the canvas would.
Target: a redraw within one second.
"""
from __future__ import annotations

import statistics
import time

from benchmarks.common import peak_rss_mb, start_qgis

N_EVENTS = 100_000
RADII_M = [5_000, 10_000, 20_000, 35_000, 50_000]


def clustered_events(n: int, seed: int = 8):
    """Clustered synthetic events over Mexico's extent in EPSG:6372 (metres), like real lethal-event data."""
    import numpy as np

    rng = np.random.default_rng(seed)
    # Mexico's extent in EPSG:6372 is about x 1.0e6-4.1e6, y 0.3e6-2.4e6 (3,100 km x 2,100 km).
    centres = np.column_stack([rng.uniform(1.1e6, 4.0e6, 60), rng.uniform(0.4e6, 2.3e6, 60)])
    which = rng.integers(0, len(centres), n)
    spread = rng.uniform(5e3, 60e3, len(centres))[which]
    x = centres[which, 0] + rng.normal(0, 1, n) * spread
    y = centres[which, 1] + rng.normal(0, 1, n) * spread
    # one point at each corner so the grid is national whatever the clusters
    x[:2], y[:2] = (1.0e6, 4.1e6), (0.3e6, 2.4e6)
    return x, y, rng.integers(1, 5, n).astype(float)


def render_seconds(layer, width: int = 1200, height: int = 800) -> float:
    """Render the preview layer into an image as the canvas does (parallel job)."""
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize

    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(width, height))
    started = time.perf_counter()
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    return time.perf_counter() - started


def run() -> dict:
    start_qgis()
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    from vdto_targeting.gui.preview import BandwidthPreview

    x, y, w = clustered_events(N_EVENTS)
    preview = BandwidthPreview()
    started = time.perf_counter()
    preview.set_arrays(x, y, w, QgsCoordinateReferenceSystem("EPSG:6372"))
    bin_s = time.perf_counter() - started
    redraws, renders = [], []
    for radius in RADII_M:
        redraws.append(preview.redraw(radius))
        renders.append(render_seconds(preview.layer))
    grid = preview.grid
    figures = {
        "events": N_EVENTS, "grid": f"{grid.n_cols}x{grid.n_rows} cells of 1 km", "bin_once_s": bin_s,
        "redraw_median_s": statistics.median(redraws), "redraw_max_s": max(redraws),
        "render_median_s": statistics.median(renders),
        "redraw_plus_render_max_s": max(a + b for a, b in zip(redraws, renders)),
        "peak_rss_mb": peak_rss_mb(),
    }
    preview.shutdown()
    QgsProject.instance().clear()
    print(f"preview: {N_EVENTS} events, grid {figures['grid']}; bin once {bin_s:.2f} s")
    for radius, redraw, render in zip(RADII_M, redraws, renders):
        print(f"  radius {radius / 1000:>4.0f} km: redraw {redraw:.3f} s + render {render:.3f} s")
    print(f"  worst redraw+render {figures['redraw_plus_render_max_s']:.3f} s (target < 1 s); "
          f"peak memory {figures['peak_rss_mb']:.0f} MiB")
    return figures


if __name__ == "__main__":
    run()
