"""Package tier: the zip analysts install, and qgis_process loading the plugin from it and running an algorithm."""
from __future__ import annotations

import json
import os
import shutil
import subprocess  # nosec B404
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from tests.datasets import ROOT
from vdto_targeting.processing.provider import ALGORITHMS  # a list of names; no QGIS application started

sys.path.insert(0, str(ROOT / "scripts"))
from deploy import deploy  # noqa: E402 - scripts/ is not a package

ZIP = ROOT / "dist" / "vdto_targeting.zip"


def qgis_process_binary() -> str:
    """Debian 12's wrapper passes a flag the binary rejects, so prefer ``qgis_process.bin``."""
    for name in ("qgis_process.bin", "qgis_process"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("qgis_process not found: install the Debian package 'qgis'")


def test_zip_has_one_top_folder_and_no_forbidden_files():
    with zipfile.ZipFile(ZIP) as archive:
        names = archive.namelist()
        infos = archive.infolist()
    assert names, "empty zip"
    assert {n.split("/")[0] for n in names} == {"vdto_targeting"}
    for required in ("metadata.txt", "LICENSE", "__init__.py", "plugin.py", "processing/provider.py",
                     "resources/icons/vdto.svg", "i18n/vdto_targeting_es.qm"):
        assert f"vdto_targeting/{required}" in names, required
    for name in names:
        parts = name.split("/")
        assert not any(p.startswith(".") for p in parts), f"hidden file {name}"
        assert "__pycache__" not in parts
        assert Path(name).suffix not in {".sh", ".bat", ".exe", ".so", ".dll", ".pyc", ".ts"}, name
        assert not name.startswith("vdto_targeting/tests/"), name
        assert Path(name).suffix not in {".gz", ".gpkg", ".tif", ".shp"}, f"data file in the zip: {name}"
        if Path(name).suffix == ".csv":  # only the plugin's own editable tables (the alias table), never datasets
            assert name.startswith("vdto_targeting/resources/data/"), name
    for info in infos:
        assert not (info.external_attr >> 16) & 0o111, f"exec bit on {info.filename}"


def test_metadata_declares_qgis4_support():
    with zipfile.ZipFile(ZIP) as archive:
        text = archive.read("vdto_targeting/metadata.txt").decode("utf-8")
    assert "qgisMinimumVersion=3.22" in text
    assert "qgisMaximumVersion=4.99" in text
    assert "hasProcessingProvider=yes" in text
    assert "supportsQt6" not in text


@pytest.fixture(scope="module")
def qgis_profile(tmp_path_factory) -> dict:
    """The built zip installed into a fresh QGIS profile (what "Install from ZIP" does) and enabled there through
    ``qgis_process``; returns the environment that makes ``qgis_process`` use that profile."""
    config = tmp_path_factory.mktemp("qgis") / "config"
    deploy(ZIP, config / "profiles" / "default", enable=False)
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(config), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)  # the plugin comes from the profile, never from the source tree
    enabled = subprocess.run([qgis_process_binary(), "plugins", "enable", "vdto_targeting"], env=env,
                             capture_output=True, text=True, timeout=180)  # nosec B603
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    return env


@pytest.mark.slow
def test_qgis_process_enables_plugin_and_lists_vdto_algorithms(qgis_profile):
    listed = subprocess.run([qgis_process_binary(), "list"], env=qgis_profile, capture_output=True, text=True,
                            timeout=180)  # nosec B603
    assert listed.returncode == 0, listed.stderr
    algorithms = [line.split()[0] for line in listed.stdout.splitlines() if line.strip().startswith("vdto:")]
    assert algorithms, "no vdto: algorithms listed by qgis_process:\n" + listed.stdout[-2000:]
    assert len(algorithms) == len(ALGORITHMS), (algorithms, ALGORITHMS)


# The same algorithm run inside a Python QGIS session from the source tree (as the toolbox and the dock run it).
IN_PROCESS = """
import json, sys
sys.path.append("/usr/share/qgis/python/plugins")
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
from processing.core.Processing import Processing
Processing.initialize()
from vdto_targeting.processing.provider import VdtoProvider
provider = VdtoProvider()  # kept referenced: the registry does not own a Python-made provider
assert QgsApplication.processingRegistry().addProvider(provider)
import processing
result = processing.run(sys.argv[1], json.loads(sys.argv[2]))
print(json.dumps({k: v for k, v in result.items() if isinstance(v, (int, float, str))}))
app.exitQgis()
"""


def _events_gpkg(path: Path) -> float:
    """40 lethal events around one place in EPSG:6372, written with GDAL; returns their deaths, summed by hand."""
    from osgeo import ogr, osr

    rng = np.random.default_rng(17)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(6372)
    layer = dataset.CreateLayer("events", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("deaths", ogr.OFTInteger))
    total = 0
    for _ in range(40):
        feature = ogr.Feature(layer.GetLayerDefn())
        deaths = int(rng.integers(1, 6))
        total += deaths
        feature.SetField("deaths", deaths)
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(2_500_000 + rng.normal(0, 15_000), 1_200_000 + rng.normal(0, 15_000))
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    dataset = None
    return float(total)


def _raster(path: Path):
    from osgeo import gdal

    dataset = gdal.Open(str(path))
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray().astype(float)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        values[values == nodata] = np.nan
    return values, dataset.GetGeoTransform(), dataset.GetProjection()


@pytest.mark.slow
def test_qgis_process_runs_the_surface_from_the_zip_as_in_process(qgis_profile, tmp_path):
    """vdto:violencesurface through ``qgis_process`` (plugin from the zip) gives the in-process raster and figures,
    and its density (events per km²) integrates to the deaths counted by hand."""
    events = tmp_path / "events.gpkg"
    deaths = _events_gpkg(events)
    params = {"INPUT": str(events), "WEIGHT_FIELD": "deaths", "RADIUS": 20000.0, "PIXEL_SIZE": 2000.0}
    args = [f"{k}={v}" for k, v in {**params, "OUTPUT": str(tmp_path / "qgis_process.tif")}.items()]
    run = subprocess.run([qgis_process_binary(), "run", "vdto:violencesurface", "--json", "--", *args],
                         env=qgis_profile, capture_output=True, text=True, timeout=300)  # nosec B603
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    outside = json.loads(run.stdout[run.stdout.index("{"):])["results"]

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    inside_run = subprocess.run([sys.executable, "-c", IN_PROCESS, "vdto:violencesurface",
                                 json.dumps({**params, "OUTPUT": str(tmp_path / "in_process.tif")})],
                                env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)  # nosec B603
    assert inside_run.returncode == 0, inside_run.stdout[-2000:] + inside_run.stderr[-2000:]
    inside = json.loads(inside_run.stdout.strip().splitlines()[-1])

    a, transform_a, crs_a = _raster(tmp_path / "qgis_process.tif")
    b, transform_b, crs_b = _raster(tmp_path / "in_process.tif")
    assert a.shape == b.shape and transform_a == pytest.approx(transform_b) and crs_a == crs_b
    np.testing.assert_allclose(a, b, rtol=1e-9, atol=1e-12, equal_nan=True)
    for key in ("TOTAL_WEIGHT", "RADIUS_USED", "PREC_POINT_EVENTS", "PREC_POINT_DEATHS"):
        assert outside[key] == pytest.approx(inside[key]), key
    assert outside["TOTAL_WEIGHT"] == pytest.approx(deaths)
    pixel_km2 = abs(transform_a[1] * transform_a[5]) / 1e6
    assert np.nansum(a) * pixel_km2 == pytest.approx(deaths, rel=1e-6)
    assert transform_a[1] == pytest.approx(2000.0) and np.nanmax(a) > 0
