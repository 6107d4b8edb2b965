"""Organisation names: one spelling per organisation, and who counts as a VDTO.

Event datasets spell the same organisation many ways ("CJNG", "Jalisco Cartel New Generation", "Cártel Jalisco Nueva
Generación"), write coalitions as one actor ("Gulf Cartel, La Familia, Sinaloa Cartel") and mix in state forces,
civilians and unidentified groups. A ranking is only meaningful once each name resolves to one organisation and a
kind, so resolution goes through an editable alias table (the shipped CSV or the analyst's) plus a few patterns for
state forces, civilians and unidentified actors that ACLED-style sources spell with varying qualifiers.
Names the table does not know are kept under their own spelling and *reported*, never dropped: they are held as
"unidentified, for review" — listed, never ranked — unless the analyst accepts them (``accept_unknown``), in which
case they are ranked as organisations under their own spelling. No table ranks civilians, state forces or
unidentified actors: only the kind ``dto`` is ranked.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

# Kinds of actor (mirrored in definitions.ORG_KINDS for the UI; core/ imports nothing above itself).
ORG_KINDS = ["dto", "state", "civilian", "armed_group", "unidentified"]
DTO_KINDS = ["dto"]
REQUIRED_COLUMNS = ("alias", "organisation", "kind")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_NOT_WORD = re.compile(r"[^0-9a-z()\-, ]+")
_SPACES = re.compile(r"\s+")
# Patterns applied to the normalised key when the table has no entry (ACLED adds periods and branches to names).
_PATTERNS = [
    (re.compile(r"^(military|police|naval|navy|government|armed) forces? of mexico|^government of mexico"
                r"|^guardia nacional|^national guard|^sedena\b|^semar\b|^ejercito mexicano|^marina\b"), "state"),
    (re.compile(r"^civilians?\b"), "civilian"),
    (re.compile(r"^unidentified\b"), "unidentified"),
]
STATE_NAME = "Government of Mexico (state forces)"


def normalise(name: str) -> str:
    """A matching key: accents, case, dash styles and spacing do not distinguish organisations."""
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _DASHES.sub("-", text)
    text = _NOT_WORD.sub(" ", text)
    text = re.sub(r"\s*-\s*", " - ", text)
    return _SPACES.sub(" ", text).strip(" ,")


@dataclass(frozen=True)
class Actor:
    """One resolved organisation: canonical name, kind, and whether the alias table knew it."""

    name: str
    kind: str
    known: bool = True

    @property
    def ranked(self) -> bool:
        return self.kind in DTO_KINDS


class AliasError(ValueError):
    """The alias table itself is unusable (missing columns, unknown kind)."""


@dataclass
class AliasTable:
    """Normalised alias → Actor; remembers the raw names it could not resolve so they can be listed."""

    entries: dict = field(default_factory=dict)
    unknown: dict = field(default_factory=dict)
    accept_unknown: bool = False   # the analyst accepts names missing from the table as organisations

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, object]]) -> "AliasTable":
        table = cls()
        for number, row in enumerate(rows, start=2):
            keys = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
            missing = [c for c in REQUIRED_COLUMNS if c not in keys]
            if missing:
                raise AliasError(f"missing columns {', '.join(missing)}")
            alias = str(keys["alias"] or "").strip()
            organisation = str(keys["organisation"] or "").strip()
            kind = str(keys["kind"] or "").strip().lower() or "dto"
            if not alias or not organisation:
                continue
            if kind not in ORG_KINDS:
                raise AliasError(f"row {number} ({alias}): kind '{kind}' is not one of {', '.join(ORG_KINDS)}")
            table.entries[normalise(alias)] = Actor(organisation, kind, True)
            table.entries.setdefault(normalise(organisation), Actor(organisation, kind, True))
        return table

    @classmethod
    def from_csv(cls, path: "str | Path") -> "AliasTable":
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            header = [h.strip().lower() for h in (reader.fieldnames or [])]
            missing = [c for c in REQUIRED_COLUMNS if c not in header]
            if missing:
                raise AliasError(f"missing columns {', '.join(missing)}")
            return cls.from_rows(list(reader))

    def resolve_one(self, name: str) -> Actor:
        """Resolve a single organisation name (no coalition splitting)."""
        key = normalise(name)
        actor = self.entries.get(key)
        if actor is not None:
            return actor
        for pattern, kind in _PATTERNS:
            if pattern.search(key):
                return Actor(STATE_NAME if kind == "state" else str(name).strip(), kind, True)
        self.unknown[str(name).strip()] = self.unknown.get(str(name).strip(), 0) + 1
        # unknown names are for review (listed, not ranked) unless the analyst accepted them
        return Actor(str(name).strip(), "dto" if self.accept_unknown else "unidentified", False)

    def resolve(self, name: object) -> list[Actor]:
        """All organisations behind one actor field value; UCDP writes coalitions as "A, B, C"."""
        if name is None:
            return []
        text = str(name).strip()
        if not text or text.lower() in ("nan", "null", "none"):
            return []
        if normalise(text) in self.entries or "," not in text:
            return [self.resolve_one(text)]
        actors: list[Actor] = []
        for part in text.split(","):
            if part.strip():
                actor = self.resolve_one(part)
                if actor not in actors:
                    actors.append(actor)
        return actors


def default_alias_path() -> Path:
    """The shipped, editable alias table (resources/data/organisation_aliases.csv)."""
    here = Path(__file__).resolve().parent.parent
    for root in (here, here.parent):
        candidate = root / "resources" / "data" / "organisation_aliases.csv"
        if candidate.exists():
            return candidate
    return here.parent / "resources" / "data" / "organisation_aliases.csv"
