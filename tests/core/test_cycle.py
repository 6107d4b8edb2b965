"""The targeting cycle's maths: ranking history vs rank() and pandas, bootstrap, Newey–West vs statsmodels, WDQ."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import box

from vdto_targeting.core.attribution import ATTRIBUTION_EQUAL, ATTRIBUTION_FULL, attribute, explode_parties, rank
from vdto_targeting.core.cycle import (INTERVAL_MONTH, INTERVAL_QUARTER, INTERVAL_YEAR, catchment_and_control,
                                       control_of, interrupted_time_series, its_design, its_verdict, newey_west_lags,
                                       next_most_violent, ols_newey_west, period_bounds, ranking_history, wdq,
                                       window_counts)
from vdto_targeting.core.organisations import AliasTable, default_alias_path


@pytest.fixture(scope="module")
def ucdp(shared_data) -> pd.DataFrame:
    from tests.datasets import UCDP_CSV

    frame = pd.read_csv(shared_data / UCDP_CSV, dtype={"cvegeo_pip": str},
                        usecols=["id", "date_start", "year", "side_a", "side_b", "best", "cvegeo_pip"])
    frame = frame.rename(columns={"best": "deaths", "cvegeo_pip": "muni"})
    frame["date"] = pd.to_datetime(frame["date_start"])
    frame = frame[(frame["date"] >= "2006-01-01") & (frame["date"] <= "2012-12-31")].reset_index(drop=True)
    frame["deaths"] = frame["deaths"].fillna(0)
    return frame


def _attributed(frame: pd.DataFrame, rule: int) -> pd.DataFrame:
    aliases = AliasTable.from_csv(default_alias_path())
    return attribute(frame, explode_parties(frame, ["side_a", "side_b"], aliases), rule)


@pytest.mark.parametrize("rule", [ATTRIBUTION_FULL, ATTRIBUTION_EQUAL])
def test_each_period_equals_rank_on_that_period(ucdp, rule):
    """The history's quarter equals rank() run on that quarter's events alone (the rankvdtos route)."""
    history = ranking_history(ucdp, _attributed(ucdp, rule),
                              period_bounds(pd.Timestamp("2006-01-01"), pd.Timestamp("2012-12-31"), INTERVAL_QUARTER))
    assert 25 <= history["period"].nunique() <= 28     # quarters with no DTO event have no rows
    for period in ("2007Q1", "2010Q3", "2012Q4"):
        rows = history[history["period"] == period].set_index("organisation")
        start, end = pd.Timestamp(rows["period_start"].iloc[0]), pd.Timestamp(rows["period_end"].iloc[0])
        alone = ucdp[(ucdp["date"] >= start) & (ucdp["date"] <= end)].reset_index(drop=True)
        expected = rank(alone, _attributed(alone, rule)).set_index("organisation")
        assert list(rows.sort_values("rank").index) == list(expected.sort_values("rank").index)
        np.testing.assert_array_equal(rows.loc[expected.index, "rank"], expected["rank"])
        np.testing.assert_allclose(rows.loc[expected.index, "deaths"], expected["deaths"], rtol=0, atol=1e-9)
        np.testing.assert_array_equal(rows.loc[expected.index, "events"], expected["events"])


def test_history_against_pandas_groupby_and_rank_change(ucdp):
    """Independent route: pandas melt/groupby by year, sort, rank; rank_change = previous rank − rank."""
    history = ranking_history(ucdp, _attributed(ucdp, ATTRIBUTION_FULL),
                              period_bounds(pd.Timestamp("2006-01-01"), pd.Timestamp("2012-12-31"), INTERVAL_YEAR))
    table = pd.read_csv(default_alias_path())
    name, kind = dict(zip(table["alias"], table["organisation"])), dict(zip(table["organisation"], table["kind"]))
    long = ucdp.reset_index().melt(id_vars=["index", "deaths", "year"], value_vars=["side_a", "side_b"],
                                   value_name="actor")
    long["actor"] = long["actor"].where(long["actor"].isin(name.keys()), long["actor"].str.split(", "))
    long = long.explode("actor").assign(org=lambda d: d["actor"].map(name))
    long = long[long["org"].map(kind) == "dto"].drop_duplicates(["index", "org"])
    expected = long.groupby(["year", "org"]).agg(deaths=("deaths", "sum"), events=("index", "nunique")).reset_index()
    expected = expected.sort_values(["year", "deaths", "events", "org"], ascending=[True, False, False, True])
    expected["rank"] = expected.groupby("year").cumcount() + 1
    expected["prev"] = expected.set_index(["year", "org"]).index.map(
        lambda key: expected.set_index(["year", "org"])["rank"].get((key[0] - 1, key[1]), np.nan))
    got = history.assign(year=history["period"].astype(int)).set_index(["year", "organisation"])
    exp = expected.set_index(["year", "org"])
    assert len(got) == len(exp)
    np.testing.assert_allclose(got.loc[exp.index, "deaths"], exp["deaths"])
    np.testing.assert_array_equal(got.loc[exp.index, "rank"], exp["rank"])
    change = (exp["prev"] - exp["rank"]).to_numpy()
    got_change = got.loc[exp.index, "rank_change"].astype(float).to_numpy()
    np.testing.assert_array_equal(np.isnan(got_change), np.isnan(change))
    np.testing.assert_array_equal(got_change[~np.isnan(change)], change[~np.isnan(change)])
    # The famous years: Sinaloa's war with the Beltrán Leyva and Juárez cartels, then Los Zetas' rise.
    top = history[history["rank"] == 1].set_index("period")["organisation"]
    assert top.loc["2012"] == expected[(expected["year"] == 2012) & (expected["rank"] == 1)]["org"].iloc[0]


def _toy() -> tuple:
    """Three organisations in one month: A clearly first, B and C close (2 deaths apart over few events)."""
    rows = []
    for i in range(20):
        rows.append(("2010-01-%02d" % (1 + i % 28), "A", "Civilians", 10))
    for i in range(6):
        rows.append(("2010-01-%02d" % (1 + i), "B", "Civilians", 3 + (i % 2)))
        rows.append(("2010-01-%02d" % (2 + i), "C", "Civilians", 3 + ((i + 1) % 2)))
    rows.append(("2010-01-20", "B", "C", 2))
    events = pd.DataFrame(rows, columns=["date", "side_a", "side_b", "deaths"])
    events["date"] = pd.to_datetime(events["date"])
    events["year"] = 2010
    events["muni"] = None
    aliases = AliasTable.from_rows([{"alias": n, "organisation": n, "kind": "dto"} for n in "ABC"]
                                   + [{"alias": "Civilians", "organisation": "Civilians", "kind": "civilian"}])
    return events, attribute(events, explode_parties(events, ["side_a", "side_b"], aliases), ATTRIBUTION_FULL)


@pytest.mark.slow  # the naive loop is the reference
def test_bootstrap_is_reproducible_and_matches_a_naive_loop():
    events, attributed = _toy()
    periods = period_bounds(pd.Timestamp("2010-01-01"), pd.Timestamp("2010-01-31"), INTERVAL_MONTH)
    one = ranking_history(events, attributed, periods, bootstrap=500, seed=7)
    two = ranking_history(events, attributed, periods, bootstrap=500, seed=7)
    pd.testing.assert_frame_equal(one, two)
    other = ranking_history(events, attributed, periods, bootstrap=500, seed=8)
    assert not np.allclose(one["deaths_low"], other["deaths_low"]) or not np.allclose(one["deaths_high"],
                                                                                      other["deaths_high"])
    # Naive loop with the same draws (500 resamples of the 33 events, drawn as uniform indices): per-organisation
    # deaths → pandas sort → quantiles.
    rng = np.random.default_rng(7)
    n = len(events)
    draws = rng.integers(0, n, size=(500, n))
    weights = np.array([np.bincount(row, minlength=n) for row in draws])
    deaths, ranks = {o: [] for o in "ABC"}, {o: [] for o in "ABC"}
    for w in weights:
        frame = attributed.assign(w=w[attributed["eid"].to_numpy()])
        agg = frame.groupby("organisation").apply(lambda g: pd.Series({"deaths": (g["deaths"] * g["w"]).sum(),
                                                                       "events": g["w"].sum()}))
        agg = agg.reset_index().sort_values(["deaths", "events", "organisation"], ascending=[False, False, True])
        for position, org in enumerate(agg["organisation"], start=1):
            ranks[org].append(position)
            deaths[org].append(float(agg.set_index("organisation").loc[org, "deaths"]))
    got = one.set_index("organisation")
    for org in "ABC":
        assert got.loc[org, "deaths_low"] == pytest.approx(np.quantile(deaths[org], 0.025))
        assert got.loc[org, "deaths_high"] == pytest.approx(np.quantile(deaths[org], 0.975))
        assert got.loc[org, "rank_low"] == int(np.floor(np.quantile(ranks[org], 0.025) + 1e-9))
        assert got.loc[org, "rank_high"] == int(np.ceil(np.quantile(ranks[org], 0.975) - 1e-9))
    assert got.loc["A", "rank_low"] == got.loc["A", "rank_high"] == 1
    assert got.loc["A", "tied_with"] == ""
    assert got.loc["B", "tied_with"] == "C" and got.loc["C", "tied_with"] == "B"


def test_next_most_violent_leaves_designated_out():
    ranking = pd.DataFrame({"organisation": ["A", "B", "C", "D"], "rank": [1, 2, 3, 4]})
    rest = next_most_violent(ranking, ["A", "C"])
    assert rest["organisation"].tolist() == ["B", "D"] and rest["next_rank"].tolist() == [1, 2]


def test_period_bounds_clip_to_the_request():
    quarters = period_bounds(pd.Timestamp("2010-02-15"), pd.Timestamp("2010-08-10"), INTERVAL_QUARTER)
    assert quarters["period"].tolist() == ["2010Q1", "2010Q2", "2010Q3"]
    assert str(quarters["start"].iloc[0].date()) == "2010-02-15" and str(quarters["end"].iloc[2].date()) == \
        "2010-08-10"
    assert str(quarters["end"].iloc[0].date()) == "2010-03-31"


# ---------------------------------------------------------------------------------------------- Newey–West
def _series(seed: int, months: int = 48, announced: str = "2010-01") -> tuple:
    rng = np.random.default_rng(seed)
    index = pd.period_range(pd.Period(announced, "M") - months // 2, periods=months, freq="M")
    noise = np.zeros(months)
    for t in range(1, months):  # AR(1) noise: serial correlation the HAC errors must absorb
        noise[t] = 0.6 * noise[t - 1] + rng.normal(0, 5)
    t = np.arange(months)
    after = (index >= pd.Period(announced, "M")).astype(float)
    y = 50 + 0.5 * t - 15 * after - 0.8 * after * (t - months // 2) + 6 * np.sin(2 * np.pi * index.month / 12) + noise
    return pd.Series(y, index=index), pd.Period(announced, "M")


@pytest.mark.slow  # statsmodels in the reference venv
@pytest.mark.parametrize("seed,months", [(1, 48), (2, 30), (3, 72)])
def test_its_matches_statsmodels_hac(seed, months):
    from tests.reference import run_cycle_reference

    series, announced = _series(seed, months)
    result = interrupted_time_series(series, announced)
    x, names = its_design(series.index, announced)
    lags = newey_west_lags(len(series))
    reference = run_cycle_reference({"kind": "its", "y": series.tolist(), "x": x.tolist(), "lags": lags})
    np.testing.assert_allclose(result.fit.params, reference["params"], rtol=0, atol=1e-6)
    np.testing.assert_allclose(result.fit.se, reference["bse"], rtol=0, atol=1e-6)
    assert result.post_slope == pytest.approx(reference["post_slope"], abs=1e-6)
    assert result.post_slope_se == pytest.approx(reference["post_slope_se"], abs=1e-6)
    assert names[:4] == ["const", "time", "level", "slope"] and len(names) == 15
    assert result.enough and result.direction() == "fell"


def test_newey_west_by_hand_on_a_tiny_design():
    """Lag 1, four observations: S = Σ u²xx' + ½ Σ uₜuₜ₋₁(xₜxₜ₋₁' + xₜ₋₁xₜ'); with the small-sample factor n/(n−k)
    on request."""
    x = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])
    y = np.array([1.0, 3.0, 2.0, 5.0])
    fit = ols_newey_west(y, x, ["c", "t"], lags=1)
    beta = np.linalg.solve(x.T @ x, x.T @ y)
    u = y - x @ beta
    s = sum(u[i] ** 2 * np.outer(x[i], x[i]) for i in range(4))
    s = s + 0.5 * sum(u[i] * u[i - 1] * (np.outer(x[i], x[i - 1]) + np.outer(x[i - 1], x[i])) for i in range(1, 4))
    bread = np.linalg.inv(x.T @ x)
    np.testing.assert_allclose(fit.cov, bread @ s @ bread, rtol=1e-12)
    corrected = ols_newey_west(y, x, ["c", "t"], lags=1, small_sample=True)
    np.testing.assert_allclose(corrected.cov, bread @ s @ bread * 4 / 2, rtol=1e-12)
    np.testing.assert_allclose(fit.params, beta, rtol=1e-12)


def test_too_few_months_and_verdicts():
    series, announced = _series(4, 48)
    short = series[series.index >= announced - 6]
    result = interrupted_time_series(short, announced)
    assert result.months_before == 6 and not result.enough
    assert its_verdict(result, result) == "too few months"
    flat = interrupted_time_series(pd.Series(np.random.default_rng(5).normal(20, 1, 48), index=series.index),
                                   announced)
    fell = interrupted_time_series(series, announced)
    assert its_verdict(fell, flat) == "fell, others did not"
    assert its_verdict(fell, fell) == "fell, others fell too"


# ---------------------------------------------------------------------------------------------------- WDQ
def test_wdq_hand_worked_example():
    """Zone 40 → 20 events, ring 30 → 25, control 200 → 200:
    success = 20/200 − 40/200 = −0.1; buffer = 25/200 − 30/200 = −0.025; WDQ = 0.25 (diffusion of benefits)."""
    result = wdq(rb=40, ra=20, bb=30, ba=25, cb=200, ca=200)
    assert result.success == pytest.approx(-0.1) and result.buffer == pytest.approx(-0.025)
    assert result.wdq == pytest.approx(0.25) and result.verdict == "diffusion"
    moved = wdq(rb=40, ra=20, bb=30, ba=45, cb=200, ca=200)   # ring rose by 15: WDQ = 0.075/−0.1 = −0.75
    assert moved.wdq == pytest.approx(-0.75) and moved.verdict == "displacement"
    assert wdq(40, 50, 30, 25, 200, 200).verdict == "did not fall"
    assert wdq(40, 20, 30, 30.5, 200, 200).verdict == "no clear effect"      # WDQ = −0.025
    assert wdq(40, 20, 30, 25, 0, 10).verdict == "no control events"
    # A control that grew: rates, not counts, carry the comparison (the control doubled, the zone stayed).
    assert wdq(40, 40, 30, 30, 100, 200).verdict == "diffusion"


def test_rings_and_control_exclude_every_zone_and_ring():
    study = box(0, 0, 100_000, 100_000)
    zones = [box(10_000, 10_000, 20_000, 20_000), box(24_000, 10_000, 34_000, 20_000)]
    rings, control = catchment_and_control(zones, study, 5_000.0)
    assert rings[0].intersection(zones[1]).area == pytest.approx(0.0, abs=1e-6)
    assert rings[0].intersects(rings[1])                    # neighbouring rings may share ground …
    for zone, ring in zip(zones, rings):
        assert control.intersection(zone).area == pytest.approx(0.0, abs=1e-6)
        assert control.intersection(ring).area == pytest.approx(0.0, abs=1e-6)   # … but never the control
    x = np.array([15_000.0, 22_000.0, 60_000.0, 60_000.0, 15_000.0])
    y = np.array([15_000.0, 15_000.0, 60_000.0, 60_000.0, 15_000.0])
    dates = pd.Series(pd.to_datetime(["2010-01-05", "2010-02-01", "2009-12-01", "2010-03-01", "2011-06-01"]))
    w = np.ones(5)
    start, announced, end = pd.Timestamp("2009-07-01"), pd.Timestamp("2010-01-01"), pd.Timestamp("2010-07-01")
    assert window_counts(x, y, dates, w, zones[0], start, announced, end) == (0.0, 1.0)   # 2011 is outside
    assert window_counts(x, y, dates, w, rings[0], start, announced, end) == (0.0, 1.0)   # 22 km: the gap
    assert window_counts(x, y, dates, w, control, start, announced, end) == (1.0, 1.0)


def test_control_without_the_union_equals_the_union_route():
    """control_of (municipality by municipality) = catchment_and_control (one union), in points and area."""
    from vdto_targeting.core._compat import contains_xy

    munis = [box(x, y, x + 25_000, y + 25_000) for x in range(0, 100_000, 25_000) for y in range(0, 100_000, 25_000)]
    zones = [box(10_000, 10_000, 20_000, 20_000), box(60_000, 55_000, 75_000, 70_000)]
    rng = np.random.default_rng(2)
    x, y = rng.uniform(-5_000, 105_000, 5000), rng.uniform(-5_000, 105_000, 5000)
    rings, mask, area = control_of(x, y, munis, zones, 8_000.0)
    rings_union, control = catchment_and_control(zones, box(0, 0, 100_000, 100_000), 8_000.0)
    assert area == pytest.approx(control.area, rel=1e-9)
    on_edge = np.isclose(x % 25_000, 0) | np.isclose(y % 25_000, 0)
    np.testing.assert_array_equal(mask[~on_edge], contains_xy(control, x, y)[~on_edge])
    assert all(a.equals(b) for a, b in zip(rings, rings_union))


def test_contested_areas_by_hand():
    """A and B overlap by 2×4 km = 8 km²; B and C only touch along an edge (not shared ground); D is in 2011."""
    from vdto_targeting.core.cycle import contested_areas

    shapes = [box(0, 0, 6_000, 4_000), box(4_000, 0, 10_000, 4_000), box(10_000, 0, 14_000, 4_000),
              box(0, 0, 6_000, 4_000)]
    pairs = contested_areas(["B", "A", "C", "D"], ["2010", "2010", "2010", "2011"], shapes)
    assert [(a, b, p) for a, b, p, _ in pairs] == [("A", "B", "2010")]
    assert pairs[0][3].area == pytest.approx(8e6) and pairs[0][3].geom_type == "Polygon"
