"""The plugin's one date grammar: ISO, day-first Mexican dates, year-month, year (hand-checked cases)."""
from __future__ import annotations

import datetime

import numpy as np
import pytest

from vdto_targeting.core import dates

D = datetime.date


@pytest.mark.parametrize("text, expected, resolution", [
    ("2020-04-03", D(2020, 4, 3), "day"),
    ("2020/04/03", D(2020, 4, 3), "day"),
    ("2020-04-03T14:30:00Z", D(2020, 4, 3), "day"),
    ("2020-04-03 14:30", D(2020, 4, 3), "day"),
    ("03/04/2020", D(2020, 4, 3), "day"),          # 3 April in Mexico, never 4 March
    ("3/4/2020", D(2020, 4, 3), "day"),
    ("03-04-2020", D(2020, 4, 3), "day"),
    ("03.04.2020", D(2020, 4, 3), "day"),
    ("31/12/2019 23:59:59", D(2019, 12, 31), "day"),
    ("3 de marzo de 2020", D(2020, 3, 3), "day"),
    ("2020-04", D(2020, 4, 1), "month"),
    ("04/2020", D(2020, 4, 1), "month"),
    ("marzo 2020", D(2020, 3, 1), "month"),
    ("mar-2020", D(2020, 3, 1), "month"),
    ("Septiembre de 2012", D(2012, 9, 1), "month"),
    ("2020", D(2020, 1, 1), "year"),
    (" 2019.0 ", D(2019, 1, 1), "year"),
])
def test_grammar(text, expected, resolution):
    parsed = dates.parse(text)
    assert parsed.first == expected and parsed.resolution == resolution


@pytest.mark.parametrize("text", ["", "NULL", "04/13/2020", "31/02/2020", "2020-13", "20-04-03", "03/04/20",
                                  "abc", "2020-00", "0999", "13/2020", "Q1 2020"])
def test_refused(text):
    assert dates.parse(text) is None


def test_objects_and_numbers():
    assert dates.parse(D(2020, 4, 3)).resolution == "day"
    assert dates.parse(datetime.datetime(2020, 4, 3, 12)).first == D(2020, 4, 3)
    assert dates.parse(np.datetime64("2020-04-03")).first == D(2020, 4, 3)
    assert dates.parse(np.datetime64("NaT")) is None
    assert dates.parse(2019).resolution == "year" and dates.parse(2019.0).year == 2019
    assert dates.parse(2019.5) is None and dates.parse(float("nan")) is None and dates.parse(True) is None
    assert dates.parse(None) is None


def test_spans_months_and_years():
    assert dates.parse("2020").last == D(2020, 12, 31)
    assert dates.parse("02/2020").last == D(2020, 2, 29)
    assert dates.month_of("03/04/2020") == (2020, 4)
    assert dates.month_of("2020") is None          # a year has no month: not January
    assert dates.year_of("2020") == 2020 and dates.year_of("03/04/2020") == 2020
    np.testing.assert_array_equal(dates.years(["2019", 2020, "2021.0", None, "x"]),
                                  [2019.0, 2020.0, 2021.0, np.nan, np.nan])


def test_bounds_and_period():
    assert dates.bound("2010") == D(2010, 1, 1) and dates.bound("2010", end=True) == D(2010, 12, 31)
    assert dates.bound("30/06/2010", end=True) == D(2010, 6, 30)
    assert dates.bound("") is None
    with pytest.raises(ValueError):
        dates.bound("2010-31-12")
    first, last = dates.spans(["2020", "2020-03", "15/03/2020", "", "2020-03"])
    inside = dates.in_period(first, last, D(2020, 3, 1), D(2020, 6, 30))
    assert inside.tolist() == [False, True, True, False, True]   # "2020" is not all inside March–June
    assert dates.in_period(first, last, D(2020, 1, 1), D(2020, 12, 31)).tolist() == [True, True, True, False, True]
