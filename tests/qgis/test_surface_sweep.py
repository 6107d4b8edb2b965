"""The surface within 0.5 % of QGIS's heatmap for every radius and weight (a sweep, in process)."""
from __future__ import annotations

import numpy as np
import pytest

from tests.reference.heatmap_sweep import sweep


def test_sweep_within_half_percent_of_qgis(vdto_provider, tmp_path):
    rows = sweep(tmp_path)
    worst = max(rows, key=lambda row: row[-1])
    print("worst error of the sweep: kernel {0}, radius {1:g} px, W {2:g}, {3} events, {4}: {5:.4f} %".format(*worst))
    assert len(rows) == 10 * 2 * 3
    assert any(row[4] == "fft" for row in rows) and any(row[4] == "exact" for row in rows)
    assert [row for row in rows if row[-1] > 0.5] == []
    # the acceptance case: 42,000 uniform events plus one of weight 500 is the W 500 row at 12 px
    assert {row[4] for row in rows if row[1] == 12.0} == {"fft"}


def _geographic_events(folder):
    from osgeo import ogr, osr

    rng = np.random.default_rng(5)
    lon = rng.uniform(-107.5, -105.5, 3000)
    lat = rng.uniform(24.0, 26.0, 3000)
    w = rng.integers(1, 20, 3000).astype(float)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    path = str(folder / "events_4326.gpkg")
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = dataset.CreateLayer("events", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("w", ogr.OFTReal))
    layer.StartTransaction()
    for x, y, wi in zip(lon, lat, w):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("w", float(wi))
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(float(x), float(y))
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    dataset = None
    return path


@pytest.mark.parametrize("project_crs, working_crs", [("EPSG:4326", "EPSG:6372"), ("EPSG:32613", "EPSG:32613")])
def test_geographic_layer_lands_on_qgis_grid(vdto_provider, tmp_path, project_crs, working_crs):
    """A EPSG:4326 layer: the same grid (origin, size) and values as QGIS's heatmap on the layer reprojected to the
    working CRS (EPSG:6372, or a metric project CRS such as UTM 13N)."""
    import processing
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    from tests.reference.heatmap_sweep import _raster
    from vdto_targeting.qgis_bridge.rasters import read_geotiff

    path = _geographic_events(tmp_path)
    project = QgsProject.instance()
    previous = project.crs()
    project.setCrs(QgsCoordinateReferenceSystem(project_crs))
    try:
        result = processing.run("vdto:violencesurface", {
            "INPUT": path, "WEIGHT_FIELD": "w", "RADIUS": 15000.0, "PIXEL_SIZE": 1500.0, "OUTPUT_VALUE": 0,
            "OUTPUT": str(tmp_path / "vdto.tif")})
    finally:
        project.setCrs(previous)
    assert result["CRS"] == working_crs
    projected = processing.run("native:reprojectlayer", {"INPUT": path, "TARGET_CRS": working_crs,
                                                         "OUTPUT": str(tmp_path / "projected.gpkg")})["OUTPUT"]
    processing.run("qgis:heatmapkerneldensityestimation", {
        "INPUT": projected, "RADIUS": 15000.0, "PIXEL_SIZE": 1500.0, "KERNEL": 0, "WEIGHT_FIELD": "w",
        "OUTPUT_VALUE": 0, "OUTPUT": str(tmp_path / "qgis.tif")})
    expected = _raster(str(tmp_path / "qgis.tif"))
    ours = _raster(result["OUTPUT"])
    _, our_transform, _ = read_geotiff(result["OUTPUT"])
    _, qgis_transform, _ = read_geotiff(str(tmp_path / "qgis.tif"))
    assert ours.shape == expected.shape
    assert our_transform == pytest.approx(qgis_transform, abs=1e-3)
    assert np.abs(ours - expected).max() <= 1e-4 * expected.max()
