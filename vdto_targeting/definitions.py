"""Constants shared by every layer of the plugin, defined once.

Nothing here imports Qt or QGIS, so the core and the tests can use it.
"""
from __future__ import annotations

from enum import IntEnum


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pylupdate5 reads
    """Mark ``text`` for translation in ``context`` where it is written; it is translated where it is shown
    (``i18n.translate``/``tr``/``self.tr`` in that context). Qt's own marker, without Qt: the core imports this module.
    """
    return text


PLUGIN_NAME = "VDTO Targeting"
PLUGIN_SLUG = "vdto_targeting"
PROVIDER_ID = "vdto"
DOCK_OBJECT_NAME = "VdtoTargetingDock"
TOOLBAR_OBJECT_NAME = "VdtoTargetingToolbar"
LAYER_GROUP_NAME = "VDTO Targeting"
SETTINGS_PREFIX = "vdto_targeting/"
PROJECT_SCOPE = "vdto_targeting"

# Metric CRS for Mexico: INEGI's Lambert Conformal Conic (ITRF2008), EPSG:6372.
MEXICO_METRIC_CRS = "EPSG:6372"
GEOGRAPHIC_CRS = "EPSG:4326"

# Choices of the algorithms' enum parameters, by value; the order of each class is the order of the choices. A member
# compares equal to ``parameterAsEnum``'s int, but Qt wraps it as a Python object in a QVariant (Processing then
# refuses it): give Qt ``member.value`` (combo data, parameter values, defaults), never the member itself.


class Kernel(IntEnum):
    """Kernel shapes, in QGIS's heatmap order, plus Gaussian (``vdto:violencesurface`` KERNEL)."""
    QUARTIC = 0
    TRIANGULAR = 1
    UNIFORM = 2
    TRIWEIGHT = 3
    EPANECHNIKOV = 4
    GAUSSIAN = 5


class SurfaceOutput(IntEnum):
    """What a surface cell holds (``vdto:violencesurface`` OUTPUT_VALUE)."""
    RAW = 0        # kernel sum, as QGIS's heatmap
    DENSITY = 1    # per km², integrates to the total


class PolygonMode(IntEnum):
    """How a municipal count enters the surface (``vdto:violencesurface`` POLYGON_MODE)."""
    POINT = 0      # at a point on the surface of the polygon
    SPREAD = 1     # spread uniformly over the polygon


class WeightsScheme(IntEnum):
    """Which municipalities are neighbours (``vdto:hotspots`` WEIGHTS)."""
    QUEEN = 0
    ROOK = 1
    KNN = 2
    DISTANCE_BAND = 3

    @property
    def needs_centroids(self) -> bool:
        """k nearest and distance band measure distances between centroids (a valid CRS is needed)."""
        return self in (WeightsScheme.KNN, WeightsScheme.DISTANCE_BAND)


class Attribution(IntEnum):
    """How an event's deaths are credited to its parties (ATTRIBUTION of the events algorithms)."""
    FULL = 0       # every party gets all the deaths of its events
    EQUAL = 1      # the deaths are split equally among the parties


class PageSize(IntEnum):
    """Landscape page of the briefing (``vdto:briefing`` PAGE_SIZE); names in PAGE_SIZE_NAMES."""
    A4 = 0
    LETTER = 1


class TerritoryWeight(IntEnum):
    """What each event weighs in an organisation's territory (``vdto:territories`` WEIGHT)."""
    EVENTS = 0
    DEATHS = 1


class SurfaceMeasure(IntEnum):
    """What the briefing's surface legend says one unit is (``vdto:briefing`` SURFACE_MEASURE)."""
    AUTOMATIC = 0
    EVENTS = 1
    DEATHS = 2
    RAW = 3


# Shown by vdto:violencesurface (``self.tr`` of ViolenceSurface): marked in its context.
KERNEL_NAMES = [QT_TRANSLATE_NOOP("ViolenceSurface", "Quartic"), QT_TRANSLATE_NOOP("ViolenceSurface", "Triangular"),
                QT_TRANSLATE_NOOP("ViolenceSurface", "Uniform"), QT_TRANSLATE_NOOP("ViolenceSurface", "Triweight"),
                QT_TRANSLATE_NOOP("ViolenceSurface", "Epanechnikov"), QT_TRANSLATE_NOOP("ViolenceSurface", "Gaussian")]
PAGE_SIZE_NAMES = ["A4", "Letter"]
# The plain ints under the names the code used before the enums (safe to hand to Qt as they are).
KERNEL_QUARTIC, KERNEL_TRIANGULAR, KERNEL_UNIFORM, KERNEL_TRIWEIGHT, KERNEL_EPANECHNIKOV, KERNEL_GAUSSIAN = (
    member.value for member in Kernel)
OUTPUT_RAW, OUTPUT_DENSITY = (member.value for member in SurfaceOutput)

# Kernel radius of the violence surface: the algorithm's default, the dock's and the briefing workflow's (20 km:
# regions of a few municipalities; QGIS's heatmap has no default radius).
DEFAULT_SURFACE_RADIUS_M = 20000.0

DEFAULT_HANDLING_MARKING = "LAW ENFORCEMENT SENSITIVE"

# Schemas of the zones layer and the targets table, defined once for the GeoPackage (qgis_bridge/zones_layer.py,
# qgis_bridge/targets_table.py) and the PostGIS team workspace (qgis_bridge/workspace_sql.py): field name → kind,
# in column order. Kinds: "text", "integer", "date", "datetime" (each side maps them to its own types).
FIELD_KINDS = ("text", "integer", "date", "datetime")
# Zones layer schema (fixed; the form and the statistics rely on it).
ZONE_SCHEMA = {
    "zone_id": "text", "name": "text", "target": "text", "basis": "text", "priority": "integer", "status": "text",
    "start_date": "date", "end_date": "date", "notes": "text", "created_at": "datetime", "updated_at": "datetime",
}
ZONE_FIELDS = list(ZONE_SCHEMA)
#: Zone fields the analyst sets (the rest the store maintains); a team check-in carries these.
ZONE_EDITABLE = ["name", "target", "basis", "priority", "status", "start_date", "end_date", "notes"]
# Stored as written (English); shown through ``i18n.tr`` (context "@default") in forms and the zones panel.
ZONE_STATUSES = [QT_TRANSLATE_NOOP("@default", "proposed"), QT_TRANSLATE_NOOP("@default", "approved"),
                 QT_TRANSLATE_NOOP("@default", "active"), QT_TRANSLATE_NOOP("@default", "closed")]
ZONE_BASES = [QT_TRANSLATE_NOOP("@default", "vdto"), QT_TRANSLATE_NOOP("@default", "region")]
# Targets table of the zones GeoPackage: the targeting cycle's designations and announcements.
TARGET_SCHEMA = {
    "target_id": "text", "organisation": "text", "region": "text", "criterion": "text", "designated_on": "date",
    "announced_on": "date", "status": "text", "analyst": "text", "notes": "text", "created_at": "datetime",
    "updated_at": "datetime",
}
TARGET_FIELDS = list(TARGET_SCHEMA)
#: Target fields the analyst sets (the rest the store maintains); a team check-in carries these.
TARGET_EDITABLE = ["organisation", "region", "criterion", "designated_on", "announced_on", "status", "analyst",
                   "notes"]
TARGET_STATUSES = [QT_TRANSLATE_NOOP("@default", "proposed"), QT_TRANSLATE_NOOP("@default", "designated"),
                   QT_TRANSLATE_NOOP("@default", "announced"), QT_TRANSLATE_NOOP("@default", "closed")]
# The targeting cycle: catchment ring width for displacement, months either side of an announcement.
DEFAULT_CATCHMENT_KM = 10.0
DEFAULT_CYCLE_MONTHS = 24


class HistoryInterval(IntEnum):
    """Periods of the ranking over time (``vdto:rankinghistory`` INTERVAL)."""
    MONTH = 0
    QUARTER = 1
    YEAR = 2


# The ranking over time: yearly periods, bootstrap replicates of each period's ranking and their seed.
DEFAULT_HISTORY_INTERVAL = HistoryInterval.YEAR
DEFAULT_HISTORY_BOOTSTRAP = 1000
DEFAULT_HISTORY_SEED = 1

# --- Organisations and corridors ---
# U.S.–Mexico boundary, west←east, lon/lat: Natural Earth 1:10m (public domain, basemap_north_america
# `us_mexico_border`) simplified with Douglas–Peucker at 0.03° (Hausdorff ≈ 3 km). Default border for port choice
# ("nearest along the border") and for the border-zone check of ports when the analyst gives no border layer.
US_MX_BORDER_LONLAT = [
    (-97.138, 25.966), (-97.268, 25.961), (-97.350, 25.919), (-97.347, 25.853), (-97.426, 25.854), (-97.660, 26.030),
    (-98.186, 26.065), (-98.430, 26.217), (-98.654, 26.244), (-98.801, 26.373), (-99.107, 26.423), (-99.093, 26.484),
    (-99.165, 26.540), (-99.248, 26.827), (-99.460, 27.057), (-99.431, 27.207), (-99.521, 27.312), (-99.474, 27.415),
    (-99.514, 27.589), (-99.701, 27.659), (-99.834, 27.776), (-100.058, 28.137), (-100.259, 28.261),
    (-100.356, 28.478), (-100.324, 28.510), (-100.385, 28.538), (-100.619, 28.917), (-100.670, 29.117),
    (-100.763, 29.174), (-100.796, 29.257), (-101.008, 29.380), (-101.037, 29.459), (-101.224, 29.541),
    (-101.235, 29.623), (-101.310, 29.598), (-101.300, 29.650), (-101.357, 29.667), (-101.404, 29.779),
    (-101.523, 29.765), (-101.548, 29.821), (-101.631, 29.775), (-102.110, 29.802), (-102.322, 29.893),
    (-102.405, 29.777), (-102.693, 29.736), (-102.840, 29.453), (-102.837, 29.367), (-102.884, 29.343),
    (-102.898, 29.264), (-102.858, 29.230), (-102.988, 29.177), (-103.121, 28.997), (-103.388, 29.029),
    (-103.550, 29.154), (-103.769, 29.230), (-103.784, 29.275), (-104.057, 29.340), (-104.266, 29.527),
    (-104.338, 29.524), (-104.518, 29.654), (-104.684, 29.953), (-104.680, 30.192), (-104.856, 30.417),
    (-104.936, 30.611), (-105.166, 30.782), (-105.364, 30.851), (-105.962, 31.371), (-106.210, 31.477),
    (-106.358, 31.717), (-106.430, 31.759), (-108.215, 31.778), (-108.215, 31.327), (-111.005, 31.327),
    (-114.818, 32.499), (-114.724, 32.713), (-117.125, 32.531),
]
# A port further than this from the border line is rejected (BTS points lie ≤ 6 km from the generalised line).
BORDER_ZONE_KM = 15.0
# Organisation kinds in the alias table; only DTO_KINDS are ranked as VDTOs.
ORG_KINDS = ["dto", "state", "civilian", "armed_group", "unidentified"]
DTO_KINDS = ["dto"]
ATTRIBUTION_FULL, ATTRIBUTION_EQUAL = (member.value for member in Attribution)
DEFAULT_REGION_THRESHOLD = 0.4
# Regions: organisations whose deficit against the leader has a 95 % bootstrap interval reaching 0 share the lead.
DEFAULT_TIE_RESAMPLES = 1000
DEFAULT_TERRITORY_SHARE = 0.8
# Territories by dominance: a cell is contested when the second organisation's density is within this
# fraction of the first's; parts smaller than the area or holding less than the share of the organisation's violence
# are dropped (and counted).
DEFAULT_CONTEST_MARGIN = 0.25
DEFAULT_MIN_PART_KM2 = 500.0
DEFAULT_MIN_PART_SHARE = 0.02
DEFAULT_TERRITORY_PIXEL_M = 5000.0
DEFAULT_TERRITORY_RADIUS_M = 25000.0
# Corridors from evidence: events within this distance of a port (or in its twin municipality) are its
# evidence, each weighted 1 in the twin municipality and 1 - d/R elsewhere; a link is strong from these weighted
# deaths and events, a port group (plaza) is kept when its evidence reaches the fraction of the organisation's best.
DEFAULT_PORT_RADIUS_KM = 50.0
DEFAULT_STRONG_DEATHS = 20.0
DEFAULT_STRONG_EVENTS = 3
DEFAULT_PLAZAS_PER_ORG = 4
DEFAULT_MIN_PLAZA_FRACTION = 0.25
CORRIDOR_STRENGTHS = ["assigned", "strong", "weak", "fallback", "none"]

# --- The dock ---
# Step keys, in workflow order; a result layer carries its step in the custom property LAYER_STEP_PROPERTY so a re-run
# replaces it, and LAYER_ORDER puts zones on top and the surface at the bottom of the layer group.
STEP_KEYS = ["data", "surface", "hotspots", "organisations", "zones", "briefing"]
LAYER_STEP_PROPERTY = "vdto_targeting/step"
LAYER_ALGORITHM_PROPERTY = "vdto_targeting/algorithm"
LAYER_OUTPUT_PROPERTY = "vdto_targeting/output"
# Drawing order of the results group, top first, chosen so the map reads like the briefing: zones, then events and
# ports (points), corridors, territories and regions (outlines and light fills), the violence surface (semi-opaque)
# OVER the municipal choropleth (hotspots, indicators), the municipalities, and tables last (they draw nothing).
LAYER_ORDER = ["preview", "zones", "events", "corridors", "territories", "regions", "surface", "hotspots", "data",
               "tables"]
# Place of an output in LAYER_ORDER: by output name first, then by algorithm name (then the step's own place).
LAYER_PLACE_BY_OUTPUT = {"ZONES": "zones", "EVENTS": "events", "EVENTS_LAYER": "events", "PORTS": "events",
                         "HUBS": "events", "REGIONS": "regions", "MUNICIPALITIES": "data"}
LAYER_PLACE_BY_ALGORITHM = {"zonestatistics": "zones", "corridors": "corridors", "territories": "territories",
                            "violencesurface": "surface", "hotspots": "hotspots", "municipalindicators": "data",
                            "rankvdtos": "tables", "targetpackage": "tables"}
LAYER_PLACE_BY_STEP = {"data": "data", "surface": "surface", "hotspots": "hotspots", "organisations": "territories",
                       "zones": "zones", "briefing": "zones", "preview": "preview"}
# Opacity of the violence surface over the choropleth: its hot cores read, the municipal classes show through.
SURFACE_OPACITY = 0.75
OUTPUT_FOLDER_NAME = "vdto_outputs"
PREVIEW_DEBOUNCE_MS = 150
PREVIEW_MAX_RADIUS_M = 100_000

# --- Municipal indicators, hotspots and violent regions ---
# Output schema other steps consume: keep these names.
INDICATOR_FIELDS = ["homicides", "months", "population", "person_years", "rate", "eb_global", "eb_spatial"]
HOTSPOT_FIELDS = ["gi_z", "gi_p", "gi_class", "lisa_i", "lisa_p", "lisa_class"]
EMERGING_FIELDS = ["eh_class", "eh_trend_z", "eh_trend_p"]
REGION_FIELDS = ["region_id", "n_munis", "population", "homicides", "share", "cvegeo_list", "label"]
DEFAULT_PERMUTATIONS = 999
DEFAULT_SEED = 12345
# Getis-Ord statistic, weighting and permutation p-value (esda's names), in the order of the algorithm's choices.
GI_STAR, GI_PLAIN = 0, 1
WEIGHTING_ROW, WEIGHTING_BINARY = 0, 1
P_DIRECTED, P_FOLDED = 0, 1
P_ALTERNATIVES = ["directed", "folded"]

# --- One analysis, one period ---
# Every output computed from events (or homicide counts) records the period it covers in these two text fields
# (ISO dates, first and last day included); rasters carry the same values as GDAL metadata items. The briefing reads
# them to print the period and refuses outputs whose periods differ.
PERIOD_START_FIELD = "period_start"
PERIOD_END_FIELD = "period_end"
PERIOD_START_METADATA = "VDTO_PERIOD_START"
PERIOD_END_METADATA = "VDTO_PERIOD_END"

# --- Location precision of events ---
# How an event enters maps and zones, from its geocoding precision. One definition for every reader; the rules that
# map UCDP's ``where_prec`` and ACLED's ``geo_precision`` onto these classes are in ``core/precision.py``.
PRECISION_POINT = 0          # UCDP where_prec 1–2, ACLED geo_precision 1: a point
PRECISION_MUNICIPALITY = 1   # UCDP 3, ACLED 2: spread over its municipality
PRECISION_STATE = 2          # UCDP 4, ACLED 3: spread over its state (or left out of maps, STATE_EVENTS_LEAVE_OUT)
PRECISION_OUT = 3            # UCDP ≥ 5: out of maps and zones, kept in national totals and rankings
PRECISION_CLASSES = [PRECISION_POINT, PRECISION_MUNICIPALITY, PRECISION_STATE, PRECISION_OUT]
PRECISION_NAMES = [QT_TRANSLATE_NOOP("@default", "point"), QT_TRANSLATE_NOOP("@default", "municipality"),
                   QT_TRANSLATE_NOOP("@default", "state"), QT_TRANSLATE_NOOP("@default", "out of maps")]
# Fields that carry the precision, and the scale each one is read on.
PRECISION_SCALE_UCDP = "ucdp"
PRECISION_SCALE_ACLED = "acled"
PRECISION_FIELDS = {"where_prec": PRECISION_SCALE_UCDP, "geo_precision": PRECISION_SCALE_ACLED}
# What maps do with state-level events: spread them over the state (default) or leave them out.
STATE_EVENTS_SPREAD = 0
STATE_EVENTS_LEAVE_OUT = 1
DEFAULT_STATE_EVENTS = STATE_EVENTS_SPREAD

# Event fields found by name when the analyst leaves them empty (UCDP GED first, then ACLED, then generic names).
DEATHS_CANDIDATES = ["best", "fatalities", "deaths", "deaths_best"]
EVENT_DATE_CANDIDATES = ["date_start", "event_date", "date", "fecha", "date_end"]
ACTOR_CANDIDATES = [("side_a", "side_b"), ("actor1", "actor2")]
ADMIN_CANDIDATES = [("adm_1", "adm_2"), ("admin1", "admin2")]
