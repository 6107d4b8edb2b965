"""Table readers: the published layouts (synthetic fixtures and the real files) and every bad input, by name."""
from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.datasets import HOMICIDES, POPULATION_CENSUS, POPULATION_CONAPO
from vdto_targeting.core import sources
from vdto_targeting.core.sources import ImportProblem

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
LONG_HEADER = "cvegeo,year,month,homicides\n"


def long_csv(body: str, header: str = LONG_HEADER, encoding: str = "utf-8") -> bytes:
    return (header + body).encode(encoding)


# ------------------------------------------------------------------------------------------------ good layouts
def test_sesnsp_latin1_wide_months():
    table, report = sources.read_homicides(FIXTURES / "sesnsp_municipal_synthetic_latin1.csv")
    assert report.encoding == "utf-8" or report.encoding in ("cp1252", "latin-1")
    juarez = table[(table.cvegeo == "08037") & (table.year == 2019)].set_index("month").homicides
    # doloso rows summed (firearm + blade), culposo left out; "1,005" read as 1005
    assert juarez[1] == 105 and juarez[12] == 1005 + 6
    assert table[table.cvegeo == "08037"].name.iloc[0] == "Juárez"
    assert set(table[table.year == 2020].month) == {1, 2, 3}  # empty months are not published yet
    assert any("2020-04" in note for note in report.notes)
    assert [u["code"] for u in report.unmatched] == ["8998"]  # "Otros municipios" reported, not dropped silently
    assert report.unmatched[0]["name"] == "Otros municipios"


def test_sesnsp_short_municipal_key_joined_with_state():
    months = ",".join(m.capitalize() for m in sources.MONTHS_ES)
    text = (f"Año;Clave_Ent;Cve. Municipio;Municipio;Subtipo de delito;{months.replace(',', ';')}\n"
            "2021;8;37;Juárez;Homicidio doloso;" + ";".join(["1"] * 12) + "\n"
            "2021;8;19.0;Chihuahua;Homicidio doloso;" + ";".join(["2"] * 12) + "\n")
    table, _ = sources.read_homicides(text.encode("cp1252"))
    assert table.groupby("cvegeo").homicides.sum().to_dict() == {"08019": 24, "08037": 12}


def test_sesnsp_other_crime_and_missing_crime():
    table, _ = sources.read_sesnsp_wide(FIXTURES / "sesnsp_municipal_synthetic_latin1.csv", "Homicidio culposo")
    assert table.homicides.sum() == 7 * 12
    with pytest.raises(ImportProblem, match=r"no row has the crime 'Feminicidio'.*choose the crime name"):
        sources.read_sesnsp_wide(FIXTURES / "sesnsp_municipal_synthetic_latin1.csv", "Feminicidio")


def test_long_semicolon_bom_blank_rows_and_thousands():
    table, report = sources.read_homicides(FIXTURES / "inegi_long_synthetic_semicolon_bom.csv")
    assert report.encoding == "utf-8-sig" and report.separator == ";"
    assert list(table.cvegeo) == ["08037", "08037", "08019", "08019"]
    assert list(table.homicides) == [10, 12, 3, 1234]
    assert any("blank" in note for note in report.notes)
    assert table.loc[5, "cvegeo"] == "08019"  # index = spreadsheet row number (header is row 1)


@pytest.mark.slow  # national files
def test_real_inegi_panel_matches_pandas(shared_data):
    table, report = sources.read_homicides(shared_data / HOMICIDES)
    reference = pd.read_csv(shared_data / HOMICIDES, dtype={"cvegeo": str})
    assert len(table) == len(reference) == 651_288 and not report.unmatched
    assert table.homicides.sum() == reference.homicides.sum() == 449_679
    juarez = table[(table.cvegeo == "08037") & table.year.between(2006, 2012)].groupby("year").homicides.sum()
    assert list(juarez) == [219, 200, 1620, 2399, 3747, 2281, 839]  # the README's sanity check


@pytest.mark.slow  # national files
def test_real_population_files(shared_data):
    census, _ = sources.read_population(shared_data / POPULATION_CENSUS)
    assert census[census.year == 2020]["pop"].sum() == 126_014_024
    conapo, _ = sources.read_population(shared_data / POPULATION_CONAPO)
    assert conapo[conapo.year == 2010]["pop"].sum() == 114_756_059
    period = sources.Period(2019, 2021)
    mean = sources.period_population(census, ["01001", "02007"], period)
    c = census[census.cvegeo == "01001"].set_index("year")["pop"]
    expected = np.mean([c[2015] + (c[2020] - c[2015]) * 4 / 5, c[2020], c[2020]])  # 2021 held at 2020
    assert mean["01001"] == pytest.approx(expected) and np.isnan(mean["02007"])


def test_aggregate_period_and_missing_months():
    table, _ = sources.read_homicides(long_csv("01001,2020,1,2\n01001,2020,2,3\n01002,2020,1,1\n"
                                               "01001,2021,1,5\n01001,2019,12,9\n"))
    out, notes = sources.aggregate_period(table, ["01001", "01002", "01003"], sources.Period(2020, 2021, 1, 2))
    assert out.loc["01001", "homicides"] == 10 and out.loc["01001", "hom_2020"] == 5
    assert out.loc["01003", "homicides"] == 0
    assert any("01003" in n for n in notes) and any("01002 (1/4)" in n for n in notes)
    with pytest.raises(ImportProblem, match="no rows for 2000-2001"):
        sources.aggregate_period(table, ["01001"], sources.Period(2000, 2001))


def test_gzip_and_dataframe_sources():
    raw = long_csv("1001,2020,1,4\n")
    table, _ = sources.read_homicides(gzip.compress(raw))
    assert table.cvegeo.tolist() == ["01001"]
    frame = pd.DataFrame({"CVEGEO": [1001.0], "Year": [2020], "Month": [1], "Homicides": [4]})
    assert sources.read_homicides(frame)[0].homicides.tolist() == [4]


# ------------------------------------------------------------------------------------------------ bad inputs
BAD_HOMICIDES = {
    "negative count": (long_csv("01001,2020,1,-3\n"), r"row 2 is negative"),
    "non-numeric count": (long_csv("01001,2020,1,many\n"), r"row 2 is 'many', not a whole number"),
    "decimal count": (long_csv("01001,2020,1,2.5\n"), r"row 2 is '2.5', not a whole number"),
    "empty count": (long_csv("01001,2020,1,\n"), r"row 2 is empty.*fill in"),
    "duplicated municipality-month": (long_csv("01001,2020,1,1\n01002,2020,1,1\n1001,2020,1,2\n"),
                                      r"rows 2 and 4 both give municipality 01001"),
    "month 13": (long_csv("01001,2020,13,1\n"), r"month on row 2 is 13, out of range"),
    "year 20": (long_csv("01001,20,1,1\n"), r"year on row 2 is 20"),
    "truncated row": (long_csv("01001,2020,1,1\n01002,2020\n"), r"row 3 has fewer fields.*truncated"),
    "extra field": (long_csv("01001,2020,1,1,9,9\n"), r"more fields than the header"),
    "no count column": (long_csv("01001,2020,1\n", "cvegeo,year,month\n"), r"no homicide count column"),
    "no key column": (long_csv("2020,1,1\n", "year,month,homicides\n"), r"no municipal key column"),
    "all codes malformed": (long_csv("ABC,2020,1,1\n99999,2020,1,1\n"), r"no usable homicide rows"),
    "header only": (long_csv(""), r"no data rows"),
    "empty file": (b"", r"empty"),
    "utf-16": ("cvegeo,year\n".encode("utf-16"), r"UTF-16 or binary"),
    "damaged gzip": (gzip.compress(long_csv("01001,2020,1,1\n"))[:25], r"damaged gzip"),
    "repeated header": (long_csv("01001,2020,1,1\n", "cvegeo,year,month,homicides,Year\n"), r"repeats the column"),
    "huge number": (long_csv("01001,2020,1," + "9" * 400 + "\n"), r"too large|not a whole number"),
}


@pytest.mark.parametrize("case", sorted(BAD_HOMICIDES))
def test_bad_homicide_tables_are_refused_naming_row_and_fix(case):
    data, pattern = BAD_HOMICIDES[case]
    with pytest.raises(ImportProblem, match=pattern) as info:
        sources.read_homicides(data)
    assert ":" in str(info.value)  # problem, then the fix after the colon


def test_malformed_code_is_reported_with_name_not_dropped():
    table, report = sources.read_homicides(long_csv("01001,2020,1,1,Aguascalientes\nXYZ,2020,1,1,Nowhere\n",
                                                    "cvegeo,year,month,homicides,nom_mun\n"))
    assert len(table) == 1
    assert report.unmatched == [{"row": 3, "code": "XYZ", "name": "Nowhere",
                                 "reason": "not a 5-digit INEGI municipal key"}]


def test_unmatched_codes_reported_with_code_and_name():
    table, report = sources.read_homicides(long_csv("01001,2020,1,1,A\n02007,2020,1,1,San Felipe\n",
                                                    "cvegeo,year,month,homicides,nom_mun\n"))
    kept = sources.unmatched_codes(table, {"01001"}, report)
    assert kept.cvegeo.tolist() == ["01001"]
    assert report.unmatched[0]["code"] == "02007" and report.unmatched[0]["name"] == "San Felipe"


BAD_POPULATION = {
    "zero population": (b"cvegeo,year,pop_total\n01001,2020,0\n", r"population on row 2 is zero.*01001"),
    "negative population": (b"cvegeo,year,pop_total\n01001,2020,-5\n", r"negative"),
    "duplicated year": (b"cvegeo,year,pop_total\n01001,2020,5\n01001,2020,6\n", r"rows 2 and 3 both give"),
    "text population": (b"cvegeo,year,pop_total\n01001,2020,n/a\n", r"'n/a', not a number"),
    "no population column": (b"cvegeo,year\n01001,2020\n", r"no population column"),
}


@pytest.mark.parametrize("case", sorted(BAD_POPULATION))
def test_bad_population_tables(case):
    data, pattern = BAD_POPULATION[case]
    with pytest.raises(ImportProblem, match=pattern):
        sources.read_population(data)


def test_population_latin1_semicolon_thousands_state_and_muni_columns():
    data = "cve_ent;cve_mun;nom_mun;pob_total\n1;1;Aguascalientes;\"948.990\"\n08;037;Juárez;1 512 450\n"
    table, report = sources.read_population(data.encode("latin-1"))
    assert report.encoding in ("cp1252", "latin-1")
    assert table.cvegeo.tolist() == ["01001", "08037"] and table["pop"].tolist() == [948_990, 1_512_450]
    assert table.name.tolist()[1] == "Juárez" and (table.year == 0).all()


def test_period_checks():
    with pytest.raises(ImportProblem, match="start year must not be after"):
        sources.Period(2021, 2019).check()
    with pytest.raises(ImportProblem, match="months 5-2"):
        sources.Period(2019, 2019, 5, 2).check()


def test_whitespace_only_and_separator_only_rows_are_blank_rows():
    table, report = sources.read_homicides(long_csv("01001,2020,1,1\n   \n,,,\n01002,2020,1,2\n"))
    assert table.cvegeo.tolist() == ["01001", "01002"] and list(table.index) == [2, 5]
    assert report.notes == ["2 blank row(s) ignored"]


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ImportProblem, match=r"does not exist.*choose an existing CSV"):
        sources.read_homicides(tmp_path / "nope.csv")
    with pytest.raises(ImportProblem, match=r"does not exist or is not a file"):
        sources.read_population(tmp_path)


def test_unreadable_file(tmp_path):
    """A file that exists but cannot be read, even by root (reading /proc/self/mem at offset 0 fails with EIO)."""
    with pytest.raises(ImportProblem, match=r"cannot be read.*may read it"):
        sources.read_homicides("/proc/self/mem")
