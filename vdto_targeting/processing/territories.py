"""``vdto:territories`` — where each top organisation holds the largest share of the attributed violence.

Reuses the violence-surface engine (``core.kde.density_grid``) so a territory and the violence surface of
``vdto:violencesurface`` mean the same thing by "density"; the dominance rule, the contested margin and the fragment
filters live in ``core.territory.dominance_territories``.
"""
from __future__ import annotations

from qgis.core import (QgsCoordinateReferenceSystem, QgsGeometry,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterNumber)

from ..definitions import (DEFAULT_CONTEST_MARGIN, DEFAULT_MIN_PART_KM2, DEFAULT_MIN_PART_SHARE,
                           DEFAULT_TERRITORY_PIXEL_M, DEFAULT_TERRITORY_RADIUS_M, DEFAULT_TERRITORY_SHARE,
                           MEXICO_METRIC_CRS, PERIOD_END_FIELD, PERIOD_START_FIELD, TerritoryWeight)
from ..qgis_compat import (NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_POINT, SOURCE_POLYGON, TYPE_DOUBLE, TYPE_INT,
                           TYPE_STRING, WKB_MULTIPOLYGON)
from ..qgis_bridge.polygons import keyed_polygons
from .base import TransactionalAlgorithm
from .precision import PrecisionOptions, add_precision_outputs, add_precision_parameters
from .events import EventOptions, add_event_parameters, fields_of, load_events, write_rows

MAX_CELLS = 25_000_000
TERRITORY_FIELDS = [
    ("organisation", TYPE_STRING), ("rank", TYPE_INT), ("part", TYPE_INT), ("parts", TYPE_INT),
    ("label", TYPE_STRING), ("status", TYPE_STRING), ("deaths", TYPE_DOUBLE), ("events", TYPE_INT),
    ("share", TYPE_DOUBLE), ("captured", TYPE_DOUBLE), ("part_share", TYPE_DOUBLE), ("area_km2", TYPE_DOUBLE),
    ("contested_km2", TYPE_DOUBLE), ("contested_with", TYPE_STRING), ("margin", TYPE_DOUBLE),
    ("dropped_parts", TYPE_INT), ("dropped_km2", TYPE_DOUBLE), ("n_munis", TYPE_INT), ("munis", TYPE_STRING),
    ("radius_m", TYPE_DOUBLE), ("pixel_m", TYPE_DOUBLE), ("weight", TYPE_STRING), ("attribution", TYPE_STRING),
    ("period", TYPE_STRING), ("study_area", TYPE_STRING), ("precision", TYPE_STRING),
    (PERIOD_START_FIELD, TYPE_STRING), (PERIOD_END_FIELD, TYPE_STRING),
]
CONTESTED_FIELDS = [
    ("organisation", TYPE_STRING), ("part", TYPE_INT), ("contested_with", TYPE_STRING), ("area_km2", TYPE_DOUBLE),
    ("margin", TYPE_DOUBLE), ("period", TYPE_STRING), (PERIOD_START_FIELD, TYPE_STRING),
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


def polygonal(shape):
    """Only the polygons of a clipped shape (a clip can leave lines or points where cells touch the coast), as a
    MultiPolygon."""
    from shapely.geometry import MultiPolygon

    if shape.geom_type == "MultiPolygon":
        return shape
    if shape.geom_type == "Polygon":
        return MultiPolygon([shape])
    polygons = []
    for geometry in getattr(shape, "geoms", []):
        if geometry.geom_type == "Polygon":
            polygons.append(geometry)
        elif geometry.geom_type == "MultiPolygon":
            polygons.extend(geometry.geoms)
    return MultiPolygon(polygons)


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


class TerritoriesAlgorithm(TransactionalAlgorithm, EventOptions, PrecisionOptions):
    """Territory per organisation: contiguous core areas where it holds the largest share of attributed violence."""

    NAME = "territories"
    DISPLAY = "Territories of the top organisations"
    GROUP = "vdtos"
    HELP = ("For each of the top organisations (ranked as in vdto:rankvdtos) and the chosen period, the contiguous "
            "areas where it holds the largest share of the attributed violence. Every ranked organisation gets a "
            "kernel density surface of its attributed events (same engine as vdto:violencesurface, metres in "
            "EPSG:6372; default cell 5,000 m, radius 25,000 m; each event weighted by its attributed deaths, or 1). "
            "An organisation's core area is the smallest set of cells holding the chosen share (default 80%) of "
            "its violence in the study area; its territory is the part of that core where it is first among all "
            "organisations, plus the cells where it is one of the first two and the second is within the contest "
            "margin of the first (default 25%: second ≥ 75% of first) — those are contested and marked "
            "(contested_km2, contested_with; optional layer of contested areas). Parts are groups of touching cells "
            "clipped to the study area (the municipalities: land only, never the sea or the United States); parts "
            "smaller than the minimum area (default 500 km²) or holding less than the minimum share of the "
            "organisation's violence (default 2%) are dropped and counted (dropped_parts, dropped_km2). One feature "
            "per part, numbered from the largest; only the largest carries the label. Without municipalities the "
            "territories are not clipped and the log says so. The result is deterministic: the same inputs give "
            "the same parts.")
    INPUT = "INPUT"
    TOP_N = "TOP_N"
    SHARE = "SHARE"
    PIXEL_SIZE = "PIXEL_SIZE"
    RADIUS = "RADIUS"
    WEIGHT = "WEIGHT"
    MIN_EVENTS = "MIN_EVENTS"
    MARGIN = "MARGIN"
    MIN_AREA = "MIN_AREA"
    MIN_PART_SHARE = "MIN_PART_SHARE"
    MUNICIPALITIES = "MUNICIPALITIES"
    OUTPUT = "OUTPUT"
    OUTPUT_CONTESTED = "OUTPUT_CONTESTED"
    TRANSACTIONAL_OUTPUTS = (OUTPUT, OUTPUT_CONTESTED)  # written to temporary files, renamed in together

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Events (UCDP GED or ACLED)"),
                                                              [SOURCE_POINT]))
        add_event_parameters(self, self.INPUT)
        add_precision_parameters(self, self.INPUT, municipalities=False)
        self.addParameter(QgsProcessingParameterNumber(self.TOP_N, self.tr("Number of top organisations"),
                                                       type=NUMBER_INTEGER, defaultValue=5, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            self.SHARE, self.tr("Share of its violence an organisation's core area holds"), type=NUMBER_DOUBLE,
            defaultValue=DEFAULT_TERRITORY_SHARE, minValue=0.05, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.PIXEL_SIZE, self.tr("Cell size (metres)"), type=NUMBER_DOUBLE,
            defaultValue=DEFAULT_TERRITORY_PIXEL_M, minValue=100.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.RADIUS, self.tr("Kernel radius (metres)"), type=NUMBER_DOUBLE,
            defaultValue=DEFAULT_TERRITORY_RADIUS_M, minValue=500.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.WEIGHT, self.tr("Weight of each event"),
            options=[self.tr("One per event"), self.tr("Attributed deaths")],
            defaultValue=TerritoryWeight.DEATHS.value))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_EVENTS, self.tr("Minimum events for a territory"), type=NUMBER_INTEGER, defaultValue=3,
            minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            self.MARGIN, self.tr("Contest margin (second within this fraction of the first: contested)"),
            type=NUMBER_DOUBLE, defaultValue=DEFAULT_CONTEST_MARGIN, minValue=0.0, maxValue=0.99))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_AREA, self.tr("Minimum area of a part (km²)"), type=NUMBER_DOUBLE,
            defaultValue=DEFAULT_MIN_PART_KM2, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_PART_SHARE, self.tr("Minimum share of the organisation's violence in a part"),
            type=NUMBER_DOUBLE, defaultValue=DEFAULT_MIN_PART_SHARE, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.MUNICIPALITIES, self.tr("Municipalities: the study area (field cvegeo; recommended)"),
            [SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Territories"), SOURCE_POLYGON))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_CONTESTED, self.tr("Contested areas"), SOURCE_POLYGON, optional=True,
            createByDefault=False))
        add_precision_outputs(self)

    def _process(self, parameters, context, feedback, outputs):
        import numpy as np

        from ..core.attribution import rank

        self._precision_text = None
        data = load_events(self, parameters, context, feedback, require_location=True)
        top_n = self.parameterAsInt(parameters, self.TOP_N, context)
        settings = {
            "share": self.parameterAsDouble(parameters, self.SHARE, context),
            "pixel": self.parameterAsDouble(parameters, self.PIXEL_SIZE, context),
            "radius": self.parameterAsDouble(parameters, self.RADIUS, context),
            "by_deaths": self.parameterAsEnum(parameters, self.WEIGHT, context) == TerritoryWeight.DEATHS,
            "margin": self.parameterAsDouble(parameters, self.MARGIN, context),
            "min_area": self.parameterAsDouble(parameters, self.MIN_AREA, context),
            "min_part_share": self.parameterAsDouble(parameters, self.MIN_PART_SHARE, context),
        }
        min_events = self.parameterAsInt(parameters, self.MIN_EVENTS, context)
        table = rank(data.frame, data.attributed)
        if table.empty:
            raise self.fail("No drug-trafficking organisation takes part in the chosen events: check the actor "
                            "fields and the alias table.")
        chosen = table.head(top_n)
        few = chosen[chosen["events"] < min_events]
        if len(few):
            feedback.pushWarning(self.tr("Skipped (fewer than {0} events, too few for a territory): {1}.").format(
                min_events, ", ".join(f"{r.organisation} ({int(r.events)})" for r in few.itertuples())))
        chosen = chosen[chosen["events"] >= min_events]
        if chosen.empty:
            raise self.fail("Every chosen organisation has fewer than {0} events, too few to draw a territory: lower "
                            "'Minimum events', widen the period or raise the number of organisations.", min_events)
        muni_keys, muni_shapes, land = [], [], None
        munis = self.parameterAsSource(parameters, self.MUNICIPALITIES, context)
        if munis is not None:
            muni_keys, muni_shapes = keyed_polygons(munis, context, ["cvegeo", "CVEGEO", "cve_mun"])
            if not muni_shapes:
                raise self.fail("The municipalities layer holds no polygon: give the municipal boundaries (study "
                                "area) or leave the parameter empty.")
            from shapely.ops import unary_union

            feedback.pushInfo(self.tr("Study area: {0} municipalities (territories are clipped to them).")
                              .format(len(muni_shapes)))
            land = unary_union(muni_shapes)
        else:
            feedback.pushWarning(self.tr("No municipalities given: the territories are not clipped to the study area "
                                         "(they may cross the coast or the border). Give the municipalities layer."))
        located = np.isfinite(data.frame["x"].to_numpy()) & np.isfinite(data.frame["y"].to_numpy())
        results = self._territories(data, table, chosen, located, settings, land, muni_keys, muni_shapes, feedback)
        if feedback.isCanceled():
            return {}
        rows, contested_rows = self._rows(data, chosen, results, settings, muni_keys, muni_shapes, land is not None)
        fields = fields_of(TERRITORY_FIELDS)
        crs = QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS)
        sink, dest = outputs.sink(self.OUTPUT, fields, WKB_MULTIPOLYGON, crs)
        complete = write_rows(sink, fields, rows, feedback)
        del sink
        if not complete:
            return {}
        answer = {self.OUTPUT: dest, "TERRITORIES": len({r["organisation"] for r in rows}), "PARTS": len(rows)}
        if data.table is not None:
            from .precision import precision_results

            answer.update(precision_results(data.table))
        contested_fields = fields_of(CONTESTED_FIELDS)
        contested_sink, contested_dest = outputs.sink(self.OUTPUT_CONTESTED, contested_fields, WKB_MULTIPOLYGON, crs)
        if contested_sink is not None:
            complete = write_rows(contested_sink, contested_fields, contested_rows, feedback)
            del contested_sink
            if not complete:
                return {}
            answer[self.OUTPUT_CONTESTED] = contested_dest
        store_style(outputs, dest, "territories.qml")
        if contested_dest:
            store_style(outputs, contested_dest, "contested.qml")
        outputs.commit()
        style_on_load(context, dest, "territories.qml")
        if contested_dest:
            style_on_load(context, contested_dest, "contested.qml")
        feedback.setProgress(100)
        return answer

    def _territories(self, data, table, chosen, located, settings, land, muni_keys, muni_shapes, feedback) -> dict:
        """Densities of every ranked organisation on one grid, then the dominance rule of the core."""
        import numpy as np

        from ..core.attribution import org_event_weights
        from ..core.grid import Grid
        from ..core.kde import density_grid
        from ..core.territory import dominance_territories, land_mask, spread_density

        frame = data.frame
        pixel, radius = settings["pixel"], settings["radius"]
        x_all, y_all = frame["x"].to_numpy(), frame["y"].to_numpy()
        names, weights = [], []
        for org in table.itertuples(index=False):
            attributed = org_event_weights(data.attributed, org.organisation, len(frame))
            if settings["by_deaths"]:
                take = (attributed > 0) & located
            else:
                take = np.zeros(len(frame), dtype=bool)
                take[data.attributed.loc[data.attributed["organisation"] == org.organisation, "eid"]
                     .to_numpy(dtype=int)] = True
                take &= located
            if take.any():
                names.append(org.organisation)
                weights.append((take, attributed))
        missing = [n for n in chosen["organisation"] if n not in names]
        if missing:
            feedback.pushWarning(self.tr("No located events with attributed violence, no territory: {0}.")
                                 .format(", ".join(missing)))
        if land is not None:
            x0, y0, x1, y1 = land.bounds
        else:
            every = np.zeros(len(frame), dtype=bool)
            for take, _ in weights:
                every |= take
            x0, y0, x1, y1 = x_all[every].min(), y_all[every].min(), x_all[every].max(), y_all[every].max()
        grid = Grid.covering(x0, y0, x1, y1, pixel, margin=radius + pixel)
        if grid.n_cells > MAX_CELLS:
            raise self.fail("A {0} m cell gives {1:,} cells over the study area, more than the {2:,} this tool "
                            "handles: raise 'Cell size'.", pixel, grid.n_cells, MAX_CELLS)
        spread = self._spread_keys(data, grid, located, muni_keys, muni_shapes, feedback)
        on_map = spread["point"] | (spread["key"] >= 0)
        kept = [(n, w) for n, w in zip(names, weights) if (w[0] & on_map).any()]
        unmapped = [n for n in chosen["organisation"] if n in names and n not in {k for k, _ in kept}]
        if unmapped:
            feedback.pushWarning(self.tr("No territory: every event of {0} is out of maps (known only to a region or "
                                         "the country, or to a state left out of maps, or to a municipality or "
                                         "state without a matching polygon).").format(", ".join(unmapped)))
        names = [n for n, _ in kept]
        weights = [w for _, w in kept]
        densities = []
        for i, (_name, (take, attributed)) in enumerate(zip(names, weights)):
            if feedback.isCanceled():
                return {}
            feedback.setProgress(45 + 35 * i / max(len(names), 1))
            value = attributed if settings["by_deaths"] else take.astype(float)
            points = take & spread["point"]
            density = density_grid(x_all[points], y_all[points], value[points], grid, radius).astype(float)
            if spread["cells"]:
                spread_take = take & (spread["key"] >= 0)
                per_key = np.bincount(spread["key"][spread_take], weights=value[spread_take],
                                      minlength=len(spread["cells"]))
                density += spread_density(grid, spread["cells"], per_key)
            densities.append(density)
        study = land_mask(grid, land) if land is not None else None
        feedback.setProgress(85)
        wanted = [n for n in chosen["organisation"] if n in names]
        return dominance_territories(names, densities, grid, settings["share"], settings["margin"],
                                     settings["min_area"], settings["min_part_share"], study_mask=study,
                                     study_area=land, wanted=wanted)

    def _spread_keys(self, data, grid, located, muni_keys, muni_shapes, feedback) -> dict:
        """Which events are points and which polygon each spread event covers (by location precision).

        Returns ``point`` (mask of events drawn as kernel points), ``key`` (per event: index into ``cells`` of the
        municipality or state it is spread over, −1 otherwise) and ``cells`` (flat cell indices per polygon).
        """
        import numpy as np

        from ..core.territory import polygon_cells
        from ..definitions import PRECISION_MUNICIPALITY, PRECISION_OUT, PRECISION_POINT, PRECISION_STATE

        frame = data.frame
        column = "handled" if "handled" in frame else "precision"   # handled: after the analyst's state choice
        classes = frame[column].to_numpy() if column in frame else np.zeros(len(frame), dtype=np.int8)
        deaths = frame["deaths"].to_numpy(dtype=float)
        point = (classes == PRECISION_POINT) & located
        key = np.full(len(frame), -1, dtype=np.int64)
        cells: list = []
        spread_class = (classes == PRECISION_MUNICIPALITY) | (classes == PRECISION_STATE)
        if muni_keys and spread_class.any():
            muni_cells = polygon_cells(grid, muni_shapes)
            index = {k: i for i, k in enumerate(muni_keys)}
            owner = np.full(grid.n_cells, -1, dtype=np.int64)
            for i, c in enumerate(muni_cells):
                owner[c] = i
            coded = all(len(k) == 5 and k.isdigit() for k in muni_keys)   # INEGI CVEGEO: state = first 2 digits
            if not coded:
                feedback.pushWarning(self.tr("The municipalities have no 5-digit CVEGEO codes: events known only to "
                                             "a state cannot be spread over it and are left out."))
            states = sorted({k[:2] for k in muni_keys}) if coded else []
            state_index = {s: len(muni_cells) + j for j, s in enumerate(states)}
            state_cells = {s: [] for s in states}
            for k, c in zip(muni_keys, muni_cells):
                if coded:
                    state_cells[k[:2]].append(c)
            cells = list(muni_cells) + [np.concatenate(state_cells[s]) for s in states]
            codes = frame["muni"].tolist() if "muni" in frame else [None] * len(frame)
            x, y = frame["x"].to_numpy(), frame["y"].to_numpy()
            for i in np.flatnonzero(spread_class):
                muni = index.get(str(codes[i])) if codes[i] is not None else None
                if muni is None and located[i]:
                    col = int((x[i] - grid.x_min) // grid.pixel)
                    row = int((grid.y_max - y[i]) // grid.pixel)
                    if 0 <= row < grid.n_rows and 0 <= col < grid.n_cols and owner[row * grid.n_cols + col] >= 0:
                        muni = int(owner[row * grid.n_cols + col])
                if muni is None:
                    continue
                if classes[i] == PRECISION_MUNICIPALITY:
                    key[i] = muni
                elif coded:
                    key[i] = state_index[muni_keys[muni][:2]]
        left_out = spread_class & (key < 0)
        out = classes == PRECISION_OUT
        self._precision_text = self.tr(
            "Location precision: {0} events ({1:,.0f} deaths) as points; {2} ({3:,.0f}) spread over their "
            "municipality; {4} ({5:,.0f}) spread over their state; {6} ({7:,.0f}) out of maps (region or country "
            "only); {8} ({9:,.0f}) known only to a municipality or state left out (no municipalities layer or no "
            "matching polygon).").format(
            int(point.sum()), deaths[point].sum(),
            int(((classes == PRECISION_MUNICIPALITY) & (key >= 0)).sum()),
            deaths[(classes == PRECISION_MUNICIPALITY) & (key >= 0)].sum(),
            int(((classes == PRECISION_STATE) & (key >= 0)).sum()),
            deaths[(classes == PRECISION_STATE) & (key >= 0)].sum(),
            int(out.sum()), deaths[out].sum(), int(left_out.sum()), deaths[left_out].sum())
        feedback.pushInfo(self._precision_text)
        return {"point": point, "key": key, "cells": cells}

    def _rows(self, data, chosen, results, settings, muni_keys, muni_shapes, clipped) -> tuple:
        period = f"{data.start} – {data.end}"
        rows, contested_rows = [], []
        for org in chosen.itertuples(index=False):
            result = results.get(org.organisation)
            if result is None:
                continue
            if not result.parts:
                continue
            for part in result.parts:
                shape = polygonal(part.geometry)
                covered = covered_municipalities(shape, muni_keys, muni_shapes) if muni_keys else []
                contested = part.contested_km2 >= 0.5 * part.area_km2 if part.area_km2 > 0 else False
                rows.append({
                    "organisation": org.organisation, "rank": int(org.rank), "part": part.part,
                    "parts": len(result.parts), "label": org.organisation if part.part == 1 else None,
                    "status": self.tr("contested") if contested else self.tr("held"),
                    "deaths": float(org.deaths), "events": int(org.events), "share": settings["share"],
                    "captured": result.core_share, "part_share": part.violence_share, "area_km2": part.area_km2,
                    "contested_km2": part.contested_km2, "contested_with": "; ".join(part.rivals) or None,
                    "margin": settings["margin"], "dropped_parts": result.dropped_parts,
                    "dropped_km2": result.dropped_km2, "n_munis": len(covered) if muni_keys else None,
                    "munis": ",".join(covered), "radius_m": settings["radius"], "pixel_m": settings["pixel"],
                    "weight": self.tr("attributed deaths") if settings["by_deaths"] else self.tr("events"),
                    "attribution": data.rule_text, "period": period,
                    "study_area": self.tr("municipalities (land)") if clipped else self.tr("not clipped"),
                    "precision": getattr(self, "_precision_text", None), **data.period_values(),
                    "__geometry__": to_qgs(shape)})
                if part.contested_km2 > 0 and not part.contested_geometry.is_empty:
                    cshape = polygonal(part.contested_geometry)
                    contested_rows.append({
                        "organisation": org.organisation, "part": part.part,
                        "contested_with": "; ".join(part.rivals), "area_km2": part.contested_km2,
                        "margin": settings["margin"], "period": period, **data.period_values(),
                        "__geometry__": to_qgs(cshape)})
        return rows, contested_rows
