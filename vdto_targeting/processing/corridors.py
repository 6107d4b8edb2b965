"""``vdto:corridors`` — from each organisation's territory through its ports of entry to U.S. destinations.

The corridor is what links a Mexican VDTO to the U.S. side, where arrest, prosecution and seizures can be applied:
port choice (nearest along the border, or the analyst's assignment table), a line territory → port → destination
(routed on a road network when one is given), a buffered corridor polygon, and the violence inside the Mexican part.
"""
from __future__ import annotations

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsPointXY,
                       QgsProcessingException, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterNumber)

from ..definitions import (BORDER_ZONE_KM, GEOGRAPHIC_CRS, MEXICO_METRIC_CRS, PERIOD_END_FIELD, PERIOD_START_FIELD,
                           US_MX_BORDER_LONLAT)
from ..qgis_compat import (NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_ANY_GEOMETRY, SOURCE_LINE, SOURCE_POINT,
                           SOURCE_POLYGON, SOURCE_VECTOR, TYPE_DOUBLE, TYPE_INT, TYPE_STRING, WKB_LINESTRING,
                           WKB_POLYGON)
from .base import VdtoAlgorithm
from .territories import store_style, style_on_load, to_qgs, to_shapely
from .vdtos import (EventOptions, _pick_field, _value, add_event_parameters, check_crs, fields_of, load_events,
                    period_values, write_rows)

CORRIDOR_FIELDS = [
    ("organisation", TYPE_STRING), ("rank", TYPE_INT), ("port_code", TYPE_STRING), ("port_name", TYPE_STRING),
    ("port_state", TYPE_STRING), ("destination", TYPE_STRING), ("us_county_fips", TYPE_STRING),
    ("choice", TYPE_STRING), ("along_border_km", TYPE_DOUBLE), ("length_km", TYPE_DOUBLE),
    ("mx_length_km", TYPE_DOUBLE), ("width_km", TYPE_DOUBLE), ("exposure_deaths", TYPE_DOUBLE),
    ("exposure_events", TYPE_INT), ("share_of_org", TYPE_DOUBLE), ("routing", TYPE_STRING),
    (PERIOD_START_FIELD, TYPE_STRING), (PERIOD_END_FIELD, TYPE_STRING),
]


class CorridorsAlgorithm(VdtoAlgorithm, EventOptions):
    """Corridor lines and buffers per organisation and port, with the violence along the Mexican side."""

    NAME = "corridors"
    DISPLAY = "Cross-border corridors"
    GROUP = "vdtos"
    HELP = ("For each organisation's territory (vdto:territories), the ports of entry it most likely uses — the "
            "nearest measured along the U.S.–Mexico border from where the territory meets it, or those of an "
            "assignment table (organisation, port_code, optional destination) — and a corridor from a point inside "
            "the territory through the port to the nearest U.S. destination (hubs or counties; the port's county "
            "when none are given). Routed on a road network with QGIS's shortest path when one is given, straight "
            "otherwise. With events, each corridor reports the deaths inside its Mexican part (buffer of the chosen "
            "width) and the share of the organisation's attributed deaths found there. Ports further than the border "
            "zone from the border are refused.")
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
    OUTPUT = "OUTPUT"
    OUTPUT_BUFFERS = "OUTPUT_BUFFERS"

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
        self.addParameter(QgsProcessingParameterNumber(self.PORTS_PER_ORG, tr("Ports per organisation"),
                                                       type=NUMBER_INTEGER, defaultValue=2, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(self.WIDTH_KM, tr("Corridor width (km)"), type=NUMBER_DOUBLE,
                                                       defaultValue=20.0, minValue=0.1))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.EVENTS, tr("Events for corridor exposure (optional)"), [SOURCE_POINT], optional=True))
        add_event_parameters(self, self.EVENTS)
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
        org_field = _pick_field(names, ["organisation", "organization", "org"])
        if org_field is None:
            raise self.fail("The territories layer has no organisation field: use the layer written by "
                            "vdto:territories or add an organisation field.")
        rank_field = _pick_field(names, ["rank"])
        transform = self._to_metric(source, context, self.tr("territories"))
        shapes: dict = {}
        ranks: dict = {}
        for feature in source.getFeatures():
            geometry = feature.geometry()
            name = _value(feature[org_field])
            if geometry is None or geometry.isEmpty() or not name:
                continue
            geometry.transform(transform)
            shapes.setdefault(str(name), []).append(to_shapely(geometry))
            if rank_field:
                ranks[str(name)] = _value(feature[rank_field])
            if PERIOD_START_FIELD in names and not any(self._territory_period):
                self._territory_period = (str(_value(feature[PERIOD_START_FIELD]) or ""),
                                          str(_value(feature[PERIOD_END_FIELD]) or "") if PERIOD_END_FIELD in names
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
        code_field = _pick_field(names, ["port_code", "code"])
        name_field = _pick_field(names, ["port_name", "name"])
        if code_field is None or name_field is None:
            raise self.fail("The ports layer needs port_code and port_name fields (BTS format): use "
                            "us_mx_land_ports_bts or rename the fields.")
        state_field = _pick_field(names, ["state"])
        fips_field = _pick_field(names, ["us_county_fips"])
        county_field = _pick_field(names, ["us_county_name"])
        transform = self._to_metric(source, context, self.tr("ports"))
        ports, extra = [], {}
        for feature in source.getFeatures():
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                continue
            geometry.transform(transform)
            point = geometry.asPoint()
            code = str(_value(feature[code_field]))
            ports.append(Port(code, str(_value(feature[name_field])), point.x(), point.y()))
            extra[code] = {key: (_value(feature[f]) if f else None) for key, f in
                           (("state", state_field), ("fips", fips_field), ("county", county_field))}
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
        name_field = _pick_field(names, ["destination", "hub", "name", "us_county_name", "county"])
        fips_field = _pick_field(names, ["us_county_fips", "fips", "geoid", "id"])
        transform = self._to_metric(source, context)
        out = []
        for feature in source.getFeatures():
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                continue
            geometry.transform(transform)
            shape = to_shapely(geometry)
            out.append((str(_value(feature[name_field])) if name_field else str(feature.id()),
                        str(_value(feature[fips_field])) if fips_field else None,
                        shape, shape if shape.geom_type == "Point" else shape.representative_point()))
        return out

    def _assignment(self, parameters, context, ports, organisations) -> dict:
        from ..core.organisations import normalise

        source = self.parameterAsSource(parameters, self.ASSIGNMENT, context)
        if source is None:
            return {}
        names = source.fields().names()
        org_field = _pick_field(names, ["organisation", "organization"])
        code_field = _pick_field(names, ["port_code", "code"])
        dest_field = _pick_field(names, ["destination", "us_destination"])
        if org_field is None or code_field is None:
            raise self.fail("The assignment table needs organisation and port_code columns: add them (one row per "
                            "organisation and port).")
        by_key = {normalise(name): name for name in organisations}
        codes = {p.code for p in ports}
        table: dict = {}
        bad_codes, bad_orgs = set(), set()
        for feature in source.getFeatures():
            org, code = _value(feature[org_field]), _value(feature[code_field])
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
            table.setdefault(name, []).append((code, _value(feature[dest_field]) if dest_field else None))
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
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..qgis_bridge.outputs import OutputTransaction

        with OutputTransaction(self, parameters, context, feedback) as outputs:
            outputs.check(self.OUTPUT, self.OUTPUT_BUFFERS)
            return self._process(parameters, context, feedback, outputs)

    def _process(self, parameters, context, feedback, outputs):
        self._unassigned = []
        width_km = self.parameterAsDouble(parameters, self.WIDTH_KM, context)
        per_org = self.parameterAsInt(parameters, self.PORTS_PER_ORG, context)
        zone_km = self.parameterAsDouble(parameters, self.BORDER_ZONE_KM, context)
        border = self._border(parameters, context)
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
            events = load_events(self, parameters, context, feedback, input_name=self.EVENTS, require_actors=False)
            if any(self._territory_period) and (events.start, events.end) != self._territory_period:
                raise self.fail("The territories cover {0} – {1} but the events are read for {2} – {3}: run "
                                "vdto:territories and vdto:corridors for the same period (From/To dates).",
                                *self._territory_period, events.start, events.end)
            period = events.period_values()
        network = self.parameterAsSource(parameters, self.NETWORK, context)
        network_layer = parameters.get(self.NETWORK) if network is not None else None
        rows = self._corridors(territories, ports, port_extra, destinations, assignment, per_org, border, width_km,
                               events, network_layer, context, feedback)
        if feedback.isCanceled():
            return {}
        if not rows:
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
        results = {self.OUTPUT: dest, "CORRIDORS": len(rows)}
        buffer_sink, buffer_dest = outputs.sink(self.OUTPUT_BUFFERS, fields, WKB_POLYGON, crs)
        if buffer_sink is not None:
            buffered = [dict(row, __geometry__=to_qgs(row["__shape__"].buffer(width_km * 500.0))) for row in rows]
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

    def _corridors(self, territories, ports, port_extra, destinations, assignment, per_org, border, width_km, events,
                   network, context, feedback) -> list:
        from ..core.attribution import org_event_weights
        from ..core.corridors import (PortChoice, corridor_line, exposure, mexican_part, nearest_destination,
                                      nearest_ports, start_point)

        by_code = {p.code: p for p in ports}
        dest_shapes = [d[2] for d in destinations]
        dest_points = [d[3] for d in destinations]
        rows = []
        if events is not None:
            x, y = events.frame["x"].to_numpy(), events.frame["y"].to_numpy()
            deaths = events.frame["deaths"].to_numpy(dtype=float)
        for i, (org, (territory, rank)) in enumerate(territories.items()):
            if feedback.isCanceled():
                return rows
            feedback.setProgress(60 + 35 * i / max(len(territories), 1))
            if org in assignment:
                choices = [(PortChoice(by_code[code], float("nan"), territory.distance(by_code[code].point) / 1000),
                            dest) for code, dest in assignment[org]]
                how = self.tr("assignment table")
            else:
                choices = [(c, None) for c in nearest_ports(territory, ports, border, per_org)]
                how = self.tr("nearest along the border")
            org_deaths = None
            if events is not None and events.attributed is not None:
                org_deaths = org_event_weights(events.attributed, org, len(events.frame))
            for choice, wanted_dest in choices:
                port = choice.port
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
                line = corridor_line(start, port.point, dest_point, mx_path, us_path)
                mx_line = mexican_part(line, port.point)
                extra = port_extra.get(port.code, {})
                if dest_index is not None:
                    dest_name, fips = destinations[dest_index][0], destinations[dest_index][1]
                else:
                    dest_name, fips = extra.get("county"), extra.get("fips")
                row = {"organisation": org, "rank": rank, "port_code": port.code, "port_name": port.name,
                       "port_state": extra.get("state"), "destination": dest_name, "us_county_fips": fips,
                       "choice": how, "along_border_km": choice.along_km, "length_km": line.length / 1000.0,
                       "mx_length_km": mx_line.length / 1000.0, "width_km": width_km,
                       "routing": routing, "__geometry__": to_qgs(line), "__shape__": line}
                if events is not None:
                    row.update(exposure(mx_line, width_km * 1000.0, x, y, deaths, org_deaths))
                rows.append(row)
        return rows
