"""Loading the Spanish (or other) translation according to QGIS's locale setting."""
from __future__ import annotations

from typing import Optional

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .definitions import PLUGIN_SLUG
from .paths import i18n_path


def tr(text: str) -> str:
    """The one translation helper for modules outside a QObject class: context "@default", where pylupdate5 files a
    bare ``tr("...")`` (classes keep their own ``self.tr``, whose context is the class)."""
    return QCoreApplication.translate("@default", text)


def qgis_locale() -> str:
    """Two-letter language QGIS is using (its ``--lang`` or locale setting, else the system's)."""
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
