"""``vdto:createworkspace``, ``vdto:checkout``, ``vdto:checkin`` — a team's shared workspace on PostGIS.

Why: a task force edits one picture together, partner agencies read it, and officers take it to the field with no
network. PostgreSQL + PostGIS holds it (versions, history and conflicts kept by the server itself); a field pack is
the single GeoPackage of vdto:fieldpack, with the versions checked out recorded inside, and a check-in never
overwrites a newer server version: the field version is kept whole in the ``conflicts`` table instead.
"""
from __future__ import annotations

import os
from typing import Any, Dict

from qgis.core import (QgsProcessingOutputBoolean, QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination, QgsProcessingParameterString)

from ..qgis_compat import ALG_NO_THREADING
from .base import VdtoAlgorithm

DATABASE_HELP = ("DATABASE is a libpq URI (postgresql://user@host:5432/database; password in the URI or ~/.pgpass) "
                 "or the name of a QGIS PostgreSQL connection (Browser ▸ PostgreSQL); SCHEMA is the workspace's "
                 "schema (default vdto).")


class _WorkspaceAlgorithm(VdtoAlgorithm):
    GROUP = "zones"
    DATABASE = "DATABASE"
    SCHEMA = "SCHEMA"

    def _database_parameters(self) -> None:
        self.addParameter(QgsProcessingParameterString(
            self.DATABASE, self.tr("Database (postgresql:// URI or QGIS PostgreSQL connection name)")))
        self.addParameter(QgsProcessingParameterString(self.SCHEMA, self.tr("Workspace schema"), defaultValue="vdto"))

    def _workspace(self, parameters, context):
        from ..qgis_bridge.workspace import Workspace, WorkspaceError

        try:
            return Workspace(self.parameterAsString(parameters, self.DATABASE, context),
                             self.parameterAsString(parameters, self.SCHEMA, context) or "vdto")
        except WorkspaceError as error:
            raise self.fail("{0}", error) from None


class CreateWorkspaceAlgorithm(_WorkspaceAlgorithm):
    NAME = "createworkspace"
    DISPLAY = "Create team workspace (PostGIS)"
    HELP = ("Creates a shared workspace in a PostgreSQL + PostGIS database: zones and targets tables with the same "
            "fields as the zones GeoPackage plus version (incremented by the server on every update) and "
            "updated_by; a history table filled by the server's triggers (who, when, operation, the row before and "
            "after — deletions included; it refuses updates and deletes); a conflicts table for check-ins; the group "
            "roles vdto_editor (read and write) and vdto_reader (read only, for a partner agency) with their grants. "
            "Running it again changes nothing. " + DATABASE_HELP)

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self._database_parameters()
        self.addOutput(QgsProcessingOutputString("WORKSPACE_ID", self.tr("Workspace id")))
        self.addOutput(QgsProcessingOutputBoolean("CREATED", self.tr("Created now (false: it already existed)")))

    def processAlgorithm(self, parameters: Dict[str, Any], context, feedback) -> Dict[str, Any]:  # noqa: N802
        from ..qgis_bridge.workspace import WorkspaceError

        workspace = self._workspace(parameters, context)
        try:
            result = workspace.create()
        except WorkspaceError as error:
            raise self.fail("{0}", error) from None
        feedback.pushInfo(self.tr("Workspace {0} {1} (id {2}); grant analysts the role vdto_editor and partner "
                                  "agencies vdto_reader.").format(
            workspace.describe(), self.tr("created") if result["created"] else self.tr("already existed"),
            result["workspace_id"]))
        return {"WORKSPACE_ID": result["workspace_id"], "CREATED": bool(result["created"])}


class CheckoutAlgorithm(_WorkspaceAlgorithm):
    NAME = "checkout"
    DISPLAY = "Check out a field pack from the workspace"
    HELP = ("Writes the workspace's zones and targets into a field pack (one GeoPackage with styles and a QGIS "
            "project inside, like 'Offline field pack') for a laptop with no network; the versions checked out are "
            "recorded inside so 'Check in' can tell what was edited in the field. " + DATABASE_HELP)
    OUTPUT = "OUTPUT"

    def flags(self):
        return super().flags() | ALG_NO_THREADING

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self._database_parameters()
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Field pack"),
                                                                self.tr("GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputNumber("ZONES", self.tr("Zones checked out")))
        self.addOutput(QgsProcessingOutputNumber("TARGETS", self.tr("Targets checked out")))
        self.addOutput(QgsProcessingOutputString("PACK_ID", self.tr("Pack id")))

    def processAlgorithm(self, parameters: Dict[str, Any], context, feedback) -> Dict[str, Any]:  # noqa: N802
        from ..qgis_bridge.fieldpack import FieldPackError
        from ..qgis_bridge.workspace import WorkspaceError

        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output.lower().endswith(".gpkg"):
            raise self.fail("The field pack {0} is not a GeoPackage: choose a file name ending in .gpkg.", output)
        workspace = self._workspace(parameters, context)
        try:
            result = workspace.checkout(output, feedback.pushInfo)
        except (WorkspaceError, FieldPackError, OSError) as error:
            raise self.fail("The field pack could not be checked out: {0}", error) from None
        return {self.OUTPUT: output, "ZONES": result["zones"], "TARGETS": result["targets"],
                "PACK_ID": result["pack_id"]}


class CheckinAlgorithm(_WorkspaceAlgorithm):
    NAME = "checkin"
    DISPLAY = "Check in a field pack to the workspace"
    HELP = ("Sends back what was edited offline in a field pack, in one server transaction: new zones and targets "
            "are inserted; edited ones are updated when the server still holds the version that was checked out; "
            "otherwise the field version is kept whole in the conflicts table (with who and when) and reported — "
            "the server's newer version is never overwritten. Rows deleted in the field are deleted only when "
            "nobody changed them since (history keeps them). Checking in the same pack twice changes nothing; a "
            "pack from another workspace is refused. " + DATABASE_HELP)
    INPUT = "INPUT"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self._database_parameters()
        self.addParameter(QgsProcessingParameterFile(self.INPUT, self.tr("Field pack"), extension="gpkg"))
        for name, label in (("INSERTED", self.tr("Inserted")), ("UPDATED", self.tr("Updated")),
                            ("CONFLICTS", self.tr("Conflicts recorded")), ("UNCHANGED", self.tr("Unchanged")),
                            ("DELETED", self.tr("Deleted"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters: Dict[str, Any], context, feedback) -> Dict[str, Any]:  # noqa: N802
        from ..qgis_bridge.workspace import WorkspaceError

        path = self.parameterAsFile(parameters, self.INPUT, context)
        if not path or not os.path.isfile(path):
            raise self.fail("The field pack {0} does not exist: choose the .gpkg written by Check out.", path)
        workspace = self._workspace(parameters, context)
        try:
            result = workspace.checkin(path, feedback.reportError)
        except WorkspaceError as error:
            raise self.fail("{0}", error) from None
        feedback.pushInfo(self.tr("Checked in: {0} inserted, {1} updated, {2} deleted, {3} conflicts recorded, {4} "
                                  "unchanged.").format(result["inserted"], result["updated"], result["deleted"],
                                                       result["conflicts"], result["unchanged"]))
        return {"INSERTED": int(result["inserted"]), "UPDATED": int(result["updated"]),
                "CONFLICTS": int(result["conflicts"]), "UNCHANGED": int(result["unchanged"]),
                "DELETED": int(result["deleted"])}
