"""The team workspace on PostgreSQL + PostGIS: live figures of 20 zones read from PostGIS, against the
same zones in a GeoPackage (the dock's 200 ms promise), a check-in of 1,000 zones edited offline, and 200 zones
drawn while the server is stopped (kept in the local journal, then sent when it is back).

Needs the local server of ``make workspace-db`` (started here if missing); prints "skipped" without it.
"""
from __future__ import annotations

import os
import subprocess  # nosec B404
import tempfile
import time
import uuid
from pathlib import Path

from benchmarks.common import ROOT, data_dir, peak_rss_mb, start_qgis

TARGET_MS = 200.0
N_CHECKIN = 1000
N_JOURNAL = 200


def _server() -> str:
    uri = os.environ.get("VDTO_WORKSPACE_DB", "")
    if uri:
        return uri
    result = subprocess.run(["/usr/bin/python3", str(ROOT / "scripts" / "workspace_db.py")], capture_output=True,
                            text=True)  # nosec B603
    lines = result.stdout.strip().splitlines()
    return lines[-1] if result.returncode == 0 and lines and lines[-1].startswith("postgresql://") else ""


def _live_figures(uri: str, schema: str) -> None:
    from qgis.core import QgsVectorLayer

    from benchmarks.bench_zones import _refresh, _zones
    from tests.datasets import MUNICIPIOS_2025, PORTS_GPKG, UCDP_GPKG
    from vdto_targeting.core.zones import ZoneFigureCache
    from vdto_targeting.qgis_bridge.workspace import Workspace, WorkspaceZoneStore
    from vdto_targeting.qgis_bridge.zones_layer import ZoneStore, create_zones_gpkg, load_study_area

    folder = data_dir()
    if folder is None:
        print("real datasets not found: live figures skipped")
        return
    events = QgsVectorLayer(str(folder / UCDP_GPKG), "events", "ogr")
    munis = QgsVectorLayer(str(folder / MUNICIPIOS_2025) + "|layername=municipios", "munis", "ogr")
    ports = QgsVectorLayer(str(folder / PORTS_GPKG), "ports", "ogr")
    study = load_study_area(events, munis, "best", "pob2020", ["side_a", "side_b"], None, ports)
    workspace = Workspace(uri, schema)
    stores = {"PostGIS": WorkspaceZoneStore(workspace.zones_layer(), workspace)}
    with tempfile.TemporaryDirectory() as tmp:
        stores["GeoPackage"] = ZoneStore(create_zones_gpkg(str(Path(tmp) / "zones.gpkg")))
        results = {}
        for label, store in stores.items():
            _zones(store, munis)
            cache = ZoneFigureCache(study, 25_000.0)
            _refresh(store, cache)
            fid = store.features()[0].id()
            warm, saves = [], []
            for step in range(5):
                geometry = store.feature(fid).geometry().buffer(500.0 * (step + 1), 8)
                t0 = time.perf_counter()
                store.update_zone(fid, geometry=geometry)
                saves.append((time.perf_counter() - t0) * 1000)
                t0 = time.perf_counter()
                figures, _gini = _refresh(store, cache)
                warm.append((time.perf_counter() - t0) * 1000)
            results[label] = (figures, sorted(warm)[2], max(warm), sorted(saves)[2])
        stores["GeoPackage"].layer = None
    columns = ["events", "deaths", "pai"]
    same = results["PostGIS"][0][columns].equals(results["GeoPackage"][0][columns])
    for label, (figures, median, worst, save) in results.items():
        print(f"{label}: refresh of {len(figures)} zones after editing one: median {median:.0f} ms, max {worst:.0f} "
              f"ms (target {TARGET_MS:.0f} ms); save of one zone {save:.1f} ms")
    print(f"figures identical PostGIS vs GeoPackage: {same}; ratio PostGIS/GeoPackage refresh: "
          f"{results['PostGIS'][1] / max(results['GeoPackage'][1], 1e-9):.2f}")


def _checkin(uri: str, schema: str) -> None:
    import processing
    from qgis.core import QgsVectorLayer

    from vdto_targeting.qgis_bridge.workspace import Workspace

    workspace = Workspace(uri, schema)
    workspace.sql(f"INSERT INTO {schema}.zones (zone_id, name, basis, status, priority, geom) "
                  f"SELECT 'Z-B' || lpad(i::text, 5, '0'), 'zone ' || i, 'region', 'proposed', 3, "
                  f"ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(2400000 + (i % 40) * 3000, 1200000 + (i / 40) * 3000),"
                  f" 6372), 1000, 8)) FROM generate_series(1, {N_CHECKIN}) AS i")  # nosec B608
    with tempfile.TemporaryDirectory() as tmp:
        pack = str(Path(tmp) / "pack.gpkg")
        t0 = time.perf_counter()
        processing.run("vdto:checkout", {"DATABASE": uri, "SCHEMA": schema, "OUTPUT": pack})
        checkout_s = time.perf_counter() - t0
        layer = QgsVectorLayer(f"{pack}|layername=zones", "zones", "ogr")
        notes = layer.fields().indexOf("notes")
        changes = {f.id(): {notes: "visited"} for f in layer.getFeatures() if str(f["name"]).startswith("zone ")}
        layer.dataProvider().changeAttributeValues(changes)
        del layer
        t0 = time.perf_counter()
        result = processing.run("vdto:checkin", {"DATABASE": uri, "SCHEMA": schema, "INPUT": pack})
        checkin_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        again = processing.run("vdto:checkin", {"DATABASE": uri, "SCHEMA": schema, "INPUT": pack})
        again_s = time.perf_counter() - t0
    print(f"check-out of {N_CHECKIN}+ zones: {checkout_s:.2f} s")
    print(f"check-in of {len(changes)} edited zones: {checkin_s:.2f} s (UPDATED {result['UPDATED']}, CONFLICTS "
          f"{result['CONFLICTS']}); the same pack again: {again_s:.2f} s (UPDATED {again['UPDATED']})")


def _journal(uri: str, schema: str) -> None:
    """Server stopped: 200 zones drawn go to the local journal (time per zone, and the panel's offline read);
    server back: the whole journal sent in one server transaction."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY

    from vdto_targeting.qgis_bridge.workspace import Workspace, WorkspaceUnreachable, WorkspaceZoneStore

    script = ["/usr/bin/python3", str(ROOT / "scripts" / "workspace_db.py")]
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    previous = os.environ.get("VDTO_WORKSPACE_JOURNAL_DIR")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["VDTO_WORKSPACE_JOURNAL_DIR"] = tmp
        try:
            workspace = Workspace(uri, schema)
            store = WorkspaceZoneStore(workspace.zones_layer(), workspace)
            loaded = len(store.features())
            subprocess.run(script + ["stop"], check=True, capture_output=True)  # nosec B603
            try:
                saves, reads = [], []
                for i in range(N_JOURNAL):
                    circle = QgsGeometry.fromPointXY(QgsPointXY(-108.0 + (i % 40) * 0.03, 25.0 + (i // 40) * 0.03)
                                                     ).buffer(0.01, 16)
                    t0 = time.perf_counter()
                    store.add_zone(circle, {"notes": "offline"}, wgs84)
                    saves.append((time.perf_counter() - t0) * 1000)
                    if (i + 1) in (20, N_JOURNAL):
                        t0 = time.perf_counter()
                        shown = len(store.features())
                        reads.append((i + 1, shown, (time.perf_counter() - t0) * 1000))
                # QGIS restarted while the server is still down: the workspace opens from the zones as last read
                t0 = time.perf_counter()
                reopened = WorkspaceZoneStore.open_offline(Workspace(uri, schema), WorkspaceUnreachable("down"))
                reopened_shown = len(reopened.features())
                reopen_ms = (time.perf_counter() - t0) * 1000
            finally:
                subprocess.run(script + ["start"], check=True, capture_output=True)  # nosec B603
            t0 = time.perf_counter()
            store.sync()
            send_s = time.perf_counter() - t0
            report = store.report or {}
        finally:
            os.environ.pop("VDTO_WORKSPACE_JOURNAL_DIR", None)
            if previous is not None:
                os.environ["VDTO_WORKSPACE_JOURNAL_DIR"] = previous
    saves.sort()
    print(f"server stopped: {N_JOURNAL} zones drawn kept in the local journal: median {saves[len(saves) // 2]:.1f} "
          f"ms, max {saves[-1]:.1f} ms per zone (written and committed before the call returns)")
    for count, shown, ms in reads:
        print(f"offline read of the zones ({loaded} loaded + {count} journaled → {shown} shown): {ms:.0f} ms")
    print(f"workspace opened while the server is down (after a restart): {reopened_shown} zones shown (as last "
          f"read + journal, on the stand-in layer) in {reopen_ms:.0f} ms")
    print(f"server back: journal of {report.get('sent', 0)} zones sent in {send_s:.2f} s "
          f"(INSERTED {report.get('inserted', 0)}, CONFLICTS {report.get('conflicts', 0)})")


def run() -> None:
    start_qgis()
    uri = _server()
    if not uri:
        print("no PostgreSQL + PostGIS server (make workspace-db): skipped")
        return
    import processing

    from vdto_targeting.qgis_bridge.workspace import Workspace

    schema = "bench_" + uuid.uuid4().hex[:8]
    processing.run("vdto:createworkspace", {"DATABASE": uri, "SCHEMA": schema})
    # the zones as last read are kept beside the local journal: never in the real QGIS profile
    with tempfile.TemporaryDirectory() as journals:
        os.environ["VDTO_WORKSPACE_JOURNAL_DIR"] = journals
        try:
            _live_figures(uri, schema)
            _checkin(uri, schema)
            _journal(uri, schema)
        finally:
            os.environ.pop("VDTO_WORKSPACE_JOURNAL_DIR", None)
            Workspace(uri, schema).sql(f"DROP SCHEMA {schema} CASCADE")
    print(f"peak memory {peak_rss_mb():.0f} MiB")


if __name__ == "__main__":
    run()
