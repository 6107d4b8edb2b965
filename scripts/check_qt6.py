"""Qt 6 check without QGIS 4: every Qt name the plugin and its tests import through ``qgis.PyQt``, and every Qt
enum or class attribute they spell (``Qt.MouseButton.LeftButton``, ``QFormLayout.FieldGrowthPolicy...``), must exist
in PyQt6 as QGIS 4's ``qgis.PyQt`` shim presents it (PyQt6's module, plus ``QAction``/``QShortcut`` re-exported in
``QtWidgets``). Then the plugin's modules that touch Qt but not QGIS are imported under that shim.

Run with a Python that has PyQt6 and nothing of QGIS: ``make check-qt6`` makes ``build/venv-qt6`` with PyQt6 from
PyPI. ``try: from qgis.PyQt.QtGui import X / except ImportError: from qgis.PyQt.QtWidgets import X`` is understood:
the fallback is not needed when the first import works.
"""
from __future__ import annotations

import ast
import importlib
import sys
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from check_sources import _python_in  # noqa: E402 - the same reading of code held in strings

# What QGIS 4's qgis/PyQt/QtWidgets.py adds to PyQt6.QtWidgets (the classes Qt 6 moved to QtGui that it re-exports).
SHIM_EXTRAS = {"QtWidgets": ("QtGui", {"QAction", "QShortcut"})}
# Plugin modules that use Qt but not QGIS: imported for real under PyQt6.
QT_ONLY_MODULES = ["vdto_targeting.gui.help"]


def _module(name: str):
    return importlib.import_module(f"PyQt6.{name}")


def resolve(module: str, name: str):
    """(object, problem) for ``from qgis.PyQt[.module] import name`` under QGIS 4's shim."""
    if module == "":
        try:
            return _module(name), None
        except ImportError as error:
            return None, f"qgis.PyQt.{name} has no Qt 6 counterpart ({error})"
    try:
        owner = _module(module)
    except ImportError as error:
        return None, f"qgis.PyQt.{module} has no Qt 6 counterpart ({error})"
    if hasattr(owner, name):
        return getattr(owner, name), None
    home, names = SHIM_EXTRAS.get(module, ("", set()))
    if name in names:
        return getattr(_module(home), name), None
    homes = [m for m in ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtTest") if hasattr(_module(m), name)]
    where = f" (in Qt 6 it is in {', '.join(homes)})" if homes else " (gone in Qt 6)"
    return None, f"{name} is not in qgis.PyQt.{module} on QGIS 4{where}"


def _qt_import(node) -> str | None:
    if isinstance(node, ast.ImportFrom) and node.module and (node.module == "qgis.PyQt"
                                                             or node.module.startswith("qgis.PyQt.")):
        return node.module[len("qgis.PyQt."):] if node.module != "qgis.PyQt" else ""
    return None


def _chain(node: ast.Attribute):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    return (node.id, parts[::-1]) if isinstance(node, ast.Name) else (None, None)


def check_tree(tree: ast.AST) -> list:
    problems = []
    skip = set()
    for node in ast.walk(tree):   # a fallback import is only needed when the first try fails
        if isinstance(node, ast.Try):
            tried = [n for n in node.body if _qt_import(n) is not None]
            if not tried:
                continue
            if all(resolve(_qt_import(n), a.name)[1] is None for n in tried for a in n.names):
                skip.update(id(n) for h in node.handlers for n in ast.walk(h) if _qt_import(n) is not None)
            else:
                skip.update(id(n) for n in tried)
    names = {}
    for node in ast.walk(tree):
        module = _qt_import(node)
        if module is None:
            continue
        for alias in node.names:
            value, problem = resolve(module, alias.name)
            if problem and id(node) not in skip:
                problems.append((node.lineno, problem))
            elif value is not None:
                names[alias.asname or alias.name] = value
    parents = {id(child): parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or isinstance(parents.get(id(node)), ast.Attribute):
            continue
        root, parts = _chain(node)
        if root not in names:
            continue
        value, spelled = names[root], root
        for part in parts:
            spelled += "." + part
            if not hasattr(value, part):
                problems.append((node.lineno, f"{spelled} does not exist in PyQt6 (unscoped enum or a name Qt 6 "
                                              f"removed)"))
                break
            value = getattr(value, part)
    return problems


def install_shim() -> None:
    """A ``qgis.PyQt`` package made of PyQt6 modules (plus QGIS's QtWidgets extras), and nothing else of QGIS."""
    qgis = types.ModuleType("qgis")
    qgis.__path__ = []
    pyqt = types.ModuleType("qgis.PyQt")
    pyqt.__path__ = []
    sys.modules.update({"qgis": qgis, "qgis.PyQt": pyqt})
    qgis.PyQt = pyqt
    for name in ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtTest", "QtXml", "QtNetwork", "QtPrintSupport"):
        try:
            real = _module(name)
        except ImportError:
            continue
        shim = types.ModuleType(f"qgis.PyQt.{name}")
        shim.__dict__.update({k: v for k, v in vars(real).items() if not k.startswith("__")})
        home, extras = SHIM_EXTRAS.get(name, ("", set()))
        for extra in extras:
            setattr(shim, extra, getattr(_module(home), extra))
        sys.modules[shim.__name__] = shim
        setattr(pyqt, name, shim)


def main() -> int:
    core = _module("QtCore")
    problems = []
    files = sorted(list((ROOT / "vdto_targeting").rglob("*.py")) + list((ROOT / "tests").rglob("*.py"))
                   + list((ROOT / "scripts").rglob("*.py")))
    for path in files:
        text = path.read_text(encoding="utf-8")
        found = set()
        for tree, offset in _python_in(text, path):
            found.update((line + offset, why) for line, why in check_tree(tree))
        problems += [f"{path.relative_to(ROOT)}:{line}: {why}" for line, why in sorted(found)]
    install_shim()
    sys.path.insert(0, str(ROOT))
    for name in QT_ONLY_MODULES:
        try:
            importlib.import_module(name)
        except Exception as error:  # every failure is a finding
            problems.append(f"{name}: import under PyQt6 failed: {type(error).__name__}: {error}")
    for line in problems:
        print(line)
    print(f"check_qt6: {len(files)} files against PyQt6 {core.PYQT_VERSION_STR} (Qt {core.QT_VERSION_STR}): "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
