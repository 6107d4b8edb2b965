"""GeoTIFF writing and polygon rasterisation with GDAL.

Surfaces are written compressed (ZSTD or DEFLATE, tiled), with a nodata value and the CRS they were computed in. The
file is written through ``outputs.atomic_output`` (a temporary name in the same folder, renamed at the end), so a
failure or a cancel never leaves a half-written surface where the analyst expects one.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Optional

import numpy as np

from ..core.grid import Grid

NODATA = -9999.0
# Small tiles so empty ones (sea, desert) are skipped entirely; ZSTD level 1 (about twice as fast as DEFLATE at the
# same size, in every QGIS 3.x build's GDAL) when this GDAL has it, else DEFLATE level 1.
GTIFF_OPTIONS = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "NUM_THREADS=2", "SPARSE_OK=TRUE",
                 "BIGTIFF=IF_SAFER"]


def _compression() -> list:
    from osgeo import gdal

    options = gdal.GetDriverByName("GTiff").GetMetadataItem("DMD_CREATIONOPTIONLIST") or ""
    if "ZSTD" in options:
        return ["COMPRESS=ZSTD", "ZSTD_LEVEL=1"]
    return ["COMPRESS=DEFLATE", "ZLEVEL=1"]


class RasterWriteError(RuntimeError):
    """GDAL could not create or write the file (permissions, disk full, bad path)."""


def is_geotiff_path(path: str) -> bool:
    return Path(path).suffix.lower() in (".tif", ".tiff")


def write_geotiff(path: str, array: np.ndarray, grid: Grid, crs_wkt: str, nodata: float = NODATA,
                  description: Optional[str] = None, metadata: Optional[dict] = None) -> str:
    """Write a float32 surface (NaN = nodata) atomically (``outputs.atomic_output``); returns ``path``.

    ``metadata`` (text keys and values) goes to the dataset's GDAL metadata, e.g. how events were handled and the
    period the surface covers (definitions.PERIOD_START_METADATA); empty values are not written.
    """
    from osgeo import gdal
    from qgis.core import QgsProcessingException

    from .outputs import atomic_output

    if array.shape != grid.shape:
        raise ValueError(f"array shape {array.shape} does not match the grid {grid.shape}")
    driver = gdal.GetDriverByName("GTiff")
    dataset = band = None
    try:
        with atomic_output(str(path)) as temporary:
            dataset = driver.Create(temporary, grid.n_cols, grid.n_rows, 1, gdal.GDT_Float32,
                                    options=_compression() + GTIFF_OPTIONS)
            if dataset is None:
                raise RasterWriteError(gdal.GetLastErrorMsg() or f"cannot create {temporary}")
            dataset.SetGeoTransform(grid.geotransform())
            dataset.SetProjection(crs_wkt)
            items = {str(k): str(v) for k, v in (metadata or {}).items() if v is not None and str(v) != ""}
            if items:
                dataset.SetMetadata(items)
            band = dataset.GetRasterBand(1)
            band.SetNoDataValue(nodata)
            if description:
                band.SetDescription(description)
            block = 1024
            for row in range(0, grid.n_rows, block):
                chunk = np.asarray(array[row:row + block], dtype=np.float32)
                if np.isnan(chunk).any():
                    chunk = np.where(np.isnan(chunk), np.float32(nodata), chunk)
                if band.WriteArray(chunk, 0, row) != 0:
                    raise RasterWriteError(gdal.GetLastErrorMsg() or "write failed")
            band.FlushCache()
            dataset.FlushCache()
            band = dataset = None   # closes the file before it is renamed into place
    except RasterWriteError:
        raise
    except QgsProcessingException as error:   # refused before writing (folder, lock): its sentence names the fix
        raise RasterWriteError(str(error)) from None
    except Exception as error:
        raise RasterWriteError(str(error)) from error
    finally:
        band = dataset = None
    return str(path)


def read_geotiff(path: str):
    """(array float32 with NaN for nodata, geotransform, wkt) — for tests, benchmarks and the preview."""
    from osgeo import gdal

    dataset = gdal.Open(str(path))
    if dataset is None:
        raise RasterWriteError(f"cannot open {path}")
    band = dataset.GetRasterBand(1)
    array = band.ReadAsArray().astype(np.float32)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        array[array == nodata] = np.nan
    return array, dataset.GetGeoTransform(), dataset.GetProjection()


def rasterize_mask(wkbs: Iterable[bytes], grid: Grid) -> np.ndarray:
    """Cells whose centre lies inside any polygon (GDAL's default rasterisation rule), as a bool array."""
    from osgeo import gdal, ogr

    memory = gdal.GetDriverByName("MEM").Create("", grid.n_cols, grid.n_rows, 1, gdal.GDT_Byte)
    memory.SetGeoTransform(grid.geotransform())
    vector = ogr.GetDriverByName("Memory").CreateDataSource("mask")
    layer = vector.CreateLayer("mask", geom_type=ogr.wkbUnknown)
    for wkb in wkbs:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
        layer.CreateFeature(feature)
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # both sides share the grid's CRS; no SRS needed
    try:
        gdal.RasterizeLayer(memory, [1], layer, burn_values=[1])
    finally:
        gdal.PopErrorHandler()
    return memory.GetRasterBand(1).ReadAsArray().astype(bool)


def style_surface(layer, qml_path: str) -> bool:
    """Apply the surface style (sequential ramp, transparent at zero) rescaled to this layer's maximum.

    The .qml holds the ramp with stops as fractions of 1; multiplying them by the band maximum keeps the same look
    whatever the units (raw sums or events per km²).
    """
    from ..qgis_compat import band_maximum

    _, ok = layer.loadNamedStyle(str(qml_path))
    if not ok:
        return False
    renderer = layer.renderer()
    shader = getattr(renderer, "shader", lambda: None)()
    function = shader.rasterShaderFunction() if shader is not None else None
    if function is None or not hasattr(function, "colorRampItemList"):
        return False
    maximum = band_maximum(layer)
    if not (maximum > 0 and np.isfinite(maximum)):
        maximum = 1.0
    items = function.colorRampItemList()
    for item in items:
        item.value = item.value * maximum
    function.setColorRampItemList(items)
    function.setMinimumValue(0.0)
    function.setMaximumValue(maximum)
    renderer.setClassificationMin(0.0)
    renderer.setClassificationMax(maximum)
    layer.triggerRepaint()
    return True
