"""Package tier: the zip analysts install, and qgis_process loading the plugin from it."""
from __future__ import annotations

import os
import shutil
import subprocess  # nosec B404
import zipfile
from pathlib import Path

import pytest

from tests.datasets import ROOT

sys_path = str(ROOT / "scripts")
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


def test_qgis_process_enables_plugin_and_lists_vdto_algorithms(tmp_path):
    config = tmp_path / "config"
    profile = config / "profiles" / "default"
    import sys

    sys.path.insert(0, sys_path)
    from deploy import deploy

    deploy(ZIP, profile, enable=False)
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(config), QT_QPA_PLATFORM="offscreen")
    binary = qgis_process_binary()
    enabled = subprocess.run([binary, "plugins", "enable", "vdto_targeting"], env=env, capture_output=True,
                             text=True, timeout=180)  # nosec B603
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    listed = subprocess.run([binary, "list"], env=env, capture_output=True, text=True, timeout=180)  # nosec B603
    assert listed.returncode == 0, listed.stderr
    algorithms = [line.split()[0] for line in listed.stdout.splitlines() if line.strip().startswith("vdto:")]
    assert algorithms, "no vdto: algorithms listed by qgis_process:\n" + listed.stdout[-2000:]
    from vdto_targeting.processing.provider import ALGORITHMS  # noqa: E402 - plain import, no QGIS needed

    assert len(algorithms) == len(ALGORITHMS), (algorithms, ALGORITHMS)
