"""Shared behaviour of the plugin's Processing algorithms: translation, icon, groups, clear errors."""
from __future__ import annotations

from typing import Any, Dict, Tuple

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from ..i18n import DEFAULT_CONTEXT, QT_TRANSLATE_NOOP, class_contexts, translate_first
from ..paths import icon_path

GROUPS = {
    "data": QT_TRANSLATE_NOOP("VdtoAlgorithm", "1 · Data"),
    "surface": QT_TRANSLATE_NOOP("VdtoAlgorithm", "2 · Violence surface"),
    "hotspots": QT_TRANSLATE_NOOP("VdtoAlgorithm", "3 · Hotspots and violent regions"),
    "vdtos": QT_TRANSLATE_NOOP("VdtoAlgorithm", "4 · Organisations and corridors"),
    "zones": QT_TRANSLATE_NOOP("VdtoAlgorithm", "5 · Enforcement zones"),
    "briefing": QT_TRANSLATE_NOOP("VdtoAlgorithm", "6 · Briefing"),
}


class VdtoAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set ``NAME``, ``DISPLAY``, ``GROUP`` (a key of ``GROUPS``) and ``HELP``."""

    NAME = ""
    DISPLAY = ""
    GROUP = "data"
    HELP = ""

    @classmethod
    def tr(cls, text: str) -> str:
        """Translate in the class's own context, then its bases' up to ``VdtoAlgorithm``, then "@default".

        pylupdate5 files ``self.tr("...")`` under the class it is written in, and scripts/i18n_extract.py files
        ``fail()`` messages the same way (names and help under "VdtoAlgorithm"); a method inherited from a base
        algorithm runs with the subclass as ``cls``, so the bases are searched too.
        """
        return translate_first(class_contexts(cls, last=VdtoAlgorithm) + (DEFAULT_CONTEXT,), text)

    def createInstance(self) -> "VdtoAlgorithm":  # noqa: N802
        return type(self)()

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:  # noqa: N802
        return self.tr(self.DISPLAY)

    def group(self) -> str:
        return self.tr(GROUPS[self.GROUP])

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(self.HELP)

    def icon(self) -> QIcon:
        return QIcon(str(icon_path("vdto.svg")))

    @classmethod
    def fail(cls, message: str, *args: Any) -> QgsProcessingException:
        """An exception whose text names the problem and the fix, translated; ``raise self.fail(...)``."""
        return QgsProcessingException(cls.tr(message).format(*args))


class TransactionalAlgorithm(VdtoAlgorithm):
    """An algorithm whose outputs are all or nothing: each destination named in ``TRANSACTIONAL_OUTPUTS`` is written
    to a temporary file and renamed into place together with the others only when :meth:`_process` returns
    (``qgis_bridge.outputs.OutputTransaction``); a failure or a cancel leaves no file behind. Subclasses implement
    ``_process(parameters, context, feedback, outputs)`` instead of ``processAlgorithm``."""

    TRANSACTIONAL_OUTPUTS: Tuple[str, ...] = ("OUTPUT",)

    def processAlgorithm(self, parameters: Dict[str, Any], context, feedback) -> Dict[str, Any]:  # noqa: N802
        from ..qgis_bridge.outputs import OutputTransaction

        with OutputTransaction(self, parameters, context, feedback) as outputs:
            outputs.check(*self.TRANSACTIONAL_OUTPUTS)
            return self._process(parameters, context, feedback, outputs)

    def _process(self, parameters: Dict[str, Any], context, feedback, outputs) -> Dict[str, Any]:
        raise NotImplementedError
