"""The team workspace against a real PostgreSQL + PostGIS server.

Outcomes are read back with ``psql`` (an independent client): versions, history rows, conflicts, grants.
"""
from __future__ import annotations

import json
import os
import subprocess  # nosec B404
import time
from pathlib import Path

import pytest

from tests.workspace.conftest import ROOT, psql, rows, worker

pytestmark = pytest.mark.usefixtures("vdto_provider")


def add_zones(uri: str, schema: str, names, user_uri: str = "") -> list:
    """Zones inserted by plain SQL (as another client would), squares near Culiacán; returns their zone_ids."""
    values = []
    for i, name in enumerate(names):
        x = -107.5 + 0.05 * i
        values.append(f"('Z-T{i:04d}', '{name}', 'region', 'proposed', 3, ST_Multi(ST_Transform(ST_GeomFromText("
                      f"'POLYGON(({x} 24.7, {x + 0.04} 24.7, {x + 0.04} 24.74, {x} 24.74, {x} 24.7))', 4326), 6372)))")
    psql(user_uri or uri, f"INSERT INTO {schema}.zones (zone_id, name, basis, status, priority, geom) VALUES "
                          + ", ".join(values))
    return [f"Z-T{i:04d}" for i in range(len(names))]


def run(alg: str, **parameters):
    import processing

    return processing.run(f"vdto:{alg}", parameters)


def edit_pack(pack: Path, changes=None, new_zone: str = "", new_target: str = "", delete=()) -> None:
    """Edit a field pack as an officer would in QGIS offline: through the OGR provider, committed at once."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    zones = QgsVectorLayer(f"{pack}|layername=zones", "zones", "ogr")
    by_id = {f["zone_id"]: f for f in zones.getFeatures()}
    fields = zones.fields()
    for zone_id, values in (changes or {}).items():
        assert zones.dataProvider().changeAttributeValues(
            {by_id[zone_id].id(): {fields.indexOf(k): v for k, v in values.items()}})
    if delete:
        assert zones.dataProvider().deleteFeatures([by_id[z].id() for z in delete])
    if new_zone:
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromWkt(
            "MULTIPOLYGON(((2450000 1300000, 2452000 1300000, 2452000 1302000, 2450000 1300000)))"))
        for key, value in {"zone_id": new_zone, "name": "drawn in the field", "basis": "region",
                           "status": "proposed", "priority": 2}.items():
            feature[key] = value
        assert zones.dataProvider().addFeatures([feature])[0]
    del zones
    if new_target:
        targets = QgsVectorLayer(f"{pack}|layername=targets", "targets", "ogr")
        feature = QgsFeature(targets.fields())
        feature["target_id"] = new_target
        feature["organisation"] = "Cártel de Sinaloa"
        feature["status"] = "proposed"
        assert targets.dataProvider().addFeatures([feature])[0]
        del targets


# ------------------------------------------------------------------------------------------------ creation
def test_create_is_idempotent_with_fields_roles_and_grants(workspace):
    from vdto_targeting.definitions import ZONE_FIELDS

    uri, schema = workspace
    first = rows(uri, f"SELECT workspace_id FROM {schema}.workspace")
    again = run("createworkspace", DATABASE=uri, SCHEMA=schema)
    assert again["CREATED"] is False and again["WORKSPACE_ID"] == first[0][0]
    query = ("SELECT column_name FROM information_schema.columns WHERE table_schema = '{0}' AND table_name = '{1}' "
             "ORDER BY ordinal_position")
    tables = ("zones", "targets", "history", "conflicts")
    columns = {t: [r[0] for r in rows(uri, query.format(schema, t))] for t in tables}
    assert columns["zones"] == ["fid"] + ZONE_FIELDS + ["version", "updated_by", "geom"]
    assert columns["targets"] == ["fid", "target_id", "organisation", "region", "criterion", "designated_on",
                                  "announced_on", "status", "analyst", "notes", "created_at", "updated_at",
                                  "version", "updated_by"]
    assert {"row_before", "row_after", "changed_by", "changed_at", "operation"} <= set(columns["history"])
    assert {"field_row", "server_row", "checked_in_by", "checked_in_at"} <= set(columns["conflicts"])
    assert rows(uri, f"SELECT type, srid FROM geometry_columns WHERE f_table_schema = '{schema}'") == [
        ["MULTIPOLYGON", "6372"]]
    grants = rows(uri, f"SELECT has_table_privilege('vdto_editor', '{schema}.zones', 'UPDATE'), "
                       f"has_table_privilege('vdto_editor', '{schema}.history', 'INSERT'), "
                       f"has_table_privilege('vdto_reader', '{schema}.zones', 'SELECT'), "
                       f"has_table_privilege('vdto_reader', '{schema}.zones', 'INSERT'), "
                       f"has_table_privilege('vdto_reader', '{schema}.targets', 'UPDATE')")
    assert grants == [["t", "f", "t", "f", "f"]]
    # the second run left one copy of each trigger and table
    assert rows(uri, f"SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n "
                     f"ON n.oid = c.relnamespace WHERE n.nspname = '{schema}' AND NOT t.tgisinternal") == [["8"]]


def test_refusals_name_the_problem_and_the_fix(workspace_db, people, vdto_provider, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="may not create the schema .* GRANT CREATE ON DATABASE"):
        run("createworkspace", DATABASE=people["nobody"], SCHEMA="t_never_created")
    assert rows(workspace_db, "SELECT count(*) FROM pg_namespace WHERE nspname = 't_never_created'") == [["0"]]
    # a database without PostGIS, which this user may not enable it in
    sudo = [] if os.geteuid() == 0 else ["sudo", "-n"]
    command = ["runuser", "-u", "postgres", "--", "psql", "-X", "-q", "-c", "DROP DATABASE IF EXISTS vdto_t_nopostgis",
               "-c", "CREATE DATABASE vdto_t_nopostgis"]
    subprocess.run(sudo + command, check=True, capture_output=True, cwd="/tmp")  # nosec B603 B607
    no_postgis = workspace_db.rsplit("/", 1)[0] + "/vdto_t_nopostgis"
    with pytest.raises(QgsProcessingException, match="PostGIS is not enabled .* CREATE EXTENSION postgis"):
        run("createworkspace", DATABASE=no_postgis, SCHEMA="vdto")
    with pytest.raises(QgsProcessingException, match="no QGIS PostgreSQL connection named 'Task force'"):
        run("createworkspace", DATABASE="Task force", SCHEMA="vdto")
    with pytest.raises(QgsProcessingException, match="schema name 'Vdto; drop' cannot be used"):
        run("createworkspace", DATABASE=workspace_db, SCHEMA="Vdto; drop")
    wrong = people["analyst_a"].replace(":field-laptop-7@", ":not-the-password@")
    with pytest.raises(QgsProcessingException, match="refused the login of vdto_t_analyst_a .* password") as error:
        run("checkout", DATABASE=wrong, SCHEMA="vdto", OUTPUT=str(tmp_path / "p.gpkg"))
    assert "not-the-password" not in str(error.value)             # never shown nor logged
    with pytest.raises(QgsProcessingException, match="is not a workspace: create it first"):
        run("checkout", DATABASE=workspace_db, SCHEMA="t_absent", OUTPUT=str(tmp_path / "p.gpkg"))
    assert not (tmp_path / "p.gpkg").exists()


# --------------------------------------------------------------------------------------- triggers, history
def test_versions_and_history_kept_by_the_server_deletions_included(workspace, people):
    uri, schema = workspace
    a = people["analyst_a"]
    (zone,) = add_zones(uri, schema, ["Culiacán centro"], user_uri=a)
    geom_before = rows(a, f"SELECT encode(ST_AsEWKB(geom), 'hex') FROM {schema}.zones")[0][0]
    psql(people["analyst_b"], f"UPDATE {schema}.zones SET status = 'approved' WHERE zone_id = '{zone}'")
    psql(a, f"UPDATE {schema}.zones SET name = 'Culiacán', version = 99 WHERE zone_id = '{zone}'", check=False)
    assert rows(uri, f"SELECT version, updated_by, status FROM {schema}.zones") == [["2", "vdto_t_analyst_b",
                                                                                    "approved"]]
    stale = psql(a, f"UPDATE {schema}.zones SET name = 'x', version = 1 WHERE zone_id = '{zone}'", check=False)
    assert stale.returncode and "was changed by vdto_t_analyst_b" in stale.stderr
    psql(a, f"DELETE FROM {schema}.zones WHERE zone_id = '{zone}'")
    history = rows(uri, f"SELECT operation, changed_by, version_before, version_after, row_before->>'status', "
                        f"row_after->>'status', row_before->>'geom' FROM {schema}.history ORDER BY id")
    assert [h[:6] for h in history] == [
        ["INSERT", "vdto_t_analyst_a", "", "1", "", "proposed"],
        ["UPDATE", "vdto_t_analyst_b", "1", "2", "proposed", "approved"],
        ["DELETE", "vdto_t_analyst_a", "2", "", "approved", ""]]
    assert history[2][6] == geom_before          # the deleted outline, bit for bit
    for statement in (f"DELETE FROM {schema}.history", f"UPDATE {schema}.history SET changed_by = 'x'",
                      f"TRUNCATE {schema}.history", f"TRUNCATE {schema}.zones"):
        result = psql(uri, statement, check=False)       # even the owner
        assert result.returncode and "keeps every change" in result.stderr, statement
    assert rows(uri, f"SELECT count(*) FROM {schema}.history") == [["3"]]


def test_reader_role_write_refused_by_the_server(workspace, people, tmp_path):
    from qgis.core import QgsFeature, QgsProcessingException

    from vdto_targeting.qgis_bridge.workspace import Workspace

    uri, schema = workspace
    (zone,) = add_zones(uri, schema, ["Navolato"])
    reader = people["partner"]
    assert rows(reader, f"SELECT name FROM {schema}.zones") == [["Navolato"]]
    for statement in (f"UPDATE {schema}.zones SET name = 'x'", f"DELETE FROM {schema}.zones",
                      f"INSERT INTO {schema}.targets (target_id) VALUES ('T-x')",
                      f"INSERT INTO {schema}.history (table_name, row_key, operation, changed_by, changed_at) "
                      f"VALUES ('zones', 'x', 'DELETE', 'x', now())"):
        result = psql(reader, statement, check=False)
        assert result.returncode and "permission denied" in result.stderr, statement
    layer = Workspace(reader, schema).zones_layer()                 # QGIS's own provider: refused too
    copy = QgsFeature(next(layer.getFeatures()))
    ok, _ = layer.dataProvider().addFeatures([copy])
    assert not ok
    pack = tmp_path / "partner.gpkg"
    run("checkout", DATABASE=reader, SCHEMA=schema, OUTPUT=str(pack))    # reading is allowed
    edit_pack(pack, {zone: {"notes": "partner note"}})
    with pytest.raises(QgsProcessingException, match="vdto_t_partner may not change the workspace .* vdto_editor"):
        run("checkin", DATABASE=reader, SCHEMA=schema, INPUT=str(pack))
    assert rows(uri, f"SELECT name, notes, version FROM {schema}.zones") == [["Navolato", "", "1"]]
    assert rows(uri, f"SELECT count(*) FROM {schema}.history") == [["1"]]


# ----------------------------------------------------------------------------------------------- concurrency
def test_two_analysts_saving_the_same_zone_at_once(workspace, people, tmp_path):
    uri, schema = workspace
    (zone,) = add_zones(uri, schema, ["Eldorado"])
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    procs = [worker("edit", people[user], schema, zone, "notes", f"note of {user}", str(barrier), user)
             for user in ("analyst_a", "analyst_b")]
    outcomes = {}
    for user, proc in zip(("analyst_a", "analyst_b"), procs):
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        outcomes[user] = json.loads(out.strip().splitlines()[-1])
    saved = [u for u, o in outcomes.items() if o["saved"]]
    refused = [u for u, o in outcomes.items() if not o["saved"]]
    assert len(saved) == 1 and len(refused) == 1, outcomes
    winner, loser = saved[0], refused[0]
    lost = outcomes[loser]
    assert lost["loaded"] == 1 and lost["their_version"] == 2
    assert lost["mine"] == f"note of {loser}" and lost["theirs"] == f"note of {winner}"   # both versions shown
    assert f"vdto_t_{winner}" in lost["message"]
    assert rows(uri, f"SELECT notes, version, updated_by FROM {schema}.zones") == [
        [f"note of {winner}", "2", f"vdto_t_{winner}"]]
    assert rows(uri, f"SELECT count(*) FROM {schema}.history WHERE operation = 'UPDATE'") == [["1"]]


# --------------------------------------------------------------------------------------- check-out / check-in
def test_three_laptops_check_out_and_in_with_a_conflict(workspace, people, tmp_path):
    import sqlite3

    uri, schema = workspace
    a, b = people["analyst_a"], people["analyst_b"]
    zones = add_zones(uri, schema, ["Culiacán", "Navolato", "Costa Rica"])
    psql(uri, f"INSERT INTO {schema}.targets (target_id, organisation, status) VALUES ('T-1', 'CJNG', 'designated')")
    packs = {}
    for laptop, who in (("one", a), ("two", b), ("three", a)):
        packs[laptop] = tmp_path / f"{laptop}.gpkg"
        out = run("checkout", DATABASE=who, SCHEMA=schema, OUTPUT=str(packs[laptop]))
        assert (out["ZONES"], out["TARGETS"]) == (3, 1)
    connection = sqlite3.connect(packs["one"])
    # the field pack's project is stored in the workspace
    assert connection.execute("SELECT name FROM qgis_projects").fetchall() == [("vdto_field_pack",)]
    assert connection.execute("SELECT count(*) FROM layer_styles").fetchone()[0] == 2
    connection.close()
    edit_pack(packs["one"], {zones[0]: {"status": "approved", "notes": "laptop one"}}, new_zone="Z-FIELD1")
    edit_pack(packs["two"], {zones[0]: {"notes": "laptop two"}, zones[1]: {"priority": 1}})
    edit_pack(packs["three"], new_target="T-2", delete=[zones[2]])

    one = run("checkin", DATABASE=a, SCHEMA=schema, INPUT=str(packs["one"]))
    assert (one["INSERTED"], one["UPDATED"], one["CONFLICTS"], one["UNCHANGED"]) == (1, 1, 0, 3)
    two = run("checkin", DATABASE=b, SCHEMA=schema, INPUT=str(packs["two"]))
    assert (two["INSERTED"], two["UPDATED"], two["CONFLICTS"], two["UNCHANGED"]) == (0, 1, 1, 2)
    three = run("checkin", DATABASE=a, SCHEMA=schema, INPUT=str(packs["three"]))
    assert (three["INSERTED"], three["UPDATED"], three["CONFLICTS"], three["DELETED"]) == (1, 0, 0, 1)

    server = {r[0]: r[1:] for r in rows(uri, f"SELECT zone_id, status, notes, priority, version, updated_by "
                                             f"FROM {schema}.zones")}
    assert server[zones[0]] == ["approved", "laptop one", "3", "2", "vdto_t_analyst_a"]    # not overwritten
    assert server[zones[1]] == ["proposed", "", "1", "2", "vdto_t_analyst_b"]
    assert zones[2] not in server and server["Z-FIELD1"][:2] == ["proposed", ""]
    conflict = rows(uri, f"SELECT row_key, checked_out_version, server_version, server_updated_by, "
                         f"field_row->>'notes', field_row->>'status', server_row->>'notes', checked_in_by, "
                         f"checked_in_at IS NOT NULL, field_row ? 'geom' FROM {schema}.conflicts")
    assert conflict == [[zones[0], "1", "2", "vdto_t_analyst_a", "laptop two", "proposed", "laptop one",
                         "vdto_t_analyst_b", "t", "t"]]
    assert rows(uri, f"SELECT organisation FROM {schema}.targets WHERE target_id = 'T-2'") == [["Cártel de Sinaloa"]]
    assert rows(uri, f"SELECT operation FROM {schema}.history WHERE row_key = '{zones[2]}' ORDER BY id") == [
        ["INSERT"], ["DELETE"]]

    # Checking in the same packs again changes nothing.
    before = rows(uri, f"SELECT (SELECT count(*) FROM {schema}.history), (SELECT count(*) FROM {schema}.conflicts), "
                       f"(SELECT sum(version) FROM {schema}.zones)")
    for laptop, who in (("one", a), ("two", b), ("three", a)):
        again = run("checkin", DATABASE=who, SCHEMA=schema, INPUT=str(packs[laptop]))
        assert again["INSERTED"] == again["UPDATED"] == again["CONFLICTS"] == again["DELETED"] == 0
    assert rows(uri, f"SELECT (SELECT count(*) FROM {schema}.history), (SELECT count(*) FROM {schema}.conflicts), "
                     f"(SELECT sum(version) FROM {schema}.zones)") == before

    # Laptop one keeps working offline after its check-in: the next edit goes in without a false conflict.
    edit_pack(packs["one"], {zones[0]: {"notes": "laptop one, later"}})
    later = run("checkin", DATABASE=a, SCHEMA=schema, INPUT=str(packs["one"]))
    assert (later["UPDATED"], later["CONFLICTS"]) == (1, 0)


def test_pack_from_another_workspace_refused(workspace, workspace_db, tmp_path):
    from qgis.core import QgsProcessingException

    uri, schema = workspace
    add_zones(uri, schema, ["Culiacán"])
    other = schema + "_b"
    run("createworkspace", DATABASE=uri, SCHEMA=other)
    try:
        add_zones(uri, other, ["Mazatlán"])
        pack = tmp_path / "pack.gpkg"
        run("checkout", DATABASE=uri, SCHEMA=schema, OUTPUT=str(pack))
        edit_pack(pack, new_zone="Z-ELSEWHERE")
        with pytest.raises(QgsProcessingException, match="checked out from another workspace .*"
                                                         f"{schema} in database vdto_workspace"):
            run("checkin", DATABASE=uri, SCHEMA=other, INPUT=str(pack))
        assert rows(uri, f"SELECT count(*) FROM {other}.zones") == [["1"]]
        assert rows(uri, f"SELECT count(*) FROM {other}.history") == [["1"]]
        edit_pack(pack, {"Z-T0000": {"status": "underway"}})
        with pytest.raises(QgsProcessingException, match="zones Z-T0000 in the field pack has status 'underway' "
                                                         r"\(use one of proposed, approved, active, closed\)"):
            run("checkin", DATABASE=uri, SCHEMA=schema, INPUT=str(pack))
        assert rows(uri, f"SELECT count(*), max(version) FROM {schema}.zones") == [["1", "1"]]
        with pytest.raises(QgsProcessingException, match="not a field pack checked out from a workspace"):
            from vdto_targeting.qgis_bridge.zones_layer import create_zones_gpkg

            create_zones_gpkg(str(tmp_path / "plain.gpkg"))
            run("checkin", DATABASE=uri, SCHEMA=schema, INPUT=str(tmp_path / "plain.gpkg"))
    finally:
        psql(uri, f"DROP SCHEMA IF EXISTS {other} CASCADE", check=False)


def test_server_stopped_in_the_middle_of_a_checkin_loses_nothing(workspace, tmp_path):
    """The check-in blocks on a row another session holds, after inserting the new zones; the server is then
    stopped at once (as a crash): nothing of the pack is applied, and after a restart a retry completes it."""
    uri, schema = workspace
    zones = add_zones(uri, schema, ["Culiacán", "Navolato"])
    psql(uri, f"INSERT INTO {schema}.targets (target_id, organisation) VALUES ('T-1', 'CJNG')")
    pack = tmp_path / "pack.gpkg"
    run("checkout", DATABASE=uri, SCHEMA=schema, OUTPUT=str(pack))
    edit_pack(pack, {zones[0]: {"notes": "field"}}, new_zone="Z-NEW1")
    from qgis.core import QgsVectorLayer

    targets = QgsVectorLayer(f"{pack}|layername=targets", "t", "ogr")
    feature = next(targets.getFeatures())
    assert targets.dataProvider().changeAttributeValues({feature.id(): {targets.fields().indexOf("notes"): "x"}})
    del targets
    before = rows(uri, f"SELECT (SELECT count(*) FROM {schema}.history), (SELECT string_agg(zone_id || ':' || "
                       f"version, ',' ORDER BY zone_id) FROM {schema}.zones)")
    holder = subprocess.Popen(["psql", uri, "-X", "-q"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)  # nosec B603 B607
    holder.stdin.write(f"BEGIN; SELECT 1 FROM {schema}.targets WHERE target_id = 'T-1' FOR UPDATE;\n")
    holder.stdin.flush()
    time.sleep(0.5)
    proc = worker("checkin", uri, schema, str(pack))
    try:
        deadline = time.time() + 60
        while time.time() < deadline:          # the check-in has inserted and updated zones and now waits
            if rows(uri, "SELECT count(*) FROM pg_locks WHERE NOT granted") != [["0"]]:
                break
            time.sleep(0.2)
        else:
            pytest.fail("the check-in never reached the locked row")
        stop = subprocess.run(["/usr/bin/python3", str(ROOT / "scripts" / "workspace_db.py"), "stop"],
                              capture_output=True, text=True)  # nosec B603
        assert stop.returncode == 0, stop.stderr
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 3, (out, err)
        assert "cannot be reached" in json.loads(out.strip().splitlines()[-1])["error"]
    finally:
        holder.kill()
        holder.wait()
        subprocess.run(["/usr/bin/python3", str(ROOT / "scripts" / "workspace_db.py"), "start"],
                       capture_output=True, text=True, check=True)  # nosec B603
    after = rows(uri, f"SELECT (SELECT count(*) FROM {schema}.history), (SELECT string_agg(zone_id || ':' || "
                      f"version, ',' ORDER BY zone_id) FROM {schema}.zones)")
    assert after == before                                   # no half-applied pack
    assert rows(uri, f"SELECT count(*) FROM {schema}.checkins") == [["0"]]
    retry = worker("checkin", uri, schema, str(pack))
    out, err = retry.communicate(timeout=120)
    assert retry.returncode == 0, err
    result = json.loads(out.strip().splitlines()[-1])
    assert (result["INSERTED"], result["UPDATED"], result["CONFLICTS"]) == (1, 2, 0)
    assert rows(uri, f"SELECT zone_id, notes, version FROM {schema}.zones ORDER BY zone_id") == [
        ["Z-NEW1", "", "1"], [zones[0], "field", "2"], [zones[1], "", "1"]]


def test_qgis_own_editing_tools_get_the_same_optimistic_check(workspace, people):
    """Vertex tool / attribute table on the workspace layer: a commit over a colleague's newer save is refused by
    the server and QGIS keeps the analyst's edits in its edit buffer; a fresh commit gets one new version."""
    from vdto_targeting.qgis_bridge.workspace import Workspace

    uri, schema = workspace
    (zone,) = add_zones(uri, schema, ["Culiacán"])
    layer = Workspace(people["analyst_a"], schema).zones_layer()
    fid = next(layer.getFeatures()).id()
    name = layer.fields().indexOf("name")
    assert layer.startEditing()
    layer.changeGeometry(fid, next(layer.getFeatures()).geometry().buffer(250.0, 4))
    assert layer.commitChanges(), layer.commitErrors()
    assert rows(uri, f"SELECT version, updated_by, round(ST_Area(geom) / 1e6) > 17 FROM {schema}.zones") == [
        ["2", "vdto_t_analyst_a", "t"]]
    assert layer.startEditing()
    psql(people["analyst_b"], f"UPDATE {schema}.zones SET notes = 'B was here' WHERE zone_id = '{zone}'")
    layer.changeAttributeValue(fid, name, "A's name")
    assert not layer.commitChanges()
    assert any("was changed by vdto_t_analyst_b" in e for e in layer.commitErrors())
    assert rows(uri, f"SELECT name, notes, version FROM {schema}.zones") == [["Culiacán", "B was here", "3"]]
    assert layer.isEditable() and layer.editBuffer().changedAttributeValues()[fid][name] == "A's name"
    layer.rollBack()


# ------------------------------------------------------------------------------- the local journal (server down)
def _server(action: str) -> None:
    subprocess.run(["/usr/bin/python3", str(ROOT / "scripts" / "workspace_db.py"), action],
                   capture_output=True, text=True, check=True)  # nosec B603


def _last_json(proc: subprocess.Popen, timeout: float = 120) -> dict:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err[-2000:]
    return json.loads(out.strip().splitlines()[-1])


def test_zone_drawn_while_the_server_is_down_survives_a_killed_qgis(workspace, people, tmp_path, monkeypatch):
    """Analyst A's QGIS has the workspace open; the server stops; A draws a zone and renames another: both are
    written at once to the local journal; A's QGIS is then SIGKILLed. A fresh QGIS, server still down, says the
    journal waits; with the server back, opening the workspace sends both (check-in rules) and clears the journal."""
    import signal

    uri, schema = workspace
    (zone,) = add_zones(uri, schema, ["Culiacán"])
    folder = tmp_path / "journal"
    monkeypatch.setenv("VDTO_WORKSPACE_JOURNAL_DIR", str(folder))
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    proc = worker("panel-offline", people["analyst_a"], schema, str(barrier))
    try:
        deadline = time.time() + 120
        while not (barrier / "loaded").exists():
            assert proc.poll() is None and time.time() < deadline, proc.stderr.read()[-2000:]
            time.sleep(0.1)
        _server("stop")
        (barrier / "stopped").touch()
        said = json.loads(proc.stdout.readline())
        while not (barrier / "saved").exists():
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)                  # no clean shutdown: what is on disk is all there is
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        assert said["fid"] is not None and said["fid"] < 0 and said["rows"] == 2 and said["pending"] == 2
        assert "kept in the local journal" in said["drawn"] and "2 change(s) are kept" in said["message"]
        # the journal is a real GeoPackage: read with GeoPandas in the reference venv (not the plugin's code)
        (journal,) = folder.glob("journal_*.gpkg")
        script = ("import geopandas, json, sys; d = geopandas.read_file(sys.argv[1], layer='zones'); "
                  "print(json.dumps({'ids': list(d.zone_id), 'base': [None if v != v else int(v) for v in d.version], "
                  "'ops': list(d.journal_op), 'names': list(d['name']), 'epsg': d.crs.to_epsg(), "
                  "'area': [float(a) for a in d.area]}))")
        ref = subprocess.run([str(ROOT / ".venv-ref" / "bin" / "python"), "-c", script, str(journal)],
                             capture_output=True, text=True)  # nosec B603
        assert ref.returncode == 0, ref.stderr
        kept = json.loads(ref.stdout)
        assert kept["ids"][1] == zone and kept["base"] == [None, 1] and kept["ops"] == ["save", "save"]
        assert kept["names"] == ["Zone 2", "Field name"] and kept["epsg"] == 6372
        assert kept["area"][0] > 5e7                       # the drawn circle (r ≈ 5 km), not an empty row
        # a fresh QGIS while the server is still down: the workspace opens from the zones as last read plus the
        # journal (on a stand-in layer the map draws), says why, and the analyst draws and names another zone
        down = _last_json(worker("panel-open", people["analyst_a"], schema, "Drawn after restart"))
        assert down["opened"] is True and "cannot be reached" in down["message"], down
        assert "2 change(s) are kept in the local journal" in down["message"]
        assert down["names"] == ["Field name", "Zone 2"] and down["pending"] == 2
        assert (down["provider"], down["shown"]) == ("memory", 2)
        assert down["drawn"] < 0 and down["after"] == ["Field name", "Zone 2", "Drawn after restart"]
        assert (down["pending_after"], down["shown_after"]) == (4, 3)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        _server("start")
    back = _last_json(worker("panel-open", people["analyst_a"], schema))
    assert back["opened"] is True and back["pending"] == 0 and back["provider"] == "postgres"
    assert sorted(back["names"]) == ["Drawn after restart", "Field name", "Zone 2"]
    assert "3 zone change(s) kept in the local journal were sent (2 inserted, 1 updated" in back["message"]
    assert rows(uri, f"SELECT name, version, updated_by, round(ST_Area(geom)) = {round(kept['area'][0])} "
                     f"FROM {schema}.zones ORDER BY fid") == [
        ["Field name", "2", "vdto_t_analyst_a", "f"], ["Zone 2", "1", "vdto_t_analyst_a", "t"],
        ["Drawn after restart", "1", "vdto_t_analyst_a", "f"]]
    assert rows(uri, f"SELECT string_agg(operation || version_after, ',' ORDER BY id) FROM {schema}.history") == [
        ["INSERT1,INSERT1,UPDATE2,INSERT1"]]
    assert rows(uri, f"SELECT count(*) FROM {schema}.conflicts") == [["0"]]


def journal_rows(folder: Path, pattern: str = "journal_*.gpkg") -> list:
    """The local journal read with plain SQLite (not the plugin's reader)."""
    import sqlite3

    (path,) = folder.glob(pattern)
    connection = sqlite3.connect(str(path))
    try:
        return connection.execute("SELECT zone_id, version, journal_op, name FROM zones ORDER BY fid").fetchall()
    finally:
        connection.close()


def test_journal_sent_twice_changes_nothing_and_a_foreign_one_is_refused(workspace, people, tmp_path, monkeypatch):
    """QGIS dies after the server committed the journal but before it was cleared: sending it again (same batch)
    changes nothing. A journal written for a workspace since re-created is refused, kept, and said."""
    import shutil

    from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY

    from vdto_targeting.qgis_bridge.workspace import Workspace, WorkspaceZoneStore

    uri, schema = workspace
    (zone,) = add_zones(uri, schema, ["Culiacán"])
    monkeypatch.setenv("VDTO_WORKSPACE_JOURNAL_DIR", str(tmp_path / "journal"))

    def store():
        workspace = Workspace(people["analyst_a"], schema)
        opened = WorkspaceZoneStore(workspace.zones_layer(), workspace)
        return opened

    first = store()
    (feature,) = first.features()
    _server("stop")
    try:
        circle = QgsGeometry.fromPointXY(QgsPointXY(-107.0, 24.9)).buffer(0.05, 16)
        fid, _verdict = first.add_zone(circle, {"name": "Drawn"}, QgsCoordinateReferenceSystem("EPSG:4326"))
        first.update_zone(feature.id(), attributes={"notes": "offline"})
        first.delete_zone(fid)                               # drawn and deleted offline: never sent at all
        fid, _verdict = first.add_zone(circle, {"name": "Drawn again"}, QgsCoordinateReferenceSystem("EPSG:4326"))
        assert first.pending() == 4
    finally:
        _server("start")
    backup = tmp_path / "journal.backup.gpkg"
    shutil.copy(first.journal.path, backup)
    assert [f["name"] for f in first.features()] == ["Culiacán", "Drawn again"]
    assert first.pending() == 0
    history = rows(uri, f"SELECT count(*) FROM {schema}.history")
    assert history == [["3"]]
    shutil.copy(backup, first.journal.path)                 # as if QGIS had died before clearing the journal
    again = store()
    assert again.pending() == 3 + 1 and len(again.features()) == 2
    text, warning = again.notice()
    assert "(0 inserted, 0 updated, 0 deleted, 2 unchanged)" in text and not warning
    assert rows(uri, f"SELECT count(*) FROM {schema}.history") == history
    assert rows(uri, f"SELECT notes, version FROM {schema}.zones WHERE zone_id = '{zone}'") == [["offline", "2"]]
    # the workspace is dropped and created again under the same name; the (empty) journal now serves the new one
    psql(uri, f"DROP SCHEMA {schema} CASCADE")
    run("createworkspace", DATABASE=uri, SCHEMA=schema)
    fresh = store()
    assert fresh.features() == []
    _server("stop")
    try:
        fresh.add_zone(circle, {"name": "Drawn later"}, QgsCoordinateReferenceSystem("EPSG:4326"))
    finally:
        _server("start")
    assert [f["name"] for f in fresh.features()] == ["Drawn later"] and fresh.pending() == 0
    # but a journal still holding changes for the old workspace is not sent into the new one: set aside, and said
    shutil.copy(backup, first.journal.path)
    stale = store()
    assert [f["name"] for f in stale.features()] == ["Drawn later"] and stale.pending() == 0
    text, warning = stale.notice()
    assert warning and "was written for another workspace" in text
    (aside,) = (tmp_path / "journal").glob("*.other-workspace-*.gpkg")
    assert str(aside) in text and len(journal_rows(aside.parent, aside.name)) == 4
    assert rows(uri, f"SELECT name FROM {schema}.zones") == [["Drawn later"]]
