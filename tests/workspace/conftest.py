"""Workspace tier: the real PostgreSQL + PostGIS server of ``make workspace-db`` (started by ``make test``).

Each test gets its own schema (its own workspace) so tests never see each other's rows; login roles for two
analysts (vdto_editor) and a partner agency (vdto_reader) are created once.  The database state is checked with
``psql`` — an independent client, not the plugin's own code.
"""
from __future__ import annotations

import os
import subprocess  # nosec B404 - psql and the server script
import sys
import uuid
from pathlib import Path

import pytest

from tests.qgis.conftest import _release_layers_before_qgis_exits, vdto_provider  # noqa: F401 - shared fixtures

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "field-laptop-7"  # nosec B105 - throwaway login roles on the local test server


def _fail_or_skip(message: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + " — required under CI=true")
    pytest.skip(message)


@pytest.fixture(scope="session")
def workspace_db() -> str:
    """The admin URI: $VDTO_WORKSPACE_DB (set by make test-workspace) or what scripts/workspace_db.py prints."""
    uri = os.environ.get("VDTO_WORKSPACE_DB", "").strip()
    if not uri:
        result = subprocess.run(["/usr/bin/python3", str(ROOT / "scripts" / "workspace_db.py")],
                                capture_output=True, text=True)  # nosec B603
        lines = result.stdout.strip().splitlines()
        if result.returncode or not lines or not lines[-1].startswith("postgresql://"):
            _fail_or_skip(f"no PostgreSQL + PostGIS workspace server (make workspace-db): {result.stderr[-300:]}")
        uri = lines[-1]
    return uri


def psql(uri: str, sql: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(["psql", uri, "-X", "-q", "-t", "-A", "-F", "|", "-v", "ON_ERROR_STOP=1", "-c", sql],
                            capture_output=True, text=True)  # nosec B603 B607
    if check and result.returncode:
        raise AssertionError(f"psql failed: {result.stderr}")
    return result


def rows(uri: str, sql: str) -> list:
    out = psql(uri, sql).stdout.strip()
    return [line.split("|") for line in out.splitlines()] if out else []


def with_user(uri: str, user: str) -> str:
    rest = uri.split("@", 1)[1]
    return f"postgresql://{user}:{PASSWORD}@{rest}"


@pytest.fixture(scope="session")
def people(workspace_db) -> dict:
    """Login URIs of two analysts (vdto_editor) and a partner agency's reader (vdto_reader)."""
    from vdto_targeting.qgis_bridge.workspace_sql import ROLES_SQL

    psql(workspace_db, ROLES_SQL)
    logins = {"analyst_a": "vdto_editor", "analyst_b": "vdto_editor", "partner": "vdto_reader",
              "nobody": None}
    for user, group in logins.items():
        psql(workspace_db, f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'vdto_t_{user}') "
                           f"THEN CREATE ROLE vdto_t_{user} LOGIN; END IF; END $$; "
                           f"ALTER ROLE vdto_t_{user} LOGIN PASSWORD '{PASSWORD}';"
                           + (f"GRANT {group} TO vdto_t_{user};" if group else ""))
    return {user: with_user(workspace_db, f"vdto_t_{user}") for user in logins}


@pytest.fixture(autouse=True)
def journal_folder(tmp_path, monkeypatch) -> Path:
    """Every test's local journal (and the zones last read, kept beside it) in its own folder, never in the real
    QGIS profile; worker processes inherit it."""
    folder = tmp_path / "journal"
    monkeypatch.setenv("VDTO_WORKSPACE_JOURNAL_DIR", str(folder))
    return folder


@pytest.fixture()
def workspace(workspace_db, vdto_provider):  # noqa: F811
    """A fresh workspace (schema) created by vdto:createworkspace; dropped afterwards."""
    import processing

    schema = "t_" + uuid.uuid4().hex[:10]
    result = processing.run("vdto:createworkspace", {"DATABASE": workspace_db, "SCHEMA": schema})
    assert result["CREATED"] is True
    yield workspace_db, schema
    psql(workspace_db, f"DROP SCHEMA IF EXISTS {schema} CASCADE", check=False)


def worker(*args: str, timeout: float = 120) -> subprocess.Popen:
    """Another process (another analyst's QGIS): tests/workspace/worker.py with the same interpreter."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, str(Path(__file__).with_name("worker.py")), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)  # nosec B603
