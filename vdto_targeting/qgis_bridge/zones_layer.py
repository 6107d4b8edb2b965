"""The zones GeoPackage: fixed schema, configured form, and edits that reach the disk at once.

An analyst's zones are argued over for weeks; a crash must not cost one of them.  So there are no memory layers and
no edit buffers: every add, update and delete goes straight through the OGR provider, which wraps each call in a
SQLite transaction and commits it before returning (GeoPackage = SQLite, so a committed zone survives SIGKILL).
"""
from __future__ import annotations

import uuid
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCoordinateTransformContext,
                       QgsDefaultValue, QgsEditorWidgetSetup, QgsFeature, QgsFeatureRequest, QgsField, QgsFields,
                       QgsGeometry, QgsProject, QgsVectorFileWriter, QgsVectorLayer)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt

from ..qgis_compat import (FIELD_TYPE_DATE as T_DATE, FIELD_TYPE_DATETIME as T_DATETIME, FIELD_TYPE_INT as T_INT,
                           FIELD_TYPE_STRING as T_STRING)

from .. import qgis_compat as qc
from ..definitions import MEXICO_METRIC_CRS, ZONE_BASES, ZONE_EDITABLE, ZONE_FIELDS, ZONE_SCHEMA, ZONE_STATUSES
from ..i18n import tr
from ..paths import style_path
from .crs import transform_to

LAYER_NAME = "zones"
#: Mexico's extent in EPSG:4326 with a margin for territorial waters: a zone beyond it was drawn in the wrong place.
MEXICO_BOUNDS = (-119.0, 14.0, -86.0, 33.3)

#: QGIS field type of each field kind of ``definitions.ZONE_SCHEMA`` / ``TARGET_SCHEMA`` (the PostGIS workspace maps
#: the same kinds to its column types in workspace_sql.py).
QGIS_TYPES = {"text": T_STRING, "integer": T_INT, "date": T_DATE, "datetime": T_DATETIME}
_TYPES = {name: QGIS_TYPES[kind] for name, kind in ZONE_SCHEMA.items()}
#: Fields the analyst may set; the rest the store maintains.
EDITABLE = list(ZONE_EDITABLE)


def schema_fields(schema) -> QgsFields:
    """QgsFields of a schema of definitions.py (name → kind), in its order."""
    fields = QgsFields()
    for name, kind in schema.items():
        fields.append(QgsField(name, QGIS_TYPES[kind]))
    return fields


class ZoneRefused(ValueError):
    """A zone that cannot be stored; the message names the problem and the fix."""


def zone_fields() -> QgsFields:
    return schema_fields(ZONE_SCHEMA)


# ------------------------------------------------------------------------------------------ create / open
def create_zones_gpkg(path: str, crs: str = MEXICO_METRIC_CRS) -> QgsVectorLayer:
    """Create the zones GeoPackage (or open it if it already holds a zones layer) and return the configured layer."""
    target = Path(path)
    if target.suffix.lower() != ".gpkg":
        raise ZoneRefused(tr("The zones file {0} is not a GeoPackage: choose a path ending in .gpkg.").format(path))
    if target.exists():
        layer = open_zones_layer(path)
        _with_targets(path)
        return layer
    if not target.parent.exists() or not _writable(target.parent):
        raise ZoneRefused(tr("Cannot write the zones file in {0}: choose a folder you can write to.")
                          .format(target.parent))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = LAYER_NAME
    writer = QgsVectorFileWriter.create(str(target), zone_fields(), qc.WKB_MULTIPOLYGON,
                                        QgsCoordinateReferenceSystem(crs), QgsCoordinateTransformContext(), options)
    error = writer.hasError()
    message = writer.errorMessage()
    del writer
    if error:
        if target.exists():
            target.unlink()
        raise ZoneRefused(tr("Could not create the zones file {0} ({1}): choose another folder.").format(path, message))
    layer = open_zones_layer(path)
    _with_targets(path)
    return layer


def _with_targets(path: str) -> None:
    """The targets table of the cycle lives beside the zones (added to older zones files on first open)."""
    from .targets_table import TargetRefused, ensure_targets_table

    try:
        ensure_targets_table(path)
    except TargetRefused as error:
        raise ZoneRefused(str(error)) from None


def _writable(folder: Path) -> bool:
    import os

    return os.access(str(folder), os.W_OK)


def open_zones_layer(path: str, name: str = "") -> QgsVectorLayer:
    """Open an existing zones GeoPackage, check its schema and configure its form and style."""
    if not Path(path).exists():
        raise ZoneRefused(tr("The zones file {0} does not exist: create it first.").format(path))
    layer = QgsVectorLayer(f"{path}|layername={LAYER_NAME}", name or tr("Enforcement zones"), "ogr")
    if not layer.isValid():
        raise ZoneRefused(tr("{0} has no readable 'zones' layer: create a new zones file.").format(path))
    missing = [f for f in ZONE_FIELDS if layer.fields().indexOf(f) < 0]
    if missing or layer.geometryType() != qc.GEOMETRY_POLYGON:
        raise ZoneRefused(tr("{0} is not a zones layer (missing fields: {1}): create a new zones file.")
                          .format(path, ", ".join(missing) or tr("polygon geometry")))
    configure_form(layer)
    qml = style_path("zones.qml")
    if qml.exists():
        layer.loadNamedStyle(str(qml), categories=style_categories())
    return layer


def style_categories():
    """The parts of zones.qml applied to a zones layer: symbology and labels, never the form (configure_form's)."""
    from qgis.core import QgsMapLayer

    return QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling  # scoped since QGIS 3.4


def configure_form(layer: QgsVectorLayer) -> None:
    """Value maps for status and basis, calendar pickers for dates, read-only bookkeeping fields."""
    fields = layer.fields()

    def setup(name: str, kind: str, config: dict) -> None:
        index = fields.indexOf(name)
        if index >= 0:
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup(kind, config))

    setup("status", "ValueMap", {"map": [{tr(s): s} for s in ZONE_STATUSES]})
    setup("basis", "ValueMap", {"map": [{tr("VDTO (organisation)"): "vdto"}, {tr("Region"): "region"}]})
    for name in ("start_date", "end_date"):
        setup(name, "DateTime", {"calendar_popup": True, "display_format": "yyyy-MM-dd",
                                 "field_format": "yyyy-MM-dd", "allow_null": True})
    for name in ("created_at", "updated_at"):
        setup(name, "DateTime", {"calendar_popup": False, "display_format": "yyyy-MM-dd HH:mm:ss",
                                 "field_format": "yyyy-MM-ddTHH:mm:ss", "allow_null": True})
    setup("priority", "Range", {"Min": 1, "Max": 5, "Step": 1, "Style": "SpinBox", "AllowNull": True})
    setup("notes", "TextEdit", {"IsMultiline": True})
    form = layer.editFormConfig()
    for name in ("zone_id", "created_at", "updated_at"):
        index = fields.indexOf(name)
        if index >= 0:
            form.setReadOnly(index, True)
    layer.setEditFormConfig(form)
    index = fields.indexOf("status")
    if index >= 0:
        layer.setDefaultValueDefinition(index, QgsDefaultValue("'proposed'"))
    for name in ("name", "status", "basis"):
        index = fields.indexOf(name)
        if index >= 0:
            layer.setFieldConstraint(index, _not_null())


def _not_null():
    from qgis.core import QgsFieldConstraints

    enum = getattr(QgsFieldConstraints, "Constraint", QgsFieldConstraints)
    return enum.ConstraintNotNull


# ---------------------------------------------------------------------------------------------- the store
class ZoneStore:
    """Adds, updates and deletes zones of one zones layer, each change committed to the GeoPackage on return."""

    def __init__(self, layer: QgsVectorLayer) -> None:
        self.layer = layer

    # -- validation --------------------------------------------------------------------------------------
    def clean_geometry(self, geometry: QgsGeometry, crs: Optional[QgsCoordinateReferenceSystem] = None
                       ) -> Tuple[QgsGeometry, str]:
        """Reproject to the layer's CRS, repair or refuse self-intersections, refuse zones outside Mexico.

        Returns the multipolygon to store and the verdict (``valid`` or ``repaired``) so the caller can say which.
        """
        from ..core.zones import repair_polygon
        from shapely import wkb

        if geometry is None or geometry.isNull() or geometry.isEmpty():
            raise ZoneRefused(tr("The zone has no geometry: draw at least three points."))
        geometry = QgsGeometry(geometry)
        if crs is not None and crs.isValid() and crs != self.layer.crs():
            geometry.transform(QgsCoordinateTransform(crs, self.layer.crs(), QgsProject.instance()))
        if geometry.type() != qc.GEOMETRY_POLYGON:
            raise ZoneRefused(tr("A zone must be a polygon, not a point or a line: draw an area or use a buffer."))
        shape, verdict = repair_polygon(wkb.loads(bytes(geometry.asWkb())))
        if shape is None:
            raise ZoneRefused(tr("The zone's outline crosses itself so that it encloses no area and cannot be "
                                 "repaired: redraw it without crossing lines."))
        fixed = geometry_from_shape(shape)
        fixed.convertToMultiType()
        self._check_in_mexico(fixed)
        return fixed, verdict

    def _check_in_mexico(self, geometry: QgsGeometry) -> None:
        box = QgsGeometry(geometry)
        box.transform(QgsCoordinateTransform(self.layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"),
                                             QgsProject.instance()))
        rect = box.boundingBox()
        west, south, east, north = MEXICO_BOUNDS
        if rect.xMaximum() < west or rect.xMinimum() > east or rect.yMaximum() < south or rect.yMinimum() > north:
            raise ZoneRefused(tr("The zone lies outside Mexico (centre {0:.3f}, {1:.3f} in degrees): check the map's "
                                 "CRS and draw the zone over Mexican territory.")
                              .format(rect.center().x(), rect.center().y()))

    # -- writes --------------------------------------------------------------------------------------------
    def path(self) -> str:
        return self.layer.dataProvider().dataSourceUri().split("|")[0]

    def check_unlocked(self, wait_s: float = 2.0) -> None:
        """Refuse within seconds when another program holds the GeoPackage's write lock.

        OGR would wait 30 s and then fail with an SQLite message; the analyst deserves a sentence and a fix.
        """
        import sqlite3

        connection = None
        try:
            connection = sqlite3.connect(self.path(), timeout=wait_s)
            connection.execute("BEGIN IMMEDIATE")
            connection.rollback()
        except sqlite3.Error as error:
            raise ZoneRefused(tr("The zones file {0} is locked by another program ({1}): close it there, or wait "
                                 "for it to finish, and try again.").format(self.path(), error)) from error
        finally:
            if connection is not None:
                connection.close()

    def add_zone(self, geometry: QgsGeometry, attributes: Optional[Dict[str, object]] = None,
                 crs: Optional[QgsCoordinateReferenceSystem] = None) -> Tuple[int, str]:
        """Store a new zone; returns ``(fid, verdict)``. Committed to disk before returning."""
        fixed, verdict = self.clean_geometry(geometry, crs)
        self.check_unlocked()
        now = QDateTime.currentDateTimeUtc()
        values: Dict[str, object] = {"zone_id": self.new_zone_id(), "status": "proposed", "basis": "region",
                                     "priority": 3, "created_at": now, "updated_at": now}
        values.update({k: v for k, v in (attributes or {}).items() if k in EDITABLE})
        if not values.get("name"):
            values["name"] = tr("Zone {0}").format(self.layer.featureCount() + 1)
        self._check_values(values)
        feature = QgsFeature(self.layer.fields())
        feature.setGeometry(fixed)
        for key, value in values.items():
            feature.setAttribute(key, qt_value(key, value))
        ok, added = self.layer.dataProvider().addFeatures([feature])
        if not ok or not added:
            raise ZoneRefused(tr("The zones file could not be written ({0}): check it is not open read-only or "
                                 "locked by another program.").format(self.layer.dataProvider().lastError()))
        self._changed()
        return int(added[0].id()), verdict

    def update_zone(self, fid: int, geometry: Optional[QgsGeometry] = None,
                    attributes: Optional[Dict[str, object]] = None,
                    crs: Optional[QgsCoordinateReferenceSystem] = None) -> str:
        """Change a zone's outline and/or attributes; ``updated_at`` moves. Returns the geometry verdict."""
        provider = self.layer.dataProvider()
        verdict = "unchanged"
        if self.feature(fid) is None:
            raise ZoneRefused(tr("Zone {0} no longer exists: refresh the zones list.").format(fid))
        self.check_unlocked()
        if geometry is not None:
            fixed, verdict = self.clean_geometry(geometry, crs)
            if not provider.changeGeometryValues({fid: fixed}):
                raise ZoneRefused(tr("The zone's outline could not be saved: check the zones file is writable."))
        values = {k: v for k, v in (attributes or {}).items() if k in EDITABLE}
        self._check_values(values)
        values["updated_at"] = QDateTime.currentDateTimeUtc()
        fields = self.layer.fields()
        changes = {fields.indexOf(k): qt_value(k, v) for k, v in values.items()}
        if not provider.changeAttributeValues({fid: changes}):
            raise ZoneRefused(tr("The zone's attributes could not be saved: check the zones file is writable."))
        self._changed()
        return verdict

    def delete_zone(self, fid: int) -> QgsFeature:
        """Delete a zone and return it (geometry and attributes) so the caller can undo."""
        feature = self.feature(fid)
        if feature is None:
            raise ZoneRefused(tr("Zone {0} no longer exists: refresh the zones list.").format(fid))
        self.check_unlocked()
        if not self.layer.dataProvider().deleteFeatures([fid]):
            raise ZoneRefused(tr("The zone could not be deleted: check the zones file is writable."))
        self._changed()
        return feature

    def restore_zone(self, feature: QgsFeature) -> int:
        """Put a deleted zone back as it was (same zone_id and timestamps): the undo of :meth:`delete_zone`."""
        self.check_unlocked()
        copy = QgsFeature(self.layer.fields())
        copy.setGeometry(feature.geometry())
        copy.setAttributes(feature.attributes())
        ok, added = self.layer.dataProvider().addFeatures([copy])
        if not ok or not added:
            raise ZoneRefused(tr("The zone could not be restored: check the zones file is writable."))
        self._changed()
        return int(added[0].id())

    # -- reads -------------------------------------------------------------------------------------------------
    def feature(self, fid: int) -> Optional[QgsFeature]:
        feature = QgsFeature()
        if self.layer.dataProvider().getFeatures(QgsFeatureRequest(fid)).nextFeature(feature) and feature.isValid():
            return feature
        return None

    def features(self) -> List[QgsFeature]:
        return list(self.layer.dataProvider().getFeatures())

    def new_zone_id(self) -> str:
        """Short, unique and stable across copies of the file (merging two analysts' files keeps ids distinct)."""
        return "Z-" + uuid.uuid4().hex[:8].upper()

    # -- helpers -------------------------------------------------------------------------------------------------
    def _check_values(self, values: Dict[str, object]) -> None:
        status = values.get("status")
        if status is not None and status not in ZONE_STATUSES:
            raise ZoneRefused(tr("Unknown zone status '{0}': use one of {1}.").format(status, ", ".join(ZONE_STATUSES)))
        basis = values.get("basis")
        if basis is not None and basis not in ZONE_BASES:
            raise ZoneRefused(tr("Unknown zone basis '{0}': use one of {1}.").format(basis, ", ".join(ZONE_BASES)))
        start, end = _as_qdate(values.get("start_date")), _as_qdate(values.get("end_date"))
        if start is not None and end is not None and end < start:
            raise ZoneRefused(tr("The zone ends ({0}) before it starts ({1}): correct the dates.")
                              .format(end.toString(Qt.DateFormat.ISODate), start.toString(Qt.DateFormat.ISODate)))

    def _changed(self) -> None:
        self.layer.updateExtents()
        self.layer.triggerRepaint()
        self.layer.dataChanged.emit()


def _as_qdate(value) -> Optional[QDate]:
    if value is None or value == "":
        return None
    if isinstance(value, QDate):
        return value if value.isValid() else None
    if isinstance(value, QDateTime):
        return value.date()
    from ..core.dates import parse

    # the plugin's date grammar: "03/04/2020" is 3 April; a month ("2020-04") starts on its first day; a bare year
    # does not say when a zone started or ended, so it is not taken as 1 January
    parsed = parse(value)
    if parsed is None or not parsed.month:
        return None
    return QDate(parsed.first.year, parsed.first.month, parsed.first.day)


def qt_value(key: str, value):
    """A zones field value as the layer stores it: the start and end dates as QDate under the plugin's date grammar
    (None when the text gives no day or month); other fields unchanged. Shared with the PostGIS workspace, which
    writes the same value."""
    if key in ("start_date", "end_date"):
        date = _as_qdate(value)
        return date if date is not None else None
    return value


def zones_as_shapes(layer: QgsVectorLayer, features: Optional[Iterable[QgsFeature]] = None,
                    crs: str = MEXICO_METRIC_CRS):
    """Zones as shapely polygons in ``crs`` (metres): ``(fids, names, shapes, repaired)`` for the core."""
    from shapely import wkb

    from ..core.zones import repair_polygon

    transform = transform_to(layer, crs)
    fids, names, shapes, repaired = [], [], [], []
    for feature in features if features is not None else features_of(layer):
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            continue
        if transform is not None:
            geometry.transform(transform)
        shape, verdict = repair_polygon(wkb.loads(bytes(geometry.asWkb())))
        if shape is None:
            continue
        fids.append(int(feature.id()))
        index = feature.fields().indexOf("name")
        name = feature.attribute(index) if index >= 0 else None
        names.append(str(name) if name not in (None, "") and not _is_null(name) else f"#{feature.id()}")
        shapes.append(shape)
        repaired.append(verdict == "repaired")
    return fids, names, shapes, repaired


def geometry_from_shape(shape) -> QgsGeometry:
    """QgsGeometry from a shapely geometry (``fromWkb`` is an instance method on QGIS 3.22)."""
    geometry = QgsGeometry()
    geometry.fromWkb(shape.wkb)
    return geometry


def _is_null(value) -> bool:
    return hasattr(value, "isNull") and value.isNull()


# ------------------------------------------------------------------------------------------ study area
def features_of(source, request: Optional[QgsFeatureRequest] = None):
    """Features of a layer or Processing source, invalid outlines included: the plugin repairs them and says so
    (Processing's default check would stop at the first bow-tie with a message about settings instead)."""
    from qgis.core import QgsProcessingFeatureSource

    request = request or QgsFeatureRequest()
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, qc.SOURCE_SKIP_GEOMETRY_VALIDATION)
    return source.getFeatures(request)


def _shape(feature, transform):
    from shapely import wkb

    geometry = feature.geometry()
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    geometry = QgsGeometry(geometry)
    if transform is not None:
        geometry.transform(transform)
    return wkb.loads(bytes(geometry.asWkb()))


def load_study_area(events, municipalities, deaths_field: str = "", population_field: str = "",
                    org_fields: Iterable[str] = (), corridors=None, ports=None, crs: str = MEXICO_METRIC_CRS,
                    query=None, events_layer=None, events_definition=None):
    """Read QGIS sources (layers or Processing sources) into a :class:`core.zones.StudyArea` in metres.

    Events go through the one events reader (``qgis_bridge/events.py``): precise ones are points; those known only
    to a municipality or a state are spread over it (``query``: precision field, state option) and zones take them
    by area of overlap; coarser ones stay out. The reader's table is kept as ``study.events_table`` so callers can
    state the counts. Non-numeric or negative deaths or population values raise ``ValueError`` naming the field.
    ``events_layer``/``events_definition`` (the layer behind a Processing source and its parameter value) let a
    plain GeoPackage be read through GDAL's Arrow stream. The analysis period is the query's ``start``/``end``
    (with its ``date_field``): the reader keeps the period's events only, and ``study.events_table.period_bounds()``
    is the period the figures cover.
    """
    import numpy as np

    from ..core.zones import StudyArea
    from ..definitions import PRECISION_POINT
    from .events import EventQuery, read_events, read_municipalities

    org_fields = [f for f in org_fields if f]
    target = QgsCoordinateReferenceSystem(crs)
    query = query if query is not None else EventQuery()
    query.deaths_field = deaths_field or ""
    query.actor_fields = list(org_fields)
    table = read_events(events, target, query, layer=events_layer, definition=events_definition)
    if deaths_field and (table.bad_weight or table.negative_weight):
        raise ValueError(deaths_field)
    munis = read_municipalities(municipalities, target, population_field=population_field, require_codes=False)
    pops = np.asarray(munis.population if population_field else np.zeros(len(munis.geoms)), dtype=float)
    if population_field and np.isnan(pops).any():
        raise ValueError(population_field)
    if table.has_spread():
        if any(munis.codes):
            table.place(munis)
        else:
            table.leave_spread_out()
    frame = table.frame
    points = (table.handled == PRECISION_POINT).astype(bool)
    x, y = frame["x"].to_numpy(float)[points], frame["y"].to_numpy(float)[points]
    deaths = frame["deaths"].to_numpy(float)[points]
    orgs = None
    if org_fields:
        rows = frame.loc[points, org_fields].itertuples(index=False, name=None)
        orgs = [[str(v) for v in row if v is not None and str(v) != "NULL"] for row in rows]
    spread_events = spread_deaths = None
    by_organisation = None
    if table.placement is not None:
        spread_events = table.spread_per_municipality(np.ones(len(frame)))
        spread_deaths = table.spread_per_municipality()
        if org_fields:
            by_organisation = _spread_by_organisation(table, org_fields)
    lines, points_of_ports = [], []
    if corridors is not None:
        transform = transform_to(corridors, crs)
        lines = [s for s in (_shape(f, transform) for f in features_of(corridors)) if s is not None]
    if ports is not None:
        transform = transform_to(ports, crs)
        points_of_ports = [s for s in (_shape(f, transform) for f in features_of(ports)) if s is not None]
    study = StudyArea.build(x, y, munis.geoms, deaths=deaths if deaths_field else None, organisations=orgs,
                            muni_population=pops if population_field else None, corridors=lines,
                            ports=points_of_ports, spread_events=spread_events,
                            spread_deaths=spread_deaths if deaths_field else None,
                            spread_organisations=by_organisation)
    study.events_table = table
    return study


def _spread_by_organisation(table, org_fields):
    """``{organisation: (events, deaths) per municipality}`` of the spread events each organisation takes part in
    (names cleaned as ``core.zones.encode_organisations`` cleans them)."""
    import numpy as np

    from ..definitions import PRECISION_MUNICIPALITY, PRECISION_STATE

    frame = table.frame
    spread = np.isin(table.handled, (PRECISION_MUNICIPALITY, PRECISION_STATE))
    involved = {}
    for row, values in zip(np.flatnonzero(spread), frame.loc[spread, org_fields].itertuples(index=False, name=None)):
        for value in values:
            text = "" if value is None else str(value).strip()
            if text and text.upper() != "NULL":
                involved.setdefault(text, set()).add(int(row))
    deaths = frame["deaths"].to_numpy(float)
    result = {}
    for name in sorted(involved):
        mask = np.zeros(len(frame))
        mask[sorted(involved[name])] = 1.0
        result[name] = (table.spread_per_municipality(mask), table.spread_per_municipality(mask * deaths))
    return result
