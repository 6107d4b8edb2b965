"""QGIS tier: real QGIS (offscreen) through pytest-qgis; the ``vdto`` provider registered once per session."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def vdto_provider(qgis_app, qgis_processing):
    from qgis.core import QgsApplication

    from vdto_targeting.processing.provider import VdtoProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("vdto")
    if provider is None:
        provider = VdtoProvider()
        assert registry.addProvider(provider)
    return provider


@pytest.fixture(autouse=True, scope="session")
def _release_layers_before_qgis_exits(qgis_app):
    """Destroy map layers that Python still holds when the session ends, while QGIS is still alive.

    pytest keeps failed assertions' and ``pytest.raises``' frames (with their local layers) until interpreter exit;
    a QgsVectorLayer destroyed after ``exitQgis()`` closes its OGR dataset through an unloaded driver and crashes the
    process on exit. Releasing them here keeps the exit status honest.
    """
    yield
    import gc

    from qgis.core import QgsMapLayer
    from qgis.PyQt import sip

    gc.collect()
    for layer in [o for o in gc.get_objects() if isinstance(o, QgsMapLayer)]:
        if not sip.isdeleted(layer) and sip.ispyowned(layer):
            sip.delete(layer)
