"""The architecture stays visible: core imports nothing above it."""
import ast
import importlib
import pkgutil

import vdto_targeting.core as core


def test_every_core_module_imports_without_qgis():
    names = [m.name for m in pkgutil.iter_modules(core.__path__)]
    for name in names:
        importlib.import_module(f"vdto_targeting.core.{name}")


def test_core_does_not_import_upwards():
    from pathlib import Path

    for path in Path(core.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level >= 2 and node.module != "definitions":
                # definitions.py is the one Qt/QGIS-free module above core that core may share constants with
                raise AssertionError(f"{path.name} imports from above core/: {node.module}")
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                mod = node.module if isinstance(node, ast.ImportFrom) else node.names[0].name
                assert not (mod or "").startswith(("qgis", "PyQt", "osgeo")), f"{path.name} imports {mod}"
