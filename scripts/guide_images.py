"""Refresh the README's screenshots from what the GUI tests and `make run` saved (scaled for the web)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = {f"dock_step_{i}.png": ROOT / "build" / "artifacts" / f"dock_step_{i}.png" for i in range(1, 7)}
SOURCES["dock_spanish.png"] = ROOT / "build" / "artifacts" / "dock_spanish.png"
SOURCES["briefing_page_1.png"] = ROOT / "build" / "demo" / "briefing.png"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QGuiApplication, QImage

    app = QGuiApplication(sys.argv)  # noqa: F841 - image scaling needs an application object
    target = ROOT / "docs" / "images"
    target.mkdir(parents=True, exist_ok=True)
    for name, source in SOURCES.items():
        if not source.exists():
            print(f"missing {source}: run the GUI tests and `make run` first")
            continue
        image = QImage(str(source))
        if image.width() > 1000:
            image = image.scaledToWidth(1000, Qt.TransformationMode.SmoothTransformation)
        image.save(str(target / name), "PNG")
        print(f"{name}: {image.width()}x{image.height()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
