"""CVEGEO normalisation: the forms real files use, and the values that must be refused."""
from __future__ import annotations

import pytest

from vdto_targeting.core.codes import CodeError, join_state_municipality, normalize_cvegeo, require_cvegeo


@pytest.mark.parametrize("value, expected", [
    ("08037", "08037"), (8037, "08037"), ("8037", "08037"), (1001, "01001"), (1001.0, "01001"), ("1001.0", "01001"),
    (" 01001 ", "01001"), ("\ufeff01001", "01001"), ("'01001", "01001"), ("\u00a032058", "32058"), (32058, "32058"),
])
def test_accepted_forms(value, expected):
    assert normalize_cvegeo(value) == expected


@pytest.mark.parametrize("value", [None, "", "abc", "123456", 33001, "33001", "00001", "01000", 1001.5, "1e3",
                                   float("nan"), "01-001", -1001, "9999", "99999"])
def test_refused_forms(value):
    assert normalize_cvegeo(value) is None


@pytest.mark.parametrize("state, muni, expected", [("08", "037", "08037"), (8, 37, "08037"), ("8", "37", "08037"),
                                                   ("1", "001", "01001"), (32, 58, "32058")])
def test_join_state_and_municipality(state, muni, expected):
    assert join_state_municipality(state, muni) == expected


@pytest.mark.parametrize("state, muni", [("33", "001"), ("08", "0037"), ("x", "1"), ("08", ""), ("123", "1")])
def test_join_refuses(state, muni):
    assert join_state_municipality(state, muni) is None


def test_require_names_value_and_fix():
    with pytest.raises(CodeError, match=r"'ABC'.*5-digit CVEGEO"):
        require_cvegeo("ABC")
