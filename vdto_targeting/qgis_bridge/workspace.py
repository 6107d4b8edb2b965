"""A team's shared workspace on PostgreSQL + PostGIS: connect, create, open, check out, check in.

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
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import (QgsDataSourceUri, QgsFeature, QgsFeatureRequest, QgsGeometry, QgsProviderRegistry,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QUrl

from .. import qgis_compat as qc
from ..i18n import tr
from . import workspace_sql as wsql
from .zones_layer import ZoneRefused, ZoneStore, configure_form

DEFAULT_SCHEMA = "vdto"
PACK_META = "vdto_workspace_pack"
PACK_CHECKOUT = "vdto_checkout"
_ERROR = re.compile(r"ERROR:\s+(.*?)(?:\n|$)")
_URI = re.compile(r"^postgres(?:ql)?://(?:(?P<user>[^:@/]*)(?::(?P<password>[^@/]*))?@)?"
                  r"(?P<host>\[[^\]]+\]|[^:/?]*)(?::(?P<port>\d+))?(?:/(?P<db>[^?]*))?(?:\?(?P<query>.*))?$")


class WorkspaceError(ValueError):
    """A refusal from the workspace; the message names the problem and the fix."""


class WorkspaceUnreachable(WorkspaceError):
    """The workspace cannot be reached (server stopped or restarting, network down, login refused): a zone edit
    goes to the local journal instead of being lost."""


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


def _hide_conninfo(text: str) -> str:
    """QGIS's connection messages spell out the conninfo, password included: never show or log it."""
    return re.sub(r"password='(?:[^'\\]|\\.)*'|password=\S+", "password=***", _hide(text))


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
        self.known_id = ""

    def journal(self):
        """The local journal of this login's zone edits to this workspace (see :mod:`.workspace_journal`)."""
        from .workspace_journal import ZoneJournal, journal_path

        identity = {"database": self.uri.database(), "host": self.uri.host() or "localhost",
                    "port": self.uri.port() or "5432", "schema": self.schema, "user": self.uri.username() or ""}
        if self.known_id:
            identity["workspace_id"] = self.known_id
        return ZoneJournal(journal_path(identity["host"], identity["port"], identity["database"], self.schema,
                                        identity["user"]), identity)

    def describe(self) -> str:
        return f"{self.schema} @ {self.uri.database()} ({self.uri.host() or 'localhost'}:{self.uri.port() or 5432})"

    # -- SQL ------------------------------------------------------------------------------------------------
    def sql(self, statement: str) -> List[list]:
        """Run one call (one transaction); server errors become :class:`WorkspaceError` with a plain sentence."""
        from qgis.core import QgsApplication, QgsProviderConnectionException

        # QGIS's exception for a failed connection carries no reason; its provider logs libpq's ("Connection
        # refused" vs "password authentication failed"), which tells a stopped server from a wrong password
        heard: List[str] = []

        def listen(message, tag, _level) -> None:
            if tag == "PostGIS" and "connection" in message.lower():
                heard.append(message)

        log = QgsApplication.messageLog()
        log.messageReceived.connect(listen)
        try:
            return self.connection.executeSql(statement)
        except (QgsProviderConnectionException, Exception) as error:  # QgsException is not typed
            text = str(error)
            if text.startswith("Connection failed") and heard:
                text = "Connection failed: " + " ".join(" ".join(heard).split())
            raise self._explain(_hide_conninfo(text)) from None
        finally:
            log.messageReceived.disconnect(listen)

    def _explain(self, text: str) -> Exception:
        # QGIS words it "SQL error: <statement> returned <n> [<server message>]" (the statement may be megabytes)
        tail = re.search(r" returned -?\d+ \[(.*)\]\s*$", text, re.S)
        inner = tail.group(1) if tail else text
        match = _ERROR.search(inner)
        message = (match.group(1) if match else inner).strip().splitlines()
        message = message[0] if message else ""
        who = self.uri.username() or tr("this user")
        lowered = (message + " " + text[:200]).lower()
        if "password authentication failed" in lowered or "authentication failed" in lowered:
            return WorkspaceUnreachable(tr(
                "The workspace server {0} refused the login of {1} ({2}): check the user name and password (in the "
                "QGIS connection: Store user name and password).").format(self.describe(), who, message[:300]))
        if text.startswith("Connection error") or any(
                word in lowered for word in ("no connection to the server", "server closed the connection",
                                             "connection refused", "could not connect", "terminating connection",
                                             "connection to server", "the database system is",
                                             "timeout expired", "no route to host", "network is unreachable",
                                             "could not translate host name")):
            return WorkspaceUnreachable(tr(
                "The workspace server {0} cannot be reached ({1}): check that it is running and try again (each "
                "request is one transaction: applied whole or not at all).").format(
                    self.describe(), message or tr("no answer")))
        if text.startswith("Connection failed") or "connection failed" in lowered:
            return WorkspaceUnreachable(tr(
                "Could not connect to the workspace server {0} ({1}): check that the server is running and that the "
                "user name and password are right (in the QGIS connection: Store user name and password).").format(
                    self.describe(), message[:200]))
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
        self.known_id = str(self.scalar(f"SELECT workspace_id::text FROM {self.s}.workspace LIMIT 1"))  # nosec
        return self.known_id

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
        from .zones_layer import style_categories

        try:
            layer = self.layer("zones", name or tr("Enforcement zones (workspace {0})").format(self.schema))
        except WorkspaceUnreachable as error:
            pending = self.journal().pending()
            if not pending:
                raise
            raise WorkspaceUnreachable(str(error) + " " + tr(
                "{0} zone change(s) made while it was down are kept in the local journal {1}: they are sent when "
                "you open the workspace with the server back.").format(pending, self.journal().path)) from None
        guard_versions(layer, self)
        qml = style_path("zones.qml")
        if qml.exists():
            layer.loadNamedStyle(str(qml), categories=style_categories())
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


def content_of(feature: QgsFeature, table: str) -> Dict[str, Any]:
    """The analyst's content of a row (what a check-in carries and compares), in the server's encodings."""
    spec = wsql.TABLES[table]
    fields = feature.fields()
    values: Dict[str, Any] = {}  # JSON-ready: text, integer, ISO date or hex WKB
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
    """Write a field pack (one GeoPackage with project and styles, as vdto:fieldpack) of the workspace's zones and
    targets; the workspace id and every row's checked-out version and content digest are recorded inside."""
    import os
    import shutil
    import sqlite3
    import tempfile

    from .fieldpack import write_field_pack
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
            check_content(table, key, values)
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


def check_content(table: str, key: str, values: Dict[str, Any]) -> None:
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


def checkin(workspace: Workspace, path: str, log=None) -> Dict[str, Any]:
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
    result: Dict[str, Any] = {"inserted": 0, "updated": 0, "deleted": 0, "conflicts": 0, "unchanged": 0,
                              "items": []}
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
def guard_versions(layer: QgsVectorLayer, workspace: Optional[Workspace] = None) -> None:
    """Give QGIS's own editing tools (vertex tool, attribute table) the dock's rules on a workspace layer.

    When editing starts, the zones the analyst sees are noted (versions, and whole rows); before the commit, each
    changed zone is sent with that version, so the server refuses the commit (VD409) when a colleague saved the
    zone in between — QGIS then reports it and keeps the analyst's edits in its edit buffer.  When the server
    cannot be reached at commit time, the edit buffer goes whole (one SQLite transaction) into the same local
    journal as the dock's edits, based on the versions noted, and is emptied so the save succeeds: nothing waits
    in memory for a server that may not come back before QGIS is closed.  Closures, not methods: the connections
    live as long as the layer, whoever holds it.
    """
    versions: Dict[int, int] = {}
    loaded: Dict[int, QgsFeature] = {}

    def snapshot() -> None:
        versions.clear()
        loaded.clear()
        for feature in layer.dataProvider().getFeatures():
            versions[int(feature.id())] = int(feature["version"])
            loaded[int(feature.id())] = QgsFeature(feature)
        if workspace is not None and loaded:    # what a QGIS restarted while the server is down shows
            workspace.journal().save_last_known(list(loaded.values()))

    def send(*_args) -> None:
        buffer = layer.editBuffer()
        index = layer.fields().indexOf("version")
        if buffer is None or index < 0:
            return
        if workspace is not None and keep_edit_buffer_offline(layer, workspace, versions, loaded):
            return
        changed = set(buffer.changedGeometries().keys()) | set(buffer.changedAttributeValues().keys())
        for fid in changed:
            if fid >= 0 and fid in versions:
                buffer.changeAttributeValue(fid, index, versions[fid], versions[fid])

    layer.editingStarted.connect(snapshot)
    layer.beforeCommitChanges.connect(send)


def _edit_buffer_entries(layer: QgsVectorLayer, chains: Dict[str, dict], versions: Dict[int, int],
                         loaded: Dict[int, QgsFeature]) -> Optional[List[tuple]]:
    """The edit buffer as journal entries ``(op, base version, values, geometry)``; None when a changed zone was
    not among those noted when editing started (then the commit is left to fail and QGIS keeps the buffer)."""
    from ..definitions import ZONE_FIELDS
    from .zones_layer import EDITABLE

    buffer = layer.editBuffer()
    fields = layer.fields()
    now = QDateTime.currentDateTimeUtc()
    store = ZoneStore(layer)
    entries: List[tuple] = []

    def state(feature: QgsFeature) -> Dict[str, object]:
        return {name: feature[name] for name in ZONE_FIELDS if fields.indexOf(name) >= 0}

    def base(zone_id: str, fid: int):
        return chains[zone_id]["base"] if zone_id in chains else versions.get(fid)

    for feature in buffer.addedFeatures().values():
        values = _new_zone_values(state(feature), store, now, len(entries) + len(loaded) + 1)
        entries.append(("save", None, values, QgsGeometry(feature.geometry())))
    changed = set(buffer.changedGeometries().keys()) | set(buffer.changedAttributeValues().keys())
    for fid in sorted(changed - set(buffer.deletedFeatureIds())):
        if fid < 0:
            continue
        if fid not in loaded:
            return None
        feature = QgsFeature(loaded[fid])
        for index, value in buffer.changedAttributeValues().get(fid, {}).items():
            feature.setAttribute(index, value)
        if fid in buffer.changedGeometries():
            feature.setGeometry(buffer.changedGeometries()[fid])
        values = state(feature)
        values["updated_at"] = now
        store._check_values({k: v for k, v in values.items() if k in EDITABLE})
        entries.append(("save", base(str(values["zone_id"]), fid), values, QgsGeometry(feature.geometry())))
    for fid in buffer.deletedFeatureIds():
        if fid < 0:
            continue
        if fid not in loaded:
            return None
        values = state(loaded[fid])
        entries.append(("delete", base(str(values["zone_id"]), fid), values, QgsGeometry(loaded[fid].geometry())))
    for _op, _base, _values, geometry in entries:
        geometry.convertToMultiType()
    return entries


def _new_zone_values(values: Dict[str, object], store: ZoneStore, now: QDateTime, number: int) -> Dict[str, object]:
    """A zone added in QGIS's own tools, completed as the dock completes one (id, status, basis, priority, name)."""
    from .zones_layer import EDITABLE

    if not values.get("zone_id"):
        values["zone_id"] = store.new_zone_id()
    for name, default in (("status", "proposed"), ("basis", "region"), ("priority", 3), ("created_at", now),
                          ("name", tr("Zone {0}").format(number))):
        value: Any = values.get(name)
        if value is None or (hasattr(value, "isNull") and value.isNull()):
            values[name] = default
    values["updated_at"] = now
    store._check_values({k: v for k, v in values.items() if k in EDITABLE})
    return values


def keep_edit_buffer_offline(layer: QgsVectorLayer, workspace: Workspace, versions: Dict[int, int],
                             loaded: Dict[int, QgsFeature]) -> bool:
    """Called before QGIS commits its edit buffer on a workspace layer: when the server cannot be reached, write the
    buffer to the local journal and empty it (the commit then succeeds with nothing to send). True when done."""
    from qgis.core import QgsMessageLog

    from .workspace_journal import JournalError

    buffer = layer.editBuffer()
    if buffer is None or not (buffer.addedFeatures() or buffer.changedAttributeValues()
                              or buffer.changedGeometries() or buffer.deletedFeatureIds()):
        return False
    try:
        workspace.sql("SELECT 1")
        return False
    except WorkspaceUnreachable as error:
        reason = str(error)
    except WorkspaceError:
        return False        # a refusal, not an absence: the commit says it
    journal = workspace.journal()
    if not workspace.known_id:
        workspace.known_id = journal.meta().get("workspace_id", "")
    if workspace.known_id:
        journal.identity.setdefault("workspace_id", workspace.known_id)
    try:
        entries = _edit_buffer_entries(layer, journal.zones(), versions, loaded)
        if entries is None:
            return False
        journal.append_all(entries, workspace.uri.username() or "")
    except (ZoneRefused, JournalError) as error:
        QgsMessageLog.logMessage(tr("{0} The edits stay in QGIS's edit buffer: {1}").format(reason, error),
                                 "VDTO Targeting", qc.WARNING)
        return False
    layer.rollBack(False)           # the buffer is in the journal now; the commit goes on with nothing to send
    QgsMessageLog.logMessage(tr("{0} Your {1} zone change(s) were kept in the local journal {2} (nothing is lost, "
                                "even if QGIS closes) and will be sent when the workspace can be reached again.")
                             .format(reason, len(entries), journal.path), "VDTO Targeting", qc.WARNING)
    return True


def standin_layer(workspace: Workspace) -> QgsVectorLayer:
    """A read-only memory layer with the workspace's zone fields, styled as the zones: what the map shows of a
    workspace opened while its server is down (the zones as last read, with the local journal's changes)."""
    from ..definitions import ZONE_FIELDS
    from ..paths import style_path
    from .workspace_journal import journal_fields
    from .zones_layer import style_categories

    layer = QgsVectorLayer(f"MultiPolygon?crs=EPSG:{wsql.SRID}", tr("Enforcement zones (workspace {0}, offline)")
                           .format(workspace.schema), "memory")
    layer.dataProvider().addAttributes(journal_fields(ZONE_FIELDS + ["version", "updated_by"]).toList())
    layer.updateFields()
    configure_form(layer)
    qml = style_path("zones.qml")
    if qml.exists():
        layer.loadNamedStyle(str(qml), categories=style_categories())
    layer.setReadOnly(True)
    return layer


# ------------------------------------------------------------------------------------ the dock's zone store
class WorkspaceZoneStore(ZoneStore):
    """:class:`ZoneStore` for a workspace's zones: each save carries the version the analyst loaded, and the
    server refuses it (``VD409``) when someone else saved in between — :class:`ZoneConflict` then holds both.

    When the server cannot be reached, every add, edit, deletion and undo is written at once to the local journal
    (:mod:`.workspace_journal`) instead, and the store shows the zones as last read from the server with the
    journal's changes on top (zones new to the server get negative fids).  While the journal holds anything, writes
    go on into it (the order of the analyst's changes is kept) and each read or write first tries to send it; once
    the server has it, the store is online again and :meth:`notice` says what was sent and what conflicted.
    """

    def __init__(self, layer: QgsVectorLayer, workspace: Workspace) -> None:
        super().__init__(layer)
        self.workspace = workspace
        self.loaded: Dict[str, int] = {}
        self.journal = workspace.journal()
        #: zone_id → the zone as last read from the server (the base of the offline view)
        self.snapshot: Dict[str, QgsFeature] = {}
        self.local_fids: Dict[str, int] = {}
        self.offline = False
        self.report: Optional[dict] = None
        self.problem = ""
        self.reason = ""
        self._next_id = ""
        #: the server is away (or was, when opened): ``layer`` is a read-only stand-in showing
        #: :meth:`offline_features`
        self.standin = False
        self._standin_mark: Tuple[object, int] = (None, -1)
        self._own_layer: Optional[QgsVectorLayer] = None

    @classmethod
    def open_offline(cls, workspace: Workspace, error: WorkspaceError) -> "WorkspaceZoneStore":
        """The workspace opened while its server cannot be reached (QGIS restarted meanwhile): the zones as last
        read from the server, with the local journal's changes on top, on a read-only stand-in layer. Drawing and
        editing go on into the journal; the first read or write that reaches the server sends it and swaps the
        stand-in for the workspace's own layer. Raises ``error`` again when this login never read the workspace
        on this computer (nothing to show)."""
        journal = workspace.journal()
        known = journal.last_known()
        if not known and not journal.pending():
            raise error
        workspace.known_id = journal.meta().get("workspace_id", "")
        store = cls(standin_layer(workspace), workspace)
        store.standin, store.offline, store.reason = True, True, str(error)
        store.snapshot = {zone_id: store._as_layer_feature(feature) for zone_id, feature in known.items()}
        store._fill_standin()
        return store

    def _as_layer_feature(self, feature: QgsFeature) -> QgsFeature:
        copy = QgsFeature(self.layer.fields())
        copy.setId(feature.id())
        for name in self.layer.fields().names():
            if feature.fields().indexOf(name) >= 0:
                copy.setAttribute(name, feature[name])
        copy.setGeometry(QgsGeometry(feature.geometry()))
        return copy

    def _fill_standin(self) -> None:
        """The stand-in layer shows what the panel shows (the map keeps the zones while the server is down)."""
        self._standin_mark = (self.journal._signature(), len(self.snapshot))
        provider = self.layer.dataProvider()
        provider.truncate()
        copies = []
        for feature in self.offline_features():
            copy = self._as_layer_feature(feature)
            copy.setId(-1)
            copies.append(copy)
        provider.addFeatures(copies)
        self.layer.updateExtents()
        self.layer.triggerRepaint()

    def _use_standin(self) -> None:
        """The server is away: the map shows the stand-in (the workspace's own layer would draw nothing), refilled
        whenever the journal changed (the dock's edits, or QGIS's own tools saving into it)."""
        if not self.standin:
            self._own_layer = self.layer
            self.layer, self.standin = standin_layer(self.workspace), True
            self._fill_standin()
        elif self._standin_mark != (self.journal._signature(), len(self.snapshot)):
            self._fill_standin()

    def _attach(self) -> bool:
        """The server answers again: the workspace's own layer replaces the stand-in (the panel follows)."""
        layer = self._own_layer
        try:
            usable = layer is not None and layer.isValid()
        except RuntimeError:                                # the project deleted the one it had
            usable = False
        try:
            if not usable:                                  # opened offline: the workspace's layer, made now
                layer = self.workspace.zones_layer()
        except WorkspaceUnreachable as error:
            self.offline, self.reason = True, str(error)
            return False
        except WorkspaceError as error:
            self.problem = str(error)
            return False
        self._own_layer = None
        self.layer, self.standin = layer, False
        return True

    def _changed(self) -> None:
        if self.standin or self.offline:
            self._use_standin()
        else:
            super()._changed()

    def path(self) -> str:
        return self.workspace.describe()

    def check_unlocked(self, wait_s: float = 2.0) -> None:
        """The server serialises writers itself; nothing to probe."""

    # -- is the server there? --------------------------------------------------------------------------------
    def reachable(self) -> None:
        """Raise :class:`ZoneRefused` saying so when the server cannot be reached (the provider would return no
        features, and an empty table would look like lost zones)."""
        try:
            self.workspace.sql("SELECT 1")
        except WorkspaceError as error:
            raise ZoneRefused(str(error)) from None

    def online(self) -> bool:
        """True when the server answers; a refusal other than an unreachable server is raised as ZoneRefused."""
        try:
            self.workspace.sql("SELECT 1")
        except WorkspaceUnreachable as error:
            self.offline, self.reason = True, str(error)
            return False
        except WorkspaceError as error:
            raise ZoneRefused(str(error)) from None
        self.offline = False
        return True

    def pending(self) -> int:
        """Changes in the local journal not yet on the server."""
        return self.journal.pending()

    def sync(self) -> bool:
        """Send the journal when there is one and the server answers; True when the store may write online."""
        if not self.online():
            return False
        if self.standin and not self._attach():
            return False
        if not self.journal.pending():
            return True
        from .workspace_journal import ForeignJournal

        try:
            result = self.journal.send(self.workspace)
        except ForeignJournal as error:
            self.problem = str(error)
            return True
        except WorkspaceUnreachable:
            self.offline = True
            return False
        except WorkspaceError as error:     # refused whole (another workspace, a lost grant): kept, and said
            self.problem = str(error)
            return False
        self.problem = ""
        for item in result["items"]:
            key = item.get("key")
            self.local_fids.pop(key, None)
            if item["outcome"] in ("inserted", "updated") and item.get("version") is not None:
                self.loaded[key] = int(item["version"])
            elif item["outcome"] == "deleted":
                self.forget(key)
        self.report = result
        # the zones as the server now has them: zones new to it have their server fids from here on
        self.snapshot = {str(f["zone_id"]): QgsFeature(f) for f in ZoneStore.features(self)}
        return True

    def _sync_fid(self, fid: int) -> Tuple[bool, int]:
        """:meth:`sync`, and the zone's fid afterwards (a zone drawn offline gets the server's fid when sent)."""
        before = self.feature(fid) if self.working_offline() else None
        online = self.sync()
        if online and before is not None:
            moved = self.fid_of(str(before["zone_id"]))
            fid = moved if moved is not None else fid
        return online, fid

    def notice(self) -> Tuple[str, bool]:
        """What the panel should say about the journal: ``(sentence, is_warning)``; ``("", False)`` when nothing."""
        parts, warning = [], False
        if self.report is not None:
            result, self.report = self.report, None
            parts.append(tr("The workspace server is back: {0} zone change(s) kept in the local journal were sent "
                            "({1} inserted, {2} updated, {3} deleted, {4} unchanged).")
                         .format(result["sent"], result["inserted"], result["updated"], result["deleted"],
                                 result["unchanged"]))
            for item in result["items"]:
                if item["outcome"] == "conflict":
                    warning = True
                    parts.append(tr("Zone {0} was changed by {1} (version {2}) while you were offline: their "
                                    "version stays and yours is kept in the workspace's conflicts table.")
                                 .format(item["key"], item.get("server_updated_by") or "?",
                                         item.get("server_version") or "—"))
        if self.problem:
            warning = True
            parts.append(self.problem)
        pending = self.journal.pending()
        if pending:
            warning = True
            parts.append(self._why())
            parts.append(tr("Your {0} change(s) are kept in the local journal {1} (nothing is lost, even if QGIS "
                            "closes) and will be sent when the workspace can be reached again. The table shows the "
                            "zones as last loaded with your changes.").format(pending, self.journal.path))
        elif self.offline:
            warning = True
            parts.append(self._why())
            parts.append(tr("The table shows the zones as last loaded; new zones and edits will be kept in a local "
                            "journal until the workspace can be reached again."))
        return " ".join(parts), warning

    def kept_note(self, zone_id: str) -> str:
        """The sentence for a zone that went to the local journal instead of the server; "" when it did not."""
        if zone_id not in self.journal.zones():
            return ""
        return self._why() + " " + tr("Zone {0} is kept in the local journal {1} (nothing is lost, even if QGIS "
                                      "closes) and will be sent when the workspace can be reached again.").format(
            zone_id, self.journal.path)

    def _why(self) -> str:
        return self.reason or tr("The workspace server {0} cannot be reached.").format(self.workspace.describe())

    # -- reads -----------------------------------------------------------------------------------------------
    def features(self) -> List[QgsFeature]:
        if not self.sync():
            if self.offline:
                self._use_standin()
            return self.offline_features()
        # in fid order: PostgreSQL returns an updated row last, and the panel's rows must not jump around
        features = sorted(super().features(), key=lambda f: f.id())
        self.snapshot = {str(f["zone_id"]): QgsFeature(f) for f in features}
        for feature in features:
            self.remember(feature)
        self.journal.save_last_known(features)
        return features

    def working_offline(self) -> bool:
        return self.offline or self.standin or self.journal.pending() > 0

    def feature(self, fid: int) -> Optional[QgsFeature]:
        if fid >= 0 and not self.working_offline():
            found = super().feature(fid)
            if found is not None or self.online():
                return found
        return next((f for f in self.offline_features() if f.id() == fid), None)

    def fid_of(self, zone_id: str) -> Optional[int]:
        """The fid the panel shows for a zone (the server's, or a local one for a zone the server has not seen)."""
        if not self.working_offline():
            request = QgsFeatureRequest().setFilterExpression(f'"zone_id" = {literal(zone_id)}')
            for feature in self.layer.dataProvider().getFeatures(request):
                return int(feature.id())
            if self.online():
                return None
        return next((int(f.id()) for f in self.offline_features() if str(f["zone_id"]) == zone_id), None)

    def _journaled_fid(self, zone_id: str) -> int:
        """The fid of a zone just written to the local journal (the journal's view of the zones holds it)."""
        fid = self.fid_of(zone_id)
        if fid is None:
            raise ZoneRefused(tr("Zone {0} no longer exists: refresh the zones list.").format(zone_id))
        return fid

    def offline_features(self) -> List[QgsFeature]:
        """The zones as last read from the server with the journal's changes on top."""
        from .workspace_journal import as_feature

        view = {zone_id: QgsFeature(feature) for zone_id, feature in self.snapshot.items()}
        for zone_id, chain in self.journal.zones().items():
            entry = chain["last"]
            if entry["op"] == "delete":
                view.pop(zone_id, None)
                continue
            fid = self.snapshot[zone_id].id() if zone_id in self.snapshot else self._local_fid(zone_id)
            view[zone_id] = as_feature(entry, self.layer.fields(), fid)
        return sorted(view.values(), key=lambda f: (f.id() < 0, abs(f.id())))

    def _local_fid(self, zone_id: str) -> int:
        if zone_id not in self.local_fids:
            self.local_fids[zone_id] = -1 - len(self.local_fids)
        return self.local_fids[zone_id]

    def remember(self, feature: QgsFeature) -> None:
        """The analyst now sees this version of the zone: a later save is checked against it."""
        if feature is not None and feature["zone_id"] is not None and feature.id() >= 0:
            version = feature["version"]
            if version is not None and not (hasattr(version, "isNull") and version.isNull()):
                self.loaded[str(feature["zone_id"])] = int(version)

    def forget(self, zone_id: str) -> None:
        self.loaded.pop(zone_id, None)

    def new_zone_id(self) -> str:
        chosen, self._next_id = self._next_id, ""
        return chosen or super().new_zone_id()

    # -- the journal -----------------------------------------------------------------------------------------
    def _journal(self, op: str, values: Dict[str, object], geometry: Optional[QgsGeometry]) -> None:
        """Append the zone's whole state to the journal, based on the server version the analyst loaded."""
        from .workspace_journal import JournalError

        zone_id = str(values["zone_id"])
        chains = self.journal.zones()
        if zone_id in chains:
            base = chains[zone_id]["base"]
        elif zone_id in self.snapshot:
            base = self.loaded.get(zone_id, int(self.snapshot[zone_id]["version"]))
        else:
            base = None
        self.journal.identity.setdefault("workspace_id", self.workspace.known_id)
        try:
            self.journal.append(op, base, values, geometry, self.workspace.uri.username() or "")
        except JournalError as error:
            raise ZoneRefused(str(error)) from None
        self.offline = True

    def _state(self, feature: QgsFeature) -> Dict[str, object]:
        from ..definitions import ZONE_FIELDS

        return {name: feature[name] for name in ZONE_FIELDS if feature.fields().indexOf(name) >= 0}

    def _add_offline(self, geometry, attributes, crs, zone_id: str) -> Tuple[int, str]:
        from .zones_layer import EDITABLE

        fixed, verdict = self.clean_geometry(geometry, crs)
        now = QDateTime.currentDateTimeUtc()
        values: Dict[str, object] = {"zone_id": zone_id, "status": "proposed", "basis": "region", "priority": 3,
                                     "created_at": now, "updated_at": now}
        values.update({k: v for k, v in (attributes or {}).items() if k in EDITABLE})
        if not values.get("name"):
            values["name"] = tr("Zone {0}").format(len(self.offline_features()) + 1)
        self._check_values(values)
        self._journal("save", values, fixed)
        return self._journaled_fid(zone_id), verdict

    def _update_offline(self, fid: int, geometry, attributes, crs) -> str:
        from .zones_layer import EDITABLE

        self.offline = True
        current = self.feature(fid)
        if current is None:
            raise ZoneRefused(tr("Zone {0} no longer exists: refresh the zones list.").format(fid))
        edits = {k: v for k, v in (attributes or {}).items() if k in EDITABLE}
        self._check_values(edits)
        values = self._state(current)
        values.update(edits)
        values["updated_at"] = QDateTime.currentDateTimeUtc()
        shape, verdict = QgsGeometry(current.geometry()), "unchanged"
        if geometry is not None:
            shape, verdict = self.clean_geometry(geometry, crs)
        self._journal("save", values, shape)
        self._changed()
        return verdict

    # -- writes ----------------------------------------------------------------------------------------------
    def add_zone(self, geometry, attributes=None, crs=None):
        zone_id = ZoneStore.new_zone_id(self)
        if not self.sync():
            result = self._add_offline(geometry, attributes, crs, zone_id)
            self._changed()
            return result
        try:
            self._next_id = zone_id
            fid, verdict = super().add_zone(geometry, attributes, crs)
        except ZoneRefused:
            self._next_id = ""
            if self.online():
                raise
            # the server went away during the write: keep the zone (same id: if the server did commit it, the
            # journal's copy is recognised as unchanged when it is sent)
            result = self._add_offline(geometry, attributes, crs, zone_id)
            self._changed()
            return result
        added = super().feature(fid)
        if added is not None:
            self.remember(added)
            self.snapshot[zone_id] = QgsFeature(added)
        return fid, verdict

    def update_zone(self, fid: int, geometry: Optional[QgsGeometry] = None,
                    attributes: Optional[Dict[str, object]] = None,
                    crs=None, force: bool = False) -> str:
        from .zones_layer import EDITABLE, qt_value

        online, fid = self._sync_fid(fid)
        if not online:
            return self._update_offline(fid, geometry, attributes, crs)
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
            sets.append(f"{name} = {literal(plain(qt_value(name, value), kind))}::{kind}")
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
        except WorkspaceUnreachable:
            # the server went away: the change is kept locally, based on the version the analyst loaded
            self.snapshot.setdefault(zone_id, QgsFeature(current))
            self.loaded.setdefault(zone_id, loaded)
            return self._update_offline(fid, geometry, attributes, crs)
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
        saved = super().feature(fid)
        if saved is not None:
            self.snapshot[zone_id] = QgsFeature(saved)
        self._changed()
        return verdict

    def delete_zone(self, fid: int, force: bool = False) -> QgsFeature:
        online, fid = self._sync_fid(fid)
        feature = self.feature(fid)
        if feature is None:
            raise ZoneRefused(tr("Zone {0} no longer exists: refresh the zones list.").format(fid))
        zone_id = str(feature["zone_id"])
        if not online:
            self._journal("delete", self._state(feature), feature.geometry())
            self._changed()
            return feature
        loaded = int(feature["version"]) if force else self.loaded.get(zone_id, int(feature["version"]))
        table = f"{self.workspace.s}.zones"
        try:
            deleted = self.workspace.scalar(f"DELETE FROM {table} WHERE zone_id = {literal(zone_id)} "  # nosec
                                            f"AND version = {loaded} RETURNING version")
        except WorkspaceUnreachable:
            self.snapshot.setdefault(zone_id, QgsFeature(feature))
            self.loaded.setdefault(zone_id, loaded)
            self._journal("delete", self._state(feature), feature.geometry())
            self._changed()
            return feature
        except WorkspaceError as error:
            raise ZoneRefused(str(error)) from None
        if deleted is None:
            theirs = self.feature(fid)
            if theirs is None:
                raise ZoneRefused(tr("Zone {0} no longer exists: refresh the zones list.").format(zone_id))
            raise ZoneConflict(tr("Zone {0} was changed by {1} (version {2}) after you loaded version {3}: it was "
                                  "not deleted. Look at their change first.")
                               .format(zone_id, theirs["updated_by"], theirs["version"], loaded), zone_id, loaded,
                               {}, {k: theirs[k] for k in ("name", "status", "version", "updated_by")})
        self.forget(zone_id)
        self.snapshot.pop(zone_id, None)
        self._changed()
        return feature

    def restore_zone(self, feature: QgsFeature) -> int:
        zone_id = str(feature["zone_id"])
        if self.sync():
            copy = QgsFeature(self.layer.fields())
            copy.setGeometry(feature.geometry())
            for name in feature.fields().names():
                if name not in ("fid", "version", "updated_by") and copy.fields().indexOf(name) >= 0:
                    copy.setAttribute(name, feature[name])
            ok, added = self.layer.dataProvider().addFeatures([copy])
            if ok and added:
                restored = super().feature(int(added[0].id()))
                if restored is not None:
                    self.remember(restored)
                    self.snapshot[zone_id] = QgsFeature(restored)
                self._changed()
                return int(added[0].id())
            if self.online():
                raise ZoneRefused(tr("The zone could not be restored: {0}").format(
                    self.layer.dataProvider().lastError()))
        self._journal("save", self._state(feature), feature.geometry())
        self._changed()
        return self._journaled_fid(zone_id)
