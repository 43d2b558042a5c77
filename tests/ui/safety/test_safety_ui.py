"""The recovery area in the window: restore dialog, damaged file at open, stale lock question,
read-only banner, history viewer, personal-data removal."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time

import pytest

from congress_desk.core.backups import periodic_backup
from congress_desk.core.lock import lock_path
from congress_desk.core.safety.integrity import counts


def _seats(window):
    return counts(window.event_file.db.conn)["seats"]


def test_restore_dialog_lists_backups_with_counts_and_restores(window, demo_path, no_dialogs):
    old = periodic_backup(demo_path, force=True, now=dt.datetime.now() - dt.timedelta(hours=2))
    assert window.open_path(demo_path)
    seats = _seats(window)
    window.event_file.db.execute("DELETE FROM seat_assignments")
    window.event_file.db.conn.commit()
    assert window.recovery.restore_action.isEnabled()
    dialog = window.recovery.restore_dialog()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 3).text() == str(seats) and dialog.table.item(0, 2).text() != ""
    assert dialog.restore_button.isEnabled()
    assert dialog.restore_selected()                    # the question answers Yes
    assert any(kind == "question" for kind, *_ in no_dialogs)
    assert window.event_file is not None and not window.event_file.read_only
    assert _seats(window) == seats                      # the backup is back
    dialog = window.recovery.restore_dialog()           # and the emptied file was kept first
    # (closing the file also made its usual automatic backup, so there may be two of the emptied file)
    assert dialog.table.rowCount() >= 2
    assert {dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())} == {"0", str(seats)}
    assert old.exists()


def test_a_damaged_file_offers_the_latest_good_backup(window, demo_path, no_dialogs):
    periodic_backup(demo_path, force=True)
    data = bytearray(demo_path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for i in range(3 * page, 3 * page + 64):
        data[i] ^= 0x5A
    demo_path.write_bytes(bytes(data))
    assert window.open_path(demo_path)
    titles = [title for kind, title, _text in no_dialogs if kind == "question"]
    assert titles and window.event_file is not None
    assert not window.event_file.read_only
    assert (demo_path.parent / "backups" / "damaged").is_dir()


def test_a_damaged_file_without_backups_is_a_clear_error(window, demo_path, no_dialogs):
    demo_path.write_bytes(demo_path.read_bytes()[:4096 * 3])
    assert not window.open_path(demo_path)
    assert window.event_file is None
    assert [kind for kind, *_ in no_dialogs] == ["warning"] or no_dialogs[-1][0] in ("warning", "critical")


def _stale_lock(path):
    old = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)).isoformat()
    lock_path(path).write_text(json.dumps({"host": "may-van-phong-2", "user": "hoa", "pid": 777,
                                           "heartbeat": old, "since": old}), encoding="utf-8")


@pytest.fixture
def fast_lock_clock(monkeypatch):
    """The lock's watch runs on a clock that jumps: 37.5 s of watching take no time."""
    from congress_desk.core import lock

    now = [0.0]

    def sleep(seconds):
        now[0] += seconds
        time.sleep(0.001)

    monkeypatch.setattr(lock, "_clock", lambda: now[0])
    monkeypatch.setattr(lock, "_sleep", sleep)
    monkeypatch.setattr("congress_desk.ui.safety.lock_guard.POLL_MS", 20)
    return now


def test_a_stale_lock_is_taken_over_only_after_asking(window, demo_path, no_dialogs, monkeypatch,
                                                      qtbot, fast_lock_clock):
    from PySide6.QtWidgets import QMessageBox

    _stale_lock(demo_path)
    asked = []

    def no(parent, title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    assert window.open_path(demo_path)
    # Read-only at once; the heartbeat is watched in the background, never judged by its clock.
    assert window.event_file.read_only and window.read_only_label.isVisible()
    assert "may-van-phong-2" in window.read_only_label.text()
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)     # it did not change: the window asks
    assert "may-van-phong-2" in asked[0]
    assert window.event_file.read_only              # declined
    window.close_event_file()
    asked.clear()

    def yes(parent, title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    assert window.open_path(demo_path)
    qtbot.waitUntil(lambda: window.event_file is not None and not window.event_file.read_only, timeout=10000)
    assert asked and "may-van-phong-2" in asked[0]
    assert not window.read_only_label.isVisible()
    assert json.loads(lock_path(demo_path).read_text(encoding="utf-8"))["host"] != "may-van-phong-2"


def test_a_file_closed_elsewhere_is_offered_for_editing(window, demo_path, no_dialogs, qtbot, fast_lock_clock):
    _stale_lock(demo_path)
    assert window.open_path(demo_path)
    assert window.event_file.read_only
    lock_path(demo_path).unlink()                   # the other instance closed it
    qtbot.waitUntil(lambda: window.event_file is not None and not window.event_file.read_only, timeout=10000)
    assert [k for k, *_ in no_dialogs] == ["question"]


def _taken_over_by_another_pc(path):
    now = dt.datetime.now(dt.UTC).isoformat()
    lock_path(path).write_text(json.dumps({"host": "may-ban-tiep-3", "user": "lan", "pid": 31,
                                           "heartbeat": now, "since": now, "every": 15}), encoding="utf-8")


def test_a_window_whose_lock_was_taken_switches_to_read_only_at_once(window, demo_path, no_dialogs, qtbot):
    assert window.open_path(demo_path)
    event = window.event_file
    tabs = {key: window.tab(key) for key in window.tab_widgets}   # every tab built
    assert tabs["delegates"].add_button.isEnabled() and window.recovery.erase_action.isEnabled()
    _taken_over_by_another_pc(demo_path)
    # The lock's own thread reads the lock back every two seconds; the window polls it.
    qtbot.waitUntil(lambda: window.lock_guard.banner.isVisible(), timeout=10000)
    assert window.event_file is event and event.read_only
    banner = window.lock_guard.banner_label.text()
    assert "Mất quyền sửa" in banner and "may-ban-tiep-3" in banner and "Mở lại để sửa" in banner
    assert window.read_only_label.isVisible() and "may-ban-tiep-3" in window.read_only_label.text()
    assert "[chỉ đọc]" in window.windowTitle()
    assert not tabs["delegates"].add_button.isEnabled()
    assert not window.recovery.erase_action.isEnabled()
    assert not window.intake.import_action.isEnabled()
    assert not tabs["checkin"].credentials_page.merge_button.isEnabled()
    before = counts(event.db.conn)["delegates"]
    with pytest.raises(sqlite3.OperationalError):               # nothing more is saved here
        event.db.execute("UPDATE delegates SET position = 'x'")
    assert window.run_write(lambda db, progress, cancel: None) is None
    assert counts(event.db.conn)["delegates"] == before
    assert json.loads(lock_path(demo_path).read_text(encoding="utf-8"))["host"] == "may-ban-tiep-3"
    window.lock_guard.reopen_button.click()                      # still theirs: read-only again
    assert window.event_file.read_only
    lock_path(demo_path).unlink()                                # they closed it
    window.lock_guard.reopen_button.click()
    assert not window.event_file.read_only and not window.lock_guard.banner.isVisible()
    assert tabs["delegates"].add_button.isEnabled()


def test_read_only_medium_shows_the_banner(window, demo_path, read_only_folder):
    with read_only_folder(demo_path.parent):
        assert window.open_path(demo_path)
        assert window.event_file.read_only
        assert window.read_only_label.isVisible() and window.read_only_label.text()
        assert not window.recovery.erase_action.isEnabled()
        window.close_event_file()


def test_history_viewer_shows_and_filters(window, demo_path):
    from congress_desk.core.registry import update_delegate

    assert window.open_path(demo_path)
    db = window.event_file.db
    did, name = db.execute("SELECT id, full_name FROM delegates ORDER BY id LIMIT 1").fetchone()
    update_delegate(db, did, {"phone": "0912000999", "position": "Chủ tịch Hội Nông dân"}, actor="Văn phòng")
    dialog = window.recovery.history_dialog()
    total = dialog.table.rowCount()
    assert total > 0
    dialog.kind.setCurrentIndex(dialog.kind.findData("delegates"))
    assert 0 < dialog.table.rowCount() < total
    assert {dialog.table.item(r, 2).text().split(" #")[0] for r in range(dialog.table.rowCount())} == {"Đại biểu"}
    dialog.search.setText("van phong")   # no accents, any case
    dialog.reload()
    assert dialog.table.rowCount() >= 1 and dialog.table.item(0, 1).text() == "Văn phòng"
    shown = " ".join(dialog.table.item(r, c).text() for r in range(dialog.table.rowCount()) for c in range(5))
    assert "0912000999" not in shown                   # personal numbers masked here too
    dialog.kind.setCurrentIndex(dialog.kind.findData("nominations"))
    dialog.search.setText("")
    dialog.reload()
    assert dialog.table.rowCount() > 0
    dialog.close()


def test_remove_personal_data_from_the_window(window, demo_path, no_dialogs):
    assert window.open_path(demo_path)
    db = window.event_file.db
    nid = db.execute("SELECT national_id FROM delegates WHERE national_id IS NOT NULL LIMIT 1").fetchone()[0]
    periodic_backup(demo_path, force=True)
    window.recovery.erase_action.trigger()
    assert [k for k, *_ in no_dialogs][:2] == ["question", "information"]
    assert db.execute("SELECT COUNT(*) FROM delegates WHERE national_id IS NOT NULL OR phone IS NOT NULL").fetchone()[0] == 0
    wal = demo_path.with_name(demo_path.name + "-wal")   # the file is still open: its log too
    for place in [demo_path, wal, *(demo_path.parent / "backups").rglob("*.congress")]:
        if place.exists():
            assert nid.encode() not in place.read_bytes(), place.name


def test_delegate_list_masks_phones(window, demo_path):
    assert window.open_path(demo_path)
    tab = window.tab("delegates")
    model = tab.model if hasattr(tab, "model") else None
    assert model is not None
    col = model.COLUMNS.index("phone")
    assert "national_id" not in model.COLUMNS
    shown = [model.data(model.index(r, col)) for r in range(min(model.rowCount(), 200))]
    phones = {r[0] for r in window.event_file.db.execute("SELECT phone FROM delegates WHERE phone IS NOT NULL")}
    assert shown and not phones & set(shown)
    assert any(s and s.startswith("•") for s in shown)


def test_a_write_right_after_a_takeover_saves_nothing(window, demo_path, no_dialogs, qtbot, monkeypatch):
    """Between another PC's takeover and this window's next look at the lock (every half
    second, the lock's own thread every two), a write was still saved: two writers for a
    moment. Each write now reads the lock back first."""
    assert window.open_path(demo_path)
    event = window.event_file
    guard = window.lock_guard
    monkeypatch.setattr(guard, "poll", lambda: None)     # the window has not looked yet
    _taken_over_by_another_pc(demo_path)
    ran, failed = [], []

    def op(db, progress, cancel):
        ran.append(True)
        db.execute("UPDATE delegates SET position = 'x'")
        return None

    before = counts(event.db.conn)["delegates"]
    window.run_write(op, on_error=failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert not ran
    assert "may-ban-tiep-3" in str(failed[0]) and "chưa được lưu" in str(failed[0])
    assert event.lock is not None and event.lock.lost      # the window's next look switches it to read-only
    monkeypatch.undo()
    qtbot.waitUntil(lambda: event.read_only and guard.banner.isVisible(), timeout=5000)
    assert counts(event.db.conn)["delegates"] == before
