"""core.acled: ACLED's CSV export read with its precision — checked against the fixture by hand."""
from __future__ import annotations

import datetime

import pytest

from tests.datasets import ROOT
from vdto_targeting.core.acled import parse_acled_date, read_acled
from vdto_targeting.core.sources import ImportProblem

FIXTURE = ROOT / "tests" / "fixtures" / "acled_mexico_synthetic.csv"


def test_fixture_read_with_precision_and_dates():
    frame, report = read_acled(FIXTURE)
    assert len(frame) == 9                                   # row 10 (MEX90009) has no coordinates
    assert [item["code"] for item in report.unmatched] == ["MEX90009"]
    assert frame["geo_precision"].tolist() == [1, 2, 3, 1, 3, 1, 2, 1, 1]
    assert frame["fatalities"].sum() == 38                   # 4+2+10+3+7+1+5+0+6
    assert frame["event_date"].iloc[0] == datetime.date(2020, 1, 15)
    assert frame["actor2"].iloc[0] == "CJNG: Jalisco New Generation Cartel"
    assert frame["notes"].iloc[1] == 'Synthetic row: "somewhere near" the municipal seat'
    assert frame["latitude"].iloc[0] == pytest.approx(24.8069)


@pytest.mark.parametrize("text, day", [("2020-01-31", (2020, 1, 31)), ("31 January 2020", (2020, 1, 31)),
                                       ("31-Jan-20", (2020, 1, 31)), ("03/04/2020", (2020, 4, 3))])
def test_dates(text, day):
    assert parse_acled_date(text) == datetime.date(*day)


def test_refusals_name_the_row():
    header = "event_date,latitude,longitude,geo_precision,event_type,actor1,actor2,fatalities\n"
    with pytest.raises(ImportProblem, match="geo_precision on row 2"):
        read_acled((header + "2020-01-01,20,-100,5,Battles,A,B,1\n").encode())
    with pytest.raises(ImportProblem, match="event_date on row 3"):
        read_acled((header + "2020-01-01,20,-100,1,Battles,A,B,1\nyesterday,20,-100,1,Battles,A,B,1\n").encode())
    with pytest.raises(ImportProblem, match="no fatalities column"):
        read_acled(b"event_date,latitude,longitude,geo_precision,event_type,actor1,actor2\n2020-01-01,1,1,1,x,a,b\n")
    frame, report = read_acled((header + "2020-01-01,20,-100,,Battles,A,B,1\n").encode())
    assert frame["geo_precision"].isna().all() and "taken as precise" in report.notes[-1]
