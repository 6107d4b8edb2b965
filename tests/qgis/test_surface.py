"""vdto:violencesurface against QGIS's own heatmap (Raw, all five shared kernels), the density integral, real data."""
from __future__ import annotations

import numpy as np
import pytest

MEXICO_CRS = "EPSG:6372"


def _write_points(path, x, y, w, days=None, crs=MEXICO_CRS):
    """A GeoPackage of points with a weight and a date, written with OGR (what analysts are sent)."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.SetFromUserInput(crs)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("events", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("w", ogr.OFTReal))
    layer.CreateField(ogr.FieldDefn("fecha", ogr.OFTDate))
    layer.StartTransaction()
    for i in range(len(x)):
        feature = ogr.Feature(layer.GetLayerDefn())
        if w is not None and not np.isnan(w[i]):
            feature.SetField("w", float(w[i]))
        if days is not None:
            day = days[i]
            feature.SetField("fecha", int(day[:4]), int(day[5:7]), int(day[8:10]), 0, 0, 0, 0)
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(float(x[i]), float(y[i]))
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    dataset = None
    return str(path)


def _clustered(n, seed):
    rng = np.random.default_rng(seed)
    centres = rng.uniform([1.5e6, 0.8e6], [2.3e6, 1.4e6], size=(6, 2))
    which = rng.integers(0, 6, n)
    xy = centres[which] + rng.normal(0, 15000.0, size=(n, 2))
    w = rng.integers(1, 8, n).astype(float)
    days = np.datetime64("2010-01-01") + rng.integers(0, 3 * 365, n)
    return xy[:, 0], xy[:, 1], w, [str(d) for d in days]


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    x, y, w, days = _clustered(3000, seed=4)
    path = _write_points(tmp_path_factory.mktemp("surface") / "events.gpkg", x, y, w, days)
    return path, x, y, w, days


def _read(path):
    from vdto_targeting.qgis_bridge.rasters import read_geotiff

    return read_geotiff(path)


def _qgis_heatmap(path, radius, pixel, kernel, decay, out, weight="w"):
    import processing

    params = {"INPUT": path, "RADIUS": radius, "PIXEL_SIZE": pixel, "KERNEL": kernel, "DECAY": decay,
              "OUTPUT_VALUE": 0, "OUTPUT": out}
    if weight:
        params["WEIGHT_FIELD"] = weight
    processing.run("qgis:heatmapkerneldensityestimation", params)
    values, transform, _ = _read(out)
    return np.nan_to_num(values, nan=0.0), transform   # QGIS leaves untouched cells as nodata


@pytest.mark.parametrize("kernel", [0, 1, 2, 3, 4])
def test_raw_matches_qgis_heatmap_cell_for_cell(vdto_provider, events, tmp_path, kernel):
    import processing

    path = events[0]
    decay = 0.4 if kernel == 1 else 0.0
    expected, transform = _qgis_heatmap(path, 12000.0, 1500.0, kernel, decay, str(tmp_path / "qgis.tif"))
    result = processing.run("vdto:violencesurface", {
        "INPUT": path, "WEIGHT_FIELD": "w", "RADIUS": 12000.0, "PIXEL_SIZE": 1500.0, "KERNEL": kernel,
        "DECAY": decay, "OUTPUT_VALUE": 0, "OUTPUT": str(tmp_path / "vdto.tif")})
    ours, our_transform, wkt = _read(result["OUTPUT"])
    assert our_transform == pytest.approx(transform) and ours.shape == expected.shape
    assert np.abs(ours - expected).max() <= 1e-5 * expected.max()
    assert result["CRS"] == MEXICO_CRS and "6372" in wkt


def test_raw_fft_path_within_half_percent_of_qgis(vdto_provider, tmp_path):
    """Enough events that binning + FFT is chosen; the bound: |diff| ≤ 0.5 % of QGIS's maximum."""
    import processing

    x, y, w, days = _clustered(40000, seed=9)
    path = _write_points(tmp_path / "many.gpkg", x, y, w, days)
    expected, _ = _qgis_heatmap(path, 20000.0, 1000.0, 0, 0.0, str(tmp_path / "qgis.tif"))
    result = processing.run("vdto:violencesurface", {
        "INPUT": path, "WEIGHT_FIELD": "w", "RADIUS": 20000.0, "PIXEL_SIZE": 1000.0, "OUTPUT_VALUE": 0,
        "OUTPUT": str(tmp_path / "vdto.tif")})
    assert result["METHOD"] == "fft"
    ours, _, _ = _read(result["OUTPUT"])
    assert np.abs(ours - expected).max() <= 0.005 * expected.max()


@pytest.mark.parametrize("kernel", [0, 1, 2, 3, 4, 5])
def test_density_integrates_to_total_weight(vdto_provider, events, tmp_path, kernel):
    import processing

    path, _, _, w, _ = events
    result = processing.run("vdto:violencesurface", {
        "INPUT": path, "WEIGHT_FIELD": "w", "RADIUS": 9000.0, "PIXEL_SIZE": 1000.0, "KERNEL": kernel,
        "OUTPUT_VALUE": 1, "OUTPUT": str(tmp_path / f"d{kernel}.tif")})
    values, transform, _ = _read(result["OUTPUT"])
    km2 = transform[1] * -transform[5] / 1e6
    assert float(np.nansum(values, dtype=np.float64)) * km2 == pytest.approx(w.sum(), rel=1e-4)
    assert result["TOTAL_WEIGHT"] == pytest.approx(w.sum())


def test_period_filter_subset_and_selection(vdto_provider, events, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer

    path, _, _, w, days = events
    days = np.array(days, dtype="datetime64[D]")
    in_2011 = (days >= np.datetime64("2011-01-01")) & (days <= np.datetime64("2011-12-31"))
    result = processing.run("vdto:violencesurface", {
        "INPUT": path, "WEIGHT_FIELD": "w", "DATE_FIELD": "fecha", "START": "2011", "END": "2011",
        "OUTPUT": str(tmp_path / "p.tif")})
    assert result["EVENTS"] == int(in_2011.sum()) and result["TOTAL_WEIGHT"] == pytest.approx(w[in_2011].sum())

    layer = QgsVectorLayer(path, "events", "ogr")
    layer.setSubsetString('"w" >= 5')
    result = processing.run("vdto:violencesurface", {"INPUT": layer, "OUTPUT": str(tmp_path / "s.tif")})
    assert result["EVENTS"] == int((w >= 5).sum())

    QgsProject.instance().addMapLayer(layer)
    try:
        layer.setSubsetString("")
        layer.selectByExpression('"w" = 1')
        result = processing.run("vdto:violencesurface", {
            "INPUT": QgsProcessingFeatureSourceDefinition(layer.id(), True), "OUTPUT": str(tmp_path / "sel.tif")})
        assert result["EVENTS"] == int((w == 1).sum())
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_streaming_batches_give_the_same_surface(vdto_provider, events, tmp_path, monkeypatch):
    import processing

    from vdto_targeting.processing import surface

    params = {"INPUT": events[0], "WEIGHT_FIELD": "w", "RADIUS": 30000.0, "PIXEL_SIZE": 500.0}
    whole = processing.run("vdto:violencesurface", dict(params, OUTPUT=str(tmp_path / "a.tif")))
    monkeypatch.setattr(surface, "READ_BATCH", 257)
    monkeypatch.setattr(surface, "KEEP_POINTS", 100)    # forces the binned streaming path
    streamed = processing.run("vdto:violencesurface", dict(params, OUTPUT=str(tmp_path / "b.tif")))
    assert streamed["METHOD"] == "fft"
    a, _, _ = _read(whole["OUTPUT"])
    b, _, _ = _read(streamed["OUTPUT"])
    assert np.abs(a - b).max() <= 0.005 * a.max()


def test_ucdp_geographic_input_projected_with_period(vdto_provider, shared_data, tmp_path):
    """Real events in EPSG:4326: computed in EPSG:6372; the period and the weights match OGR SQL counts.

    Events known only to a municipality or state are spread over it (mass kept); where_prec ≥ 5 stays off the map.
    """
    import processing
    from osgeo import ogr

    from tests.datasets import MUNICIPIOS_LITE, UCDP_GPKG

    path = str(shared_data / UCDP_GPKG)
    dataset = ogr.Open(path)
    sql = ("SELECT COUNT(*) AS n, SUM(CASE WHEN where_prec < 5 THEN best ELSE 0 END) AS deaths FROM ucdp_ged_events "
           "WHERE date_start >= '2010-01-01' AND date_start <= '2010-12-31'")
    row = dataset.ExecuteSQL(sql).GetNextFeature()
    n, deaths = row.GetField("n"), row.GetField("deaths")
    result = processing.run("vdto:violencesurface", {
        "INPUT": path, "WEIGHT_FIELD": "best", "RADIUS": 25000.0, "PIXEL_SIZE": 2000.0, "START": "2010-01-01",
        "END": "2010-12-31", "OUTPUT": str(tmp_path / "ucdp.tif"),
        "MUNICIPALITIES": f"{shared_data / MUNICIPIOS_LITE}|layername=municipios"})
    assert result["CRS"] == MEXICO_CRS and result["EVENTS"] == n == 2085
    values, transform, wkt = _read(result["OUTPUT"])
    assert 'ID["EPSG",6372]' in wkt or "6372" in wkt
    km2 = transform[1] * -transform[5] / 1e6
    assert float(np.nansum(values, dtype=np.float64)) * km2 == pytest.approx(deaths, rel=1e-4)


def test_mask_keeps_mass_on_land(vdto_provider, shared_data, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    from tests.datasets import MUNICIPIOS_LITE, UCDP_GPKG

    states = QgsVectorLayer(f"{shared_data / MUNICIPIOS_LITE}|layername=estados", "estados", "ogr")
    states.setSubsetString("cve_ent IN ('02', '03', '25', '26')")   # the Gulf of California coasts
    events = QgsVectorLayer(str(shared_data / UCDP_GPKG), "ucdp", "ogr")
    events.setSubsetString("adm_1 LIKE 'Sonora%' OR adm_1 LIKE 'Sinaloa%' OR adm_1 LIKE 'Baja California%'")
    result = processing.run("vdto:violencesurface", {
        "INPUT": events, "RADIUS": 30000.0, "PIXEL_SIZE": 2000.0, "MASK": states,
        "MUNICIPALITIES": f"{shared_data / MUNICIPIOS_LITE}|layername=municipios",
        "OUTPUT": str(tmp_path / "masked.tif")})
    values, transform, _ = _read(result["OUTPUT"])
    assert np.isnan(values).any() and (np.nan_to_num(values) >= 0).all()
    km2 = transform[1] * -transform[5] / 1e6
    # every event lies within 30 km of these states, so all of its mass is kept on land (events known only to a
    # region or the country are off the map)
    assert result["TOTAL_WEIGHT"] == result["EVENTS"] - result["PREC_OUT_EVENTS"]
    assert float(np.nansum(values, dtype=np.float64)) * km2 == pytest.approx(result["TOTAL_WEIGHT"], rel=1e-3)


def test_polygon_modes_on_two_municipalities(vdto_provider, shared_data, tmp_path):
    """Mode 0 = the events at QGIS's point on surface; mode 1 = a plateau of count / area inside the polygon."""
    import processing
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsProject,
                           QgsVectorLayer)

    from tests.datasets import MUNICIPIOS_LITE

    source = QgsVectorLayer(f"{shared_data / MUNICIPIOS_LITE}|layername=municipios", "m", "ogr")
    source.setSubsetString("cvegeo IN ('08027', '08037')")   # Guadalupe y Calvo (large) and Juárez, Chihuahua
    polygons = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=cvegeo:string&field=n:double", "two", "memory")
    features = []
    for feature in source.getFeatures():
        copy = QgsFeature(polygons.fields())
        copy.setGeometry(feature.geometry())
        copy["cvegeo"] = feature["cvegeo"]
        copy["n"] = 500.0 if feature["cvegeo"] == "08027" else 200.0
        features.append(copy)
    assert len(features) == 2
    polygons.dataProvider().addFeatures(features)
    polygons.updateExtents()
    common = {"INPUT": polygons, "WEIGHT_FIELD": "n", "RADIUS": 5000.0, "PIXEL_SIZE": 1000.0}
    spread = processing.run("vdto:violencesurface", dict(common, POLYGON_MODE=1, OUTPUT=str(tmp_path / "s.tif")))
    point = processing.run("vdto:violencesurface", dict(common, POLYGON_MODE=0, OUTPUT=str(tmp_path / "p.tif")))
    s, transform, _ = _read(spread["OUTPUT"])
    p, _, _ = _read(point["OUTPUT"])
    km2 = transform[1] * -transform[5] / 1e6
    assert float(s.sum(dtype=np.float64)) * km2 == pytest.approx(700.0, rel=1e-4)
    assert float(p.sum(dtype=np.float64)) * km2 == pytest.approx(700.0, rel=1e-4)

    # mode 1: deep inside the large municipality the density is its count over its area (km², EPSG:6372)
    transform6372 = QgsCoordinateTransform(polygons.crs(), QgsCoordinateReferenceSystem(MEXICO_CRS),
                                           QgsProject.instance())
    large = next(f for f in polygons.getFeatures() if f["cvegeo"] == "08027").geometry()
    large.transform(transform6372)
    plateau = 500.0 / (large.area() / 1e6)
    core = large.buffer(-8000.0, 8)
    rows, cols = s.shape
    xs = transform[0] + (np.arange(cols) + 0.5) * transform[1]
    ys = transform[3] + (np.arange(rows) + 0.5) * transform[5]
    from qgis.core import QgsGeometry, QgsPointXY

    inside = [s[r, c] for r in range(0, rows, 3) for c in range(0, cols, 3)
              if core.contains(QgsGeometry.fromPointXY(QgsPointXY(xs[c], ys[r])))]
    assert len(inside) > 50
    assert np.median(inside) == pytest.approx(plateau, rel=0.02)
    assert p.max() > 20 * s.max()   # mode 0 piles the count on one point

    # mode 0 equals the point layer made by QGIS's own Point on surface
    projected = processing.run("native:reprojectlayer", {"INPUT": polygons, "TARGET_CRS": MEXICO_CRS,
                                                         "OUTPUT": "memory:"})["OUTPUT"]
    surface_points = processing.run("native:pointonsurface", {"INPUT": projected, "ALL_PARTS": False,
                                                              "OUTPUT": "memory:"})["OUTPUT"]
    extent = f"{transform[0]},{transform[0] + cols * transform[1]},{transform[3] + rows * transform[5]}," \
             f"{transform[3]} [{MEXICO_CRS}]"
    from_points = processing.run("vdto:violencesurface",
                                 dict(common, INPUT=surface_points, EXTENT=extent, OUTPUT=str(tmp_path / "q.tif")))
    q, _, _ = _read(from_points["OUTPUT"])
    point_extent = processing.run("vdto:violencesurface",
                                  dict(common, POLYGON_MODE=0, EXTENT=extent, OUTPUT=str(tmp_path / "pe.tif")))
    pe, _, _ = _read(point_extent["OUTPUT"])
    assert np.abs(pe - q).max() <= 1e-4 * q.max()


def test_result_is_styled_and_named(vdto_provider, events, tmp_path):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer

    layer = QgsVectorLayer(events[0], "UCDP test", "ogr")
    QgsProject.instance().addMapLayer(layer)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    try:
        result = processing.run("vdto:violencesurface", {
            "INPUT": layer, "DATE_FIELD": "fecha", "START": "2010", "END": "2011",
            "OUTPUT": str(tmp_path / "styled.tif")}, context=context, feedback=QgsProcessingFeedback())
        output = result["OUTPUT"]
        details = QgsProcessingContext.LayerDetails("x", QgsProject.instance(), "OUTPUT")
        context.addLayerToLoadOnCompletion(output, details)
        # the algorithm sets name and post-processor only for outputs that will load: run again with the flag set
        result = processing.run("vdto:violencesurface", {
            "INPUT": layer, "DATE_FIELD": "fecha", "START": "2010", "END": "2011", "OUTPUT": output},
            context=context, feedback=QgsProcessingFeedback())
        details = context.layerToLoadOnCompletionDetails(output)
        assert details.name == "UCDP test — violence surface 2010-01-01 – 2011-12-31"
        from qgis.core import QgsRasterLayer

        raster = QgsRasterLayer(output, "r")
        details.postProcessor().postProcessLayer(raster, context, QgsProcessingFeedback())
        assert raster.name() == details.name
        assert raster.renderer().type() == "singlebandpseudocolor"
        items = raster.renderer().shader().rasterShaderFunction().colorRampItemList()
        assert items[0].value == 0 and items[0].color.alpha() == 0
        values, _, _ = _read(output)
        assert items[-1].value == pytest.approx(float(np.nanmax(values)), rel=1e-5)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_radius_of_one_pixel_is_exact_against_qgis(vdto_provider, events, tmp_path):
    """Binning error is largest at small radii: the exact method is chosen and matches QGIS cell for cell."""
    import processing

    expected, _ = _qgis_heatmap(events[0], 1000.0, 1000.0, 0, 0.0, str(tmp_path / "qgis.tif"))
    result = processing.run("vdto:violencesurface", {
        "INPUT": events[0], "WEIGHT_FIELD": "w", "RADIUS": 1000.0, "PIXEL_SIZE": 1000.0, "OUTPUT_VALUE": 0,
        "OUTPUT": str(tmp_path / "vdto.tif")})
    ours, _, _ = _read(result["OUTPUT"])
    assert result["METHOD"] == "exact"
    assert np.abs(ours - expected).max() <= 1e-5 * expected.max()


def test_cancel_leaves_no_file(vdto_provider, events, tmp_path):
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("vdto:violencesurface", {"INPUT": events[0], "OUTPUT": str(tmp_path / "c.tif")},
                       feedback=feedback)
    assert "cancelled" in str(caught.value) and not (tmp_path / "c.tif").exists()


@pytest.mark.parametrize("kernel, radius, masked", [("TRIWEIGHT", 25_000.0, False), ("QUARTIC", 150_000.0, False),
                                                    ("EPANECHNIKOV", 30_000.0, True)])
def test_live_preview_is_the_run_surface(vdto_provider, tmp_path, kernel, radius, masked):
    """The dock's preview computes what the run computes: the run's CRS rule (a UTM layer in an EPSG:6372 project
    stays in its UTM zone), the chosen kernel, the radius asked for, past the slider's end too (150 km), and the
    mask (in another CRS) that puts back inside what would fall outside it."""
    import processing
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer

    from vdto_targeting.definitions import PREVIEW_MAX_RADIUS_M, Kernel, SurfaceOutput
    from vdto_targeting.gui.preview import BandwidthPreview

    rng = np.random.default_rng(17)
    centres = rng.uniform([350_000.0, 2_850_000.0], [650_000.0, 3_150_000.0], size=(5, 2))
    xy = centres[rng.integers(0, 5, 1500)] + rng.normal(0, 12_000.0, size=(1500, 2))
    w = rng.integers(1, 6, 1500).astype(float)
    path = _write_points(tmp_path / "utm.gpkg", xy[:, 0], xy[:, 1], w, crs="EPSG:32613")
    project = QgsProject.instance()
    previous = project.crs()
    project.setCrs(QgsCoordinateReferenceSystem(MEXICO_CRS))
    preview = BandwidthPreview(pixel=1000.0)
    mask = None
    if masked:   # the western half of the events' area, in geographic coordinates
        mask = QgsVectorLayer("Polygon?crs=EPSG:4326", "mask", "memory")
        from qgis.core import QgsFeature, QgsGeometry

        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt("POLYGON((-108 25.5,-105.2 25.5,-105.2 29,-108 29,-108 25.5))"))
        mask.dataProvider().addFeatures([feature])
    try:
        result = processing.run("vdto:violencesurface", {
            "INPUT": path, "WEIGHT_FIELD": "w", "RADIUS": radius, "PIXEL_SIZE": 1000.0,
            "KERNEL": Kernel[kernel].value, "OUTPUT_VALUE": SurfaceOutput.DENSITY.value, "MASK": mask,
            "OUTPUT": str(tmp_path / "run.tif")})
        run, (x0, px, _, y0, _, py), _wkt = _read(result["OUTPUT"])
        run = np.nan_to_num(run, nan=0.0)
        assert result["CRS"] == "EPSG:32613"

        assert preview.set_points(QgsVectorLayer(path, "utm", "ogr"), "w") == 1500
        assert preview.crs.authid() == result["CRS"]
        preview.kernel = Kernel[kernel].value
        preview.set_mask(mask)
        assert (preview.mask is not None) == masked
        ours = np.nan_to_num(preview.surface(radius), nan=0.0)   # outside a mask: no data, as in the run
        assert radius <= PREVIEW_MAX_RADIUS_M or preview.max_radius == radius   # not smoothed at the slider's end
        # both in deaths per km² on 1 km cells: the same total, and cell for cell where the run's lattice and the
        # preview's coincide (same cell size; the preview is binned, the run may stamp exactly)
        assert ours.sum() == pytest.approx(run.sum(), rel=0.01)
        assert masked or run.sum() == pytest.approx(w.sum(), rel=0.01)   # a mask keeps the weight it reaches
        grid = preview.grid
        rows, cols = np.nonzero(run > 0.05 * run.max())
        xs, ys = x0 + (cols + 0.5) * px, y0 + (rows + 0.5) * py
        pr = ((grid.y_max - ys) // grid.pixel).astype(int)
        pc = ((xs - grid.x_min) // grid.pixel).astype(int)
        if masked:
            # nothing outside the mask on either; inside, the cells farther than a radius from its edge (near the
            # edge each event's kernel is renormalised to the inside cells, which magnifies the difference between
            # the preview's binned events and the run's exact ones — the method, not a setting)
            from scipy.ndimage import binary_erosion

            assert not ours[~preview.mask].any()
            interior = binary_erosion(preview.mask, iterations=int(radius // 1000) + 2)[pr, pc]
            assert interior.sum() > 1000
            rows, cols, pr, pc = rows[interior], cols[interior], pr[interior], pc[interior]
        difference = np.abs(ours[pr, pc] - run[rows, cols]).max() / run.max()
        assert difference < 0.02, difference
        # and it tells kernels apart: the preview with another kernel is not the run's surface
        preview.kernel = Kernel.UNIFORM.value
        other = np.nan_to_num(preview.surface(radius), nan=0.0)
        assert np.abs(other[pr, pc] - run[rows, cols]).max() / run.max() > 5 * difference
    finally:
        preview.shutdown()
        project.setCrs(previous)


@pytest.mark.parametrize("mode", ["SPREAD", "POINT"])
def test_live_preview_of_municipal_counts_is_the_run_surface(vdto_provider, tmp_path, mode):
    """Municipal counts instead of events: the preview spreads each count over its polygon (or puts it at a point on
    its surface) as the run does, cell for cell."""
    import processing
    from osgeo import ogr, osr
    from qgis.core import QgsVectorLayer

    from vdto_targeting.definitions import Kernel, PolygonMode, SurfaceOutput
    from vdto_targeting.gui.preview import BandwidthPreview

    rng = np.random.default_rng(5)
    srs = osr.SpatialReference()
    srs.SetFromUserInput(MEXICO_CRS)
    path = str(tmp_path / "munis.gpkg")
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = dataset.CreateLayer("munis", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("homicides", ogr.OFTReal))
    counts = rng.integers(0, 60, 64).astype(float)
    for k, count in enumerate(counts):   # an 8 × 8 block of 25 km squares
        x0, y0 = 1_500_000.0 + 25_000.0 * (k % 8), 900_000.0 + 25_000.0 * (k // 8)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("homicides", float(count))
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({x0} {y0},{x0 + 25_000} {y0},{x0 + 25_000} {y0 + 25_000},{x0} {y0 + 25_000},{x0} {y0}))"))
        layer.CreateFeature(feature)
    dataset = None
    result = processing.run("vdto:violencesurface", {
        "INPUT": path, "WEIGHT_FIELD": "homicides", "RADIUS": 30_000.0, "PIXEL_SIZE": 1000.0,
        "KERNEL": Kernel.QUARTIC.value, "OUTPUT_VALUE": SurfaceOutput.DENSITY.value,
        "POLYGON_MODE": PolygonMode[mode].value, "OUTPUT": str(tmp_path / "run.tif")})
    run, (x0, px, _, y0, _, py), _wkt = _read(result["OUTPUT"])
    run = np.nan_to_num(run, nan=0.0)
    preview = BandwidthPreview(pixel=1000.0)
    try:
        assert preview.set_polygons(QgsVectorLayer(path, "munis", "ogr"), "homicides",
                                    spread=mode == "SPREAD") == 64
        ours = preview.surface(30_000.0)
        assert ours.sum() == pytest.approx(run.sum(), rel=0.01) == pytest.approx(counts.sum(), rel=0.01)
        grid = preview.grid
        rows, cols = np.nonzero(run > 0.05 * run.max())
        pr = ((grid.y_max - (y0 + (rows + 0.5) * py)) // grid.pixel).astype(int)
        pc = ((x0 + (cols + 0.5) * px - grid.x_min) // grid.pixel).astype(int)
        assert np.abs(ours[pr, pc] - run[rows, cols]).max() / run.max() < 0.02
    finally:
        preview.shutdown()
