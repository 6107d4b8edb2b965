"""Independent reference for the briefing's figures: pandas/geopandas only. Run ONLY with .venv-ref/bin/python.

Recomputes, from the raw UCDP GED events and the municipal boundaries read in place, every figure the briefing of
a period prints: the VDTO ranking (deaths attributed under full involvement, events, share of the period's deaths),
each zone's events, deaths, share and PAI = (n/N)/(a/A) with the plugin's location-precision rule (events
geocoded to the place or within 25 km — UCDP where_prec 1–2 — count where they fall; those known only to a
municipality (3) or a state (4) are spread evenly over that polygon, so a zone takes the share of its area it covers;
coarser ones stay out of zones and of N), each violent region's organisation shares, the deaths along
each corridor's Mexican part (the same precision rule: precise events inside the buffer, spread ones by the share of
their polygon's area the buffer covers, coarser ones out), and the events' coverage (events, deaths, years,
location precision). It shares no
code with the plugin: names are resolved from the shipped alias CSV by a re-implementation of its documented rules
(accents/case/dashes ignored; "A, B" coalitions split; civilians are victims; only kind "dto" is ranked; names the
table does not know are ranked under their own spelling). The geometries the analyst (or the pipeline) drew —
zones, violent regions, corridors — are inputs here, read from the plugin's files; every count is recomputed.

    .venv-ref/bin/python tests/reference/briefing_figures.py --events E.gpkg --municipalities M.gpkg \
        --aliases A.csv --start 2006-01-01 --end 2012-12-31 --zones Z.gpkg --regions R.gpkg \
        --corridors C.gpkg --ports P.gpkg        # prints JSON
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata

import geopandas
import numpy as np
import pandas as pd
from shapely.geometry import LineString

# the placement of events known only to a municipality or a state, shared with the precision reference (this
# script's folder is on sys.path when it runs)
from precision_reference import place

METRIC = "EPSG:6372"
STATE = re.compile(r"^(military|police|naval|navy|government|armed) forces? of mexico|^government of mexico"
                   r"|^guardia nacional|^national guard|^sedena\b|^semar\b|^ejercito mexicano|^marina\b")


def key(name: str) -> str:
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"[^0-9a-z()\-, ]+", " ", text)
    text = re.sub(r"\s*-\s*", " - ", text)
    return re.sub(r"\s+", " ", text).strip(" ,")


def alias_table(path: str) -> dict:
    table = {}
    with open(path, newline="", encoding="utf-8-sig") as handle:
        for row in csv.DictReader(handle):
            alias, organisation = (row.get("alias") or "").strip(), (row.get("organisation") or "").strip()
            kind = (row.get("kind") or "dto").strip().lower() or "dto"
            if alias and organisation:
                table[key(alias)] = (organisation, kind)
                table.setdefault(key(organisation), (organisation, kind))
    return table


def actors(value, table: dict) -> list:
    """(name, kind) of every organisation behind one actor value."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return []
    text = str(value).strip()
    if not text:
        return []
    parts = [text] if key(text) in table or "," not in text else [p for p in text.split(",") if p.strip()]
    out = []
    for part in parts:
        k = key(part)
        if k in table:
            found = table[k]
        elif STATE.search(k):
            found = ("state forces", "state")
        elif re.match(r"^civilians?\b", k):
            found = ("civilians", "civilian")
        elif re.match(r"^unidentified\b", k):
            found = (part.strip(), "unidentified")
        else:
            found = (part.strip(), "dto")
        if found not in out:
            out.append(found)
    return out


def polygon_shares(polygon, events, area: dict):
    """Each event's share inside ``polygon``: 1 for a precise event inside, its municipality's or state's area
    share for a spread one, 0 otherwise (and for every spread event without municipalities)."""
    munis, placed = area["munis"], area["placed"]
    if placed is not None:
        precise = placed["cls"] == "point"
    else:   # no polygons to spread over: only UCDP where_prec 1–2 (or none given) count
        code = pd.to_numeric(events["where_prec"], errors="coerce")
        precise = code.isna() | (code <= 2)
    inside = precise & events.geometry.within(polygon)
    share = pd.Series(0.0, index=events.index)
    overlap = np.zeros(0)
    if placed is not None:
        hits = list(munis.sindex.query(polygon, predicate="intersects"))
        overlap = np.zeros(len(munis))
        overlap[hits] = munis.geometry.iloc[hits].intersection(polygon).area.to_numpy()
        muni_share = pd.Series(overlap / area["muni_area"], index=munis["cvegeo"].astype(str).to_numpy())
        state_share = pd.Series(overlap, index=munis["state"].to_numpy()).groupby(level=0).sum() / area["state_area"]
        level_m, level_s = placed["cls"] == "municipality", placed["cls"] == "state"
        share[level_m] = placed.loc[level_m, "cvegeo"].map(muni_share).fillna(0.0)
        share[level_s] = placed.loc[level_s, "state"].map(state_share).fillna(0.0)
    share[inside] = 1.0
    return share, inside, overlap


def corridor_figures(args, events, area: dict) -> list:
    """Deaths of the period's events inside each corridor's Mexican part (up to the port) buffered by half the
    width: precise events where they fall, municipality- and state-level ones by the share of their polygon's area
    the buffer covers (without --municipalities they are left out), coarser ones out."""
    corridors = geopandas.read_file(args.corridors, layer=args.corridors_layer).to_crs(METRIC)
    ports = geopandas.read_file(args.ports).to_crs(METRIC).set_index("port_code")
    out = []
    for corridor in corridors.itertuples():
        if corridor.geometry is None or corridor.geometry.is_empty:
            continue   # an organisation without a corridor (its row says why)
        coords = list(corridor.geometry.coords)
        port = ports.loc[corridor.port_code].geometry
        cut = int(np.argmin([port.distance(geopandas.points_from_xy([x], [y])[0]) for x, y, *_ in coords]))
        part = LineString(coords[:cut + 1] if cut >= 1 else coords[:2])
        width = float(corridor.width_km) if corridor.width_km == corridor.width_km else args.corridor_width_km
        share, inside, _overlap = polygon_shares(part.buffer(width * 500.0), events, area)
        out.append({"organisation": corridor.organisation, "port_name": corridor.port_name,
                    "port_code": str(corridor.port_code), "destination": corridor.destination,
                    "deaths": float((share * events["deaths"]).sum()), "events": float(share.sum()),
                    "events_point": int(inside.sum()), "deaths_point": float(events.loc[inside, "deaths"].sum())})
    return out


def main(argv: list) -> int:
    parser = argparse.ArgumentParser()
    for name in ("events", "municipalities", "aliases", "start", "end", "zones", "regions", "corridors", "ports"):
        parser.add_argument(f"--{name}", default="")
    parser.add_argument("--events-layer", default="ucdp_ged_events")
    parser.add_argument("--municipalities-layer", default="municipios")
    parser.add_argument("--corridors-layer", default="corridors")
    parser.add_argument("--corridor-width-km", type=float, default=50.0)
    args = parser.parse_args(argv)

    events = geopandas.read_file(args.events, layer=args.events_layer)
    day = pd.to_datetime(events["date_start"].astype(str).str[:10], errors="coerce")
    events = events[(day >= pd.Timestamp(args.start)) & (day <= pd.Timestamp(args.end))].copy()
    events["deaths"] = pd.to_numeric(events["best"], errors="coerce").fillna(0.0)
    events = events[events.geometry.notna() & ~events.geometry.is_empty].to_crs(METRIC).reset_index(drop=True)
    total_deaths = float(events["deaths"].sum())
    result = {"period": [args.start, args.end], "n_events": int(len(events)), "deaths": total_deaths}

    # Coverage: years present, location precision (share of deaths per where_prec class).
    years = sorted(set(pd.to_datetime(events["date_start"].astype(str).str[:10]).dt.year.tolist()))
    result["years"] = years
    classes = {"exact": (1, 2), "municipality": (3,), "state": (4,), "coarser": (5, 6, 7)}
    prec = pd.to_numeric(events["where_prec"], errors="coerce")
    result["precision_share"] = {name: float(events.loc[prec.isin(codes), "deaths"].sum() / total_deaths)
                                 for name, codes in classes.items()}

    # Parties: one row per (event, organisation), civilians dropped, an organisation on both sides counted once.
    table = alias_table(args.aliases)
    rows = []
    for index, (a, b) in enumerate(zip(events["side_a"], events["side_b"])):
        seen = set()
        for name, kind in actors(a, table) + actors(b, table):
            if kind != "civilian" and name not in seen:
                seen.add(name)
                rows.append((index, name, kind))
    parties = pd.DataFrame(rows, columns=["event", "organisation", "kind"])
    parties["deaths"] = events["deaths"].to_numpy()[parties["event"].to_numpy()]
    ranked = parties[parties["kind"] == "dto"]
    grouped = ranked.groupby("organisation").agg(deaths=("deaths", "sum"), events=("event", "nunique"))
    grouped["share"] = grouped["deaths"] / total_deaths
    grouped = grouped.sort_values(["deaths", "events"], ascending=False)
    result["ranking"] = {name: {"deaths": float(r.deaths), "events": int(r.events), "share": float(r.share)}
                         for name, r in grouped.iterrows()}

    # Zones: precise events inside count in full; municipality- and state-level events count by the share of their
    # polygon's area the zone covers (a state is its municipalities; its area their summed area); coarser events
    # stay out of zones and of N. PAI over the municipalities' area.
    polygons: dict = {"munis": None, "placed": None, "muni_area": None, "state_area": None}
    if args.municipalities and (args.zones or args.corridors):
        munis = geopandas.read_file(args.municipalities, layer=args.municipalities_layer).to_crs(METRIC)
        munis["geometry"] = munis.geometry.make_valid()
        munis["state"] = munis["cvegeo"].astype(str).str[:2]
        polygons = {"munis": munis, "placed": place(events, munis), "muni_area": munis.geometry.area.to_numpy(),
                    "state_area": munis.groupby("state").geometry.apply(lambda g: float(g.area.sum()))}
    munis, placed = polygons["munis"], polygons["placed"]

    if args.zones:
        total_area = float(munis.geometry.area.sum())
        mapped = placed["cls"] != "out"
        n_total = int(mapped.sum())
        result["zone_precision"] = {k: int(v) for k, v in placed["cls"].value_counts().items()}
        zones = geopandas.read_file(args.zones, layer="zones").to_crs(METRIC)
        result["zones"] = {}
        for zone in zones.itertuples():
            share, inside, overlap = polygon_shares(zone.geometry, events, polygons)
            n, d = float(share.sum()), float((share * events["deaths"]).sum())
            land = float(overlap.sum())
            result["zones"][zone.name] = {
                "events": n, "deaths": d, "share": n / n_total, "area_km2": zone.geometry.area / 1e6,
                "land_km2": land / 1e6, "pai": (n / n_total) / (land / total_area),
                "events_point": int(inside.sum()), "events_spread": float(share[~inside].sum())}

        # Concentration curve over the zones, highest PAI first, then the rest of the study area to (1, 1).
        shares = sorted(((z["events"] / n_total, z["land_km2"] * 1e6 / total_area)
                         for z in result["zones"].values()), key=lambda s: s[0] / s[1] if s[1] else 0, reverse=True)
        xs, ys = [0.0], [0.0]
        for violence, area in shares:
            xs.append(min(1.0, xs[-1] + area))
            ys.append(min(1.0, ys[-1] + violence))
        xs.append(1.0)
        ys.append(1.0)
        area_under = sum((x1 - x0) * (y0 + y1) / 2 for x0, x1, y0, y1 in zip(xs, xs[1:], ys, ys[1:]))
        result["gini"] = 2 * (area_under - 0.5)

    # Violent regions: each organisation's attributed deaths over the region's deaths.
    if args.regions:
        regions = geopandas.read_file(args.regions, layer="regions").to_crs(METRIC)
        result["regions"] = {}
        for region in regions.itertuples():
            inside = np.flatnonzero(events.geometry.within(region.geometry).to_numpy())
            region_deaths = float(events["deaths"].to_numpy()[inside].sum())
            sub = ranked[ranked["event"].isin(inside)].groupby("organisation")["deaths"].sum()
            shares = (sub / region_deaths).sort_values(ascending=False) if region_deaths > 0 else sub * 0
            result["regions"][str(int(region.region_id))] = {
                "deaths": region_deaths, "shares": {k: float(v) for k, v in shares.items()}}

    # Corridors: the same precision rule inside each corridor's buffer (corridor_figures).
    if args.corridors:
        result["corridors"] = corridor_figures(args, events, polygons)
    json.dump(result, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
