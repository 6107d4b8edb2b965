"""Location precision on the real UCDP events of 2006–2012: counts, state centroids, against pandas/geopandas.

UCDP stores an event known only to its state at the state's centroid. Drawn as points, those centroids are the
surface's hotspots; spread over their state (the plugin's default) none of them is a local maximum unless precise
events make it one.
"""
from __future__ import annotations

import numpy as np
import pytest

from tests.datasets import MUNICIPIOS_LITE, UCDP_CSV, UCDP_GPKG

pytestmark = pytest.mark.usefixtures("vdto_provider")

RADIUS, PIXEL = 25_000.0, 2_000.0
WINDOW = int(RADIUS // PIXEL)          # a hotspot is the highest cell within one radius


def _surface(events, out, shared_data, extent=None, **extra):
    import processing

    parameters = {"INPUT": events, "WEIGHT_FIELD": "best", "RADIUS": RADIUS, "PIXEL_SIZE": PIXEL,
                  "START": "2006-01-01", "END": "2012-12-31", "OUTPUT_VALUE": 0, "OUTPUT": str(out),
                  "MUNICIPALITIES": f"{shared_data / MUNICIPIOS_LITE}|layername=municipios"}
    if extent:
        parameters["EXTENT"] = extent
    parameters.update(extra)
    return processing.run("vdto:violencesurface", parameters)


def _read(path):
    from vdto_targeting.qgis_bridge.rasters import read_geotiff

    values, transform, _ = read_geotiff(path)
    return np.nan_to_num(values, nan=0.0), transform


def _cell(transform, lon, lat):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    to_metric = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                       QgsCoordinateReferenceSystem("EPSG:6372"), QgsProject.instance())
    point = to_metric.transform(QgsPointXY(lon, lat))
    return int((transform[3] - point.y()) // -transform[5]), int((point.x() - transform[0]) // transform[1])


def _is_peak(values, row, col, k=WINDOW):
    """The highest cell within ``k`` cells, standing above a non-flat neighbourhood."""
    window = values[max(row - k, 0):row + k + 1, max(col - k, 0):col + k + 1]
    return values[row, col] > 0 and values[row, col] >= window.max() and window.max() > window.min() * (1 + 1e-6)


def _extent_of(transform, shape):
    x0, y1 = transform[0], transform[3]
    x1, y0 = x0 + shape[1] * transform[1], y1 + shape[0] * transform[5]
    return f"{x0},{x1},{y0},{y1} [EPSG:6372]"


def test_precision_counts_2006_2012_match_pandas(shared_data, tmp_path):
    """Deaths handled per class, printed by the surface, equal an independent pandas count of where_prec."""
    from tests.reference import run_precision_reference

    ref = run_precision_reference("counts", str(shared_data / UCDP_CSV), "2006-01-01", "2012-12-31")
    result = _surface(str(shared_data / UCDP_GPKG), tmp_path / "s.tif", shared_data)
    for key, name in (("POINT", "point"), ("MUNI", "municipality"), ("STATE", "state"), ("OUT", "out")):
        assert result[f"PREC_{key}_EVENTS"] == ref["events"][name], key
        assert result[f"PREC_{key}_DEATHS"] == ref["deaths"][name], key
    # The figures: 10,920 of 29,181 deaths only to a state, 4,312 to a municipality.
    assert result["PREC_STATE_DEATHS"] == 10_920 and result["PREC_MUNI_DEATHS"] == 4_312
    assert sum(result[f"PREC_{k}_DEATHS"] for k in ("POINT", "MUNI", "STATE", "OUT")) == 29_181
    assert result["TOTAL_WEIGHT"] == pytest.approx(29_181 - ref["deaths"]["out"])
    assert "state 240 events / 10,920 deaths" in result["PRECISION"]
    # the GeoTIFF carries the same counts
    from osgeo import gdal

    metadata = gdal.Open(result["OUTPUT"]).GetMetadata()
    assert metadata["VDTO_PREC_STATE_DEATHS"] == "10920" and "10,920" in metadata["VDTO_PRECISION"]


def test_no_state_centroid_is_a_hotspot_unless_precise_events_make_it_one(shared_data, tmp_path):
    from osgeo import gdal

    from tests.reference import run_precision_reference

    places = run_precision_reference("centroids", str(shared_data / UCDP_CSV), "2006-01-01",
                                     "2012-12-31")["places"]
    assert len(places) >= 15
    full = _surface(str(shared_data / UCDP_GPKG), tmp_path / "full.tif", shared_data)
    values, transform = _read(full["OUTPUT"])
    extent = _extent_of(transform, values.shape)
    # The same events with where_prec ≤ 2 only (the precise points) on the same grid.
    precise = _surface(f"{shared_data / UCDP_GPKG}|layername=ucdp_ged_events|subset=where_prec <= 2",
                       tmp_path / "precise.tif", shared_data, extent)
    precise_values, precise_transform = _read(precise["OUTPUT"])
    assert precise_transform == transform and precise["PREC_STATE_EVENTS"] == 0
    # Without the precision field (what every heatmap does): state-level events stay at the centroids.
    naive_path = str(tmp_path / "naive.gpkg")
    gdal.VectorTranslate(naive_path, str(shared_data / UCDP_GPKG), options="-select best,date_start")
    naive = _surface(naive_path, tmp_path / "naive.tif", shared_data, extent)
    naive_values, _ = _read(naive["OUTPUT"])
    assert naive["PREC_POINT_EVENTS"] == 5_089

    naive_peaks = full_peaks = 0
    for place in places:
        row, col = _cell(transform, place["longitude"], place["latitude"])
        if _is_peak(naive_values, row, col):
            naive_peaks += 1
        if _is_peak(values, row, col):
            full_peaks += 1
            assert _is_peak(precise_values, row, col), place     # a peak only where precise events make one
    heavy = [p for p in places if p["sum"] >= 200]
    # the problem being solved: drawn as points, 12 of the 20 centroids are hotspots (all 10 with ≥ 200 deaths);
    # spread, none is (the loop above allows one where precise events alone make a peak)
    assert naive_peaks >= len(heavy) == 10
    assert full_peaks == 0
    # Sinaloa's and Chihuahua's centroids (2,632 and 3,010 deaths) are no hotspot once spread
    for lon, lat in ((-107.5, 25.0), (-106.0, 28.5)):
        assert not _is_peak(values, *_cell(transform, lon, lat))
    # the state mass is there, spread: the surface's total is the mapped deaths (raw kernel sums to the weight)
    assert full["TOTAL_WEIGHT"] == pytest.approx(29_181 - 128)


def test_state_events_left_out_and_no_municipalities(shared_data, tmp_path):
    """STATE_EVENTS = leave out: state deaths go out of maps; no MUNICIPALITIES: spread events go out, with counts."""
    left = _surface(str(shared_data / UCDP_GPKG), tmp_path / "left.tif", shared_data, STATE_EVENTS=1)
    assert left["PREC_STATE_EVENTS"] == 0 and left["PREC_OUT_DEATHS"] == 10_920 + 128
    assert left["TOTAL_WEIGHT"] == pytest.approx(29_181 - 10_920 - 128)
    bare = _surface(str(shared_data / UCDP_GPKG), tmp_path / "bare.tif", shared_data, MUNICIPALITIES=None)
    assert bare["PREC_POINT_DEATHS"] == 13_821 and bare["PREC_OUT_DEATHS"] == 29_181 - 13_821
    assert bare["TOTAL_WEIGHT"] == pytest.approx(13_821)
