"""VDTO Targeting: a QGIS plugin for targeted enforcement against drug-trafficking violence.

QGIS calls :func:`classFactory`; everything heavy is imported lazily so QGIS start-up stays fast.
"""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    """Entry point QGIS calls when the plugin is enabled."""
    from .plugin import VdtoTargetingPlugin

    return VdtoTargetingPlugin(iface)
