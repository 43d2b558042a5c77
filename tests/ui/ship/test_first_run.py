"""First run: F1 help on every tab, the welcome page, the shipped sample spreadsheets."""

from __future__ import annotations

import json
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from congress_desk.ui.help import TEXTS, TITLES, HelpDialog
from congress_desk.ui.samples import sample_files
from congress_desk.ui.tabs import TABS


def _press_f1(qtbot, window) -> HelpDialog:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert isinstance(dialog, HelpDialog) and dialog.isVisible()
    return dialog


def test_f1_on_the_welcome_page_explains_the_start(qtbot, window):
    window.activateWindow()
    dialog = _press_f1(qtbot, window)
    assert dialog.key == "welcome"
    assert dialog.windowTitle() == "Trợ giúp — Bắt đầu"
    text = dialog.browser.toPlainText()
    assert "tệp Đại hội" in text and "F1" in text
    dialog.close()


def test_f1_on_every_tab_shows_that_tabs_help_in_vietnamese(qtbot, demo_window):
    assert set(TEXTS) == set(TITLES) == {"welcome"} | {key for key, _t, _c in TABS}
    seen = set()
    for index, (key, _target, _title) in enumerate(TABS):
        demo_window.tabs.setCurrentIndex(index)
        demo_window.tab(key)
        dialog = _press_f1(qtbot, demo_window)
        assert dialog.key == key
        assert demo_window.tabs.tabText(index) in dialog.windowTitle()
        text = dialog.browser.toPlainText()
        assert len(text) > 150 and text not in seen
        assert QApplication.translate("help", TEXTS[key]) != TEXTS[key]  # translated
        seen.add(text)
        dialog.close()


def test_help_menu_has_the_f1_action(window):
    action = window.help_action
    assert action in window.help_menu.actions()
    assert action.shortcut().toString() == "F1"


def test_welcome_page_offers_the_samples(window, monkeypatch):
    opened = []
    monkeypatch.setattr("congress_desk.ui.samples.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    welcome = window.welcome
    assert welcome.samples_button.isVisible()
    assert welcome.new_button.text() == "Đại hội mới (theo mẫu Hải Phòng)…"
    welcome.samples_button.click()
    assert opened and sorted(p.name for p in sample_files()) == sorted(
        p.name for p in sample_files()[0].parent.iterdir() if p.suffix in (".xlsx", ".xls", ".csv"))


def test_import_dialog_samples_button_adds_the_chosen_files(window, demo_path, monkeypatch):
    assert window.open_path(demo_path)
    files = [str(p) for p in sample_files()]
    asked = []

    def pick(parent, title, folder, filters):
        asked.append(folder)
        return files[:2], filters

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", pick)
    dialog = window.findChild(object, "action_import")
    dialog.trigger()
    from congress_desk.ui.intake.dialog import ImportDialog

    imports = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog) and w.isVisible()]
    assert imports
    button = imports[-1].findChild(object, "samples_button")
    button.click()
    assert asked == [str(sample_files()[0].parent)]
    assert [str(e.path) for e in imports[-1].entries][-2:] == files[:2]
    imports[-1].close()


def test_samples_are_realistic_and_import(tmp_path):
    """The shipped samples: several formats, each read as a list of people with the
    deliberate mistakes reported where they are."""
    names = {p.suffix for p in sample_files()}
    assert {".xlsx", ".xls", ".csv"} <= names and len(sample_files()) >= 3
    event = tmp_path / "e.congress"
    subprocess.run([sys.executable, "-m", "congress_desk", "demo", str(event), "--delegates", "30"],
                   check=True, capture_output=True)
    proc = subprocess.run([sys.executable, "-m", "congress_desk", "import", str(event),
                           *map(str, sample_files()), "--json", "--dry-run"], capture_output=True, text=True)
    out = json.loads(proc.stdout)
    assert proc.returncode == 1  # quan-le-chan.xlsx has rows with errors, on purpose
    by_file = {f["file"]: f for f in out["files"]}
    assert all(f["ok"] and len(f["delegates"]) >= 8 for f in out["files"])
    errors = [(p["row"], p["field"]) for p in by_file["quan-le-chan.xlsx"]["problems"] if p["severity"] == "error"]
    assert ("birth_date" in {f for _r, f in errors}) and ("full_name" in {f for _r, f in errors})
    vntime = by_file["cang-hai-phong-vntime.xlsx"]["delegates"]
    assert all(d["full_name"].isprintable() and "Ð" not in d["full_name"] for d in vntime)
    assert any(ch in "ăâêôơưđ" for d in vntime for ch in d["full_name"].lower())  # TCVN3 decoded
    xls = by_file["huyen-thuy-nguyen.xls"]["delegates"]
    assert all(d["phone"].startswith("0") for d in xls)  # the leading zero Excel dropped is back


def test_the_program_starts_shows_every_tab_and_quits(tmp_path):
    """What the build smoke test asks of the built executable, from the source install:
    ``congress-desk EVENT`` opens the window, builds every tab and quits with status 0."""
    import os

    event = tmp_path / "e.congress"
    subprocess.run([sys.executable, "-m", "congress_desk", "demo", str(event), "--delegates", "40"],
                   check=True, capture_output=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONGRESS_DESK_QUIT_AFTER_START="tabs")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "APPDATA", "LOCALAPPDATA"):
        env[var] = str(tmp_path / var)
    proc = subprocess.run([sys.executable, "-m", "congress_desk", str(event)], env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    keys = ", ".join(key for key, _t, _c in TABS)
    assert f"window shown; tabs built: {keys}" in proc.stderr


_START_PATH_PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
import congress_desk.ui.main_window as mw

HEAVY = ("sqlite_utils", "reportlab", "openpyxl", "xlrd", "segno", "pypdfium2", "numpy", "click")
seen = {}
warm_up = mw.MainWindow._warm_up
build_front_tab = mw.MainWindow._build_front_tab

def before_front_tab(self):
    # The window is up and painted, the file open; the tab in front comes next. Only the first
    # call builds it: when the expose came first, the half-second fallback timer calls again
    # later (on a busy machine before the warm-up), with the tab, and the Qt namespace, built.
    from PySide6 import QtCore
    if not self._front_tab_built:
        seen["title when up"] = self.windowTitle()
        seen["Qt namespace built when up"] = QtCore.__dict__.get("Qt") is not None
    build_front_tab(self)

def probe(self):
    seen["loaded when shown"] = sorted(m for m in HEAVY if m in sys.modules)
    seen["title"] = self.windowTitle()
    seen["rows"] = self.tab("delegates").model.rowCount()
    warm_up(self)
    seen["sqlite_utils after warm-up"] = "sqlite_utils" in sys.modules
    QApplication.instance().quit()

mw.MainWindow._warm_up = probe
mw.MainWindow._build_front_tab = before_front_tab
from congress_desk.cli import main
main([sys.argv[1]])
print(json.dumps(seen, ensure_ascii=False))
"""


def test_the_window_shows_the_list_before_loading_heavy_libraries(tmp_path):
    """Start-up (issue 9): the window, the title and the delegate list come up reading through
    plain sqlite3; sqlite-utils loads once it is painted, the printing and spreadsheet
    libraries only when their tab or command is used."""
    import os

    event = tmp_path / "e.congress"
    subprocess.run([sys.executable, "-m", "congress_desk", "demo", str(event), "--delegates", "40"],
                   check=True, capture_output=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "APPDATA", "LOCALAPPDATA"):
        env[var] = str(tmp_path / var)
    proc = subprocess.run([sys.executable, "-c", _START_PATH_PROBE, str(event)], env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen["loaded when shown"] == []
    assert seen["title when up"].startswith("e.congress — ")
    # PySide6 builds the Qt namespace's ~90 enums (~20 ms) on first use; the window's frame
    # (menus, shortcuts, tab bar) must not need them: QAction.setShortcuts, not setShortcut.
    assert seen["Qt namespace built when up"] is False
    assert seen["title"].startswith("e.congress — ") and seen["rows"] > 40
    assert seen["sqlite_utils after warm-up"] is True
