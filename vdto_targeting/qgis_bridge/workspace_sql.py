"""The SQL of a team workspace: tables, triggers, roles and the server-side check-in, for one schema.

Why server-side: the server, not the plugin, must guarantee that nothing is lost and that a stale save never
overwrites a colleague's work — QGIS's own attribute table, a script or psql may write to the same tables. So:

- ``stamp`` (BEFORE INSERT/UPDATE) sets ``version`` and ``updated_by`` itself and refuses (SQLSTATE ``VD409``) an
  UPDATE whose ``version`` is not the row's current one: a client that sends the version it loaded gets optimistic
  concurrency for free; a client that sends none (QGIS's attribute table) still gets a new version and history.
- ``record`` (AFTER INSERT/UPDATE/DELETE, SECURITY DEFINER) appends the row before and after to ``history``; the
  geometry is kept as hex EWKB so the row can be restored bit for bit.  ``history`` refuses UPDATE, DELETE and
  TRUNCATE even from its owner, and the data tables refuse TRUNCATE (it would bypass the row triggers).
- ``checkin(pack jsonb)`` applies a field pack in ONE transaction (the caller sends one statement): a server
  crash half-way leaves nothing applied and a retry completes it; ``checkins`` remembers every row of every pack
  already handled, so checking in the same pack twice changes nothing.

The SQL is generated from the field lists below so the zones and targets columns match the GeoPackage's.
"""
from __future__ import annotations

from typing import Dict, List, TypedDict

from ..definitions import (TARGET_EDITABLE, TARGET_FIELDS, TARGET_SCHEMA, TARGET_STATUSES,  # noqa: F401 - re-exported
                           ZONE_BASES, ZONE_EDITABLE, ZONE_SCHEMA, ZONE_STATUSES)

FORMAT_VERSION = 1
SRID = 6372
EDITOR_ROLE = "vdto_editor"
READER_ROLE = "vdto_reader"

#: PostgreSQL type of each field kind of ``definitions.ZONE_SCHEMA`` / ``TARGET_SCHEMA``.
PG_TYPES = {"text": "text", "integer": "integer", "date": "date", "datetime": "timestamptz"}
#: The zones and targets tables (the zones GeoPackage has the same two): name → type,
#: from the one schema in definitions.py, so the workspace's columns are the GeoPackage's.
ZONE_COLUMNS: Dict[str, str] = {name: PG_TYPES[kind] for name, kind in ZONE_SCHEMA.items()}
TARGET_COLUMNS: Dict[str, str] = {name: PG_TYPES[kind] for name, kind in TARGET_SCHEMA.items()}


class TableSpec(TypedDict):
    """A workspace table: key column, columns with their SQL types, whether it has a geometry, and the columns a
    check-in carries (the analyst's content, not bookkeeping)."""

    key: str
    columns: Dict[str, str]
    geometry: bool
    content: List[str]


TABLES: Dict[str, TableSpec] = {
    "zones": {"key": "zone_id", "columns": ZONE_COLUMNS, "geometry": True,
              "content": list(ZONE_EDITABLE)},
    "targets": {"key": "target_id", "columns": TARGET_COLUMNS, "geometry": False,
                "content": list(TARGET_EDITABLE)},
}
BOOKKEEPING = ["version", "updated_by"]


def _in_list(values) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


def table_sql(s: str, table: str) -> str:
    spec = TABLES[table]
    key = spec["key"]
    lines = ["fid bigserial PRIMARY KEY"]
    for name, kind in spec["columns"].items():
        extra = ""
        if name == key:
            extra = " NOT NULL UNIQUE"
        elif name in ("created_at", "updated_at"):
            extra = " NOT NULL DEFAULT now()"
        lines.append(f"{name} {kind}{extra}")
    lines += ["version integer NOT NULL DEFAULT 1", "updated_by text NOT NULL DEFAULT session_user"]
    if spec["geometry"]:
        lines.append(f"geom geometry(MultiPolygon, {SRID})")
    if table == "zones":
        lines += [f"CONSTRAINT zones_status_known CHECK (status IN ({_in_list(ZONE_STATUSES)}))",
                  f"CONSTRAINT zones_basis_known CHECK (basis IN ({_in_list(ZONE_BASES)}))",
                  "CONSTRAINT zones_priority_range CHECK (priority BETWEEN 1 AND 5)",
                  "CONSTRAINT zones_dates_ordered CHECK (end_date IS NULL OR start_date IS NULL "
                  "OR end_date >= start_date)"]
    else:
        lines.append(f"CONSTRAINT targets_status_known CHECK (status IS NULL OR status IN "
                     f"({_in_list(TARGET_STATUSES)}))")
    body = ",\n  ".join(lines)
    sql = f"CREATE TABLE IF NOT EXISTS {s}.{table} (\n  {body}\n);\n"
    if spec["geometry"]:
        sql += f"CREATE INDEX IF NOT EXISTS {table}_geom_idx ON {s}.{table} USING gist (geom);\n"
    return sql


def content_json_sql(table: str, row: str) -> str:
    """SQL building the content of ``row`` as the jsonb a check-in item carries (same keys, same encodings)."""
    spec = TABLES[table]
    parts = []
    for name in spec["content"]:
        kind = spec["columns"][name]
        value = (f"to_char({row}.{name}, 'YYYY-MM-DD')" if kind == "date"
                 else f"NULLIF({row}.{name}, '')" if kind == "text" else f"{row}.{name}")  # '' and NULL: one value
        parts.append(f"'{name}', {value}")
    if spec["geometry"]:
        parts.append(f"'geom', encode(ST_AsBinary({row}.geom), 'hex')")
    return "jsonb_build_object(" + ", ".join(parts) + ")"


def _assignments(table: str, source: str) -> List[str]:
    """``column = value`` pairs taking the content from the item's jsonb ``source``."""
    spec = TABLES[table]
    out = []
    for name in spec["content"]:
        kind = spec["columns"][name]
        out.append(f"{name} = ({source}->>'{name}')::{kind}")
    if spec["geometry"]:
        out.append(f"geom = CASE WHEN {source}->>'geom' IS NULL THEN NULL ELSE "
                   f"ST_Multi(ST_SetSRID(ST_GeomFromWKB(decode({source}->>'geom', 'hex')), {SRID})) END")
    return out


def checkin_function_sql(s: str) -> str:
    """One plpgsql function per table does the work for one item; ``checkin`` loops over the pack."""
    out = []
    for table, spec in TABLES.items():
        key = spec["key"]
        sets = _assignments(table, "v")
        columns = [key] + spec["content"] + (["geom"] if spec["geometry"] else []) + ["created_at"]
        values = ["item->>'key'"] + [a.split(" = ", 1)[1] for a in sets] + [
            "coalesce((item->>'created_at')::timestamptz, now())"]
        out.append(f"""
CREATE OR REPLACE FUNCTION {s}.checkin_{table}(item jsonb, p_pack text, p_label text)
RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
  cur {s}.{table}%ROWTYPE;
  v jsonb := item->'values';
  outcome text;
  server jsonb;
  new_version integer;
  recorded integer;
BEGIN
  SELECT * INTO cur FROM {s}.{table} WHERE {key} = item->>'key' FOR UPDATE;
  IF NOT FOUND THEN
    IF (item->>'new')::boolean AND NOT coalesce((item->>'deleted')::boolean, false) THEN
      INSERT INTO {s}.{table} ({", ".join(columns)}) VALUES ({", ".join(values)})
        RETURNING version INTO new_version;
      RETURN jsonb_build_object('outcome', 'inserted', 'version', new_version);
    ELSIF coalesce((item->>'deleted')::boolean, false) THEN
      RETURN jsonb_build_object('outcome', 'unchanged');
    END IF;
    server := NULL;
  ELSE
    server := {content_json_sql(table, "cur")};
    IF coalesce((item->>'deleted')::boolean, false) THEN
      IF cur.version = (item->>'checked_out_version')::integer THEN
        DELETE FROM {s}.{table} WHERE fid = cur.fid;
        RETURN jsonb_build_object('outcome', 'deleted', 'version', cur.version);
      END IF;
    ELSIF server = v THEN
      RETURN jsonb_build_object('outcome', 'unchanged', 'version', cur.version);
    ELSIF NOT (item->>'new')::boolean AND cur.version = (item->>'checked_out_version')::integer THEN
      UPDATE {s}.{table} SET {", ".join(sets)} WHERE fid = cur.fid RETURNING version INTO new_version;
      RETURN jsonb_build_object('outcome', 'updated', 'version', new_version);
    END IF;
  END IF;
  INSERT INTO {s}.conflicts (table_name, row_key, pack_id, pack_label, digest, checked_out_version,
                             server_version, server_updated_by, server_updated_at, field_row, server_row)
  VALUES ('{table}', item->>'key', p_pack, p_label, item->>'digest', (item->>'checked_out_version')::integer,
          cur.version, cur.updated_by, cur.updated_at,
          CASE WHEN coalesce((item->>'deleted')::boolean, false) THEN NULL ELSE v END, server)
  ON CONFLICT (pack_id, table_name, row_key, digest) DO NOTHING;
  GET DIAGNOSTICS recorded = ROW_COUNT;
  RETURN jsonb_build_object('outcome', CASE WHEN recorded > 0 THEN 'conflict' ELSE 'unchanged' END,
                            'server_version', cur.version, 'server_updated_by', cur.updated_by,
                            'server_updated_at', cur.updated_at);
END
$fn$;
""")  # nosec
    out.append(f"""
CREATE OR REPLACE FUNCTION {s}.checkin(pack jsonb) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
  item jsonb;
  result jsonb;
  outcome text;
  counts jsonb := '{{"inserted": 0, "updated": 0, "deleted": 0, "conflicts": 0, "unchanged": 0}}'::jsonb;
  items jsonb := '[]'::jsonb;
  mine text := (SELECT workspace_id::text FROM {s}.workspace LIMIT 1);
  pid text := pack->>'pack_id';
BEGIN
  IF pack->>'workspace_id' IS DISTINCT FROM mine THEN
    RAISE EXCEPTION USING ERRCODE = 'VD412',
      MESSAGE = format('vdto-foreign-pack: the pack belongs to workspace %s, this is workspace %s',
                       pack->>'workspace_id', mine);
  END IF;
  FOR item IN SELECT value FROM jsonb_array_elements(pack->'items') LOOP
    IF EXISTS (SELECT 1 FROM {s}.checkins c WHERE c.pack_id = pid AND c.table_name = item->>'table'
               AND c.row_key = item->>'key' AND c.digest = item->>'digest') THEN
      result := jsonb_build_object('outcome', 'unchanged', 'already', true);
    ELSIF item->>'table' = 'zones' THEN
      result := {s}.checkin_zones(item, pid, pack->>'label');
    ELSIF item->>'table' = 'targets' THEN
      result := {s}.checkin_targets(item, pid, pack->>'label');
    ELSE
      RAISE EXCEPTION 'vdto: unknown table % in the pack', item->>'table';
    END IF;
    outcome := result->>'outcome';
    IF NOT coalesce((result->>'already')::boolean, false) THEN
      INSERT INTO {s}.checkins (pack_id, table_name, row_key, digest, outcome)
      VALUES (pid, item->>'table', item->>'key', item->>'digest', outcome)
      ON CONFLICT DO NOTHING;
    END IF;
    counts := jsonb_set(counts, ARRAY[CASE outcome WHEN 'conflict' THEN 'conflicts' ELSE outcome END],
                        to_jsonb((counts->>(CASE outcome WHEN 'conflict' THEN 'conflicts' ELSE outcome END))::int + 1));
    items := items || jsonb_build_array(result || jsonb_build_object('table', item->>'table', 'key', item->>'key'));
  END LOOP;
  RETURN counts || jsonb_build_object('items', items);
END
$fn$;
""")  # nosec
    return "".join(out)


def create_sql(s: str, workspace_id: str) -> str:
    """Every statement of ``vdto:createworkspace`` for schema ``s`` (already quoted); idempotent."""
    branches = []
    for table, spec in TABLES.items():
        def row_json(row: str, spec=spec) -> str:
            geom = (f" || jsonb_build_object('geom', encode(ST_AsEWKB({row}.geom), 'hex'))"
                    if spec["geometry"] else "")
            return f"to_jsonb({row}){geom}"
        branches.append(f"""IF TG_TABLE_NAME = '{table}' THEN
    IF TG_OP <> 'INSERT' THEN before := {row_json('OLD')}; END IF;
    IF TG_OP <> 'DELETE' THEN after := {row_json('NEW')}; END IF;
    key := coalesce(after->>'{spec["key"]}', before->>'{spec["key"]}');
  END IF;""")
    record_body = "\n  ".join(branches)
    sql = [f"""
CREATE SCHEMA IF NOT EXISTS {s};
CREATE TABLE IF NOT EXISTS {s}.workspace (
  workspace_id uuid PRIMARY KEY,
  format_version integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT session_user
);
INSERT INTO {s}.workspace (workspace_id, format_version)
  SELECT '{workspace_id}'::uuid, {FORMAT_VERSION} WHERE NOT EXISTS (SELECT 1 FROM {s}.workspace);
"""]  # nosec
    sql += [table_sql(s, t) for t in TABLES]
    sql.append(f"""
CREATE TABLE IF NOT EXISTS {s}.history (
  id bigserial PRIMARY KEY,
  table_name text NOT NULL,
  row_key text NOT NULL,
  operation text NOT NULL,
  changed_by text NOT NULL,
  changed_at timestamptz NOT NULL,
  version_before integer,
  version_after integer,
  row_before jsonb,
  row_after jsonb
);
CREATE INDEX IF NOT EXISTS history_row_idx ON {s}.history (table_name, row_key);
CREATE TABLE IF NOT EXISTS {s}.conflicts (
  id bigserial PRIMARY KEY,
  table_name text NOT NULL,
  row_key text NOT NULL,
  pack_id text NOT NULL,
  pack_label text,
  digest text NOT NULL,
  checked_out_version integer,
  server_version integer,
  server_updated_by text,
  server_updated_at timestamptz,
  field_row jsonb,
  server_row jsonb,
  checked_in_by text NOT NULL DEFAULT session_user,
  checked_in_at timestamptz NOT NULL DEFAULT now(),
  resolved boolean NOT NULL DEFAULT false,
  UNIQUE (pack_id, table_name, row_key, digest)
);
CREATE TABLE IF NOT EXISTS {s}.checkins (
  pack_id text NOT NULL,
  table_name text NOT NULL,
  row_key text NOT NULL,
  digest text NOT NULL,
  outcome text NOT NULL,
  checked_in_by text NOT NULL DEFAULT session_user,
  checked_in_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (pack_id, table_name, row_key, digest)
);

CREATE OR REPLACE FUNCTION {s}.stamp() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  key text := TG_ARGV[0];
  previous integer;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT max(h.version_after) INTO previous FROM {s}.history h
      WHERE h.table_name = TG_TABLE_NAME AND h.row_key = to_jsonb(NEW)->>key;
    NEW.version := coalesce(previous, 0) + 1;
    NEW.created_at := coalesce(NEW.created_at, now());
    NEW.updated_at := now();
  ELSE
    IF NEW.version IS DISTINCT FROM OLD.version THEN
      RAISE EXCEPTION USING ERRCODE = 'VD409',
        MESSAGE = format('vdto-conflict: %s %s was changed by %s at %s (version %s) after version %s was loaded',
                         TG_TABLE_NAME, to_jsonb(OLD)->>key, OLD.updated_by,
                         to_char(OLD.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), OLD.version,
                         NEW.version),
        DETAIL = to_jsonb(OLD)->>key;
    END IF;
    IF to_jsonb(NEW)->>key IS DISTINCT FROM to_jsonb(OLD)->>key THEN
      RAISE EXCEPTION USING ERRCODE = 'VD400',
        MESSAGE = format('vdto: the key of %s %s cannot change', TG_TABLE_NAME, to_jsonb(OLD)->>key);
    END IF;
    NEW.version := OLD.version + 1;
    NEW.created_at := OLD.created_at;
    NEW.updated_at := now();
  END IF;
  NEW.updated_by := session_user;
  RETURN NEW;
END
$fn$;

CREATE OR REPLACE FUNCTION {s}.record() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $fn$
DECLARE
  before jsonb;
  after jsonb;
  key text;
BEGIN
  {record_body}
  INSERT INTO {s}.history (table_name, row_key, operation, changed_by, changed_at, version_before, version_after,
                           row_before, row_after)
  VALUES (TG_TABLE_NAME, key, TG_OP, session_user, clock_timestamp(), (before->>'version')::integer,
          (after->>'version')::integer, before, after);
  RETURN NULL;
END
$fn$;

CREATE OR REPLACE FUNCTION {s}.keep_everything() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION USING ERRCODE = 'VD403',
    MESSAGE = format('vdto: %s on %s.%s is refused: the workspace keeps every change (delete rows one by one; '
                     'history is append-only)', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME);
END
$fn$;

DROP TRIGGER IF EXISTS history_append_only ON {s}.history;
CREATE TRIGGER history_append_only BEFORE UPDATE OR DELETE ON {s}.history
  FOR EACH ROW EXECUTE FUNCTION {s}.keep_everything();
DROP TRIGGER IF EXISTS history_no_truncate ON {s}.history;
CREATE TRIGGER history_no_truncate BEFORE TRUNCATE ON {s}.history
  FOR EACH STATEMENT EXECUTE FUNCTION {s}.keep_everything();
""")  # nosec
    for table, spec in TABLES.items():
        sql.append(f"""
DROP TRIGGER IF EXISTS {table}_stamp ON {s}.{table};
CREATE TRIGGER {table}_stamp BEFORE INSERT OR UPDATE ON {s}.{table}
  FOR EACH ROW EXECUTE FUNCTION {s}.stamp('{spec["key"]}');
DROP TRIGGER IF EXISTS {table}_record ON {s}.{table};
CREATE TRIGGER {table}_record AFTER INSERT OR UPDATE OR DELETE ON {s}.{table}
  FOR EACH ROW EXECUTE FUNCTION {s}.record();
DROP TRIGGER IF EXISTS {table}_no_truncate ON {s}.{table};
CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {s}.{table}
  FOR EACH STATEMENT EXECUTE FUNCTION {s}.keep_everything();
""")
    sql.append(checkin_function_sql(s))
    sql.append(f"""
GRANT USAGE ON SCHEMA {s} TO {EDITOR_ROLE}, {READER_ROLE};
GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {EDITOR_ROLE}, {READER_ROLE};
GRANT INSERT, UPDATE, DELETE ON {s}.zones, {s}.targets TO {EDITOR_ROLE};
GRANT INSERT ON {s}.conflicts, {s}.checkins TO {EDITOR_ROLE};
GRANT UPDATE (resolved) ON {s}.conflicts TO {EDITOR_ROLE};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA {s} TO {EDITOR_ROLE};
REVOKE ALL ON FUNCTION {s}.record() FROM PUBLIC;
REVOKE ALL ON FUNCTION {s}.checkin(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION {s}.checkin(jsonb) TO {EDITOR_ROLE};
""")  # nosec
    return "".join(sql)


ROLES_SQL = f"""
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{EDITOR_ROLE}') THEN CREATE ROLE {EDITOR_ROLE} NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{READER_ROLE}') THEN CREATE ROLE {READER_ROLE} NOLOGIN; END IF;
END $$;
"""  # nosec
