"""Shared fixtures for every tier. Imports neither Qt nor QGIS (the core tier must stay QGIS-free)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.datasets import ARTIFACTS, ROOT, data_dir  # noqa: F401 - re-exported for tests


def pytest_collection_modifyitems(config, items) -> None:
    """``slow`` (registered in pyproject.toml) for whole classes of tests, besides the ones marked by hand: every
    desktop test (a QGIS under Xvfb each) and every QGIS-tier test on the national datasets (read through QGIS).
    ``pytest -m "not slow"`` is the quick loop."""
    for item in items:
        tier = Path(str(item.fspath)).parent.name
        if tier == "gui" or (tier == "qgis" and "shared_data" in getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real public datasets, read in place. Skips when absent; under CI=true their absence is a failure."""
    folder = data_dir()
    if folder is None:
        message = ("real datasets not found: set VDTO_DATA_DIR or place them in ../shared/data "
                   "(see README 'Data')")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + " — required under CI=true")
        pytest.skip(message)
    return folder


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


# The versions a run was made with, at the top of every tier's output: the same suite runs on QGIS 3.22 (Debian 12),
# 3.40 LTR (Debian 13) and 3.44 (Debian sid) through `make test-matrix`.
_QT_QGIS_VERSIONS = r'''
import json, sys
out = {}
try:
    from qgis.core import Qgis
    out["QGIS"] = Qgis.version()
    from qgis.PyQt.QtCore import PYQT_VERSION_STR, QT_VERSION_STR
    out["Qt"], out["PyQt"] = QT_VERSION_STR, PYQT_VERSION_STR
except Exception as error:
    out["QGIS"] = "not importable (%s)" % error
try:
    from osgeo import gdal
    out["GDAL"] = gdal.__version__
except Exception as error:
    out["GDAL"] = "not importable (%s)" % error
print(json.dumps(out))
'''


def _versions() -> str:
    """QGIS, Qt, PyQt and GDAL from a child interpreter (the core tier must not import Qt or QGIS), the rest here."""
    import json
    import platform
    import subprocess  # nosec B404 - our own interpreter
    import sys

    versions = {}
    try:
        done = subprocess.run([sys.executable, "-c", _QT_QGIS_VERSIONS], capture_output=True, text=True,  # nosec
                              timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        versions.update(json.loads(done.stdout.strip().splitlines()[-1]))
    except (subprocess.SubprocessError, ValueError, IndexError) as error:
        versions["QGIS"] = f"unknown ({error})"
    versions["Python"] = platform.python_version()
    for name in ("numpy", "pandas", "shapely"):
        try:
            module = __import__(name)
            versions[name] = getattr(module, "__version__", "?")
        except ImportError:
            versions[name] = "absent"
    try:
        import shapely

        api = "2.x API" if callable(getattr(shapely, "contains_xy", None)) else "1.8 API"
        geos = getattr(shapely, "geos_version_string", None)
        if geos is None:  # shapely 1.8
            from shapely import geos as _geos
            geos = _geos.geos_version_string
        versions["shapely"] += f" ({api}, GEOS {geos})"
    except ImportError:
        pass
    return ", ".join(f"{key} {value}" for key, value in versions.items())


def pytest_sessionstart(session):
    """Written even under ``-q`` (which hides pytest's own report header)."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line("versions: " + _versions())
