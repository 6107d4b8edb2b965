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

    app = QgsApplication([], argv[1].startswith("panel"))
    app.initQgis()
    try:
        if argv[1] == "panel-offline":
            return panel_offline(*argv[2:])
        if argv[1] == "panel-open":
            return panel_open(*argv[2:])
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


def _wait_for(path: str, seconds: float = 120) -> None:
    deadline = time.time() + seconds
    while not os.path.exists(path) and time.time() < deadline:
        time.sleep(0.05)


def panel_offline(uri, schema, barrier) -> int:
    """The Zones panel on the workspace; once the test has stopped the server, draw a zone and rename the first
    one, say what the panel said, then wait to be killed (SIGKILL: no clean shutdown of anything)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY

    from vdto_targeting.gui.zones_panel import ZonesPanel

    panel = ZonesPanel(None, None)
    assert panel.set_workspace(uri, schema), panel.message.text()
    open(os.path.join(barrier, "loaded"), "w").close()
    _wait_for(os.path.join(barrier, "stopped"))
    circle = QgsGeometry.fromPointXY(QgsPointXY(-107.0, 24.9)).buffer(0.05, 16)
    fid = panel.add_zone(circle, QgsCoordinateReferenceSystem("EPSG:4326"))
    drawn = panel.message.text()
    panel.table.selectRow(0)
    panel.name_edit.setText("Field name")
    panel.apply_edit()
    print(json.dumps({"fid": fid, "drawn": drawn, "message": panel.message.text(), "rows": panel.table.rowCount(),
                      "pending": panel.store.pending()}), flush=True)
    open(os.path.join(barrier, "saved"), "w").close()
    time.sleep(600)
    return 0


def panel_open(uri, schema, draw="") -> int:
    """A fresh QGIS opening the workspace in the Zones panel: what it says and shows; with ``draw``, it then draws
    a zone of that name and says that too."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY

    from vdto_targeting.gui.zones_panel import ZonesPanel

    panel = ZonesPanel(None, None)
    opened = panel.set_workspace(uri, schema)
    out = {"opened": opened, "message": panel.message.text(),
           "names": [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())],
           "pending": panel.store.pending() if panel.store is not None else None,
           "provider": panel.layer.providerType() if panel.layer is not None else None,
           "shown": panel.layer.featureCount() if panel.layer is not None else None}
    if draw and opened:
        circle = QgsGeometry.fromPointXY(QgsPointXY(-107.2, 24.6)).buffer(0.03, 16)
        fid = panel.add_zone(circle, QgsCoordinateReferenceSystem("EPSG:4326"))
        panel.table.selectRow(panel._fids.index(fid))
        panel.name_edit.setText(draw)
        panel.apply_edit()
        out.update(drawn=fid, after=[panel.table.item(r, 0).text() for r in range(panel.table.rowCount())],
                   pending_after=panel.store.pending(), shown_after=panel.layer.featureCount())
    print(json.dumps(out), flush=True)
    panel.shutdown()
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
