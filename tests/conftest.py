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
