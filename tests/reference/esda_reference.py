"""Independent reference: PySAL esda/libpysal on the real municipalities. Run ONLY with .venv-ref/bin/python.

Reads the GeoPackage and the INEGI homicide panel in place, sums homicides per municipality over the chosen years
with pandas, builds libpysal weights, and prints JSON with esda's Gi* z-scores, Local Moran I, pseudo p-values,
islands and esda's Empirical Bayes rates. Tests and the benchmark call it as a subprocess; the plugin never imports
PySAL. ``--timing`` adds esda's own wall time for the benchmark.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
import warnings

import geopandas
import numpy as np
import pandas as pd
from esda.getisord import G_Local
from esda.moran import Moran_Local
from esda.smoothing import Empirical_Bayes, Spatial_Empirical_Bayes
from libpysal.weights import KNN, DistanceBand, Queen, Rook


def main(argv: list[str]) -> int:
    out = sys.stdout
    with contextlib.redirect_stdout(sys.stderr):  # libpysal prints island warnings on stdout
        result = compute(argv)
    json.dump(result, out)
    return 0


def maker_again(args, muni, w):
    """A fresh weights object for the second statistic: G_Local fills the diagonal of the one it is given."""
    if args.weights in ("knn", "distance"):
        return w
    maker = Queen if args.weights == "queen" else Rook
    return maker.from_dataframe(muni, use_index=False, silence_warnings=True)


def compute(argv: list[str]) -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gpkg", required=True)
    parser.add_argument("--layer", default="municipios")
    parser.add_argument("--homicides", required=True)
    parser.add_argument("--start-year", type=int, required=True)
    parser.add_argument("--end-year", type=int, required=True)
    parser.add_argument("--population", help="CONAPO csv for EB denominators (mean over the years)")
    parser.add_argument("--weights", default="queen", choices=["queen", "rook", "knn", "distance"])
    parser.add_argument("--k", type=int, default=8)
    parser.add_argument("--distance", type=float, default=50000.0)
    parser.add_argument("--permutations", type=int, default=0)
    parser.add_argument("--seed", type=int, default=12345)
    parser.add_argument("--timing", action="store_true")
    parser.add_argument("--values", help="CSV cvegeo,value: analyse these values instead of the homicide sums")
    parser.add_argument("--gi", default="star", choices=["star", "plain"], help="Gi* (star) or Gi (plain)")
    parser.add_argument("--transform", default="r", choices=["r", "b"], help="row-standardised or binary")
    parser.add_argument("--alternative", default="directed", choices=["directed", "folded"])
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")

    muni = geopandas.read_file(args.gpkg, layer=args.layer)
    muni["cvegeo"] = muni["cvegeo"].astype(str)
    panel = pd.read_csv(args.homicides, dtype={"cvegeo": str, "cve_ent": str})
    panel = panel[(panel["year"] >= args.start_year) & (panel["year"] <= args.end_year)]
    counts = panel.groupby("cvegeo")["homicides"].sum()
    muni["homicides"] = muni["cvegeo"].map(counts).fillna(0.0).astype(float)
    centroids = None
    weights_started = time.perf_counter()
    if args.weights in ("knn", "distance"):
        points = muni.to_crs("EPSG:6372").geometry.centroid
        coords = np.column_stack([points.x, points.y])
        centroids = coords.tolist()
        if args.weights == "knn":
            w = KNN(coords, k=args.k)
        else:
            w = DistanceBand(coords, args.distance, binary=True, silence_warnings=True)
    else:
        maker = Queen if args.weights == "queen" else Rook
        w = maker.from_dataframe(muni, use_index=False, silence_warnings=True)
    weights_seconds = time.perf_counter() - weights_started
    y = muni["homicides"].to_numpy()
    if args.values:
        values = pd.read_csv(args.values, dtype={"cvegeo": str}).set_index("cvegeo")["value"]
        y = muni["cvegeo"].map(values).to_numpy(dtype=float)
    out = {"cvegeo": muni["cvegeo"].tolist(), "homicides": y.tolist(), "islands": [int(i) for i in w.islands],
           "cardinalities": [int(w.cardinalities[i]) for i in w.id_order], "centroids": centroids}
    started = time.perf_counter()
    if args.permutations == 0 or args.alternative == "directed":
        gi = G_Local(y, w, transform=args.transform.upper(), star=args.gi == "star", permutations=args.permutations,
                     seed=args.seed, n_jobs=1, keep_simulations=False)
        w = maker_again(args, muni, w)
        lisa = Moran_Local(y, w, transformation=args.transform, permutations=args.permutations, seed=args.seed,
                           n_jobs=1, keep_simulations=False)
        if args.permutations:
            out["gi_p"] = np.asarray(gi.p_sim, float).tolist()
            out["lisa_p"] = np.asarray(lisa.p_sim, float).tolist()
    else:  # esda 2.9's classes have no ``alternative``: its crand runs the folded test on what they prepared
        from esda_examples import gi_reference, moran_reference

        def make_w():
            return maker_again(args, muni, w)

        gi = gi_reference(y, make_w, args.transform, args.gi == "star", args.alternative, args.permutations,
                          args.seed)
        lisa = moran_reference(y, make_w, args.transform, args.alternative, args.permutations, args.seed)
        out["gi_p"], out["lisa_p"] = gi["p"], lisa["p"]
        gi = G_Local(y, make_w(), transform=args.transform.upper(), star=args.gi == "star", permutations=0)
        lisa = Moran_Local(y, make_w(), transformation=args.transform, permutations=0)
    out["esda_seconds"] = time.perf_counter() - started
    out["weights_seconds"] = weights_seconds
    out["gi_z"] = gi.Zs.tolist()
    out["lisa_i"] = lisa.Is.tolist()
    out["lisa_q"] = lisa.q.tolist()
    if args.population:
        pop = pd.read_csv(args.population, dtype={"cvegeo": str})
        pop = pop[(pop["year"] >= args.start_year) & (pop["year"] <= args.end_year)]
        years = args.end_year - args.start_year + 1
        base = muni["cvegeo"].map(pop.groupby("cvegeo")["pop_total"].mean()).to_numpy() * years
        out["person_years"] = base.tolist()
        out["global_eb"] = (Empirical_Bayes(y, base).r.ravel() * 1e5).tolist()
        wb = Queen.from_dataframe(muni, use_index=False, silence_warnings=True) if args.weights != "queen" else w
        wb.transform = "b"
        wb.id_order = list(wb.id_order)
        out["spatial_eb"] = (Spatial_Empirical_Bayes(y, base, wb).r.ravel() * 1e5).tolist()
    return out


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
