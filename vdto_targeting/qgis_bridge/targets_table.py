"""The ``targets`` table of the zones GeoPackage: designations and announcements of the targeting cycle.

Why in the zones file: the zones an analyst draws serve a target, and the announcement date a zone is judged
against belongs to that target; one file keeps them together on a field laptop. Written like the zones: no edit
buffer, every change goes through the OGR provider and is committed before the call returns.
"""
from __future__ import annotations

import datetime
import uuid
from typing import Dict, List, Optional

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsFeature,
                       QgsFields, QgsVectorFileWriter, QgsVectorLayer)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, Qt

from .. import qgis_compat as qc
from ..definitions import TARGET_EDITABLE, TARGET_FIELDS, TARGET_SCHEMA, TARGET_STATUSES

TARGETS_LAYER = "targets"
EDITABLE = list(TARGET_EDITABLE)


class TargetRefused(ValueError):
    """A target change that cannot be stored; the message names the problem and the fix."""


def tr(text: str) -> str:
    return QCoreApplication.translate("@default", text)


def target_fields() -> QgsFields:
    """The targets table's fields, from the one schema (definitions.TARGET_SCHEMA) the PostGIS workspace uses too."""
    from .zones_layer import schema_fields

    return schema_fields(TARGET_SCHEMA)


def ensure_targets_table(path: str) -> QgsVectorLayer:
    """Open the GeoPackage's targets table, adding it (empty) when the file has none; never overwrite one."""
    layer = QgsVectorLayer(f"{path}|layername={TARGETS_LAYER}", tr("Targets"), "ogr")
    if not layer.isValid():
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = TARGETS_LAYER
        options.actionOnExistingFile = qc.FILE_OVERWRITE_LAYER
        writer = QgsVectorFileWriter.create(path, target_fields(), qc.WKB_NOGEOMETRY, QgsCoordinateReferenceSystem(),
                                            QgsCoordinateTransformContext(), options)
        error, message = writer.hasError(), writer.errorMessage()
        del writer
        if error:
            raise TargetRefused(tr("Could not add the targets table to {0} ({1}): check the file is writable.")
                                .format(path, message))
        layer = QgsVectorLayer(f"{path}|layername={TARGETS_LAYER}", tr("Targets"), "ogr")
    missing = [f for f in TARGET_FIELDS if layer.fields().indexOf(f) < 0]
    if not layer.isValid() or missing:
        raise TargetRefused(tr("{0} has a 'targets' table without the fields {1}: rename that table or create a new "
                               "zones file.").format(path, ", ".join(missing)))
    _configure(layer)
    return layer


def _configure(layer: QgsVectorLayer) -> None:
    from qgis.core import QgsEditorWidgetSetup

    fields = layer.fields()
    index = fields.indexOf("status")
    statuses = [{tr(s): s} for s in TARGET_STATUSES]
    layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": statuses}))
    for name in ("designated_on", "announced_on"):
        layer.setEditorWidgetSetup(fields.indexOf(name), QgsEditorWidgetSetup(
            "DateTime", {"calendar_popup": True, "display_format": "yyyy-MM-dd", "field_format": "yyyy-MM-dd",
                         "allow_null": True}))
    form = layer.editFormConfig()
    for name in ("target_id", "created_at", "updated_at"):
        form.setReadOnly(fields.indexOf(name), True)
    layer.setEditFormConfig(form)


def _date(value) -> Optional[QDate]:
    if value is None or value == "" or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, QDate):
        return value if value.isValid() else None
    from ..core.dates import parse

    parsed = parse(value)   # the plugin's date grammar: ISO, or day-first "03/04/2020" (3 April)
    if parsed is None or parsed.resolution != "day":
        raise TargetRefused(tr("'{0}' is not a date: write it as YYYY-MM-DD or DD/MM/YYYY.").format(value))
    return QDate(parsed.year, parsed.month, parsed.day)


class TargetStore:
    """Designates, announces and closes targets; every change is on disk when the call returns."""

    def __init__(self, layer: QgsVectorLayer) -> None:
        self.layer = layer

    @classmethod
    def open(cls, path: str) -> "TargetStore":
        return cls(ensure_targets_table(path))

    def rows(self) -> List[Dict[str, object]]:
        names = self.layer.fields().names()
        out = []
        for feature in self.layer.dataProvider().getFeatures():
            row = {}
            for name in names:
                value = feature[name]
                if hasattr(value, "isNull") and value.isNull():
                    value = None
                elif isinstance(value, (QDate, QDateTime)):
                    value = value.toString(Qt.DateFormat.ISODate)
                row[name] = value
            row["fid"] = int(feature.id())
            out.append(row)
        return out

    def designated(self) -> List[str]:
        """Organisations currently designated or announced (left out of "next most violent")."""
        active = ("designated", "announced")
        return [str(r["organisation"]) for r in self.rows() if r["organisation"] and r["status"] in active]

    def add(self, values: Dict[str, object]) -> str:
        values = {k: v for k, v in values.items() if k in EDITABLE and v not in (None, "")}
        if not values.get("organisation") and not values.get("region"):
            raise TargetRefused(tr("A target needs an organisation or a region: choose one in the ranking."))
        values.setdefault("status", "designated")
        if values["status"] in ("designated", "announced") and not values.get("designated_on"):
            values["designated_on"] = datetime.date.today().isoformat()
        self._check(values)
        now = QDateTime.currentDateTimeUtc()
        target_id = "T-" + uuid.uuid4().hex[:8].upper()
        feature = QgsFeature(self.layer.fields())
        feature.setAttribute("target_id", target_id)
        feature.setAttribute("created_at", now)
        feature.setAttribute("updated_at", now)
        for key, value in values.items():
            feature.setAttribute(key, _date(value) if key.endswith("_on") else value)
        ok, _added = self.layer.dataProvider().addFeatures([feature])
        if not ok:
            raise TargetRefused(tr("The targets table could not be written ({0}): check the zones file is not "
                                   "read-only or locked.").format(self.layer.dataProvider().lastError()))
        self.layer.dataChanged.emit()
        return target_id

    def update(self, target_id: str, values: Dict[str, object]) -> None:
        match = [r for r in self.rows() if r["target_id"] == target_id]
        if not match:
            raise TargetRefused(tr("No target has the id {0}: refresh the targets list.").format(target_id))
        values = {k: v for k, v in values.items() if k in EDITABLE and v is not None}
        if values.get("status") == "announced" and not values.get("announced_on") and not match[0]["announced_on"]:
            values["announced_on"] = datetime.date.today().isoformat()
        self._check(dict(match[0], **values))
        fields = self.layer.fields()
        changes = {fields.indexOf(k): (_date(v) if k.endswith("_on") else v) for k, v in values.items()}
        changes[fields.indexOf("updated_at")] = QDateTime.currentDateTimeUtc()
        if not self.layer.dataProvider().changeAttributeValues({match[0]["fid"]: changes}):
            raise TargetRefused(tr("The target could not be saved: check the zones file is writable."))
        self.layer.dataChanged.emit()

    def _check(self, values: Dict[str, object]) -> None:
        status = values.get("status")
        if status not in TARGET_STATUSES:
            raise TargetRefused(tr("Unknown target status '{0}': use one of {1}.")
                                .format(status, ", ".join(TARGET_STATUSES)))
        designated, announced = _date(values.get("designated_on")), _date(values.get("announced_on"))
        if designated is not None and announced is not None and announced < designated:
            raise TargetRefused(tr("The announcement ({0}) comes before the designation ({1}): correct the dates.")
                                .format(announced.toString(Qt.DateFormat.ISODate),
                                        designated.toString(Qt.DateFormat.ISODate)))
