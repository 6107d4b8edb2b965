"""Field names and values as every reader sees them: the one field picker and the one attribute-value conversion.

Light on purpose (no numpy): Processing modules import it at start-up.
"""
from __future__ import annotations

from typing import Any, Dict, Optional, Sequence


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


def plain_value(value: Any) -> Any:
    """QGIS NULL → None; QDate/QDateTime → ISO text; everything else unchanged."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if hasattr(value, "toString") and hasattr(value, "year"):
        return value.toString("yyyy-MM-dd")
    if hasattr(value, "date") and hasattr(value, "toString"):
        return value.date().toString("yyyy-MM-dd")
    return value


def chosen_or_picked(names: Sequence[str], chosen: str, candidates: Sequence[str]) -> str:
    """The field the analyst chose, else :func:`pick_field`'s; "" when neither."""
    return chosen or pick_field(names, candidates) or ""
