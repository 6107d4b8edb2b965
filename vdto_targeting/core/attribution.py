"""Attribute each event's deaths to the organisations involved, and rank organisations by that violence.

Why two rules: an event between two cartels cannot be split by responsibility from the sources, so the analyst chooses
and the output records which. *Full involvement* credits every party with all deaths of each event it took part in
(shares may then add up to more than 1: "share of all deaths in events it took part in"); *equal shares* divides the
deaths equally among the parties, so the attributed deaths add up to the total. Civilians are victims, never a party.
State forces and non-DTO armed groups are parties (they take their share under equal shares) but are never ranked.

Input: one row per event with columns ``deaths``, ``year`` (int), ``muni`` (text or None) and the actor columns.
"""
from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from .organisations import DTO_KINDS, AliasTable

ATTRIBUTION_FULL = 0
ATTRIBUTION_EQUAL = 1

PARTY_COLUMNS = ["eid", "side", "organisation", "kind", "known"]


def explode_parties(events: pd.DataFrame, actor_columns: Sequence[str], aliases: AliasTable) -> pd.DataFrame:
    """One row per (event, side, organisation); civilians dropped; an organisation on both sides counted once."""
    rows = []
    cache: dict = {}
    for side, column in enumerate(actor_columns):
        for eid, value in zip(events.index.to_numpy(), events[column].to_numpy()):
            key = value if isinstance(value, str) else str(value)
            actors = cache.get(key)
            if actors is None:
                actors = aliases.resolve(value)
                cache[key] = actors
            elif any(not a.known for a in actors):
                aliases.resolve(value)  # keep the count of unknown names honest
            for actor in actors:
                if actor.kind != "civilian":
                    rows.append((eid, side, actor.name, actor.kind, actor.known))
    parties = pd.DataFrame(rows, columns=PARTY_COLUMNS)
    return parties.drop_duplicates(["eid", "organisation"], keep="first").reset_index(drop=True)


def attribute(events: pd.DataFrame, parties: pd.DataFrame, rule: int) -> pd.DataFrame:
    """Add ``weight`` and ``deaths`` (attributed) to the party rows under the chosen rule."""
    if rule not in (ATTRIBUTION_FULL, ATTRIBUTION_EQUAL):
        raise ValueError(f"unknown attribution rule {rule}")
    out = parties.copy()
    if rule == ATTRIBUTION_FULL:
        out["weight"] = 1.0
    else:
        out["weight"] = 1.0 / out.groupby("eid")["organisation"].transform("size").astype(float)
    event_deaths = events["deaths"].astype(float)
    out["event_deaths"] = event_deaths.reindex(out["eid"]).to_numpy()
    out["deaths"] = out["weight"] * out["event_deaths"]
    out["year"] = events["year"].reindex(out["eid"]).to_numpy()
    out["muni"] = events["muni"].reindex(out["eid"]).to_numpy() if "muni" in events else None
    return out


def _rivals(attributed: pd.DataFrame, limit: int) -> dict:
    """Opponents across sides, by deaths of the events fought together (state forces included, civilians not)."""
    left = attributed[["eid", "side", "organisation", "event_deaths"]]
    pairs = left.merge(left[["eid", "side", "organisation"]], on="eid", suffixes=("", "_rival"))
    pairs = pairs[(pairs["side"] != pairs["side_rival"]) & (pairs["organisation"] != pairs["organisation_rival"])]
    pairs = pairs.drop_duplicates(["eid", "organisation", "organisation_rival"])
    totals = pairs.groupby(["organisation", "organisation_rival"])["event_deaths"].sum().reset_index()
    totals = totals.sort_values(["organisation", "event_deaths", "organisation_rival"], ascending=[True, False, True])
    result: dict = {}
    for name, group in totals.groupby("organisation", sort=False):
        result[name] = list(zip(group["organisation_rival"].head(limit), group["event_deaths"].head(limit)))
    return result


def _trend(attributed: pd.DataFrame, years: np.ndarray) -> pd.DataFrame:
    """OLS slope of yearly attributed deaths over the years the data cover (years with no events at all are gaps
    in the source, not zeros: UCDP's Mexico slice has none for 2013–2019)."""
    table = attributed.pivot_table(index="organisation", columns="year", values="deaths", aggfunc="sum")
    table = table.reindex(columns=years).fillna(0.0)
    out = pd.DataFrame(index=table.index)
    if len(years) < 2:
        out["trend"] = np.nan
        out["trend_rel"] = np.nan
        return out
    x = years.astype(float) - years.mean()
    values = table.to_numpy(dtype=float)
    slope = (values * x).sum(axis=1) / (x * x).sum()
    mean = values.mean(axis=1)
    out["trend"] = slope
    out["trend_rel"] = np.where(mean > 0, slope / np.where(mean > 0, mean, 1.0), np.nan)
    return out


def rank(events: pd.DataFrame, attributed: pd.DataFrame, rivals_limit: int = 5,
         ranked_kinds: Sequence[str] = tuple(DTO_KINDS)) -> pd.DataFrame:
    """Per organisation: deaths, events, share of all deaths, rank, trend, municipalities, rivals.

    Rank orders by attributed deaths, then events, then name, so ties are deterministic.
    """
    total = float(events["deaths"].sum())
    years = np.array(sorted(pd.unique(events["year"].dropna())), dtype=int)
    ranked = attributed[attributed["kind"].isin(list(ranked_kinds))]
    columns = ["organisation", "kind", "known", "deaths", "events", "share", "rank", "trend", "trend_rel",
               "first_year", "last_year", "municipalities", "rivals", "n_rivals"]
    if ranked.empty:
        return pd.DataFrame(columns=columns)
    grouped = ranked.groupby("organisation")
    table = pd.DataFrame({
        "kind": grouped["kind"].first(),
        "known": grouped["known"].all(),
        "deaths": grouped["deaths"].sum(),
        "events": grouped["eid"].nunique(),
        "first_year": grouped["year"].min(),
        "last_year": grouped["year"].max(),
        "municipalities": grouped["muni"].nunique(),
    })
    table["share"] = table["deaths"] / total if total > 0 else 0.0
    table = table.join(_trend(ranked, years))
    table.loc[table["events"] < 2, ["trend", "trend_rel"]] = np.nan
    rivals = _rivals(attributed, rivals_limit)
    table["rivals"] = [rivals.get(name, []) for name in table.index]
    all_rivals = _rivals(attributed, 10 ** 6)
    table["n_rivals"] = [len(all_rivals.get(name, [])) for name in table.index]
    table = table.reset_index().rename(columns={"index": "organisation"})
    table = table.sort_values(["deaths", "events", "organisation"], ascending=[False, False, True])
    table["rank"] = np.arange(1, len(table) + 1)
    return table[columns].reset_index(drop=True)


def _leaders_by_bootstrap(sub: pd.DataFrame, order: list, resamples: int, seed, level: float = 0.95) -> list:
    """Organisations tied with the first of ``order``: those whose deficit against it has a bootstrap interval
    (resampling the region's events with replacement, ``level`` two-sided, percentile) that reaches 0."""
    eids = np.unique(sub["eid"].to_numpy())
    if len(order) < 2 or resamples <= 0 or eids.size == 0:
        return order[:1]
    row = {e: i for i, e in enumerate(eids)}
    col = {o: j for j, o in enumerate(order)}
    matrix = np.zeros((eids.size, len(order)))
    np.add.at(matrix, (sub["eid"].map(row).to_numpy(), sub["organisation"].map(col).to_numpy()),
              sub["deaths"].to_numpy(dtype=float))
    rng = np.random.default_rng(seed)
    totals = np.empty((resamples, len(order)))
    for start in range(0, resamples, 100):
        count = min(100, resamples - start)
        draws = rng.integers(0, eids.size, size=(count, eids.size))
        weights = np.stack([np.bincount(d, minlength=eids.size) for d in draws]).astype(float)
        totals[start:start + count] = weights @ matrix
    deficit = totals[:, :1] - totals[:, 1:]
    low = np.quantile(deficit, (1.0 - level) / 2.0, axis=0)
    return order[:1] + [order[1 + j] for j in range(len(order) - 1) if low[j] <= 0]


def rank_by_region(events: pd.DataFrame, attributed: pd.DataFrame, regions: Mapping[object, np.ndarray],
                   threshold: float, ranked_kinds: Sequence[str] = tuple(DTO_KINDS), resamples: int = 0,
                   seed: int = 12345) -> pd.DataFrame:
    """Rank within each violent region; flag the region *region-targeted* when no organisation holds ``threshold``.

    ``regions`` maps region_id → boolean mask over ``events`` rows (an event may fall in several regions).
    Ties are never broken by event count: organisations with the same attributed deaths share a rank; with
    ``resamples`` > 0 the organisations whose deficit against the first has a 95 % bootstrap interval reaching 0
    (the region's events resampled, seeded per region) share rank 1 with it too (``tied_with`` names them).
    """
    rows = []
    for index, (region_id, mask) in enumerate(regions.items()):
        inside = events.index[np.asarray(mask, dtype=bool)]
        region_deaths = float(events.loc[inside, "deaths"].sum())
        sub = attributed[attributed["eid"].isin(inside) & attributed["kind"].isin(list(ranked_kinds))]
        grouped = sub.groupby("organisation").agg(deaths=("deaths", "sum"), events=("eid", "nunique"))
        # Ties are never broken by event count: organisations with the same attributed deaths share a
        # rank (competition ranking 1, 1, 3); listed by name within a tie only for a stable order.
        grouped = grouped.reset_index().sort_values(["deaths", "organisation"], ascending=[False, True])
        grouped["share"] = grouped["deaths"] / region_deaths if region_deaths > 0 else 0.0
        top_share = float(grouped["share"].iloc[0]) if len(grouped) else 0.0
        targeted = bool(top_share < threshold)
        base = {"region_id": region_id, "region_deaths": region_deaths, "region_events": int(len(inside)),
                "top_share": top_share, "region_targeted": targeted}
        if grouped.empty:
            rows.append(dict(base, organisation=None, deaths=0.0, events=0, share=0.0, rank=None, tied_with=""))
        values = grouped["deaths"].to_numpy(dtype=float)
        names = grouped["organisation"].tolist()
        leaders = [n for n, v in zip(names, values) if _same(v, values[0])] if len(values) else []
        if resamples > 0 and len(names) > 1:
            extra = set(_leaders_by_bootstrap(sub, names, resamples, [seed, index])) | set(leaders)
            leaders = []
            for name in names:             # the leading group is a prefix of the order: ranks stay monotone
                if name not in extra:
                    break
                leaders.append(name)
        for position, row in enumerate(grouped.itertuples(index=False)):
            if row.organisation in leaders:
                tied = [n for n in leaders if n != row.organisation]
                first = 0
            else:
                tied = [names[k] for k in range(len(values)) if k != position and _same(values[k], values[position])]
                first = next(k for k in range(len(values)) if _same(values[k], values[position]))
            rows.append(dict(base, organisation=row.organisation, deaths=float(row.deaths), events=int(row.events),
                             share=float(row.share), rank=first + 1, tied_with="; ".join(tied)))
    columns = ["region_id", "organisation", "deaths", "events", "share", "rank", "region_deaths", "region_events",
               "top_share", "region_targeted", "tied_with"]
    return pd.DataFrame(rows, columns=columns)


def _same(a: float, b: float) -> bool:
    """Exactly tied attributed deaths (up to floating-point noise from summing shares)."""
    return bool(np.isclose(a, b, rtol=1e-9, atol=1e-9))


def org_event_weights(attributed: pd.DataFrame, organisation: str, n_events: int) -> np.ndarray:
    """Attributed deaths of one organisation per event row position (0 where it took no part)."""
    weights = np.zeros(n_events, dtype=float)
    sub = attributed[attributed["organisation"] == organisation]
    np.add.at(weights, sub["eid"].to_numpy(dtype=int), sub["deaths"].to_numpy(dtype=float))
    return weights
