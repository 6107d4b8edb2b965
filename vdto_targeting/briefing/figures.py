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
    from ..qgis_bridge.fields import plain_value

    parsed = parse(plain_value(value, as_date=True))
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


def provisional_ranking(events: QgsVectorLayer, deaths_field: str, language: str,
                        keep=None) -> Optional[Tuple[Table, str]]:
    """Deaths attributed to every party of each event (full involvement), names resolved through the shipped alias
    table as vdto:rankvdtos resolves them: only drug-trafficking organisations are ranked — never civilians, state
    forces, other armed groups, unidentified actors or names the table does not know (those are listed for review
    in the criterion, not ranked).

    ``keep``: the period (``period_filter``); events outside it are not counted."""
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
        if keep is not None and not keep(feature):
            continue
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
                     deaths_field: str = "", study_area: float = 0.0, keep=None) -> Tuple[List[ZoneFigures], bool]:
    """Zone figures from ``vdto:zonestatistics`` fields, or computed provisionally (returns provisional=True) from
    the events ``keep`` accepts (the period's)."""
    has_figures = zones.fields().indexOf("pai") >= 0
    figures: List[ZoneFigures] = []
    total_deaths = 0.0
    points: List[Tuple[QgsGeometry, float]] = []
    if not has_figures and events is not None:
        from qgis.core import QgsPointXY

        from ..qgis_bridge.events import EventQuery, read_events

        # Provisional figures count precise events only: one known only to its state sits at the state's centroid
        # (vdto:zonestatistics apportions those by area). The reader keeps the period (``keep``, period_filter).
        table = read_events(events, zones.crs(), EventQuery(deaths_field=deaths_field or "",
                                                            **(keep.query_values() if keep is not None else {})),
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
            zone.events = _number(_value(feature, "events"))   # spread events apportioned by area: not whole
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


# ------------------------------------------------------------------------------------------------ period
def layer_period(layer) -> Optional[Tuple[str, str]]:
    """The period an output records (``period_start``/``period_end`` fields, or a raster's metadata items);
    None when it records none (inputs such as ports, or outputs written before periods were recorded)."""
    from ..definitions import PERIOD_END_FIELD, PERIOD_END_METADATA, PERIOD_START_FIELD, PERIOD_START_METADATA

    if layer is None:
        return None
    if isinstance(layer, QgsVectorLayer):
        fields = layer.fields()
        if fields.indexOf(PERIOD_START_FIELD) < 0 and fields.indexOf(PERIOD_END_FIELD) < 0:
            return None
        found = set()
        for feature in layer.getFeatures():
            start = _day(_value(feature, PERIOD_START_FIELD))   # text or date fields alike
            end = _day(_value(feature, PERIOD_END_FIELD))
            if start or end:
                found.add((start, end))
        if len(found) > 1:   # one table holding several periods is itself a mix
            raise ValueError(sorted(found))
        return next(iter(found), None)
    from osgeo import gdal

    dataset = gdal.Open(layer.source())
    if dataset is None:
        return None
    start = dataset.GetMetadataItem(PERIOD_START_METADATA) or ""
    end = dataset.GetMetadataItem(PERIOD_END_METADATA) or ""
    dataset = None
    return (start, end) if start or end else None


def period_text(period: Optional[Tuple[str, str]]) -> str:
    if not period:
        return ""
    start, end = period
    return f"{start or '…'} – {end or '…'}"


def common_period(named: List[Tuple[str, object]]) -> Tuple[Optional[Tuple[str, str]], List[str], List[str]]:
    """(the one period of the outputs, outputs recording none, conflicts as "name: period" lines).

    ``named``: (label, layer). Conflicts are non-empty when two outputs record different periods (or one output
    holds several); the caller refuses to print such a mix.
    """
    periods: Dict[str, Tuple[str, str]] = {}
    unrecorded: List[str] = []
    conflicts: List[str] = []
    for label, layer in named:
        if layer is None:
            continue
        try:
            period = layer_period(layer)
        except ValueError as mixed:
            conflicts.append(f"{label}: " + ", ".join(period_text(p) for p in mixed.args[0]))
            continue
        if period is None:
            unrecorded.append(label)
        else:
            periods[label] = period
    if len(set(periods.values())) > 1 or conflicts:
        conflicts = [f"{label}: {period_text(p)}" for label, p in periods.items()] + conflicts
    return next(iter(periods.values()), None), unrecorded, conflicts


class PeriodKeep:
    """The events of a period (days included, time of day ignored), kept as the events reader keeps them: the same
    day reading (``qgis_bridge.events.event_spans``, core.dates) and rule (``layers.PeriodFilter``: the whole span
    inside). ``query_values()`` hands the period to :func:`qgis_bridge.events.read_events`; calling it on a feature
    answers for loops over features."""

    def __init__(self, date_field: str, start: str, end: str) -> None:
        import datetime

        from ..qgis_bridge.layers import PeriodFilter

        self.date_field = date_field
        self.start = datetime.date.fromisoformat(start[:10]) if start else None
        self.end = datetime.date.fromisoformat(end[:10]) if end else None
        self._filter = PeriodFilter(date_field, self.start, self.end)

    def query_values(self) -> Dict[str, object]:
        return {"date_field": self.date_field, "start": self.start, "end": self.end}

    def __call__(self, feature) -> bool:
        from ..qgis_bridge.events import event_spans

        return bool(self._filter.keep(*event_spans([feature[self.date_field]]))[0])


def period_filter(events: Optional[QgsVectorLayer], date_field: str, period: Optional[Tuple[str, str]]):
    """The events of ``period`` (a :class:`PeriodKeep`: days included, time of day ignored, as the algorithms), or
    None when there is no period or no date field to keep it with."""
    if events is None or not date_field or not period or events.fields().indexOf(date_field) < 0:
        return None
    return PeriodKeep(date_field, period[0], period[1])


def _day(value) -> str:
    """ISO day of a QDate/QDateTime/text value ("" when missing)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    if hasattr(value, "toString") and hasattr(value, "year"):
        return value.toString("yyyy-MM-dd")
    if hasattr(value, "date") and hasattr(value, "toString"):
        return value.date().toString("yyyy-MM-dd")
    return str(value).strip()[:10]


def events_date_range(events: QgsVectorLayer, date_field: str) -> Optional[Tuple[str, str]]:
    """First and last event day present in a layer (the period of provisional figures from raw events)."""
    if events is None or not date_field or events.fields().indexOf(date_field) < 0:
        return None
    days = [d for d in (_day(f[date_field]) for f in events.getFeatures()) if d]
    return (min(days), max(days)) if days else None


# ------------------------------------------------------------------------------------------------ coverage
# Location precision classes (UCDP GED where_prec; ACLED geo_precision), coarsest last: what a map can show of them.
PRECISION_CLASSES = {
    "where_prec": [("prec_exact", (1, 2)), ("prec_municipality", (3,)), ("prec_state", (4,)),
                   ("prec_coarser", (5, 6, 7))],
    "geo_precision": [("prec_exact", (1,)), ("prec_municipality", (2,)), ("prec_state", (3,))],
}
SOURCE_NAMES = {"where_prec": "UCDP GED", "geo_precision": "ACLED"}


def event_coverage(events: Optional[QgsVectorLayer], date_field: str, deaths_field: str,
                   period: Optional[Tuple[str, str]], language: str, source: str = "") -> str:
    """What the events hold for the period printed: events, deaths, years present and missing, and how precisely
    they are located (share of deaths per precision class), so a reader knows what the map cannot show."""
    if events is None:
        return ""
    keep = period_filter(events, date_field, period)
    precision = next((name for name in PRECISION_CLASSES if events.fields().indexOf(name) >= 0), "")
    years: Dict[int, int] = {}
    by_class: Dict[str, float] = {}
    n_events, deaths, read = 0, 0.0, 0
    for feature in events.getFeatures():
        read += 1
        if keep is not None and not keep(feature):
            continue
        value = _number(_value(feature, deaths_field, 0)) if deaths_field else 1.0
        n_events += 1
        deaths += value
        day = _day(feature[date_field]) if date_field and events.fields().indexOf(date_field) >= 0 else ""
        if day[:4].isdigit():
            years[int(day[:4])] = years.get(int(day[:4]), 0) + 1
        if precision:
            code = int(_number(_value(feature, precision), 0))
            key = next((k for k, codes in PRECISION_CLASSES[precision] if code in codes), "prec_unknown")
            by_class[key] = by_class.get(key, 0.0) + value
    source = source or SOURCE_NAMES.get(precision, text("events", language))
    if not read:   # the layer could not be read (or is empty): state nothing rather than "no events"
        return ""
    if not n_events:
        return text("cov_no_events", language).format(source)
    first = int(period[0][:4]) if period and period[0][:4].isdigit() else min(years, default=0)
    last = int(period[1][:4]) if period and period[1][:4].isdigit() else max(years, default=0)
    missing = [y for y in range(first, last + 1) if y not in years] if years else []
    present = (f"{min(years)}–{max(years)}" if min(years) < max(years) else str(min(years))) if years else "?"
    gaps = text("cov_gaps", language).format(_year_list(missing)) if missing else text("cov_no_gaps", language)
    unit = text("deaths", language).lower() if deaths_field else text("events_col", language).lower()
    line = text("cov_events", language).format(source, n_events, deaths, present, gaps)
    if precision and deaths:
        shares = [f"{100 * by_class[key] / deaths:.0f}% {text(key, language)}"
                  for key, _codes in PRECISION_CLASSES[precision] + [("prec_unknown", ())] if by_class.get(key)]
        line += " " + text("cov_located", language).format(unit, ", ".join(shares))
    return line


def _year_list(years: List[int]) -> str:
    """1990, 1992–1995 (runs of consecutive years joined)."""
    runs: List[List[int]] = []
    for year in years:
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def homicide_coverage(layer: Optional[QgsVectorLayer], period: Optional[Tuple[str, str]], language: str) -> str:
    """The homicide counts behind the hotspots/regions: years of the period with counts, years without any."""
    if layer is None:
        return ""
    names = [f.name() for f in layer.fields()]
    yearly = sorted(int(n[4:]) for n in names if n.startswith("hom_") and n[4:].isdigit())
    if not yearly:
        covered = layer_period(layer)
        return text("cov_homicides_period", language).format(period_text(covered)) if covered else ""
    totals = {year: 0.0 for year in yearly}
    for feature in layer.getFeatures():
        for year in yearly:
            totals[year] += _number(_value(feature, f"hom_{year}", 0))
    present = [y for y in yearly if totals[y] > 0]
    missing = [y for y in yearly if totals[y] <= 0]
    gaps = text("cov_hom_gaps", language).format(_year_list(missing)) if missing else text("cov_no_gaps", language)
    span = (f"{min(present)}–{max(present)}" if min(present) < max(present) else str(min(present))) if present \
        else "—"
    return text("cov_homicides", language).format(span, gaps)


# ------------------------------------------------------------------------------------------------ regions
def regions_line(package: Optional[QgsVectorLayer], language: str) -> str:
    """Each violent region's leading organisation and its share of the region's deaths (from the target package),
    every leader of a region shared by tied organisations (``region_shared_with``, vdto:rankvdtos' tie rule), or the
    largest share where no organisation holds the threshold (region-targeted)."""
    if package is None or package.fields().indexOf("region_share") < 0:
        return ""
    led: Dict[str, Dict[str, float]] = {}
    targeted: Dict[str, Tuple[float, float]] = {}
    for feature in package.getFeatures():
        region = str(_value(feature, "region_id", "") or "").strip()
        region = region[:-2] if region.endswith(".0") else region
        share = _value(feature, "region_share")
        if not region or share is None:
            continue
        share = _number(share)
        if str(_value(feature, "target_type", "") or "") == "region":
            targeted[region] = (share, _number(_value(feature, "deaths")))
        else:
            led.setdefault(region, {})[str(_value(feature, "organisation", ""))] = share

    def key(value: str):
        return (0, int(value)) if value.isdigit() else (1, value)

    parts = []
    for region in sorted(led, key=key):
        leaders = sorted(led[region].items(), key=lambda item: (-item[1], item[0]))
        if len(leaders) == 1:
            parts.append(text("regions_led", language).format(region, leaders[0][0], 100 * leaders[0][1]))
        else:
            parts.append(text("regions_shared", language).format(
                region, ", ".join(f"{name} {100 * share:.1f}%" for name, share in leaders)))
    parts += [text("regions_targeted", language).format(r, 100 * targeted[r][0]) if targeted[r][1] > 0
              else text("regions_empty", language).format(r) for r in sorted(targeted, key=key)]
    return "; ".join(parts)
