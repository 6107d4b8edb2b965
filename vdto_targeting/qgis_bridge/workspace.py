"""A team's shared workspace on PostgreSQL + PostGIS (issue 18): connect, create, open, check out, check in.

Talks to the server only through QGIS's own PostgreSQL provider (``QgsProviderRegistry`` connections API and
``postgres`` vector layers), so nothing beyond QGIS is needed at run time.  Each call to :meth:`Workspace.sql` is
ONE round trip that the server runs as one transaction (several statements in one call are one implicit
transaction), which is why a check-in is a single call of the server-side ``checkin`` function.
"""
from __future__ import annotations

import hashlib
import json
import re
import uuid
from typing import Dict, List, Optional, Tuple

from qgis.core import (QgsDataSourceUri, QgsFeature, QgsFeatureRequest, QgsGeometry, QgsProviderRegistry,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, Qt, QUrl

from .. import qgis_compat as qc
from . import workspace_sql as wsql
from .zones_layer import ZoneRefused, ZoneStore, configure_form

DEFAULT_SCHEMA = "vdto"
PACK_META = "vdto_workspace_pack"
PACK_CHECKOUT = "vdto_checkout"
_ERROR = re.compile(r"ERROR:\s+(.*?)(?:\n|$)")
_URI = re.compile(r"^postgres(?:ql)?://(?:(?P<user>[^:@/]*)(?::(?P<password>[^@/]*))?@)?"
                  r"(?P<host>\[[^\]]+\]|[^:/?]*)(?::(?P<port>\d+))?(?:/(?P<db>[^?]*))?(?:\?(?P<query>.*))?$")


def tr(text: str) -> str:
    return QCoreApplication.translate("@default", text)


class WorkspaceError(ValueError):
    """A refusal from the workspace; the message names the problem and the fix."""


class ZoneConflict(ZoneRefused):
    """A save refused because someone else changed the zone after it was loaded: both versions are kept here."""

    def __init__(self, message: str, zone_id: str, loaded_version: int, mine: Dict[str, object],
                 theirs: Dict[str, object]) -> None:
        super().__init__(message)
        self.zone_id = zone_id
        self.loaded_version = loaded_version
        self.mine = mine
        self.theirs = theirs


# ------------------------------------------------------------------------------------------------ connecting
def _decode(text: Optional[str]) -> str:
    return QUrl.fromPercentEncoding((text or "").encode()) if text else ""


def datasource_uri(database: str) -> QgsDataSourceUri:
    """A libpq URI (``postgresql://user@host:port/db``, password included or from ~/.pgpass), a ``key=value``
    conninfo, or the name of a QGIS PostgreSQL connection."""
    text = (database or "").strip()
    if not text:
        raise WorkspaceError(tr("No database was given: give a postgresql:// URI or the name of a QGIS PostgreSQL "
                                "connection."))
    match = _URI.match(text)
    if text.lower().startswith(("postgresql://", "postgres://")):
        if match is None:
            raise WorkspaceError(tr("{0} is not a valid postgresql:// URI: write it as postgresql://user@host:5432/"
                                    "database (a password after the user name, or in ~/.pgpass).")
                                 .format(_hide(text)))
        uri = QgsDataSourceUri()
        host = match.group("host").strip("[]") or "localhost"
        uri.setConnection(host, match.group("port") or "5432", _decode(match.group("db")),
                          _decode(match.group("user")), _decode(match.group("password")))
        for pair in (match.group("query") or "").split("&"):
            if pair.startswith("sslmode="):
                uri.setSslMode(QgsDataSourceUri.decodeSslMode(pair[8:]))
        return uri
    if "=" in text:
        return QgsDataSourceUri(text)
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    names = list(metadata.connections().keys()) if metadata is not None else []
    if text not in names:
        raise WorkspaceError(tr("There is no QGIS PostgreSQL connection named '{0}' (known: {1}): create it in the "
                                "Browser (PostgreSQL ▸ New Connection…) or give a postgresql:// URI.")
                             .format(text, ", ".join(names) or tr("none")))
    return QgsDataSourceUri(metadata.connections()[text].uri())


def _hide(text: str) -> str:
    """The URI without its password, for messages and logs."""
    return re.sub(r"(://[^:@/]*:)[^@/]*@", r"\1***@", text)


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def literal(value) -> str:
    if value is None:
        return "NULL"
    return "'" + str(value).replace("'", "''") + "'"


def check_schema(schema: str) -> str:
    name = (schema or "").strip()
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", name):
        raise WorkspaceError(tr("The schema name '{0}' cannot be used: use lower-case letters, digits and "
                                "underscores, starting with a letter (for example vdto).").format(schema))
    return name


class Workspace:
    """One workspace: a schema in one PostgreSQL database."""

    def __init__(self, database: str, schema: str = DEFAULT_SCHEMA) -> None:
        self.database = database
        self.schema = check_schema(schema)
        self.s = quote_ident(self.schema)
        self.uri = datasource_uri(database)
        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        if metadata is None:
            raise WorkspaceError(tr("This QGIS has no PostgreSQL provider: install QGIS's PostgreSQL support "
                                    "(Debian package qgis-providers)."))
        self.connection = metadata.createConnection(self.uri.uri(False), {})

    def describe(self) -> str:
        return f"{self.schema} @ {self.uri.database()} ({self.uri.host() or 'localhost'}:{self.uri.port() or 5432})"

    # -- SQL ------------------------------------------------------------------------------------------------
    def sql(self, statement: str) -> List[list]:
        """Run one call (one transaction); server errors become :class:`WorkspaceError` with a plain sentence."""
        from qgis.core import QgsProviderConnectionException

        try:
            return self.connection.executeSql(statement)
        except (QgsProviderConnectionException, Exception) as error:  # noqa: BLE001 - QgsException is not typed
            raise self._explain(str(error)) from None

    def _explain(self, text: str) -> Exception:
        # QGIS words it "SQL error: <statement> returned <n> [<server message>]" (the statement may be megabytes)
        tail = re.search(r" returned -?\d+ \[(.*)\]\s*$", text, re.S)
        inner = tail.group(1) if tail else text
        match = _ERROR.search(inner)
        message = (match.group(1) if match else inner).strip().splitlines()
        message = message[0] if message else ""
        who = self.uri.username() or tr("this user")
        lowered = (message + " " + text[:200]).lower()
        if text.startswith("Connection error") or any(
                word in lowered for word in ("no connection to the server", "server closed the connection",
                                             "connection refused", "could not connect", "terminating connection",
                                             "connection to server", "the database system is")):
            return WorkspaceError(tr("The workspace server {0} cannot be reached ({1}): check that it is running "
                                     "and try again (each request is one transaction: applied whole or not at all).")
                                  .format(self.describe(), message or tr("no answer")))
        if text.startswith("Connection failed") or "connection failed" in lowered:
            return WorkspaceError(tr("Could not connect to the workspace server {0} ({1}): check that the server is "
                                     "running and that the user name and password are right (in the QGIS "
                                     "connection: Store user name and password).")
                                  .format(self.describe(), message[:200]))
        if "vdto-conflict" in message:
            return WorkspaceError(message.replace("vdto-conflict: ", ""))
        if "vdto-foreign-pack" in message:
            return WorkspaceError(tr("This field pack was checked out from another workspace ({0}): check it in to "
                                     "the workspace it came from.").format(message.split(": ", 1)[-1]))
        if "permission denied" in message:
            return WorkspaceError(tr("{0} may not change the workspace {1} ({2}): ask its administrator to grant "
                                     "you the role vdto_editor.").format(who, self.describe(), message))
        return WorkspaceError(tr("The workspace {0} refused the request: {1}").format(self.describe(), message))

    def scalar(self, statement: str):
        rows = self.sql(statement)
        return rows[0][0] if rows and rows[0] else None

    # -- state ---------------------------------------------------------------------------------------------
    def exists(self) -> bool:
        return bool(self.scalar(f"SELECT to_regclass({literal(self.schema + '.workspace')}) IS NOT NULL"))

    def workspace_id(self) -> str:
        if not self.exists():
            raise WorkspaceError(tr("{0} is not a workspace: create it first with 'Create team workspace' "
                                    "(vdto:createworkspace).").format(self.describe()))
        return str(self.scalar(f"SELECT workspace_id::text FROM {self.s}.workspace LIMIT 1"))  # nosec

    def user(self) -> str:
        return str(self.scalar("SELECT session_user"))

    # -- create ----------------------------------------------------------------------------------------------
    def create(self) -> Dict[str, object]:
        """Create (or complete) the workspace; returns ``{"workspace_id", "created"}``. Idempotent."""
        self.sql("SELECT 1")
        postgis = self.scalar("SELECT extversion FROM pg_extension WHERE extname = 'postgis'")
        if postgis is None:
            available = self.scalar("SELECT count(*) FROM pg_available_extensions WHERE name = 'postgis'")
            if not available:
                raise WorkspaceError(tr("PostGIS is not installed on the server of {0}: install the postgis package "
                                        "for its PostgreSQL version (Debian: postgresql-15-postgis-3), then run "
                                        "CREATE EXTENSION postgis in the database.").format(self.describe()))
            try:
                self.sql("CREATE EXTENSION IF NOT EXISTS postgis")
            except WorkspaceError:
                raise WorkspaceError(tr("PostGIS is not enabled in the database of {0} and {1} may not enable it: "
                                        "ask the administrator to run CREATE EXTENSION postgis in that database.")
                                     .format(self.describe(), self.uri.username() or tr("this user"))) from None
        existed = self.exists()
        owner = self.scalar(f"SELECT pg_has_role(nspowner, 'USAGE') FROM pg_namespace "  # nosec
                            f"WHERE nspname = {literal(self.schema)}")
        if existed and owner is False:
            return {"workspace_id": self.workspace_id(), "created": False}     # complete already; not ours to alter
        if owner is None and not self.scalar("SELECT has_database_privilege(current_database(), 'CREATE')"):
            raise WorkspaceError(tr("{0} may not create the schema {1} in database {2}: ask the administrator to "
                                    "run GRANT CREATE ON DATABASE {2} TO {0}, or to create the workspace.")
                                 .format(self.user(), self.schema, self.uri.database()))
        if owner is False:
            raise WorkspaceError(tr("The schema {0} exists but belongs to another user and is not a workspace: choose "
                                    "another schema name.").format(self.schema))
        roles = self.scalar(f"SELECT count(*) FROM pg_roles WHERE rolname IN "  # nosec
                            f"('{wsql.EDITOR_ROLE}', '{wsql.READER_ROLE}')")
        if int(roles or 0) < 2 and not self.scalar("SELECT rolcreaterole OR rolsuper FROM pg_roles "
                                                   "WHERE rolname = current_user"):
            raise WorkspaceError(tr("The group roles {0} and {1} do not exist and {2} may not create roles: ask the "
                                    "administrator to create them (CREATE ROLE {0}; CREATE ROLE {1};) or to grant "
                                    "you CREATEROLE.").format(wsql.EDITOR_ROLE, wsql.READER_ROLE, self.user()))
        self.sql(wsql.ROLES_SQL + wsql.create_sql(self.s, str(uuid.uuid4())))
        return {"workspace_id": self.workspace_id(), "created": not existed}

    # -- layers ----------------------------------------------------------------------------------------------
    def layer_uri(self, table: str) -> str:
        uri = QgsDataSourceUri(self.uri.uri(False))
        if wsql.TABLES[table]["geometry"]:
            uri.setDataSource(self.schema, table, "geom", "", "fid")
            uri.setSrid(str(wsql.SRID))
            uri.setWkbType(qc.WKB_MULTIPOLYGON)
        else:
            uri.setDataSource(self.schema, table, None, "", "fid")
        return uri.uri(False)

    def layer(self, table: str = "zones", name: str = "") -> QgsVectorLayer:
        self.workspace_id()
        layer = QgsVectorLayer(self.layer_uri(table), name or table, "postgres")
        if not layer.isValid():
            raise WorkspaceError(tr("The {0} table of workspace {1} does not open: check your permissions (role "
                                    "vdto_reader or vdto_editor).").format(table, self.describe()))
        if table == "zones":
            configure_form(layer)
            form = layer.editFormConfig()
            for field in ("version", "updated_by"):
                index = layer.fields().indexOf(field)
                if index >= 0:
                    form.setReadOnly(index, True)
            layer.setEditFormConfig(form)
        return layer

    def zones_layer(self, name: str = "") -> QgsVectorLayer:
        from ..paths import style_path
        from .zones_layer import _style_categories

        layer = self.layer("zones", name or tr("Enforcement zones (workspace {0})").format(self.schema))
        guard_versions(layer)
        qml = style_path("zones.qml")
        if qml.exists():
            layer.loadNamedStyle(str(qml), categories=_style_categories())
        return layer

    # -- check-out / check-in -----------------------------------------------------------------------------
    def checkout(self, path: str, log=None) -> Dict[str, object]:
        return checkout(self, path, log)

    def checkin(self, path: str, log=None) -> Dict[str, object]:
        return checkin(self, path, log)


# ------------------------------------------------------------------------------------------ values and digests
def plain(value, kind: str):
    """A field value as JSON: dates as ISO text, NULLs as None."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        return value.toUTC().toString(Qt.DateFormat.ISODateWithMs) if kind == "timestamptz" else \
            value.date().toString(Qt.DateFormat.ISODate)
    if isinstance(value, QDate):
        return value.toString(Qt.DateFormat.ISODate)
    if kind == "date":
        text = str(value)[:10]
        return text or None
    if kind == "integer":
        try:
            return int(value)
        except (TypeError, ValueError):
            return None
    text = str(value)
    return text if kind != "text" or text != "" else None


def content_of(feature: QgsFeature, table: str) -> Dict[str, object]:
    """The analyst's content of a row (what a check-in carries and compares), in the server's encodings."""
    spec = wsql.TABLES[table]
    fields = feature.fields()
    values = {}
    for name in spec["content"]:
        index = fields.indexOf(name)
        values[name] = plain(feature.attribute(index), spec["columns"][name]) if index >= 0 else None
    if spec["geometry"]:
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            values["geom"] = None
        else:
            geometry = QgsGeometry(geometry)
            geometry.convertToMultiType()
            values["geom"] = bytes(geometry.asWkb()).hex()
    return values


def digest(values: Dict[str, object]) -> str:
    return hashlib.sha1(json.dumps(values, sort_keys=True).encode("utf-8"), usedforsecurity=False).hexdigest()


# ------------------------------------------------------------------------------------------------ the field pack
def checkout(workspace: Workspace, path: str, log=None) -> Dict[str, object]:
    """Write a field pack (issue 10's single GeoPackage with project and styles) of the workspace's zones and
    targets; the workspace id and every row's checked-out version and content digest are recorded inside."""
    import os
    import shutil
    import sqlite3
    import tempfile

    from ..briefing.fieldpack import write_field_pack
    from .outputs import commit_file, ensure_writable

    log = log or (lambda _m: None)
    workspace_id = workspace.workspace_id()
    user = workspace.user()
    ensure_writable(path)
    # Named after their tables: the pack's "zones" layer is then also a zones GeoPackage the dock can open.
    layers = [workspace.zones_layer("zones"), workspace.layer("targets", "targets")]
    folder = tempfile.mkdtemp(prefix=".vdto-checkout-", dir=os.path.dirname(os.path.abspath(path)))
    try:
        staged = os.path.join(folder, os.path.basename(path))
        write_field_pack(staged, layers, "vdto_field_pack", tr("Field pack of workspace {0}").format(
            workspace.schema), log=log)
        rows = []
        counts = {}
        for table in wsql.TABLES:
            packed = QgsVectorLayer(f"{staged}|layername={table}", table, "ogr")
            if not packed.isValid():
                raise WorkspaceError(tr("The field pack's {0} table does not open: choose another folder.")
                                     .format(table))
            key = wsql.TABLES[table]["key"]
            counts[table] = 0
            for feature in packed.getFeatures():
                rows.append((table, str(feature[key]), int(feature["version"]), digest(content_of(feature, table))))
                counts[table] += 1
            del packed
        pack_id = str(uuid.uuid4())
        meta = {"workspace_id": workspace_id, "schema": workspace.schema, "database": workspace.uri.database(),
                "host": workspace.uri.host() or "localhost", "port": workspace.uri.port() or "5432",
                "pack_id": pack_id, "checked_out_by": user,
                "checked_out_at": QDateTime.currentDateTimeUtc().toString(Qt.DateFormat.ISODate),
                "format_version": str(wsql.FORMAT_VERSION)}
        connection = sqlite3.connect(staged)
        try:
            with connection:
                connection.execute(f"CREATE TABLE {PACK_META} (key TEXT PRIMARY KEY, value TEXT)")
                connection.executemany(f"INSERT INTO {PACK_META} VALUES (?, ?)", sorted(meta.items()))  # nosec
                connection.execute(f"CREATE TABLE {PACK_CHECKOUT} (table_name TEXT, row_key TEXT, version INTEGER, "
                                   f"digest TEXT, PRIMARY KEY (table_name, row_key))")
                connection.executemany(f"INSERT INTO {PACK_CHECKOUT} VALUES (?, ?, ?, ?)", rows)  # nosec
        finally:
            connection.close()
        commit_file(staged, path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    log(tr("Checked out {0} zones and {1} targets into {2}").format(counts["zones"], counts["targets"], path))
    return {"path": path, "pack_id": pack_id, "zones": counts["zones"], "targets": counts["targets"]}


def read_pack(path: str) -> Tuple[Dict[str, str], Dict[Tuple[str, str], Tuple[int, str]]]:
    """The pack's bookkeeping: metadata and ``{(table, key): (checked-out version, digest)}``."""
    import os
    import sqlite3

    if not os.path.isfile(path):
        raise WorkspaceError(tr("The field pack {0} does not exist: choose the .gpkg written by Check out.")
                             .format(path))
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(connection.execute(f"SELECT key, value FROM {PACK_META}").fetchall())  # nosec
            query = f"SELECT table_name, row_key, version, digest FROM {PACK_CHECKOUT}"  # nosec
            rows = connection.execute(query).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        raise WorkspaceError(tr("{0} is not a field pack checked out from a workspace (it has no check-out record): "
                                "check in the .gpkg written by Check out.").format(path)) from None
    return meta, {(t, k): (int(v), d) for t, k, v, d in rows}


def _pack_items(path: str, checked_out: Dict[Tuple[str, str], Tuple[int, str]], pack_id: str):
    """What changed in the pack since check-out: new, edited and deleted rows, as check-in items."""
    from ..core.zones import repair_polygon
    from shapely import wkb

    items, unchanged, seen = [], 0, set()
    for table, spec in wsql.TABLES.items():
        layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
        if not layer.isValid():
            raise WorkspaceError(tr("The field pack {0} has no readable {1} table: check in the pack written by "
                                    "Check out.").format(path, table))
        key_name = spec["key"]
        for feature in layer.getFeatures():
            values = content_of(feature, table)
            mark = digest(values)
            key = feature[key_name]
            key = None if key is None or (hasattr(key, "isNull") and key.isNull()) or str(key) == "" else str(key)
            if key is None:        # drawn in the field without an id: a stable one, so a repeat check-in matches
                key = ("Z-" if table == "zones" else "T-") + hashlib.sha1(
                    (pack_id + mark).encode(), usedforsecurity=False).hexdigest()[:8].upper()
            seen.add((table, key))
            previous = checked_out.get((table, key))
            if previous is not None and previous[1] == mark:
                unchanged += 1
                continue
            if spec["geometry"] and values.get("geom"):
                shape, _verdict = repair_polygon(wkb.loads(bytes.fromhex(values["geom"])))
                if shape is None:
                    raise WorkspaceError(tr("Zone {0} in the pack has an outline that encloses no area: fix it in the "
                                            "pack and check in again.").format(key))
                geometry = QgsGeometry()
                geometry.fromWkb(shape.wkb)
                geometry.convertToMultiType()
                values["geom"] = bytes(geometry.asWkb()).hex()
            _check_content(table, key, values)
            created = feature.attribute(feature.fields().indexOf("created_at")) \
                if feature.fields().indexOf("created_at") >= 0 else None
            items.append({"table": table, "key": key, "new": previous is None, "digest": mark,
                          "checked_out_version": previous[0] if previous else None, "values": values,
                          "created_at": plain(created, "timestamptz")})
        del layer
    for (table, key), (version, _mark) in sorted(checked_out.items()):
        if (table, key) not in seen:
            items.append({"table": table, "key": key, "new": False, "deleted": True, "digest": "deleted",
                          "checked_out_version": version, "values": None})
    return items, unchanged


def _check_content(table: str, key: str, values: Dict[str, object]) -> None:
    """The server's rules, checked before anything is sent, so the refusal names the row and the fix."""
    from ..definitions import ZONE_BASES, ZONE_STATUSES

    problem = ""
    if table == "zones":
        if values.get("status") not in [None] + ZONE_STATUSES:
            problem = tr("status '{0}' (use one of {1})").format(values["status"], ", ".join(ZONE_STATUSES))
        elif values.get("basis") not in [None] + ZONE_BASES:
            problem = tr("basis '{0}' (use one of {1})").format(values["basis"], ", ".join(ZONE_BASES))
        elif values.get("priority") is not None and not 1 <= int(values["priority"]) <= 5:
            problem = tr("priority {0} (use 1 to 5)").format(values["priority"])
        elif values.get("start_date") and values.get("end_date") and values["end_date"] < values["start_date"]:
            problem = tr("an end date {0} before its start {1}").format(values["end_date"], values["start_date"])
    elif values.get("status") not in [None] + wsql.TARGET_STATUSES:
        problem = tr("status '{0}' (use one of {1})").format(values["status"], ", ".join(wsql.TARGET_STATUSES))
    if problem:
        raise WorkspaceError(tr("{0} {1} in the field pack has {2}: correct it in the pack and check in again; "
                                "nothing was sent.").format(table, key, problem))


def checkin(workspace: Workspace, path: str, log=None) -> Dict[str, object]:
    """Send back what was edited offline, in one server transaction; see ``workspace_sql.checkin_function_sql``."""
    log = log or (lambda _m: None)
    meta, checked_out = read_pack(path)
    workspace_id = workspace.workspace_id()
    if meta.get("workspace_id") != workspace_id:
        raise WorkspaceError(tr("The field pack {0} was checked out from another workspace ({1} in database {2}): "
                                "check it in to that workspace; nothing was changed.")
                             .format(path, meta.get("schema", "?"), meta.get("database", "?")))
    items, unchanged = _pack_items(path, checked_out, meta["pack_id"])
    label = f"{meta.get('checked_out_by', '?')} {meta.get('checked_out_at', '')} {path}"
    result = {"inserted": 0, "updated": 0, "deleted": 0, "conflicts": 0, "unchanged": 0, "items": []}
    if items:
        pack = {"workspace_id": meta["workspace_id"], "pack_id": meta["pack_id"], "label": label, "items": items}
        payload = json.dumps(pack, separators=(",", ":"))
        result = json.loads(str(workspace.scalar(f"SELECT {workspace.s}.checkin({literal(payload)}::jsonb)::text")))
    result["unchanged"] = int(result["unchanged"]) + unchanged
    for item in result["items"]:
        if item["outcome"] == "conflict":
            log(tr("Conflict: {0} {1} was changed on the server by {2} (version {3}) since the check-out; the field "
                   "version is kept in the conflicts table.").format(item["table"], item["key"],
                                                                     item.get("server_updated_by") or "?",
                                                                     item.get("server_version") or "—"))
    _rebase_pack(path, result["items"], items)
    return result


def _rebase_pack(path: str, outcomes: List[dict], items: List[dict]) -> None:
    """After a check-in, the pack's record moves to the versions now on the server for the rows that went in, so
    the officer can keep working offline and check in again without false conflicts. Best effort: a read-only
    pack keeps its record, and a repeat check-in is still recognised by the server's ``checkins`` table."""
    import sqlite3

    by_key = {(i["table"], i["key"]): i for i in items}
    updates, deletes = [], []
    for outcome in outcomes:
        item = by_key.get((outcome["table"], outcome["key"]))
        if item is None:
            continue
        if outcome["outcome"] in ("inserted", "updated") and outcome.get("version") is not None:
            updates.append((item["table"], item["key"], int(outcome["version"]), item["digest"]))
        elif outcome["outcome"] == "deleted":
            deletes.append((item["table"], item["key"]))
    if not updates and not deletes:
        return
    try:
        connection = sqlite3.connect(path, timeout=2)
        try:
            with connection:
                connection.executemany(f"INSERT OR REPLACE INTO {PACK_CHECKOUT} VALUES (?, ?, ?, ?)", updates)
                forget = f"DELETE FROM {PACK_CHECKOUT} WHERE table_name = ? AND row_key = ?"  # nosec
                connection.executemany(forget, deletes)
        finally:
            connection.close()
    except sqlite3.Error:
        pass


# ----------------------------------------------------------------- QGIS's own editing (vertex tool, table)
def guard_versions(layer: QgsVectorLayer) -> None:
    """Give QGIS's own editing tools the dock's optimistic check on a workspace layer.

    When editing starts, the versions the analyst sees are noted; before the commit, each changed zone is sent with
    that version, so the server refuses the commit (VD409) when a colleague saved the zone in between — QGIS then
    reports it and keeps the analyst's edits in its edit buffer. Closures, not methods: the connections live as
    long as the layer, whoever holds it.
    """
    versions: Dict[int, int] = {}

    def snapshot() -> None:
        request = QgsFeatureRequest().setFlags(qc.REQUEST_NO_GEOMETRY)
        request.setSubsetOfAttributes(["version"], layer.fields())
        versions.clear()
        versions.update({int(f.id()): int(f["version"]) for f in layer.dataProvider().getFeatures(request)})

    def send(*_args) -> None:
        buffer = layer.editBuffer()
        index = layer.fields().indexOf("version")
        if buffer is None or index < 0:
            return
        changed = set(buffer.changedGeometries().keys()) | set(buffer.changedAttributeValues().keys())
        for fid in changed:
            if fid >= 0 and fid in versions:
                buffer.changeAttributeValue(fid, index, versions[fid], versions[fid])

    layer.editingStarted.connect(snapshot)
    layer.beforeCommitChanges.connect(send)


# ------------------------------------------------------------------------------------ the dock's zone store
class WorkspaceZoneStore(ZoneStore):
    """:class:`ZoneStore` for a workspace's zones: each save carries the version the analyst loaded, and the
    server refuses it (``VD409``) when someone else saved in between — :class:`ZoneConflict` then holds both."""

    def __init__(self, layer: QgsVectorLayer, workspace: Workspace) -> None:
        super().__init__(layer)
        self.workspace = workspace
        self.loaded: Dict[str, int] = {}

    def path(self) -> str:
        return self.workspace.describe()

    def check_unlocked(self, wait_s: float = 2.0) -> None:
        """The server serialises writers itself; nothing to probe."""

    def reachable(self) -> None:
        """Raise :class:`ZoneRefused` saying so when the server cannot be reached (the provider would return no
        features, and an empty table would look like lost zones)."""
        try:
            self.workspace.sql("SELECT 1")
        except WorkspaceError as error:
            raise ZoneRefused(str(error)) from None

    def features(self) -> List[QgsFeature]:
        self.reachable()
        # in fid order: PostgreSQL returns an updated row last, and the panel's rows must not jump around
        features = sorted(super().features(), key=lambda f: f.id())
        for feature in features:
            self.remember(feature)
        return features

    def remember(self, feature: QgsFeature) -> None:
        """The analyst now sees this version of the zone: a later save is checked against it."""
        if feature is not None and feature["zone_id"] is not None:
            self.loaded[str(feature["zone_id"])] = int(feature["version"])

    def forget(self, zone_id: str) -> None:
        self.loaded.pop(zone_id, None)

    def update_zone(self, fid: int, geometry: Optional[QgsGeometry] = None,
                    attributes: Optional[Dict[str, object]] = None,
                    crs=None, force: bool = False) -> str:
        from .zones_layer import EDITABLE, _qt_value

        current = self.feature(fid)
        if current is None:
            raise ZoneRefused(tr("Zone {0} no longer exists: refresh the zones list.").format(fid))
        zone_id = str(current["zone_id"])
        loaded = int(current["version"]) if force else self.loaded.get(zone_id, int(current["version"]))
        verdict = "unchanged"
        values = {k: v for k, v in (attributes or {}).items() if k in EDITABLE}
        self._check_values(values)
        sets = []
        for name, value in values.items():
            kind = wsql.ZONE_COLUMNS[name]
            sets.append(f"{name} = {literal(plain(_qt_value(name, value), kind))}::{kind}")
        if geometry is not None:
            fixed, verdict = self.clean_geometry(geometry, crs)
            sets.append(f"geom = ST_Multi(ST_SetSRID(ST_GeomFromWKB(decode("
                        f"{literal(bytes(fixed.asWkb()).hex())}, 'hex')), {wsql.SRID}))")
        sets.append(f"version = {loaded}")
        table = f"{self.workspace.s}.zones"
        statement = (f"UPDATE {table} SET {', '.join(sets)} WHERE zone_id = {literal(zone_id)} "  # nosec
                     f"RETURNING version")
        try:
            version = self.workspace.scalar(statement)
        except WorkspaceError as error:
            if "was changed by" not in str(error):
                raise ZoneRefused(str(error)) from None
            theirs = self.feature(fid)
            mine = {k: current[k] for k in EDITABLE}
            mine.update(values)
            raise ZoneConflict(tr("Zone {0} was changed by {1} (version {2}) after you loaded version {3}: your "
                                  "save was refused so their change is not overwritten. Choose which to keep.")
                               .format(zone_id, theirs["updated_by"] if theirs else "?",
                                       theirs["version"] if theirs else "?", loaded),
                               zone_id, loaded, mine,
                               {k: theirs[k] for k in EDITABLE + ["version", "updated_by", "updated_at"]}
                               if theirs else {}) from None
        if version is None:
            raise ZoneRefused(tr("Zone {0} no longer exists: refresh the zones list.").format(zone_id))
        self.loaded[zone_id] = int(version)
        self._changed()
        return verdict

    def delete_zone(self, fid: int, force: bool = False) -> QgsFeature:
        feature = self.feature(fid)
        if feature is None:
            raise ZoneRefused(tr("Zone {0} no longer exists: refresh the zones list.").format(fid))
        zone_id = str(feature["zone_id"])
        loaded = int(feature["version"]) if force else self.loaded.get(zone_id, int(feature["version"]))
        table = f"{self.workspace.s}.zones"
        deleted = self.workspace.scalar(f"DELETE FROM {table} WHERE zone_id = {literal(zone_id)} "  # nosec
                                        f"AND version = {loaded} RETURNING version")
        if deleted is None:
            theirs = self.feature(fid)
            if theirs is None:
                raise ZoneRefused(tr("Zone {0} no longer exists: refresh the zones list.").format(zone_id))
            raise ZoneConflict(tr("Zone {0} was changed by {1} (version {2}) after you loaded version {3}: it was "
                                  "not deleted. Look at their change first.")
                               .format(zone_id, theirs["updated_by"], theirs["version"], loaded), zone_id, loaded,
                               {}, {k: theirs[k] for k in ("name", "status", "version", "updated_by")})
        self.forget(zone_id)
        self._changed()
        return feature

    def restore_zone(self, feature: QgsFeature) -> int:
        copy = QgsFeature(self.layer.fields())
        copy.setGeometry(feature.geometry())
        for name in feature.fields().names():
            if name not in ("fid", "version", "updated_by") and copy.fields().indexOf(name) >= 0:
                copy.setAttribute(name, feature[name])
        ok, added = self.layer.dataProvider().addFeatures([copy])
        if not ok or not added:
            raise ZoneRefused(tr("The zone could not be restored: {0}").format(
                self.layer.dataProvider().lastError()))
        restored = self.feature(int(added[0].id()))
        self.remember(restored)
        self._changed()
        return int(added[0].id())

    def add_zone(self, geometry, attributes=None, crs=None):
        self.reachable()
        fid, verdict = super().add_zone(geometry, attributes, crs)
        self.remember(self.feature(fid))
        return fid, verdict
