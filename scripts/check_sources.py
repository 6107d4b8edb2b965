"""Qt6/QGIS 4 readiness and upload-scan checks that flake8 and bandit do not cover.

Fails on: direct PyQt5/PyQt6 imports (use qgis.PyQt), ``exec_()``, star imports from qgis, compiled ``.qrc``
resources, Qt or QGIS imports in ``core/``, exec bits on ``.py``, hidden files or shell scripts in the package.
"""
from __future__ import annotations

import os
import re
import sys
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
CORE_RULE = (re.compile(r"^\s*(from|import)\s+(qgis|PyQt\d?|osgeo)\b", re.M), "core/ must not import Qt, QGIS or GDAL")


def main() -> int:
    problems: list[str] = []
    for path in sorted(list(PACKAGE.rglob("*.py")) + list((ROOT / "tests").rglob("*.py"))
                       + list((ROOT / "scripts").rglob("*.py"))):
        text = path.read_text(encoding="utf-8")
        rules = list(RULES) + ([CORE_RULE] if PACKAGE / "core" in path.parents else [])
        rules += [NETWORK_RULE] if PACKAGE in path.parents else []
        rules += [QVARIANT_RULE, UNSCOPED_RULE] if PACKAGE in path.parents and path.name != "qgis_compat.py" else []
        if path == Path(__file__).resolve():
            continue
        for pattern, why in rules:
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                problems.append(f"{path.relative_to(ROOT)}:{line}: {why}")
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
