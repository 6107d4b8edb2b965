"""Organisations and corridors: ranking, territories, corridors and target package on all UCDP events.

Peer for the ranking: the same attribution written as a plain pandas melt/explode/groupby (what an analyst would do
in a notebook). The algorithms are run as instances, so the benchmark does not depend on provider registration.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.common import data_dir, peak_rss_mb, start_qgis


def _pandas_peer(csv_path: Path, alias_path: Path) -> float:
    import pandas as pd

    started = time.perf_counter()
    events = pd.read_csv(csv_path, usecols=["id", "side_a", "side_b", "best"])
    aliases = pd.read_csv(alias_path)
    name = dict(zip(aliases["alias"], aliases["organisation"]))
    long = events.melt(id_vars=["id", "best"], value_vars=["side_a", "side_b"], value_name="actor")
    long["actor"] = long["actor"].where(long["actor"].isin(name.keys()), long["actor"].str.split(", "))
    long = long.explode("actor").assign(org=lambda d: d["actor"].map(name)).drop_duplicates(["id", "org"])
    long.groupby("org").agg(deaths=("best", "sum"), events=("id", "nunique")).sort_values("deaths")
    return time.perf_counter() - started


def run() -> None:
    start_qgis()
    import processing

    from tests.datasets import PORTS_GPKG, UCDP_CSV, UCDP_GPKG
    from vdto_targeting.core.organisations import default_alias_path
    from vdto_targeting.processing.corridors import CorridorsAlgorithm
    from vdto_targeting.processing.targetpackage import TargetPackageAlgorithm
    from vdto_targeting.processing.territories import TerritoriesAlgorithm
    from vdto_targeting.processing.vdtos import RankVdtosAlgorithm

    folder = data_dir()
    if folder is None:
        print("skipped: real datasets not found")
        return
    events = str(folder / UCDP_GPKG)
    out = Path(tempfile.mkdtemp(prefix="bench_vdtos_"))
    timings = {}
    for rule in (0, 1):
        started = time.perf_counter()
        ranked = processing.run(RankVdtosAlgorithm(), {"INPUT": events, "ATTRIBUTION": rule,
                                                       "OUTPUT": str(out / f"rank{rule}.gpkg")})
        timings[f"rankvdtos rule {rule}"] = time.perf_counter() - started
    peer = _pandas_peer(folder / UCDP_CSV, default_alias_path())
    started = time.perf_counter()
    terr = processing.run(TerritoriesAlgorithm(), {"INPUT": events, "TOP_N": 5, "PIXEL_SIZE": 5000, "RADIUS": 25000,
                                                   "OUTPUT": str(out / "terr.gpkg")})
    timings["territories top 5 (5 km cells)"] = time.perf_counter() - started
    started = time.perf_counter()
    corr = processing.run(CorridorsAlgorithm(), {"TERRITORIES": terr["OUTPUT"], "PORTS": str(folder / PORTS_GPKG),
                                                 "EVENTS": events, "OUTPUT": str(out / "corr.gpkg")})
    timings["corridors with exposure"] = time.perf_counter() - started
    started = time.perf_counter()
    processing.run(TargetPackageAlgorithm(), {"RANKING": ranked["OUTPUT"], "CORRIDORS": corr["OUTPUT"],
                                              "OUTPUT": str(out / "package.gpkg")})
    timings["targetpackage"] = time.perf_counter() - started
    for label, seconds in timings.items():
        print(f"{label:36s} {seconds:7.2f} s")
    ratio = timings["rankvdtos rule 0"] / peer if peer > 0 else float("nan")
    print(f"{'pandas peer ranking':36s} {peer:7.2f} s   ratio rankvdtos/peer = {ratio:.1f}x "
          "(rankvdtos also reads the GeoPackage, trends, rivals, municipalities, writes the table)")
    print(f"peak RSS {peak_rss_mb():.0f} MiB")
