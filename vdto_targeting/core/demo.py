"""A small, clearly labelled SYNTHETIC scenario for demonstrations and tests without the real datasets.

Why: the README's main command must show the whole workflow on any QGIS installation, and the repository may not
hold copies of the real data. Only the states outline is real (QGIS ships it, Natural Earth); everything else —
hexagonal "municipalities", populations, homicides, lethal events and the organisations involved — is generated
deterministically from a seed and named so nobody can mistake it for intelligence ("Organización A (demo)").
Ports of entry are typed by hand at approximate positions and say so.

Everything is in EPSG:4326 (lon/lat degrees), like the real datasets; the hexagon size is in degrees on purpose
(no projection library in the core) and is only a drawing device.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from ._compat import contains_xy, make_valid

DEMO_LABEL = "SYNTHETIC DEMO DATA"
DEFAULT_SEED = 2014

# Fictitious organisations: (name, plaza centres as (lon, lat, spread°), relative weight).
ORGANISATIONS: List[Tuple[str, List[Tuple[float, float, float]], float]] = [
    ("Organización A (demo)", [(-107.4, 24.8, 0.6), (-106.4, 31.6, 0.35), (-117.0, 32.45, 0.25)], 1.0),
    ("Organización B (demo)", [(-103.4, 20.6, 0.6), (-102.0, 19.2, 0.5), (-101.2, 20.6, 0.4)], 0.8),
    ("Organización C (demo)", [(-99.5, 27.4, 0.3), (-98.3, 25.9, 0.35)], 0.55),
    ("Organización D (demo)", [(-99.9, 17.6, 0.5), (-96.9, 19.2, 0.4)], 0.35),
    ("Organización E (demo)", [(-110.9, 31.2, 0.3), (-109.9, 27.5, 0.4)], 0.25),
]
# Which pairs fight (side_a, side_b) and how often, relative.
DYADS: List[Tuple[int, int, float]] = [(0, 1, 0.35), (0, 2, 0.2), (1, 3, 0.15), (0, 4, 0.12), (1, 2, 0.1),
                                       (2, 3, 0.08)]

# U.S.–Mexico land ports of entry: APPROXIMATE positions typed by hand for the demo (not BTS values).
DEMO_PORTS: List[Tuple[str, str, str, float, float]] = [
    ("2504", "San Ysidro", "California", 32.542, -117.030),
    ("2503", "Calexico", "California", 32.666, -115.497),
    ("2604", "Nogales", "Arizona", 31.333, -110.943),
    ("2402", "El Paso", "Texas", 31.757, -106.452),
    ("2302", "Del Rio", "Texas", 29.327, -100.928),
    ("2304", "Laredo", "Texas", 27.500, -99.507),
    ("2305", "Hidalgo", "Texas", 26.101, -98.263),
    ("2301", "Brownsville", "Texas", 25.902, -97.497),
]
# Synthetic U.S. wholesale hubs at approximate city positions.
DEMO_HUBS: List[Tuple[str, float, float]] = [
    ("Hub Los Angeles (demo)", 34.05, -118.24),
    ("Hub Phoenix (demo)", 33.45, -112.07),
    ("Hub Dallas (demo)", 32.78, -96.80),
    ("Hub Houston (demo)", 29.76, -95.37),
    ("Hub Chicago (demo)", 41.88, -87.63),
    ("Hub Atlanta (demo)", 33.75, -84.39),
]
# Demo enforcement zones: (name, target, basis, centre lon, centre lat, radius°, status, start date).
DEMO_ZONES: List[Tuple[str, str, str, float, float, float, str, str]] = [
    ("Zona 1 (demo) — Culiacán", "Organización A (demo)", "vdto", -107.4, 24.8, 0.55, "active", "2022-07-01"),
    ("Zona 2 (demo) — Bajío", "Organización B (demo)", "vdto", -102.2, 19.9, 0.7, "approved", "2023-01-01"),
    ("Zona 3 (demo) — Frontera noreste", "region", "region", -98.9, 26.6, 0.6, "proposed", ""),
]
YEARS = (2022, 2023)
# INEGI state keys for the Natural Earth state names, so synthetic codes look like (and sort like) real ones.
STATE_KEYS: Dict[str, str] = {
    "Aguascalientes": "01", "Baja California": "02", "Baja California Sur": "03", "Campeche": "04",
    "Coahuila": "05", "Colima": "06", "Chiapas": "07", "Chihuahua": "08", "Distrito Federal": "09",
    "Ciudad de México": "09", "Durango": "10", "Guanajuato": "11", "Guerrero": "12", "Hidalgo": "13",
    "Jalisco": "14", "México": "15", "Michoacán": "16", "Morelos": "17", "Nayarit": "18", "Nuevo León": "19",
    "Oaxaca": "20", "Puebla": "21", "Querétaro": "22", "Quintana Roo": "23", "San Luis Potosí": "24",
    "Sinaloa": "25", "Sonora": "26", "Tabasco": "27", "Tamaulipas": "28", "Tlaxcala": "29", "Veracruz": "30",
    "Yucatán": "31", "Zacatecas": "32",
}


@dataclass
class DemoScenario:
    """The generated scenario: plain records (dicts) with shapely geometries, ready for any writer."""

    seed: int
    municipalities: List[dict] = field(default_factory=list)
    homicides: List[dict] = field(default_factory=list)
    events: List[dict] = field(default_factory=list)
    ports: List[dict] = field(default_factory=list)
    hubs: List[dict] = field(default_factory=list)
    zones: List[dict] = field(default_factory=list)

    def summary(self) -> Dict[str, int]:
        return {"municipalities": len(self.municipalities), "homicide_rows": len(self.homicides),
                "events": len(self.events), "ports": len(self.ports), "hubs": len(self.hubs),
                "zones": len(self.zones)}


def hexagon(cx: float, cy: float, size: float) -> Polygon:
    """Flat-topped hexagon of circumradius ``size`` centred at (cx, cy)."""
    return Polygon([(cx + size * math.cos(math.radians(a)), cy + size * math.sin(math.radians(a)))
                    for a in range(0, 360, 60)])


def hex_grid(bounds: Sequence[float], size: float) -> List[Polygon]:
    """Hexagons covering ``bounds`` (minx, miny, maxx, maxy), row by row (a deterministic order)."""
    minx, miny, maxx, maxy = bounds
    dx, dy = 1.5 * size, math.sqrt(3.0) * size
    cells = []
    col = 0
    x = minx
    while x <= maxx + size:
        y = miny + (dy / 2.0 if col % 2 else 0.0)
        while y <= maxy + dy:
            cells.append(hexagon(x, y, size))
            y += dy
        x += dx
        col += 1
    return cells


def _polygonal(geometry):
    """Keep only the polygonal part of an intersection (lines and points from touching edges are dropped)."""
    if geometry.is_empty:
        return None
    if isinstance(geometry, (Polygon, MultiPolygon)):
        return geometry
    parts = [g for g in getattr(geometry, "geoms", []) if isinstance(g, (Polygon, MultiPolygon))]
    return unary_union(parts) if parts else None


def merge_states(states: Sequence[Tuple[Optional[str], BaseGeometry]]) -> List[Tuple[str, str, BaseGeometry]]:
    """(key, name, geometry) per state: unnamed or unknown pieces (small islands) join the nearest known state."""
    known: Dict[str, List] = {}
    names: Dict[str, str] = {}
    orphans = []
    for name, geometry in states:
        geometry = geometry if geometry.is_valid else make_valid(geometry)
        key = STATE_KEYS.get(name or "")
        if key is None:
            orphans.append(geometry)
        else:
            known.setdefault(key, []).append(geometry)
            names[key] = name or ""
    if not known:
        return []
    for geometry in orphans:
        nearest = min(known, key=lambda k: min(g.distance(geometry) for g in known[k]))
        known[nearest].append(geometry)
    return [(key, names[key], unary_union(parts)) for key, parts in sorted(known.items())]


def make_municipalities(states: Sequence[Tuple[Optional[str], BaseGeometry]], rng: np.random.Generator,
                        size: float = 0.3, min_area: float = 0.004) -> List[dict]:
    """Clip a hexagon grid to each state: every piece is one synthetic municipality with a 5-digit code."""
    records: List[dict] = []
    for state_key, state_name, geometry in merge_states(states):
        pieces = []
        for cell in hex_grid(geometry.bounds, size):
            if not cell.intersects(geometry):
                continue
            piece = _polygonal(cell.intersection(geometry))
            if piece is not None:
                # A morphological opening (~10 m) removes hair-thin spikes of the simplified coastline that turn
                # into self-intersections once projected to a metric CRS.
                piece = _polygonal(piece.buffer(-1e-4, join_style=2).buffer(1e-4, join_style=2))
            if piece is not None and not piece.is_valid:
                piece = _polygonal(make_valid(piece))
            if piece is not None and piece.area >= min_area:
                pieces.append(piece)
        for number, piece in enumerate(pieces, start=1):
            code = f"{state_key}{number:03d}"
            population = int(round(float(rng.lognormal(mean=10.3, sigma=1.1))))
            records.append({"cvegeo": code, "cve_ent": code[:2], "cve_mun": code[2:], "nom_ent": state_name,
                            "nom_mun": f"Municipio demo {code}", "pob2020": max(population, 300),
                            "source": DEMO_LABEL, "geometry": MultiPolygon([piece]) if isinstance(piece, Polygon)
                            else piece})
    return records


def make_events(municipalities: List[dict], rng: np.random.Generator, n_events: int) -> List[dict]:
    """Lethal events clustered around each organisation's plazas, kept inside the synthetic municipalities."""
    land = unary_union([m["geometry"] for m in municipalities])
    weights = np.array([d[2] for d in DYADS])
    weights = weights / weights.sum()
    dyad_choice = rng.choice(len(DYADS), size=n_events, p=weights)
    events: List[dict] = []
    days = (np.datetime64(f"{YEARS[-1]}-12-31") - np.datetime64(f"{YEARS[0]}-01-01")).astype(int) + 1
    for event_id, dyad_index in enumerate(dyad_choice, start=1):
        a, b, _ = DYADS[dyad_index]
        # The event happens in a plaza of one of the two sides (more often the stronger side's).
        side = a if rng.random() < ORGANISATIONS[a][2] / (ORGANISATIONS[a][2] + ORGANISATIONS[b][2]) else b
        plazas = ORGANISATIONS[side][1]
        lon0, lat0, spread = plazas[int(rng.integers(len(plazas)))]
        for _attempt in range(30):
            lon, lat = rng.normal(lon0, spread), rng.normal(lat0, spread * 0.8)
            if contains_xy(land, np.array([lon]), np.array([lat]))[0]:
                break
        else:
            lon, lat = lon0, lat0
        deaths = int(1 + rng.poisson(1.6))
        date = np.datetime64(f"{YEARS[0]}-01-01") + np.timedelta64(int(rng.integers(days)), "D")
        name_a, name_b = ORGANISATIONS[a][0], ORGANISATIONS[b][0]
        deaths_a = int(rng.integers(0, deaths + 1))
        deaths_b = deaths - deaths_a
        events.append({"id": event_id, "year": int(str(date)[:4]), "date_start": str(date), "date_end": str(date),
                       "type_of_violence": 2, "side_a": name_a, "side_b": name_b,
                       "dyad_name": f"{name_a} - {name_b}", "deaths_a": deaths_a, "deaths_b": deaths_b,
                       "deaths_civilians": 0, "deaths_unknown": 0, "best": deaths, "where_prec": 1,
                       "latitude": round(float(lat), 5), "longitude": round(float(lon), 5), "source": DEMO_LABEL,
                       "geometry": Point(float(lon), float(lat))})
    _attach_municipality(events, municipalities)
    return events


def _attach_municipality(events: List[dict], municipalities: List[dict]) -> None:
    """``cvegeo_pip`` as in the real UCDP copy: the code of the municipality containing the point."""
    xs = np.array([e["longitude"] for e in events])
    ys = np.array([e["latitude"] for e in events])
    codes = np.full(len(events), "", dtype=object)
    for muni in municipalities:
        minx, miny, maxx, maxy = muni["geometry"].bounds
        candidates = np.flatnonzero((xs >= minx) & (xs <= maxx) & (ys >= miny) & (ys <= maxy) & (codes == ""))
        if candidates.size:
            inside = contains_xy(muni["geometry"], xs[candidates], ys[candidates])
            codes[candidates[inside]] = muni["cvegeo"]
    for event, code in zip(events, codes):
        event["cvegeo_pip"] = code


def make_homicides(municipalities: List[dict], events: List[dict], rng: np.random.Generator) -> List[dict]:
    """Monthly homicide panel (long form, like the INEGI panel): background rate plus the events' deaths."""
    by_muni_month: Dict[Tuple[str, int, int], int] = {}
    for event in events:
        if event["cvegeo_pip"]:
            key = (event["cvegeo_pip"], event["year"], int(event["date_start"][5:7]))
            by_muni_month[key] = by_muni_month.get(key, 0) + event["best"]
    rows = []
    for muni in municipalities:
        base = muni["pob2020"] * 12.0 / 100000.0 / 12.0  # ~12 per 100,000 a year in the background
        for year in YEARS:
            for month in range(1, 13):
                count = int(rng.poisson(base)) + by_muni_month.get((muni["cvegeo"], year, month), 0)
                rows.append({"cvegeo": muni["cvegeo"], "cve_ent": muni["cve_ent"], "year": year, "month": month,
                             "homicides": count, "pop_est": float(muni["pob2020"])})
    return rows


def make_ports() -> List[dict]:
    return [{"port_code": code, "port_name": name, "state": state, "border": "US-Mexico Border",
             "latitude": lat, "longitude": lon, "note": "approximate demo value", "geometry": Point(lon, lat)}
            for code, name, state, lat, lon in DEMO_PORTS]


def make_hubs() -> List[dict]:
    return [{"hub_id": index, "name": name, "note": "synthetic demo hub", "geometry": Point(lon, lat)}
            for index, (name, lat, lon) in enumerate(DEMO_HUBS, start=1)]


def make_zones(land) -> List[dict]:
    """Demo enforcement zones (fields as the zones layer schema), clipped to the land."""
    zones = []
    for index, (name, target, basis, lon, lat, radius, status, start) in enumerate(DEMO_ZONES, start=1):
        shape = _polygonal(Point(lon, lat).buffer(radius, 32).intersection(land))
        zones.append({"zone_id": index, "name": name, "target": target, "basis": basis, "priority": index,
                      "status": status, "start_date": start, "end_date": "", "notes": DEMO_LABEL,
                      "created_at": "2024-01-01T00:00:00", "updated_at": "2024-01-01T00:00:00",
                      "geometry": MultiPolygon([shape]) if isinstance(shape, Polygon) else shape})
    return zones


def generate(states: Sequence[Tuple[str, BaseGeometry]], seed: int = DEFAULT_SEED, n_events: int = 1500,
             hex_size: float = 0.3) -> DemoScenario:
    """Build the whole scenario from the states' (name, shapely geometry in lon/lat) and a seed.

    The same seed and states give the same scenario, feature for feature (tests and screenshots rely on it).
    """
    if not states:
        raise ValueError("no states given: the demo scenario needs Mexico's states outline")
    if n_events < 1:
        raise ValueError("the demo scenario needs at least one event")
    rng = np.random.default_rng(seed)
    scenario = DemoScenario(seed=seed)
    scenario.municipalities = make_municipalities(states, rng, size=hex_size)
    scenario.events = make_events(scenario.municipalities, rng, n_events)
    scenario.homicides = make_homicides(scenario.municipalities, scenario.events, rng)
    scenario.ports = make_ports()
    scenario.hubs = make_hubs()
    scenario.zones = make_zones(unary_union([m["geometry"] for m in scenario.municipalities]))
    return scenario
