"""Qt6/QGIS 4 readiness and upload-scan checks that flake8 and bandit do not cover.

Fails on: direct PyQt5/PyQt6 imports (use qgis.PyQt), ``exec_()``, star imports from qgis, compiled ``.qrc``
resources, Qt or QGIS imports in ``core/``, exec bits on ``.py``, hidden files or shell scripts in the package;
Qt classes that moved module in Qt 6 and that QGIS's Qt 6 shim does not re-export (``QUndoStack`` from ``QtWidgets``
without a ``QtGui`` first try, ...), classes Qt 6 removed; and every unscoped QGIS or Qt enum
(``QgsRasterBandStats.Max`` instead of ``Qgis.RasterBandStatistic.Max``, ``Qt.LeftButton`` instead of
``Qt.MouseButton.LeftButton``): QGIS 4 and PyQt6 drop the unscoped names. Enums are found by resolving each
``Class.Member`` against the installed QGIS and Qt bindings, so the rule knows every enum they have, not a list.
Python code held in strings (the bodies tests run inside the QGIS desktop) is checked too.
"""
from __future__ import annotations

import ast
import enum
import importlib
import os
import re
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "vdto_targeting"
RULES = [
    (re.compile(r"^\s*(from|import)\s+PyQt[56]\b", re.M), "import Qt through qgis.PyQt, not PyQt5/PyQt6"),
    (re.compile(r"\.exec_\("), "use exec(), not exec_() (removed in Qt6)"),
    (re.compile(r"^\s*from\s+qgis\.\w+\s+import\s+\*", re.M), "no star imports from qgis"),
    (re.compile(r"\bresources_rc\b|\bpyrcc\d?\b|QResource\.register"),
     "no compiled .qrc resources: load icons and .ui files by path"),
]
NETWORK_RULE = (re.compile(r"^\s*(from|import)\s+(socket|urllib|http\.client|requests|ftplib|smtplib)\b"
                           r"|QNetworkAccessManager|QgsNetworkAccessManager|QgsBlockingNetworkRequest", re.M),
                "the plugin works offline: no network code")
UNSCOPED_RULE = (re.compile(r"QgsFeatureSink\.FastInsert|QgsProcessing\.Type[A-Z]"
                            r"|QgsProcessingParameterNumber\.(Double|Integer)\b"
                            r"|Qgis\.(Info|Warning|Critical|Success)\b"),
                 "use the fully scoped enum from qgis_compat (QGIS 4 drops the unscoped names)")
QVARIANT_RULE = (re.compile(r"\bQVariant\.(String|Int|Double|Date|DateTime|LongLong|Bool|UInt)\b"),
                 "QVariant.Type is gone in Qt6: take field types from qgis_compat (FIELD_TYPE_*)")
# Classes that live elsewhere in Qt 6. QGIS's Qt 6 shim re-exports QAction and QShortcut from QtWidgets, nothing else.
MOVED_IN_QT6 = {
    "QUndoCommand": "QtGui", "QUndoStack": "QtGui", "QUndoGroup": "QtGui", "QFileSystemModel": "QtGui",
    "QActionGroup": "QtGui", "QOpenGLWidget": "QtOpenGLWidgets",
}
REMOVED_IN_QT6 = {
    "QDesktopWidget": "use QScreen (QGuiApplication.screens())", "QRegExp": "use QRegularExpression",
    "QRegExpValidator": "use QRegularExpressionValidator", "QTextCodec": "decode with Python's codecs",
    "QStringRef": "use Python strings", "QLinkedList": "use a Python list",
}
DEPRECATED_RULE = (re.compile(r"\.parameterAsFields\(|\.bandStatistics\(\s*[^,)]+,|\.saveStyleToDatabase\("),
                   "deprecated in QGIS 3.32/3.40/3.44 (a Python warning in QGIS's log): use qgis_compat's "
                   "parameter_as_fields, band_maximum or save_style_to_database")
CORE_RULE = (re.compile(r"^\s*(from|import)\s+(qgis|PyQt\d?|osgeo)\b", re.M), "core/ must not import Qt, QGIS or GDAL")
# One-way layering: core → qgis_bridge → processing → gui and briefing, with the orchestration of whole runs
# (workflow.py: the demo and real-data briefing) above them all. Subpackage → the package parts it must not import.
FORBIDDEN_LAYERS = {
    "core": {"qgis_bridge", "processing", "briefing", "gui", "workflow"},
    "qgis_bridge": {"processing", "briefing", "gui", "workflow"},
    "processing": {"gui", "workflow"},
    "briefing": {"gui", "processing", "workflow"},
}
# briefing/ builds layouts and packs: it never runs a Processing algorithm (that is the workflow's or the dock's job).
RUNNING_CALLS = {"processingRegistry", "algorithmById", "createAlgorithmById", "runAndLoadResults"}


def _imported_names(tree: ast.AST) -> dict:
    """``name -> (module, attribute)`` for every ``from qgis.<module> import name [as alias]`` in the file."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("qgis."):
            for alias in node.names:
                names[alias.asname or alias.name] = (node.module, alias.name)
    return names


def _moved_classes(tree: ast.AST) -> list:
    """(line, why) for Qt 6 moved/removed classes imported without a fallback that tries their Qt 6 home first."""
    found = []
    guarded = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Try):
            tried = {a.name for n in node.body if isinstance(n, ast.ImportFrom) for a in n.names
                     if n.module and n.module.endswith(tuple(MOVED_IN_QT6.values()))}
            for handler in node.handlers:
                for inner in ast.walk(handler):
                    if isinstance(inner, ast.ImportFrom):
                        guarded.update((id(inner), a.name) for a in inner.names if a.name in tried)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(("qgis.PyQt.", "PyQt")):
            module = node.module.rsplit(".", 1)[-1]
            for alias in node.names:
                home = MOVED_IN_QT6.get(alias.name)
                if home and module != home and (id(node), alias.name) not in guarded:
                    found.append((node.lineno, f"{alias.name} lives in {home} in Qt 6 and QGIS's shim does not "
                                  f"re-export it: try qgis.PyQt.{home} first, {module} as the Qt 5 fallback"))
                if alias.name in REMOVED_IN_QT6:
                    found.append((node.lineno, f"{alias.name} is gone in Qt 6: {REMOVED_IN_QT6[alias.name]}"))
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id.startswith("Qt") \
                and node.attr in MOVED_IN_QT6 and node.value.id != MOVED_IN_QT6[node.attr]:
            found.append((node.lineno, f"{node.value.id}.{node.attr}: {node.attr} lives in "
                          f"{MOVED_IN_QT6[node.attr]} in Qt 6"))
    return found


def _is_enum_type(value) -> bool:
    return isinstance(value, enum.EnumMeta) or type(value).__name__ == "enumtype"  # sip.enumtype: PyQt5 enums


def _is_enum_member(value) -> bool:
    return isinstance(value, enum.Enum) or _is_enum_type(type(value))


def _unscoped_enums(tree: ast.AST, cache: dict) -> list:
    """(line, why) for ``Class.Member`` where Member is an enum value reached without its enum's name.

    Resolved against the installed bindings: a class imported ``from qgis.core/gui/PyQt.QtX import Class`` is looked
    up, and ``Class.Member`` is unscoped when the member is an enum value and ``Class`` is not itself an enum."""
    imported = _imported_names(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in imported):
            continue
        module, name = imported[node.value.id]
        key = (module, name)
        if key not in cache:
            try:
                cache[key] = getattr(importlib.import_module(module), name)
            except Exception:  # not importable here (e.g. qgis.gui without a display): not checked
                cache[key] = None
        owner = cache[key]
        if owner is None or _is_enum_type(owner) or not isinstance(owner, type):
            continue
        member = getattr(owner, node.attr, None)
        if member is not None and _is_enum_member(member):
            scoped = type(member).__qualname__
            scoped = scoped if "." in scoped else f"{node.value.id}.{scoped}"
            found.append((node.lineno, f"unscoped enum {node.value.id}.{node.attr}: QGIS 4 / PyQt6 need the scoped "
                          f"name ({scoped}.{node.attr} or the qgis_compat constant)"))
    return found


def _python_in(text: str, path: Path):
    """The file's syntax tree, then that of each multi-line string in it that is Python code (the bodies tests run
    inside QGIS), with the line offset of each; a string's tree also gets every import of the file and its strings
    (a body may use names a shared preamble imported)."""
    tree = ast.parse(text, filename=str(path))
    inner_trees = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and "\n" in node.value.strip():
            try:
                inner = ast.parse(textwrap.dedent(node.value))
            except (SyntaxError, ValueError):
                continue
            if any(isinstance(statement, (ast.Assign, ast.Import, ast.ImportFrom)) for statement in inner.body):
                inner_trees.append((inner, node.lineno - 1))  # prose that happens to parse has no statements
    imports = [node for t in [tree] + [t for t, _ in inner_trees] for node in ast.walk(t)
               if isinstance(node, ast.ImportFrom)]
    yield tree, 0
    for inner, offset in inner_trees:
        inner.body[:0] = imports
        yield inner, offset


def _shadowing_signals(tree: ast.AST, cache: dict) -> list:
    """(line, why) for a ``name = pyqtSignal(...)`` in a class whose QGIS or Qt base already has ``name``: a signal
    shadowing a C++ virtual method is called by C++ and raises "native Qt signal is not callable" (QGIS 3.26+ added
    ``QgsMapToolCapture.polygonCaptured``, for example)."""
    imported = _imported_names(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ClassDef):
            continue
        bases = []
        for base in node.bases:
            if isinstance(base, ast.Name) and base.id in imported:
                key = imported[base.id]
                if key not in cache:
                    try:
                        cache[key] = getattr(importlib.import_module(key[0]), key[1])
                    except Exception:  # not importable here: not checked
                        cache[key] = None
                if isinstance(cache[key], type):
                    bases.append(cache[key])
        for statement in node.body:
            if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Call) \
                    and getattr(statement.value.func, "id", "") == "pyqtSignal":
                for target in statement.targets:
                    owner = next((b for b in bases if isinstance(target, ast.Name) and hasattr(b, target.id)), None)
                    if owner is not None:
                        found.append((statement.lineno, f"signal {node.name}.{target.id} shadows "
                                      f"{owner.__name__}.{target.id} of this QGIS/Qt version: rename the signal"))
    return found


def _bindings_available() -> bool:
    try:
        importlib.import_module("qgis.core")
        return True
    except ImportError:
        return False


def _imported_modules(tree: ast.AST, path: Path) -> list:
    """(line, absolute dotted module) of every import in the file; relative imports resolved against its package."""
    package = list(path.relative_to(ROOT).with_suffix("").parts[:-1])
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package[:len(package) - (node.level - 1)]
                base = ".".join(parent + ([node.module] if node.module else []))
            if node.module is None or node.level and base.count(".") == 0:
                found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, base))
    return found


def _layering(tree: ast.AST, path: Path) -> list:
    """(line, why) for imports against the one-way layering, and algorithm runs inside briefing/."""
    parts = path.relative_to(PACKAGE).parts
    layer = parts[0] if len(parts) > 1 else ""
    forbidden = FORBIDDEN_LAYERS.get(layer)
    if not forbidden:
        return []
    found = []
    for line, module in _imported_modules(tree, path):
        names = module.split(".")
        if names[0] == PACKAGE.name and len(names) > 1 and names[1] in forbidden:
            found.append((line, f"{layer}/ must not import {names[1]} (layering: core → qgis_bridge → processing → "
                                f"gui, briefing; the workflow above them)"))
        if layer == "briefing" and names[0] == "processing":
            found.append((line, "briefing/ never runs algorithms: QGIS's processing module belongs to the workflow"))
    if layer == "briefing":
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in RUNNING_CALLS:
                found.append((node.lineno, f"briefing/ never runs algorithms ({node.func.attr}): run them in the "
                                           "workflow or the dock and hand briefing/ their outputs"))
    return found


def main() -> int:
    problems: list[str] = []
    enums = _bindings_available()
    if not enums:
        print("check_sources: QGIS's Python bindings are not importable here: unscoped enums not checked")
    cache: dict = {}
    for path in sorted(list(PACKAGE.rglob("*.py")) + list((ROOT / "tests").rglob("*.py"))
                       + list((ROOT / "scripts").rglob("*.py"))):
        text = path.read_text(encoding="utf-8")
        rules = list(RULES) + ([CORE_RULE] if PACKAGE / "core" in path.parents else [])
        rules += [NETWORK_RULE] if PACKAGE in path.parents else []
        rules += [QVARIANT_RULE, UNSCOPED_RULE, DEPRECATED_RULE] if PACKAGE in path.parents \
            and path.name != "qgis_compat.py" else []
        if path == Path(__file__).resolve():
            continue
        for pattern, why in rules:
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                problems.append(f"{path.relative_to(ROOT)}:{line}: {why}")
        found = set()
        if PACKAGE in path.parents:
            found.update(_layering(ast.parse(text), path))
        for tree, offset in _python_in(text, path):
            found.update((line + offset, why) for line, why in _moved_classes(tree))
            if enums and path.name != "qgis_compat.py":
                found.update((line + offset, why) for line, why in _unscoped_enums(tree, cache))
                found.update((line + offset, why) for line, why in _shadowing_signals(tree, cache))
        problems += [f"{path.relative_to(ROOT)}:{line}: {why}" for line, why in sorted(found)]
        if path.is_relative_to(PACKAGE) and os.stat(path).st_mode & 0o111:
            problems.append(f"{path.relative_to(ROOT)}: exec bit set on a .py file")
    for path in PACKAGE.rglob("*"):
        rel = path.relative_to(ROOT)
        if any(part.startswith(".") for part in rel.parts):
            problems.append(f"{rel}: hidden file in the package")
        if path.suffix in {".sh", ".bat", ".exe", ".so", ".dll"}:
            problems.append(f"{rel}: executable or shell script in the package")
    for line in problems:
        print(line)
    print(f"check_sources: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
