"""The figures a briefing prints, read from the other algorithms' outputs — or computed provisionally.

Why a provisional path: the briefing must print *something true* even when an upstream step (``vdto:rankvdtos``,
``vdto:zonestatistics``) was not run or is not installed; it then says so on the page. The provisional figures are
the plain definitions (deaths counted for every party involved; PAI = share of deaths / share of area) so they
agree with the full algorithms' defaults.
"""
from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from qgis.core import (QgsCoordinateReferenceSystem, QgsDistanceArea, QgsGeometry,
                       QgsProject, QgsVectorLayer)

from .layout import Table, ZoneFigures
from .texts import text

ACTOR_FIELDS = (("side_a", "side_b"), ("actor1", "actor2"))
PACKAGE_PREFERRED = ["organisation", "region", "corridor", "port_name", "port", "destination", "us_destination",
                     "hub", "county", "deaths", "share", "exposure", "distance_km"]


def _value(feature, name: str, default=None):
    index = feature.fields().indexOf(name)
    if index < 0:
        return default
    value = feature.attribute(index)
    return default if value is None or str(value) == "NULL" else value


def _iso_date(value) -> str:
    """A zone date as printed: ISO under the plugin's date grammar (a QDate, "03/04/2020" → 2020-04-03); the text
    as written when it is not a date."""
    from ..core.dates import parse
    from ..qgis_bridge.layers import python_value

    parsed = parse(python_value(value))
    return str(parsed) if parsed is not None else str(value or "")[:10]


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
    attribution, period, total = "", "", 0.0
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
        attribution = attribution or str(_value(feature, "attribution", "") or "")
        period = period or str(_value(feature, "period", "") or "")
        raw_share = _number(_value(feature, "share"))
        if not total and 0 < raw_share <= 1.0:
            total = _number(_value(feature, "deaths")) / raw_share
    rows.sort(key=lambda r: r[0])
    criterion = _criterion(attribution, period, total, language) or criterion
    headers = [text("rank", language), text("organisation", language), text("deaths", language),
               text("events_col", language), text("share", language)]
    return Table(headers, [r[1] for r in rows]), criterion


def _criterion(attribution: str, period: str, total: float, language: str) -> str:
    """The ranking criterion in the briefing language, from the ranking's fields (its own sentence is in the
    language QGIS ran in and names only the first organisation); empty when the rule is not recognised."""
    low = attribution.lower()
    if "equal" in low or "igual" in low:
        rule = text("criterion_equal", language)
    elif "full" in low or "plena" in low:
        rule = text("criterion_full", language)
    else:
        return ""
    sentence = f"{rule[0].upper()}{rule[1:]}; " + text("criterion_tail", language).format(period or "—", total)
    return sentence if total else sentence.replace("; 0 deaths in the period", "").replace(
        "; 0 muertes en el periodo", "")


def provisional_ranking(events: QgsVectorLayer, deaths_field: str, language: str) -> Optional[Tuple[Table, str]]:
    """Deaths attributed to every party of each event (full involvement), names resolved through the shipped alias
    table as vdto:rankvdtos resolves them: only drug-trafficking organisations are ranked — never civilians, state
    forces, other armed groups, unidentified actors or names the table does not know (those are listed for review
    in the criterion, not ranked)."""
    from ..core.organisations import AliasError, AliasTable, default_alias_path

    names = next(((a, b) for a, b in ACTOR_FIELDS if events.fields().indexOf(a) >= 0
                  and events.fields().indexOf(b) >= 0), None)
    if names is None:
        return None
    try:
        aliases = AliasTable.from_csv(default_alias_path())
    except (AliasError, OSError):
        return None
    deaths: Dict[str, float] = {}
    counts: Dict[str, int] = {}
    total = 0.0
    for feature in events.getFeatures():
        value = _number(_value(feature, deaths_field, 0)) if deaths_field else 1.0
        total += value
        seen = set()
        for field in names:
            raw = _value(feature, field, "")
            for actor in aliases.resolve(raw if raw is not None else ""):
                if not actor.ranked or not actor.known or actor.name in seen:
                    continue
                seen.add(actor.name)
                deaths[actor.name] = deaths.get(actor.name, 0.0) + value
                counts[actor.name] = counts.get(actor.name, 0) + 1
    ordered = sorted(deaths, key=lambda a: (-deaths[a], a))
    rows = [[str(i + 1), actor, f"{deaths[actor]:,.0f}", f"{counts[actor]:,}",
             f"{100 * deaths[actor] / total:.1f}%" if total else ""] for i, actor in enumerate(ordered)]
    headers = [text("rank", language), text("organisation", language), text("deaths", language),
               text("events_col", language), text("share", language)]
    review = "; ".join(sorted(aliases.unknown))
    criterion = {"en": f"deaths ({deaths_field or 'events'}) in events each organisation took part in (full "
                       "involvement: each party counted; shares can add to more than 100%); state forces, "
                       "civilians and unidentified actors are not ranked",
                 "es": f"muertes ({deaths_field or 'eventos'}) en eventos en que participó cada organización "
                       "(participación plena: cada parte cuenta; las proporciones pueden sumar más de 100%); "
                       "fuerzas del Estado, civiles y actores no identificados no se clasifican"}[language]
    if review:
        criterion += {"en": f"; not in the alias table, for review (not ranked): {review}",
                      "es": f"; fuera de la tabla de alias, por revisar (sin clasificar): {review}"}[language]
    return Table(headers, rows), criterion


def organisations(table: Optional[Table]) -> List[str]:
    return [row[1] for row in table.rows] if table else []


# ------------------------------------------------------------------------------------------------ package
PACKAGE_ROWS = 16           # rows the page-2 frame holds at 6.5 pt
PACKAGE_ROWS_PER_ORG = 3    # at most this many corridors per organisation, so every organisation is printed


def _region_list(ids: List[str], shown: int = 3) -> str:
    """``3 — R1, R2, R7`` (count, then the first few as labelled on the map)."""
    def key(value: str):
        return (0, int(value)) if value.isdigit() else (1, value)

    ordered = sorted(set(ids), key=key)
    if not ordered:
        return ""
    listed = ", ".join(f"R{i}" for i in ordered[:shown])
    more = f" +{len(ordered) - shown}" if len(ordered) > shown else ""
    return f"{len(ordered)} — {listed}{more}"


def package_from_layer(layer: QgsVectorLayer, language: str = "en",
                       max_rows: int = PACKAGE_ROWS) -> Table:
    """The target package condensed for a decision maker: one row per organisation × port × U.S. destination.

    Why: ``vdto:targetpackage`` writes one row per violent region × corridor (the CSV keeps every link), so printing
    it raw repeats the same organisation/port/destination line once per region and only the first organisation
    fits. Here the regions an organisation leads are counted and listed on its first row, its corridors are
    ordered by the deaths along them and capped so that every organisation of the package appears, and the
    region-targeted regions (no dominant organisation) with deaths are summarised on one last row.
    A layer without the package's fields is printed generically (distinct rows only).
    """
    names = [f.name() for f in layer.fields()]
    if "organisation" not in names or "port_name" not in names:
        return _generic_package(layer)
    organisations: Dict[str, dict] = {}
    region_targeted: List[str] = []
    region_deaths = 0.0
    for feature in layer.getFeatures():
        organisation = _value(feature, "organisation")
        kind = str(_value(feature, "target_type", "vdto") or "vdto")
        region = _value(feature, "region_id")
        region = "" if region is None else str(region).strip()
        region = region[:-2] if region.endswith(".0") else region
        if not organisation or kind == "region":
            if region and _number(_value(feature, "deaths")) > 0:
                region_targeted.append(region)
                region_deaths += _number(_value(feature, "deaths"))
            continue
        entry = organisations.setdefault(str(organisation), {
            "rank": _number(_value(feature, "rank"), 9999), "regions": [], "links": {}})
        if region:
            entry["regions"].append(region)
        port = str(_value(feature, "port_name", "") or "")
        destination = str(_value(feature, "us_destination", "") or "")
        if port or destination:
            entry["links"][(port, destination)] = (_number(_value(feature, "exposure_deaths")),
                                                   _number(_value(feature, "corridor_km")))
    ordered = sorted(organisations.items(), key=lambda kv: (kv[1]["rank"], kv[0]))
    per_org = max(1, min(PACKAGE_ROWS_PER_ORG, (max_rows - bool(region_targeted)) // max(1, len(ordered))))
    rows: List[List[str]] = []
    for organisation, entry in ordered:
        links = sorted(entry["links"].items(), key=lambda kv: (-kv[1][0], kv[0]))
        rank = f"{entry['rank']:.0f}. " if entry["rank"] < 9999 else ""
        regions = _region_list(entry["regions"]) or text("pkg_none", language)
        if not links:
            rows.append([f"{rank}{organisation}", regions, "—", "—", "", ""])
            continue
        shown = links[:per_org]
        for index, ((port, destination), (deaths, km)) in enumerate(shown):
            first = index == 0
            label = f"{rank}{organisation}" if first else ""
            if index == len(shown) - 1 and len(links) > len(shown):
                label = (label + " " if label else "") + text("pkg_more", language).format(len(links) - len(shown))
            rows.append([label, regions if first else "", port or "—", destination or "—",
                         f"{deaths:,.0f}", f"{km:,.0f}" if km else ""])
    if region_targeted:
        rows.append([text("pkg_region_targeted", language), _region_list(region_targeted), "—", "—",
                     f"{region_deaths:,.0f}", ""])
    headers = [text(key, language) for key in ("pkg_organisation", "pkg_regions", "pkg_port", "pkg_destination",
                                               "pkg_exposure", "pkg_km")]
    return Table(headers, rows)


def _generic_package(layer: QgsVectorLayer) -> Table:
    """Any other table: the preferred link columns first, at most 7 columns, identical rows printed once."""
    names = [f.name() for f in layer.fields() if f.name().lower() not in ("fid", "id", "geom", "geometry")]
    ordered = [n for n in PACKAGE_PREFERRED if n in names] + [n for n in names if n not in PACKAGE_PREFERRED]
    ordered = ordered[:7]
    rows: List[List[str]] = []
    for feature in layer.getFeatures():
        row = [_format(_value(feature, n))[:40] for n in ordered]
        if row not in rows:
            rows.append(row)
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
        from qgis.core import QgsPointXY

        from ..qgis_bridge.events import EventQuery, read_events

        # Provisional figures count precise events only: one known only to its state sits at the state's centroid
        # (vdto:zonestatistics apportions those by area).
        table = read_events(events, zones.crs(), EventQuery(deaths_field=deaths_field or ""),
                            project.transformContext())
        table.leave_spread_out()
        for x, y, value in zip(*table.points()):
            points.append((QgsGeometry.fromPointXY(QgsPointXY(x, y)), float(value)))
            total_deaths += float(value)
    ordered = sorted(zones.getFeatures(), key=lambda f: (_number(_value(f, "priority"), 99),
                                                         _number(_value(f, "zone_id"), f.id())))
    for feature in ordered:
        geometry = feature.geometry()
        zone = ZoneFigures(name=str(_value(feature, "name", f"#{feature.id()}")),
                           target=str(_value(feature, "target", "") or ""),
                           basis=str(_value(feature, "basis", "") or ""),
                           status=str(_value(feature, "status", "") or ""),
                           start=_iso_date(_value(feature, "start_date", "")),
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
            zone.share_basis = "deaths" if deaths_field else "events"
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
