"""Run ``vdto:municipalindicators`` on the real data once per test process (QGIS tier), for the hotspot tests."""
from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

from tests.datasets import HOMICIDES, MUNICIPIOS_2025, POPULATION_CONAPO

START, END = 2019, 2021


@lru_cache(maxsize=None)
def real_indicators(data_dir: str) -> str:
    import processing

    folder = Path(tempfile.mkdtemp(prefix="vdto_indicators_"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    result = processing.run("vdto:municipalindicators", {
        "MUNICIPALITIES": f"{Path(data_dir) / MUNICIPIOS_2025}|layername=municipios",
        "HOMICIDES": str(Path(data_dir) / HOMICIDES), "POPULATION": str(Path(data_dir) / POPULATION_CONAPO),
        "START_YEAR": START, "END_YEAR": END, "OUTPUT": str(folder / "indicators.gpkg")})
    return result["OUTPUT"]
