"""Print pip constraints pinning the compiled packages Debian's QGIS is built against.

The version is the installed distribution's metadata; a build that does not know its own version (Debian's
shapely on sid reports ``0+unknown``) cannot be pinned by number and is left out rather than pinned to nonsense.
"""
import importlib
from importlib import metadata

for name in ("numpy", "pandas", "shapely", "scipy", "rtree", "psutil"):
    try:
        module = importlib.import_module(name)
    except ImportError:
        continue
    try:
        version = metadata.version(name)
    except metadata.PackageNotFoundError:
        version = getattr(module, "__version__", "")
    if version and "unknown" not in version and not version.startswith("0+"):
        print(f"{name}=={version}")
