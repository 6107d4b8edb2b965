"""Where the plugin's plain-file resources live.

In the installed zip, ``resources/``, ``i18n/`` and ``metadata.txt`` sit *inside* the plugin folder; in the source
tree they sit beside it. Loading by path (not compiled ``.qrc``) keeps the plugin working under Qt6.
"""
from __future__ import annotations

from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent


def plugin_root() -> Path:
    """Folder that holds ``metadata.txt``: the plugin folder once installed, the repository in a checkout."""
    if (PLUGIN_DIR / "metadata.txt").exists():
        return PLUGIN_DIR
    return PLUGIN_DIR.parent


def resources_path(*parts: str) -> Path:
    return plugin_root().joinpath("resources", *parts)


def icon_path(name: str) -> Path:
    return resources_path("icons", name)


def style_path(name: str) -> Path:
    return resources_path("styles", name)


def i18n_path(*parts: str) -> Path:
    return plugin_root().joinpath("i18n", *parts)


def metadata_value(key: str, default: str = "") -> str:
    """Read one key of ``metadata.txt`` without configparser's interpolation surprises."""
    try:
        text = (plugin_root() / "metadata.txt").read_text(encoding="utf-8")
    except OSError:
        return default
    for line in text.splitlines():
        name, sep, value = line.partition("=")
        if sep and name.strip() == key:
            return value.strip()
    return default
