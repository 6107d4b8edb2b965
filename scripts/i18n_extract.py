#!/usr/bin/env python3
"""Add to the Spanish ``.ts`` the messages pylupdate5 cannot see, in the context the plugin looks them up at run time.

pylupdate5 reads ``self.tr("...")`` (context: the enclosing class), bare ``tr("...")`` ("@default"),
``X.tr("...")`` ("X") and ``translate("ctx", "...")``. It cannot see:

* refusals: ``raise self.fail("...", value)`` (and ``cls.fail``, ``alg.fail``, helpers that forward their message
  to ``fail``/``tr``), which ``VdtoAlgorithm.fail`` translates with ``VdtoAlgorithm.tr``;
* class attributes and constants translated through a variable: ``self.tr(self.DISPLAY)``, ``self.tr(self.HELP)``,
  ``self.tr(GROUPS[self.GROUP])``, ``self.tr(name) for name in KERNEL_NAMES``, ``self.tr(label)`` where ``label`` is a
  parameter, and so on — a small resolver follows names to string literals (loops, parameters and their call sites,
  module constants and imports, class attributes of every subclass, dict values, ``str`` methods);
* helpers translating in a fixed context pylupdate5 does not know (``def _tr(text): return
  QCoreApplication.translate("VdtoCrs", text)``).

The context is the one ``VdtoAlgorithm.tr`` searches first: the class the call is written in when the receiver is
``self``/``cls`` of an algorithm class, otherwise "VdtoAlgorithm" (which every algorithm searches).

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
from itertools import product
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

REPO = Path(__file__).resolve().parents[1]
PACKAGE = "vdto_targeting"
DEFAULT_TS = REPO / "i18n" / "vdto_targeting_es.ts"
BASE = "VdtoAlgorithm"
ALGORITHM_ROOTS = ("tr",)  # VdtoAlgorithm.tr; fail() and other forwarders are found from it
STR_METHODS = {"replace", "title", "lower", "upper", "strip", "capitalize", "rstrip", "lstrip"}
NOOPS = {"QT_TRANSLATE_NOOP": 1, "QT_TRANSLATE_NOOP3": 1, "QT_TR_NOOP": 0, "QT_TRANSLATE_N_NOOP": 1}
MAX_DEPTH = 14

Key = Tuple[str, str]  # (context, source)


def _called(func: ast.expr) -> str:
    """The name a call is made by: ``translate`` for ``translate(...)`` and ``QCoreApplication.translate(...)``."""
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


# ----------------------------------------------------------------------------------------------- source model
class Module:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.rel = path.relative_to(REPO).as_posix()
        self.name = ".".join(path.relative_to(REPO).with_suffix("").parts)
        if self.name.endswith(".__init__"):
            self.name = self.name[: -len(".__init__")]
        self.tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        self.assigns: Dict[str, List[ast.expr]] = {}
        self.imports: Dict[str, Tuple[str, str]] = {}
        for node in self.tree.body:
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        self.assigns.setdefault(target.id, []).append(node.value)
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
                self.assigns.setdefault(node.target.id, []).append(node.value)
            elif isinstance(node, ast.ImportFrom):
                base = self._absolute(node)
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = (base, alias.name)

    def _absolute(self, node: ast.ImportFrom) -> str:
        if not node.level:
            return node.module or ""
        package = self.name.split(".")
        if not self.path.name == "__init__.py":
            package = package[:-1]
        package = package[: len(package) - (node.level - 1)]
        return ".".join(package + ([node.module] if node.module else []))


class Project:
    """Every module of the package, with parent links, classes and the translation helpers found in them."""

    def __init__(self, files: Sequence[Path]) -> None:
        self.modules: Dict[str, Module] = {}
        self.parent: Dict[int, ast.AST] = {}
        self.module_of: Dict[int, Module] = {}
        for path in files:
            module = Module(path)
            self.modules[module.name] = module
            for node in ast.walk(module.tree):
                self.module_of[id(node)] = module
                for child in ast.iter_child_nodes(node):
                    self.parent[id(child)] = node
        self.classes: Dict[str, List[ast.ClassDef]] = {}
        for module in self.modules.values():
            for node in ast.walk(module.tree):
                if isinstance(node, ast.ClassDef):
                    self.classes.setdefault(node.name, []).append(node)
        self.algorithms = self._subclasses_of(BASE)
        # helpers: key -> ("fixed", context) or ("algorithm", "") ; key is ("func", module, name) or
        # ("method", class, name); value also records the text argument's position
        self.helpers: Dict[Tuple[str, str, str], Tuple[str, str, int]] = {}
        for name in ALGORITHM_ROOTS:
            self.helpers[("method", BASE, name)] = ("algorithm", "", 0)
        self._find_helpers()
        self.unresolved: List[str] = []
        self.origin: Dict[str, Tuple[str, int]] = {}

    # -- classes
    @staticmethod
    def _base_names(node: ast.ClassDef) -> List[str]:
        names = []
        for base in node.bases:
            if isinstance(base, ast.Name):
                names.append(base.id)
            elif isinstance(base, ast.Attribute):
                names.append(base.attr)
        return names

    def _subclasses_of(self, root: str) -> Set[str]:
        found = {root}
        changed = True
        while changed:
            changed = False
            for name, nodes in self.classes.items():
                if name not in found and any(set(self._base_names(n)) & found for n in nodes):
                    found.add(name)
                    changed = True
        return found

    def _mro_names(self, name: str) -> List[str]:
        order, todo = [], [name]
        while todo:
            current = todo.pop(0)
            if current in order:
                continue
            order.append(current)
            for node in self.classes.get(current, []):
                todo.extend(self._base_names(node))
        return order

    def enclosing(self, node: ast.AST, kinds) -> Optional[ast.AST]:
        current = self.parent.get(id(node))
        while current is not None and not isinstance(current, kinds):
            current = self.parent.get(id(current))
        return current

    def enclosing_class(self, node: ast.AST) -> Optional[ast.ClassDef]:
        """The class whose method contains ``node`` (a nested function still belongs to it)."""
        return self.enclosing(node, ast.ClassDef)  # type: ignore[return-value]

    # -- helpers
    @staticmethod
    def _text_params(func: ast.FunctionDef, in_class: bool) -> List[str]:
        names = [a.arg for a in func.args.posonlyargs + func.args.args]
        is_static = any(isinstance(d, ast.Name) and d.id == "staticmethod" for d in func.decorator_list)
        if in_class and not is_static and names:
            names = names[1:]
        return names

    def _helper_key(self, func: ast.FunctionDef) -> Tuple[str, str, str]:
        owner = self.parent.get(id(func))
        if isinstance(owner, ast.ClassDef):
            return ("method", owner.name, func.name)
        return ("func", self.module_of[id(func)].name, func.name)

    def _find_helpers(self) -> None:
        functions = [n for m in self.modules.values() for n in ast.walk(m.tree)
                     if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
        changed = True
        while changed:
            changed = False
            for func in functions:
                key = self._helper_key(func)
                if key in self.helpers:
                    continue
                params = self._text_params(func, key[0] == "method")
                for call in (n for n in ast.walk(func) if isinstance(n, ast.Call)):
                    found = self._forwarding(call, params)
                    if found:
                        self.helpers[key] = found
                        changed = True
                        break

    def _forwarding(self, call: ast.Call, params: List[str]) -> Optional[Tuple[str, str, int]]:
        """If ``call`` translates one of ``params``, the helper kind this makes the enclosing function."""
        func = call.func
        if (_called(func) == "translate" and len(call.args) >= 2
                and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)
                and isinstance(call.args[1], ast.Name) and call.args[1].id in params):
            return ("fixed", call.args[0].value, params.index(call.args[1].id))
        target = self.helper_for_call(call)
        if target is None:
            return None
        kind, context, position = target
        arg = self.argument(call, position)
        if isinstance(arg, ast.Name) and arg.id in params:
            return (kind, context, params.index(arg.id))
        return None

    def helper_for_call(self, call: ast.Call) -> Optional[Tuple[str, str, int]]:
        func = call.func
        module = self.module_of[id(call)]
        if isinstance(func, ast.Name):
            origin = module.imports.get(func.id)
            key = ("func", origin[0], origin[1]) if origin else ("func", module.name, func.id)
            return self.helpers.get(key)
        if not isinstance(func, ast.Attribute):
            return None
        receiver = func.value
        if isinstance(receiver, ast.Name) and receiver.id in ("self", "cls"):
            cls = self.enclosing_class(call)
            names = self._mro_names(cls.name) if cls is not None else []
        elif isinstance(receiver, ast.Name) and receiver.id in self.classes:
            names = self._mro_names(receiver.id)
        else:
            names = []
        for name in names:
            helper = self.helpers.get(("method", name, func.attr))
            if helper:
                return helper
        if names:
            return None
        # another receiver (alg.fail, self.algorithm.fail): an algorithm-class method of that name
        for name in sorted(self.algorithms):
            helper = self.helpers.get(("method", name, func.attr))
            if helper and helper[0] == "algorithm":
                if func.attr == "tr" and not module.name.startswith(f"{PACKAGE}.processing"):
                    return None  # widget.tr() elsewhere is Qt's own
                return helper
        return None

    @staticmethod
    def argument(call: ast.Call, position: int) -> Optional[ast.expr]:
        if position < len(call.args) and not any(isinstance(a, ast.Starred) for a in call.args[: position + 1]):
            return call.args[position]
        return None

    def context_for(self, call: ast.Call, helper: Tuple[str, str, int]) -> str:
        kind, context, _position = helper
        if kind == "fixed":
            return context
        func = call.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            if func.value.id in ("self", "cls"):
                cls = self.enclosing_class(call)
                if cls is not None and cls.name in self.algorithms:
                    return cls.name
            elif func.value.id in self.algorithms:
                return func.value.id
        return BASE

    # ------------------------------------------------------------------------------------- string resolution
    def resolve(self, expr: Optional[ast.AST], depth: int = 0) -> Optional[List[str]]:
        """The string values ``expr`` can take, or None when it cannot be followed to literals."""
        if expr is None or depth > MAX_DEPTH:
            return None
        if isinstance(expr, ast.Constant):
            if not isinstance(expr.value, str):
                return None
            module = self.module_of.get(id(expr))
            if module is not None:  # where the literal is written: the location a translator wants to see
                where = (module.rel, expr.lineno)
                self.origin[expr.value] = min(self.origin.get(expr.value, where), where)
            return [expr.value]
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
            left, right = self.resolve(expr.left, depth + 1), self.resolve(expr.right, depth + 1)
            if left is None or right is None:
                return None
            return [a + b for a, b in product(left, right)]
        if isinstance(expr, ast.IfExp):
            return self._union([expr.body, expr.orelse], depth)
        if isinstance(expr, ast.Name):
            return self._union(self.bindings(expr, depth), depth)
        if isinstance(expr, ast.Attribute):
            return self._union(self.attribute_values(expr), depth)
        if isinstance(expr, ast.Subscript):
            return self._union(self._subscript(expr, depth), depth)
        if isinstance(expr, ast.Call):
            func = expr.func
            if isinstance(func, ast.Attribute) and func.attr == "get" and expr.args:
                mapping = self._dict_of(func.value, depth)
                if isinstance(mapping, ast.Dict):  # TEXTS.get(key, key): the texts (the key fallback is not one)
                    return self._union(mapping.values, depth)
            if isinstance(func, ast.Name) and func.id in NOOPS:
                return self.resolve(self.argument(expr, NOOPS[func.id]), depth + 1)
            if (isinstance(func, ast.Attribute) and func.attr in STR_METHODS
                    and all(isinstance(a, ast.Constant) for a in expr.args) and not expr.keywords):
                values = self.resolve(func.value, depth + 1)
                if values is None:
                    return None
                return [getattr(str, func.attr)(v, *[a.value for a in expr.args]) for v in values]
        return None

    def _union(self, exprs: Optional[Iterable[ast.AST]], depth: int) -> Optional[List[str]]:
        if exprs is None:
            return None
        out: List[str] = []
        exprs = list(exprs)
        if not exprs:
            return None
        missed = []
        for item in exprs:
            values = self.resolve(item, depth + 1)
            if values is None:
                missed.append(item)
                continue
            out.extend(v for v in values if v not in out)
        if not out:
            return None
        for item in missed:  # some candidates are literals, others not: keep the literals, report the rest
            module = self.module_of.get(id(item))
            where = f"{module.rel}:{getattr(item, 'lineno', '?')}" if module else "?"
            self.unresolved.append(f"{where}: {ast.unparse(item)[:100]} (one of several values)")
        return out

    def _subscript(self, expr: ast.Subscript, depth: int) -> Optional[List[ast.AST]]:
        items = self.elements(expr.value, depth + 1, values=True)
        if items is None:
            return None
        index = expr.slice
        if isinstance(index, ast.Constant) and isinstance(index.value, int) and not isinstance(
                self._dict_of(expr.value, depth), ast.Dict):
            return [items[index.value]] if -len(items) <= index.value < len(items) else None
        return items

    def _dict_of(self, expr: ast.AST, depth: int) -> Optional[ast.AST]:
        if isinstance(expr, ast.Name):
            bound = self.bindings(expr, depth + 1) or []
            return bound[0] if len(bound) == 1 else None
        return expr

    def elements(self, expr: ast.AST, depth: int, values: bool = False) -> Optional[List[ast.AST]]:
        """Items of an iterable expression (dict: keys, or values when subscripted)."""
        if depth > MAX_DEPTH:
            return None
        if isinstance(expr, (ast.List, ast.Tuple, ast.Set)):
            if any(isinstance(e, ast.Starred) for e in expr.elts):
                return None
            return list(expr.elts)
        if isinstance(expr, ast.Dict):
            return [v for v in expr.values] if values else [k for k in expr.keys if k is not None]
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
            left, right = self.elements(expr.left, depth + 1), self.elements(expr.right, depth + 1)
            return None if left is None or right is None else left + right
        if isinstance(expr, ast.Subscript) and isinstance(expr.slice, ast.Slice):
            return self.elements(expr.value, depth + 1)
        if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) and not expr.args:
            mapping = self._dict_of(expr.func.value, depth)
            if isinstance(mapping, ast.Dict):
                if expr.func.attr == "values":
                    return list(mapping.values)
                if expr.func.attr == "keys":
                    return [k for k in mapping.keys if k is not None]
                if expr.func.attr == "items":
                    return [ast.Tuple(elts=[k, v]) for k, v in zip(mapping.keys, mapping.values) if k is not None]
            return None
        if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and expr.func.id in (
                "sorted", "list", "tuple", "reversed") and len(expr.args) == 1:
            return self.elements(expr.args[0], depth + 1, values)
        if isinstance(expr, (ast.Name, ast.Attribute)):
            bound = self.bindings(expr, depth + 1) if isinstance(expr, ast.Name) else self.attribute_values(expr)
            if not bound:
                return None
            out: List[ast.AST] = []
            for item in bound:
                items = self.elements(item, depth + 1, values)
                if items is None:
                    return None
                out.extend(items)
            return out
        return None

    def attribute_values(self, expr: ast.Attribute) -> Optional[List[ast.AST]]:
        """``self.X`` / ``cls.X`` / ``Class.X``: the class attribute X of that class and every subclass."""
        if not isinstance(expr.value, ast.Name):
            return None
        if expr.value.id in ("self", "cls"):
            cls = self.enclosing_class(expr)
            root = cls.name if cls is not None else None
        else:
            root = expr.value.id if expr.value.id in self.classes else None
        if root is None:
            return None
        out: List[ast.AST] = []
        for name in sorted(self._subclasses_of(root)):
            for node in self.classes.get(name, []):
                for stmt in node.body:
                    targets = stmt.targets if isinstance(stmt, ast.Assign) else (
                        [stmt.target] if isinstance(stmt, ast.AnnAssign) and stmt.value is not None else [])
                    if any(isinstance(t, ast.Name) and t.id == expr.attr for t in targets):
                        value = stmt.value
                        if not (isinstance(value, ast.Constant) and value.value == ""):
                            out.append(value)
        return out or None

    def bindings(self, name: ast.Name, depth: int) -> Optional[List[ast.AST]]:
        """Expressions ``name`` may be bound to where it is used."""
        if depth > MAX_DEPTH:
            return None
        node: ast.AST = name
        while True:
            parent = self.parent.get(id(node))
            if parent is None:
                break
            if isinstance(parent, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
                for generator in parent.generators:
                    found = self._loop_values(generator.target, generator.iter, name.id, depth)
                    if found is not None:
                        return found
            if isinstance(parent, ast.For) and node in parent.body:
                found = self._loop_values(parent.target, parent.iter, name.id, depth)
                if found is not None:
                    return found
            if isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef)):
                local = [n.value for n in ast.walk(parent) if isinstance(n, ast.Assign)
                         and any(isinstance(t, ast.Name) and t.id == name.id for t in n.targets)]
                if local:
                    return local
                owner = self.parent.get(id(parent))
                params = self._text_params(parent, isinstance(owner, ast.ClassDef))
                if name.id in params:
                    return self._call_site_arguments(parent, params.index(name.id), name.id)
            node = parent
        module = self.module_of[id(name)]
        return self._module_name(module, name.id, depth)

    def _module_name(self, module: Module, name: str, depth: int) -> Optional[List[ast.AST]]:
        if name in module.assigns:
            return module.assigns[name]
        if name in module.imports:
            origin, original = module.imports[name]
            target = self.modules.get(origin)
            if target is not None and depth <= MAX_DEPTH:
                return self._module_name(target, original, depth + 1)
        return None

    def _loop_values(self, target: ast.AST, iterable: ast.AST, name: str, depth: int) -> Optional[List[ast.AST]]:
        path = self._path_to(target, name)
        if path is None:
            return None
        items = self.elements(iterable, depth + 1)
        if items is None:
            return []  # bound here but not followable: stop looking further out
        out = []
        for item in items:
            for index in path:
                if isinstance(item, ast.Call) and isinstance(item.func, ast.Name) and item.func.id == "enumerate":
                    return []
                if not isinstance(item, (ast.Tuple, ast.List)) or index >= len(item.elts):
                    return []
                item = item.elts[index]
            out.append(item)
        return out

    def _path_to(self, target: ast.AST, name: str) -> Optional[List[int]]:
        if isinstance(target, ast.Name):
            return [] if target.id == name else None
        if isinstance(target, (ast.Tuple, ast.List)):
            for index, element in enumerate(target.elts):
                sub = self._path_to(element, name)
                if sub is not None:
                    return [index] + sub
        return None

    def _call_site_arguments(self, func: ast.FunctionDef, position: int, name: str) -> List[ast.AST]:
        owner = self.parent.get(id(func))
        out: List[ast.AST] = []
        classes = self._subclasses_of(owner.name) if isinstance(owner, ast.ClassDef) else set()
        for module in self.modules.values():
            for call in (n for n in ast.walk(module.tree) if isinstance(n, ast.Call)):
                target = call.func
                if isinstance(owner, ast.ClassDef):
                    if not (isinstance(target, ast.Attribute) and target.attr == func.name):
                        continue
                    receiver = target.value
                    if isinstance(receiver, ast.Name) and receiver.id in ("self", "cls"):
                        cls = self.enclosing_class(call)
                        if cls is None or cls.name not in classes:
                            continue
                    elif not (isinstance(receiver, ast.Name) and receiver.id in classes):
                        continue
                elif not (isinstance(target, ast.Name) and target.id == func.name and (
                        module is self.module_of[id(func)]
                        or module.imports.get(target.id, ("", ""))[0] == self.module_of[id(func)].name)):
                    continue
                arg = self.argument(call, position)
                arg = next((k.value for k in call.keywords if k.arg == name), arg)
                if arg is not None:
                    out.append(arg)
        defaults = func.args.defaults
        params = self._text_params(func, isinstance(owner, ast.ClassDef))
        offset = len(params) - len(defaults)
        if position >= offset and defaults:
            out.append(defaults[position - offset])
        return out

    # ------------------------------------------------------------------------------------------- extraction
    def extract(self) -> Dict[Key, Tuple[str, int]]:
        """Every (context, source) reachable through a translation helper, with its first location."""
        found: Dict[Key, Tuple[str, int]] = {}
        for module in sorted(self.modules.values(), key=lambda m: m.rel):
            for call in (n for n in ast.walk(module.tree) if isinstance(n, ast.Call)):
                helper = self.helper_for_call(call)
                if helper is None and _called(call.func) == "translate":
                    context = call.args[0] if call.args else None
                    if isinstance(context, ast.Constant) and isinstance(context.value, str) and len(call.args) > 1:
                        helper = ("fixed", context.value, 1)
                if helper is None:
                    continue
                if self._inside_helper_definition(call, helper):
                    continue
                text = self.argument(call, helper[2])
                self.origin = {}  # literals seen while following this call's text
                values = self.resolve(text)
                if values is None:
                    self.unresolved.append(f"{module.rel}:{call.lineno}: {ast.unparse(call)[:100]}")
                    continue
                context = self.context_for(call, helper)
                literal = isinstance(text, ast.Constant)
                for value in values:
                    if value:
                        where = (module.rel, call.lineno) if literal else self.origin.get(
                            value, (module.rel, call.lineno))
                        found.setdefault((context, value), where)
        return found

    def _inside_helper_definition(self, call: ast.Call, helper: Tuple[str, str, int]) -> bool:
        """A helper's own body passes its parameter on: that is not a message."""
        func = self.enclosing(call, (ast.FunctionDef, ast.AsyncFunctionDef))
        if func is None or self._helper_key(func) not in self.helpers:  # type: ignore[arg-type]
            return False
        arg = self.argument(call, helper[2])
        owner = self.parent.get(id(func))
        params = self._text_params(func, isinstance(owner, ast.ClassDef))  # type: ignore[arg-type]
        return isinstance(arg, ast.Name) and arg.id in params


def source_files() -> List[Path]:
    return sorted((REPO / PACKAGE).rglob("*.py"))


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


def merge(tree: ET.ElementTree, found: Dict[Key, Tuple[str, int]], ts_path: Path) -> Dict[str, int]:
    """Add ``found`` to the pylupdate5 output in ``tree``; revive obsolete ones; remove other obsolete messages."""
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    present: Dict[Key, ET.Element] = {}
    counts = {"added": 0, "revived": 0, "removed": 0}
    # the same English already translated elsewhere (even in an obsolete copy) pre-fills a new message, which stays
    # unfinished until someone accepts it (Qt lupdate's same-text heuristic)
    known: Dict[str, str] = {}
    for context in root.findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished" and (translation.text or "").strip():
                known.setdefault(message.findtext("source") or "", translation.text or "")
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
    project = Project(source_files())
    found = project.extract()
    if args.verbose:
        for line in project.unresolved:
            print("unresolved (not a literal; translated where it is made):", line)
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
