"""ACLED's CSV export → clean event rows with their location precision (no QGIS).

ACLED (Armed Conflict Location & Event Data) exports one row per event with ``event_date``, ``event_type``,
``actor1``, ``actor2``, ``fatalities``, ``latitude``, ``longitude`` and ``geo_precision`` (1 the town, 2 near it or
its district — a municipality here, 3 only the province — a state). The importer keeps these (and the
administrative names and identifiers when present) so the events reader treats ACLED like UCDP: precise events as
points, the others spread over their municipality or state (``core/precision.py``). Dates come as ISO
(``2020-01-31``, the API) or as ``31 January 2020`` (older exports); both are read, and day-first numeric dates.
"""
from __future__ import annotations

import datetime
import re
from typing import Optional, Tuple

import numpy as np
import pandas as pd

from .sources import ImportProblem, ImportReport, Source, find_column, parse_numbers, read_table

#: (output name, kind, candidates in the export); kind: text, int, double, date. Required ones first.
REQUIRED = ["event_date", "latitude", "longitude", "geo_precision", "event_type", "actor1", "actor2", "fatalities"]
COLUMNS = [
    ("event_id_cnty", "text"), ("event_date", "date"), ("year", "int"), ("event_type", "text"),
    ("sub_event_type", "text"), ("actor1", "text"), ("actor2", "text"), ("interaction", "int"),
    ("country", "text"), ("admin1", "text"), ("admin2", "text"), ("admin3", "text"), ("location", "text"),
    ("latitude", "double"), ("longitude", "double"), ("geo_precision", "int"), ("fatalities", "int"),
    ("source", "text"), ("notes", "text"),
]
_MONTHS = {name: i for i, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"], start=1)}
_MONTHS.update({name[:3]: i for name, i in list(_MONTHS.items())})


def parse_acled_date(text: str) -> Optional[datetime.date]:
    """``2020-01-31``, ``31 January 2020``, ``31-January-2020``, ``31-Jan-20`` or ``31/01/2020`` (day first)."""
    text = (text or "").strip()
    if not text:
        return None
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?", text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return datetime.date(year, month, day)
    match = re.fullmatch(r"(\d{1,2})[ \-/]([A-Za-z]+)[ \-/,]+(\d{2}|\d{4})", text)
    if match and match.group(2).lower() in _MONTHS:
        year = int(match.group(3))
        year += 2000 if year < 100 else 0
        return datetime.date(year, _MONTHS[match.group(2).lower()], int(match.group(1)))
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return datetime.date(year, month, day)
    raise ValueError(text)


def read_acled(source: Source) -> Tuple[pd.DataFrame, ImportReport]:
    """ACLED rows with the :data:`COLUMNS` (missing optional ones empty) and a report of rows left out.

    Refused (naming the row): a missing required column, an unreadable date, non-numeric or negative fatalities,
    a geo_precision other than 1–3. Left out and reported: rows without usable coordinates.
    """
    report = ImportReport()
    table = read_table(source, report)
    if table.empty:
        raise ImportProblem("the file holds no events: export the events from ACLED again")
    found = {}
    for name, _kind in COLUMNS:
        found[name] = find_column(table, [name, name.replace("_", " ")], name, required=name in REQUIRED)
    out = pd.DataFrame(index=table.index)
    for name, kind in COLUMNS:
        column = found[name]
        values = table[column].astype(str).str.strip() if column else pd.Series("", index=table.index)
        if kind == "text":
            out[name] = values.where(values != "", None)
        elif kind == "date":
            out[name] = [_date(v, row) for row, v in values.items()]
        elif kind == "double":
            out[name] = pd.to_numeric(values.str.replace(",", ".", regex=False), errors="coerce")
        else:
            out[name] = parse_numbers(values, name, integer=True, allow_empty=True) if column else np.nan
    precision = out["geo_precision"]
    bad = precision.notna() & ~precision.isin([1, 2, 3])
    if bad.any():
        row = int(precision.index[np.flatnonzero(bad.to_numpy())[0]])
        raise ImportProblem(f"geo_precision on row {row} is {precision[row]:g}, but ACLED's precision is 1 (town), "
                            "2 (near it / its district) or 3 (province): correct the cell and import again", row)
    missing_precision = int(precision.isna().sum())
    if missing_precision:
        report.notes.append(f"{missing_precision} event(s) have no geo_precision: they will be taken as precise "
                            "points")
    lat, lon = out["latitude"], out["longitude"]
    usable = lat.between(-90, 90) & lon.between(-180, 180)
    for row in out.index[~usable.to_numpy()]:
        report.skip(int(row), out.at[row, "event_id_cnty"], out.at[row, "location"],
                    "no usable latitude/longitude")
    out = out[usable.to_numpy()]
    if out.empty:
        raise ImportProblem("no event has usable latitude and longitude: check the columns latitude and longitude")
    no_year = out["year"].isna() & out["event_date"].notna()
    out.loc[no_year, "year"] = [d.year for d in out.loc[no_year, "event_date"]]
    return out, report


def _date(text: str, row: int) -> Optional[datetime.date]:
    try:
        return parse_acled_date(text)
    except ValueError:
        raise ImportProblem(f"event_date on row {row} is {text!r}, not a date: ACLED dates read like 2020-01-31 or "
                            "31 January 2020; correct the cell and import again", row) from None
