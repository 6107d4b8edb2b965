"""Field names and values as every reader sees them: the one field picker and the one attribute-value conversion.

Light on purpose (no numpy): Processing modules import it at start-up.
"""
from __future__ import annotations

import datetime
from typing import Any, Dict, Optional, Sequence

from qgis.PyQt.QtCore import QDate, QDateTime, QVariant


def pick_field(names: Sequence[str], candidates: Sequence[str]) -> Optional[str]:
    """The first candidate present in ``names``, spelled as the layer spells it.

    Candidates are tried in order; each matches its exact spelling first, then any other case (``CVEGEO`` for
    ``cvegeo``), so a layer with both spellings gives the one the candidate names.
    """
    lower: Dict[str, str] = {}
    for name in names:
        lower.setdefault(name.lower(), name)
    for candidate in candidates:
        if candidate in names:
            return candidate
        if candidate.lower() in lower:
            return lower[candidate.lower()]
    return None


def plain_value(value: Any, as_date: bool = False) -> Any:
    """An attribute value as plain Python: what every reader, key and written table takes from a feature.

    NULL (QGIS's NULL QVariant, None, an invalid QDate/QDateTime) → None; any other QVariant → the value it holds;
    QDate and QDateTime → their day, as ISO text ``yyyy-MM-dd`` (records, keys, text fields) or, with ``as_date``,
    as ``datetime.date`` (what ``core.dates`` reads without parsing text); everything else unchanged.
    """
    if isinstance(value, QVariant):
        value = None if value.isNull() else value.value()
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        if not value.isValid():
            return None
        return datetime.date(value.year(), value.month(), value.day()) if as_date else value.toString("yyyy-MM-dd")
    return value


def number_value(value: Any) -> float:
    """A count or population as float: NULL → 0.0 (nothing counted), unreadable → NaN (the caller names it)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return 0.0
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def chosen_or_picked(names: Sequence[str], chosen: str, candidates: Sequence[str]) -> str:
    """The field the analyst chose, else :func:`pick_field`'s; "" when neither."""
    return chosen or pick_field(names, candidates) or ""
