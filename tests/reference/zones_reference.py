"""Independent reference for zone figures: geopandas + pyproj + shapely 2. Run ONLY with .venv-ref/bin/python.

Not QGIS: zones given in degrees are projected to EPSG:6372 with pyproj (its own PROJ data, from its wheel), circles
are true 64-segment-per-quadrant circles there, and each zone's events, deaths, share, area, municipalities (overlap
over 1 ha or over half the municipality), PAI, area-weighted population, organisations and ports within a distance
are computed with shapely and pandas. Prints JSON. Subcommands:

  figures --zones JSON --events GPKG --munis GPKG --ports GPKG --port-km KM
  area --wkt WKT            area in m² of a lon/lat polygon projected to EPSG:6372

It lives here rather than inside the QGIS test process: Debian's pyproj in a venv finds no PROJ data directory
(it looks beside sys.prefix, which is the venv, and for a ``proj`` program on PATH), and the reference should not
share QGIS's libraries anyway.
"""
from __future__ import annotations

import argparse
import json
import sys
import warnings

import geopandas
import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry import box
from shapely.ops import transform

FORWARD = Transformer.from_crs(4326, 6372, always_xy=True)
INVERSE = Transformer.from_crs(6372, 4326, always_xy=True)


def zone_shapes(spec: dict) -> dict:
    """``{name: [kind, coords, radius_m]}`` (circle: centre lon/lat; box: lon/lat bounds) → shapes in EPSG:6372."""
    shapes = {}
    for name, (kind, coords, radius) in spec.items():
        if kind == "circle":
            x, y = FORWARD.transform(*coords)
            shapes[name] = shapely.Point(x, y).buffer(radius, 64)
        else:
            shapes[name] = transform(FORWARD.transform, box(*coords))
    return shapes


def figures(args) -> dict:
    spec = json.loads(args.zones)
    shapes = zone_shapes(spec)
    events = geopandas.read_file(args.events).to_crs(6372)
    munis = geopandas.read_file(args.munis, layer="municipios").to_crs(6372)
    ports = geopandas.read_file(args.ports).to_crs(6372)
    ex, ey = events.geometry.x.to_numpy(), events.geometry.y.to_numpy()
    muni_geoms = munis.geometry.to_numpy()
    muni_area = shapely.area(muni_geoms)
    pops = munis["pop2020"].fillna(0).to_numpy(dtype=float)
    total_area = float(muni_area.sum())
    out = {"n_events": int(len(events)), "zones": {}}
    for name, shape in shapes.items():
        inside = shapely.contains_xy(shape, ex, ey)
        touching = shapely.intersects(muni_geoms, shape)
        overlaps = np.where(touching, shapely.area(shapely.intersection(muni_geoms, shape)), 0.0)
        hit = (overlaps > 10_000) | (overlaps >= 0.5 * muni_area)
        n = int(inside.sum())
        land = float(overlaps[hit].sum())
        orgs = set(events.loc[inside, "side_a"]).union(events.loc[inside, "side_b"]) - {None, ""}
        out["zones"][name] = {
            "wkt_lonlat": transform(INVERSE.transform, shape).wkt,
            "events": n,
            "deaths": float(events.loc[inside, "best"].sum()),
            "share": n / len(events),
            "area_km2": shape.area / 1e6,
            "munis": int(hit.sum()),
            "pai": (n / len(events)) / (land / total_area) if land else None,
            "population": float((pops[hit] * overlaps[hit] / muni_area[hit]).sum()),
            "organisations": sorted(str(o) for o in orgs if o == o),
            "ports": int((shapely.distance(ports.geometry.to_numpy(), shape) <= args.port_km * 1000).sum()),
        }
    return out


def main(argv: list[str]) -> int:
    warnings.simplefilter("ignore")
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    fig = sub.add_parser("figures")
    fig.add_argument("--zones", required=True)
    fig.add_argument("--events", required=True)
    fig.add_argument("--munis", required=True)
    fig.add_argument("--ports", required=True)
    fig.add_argument("--port-km", type=float, default=25.0)
    area = sub.add_parser("area")
    area.add_argument("--wkt", required=True)
    args = parser.parse_args(argv)
    if args.command == "figures":
        result = figures(args)
    else:
        result = {"area_m2": transform(FORWARD.transform, shapely.from_wkt(args.wkt)).area}
    json.dump(result, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
