"""Property-based fuzzing of every CSV/table importer: ≥ 500 generated files each, and the only exception an
analyst can ever see is :class:`ImportProblem` (whose message names the problem and the fix).

When parsing succeeds, what was parsed is checked too: every municipality-month once, years and months in range
and written in the input, and, for files generated from a known panel in any separator, encoding, key spelling and
line ending, exactly that panel back (``test_long_panel_round_trip``).
"""
from __future__ import annotations

import gzip

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vdto_targeting.core import sources
from vdto_targeting.core.codes import normalize_cvegeo
from vdto_targeting.core.sources import ImportProblem

COLUMNS = ["cvegeo", "year", "month", "homicides", "pop_est", "nom_mun", "Año", "Cve. Municipio", "Clave_Ent",
           "Municipio", "Subtipo de delito", "Tipo de delito", "pop_total", "cve_ent", "cve_mun", "CVEGEO"] + \
          [m.capitalize() for m in sources.MONTHS_ES]
CELLS = st.one_of(
    st.sampled_from(["01001", "1001", "8037", "08037", "32058", "99999", "00000", "2019", "2020", "1", "12", "13",
                     "0", "-3", "2.5", "1,234", "1.234", "1 234", "", " ", "Homicidio doloso", "Juárez", "NaN",
                     "inf", "1e5", "\"a,b\"", "\"", "nan", "None", "9" * 30, "Homicidio culposo", "01001.0"]),
    st.integers(-10, 10 ** 7).map(str),
    st.text(max_size=12),
)


@st.composite
def csv_files(draw) -> bytes:
    header = draw(st.lists(st.sampled_from(COLUMNS), min_size=1, max_size=18))
    if draw(st.booleans()):  # often a plausible complete header
        header = draw(st.sampled_from([["cvegeo", "year", "month", "homicides", "pop_est"],
                                       ["cvegeo", "year", "pop_total", "nom_mun"],
                                       ["Año", "Clave_Ent", "Cve. Municipio", "Municipio", "Subtipo de delito"]
                                       + [m.capitalize() for m in sources.MONTHS_ES]])) + header[:1]
    sep = draw(st.sampled_from(sources.SEPARATORS))
    rows = draw(st.lists(st.lists(CELLS, min_size=max(0, len(header) - 2), max_size=len(header) + 1),
                         max_size=12))
    if draw(st.booleans()) and rows:
        rows[0] = ["Homicidio doloso" if h == "Subtipo de delito" else "2019" if h in ("year", "Año")
                   else "1001" if "cve" in h.lower() else "1" for h in header]
    text = "\n".join(sep.join(r) for r in [header] + rows) + draw(st.sampled_from(["", "\n", "\r\n", "\n\n"]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "cp1252"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.integers(0, 9)) == 0:
        data = data[:draw(st.integers(0, len(data)))]  # truncated file
    if draw(st.integers(0, 9)) == 0:
        data = gzip.compress(data)
    return data


FILES = st.one_of(csv_files(), csv_files(), csv_files(), st.binary(max_size=600))
pytestmark = pytest.mark.slow  # 500 generated files per property
FUZZ = settings(max_examples=500, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _input_text(data) -> str:
    """The input as the readers see it: decoded text of a file, or every cell of a table layer."""
    if isinstance(data, pd.DataFrame):
        return " ".join(str(v) for v in data.to_numpy().ravel())
    return sources.decode_bytes(data)[0]


def _check_homicides(table: pd.DataFrame, data) -> None:
    assert set(["cvegeo", "year", "month", "homicides"]) <= set(table.columns)
    assert table.cvegeo.map(normalize_cvegeo).eq(table.cvegeo).all()
    assert table.month.between(1, 12).all() and (table.homicides >= 0).all()
    # what was parsed: one row per municipality-month, from years the input wrote (nothing invented)
    assert not table.duplicated(["cvegeo", "year", "month"]).any()
    assert table.year.between(1900, 2100).all()
    text = _input_text(data)
    assert all(str(year) in text for year in table.year.unique())


def _run(reader, data):
    try:
        result = reader(data)
    except ImportProblem as problem:
        assert str(problem) and ":" in str(problem)
        return None
    return result


@FUZZ
@given(FILES)
def test_fuzz_long_homicides(data):
    result = _run(sources.read_homicides_long, data)
    if result is not None:
        _check_homicides(result[0], data)


@FUZZ
@given(FILES)
def test_fuzz_sesnsp(data):
    result = _run(sources.read_sesnsp_wide, data)
    if result is not None:
        _check_homicides(result[0], data)


@FUZZ
@given(FILES)
def test_fuzz_homicides_dispatch(data):
    result = _run(sources.read_homicides, data)
    if result is not None:
        _check_homicides(result[0], data)


@FUZZ
@given(FILES)
def test_fuzz_population(data):
    result = _run(sources.read_population, data)
    if result is not None:
        table = result[0]
        assert (table["pop"] > 0).all() and table.cvegeo.map(normalize_cvegeo).eq(table.cvegeo).all()


@FUZZ
@given(FILES)
def test_fuzz_generic_table(data):
    result = _run(sources.read_table, data)
    if result is not None:
        # a frame of text cells, rows numbered as a spreadsheet shows them (header = row 1), blank rows dropped
        assert isinstance(result, pd.DataFrame)
        assert all(isinstance(v, str) for v in result.to_numpy().ravel())
        assert result.index.is_monotonic_increasing and result.index.is_unique
        assert len(result) == 0 or result.index.min() >= 2
        text = _input_text(data)
        assert len(result) <= max(len(text.splitlines()) - 1, 0)
        assert all(any(v.strip() for v in row) for row in result.itertuples(index=False))


@pytest.mark.parametrize("text", ["cvegeo,year,month,homicides\n\"01001,2020,1,1\n", "a\x00b,c\n1,2\n",
                                  "cvegeo,year,month,homicides\n" + "x" * 200_000 + ",1,1,1\n"])
def test_fuzz_found_edge_cases(text):
    _run(sources.read_homicides, text.encode())


VALUES = st.one_of(st.none(), st.integers(-5, 10 ** 6), st.floats(allow_nan=True, allow_infinity=True),
                   st.sampled_from(["01001", "1001", "08037", "x", "", "1,234", "2019", "12"]), st.text(max_size=6))


@st.composite
def table_layers(draw) -> pd.DataFrame:
    """What a QGIS table layer hands over: typed columns, NULLs, numbers where text was expected."""
    columns = draw(st.lists(st.sampled_from(COLUMNS), min_size=1, max_size=8, unique=True))
    if draw(st.booleans()):
        columns = list(dict.fromkeys(["cvegeo", "year", "month", "homicides", "pop_total"] + columns))
    rows = draw(st.lists(st.lists(VALUES, min_size=len(columns), max_size=len(columns)), max_size=10))
    return pd.DataFrame(rows, columns=columns, dtype=object)


@FUZZ
@given(table_layers())
def test_fuzz_table_layer_homicides(frame):
    result = _run(sources.read_homicides, frame)
    if result is not None:
        _check_homicides(result[0], frame)


@FUZZ
@given(table_layers())
def test_fuzz_table_layer_population(frame):
    result = _run(sources.read_population, frame)
    if result is not None:
        assert (result[0]["pop"] > 0).all()


@st.composite
def long_panels(draw):
    """A known long panel and a file writing it: any separator, encoding, line ending, BOM, gzip, and the key
    written as INEGI does (``01001``) or as spreadsheets leave it (``1001``)."""
    keys = draw(st.lists(st.tuples(st.integers(1, 32), st.integers(1, 995), st.integers(1990, 2030),
                                   st.integers(1, 12)), min_size=1, max_size=25, unique=True))
    counts = draw(st.lists(st.integers(0, 10 ** 6), min_size=len(keys), max_size=len(keys)))
    with_pop = draw(st.booleans())
    pops = draw(st.lists(st.integers(1, 2 * 10 ** 6), min_size=len(keys), max_size=len(keys)))
    sep = draw(st.sampled_from(sources.SEPARATORS))
    strip_zero = draw(st.booleans())
    header = ["cvegeo", "year", "month", "homicides"] + (["pop_est"] if with_pop else [])
    lines = [sep.join(header)]
    for (state, muni, year, month), count, pop in zip(keys, counts, pops):
        code = f"{state:02d}{muni:03d}"
        cells = [code.lstrip("0") if strip_zero else code, str(year), str(month), str(count)]
        lines.append(sep.join(cells + ([str(pop)] if with_pop else [])))
    ending = draw(st.sampled_from(["\n", "\r\n"]))
    text = ending.join(lines) + draw(st.sampled_from(["", ending, ending * 2]))
    data = text.encode(draw(st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "cp1252"])))
    if draw(st.booleans()):
        data = gzip.compress(data)
    expected = pd.DataFrame({"cvegeo": [f"{s:02d}{m:03d}" for s, m, _, _ in keys],
                             "year": [k[2] for k in keys], "month": [k[3] for k in keys], "homicides": counts,
                             "pop": [float(p) for p in pops] if with_pop else [float("nan")] * len(keys)},
                            index=pd.RangeIndex(2, len(keys) + 2))
    return data, expected


@FUZZ
@given(long_panels())
def test_long_panel_round_trip(case):
    """Parsing succeeds and gives back exactly the panel the file was written from, row numbers included."""
    data, expected = case
    for reader in (sources.read_homicides_long, sources.read_homicides):
        table, report = reader(data)
        got = table[["cvegeo", "year", "month", "homicides", "pop"]]
        pd.testing.assert_frame_equal(got, expected, check_dtype=False)
        assert not report.unmatched
