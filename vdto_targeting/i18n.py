"""Translation: the one lookup every user-visible string goes through, and loading the Spanish (or other) ``.qm``.

``translate(context, text)`` is the plugin's only translation helper; everything else is built on it:

* a module outside a class: ``tr("…")`` (context "@default", where pylupdate5 files a bare ``tr("…")``), or
  ``translate("Context", "…")`` when the runtime context is another one (pylupdate5 reads both forms);
* a class: ``TrMixin`` gives ``self.tr`` the contexts of the class and its bases (pylupdate5 files
  ``self.tr("…")`` under the class the call is *written* in, which for an inherited method is a base class);
* a string written away from its lookup (a table of names, a label passed on): mark it where it is written with
  ``QT_TRANSLATE_NOOP("Context", "…")`` (``definitions.QT_TRANSLATE_NOOP``, re-exported here) so pylupdate5 files
  it in the context it is looked up in.

pylupdate5 cannot see two things, which ``scripts/i18n_extract.py`` adds: refusals (``raise self.fail("…")``,
context: the algorithm class, or "VdtoAlgorithm" for ``alg.fail``/``alg.tr`` in helpers) and the algorithms'
``DISPLAY``/``HELP`` class attributes (context "VdtoAlgorithm").
"""
from __future__ import annotations

from typing import Iterable, Optional, Tuple

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .definitions import PLUGIN_SLUG, QT_TRANSLATE_NOOP
from .paths import i18n_path

__all__ = ["DEFAULT_CONTEXT", "QT_TRANSLATE_NOOP", "TrMixin", "class_contexts", "install_translator", "qgis_locale",
           "tr", "translate", "translate_first"]

DEFAULT_CONTEXT = "@default"


def translate(context: str, text: str) -> str:
    """``text`` as the installed translator has it in ``context`` (unchanged when it has none)."""
    return QCoreApplication.translate(context, text)


def translate_first(contexts: Iterable[str], text: str) -> str:
    """``text`` in the first of ``contexts`` that translates it (unchanged when none does)."""
    for context in contexts:
        translated = translate(context, text)
        if translated != text:
            return translated
    return text


def class_contexts(cls: type, last: Optional[type] = None) -> Tuple[str, ...]:
    """The class's name and its bases' along the MRO (up to and including ``last``): where a string written in any
    of them is filed."""
    names = []
    for klass in cls.__mro__:
        names.append(klass.__name__)
        if klass is last:
            break
    return tuple(names)


def tr(text: str) -> str:
    """For modules outside a class: context "@default", where pylupdate5 files a bare ``tr("...")``."""
    return translate("@default", text)


class TrMixin:
    """``self.tr`` in the contexts of the object's class and its bases, then ``TR_FALLBACK``.

    Put it first among the bases (``class Page(TrMixin, QWidget)``): Qt's own ``tr`` looks up only the runtime
    class's name, which misses a string an inherited method wrote under a base class.
    """

    TR_FALLBACK: Tuple[str, ...] = ()

    def tr(self, text: str) -> str:
        return translate_first(class_contexts(type(self)) + self.TR_FALLBACK, text)


def qgis_locale() -> str:
    """Two-letter language QGIS is using (its ``--lang`` or locale setting, else the system's)."""
    # qgis.core only here: the lookups above need nothing but Qt (the Qt 6 check imports this module without QGIS)
    from qgis.core import QgsApplication, QgsSettings

    value = QgsApplication.locale() or QgsSettings().value("locale/userLocale", "") or QLocale.system().name()
    return str(value)[:2]


def install_translator(language: Optional[str] = None) -> Optional[QTranslator]:
    """Install the plugin's translator for ``language`` (default: QGIS's); return it so unload can remove it."""
    language = language or qgis_locale()
    qm = i18n_path(f"{PLUGIN_SLUG}_{language}.qm")
    if not qm.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator
