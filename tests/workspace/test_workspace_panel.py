"""The Zones panel on a team workspace: same live figures as the toolbox, and a stale save shows both versions."""
from __future__ import annotations

import pytest

from tests.datasets import MUNICIPIOS_LITE, UCDP_GPKG
from tests.workspace.conftest import psql, rows

pytestmark = pytest.mark.usefixtures("vdto_provider")
CONNECTION = "VDTO test workspace (analyst A)"


@pytest.fixture()
def panel(qgis_iface, qgis_canvas, shared_data, workspace, people):
    from qgis.core import QgsProject, QgsProviderRegistry, QgsVectorLayer

    from vdto_targeting.gui.zones_panel import ZonesPanel
    from vdto_targeting.qgis_bridge.workspace import datasource_uri

    _uri, schema = workspace
    events = QgsVectorLayer(str(shared_data / UCDP_GPKG), "events", "ogr")
    munis = QgsVectorLayer(str(shared_data / MUNICIPIOS_LITE) + "|layername=municipios", "munis", "ogr")
    QgsProject.instance().addMapLayers([events, munis])
    widget = ZonesPanel(qgis_iface, None)
    widget.events_combo.setLayer(events)
    widget.deaths_combo.setField("best")
    widget.munis_combo.setLayer(munis)
    widget.pop_combo.setField("pop2020")
    # opened as analysts do: through a QGIS PostgreSQL connection (Browser ▸ PostgreSQL), by its name
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(datasource_uri(people["analyst_a"]).uri(False),
                                           {"saveUsername": True, "savePassword": True})
    metadata.saveConnection(connection, CONNECTION)
    try:
        assert widget.set_workspace(CONNECTION, schema), widget.message.text()
        yield widget
    finally:
        widget.shutdown()
        widget.deleteLater()
        QgsProject.instance().removeAllMapLayers()
        metadata.deleteConnection(CONNECTION)


def test_workspace_zones_have_the_toolbox_figures_and_conflicts_show_both_versions(panel, workspace, people):
    import processing
    from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY

    uri, schema = workspace
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    for lon in (-107.39, -107.0):
        circle = QgsGeometry.fromPointXY(QgsPointXY(lon, 24.80)).buffer(0.1, 32)
        assert panel.add_zone(circle, wgs84) is not None
    assert "vdto_workspace" in panel.path_edit.text() and panel.table.rowCount() == 2
    assert panel.layer.providerType() == "postgres"
    assert rows(uri, f"SELECT count(*), min(version), min(updated_by) FROM {schema}.zones") == [
        ["2", "1", "vdto_t_analyst_a"]]
    toolbox = processing.run("vdto:zonestatistics", {
        "ZONES": panel.layer, "EVENTS": panel.events_combo.currentLayer(), "DEATHS_FIELD": "best",
        "MUNICIPALITIES": panel.munis_combo.currentLayer(), "POPULATION_FIELD": "pop2020",
        "ORGS_FIELD": ["side_a", "side_b"], "OUTPUT": "memory:"})["OUTPUT"]
    expected = {f["name"]: (f["events"], f["pai"]) for f in toolbox.getFeatures()}
    live = {panel.table.item(r, 0).text(): (panel.last_figures.iloc[r]["events"], panel.last_figures.iloc[r]["pai"])
            for r in range(2)}
    assert set(live) == set(expected)
    for name, (events, pai) in expected.items():
        assert live[name][0] == events and live[name][1] == pytest.approx(pai)
    assert sum(e for e, _p in expected.values()) > 100

    # Analyst A loads zone 1; analyst B saves a change to it meanwhile; A's save is refused with both versions.
    panel.table.selectRow(0)
    zone_id = str(panel.store.feature(panel.selected_fid())["zone_id"])
    psql(people["analyst_b"], f"UPDATE {schema}.zones SET name = 'B''s name', notes = 'seen by B' "
                              f"WHERE zone_id = '{zone_id}'")
    shown = []
    panel.choose_in_conflict = lambda error: shown.append(error) or "theirs"
    panel.name_edit.setText("A's name")
    panel.apply_edit()
    assert len(shown) == 1 and shown[0].mine["name"] == "A's name" and shown[0].theirs["name"] == "B's name"
    assert shown[0].theirs["version"] == 2 and shown[0].theirs["updated_by"] == "vdto_t_analyst_b"
    assert rows(uri, f"SELECT name, notes, version FROM {schema}.zones WHERE zone_id = '{zone_id}'") == [
        ["B's name", "seen by B", "2"]]
    assert panel.undo_stack.count() == 2                  # the two additions; the refused edit is not on the stack
    assert "kept" in panel.message.text()

    # Again, and this time A keeps their own version: saved as a new version, B's stays in history.
    panel.table.selectRow(0)
    psql(people["analyst_b"], f"UPDATE {schema}.zones SET notes = 'B again' WHERE zone_id = '{zone_id}'")
    panel.choose_in_conflict = lambda error: shown.append(error) or "mine"
    panel.name_edit.setText("A's name")
    panel.apply_edit()
    assert len(shown) == 2
    assert rows(uri, f"SELECT name, notes, version, updated_by FROM {schema}.zones WHERE zone_id = '{zone_id}'") == [
        ["A's name", "B again", "4", "vdto_t_analyst_a"]]
    assert rows(uri, f"SELECT row_before->>'name', row_before->>'notes' FROM {schema}.history "
                     f"WHERE row_key = '{zone_id}' AND version_after = 4") == [["B's name", "B again"]]

    # A deletion over a colleague's newer save is refused too; the zone stays, and the history has every version.
    panel.table.selectRow(0)
    psql(people["analyst_b"], f"UPDATE {schema}.zones SET priority = 1 WHERE zone_id = '{zone_id}'")
    panel.delete_selected()
    assert "was changed by vdto_t_analyst_b (version 5)" in panel.message.text()
    assert rows(uri, f"SELECT count(*) FROM {schema}.zones WHERE zone_id = '{zone_id}'") == [["1"]]
    assert rows(uri, f"SELECT string_agg(operation || version_after, ',' ORDER BY id) FROM {schema}.history "
                     f"WHERE row_key = '{zone_id}'") == [["INSERT1,UPDATE2,UPDATE3,UPDATE4,UPDATE5"]]


def journal_rows(folder) -> list:
    """The local journal read with plain SQLite (not the plugin's reader): zone_id, base version, operation."""
    import sqlite3

    files = sorted(folder.glob("journal_*.gpkg"))
    if not files:
        return []
    assert len(files) == 1, files
    connection = sqlite3.connect(str(files[0]))
    try:
        return connection.execute("SELECT zone_id, version, journal_op, name FROM zones ORDER BY fid").fetchall()
    finally:
        connection.close()


def test_panel_keeps_zones_drawn_while_the_server_is_down_and_sends_them_after(qgis_iface, workspace, people,
                                                                               tmp_path, monkeypatch):
    """Server stopped: a drawn zone, an edit, a deletion and its undo go at once to the local journal (a
    GeoPackage), the panel says so and still shows every zone; server back: the journal is sent with the check-in
    rules (a colleague's newer save is not overwritten: the local version goes to conflicts), then cleared."""
    import subprocess  # nosec B404

    from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsProject

    from tests.workspace.conftest import ROOT
    from vdto_targeting.gui.zones_panel import ZonesPanel

    uri, schema = workspace
    folder = tmp_path / "journal"
    monkeypatch.setenv("VDTO_WORKSPACE_JOURNAL_DIR", str(folder))
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    panel = ZonesPanel(qgis_iface, None)
    script = ["/usr/bin/python3", str(ROOT / "scripts" / "workspace_db.py")]
    circle = QgsGeometry.fromPointXY(QgsPointXY(-107.39, 24.80)).buffer(0.1, 16)
    drawn = QgsGeometry.fromPointXY(QgsPointXY(-107.0, 24.9)).buffer(0.05, 16)
    try:
        assert panel.set_workspace(people["analyst_a"], schema)
        for lon in (-107.39, -107.2):
            circle = QgsGeometry.fromPointXY(QgsPointXY(lon, 24.80)).buffer(0.1, 16)
            assert panel.add_zone(circle, wgs84) is not None
        first, second = [str(panel.store.feature(fid)["zone_id"]) for fid in panel._fids]
        subprocess.run(script + ["stop"], check=True, capture_output=True)  # nosec B603
        try:
            own = panel.layer
            panel.refresh()
            assert "cannot be reached" in panel.message.text() and panel.table.rowCount() == 2
            # the map keeps the zones: a read-only stand-in (the workspace's own layer would draw nothing)
            assert panel.layer.providerType() == "memory" and panel.layer.featureCount() == 2
            assert panel.layer.readOnly() and QgsProject.instance().mapLayer(panel.layer.id()) is not None
            fid = panel.add_zone(drawn, wgs84)                           # drawn while the server is down
            assert fid is not None and fid < 0
            assert "kept in the local journal" in panel.message.text() and panel.table.rowCount() == 3
            assert panel.layer.featureCount() == 3
            standin = panel.layer.id()
            new = str(panel.store.feature(fid)["zone_id"])
            panel.table.selectRow(0)                                     # an edit of a server zone
            panel.name_edit.setText("Renamed offline")
            panel.apply_edit()
            panel.table.selectRow(1)                                     # a deletion, then its undo
            panel.delete_selected()
            assert panel.table.rowCount() == 2
            panel.undo_stack.undo()
            assert panel.table.rowCount() == 3 and panel.table.item(0, 0).text() == "Renamed offline"
            assert "4 change(s) are kept in the local journal" in panel.message.text()
            assert panel._retry.isActive()                       # it will try the server again by itself
            assert journal_rows(folder) == [(new, None, "save", "Zone 3"), (first, 1, "save", "Renamed offline"),
                                            (second, 1, "delete", "Zone 2"), (second, 1, "save", "Zone 2")]
        finally:
            subprocess.run(script + ["start"], check=True, capture_output=True)  # nosec B603
        # meanwhile a colleague saves the first zone: the offline rename must not overwrite it
        psql(people["analyst_b"], f"UPDATE {schema}.zones SET name = 'B''s name' WHERE zone_id = '{first}'")
        # the analyst's next action (renaming the zone drawn offline, still shown with its local fid) sends the
        # journal first, then saves the rename on the server
        panel.table.selectRow(2)
        assert panel.selected_fid() < 0
        panel.name_edit.setText("Drawn offline")
        panel.apply_edit()
        text = panel.message.text()
        assert "3 zone change(s) kept in the local journal were sent (1 inserted, 0 updated, 0 deleted, " \
               "1 unchanged)" in text, text
        assert f"Zone {first} was changed by vdto_t_analyst_b (version 2)" in text
        assert journal_rows(folder) == [] and not panel._retry.isActive()
        assert panel.layer is own and QgsProject.instance().mapLayer(standin) is None   # the workspace's own, back
        assert rows(uri, f"SELECT zone_id, name, version, updated_by FROM {schema}.zones ORDER BY fid") == [
            [first, "B's name", "2", "vdto_t_analyst_b"], [second, "Zone 2", "1", "vdto_t_analyst_a"],
            [new, "Drawn offline", "2", "vdto_t_analyst_a"]]
        assert rows(uri, f"SELECT row_key, field_row->>'name', server_version, checked_out_version, "
                         f"server_row->>'name' FROM {schema}.conflicts") == [
            [first, "Renamed offline", "2", "1", "B's name"]]
        # the drawn outline reached the server unchanged (area in EPSG:6372 against QGIS's own transform)
        from qgis.core import QgsCoordinateTransform

        expected = QgsGeometry(drawn)
        expected.transform(QgsCoordinateTransform(wgs84, QgsCoordinateReferenceSystem("EPSG:6372"),
                                                  QgsProject.instance()))
        area = float(rows(uri, f"SELECT ST_Area(geom) FROM {schema}.zones WHERE zone_id = '{new}'")[0][0])
        assert area == pytest.approx(expected.area(), rel=1e-6)
        assert panel.table.rowCount() == 3 and all(f >= 0 for f in panel._fids)
        # back online, the undo stack still works on the zone drawn offline (by its zone_id, now on the server)
        panel.undo_stack.undo()
        assert rows(uri, f"SELECT name, version FROM {schema}.zones WHERE zone_id = '{new}'") == [["Zone 3", "3"]]
        assert journal_rows(folder) == []
    finally:
        panel.shutdown()
        panel.deleteLater()
        QgsProject.instance().removeAllMapLayers()


def test_qgis_own_editing_tools_while_the_server_is_down_go_to_the_journal(qgis_iface, workspace, people, tmp_path):
    """Attribute table and vertex tool on the workspace layer: saved while the server is down, the edit buffer goes
    whole into the local journal (the save succeeds, nothing waits in memory). A panel opened meanwhile (as after a
    restart) shows the zones as last read with those changes on a stand-in layer; server back, the journal is sent
    with the check-in rules (a colleague's newer save is kept, the local version goes to conflicts) and the
    workspace's own layer replaces the stand-in."""
    import subprocess  # nosec B404

    from qgis.core import QgsFeature, QgsGeometry, QgsProject

    from tests.workspace.conftest import ROOT
    from tests.workspace.test_workspace import add_zones
    from vdto_targeting.gui.zones_panel import ZonesPanel
    from vdto_targeting.qgis_bridge.workspace import Workspace

    uri, schema = workspace             # the journal folder: tmp_path / "journal" (conftest's journal_folder)
    script = ["/usr/bin/python3", str(ROOT / "scripts" / "workspace_db.py")]
    first, second, third = add_zones(uri, schema, ["Culiacán", "Navolato", "Eldorado"])
    layer = Workspace(people["analyst_a"], schema).zones_layer()
    by_id = {f["zone_id"]: f for f in layer.getFeatures()}
    assert layer.startEditing()
    layer.changeAttributeValue(by_id[first].id(), layer.fields().indexOf("name"), "Renamed in the table")
    reshaped = by_id[second].geometry().buffer(250.0, 4)
    layer.changeGeometry(by_id[second].id(), reshaped)
    layer.deleteFeature(by_id[third].id())
    added = QgsFeature(layer.fields())
    added.setGeometry(QgsGeometry.fromWkt("POLYGON((2450000 1300000, 2452000 1300000, 2452000 1302000, "
                                          "2450000 1300000))"))
    added["name"] = "Drawn in QGIS"
    assert layer.addFeature(added)
    panel = ZonesPanel(qgis_iface, None)
    try:
        subprocess.run(script + ["stop"], check=True, capture_output=True)  # nosec B603
        try:
            assert layer.commitChanges(), layer.commitErrors()
            assert not layer.isEditable()
            kept = journal_rows(tmp_path / "journal")
            assert [(k[1], k[2], k[3]) for k in kept] == [(None, "save", "Drawn in QGIS"),
                                                          (1, "save", "Renamed in the table"),
                                                          (1, "save", "Navolato"), (1, "delete", "Eldorado")]
            assert [k[0] for k in kept[1:]] == [first, second, third] and kept[0][0].startswith("Z-")
            # opened while the server is down (a restarted QGIS): the zones as last read, with those changes
            assert panel.set_workspace(people["analyst_a"], schema), panel.message.text()
            assert panel.layer.providerType() == "memory" and panel.layer.featureCount() == 3
            shown = [panel.table.item(r, 0).text() for r in range(3)]
            assert shown == ["Renamed in the table", "Navolato", "Drawn in QGIS"]
            assert "4 change(s) are kept in the local journal" in panel.message.text()
            standin = panel.layer.id()
        finally:
            subprocess.run(script + ["start"], check=True, capture_output=True)  # nosec B603
        psql(people["analyst_b"], f"UPDATE {schema}.zones SET notes = 'B' WHERE zone_id = '{first}'")
        panel.refresh()
        assert panel.layer.providerType() == "postgres" and QgsProject.instance().mapLayer(standin) is None
        assert "4 zone change(s) kept in the local journal were sent (1 inserted, 1 updated, 1 deleted" \
               in panel.message.text(), panel.message.text()
        assert journal_rows(tmp_path / "journal") == []
        assert rows(uri, f"SELECT zone_id, name, notes, version, updated_by FROM {schema}.zones ORDER BY fid") == [
            [first, "Culiacán", "B", "2", "vdto_t_analyst_b"], [second, "Navolato", "", "2", "vdto_t_analyst_a"],
            [kept[0][0], "Drawn in QGIS", "", "1", "vdto_t_analyst_a"]]
        area = float(rows(uri, f"SELECT ST_Area(geom) FROM {schema}.zones WHERE zone_id = '{second}'")[0][0])
        assert area == pytest.approx(reshaped.area(), rel=1e-9)
        assert rows(uri, f"SELECT row_key, field_row->>'name', checked_out_version, server_version FROM "
                         f"{schema}.conflicts") == [[first, "Renamed in the table", "1", "2"]]
        assert rows(uri, f"SELECT operation, row_before->>'name' FROM {schema}.history WHERE row_key = '{third}' "
                         f"ORDER BY id") == [["INSERT", ""], ["DELETE", "Eldorado"]]
        assert sorted(panel.table.item(r, 0).text() for r in range(3)) == ["Culiacán", "Drawn in QGIS", "Navolato"]
    finally:
        panel.shutdown()
        panel.deleteLater()
        QgsProject.instance().removeAllMapLayers()
