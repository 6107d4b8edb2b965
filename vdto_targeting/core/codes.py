"""INEGI municipal keys (CVEGEO): one canonical 5-character text form.

Spreadsheets turn ``01001`` into the integer ``1001`` (or ``1001.0``), SESNSP splits the key into state and
municipality columns, and some files carry spaces or non-breaking spaces. Every join in the plugin goes through
:func:`normalize_cvegeo` so that the same municipality always has the same key.
"""
from __future__ import annotations

import re
from typing import Optional

_DIGITS = re.compile(r"^\d{1,5}$")
_FLOAT_INT = re.compile(r"^(\d{1,5})\.0*$")


class CodeError(ValueError):
    """A municipal key that cannot be a CVEGEO; the message says which value and how to fix it."""


def _clean(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        if value.is_integer():
            return str(int(value))
        return repr(value)
    text = str(value).replace("\u00a0", " ").replace("\ufeff", "").strip().strip("'\"").strip()
    match = _FLOAT_INT.match(text)
    return match.group(1) if match else text


def normalize_cvegeo(value: object) -> Optional[str]:
    """Return the 5-digit key for ``value`` (``1001`` → ``"01001"``), or ``None`` when it is not a municipal key.

    Why ``None`` rather than an exception: importers report every unmatched row together, with its name, instead
    of stopping at the first one.
    """
    text = _clean(value)
    if not _DIGITS.match(text):
        return None
    code = text.zfill(5)
    state = int(code[:2])
    if not 1 <= state <= 32 or code[2:] == "000" or int(code[2:]) >= 996:
        return None  # x000 is a state total; 996-999 are "other / unspecified" rows in SESNSP files
    return code


def join_state_municipality(state: object, municipality: object) -> Optional[str]:
    """Join a state key (1–32) and a municipal key (1–999) as INEGI does: ``"08" + "037"``."""
    state_text, muni_text = _clean(state), _clean(municipality)
    if not (state_text.isdigit() and muni_text.isdigit()) or len(state_text) > 2 or len(muni_text) > 3:
        return None
    return normalize_cvegeo(state_text.zfill(2) + muni_text.zfill(3))


def require_cvegeo(value: object, where: str = "") -> str:
    """Like :func:`normalize_cvegeo` but raise :class:`CodeError` naming the value, for single-value inputs."""
    code = normalize_cvegeo(value)
    if code is None:
        raise CodeError(
            f"{value!r}{(' ' + where) if where else ''} is not an INEGI municipal key: use the 5-digit CVEGEO "
            "(2-digit state 01-32 followed by the 3-digit municipality, e.g. 08037)")
    return code
