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
    assert result == {"exposure_deaths": 5.0, "exposure_events": 2, "share_of_org": pytest.approx(4.0 / 8.0)}
