"""The targeting cycle in QGIS: ranking history = rankvdtos per period (real UCDP), targets table, announcement effect
against statsmodels on an independent pandas series, displacement against a hand-worked case and geopandas, and the
bad inputs (clear message, nothing written)."""
from __future__ import annotations

import os

import numpy as np
import pandas as pd
import pytest

pytestmark = pytest.mark.usefixtures("vdto_provider")

X0, Y0 = 1_850_000.0, 1_450_000.0        # EPSG:6372, central Mexico


def _read(uri: str) -> pd.DataFrame:
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(uri, "t", "ogr")
    assert layer.isValid(), uri
    names = layer.fields().names()
    rows = []
    for feature in layer.getFeatures():
        row = []
        for value in feature.attributes():
            if hasattr(value, "isNull") and value.isNull():
                value = None
            elif hasattr(value, "toString") and hasattr(value, "day"):
                value = value.toString("yyyy-MM-dd")
            row.append(value)
        rows.append(row)
    return pd.DataFrame(rows, columns=names)


def _square(x, y, size):
    return f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))"


# ------------------------------------------------------------------------------------------- ranking history
@pytest.mark.parametrize("rule", [0, 1])
def test_one_period_of_the_history_is_rankvdtos_on_ucdp(shared_data, tmp_path, rule):
    import processing

    from tests.datasets import UCDP_GPKG

    gpkg = str(shared_data / UCDP_GPKG)
    result = processing.run("vdto:rankinghistory", {
        "INPUT": gpkg, "START": "2006-01-01", "END": "2012-12-31", "INTERVAL": 1, "ATTRIBUTION": rule,
        "BOOTSTRAP": 200, "SEED": 3, "OUTPUT": str(tmp_path / "history.gpkg")})
    history = _read(result["OUTPUT"])
    assert result["PERIODS"] == history["period"].nunique() >= 25
    for period in ("2008Q2", "2011Q4"):
        rows = history[history["period"] == period].set_index("organisation")
        start, end = rows["period_start"].iloc[0], rows["period_end"].iloc[0]
        ranking = processing.run("vdto:rankvdtos", {"INPUT": gpkg, "START": start, "END": end, "ATTRIBUTION": rule,
                                                    "OUTPUT": str(tmp_path / f"rank_{period}.gpkg")})
        expected = _read(ranking["OUTPUT"]).set_index("organisation")
        assert sorted(rows.index) == sorted(expected.index)
        np.testing.assert_array_equal(rows.loc[expected.index, "rank"], expected["rank"])
        np.testing.assert_array_equal(rows.loc[expected.index, "events"], expected["events"])
        np.testing.assert_allclose(rows.loc[expected.index, "deaths"], expected["deaths"], rtol=0, atol=1e-9)
        if period == "2008Q2":   # the rank under the other attribution rule is that rule's rankvdtos
            other = processing.run("vdto:rankvdtos", {"INPUT": gpkg, "START": start, "END": end,
                                                      "ATTRIBUTION": 1 - rule,
                                                      "OUTPUT": str(tmp_path / "rank_other.gpkg")})
            other_rank = _read(other["OUTPUT"]).set_index("organisation")["rank"]
            np.testing.assert_array_equal(rows.loc[other_rank.index, "rank_other_rule"], other_rank)
    # Intervals hold the estimate; ties are symmetric.
    assert (history["deaths_low"] <= history["deaths"] + 1e-9).all()
    assert (history["rank_low"] <= history["rank"]).all() and (history["rank"] <= history["rank_high"]).all()
    for row in history.dropna(subset=["tied_with"]).itertuples():
        for other in row.tied_with.split("; "):
            partner = history[(history["period"] == row.period) & (history["organisation"] == other)]
            assert row.organisation in (partner["tied_with"].iloc[0] or "").split("; ")


def test_bootstrap_reproducible_with_its_seed(shared_data, tmp_path):
    import processing

    from tests.datasets import UCDP_GPKG

    tables = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        result = processing.run("vdto:rankinghistory", {
            "INPUT": str(shared_data / UCDP_GPKG), "START": "2009-01-01", "END": "2011-12-31", "INTERVAL": 2,
            "BOOTSTRAP": 300, "SEED": seed, "OUTPUT": str(tmp_path / f"{name}.gpkg")})
        tables.append(_read(result["OUTPUT"]).drop(columns=["fid"]))
    pd.testing.assert_frame_equal(tables[0], tables[1])
    assert not tables[0]["deaths_low"].equals(tables[2]["deaths_low"])


# ------------------------------------------------------------------------------------------- targets table
def test_targets_table_created_designated_announced(tmp_path):
    import processing

    zones = str(tmp_path / "zones.gpkg")
    processing.run("vdto:createzoneslayer", {"OUTPUT": zones})
    table = _read(f"{zones}|layername=targets")
    from vdto_targeting.definitions import TARGET_FIELDS

    assert [c for c in table.columns if c != "fid"] == TARGET_FIELDS and table.empty
    ranking = "memory:"
    from qgis.core import QgsFeature, QgsVectorLayer

    ranking = QgsVectorLayer("None?field=organisation:string&field=rank:integer", "ranking", "memory")
    for name, rank in (("Sinaloa Cartel", 1), ("Los Zetas", 2), ("Gulf Cartel", 3), ("Juarez Cartel", 4)):
        feature = QgsFeature(ranking.fields())
        feature.setAttributes([name, rank])
        ranking.dataProvider().addFeature(feature)
    first = processing.run("vdto:designatetarget", {
        "ZONES_FILE": zones, "ORGANISATION": "Sinaloa Cartel", "STATUS": 1, "DATE": "2010-03-01",
        "CRITERION": "Rank 1 of 12 by deaths attributed under full involvement, events 2009-01-01 – 2009-12-31",
        "ANALYST": "ana", "RANKING": ranking})
    assert first["NEXT"] == "1. Los Zetas; 2. Gulf Cartel; 3. Juarez Cartel"
    processing.run("vdto:designatetarget", {"ZONES_FILE": zones, "TARGET_ID": first["TARGET_ID"], "STATUS": 2,
                                            "DATE": "2010-04-15"})
    second = processing.run("vdto:designatetarget", {"ZONES_FILE": zones, "ORGANISATION": "Gulf Cartel",
                                                     "STATUS": 1, "RANKING": ranking})
    assert second["NEXT"] == "1. Los Zetas; 2. Juarez Cartel"
    table = _read(f"{zones}|layername=targets").set_index("target_id")   # read back from disk, a new connection
    row = table.loc[first["TARGET_ID"]]
    assert (row["status"], row["designated_on"], row["announced_on"]) == ("announced", "2010-03-01", "2010-04-15")
    assert row["analyst"] == "ana" and row["criterion"].startswith("Rank 1 of 12")
    assert table.loc[second["TARGET_ID"], "status"] == "designated"
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="comes before the designation"):
        processing.run("vdto:designatetarget", {"ZONES_FILE": zones, "TARGET_ID": first["TARGET_ID"], "STATUS": 2,
                                                "DATE": "2009-01-01"})
    with pytest.raises(QgsProcessingException, match="organisation or a region"):
        processing.run("vdto:designatetarget", {"ZONES_FILE": zones, "STATUS": 1})
    assert len(_read(f"{zones}|layername=targets")) == 2


# ------------------------------------------------------------------------------------------ announcement
def _monthly_reference(csv: str, organisation: str, start: str, end: str) -> tuple:
    """Independent: pandas on the CSV with exact alias names, full involvement; months with no event are gaps."""
    from vdto_targeting.core.organisations import default_alias_path

    events = pd.read_csv(csv, usecols=["id", "date_start", "side_a", "side_b", "best"])
    events = events[(events["date_start"] >= start) & (events["date_start"] <= end)]
    aliases = pd.read_csv(default_alias_path())
    name, kind = dict(zip(aliases["alias"], aliases["organisation"])), dict(zip(aliases["organisation"],
                                                                                aliases["kind"]))
    long = events.melt(id_vars=["id", "best", "date_start"], value_vars=["side_a", "side_b"], value_name="actor")
    long["actor"] = long["actor"].where(long["actor"].isin(name.keys()), long["actor"].str.split(", "))
    long = long.explode("actor").assign(org=lambda d: d["actor"].map(name))
    long = long[long["org"].map(kind) == "dto"].drop_duplicates(["id", "org"])
    long["month"] = pd.PeriodIndex(long["date_start"].str[:7], freq="M")
    covered = pd.PeriodIndex(sorted(pd.PeriodIndex(events["date_start"].str[:7], freq="M").unique()), freq="M")
    mine = long[long["org"] == organisation].groupby("month")["best"].sum().reindex(covered, fill_value=0.0)
    rest = long[long["org"] != organisation].groupby("month")["best"].sum().reindex(covered, fill_value=0.0)
    return mine, rest


def test_announcement_effect_against_statsmodels_on_ucdp(shared_data, tmp_path):
    import processing

    from tests.datasets import UCDP_CSV, UCDP_GPKG
    from tests.reference import run_cycle_reference
    from vdto_targeting.core.cycle import its_design, newey_west_lags

    from tests.datasets import MUNICIPIOS_LITE
    from tests.reference import run_precision_reference

    chart = str(tmp_path / "its.png")
    result = processing.run("vdto:announcementeffect", {
        "EVENTS": str(shared_data / UCDP_GPKG), "START": "2006-01-01", "END": "2012-12-31",
        "ORGANISATION": "Los Zetas", "ANNOUNCED": "2011-01-01", "MONTHS_BEFORE": 24, "MONTHS_AFTER": 24,
        "MUNICIPALITIES": f"{shared_data / MUNICIPIOS_LITE}|layername=municipios",
        "OUTPUT_CHART": chart, "OUTPUT": str(tmp_path / "series.gpkg")})
    assert os.path.getsize(chart) > 5000
    mine, rest = _monthly_reference(str(shared_data / UCDP_CSV), "Los Zetas", "2006-01-01", "2012-12-31")
    announced = pd.Period("2011-01", "M")
    window = mine.index[(mine.index >= announced - 24) & (mine.index <= announced + 23)]
    series = _read(result["OUTPUT"])
    np.testing.assert_allclose(series["deaths"], mine.loc[window].to_numpy())
    np.testing.assert_allclose(series["others_deaths"], rest.loc[window].to_numpy())
    x, names = its_design(window, announced)
    lags = newey_west_lags(len(window))
    assert result["LAGS"] == lags == 3
    for values, prefix in ((mine.loc[window], ""), (rest.loc[window], "OTHERS_")):
        reference = run_cycle_reference({"kind": "its", "y": values.tolist(), "x": x.tolist(), "lags": lags})
        assert result[prefix + "LEVEL_CHANGE"] == pytest.approx(reference["params"][2], abs=1e-6)
        assert result[prefix + "LEVEL_SE"] == pytest.approx(reference["bse"][2], abs=1e-6)
        assert result[prefix + "SLOPE_CHANGE"] == pytest.approx(reference["params"][3], abs=1e-6)
        assert result[prefix + "SLOPE_SE"] == pytest.approx(reference["bse"][3], abs=1e-6)
    assert result["N_BEFORE"] == 24 and result["N_AFTER"] == 24
    assert result["VERDICT"] == "fell, others did not" and "Los Zetas" in result["VERDICT_TEXT"]
    # The national series counts every event (the reference above reads all of them, where_prec 1–7); the output
    # states how the maps would handle them, as geopandas places them on the municipalities.
    placed = run_precision_reference("zones", str(shared_data / UCDP_CSV), str(shared_data / MUNICIPIOS_LITE), "{}",
                                     "2006-01-01", "2012-12-31")["classes"]
    for key, name in (("POINT", "point"), ("MUNI", "municipality"), ("STATE", "state"), ("OUT", "out")):
        assert result[f"PREC_{key}_EVENTS"] == placed.get(name, 0), key
    assert result["PREC_STATE_EVENTS"] > 100 and result["PREC_STATE_DEATHS"] > 10_000 and result["PREC_OUT_EVENTS"] > 0
    assert series["precision"].iloc[0].startswith("national series: every event counts")
    assert result["PRECISION"] in series["precision"].iloc[0]


def test_announcement_too_few_months_and_bad_inputs(shared_data, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    from tests.datasets import UCDP_GPKG

    base = {"EVENTS": str(shared_data / UCDP_GPKG), "START": "2006-01-01", "END": "2012-12-31",
            "ORGANISATION": "Sinaloa Cartel", "MONTHS_BEFORE": 24, "MONTHS_AFTER": 24}
    late = processing.run("vdto:announcementeffect", dict(base, ANNOUNCED="2012-06-01"))
    assert late["VERDICT"] == "too few months" and late["N_AFTER"] == 7
    assert late["VERDICT_TEXT"].startswith("Too few months to tell: at least 12 months")
    chart = tmp_path / "never.png"
    cases = [
        (dict(base, ANNOUNCED="2015-01-01"), "lies outside the events"),
        (dict(base, ANNOUNCED="2003-01-01"), "lies outside the events"),
        (dict(base, ANNOUNCED="2010-01-01", ORGANISATION="Cartel de Nadie"), "has no events in the chosen data"),
        (dict(base, ANNOUNCED="2010-13-01"), "is not a date"),
    ]
    for parameters, message in cases:
        with pytest.raises(QgsProcessingException, match=message):
            processing.run("vdto:announcementeffect", dict(parameters, OUTPUT_CHART=str(chart)))
        assert not chart.exists() and not list(tmp_path.iterdir())


# ------------------------------------------------------------------------------------------- displacement
def _planted(tmp_path, extra=()):
    """Zone 10×10 km; ring 5 km; control the rest of a 100×100 km study area (two municipalities).

    Before (2019-07…2019-12) / after (2020-01…2020-06) the announcement 2020-01-01:
    zone 40 → 20 events, ring 30 → 45 (displacement), control 200 → 200; each event 2 deaths except the ring's
    after events (1 death). A second zone far away, 20 → 10, ring 10 → 5 (diffusion). Events before 2019-07 and in
    outside the study area must be left out of every count.
    """
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer
    from qgis.PyQt.QtCore import QDate

    from vdto_targeting.qgis_bridge.zones_layer import ZoneStore, create_zones_gpkg

    rng = np.random.default_rng(4)
    zones = str(tmp_path / "zones.gpkg")
    store = ZoneStore(create_zones_gpkg(zones))
    store.add_zone(QgsGeometry.fromWkt(_square(X0 + 20_000, Y0 + 20_000, 10_000)),
                   {"name": "Plaza", "start_date": "2020-01-01"})
    store.add_zone(QgsGeometry.fromWkt(_square(X0 + 70_000, Y0 + 70_000, 10_000)),
                   {"name": "Puerto", "start_date": "2020-01-01"})
    munis = QgsVectorLayer("Polygon?crs=EPSG:6372&field=cvegeo:string", "munis", "memory")
    for code, x in (("01001", X0), ("01002", X0 + 50_000)):
        feature = QgsFeature(munis.fields())
        feature.setAttributes([code])
        feature.setGeometry(QgsGeometry.fromWkt(
            f"POLYGON(({x} {Y0},{x + 50_000} {Y0},{x + 50_000} {Y0 + 100_000},{x} {Y0 + 100_000},{x} {Y0}))"))
        munis.dataProvider().addFeature(feature)
    rows = []

    def put(n, box, months, deaths):
        x0, y0, x1, y1 = box
        for _ in range(n):
            month = months[rng.integers(len(months))]
            rows.append((rng.uniform(x0, x1), rng.uniform(y0, y1), month, deaths))

    before = [QDate(2019, m, 10) for m in range(7, 13)]
    after = [QDate(2020, m, 10) for m in range(1, 7)]
    plaza = (X0 + 20_200, Y0 + 20_200, X0 + 29_800, Y0 + 29_800)
    ring = (X0 + 16_000, Y0 + 20_200, X0 + 19_500, Y0 + 29_800)        # west side of Plaza's ring
    put(40, plaza, before, 2)
    put(20, plaza, after, 2)
    put(30, ring, before, 2)
    put(45, ring, after, 1)
    puerto = (X0 + 70_200, Y0 + 70_200, X0 + 79_800, Y0 + 79_800)
    puerto_ring = (X0 + 81_000, Y0 + 70_200, X0 + 84_000, Y0 + 79_800)
    put(20, puerto, before, 2)
    put(10, puerto, after, 2)
    put(10, puerto_ring, before, 2)
    put(5, puerto_ring, after, 2)
    control = (X0 + 40_000, Y0 + 5_000, X0 + 60_000, Y0 + 60_000)
    put(200, control, before, 2)
    put(200, control, after, 2)
    put(50, plaza, [QDate(2019, 1, 1)], 2)                              # outside the 6-month windows
    put(30, (X0 - 9_000, Y0 + 20_200, X0 - 1_000, Y0 + 29_800), before + after, 2)    # outside the study area
    events = QgsVectorLayer("Point?crs=EPSG:6372&field=date_start:date&field=best:integer&field=where_prec:integer",
                            "events", "memory")
    features = []
    for x, y, month, deaths, *precision in rows + list(extra):
        feature = QgsFeature(events.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([month, deaths, precision[0] if precision else 1])
        features.append(feature)
    events.dataProvider().addFeatures(features)
    return zones, events, munis, rows


def test_displacement_hand_worked_and_geopandas(tmp_path):
    import processing

    from tests.reference import run_cycle_reference

    zones, events, munis, rows = _planted(tmp_path)
    result = processing.run("vdto:displacement", {
        "ZONES": f"{zones}|layername=zones", "EVENTS": events, "MONTHS": 6, "CATCHMENT_KM": 5,
        "MUNICIPALITIES": munis, "OUTPUT": str(tmp_path / "displacement.gpkg")})
    table = _read(result["OUTPUT"]).set_index("name")
    plaza, puerto = table.loc["Plaza"], table.loc["Puerto"]
    assert [plaza[k] for k in ("rb", "ra", "bb", "ba", "cb", "ca")] == [40, 20, 30, 45, 200, 200]
    # Hand: success = 20/200 − 40/200 = −0.1; ring = 45/200 − 30/200 = 0.075; WDQ = −0.75.
    assert plaza["success"] == pytest.approx(-0.1) and plaza["wdq"] == pytest.approx(-0.75)
    assert plaza["verdict"] == "displacement"
    # Deaths: zone 80 → 40, ring 60 → 45, control 400 → 400: (45/400 − 60/400) / (40/400 − 80/400) = 0.375.
    assert plaza["wdq_deaths"] == pytest.approx(0.375)
    assert [puerto[k] for k in ("rb", "ra", "bb", "ba")] == [20, 10, 10, 5]
    assert puerto["wdq"] == pytest.approx((5 / 200 - 10 / 200) / (10 / 200 - 20 / 200))
    assert puerto["verdict"] == "diffusion"
    # Independent: geopandas counts with its own windows, rings and control.
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{zones}|layername=zones", "z", "ogr")
    wkts = [f.geometry().asWkt() for f in sorted(layer.getFeatures(), key=lambda f: f["name"])]
    reference = run_cycle_reference({
        "kind": "wdq", "crs": "EPSG:6372", "catchment_m": 5000.0, "months": 6, "announced": ["2020-01-01"] * 2,
        "zones": wkts, "study": _square(X0, Y0, 100_000),
        "events": [{"x": x, "y": y, "date": d.toString("yyyy-MM-dd"), "deaths": w} for x, y, d, w in rows]},
        needs="geopandas")
    for name, expected in zip(sorted(table.index), reference["zones"]):
        for key, value in expected.items():
            assert table.loc[name, key] == pytest.approx(value), (name, key)
    assert table["control_km2"].iloc[0] == pytest.approx(reference["control_km2"], rel=1e-6)


@pytest.mark.parametrize("state_events", [0, 1])
def test_displacement_spread_events_by_hand(tmp_path, state_events):
    """The planted case plus events known only to a municipality or the state, by hand.

    10 events known only to municipality 01001 (3 deaths, before) sit at its centroid, in the control; 20 known
    only to state 01 before and 10 after (1 death) at a point of 01002; 5 known only to the country (where_prec 6)
    in Plaza after. Municipality 01001 is 5,000 km², the state 10,000 km²; each zone is 100 km² and each ring
    A = 200 + 64·25·sin(π/64) km² (5 km buffer with 32 segments per quarter circle, minus the zone). So Plaza takes
    0.02 of each municipal event and 0.01 of each state event; its ring A/5,000 and A/10,000; the control
    (4,900 − A)/5,000 and (9,800 − 2A)/10,000. Country-level events count nowhere.
    """
    import math

    import processing
    from qgis.PyQt.QtCore import QDate

    before, after = QDate(2019, 10, 10), QDate(2020, 3, 10)
    extra = [(X0 + 25_000, Y0 + 50_000, before, 3, 3)] * 10
    extra += [(X0 + 55_000, Y0 + 50_000, before, 1, 4)] * 20 + [(X0 + 55_000, Y0 + 50_000, after, 1, 4)] * 10
    extra += [(X0 + 25_000, Y0 + 25_000, after, 1, 6)] * 5
    zones, events, munis, rows = _planted(tmp_path, extra)
    result = processing.run("vdto:displacement", {
        "ZONES": f"{zones}|layername=zones", "EVENTS": events, "MONTHS": 6, "CATCHMENT_KM": 5,
        "MUNICIPALITIES": munis, "STATE_EVENTS": state_events, "OUTPUT": str(tmp_path / "displacement.gpkg")})
    table = _read(result["OUTPUT"]).set_index("name")
    plaza, puerto = table.loc["Plaza"], table.loc["Puerto"]
    ring = 200 + 64 * 25 * math.sin(math.pi / 64)
    s = 0 if state_events else 1                      # state-level events left out with STATE_EVENTS=1
    expected = {"rb": 40 + 10 * 0.02 + s * 20 * 0.01, "ra": 20 + s * 10 * 0.01,
                "bb": 30 + 10 * ring / 5000 + s * 20 * ring / 10000, "ba": 45 + s * 10 * ring / 10000,
                "cb": 200 + 10 * (4900 - ring) / 5000 + s * 20 * (9800 - 2 * ring) / 10000,
                "ca": 200 + s * 10 * (9800 - 2 * ring) / 10000}
    for key, value in expected.items():
        assert plaza[key] == pytest.approx(value, rel=1e-9), key
    assert plaza["rb_deaths"] == pytest.approx(80 + 30 * 0.02 + s * 20 * 0.01, rel=1e-9)
    assert plaza["rb_spread"] == pytest.approx(expected["rb"] - 40, rel=1e-9)
    assert puerto["rb"] == pytest.approx(20 + s * 20 * 0.01, rel=1e-9)
    assert puerto["bb"] == pytest.approx(10 + s * 20 * ring / 10000, rel=1e-9)
    e = expected
    wdq = (e["ba"] / e["ca"] - e["bb"] / e["cb"]) / (e["ra"] / e["ca"] - e["rb"] / e["cb"])
    assert plaza["wdq"] == pytest.approx(wdq, rel=1e-9) and plaza["verdict"] == "displacement"
    # Every output says how the events were handled.
    assert result["PREC_POINT_EVENTS"] == len(rows) and result["PREC_MUNI_EVENTS"] == 10
    assert result["PREC_STATE_EVENTS"] == 30 * s and result["PREC_OUT_EVENTS"] == 5 + 30 * (1 - s)
    assert result["PREC_MUNI_DEATHS"] == 30 and result["PREC_OUT_DEATHS"] == 5 + 30 * (1 - s)
    assert "municipality" in plaza["precision"] and "10 events / 30 deaths" in plaza["precision"]


@pytest.mark.parametrize("state_events", [0, 1])
def test_displacement_on_ucdp_against_geopandas(shared_data, tmp_path, state_events):
    """Precise events count where they fall; municipality- and state-level ones (where_prec 3/4) are shared between
    zone, ring and control by area (state-level ones left out with STATE_EVENTS=1) — as geopandas computes it."""
    import processing
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject, \
        QgsVectorLayer

    from tests.datasets import MUNICIPIOS_LITE, UCDP_CSV, UCDP_GPKG
    from tests.reference import run_cycle_reference
    from vdto_targeting.processing.zones import circle_zone
    from vdto_targeting.qgis_bridge.zones_layer import ZoneStore, create_zones_gpkg

    zones = str(tmp_path / "zones.gpkg")
    store = ZoneStore(create_zones_gpkg(zones))
    to_metric = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                       QgsCoordinateReferenceSystem("EPSG:6372"), QgsProject.instance())
    for name, lon, lat in (("Juarez", -106.45, 31.68), ("Monterrey", -100.31, 25.67), ("Torreon", -103.42, 25.54)):
        centre = to_metric.transform(QgsPointXY(lon, lat))
        store.add_zone(circle_zone(centre.x(), centre.y(), 15), {"name": name, "start_date": "2010-07-01"},
                       QgsCoordinateReferenceSystem("EPSG:6372"))
    munis = f"{shared_data / MUNICIPIOS_LITE}|layername=municipios"
    result = processing.run("vdto:displacement", {
        "ZONES": f"{zones}|layername=zones", "EVENTS": str(shared_data / UCDP_GPKG), "MONTHS": 12,
        "CATCHMENT_KM": 20, "MUNICIPALITIES": munis, "STATE_EVENTS": state_events,
        "OUTPUT": str(tmp_path / "displacement.gpkg")})
    table = _read(result["OUTPUT"]).set_index("name").sort_index()
    layer = QgsVectorLayer(f"{zones}|layername=zones", "z", "ogr")
    wkts = [f.geometry().asWkt() for f in sorted(layer.getFeatures(), key=lambda f: f["name"])]
    reference = run_cycle_reference({
        "kind": "wdq", "crs": "EPSG:6372", "catchment_m": 20_000.0, "months": 12, "announced": ["2010-07-01"] * 3,
        "zones": wkts, "events_csv": str(shared_data / UCDP_CSV), "study_gpkg": str(shared_data / MUNICIPIOS_LITE),
        "study_layer": "municipios", "spread": True, "state_events": "out" if state_events else "spread"},
        needs="geopandas")
    for name, expected in zip(table.index, reference["zones"]):
        for key, value in expected.items():
            assert table.loc[name, key] == pytest.approx(value, rel=1e-6, abs=1e-6), (name, key)
    assert table["control_km2"].iloc[0] == pytest.approx(reference["control_km2"], rel=1e-3)
    assert set(table["verdict"]) <= {"displacement", "diffusion", "no clear effect", "did not fall"}
    # Spread events are in the counts (Juárez's municipality-level events above all) and the output says how.
    assert table.loc["Juarez", "rb_spread"] > 1 and table.loc["Juarez", "cb_spread"] > 100
    classes = reference["classes"]
    for key, name in (("POINT", "point"), ("MUNI", "municipality"), ("STATE", "state"), ("OUT", "out")):
        assert result[f"PREC_{key}_EVENTS"] == classes.get(name, 0), key
    assert (result["PREC_STATE_EVENTS"] == 0) == bool(state_events)
    assert result["PRECISION"].startswith("point ")
    assert "apportioned by area" in table["precision"].iloc[0]
    assert sum(result[f"PREC_{k}_EVENTS"] for k in ("POINT", "MUNI", "STATE", "OUT")) == \
        len(list(QgsVectorLayer(str(shared_data / UCDP_GPKG), "e", "ogr").getFeatures()))


def test_displacement_bad_inputs_write_nothing(tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    zones, events, munis, _rows = _planted(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    target = str(out / "displacement.gpkg")
    base = {"ZONES": f"{zones}|layername=zones", "EVENTS": events, "MONTHS": 6, "CATCHMENT_KM": 5,
            "MUNICIPALITIES": munis, "OUTPUT": target}
    cases = [
        (dict(base, ANNOUNCED="2024-01-01"), "lies outside the events"),
        (dict(base, ANNOUNCED="2019-06-01", MONTHS=1, ZONE_ID="Plaza"),
         "Zone 'Plaza' has no events in the 1 months before"),
        (dict(base, ANNOUNCED="2019-06-01", MONTHS=1), "None of the 2 zones has events in the 1 months before"),
        (dict(base, CATCHMENT_KM=200), "leaving no control area"),
        (dict(base, ZONE_ID="Nowhere"), "No zone has zone_id or name 'Nowhere'"),
    ]
    for parameters, message in cases:
        with pytest.raises(QgsProcessingException, match=message):
            processing.run("vdto:displacement", parameters)
        assert not list(out.iterdir()), message


# ------------------------------------------------------------------------------------------ contested areas
def test_contested_areas_on_ucdp_against_geopandas(shared_data, tmp_path):
    import processing

    from tests.datasets import UCDP_CSV, UCDP_GPKG
    from tests.reference import run_cycle_reference
    from vdto_targeting.core.organisations import default_alias_path

    period = {"START": "2010-01-01", "END": "2010-12-31"}
    territories = processing.run("vdto:territories", dict(
        period, INPUT=str(shared_data / UCDP_GPKG), TOP_N=5, SHARE=0.8, PIXEL_SIZE=5000, RADIUS=25000,
        OUTPUT=str(tmp_path / "territories.gpkg")))["OUTPUT"]
    result = processing.run("vdto:contestedareas", dict(
        period, TERRITORIES=territories, INPUT=str(shared_data / UCDP_GPKG),
        OUTPUT=str(tmp_path / "contested.gpkg")))
    table = _read(result["OUTPUT"])
    reference = run_cycle_reference({
        "kind": "contested", "crs": "EPSG:6372", "territories": territories.split("|")[0],
        "events_csv": str(shared_data / UCDP_CSV), "aliases": str(default_alias_path()), "start": "2010-01-01",
        "end": "2010-12-31"}, needs="geopandas")
    expected = pd.DataFrame(reference["pairs"]).set_index(["a", "b"]).sort_index()
    got = table.set_index(["organisation_a", "organisation_b"]).sort_index()
    assert len(got) == len(expected) == result["CONTESTED"] >= 3
    assert list(got.index) == list(expected.index)
    np.testing.assert_allclose(got["area_km2"], expected["area_km2"], rtol=1e-6)
    np.testing.assert_array_equal(got["events"], expected["events"])
    for column in ("deaths", "deaths_a", "deaths_b"):
        np.testing.assert_allclose(got[column], expected[column], rtol=1e-9)
    # The target package names the rivals whose territory overlaps each organisation's.
    ranking = processing.run("vdto:rankvdtos", dict(period, INPUT=str(shared_data / UCDP_GPKG),
                                                    OUTPUT=str(tmp_path / "ranking.gpkg")))["OUTPUT"]
    package = processing.run("vdto:targetpackage", {"RANKING": ranking, "CONTESTED": result["OUTPUT"], "TOP_N": 3,
                                                    "OUTPUT": str(tmp_path / "package.gpkg")})["OUTPUT"]
    rows = _read(package).set_index("organisation")
    for name in rows.index:
        rivals = set(expected.reset_index().query("a == @name")["b"]) | set(
            expected.reset_index().query("b == @name")["a"])
        flag = rows.loc[name, "contested"]
        flag = flag.iloc[0] if isinstance(flag, pd.Series) else flag
        assert (flag or "").startswith("contested with") == bool(rivals)
        for rival in rivals:
            assert rival in flag
