"""core.precision: UCDP/ACLED precision classes, placement of spread events, spreading — against hand computation."""
from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import box

from vdto_targeting.core.precision import (Municipalities, PrecisionCounts, classify, detect_precision_field,
                                           handling, place_events, place_key, spread_per_municipality,
                                           spread_polygons, state_key)
from vdto_targeting.definitions import (PRECISION_MUNICIPALITY as MUNI, PRECISION_OUT as OUT,
                                        PRECISION_POINT as POINT, PRECISION_STATE as STATE, STATE_EVENTS_LEAVE_OUT,
                                        STATE_EVENTS_SPREAD)


def test_ucdp_scale():
    classes, unknown = classify([1, 2, 3, 4, 5, 6, 7, None, "3", 2.0], "ucdp")
    assert classes.tolist() == [POINT, POINT, MUNI, STATE, OUT, OUT, OUT, POINT, MUNI, POINT]
    assert unknown == 1


def test_acled_scale():
    classes, unknown = classify([1, 2, 3, "x", 0], "acled")
    assert classes.tolist() == [POINT, MUNI, STATE, POINT, POINT]
    assert unknown == 2


def test_words_on_any_scale():
    classes, _ = classify(["Point", "municipio", "Estado", "country"], "ucdp")
    assert classes.tolist() == [POINT, MUNI, STATE, OUT]


def test_detection_from_field_names():
    assert detect_precision_field(["id", "WHERE_PREC", "best"]) == ("WHERE_PREC", "ucdp")
    assert detect_precision_field(["geo_precision", "fatalities"]) == ("geo_precision", "acled")
    assert detect_precision_field(["id", "best"]) == (None, "")
    assert detect_precision_field(["id", "my_prec"], "my_prec") == ("my_prec", "ucdp")
    with pytest.raises(KeyError):
        detect_precision_field(["id"], "nope")


def test_state_option_and_counts():
    classes = np.array([POINT, MUNI, STATE, OUT, STATE])
    assert handling(classes, STATE_EVENTS_SPREAD).tolist() == classes.tolist()
    left = handling(classes, STATE_EVENTS_LEAVE_OUT)
    assert left.tolist() == [POINT, MUNI, OUT, OUT, OUT]
    counts = PrecisionCounts.of(left, np.array([1.0, 2.0, 4.0, 8.0, 16.0]))
    assert counts.events == {POINT: 1, MUNI: 1, STATE: 0, OUT: 3}
    assert counts.deaths[OUT] == 28.0 and counts.total_deaths == 31.0 and counts.mapped_deaths == 3.0
    assert counts.as_attributes()["prec_out_deaths"] == 28.0


def test_place_keys():
    assert place_key("Culiacán municipality") == "culiacan"
    assert state_key("Sinaloa state") == "sinaloa"
    assert state_key("Distrito Federal") == "ciudad de mexico"


def _munis():
    # State 01: two squares 10×10 (A) and 10×30 (B); state 02: one square 20×20 (C).
    geoms = [box(0, 0, 10, 10), box(10, 0, 20, 30), box(30, 0, 50, 20)]
    return Municipalities(geoms, ["01001", "01002", "02001"], ["Alfa", "Beta", "Gamma"],
                          ["Uno", "Uno", "Dos"])


def test_placement_by_location_then_names():
    munis = _munis()
    x = np.array([5.0, 15.0, 40.0, 100.0, 100.0, 100.0])
    y = np.array([5.0, 25.0, 10.0, 100.0, 100.0, 100.0])
    handled = np.array([POINT, MUNI, STATE, MUNI, MUNI, STATE])
    adm1 = [None, None, None, "Dos state", "Uno state", "Tres state"]
    adm2 = [None, None, None, "Gamma municipality", "Nowhere municipality", None]
    placed = place_events(x, y, handled, munis, adm1, adm2)
    assert placed.muni.tolist() == [0, 1, 2, 2, -1, -1]
    assert placed.state.tolist() == ["01", "01", "02", "02", "01", ""]
    # municipality unknown but state known → spread over the state; nothing known → out of maps
    assert placed.handled.tolist() == [POINT, MUNI, STATE, MUNI, STATE, OUT]
    assert placed.by_name == 2
    assert placed.fallbacks == {"municipality→state": 1, "no polygon→out of maps": 1}


def test_spread_per_municipality_is_area_apportioned():
    munis = _munis()
    placed = place_events(np.array([15.0, 5.0, 45.0]), np.array([5.0, 5.0, 5.0]),
                          np.array([MUNI, STATE, STATE]), munis)
    per_muni = spread_per_municipality(placed, np.array([6.0, 40.0, 9.0]), munis)
    # state 01 = A (100) + B (300): 40 deaths → 10 on A, 30 on B; B also gets its own 6; state 02 all on C
    assert per_muni.tolist() == pytest.approx([10.0, 36.0, 9.0])
    spread = spread_polygons(placed, np.array([6.0, 40.0, 9.0]), munis)
    assert spread.keys == ["01001", "01002", "02001"]
    assert spread.weights.tolist() == pytest.approx([10.0, 36.0, 9.0])
    assert spread.events.tolist() == pytest.approx([0.25, 1.75, 1.0])
    assert munis.state_geometry("01").area == pytest.approx(400.0)    # the state: its municipalities dissolved


def test_zone_takes_spread_events_by_area_of_overlap():
    """core.zones: a zone over half of municipality A takes half of A's spread events and deaths."""
    from vdto_targeting.core.zones import StudyArea, assemble, raw_figures

    munis = _munis()
    placed = place_events(np.array([5.0, 15.0]), np.array([5.0, 5.0]), np.array([MUNI, STATE]), munis)
    deaths = np.array([8.0, 40.0])
    study = StudyArea.build([2.0], [2.0], munis.geoms, deaths=[3.0],
                            spread_events=spread_per_municipality(placed, np.ones(2), munis),
                            spread_deaths=spread_per_municipality(placed, deaths, munis))
    zone = box(0, 0, 5, 10)                      # half of A (area 50 of 100); the point (2, 2) inside
    raw = raw_figures(zone, study, 0.0)
    # A holds its own municipality-level event (1, 8 deaths) and 100/400 of the state event (0.25, 10 deaths)
    assert raw.events == 1 and raw.deaths == 3.0
    assert raw.spread_events == pytest.approx(0.5 * (1 + 0.25))
    assert raw.spread_deaths == pytest.approx(0.5 * (8 + 10))
    table = assemble(["z"], [zone], [raw], study)
    assert study.total_events == pytest.approx(3.0) and study.total_deaths == pytest.approx(51.0)
    assert table["events"].iloc[0] == pytest.approx(1 + 0.625)
    assert table["share"].iloc[0] == pytest.approx(1.625 / 3)
    assert table["deaths"].iloc[0] == pytest.approx(3 + 9)
    # PAI = (n/N)/(a/A): a = 50 of A = 800 (100 + 300 + 400, all three municipalities)
    assert table["pai"].iloc[0] == pytest.approx((1.625 / 3) / (50 / 800))
