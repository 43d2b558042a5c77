"""Personal data: removed everywhere after the congress, never in the log."""

from __future__ import annotations

import logging
import sqlite3

from congress_desk.core.backups import periodic_backup
from congress_desk.core.checkin.desk import Desk
from congress_desk.core.checkin.journal import read_journal
from congress_desk.core.checkin.store import merge_journals
from congress_desk.core.db import open_event
from congress_desk.core.registry import update_delegate
from congress_desk.core.safety.privacy import erase_personal_data


def _all_files(root):
    return [p for p in root.rglob("*") if p.is_file()]


def test_remove_personal_data_everywhere_keeps_statistics_and_history(make_event, tmp_path):
    path = make_event("demo", delegates=120, open=False)
    journals = tmp_path / "journals"
    with open_event(path) as ev:
        db = ev.db
        person = next(db.query("SELECT id, code, national_id, phone, birth_date FROM delegates "
                               "WHERE national_id IS NOT NULL AND phone IS NOT NULL AND birth_date IS NOT NULL "
                               "LIMIT 1"))
        update_delegate(db, person["id"], {"phone": "0912000111"}, actor="Văn phòng")
        desk = Desk(path, desk="Bàn 1", journal_dir=journals, db=db)
        desk.scan(person["code"])
        desk.walkin("Trần Văn Khách", unit="Quận Hồng Bàng", phone="0987654321")
        desk.close(timeout=5)
        merge_journals(db, [journals])
        profile = ("SELECT COUNT(*) FROM delegates WHERE party_member IS NOT NULL OR education IS NOT NULL "
                   "OR political_theory IS NOT NULL OR social_group IS NOT NULL")
        assert db.execute(profile).fetchone()[0] > 100   # the demo fills the profile (schema 9)
        stats_before = db.execute(
            "SELECT COUNT(*), COUNT(birth_year), SUM(gender = 'female'), (SELECT COUNT(*) FROM history), "
            "(SELECT COUNT(*) FROM checkin_events) FROM delegates").fetchone()
    periodic_backup(path, force=True)
    # What crashes leave behind: a damaged copy kept by a restore, a half-written backup.
    damaged = path.parent / "backups" / "damaged"
    damaged.mkdir()
    (damaged / f"{path.stem}-20201109-070000{path.suffix}").write_bytes(path.read_bytes())
    (path.parent / "backups" / f"{path.stem}-20201109-070500{path.suffix}.part").write_bytes(path.read_bytes())
    needles = [person["national_id"], person["phone"], "0912000111", "0987654321", person["birth_date"]]
    places = [path, *_all_files(path.parent / "backups"), *_all_files(journals), *_all_files(desk.local_dir)]
    assert any(n.encode() in p.read_bytes() for p in places for n in needles)  # the test can fail

    report = erase_personal_data(path, journal_dirs=[journals])

    assert report.delegates >= 100 and report.backups == 1 and report.journal_lines >= 1
    assert report.damaged_removed == 1
    for place in [path, *_all_files(path.parent), *_all_files(desk.local_dir)]:
        data = place.read_bytes()
        for needle in needles:
            assert needle.encode() not in data, f"{needle} still in {place.name}"
    with open_event(path) as ev:
        db = ev.db
        assert db.execute("SELECT COUNT(*) FROM delegates WHERE national_id IS NOT NULL OR phone IS NOT NULL "
                          "OR birth_date IS NOT NULL").fetchone()[0] == 0
        assert db.execute(profile).fetchone()[0] == 0, "the profile is personal data too"
        stats_after = db.execute(
            "SELECT COUNT(*), COUNT(birth_year), SUM(gender = 'female'), (SELECT COUNT(*) FROM history), "
            "(SELECT COUNT(*) FROM checkin_events) FROM delegates").fetchone()
        assert stats_after == stats_before
        # Journals still read whole (checksums redone) and merging them again adds nothing.
        uid = db.execute("SELECT value FROM settings WHERE key = 'event_uid'").fetchone()[0].strip('"')
        for journal in _all_files(journals):
            assert read_journal(journal, uid).problems == []
        assert merge_journals(db, [journals]).added == 0
    conn = sqlite3.connect(str(path))
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_tracebacks_in_the_log_are_scrubbed(tmp_path):
    from congress_desk import logs

    path = logs.setup_logging()
    try:
        raise ValueError("delegate 031175001234 phone 0912345678 / 091 234 5678 / 0225.3842.123")
    except ValueError:
        logs.log_exception("hardening test")
    logging.getLogger("congress_desk").warning("national id %s, phone %s", "031175001234", "912345678")
    text = path.read_text(encoding="utf-8")
    assert "hardening test" in text and "Traceback" in text and "ValueError" in text
    for number in ("031175001234", "0912345678", "091 234 5678", "0225.3842.123", "912345678"):
        assert number not in text


def test_printed_lists_carry_no_personal_numbers_by_default(make_event, tmp_path):
    import subprocess
    import sys

    import pdfplumber

    path = make_event("demo", delegates=80, open=False)
    with open_event(path, read_only=True) as ev:
        numbers = {r[0] for r in ev.db.execute("SELECT national_id FROM delegates WHERE national_id IS NOT NULL")}
        numbers |= {r[0] for r in ev.db.execute("SELECT phone FROM delegates WHERE phone IS NOT NULL")}
    for kind in ("delegate-list", "checkin-list"):
        out = tmp_path / f"{kind}.pdf"
        done = subprocess.run([sys.executable, "-m", "congress_desk", "print", str(path), kind, "--out", str(out)],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        with pdfplumber.open(out) as pdf:
            text = "".join((page.extract_text() or "") for page in pdf.pages).replace(" ", "")
        assert len(text) > 500
        assert not [n for n in numbers if n in text], kind


def test_history_lists_every_kind_of_change(make_event):
    from congress_desk.core.safety.history import list_history

    ev = make_event("demo", delegates=80)
    kinds = {r["kind"] for r in list_history(ev.db)}
    assert {"delegates", "seats", "nominations", "checkins"} <= kinds
    scans = list_history(ev.db, kind="checkins")
    assert scans and all(r["actor"] for r in scans if r["entity"] == "checkin")  # by which desk
