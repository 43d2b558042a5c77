"""Install Qt translators: ours per area and our own qtbase_vi for Qt's standard buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ..core import i18n as core_i18n
from ..core.resources import resource_path

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> None:
    """Switch the whole application (Qt and core messages) to ``language``."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    core_i18n.set_language(language)
    lang = core_i18n.language()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English,
                               QLocale.Country.Vietnam if lang == "vi" else QLocale.Country.UnitedKingdom))
    if lang == "en":
        return
    folder = resource_path("i18n")
    for qm in sorted(folder.glob(f"*_{lang}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
    if _installed:  # the same translations, already compiled: the core need not parse .ts
        core_i18n.set_backend(QCoreApplication.translate)
