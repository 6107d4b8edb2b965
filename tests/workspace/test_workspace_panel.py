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


def test_panel_says_when_the_server_is_down_and_shows_the_zones_again_after(qgis_iface, workspace, people):
    """A stopped server is reported as such; the table keeps its zones (an empty table would look like a loss)."""
    import subprocess  # nosec B404

    from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsProject

    from tests.workspace.conftest import ROOT
    from vdto_targeting.gui.zones_panel import ZonesPanel

    _uri, schema = workspace
    panel = ZonesPanel(qgis_iface, None)
    script = ["/usr/bin/python3", str(ROOT / "scripts" / "workspace_db.py")]
    try:
        assert panel.set_workspace(people["analyst_a"], schema)
        circle = QgsGeometry.fromPointXY(QgsPointXY(-107.39, 24.80)).buffer(0.1, 16)
        assert panel.add_zone(circle, QgsCoordinateReferenceSystem("EPSG:4326")) is not None
        subprocess.run(script + ["stop"], check=True, capture_output=True)  # nosec B603
        try:
            panel.refresh()
            assert "cannot be reached" in panel.message.text() and panel.table.rowCount() == 1
            assert panel.add_zone(circle, QgsCoordinateReferenceSystem("EPSG:4326")) is None
            assert "cannot be reached" in panel.message.text()
        finally:
            subprocess.run(script + ["start"], check=True, capture_output=True)  # nosec B603
        panel.refresh()
        assert panel.table.rowCount() == 1 and panel.table.item(0, 0).text() == "Zone 1"
    finally:
        panel.shutdown()
        panel.deleteLater()
        QgsProject.instance().removeAllMapLayers()
