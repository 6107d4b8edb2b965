"""Zone figures, PAI, concentration curve and DiD against hand-worked values and a brute-force shapely reference."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, Point, Polygon, box

from vdto_targeting.core import zones as zn

KM = 1000.0


def square_study():
    """A 10 km × 10 km study area of four 5 km municipalities, 100 events placed by hand."""
    munis = [box(0, 0, 5 * KM, 5 * KM), box(5 * KM, 0, 10 * KM, 5 * KM),
             box(0, 5 * KM, 5 * KM, 10 * KM), box(5 * KM, 5 * KM, 10 * KM, 10 * KM)]
    rng = np.random.default_rng(7)
    # 50 events in the 1 km² square [1,2]×[1,2] km; 50 spread over the rest of the area.
    hot = rng.uniform(1.1 * KM, 1.9 * KM, size=(50, 2))
    cold = np.column_stack([rng.uniform(3 * KM, 9.9 * KM, 50), rng.uniform(3 * KM, 9.9 * KM, 50)])
    xy = np.vstack([hot, cold])
    deaths = np.r_[np.full(50, 2.0), np.full(50, 1.0)]
    orgs = [("Cartel A", "Cartel B")] * 50 + [("Cartel C",)] * 50
    return zn.StudyArea.build(xy[:, 0], xy[:, 1], munis, deaths=deaths, organisations=orgs,
                              muni_population=[1000, 2000, 3000, 4000],
                              corridors=[LineString([(0, 1.5 * KM), (10 * KM, 1.5 * KM)])],
                              ports=[Point(1.5 * KM, -3 * KM)]), xy, deaths


def test_pai_hand_worked():
    # 50 of 100 events on 1 of 100 km²: (50/100)/(1/100) = 50.
    assert zn.pai(50, 100, 1, 100) == pytest.approx(50.0)
    assert zn.pai(0, 100, 1, 100) == 0.0
    assert math.isnan(zn.pai(5, 100, 0, 100))


def test_gini_hand_worked():
    # Half the events on a tenth of the area: curve (0,0) (0.1,0.5) (1,1); AUC = 0.025 + 0.675 = 0.7; G = 0.4.
    curve = zn.curve_from_pieces([("rest", 50, 90.0), ("zone", 50, 10.0)], 100, 100.0)
    assert list(curve["piece"]) == ["(origin)", "zone", "rest"]
    assert zn.gini_from_curve(curve["cum_area_share"], curve["cum_event_share"]) == pytest.approx(0.4)
    # Violence spread exactly like the ground: Gini 0.
    even = zn.curve_from_pieces([("a", 30, 30.0), ("b", 70, 70.0)], 100, 100.0)
    assert zn.gini_from_curve(even["cum_area_share"], even["cum_event_share"]) == pytest.approx(0.0)


def test_zone_figures_match_brute_force_reference():
    study, xy, deaths = square_study()
    zones = [box(1 * KM, 1 * KM, 2 * KM, 2 * KM), Point(7 * KM, 7 * KM).buffer(2 * KM, 64),
             box(4 * KM, 0.5 * KM, 6 * KM, 2.5 * KM)]
    names = ["hot", "circle", "straddle"]
    table = zn.zone_figures(names, zones, study, port_distance_m=4.1 * KM)
    muni_pop = np.array([1000, 2000, 3000, 4000.0])
    munis = [box(0, 0, 5 * KM, 5 * KM), box(5 * KM, 0, 10 * KM, 5 * KM),
             box(0, 5 * KM, 5 * KM, 10 * KM), box(5 * KM, 5 * KM, 10 * KM, 10 * KM)]
    ref = []
    for name, zone in zip(names, zones):
        inside = np.array([zone.contains(Point(x, y)) for x, y in xy])
        overlaps = np.array([zone.intersection(m).area for m in munis])
        ref.append({"name": name, "events": int(inside.sum()), "deaths": float(deaths[inside].sum()),
                    "area_km2": zone.area / 1e6, "munis": int((overlaps > 0).sum()),
                    "population": float((muni_pop * overlaps / (25e6)).sum())})
    ref = pd.DataFrame(ref)
    ref["share"] = ref["events"] / 100
    ref["pai"] = ref["share"] / (ref["area_km2"] / 100.0)
    for column in ["events", "deaths", "area_km2", "munis", "population", "share", "pai"]:
        np.testing.assert_allclose(table[column].astype(float), ref[column].astype(float), rtol=1e-9,
                                   err_msg=column)
    hot = table.iloc[0]
    assert hot["events"] == 50 and hot["pai"] == pytest.approx(50.0)
    assert hot["organisations"] == "Cartel A; Cartel B" and hot["n_orgs"] == 2
    assert hot["corridors"] == 1 and hot["ports"] == 1          # port 4 km below the square
    assert table.iloc[1]["corridors"] == 0 and table.iloc[1]["ports"] == 0
    assert table.iloc[1]["organisations"] == "Cartel C"


def test_flags_outside_no_violence_overlap():
    study, _, _ = square_study()
    zones = [box(20 * KM, 20 * KM, 21 * KM, 21 * KM),               # outside the study area
             box(0.1 * KM, 8 * KM, 0.9 * KM, 9 * KM),               # inside, no events
             box(1 * KM, 1 * KM, 2 * KM, 2 * KM), box(1.5 * KM, 1 * KM, 2.5 * KM, 2 * KM)]   # overlapping
    table = zn.zone_figures(["out", "quiet", "a", "b"], zones, study)
    assert "outside study area" in table.iloc[0]["flags"] and math.isnan(table.iloc[0]["pai"])
    assert table.iloc[1]["flags"] == "no violence recorded" and table.iloc[1]["pai"] == 0.0
    assert "overlaps b" in table.iloc[2]["flags"] and "overlaps a" in table.iloc[3]["flags"]


def test_concentration_curve_partitions_overlapping_zones():
    study, xy, _ = square_study()
    a = box(1 * KM, 1 * KM, 2 * KM, 2 * KM)
    b = box(1.5 * KM, 1 * KM, 2.5 * KM, 2 * KM)
    curve, gini = zn.concentration_curve(["a", "b"], [a, b], study)
    assert curve["cum_event_share"].iloc[-1] == pytest.approx(1.0)
    assert curve["cum_area_share"].iloc[-1] == pytest.approx(1.0)
    assert int(curve["events"].sum()) == 100                       # every event counted once
    # Reference: pieces a, b−a, rest by hand with shapely.
    pts = [Point(x, y) for x, y in xy]
    n_a = sum(a.contains(p) for p in pts)
    n_b = sum(b.difference(a).contains(p) for p in pts)
    rest_area = 100e6 - a.area - b.difference(a).area
    pieces = [("a", n_a, a.area), ("b", n_b, b.difference(a).area), ("rest", 100 - n_a - n_b, rest_area)]
    ref = zn.curve_from_pieces(pieces, 100, 100e6)
    assert gini == pytest.approx(zn.gini_from_curve(ref["cum_area_share"], ref["cum_event_share"]))
    assert 0 < gini < 1


def test_cache_recomputes_only_changed_zone():
    study, _, _ = square_study()
    cache = zn.ZoneFigureCache(study)
    zones = [box(1 * KM, 1 * KM, 2 * KM, 2 * KM), box(6 * KM, 6 * KM, 8 * KM, 8 * KM)]
    first = cache.figures(["a", "b"], zones)
    zones[1] = box(6 * KM, 6 * KM, 9 * KM, 9 * KM)
    second = cache.figures(["a", "b"], zones)
    assert len(cache._raw) == 2
    assert first.iloc[0]["events"] == second.iloc[0]["events"]
    assert second.iloc[1]["area_km2"] == pytest.approx(9.0)


def test_repair_polygon_bowtie_and_refusal():
    bowtie = Polygon([(0, 0), (10, 10), (10, 0), (0, 10), (0, 0)])
    fixed, verdict = zn.repair_polygon(bowtie)
    assert verdict == "repaired" and fixed.is_valid and fixed.area == pytest.approx(50.0)
    line_like = Polygon([(0, 0), (10, 0), (20, 0), (0, 0)])
    assert zn.repair_polygon(line_like) == (None, "refused")
    assert zn.repair_polygon(box(0, 0, 1, 1))[1] == "valid"


def test_t_quantile_against_scipy():
    stats = pytest.importorskip("scipy.stats")
    for df in [3, 5, 10, 30, 200]:
        for p in [0.9, 0.975, 0.995]:
            assert zn.t_quantile(p, df) == pytest.approx(stats.t.ppf(p, df), abs=1e-6)
    assert zn.normal_quantile(0.975) == pytest.approx(stats.norm.ppf(0.975), abs=1e-9)


def test_did_against_welch_reference():
    stats = pytest.importorskip("scipy.stats")
    months = pd.period_range("2020-01", periods=24, freq="M")
    rng = np.random.default_rng(3)
    zone = pd.Series(rng.poisson(20, 24).astype(float), index=months)
    zone.iloc[12:] -= 10                                    # enforcement from 2021-01 removes ~10 events/month
    control = pd.Series(rng.poisson(200, 24).astype(float), index=months)
    result = zn.difference_in_differences(zone, control, 100.0, 1000.0, pd.Period("2021-01", "M"))
    diff = zone / 100 * 1000 - control / 1000 * 1000
    welch = stats.ttest_ind(diff[12:], diff[:12], equal_var=False)
    assert result.estimate == pytest.approx(diff[12:].mean() - diff[:12].mean())
    assert result.estimate / result.se == pytest.approx(welch.statistic)
    half = stats.t.ppf(0.975, result.df) * result.se
    assert result.ci_low == pytest.approx(result.estimate - half, rel=1e-6)
    assert result.verdict == "reduced" and result.ci_high < 0
    assert result.months_before == 12 and result.months_after == 12


def test_did_too_few_months():
    months = pd.period_range("2020-01", periods=7, freq="M")
    zone = pd.Series([5, 6, 5, 7, 1, 2, 1.0], index=months)
    control = pd.Series([50, 52, 49, 51, 50, 48, 52.0], index=months)
    result = zn.difference_in_differences(zone, control, 10, 100, pd.Period("2020-05", "M"))
    assert result.verdict == "too few months" and result.months_before == 4 and result.months_after == 3
    tiny = zn.difference_in_differences(zone[:3], control[:3], 10, 100, pd.Period("2020-03", "M"))
    assert tiny.verdict == "too few months" and math.isnan(tiny.estimate)


def test_monthly_counts_fill_missing_months():
    idx = pd.period_range("2021-01", "2021-04", freq="M")
    months = np.array(["2021-01-05", "2021-01-20", "2021-03-02"], dtype="datetime64[D]")
    s = zn.monthly_counts(months, [1, 2, 4], idx)
    assert list(s) == [3.0, 0.0, 4.0, 0.0]


def test_organisations_of_spread_events_by_hand():
    """Two 5 km municipalities; one precise event of Cartel A (1 death) in the zone; Cartel B has 40 deaths known
    only to the west municipality (the zone covers a quarter of it: 10 deaths), Cartel C 8 deaths known only to the
    east one (the zone covers none of it). So the zone lists B (10) before A (1) and never C."""
    munis = [box(0, 0, 5 * KM, 5 * KM), box(5 * KM, 0, 10 * KM, 5 * KM)]
    spread = {"Cartel B": (np.array([4.0, 0.0]), np.array([40.0, 0.0])),
              "Cartel C": (np.array([0.0, 2.0]), np.array([0.0, 8.0]))}
    study = zn.StudyArea.build([1 * KM], [1 * KM], munis, deaths=[1.0], organisations=[("Cartel A",)],
                               spread_events=[4.0, 2.0], spread_deaths=[40.0, 8.0], spread_organisations=spread)
    zone = box(0, 0, 2.5 * KM, 2.5 * KM)                      # a quarter of the west municipality
    raw = zn.raw_figures(zone, study, 0.0)
    assert raw.organisations == ["Cartel B", "Cartel A"]
    assert raw.spread_events == pytest.approx(1.0) and raw.spread_deaths == pytest.approx(10.0)
    east = zn.raw_figures(box(6 * KM, 1 * KM, 9 * KM, 4 * KM), study, 0.0)
    assert east.organisations == ["Cartel C"] and east.events == 0
