"""Build the plugin zip plugins.qgis.org and "Install from ZIP" accept.

One top folder ``vdto_targeting/`` holding the package, ``metadata.txt``, ``LICENSE``, ``resources/`` and the compiled
``i18n/*.qm``: no hidden files, no caches, no shell scripts or binaries, no test data, no exec bits.
"""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOP = "vdto_targeting"
FORBIDDEN_SUFFIXES = {".sh", ".bat", ".exe", ".so", ".dll", ".dylib", ".pyc", ".pyo", ".ts", ".pro"}


def wanted(path: Path) -> bool:
    parts = path.relative_to(ROOT).parts
    if any(p.startswith(".") or p == "__pycache__" for p in parts):
        return False
    return path.is_file() and path.suffix not in FORBIDDEN_SUFFIXES


def members() -> list[tuple[Path, str]]:
    items: list[tuple[Path, str]] = []
    for path in sorted((ROOT / TOP).rglob("*")):
        if wanted(path):
            items.append((path, f"{TOP}/{path.relative_to(ROOT / TOP).as_posix()}"))
    for name in ("metadata.txt", "LICENSE"):
        items.append((ROOT / name, f"{TOP}/{name}"))
    for path in sorted((ROOT / "resources").rglob("*")):
        if wanted(path):
            items.append((path, f"{TOP}/{path.relative_to(ROOT).as_posix()}"))
    for path in sorted((ROOT / "i18n").glob("*.qm")):
        items.append((path, f"{TOP}/i18n/{path.name}"))
    return items


def build(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        for source, arcname in members():
            info = zipfile.ZipInfo(arcname, date_time=(2024, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, source.read_bytes())
    tmp.replace(target)
    return target


if __name__ == "__main__":
    out = build(ROOT / (sys.argv[1] if len(sys.argv) > 1 else "dist/vdto_targeting.zip"))
    print(f"wrote {out} ({out.stat().st_size // 1024} KiB)")
