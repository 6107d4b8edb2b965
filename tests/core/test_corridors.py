"""Port choice along the border, corridor geometry and exposure, checked by hand geometry."""
from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import LineString, Point, box

from vdto_targeting.core.corridors import (Port, corridor_line, exposure, mexican_part, nearest_destination,
                                           nearest_ports, ports_outside_zone, start_point)

BORDER = LineString([(0, 0), (100_000, 0)])
PORTS = [Port("A", "West", 10_000, 500), Port("B", "Middle", 50_000, 0), Port("C", "East", 90_000, -500)]


def test_nearest_ports_along_the_border():
    territory = box(50_000, -150_000, 52_000, -100_000)
    choices = nearest_ports(territory, PORTS, BORDER, 2)
    assert [c.port.code for c in choices] == ["B", "C"]
    assert choices[0].along_km == pytest.approx(0.0, abs=2.0)
    assert choices[0].distance_km == pytest.approx(100.0, abs=0.1)
    assert nearest_ports(territory, PORTS, BORDER, 0) == []


def test_ports_outside_the_border_zone_are_named():
    far = Port("Z", "Inland", 30_000, -40_000)
    outside = ports_outside_zone(PORTS + [far], BORDER, 15.0)
    assert [(p.code, round(d)) for p, d in outside] == [("Z", 40)]


def test_corridor_starts_in_territory_and_passes_the_port():
    territory = box(0, -200_000, 20_000, -180_000).union(box(40_000, -60_000, 60_000, -40_000))
    port, destination = Point(50_000, 0), Point(55_000, 100_000)
    start = start_point(territory, port)
    assert territory.contains(start) and start.y > -60_001   # the part nearest the port
    line = corridor_line(start, port, destination)
    assert list(line.coords)[1] == (50_000.0, 0.0) and line.coords[-1] == (55_000.0, 100_000.0)
    mx = mexican_part(line, port)
    assert mx.coords[-1] == (50_000.0, 0.0) and len(mx.coords) == 2
    assert nearest_destination(port, [Point(0, 500_000), destination]) == 1


def test_exposure_by_hand():
    line = LineString([(0, -100_000), (0, 0)])
    x = np.array([1_000.0, 6_000.0, -4_000.0, 0.0])
    y = np.array([-50_000.0, -50_000.0, -10_000.0, -200_000.0])
    deaths = np.array([3.0, 7.0, 2.0, 11.0])
    org = np.array([3.0, 0.0, 1.0, 4.0])
    result = exposure(line, 10_000.0, x, y, deaths, org)
    assert result["exposure_deaths"] == 5.0 and result["exposure_events"] == 2
    assert result["exposure_deaths_spread"] == 0.0 and result["share_of_org"] == pytest.approx(4.0 / 8.0)


def test_exposure_spread_events_by_area_share():
    """Two municipalities 20 km × 20 km side by side; the corridor buffer (x from −5 to 5 km) covers a quarter of
    the western one (x −20…0 → 5 of 20 km) and a quarter of the eastern one. A municipality-level event of 8 deaths on
    the western one gives 8 × 1/4; a state-level event of 40 deaths over the state (both, 800 km²) gives
    40 × 200/800; the precise event at (15 km, 0) lies outside and counts nothing, the one at (1 km, 0) in full."""
    from shapely.geometry import box

    from vdto_targeting.core.corridors import SpreadLayer

    west, east = box(-20_000, -10_000, 0, 10_000), box(0, -10_000, 20_000, 10_000)
    # per municipality: its own municipality-level events, plus the state-level event shared by area (half each)
    spread = SpreadLayer([west, east], deaths=[8.0 + 20.0, 20.0], events=[1.0 + 0.5, 0.5])
    line = LineString([(0, -50_000), (0, 50_000)])
    x, y, deaths = np.array([1_000.0, 15_000.0]), np.array([0.0, 0.0]), np.array([3.0, 5.0])
    org = np.array([3.0, 0.0])
    result = exposure(line, 10_000.0, x, y, deaths, org, spread, org_spread=np.array([8.0, 0.0]), org_total=20.0)
    assert result["exposure_deaths_point"] == 3.0 and result["exposure_events_point"] == 1
    assert result["exposure_deaths_spread"] == pytest.approx(8 / 4 + 40 * 200 / 800)
    assert result["exposure_events_spread"] == pytest.approx(1 / 4 + 1 * 200 / 800)
    assert result["exposure_deaths"] == pytest.approx(3 + 12.0)
    assert result["exposure_events"] == pytest.approx(1.5)
    assert result["share_of_org"] == pytest.approx((3 + 8 / 4) / 20.0)


def test_port_evidence_and_plazas_by_hand():
    """Two ports sharing twin municipality T1 (a plaza), one port with twin T2, 100 km away; radius 50 km."""
    import numpy as np

    from vdto_targeting.core.corridors import Port, choose_plazas, port_evidence

    ports = [Port("A1", "A one", 0.0, 0.0), Port("A2", "A two", 2000.0, 0.0), Port("B", "B", 100_000.0, 0.0)]
    twins = {"A1": "T1", "A2": "T1", "B": "T2"}
    x = np.array([5000.0, 30_000.0, 60_000.0, 99_000.0, 80_000.0, 1000.0])
    y = np.zeros(6)
    munis = ["T1", "H", "H", "T2", "T1", "T1"]
    deaths = np.array([10.0, 4.0, 100.0, 3.0, 7.0, 50.0])
    counted = np.array([True, True, True, True, True, False])      # the last is a coalition event: not counted
    ev = port_evidence(ports, twins, x, y, munis, deaths, counted, 50_000.0, spread_by_muni={"T2": 9.0})
    # A1: T1 events in full (10, 7 — the one at 80 km is in the twin), H at 30 km weighs 1 − 30/50 = 0.4;
    # H at 60 km is outside the radius.
    assert ev["A1"].weighted == pytest.approx(10 + 7 + 4 * 0.4) and ev["A1"].events == 3
    assert ev["A1"].deaths == pytest.approx(21.0) and ev["A1"].munis == ("T1", "H")
    # B: its twin's 3 deaths, H at 40 km (0.2 × 100 = 20); event in T1 (another port's twin) never counts for B;
    # the state-level share of T2 is reported, not added.
    assert ev["B"].weighted == pytest.approx(3 + 100 * (1 - 40 / 50)) and ev["B"].spread_deaths == 9.0
    plazas = choose_plazas(ev, 4, strong_deaths=20.0, strong_events=3)
    assert [(p[0], p[1], p[2]) for p in plazas] == [("T2", "weak", ["B"]), ("T1", "weak", ["A1", "A2"])]
    assert plazas[0][3] == pytest.approx(23.0)
    assert choose_plazas(ev, 1, 20.0, 2)[0][:2] == ("T2", "strong")
    nothing = port_evidence(ports, twins, x, y, munis, deaths, np.zeros(6, dtype=bool), 50_000.0)
    assert choose_plazas(nothing, 4, 20.0, 3) == []


def test_land_route_goes_round_a_bay_not_over_it():
    """A C-shaped land round a bay (hand-worked): from the lower arm to the upper one the straight line crosses
    the water; the shortest way over land bends at the two inner corners of the C (pulled 1 km inland: half the
    2 km tolerance), and a line already on land stays straight."""
    from shapely.geometry import LineString, Point, box

    from vdto_targeting.core.corridors import LandRouter

    land = box(0, 0, 100e3, 100e3).difference(box(20e3, 20e3, 100e3, 80e3))
    router = LandRouter(land, tolerance_m=2000.0, step_m=5000.0)
    start, end = Point(90e3, 10e3), Point(90e3, 90e3)
    vias = router.route(start, end)
    # two bends, each within the 1 km inset (plus the rounding of the buffered corner, which GEOS versions draw
    # with different segments) of an inner corner of the C
    assert len(vias) == 2
    assert vias[0].distance(Point(20e3, 20e3)) <= 1500.0 and vias[1].distance(Point(20e3, 80e3)) <= 1500.0
    path = LineString([start, *vias, end])
    assert path.difference(land.buffer(2000.0)).length == pytest.approx(0.0, abs=1e-6)
    # the shortest way: no longer than the walk through the two inner corners of the C, but for the 1 km inset
    corners = LineString([start, (20e3, 20e3), (20e3, 80e3), end]).length
    assert corners <= path.length <= corners + 2 * 2000.0
    assert router.route(Point(5e3, 10e3), Point(5e3, 90e3)) == []          # along the left arm: straight
    # a few kilometres off the coast at the end (a port on a river mouth) is not a sea: straight
    assert router.route(Point(5e3, 10e3), Point(5e3, 110e3)) == []
    # an island out of reach: no way over land
    assert LandRouter(box(0, 0, 10e3, 10e3).union(box(500e3, 0, 510e3, 10e3))).route(
        Point(5e3, 5e3), Point(505e3, 5e3)) is None
