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
    # The real figures (UCDP 2006–2012): 10,920 of 29,181 deaths only to a state, 4,312 to a municipality.
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


def test_live_preview_reads_events_like_the_run(shared_data, tmp_path):
    """The dock's preview uses the same reader: same counts as the run, no peak at Sinaloa's centroid."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject, QgsVectorLayer

    from vdto_targeting.gui.preview import BandwidthPreview

    import datetime

    events = QgsVectorLayer(str(shared_data / UCDP_GPKG), "ucdp", "ogr")
    munis = QgsVectorLayer(f"{shared_data / MUNICIPIOS_LITE}|layername=municipios", "munis", "ogr")
    preview = BandwidthPreview(pixel=2000.0)
    try:
        # the run's period (START/END on date_start), as the dock's surface page passes it
        on_map = preview.set_points(events, "best", municipalities=munis, start=datetime.date(2006, 1, 1),
                                    end=datetime.date(2012, 12, 31))
        counts = preview.table.counts
        assert counts.deaths == {0: 13_821, 1: 4_312, 2: 10_920, 3: 128}
        assert on_map == 5_089 - 37
        values = preview.surface(RADIUS)
        # density in deaths per km² integrates to the mapped deaths (a little falls off the padded lattice)
        assert values.sum() * (PIXEL / 1000.0) ** 2 == pytest.approx(29_181 - 128, rel=0.01)
        grid = preview.grid
        to_metric = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), preview.crs,
                                           QgsProject.instance())
        for lon, lat in ((-107.5, 25.0), (-106.0, 28.5)):
            point = to_metric.transform(QgsPointXY(lon, lat))
            row, col = int((grid.y_max - point.y()) // PIXEL), int((point.x() - grid.x_min) // PIXEL)
            assert not _is_peak(values, row, col), (lon, lat)
        # without municipalities the imprecise events are left out, as in the run
        events.setSubsetString("date_start >= '2006-01-01' AND date_start <= '2012-12-31'")
        assert preview.set_points(events, "best") == 1_981
    finally:
        preview.shutdown()


def _memory(kind, fields, rows):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(f"{kind}?crs=EPSG:6372&" + "&".join(f"field={f}" for f in fields), "m", "memory")
    features = []
    for wkt, values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(values)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_evaluation_shares_spread_events_by_area():
    """Hand computation: state-level deaths split 1/4 zone, 3/4 rest; a municipality-level death 1/2 and 1/2."""
    import processing
    from qgis.PyQt.QtCore import QDate

    km = 1000.0

    def box(x0, y0, x1, y1):
        return f"POLYGON(({x0 * km} {y0 * km},{x1 * km} {y0 * km},{x1 * km} {y1 * km},{x0 * km} {y1 * km},{x0 * km} " \
               f"{y0 * km}))"

    munis = _memory("Polygon", ["cvegeo:string"],
                    [(box(0, 0, 100, 100), ["01001"]), (box(100, 0, 200, 100), ["01002"])])
    region = _memory("Polygon", ["name:string"], [(box(0, 0, 200, 100), ["state"])])
    zones = _memory("Polygon", ["zone_id:string", "name:string", "status:string", "start_date:date"],
                    [(box(0, 0, 50, 100), ["z1", "Zone", "active", QDate(2020, 7, 1)])])
    rows = [(f"POINT({150 * km} {50 * km})", [4, 10, f"2020-{m:02d}-15"]) for m in range(1, 13)]
    muni_level, precise = f"POINT({60 * km} {50 * km})", f"POINT({25 * km} {50 * km})"
    rows += [(muni_level, [3, 4, "2020-03-10"]), (muni_level, [3, 4, "2020-09-10"]),
             (precise, [1, 1, "2020-08-01"]), (precise, [6, 99, "2020-08-01"])]
    events = _memory("Point", ["where_prec:integer", "best:integer", "date_start:string"], rows)
    result = processing.run("vdto:evaluatezone", {
        "ZONES": zones, "EVENTS": events, "DATE_FIELD": "date_start", "DEATHS_FIELD": "best", "REGION": region,
        "MUNICIPALITIES": munis, "CATCHMENT_KM": 0, "OUTPUT": "memory:"})
    series = {f["month"]: (f["zone_rate"], f["control_rate"]) for f in result["OUTPUT"].getFeatures()}
    # CATCHMENT_KM 0: the control is the whole rest of the region (no catchment ring left out), as computed here
    assert len(series) == 12
    # zone 5,000 km², rest of the region 15,000 km²; rates per 1,000 km²; the where_prec 6 event is off the map
    assert series["2020-01"] == pytest.approx((2.5 / 5, 7.5 / 15))
    assert series["2020-03"] == pytest.approx(((2.5 + 2) / 5, (7.5 + 2) / 15))
    assert series["2020-08"] == pytest.approx(((2.5 + 1) / 5, 7.5 / 15))
    assert series["2020-09"] == pytest.approx(((2.5 + 2) / 5, (7.5 + 2) / 15))


def test_ranking_counts_every_event_and_states_the_precision(shared_data, tmp_path):
    """rankvdtos keeps state- and country-level events in the national ranking and says how precise they were."""
    import processing

    from tests.reference import run_precision_reference

    ref = run_precision_reference("counts", str(shared_data / UCDP_CSV), "2006-01-01", "2012-12-31")
    result = processing.run("vdto:rankvdtos", {"INPUT": str(shared_data / UCDP_GPKG), "START": "2006-01-01",
                                               "END": "2012-12-31", "OUTPUT": str(tmp_path / "ranking.gpkg")})
    assert result["PREC_STATE_DEATHS"] == ref["deaths"]["state"] == 10_920
    assert result["PREC_OUT_EVENTS"] == ref["events"]["out"]
    assert "out of maps 37 events / 128 deaths" in result["PRECISION"]


def test_fast_and_qgis_reading_paths_agree(shared_data):
    """The events reader gives the same table through GDAL's Arrow stream and through QGIS's iterator."""
    import datetime

    from qgis.core import (QgsCoordinateReferenceSystem, QgsProcessingContext, QgsProcessingFeatureSource,
                           QgsVectorLayer)

    from vdto_targeting.qgis_bridge.events import EventQuery, read_events

    layer = QgsVectorLayer(str(shared_data / UCDP_GPKG), "ucdp", "ogr")
    layer.setSubsetString("type_of_violence = 2")
    crs = QgsCoordinateReferenceSystem("EPSG:6372")
    query = EventQuery(deaths_field="best", start=datetime.date(2006, 1, 1), end=datetime.date(2012, 12, 31),
                       pick_actors=True, extra_fields=["cvegeo_pip"])
    fast = read_events(layer, crs, query)
    slow = read_events(QgsProcessingFeatureSource(layer, QgsProcessingContext()), crs, query)
    from vdto_targeting.qgis_bridge.layers import arrow_bridge_trusted

    # GDAL 3.10's Arrow bridge is not trusted (it crashed in QGIS 3.40 processes): there both read through QGIS
    assert fast.fast_path == arrow_bridge_trusted() and not slow.fast_path
    assert len(fast.frame) == len(slow.frame) > 4_000
    assert fast.outside_period == slow.outside_period and fast.null_date == slow.null_date
    a = fast.frame.sort_values("fid").reset_index(drop=True)
    b = slow.frame.sort_values("fid").reset_index(drop=True)
    for column in ["fid", "best", "date_start", "where_prec", "side_a", "side_b", "adm_1", "adm_2", "cvegeo_pip",
                   "precision", "handled", "deaths", "day"]:
        assert a[column].tolist() == b[column].tolist(), column
    assert np.allclose(a["x"], b["x"]) and np.allclose(a["y"], b["y"])
    assert fast.counts.deaths == slow.counts.deaths
