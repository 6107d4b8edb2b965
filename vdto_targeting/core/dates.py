"""One date grammar for the whole plugin: how a date written by an analyst, INEGI, UCDP or ACLED is read.

Why one module: Mexican sources write 3 April 2020 as "03/04/2020", US software as "04/03/2020", UCDP as
"2020-04-03", and many tables carry only a year ("2020", a text column) or a month ("2020-04"). Each reader used to
guess on its own, so the same cell was April in one algorithm, March in another and January ("2020") in a third.
Every date in the plugin (event dates, zone start and end dates, START/END parameters, year columns) now goes
through :func:`parse`; the bridge converts QDate/QDateTime to Python dates first.

The grammar (also in the user guide):

* ISO day: ``YYYY-MM-DD`` or ``YYYY/MM/DD``, optionally followed by a time (``T12:30`` or `` 12:30:00``), ignored;
* day first, as written in Mexico: ``DD/MM/YYYY``, ``DD-MM-YYYY`` or ``DD.MM.YYYY`` (one or two digits for day and
  month): "03/04/2020" is 3 April 2020 — never month first; a day over 12 does not make it month first either
  ("04/13/2020" is refused, not read as 13 April);
* a month: ``YYYY-MM``, ``YYYY/MM``, ``MM/YYYY`` or ``MM-YYYY``, or a month name in Spanish or English with a year
  ("marzo 2020", "mar-2020", "3 de marzo de 2020" — the latter a full date);
* a year: ``YYYY`` alone, as text or as a number (a text ``year`` column such as "2019" or "2019.0" works);
* two-digit years are refused (ambiguous), as are impossible dates (31/02/2020) and years outside 1000–2999.

A date known only to its month or its year spans that month or year: it lies inside a period (START/END) when its
whole span does, it has no month when only the year is known (a monthly before/after comparison cannot place it),
and its year is always known.
"""
from __future__ import annotations

import calendar
import datetime
import math
import re
from dataclasses import dataclass
from typing import Iterable, Optional, Tuple

import numpy as np

DAY, MONTH, YEAR = "day", "month", "year"

MONTH_NAMES = {
    "enero": 1, "ene": 1, "january": 1, "jan": 1,
    "febrero": 2, "feb": 2, "february": 2,
    "marzo": 3, "mar": 3, "march": 3,
    "abril": 4, "abr": 4, "april": 4, "apr": 4,
    "mayo": 5, "may": 5,
    "junio": 6, "jun": 6, "june": 6,
    "julio": 7, "jul": 7, "july": 7,
    "agosto": 8, "ago": 8, "august": 8, "aug": 8,
    "septiembre": 9, "setiembre": 9, "sep": 9, "sept": 9, "set": 9, "september": 9,
    "octubre": 10, "oct": 10, "october": 10,
    "noviembre": 11, "nov": 11, "november": 11,
    "diciembre": 12, "dic": 12, "december": 12, "dec": 12,
}

_TIME = r"(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?"  # text is lower-cased
_ISO_DAY = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})" + _TIME)
_DAY_FIRST = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})" + _TIME)
_YEAR_MONTH = re.compile(r"(\d{4})[-/](\d{1,2})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[-/](\d{4})")
_YEAR = re.compile(r"(\d{4})(?:\.0+)?")
_NAMED = re.compile(r"(?:(\d{1,2})\s*(?:de\s+)?)?([a-záéíóúñ]+)\.?\s*(?:de\s+|del\s+|[-/ ])\s*(\d{4})")


@dataclass(frozen=True)
class PartialDate:
    """A date known to the day, the month or the year (``month``/``day`` 0 when unknown)."""

    year: int
    month: int = 0
    day: int = 0

    @property
    def resolution(self) -> str:
        return DAY if self.day else MONTH if self.month else YEAR

    @property
    def first(self) -> datetime.date:
        """The first day the date may stand for."""
        return datetime.date(self.year, self.month or 1, self.day or 1)

    @property
    def last(self) -> datetime.date:
        """The last day the date may stand for."""
        if self.day:
            return self.first
        month = self.month or 12
        return datetime.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def __str__(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


def _make(year: int, month: int = 0, day: int = 0) -> Optional[PartialDate]:
    if not 1000 <= year <= 2999 or not 0 <= month <= 12 or (day and not month):
        return None
    if day:
        try:
            datetime.date(year, month, day)
        except ValueError:
            return None
    return PartialDate(year, month, day)


def parse(value: object) -> Optional[PartialDate]:
    """The date ``value`` stands for under the plugin's grammar, or None (empty, NULL or unreadable)."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, datetime.date):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, np.datetime64):
        if np.isnat(value):
            return None
        return parse(value.astype("datetime64[D]").item())
    if hasattr(value, "to_pydatetime"):      # pandas Timestamp (NaT has none of a date's parts)
        try:
            return parse(value.to_pydatetime())
        except (ValueError, AttributeError):
            return None
    if isinstance(value, (bool, np.bool_)):
        return None
    if isinstance(value, (int, np.integer)):
        return _make(int(value))
    if isinstance(value, (float, np.floating)):
        if not math.isfinite(value) or value != int(value):
            return None
        return _make(int(value))
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return parse_text(str(value))


def parse_text(text: str) -> Optional[PartialDate]:
    text = text.strip().lower()
    if not text or text in ("null", "nan", "nat", "none"):
        return None
    match = _ISO_DAY.fullmatch(text)
    if match:
        return _make(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _DAY_FIRST.fullmatch(text)
    if match:
        return _make(int(match.group(4)), int(match.group(3)), int(match.group(1)))
    match = _YEAR_MONTH.fullmatch(text)
    if match:
        return _make(int(match.group(1)), int(match.group(2))) if int(match.group(2)) else None
    match = _MONTH_YEAR.fullmatch(text)
    if match:
        return _make(int(match.group(2)), int(match.group(1))) if int(match.group(1)) else None
    match = _YEAR.fullmatch(text)
    if match:
        return _make(int(match.group(1)))
    match = _NAMED.fullmatch(text)
    if match and match.group(2) in MONTH_NAMES:
        return _make(int(match.group(3)), MONTH_NAMES[match.group(2)], int(match.group(1) or 0))
    return None


def bound(text: str, end: bool = False) -> Optional[datetime.date]:
    """A period bound typed by the analyst: its first day, or its last day for an ``end`` bound ("2010" ends on
    31 December 2010). None when empty; ValueError(text) when it is not a date under the grammar."""
    if text is None or not str(text).strip():
        return None
    parsed = parse(text)
    if parsed is None:
        raise ValueError(str(text).strip())
    return parsed.last if end else parsed.first


def month_of(value: object) -> Optional[Tuple[int, int]]:
    """(year, month), or None when the month is not known (only a year, or no date)."""
    parsed = parse(value)
    return None if parsed is None or not parsed.month else (parsed.year, parsed.month)


def year_of(value: object) -> Optional[int]:
    parsed = parse(value)
    return None if parsed is None else parsed.year


def spans(values: Iterable[object]) -> Tuple[np.ndarray, np.ndarray]:
    """(first day, last day) of each value as datetime64[D] arrays, NaT where unreadable. Each distinct value is
    parsed once: event tables repeat their dates."""
    values = list(values)
    first = np.full(len(values), np.datetime64("NaT"), dtype="datetime64[D]")
    last = first.copy()
    cache: dict = {}
    for i, value in enumerate(values):
        try:
            key = (type(value), value)
            hash(key)
        except TypeError:
            key = None
        if key is not None and key in cache:
            span = cache[key]
        else:
            parsed = parse(value)
            span = None if parsed is None else (np.datetime64(parsed.first, "D"), np.datetime64(parsed.last, "D"))
            if key is not None:
                cache[key] = span
        if span is not None:
            first[i], last[i] = span
    return first, last


def years(values: Iterable[object]) -> np.ndarray:
    """The year of each value as float (NaN where unreadable): a year column stored as text works as a year."""
    return np.array([np.nan if (y := year_of(v)) is None else float(y) for v in values], dtype=float)


def in_period(first: np.ndarray, last: np.ndarray, start: Optional[datetime.date],
              end: Optional[datetime.date]) -> np.ndarray:
    """True where the whole span [first, last] lies within [start, end] (either bound optional); False for NaT."""
    ok = ~np.isnat(first)
    if start is not None:
        ok &= first >= np.datetime64(start, "D")
    if end is not None:
        ok &= last <= np.datetime64(end, "D")
    return ok
