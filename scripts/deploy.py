"""Install the plugin zip into a QGIS profile folder and enable it (what "Install from ZIP" does).

QGIS 3 keeps a profile's settings in ``QGIS/QGIS3.ini`` (profiles under ``~/.local/share/QGIS/QGIS3``), QGIS 4 in
``QGIS/QGIS4.ini`` (under ``.../QGIS4``): the plugin is enabled in both, so the same profile folder works in either.
"""
from __future__ import annotations

import configparser
import functools
import shutil
import subprocess  # nosec B404 - our own interpreter
import sys
import zipfile
from pathlib import Path

SETTINGS_FILES = ("QGIS3.ini", "QGIS4.ini")


@functools.lru_cache(maxsize=None)
def qgis_major() -> int:
    """The major version of the QGIS this Python's bindings belong to (3 when they cannot be imported)."""
    try:
        done = subprocess.run([sys.executable, "-c", "from qgis.core import Qgis; print(Qgis.QGIS_VERSION_INT)"],
                              capture_output=True, text=True, timeout=120)  # nosec B603
        return int(done.stdout.strip().splitlines()[-1]) // 10000
    except (subprocess.SubprocessError, ValueError, IndexError):
        return 3


def settings_file(profile_dir: Path) -> Path:
    """The settings file the installed QGIS reads in ``profile_dir`` (QGIS3.ini or QGIS4.ini)."""
    return Path(profile_dir) / "QGIS" / f"QGIS{qgis_major()}.ini"


def default_profile() -> Path:
    """The default profile of the installed QGIS: ~/.local/share/QGIS/QGIS3 (or QGIS4)/profiles/default."""
    return Path.home() / ".local" / "share" / "QGIS" / f"QGIS{qgis_major()}" / "profiles" / "default"


def deploy(zip_path: Path, profile_dir: Path, enable: bool = True) -> Path:
    plugins = profile_dir / "python" / "plugins"
    target = plugins / "vdto_targeting"
    if target.exists():
        shutil.rmtree(target)
    plugins.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(plugins)  # nosec B202 - our own zip, member names checked by tests/package
    if enable:
        add_settings(profile_dir, "PythonPlugins", {"vdto_targeting": "true"})
    return target


def add_settings(profile_dir: Path, section: str, values: dict) -> None:
    """Set ``values`` in ``section`` of the profile's QGIS3.ini and QGIS4.ini (whichever QGIS starts reads its own)."""
    for name in SETTINGS_FILES:
        ini = Path(profile_dir) / "QGIS" / name
        ini.parent.mkdir(parents=True, exist_ok=True)
        config = configparser.RawConfigParser()
        config.optionxform = str  # keep QGIS's key case
        if ini.exists():
            config.read(ini, encoding="utf-8")
        if not config.has_section(section):
            config.add_section(section)
        for key, value in values.items():
            config.set(section, key, value)
        with ini.open("w", encoding="utf-8") as handle:
            config.write(handle, space_around_delimiters=False)


if __name__ == "__main__":
    profile = Path(sys.argv[2]).expanduser() if len(sys.argv) > 2 and sys.argv[2] else default_profile()
    print(deploy(Path(sys.argv[1]), profile))
