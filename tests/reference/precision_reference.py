"""Independent reference for location precision: pandas + geopandas. Run ONLY with .venv-ref/bin/python.

    precision_reference.py counts EVENTS_CSV START END
        → {"events": {class: n}, "deaths": {class: d}} from UCDP's where_prec (1–2 point, 3 municipality, 4 state,
          ≥ 5 out of maps), dates compared as ISO text.
    precision_reference.py zones EVENTS_CSV MUNIS_GPKG ZONES_JSON [START END]
        → per zone (WKT in EPSG:6372): precise events inside, municipality- and state-level events and deaths
          apportioned by area of overlap (states = municipalities dissolved by the 2-digit CVEGEO prefix), and the
          totals on the map.
    precision_reference.py centroids EVENTS_CSV START END
        → the distinct lon/lat of state-level events (where UCDP puts a state's centroid).

Written from the UCDP codebook and the precision rules in DEVELOPING.md, sharing no code with the plugin.
"""
from __future__ import annotations

import json
import sys
import unicodedata

import geopandas as gpd
import pandas as pd
from shapely import wkt


def _events(path: str, start: str = "", end: str = "") -> pd.DataFrame:
    frame = pd.read_csv(path, dtype={"cvegeo_pip": str})
    if start:
        frame = frame[frame["date_start"] >= start]
    if end:
        frame = frame[frame["date_start"] <= end]
    prec = frame["where_prec"]
    frame["cls"] = "point"
    frame.loc[prec == 3, "cls"] = "municipality"
    frame.loc[prec == 4, "cls"] = "state"
    frame.loc[prec >= 5, "cls"] = "out"
    return frame


def counts(path: str, start: str, end: str) -> dict:
    frame = _events(path, start, end)
    grouped = frame.groupby("cls")["best"].agg(["count", "sum"])
    return {"events": {k: int(v) for k, v in grouped["count"].items()},
            "deaths": {k: float(v) for k, v in grouped["sum"].items()}}


def plain(text) -> str:
    """A place name compared without accents, case, or a trailing " state"/" municipality" (UCDP's adm_1/adm_2)."""
    if not isinstance(text, str):
        return ""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    for word in (" state", " municipality"):
        text = text.replace(word, "")
    return text.strip()


def place(events, munis):
    """Each event's precision class (point, municipality, state, out) and the municipality and state it falls in.

    UCDP where_prec: 1–2 point, 3 municipality, 4 state, 5 and coarser out of maps. A spread event's polygon is the
    municipality (state) its coordinates fall in; one whose coordinates fall outside every municipality is placed by
    its adm_1 (state) and adm_2 (municipality) names; a municipality-level event placed only to its state is spread
    over the state; one placed nowhere is out."""
    prec = pd.to_numeric(events["where_prec"], errors="coerce")
    frame = pd.DataFrame({"cls": "point"}, index=events.index)
    frame.loc[prec == 3, "cls"] = "municipality"
    frame.loc[prec == 4, "cls"] = "state"
    frame.loc[prec >= 5, "cls"] = "out"
    joined = gpd.sjoin(events[["geometry"]], munis[["cvegeo", "state", "geometry"]], how="left",
                       predicate="within")
    joined = joined[~joined.index.duplicated(keep="first")]
    frame["cvegeo"] = joined["cvegeo"].reindex(frame.index)
    frame["state"] = joined["state"].reindex(frame.index)
    outside = frame["state"].isna() & frame["cls"].isin(["municipality", "state"])
    for i in frame.index[outside]:
        a1, a2 = plain(events.at[i, "adm_1"]), plain(events.at[i, "adm_2"])
        states = munis[munis["nom_ent"].map(plain).str.startswith(a1)] if a1 else munis.iloc[0:0]
        if states["state"].nunique() == 1:
            frame.at[i, "state"] = states["state"].iloc[0]
            match = states[states["nom_mun"].map(plain) == a2]
            frame.at[i, "cvegeo"] = match["cvegeo"].iloc[0] if len(match) else None
    frame.loc[(frame["cls"] == "municipality") & frame["cvegeo"].isna() & frame["state"].notna(), "cls"] = "state"
    frame.loc[frame["cls"].isin(["municipality", "state"]) & frame["state"].isna(), "cls"] = "out"
    return frame


def placed(events_csv: str, munis_gpkg: str, start: str = "", end: str = ""):
    """(events joined to their municipality and state with their final class, municipalities, states dissolved,
    state areas as the sum of their municipalities')."""
    frame = _events(events_csv, start, end)
    points = gpd.GeoDataFrame(frame, geometry=gpd.points_from_xy(frame["longitude"], frame["latitude"]),
                              crs=4326).to_crs(6372)
    munis = gpd.read_file(munis_gpkg, layer="municipios").to_crs(6372)
    munis["geometry"] = munis.geometry.buffer(0)
    munis["state"] = munis["cvegeo"].str[:2]
    joined = points.drop(columns="cls")
    joined[["cls", "cvegeo", "state"]] = place(points, munis)[["cls", "cvegeo", "state"]]
    states = munis.dissolve(by="state")
    # A state's area is the sum of its municipalities' (what the spread is divided by).
    state_area = munis.groupby("state").geometry.apply(lambda g: g.area.sum())
    return joined, munis, states, state_area


def shares(munis, states, state_area, area) -> tuple:
    """(per CVEGEO, per state) share of the unit's area inside ``area``."""
    muni_share = (munis.geometry.intersection(area).area / munis.geometry.area).groupby(munis["cvegeo"]).sum()
    state_share = states.geometry.intersection(area).area / state_area.reindex(states.index)
    return muni_share, state_share


def zones(events_csv: str, munis_gpkg: str, zones_json: str, start: str = "", end: str = "") -> dict:
    joined, munis, states, state_area = placed(events_csv, munis_gpkg, start, end)
    result = {"zones": {}}
    for name, text in json.loads(zones_json).items():
        zone = wkt.loads(text)
        precise = joined[joined["cls"] == "point"]
        inside = precise.geometry.within(zone) & ~precise.geometry.touches(zone)
        muni_share = (munis.geometry.intersection(zone).area / munis.geometry.area).groupby(munis["cvegeo"]).sum()
        state_share = states.geometry.intersection(zone).area / state_area.reindex(states.index)
        level_m = joined[joined["cls"] == "municipality"]
        level_s = joined[joined["cls"] == "state"]
        m_share = level_m["cvegeo"].map(muni_share).fillna(0.0)
        s_share = level_s["state"].map(state_share).fillna(0.0)
        # Organisations: those of the precise events inside, and of the spread events the zone takes a share of,
        # with the deaths each is credited with in the zone (each party with every death of its events).
        org_deaths: dict = {}
        for rows, weight in ((precise[inside], pd.Series(1.0, index=precise[inside].index)),
                             (level_m, m_share), (level_s, s_share)):
            taken = weight > 1e-9
            for side in ("side_a", "side_b"):
                for org, deaths in (rows.loc[taken, "best"].fillna(0) * weight[taken]).groupby(
                        rows.loc[taken, side]).sum().items():
                    if isinstance(org, str) and org.strip():
                        org_deaths[org] = org_deaths.get(org, 0.0) + float(deaths)
        result["zones"][name] = {
            "events_point": int(inside.sum()), "deaths_point": float(precise.loc[inside, "best"].sum()),
            "events_spread": float(m_share.sum() + s_share.sum()),
            "deaths_spread": float((m_share * level_m["best"]).sum() + (s_share * level_s["best"]).sum()),
            "orgs": sorted(set(org_deaths)),
            "org_deaths": org_deaths,
            "orgs_point": sorted(set(precise.loc[inside, "side_a"].dropna())
                                 | set(precise.loc[inside, "side_b"].dropna())),
        }
    mapped = joined[joined["cls"] != "out"]
    result["total_events"] = int(len(mapped))
    result["total_deaths"] = float(mapped["best"].sum())
    result["classes"] = {k: int(v) for k, v in joined["cls"].value_counts().items()}
    return result


def centroids(path: str, start: str, end: str) -> dict:
    frame = _events(path, start, end)
    state = frame[frame["cls"] == "state"]
    places = state.groupby(["longitude", "latitude"])["best"].agg(["count", "sum"]).reset_index()
    return {"places": places.to_dict(orient="records")}


if __name__ == "__main__":
    mode, *args = sys.argv[1:]
    output = {"counts": counts, "zones": zones, "centroids": centroids}[mode](*args)
    json.dump(output, sys.stdout)
