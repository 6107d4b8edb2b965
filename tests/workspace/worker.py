"""Another analyst's QGIS, as a separate process: ``edit`` one zone at a barrier, or ``checkin`` a field pack.

Prints one JSON line (the outcome) on stdout.  Used by tests/workspace/test_workspace.py.
"""
from __future__ import annotations

import json
import os
import sys
import time


def main(argv) -> int:
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        if argv[1] == "edit":
            return edit(*argv[2:])
        if argv[1] == "checkin":
            return checkin(*argv[2:])
        raise SystemExit(f"unknown mode {argv[1]}")
    finally:
        app.exitQgis()


def edit(uri, schema, zone_id, field, value, barrier, name) -> int:
    """Load the zone (its version), wait until the other analyst has loaded it too, then save."""
    from vdto_targeting.qgis_bridge.workspace import Workspace, WorkspaceZoneStore, ZoneConflict

    workspace = Workspace(uri, schema)
    store = WorkspaceZoneStore(workspace.zones_layer(), workspace)
    feature = next(f for f in store.features() if f["zone_id"] == zone_id)
    open(os.path.join(barrier, name), "w").close()
    deadline = time.time() + 60
    while len(os.listdir(barrier)) < 2 and time.time() < deadline:
        time.sleep(0.005)
    try:
        store.update_zone(feature.id(), attributes={field: value})
        out = {"saved": True, "version": store.loaded[zone_id]}
    except ZoneConflict as conflict:
        out = {"saved": False, "loaded": conflict.loaded_version, "mine": str(conflict.mine.get(field)),
               "theirs": str(conflict.theirs.get(field)), "their_version": conflict.theirs.get("version"),
               "message": str(conflict)}
    print(json.dumps(out))
    return 0


def checkin(uri, schema, pack) -> int:
    import processing
    from processing.core.Processing import Processing
    from qgis.core import QgsApplication, QgsProcessingException

    from vdto_targeting.processing.provider import VdtoProvider

    Processing.initialize()
    provider = VdtoProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    try:
        result = processing.run("vdto:checkin", {"DATABASE": uri, "SCHEMA": schema, "INPUT": pack})
        print(json.dumps({k: int(v) for k, v in result.items()}))
        return 0
    except QgsProcessingException as error:
        print(json.dumps({"error": str(error)}))
        return 3


if __name__ == "__main__":
    sys.path.append("/usr/share/qgis/python/plugins")
    sys.exit(main(sys.argv))
