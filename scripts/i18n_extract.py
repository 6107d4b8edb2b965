#!/usr/bin/env python3
"""Add to the Spanish ``.ts`` the two kinds of message pylupdate5 cannot see, in the context the plugin uses.

pylupdate5 reads ``self.tr("…")`` (context: the enclosing class), a bare ``tr("…")`` ("@default"),
``translate("Context", "…")`` and ``QT_TRANSLATE_NOOP("Context", "…")`` — the marker the sources put on every string
written away from where it is translated (tables of names, labels passed on; see ``vdto_targeting/i18n.py``). It
cannot see:

* refusals: ``raise self.fail("…", value)``, which ``VdtoAlgorithm.fail`` translates with ``VdtoAlgorithm.tr``:
  context the algorithm class the call is written in, or "VdtoAlgorithm" for another receiver (``alg.fail`` in a
  shared helper); likewise ``alg.tr("…")`` in the processing helpers (pylupdate5 would file it under "alg");
* the algorithms' ``DISPLAY`` and ``HELP`` class attributes, which ``VdtoAlgorithm.displayName``/``shortHelpString``
  translate in the context "VdtoAlgorithm".

A refusal's message must be a string literal at the call; ``--verbose`` lists the calls whose message is not.

``make translate`` runs pylupdate5 (keeping obsolete messages, so their translations are not lost), then this script:
messages it extracts are added (unfinished) or revived from obsolete with their translation; every remaining obsolete
message is removed; the file is written sorted (contexts by name, messages by source) so the result is deterministic.
``--check`` changes nothing: it runs pylupdate5 on a temporary copy (when installed) and this extraction, and fails
when the ``.ts`` is missing messages or holds obsolete ones.
"""
from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess  # nosec B404 - runs pylupdate5 on a temporary copy in --check mode
import sys
import tempfile
import xml.etree.ElementTree as ET  # nosec B405 - our own .ts file
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Set, Tuple

REPO = Path(__file__).resolve().parents[1]
PACKAGE = "vdto_targeting"
DEFAULT_TS = REPO / "i18n" / "vdto_targeting_es.ts"
BASE = "VdtoAlgorithm"
CLASS_TEXTS = ("DISPLAY", "HELP")   # algorithm class attributes translated in BASE's context

Key = Tuple[str, str]  # (context, source)
Found = Dict[Key, Tuple[str, int]]  # (context, source) -> (file, line) where it is written


def _base_names(node: ast.ClassDef) -> List[str]:
    return [b.id if isinstance(b, ast.Name) else b.attr for b in node.bases if isinstance(b, (ast.Name, ast.Attribute))]


def algorithm_classes(trees: Sequence[ast.Module]) -> Set[str]:
    """``VdtoAlgorithm`` and every class deriving from it, by name, across the package."""
    bases = {node.name: set(_base_names(node)) for tree in trees for node in ast.walk(tree)
             if isinstance(node, ast.ClassDef)}
    found, grown = {BASE}, True
    while grown:
        new = {name for name, parents in bases.items() if name not in found and parents & found}
        found |= new
        grown = bool(new)
    return found


def _string(node: Optional[ast.expr]) -> Optional[str]:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class Constants:
    """Module-level string constants of the package (``HELP = "…" + PRECISION_HELP``), followed through imports."""

    def __init__(self, trees: Dict[str, ast.Module]) -> None:
        self.values: Dict[Tuple[str, str], ast.expr] = {}
        self.imports: Dict[Tuple[str, str], Tuple[str, str]] = {}
        for name, tree in trees.items():
            package = name.rsplit(".", 1)[0]
            for node in tree.body:
                if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                    self.values[(name, node.targets[0].id)] = node.value
                elif isinstance(node, ast.ImportFrom) and node.level:
                    origin = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1]
                                      + ([node.module] if node.module else []))
                    for alias in node.names:
                        self.imports[(name, alias.asname or alias.name)] = (origin, alias.name)

    def text(self, module: str, expr: ast.expr) -> Optional[str]:
        """The string ``expr`` is: a literal, a constant's name, a sum of those, ``x.replace("…", "…")``."""
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
            left, right = self.text(module, expr.left), self.text(module, expr.right)
            return None if left is None or right is None else left + right
        if isinstance(expr, ast.Name):
            key = (module, expr.id)
            while key not in self.values and key in self.imports:
                key = self.imports[key]
            return self.text(key[0], self.values[key]) if key in self.values else None
        if (isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) and expr.func.attr == "replace"
                and len(expr.args) == 2 and all(_string(a) is not None for a in expr.args)):
            base = self.text(module, expr.func.value)
            return None if base is None else base.replace(_string(expr.args[0]) or "", _string(expr.args[1]) or "")
        return _string(expr)


class Extractor(ast.NodeVisitor):
    """Walks one module, remembering the enclosing class, and records refusals and DISPLAY/HELP texts."""

    def __init__(self, rel: str, algorithms: Set[str], constants: Constants, found: Found,
                 unresolved: List[str]) -> None:
        self.rel, self.algorithms, self.constants, self.found, self.unresolved = (rel, algorithms, constants, found,
                                                                                  unresolved)
        self.module = rel[:-3].replace("/", ".")
        self.in_processing = rel.startswith(f"{PACKAGE}/processing/")
        self.classes: List[str] = []

    def add(self, context: str, text: str, line: int) -> None:
        if text:
            self.found.setdefault((context, text), (self.rel, line))

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast.NodeVisitor's naming
        if node.name in self.algorithms:
            for stmt in node.body:
                if isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id in CLASS_TEXTS
                                                        for t in stmt.targets):
                    text = self.constants.text(self.module, stmt.value)
                    if text is None:
                        self.unresolved.append(f"{self.rel}:{stmt.lineno}: {ast.unparse(stmt)[:100]}")
                    self.add(BASE, text or "", stmt.lineno)
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast.NodeVisitor's naming
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in ("fail", "tr") and node.args:
            context = self.context(func.value, func.attr)
            if context:
                text = _string(node.args[0])
                if text is None:
                    self.unresolved.append(f"{self.rel}:{node.lineno}: {ast.unparse(node)[:100]}")
                else:
                    self.add(context, text, node.lineno)
        self.generic_visit(node)

    def context(self, receiver: ast.expr, method: str) -> str:
        """Where ``receiver.fail``/``receiver.tr`` is looked up, or "" when pylupdate5 files it (or it is not ours)."""
        own = isinstance(receiver, ast.Name) and receiver.id in ("self", "cls")
        if own:   # self.tr: pylupdate5's; self.fail: the algorithm class written in
            inside = self.classes[-1] if self.classes else ""
            return inside if method == "fail" and inside in self.algorithms else ""
        if isinstance(receiver, ast.Name) and receiver.id in self.algorithms:
            return receiver.id if method == "fail" else ""   # VdtoAlgorithm.tr("…"): pylupdate5 files it there
        if method == "tr" and not self.in_processing:
            return ""   # widget.tr() outside the algorithms is Qt's own
        return BASE   # alg.fail / alg.tr / self.algorithm.fail in a shared helper


def source_files() -> List[Path]:
    return sorted((REPO / PACKAGE).rglob("*.py"))


def extract(files: Sequence[Path], unresolved: Optional[List[str]] = None) -> Found:
    """Every (context, source) pylupdate5 cannot see, with where it is written."""
    rels = {path: path.relative_to(REPO).as_posix() for path in files}
    trees = {rel: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path, rel in rels.items()}
    algorithms = algorithm_classes(list(trees.values()))
    constants = Constants({rel[:-3].replace("/", ".").removesuffix(".__init__"): tree for rel, tree in trees.items()})
    found: Found = {}
    for rel, tree in trees.items():
        Extractor(rel, algorithms, constants, found, unresolved if unresolved is not None else []).visit(tree)
    return found


# ------------------------------------------------------------------------------------------------- .ts files
def message_key(context: ET.Element, message: ET.Element) -> Key:
    return (context.findtext("name") or "", message.findtext("source") or "")


def read_ts(path: Path) -> ET.ElementTree:
    return ET.parse(path)  # nosec B314 - our own translation file


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write in pylupdate5's layout, contexts sorted by name and messages by source: the same input gives the
    same bytes."""
    root = tree.getroot()
    attrs = "".join(f' {k}="{_escape(v)}"' for k, v in root.attrib.items())
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{attrs}>"]
    for context in sorted(root.findall("context"), key=lambda c: c.findtext("name") or ""):
        messages = sorted(context.findall("message"),
                          key=lambda m: (m.findtext("source") or "", m.findtext("comment") or ""))
        if not messages:
            continue
        lines += ["<context>", f"    <name>{_escape(context.findtext('name') or '')}</name>"]
        for message in messages:
            lines.append("    <message>")
            for location in message.findall("location"):
                lines.append(f'        <location filename="{_escape(location.get("filename", ""))}" '
                             f'line="{location.get("line", "0")}"/>')
            lines.append(f"        <source>{_escape(message.findtext('source') or '')}</source>")
            for tag in ("comment", "extracomment"):
                if message.find(tag) is not None:
                    lines.append(f"        <{tag}>{_escape(message.findtext(tag) or '')}</{tag}>")
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            text = (translation.text or "") if translation is not None else ""
            type_attr = f' type="{kind}"' if kind else ""
            lines.append(f"        <translation{type_attr}>{_escape(text)}</translation>" if text
                         else f"        <translation{type_attr}></translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def unfinished(tree: ET.ElementTree) -> List[Key]:
    return [message_key(c, m) for c in tree.getroot().findall("context") for m in c.findall("message")
            if (m.find("translation") is None or m.find("translation").get("type") == "unfinished"
                or not (m.findtext("translation") or "").strip())]


def known_translations(root: ET.Element) -> Dict[str, str]:
    """Source → translation of every finished message (obsolete copies included): the same English translated
    elsewhere pre-fills a new message, which stays unfinished until someone accepts it (Qt lupdate's same-text
    heuristic)."""
    known: Dict[str, str] = {}
    for context in root.findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished" and (translation.text or "").strip():
                known.setdefault(message.findtext("source") or "", translation.text or "")
    return known


def merge(tree: ET.ElementTree, found: Found, ts_path: Path) -> Dict[str, int]:
    """Add ``found`` to the pylupdate5 output in ``tree``; revive obsolete ones; remove other obsolete messages."""
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    present: Dict[Key, ET.Element] = {}
    counts = {"added": 0, "revived": 0, "removed": 0}
    known = known_translations(root)
    for context in root.findall("context"):
        for message in list(context.findall("message")):
            key = message_key(context, message)
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                if key in found and key not in present:
                    translation.attrib.pop("type")
                    for location in message.findall("location"):  # pylupdate5 kept where it was last seen
                        message.remove(location)
                    if not (translation.text or "").strip():
                        translation.set("type", "unfinished")
                    counts["revived"] += 1
                else:
                    context.remove(message)
                    counts["removed"] += 1
                    continue
            present.setdefault(key, message)
    for (context_name, source), (rel, line) in sorted(found.items()):
        message = present.get((context_name, source))
        filename = os.path.relpath(REPO / rel, ts_path.parent).replace(os.sep, "/")
        if message is None:
            context = contexts.get(context_name)
            if context is None:
                context = ET.SubElement(root, "context")
                ET.SubElement(context, "name").text = context_name
                contexts[context_name] = context
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "location", {"filename": filename, "line": str(line)})
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation", {"type": "unfinished"}).text = known.get(source)
            present[(context_name, source)] = message
            counts["added"] += 1
        elif message.find("location") is None:
            message.insert(0, ET.Element("location", {"filename": filename, "line": str(line)}))
    for context in root.findall("context"):
        if not context.findall("message"):
            root.remove(context)
    return counts


def keys_of(tree: ET.ElementTree) -> Set[Key]:
    return {message_key(c, m) for c in tree.getroot().findall("context") for m in c.findall("message")}


def run_pylupdate(ts_path: Path) -> bool:
    exe = shutil.which("pylupdate5")
    if not exe:
        return False
    files = [str(p.relative_to(REPO)) for p in source_files()]
    subprocess.run([exe, *files, "-ts", str(ts_path)], cwd=REPO, check=True,  # nosec B603 - fixed arguments
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return True


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ts", nargs="?", default=str(DEFAULT_TS), help="the .ts file (after pylupdate5)")
    parser.add_argument("--check", action="store_true",
                        help="change nothing; fail when messages are missing or obsolete (runs pylupdate5 on a copy)")
    parser.add_argument("--strict", action="store_true", help="with --check, unfinished messages fail too")
    parser.add_argument("--verbose", action="store_true", help="list calls whose text cannot be followed")
    args = parser.parse_args(argv)
    ts_path = Path(args.ts).resolve()
    unresolved: List[str] = []
    found = extract(source_files(), unresolved)
    if args.verbose:
        for line in unresolved:
            print("not a literal (mark the text with QT_TRANSLATE_NOOP where it is written):", line)
    if not args.check:
        tree = read_ts(ts_path)
        counts = merge(tree, found, ts_path)
        write_ts(tree, ts_path)
        print(f"{ts_path.name}: {len(keys_of(tree))} messages, {len(unfinished(tree))} unfinished; "
              f"extracted {len(found)}, added {counts['added']}, revived {counts['revived']}, "
              f"removed {counts['removed']} obsolete")
        return 0
    current = read_ts(ts_path)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / ts_path.name
        shutil.copyfile(ts_path, copy)
        ran = run_pylupdate(copy)
        expected = read_ts(copy)
        merge(expected, found, copy)
    new = sorted(keys_of(expected) - keys_of(current))
    obsolete = sorted(keys_of(current) - keys_of(expected)) if ran else []
    todo = unfinished(current)
    for context, source in new:
        print(f"new: [{context}] {source}")
    for context, source in obsolete:
        print(f"obsolete: [{context}] {source}")
    if not ran:
        print("pylupdate5 not found: obsolete messages were not checked")
    print(f"{ts_path.name}: {len(new)} new, {len(obsolete)} obsolete, {len(todo)} unfinished")
    return 1 if new or obsolete or (args.strict and todo) else 0


if __name__ == "__main__":
    sys.exit(main())
