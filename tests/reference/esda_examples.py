"""Independent reference on esda's own test datasets, shipped in the libpysal wheel. Run ONLY with .venv-ref/bin/python.

For one dataset and column it prints JSON with the values, the neighbour lists (positions in the data's order), the
polygons as WKT when the dataset has them, and esda's results for every variant the plugin offers: Gi* and Gi,
row-standardised and binary weights, directed and folded pseudo p-values (G_Local, Moran_Local), with the
simulations' z (``z_sim``) that esda's own tests assert, plus Empirical Bayes rates when a base column is given.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import sys
import warnings

import numpy as np

DATASETS = {
    # name: (data file, weights: "queen" from the polygons or a .gal shipped with the data)
    "sids2": ("sids2.shp", "sids2.gal"),
    "stl": ("stl_hom.shp", "stl.gal"),
    "columbus": ("columbus.shp", "columbus.gal"),
    "desmith": ("desmith.txt", "desmith.gal"),
}


def main(argv: list[str]) -> int:
    out = sys.stdout
    with contextlib.redirect_stdout(sys.stderr):
        result = compute(argv)
    json.dump(result, out)
    return 0


def _weights(args, frame):
    import libpysal
    from libpysal.weights import Queen

    if args.weights == "queen":
        return Queen.from_dataframe(frame, use_index=False, silence_warnings=True)
    w = libpysal.io.open(libpysal.examples.get_path(DATASETS[args.dataset][1])).read()
    if args.dataset == "stl" and not w.id_order_set:
        w.id_order = list(range(1, len(frame) + 1))
    return w


def gi_reference(y, make_w, transform, star, alternative, permutations, seed):
    """G_Local as an analyst calls it; esda 2.9's class has no ``alternative``, so the folded test runs esda's own
    conditional randomisation (``crand``) on the weights and observed G the class prepared."""
    from esda.crand import crand
    from esda.getisord import G_Local, _g_local_crand, _g_local_star_crand

    if alternative == "directed":
        gi = G_Local(y, make_w(), transform=transform.upper(), star=star,
                     permutations=permutations, seed=seed, n_jobs=1, keep_simulations=True)
        p, z_sim = gi.p_sim, gi.z_sim
    else:
        gi = G_Local(y, make_w(), transform=transform.upper(), star=star, permutations=0)
        p, sims = crand(y, gi.w, gi.Gs, permutations, True, 1,
                        _g_local_star_crand if gi.star else _g_local_crand, scaling=y.sum(), seed=seed,
                        island_weight=0, alternative="folded")
        z_sim = (gi.Gs - sims.mean(axis=1)) / sims.std(axis=1)
    return {"g": gi.Gs.tolist(), "z": gi.Zs.tolist(), "p": np.asarray(p, float).tolist(),
            "z_sim": np.asarray(z_sim, float).tolist()}


def moran_reference(y, make_w, transform, alternative, permutations, seed):
    from esda.crand import crand
    from esda.moran import Moran_Local, _moran_local_crand

    if alternative == "directed":
        lisa = Moran_Local(y, make_w(), transformation=transform, permutations=permutations,
                           seed=seed, n_jobs=1, keep_simulations=True)
        p, z_sim = lisa.p_sim, lisa.z_sim
    else:
        lisa = Moran_Local(y, make_w(), transformation=transform, permutations=0)
        p, sims = crand(lisa.z, lisa.w, lisa.Is, permutations, True, 1, _moran_local_crand, seed=seed,
                        alternative="folded")
        z_sim = (lisa.Is - sims.mean(axis=1)) / sims.std(axis=1)
    return {"i": lisa.Is.tolist(), "p": np.asarray(p, float).tolist(), "z_sim": np.asarray(z_sim, float).tolist(),
            "q": lisa.q.tolist()}


def compute(argv: list[str]) -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dataset", required=True, choices=sorted(DATASETS))
    parser.add_argument("--column", required=True)
    parser.add_argument("--base", help="population column for Empirical Bayes")
    parser.add_argument("--weights", default="queen", choices=["queen", "gal"])
    parser.add_argument("--permutations", type=int, default=999)
    parser.add_argument("--seed", type=int, default=12345)
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    import geopandas
    import libpysal
    import pandas as pd
    from esda.smoothing import Empirical_Bayes, Spatial_Empirical_Bayes

    path = libpysal.examples.get_path(DATASETS[args.dataset][0])
    if path.endswith(".txt"):
        table = libpysal.io.open(path)
        frame = pd.DataFrame({name: table.by_col[name] for name in table.header})
    else:
        frame = geopandas.read_file(path)
    y = np.asarray(frame[args.column], float)

    def make_w():
        return _weights(args, frame)

    w = make_w()
    position = {key: k for k, key in enumerate(w.id_order)}
    out = {"values": y.tolist(), "neighbours": [sorted(position[j] for j in w.neighbors[i]) for i in w.id_order],
           "wkt": frame.geometry.to_wkt().tolist() if "geometry" in frame else None, "results": {}}
    for transform in ("r", "b"):
        for alternative in ("directed", "folded"):
            for star in (True, False):
                out["results"][f"gi_{'star' if star else 'plain'}_{transform}_{alternative}"] = gi_reference(
                    y, make_w, transform, star, alternative, args.permutations, args.seed)
            out["results"][f"moran_{transform}_{alternative}"] = moran_reference(
                y, make_w, transform, alternative, args.permutations, args.seed)
    if args.base:
        base = np.asarray(frame[args.base], float)
        out["base"] = base.tolist()
        out["eb"] = Empirical_Bayes(y, base).r.ravel().tolist()
        wb = _weights(args, frame)
        out["spatial_eb"] = [None if not np.isfinite(v) else float(v)
                             for v in Spatial_Empirical_Bayes(y, base, wb).r.ravel()]
    return out


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
