"""``vdto:territories`` — each top organisation's area of operation, from a kernel surface of its attributed events.

Reuses the violence-surface engine (``core.kde.density_grid``) so a territory and the violence surface of
``vdto:violencesurface`` mean the same thing by "density".
"""
from __future__ import annotations

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterNumber)

from ..definitions import DEFAULT_TERRITORY_SHARE, MEXICO_METRIC_CRS, PERIOD_END_FIELD, PERIOD_START_FIELD
from ..qgis_compat import (NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_POINT, SOURCE_POLYGON, TYPE_DOUBLE, TYPE_INT,
                           TYPE_STRING, WKB_MULTIPOLYGON)
from .base import VdtoAlgorithm
from .vdtos import EventOptions, _pick_field, _value, add_event_parameters, fields_of, load_events, write_rows

MAX_CELLS = 25_000_000
TERRITORY_FIELDS = [
    ("organisation", TYPE_STRING), ("rank", TYPE_INT), ("deaths", TYPE_DOUBLE), ("events", TYPE_INT),
    ("share", TYPE_DOUBLE), ("captured", TYPE_DOUBLE), ("area_km2", TYPE_DOUBLE), ("n_munis", TYPE_INT),
    ("munis", TYPE_STRING), ("radius_m", TYPE_DOUBLE), ("pixel_m", TYPE_DOUBLE), ("weight", TYPE_STRING),
    ("attribution", TYPE_STRING), ("period", TYPE_STRING), (PERIOD_START_FIELD, TYPE_STRING),
    (PERIOD_END_FIELD, TYPE_STRING),
]


def to_qgs(shape) -> QgsGeometry:
    """Shapely → QgsGeometry (through WKB, which both shapely 1.8 and 2.x write)."""
    geometry = QgsGeometry()
    geometry.fromWkb(shape.wkb)
    return geometry


def to_shapely(geometry: QgsGeometry):
    from shapely import wkb

    return wkb.loads(bytes(geometry.asWkb()))


def read_polygons(alg, source, context, key_candidates: list):
    """(keys, shapely polygons in EPSG:6372) of a polygon source; key from the first candidate field present."""
    key_field = _pick_field(source.fields().names(), key_candidates)
    transform = QgsCoordinateTransform(source.sourceCrs(), QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS),
                                       context.transformContext())
    keys, shapes = [], []
    for feature in source.getFeatures():
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        geometry.transform(transform)
        keys.append(str(_value(feature[key_field])) if key_field else str(feature.id()))
        shapes.append(to_shapely(geometry))
    return keys, shapes


def store_style(outputs, destination: str, qml_name: str) -> None:
    """Packaged style stored in the GeoPackage before the commit (``OutputTransaction``), renamed in with the data."""
    from ..paths import style_path
    from ..qgis_bridge.polygons import save_style_in_geopackage

    save_style_in_geopackage(outputs.pending(destination), str(style_path(qml_name)))


def style_on_load(context, destination: str, qml_name: str) -> None:
    """The same style applied when Processing loads the committed layer."""
    from ..paths import style_path
    from ..qgis_bridge.polygons import style_on_completion

    style_on_completion(context, destination, str(style_path(qml_name)))


def covered_municipalities(territory, keys: list, shapes: list) -> list:
    """Municipalities at least half inside the territory, or holding at least a tenth of it."""
    if territory.is_empty:
        return []
    out = []
    tx0, ty0, tx1, ty1 = territory.bounds
    for key, shape in zip(keys, shapes):
        x0, y0, x1, y1 = shape.bounds
        if x1 < tx0 or x0 > tx1 or y1 < ty0 or y0 > ty1:
            continue
        overlap = territory.intersection(shape).area
        if overlap >= 0.5 * shape.area or overlap >= 0.1 * territory.area:
            out.append(key)
    return sorted(out)


class TerritoriesAlgorithm(VdtoAlgorithm, EventOptions):
    """Area of operation per organisation: the smallest area holding a share of its kernel density."""

    NAME = "territories"
    DISPLAY = "Territories of the top organisations"
    GROUP = "vdtos"
    HELP = ("For each of the top organisations (ranked as in vdto:rankvdtos), a kernel density surface of its "
            "attributed events (same engine as vdto:violencesurface, metres in EPSG:6372) is turned into an area of "
            "operation: the smallest set of cells holding the chosen share (default 80%) of its density. Weight each "
            "event by 1 or by its attributed deaths. Organisations with fewer events than the minimum are skipped "
            "and named in the log. With municipalities, each territory lists the municipalities it covers (at least "
            "half inside, or holding at least a tenth of the territory).")
    INPUT = "INPUT"
    TOP_N = "TOP_N"
    SHARE = "SHARE"
    PIXEL_SIZE = "PIXEL_SIZE"
    RADIUS = "RADIUS"
    WEIGHT = "WEIGHT"
    MIN_EVENTS = "MIN_EVENTS"
    MUNICIPALITIES = "MUNICIPALITIES"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Events (UCDP GED or ACLED)"),
                                                              [SOURCE_POINT]))
        add_event_parameters(self, self.INPUT)
        self.addParameter(QgsProcessingParameterNumber(self.TOP_N, self.tr("Number of top organisations"),
                                                       type=NUMBER_INTEGER, defaultValue=5, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            self.SHARE, self.tr("Share of the density the area of operation holds"), type=NUMBER_DOUBLE,
            defaultValue=DEFAULT_TERRITORY_SHARE, minValue=0.05, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(self.PIXEL_SIZE, self.tr("Cell size (metres)"),
                                                       type=NUMBER_DOUBLE, defaultValue=5000.0, minValue=100.0))
        self.addParameter(QgsProcessingParameterNumber(self.RADIUS, self.tr("Kernel radius (metres)"),
                                                       type=NUMBER_DOUBLE, defaultValue=25000.0, minValue=500.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.WEIGHT, self.tr("Weight of each event"),
            options=[self.tr("One per event"), self.tr("Attributed deaths")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_EVENTS, self.tr("Minimum events for a territory"), type=NUMBER_INTEGER, defaultValue=3,
            minValue=1))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.MUNICIPALITIES, self.tr("Municipalities (optional, field cvegeo)"), [SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Territories"), SOURCE_POLYGON))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..qgis_bridge.outputs import OutputTransaction

        with OutputTransaction(self, parameters, context, feedback) as outputs:
            outputs.check(self.OUTPUT)
            return self._process(parameters, context, feedback, outputs)

    def _process(self, parameters, context, feedback, outputs):
        import numpy as np

        from ..core.attribution import org_event_weights, rank

        data = load_events(self, parameters, context, feedback, require_location=True)
        top_n = self.parameterAsInt(parameters, self.TOP_N, context)
        share = self.parameterAsDouble(parameters, self.SHARE, context)
        pixel = self.parameterAsDouble(parameters, self.PIXEL_SIZE, context)
        radius = self.parameterAsDouble(parameters, self.RADIUS, context)
        by_deaths = self.parameterAsEnum(parameters, self.WEIGHT, context) == 1
        min_events = self.parameterAsInt(parameters, self.MIN_EVENTS, context)
        table = rank(data.frame, data.attributed)
        if table.empty:
            raise self.fail("No drug-trafficking organisation takes part in the chosen events: check the actor "
                            "fields and the alias table.")
        chosen = table.head(top_n)
        located = np.isfinite(data.frame["x"].to_numpy()) & np.isfinite(data.frame["y"].to_numpy())
        few = chosen[chosen["events"] < min_events]
        if len(few):
            feedback.pushWarning(self.tr("Skipped (fewer than {0} events, too few for a territory): {1}.").format(
                min_events, ", ".join(f"{r.organisation} ({int(r.events)})" for r in few.itertuples())))
        chosen = chosen[chosen["events"] >= min_events]
        if chosen.empty:
            raise self.fail("Every chosen organisation has fewer than {0} events, too few to draw a territory: lower "
                            "'Minimum events', widen the period or raise the number of organisations.", min_events)
        muni_keys, muni_shapes = [], []
        munis = self.parameterAsSource(parameters, self.MUNICIPALITIES, context)
        if munis is not None:
            muni_keys, muni_shapes = read_polygons(self, munis, context, ["cvegeo", "CVEGEO", "cve_mun"])
        results = self._territories(data, chosen, located, pixel, radius, share, by_deaths, feedback,
                                    org_event_weights, muni_keys, muni_shapes)
        if feedback.isCanceled():
            return {}
        fields = fields_of(TERRITORY_FIELDS)
        sink, dest = outputs.sink(self.OUTPUT, fields, WKB_MULTIPOLYGON,
                                  QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS))
        complete = write_rows(sink, fields, results, feedback)
        del sink
        if not complete:
            return {}
        store_style(outputs, dest, "territories.qml")
        outputs.commit()
        style_on_load(context, dest, "territories.qml")
        feedback.setProgress(100)
        return {self.OUTPUT: dest, "TERRITORIES": len(results)}

    def _territories(self, data, chosen, located, pixel, radius, share, by_deaths, feedback, weights_of,
                     muni_keys, muni_shapes) -> list:
        from shapely.geometry import MultiPolygon

        from ..core.grid import Grid
        from ..core.kde import density_grid
        from ..core.territory import area_of_operation

        frame = data.frame
        rows = []
        for i, org in enumerate(chosen.itertuples(index=False)):
            if feedback.isCanceled():
                return rows
            feedback.setProgress(50 + 45 * i / max(len(chosen), 1))
            attributed = weights_of(data.attributed, org.organisation, len(frame))
            take = (attributed > 0) & located
            x, y = frame["x"].to_numpy()[take], frame["y"].to_numpy()[take]
            if x.size == 0:
                feedback.pushWarning(self.tr("{0}: no located events, no territory.").format(org.organisation))
                continue
            w = attributed[take] if by_deaths else None
            grid = Grid.covering(x.min(), y.min(), x.max(), y.max(), pixel, margin=radius + pixel)
            if grid.n_cells > MAX_CELLS:
                raise self.fail("A {0} m cell gives {1:,} cells for {2}, more than the {3:,} this tool handles: "
                                "raise 'Cell size'.", pixel, grid.n_cells, org.organisation, MAX_CELLS)
            density = density_grid(x, y, w, grid, radius)
            shape, area, captured, _ = area_of_operation(density, grid, share)
            if shape.geom_type == "Polygon":
                shape = MultiPolygon([shape])
            covered = covered_municipalities(shape, muni_keys, muni_shapes) if muni_keys else []
            rows.append({"organisation": org.organisation, "rank": int(org.rank), "deaths": float(org.deaths),
                         "events": int(org.events), "share": share, "captured": captured, "area_km2": area,
                         "n_munis": len(covered) if muni_keys else None, "munis": ",".join(covered),
                         "radius_m": radius, "pixel_m": pixel,
                         "weight": self.tr("attributed deaths") if by_deaths else self.tr("events"),
                         "attribution": data.rule_text, "period": f"{data.start} – {data.end}",
                         **data.period_values(),
                         "__geometry__": to_qgs(shape)})
        return rows
