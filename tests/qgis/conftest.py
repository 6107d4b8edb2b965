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
