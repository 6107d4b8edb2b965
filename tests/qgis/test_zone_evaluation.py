"""``vdto:evaluatezone``: DiD against a pandas + scipy Welch reference, too-few-months verdict, chart files."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

pytestmark = pytest.mark.usefixtures("vdto_provider")

X0, Y0 = 1_850_000.0, 1_450_000.0        # south-west corner of the zone (EPSG:6372)


def _square_wkt(x, y, size):
    return f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))"


def _planted_events(seed=11):
    """Monthly events 2019-01…2022-12: zone 30/month falling to 10 from 2021-01, rest of region steady 100/month."""
    rng = np.random.default_rng(seed)
    rows = []
    for month in pd.period_range("2019-01", "2022-12", freq="M"):
        n_zone = rng.poisson(30 if month < pd.Period("2021-01", "M") else 10)
        n_ctrl = rng.poisson(100)
        for _ in range(n_zone):
            rows.append((X0 + rng.uniform(100, 19_900), Y0 + rng.uniform(100, 19_900), month, 1))
        for _ in range(n_ctrl):
            while True:       # anywhere in the 200 km region except the zone
                x, y = X0 - 90_000 + rng.uniform(0, 200_000), Y0 - 90_000 + rng.uniform(0, 200_000)
                if not (X0 <= x <= X0 + 20_000 and Y0 <= y <= Y0 + 20_000):
                    break
            rows.append((x, y, month, 0))
    return pd.DataFrame(rows, columns=["x", "y", "month", "in_zone"])


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer
    from qgis.PyQt.QtCore import QDate

    from vdto_targeting.qgis_bridge.zones_layer import ZoneStore, create_zones_gpkg

    folder = tmp_path_factory.mktemp("evaluation")
    store = ZoneStore(create_zones_gpkg(str(folder / "zones.gpkg")))
    store.add_zone(QgsGeometry.fromWkt(_square_wkt(X0, Y0, 20_000)),
                   {"name": "Plaza", "status": "active", "start_date": "2021-01-01"})
    store.add_zone(QgsGeometry.fromWkt(_square_wkt(X0, Y0, 20_000)),
                   {"name": "Late", "status": "approved", "start_date": "2022-09-01"})
    store.add_zone(QgsGeometry.fromWkt(_square_wkt(X0, Y0, 20_000)), {"name": "Undated"})
    frame = _planted_events()
    events = QgsVectorLayer("Point?crs=EPSG:6372&field=date_start:date&field=best:integer", "events", "memory")
    feats = []
    for row in frame.itertuples():
        feature = QgsFeature(events.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(row.x, row.y)))
        feature.setAttributes([QDate(row.month.year, row.month.month, 15), 1])
        feats.append(feature)
    events.dataProvider().addFeatures(feats)
    region = QgsVectorLayer("Polygon?crs=EPSG:6372&field=name:string", "states", "memory")
    feature = QgsFeature(region.fields())
    feature.setGeometry(QgsGeometry.fromWkt(_square_wkt(X0 - 90_000, Y0 - 90_000, 200_000)))
    feature.setAttributes(["State"])
    region.dataProvider().addFeatures([feature])
    return {"zones": str(folder / "zones.gpkg") + "|layername=zones", "events": events, "region": region,
            "frame": frame, "folder": folder}


def test_did_matches_welch_reference_and_writes_charts(scenario):
    import processing
    from qgis.PyQt.QtGui import QImage

    stats = pytest.importorskip("scipy.stats")
    png = scenario["folder"] / "plaza.png"
    svg = scenario["folder"] / "plaza.svg"
    params = {"ZONES": scenario["zones"], "EVENTS": scenario["events"], "DATE_FIELD": "date_start",
              "REGION": scenario["region"], "MONTHS": 24, "CATCHMENT_KM": 0, "OUTPUT": "memory:",
              "OUTPUT_CHART": str(png)}
    result = processing.run("vdto:evaluatezone", params)
    # Reference: monthly rates per 1,000 km², difference zone − rest, Welch's t on after vs before.
    frame = scenario["frame"]
    months = pd.period_range("2019-01", "2022-12", freq="M")
    zone = frame[frame.in_zone == 1].groupby("month").size().reindex(months, fill_value=0) / 400.0 * 1000
    ctrl = frame[frame.in_zone == 0].groupby("month").size().reindex(months, fill_value=0) / (40_000 - 400) * 1000
    diff = zone - ctrl
    after = np.asarray(months >= pd.Period("2021-01", "M"))
    estimate = diff[after].mean() - diff[~after].mean()
    welch = stats.ttest_ind(diff[after], diff[~after], equal_var=False)
    se = estimate / welch.statistic
    nb, na = (~after).sum(), after.sum()
    vb, va = diff[~after].var(ddof=1) / nb, diff[after].var(ddof=1) / na
    df = (vb + va) ** 2 / (vb ** 2 / (nb - 1) + va ** 2 / (na - 1))
    half = stats.t.ppf(0.975, df) * se
    assert result["ESTIMATE"] == pytest.approx(estimate, rel=1e-6)
    assert result["CI_LOW"] == pytest.approx(estimate - half, rel=1e-5)
    assert result["CI_HIGH"] == pytest.approx(estimate + half, rel=1e-5)
    assert result["MONTHS_BEFORE"] == 24 and result["MONTHS_AFTER"] == 24
    assert result["VERDICT"] == "reduced" and result["CI_HIGH"] < 0
    # The planted effect: −20 events/month on 400 km² = −50 per 1,000 km² per month.
    assert -65 < result["ESTIMATE"] < -35
    assert result["OUTPUT"].featureCount() == 48
    image = QImage(str(png))
    assert not image.isNull() and image.width() == 900
    processing.run("vdto:evaluatezone", dict(params, OUTPUT_CHART=str(svg)))
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml") and "<svg" in svg.read_text()
    assert not list(scenario["folder"].glob("*.part*"))


def test_control_leaves_out_every_zone_and_its_catchment_ring(scenario):
    """The control of vdto:displacement: events within 10 km of the zone are neither zone nor control; the control's
    area loses the ring (20 km square buffered 10 km: 400 + 4·20·10 + π·10² km²)."""
    import math

    import processing

    result = processing.run("vdto:evaluatezone", {
        "ZONES": scenario["zones"], "EVENTS": scenario["events"], "DATE_FIELD": "date_start",
        "REGION": scenario["region"], "MONTHS": 24, "CATCHMENT_KM": 10})
    frame = scenario["frame"]
    dx = np.maximum(np.maximum(X0 - frame.x, frame.x - (X0 + 20_000)), 0)
    dy = np.maximum(np.maximum(Y0 - frame.y, frame.y - (Y0 + 20_000)), 0)
    in_ring = (np.hypot(dx, dy) <= 10_000) & (frame.in_zone == 0)
    assert in_ring.sum() > 100                     # the planted control events do reach into the ring
    months = pd.period_range("2019-01", "2022-12", freq="M")
    zone = frame[frame.in_zone == 1].groupby("month").size().reindex(months, fill_value=0) / 400.0 * 1000
    control_km2 = 40_000 - (400 + 800 + math.pi * 100)
    ctrl = frame[(frame.in_zone == 0) & ~in_ring].groupby("month").size().reindex(months, fill_value=0)
    diff = zone - ctrl / control_km2 * 1000
    after = np.asarray(months >= pd.Period("2021-01", "M"))
    assert result["ESTIMATE"] == pytest.approx(diff[after].mean() - diff[~after].mean(), rel=1e-3)


def test_too_few_months_said_plainly(scenario):
    import processing

    result = processing.run("vdto:evaluatezone", {
        "ZONES": scenario["zones"], "ZONE_ID": "Late", "EVENTS": scenario["events"], "DATE_FIELD": "date_start",
        "REGION": scenario["region"], "MONTHS": 24})
    assert result["VERDICT"] == "too few months" and result["MONTHS_AFTER"] == 4


def test_bad_inputs(scenario, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    base = {"ZONES": scenario["zones"], "EVENTS": scenario["events"], "DATE_FIELD": "date_start",
            "REGION": scenario["region"]}
    with pytest.raises(QgsProcessingException, match="'Undated' has no start_date: set"):
        processing.run("vdto:evaluatezone", dict(base, ZONE_ID="Undated"))
    with pytest.raises(QgsProcessingException, match="No zone has zone_id or name 'Nowhere': check"):
        processing.run("vdto:evaluatezone", dict(base, ZONE_ID="Nowhere"))
    chart = tmp_path / "chart.pdf"
    with pytest.raises(QgsProcessingException, match="must be a .png or .svg"):
        processing.run("vdto:evaluatezone", dict(base, OUTPUT_CHART=str(chart)))
    assert not chart.exists()


def test_period_limits_the_months_compared_and_is_recorded(scenario):
    """START/END as in vdto:rankvdtos: only the period's events, whole months only; the series records the period."""
    import processing
    from qgis.core import QgsProcessingException

    stats = pytest.importorskip("scipy.stats")
    params = {"ZONES": scenario["zones"], "EVENTS": scenario["events"], "DATE_FIELD": "date_start",
              "REGION": scenario["region"], "MONTHS": 24, "CATCHMENT_KM": 0, "OUTPUT": "memory:",
              "START": "2019-07-10", "END": "2022-06-30"}   # a cut first month: compared from 2019-08 on
    result = processing.run("vdto:evaluatezone", params)
    frame = scenario["frame"]
    months = pd.period_range("2019-08", "2022-06", freq="M")
    zone = frame[frame.in_zone == 1].groupby("month").size().reindex(months, fill_value=0) / 400.0 * 1000
    ctrl = frame[frame.in_zone == 0].groupby("month").size().reindex(months, fill_value=0) / (40_000 - 400) * 1000
    diff = zone - ctrl
    after = np.asarray(months >= pd.Period("2021-01", "M"))
    estimate = diff[after].mean() - diff[~after].mean()
    assert result["ESTIMATE"] == pytest.approx(estimate, rel=1e-6)
    assert stats.ttest_ind(diff[after], diff[~after], equal_var=False).statistic < 0
    assert result["MONTHS_BEFORE"] == 17 and result["MONTHS_AFTER"] == 18
    assert (result["PERIOD_START"], result["PERIOD_END"]) == ("2019-08-01", "2022-06-30")
    series = list(result["OUTPUT"].getFeatures())
    assert len(series) == 35
    assert {(f["period_start"], f["period_end"]) for f in series} == {("2019-08-01", "2022-06-30")}
    with pytest.raises(QgsProcessingException, match="YYYY-MM-DD"):
        processing.run("vdto:evaluatezone", dict(params, END="31/06/2022"))
    with pytest.raises(QgsProcessingException, match="swap"):
        processing.run("vdto:evaluatezone", dict(params, START="2022-06-30", END="2019-07-10"))
