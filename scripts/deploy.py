"""Install the plugin zip into a QGIS profile folder and enable it (what "Install from ZIP" does)."""
from __future__ import annotations

import configparser
import shutil
import sys
import zipfile
from pathlib import Path


def deploy(zip_path: Path, profile_dir: Path, enable: bool = True) -> Path:
    plugins = profile_dir / "python" / "plugins"
    target = plugins / "vdto_targeting"
    if target.exists():
        shutil.rmtree(target)
    plugins.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(plugins)  # nosec B202 - our own zip, member names checked by tests/package
    if enable:
        ini = profile_dir / "QGIS" / "QGIS3.ini"
        ini.parent.mkdir(parents=True, exist_ok=True)
        config = configparser.RawConfigParser()
        config.optionxform = str  # keep QGIS's key case
        if ini.exists():
            config.read(ini, encoding="utf-8")
        if not config.has_section("PythonPlugins"):
            config.add_section("PythonPlugins")
        config.set("PythonPlugins", "vdto_targeting", "true")
        with ini.open("w", encoding="utf-8") as handle:
            config.write(handle, space_around_delimiters=False)
    return target


if __name__ == "__main__":
    print(deploy(Path(sys.argv[1]), Path(sys.argv[2]).expanduser()))
