"""Print pip constraints pinning the compiled packages Debian's QGIS is built against."""
import importlib

for name in ("numpy", "pandas", "shapely", "scipy", "rtree", "psutil"):
    try:
        module = importlib.import_module(name)
    except ImportError:
        continue
    print(f"{name}=={module.__version__}")
