"""One schema for the zones layer and the targets table (definitions.ZONE_SCHEMA / TARGET_SCHEMA): the zones
GeoPackage and the PostGIS team workspace have the same fields. Needs the server of ``make workspace-db``."""
from __future__ import annotations

from tests.workspace.conftest import rows


def run(alg: str, **parameters):
    import processing

    return processing.run(f"vdto:{alg}", parameters)


def test_geopackage_and_workspace_tables_have_the_same_fields(workspace, tmp_path):
    """One schema (definitions.TARGET_SCHEMA / ZONE_SCHEMA) for both: the zones GeoPackage's targets and zones tables
    and the PostGIS workspace's, as QGIS opens them (names in order, QGIS types), besides the server's bookkeeping
    columns (version, updated_by) and the geometry. Checked against psql's column types too."""
    from qgis.core import QgsVectorLayer

    from vdto_targeting.definitions import TARGET_FIELDS, TARGET_SCHEMA, ZONE_FIELDS, ZONE_SCHEMA
    from vdto_targeting.qgis_bridge.workspace import Workspace

    uri, schema = workspace
    path = str(tmp_path / "zones.gpkg")
    run("createzoneslayer", OUTPUT=path)
    space = Workspace(uri, schema)
    pg_types = {"text": "text", "integer": "integer", "date": "date", "datetime": "timestamp with time zone"}
    for table, names, kinds in (("targets", TARGET_FIELDS, TARGET_SCHEMA), ("zones", ZONE_FIELDS, ZONE_SCHEMA)):
        gpkg = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
        pg = space.layer(table)
        assert gpkg.isValid() and pg.isValid(), table
        local = [(f.name(), f.type()) for f in gpkg.fields() if f.name() != "fid"]
        server = [(f.name(), f.type()) for f in pg.fields() if f.name() not in ("fid", "version", "updated_by")]
        assert [n for n, _ in local] == names == [n for n, _ in server], table
        assert local == server, table
        columns = rows(uri, f"SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = "
                            f"'{schema}' AND table_name = '{table}' AND column_name NOT IN ('fid', 'version', "
                            f"'updated_by', 'geom') ORDER BY ordinal_position")
        assert columns == [[n, pg_types[kinds[n]]] for n in names], table
