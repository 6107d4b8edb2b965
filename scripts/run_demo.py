"""``make demo``: build the briefing PDF (and PNG pages and the field pack) headless, into build/demo/.

    run_demo.py --real [--data FOLDER]   real public data (INEGI, UCDP GED, BTS) from ../shared/data or FOLDER
    run_demo.py --demo                   the built-in SYNTHETIC scenario (no data needed)

Runs QGIS offscreen with the plugin's provider; every step goes through ``processing.run`` by algorithm id (see
vdto_targeting/workflow.py), so the result is what the toolbox produces.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def start_qgis():
    """QGIS offscreen, Processing, and the plugin's provider (kept referenced so Python does not collect it)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from vdto_targeting.processing.provider import VdtoProvider

    provider = VdtoProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--real", action="store_true", help="use the real datasets (default when present)")
    mode.add_argument("--demo", action="store_true", help="use the synthetic demo scenario")
    parser.add_argument("--data", default=os.environ.get("VDTO_DATA_DIR", ""), help="folder of the datasets")
    parser.add_argument("--out", default=str(ROOT / "build" / "demo"), help="output folder (default build/demo)")
    parser.add_argument("--lang", default="en", choices=["en", "es"], help="briefing language")
    parser.add_argument("--page", default="A4", choices=["A4", "Letter"], help="page size (landscape)")
    parser.add_argument("--analyst", default="", help="analyst name printed on the briefing")
    parser.add_argument("--start", default="", help="first day of the period (real data; default 2006-01-01, the "
                        "years both UCDP GED and the INEGI homicides cover)")
    parser.add_argument("--end", default="", help="last day of the period (real data; default 2012-12-31)")
    parser.add_argument("--zones", type=int, default=3, help="zones proposed from the ranking (real data)")
    parser.add_argument("--no-pack", action="store_true", help="skip the field pack")
    args = parser.parse_args(argv)

    app, provider = start_qgis()
    from tests.datasets import data_dir
    from vdto_targeting import workflow as pipeline

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    common = dict(language=args.lang, page_size=0 if args.page == "A4" else 1, analyst=args.analyst,
                  field_pack=not args.no_pack)
    started = time.perf_counter()
    folder = args.data or (str(data_dir()) if data_dir() else "")
    if args.demo or not folder:
        if args.real:
            print("Real datasets not found (set VDTO_DATA_DIR or --data, or place them in ../shared/data); "
                  "building the SYNTHETIC demo briefing instead.")
        scenario = pipeline.run_demo_scenario(str(out))
        settings = pipeline.demo_settings(str(out), scenario, **common)
    else:
        settings = pipeline.real_settings(str(out), folder, start=args.start, end=args.end, n_zones=args.zones,
                                          **common)
    result = pipeline.Pipeline(settings, log=print).execute()
    elapsed = time.perf_counter() - started
    outputs = result.outputs
    print(f"\nBriefing: {outputs.get('briefing', 'NOT WRITTEN')} ({outputs.get('pages', 0)} pages) "
          f"in {elapsed:.1f} s")
    if outputs.get("field_pack"):
        print(f"Field pack: {outputs['field_pack']} (QGIS: Project > Open From > GeoPackage)")
    if result.unavailable or result.failed:
        print(f"Steps not available: {result.unavailable}; failed: {result.failed}")
    del provider, app
    return 0 if outputs.get("briefing") else 1


if __name__ == "__main__":
    sys.exit(main())
