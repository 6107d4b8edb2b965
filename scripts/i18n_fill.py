#!/usr/bin/env python3
"""Apply new English → Spanish pairs to the ``.ts``; the ``.ts`` itself is where translations are kept.

    scripts/i18n_fill.py --dump unfinished.json          # {source: suggestion or ""} for every unfinished message
    scripts/i18n_fill.py pairs.json [more.json ...]      # fill the unfinished messages with these sources

A pair fills every unfinished message with that English source, in any context; ``--overwrite`` also replaces
finished translations (a correction). Placeholders ``{0}``, ``{1}``… must be the same on both sides, or the pair is
refused; algorithm ids (``vdto:...``) missing from the Spanish are reported.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Dict, List, Optional, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))
from i18n_extract import DEFAULT_TS, read_ts, unfinished, write_ts  # noqa: E402

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
ALGORITHM_ID = re.compile(r"\bvdto:[a-z_]+")


def problems(source: str, translation: str) -> List[str]:
    out = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        out.append("placeholders differ")
    if not translation.strip():
        out.append("empty translation")
    return out


def warnings(source: str, translation: str) -> List[str]:
    missing = set(ALGORITHM_ID.findall(source)) - set(ALGORITHM_ID.findall(translation))
    return [f"algorithm id {name} missing" for name in sorted(missing)]


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pairs", nargs="*", help="JSON files of {english: spanish}")
    parser.add_argument("--ts", default=str(DEFAULT_TS))
    parser.add_argument("--dump", metavar="JSON", help="write the unfinished sources (with suggestions) and stop")
    parser.add_argument("--overwrite", action="store_true", help="also replace finished translations")
    args = parser.parse_args(argv)
    ts_path = Path(args.ts)
    tree = read_ts(ts_path)
    messages = [(c.findtext("name") or "", m) for c in tree.getroot().findall("context") for m in c.findall("message")]
    if args.dump:
        todo: Dict[str, str] = {}
        for _context, message in messages:
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                todo.setdefault(message.findtext("source") or "", translation.text or "")
        Path(args.dump).write_text(json.dumps(todo, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                   encoding="utf-8")
        print(f"{len(todo)} unfinished sources written to {args.dump}")
        return 0
    table: Dict[str, str] = {}
    for name in args.pairs:
        table.update(json.loads(Path(name).read_text(encoding="utf-8")))
    refused = {source: problems(source, text) for source, text in table.items() if problems(source, text)}
    for source, why in refused.items():
        print(f"refused ({', '.join(why)}): {source[:90]!r}")
    filled, unused = 0, set(table) - set(refused)
    for _context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if source not in table or source in refused or translation is None:
            continue
        if translation.get("type") != "unfinished" and not args.overwrite:
            unused.discard(source)
            continue
        for warning in warnings(source, table[source]):
            print(f"warning ({warning}): {source[:90]!r}")
        translation.text = table[source]
        translation.attrib.pop("type", None)
        unused.discard(source)
        filled += 1
    write_ts(tree, ts_path)
    for source in sorted(unused):
        print(f"not in the .ts: {source[:90]!r}")
    print(f"filled {filled} messages; {len(unfinished(tree))} unfinished remain")
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main())
