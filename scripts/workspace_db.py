#!/usr/bin/env python3
"""A local PostgreSQL + PostGIS server for the team workspace: ``make workspace-db``.

Installs Debian's ``postgresql`` and the matching ``postgresql-<major>-postgis-3`` when missing, creates and starts
the Debian cluster (idempotent: a running server is left alone), creates the login role ``vdto_admin`` (may create
schemas and the workspace's group roles) and the database ``vdto_workspace`` with PostGIS, and prints the libpq URI
as the LAST line of its output.  The password is generated once and kept in ``~/.config/vdto/workspace-db.password``.

    scripts/workspace_db.py            install if needed, start, create; print the URI
    scripts/workspace_db.py stop       stop the server at once (``-m immediate``: as a crash would)
    scripts/workspace_db.py start      start it again (crash recovery replays the WAL)

Runs with the system Python, needs no Python package: it drives ``pg_ctlcluster`` and ``psql`` as ``postgres``.
"""
from __future__ import annotations

import os
import secrets
import shutil
import subprocess  # nosec B404 - runs Debian's own PostgreSQL tools
import sys
import time
from pathlib import Path

#: Per user, not per clone: every checkout of the project on this machine talks to the same local server.
PASSWORD_FILE = Path(os.environ.get("VDTO_WORKSPACE_PASSWORD_FILE",
                                    Path.home() / ".config" / "vdto" / "workspace-db.password"))
DATABASE = os.environ.get("VDTO_WORKSPACE_DBNAME", "vdto_workspace")
ADMIN = "vdto_admin"
CLUSTER = "main"


def sudo() -> list:
    return [] if os.geteuid() == 0 else ["sudo"]


def run(command: list, check: bool = True, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, check=check, text=True, capture_output=True, **kwargs)  # nosec B603


def say(text: str) -> None:
    print(text, flush=True)


def installed(package: str) -> bool:
    result = run(["dpkg-query", "-W", "-f=${Status}", package], check=False)
    return result.returncode == 0 and "install ok installed" in result.stdout


def majors() -> list:
    base = Path("/usr/lib/postgresql")
    return sorted((int(p.name) for p in base.iterdir() if p.name.isdigit() and (p / "bin" / "postgres").exists()),
                  reverse=True) if base.exists() else []


def ensure_packages() -> int:
    """Install postgresql and the PostGIS build for its major version; returns that major version."""
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if not installed("postgresql") or not majors():
        say("Installing Debian package postgresql")
        run(sudo() + ["apt-get", "update", "-qq"], check=False, env=env)
        result = run(sudo() + ["apt-get", "install", "-y", "-qq", "postgresql"], check=False, env=env)
        if result.returncode:
            sys.exit(f"apt-get could not install postgresql: {result.stderr.strip()[-400:]}")
    major = majors()[0]
    postgis = f"postgresql-{major}-postgis-3"
    if not installed(postgis):
        say(f"Installing Debian packages {postgis} postgis")
        result = run(sudo() + ["apt-get", "install", "-y", "-qq", postgis, "postgis"], check=False, env=env)
        if result.returncode:
            run(sudo() + ["apt-get", "update", "-qq"], check=False, env=env)
            result = run(sudo() + ["apt-get", "install", "-y", "-qq", postgis, "postgis"], check=False, env=env)
        if result.returncode:
            sys.exit(f"apt-get could not install {postgis}: {result.stderr.strip()[-400:]}")
    return major


def cluster_state(major: int):
    """(port, status) of the cluster, or None when it does not exist."""
    result = run(["pg_lsclusters", "--no-header"], check=False)
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 4 and parts[0] == str(major) and parts[1] == CLUSTER:
            return int(parts[2]), parts[3]
    return None


def start(major: int) -> int:
    state = cluster_state(major)
    if state is None:
        say(f"Creating PostgreSQL {major} cluster '{CLUSTER}'")
        # VDTO_WORKSPACE_PORT: a chroot shares the host's network, so its cluster needs a port of its own
        port_option = ["-p", os.environ["VDTO_WORKSPACE_PORT"]] if os.environ.get("VDTO_WORKSPACE_PORT") else []
        run(sudo() + ["pg_createcluster", *port_option, str(major), CLUSTER])
        state = cluster_state(major)
    port, status = state
    if status != "online":
        say(f"Starting PostgreSQL {major}/{CLUSTER} on port {port}")
        result = run(sudo() + ["pg_ctlcluster", str(major), CLUSTER, "start"], check=False)
        if result.returncode and cluster_state(major)[1] != "online":
            sys.exit(f"PostgreSQL did not start: {result.stderr.strip()[-400:]}")
    for _ in range(60):
        if run(sudo() + ["runuser", "-u", "postgres", "--", "pg_isready", "-q", "-p", str(port)],
               check=False).returncode == 0:
            return port
        time.sleep(0.5)
    sys.exit(f"PostgreSQL on port {port} does not accept connections: see /var/log/postgresql/")


def psql(port: int, sql: str, database: str = "postgres") -> str:
    command = sudo() + ["runuser", "-u", "postgres", "--", "psql", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1",
                        "-p", str(port), "-d", database]
    result = run(command, check=False, input=sql)
    if result.returncode:
        sys.exit(f"psql failed: {result.stderr.strip()}")
    return result.stdout.strip()


def password() -> str:
    if PASSWORD_FILE.exists():
        return PASSWORD_FILE.read_text().strip()
    PASSWORD_FILE.parent.mkdir(parents=True, exist_ok=True)
    value = secrets.token_hex(12)
    PASSWORD_FILE.write_text(value + "\n")
    PASSWORD_FILE.chmod(0o600)
    return value


def create(port: int) -> str:
    secret = password()
    psql(port, f"""
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{ADMIN}') THEN
    CREATE ROLE {ADMIN} LOGIN CREATEROLE;
  END IF;
END $$;
ALTER ROLE {ADMIN} WITH LOGIN CREATEROLE PASSWORD '{secret}';
""")
    if psql(port, f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'") != "1":
        say(f"Creating database {DATABASE}")
        psql(port, f'CREATE DATABASE "{DATABASE}" OWNER {ADMIN}')
    psql(port, "CREATE EXTENSION IF NOT EXISTS postgis", DATABASE)
    return f"postgresql://{ADMIN}:{secret}@localhost:{port}/{DATABASE}"


def main(argv: list) -> int:
    action = argv[1] if len(argv) > 1 else "up"
    if shutil.which("dpkg-query") is None:
        sys.exit("This script needs a Debian system (dpkg, apt-get): install PostgreSQL and PostGIS by hand.")
    if action == "stop":
        major = majors()[0]
        run(sudo() + ["pg_ctlcluster", str(major), CLUSTER, "stop", "-m", "immediate"], check=False)
        say(f"PostgreSQL {major}/{CLUSTER} stopped")
        return 0
    if action == "start":
        port = start(majors()[0])
        say(f"PostgreSQL running on port {port}")
        return 0
    if action != "up":
        sys.exit(f"unknown action {action!r}: use no argument, 'start' or 'stop'")
    major = ensure_packages()
    port = start(major)
    uri = create(port)
    say(f"PostgreSQL {major} + PostGIS ready on port {port}, database {DATABASE}")
    print(uri)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
