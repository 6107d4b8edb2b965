"""Readers for the tables the real sources publish: INEGI long panels, SESNSP wide months, census/CONAPO population.

Why a reader of our own instead of ``pandas.read_csv`` at the call site: the files analysts receive come in latin-1
or UTF-8 with a BOM, with commas, semicolons, tabs or pipes, with thousands separators, blank rows and truncated
lines. Each reader returns a clean long table plus an :class:`ImportReport` of every row it could not use (with its
code and name), or raises :class:`ImportProblem` whose message names the problem, the row and the fix.
"""
from __future__ import annotations

import csv
import gzip
import io
import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Union

import numpy as np
import pandas as pd

from .codes import join_state_municipality, normalize_cvegeo

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
SEPARATORS = [",", ";", "\t", "|"]
MAX_BYTES = 2_000_000_000

Source = Union[str, Path, bytes, pd.DataFrame]


class DecodedText(str):
    """Text already decoded by :func:`decode_bytes` (so a reader that sniffed the layout does not decode twice)."""

    encoding = "utf-8"


class ImportProblem(ValueError):
    """A table that cannot be read as given; ``str()`` names the problem, the row and the fix."""

    def __init__(self, message: str, row: Optional[int] = None):
        super().__init__(message)
        self.row = row


@dataclass
class ImportReport:
    """What a reader did besides returning rows: rows left out (with why) and notes for the analyst's log."""

    unmatched: list = field(default_factory=list)  # dicts: row, code, name, reason
    notes: list = field(default_factory=list)
    encoding: str = ""
    separator: str = ""

    def skip(self, row: int, code: object, name: object, reason: str) -> None:
        self.unmatched.append({"row": int(row), "code": "" if code is None else str(code),
                               "name": "" if name is None else str(name), "reason": reason})

    def unmatched_frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.unmatched, columns=["row", "code", "name", "reason"])


# ----------------------------------------------------------------------------------------------- text and layout
def header_key(text: object) -> str:
    """``'Cve. Municipio'`` → ``'cve municipio'``: accents, case and punctuation do not matter for matching."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Return (text, encoding): UTF-8 (with or without BOM) when valid, otherwise Windows-1252/latin-1 as SESNSP."""
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError, gzip.BadGzipFile) as error:
            raise ImportProblem(f"the file is a damaged gzip archive ({error}): download it again or unzip it "
                                "and import the CSV") from None
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in raw[:4096]:
        raise ImportProblem("the file is UTF-16 or binary, not a text CSV: save it as 'CSV UTF-8' (or latin-1) and "
                            "import it again")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"


def sniff_separator(text: str) -> str:
    """The separator that splits the header and the first rows into the same, largest number of fields."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    if not lines:
        return ","
    best, best_score = ",", (-1, -1)
    for sep in SEPARATORS:
        try:
            counts = [len(row) for row in csv.reader(lines, delimiter=sep)]
        except csv.Error:
            continue
        header = counts[0]
        consistent = sum(1 for c in counts if c == header)
        score = (consistent if header > 1 else 0, header)
        if score > best_score:
            best, best_score = sep, score
    return best


def _raw_bytes(source: Union[str, Path, bytes]) -> bytes:
    if isinstance(source, bytes):
        return source
    path = Path(source)
    try:
        if not path.is_file():
            raise ImportProblem(f"the file {path} does not exist or is not a file: choose an existing CSV or table")
        if path.stat().st_size > MAX_BYTES:
            raise ImportProblem(f"the file {path} is larger than 2 GB: split it by year before importing")
        return path.read_bytes()
    except OSError as error:
        raise ImportProblem(f"the file {path} cannot be read ({error.strerror or error}): check that it is not "
                            "open in another program and that you may read it") from None


def read_table(source: Source, report: Optional[ImportReport] = None) -> pd.DataFrame:
    """Any CSV-like source as a frame of text cells (``''`` for empty), header keys normalised by :func:`header_key`.

    The frame's index is the row number an analyst sees in a spreadsheet (header = row 1); blank rows are dropped
    and counted in the report's notes.
    """
    report = report if report is not None else ImportReport()
    if isinstance(source, pd.DataFrame):
        frame = source.copy()
        frame.columns = _header(frame.columns)
        frame = frame.astype(object).where(frame.notna(), "").astype(str)
        frame.index = pd.RangeIndex(2, len(frame) + 2)
        return _drop_blank(frame, report)
    if isinstance(source, DecodedText):
        text, report.encoding = str(source), source.encoding
    else:
        text, report.encoding = decode_bytes(_raw_bytes(source))
    if not text.strip():
        raise ImportProblem("the file is empty: export the table again with a header row and data rows")
    report.separator = sep = sniff_separator(text)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            frame = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, na_filter=True,
                                na_values=[], skip_blank_lines=False, engine="c", quoting=csv.QUOTE_MINIMAL,
                                index_col=False)
        if any(issubclass(w.category, pd.errors.ParserWarning) for w in caught):
            row = _first_long_row(text, sep)
            raise ImportProblem(f"row {row} has more fields than the header: quote text containing the separator "
                                f"{sep!r} or remove the extra fields, then import again", row)
    except pd.errors.ParserError as error:
        match = re.search(r"line (\d+), saw (\d+)", str(error))
        where = f" on row {match.group(1)}" if match else ""
        raise ImportProblem(f"a row has more fields than the header{where} ({error}): quote text containing the "
                            f"separator {sep!r} or remove the extra fields, then import again",
                            int(match.group(1)) if match else None) from None
    except (pd.errors.EmptyDataError, csv.Error, ValueError, IndexError, OverflowError) as error:
        raise ImportProblem(f"the file cannot be read as a table ({error}): save it as a plain CSV with one "
                            "header row and import again") from None
    frame.columns = _header(frame.columns)
    frame.index = pd.RangeIndex(2, len(frame) + 2)
    frame = frame.fillna("")
    if frame.shape[1] > 1 and frame.iloc[:, -1].eq("").any():  # a short row looks like empty last cells
        counted = _record_widths(text, sep)[1:]
        widths = np.array((counted + [0] * len(frame))[:len(frame)])
        short = (widths > 0) & (widths < frame.shape[1])
        for index in np.flatnonzero(short):  # a line of spaces is a blank row, not a truncated one
            if frame.iloc[index].astype(str).str.strip().eq("").all():
                short[index] = False
        if short.any():
            row = int(np.flatnonzero(short)[0]) + 2
            raise ImportProblem(f"row {row} has fewer fields than the header: the file looks truncated or a field "
                                "is missing; re-export or repair that row and import again", row)
    return _drop_blank(frame, report)


def _header(names) -> list:
    """Normalised column keys; two columns that normalise alike (``cvegeo`` and ``CVEGEO``) are refused."""
    columns = [header_key(c) for c in names]
    if len(set(columns)) != len(columns):
        dupes = sorted({c for c in columns if columns.count(c) > 1})
        raise ImportProblem(f"the header repeats the column(s) {', '.join(dupes)} (row 1): rename or delete the "
                            "repeated columns", 1)
    return columns


def _record_widths(text: str, sep: str) -> list:
    """Number of fields of every record (header first), as the csv module splits them."""
    try:
        return [len(r) for r in csv.reader(io.StringIO(text), delimiter=sep)]
    except csv.Error as error:
        raise ImportProblem(f"the file cannot be read as a table ({error}): save it as a plain CSV with one "
                            "header row and import again") from None


def _first_long_row(text: str, sep: str) -> int:
    widths = _record_widths(text, sep)
    for number, width in enumerate(widths[1:], start=2):
        if width > widths[0]:
            return number
    return 2


def _drop_blank(frame: pd.DataFrame, report: ImportReport) -> pd.DataFrame:
    if frame.empty:
        return frame
    text = frame.astype(str)
    candidates = np.ones(len(frame), dtype=bool)
    for column in text.columns:  # narrow column by column: almost every row drops out at the first one
        rows = np.flatnonzero(candidates)
        if len(rows) == 0:
            break
        candidates[rows] = text[column].iloc[rows].str.strip().eq("").to_numpy()
    blank = pd.Series(candidates, index=frame.index)
    if blank.any():
        report.notes.append(f"{int(blank.sum())} blank row(s) ignored")
    return frame.loc[~blank]


def find_column(frame: pd.DataFrame, candidates: Iterable[str], what: str, required: bool = True) -> Optional[str]:
    """First column whose normalised header is one of ``candidates``; refuse naming the wanted column if absent."""
    keys = [header_key(c) for c in candidates]
    for key in keys:
        if key in frame.columns:
            return key
    if required:
        raise ImportProblem(f"no {what} column (expected one of: {', '.join(candidates)}; found: "
                            f"{', '.join(map(str, frame.columns[:20]))}): rename the column in the file's header "
                            "row or choose the right file", 1)
    return None


# ----------------------------------------------------------------------------------------------- numbers
_THOUSANDS = re.compile(r"^\d{1,3}([,.' ]\d{3})+$")
_INTEGER = re.compile(r"^[+-]?\d+([.,]0+)?$")
_DECIMAL = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")


def parse_numbers(values: pd.Series, what: str, integer: bool = True, allow_empty: bool = False,
                  names: Optional[pd.Series] = None) -> pd.Series:
    """Text cells → numbers, understanding ``1,234`` / ``1.234`` / ``1 234`` thousands separators in counts.

    Refuses negative, fractional (for counts) and non-numeric cells, naming the first bad row. Plain numbers take
    a vectorised path; only the unusual cells (separators, spaces, text) go through the careful one.
    """
    plain = values.astype(str)
    quick = pd.to_numeric(plain, errors="coerce").to_numpy(dtype=float)
    with np.errstate(over="ignore", invalid="ignore"):
        finite = np.isfinite(quick)
        whole = finite & (quick == np.floor(np.where(finite, quick, 0.0)))
        if integer:
            fast = whole
        else:  # 1.234 may be a thousands separator: let the careful path decide
            thousand_like = (np.abs(quick) < 1000) & (np.abs(np.round(quick * 1000) - quick * 1000) < 1e-6) & ~whole
            fast = finite & ~thousand_like
    out = pd.Series(np.where(fast, quick, np.nan), index=values.index, dtype=float)
    slow = ~fast
    empty = pd.Series(False, index=values.index)
    if slow.any():
        numbers, blank = _parse_careful(plain[slow], what, integer, names)
        out[slow] = numbers
        empty[slow] = np.asarray(blank, dtype=bool)   # pandas 2.2+ refuses object values in a bool Series
    negative = out < 0
    if negative.any():
        row = _first(negative)
        raise ImportProblem(f"{what} on row {row} is negative ({plain[row].strip()}){_name(names, row)}: counts "
                            "and populations cannot be below zero; correct the cell and import again", row)
    if empty.any() and not allow_empty:
        row = _first(empty)
        raise ImportProblem(f"{what} on row {row} is empty{_name(names, row)}: fill in the value (0 if there were "
                            "none) and import again", row)
    return out


def _parse_careful(values: pd.Series, what: str, integer: bool, names: Optional[pd.Series]):
    text = values.astype(str).str.replace("\u00a0", " ", regex=False).str.strip()
    out = pd.Series(np.nan, index=values.index, dtype=float)
    empty = text == ""
    thousands = text.str.match(_THOUSANDS.pattern)
    cleaned = text.where(~thousands, text.str.replace(r"[,.' ]", "", regex=True))
    if integer:
        ok = cleaned.str.match(_INTEGER.pattern)
    else:
        ok = cleaned.str.match(_DECIMAL.pattern) | thousands
    numeric = cleaned.where(ok, "").str.replace(",", ".", regex=False)
    bad = ~ok & ~empty
    if bad.any():
        row = _first(bad)
        hint = "a whole number" if integer else "a number"
        raise ImportProblem(f"{what} on row {row} is {text[row]!r}, not {hint}{_name(names, row)}: correct the cell "
                            "(no text, no decimals in counts) and import again", row)
    out[ok] = pd.to_numeric(numeric[ok], errors="coerce")
    not_finite = ok & ~np.isfinite(out)
    if not_finite.any():
        row = _first(not_finite)
        raise ImportProblem(f"{what} on row {row} is {text[row]!r}, which is too large{_name(names, row)}: correct "
                            "the cell and import again", row)
    return out, empty


def _first(mask: pd.Series) -> int:
    """Row label of the first true cell (works for object-dtype masks too)."""
    return int(mask.index[np.flatnonzero(mask.to_numpy(dtype=bool))[0]])


def _name(names: Optional[pd.Series], row: int) -> str:
    if names is None:
        return ""
    try:
        name = str(names[row]).strip()
    except KeyError:
        return ""
    return f" (municipality {name})" if name else ""


def _codes(frame: pd.DataFrame, report: ImportReport) -> tuple[pd.Series, pd.Series]:
    """Normalised CVEGEO per row (None when unusable) and a display name per row, for reporting."""
    name_col = find_column(frame, ["nom_mun", "municipio", "nomgeo", "nombre", "name"], "name", required=False)
    names = frame[name_col] if name_col else pd.Series("", index=frame.index)
    code_col = find_column(frame, ["cvegeo", "cve municipio", "clave municipio", "cve_mun_full", "ent_mun",
                                   "clave", "cve"], "municipal key", required=False)
    state_col = find_column(frame, ["cve_ent", "clave_ent", "cve entidad", "clave entidad"], "state", required=False)
    muni_col = find_column(frame, ["cve_mun", "clave mun"], "municipality key", required=False)
    if code_col is not None:
        raw = frame[code_col]
        codes = raw.map({value: normalize_cvegeo(value) for value in pd.unique(raw)})
        if state_col is not None:  # SESNSP sometimes gives only the municipal part in "Cve. Municipio"
            short = raw.astype(str).str.strip().str.fullmatch(r"\d{1,3}(\.0+)?").fillna(False).astype(bool)
            if short.any():
                joined = [join_state_municipality(s, m) for s, m in zip(frame.loc[short, state_col], raw[short])]
                codes[short] = joined
    elif state_col is not None and muni_col is not None:
        raw = frame[state_col].astype(str) + "+" + frame[muni_col].astype(str)
        codes = pd.Series([join_state_municipality(s, m) for s, m in zip(frame[state_col], frame[muni_col])],
                          index=frame.index, dtype=object)
    else:
        raise ImportProblem("no municipal key column (expected cvegeo, 'Cve. Municipio', or cve_ent with cve_mun): "
                            "add the INEGI key column to the file and import again", 1)
    for row in codes.index[codes.isna()]:
        text = str(raw[row]).strip()
        other = text.isdigit() and len(text) in (4, 5) and int(text[-3:]) >= 996
        report.skip(row, raw[row], names[row], "code of 'other / unspecified municipalities' (no boundary)"
                    if other else "not a 5-digit INEGI municipal key")
    return codes, names


def _refuse_if_nothing(frame: pd.DataFrame, what: str) -> None:
    if frame.empty:
        raise ImportProblem(f"the table has no usable {what} rows (every row is blank or has an invalid municipal "
                            "key): check that you chose the right file and that its key column holds INEGI codes")


# ----------------------------------------------------------------------------------------------- homicides (long)
def read_homicides_long(source: Source) -> tuple[pd.DataFrame, ImportReport]:
    """INEGI-style long panel ``cvegeo, year, month, homicides[, pop]`` → columns cvegeo, year, month, homicides
    (int) and pop (float, NaN when absent). Duplicated municipality-months are refused naming both rows."""
    report = ImportReport()
    frame = read_table(source, report)
    if frame.empty:
        raise ImportProblem("the table has a header but no data rows: export it again with its rows")
    year_col = find_column(frame, ["year", "anio", "ano", "año"], "year")
    month_col = find_column(frame, ["month", "mes"], "month")
    count_col = find_column(frame, ["homicides", "homicidios", "defunciones", "deaths", "count", "total"],
                            "homicide count")
    pop_col = find_column(frame, ["pop_est", "pop", "population", "poblacion", "pop_total"], "population",
                          required=False)
    codes, names = _codes(frame, report)
    keep = codes.notna()
    frame, codes, names = frame.loc[keep], codes[keep], names[keep]
    _refuse_if_nothing(frame, "homicide")
    years = parse_numbers(frame[year_col], "the year", names=names)
    months = parse_numbers(frame[month_col], "the month", names=names)
    _check_range(years, 1900, 2100, "the year", "a four-digit year such as 2015")
    _check_range(months, 1, 12, "the month", "a month number from 1 to 12")
    counts = parse_numbers(frame[count_col], "the homicide count", names=names)
    pops = (parse_numbers(frame[pop_col], "the population", integer=False, allow_empty=True, names=names)
            if pop_col else pd.Series(np.nan, index=frame.index))
    out = pd.DataFrame({"cvegeo": codes.astype(str), "year": years.astype(int), "month": months.astype(int),
                        "homicides": counts.astype(np.int64), "pop": pops.astype(float), "name": names.astype(str)},
                       index=frame.index)
    _refuse_duplicates(out, ["cvegeo", "year", "month"], "month")
    return out, report


def _check_range(values: pd.Series, low: int, high: int, what: str, fix: str) -> None:
    bad = (values < low) | (values > high)
    if bad.any():
        row = _first(bad)
        raise ImportProblem(f"{what} on row {row} is {values[row]:g}, out of range: use {fix}", row)


def _refuse_duplicates(frame: pd.DataFrame, keys: list, unit: str) -> None:
    dup = frame.duplicated(keys, keep=False)
    if dup.any():
        rows = frame.index[dup]
        first = frame.loc[rows[0], keys]
        same = frame.index[dup & (frame[keys] == first.values).all(axis=1)]
        period = "-".join(str(first[k]) for k in keys[1:])
        raise ImportProblem(f"rows {same[0]} and {same[1]} both give municipality {first['cvegeo']} for the same "
                            f"{unit} ({period}): delete or merge the duplicated row and import again", int(same[1]))


# ----------------------------------------------------------------------------------------------- SESNSP (wide)
DEFAULT_SESNSP_CRIME = "Homicidio doloso"


def read_sesnsp_wide(source: Source, crime: str = DEFAULT_SESNSP_CRIME) -> tuple[pd.DataFrame, ImportReport]:
    """SESNSP municipal incidence (one row per municipality × year × crime type, months ``Enero … Diciembre``).

    Rows whose crime subtype (or, without a subtype column, crime type) equals ``crime`` are summed per
    municipality-month. Empty month cells are months not yet published: they are left out and noted, not zeroed.
    """
    report = ImportReport()
    frame = read_table(source, report)
    if frame.empty:
        raise ImportProblem("the table has a header but no data rows: export it again with its rows")
    month_cols = [find_column(frame, [m], f"month '{m.capitalize()}'") for m in MONTHS_ES]
    year_col = find_column(frame, ["año", "ano", "anio", "year"], "year ('Año')")
    crime_col = (find_column(frame, ["subtipo de delito"], "crime subtype", required=False)
                 or find_column(frame, ["tipo de delito", "delito"], "crime type ('Tipo de delito')"))
    wanted = header_key(crime)
    selected = frame[crime_col].map(header_key) == wanted
    if not selected.any():
        found = sorted(set(frame[crime_col].astype(str)))[:8]
        raise ImportProblem(f"no row has the crime {crime!r} in column '{crime_col}' (found e.g. "
                            f"{', '.join(found)}): choose the crime name exactly as the file spells it")
    frame = frame.loc[selected]
    codes, names = _codes(frame, report)
    keep = codes.notna()
    frame, codes, names = frame.loc[keep], codes[keep], names[keep]
    _refuse_if_nothing(frame, "homicide")
    years = parse_numbers(frame[year_col], "the year ('Año')", names=names)
    _check_range(years, 1900, 2100, "the year ('Año')", "a four-digit year such as 2019")
    parts = []
    for number, col in enumerate(month_cols, start=1):
        counts = parse_numbers(frame[col], f"the {MONTHS_ES[number - 1].capitalize()} count", allow_empty=True,
                               names=names)
        parts.append(pd.DataFrame({"row": frame.index, "cvegeo": codes.values, "year": years.values.astype(int),
                                   "month": number, "homicides": counts.values, "name": names.values}))
    long = pd.concat(parts, ignore_index=True)
    missing = long["homicides"].isna()
    if missing.any():
        months = long.loc[missing, ["year", "month"]].drop_duplicates().sort_values(["year", "month"])
        report.notes.append("months without data (empty cells, treated as not yet published): "
                            + ", ".join(f"{y}-{m:02d}" for y, m in months.itertuples(index=False)))
    long = long.loc[~missing]
    # several subtypes/modalities per municipality-year are expected; identical duplicated rows are not
    ident = [c for c in frame.columns if c not in month_cols]
    dup = frame.duplicated(ident, keep=False)
    if dup.any():
        rows = list(frame.index[dup][:2])
        raise ImportProblem(f"rows {rows[0]} and {rows[1]} repeat the same municipality, year and crime "
                            f"(municipality {codes[rows[0]]}): delete the duplicated row and import again", rows[1])
    out = (long.groupby(["cvegeo", "year", "month"], as_index=False)
           .agg(homicides=("homicides", "sum"), name=("name", "first"), row=("row", "min")))
    out["homicides"] = out["homicides"].astype(np.int64)
    out["pop"] = np.nan
    out.index = pd.Index(out.pop("row"))
    return out[["cvegeo", "year", "month", "homicides", "pop", "name"]], report


def read_homicides(source: Source, crime: str = DEFAULT_SESNSP_CRIME) -> tuple[pd.DataFrame, ImportReport]:
    """Either layout: SESNSP when the header has the Spanish month names, the long panel otherwise."""
    report = ImportReport()
    head = read_table(source, report) if isinstance(source, pd.DataFrame) else None
    if head is None:
        text, encoding = decode_bytes(_raw_bytes(source))
        header = text.split("\n", 1)[0]
        keys = {header_key(part) for sep in SEPARATORS for part in header.split(sep)}
        source = DecodedText(text)
        source.encoding = encoding
    else:
        keys = set(head.columns)
    if {"enero", "diciembre"} <= keys:
        return read_sesnsp_wide(source, crime)
    return read_homicides_long(source)


# ----------------------------------------------------------------------------------------------- population
def read_population(source: Source) -> tuple[pd.DataFrame, ImportReport]:
    """Census or CONAPO population, long (``cvegeo, year, pop_total``) or one snapshot without a year column.

    Returns cvegeo, year (NaN-free int; 0 when the file has no year), pop (float, > 0), name. A population of zero
    is refused naming the row: no rate can be computed on it, and a real municipality is never empty.
    """
    report = ImportReport()
    frame = read_table(source, report)
    if frame.empty:
        raise ImportProblem("the table has a header but no data rows: export it again with its rows")
    pop_col = find_column(frame, ["pop_total", "population", "poblacion", "pob_total", "pobtot", "pop", "pob",
                                  "pop2020", "pob2020", "total"], "population")
    year_col = find_column(frame, ["year", "anio", "ano", "año"], "year", required=False)
    codes, names = _codes(frame, report)
    keep = codes.notna()
    frame, codes, names = frame.loc[keep], codes[keep], names[keep]
    _refuse_if_nothing(frame, "population")
    pops = parse_numbers(frame[pop_col], "the population", integer=False, names=names)
    zero = pops <= 0
    if zero.any():
        row = _first(zero)
        raise ImportProblem(f"the population on row {row} is zero (municipality {codes[row]} "
                            f"{names[row]}): no rate can be computed on it; correct the value or delete the row", row)
    if year_col:
        years = parse_numbers(frame[year_col], "the year", names=names)
        _check_range(years, 1900, 2100, "the year", "a four-digit year such as 2020")
    else:
        years = pd.Series(0, index=frame.index)
    out = pd.DataFrame({"cvegeo": codes.astype(str), "year": years.astype(int), "pop": pops.astype(float),
                        "name": names.astype(str)}, index=frame.index)
    _refuse_duplicates(out, ["cvegeo", "year"], "year")
    return out, report


# ----------------------------------------------------------------------------------------------- joins
def unmatched_codes(table: pd.DataFrame, known: Iterable[str], report: ImportReport) -> pd.DataFrame:
    """Rows of ``table`` whose cvegeo is not among ``known`` go to the report (row, code, name); the rest return."""
    known = set(known)
    missing = ~table["cvegeo"].isin(known)
    if missing.any():
        first = table.loc[missing].reset_index().drop_duplicates("cvegeo")
        for _, item in first.iterrows():
            report.skip(item.iloc[0], item["cvegeo"], item.get("name", ""),
                        "code not found among the municipalities (different frame or vintage?)")
    return table.loc[~missing]


# ----------------------------------------------------------------------------------------------- periods
@dataclass
class Period:
    """Years ``start_year..end_year``, and within each the months ``start_month..end_month``.

    ``contiguous``: instead, every month from ``start_year-start_month`` to ``end_year-end_month`` (March 2022 to
    December 2023 is 22 months) — the analysis period of the events, so the counts cover the same days.
    """

    start_year: int
    end_year: int
    start_month: int = 1
    end_month: int = 12
    contiguous: bool = False

    def check(self) -> None:
        if not (1900 <= self.start_year <= self.end_year <= 2100):
            raise ImportProblem(f"the period {self.start_year}-{self.end_year} is not valid: the start year must "
                                "not be after the end year")
        if not (1 <= self.start_month <= 12 and 1 <= self.end_month <= 12):
            raise ImportProblem(f"the months {self.start_month}-{self.end_month} are not valid: use months 1-12")
        first, last = self._index(self.start_year, self.start_month), self._index(self.end_year, self.end_month)
        if self.contiguous and first > last:
            raise ImportProblem(f"the period {self.start_year}-{self.start_month:02d} to "
                                f"{self.end_year}-{self.end_month:02d} is not valid: it ends before it starts")
        if not self.contiguous and self.start_month > self.end_month:
            raise ImportProblem(f"the months {self.start_month}-{self.end_month} are not valid: use months 1-12 "
                                "with the start month not after the end month")

    @staticmethod
    def _index(year, month):
        return year * 12 + month - 1

    def selects(self, years: pd.Series, months: pd.Series) -> pd.Series:
        """Which (year, month) rows fall in the period."""
        if self.contiguous:
            index = years * 12 + months - 1
            return index.between(self._index(self.start_year, self.start_month),
                                 self._index(self.end_year, self.end_month))
        return years.between(self.start_year, self.end_year) & months.between(self.start_month, self.end_month)

    @property
    def years(self) -> list:
        return list(range(self.start_year, self.end_year + 1))

    @property
    def months_per_year(self) -> int:
        return self.end_month - self.start_month + 1

    @property
    def n_months(self) -> int:
        if self.contiguous:
            return self._index(self.end_year, self.end_month) - self._index(self.start_year, self.start_month) + 1
        return len(self.years) * self.months_per_year


def aggregate_period(homicides: pd.DataFrame, codes: Iterable[str], period: Period) -> tuple[pd.DataFrame, list]:
    """Counts per municipality over the period (plus one ``hom_YYYY`` column per year) and the mean of the table's
    own population column; notes list municipalities with missing months (counted as zero, and said so)."""
    period.check()
    codes = list(codes)
    inside = homicides[period.selects(homicides["year"], homicides["month"])]
    notes = []
    if inside.empty:
        available = f"{homicides['year'].min()}-{homicides['year'].max()}" if len(homicides) else "none"
        raise ImportProblem(f"the homicide table has no rows for {period.start_year}-{period.end_year}, months "
                            f"{period.start_month}-{period.end_month} (years available: {available}): choose a "
                            "period the table covers")
    total = inside.groupby("cvegeo")["homicides"].sum()
    months = inside.groupby("cvegeo")["month"].count()
    pops = inside.groupby("cvegeo")["pop"].mean()
    out = pd.DataFrame(index=pd.Index(codes, name="cvegeo"))
    out["homicides"] = total.reindex(out.index).fillna(0).astype(np.int64)
    out["months_present"] = months.reindex(out.index).fillna(0).astype(int)
    out["table_pop"] = pops.reindex(out.index)
    yearly = inside.pivot_table(index="cvegeo", columns="year", values="homicides", aggfunc="sum")
    for year in period.years:
        column = yearly[year] if year in yearly.columns else pd.Series(dtype=float)
        out[f"hom_{year}"] = column.reindex(out.index).fillna(0).astype(np.int64)
    absent = out.index[out["months_present"] == 0]
    partial = out.index[(out["months_present"] > 0) & (out["months_present"] < period.n_months)]
    if len(absent):
        notes.append(f"{len(absent)} municipalities have no rows in the table for the period (counted as 0): "
                     + ", ".join(absent[:30]) + (" …" if len(absent) > 30 else ""))
    if len(partial):
        notes.append(f"{len(partial)} municipalities lack some months of the period (missing months counted as 0): "
                     + ", ".join(f"{c} ({out.at[c, 'months_present']}/{period.n_months})" for c in partial[:30])
                     + (" …" if len(partial) > 30 else ""))
    return out, notes


def period_population(population: pd.DataFrame, codes: Iterable[str], period: Period) -> pd.Series:
    """Mean population over the period's years, linearly interpolated between the table's years (census rounds)
    and held constant beyond them; NaN where the table has no row for a municipality."""
    codes = list(codes)
    index = pd.Index(codes, name="cvegeo")
    rows = population[population["cvegeo"].isin(set(codes))]
    snapshot = rows[rows["year"] == 0].groupby("cvegeo")["pop"].first()
    dated = rows[rows["year"] > 0].pivot_table(index="cvegeo", columns="year", values="pop", aggfunc="mean")
    out = snapshot.reindex(index).astype(float)
    if not dated.empty:
        columns = sorted(set(dated.columns.astype(int)) | set(period.years))
        grid = dated.reindex(columns=columns).astype(float)
        grid = grid.interpolate(method="index", axis=1, limit_direction="both")
        out = out.fillna(grid[period.years].mean(axis=1).reindex(index))
    return out
