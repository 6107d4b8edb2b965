"""Core tier: plain pytest, no QGIS. This guard proves the core never imports Qt or QGIS."""
import sys

import pytest


@pytest.fixture(autouse=True, scope="session")
def _no_qgis_in_core():
    yield
    leaked = [m for m in ("qgis", "PyQt5", "PyQt6", "osgeo") if m in sys.modules]
    assert not leaked, f"the core tier imported {leaked}: core/ must stay free of Qt, QGIS and GDAL"
