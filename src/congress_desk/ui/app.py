"""Start the window, in one readable sequence: logging, crash handler, application,
translations, window."""

from __future__ import annotations

import os
import sys

from .. import APP_NAME, ORG, __version__
from ..logs import setup_logging


def main(path: str | None = None) -> int:
    setup_logging()
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from ..core.resources import resource_path
    from .errors import install_excepthook
    from .i18n import install_translators
    from .main_window import MainWindow
    from .settings import Settings

    install_excepthook()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "app.png"))))
    settings = Settings()
    install_translators(app, settings.get("language"))
    window = MainWindow(settings, welcome=not path)
    window.show()
    if path and not window.open_path(path):
        window.show_welcome()
    if os.environ.get("CONGRESS_DESK_QUIT_AFTER_START"):
        _quit_after_start(app, window, os.environ["CONGRESS_DESK_QUIT_AFTER_START"])
    return app.exec()


def _quit_after_start(app, window, mode: str) -> None:
    """For smoke tests and the start-up benchmark: once the window is up with the tab in
    front built and painted (and, with ``tabs``, every other tab built too), say so on
    stderr and quit with status 0."""
    from PySide6.QtCore import QTimer

    def done() -> None:
        keys = list(window.tab_widgets) if mode == "tabs" else []
        try:
            for key in keys:
                window.tabs.setCurrentWidget(window.tab(key))
                app.processEvents()
        except Exception:  # noqa: BLE001 - a smoke test reports and fails instead of a dialog
            from ..logs import log_exception

            print(f"failed; see {log_exception('smoke start')}", file=sys.stderr, flush=True)
            app.exit(1)
            return
        print(f"window shown; tabs built: {', '.join(keys) or '-'}", file=sys.stderr, flush=True)
        window.close()
        app.quit()

    # The first turn of the event loop: the window is up with the event file open (what the
    # start-up benchmark's bare QMainWindow script reports at the same point).
    QTimer.singleShot(0, lambda: print("window up", file=sys.stderr, flush=True))
    # The next turn after the front tab is built is the one that paints it.
    window.front_tab_ready.connect(lambda: QTimer.singleShot(0, done))
