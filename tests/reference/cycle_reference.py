"""Independent references for the targeting cycle. Run ONLY with .venv-ref/bin/python (statsmodels, geopandas).

Reads JSON on stdin and prints JSON:
- ``{"kind": "its", "y": [...], "x": [[...]...], "lags": L}``: statsmodels OLS with HAC (Newey–West, Bartlett kernel,
  small-sample correction as statsmodels defaults) → params and bse.
- ``{"kind": "wdq", "events": gpkg/csv path..., ...}``: geopandas counts of points in zone, ring and control
  (ring = zone buffered minus every zone; control = study area minus every zone and ring), before and after.
  With ``"spread": true`` (UCDP CSV and INEGI municipalities): events known only to a municipality or a state
  (where_prec 3/4, placed by ``precision_reference.placed``) add their deaths × the share of their municipality's or
  state's area inside zone, ring and control; ``"state_events": "out"`` leaves the state-level ones out.
"""
from __future__ import annotations

import json
import sys
import warnings


def its(job: dict) -> dict:
    import numpy as np
    import statsmodels.api as sm

    y = np.asarray(job["y"], dtype=float)
    x = np.asarray(job["x"], dtype=float)
    fit = sm.OLS(y, x).fit(cov_type="HAC", cov_kwds={"maxlags": int(job["lags"])})
    contrast = np.zeros(x.shape[1])
    contrast[[1, 3]] = 1.0                    # time + slope change: the trend after the announcement
    trend_after = fit.t_test(contrast)
    return {"params": fit.params.tolist(), "bse": fit.bse.tolist(),
            "post_slope": float(np.squeeze(trend_after.effect)), "post_slope_se": float(np.squeeze(trend_after.sd))}


def wdq(job: dict) -> dict:
    import geopandas as gpd
    import pandas as pd
    from shapely import wkt

    crs = job["crs"]
    spread = None
    if job.get("spread"):
        from precision_reference import placed, shares

        joined, munis, states, state_area = placed(job["events_csv"], job["study_gpkg"])
        joined = joined.to_crs(crs)
        if job.get("state_events") == "out":
            joined.loc[joined["cls"] == "state", "cls"] = "out"
        joined["date"] = pd.to_datetime(joined["date_start"])
        joined["deaths"] = joined["best"].fillna(0)
        points = joined[joined["cls"] == "point"]
        spread = (joined[joined["cls"] == "municipality"], joined[joined["cls"] == "state"], munis, states,
                  state_area)
    elif "events_csv" in job:   # UCDP GED as shipped: lon/lat, where_prec ≤ 2 only, best deaths
        raw = pd.read_csv(job["events_csv"], usecols=["longitude", "latitude", "date_start", "best", "where_prec"])
        raw = raw[raw["where_prec"] <= 2]
        points = gpd.GeoDataFrame({"date": raw["date_start"], "deaths": raw["best"].fillna(0)},
                                  geometry=gpd.points_from_xy(raw["longitude"], raw["latitude"]),
                                  crs="EPSG:4326").to_crs(crs)
    else:
        events = pd.DataFrame(job["events"])  # x, y, date, deaths
        points = gpd.GeoDataFrame(events, geometry=gpd.points_from_xy(events["x"], events["y"]), crs=crs)
    points["date"] = pd.to_datetime(points["date"])
    zones = gpd.GeoSeries([wkt.loads(w) for w in job["zones"]], crs=crs)
    if "study_gpkg" in job:
        study = gpd.read_file(job["study_gpkg"], layer=job["study_layer"]).to_crs(crs).buffer(0).unary_union
    else:
        study = gpd.GeoSeries([wkt.loads(job["study"])], crs=crs).unary_union
    all_zones = zones.unary_union
    rings = gpd.GeoSeries([z.buffer(job["catchment_m"], 32).difference(all_zones) for z in zones], crs=crs)
    control = study.difference(all_zones.union(rings.unary_union))
    cache = {}
    out = []
    for i, zone in enumerate(zones):
        announced = pd.Timestamp(job["announced"][i])
        start = announced - pd.DateOffset(months=job["months"])
        end = announced + pd.DateOffset(months=job["months"])
        row = {}
        for key, area in (("r", zone), ("b", rings.iloc[i]), ("c", control)):
            for suffix, lo, hi in (("b", start, announced), ("a", announced, end)):
                sel = points[(points["date"] >= lo) & (points["date"] < hi)]
                inside = sel[sel.within(area)]
                row[key + suffix] = float(len(inside))
                row[key + suffix + "_deaths"] = float(inside["deaths"].sum())
                if spread is None:
                    continue
                level_m, level_s, munis, states, state_area = spread
                if (key, i) not in cache:
                    cache[(key, i)] = shares(munis, states, state_area, area)
                muni_share, state_share = cache[(key, i)]
                part_events, part_deaths = 0.0, 0.0
                for level, column, share in ((level_m, "cvegeo", muni_share), (level_s, "state", state_share)):
                    window = level[(level["date"] >= lo) & (level["date"] < hi)]
                    weight = window[column].map(share).fillna(0.0)
                    part_events += float(weight.sum())
                    part_deaths += float((weight * window["deaths"]).sum())
                row[key + suffix] += part_events
                row[key + suffix + "_deaths"] += part_deaths
                row[key + suffix + "_spread"] = part_events
        out.append(row)
    result = {"zones": out, "control_km2": control.area / 1e6}
    if spread is not None:
        result["classes"] = {k: int(v) for k, v in joined["cls"].value_counts().items()}
    return result


def contested(job: dict) -> dict:
    """Pairwise overlaps of the territories (same period), events and deaths inside from the UCDP CSV, and the
    deaths each of the two organisations is credited with (full involvement, exact alias names)."""
    import geopandas as gpd
    import pandas as pd

    territories = gpd.read_file(job["territories"]).to_crs(job["crs"])
    columns = ["id", "longitude", "latitude", "date_start", "best", "side_a", "side_b"]
    raw = pd.read_csv(job["events_csv"], usecols=columns)
    raw = raw[(raw["date_start"] >= job["start"]) & (raw["date_start"] <= job["end"])].reset_index(drop=True)
    points = gpd.GeoDataFrame(raw, geometry=gpd.points_from_xy(raw["longitude"], raw["latitude"]),
                              crs="EPSG:4326").to_crs(job["crs"])
    aliases = pd.read_csv(job["aliases"])
    name = dict(zip(aliases["alias"], aliases["organisation"]))
    long = raw.melt(id_vars=["id", "best"], value_vars=["side_a", "side_b"], value_name="actor")
    long["actor"] = long["actor"].where(long["actor"].isin(name.keys()), long["actor"].str.split(", "))
    long = long.explode("actor").assign(org=lambda d: d["actor"].map(name)).drop_duplicates(["id", "org"])
    out = []
    rows = list(territories.itertuples())
    for i, a in enumerate(rows):
        for b in rows[i + 1:]:
            if a.period != b.period or not a.geometry.intersects(b.geometry):
                continue
            overlap = a.geometry.intersection(b.geometry)
            if overlap.area < 1e6:
                continue
            inside = points[points.within(overlap)]
            first, second = sorted((a.organisation, b.organisation))
            mine = long[long["id"].isin(inside["id"])]
            out.append({"a": first, "b": second, "area_km2": overlap.area / 1e6, "events": len(inside),
                        "deaths": float(inside["best"].sum()),
                        "deaths_a": float(mine.loc[mine["org"] == first, "best"].sum()),
                        "deaths_b": float(mine.loc[mine["org"] == second, "best"].sum())})
    return {"pairs": out}


def main() -> int:
    warnings.simplefilter("ignore")
    job = json.load(sys.stdin)
    result = {"its": its, "wdq": wdq, "contested": contested}[job["kind"]](job)
    json.dump(result, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
