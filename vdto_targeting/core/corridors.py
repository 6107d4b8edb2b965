"""Corridors: from an organisation's territory, through the ports of entry it most likely uses, to U.S. destinations.

Why evidence first: a port belongs to an organisation's corridors when the organisation's own attributed violence
lies in the Mexican municipalities around it — the port's twin municipality (the plaza: Tijuana for San Ysidro,
Juárez for El Paso) at full weight, and other municipalities within a stated radius of the port at a weight falling
linearly with distance (1 − d/R). Events in another port's twin municipality are that plaza's evidence, not this
one's, so the war in Juárez does not spill onto Tornillo. Ports sharing a twin municipality form one plaza.
:func:`port_evidence` measures, :func:`choose_plazas` keeps the strongest plazas and says how strong each link is.

Why "nearest along the border" (now only a labelled fallback): trafficking territories (plazas) are organised around
crossings, and the crossing an organisation reaches first is the one where its territory meets the border. Measuring
from the point of the border nearest the territory *along* the border line ranks ports by how far one travels along
the frontier, which keeps the choice on the right side of border bends (a straight-line distance can prefer a port
across the Big Bend). The analyst can override the choice with an assignment table.

All coordinates are metric (EPSG:6372 chosen by the caller); lengths returned in km.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence, Tuple

import numpy as np
from shapely.geometry import LineString, Point
from shapely.ops import nearest_points

from ._compat import contains_xy


@dataclass(frozen=True)
class Port:
    code: str
    name: str
    x: float
    y: float

    @property
    def point(self) -> Point:
        return Point(self.x, self.y)


@dataclass(frozen=True)
class PortChoice:
    port: Port
    along_km: float
    distance_km: float


def ports_outside_zone(ports: Sequence[Port], border: LineString, max_km: float) -> list:
    """(port, distance km) of every port further than ``max_km`` from the border: not a land port of entry."""
    out = []
    for port in ports:
        distance = border.distance(port.point) / 1000.0
        if distance > max_km:
            out.append((port, distance))
    return out


def nearest_ports(territory, ports: Sequence[Port], border: LineString, count: int) -> list:
    """The ``count`` ports closest to the territory measured along the border (ties: straight distance, code)."""
    if territory.is_empty or not ports:
        return []
    anchor = nearest_points(territory, border)[1]
    s0 = border.project(anchor)
    ranked = []
    for port in ports:
        along = abs(border.project(port.point) - s0) / 1000.0
        ranked.append((along, territory.distance(port.point) / 1000.0, port.code, port))
    ranked.sort(key=lambda item: item[:3])
    return [PortChoice(item[3], item[0], item[1]) for item in ranked[:max(int(count), 0)]]


def start_point(territory, towards: Point) -> Point:
    """A point guaranteed inside the territory: the representative point of the part nearest ``towards``."""
    parts = list(getattr(territory, "geoms", [territory]))
    parts = [p for p in parts if not p.is_empty]
    part = min(parts, key=lambda p: (round(p.distance(towards), 3), -p.area))
    return part.representative_point()


def nearest_destination(port: Point, destinations: Sequence) -> Optional[int]:
    """Index of the destination (point or polygon) nearest the port: the U.S. hub or county reached first."""
    if not destinations:
        return None
    distances = [port.distance(d) for d in destinations]
    return int(np.argmin(distances))


def crosses_away(border: LineString, a: Point, b: Point, port: Point, tolerance_m: float = 5000.0) -> bool:
    """True when the straight segment a–b crosses the border further than ``tolerance_m`` from the port."""
    crossing = LineString([a, b]).intersection(border)
    if crossing.is_empty:
        return False
    points = [crossing] if crossing.geom_type == "Point" else [
        g for g in getattr(crossing, "geoms", []) if g.geom_type == "Point"]
    if crossing.geom_type not in ("Point", "MultiPoint"):
        return True
    return any(p.distance(port) > tolerance_m for p in points)


def approach_point(border: LineString, port: Point, start: Point, inset_m: float = 2000.0,
                   far_side: bool = False) -> Optional[Point]:
    """A point ``inset_m`` inside Mexico from the border point nearest the port, on the start's side of the border.

    Why: a straight line from a territory to a port on a bending river border (El Paso, Ysleta, the Rio Grande
    valley) can cross into the United States tens of kilometres before the port. Passing through this point makes
    the straight corridor reach the border at its port. ``far_side``: the point on the other side from ``start``
    (the U.S. side, to leave the port inland before heading for a destination). None when the side cannot be told.
    """
    s0 = border.project(port)
    anchor = border.interpolate(s0)
    before = border.interpolate(max(s0 - 500.0, 0.0))
    after = border.interpolate(min(s0 + 500.0, border.length))
    dx, dy = after.x - before.x, after.y - before.y
    norm = (dx * dx + dy * dy) ** 0.5
    if norm == 0:
        return None
    nx, ny = -dy / norm, dx / norm          # left normal of the border's direction
    side = (start.x - anchor.x) * nx + (start.y - anchor.y) * ny
    if side == 0:
        return None
    sign = (1.0 if side > 0 else -1.0) * (-1.0 if far_side else 1.0)
    return Point(anchor.x + sign * nx * inset_m, anchor.y + sign * ny * inset_m)


def corridor_line(start: Point, port: Point, destination: Optional[Point] = None,
                  mx_path: Optional[LineString] = None, us_path: Optional[LineString] = None,
                  via: Optional[Point] = None, us_via: Optional[Point] = None) -> LineString:
    """Start → (via →) port (→ us_via → destination): straight unless routed paths are given; the port is always a
    vertex."""
    coords = [tuple(start.coords[0])]
    if mx_path is not None and not mx_path.is_empty:
        coords.extend(tuple(c) for c in mx_path.coords)
    elif via is not None:
        coords.append(tuple(via.coords[0]))
    coords.append(tuple(port.coords[0]))
    if destination is not None:
        if us_path is not None and not us_path.is_empty:
            coords.extend(tuple(c) for c in us_path.coords)
        elif us_via is not None:
            coords.append(tuple(us_via.coords[0]))
        coords.append(tuple(destination.coords[0]))
    cleaned = [coords[0]]
    for c in coords[1:]:
        if c != cleaned[-1]:
            cleaned.append(c)
    if len(cleaned) == 1:
        cleaned.append(cleaned[0])
    return LineString(cleaned)


def mexican_part(line: LineString, port: Point) -> LineString:
    """The part of a corridor before the port (the Mexican side)."""
    coords = list(line.coords)
    target = tuple(port.coords[0])
    end = coords.index(target) if target in coords else len(coords) - 1
    part = coords[:end + 1]
    if len(part) < 2:
        part = [part[0], part[0]]
    return LineString(part)


@dataclass
class SpreadLayer:
    """Spread weight per municipality (``core.precision.spread_per_municipality``) with the municipal polygons.

    A municipality-level event weighs on its municipality, a state-level one on every municipality of its state in
    proportion to area; so a corridor buffer takes ``Σ weight × overlap / municipal area`` — each spread event by
    the share of its polygon's area the buffer covers (the rule of ``vdto:zonestatistics``).
    """

    geoms: Sequence
    deaths: np.ndarray                 # spread deaths per municipality
    events: np.ndarray                 # spread events (fractions for state-level ones) per municipality
    bounds: np.ndarray = field(init=False, repr=False)   # (n, 4) minx, miny, maxx, maxy
    area: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.deaths = np.asarray(self.deaths, dtype=float)
        self.events = np.asarray(self.events, dtype=float)
        self.bounds = np.array([g.bounds if g is not None and not g.is_empty else (np.inf, np.inf, -np.inf, -np.inf)
                                for g in self.geoms], dtype=float).reshape(-1, 4)
        self.area = np.array([g.area if g is not None else 0.0 for g in self.geoms])

    def shares(self, polygon) -> Tuple[np.ndarray, np.ndarray]:
        """(municipality indices, share of each one's area inside ``polygon``) for municipalities with weight."""
        x0, y0, x1, y1 = polygon.bounds
        b = self.bounds
        near = np.flatnonzero((b[:, 0] <= x1) & (b[:, 2] >= x0) & (b[:, 1] <= y1) & (b[:, 3] >= y0)
                              & ((self.events > 0) | (self.deaths > 0)) & (self.area > 0))
        shares = np.array([polygon.intersection(self.geoms[i]).area / self.area[i] for i in near])
        return near, np.clip(shares, 0.0, 1.0) if len(near) else np.zeros(0)


def exposure(mx_line: LineString, width_m: float, x: np.ndarray, y: np.ndarray, deaths: np.ndarray,
             org_deaths: Optional[np.ndarray] = None, spread: Optional[SpreadLayer] = None,
             org_spread: Optional[np.ndarray] = None, org_total: Optional[float] = None) -> dict:
    """Violence inside the Mexican-side corridor (buffer of half the width each side).

    ``x``/``y``/``deaths`` are the events located as points (UCDP where_prec 1–2, ACLED 1): they count where they
    fall. ``spread`` holds the events known only to a municipality or a state, which count by the share of their
    polygon's area the buffer covers; coarser events are not passed (out). ``share_of_org`` is the organisation's
    attributed deaths inside the corridor (``org_deaths`` per point event, ``org_spread`` per municipality) over
    ``org_total`` (default: the sum of ``org_deaths``): the share of its violence that lies on the way to this port.
    """
    polygon = mx_line.buffer(width_m / 2.0)
    inside = contains_xy(polygon, x, y) if len(x) else np.zeros(0, dtype=bool)
    point_deaths, point_events = float(np.sum(deaths[inside])), int(inside.sum())
    spread_deaths = spread_events = org_part = 0.0
    if spread is not None and len(spread.geoms):
        ids, share = spread.shares(polygon)
        spread_deaths = float(np.sum(spread.deaths[ids] * share))
        spread_events = float(np.sum(spread.events[ids] * share))
        if org_spread is not None:
            org_part = float(np.sum(np.asarray(org_spread, dtype=float)[ids] * share))
    result = {"exposure_deaths": point_deaths + spread_deaths, "exposure_events": point_events + spread_events,
              "exposure_events_point": point_events, "exposure_deaths_point": point_deaths,
              "exposure_events_spread": spread_events, "exposure_deaths_spread": spread_deaths,
              "share_of_org": None}
    if org_deaths is not None:
        total = float(np.sum(org_deaths)) if org_total is None else float(org_total)
        result["share_of_org"] = (float(np.sum(org_deaths[inside])) + org_part) / total if total > 0 else 0.0
    return result


@dataclass
class PortEvidence:
    """One organisation's violence around one port, in the period."""

    code: str
    plaza: Optional[str]          # twin municipality key (cvegeo), or None
    deaths: float                 # attributed deaths of the events counted (unweighted)
    events: int
    weighted: float               # distance-weighted deaths of the located events (what chooses and grades a link)
    spread_deaths: float = 0.0    # area share of events known only to the state: reported, never decisive
    twin_deaths: float = 0.0      # deaths in the twin municipality itself
    munis: tuple = ()             # municipalities that contributed, most deaths first


def port_evidence(ports: Sequence[Port], twins: dict, x: np.ndarray, y: np.ndarray, munis: Sequence,
                  deaths: np.ndarray, counted: np.ndarray, radius_m: float,
                  spread_by_muni: Optional[dict] = None) -> dict:
    """``{port code: PortEvidence}`` of one organisation.

    ``twins`` maps port code → twin municipality key; ``munis`` gives each event's municipality key (or None);
    ``deaths`` the organisation's attributed deaths per event and ``counted`` which events may serve as evidence
    (located precisely enough, the organisation named on its own side). An event in the port's twin municipality
    weighs 1; an event within ``radius_m`` of the port, in a municipality that is no port's twin, weighs
    1 − d/radius. ``spread_by_muni``: deaths of state-level events apportioned to each municipality by area, reported
    for the twin (``spread_deaths``) but never added to the weighted deaths: a state centroid is not a place.
    """
    twin_set = {t for t in twins.values() if t}
    codes = np.array([str(m) if m is not None else "" for m in munis], dtype=object)
    in_twin_set = np.array([c in twin_set for c in codes], dtype=bool) if len(codes) else np.zeros(0, dtype=bool)
    deaths = np.asarray(deaths, dtype=float)
    counted = np.asarray(counted, dtype=bool)
    out = {}
    for port in ports:
        twin = twins.get(port.code)
        weight = np.zeros(len(deaths))
        if twin:
            weight[counted & (codes == twin)] = 1.0
        if radius_m > 0 and len(deaths):
            distance = np.hypot(np.asarray(x, dtype=float) - port.x, np.asarray(y, dtype=float) - port.y)
            near = counted & ~in_twin_set & np.isfinite(distance) & (distance <= radius_m)
            weight[near] = np.maximum(weight[near], 1.0 - distance[near] / radius_m)
        used = weight > 0
        by_muni: dict = {}
        for code, d in zip(codes[used], deaths[used]):
            by_muni[code] = by_muni.get(code, 0.0) + float(d)
        spread = float((spread_by_muni or {}).get(twin, 0.0)) if twin else 0.0
        twin_deaths = float(deaths[used & (codes == twin)].sum()) if twin else 0.0
        out[port.code] = PortEvidence(
            port.code, twin, float(deaths[used].sum()), int(used.sum()), float((deaths * weight).sum()),
            spread, twin_deaths, tuple(k for k, _ in sorted(by_muni.items(), key=lambda kv: (-kv[1], kv[0])) if k))
    return out


def choose_plazas(evidence: dict, max_plazas: int, strong_deaths: float, strong_events: int) -> list:
    """``[(plaza key, strength, [port codes], score)]``: the organisation's plazas by distance-weighted deaths.

    Ports sharing a twin municipality form one plaza (its score is the best of its ports); plazas without evidence
    (score 0) are never chosen; the first ``max_plazas`` by score (ties: key) are kept. Strength: "strong" when the
    plaza's weighted deaths reach ``strong_deaths`` and its events ``strong_events``, else "weak".
    """
    plazas: dict = {}
    for code, item in evidence.items():
        key = item.plaza or f"port:{code}"
        entry = plazas.setdefault(key, {"codes": [], "score": 0.0, "events": 0})
        entry["codes"].append(code)
        entry["score"] = max(entry["score"], item.weighted)
        entry["events"] = max(entry["events"], item.events)
    ranked = sorted(((k, v) for k, v in plazas.items() if v["score"] > 0), key=lambda kv: (-kv[1]["score"], kv[0]))
    out = []
    for key, entry in ranked[:max(int(max_plazas), 0)]:
        strong = entry["score"] >= strong_deaths and entry["events"] >= strong_events
        out.append((key, "strong" if strong else "weak", sorted(entry["codes"]), entry["score"]))
    return out


class LandRouter:
    """Ways over land for straight corridors: ``route(start, end)`` gives the points a corridor passes by so that
    start → … → end stays on land — ``[]`` when the straight segment already does (within ``tolerance_m``),
    ``None`` when no way over land is found.

    Why: a straight line from a territory to a port can cross the sea (central Chihuahua to Tijuana runs over the
    head of the Gulf of California), and a map that draws a trafficking corridor over water is not believed. The way
    is the shortest path in a visibility graph (A*) whose nodes are the reflex corners of the land's outline — a
    shortest path inside a polygon bends only there — taken from the outline shrunk by half the tolerance and
    simplified at ``step_m``; an edge exists when its segment lies on the land grown by the tolerance. Built once
    per land (a run), each route then costs milliseconds.
    """

    def __init__(self, land, tolerance_m: float = 2000.0, step_m: float = 10_000.0, max_nodes: int = 600,
                 max_gap_m: float = 25_000.0) -> None:
        from shapely.prepared import prep

        self._routes: dict = {}
        self.empty = land is None or land.is_empty
        if self.empty:
            return
        self.max_gap_m = max_gap_m
        self.land = land.buffer(tolerance_m)
        self.allowed = prep(self.land)
        shrunk = land.buffer(-tolerance_m / 2.0)
        for _ in range(8):
            nodes = _reflex_vertices(_without_specks(shrunk, step_m).simplify(step_m, preserve_topology=True))
            if len(nodes) <= max_nodes:
                break
            step_m *= 2.0
        self.nodes = np.array(nodes[:max_nodes], dtype=float).reshape(-1, 2)

    def fits(self, segment: LineString) -> bool:
        """On land, but for at most ``max_gap_m`` off it: where the border line, the ports and a simplified coast
        disagree by a few kilometres (a port placed at a river mouth) the straight line stands; a sea is wider."""
        return self.allowed.contains(segment) or segment.difference(self.land).length <= self.max_gap_m

    def route(self, start: Point, end: Point) -> Optional[list]:
        """Remembered per start and end (to the metre): an organisation's corridors to the ports of one plaza share
        their way."""
        key = (round(start.x), round(start.y), round(end.x), round(end.y))
        if key not in self._routes:
            self._routes[key] = self._route(start, end)
        return self._routes[key]

    def _route(self, start: Point, end: Point) -> Optional[list]:
        if self.empty or self.fits(LineString([start, end])):
            return []
        if max(start.distance(self.land), end.distance(self.land)) > self.max_gap_m:
            return None
        grow = max(start.distance(end), 100_000.0)
        x, y = self.nodes[:, 0], self.nodes[:, 1]
        near = ((x >= min(start.x, end.x) - grow) & (x <= max(start.x, end.x) + grow)
                & (y >= min(start.y, end.y) - grow) & (y <= max(start.y, end.y) + grow))
        xy = np.vstack([[start.x, start.y], [end.x, end.y], self.nodes[near]])
        return _visibility_path(xy, self.allowed, self.fits)


def _without_specks(outline, step_m: float):
    """The outline without holes or islands smaller than a ``step_m`` square: slivers between neighbouring
    municipalities and small islands would each add corners no corridor needs."""
    from shapely.geometry import MultiPolygon, Polygon

    keep = []
    for polygon in getattr(outline, "geoms", [outline]):
        if polygon.geom_type != "Polygon" or polygon.area < step_m * step_m:
            continue
        holes = [ring for ring in polygon.interiors if Polygon(ring).area >= step_m * step_m]
        keep.append(Polygon(polygon.exterior, holes))
    return MultiPolygon(keep) if keep else MultiPolygon()


def _reflex_vertices(outline) -> list:
    """The corners of a (multi)polygon's rings where the land's interior angle exceeds 180° (where a shortest path
    inside it can bend)."""
    nodes: list = []
    for polygon in getattr(outline, "geoms", [outline]):
        if polygon.geom_type != "Polygon" or polygon.is_empty:
            continue
        for k, ring in enumerate([polygon.exterior, *polygon.interiors]):
            coords = np.array(ring.coords, dtype=float)[:-1]
            if len(coords) < 3:
                continue
            prev, nxt = np.roll(coords, 1, axis=0), np.roll(coords, -1, axis=0)
            cross = ((coords[:, 0] - prev[:, 0]) * (nxt[:, 1] - coords[:, 1])
                     - (coords[:, 1] - prev[:, 1]) * (nxt[:, 0] - coords[:, 0]))
            # exterior rings counter-clockwise: a right turn (cross < 0) is reflex; holes the other way round
            ccw = ring.is_ccw
            reflex = (cross < 0) if (ccw == (k == 0)) else (cross > 0)
            nodes.extend(map(tuple, coords[reflex]))
    return list(dict.fromkeys(nodes))


def _visibility_path(xy: np.ndarray, allowed, fits_at_ends=None) -> Optional[list]:
    """A* over the visibility graph of ``xy`` (row 0 start, row 1 end); the intermediate points, or None. An edge
    from the start or to the end may instead pass ``fits_at_ends`` (their own few kilometres off land)."""
    import heapq

    target = xy[1]
    n = len(xy)
    best = np.full(n, np.inf)
    parent = np.full(n, -1, dtype=np.int64)
    done = np.zeros(n, dtype=bool)
    best[0] = 0.0
    heap = [(float(np.hypot(*(xy[0] - target))), 0)]
    while heap:
        _, u = heapq.heappop(heap)
        if done[u]:
            continue
        done[u] = True
        if u == 1:
            path = []
            k = int(parent[1])
            while k > 0:
                path.append(Point(*xy[k]))
                k = int(parent[k])
            return path[::-1]
        distance = np.hypot(xy[:, 0] - xy[u, 0], xy[:, 1] - xy[u, 1])
        for v in np.argsort(distance):
            if done[v] or best[u] + distance[v] >= best[v]:
                continue
            segment = LineString([tuple(xy[u]), tuple(xy[v])])
            if allowed.contains(segment) or (fits_at_ends is not None and (u == 0 or v == 1)
                                             and fits_at_ends(segment)):
                best[v] = best[u] + distance[v]
                parent[v] = u
                heapq.heappush(heap, (float(best[v] + np.hypot(*(xy[v] - target))), int(v)))
    return None
