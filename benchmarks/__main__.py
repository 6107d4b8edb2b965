"""Run the benchmarks in one QGIS process: ``python -m benchmarks [name-filter ...]``."""
from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(filters: list[str]) -> int:
    from benchmarks.common import start_qgis

    start_qgis()
    names = sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)]) if m.name.startswith("bench_"))
    failures = 0
    for name in names:
        if filters and not any(f in name for f in filters):
            continue
        print(f"\n=== {name}", flush=True)
        started = time.perf_counter()
        try:
            importlib.import_module(f"benchmarks.{name}").run()
        except Exception as error:  # report and go on with the other benchmarks
            failures += 1
            print(f"FAILED: {error!r}")
        print(f"--- {name}: {time.perf_counter() - started:.1f} s", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
