"""Transactional outputs: every file an algorithm writes appears complete, or not at all.

Why: analysts keep results next to other programs' files. A run that fails, is cancelled or is refused half-way must
leave neither a half-written file nor a damaged earlier result, and a GeoPackage another program holds open (and
locked) must never be replaced under it. One mechanism for every algorithm:

- ``ensure_writable(path)`` refuses, before any work, a folder that cannot be written or a GeoPackage/SQLite file
  another program holds locked (SQLite busy), with a sentence that names the fix.
- ``atomic_output(path)`` yields a temporary sibling path; on success it is renamed over the target with
  ``os.replace`` (atomic on one file system; a GeoPackage's ``-wal`` is checkpointed into it first and stale
  ``-wal``/``-shm``/``-journal`` files of the old target are removed); on an exception or a cancel it is deleted.
- ``OutputTransaction`` does the same for several outputs of one run (feature sinks included): all are committed
  together at the end, or none is. Feature sinks given as a file path are written to the temporary sibling by
  rewriting the parameter before ``parameterAsSink``; ``TEMPORARY_OUTPUT``, ``memory:`` and database URIs are left
  as Processing makes them (nothing on disk to protect).
"""
from __future__ import annotations

import contextlib
import os
import uuid
from typing import Dict, Iterator, List, Tuple

from qgis.core import QgsProcessingException

from ..i18n import translate

SQLITE_SUFFIXES = (".gpkg", ".sqlite", ".db")
SIDE_FILES = ("-wal", "-shm", "-journal")
# Formats written as one file, so a temporary sibling can be renamed over the target in one step.
SINGLE_FILE_SUFFIXES = SQLITE_SUFFIXES + (".geojson", ".json", ".fgb", ".csv", ".tif", ".tiff", ".png", ".svg",
                                          ".pdf", ".txt", ".kml", ".gml")
PARTIAL_TAG = "~partial-"
# A spreadsheet runs a cell that begins with one of these as a formula (CSV injection): organisation names and other
# text come from outside sources, so text written to CSV is prefixed with an apostrophe, which spreadsheets show as
# text and do not evaluate (OWASP "CSV injection"). Tab and carriage return start formulas in some programs too.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _refuse(message: str, *args) -> QgsProcessingException:
    """As ``VdtoAlgorithm.fail``: the message in the algorithms' shared context, then its values."""
    return QgsProcessingException(translate("VdtoAlgorithm", message).format(*args))


def file_path(destination: object) -> str:
    """The file behind a Processing destination ("" for memory layers, database URIs and temporary outputs)."""
    text = str(destination or "").strip()
    if not text or text == "TEMPORARY_OUTPUT" or text.startswith("memory:"):
        return ""
    if ":" in text.split("|")[0][:12] and not os.path.isabs(text) and not (len(text) > 1 and text[1] == ":"):
        return ""  # provider URIs such as ogr:dbname=…, postgres:…
    return text.split("|")[0]


def spreadsheet_safe(value):
    """``value`` as a CSV cell that cannot run as a spreadsheet formula: text beginning with ``=``, ``+``, ``-``,
    ``@`` (or a tab or carriage return) gets a leading apostrophe; numbers, dates and other text are returned as
    they are. The one rule for every CSV the plugin writes (``write_csv`` and CSV feature sinks)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(path: str, names: List[str], rows) -> None:
    """Rows (dicts) as a UTF-8 CSV with a header; None becomes an empty cell, text is made spreadsheet-safe."""
    import csv

    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=names, extrasaction="ignore")
        writer.writerow({name: spreadsheet_safe(name) for name in names})
        for row in rows:
            writer.writerow({name: "" if row.get(name) is None else spreadsheet_safe(row.get(name))
                             for name in names})


class SpreadsheetSafeSink:
    """A feature sink writing to CSV through OGR, with text attributes made spreadsheet-safe on the way."""

    def __init__(self, sink) -> None:
        self._sink = sink

    @staticmethod
    def _safe(feature):
        from qgis.core import QgsFeature

        copy = QgsFeature(feature)
        copy.setAttributes([spreadsheet_safe(value) for value in feature.attributes()])
        return copy

    def addFeature(self, feature, *flags) -> bool:  # noqa: N802
        return self._sink.addFeature(self._safe(feature), *flags)

    def addFeatures(self, features, *flags) -> bool:  # noqa: N802
        return self._sink.addFeatures([self._safe(f) for f in features], *flags)

    def __getattr__(self, name: str):
        return getattr(self._sink, name)


def is_sqlite(path: str) -> bool:
    return path.lower().endswith(SQLITE_SUFFIXES)


def locked_by_another_program(path: str, wait_s: float = 0.2) -> bool:
    """True when an existing SQLite/GeoPackage file is held locked by another connection.

    Probed with a write lock taken and released at once (nothing is written), so the file is left untouched.
    """
    import sqlite3

    if not is_sqlite(path) or not os.path.isfile(path):
        return False
    try:
        connection = sqlite3.connect(path, timeout=wait_s)
    except sqlite3.Error:
        return False
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.rollback()
        return False
    except sqlite3.OperationalError as error:
        return "locked" in str(error).lower() or "busy" in str(error).lower()
    except sqlite3.DatabaseError:
        return False
    finally:
        connection.close()


def ensure_writable(path: str, label: str = "") -> None:
    """Refuse, before any work, an output that cannot be created or that another program holds locked."""
    path = file_path(path)
    if not path:
        return
    label = label or os.path.basename(path)
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise _refuse(translate("VdtoAlgorithm", "The output {0} cannot be written: {1} is a folder; choose a folder "
                                                 "you can write to and a file name inside it."), label, path)
    probe = folder
    while probe and not os.path.exists(probe):
        parent = os.path.dirname(probe)
        if parent == probe:
            break
        probe = parent
    if not os.path.isdir(probe) or not os.access(probe, os.W_OK | os.X_OK) or probe.startswith("/proc"):
        raise _refuse(translate("VdtoAlgorithm", "The output {0} cannot be written: {1} is not a folder you can write "
                                                 "to; choose a folder you can write to."), label, folder)
    if os.path.exists(path) and not os.access(path, os.W_OK):
        raise _refuse(translate("VdtoAlgorithm", "The output {0} cannot be written: {1} is read-only; choose a folder "
                                                 "you can write to or another file name."), label, path)
    if locked_by_another_program(path):
        raise _refuse(translate("VdtoAlgorithm", "The output {0} ({1}) is locked by another program: close it there "
                                                 "(or choose another file name) and run again; the file was left "
                                                 "untouched."), label, path)


def temporary_sibling(path: str) -> str:
    """A unique name beside ``path`` with the same extension (GDAL and QGIS pick the format from it)."""
    folder, name = os.path.split(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    stem, suffix = os.path.splitext(name)
    return os.path.join(folder, f"{stem}{PARTIAL_TAG}{uuid.uuid4().hex[:8]}{suffix}")


def remove_file(path: str) -> None:
    """Delete ``path`` and its SQLite side files if they exist (quietly: used while cleaning up)."""
    if not path:
        return
    for candidate in (path,) + tuple(path + side for side in SIDE_FILES):
        try:
            os.remove(candidate)
        except OSError:
            pass


def _checkpoint(path: str) -> None:
    """Fold a GeoPackage's write-ahead log into the file so the renamed file is complete on its own."""
    import sqlite3

    if not is_sqlite(path) or not os.path.exists(path + "-wal"):
        return
    try:
        connection = sqlite3.connect(path, timeout=5)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
    except sqlite3.Error:
        pass


def commit_file(temporary: str, target: str) -> None:
    """Rename a finished temporary file over ``target`` (its stale SQLite side files removed first)."""
    _checkpoint(temporary)
    for side in SIDE_FILES:
        try:
            os.remove(target + side)   # an old -wal must never be replayed into the new file
        except OSError:
            pass
    os.replace(temporary, target)
    for side in SIDE_FILES:
        stale = temporary + side
        if os.path.exists(stale):
            try:
                os.remove(stale)
            except OSError:
                pass


@contextlib.contextmanager
def atomic_output(path: str, feedback=None, label: str = "") -> Iterator[str]:
    """Yield a temporary sibling of ``path`` to write; rename it over ``path`` on success, delete it otherwise.

    A cancel (``feedback.isCanceled()``) counts as a failure: nothing is committed.
    """
    ensure_writable(path, label)
    temporary = temporary_sibling(path)
    try:
        yield temporary
        if feedback is not None and feedback.isCanceled():
            remove_file(temporary)
            return
        if not os.path.exists(temporary):
            raise _refuse(translate("VdtoAlgorithm", "The output {0} could not be written: nothing was produced; "
                                                     "choose a folder you can write to and check the disk has space."),
                          label or path)
        commit_file(temporary, path)
    except BaseException:
        remove_file(temporary)
        raise


class OutputTransaction:
    """Every output of one run is written to a temporary sibling and committed together — or none is.

    Usage::

        with OutputTransaction(alg, parameters, context, feedback) as outputs:
            sink, dest = outputs.sink(alg.OUTPUT, fields, wkb_type, crs)
            ...write..., then ``del sink``
            csv = outputs.file(csv_path)          # write to ``csv``
            outputs.commit()                      # renames everything into place

    Leaving the block without ``commit()`` (an exception, a refusal, a cancel) deletes every temporary file; the
    targets keep whatever they held before the run.
    """

    def __init__(self, alg, parameters: dict, context, feedback=None) -> None:
        self.alg = alg
        self.parameters = parameters
        self.context = context
        self.feedback = feedback
        self._pending: List[Tuple[str, str, str]] = []   # (temporary, target, load-on-completion key of temp)
        self.committed = False

    # ------------------------------------------------------------------------------------------- declare
    def check(self, *names: str) -> None:
        """``ensure_writable`` for the named sink/file outputs given as file paths (call before any work)."""
        for name in names:
            value = self.parameters.get(name)
            if value is None:
                continue
            ensure_writable(self._target_of(name), name)

    def _target_of(self, name: str) -> str:
        from qgis.core import QgsProcessingOutputLayerDefinition

        value = self.parameters.get(name)
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = value.sink.staticValue()
        return file_path(value) if isinstance(value, str) else ""

    def file(self, path: str, label: str = "") -> str:
        """A temporary path to write instead of ``path``; renamed into place at ``commit()``."""
        ensure_writable(path, label)
        temporary = temporary_sibling(path)
        self._pending.append((temporary, path, ""))
        return temporary

    def sink(self, name: str, fields, wkb_type, crs=None):
        """``parameterAsSink`` writing to a temporary sibling; returns ``(sink, final destination)``.

        ``(None, None)`` for an optional output that was not asked for, as ``parameterAsSink`` does.
        """
        from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingOutputLayerDefinition, QgsProperty

        crs = crs if crs is not None else QgsCoordinateReferenceSystem()
        value = self.parameters.get(name)
        target = self._target_of(name) if value is not None else ""
        suffix = os.path.splitext(target)[1].lower()
        if not target or suffix not in SINGLE_FILE_SUFFIXES:
            if target:
                ensure_writable(target, name)
            sink, dest = self._as_sink(self.parameters, name, fields, wkb_type, crs)
            if dest and target:
                self._pending.append(("", target, ""))   # written in place: removed if the run fails
            return sink, dest
        ensure_writable(target, name)
        temporary = temporary_sibling(target)
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            rewritten = QgsProcessingOutputLayerDefinition(value)
        else:
            rewritten = QgsProcessingOutputLayerDefinition(target)
        rewritten.sink = QgsProperty.fromValue(temporary)
        options = dict(rewritten.createOptions or {})
        if is_sqlite(target):
            options.setdefault("layerName", os.path.splitext(os.path.basename(target))[0])
        rewritten.createOptions = options
        parameters = dict(self.parameters)
        parameters[name] = rewritten
        self._pending.append((temporary, target, ""))
        sink, dest = self._as_sink(parameters, name, fields, wkb_type, crs)
        if sink is None:
            return None, None
        self._pending[-1] = (temporary, target, dest)
        if suffix == ".csv":
            sink = SpreadsheetSafeSink(sink)
        return sink, self._final(dest, temporary, target)

    def _as_sink(self, parameters, name, fields, wkb_type, crs):
        try:
            return self.alg.parameterAsSink(parameters, name, self.context, fields, wkb_type, crs)
        except QgsProcessingException as error:
            raise _refuse(translate("VdtoAlgorithm", "The output {0} could not be written ({1}): choose a folder you "
                                                     "can write to and a file that is not open in another program."),
                          name, str(error)) from None

    @staticmethod
    def _final(dest: str, temporary: str, target: str) -> str:
        return dest.replace(temporary, target) if dest else dest

    def pending(self, dest: str) -> str:
        """Where the output reported as ``dest`` is being written until the commit (styles are stored there, so
        they are committed with the data and QGIS never reopens a file it has just seen renamed)."""
        for temporary, target, key in self._pending:
            if key and self._final(key, temporary, target) == dest:
                return key
        return dest

    # ------------------------------------------------------------------------------------------- finish
    def commit(self) -> Dict[str, str]:
        """Rename every temporary output into place (drop the sinks first so their files are closed)."""
        if self.feedback is not None and self.feedback.isCanceled():
            self.rollback()
            return {}
        done: List[str] = []
        try:
            for temporary, target, key in self._pending:
                if not temporary:
                    continue
                if not os.path.exists(temporary):
                    raise _refuse(translate("VdtoAlgorithm", "The output {0} could not be written: nothing was "
                                                             "produced; choose a folder you can write to and check the "
                                                             "disk has space."), target)
                commit_file(temporary, target)
                done.append(target)
                if key:
                    self._move_layer_to_load(key, self._final(key, temporary, target))
        except BaseException:
            for target in done:
                remove_file(target)      # all or nothing: a partial set of outputs is worse than none
            self.rollback()
            raise
        self.committed = True
        return {target: target for _, target, _ in self._pending}

    def _move_layer_to_load(self, old: str, new: str) -> None:
        """Processing registered the temporary file to load into the project: point it at the final file."""
        if self.context is None or not self.context.willLoadLayerOnCompletion(old):
            return
        layers = self.context.layersToLoadOnCompletion()
        details = layers.pop(old)
        layers[new] = details
        self.context.setLayersToLoadOnCompletion(layers)

    def rollback(self) -> None:
        """Delete every temporary file, and any output written in place by this run."""
        for temporary, target, key in self._pending:
            if temporary:
                remove_file(temporary)
                if key and self.context is not None and self.context.willLoadLayerOnCompletion(key):
                    layers = self.context.layersToLoadOnCompletion()
                    layers.pop(key, None)
                    self.context.setLayersToLoadOnCompletion(layers)
            else:
                remove_file(target)
        self._pending = []

    def __enter__(self) -> "OutputTransaction":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:  # never swallows the exception
        if not self.committed:
            self.rollback()
