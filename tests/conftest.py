"""Shared fixtures for every tier. Imports neither Qt nor QGIS (the core tier must stay QGIS-free)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.datasets import ARTIFACTS, ROOT, data_dir  # noqa: F401 - re-exported for tests


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
