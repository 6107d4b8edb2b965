"""Shared benchmark helpers: one QGIS application, Processing with the ``vdto`` provider, timing, peak memory."""
from __future__ import annotations

import os
import resource
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
_APP = None
_PROVIDER = None  # kept alive: a provider only referenced by the registry is garbage-collected by sip


def start_qgis():
    """Start QGIS (offscreen), Processing and the plugin's provider once per process."""
    global _APP, _PROVIDER
    if _APP is not None:
        return _APP
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    _APP = QgsApplication([], False)
    _APP.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from vdto_targeting.processing.provider import VdtoProvider

    _PROVIDER = VdtoProvider()
    QgsApplication.processingRegistry().addProvider(_PROVIDER)
    return _APP


@contextmanager
def timed(label: str, results: dict) -> Iterator[None]:
    start = time.perf_counter()
    yield
    results[label] = time.perf_counter() - start


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def data_dir():
    from tests.datasets import data_dir as find

    return find()
