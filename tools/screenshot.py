"""Screenshots of the real window for the user guide and for looking at changes.

    xvfb-run -a python tools/screenshot.py EVENT OUT_DIR [TAB ...]

Opens the window on EVENT, shows each tab (all by default) and saves OUT_DIR/TAB.png.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from congress_desk.ui.i18n import install_translators
    from congress_desk.ui.main_window import MainWindow
    from congress_desk.ui.settings import Settings

    event, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    settings = Settings(out / "settings.json")
    install_translators(app, settings.get("language"))
    window = MainWindow(settings)
    window.resize(1400, 860)
    window.show()
    window.open_path(event)
    wanted = argv[2:] or list(window.tab_widgets)

    def shoot():
        for key in wanted:
            window.tabs.setCurrentWidget(window.tab_widgets[key])
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(out / f"{key}.png"))
            print(out / f"{key}.png")
        window.close()
        app.quit()

    QTimer.singleShot(300, shoot)
    app.exec()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
