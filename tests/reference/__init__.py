"""Independent references run out of process (PySAL esda in .venv-ref) and a GeoPackage reader for the core tier."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess  # nosec B404
from pathlib import Path

import pytest

from tests.datasets import ROOT

REF_PYTHON = ROOT / ".venv-ref" / "bin" / "python"
ESDA_SCRIPT = Path(__file__).with_name("esda_reference.py")
ZONES_SCRIPT = Path(__file__).with_name("zones_reference.py")


def require_reference_python() -> Path:
    """The reference venv's interpreter; skip (or fail under CI=true) when it is absent or lacks esda."""
    ok = REF_PYTHON.exists() and subprocess.run(  # nosec B603
        [str(REF_PYTHON), "-c", "import esda, libpysal, geopandas"], capture_output=True).returncode == 0
    if not ok:
        message = "reference venv .venv-ref with esda/libpysal/geopandas is absent: run `make refenv`"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + " — required under CI=true")
        pytest.skip(message)
    return REF_PYTHON


def run_esda(*args: str) -> dict:
    """Run tests/reference/esda_reference.py with the reference interpreter and return its JSON."""
    return run_reference(ESDA_SCRIPT, *args)


def run_zones(*args: str) -> dict:
    """Run tests/reference/zones_reference.py (geopandas + pyproj) with the reference interpreter; its JSON."""
    return run_reference(ZONES_SCRIPT, *args)


def run_reference(script: Path, *args: str) -> dict:
    python = require_reference_python()
    # the reference venv uses its own wheels' PROJ/GDAL data and modules, never what QGIS's process set up
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "PYTHONHOME", "PROJ_DATA", "PROJ_LIB", "GDAL_DATA")}
    done = subprocess.run([str(python), str(script), *args], capture_output=True, text=True,  # nosec B603
                          timeout=600, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def read_gpkg_polygons(path: Path, layer: str) -> tuple[list, list]:
    """(cvegeo codes, shapely geometries) in the table's fid order, straight from the GeoPackage (no GDAL)."""
    from shapely import wkb

    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        column = db.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?",
                            (layer,)).fetchone()[0]
        rows = db.execute(f'SELECT cvegeo, "{column}" FROM "{layer}" ORDER BY fid').fetchall()  # nosec B608
    codes, geometries = [], []
    for code, blob in rows:
        flags = blob[3]
        envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 0x07]
        geometries.append(wkb.loads(bytes(blob[8 + envelope:])))
        codes.append(code)
    return codes, geometries


CYCLE_SCRIPT = Path(__file__).with_name("cycle_reference.py")


def run_cycle_reference(job: dict, needs: str = "statsmodels") -> dict:
    """Run tests/reference/cycle_reference.py (statsmodels / geopandas) with the reference interpreter."""
    ok = REF_PYTHON.exists() and subprocess.run(  # nosec B603
        [str(REF_PYTHON), "-c", f"import {needs}"], capture_output=True).returncode == 0
    if not ok:
        message = f"reference venv .venv-ref lacks {needs}: run `make refenv`"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + " — required under CI=true")
        pytest.skip(message)
    done = subprocess.run([str(REF_PYTHON), str(CYCLE_SCRIPT)], input=json.dumps(job), capture_output=True,  # nosec
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


PRECISION_SCRIPT = Path(__file__).with_name("precision_reference.py")


def run_precision_reference(*args: str) -> dict:
    """Run tests/reference/precision_reference.py (pandas + geopandas) with the reference interpreter."""
    ok = REF_PYTHON.exists() and subprocess.run(  # nosec B603
        [str(REF_PYTHON), "-c", "import geopandas"], capture_output=True).returncode == 0
    if not ok:
        message = "reference venv .venv-ref with geopandas is absent: run `make refenv`"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + " — required under CI=true")
        pytest.skip(message)
    done = subprocess.run([str(REF_PYTHON), str(PRECISION_SCRIPT), *args], capture_output=True, text=True,  # nosec
                          timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)
