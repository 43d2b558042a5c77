"""Start the window, in one readable sequence: logging, crash handler, application,
translations, window."""

from __future__ import annotations

import sys

from .. import APP_NAME, ORG, __version__
from ..logs import setup_logging


def main(path: str | None = None) -> int:
    setup_logging()
    from PySide6.QtWidgets import QApplication

    from .errors import install_excepthook
    from .i18n import install_translators
    from .main_window import MainWindow
    from .settings import Settings

    install_excepthook()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG)
    app.setApplicationVersion(__version__)
    settings = Settings()
    install_translators(app, settings.get("language"))
    window = MainWindow(settings)
    window.show()
    if path:
        window.open_path(path)
    return app.exec()
