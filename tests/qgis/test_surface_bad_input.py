"""vdto:violencesurface refuses bad input with a sentence naming the problem and the fix, and leaves no file."""
from __future__ import annotations

import re

import numpy as np
import pytest

CRS = "EPSG:6372"


def _memory_points(coords, crs=CRS, weights=None, geometry="Point"):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    uri = f"{geometry}?field=w:double&field=fecha:date" + (f"&crs={crs}" if crs else "")
    layer = QgsVectorLayer(uri, "events", "memory")
    features = []
    for i, item in enumerate(coords):
        feature = QgsFeature(layer.fields())
        if item is not None:
            feature.setGeometry(QgsGeometry.fromWkt(item) if isinstance(item, str)
                                else QgsGeometry.fromWkt(f"POINT({item[0]} {item[1]})"))
        feature["w"] = None if weights is None else weights[i]
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    if not crs:
        from qgis.core import QgsCoordinateReferenceSystem

        layer.setCrs(QgsCoordinateReferenceSystem())
    return layer


def _points():
    rng = np.random.default_rng(1)
    return [(float(x), float(y)) for x, y in zip(rng.uniform(1.6e6, 1.7e6, 50), rng.uniform(9e5, 1e6, 50))]


def _empty_gpkg(tmp_path):
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(6372)
    path = str(tmp_path / "empty.gpkg")
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    dataset.CreateLayer("events", srs, ogr.wkbPoint)
    dataset = None
    return path


def _run_expecting_failure(params, tmp_path, name="out.tif"):
    import processing
    from qgis.core import QgsProcessingException

    output = tmp_path / name
    parameters = {"RADIUS": 20000.0, "PIXEL_SIZE": 1000.0, "OUTPUT": str(output)}
    parameters.update(params)
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("vdto:violencesurface", parameters)
    assert not output.exists(), "a refused surface must not leave a file"
    assert not list(tmp_path.glob("*.partial.tif")) and not list(tmp_path.glob(".*partial*"))
    return str(caught.value)


CASES = {
    # name: (layer factory, extra parameters, words naming the problem, words naming the fix)
    "empty layer": (lambda tmp: _empty_gpkg(tmp), {}, ["empty"], ["choose a layer"]),
    "no valid geometries": (lambda tmp: _memory_points([None, None, None]), {}, ["no valid geometries"],
                            ["repair", "Fix geometries"]),
    "negative radius": (lambda tmp: _memory_points(_points()), {"RADIUS": -5.0}, ["radius", "-5"],
                        ["positive", "metres"]),
    "zero pixel": (lambda tmp: _memory_points(_points()), {"PIXEL_SIZE": 0.0}, ["pixel size", "0"], ["positive"]),
    "negative pixel": (lambda tmp: _memory_points(_points()), {"PIXEL_SIZE": -100.0}, ["pixel size"],
                       ["positive"]),
    "pixel larger than the extent": (lambda tmp: _memory_points(_points()), {"PIXEL_SIZE": 500000.0},
                                     ["larger than the extent"], ["smaller pixel size"]),
    "lines instead of points": (lambda tmp: _memory_points(["LINESTRING(1600000 900000, 1610000 910000)"],
                                                           geometry="LineString"), {}, ["lines"],
                                ["convert the lines to points"]),
    "unknown CRS": (lambda tmp: _memory_points(_points(), crs=None), {}, ["no coordinate reference system"],
                    ["set the layer's CRS"]),
    "metres declared as degrees": (lambda tmp: _memory_points(_points(), crs="EPSG:4326"), {},
                                   ["do not fit its CRS", "EPSG:4326"], ["set the layer's true CRS"]),
    "negative weight": (lambda tmp: _memory_points(_points()[:3], weights=[2.0, -1.0, 3.0]),
                        {"WEIGHT_FIELD": "w"}, ["negative", "-1"], ["fix the data"]),
    "malformed period date": (lambda tmp: _memory_points(_points()), {"START": "2010-31-03"},
                              ["not a date"], ["YYYY-MM-DD"]),
    "period backwards": (lambda tmp: _memory_points(_points()), {"START": "2012", "END": "2010"},
                         ["starts", "after it ends"], ["swap START and END"]),
    "nothing in the period": (lambda tmp: _memory_points(_points()), {"DATE_FIELD": "fecha", "START": "2010"},
                              ["No features are left"], ["widen START/END"]),
    "not a GeoTIFF": (lambda tmp: _memory_points(_points()), {"OUTPUT": "__png__"}, ["not a GeoTIFF"],
                      [".tif extension"]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_refused_clearly(vdto_provider, tmp_path, case):
    factory, extra, problem, fix = CASES[case]
    extra = dict(extra)
    name = "out.tif"
    if extra.get("OUTPUT") == "__png__":
        name = "out.png"
        extra["OUTPUT"] = str(tmp_path / name)
    message = _run_expecting_failure(dict({"INPUT": factory(tmp_path)}, **extra), tmp_path, name)
    for word in problem + fix:
        assert word.lower() in message.lower(), f"{case}: {word!r} not in {message!r}"


def test_absurd_grid_is_refused_with_estimate_and_a_pixel_that_fits(vdto_provider, tmp_path):
    from vdto_targeting.core.grid import Grid
    from vdto_targeting.core.kde import estimate_memory
    from vdto_targeting.processing.surface import available_memory

    layer = _memory_points(_points())
    message = _run_expecting_failure({"INPUT": layer, "PIXEL_SIZE": 0.05}, tmp_path)
    assert "memory" in message and "MB" in message
    suggested = float(re.search(r"pixel size of ([\d.,]+) m", message).group(1).replace(",", ""))
    extent = layer.extent()
    fits = Grid.like_qgis(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum(), suggested,
                          20000.0)
    assert estimate_memory(fits, 20000.0, 50) <= available_memory() // 2
    assert suggested > 0.05


def test_mask_that_misses_the_events(vdto_provider, tmp_path):
    mask = _memory_points(["POLYGON((0 0, 1000 0, 1000 1000, 0 1000, 0 0))"], geometry="Polygon")
    message = _run_expecting_failure({"INPUT": _memory_points(_points()), "MASK": mask}, tmp_path)
    assert "does not cover any cell" in message and "overlaps" in message


def test_unwritable_output_is_reported(vdto_provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    blocker = tmp_path / "not_a_folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("vdto:violencesurface", {"INPUT": _memory_points(_points()), "RADIUS": 20000.0,
                                                "PIXEL_SIZE": 1000.0, "OUTPUT": str(blocker / "out.tif")})
    assert "could not be written" in str(caught.value) and "folder you can write to" in str(caught.value)
    assert blocker.read_text() == "a file where a folder should be"


def test_null_weights_count_as_zero_and_are_reported(vdto_provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    class Collect(QgsProcessingFeedback):
        warnings: list = []

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)

    feedback = Collect()
    result = processing.run("vdto:violencesurface", {
        "INPUT": _memory_points(_points()[:3], weights=[2.0, None, 3.0]), "WEIGHT_FIELD": "w", "RADIUS": 5000.0,
        "PIXEL_SIZE": 1000.0, "OUTPUT": str(tmp_path / "ok.tif")}, feedback=feedback)
    assert result["TOTAL_WEIGHT"] == pytest.approx(5.0)
    assert any("no value in 'w'" in text for text in feedback.warnings)
