"""The whole analyst chain, by algorithm id, from data to briefing and field pack.

Why by id through ``processing.run``: the pipeline then runs exactly what the toolbox, Model Builder and
``qgis_process`` run, and it keeps working while the other algorithms are still being written — a step whose
algorithm is not installed, or whose parameters it does not declare, is logged clearly and skipped, and the
briefing prints what exists (with provisional figures said so on the page).
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional

from qgis.core import (QgsApplication, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback,
                       QgsProject, QgsRasterLayer, QgsVectorLayer)

from .briefing.texts import text
from .definitions import (DEFAULT_SEED, DEFAULT_SURFACE_RADIUS_M, Attribution, Kernel, SurfaceMeasure, SurfaceOutput,
                          WeightsScheme)
from .i18n import translate
from .qgis_compat import PARAMETER_OPTIONAL

REAL_FILES = {
    "municipalities": "mx_municipios/mx_municipios_mg2025_simplified.gpkg|layername=municipios",
    "events": "ucdp_ged_mexico/ucdp_ged_mexico_1989_2023.gpkg|layername=ucdp_ged_events",
    "ports": "us_mx_border_ports/us_mx_land_ports_bts.gpkg|layername=ports",
    "homicides": "mx_homicides_inegi/mx_muni_month_homicides_inegi_2000_2021.csv.gz",
}
REAL_HOMICIDE_YEARS = (2000, 2021)   # the INEGI file's years (its name says so)
# The real-data briefing's default period: UCDP GED (1989–2023) and the INEGI homicides (2000–2021) both cover it, so
# every step (hotspots and violent regions need the homicide counts) runs for it.
REAL_PERIOD = ("2006-01-01", "2012-12-31")
# Approximate U.S. wholesale hubs used as corridor destinations with the real data (city centres, typed by hand).
US_HUBS = [("Los Angeles", 34.05, -118.24), ("Phoenix", 33.45, -112.07), ("El Paso", 31.76, -106.49),
           ("Dallas", 32.78, -96.80), ("Houston", 29.76, -95.37), ("San Antonio", 29.42, -98.49),
           ("Chicago", 41.88, -87.63), ("Atlanta", 33.75, -84.39)]


@dataclass
class PipelineSettings:
    """What the chain runs on and how the briefing looks."""

    out_dir: str
    municipalities: str = ""
    events: str = ""
    ports: str = ""
    hubs: str = ""
    zones: str = ""            # an existing zones layer; empty: zones are proposed from the ranking
    homicides_file: str = ""
    homicides_layer: str = ""
    start: str = "2020-01-01"
    end: str = "2023-12-31"
    deaths_field: str = "best"
    date_field: str = "date_start"
    n_zones: int = 3
    zone_radius_km: float = 40.0
    permutations: int = 199
    demo: bool = False
    language: str = "en"
    page_size: int = 0
    analyst: str = ""
    title: str = ""
    homicide_years: tuple = ()   # first and last year of the homicide counts (known for the real data)
    sources: str = ""
    png: bool = True
    field_pack: bool = True
    skip: List[str] = field(default_factory=list)


@dataclass
class PipelineResult:
    outputs: Dict[str, Any] = field(default_factory=dict)
    log: List[str] = field(default_factory=list)
    timings: Dict[str, float] = field(default_factory=dict)
    unavailable: List[str] = field(default_factory=list)
    failed: List[str] = field(default_factory=list)
    # Per step that read events: how they were handled (point / municipality / state / out of maps), as it said.
    precision: Dict[str, str] = field(default_factory=dict)
    given: Dict[str, Dict[str, Any]] = field(default_factory=dict)    # the parameters each step was run with


class Pipeline:
    """Runs the steps in order; each step records its outputs, time, and whether it ran."""

    def __init__(self, settings: PipelineSettings, feedback: Optional[QgsProcessingFeedback] = None,
                 context: Optional[QgsProcessingContext] = None, log: Optional[Callable[[str], None]] = None):
        self.settings = settings
        self.feedback = feedback or QgsProcessingFeedback()
        self.context = context
        self.result = PipelineResult()
        self._log = log
        Path(settings.out_dir).mkdir(parents=True, exist_ok=True)

    # ------------------------------------------------------------------------------------------ plumbing
    def log(self, message: str) -> None:
        self.result.log.append(message)
        self.feedback.pushInfo(message)
        if self._log:
            self._log(message)

    def path(self, name: str) -> str:
        return os.path.join(self.settings.out_dir, name)

    def run(self, alg_id: str, params: Dict[str, Any], label: str) -> Optional[Dict[str, Any]]:
        """Run one algorithm if installed and its declared parameters cover what it requires; else log why not."""
        import processing

        if label in self.settings.skip:
            self.log(translate("VdtoPipeline", "[skip] {0}: skipped on request").format(label))
            return None
        algorithm = QgsApplication.processingRegistry().algorithmById(alg_id)
        if algorithm is None:
            self.result.unavailable.append(alg_id)
            self.log(translate("VdtoPipeline", "[not available] {0}: algorithm {1} is not installed; the briefing "
                                               "prints what the other steps produced").format(label, alg_id))
            return None
        declared = {p.name(): p for p in algorithm.parameterDefinitions()}
        given = {k: v for k, v in params.items() if k in declared and v not in (None, "")}
        missing = [name for name, p in declared.items()
                   if not (p.flags() & PARAMETER_OPTIONAL) and name not in given and p.defaultValue() is None
                   and p.type() not in ("sink", "rasterDestination", "fileDestination", "vectorDestination")]
        if missing:
            self.result.unavailable.append(alg_id)
            self.log(translate("VdtoPipeline", "[not available] {0}: {1} needs {2}, which this pipeline cannot "
                                               "supply").format(label, alg_id, ", ".join(missing)))
            return None
        if "MUNICIPALITIES" in declared and self.settings.municipalities and "MUNICIPALITIES" not in given:
            given["MUNICIPALITIES"] = self.settings.municipalities   # every event-reading step spreads the same way
        self.result.given[label] = dict(given)
        started = time.perf_counter()
        try:
            kwargs = {"feedback": self.feedback}
            if self.context is not None:
                kwargs["context"] = self.context
            outputs = processing.run(alg_id, given, **kwargs)
        except QgsProcessingException as error:
            self.result.failed.append(alg_id)
            self.log(translate("VdtoPipeline", "[failed] {0}: {1}: {2}").format(label, alg_id, error))
            return None
        self.result.timings[label] = time.perf_counter() - started
        if alg_id in self.result.failed:  # an earlier attempt (other settings) failed; this one worked
            self.result.failed.remove(alg_id)
        self.log(translate("VdtoPipeline", "[done] {0}: {1} in {2:.1f} s").format(label, alg_id,
                                                                                  self.result.timings[label]))
        if outputs.get("PRECISION"):
            self.result.precision[label] = outputs["PRECISION"]
            self.log(translate("VdtoPipeline", "[events] {0}: {1}").format(label, outputs["PRECISION"]))
        return outputs

    # ------------------------------------------------------------------------------------------ steps
    def events_layer(self) -> QgsVectorLayer:
        """The events layer as the analyst loads it: every algorithm filters it by START/END itself, as in the dock
        (a second, filtered layer on the same GeoPackage is avoided: OGR then loses its SQLite connection)."""
        s = self.settings
        layer = QgsVectorLayer(s.events, "events", "ogr")
        if not layer.isValid():
            raise QgsProcessingException(translate("VdtoPipeline", "The events layer {0} does not open: check the "
                                                                   "path.").format(s.events))
        return layer

    def in_period(self, events: QgsVectorLayer):
        """The period's predicate on event features (the briefing's own rule: days included)."""
        from .briefing.figures import period_filter

        s = self.settings
        return period_filter(events, s.date_field, (s.start, s.end) if (s.start or s.end) else None)

    def period(self) -> Dict[str, str]:
        """START/END/DATE_FIELD as every event-reading algorithm takes them (the analysis state's period)."""
        s = self.settings
        return {"DATE_FIELD": s.date_field, "START": s.start, "END": s.end}

    def execute(self) -> PipelineResult:
        s = self.settings
        out = self.result.outputs
        events = self.events_layer()
        out["events"] = events
        keep = self.in_period(events)
        counted = sum(1 for f in events.getFeatures() if keep is None or keep(f))
        self.log(translate("VdtoPipeline", "events in the period {0} – {1}: {2}").format(s.start, s.end, counted))
        surface = self.run("vdto:violencesurface", dict(self.period(), **{
            "INPUT": events, "WEIGHT_FIELD": s.deaths_field, "RADIUS": DEFAULT_SURFACE_RADIUS_M, "PIXEL_SIZE": 5000,
            "KERNEL": Kernel.QUARTIC.value, "OUTPUT_VALUE": SurfaceOutput.DENSITY.value, "MASK": s.municipalities,
            "MUNICIPALITIES": s.municipalities,
            "OUTPUT": self.path("surface.tif")}), "surface")
        if surface:
            out["surface"] = surface["OUTPUT"]
        import datetime

        from .core.dates import bound, year_of

        years = (year_of(s.start), year_of(s.end))   # the plugin's date grammar: "01/01/2021" works too
        first, last = bound(s.start) if s.start else None, bound(s.end, end=True) if s.end else None
        whole_years = (None not in years and first == datetime.date(years[0], 1, 1)
                       and last == datetime.date(years[1], 12, 31))
        if s.homicide_years and not (whole_years and s.homicide_years[0] <= years[0]
                                     and years[1] <= s.homicide_years[1]):
            # Regions found in other years than the events would mix periods (the briefing refuses that).
            self.log(translate("VdtoPipeline", "[skip] indicators and hotspots: the homicide counts cover whole "
                                               "years {0}–{1}, not the period {2} – {3}; the briefing has no violent "
                                               "regions").format(*s.homicide_years, s.start, s.end))
            s.skip = list(s.skip) + ["indicators"]
        indicators = self.run("vdto:municipalindicators", {
            "MUNICIPALITIES": s.municipalities, "HOMICIDES": s.homicides_file, "HOMICIDES_LAYER": s.homicides_layer,
            "START_YEAR": years[0], "END_YEAR": years[1], "START_MONTH": 1, "END_MONTH": 12,
            "SURFACE": out.get("surface"),
            "OUTPUT": self.path("indicators.gpkg")}, "indicators")
        hotspots = None
        if indicators:
            out["indicators"] = indicators["OUTPUT"]
            # Smoothed rates first (small municipalities); plain counts when rates are missing somewhere.
            candidates = ["eb_spatial", "eb_global", "eb_rate", "rate", "homicides"]
            hotspot_field = self.pick_field(indicators["OUTPUT"], candidates)
            for field_name in dict.fromkeys([hotspot_field, "homicides"]):
                hotspots = self.run("vdto:hotspots", {
                    "INPUT": indicators["OUTPUT"], "FIELD": field_name, "WEIGHTS": WeightsScheme.QUEEN.value,
                    "PERMUTATIONS": s.permutations, "SEED": DEFAULT_SEED, "FDR": False,
                    "OUTPUT": self.path("hotspots.gpkg"), "REGIONS": self.path("regions.gpkg")},
                    f"hotspots ({field_name})")
                if hotspots:
                    break
            if hotspots:
                out["hotspots"], out["regions"] = hotspots["OUTPUT"], hotspots.get("REGIONS")
        common = dict(self.period(), INPUT=events, DEATHS_FIELD=s.deaths_field,
                      ATTRIBUTION=Attribution.FULL.value)
        ranking = self.run("vdto:rankvdtos", dict(common, REGIONS=out.get("regions"),
                                                  OUTPUT=self.path("ranking.gpkg"),
                                                  OUTPUT_REGIONS=self.path("ranking_regions.gpkg")), "ranking")
        if ranking:
            out["ranking"], out["ranking_regions"] = ranking["OUTPUT"], ranking.get("OUTPUT_REGIONS")
        territories = self.run("vdto:territories", dict(common, TOP_N=5, MUNICIPALITIES=s.municipalities,
                                                        OUTPUT=self.path("territories.gpkg")), "territories")
        if territories:
            out["territories"] = territories["OUTPUT"]
            hubs = s.hubs or self.write_hubs()
            corridors = self.run("vdto:corridors", dict(self.period(), **{
                "TERRITORIES": territories["OUTPUT"], "PORTS": s.ports, "DESTINATIONS": hubs, "EVENTS": events,
                "MUNICIPALITIES": s.municipalities,
                "DEATHS_FIELD": s.deaths_field, "ATTRIBUTION": Attribution.FULL.value,
                "OUTPUT": self.path("corridors.gpkg"),
                "OUTPUT_BUFFERS": self.path("corridor_buffers.gpkg")}), "corridors")
            if corridors:
                out["corridors"], out["corridor_buffers"] = corridors["OUTPUT"], corridors.get("OUTPUT_BUFFERS")
        if ranking:
            package = self.run("vdto:targetpackage", {
                "RANKING": ranking["OUTPUT"], "REGIONS_RANKING": ranking.get("OUTPUT_REGIONS"),
                "CORRIDORS": out.get("corridors"), "TOP_N": 5, "OUTPUT": self.path("target_package.gpkg"),
                "OUTPUT_CSV": self.path("target_package.csv")}, "target package")
            if package:
                out["target_package"] = package["OUTPUT"]
        out["zones"] = s.zones or self.propose_zones(events)
        if out["zones"]:
            stats = self.run("vdto:zonestatistics", dict(self.period(), **{
                "ZONES": out["zones"], "EVENTS": events, "DEATHS_FIELD": s.deaths_field,
                "MUNICIPALITIES": s.municipalities, "CORRIDORS": out.get("corridor_buffers"), "PORTS": s.ports,
                "OUTPUT": self.path("zone_statistics.gpkg")}), "zone statistics")
            if stats:
                out["zone_statistics"] = stats["OUTPUT"]
        self.briefing()
        if s.field_pack:
            self.field_pack()
        return self.result

    # ------------------------------------------------------------------------------------------ helpers
    @staticmethod
    def pick_field(uri: str, candidates: List[str]) -> str:
        layer = QgsVectorLayer(uri, "probe", "ogr")
        names = [f.name() for f in layer.fields()]
        return next((c for c in candidates if c in names), candidates[-1])

    def write_hubs(self) -> str:
        """The approximate U.S. hubs as a small GeoPackage layer (corridor destinations for the real data)."""
        from shapely.geometry import Point

        from .qgis_bridge.records import write_records

        path = self.path("us_hubs.gpkg")
        if os.path.exists(path):
            os.remove(path)
        approx = text("approx", self.settings.language)
        write_records(path, "us_hubs", [{"hub_id": i, "name": f"{name} ({approx})", "geometry": Point(lon, lat)}
                                        for i, (name, lat, lon) in enumerate(US_HUBS, start=1)], "Point",
                      "Approximate U.S. wholesale hubs (city centres typed by hand)")
        self.result.outputs["hubs"] = f"{path}|layername=us_hubs"
        return self.result.outputs["hubs"]

    def propose_zones(self, events: QgsVectorLayer) -> str:
        """Proposed zones: a circle around the densest 0.5° cell of each top organisation's events.

        The analyst draws real zones; these only make the briefing complete when none were given.
        """
        from .definitions import ZONE_FIELDS
        from .briefing.figures import provisional_ranking

        keep = self.in_period(events)
        ranking = provisional_ranking(events, self.settings.deaths_field, self.settings.language, keep)
        if ranking is None or not ranking[0].rows:
            self.log(translate("VdtoPipeline", "[skip] zones: no organisations in the events, no zones proposed"))
            return ""
        from .core.organisations import AliasTable, default_alias_path

        # Twice as many organisations as zones: one whose densest place is already another's zone joins that zone
        # (a contested place, e.g. Ciudad Juárez in 2006–2012) instead of being sent to its second-best place.
        organisations = [row[1] for row in ranking[0].rows[: 2 * self.settings.n_zones]]
        cells: Dict[str, Dict[tuple, float]] = {o: {} for o in organisations}
        actor_fields = [f for f in ("side_a", "side_b") if events.fields().indexOf(f) >= 0]
        aliases = AliasTable.from_csv(default_alias_path())   # the ranking's names are the table's spellings
        from .definitions import PRECISION_POINT
        from .qgis_bridge.events import EventQuery, read_events

        # Only precise events place a zone: one known only to its state sits at the state's centroid. The reader
        # keeps the period's events (``keep``: the analysis period).
        table = read_events(events, events.crs(), EventQuery(deaths_field=self.settings.deaths_field or "",
                                                             actor_fields=actor_fields,
                                                             **(keep.query_values() if keep is not None else {})))
        frame = table.frame[(table.handled == PRECISION_POINT) & table.frame["x"].notna()]
        for row in frame[["x", "y", "deaths"] + actor_fields].itertuples(index=False, name=None):
            x, y, deaths = row[0], row[1], float(row[2])
            key = (round(x * 2) / 2, round(y * 2) / 2)
            for raw in row[3:]:
                for actor in {a.name for a in aliases.resolve(raw if raw is not None else "")}:
                    if actor in cells:
                        cells[actor][key] = cells[actor].get(key, 0.0) + deaths
        path = self.path("zones.gpkg")
        for stale in (path, path + "-wal", path + "-shm"):  # a previous run's zones must not be appended to
            if os.path.exists(stale):
                os.remove(stale)
        created = self.run("vdto:createzoneslayer", {"OUTPUT": path}, "zones layer")
        used: List[tuple] = []
        targets: List[List[str]] = []
        for organisation in organisations:
            ranked = sorted(cells[organisation].items(), key=lambda kv: -kv[1])
            if not ranked:
                continue
            best = ranked[0][0]
            near = [i for i, u in enumerate(used) if abs(best[0] - u[0]) + abs(best[1] - u[1]) <= 1.5]
            if near:                          # its densest place is already a zone: the zone is contested
                targets[near[0]].append(organisation)
                continue
            if len(used) < self.settings.n_zones:
                used.append(best)
                targets.append([organisation])
        for index, (centre, orgs) in enumerate(zip(used, targets), start=1):
            name = f"{text('zone_name', self.settings.language)} {index} — {' / '.join(orgs)}"
            if created:
                self.run("vdto:bufferzone", {"POINT": f"{centre[0]},{centre[1]} [EPSG:4326]",
                                             "RADIUS_KM": self.settings.zone_radius_km, "ZONES_FILE": path,
                                             "NAME": name, "TARGET": "; ".join(orgs), "BASIS": 0},
                         f"zone {index}")
        if not created:
            return self._zones_fallback(path, ["; ".join(orgs) for orgs in targets], used, ZONE_FIELDS)
        return f"{path}|layername=zones" if self._has_layer(path, "zones") else path

    @staticmethod
    def _has_layer(path: str, name: str) -> bool:
        return QgsVectorLayer(f"{path}|layername={name}", "probe", "ogr").isValid()

    def _zones_fallback(self, path: str, organisations: List[str], centres: List[tuple], fields: List[str]) -> str:
        """Zones written directly (same schema) when the zone algorithms are not installed."""
        from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsPointXY
        from shapely import wkb

        from .qgis_bridge.records import write_records

        wgs84, metric = QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:6372")
        to_metric = QgsCoordinateTransform(wgs84, metric, QgsProject.instance())
        to_wgs84 = QgsCoordinateTransform(metric, wgs84, QgsProject.instance())
        records = []
        for index, (organisation, (x, y)) in enumerate(zip(organisations, centres), start=1):
            geometry = QgsGeometry.fromPointXY(QgsPointXY(x, y))
            geometry.transform(to_metric)
            geometry = geometry.buffer(self.settings.zone_radius_km * 1000.0, 48)
            geometry.transform(to_wgs84)
            geometry.convertToMultiType()
            record = {name: "" for name in fields}
            record.update({"zone_id": index, "target": organisation,
                           "name": f"{text('zone_name', self.settings.language)} {index} — {organisation}",
                           "basis": "vdto", "priority": index, "status": "proposed",
                           "geometry": wkb.loads(bytes(geometry.asWkb()))})
            records.append(record)
        if os.path.exists(path):
            os.remove(path)
        if not records:
            return ""
        write_records(path, "zones", records, "MultiPolygon", "Proposed enforcement zones (pipeline)")
        self.log(translate("VdtoPipeline", "[fallback] zones: {0} proposed zones written directly to {1}").format(
            len(records), path))
        return f"{path}|layername=zones"

    def briefing(self) -> None:
        s, out = self.settings, self.result.outputs
        params = {
            "ZONES": out.get("zone_statistics") or out.get("zones"), "PORTS": s.ports,
            "HUBS": out.get("hubs") or s.hubs, "CORRIDORS": out.get("corridor_buffers") or out.get("corridors"),
            "TERRITORIES": out.get("territories"), "REGIONS": out.get("regions"),
            "SURFACE": out.get("surface"),
            "SURFACE_MEASURE": (SurfaceMeasure.DEATHS if s.deaths_field else SurfaceMeasure.EVENTS).value,
            "EVENTS": out["events"], "DEATHS_FIELD": s.deaths_field, "DATE_FIELD": s.date_field,
            "RANKING": out.get("ranking"), "TARGET_PACKAGE": out.get("target_package"),
            "STUDY_AREA": s.municipalities, "TITLE": s.title, "ANALYST": s.analyst,
            "SOURCES": s.sources, "PAGE_SIZE": s.page_size, "LANGUAGE": 0 if s.language == "en" else 1,
            "DEMO": s.demo, "KEEP_LAYOUT": True, "OUTPUT": self.path("briefing.pdf"),
            "OUTPUT_PNG": self.path("briefing.png") if s.png else None}
        result = self.run("vdto:briefing", params, "briefing")
        if result:
            out["briefing"] = result["OUTPUT"]
            out["pages"] = result["PAGES"]
            out["png"] = [p for p in result.get("PNG_FILES", "").split(";") if p]

    def pack_layers(self) -> list:
        """Inputs and results, each with the briefing's look for its role, top first as the briefing map draws
        them (zones, points, corridors, territories, regions, surface over the choropleth), tables last."""
        from .briefing.styles import styled_clone

        out = self.result.outputs
        roles = {"zone_statistics": "zones", "zones": "zones", "hubs": "hubs", "ports": "ports", "events": "events",
                 "corridor_buffers": "corridors", "corridors": "corridors", "territories": "territories",
                 "regions": "regions", "surface": "surface", "hotspots": "hotspots",
                 "municipalities": "municipalities", "ranking": "", "target_package": ""}
        sources = dict(out, ports=self.settings.ports, municipalities=self.settings.municipalities)
        layers = []
        for key, role in roles.items():
            uri = sources.get(key)
            if not uri:
                continue
            if isinstance(uri, QgsVectorLayer):
                layer = uri
            else:
                layer = QgsRasterLayer(uri, key) if key == "surface" else QgsVectorLayer(uri, key, "ogr")
            if layer.isValid():
                layers.append(styled_clone(role, layer, key) if role else layer)
        return layers

    def field_pack(self) -> None:
        """Every layer of :meth:`pack_layers` (and the briefing layout) into one GeoPackage."""
        out = self.result.outputs
        self._pack_layers = self.pack_layers()  # kept: a caller may render the same layers as a reference
        result = self.run("vdto:fieldpack", {"LAYERS": self._pack_layers, "OUTPUT": self.path("field_pack.gpkg"),
                                             "PROJECT_NAME": "vdto_field_pack", "INCLUDE_LAYOUT": True},
                          "field pack")
        if result:
            out["field_pack"] = result["OUTPUT"]


def demo_settings(out_dir: str, demo_gpkg: Dict[str, str], **kwargs) -> PipelineSettings:
    """Settings for the synthetic scenario written by ``vdto:demoscenario`` (its output dict)."""
    return PipelineSettings(out_dir=out_dir, municipalities=demo_gpkg["MUNICIPALITIES"],
                            events=demo_gpkg["EVENTS_LAYER"], ports=demo_gpkg["PORTS"], hubs=demo_gpkg["HUBS"],
                            zones=demo_gpkg["ZONES"], homicides_layer=demo_gpkg["HOMICIDES"], start="2022-01-01",
                            end="2023-12-31", demo=True, **kwargs)


def real_settings(out_dir: str, data_dir: str, **kwargs) -> PipelineSettings:
    """Settings for the real public datasets in ``data_dir`` (INEGI, UCDP GED, BTS)."""
    root = Path(data_dir)

    def uri(key: str) -> str:
        path, _, layer = REAL_FILES[key].partition("|")
        return str(root / path) + (f"|{layer}" if layer else "")

    for key in REAL_FILES:
        if not (root / REAL_FILES[key].split("|")[0]).exists():
            raise FileNotFoundError(f"{root / REAL_FILES[key].split('|')[0]} is missing: point to the folder "
                                    "holding the shared datasets (see its README)")
    kwargs.setdefault("homicide_years", REAL_HOMICIDE_YEARS)
    if not kwargs.get("start") and not kwargs.get("end"):
        kwargs["start"], kwargs["end"] = REAL_PERIOD
    return PipelineSettings(out_dir=out_dir, municipalities=uri("municipalities"), events=uri("events"),
                            ports=uri("ports"), homicides_file=uri("homicides"), **kwargs)


def run_demo_scenario(out_dir: str, seed: int = 2014) -> Dict[str, str]:
    """Write the synthetic scenario GeoPackage with ``vdto:demoscenario``; returns its outputs."""
    import processing

    Path(out_dir).mkdir(parents=True, exist_ok=True)
    return processing.run("vdto:demoscenario", {"SEED": seed, "OUTPUT": os.path.join(out_dir, "demo_scenario.gpkg")})
