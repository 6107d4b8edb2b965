"""The figures a briefing prints, read from the other algorithms' outputs — or computed provisionally.

Why a provisional path: the briefing must print *something true* even when an upstream step (``vdto:rankvdtos``,
``vdto:zonestatistics``) was not run or is not installed; it then says so on the page. The provisional figures are
the plain definitions (deaths counted for every party involved; PAI = share of deaths / share of area) so they
agree with the full algorithms' defaults.
"""
from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsDistanceArea, QgsGeometry,
                       QgsProject, QgsVectorLayer)

from .layout import Table, ZoneFigures
from .texts import text

STATE_FORCE_WORDS = ("government of mexico", "gobierno de méxico", "gobierno de mexico", "state forces",
                     "fuerzas estatales", "military", "ejército", "police", "policía")
ACTOR_FIELDS = (("side_a", "side_b"), ("actor1", "actor2"))
PACKAGE_PREFERRED = ["organisation", "region", "corridor", "port_name", "port", "destination", "us_destination",
                     "hub", "county", "deaths", "share", "exposure", "distance_km"]


def _value(feature, name: str, default=None):
    index = feature.fields().indexOf(name)
    if index < 0:
        return default
    value = feature.attribute(index)
    return default if value is None or str(value) == "NULL" else value


def _number(value, default: float = 0.0) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def _format(value) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) < 10 else f"{value:,.0f}"
    return "" if value is None or str(value) == "NULL" else str(value)


# ------------------------------------------------------------------------------------------------ ranking
def ranking_from_layer(layer: QgsVectorLayer, language: str) -> Tuple[Table, str]:
    """The ``vdto:rankvdtos`` table (organisation, deaths, events, share, rank); its criterion if recorded."""
    rows = []
    criterion = ""
    for feature in layer.getFeatures():
        rank = _number(_value(feature, "rank"), 9999)
        region = _value(feature, "region", "")
        if region not in ("", None, "national", "nacional", "all"):
            continue  # the national ranking only; regional rows belong to the target package
        share = _number(_value(feature, "share"))
        share = share * 100 if share <= 1.0 else share
        rows.append((rank, [str(int(rank)) if rank < 9999 else "", str(_value(feature, "organisation", "")),
                            f"{_number(_value(feature, 'deaths')):,.0f}", f"{_number(_value(feature, 'events')):,.0f}",
                            f"{share:.1f}%"]))
        criterion = criterion or str(_value(feature, "criterion", "") or "")
    rows.sort(key=lambda r: r[0])
    headers = [text("rank", language), text("organisation", language), text("deaths", language),
               text("events_col", language), text("share", language)]
    return Table(headers, [r[1] for r in rows]), criterion


def provisional_ranking(events: QgsVectorLayer, deaths_field: str, language: str) -> Optional[Tuple[Table, str]]:
    """Deaths attributed to every party of each event (full involvement); state forces excluded."""
    names = next(((a, b) for a, b in ACTOR_FIELDS if events.fields().indexOf(a) >= 0
                  and events.fields().indexOf(b) >= 0), None)
    if names is None:
        return None
    deaths: Dict[str, float] = {}
    counts: Dict[str, int] = {}
    total = 0.0
    for feature in events.getFeatures():
        value = _number(_value(feature, deaths_field, 0)) if deaths_field else 1.0
        total += value
        for field in names:
            actor = str(_value(feature, field, "") or "").strip()
            if not actor or any(word in actor.lower() for word in STATE_FORCE_WORDS):
                continue
            deaths[actor] = deaths.get(actor, 0.0) + value
            counts[actor] = counts.get(actor, 0) + 1
    ordered = sorted(deaths, key=lambda a: (-deaths[a], a))
    rows = [[str(i + 1), actor, f"{deaths[actor]:,.0f}", f"{counts[actor]:,}",
             f"{100 * deaths[actor] / total:.1f}%" if total else ""] for i, actor in enumerate(ordered)]
    headers = [text("rank", language), text("organisation", language), text("deaths", language),
               text("events_col", language), text("share", language)]
    criterion = {"en": f"deaths ({deaths_field or 'events'}) in events each organisation took part in (full "
                       "involvement: each party counted; shares can add to more than 100%); state forces excluded",
                 "es": f"muertes ({deaths_field or 'eventos'}) en eventos en que participó cada organización "
                       "(participación plena: cada parte cuenta; las proporciones pueden sumar más de 100%); "
                       "fuerzas del Estado excluidas"}[language]
    return Table(headers, rows), criterion


def organisations(table: Optional[Table]) -> List[str]:
    return [row[1] for row in table.rows] if table else []


# ------------------------------------------------------------------------------------------------ package
def package_from_layer(layer: QgsVectorLayer) -> Table:
    """The target package: the preferred link columns first, then others, at most 7 columns."""
    names = [f.name() for f in layer.fields() if f.name().lower() not in ("fid", "id", "geom", "geometry")]
    ordered = [n for n in PACKAGE_PREFERRED if n in names] + [n for n in names if n not in PACKAGE_PREFERRED]
    ordered = ordered[:7]
    rows = [[_format(_value(feature, n))[:40] for n in ordered] for feature in layer.getFeatures()]
    return Table([n.replace("_", " ") for n in ordered], rows)


# ------------------------------------------------------------------------------------------------ zones
def _area_km2(geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem, project: QgsProject) -> float:
    calculator = QgsDistanceArea()
    calculator.setSourceCrs(crs, project.transformContext())
    calculator.setEllipsoid("WGS84")
    return calculator.measureArea(geometry) / 1e6


def study_area_km2(layer: Optional[QgsVectorLayer], project: QgsProject) -> float:
    """Total area of the study area (e.g. the municipalities, or Mexico's states), ellipsoidal, in km²."""
    if layer is None:
        return 0.0
    return sum(_area_km2(f.geometry(), layer.crs(), project) for f in layer.getFeatures() if f.hasGeometry())


def zones_from_layer(zones: QgsVectorLayer, project: QgsProject, events: Optional[QgsVectorLayer] = None,
                     deaths_field: str = "", study_area: float = 0.0) -> Tuple[List[ZoneFigures], bool]:
    """Zone figures from ``vdto:zonestatistics`` fields, or computed provisionally (returns provisional=True)."""
    has_figures = zones.fields().indexOf("pai") >= 0
    figures: List[ZoneFigures] = []
    total_deaths = 0.0
    points: List[Tuple[QgsGeometry, float]] = []
    if not has_figures and events is not None:
        transform = QgsCoordinateTransform(events.crs(), zones.crs(), project.transformContext())
        for feature in events.getFeatures():
            if not feature.hasGeometry():
                continue
            value = _number(_value(feature, deaths_field, 0)) if deaths_field else 1.0
            geometry = QgsGeometry(feature.geometry())
            geometry.transform(transform)
            points.append((geometry, value))
            total_deaths += value
    ordered = sorted(zones.getFeatures(), key=lambda f: (_number(_value(f, "priority"), 99),
                                                         _number(_value(f, "zone_id"), f.id())))
    for feature in ordered:
        geometry = feature.geometry()
        zone = ZoneFigures(name=str(_value(feature, "name", f"#{feature.id()}")),
                           target=str(_value(feature, "target", "") or ""),
                           basis=str(_value(feature, "basis", "") or ""),
                           status=str(_value(feature, "status", "") or ""),
                           start=str(_value(feature, "start_date", "") or "")[:10],
                           extent=geometry.boundingBox() if feature.hasGeometry() else None)
        if has_figures:
            zone.events = int(_number(_value(feature, "events")))
            zone.deaths = _number(_value(feature, "deaths"))
            share = _number(_value(feature, "share"))
            zone.share = share / 100.0 if share > 1.0 else share
            zone.area_km2 = _number(_value(feature, "area_km2"))
            zone.pai = _number(_value(feature, "pai"))
            zone.area_share = zone.share / zone.pai if zone.pai > 0 else 0.0
        elif feature.hasGeometry():
            engine = QgsGeometry.createGeometryEngine(geometry.constGet())
            engine.prepareGeometry()
            box = geometry.boundingBox()
            inside = [v for g, v in points if box.contains(g.asPoint()) and engine.contains(g.constGet())]
            zone.events = len(inside)
            zone.deaths = sum(inside)
            zone.share = zone.deaths / total_deaths if total_deaths else 0.0
            zone.area_km2 = _area_km2(geometry, zones.crs(), project)
            zone.area_share = zone.area_km2 / study_area if study_area else 0.0
            zone.pai = zone.share / zone.area_share if zone.area_share else 0.0
        figures.append(zone)
    return figures, not has_figures
