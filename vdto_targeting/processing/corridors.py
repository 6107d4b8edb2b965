"""``vdto:corridors`` — from each organisation's territory through its ports of entry to U.S. destinations.

The corridor is what links a Mexican VDTO to the U.S. side, where arrest, prosecution and seizures can be applied:
port choice (the analyst's assignment table; else the organisation's own violence around each port, see
``core.corridors.port_evidence``; nearest along the border only as a labelled fallback), a line territory → port →
destination (routed on a road network when one is given), a buffered corridor polygon, the violence inside the Mexican
part, and on every row the evidence and strength of the link.
"""
from __future__ import annotations

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsPointXY,
                       QgsProcessingException, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterNumber)

from qgis.core import QgsProcessingParameterBoolean

from ..definitions import (BORDER_ZONE_KM, DEFAULT_PLAZAS_PER_ORG, DEFAULT_PORT_RADIUS_KM, DEFAULT_STRONG_DEATHS,
                           DEFAULT_STRONG_EVENTS, GEOGRAPHIC_CRS, MEXICO_METRIC_CRS, PERIOD_END_FIELD,
                           PERIOD_START_FIELD, US_MX_BORDER_LONLAT)
from ..qgis_compat import (NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_ANY_GEOMETRY, SOURCE_LINE, SOURCE_POINT,
                           SOURCE_POLYGON, SOURCE_VECTOR, TYPE_DOUBLE, TYPE_INT, TYPE_STRING, WKB_LINESTRING,
                           WKB_POLYGON)
from ..qgis_bridge.fields import pick_field, plain_value
from .base import TransactionalAlgorithm
from .precision import PrecisionOptions, add_precision_outputs, add_precision_parameters
from .territories import store_style, style_on_load, to_qgs, to_shapely
from .events import (EventOptions, add_event_parameters, check_crs, fields_of, load_events, period_values,
                     write_rows)

CORRIDOR_FIELDS = [
    ("organisation", TYPE_STRING), ("rank", TYPE_INT), ("port_code", TYPE_STRING), ("port_name", TYPE_STRING),
    ("port_state", TYPE_STRING), ("port_county_fips", TYPE_STRING), ("port_county", TYPE_STRING),
    ("plaza", TYPE_STRING), ("plaza_name", TYPE_STRING), ("destination", TYPE_STRING),
    ("us_county_fips", TYPE_STRING), ("choice", TYPE_STRING), ("strength", TYPE_STRING),
    ("evidence_deaths", TYPE_DOUBLE), ("evidence_events", TYPE_INT), ("evidence_weighted", TYPE_DOUBLE),
    ("evidence_munis", TYPE_STRING), ("evidence", TYPE_STRING), ("period", TYPE_STRING),
    ("along_border_km", TYPE_DOUBLE), ("length_km", TYPE_DOUBLE),
    ("mx_length_km", TYPE_DOUBLE), ("width_km", TYPE_DOUBLE), ("exposure_deaths", TYPE_DOUBLE),
    ("exposure_events", TYPE_DOUBLE), ("exposure_events_point", TYPE_INT), ("exposure_deaths_point", TYPE_DOUBLE),
    ("exposure_events_spread", TYPE_DOUBLE), ("exposure_deaths_spread", TYPE_DOUBLE), ("share_of_org", TYPE_DOUBLE),
    ("exposure_rule", TYPE_STRING), ("routing", TYPE_STRING),
    ("precision", TYPE_STRING), (PERIOD_START_FIELD, TYPE_STRING), (PERIOD_END_FIELD, TYPE_STRING),
]


class CorridorsAlgorithm(TransactionalAlgorithm, EventOptions, PrecisionOptions):
    """Corridor lines and buffers per organisation and port, with the violence along the Mexican side."""

    NAME = "corridors"
    DISPLAY = "Cross-border corridors"
    GROUP = "vdtos"
    HELP = ("For each organisation's territory (vdto:territories), the ports of entry it uses, chosen in this "
            "order: (1) the analyst's assignment table (organisation, port_code, optional destination) overrides "
            "everything (strength 'assigned'); (2) evidence: the organisation's own attributed violence in the "
            "period around each port — events in the port's twin Mexican municipality (ports field "
            "mx_cvegeo_nearest) count in full, events within the port radius (default 50 km) in other "
            "municipalities that are no port's twin count 1 − distance/radius; events known only to the state count "
            "by the twin municipality's share of the state's area (with municipalities), events coarser than a "
            "state never; events where the organisation is only one member of a coalition side are listed but not "
            "counted. Ports sharing a twin municipality form a plaza; the plazas with the most distance-weighted "
            "deaths are kept (default 4 per organisation); a link is 'strong' from 20 weighted deaths and 3 "
            "events, 'weak' below; (3) nearest along the border from where the territory meets it, only when asked "
            "and labelled 'fallback'. An organisation with no violence near any port gets no corridor: a row "
            "without geometry, strength 'none', says so and the target package repeats it. Every row states its "
            "evidence (deaths, events, municipalities, period, rule). Each corridor runs from a point inside the "
            "territory through the port to the nearest U.S. destination (hubs or counties; the port's county when "
            "none are given), routed on a road network when one is given; without one it is straight, except that "
            "with municipalities it goes round a sea or a bay it would otherwise cross (routing 'straight, kept "
            "on land'). Each row carries the port's U.S. county "
            "(port_county_fips): U.S.-side data — seizures at the port (CBP), federal cases by district or county, "
            "wholesaler or distributor locations — join on port_code or on the county FIPS (QGIS Join attributes "
            "by field value), or enter the analyst's destinations (hubs, counties) and assignment table. With "
            "events, the deaths inside the Mexican part of each corridor (buffer of the chosen width) and the share "
            "of the organisation's attributed deaths there are reported, with the location-precision rule of "
            "vdto:zonestatistics: events located as points (UCDP where_prec 1–2, ACLED 1) count where they fall "
            "inside the buffer; events known only to a municipality or a state (UCDP 3–4, ACLED 2–3) count by the "
            "share of their municipality's or state's area the buffer covers (needs MUNICIPALITIES; without it, or "
            "with STATE_EVENTS set to leave them out, they are not counted); coarser events never. exposure_deaths "
            "and exposure_events are the totals, the _point and _spread fields split them, and the precision field "
            "states the events and deaths of each class and the rule. Ports further than the border zone from "
            "the border are refused.")
    TERRITORIES = "TERRITORIES"
    PORTS = "PORTS"
    DESTINATIONS = "DESTINATIONS"
    ASSIGNMENT = "ASSIGNMENT"
    PORTS_PER_ORG = "PORTS_PER_ORG"
    WIDTH_KM = "WIDTH_KM"
    EVENTS = "EVENTS"
    NETWORK = "NETWORK"
    BORDER = "BORDER"
    BORDER_ZONE_KM = "BORDER_ZONE_KM"
    PORT_RADIUS_KM = "PORT_RADIUS_KM"
    STRONG_DEATHS = "STRONG_DEATHS"
    STRONG_EVENTS = "STRONG_EVENTS"
    FALLBACK = "FALLBACK"
    MUNICIPALITIES = "MUNICIPALITIES"
    OUTPUT = "OUTPUT"
    OUTPUT_BUFFERS = "OUTPUT_BUFFERS"
    TRANSACTIONAL_OUTPUTS = (OUTPUT, OUTPUT_BUFFERS)  # written to temporary files, renamed in together

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        tr = self.tr
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TERRITORIES, tr("Territories (field organisation, from vdto:territories)"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PORTS, tr("Ports of entry (BTS: port_code, port_name, state)"), [SOURCE_POINT]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DESTINATIONS, tr("U.S. destinations (hubs or counties; optional)"), [SOURCE_ANY_GEOMETRY],
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ASSIGNMENT, tr("Port assignment table (organisation, port_code[, destination]; optional)"),
            [SOURCE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.PORTS_PER_ORG, tr("Plazas per organisation (ports sharing a twin municipality count once)"),
            type=NUMBER_INTEGER, defaultValue=DEFAULT_PLAZAS_PER_ORG, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(self.WIDTH_KM, tr("Corridor width (km)"), type=NUMBER_DOUBLE,
                                                       defaultValue=20.0, minValue=0.1))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.EVENTS, tr("Events for corridor exposure (optional)"), [SOURCE_POINT], optional=True))
        add_event_parameters(self, self.EVENTS)
        add_precision_parameters(self, self.EVENTS, municipalities=False)
        self.addParameter(QgsProcessingParameterNumber(
            self.PORT_RADIUS_KM, tr("Evidence radius around a port (km)"), type=NUMBER_DOUBLE,
            defaultValue=DEFAULT_PORT_RADIUS_KM, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.STRONG_DEATHS, tr("Weighted deaths for a strong link"), type=NUMBER_DOUBLE,
            defaultValue=DEFAULT_STRONG_DEATHS, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.STRONG_EVENTS, tr("Events for a strong link"), type=NUMBER_INTEGER,
            defaultValue=DEFAULT_STRONG_EVENTS, minValue=1))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FALLBACK, tr("Without evidence, use the nearest port along the border (labelled fallback)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.MUNICIPALITIES, tr("Municipalities (optional: events known only to a municipality or a state shared "
                                    "by area)"),
            [SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.NETWORK, tr("Road network (optional; straight corridors without it)"), [SOURCE_LINE], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BORDER, tr("U.S.–Mexico border line (optional; a built-in Natural Earth line otherwise)"),
            [SOURCE_LINE], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.BORDER_ZONE_KM, tr("Border zone for ports (km)"), type=NUMBER_DOUBLE, defaultValue=BORDER_ZONE_KM,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Corridors"), SOURCE_LINE))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_BUFFERS, tr("Corridor buffers"),
                                                            SOURCE_POLYGON, optional=True))
        add_precision_outputs(self)

    # ----------------------------------------------------------------------------------------------- inputs
    def _to_metric(self, source, context, label: str = "") -> QgsCoordinateTransform:
        check_crs(self, source, label or source.sourceName())
        return QgsCoordinateTransform(source.sourceCrs(), QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS),
                                      context.transformContext())

    def _territories(self, parameters, context) -> dict:
        from shapely.ops import unary_union

        source = self.parameterAsSource(parameters, self.TERRITORIES, context)
        names = source.fields().names()
        self._territory_period = ("", "")
        org_field = pick_field(names, ["organisation", "organization", "org"])
        if org_field is None:
            raise self.fail("The territories layer has no organisation field: use the layer written by "
                            "vdto:territories or add an organisation field.")
        rank_field = pick_field(names, ["rank"])
        transform = self._to_metric(source, context, self.tr("territories"))
        shapes: dict = {}
        ranks: dict = {}
        for feature in source.getFeatures():
            geometry = feature.geometry()
            name = plain_value(feature[org_field])
            if geometry is None or geometry.isEmpty() or not name:
                continue
            geometry.transform(transform)
            shapes.setdefault(str(name), []).append(to_shapely(geometry))
            if rank_field:
                ranks[str(name)] = plain_value(feature[rank_field])
            if PERIOD_START_FIELD in names and not any(self._territory_period):
                self._territory_period = (str(plain_value(feature[PERIOD_START_FIELD]) or ""),
                                          str(plain_value(feature[PERIOD_END_FIELD]) or "") if PERIOD_END_FIELD in names
                                          else "")
        if not shapes:
            raise self.fail("The territories layer holds no polygon with an organisation: run vdto:territories "
                            "first.")
        order = sorted(shapes, key=lambda n: (ranks.get(n) is None, ranks.get(n) or 0, n))
        return {name: (unary_union(shapes[name]), ranks.get(name)) for name in order}

    def _ports(self, parameters, context, border, zone_km):
        from ..core.corridors import Port, ports_outside_zone

        source = self.parameterAsSource(parameters, self.PORTS, context)
        names = source.fields().names()
        code_field = pick_field(names, ["port_code", "code"])
        name_field = pick_field(names, ["port_name", "name"])
        if code_field is None or name_field is None:
            raise self.fail("The ports layer needs port_code and port_name fields (BTS format): use "
                            "us_mx_land_ports_bts or rename the fields.")
        state_field = pick_field(names, ["state"])
        fips_field = pick_field(names, ["us_county_fips"])
        county_field = pick_field(names, ["us_county_name"])
        twin_field = pick_field(names, ["mx_cvegeo_nearest", "mx_cvegeo", "twin_cvegeo"])
        twin_name_field = pick_field(names, ["mx_nom_mun_nearest", "mx_nom_mun", "twin_name"])
        transform = self._to_metric(source, context, self.tr("ports"))
        ports, extra = [], {}
        for feature in source.getFeatures():
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                continue
            geometry.transform(transform)
            point = geometry.asPoint()
            code = str(plain_value(feature[code_field]))
            ports.append(Port(code, str(plain_value(feature[name_field])), point.x(), point.y()))
            extra[code] = {key: (plain_value(feature[f]) if f else None) for key, f in
                           (("state", state_field), ("fips", fips_field), ("county", county_field),
                            ("twin", twin_field), ("twin_name", twin_name_field))}
            if extra[code]["twin"] is not None:
                extra[code]["twin"] = str(extra[code]["twin"]).strip().zfill(5)
        if not ports:
            raise self.fail("The ports layer has no located port: give the U.S.–Mexico land ports of entry.")
        outside = ports_outside_zone(ports, border, zone_km)
        if outside:
            listed = ", ".join(f"{p.name} {p.code} ({d:,.0f} km)" for p, d in outside)
            raise self.fail("These ports lie outside the {0:g} km border zone of the U.S.–Mexico border: {1}. Use land "
                            "ports of entry on the border (BTS layer) or widen 'Border zone'.", zone_km, listed)
        return ports, extra

    def _border(self, parameters, context):
        from shapely.geometry import LineString
        from shapely.ops import linemerge

        source = self.parameterAsSource(parameters, self.BORDER, context)
        if source is None:
            line = QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in US_MX_BORDER_LONLAT])
            line.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem(GEOGRAPHIC_CRS),
                                                  QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS),
                                                  context.transformContext()))
            return to_shapely(line)
        transform = self._to_metric(source, context)
        parts = []
        for feature in source.getFeatures():
            geometry = feature.geometry()
            geometry.transform(transform)
            shape = to_shapely(geometry)
            parts.extend(getattr(shape, "geoms", [shape]))
        merged = linemerge(parts) if parts else LineString()
        if merged.is_empty:
            raise self.fail("The border layer holds no line: give the U.S.–Mexico border as a line layer or leave "
                            "it empty to use the built-in line.")
        if merged.geom_type != "LineString":
            merged = max(merged.geoms, key=lambda g: g.length)
        return merged

    def _destinations(self, parameters, context) -> list:
        source = self.parameterAsSource(parameters, self.DESTINATIONS, context)
        if source is None:
            return []
        names = source.fields().names()
        name_field = pick_field(names, ["destination", "hub", "name", "us_county_name", "county"])
        fips_field = pick_field(names, ["us_county_fips", "fips", "geoid", "id"])
        transform = self._to_metric(source, context)
        out = []
        for feature in source.getFeatures():
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                continue
            geometry.transform(transform)
            shape = to_shapely(geometry)
            out.append((str(plain_value(feature[name_field])) if name_field else str(feature.id()),
                        str(plain_value(feature[fips_field])) if fips_field else None,
                        shape, shape if shape.geom_type == "Point" else shape.representative_point()))
        return out

    def _assignment(self, parameters, context, ports, organisations) -> dict:
        from ..core.organisations import normalise

        source = self.parameterAsSource(parameters, self.ASSIGNMENT, context)
        if source is None:
            return {}
        names = source.fields().names()
        org_field = pick_field(names, ["organisation", "organization"])
        code_field = pick_field(names, ["port_code", "code"])
        dest_field = pick_field(names, ["destination", "us_destination"])
        if org_field is None or code_field is None:
            raise self.fail("The assignment table needs organisation and port_code columns: add them (one row per "
                            "organisation and port).")
        by_key = {normalise(name): name for name in organisations}
        codes = {p.code for p in ports}
        table: dict = {}
        bad_codes, bad_orgs = set(), set()
        for feature in source.getFeatures():
            org, code = plain_value(feature[org_field]), plain_value(feature[code_field])
            if org is None or code is None:
                continue
            code = str(code).strip()
            if code not in codes:
                bad_codes.add(code)
                continue
            name = by_key.get(normalise(str(org)))
            if name is None:
                bad_orgs.add(str(org))
                continue
            table.setdefault(name, []).append((code, plain_value(feature[dest_field]) if dest_field else None))
        if bad_codes:
            raise self.fail("The assignment table names port codes that are not in the ports layer: {0}. Correct the "
                            "codes or add those ports.", ", ".join(sorted(bad_codes)))
        self._unassigned = sorted(bad_orgs)
        return table

    # ---------------------------------------------------------------------------------------------- routing
    def _route(self, network, start, end, context, feedback):
        """Shortest path on the analyst's road network (QGIS network analysis), in EPSG:6372; None if no route."""
        import processing
        from qgis.core import QgsApplication, QgsProcessingUtils

        registry = QgsApplication.processingRegistry()
        alg_id = next((a for a in ("native:shortestpathpointtopoint", "qgis:shortestpathpointtopoint")
                       if registry.algorithmById(a) is not None), None)
        if alg_id is None:
            raise self.fail("QGIS's network analysis (shortest path) is not available: enable the Processing "
                            "network analysis provider or leave 'Road network' empty.")
        try:
            result = processing.run(alg_id, {
                "INPUT": network, "STRATEGY": 0, "START_POINT": f"{start.x},{start.y} [{MEXICO_METRIC_CRS}]",
                "END_POINT": f"{end.x},{end.y} [{MEXICO_METRIC_CRS}]", "OUTPUT": "memory:"},
                context=context, feedback=None, is_child_algorithm=True)
        except QgsProcessingException as error:
            feedback.pushWarning(self.tr("No route on the road network ({0}); the corridor is straight there.")
                                 .format(error))
            return None
        layer = QgsProcessingUtils.mapLayerFromString(result["OUTPUT"], context)
        feature = next(layer.getFeatures(), None) if layer is not None else None
        if feature is None or feature.geometry().isEmpty():
            return None
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS),
                                                  context.transformContext()))
        from shapely.ops import linemerge

        shape = to_shapely(geometry)
        if shape.geom_type == "MultiLineString":
            shape = linemerge(shape)
        return shape if shape.geom_type == "LineString" else None

    # ------------------------------------------------------------------------------------------------- main
    def _process(self, parameters, context, feedback, outputs):
        self._unassigned = []
        self._muni_names = {}
        self._precision_text = None
        self._exposure_rule = None
        self._router = None            # routes over land: built on first need (the land's union takes a second)
        self._router_built = False
        width_km = self.parameterAsDouble(parameters, self.WIDTH_KM, context)
        settings = {
            "plazas": self.parameterAsInt(parameters, self.PORTS_PER_ORG, context),
            "radius_m": 1000.0 * self.parameterAsDouble(parameters, self.PORT_RADIUS_KM, context),
            "strong_deaths": self.parameterAsDouble(parameters, self.STRONG_DEATHS, context),
            "strong_events": self.parameterAsInt(parameters, self.STRONG_EVENTS, context),
            "fallback": self.parameterAsBool(parameters, self.FALLBACK, context),
        }
        zone_km = self.parameterAsDouble(parameters, self.BORDER_ZONE_KM, context)
        border = self._border(parameters, context)
        self._border_line = border
        territories = self._territories(parameters, context)
        ports, port_extra = self._ports(parameters, context, border, zone_km)
        destinations = self._destinations(parameters, context)
        assignment = self._assignment(parameters, context, ports, list(territories))
        if self._unassigned:
            feedback.pushWarning(self.tr("Assignment rows for organisations without a territory were ignored: {0}.")
                                 .format(", ".join(self._unassigned)))
        events = None
        period = period_values(*self._territory_period)
        if self.parameterAsSource(parameters, self.EVENTS, context) is not None:
            events = load_events(self, parameters, context, feedback, input_name=self.EVENTS, require_actors=False,
                                 municipalities=self.parameterAsSource(parameters, self.MUNICIPALITIES, context))
            if any(self._territory_period) and (events.start, events.end) != self._territory_period:
                raise self.fail("The territories cover {0} – {1} but the events are read for {2} – {3}: run "
                                "vdto:territories and vdto:corridors for the same period (From/To dates).",
                                *self._territory_period, events.start, events.end)
            period = events.period_values()
        elif not settings["fallback"] and len(assignment) < len(territories):
            feedback.pushWarning(self.tr("No events given: there is no evidence to link organisations to ports, so "
                                         "every corridor not in the assignment table is the labelled fallback "
                                         "(nearest along the border)."))
            settings["fallback"] = True
        areas = self._muni_areas(parameters, context)
        network = self.parameterAsSource(parameters, self.NETWORK, context)
        network_layer = parameters.get(self.NETWORK) if network is not None else None
        rows = self._corridors(territories, ports, port_extra, destinations, assignment, settings, border, width_km,
                               events, areas, network_layer, context, feedback)
        if feedback.isCanceled():
            return {}
        for row in rows:
            row["precision"] = self._precision_text
            if row.get("__shape__") is not None:
                row["exposure_rule"] = self._exposure_rule
        if not any(r.get("__geometry__") is not None for r in rows) and not rows:
            raise self.fail("No corridor could be drawn: check that the territories and ports overlap the "
                            "U.S.–Mexico border region and that the assignment table names these organisations.")
        rows = [dict(row, **period) for row in rows]
        crs = QgsCoordinateReferenceSystem(MEXICO_METRIC_CRS)
        fields = fields_of(CORRIDOR_FIELDS)
        # Corridors and buffers go to temporary files renamed into place together: both or neither.
        sink, dest = outputs.sink(self.OUTPUT, fields, WKB_LINESTRING, crs)
        complete = write_rows(sink, fields, rows, feedback)
        del sink
        if not complete:
            return {}
        drawn = [row for row in rows if row.get("__shape__") is not None]
        results = {self.OUTPUT: dest, "CORRIDORS": len(drawn),
                   "NO_CORRIDOR": sorted(r["organisation"] for r in rows if r.get("__shape__") is None)}
        if events is not None and events.table is not None:
            from .precision import precision_results

            results.update(precision_results(events.table))
        buffer_sink, buffer_dest = outputs.sink(self.OUTPUT_BUFFERS, fields, WKB_POLYGON, crs)
        if buffer_sink is not None:
            buffered = [dict(row, __geometry__=to_qgs(row["__shape__"].buffer(width_km * 500.0))) for row in drawn]
            complete = write_rows(buffer_sink, fields, buffered, feedback)
            del buffer_sink
            if not complete:
                return {}
            results[self.OUTPUT_BUFFERS] = buffer_dest
        store_style(outputs, dest, "corridors.qml")
        outputs.commit()
        style_on_load(context, dest, "corridors.qml")
        feedback.setProgress(100)
        return results

    def _over_land(self, start, end, via):
        """The Mexican part as a path that stays on the municipalities' land (None when the straight line does or no
        municipalities were given), and whether it had to bend. The corridor over the head of the Gulf of California
        (Chihuahua to Tijuana) goes round it instead of over the water."""
        from shapely.geometry import LineString

        router = self._land_router()
        if router is None:
            return None, False
        vias = router.route(start, end)
        if not vias:          # straight on land ([]), or no way over land found (None): the straight line
            return None, False
        points = [tuple(p.coords[0]) for p in vias] + ([tuple(via.coords[0])] if via is not None else [])
        if len(points) == 1:
            points.append(points[0])
        return LineString(points), True

    def _land_router(self):
        """Routes over the union of the municipalities (metric, simplified at 1 km), prepared once per run; None
        without municipalities."""
        if not self._router_built:
            from shapely.ops import unary_union

            from ..core.corridors import LandRouter

            shapes = self._muni_shapes[1]
            if shapes:
                self._router = LandRouter(unary_union([s.buffer(0).simplify(1000.0) for s in shapes]).buffer(0))
            self._router_built = True
        return self._router

    def _muni_areas(self, parameters, context):
        """{cvegeo: km²} of the municipalities layer (to share state-level events by area), or None; the shapes
        are kept to place events that carry no municipality code."""
        self._muni_shapes = ([], [])
        source = self.parameterAsSource(parameters, self.MUNICIPALITIES, context)
        if source is None:
            return None
        from ..qgis_bridge.polygons import keyed_polygons

        keys, shapes = keyed_polygons(source, context, ["cvegeo", "CVEGEO", "cve_mun"])
        keys = [str(k).zfill(5) for k in keys]
        self._muni_shapes = (keys, shapes)
        names = source.fields().names()
        key_field = pick_field(names, ["cvegeo", "cve_mun"])
        name_field = pick_field(names, ["nom_mun", "nomgeo", "name", "nombre"])
        if key_field and name_field:
            self._muni_names = {str(plain_value(f[key_field])).zfill(5): str(plain_value(f[name_field]))
                                for f in source.getFeatures() if plain_value(f[name_field])}
        return {k: s.area / 1e6 for k, s in zip(keys, shapes)}

    def _locate(self, x, y, munis: list) -> list:
        """Municipality of each event without a code, by point in polygon (the municipalities layer)."""
        import numpy as np

        from ..core._compat import contains_xy

        keys, shapes = getattr(self, "_muni_shapes", ([], []))
        missing = np.array([m is None for m in munis], dtype=bool) & np.isfinite(x) & np.isfinite(y)
        if not keys or not missing.any():
            return munis
        index = np.flatnonzero(missing)
        px, py = x[index], y[index]
        found = np.full(len(index), -1)
        for k, shape in enumerate(shapes):
            x0, y0, x1, y1 = shape.bounds
            box = (found < 0) & (px >= x0) & (px <= x1) & (py >= y0) & (py <= y1)
            if box.any():
                inside = contains_xy(shape, px[box], py[box])
                found[np.flatnonzero(box)[inside]] = k
        out = list(munis)
        for i, k in zip(index, found):
            if k >= 0:
                out[i] = keys[k]
        return out

    def _evidence_inputs(self, events, areas, feedback) -> dict:
        """Event arrays the evidence rule reads, with the precision and coalition rules applied once."""
        import numpy as np
        import pandas as pd

        from ..definitions import PRECISION_MUNICIPALITY, PRECISION_POINT, PRECISION_STATE

        from ..core.precision import handling

        frame = events.frame
        # The evidence rule reads each event's class after the analyst's state choice and before the spread events
        # are placed on the municipalities (placing serves the corridor exposure, see _exposure_inputs).
        if "precision" in frame and events.table is not None:
            classes = handling(frame["precision"].to_numpy(), events.table.state_events)
        else:
            column = "handled" if "handled" in frame else "precision"
            classes = frame[column].to_numpy() if column in frame else np.zeros(len(frame), dtype=np.int8)
        munis = [None] * len(frame)
        if "muni" in frame:
            munis = [None if pd.isna(m) or not str(m).strip() else str(m).strip().zfill(5)
                     for m in frame["muni"].tolist()]
        located = np.isfinite(frame["x"].to_numpy()) & np.isfinite(frame["y"].to_numpy())
        munis = self._locate(frame["x"].to_numpy(dtype=float), frame["y"].to_numpy(dtype=float), munis)
        point = (classes == PRECISION_POINT) & located
        municipal = (classes == PRECISION_MUNICIPALITY) & np.array([m is not None for m in munis], dtype=bool)
        state = classes == PRECISION_STATE
        parties = events.attributed
        side_size = parties.groupby(["eid", "side"])["organisation"].transform("size") if len(parties) else None
        deaths = frame["deaths"].to_numpy(dtype=float)
        self._precision_text = self.tr(
            "Corridor evidence: {0} events ({1:,.0f} deaths) located as points and {2} ({3:,.0f}) known to their "
            "municipality count where they are; {4} ({5:,.0f}) known only to their state count by area share{6}; "
            "the other {7} events are not evidence.").format(
            int(point.sum()), deaths[point].sum(), int(municipal.sum()), deaths[municipal].sum(), int(state.sum()),
            deaths[state].sum(), "" if areas else self.tr(" only with a municipalities layer (none given: left out)"),
            int(len(frame) - point.sum() - municipal.sum() - (state.sum() if areas else 0)))
        feedback.pushInfo(self._precision_text)
        exposure_text = self._exposure_text(events)
        feedback.pushInfo(exposure_text)
        self._exposure_rule = exposure_text
        self._precision_text += " " + exposure_text
        return {"x": frame["x"].to_numpy(), "y": frame["y"].to_numpy(), "munis": munis,
                "precise": point | municipal, "state": state, "side_size": side_size}

    def _exposure_text(self, events) -> str:
        """The rule of the deaths along the corridors, with the period's events and deaths of each class."""
        import numpy as np

        from ..definitions import PRECISION_MUNICIPALITY, PRECISION_POINT, PRECISION_STATE

        frame = events.frame
        handled = frame["handled"].to_numpy()
        deaths = frame["deaths"].to_numpy(dtype=float)
        point = (handled == PRECISION_POINT) & np.isfinite(frame["x"].to_numpy(dtype=float))
        muni, state = handled == PRECISION_MUNICIPALITY, handled == PRECISION_STATE
        out = ~(point | muni | state)
        return self.tr(
            "Deaths along each corridor: {0:,} events ({1:,.0f} deaths) located as points count where they fall "
            "inside the corridor buffer; {2:,} events ({3:,.0f} deaths) known only to a municipality and {4:,} "
            "({5:,.0f}) known only to a state count by the share of their municipality's or state's area the buffer "
            "covers; {6:,} events ({7:,.0f} deaths) known more coarsely, or without a municipality to spread over, "
            "are not counted.").format(int(point.sum()), deaths[point].sum(), int(muni.sum()), deaths[muni].sum(),
                                       int(state.sum()), deaths[state].sum(), int(out.sum()), deaths[out].sum())

    def _exposure_inputs(self, events) -> dict:
        """Point events (x, y, deaths, mask) and the spread events per municipality for the corridor exposure."""
        import numpy as np

        from ..core.corridors import SpreadLayer
        from ..definitions import PRECISION_POINT

        frame = events.frame
        x, y = frame["x"].to_numpy(dtype=float), frame["y"].to_numpy(dtype=float)
        point = (frame["handled"].to_numpy() == PRECISION_POINT) & np.isfinite(x) & np.isfinite(y)
        deaths = frame["deaths"].to_numpy(dtype=float)
        table = events.table
        spread = None
        if table is not None and table.placement is not None and table.municipalities is not None:
            spread = SpreadLayer(table.municipalities.geoms, table.spread_per_municipality(deaths),
                                 table.spread_per_municipality(np.ones(len(frame))))
        return {"x": x[point], "y": y[point], "deaths": deaths[point], "point": point, "spread": spread,
                "table": table}

    def _org_evidence(self, org, events, inputs, areas, ports, twins, radius_m) -> tuple:
        """(evidence per port, coalition-only deaths near the border) of one organisation."""
        import numpy as np

        from ..core.corridors import port_evidence

        parties = events.attributed
        n = len(events.frame)
        own = parties[(parties["organisation"] == org)]
        alone = own[inputs["side_size"].loc[own.index] == 1] if len(own) else own
        deaths_alone = np.zeros(n)
        np.add.at(deaths_alone, alone["eid"].to_numpy(dtype=int), alone["deaths"].to_numpy(dtype=float))
        counted = np.zeros(n, dtype=bool)
        counted[alone["eid"].to_numpy(dtype=int)] = True
        deaths_all = np.zeros(n)
        np.add.at(deaths_all, own["eid"].to_numpy(dtype=int), own["deaths"].to_numpy(dtype=float))
        coalition = np.zeros(n, dtype=bool)
        coalition[own["eid"].to_numpy(dtype=int)] = True
        coalition &= ~counted
        spread = None
        if areas:
            spread = {}
            state_area: dict = {}
            for key, area in areas.items():
                state_area[key[:2]] = state_area.get(key[:2], 0.0) + area
            take = counted & inputs["state"]
            by_state: dict = {}
            for muni, d in zip(np.array(inputs["munis"], dtype=object)[take], deaths_alone[take]):
                if muni:
                    by_state[muni[:2]] = by_state.get(muni[:2], 0.0) + float(d)
            for twin in set(twins.values()):
                if twin and twin in areas and by_state.get(twin[:2]):
                    spread[twin] = by_state[twin[:2]] * areas[twin] / state_area[twin[:2]]
        evidence = port_evidence(ports, twins, inputs["x"], inputs["y"], inputs["munis"], deaths_alone,
                                 counted & inputs["precise"], radius_m, spread)
        near = port_evidence(ports, twins, inputs["x"], inputs["y"], inputs["munis"], deaths_all,
                             coalition & inputs["precise"], radius_m)
        coalition_deaths = max((e.deaths for e in near.values()), default=0.0)
        return evidence, coalition_deaths

    def _corridors(self, territories, ports, port_extra, destinations, assignment, settings, border, width_km,
                   events, areas, network, context, feedback) -> list:
        from ..core.attribution import org_event_weights
        from ..core.corridors import PortChoice, choose_plazas, nearest_ports

        by_code = {p.code: p for p in ports}
        twins = {code: extra.get("twin") for code, extra in port_extra.items()}
        rows = []
        period = f"{events.start} – {events.end}" if events is not None else None
        inputs = self._evidence_inputs(events, areas, feedback) if events is not None else None
        along = self._exposure_inputs(events) if events is not None else None
        radius_km = settings["radius_m"] / 1000.0
        for i, (org, (territory, rank)) in enumerate(territories.items()):
            if feedback.isCanceled():
                return rows
            feedback.setProgress(60 + 35 * i / max(len(territories), 1))
            evidence, coalition_deaths = ({}, 0.0)
            if inputs is not None and events.attributed is not None:
                evidence, coalition_deaths = self._org_evidence(org, events, inputs, areas, ports, twins,
                                                                settings["radius_m"])
            links = []   # (PortChoice, destination, choice label, strength, evidence text)
            if org in assignment:
                for code, dest in assignment[org]:
                    item = evidence.get(code)
                    text = self.tr("assigned by the analyst") + (
                        self.tr("; evidence: {0}").format(self._evidence_text(item, port_extra, radius_km, period))
                        if item is not None and item.events else "")
                    links.append((PortChoice(by_code[code], float("nan"),
                                             territory.distance(by_code[code].point) / 1000), dest,
                                  self.tr("assignment table"), "assigned", text))
            else:
                for _plaza, strength, codes, _score in choose_plazas(evidence, settings["plazas"],
                                                                     settings["strong_deaths"],
                                                                     settings["strong_events"]):
                    for code in codes:
                        text = self._evidence_text(evidence[code], port_extra, radius_km, period)
                        links.append((PortChoice(by_code[code], float("nan"),
                                                 territory.distance(by_code[code].point) / 1000), None,
                                      self.tr("violence near the port"), strength, text))
                if not links and settings["fallback"]:
                    for choice in nearest_ports(territory, ports, border, 1):
                        links.append((choice, None, self.tr("nearest along the border (fallback)"), "fallback",
                                      self.tr("fallback: no violence of {0} near any port{1}; the port nearest along "
                                              "the border from its territory ({2:,.0f} km along the border)")
                                      .format(org, self.tr(" in {0}").format(period) if period else "",
                                              choice.along_km)))
            if not links:
                text = self.tr("no corridor: no violence of {0} in its own name within {1:g} km of any port or in a "
                               "port's twin municipality in {2}, and no assignment").format(org, radius_km, period)
                if coalition_deaths > 0:
                    text += self.tr("; {0:,.0f} deaths near the border only as one member of a coalition side, not "
                                    "counted").format(coalition_deaths)
                feedback.pushInfo(self.tr("{0}: {1}.").format(org, text))
                rows.append({"organisation": org, "rank": rank, "choice": self.tr("none"), "strength": "none",
                             "evidence": text, "period": period, "evidence_deaths": 0.0, "evidence_events": 0,
                             "width_km": width_km, "__geometry__": None, "__shape__": None})
                continue
            org_deaths = None
            if events is not None and events.attributed is not None:
                org_deaths = org_event_weights(events.attributed, org, len(events.frame))
            for choice, wanted_dest, how, strength, text in links:
                rows.append(self._corridor_row(org, rank, territory, choice, wanted_dest, how, strength, text,
                                               evidence.get(choice.port.code), port_extra, destinations, width_km,
                                               along, org_deaths, network, period, context, feedback))
        return rows

    def _evidence_text(self, item, port_extra, radius_km, period) -> str:
        names = []
        for muni in item.munis[:4]:
            name = getattr(self, "_muni_names", {}).get(muni) or next(
                (e.get("twin_name") for e in port_extra.values() if e.get("twin") == muni), None)
            names.append(f"{name} ({muni})" if name else muni)
        text = self.tr("{0:,.0f} deaths in {1} events of its own in {2}{3} (twin municipality in full, others "
                       "within {4:g} km weighted 1 − d/R: {5:,.1f})").format(
            item.deaths, item.events, ", ".join(names) or self.tr("no municipality"),
            self.tr(", {0}").format(period) if period else "", radius_km, item.weighted)
        if item.spread_deaths > 0:
            text += self.tr("; besides, {0:,.1f} deaths of events known only to the state fall to the twin "
                            "municipality by area share (reported, not used to choose)").format(item.spread_deaths)
        return text

    def _corridor_row(self, org, rank, territory, choice, wanted_dest, how, strength, text, item, port_extra,
                      destinations, width_km, along, org_deaths, network, period, context, feedback) -> dict:
        from ..core.corridors import (approach_point, corridor_line, crosses_away, exposure, mexican_part,
                                      nearest_destination, start_point)

        port = choice.port
        dest_shapes = [d[2] for d in destinations]
        dest_points = [d[3] for d in destinations]
        start = start_point(territory, port.point)
        dest_index = None
        if wanted_dest is not None:
            dest_index = next((k for k, d in enumerate(destinations) if d[0] == str(wanted_dest)), None)
        if dest_index is None:
            dest_index = nearest_destination(port.point, dest_shapes)
        dest_point = dest_points[dest_index] if dest_index is not None else None
        mx_path = us_path = None
        routing = self.tr("straight")
        if network is not None:
            mx_path = self._route(network, start, port.point, context, feedback)
            us_path = self._route(network, port.point, dest_point, context, feedback) if dest_point else None
            routing = self.tr("road network") if mx_path is not None else routing
        # Straight corridors that would cross the border away from their port pass by a point just inside Mexico
        # (and, on the U.S. side, one 30 km inland) so the drawing crosses where the port is.
        border = self._border_line
        via = us_via = None
        if mx_path is None and crosses_away(border, start, port.point, port.point):
            via = approach_point(border, port.point, start, 2000.0)
        if dest_point is not None and us_path is None and crosses_away(border, port.point, dest_point, port.point):
            us_via = approach_point(border, port.point, start, 30_000.0, far_side=True)
        if mx_path is None:
            mx_path, kept_on_land = self._over_land(start, via or port.point, via)
            if kept_on_land:
                routing = self.tr("straight, kept on land")
        line = corridor_line(start, port.point, dest_point, mx_path, us_path, via=via, us_via=us_via)
        mx_line = mexican_part(line, port.point)
        extra = port_extra.get(port.code, {})
        if dest_index is not None:
            dest_name, fips = destinations[dest_index][0], destinations[dest_index][1]
        else:
            dest_name, fips = extra.get("county"), extra.get("fips")
        if wanted_dest is not None and dest_index is None:
            dest_name = str(wanted_dest)
        row = {"organisation": org, "rank": rank, "port_code": port.code, "port_name": port.name,
               "port_state": extra.get("state"), "port_county_fips": extra.get("fips"),
               "port_county": extra.get("county"), "plaza": extra.get("twin"), "plaza_name": extra.get("twin_name"),
               "destination": dest_name, "us_county_fips": fips, "choice": how, "strength": strength,
               "evidence": text, "period": period,
               "evidence_deaths": item.deaths if item is not None else None,
               "evidence_events": item.events if item is not None else None,
               "evidence_weighted": item.weighted if item is not None else None,
               "evidence_munis": ",".join(item.munis) if item is not None else None,
               "along_border_km": choice.along_km, "length_km": line.length / 1000.0,
               "mx_length_km": mx_line.length / 1000.0, "width_km": width_km,
               "routing": routing, "__geometry__": to_qgs(line), "__shape__": line}
        if along is not None:   # points where they fall, spread events by area share, coarser ones out
            org_point = org_spread = org_total = None
            if org_deaths is not None:
                org_point, org_total = org_deaths[along["point"]], float(org_deaths.sum())
                if along["spread"] is not None:
                    org_spread = along["table"].spread_per_municipality(org_deaths)
            row.update(exposure(mx_line, width_km * 1000.0, along["x"], along["y"], along["deaths"], org_point,
                                along["spread"], org_spread, org_total))
        return row
