"""The surface against QGIS's own heatmap over a sweep of radii and weights, in the running QGIS process.

Shared by tests/qgis/test_surface_sweep.py and benchmarks/bench_surface.py (which prints the worst error). Each case
is alike: events spread uniformly over a 10 × 10 km square (EPSG:6372, 100 m pixels) plus one event of weight
W (1 to 10,000: four orders of magnitude), Raw output, compared cell for cell with
``qgis:heatmapkerneldensityestimation`` on the same GeoPackage. The error is max |ours − QGIS| / max QGIS (QGIS's
nodata, cells no kernel reaches, read as 0 — the plugin writes 0 there, see the algorithm's help).

QGIS is run twice per radius and kernel — once on the uniform events, once on the heavy event alone (with two
weight-0 events at the corners so that its grid is the same) — and the expected surface for weight W is the first
plus W times the second: QGIS's heatmap is a sum over events, so this is QGIS's own surface for that layer, up to
float32 rounding. Our algorithm runs on the actual layer for every W. The number of uniform events shrinks with the
radius (at least twice the point count at which the plugin switches from exact stamping to the FFT, at most the
42,000 of the acceptance case), so that every radius from 12 pixels on exercises the FFT and no QGIS run takes
more than a second.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

SIDE = 10_000.0            # metres
PIXEL = 100.0
ORIGIN = (2_000_000.0, 1_000_000.0)
HEAVY_AT = (ORIGIN[0] + 5_037.0, ORIGIN[1] + 4_971.0)
RADII_PX = (0.5, 0.8, 1.5, 3.0, 6.0, 12.0, 13.0, 25.0, 50.0, 100.0)
KERNELS = (0, 3)           # QGIS's quartic (its default) and triweight (the worst case)
WEIGHTS = (1.0, 500.0, 10_000.0)      # 500: the acceptance case at 12 pixels


def uniform_count(radius_px: float) -> int:
    from vdto_targeting.core.kde import EXACT_CHEAP, exact_cost

    return int(min(42_000, max(2_000, 2 * EXACT_CHEAP / exact_cost(1, radius_px * PIXEL, PIXEL))))


def write_points(path: Path, x: np.ndarray, y: np.ndarray, w: np.ndarray) -> str:
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(6372)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("events", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("w", ogr.OFTReal))
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    for xi, yi, wi in zip(x, y, w):
        feature = ogr.Feature(definition)
        feature.SetField("w", float(wi))
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(float(xi), float(yi))
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    dataset = None
    return str(path)


def _raster(path: str) -> np.ndarray:
    from vdto_targeting.qgis_bridge.rasters import read_geotiff

    values, _, _ = read_geotiff(path)
    return np.nan_to_num(np.asarray(values, np.float64), nan=0.0)


def _qgis(path: str, radius: float, kernel: int, out: str) -> np.ndarray:
    import processing

    processing.run("qgis:heatmapkerneldensityestimation", {
        "INPUT": path, "RADIUS": radius, "PIXEL_SIZE": PIXEL, "KERNEL": kernel, "DECAY": 0.0, "WEIGHT_FIELD": "w",
        "OUTPUT_VALUE": 0, "OUTPUT": out})
    return _raster(out)


def sweep(folder: Path, radii_px=RADII_PX, kernels=KERNELS, weights=WEIGHTS, algorithm="vdto:violencesurface"):
    """Rows (kernel, radius in pixels, W, events, method, error as % of QGIS's peak) for every case."""
    import processing

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for radius_px in radii_px:
        n = uniform_count(radius_px)
        rng = np.random.default_rng(int(radius_px * 10))
        x = ORIGIN[0] + rng.uniform(0, SIDE, n)
        y = ORIGIN[1] + rng.uniform(0, SIDE, n)
        corners_x = [x.min(), x.max()]
        corners_y = [y.min(), y.max()]
        tag = f"r{radius_px:g}"
        background = write_points(folder / f"{tag}_uniform.gpkg", x, y, np.ones(n))
        alone = write_points(folder / f"{tag}_heavy.gpkg", [HEAVY_AT[0], *corners_x], [HEAVY_AT[1], *corners_y],
                             [1.0, 0.0, 0.0])
        layers = {weight: write_points(folder / f"{tag}_w{weight:g}.gpkg", np.append(x, HEAVY_AT[0]),
                                       np.append(y, HEAVY_AT[1]), np.append(np.ones(n), weight))
                  for weight in weights}
        radius = radius_px * PIXEL
        for kernel in kernels:
            base = _qgis(background, radius, kernel, str(folder / f"{tag}_k{kernel}_qgis_uniform.tif"))
            single = _qgis(alone, radius, kernel, str(folder / f"{tag}_k{kernel}_qgis_heavy.tif"))
            for weight in weights:
                expected = base + weight * single
                result = processing.run(algorithm, {
                    "INPUT": layers[weight], "WEIGHT_FIELD": "w", "RADIUS": radius, "PIXEL_SIZE": PIXEL,
                    "KERNEL": kernel, "DECAY": 0.0, "OUTPUT_VALUE": 0,
                    "OUTPUT": str(folder / f"{tag}_k{kernel}_w{weight:g}_vdto.tif")})
                ours = _raster(result["OUTPUT"])
                if ours.shape != expected.shape:
                    raise AssertionError(f"grid {ours.shape} differs from QGIS's {expected.shape} at radius "
                                         f"{radius_px} px")
                error = float(np.abs(ours - expected).max() / expected.max() * 100.0)
                rows.append((kernel, radius_px, weight, n + 1, result.get("METHOD", ""), error))
    return rows
