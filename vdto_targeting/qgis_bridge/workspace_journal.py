"""The local journal of a team workspace: zones drawn or edited while the server cannot be reached.

A drawn zone is argued over for weeks; a stopped server, a dropped VPN or a killed QGIS must not cost it.  So when the
workspace server cannot be reached, each save is appended at once, in one SQLite transaction, to a GeoPackage of the
analyst's QGIS profile (one per user and workspace; found again whichever project is open).  Its ``zones`` layer has
the workspace's fields (the GeoPackage's plus ``version`` and ``updated_by``) where ``version`` is the server version
the change was based on (NULL for a zone the server has never seen), plus ``journal_op`` (``save`` or ``delete``).
The journal is append-only: every offline state of a zone is on disk until the server has it.

When the server is back the journal is sent through the workspace's own server-side ``checkin`` function, so it gets
exactly the check-in rules: a zone is updated only when the server still holds the version the change was based on,
otherwise the local version is kept whole in ``conflicts`` (who, when) and reported, never written over a
colleague's save.  The journal's ``batch_id`` is the pack id: after a crash between the server's commit and the
journal's clearing, sending again changes nothing on the server; then the journal is cleared.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import struct
import uuid
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsFeature, QgsField, QgsFields,
                       QgsGeometry, QgsVectorFileWriter)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt

from .. import qgis_compat as qc
from ..definitions import ZONE_FIELDS
from ..i18n import tr
from . import workspace_sql as wsql

LAYER = "zones"
META = "vdto_journal_meta"
#: The zones as last read from the server (plain SQLite table, not a GeoPackage layer): what a QGIS started while
#: the server is down shows.
LAST_KNOWN = "vdto_last_known"
JOURNAL_FIELDS = ["version", "updated_by", "journal_op"]
#: Folder of the journals; empty: ``vdto_targeting/workspace_journal`` in the QGIS profile.
FOLDER_ENV = "VDTO_WORKSPACE_JOURNAL_DIR"


def journal_folder() -> Path:
    """Per user, not per project: the journal must be found again after a restart whatever project is open."""
    chosen = os.environ.get(FOLDER_ENV, "").strip()
    if chosen:
        return Path(chosen)
    from qgis.core import QgsApplication

    return Path(QgsApplication.qgisSettingsDirPath()) / "vdto_targeting" / "workspace_journal"


def journal_path(host: str, port: str, database: str, schema: str, user: str) -> Path:
    """One journal per login and workspace (two analysts on one laptop never send each other's zones)."""
    raw = f"{user or 'user'}@{host or 'localhost'}_{port or 5432}_{database}_{schema}"
    return journal_folder() / ("journal_" + re.sub(r"[^A-Za-z0-9_.@-]+", "_", raw) + ".gpkg")


# ------------------------------------------------------------------------------------ GeoPackage encodings
def _blob(geometry: Optional[QgsGeometry]) -> Optional[bytes]:
    """A GeoPackage geometry blob (header without envelope, then WKB)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    return b"GP\x00\x01" + struct.pack("<i", wsql.SRID) + bytes(geometry.asWkb())


def _multi(geometry: Optional[QgsGeometry]) -> Optional[QgsGeometry]:
    if geometry is None or geometry.isNull():
        return geometry
    copy = QgsGeometry(geometry)
    copy.convertToMultiType()
    return copy


def _geometry(blob: Optional[bytes]) -> QgsGeometry:
    if not blob or blob[:2] != b"GP":
        return QgsGeometry()
    flags = blob[3]
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}.get((flags >> 1) & 7, 0)
    geometry = QgsGeometry()
    geometry.fromWkb(bytes(blob[8 + envelope:]))
    return geometry


def _encode(name: str, value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        return value.toUTC().toString(Qt.DateFormat.ISODateWithMs)
    if isinstance(value, QDate):
        return value.toString(Qt.DateFormat.ISODate)
    if name in ("priority", "version"):
        return int(value)
    return str(value)


def _decode(name: str, value):
    if value is None:
        return None
    if name in ("start_date", "end_date"):
        return QDate.fromString(str(value)[:10], Qt.DateFormat.ISODate)
    if name in ("created_at", "updated_at"):
        return QDateTime.fromString(str(value), Qt.DateFormat.ISODateWithMs)
    return value


def journal_fields(names: List[str]) -> QgsFields:
    types = {"priority": qc.FIELD_TYPE_INT, "start_date": qc.FIELD_TYPE_DATE, "end_date": qc.FIELD_TYPE_DATE,
             "created_at": qc.FIELD_TYPE_DATETIME, "updated_at": qc.FIELD_TYPE_DATETIME, "version": qc.FIELD_TYPE_INT}
    fields = QgsFields()
    for name in names:
        fields.append(QgsField(name, types.get(name, qc.FIELD_TYPE_STRING)))
    return fields


class JournalError(ValueError):
    """The journal cannot be written or sent; the message names the problem and the fix."""


class ForeignJournal(JournalError):
    """The journal belongs to an earlier workspace of the same name; it was set aside, not sent."""


# ------------------------------------------------------------------------------------------------ the journal
class ZoneJournal:
    """The append-only local journal of one login's edits to one workspace."""

    def __init__(self, path: Path, identity: Dict[str, str]) -> None:
        self.path = Path(path)
        self.identity = identity
        self._cache: Tuple[object, List[dict]] = (None, [])
        self._last_known_mark = ""

    def _signature(self):
        """Changes whenever the file does (size, mtime): the parsed entries are reused until then."""
        try:
            status = os.stat(self.path)
        except OSError:
            return None
        return (status.st_size, status.st_mtime_ns, status.st_ino)

    # -- the file --------------------------------------------------------------------------------------------
    def exists(self) -> bool:
        return self.path.exists()

    def _create(self) -> None:
        """A GeoPackage with the workspace's zone fields, created through OGR (a real, QGIS-readable layer)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fields = journal_fields(ZONE_FIELDS + JOURNAL_FIELDS)
        staged = self.path.with_name(self.path.stem + ".partial.gpkg")
        for leftover in (staged, Path(str(staged) + "-journal")):
            if leftover.exists():
                leftover.unlink()
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = LAYER
        # no R-tree: its triggers call SpatiaLite functions, and entries are written with plain SQLite (one
        # transaction per entry, nothing between the row and its bookkeeping)
        options.layerOptions = ["SPATIAL_INDEX=NO"]
        writer = QgsVectorFileWriter.create(str(staged), fields, qc.WKB_MULTIPOLYGON,
                                            QgsCoordinateReferenceSystem(f"EPSG:{wsql.SRID}"),
                                            QgsCoordinateTransformContext(), options)
        failed, message = writer.hasError(), writer.errorMessage()
        del writer
        if failed:
            raise JournalError(tr("The local journal {0} could not be created ({1}): make the folder writable or "
                                  "set {2} to a writable folder.").format(self.path, message, FOLDER_ENV))
        connection = sqlite3.connect(str(staged))
        try:
            with connection:
                connection.execute(f"CREATE TABLE {META} (key TEXT PRIMARY KEY, value TEXT)")
                meta = dict(self.identity, batch_id=str(uuid.uuid4()))
                connection.executemany(f"INSERT INTO {META} VALUES (?, ?)", sorted(meta.items()))  # nosec B608
        finally:
            connection.close()
        os.replace(staged, self.path)           # the journal appears whole or not at all

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(str(self.path), timeout=10)
        connection.execute("PRAGMA synchronous = FULL")
        return connection

    def meta(self) -> Dict[str, str]:
        if not self.exists():
            return {}
        connection = self._connect()
        try:
            return dict(connection.execute(f"SELECT key, value FROM {META}").fetchall())  # nosec B608
        finally:
            connection.close()

    # -- writing ---------------------------------------------------------------------------------------------
    def append(self, op: str, base_version: Optional[int], values: Dict[str, object],
               geometry: Optional[QgsGeometry], user: str) -> int:
        """Write one entry (the zone's whole state after the change) and commit it before returning."""
        return self.append_all([(op, base_version, values, geometry)], user)[0]

    def append_all(self, entries: List[Tuple[str, Optional[int], Dict[str, object], Optional[QgsGeometry]]],
                   user: str) -> List[int]:
        """Write several entries ``(op, base version, values, geometry)`` in ONE transaction (a commit of QGIS's
        edit buffer is kept whole or not at all), committed to disk before returning; their sequence numbers."""
        try:
            if not self.exists():
                self._create()
            columns = ZONE_FIELDS + JOURNAL_FIELDS + ["geom"]
            fresh = not self.entries()
            connection = self._connect()
            try:
                with connection:
                    if fresh:       # an empty journal belongs to the workspace it is now written for
                        connection.executemany(f"INSERT OR REPLACE INTO {META} VALUES (?, ?)",  # nosec B608
                                               sorted(self.identity.items()))
                    marks = ", ".join("?" * len(columns))
                    insert = f"INSERT INTO {LAYER} ({', '.join(columns)}) VALUES ({marks})"  # nosec B608
                    written = []
                    for op, base_version, values, geometry in entries:
                        row = [_encode(name, values.get(name)) for name in ZONE_FIELDS]
                        row += [base_version, user, op, _blob(geometry)]
                        cursor = connection.execute(insert, row)
                        if cursor.lastrowid is None:
                            raise sqlite3.Error("the journal row was not inserted")
                        written.append(int(cursor.lastrowid))
                    return written
            finally:
                connection.close()
        except (OSError, sqlite3.Error) as error:
            raise JournalError(tr("The zone could not be kept in the local journal {0} ({1}): free disk space or "
                                  "set {2} to a writable folder; the zone was NOT saved.")
                               .format(self.path, error, FOLDER_ENV)) from None

    # -- the zones as last read from the server ----------------------------------------------------------------
    def save_last_known(self, features: List[QgsFeature]) -> None:
        """Keep the zones as last read from the server (with their server fids and versions) beside the journal,
        so that a QGIS started while the server is down still shows them and can draw and edit on top (the
        journal's entries are based on these versions). Rewritten only when a zone, version or fid changed."""
        rows = []
        for feature in sorted(features, key=lambda f: f.id()):
            fields = feature.fields()
            values = [_encode(name, feature[name]) if fields.indexOf(name) >= 0 else None
                      for name in ZONE_FIELDS + ["version", "updated_by"]]
            rows.append([int(feature.id())] + values + [_blob(_multi(feature.geometry()))])
        mark = json.dumps([(r[0], r[1], r[-3]) for r in rows])       # fid, zone_id, version
        if mark == self._last_known_mark:
            return
        try:
            if not self.exists():
                self._create()
            columns = ["fid"] + ZONE_FIELDS + ["version", "updated_by", "geom"]
            connection = self._connect()
            try:
                with connection:
                    connection.execute(f"CREATE TABLE IF NOT EXISTS {LAST_KNOWN} ({', '.join(columns)})")
                    connection.execute(f"DELETE FROM {LAST_KNOWN}")  # nosec B608
                    marks = ", ".join("?" * len(columns))
                    connection.executemany(f"INSERT INTO {LAST_KNOWN} VALUES ({marks})", rows)  # nosec B608
                    if not self.entries():       # the zones and the journal belong to the same workspace
                        connection.executemany(f"INSERT OR REPLACE INTO {META} VALUES (?, ?)",  # nosec B608
                                               sorted(self.identity.items()))
            finally:
                connection.close()
        except (OSError, sqlite3.Error, JournalError):
            return          # a copy for offline use: the server still has everything
        self._last_known_mark = mark

    def last_known(self, fields: Optional[QgsFields] = None) -> Dict[str, QgsFeature]:
        """``zone_id → feature`` (server fid, version) as last read from the server; empty when never read."""
        if not self.exists():
            return {}
        names = ZONE_FIELDS + ["version", "updated_by"]
        fields = fields if fields is not None else journal_fields(names)
        connection = self._connect()
        try:
            found = connection.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (LAST_KNOWN,)).fetchone()
            rows = connection.execute(f"SELECT fid, {', '.join(names)}, geom FROM {LAST_KNOWN}  "  # nosec B608
                                      f"ORDER BY fid").fetchall() if found else []
        finally:
            connection.close()
        zones = {}
        for row in rows:
            feature = QgsFeature(fields)
            feature.setId(int(row[0]))
            for name, value in zip(names, row[1:-1]):
                if fields.indexOf(name) >= 0:
                    feature.setAttribute(name, _decode(name, value))
            feature.setGeometry(_geometry(row[-1]))
            zones[str(feature["zone_id"])] = feature
        return zones

    # -- reading ---------------------------------------------------------------------------------------------
    def entries(self) -> List[dict]:
        """Every entry in the order written: ``{"seq", "op", "base", "values", "geometry", "user"}``."""
        signature = self._signature()
        if signature is None:
            return []
        if self._cache[0] == signature:
            return self._cache[1]
        connection = self._connect()
        try:
            columns = ZONE_FIELDS + JOURNAL_FIELDS + ["geom"]
            rows = connection.execute(f"SELECT fid, {', '.join(columns)} FROM {LAYER} ORDER BY fid").fetchall()  # nosec
        finally:
            connection.close()
        out = []
        for row in rows:
            record = dict(zip(["fid"] + columns, row))
            out.append({"seq": int(record["fid"]), "op": record["journal_op"], "base": record["version"],
                        "user": record["updated_by"], "geometry": _geometry(record["geom"]),
                        "values": {name: _decode(name, record[name]) for name in ZONE_FIELDS}})
        self._cache = (signature, out)
        return out

    def pending(self) -> int:
        return len(self.entries())

    def zones(self) -> Dict[str, dict]:
        """Per zone: the state to send (last entry) and the server version the chain of changes started from."""
        chains: Dict[str, dict] = {}
        for entry in self.entries():
            zone_id = str(entry["values"]["zone_id"])
            chain = chains.setdefault(zone_id, {"base": entry["base"], "first": entry["seq"]})
            chain.update(last=entry, seq=entry["seq"])
        return chains

    # -- sending ---------------------------------------------------------------------------------------------
    def items(self) -> Tuple[List[dict], int]:
        """The journal as check-in items (the same items a field pack produces) and the last entry they cover."""
        from .workspace import content_of, digest, plain

        items, last = [], 0
        for zone_id, chain in self.zones().items():
            entry = chain["last"]
            last = max(last, chain["seq"])
            base = None if chain["base"] is None else int(chain["base"])
            if entry["op"] == "delete":
                if base is None:           # drawn and deleted while offline: the server never needs to know
                    continue
                items.append({"table": "zones", "key": zone_id, "new": False, "deleted": True, "digest": "deleted",
                              "checked_out_version": base, "values": None})
                continue
            feature = as_feature(entry)
            values = content_of(feature, "zones")
            items.append({"table": "zones", "key": zone_id, "new": base is None, "digest": digest(values),
                          "checked_out_version": base, "values": values,
                          "created_at": plain(entry["values"].get("created_at"), "timestamptz")})
        return items, last

    def clear(self, upto: int) -> None:
        """Forget the entries the server now has, and start a new batch (one transaction)."""
        connection = self._connect()
        try:
            with connection:
                connection.execute(f"DELETE FROM {LAYER} WHERE fid <= ?", (upto,))  # nosec B608
                connection.execute(f"UPDATE {META} SET value = ? WHERE key = 'batch_id'",  # nosec B608
                                   (str(uuid.uuid4()),))
        finally:
            connection.close()

    def send(self, workspace) -> Dict[str, object]:
        """Send the journal to ``workspace`` with the check-in's rules, then clear what the server answered for.

        Raises :class:`~vdto_targeting.qgis_bridge.workspace.WorkspaceError` (journal kept whole) when the server
        refuses or cannot be reached."""
        from .workspace import check_content, literal

        meta = self.meta()
        result = {"inserted": 0, "updated": 0, "deleted": 0, "conflicts": 0, "unchanged": 0, "items": [],
                  "sent": 0}
        items, last = self.items()
        if not last:
            return result
        workspace_id = workspace.workspace_id()
        if meta.get("workspace_id") and meta["workspace_id"] != workspace_id:
            # the workspace was dropped and created again: set the journal aside (kept whole), never send it here
            stamp = QDateTime.currentDateTimeUtc().toString("yyyyMMddTHHmmss")
            aside = self.path.with_name(f"{self.path.stem}.other-workspace-{stamp}.gpkg")
            os.replace(self.path, aside)
            raise ForeignJournal(tr("The local journal was written for another workspace ({0}) than the one now at "
                                    "{1}: nothing was sent, and it is kept as {2} (a GeoPackage: open it in QGIS "
                                    "to copy its zones by hand).").format(meta["workspace_id"], workspace.describe(),
                                                                          aside))
        for item in items:
            if item["values"] is not None:
                check_content("zones", item["key"], item["values"])
        if items:
            label = tr("local journal of {0} ({1})").format(meta.get("user", "?"), self.path)
            pack = {"workspace_id": workspace_id, "pack_id": meta["batch_id"], "label": label, "items": items}
            payload = json.dumps(pack, separators=(",", ":"))
            result.update(json.loads(str(workspace.scalar(
                f"SELECT {workspace.s}.checkin({literal(payload)}::jsonb)::text"))))
        result["sent"] = len(items)
        self.clear(last)
        return result


def as_feature(entry: dict, fields: Optional[QgsFields] = None, fid: Optional[int] = None) -> QgsFeature:
    """A journal entry as a feature with the workspace layer's fields (``fields``) or the journal's own."""
    if fields is None:
        fields = journal_fields(ZONE_FIELDS + ["version", "updated_by"])
    feature = QgsFeature(fields)
    if fid is not None:
        feature.setId(fid)
    for name, value in entry["values"].items():
        if fields.indexOf(name) >= 0:
            feature.setAttribute(name, value)
    if fields.indexOf("version") >= 0:
        feature.setAttribute("version", entry["base"])
    if fields.indexOf("updated_by") >= 0:
        feature.setAttribute("updated_by", entry["user"])
    feature.setGeometry(QgsGeometry(entry["geometry"]))
    return feature
