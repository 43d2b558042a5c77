"""Crash safety: real subprocesses SIGKILLed at random write steps in the middle of an import,
an auto-seating, council votes, desk check-ins and a journal merge. After each kill the
file passes ``PRAGMA integrity_check`` and the domain invariants, and each change is there
whole or not at all."""

from __future__ import annotations

import shutil
import sqlite3

from fixtures.workbooks import people, unit_xlsx
from harness import (
    KILLS,
    child_env,
    cli,
    counted_run,
    driver,
    kill_points,
    kill_with_retries,
    sql,
)

from congress_desk.core.checkin.journal import read_journal
from congress_desk.core.safety.integrity import invariants


def _check_whole(path):
    conn = sqlite3.connect(str(path))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert invariants(conn) == []
    finally:
        conn.close()


def _tally(tally, kind, killed, runs):
    k, r = tally.get(kind, [0, 0])
    tally[kind] = [k + killed, r + runs]


def test_kill_during_import(demo_path, tmp_path, kill_tally):
    env = child_env(tmp_path)
    persons = people(120, seed=77)
    files = [unit_xlsx(tmp_path / "le-chan.xlsx", persons[:60], unit="QUẬN LÊ CHÂN"),
             unit_xlsx(tmp_path / "an-lao.xlsx", persons[60:], unit="HUYỆN AN LÃO")]
    ids = [[p.national_id for p in persons[:60]], [p.national_id for p in persons[60:]]]

    def found(path, wanted):
        marks = ",".join("?" * len(wanted))
        return [r[0] for r in sql(path, f"SELECT id FROM delegates WHERE national_id IN ({marks})", wanted)]

    full = tmp_path / "full.congress"
    shutil.copy(demo_path, full)
    base, done = counted_run(cli("import", full, *files), env, tmp_path)
    assert done.returncode in (0, 1), done.stderr
    expected = [len(found(full, w)) for w in ids]
    assert all(n > 50 for n in expected)
    killed, whole = 0, 0
    for i, at in enumerate(kill_points(base, KILLS, seed=1)):
        target = tmp_path / f"k{i}.congress"
        killed += kill_with_retries(cli("import", target, *files), env, at,
                                    lambda t=target: shutil.copy(demo_path, t), tmp_path)
        _check_whole(target)
        for wanted, n in zip(ids, expected, strict=True):
            got = found(target, wanted)
            assert len(got) in (0, n), f"file half imported after a kill at step {at}: {len(got)} of {n}"
            whole += bool(got)
            if got:  # every added person has their history line
                marks = ",".join("?" * len(got))
                hist = sql(target, f"SELECT COUNT(DISTINCT entity_id) FROM history WHERE entity = 'delegate' "
                                   f"AND action = 'add' AND entity_id IN ({marks})", got)[0][0]
                assert hist == len(got)
        target.unlink()
    _tally(kill_tally, "import", killed, KILLS)
    kill_tally["import files after a kill"] = [f"{whole} whole", f"{2 * KILLS - whole} none (never half)"]
    assert killed == KILLS, "a run ended before its kill step: the test proves less"


def test_kill_during_auto_seating(demo_path, tmp_path, kill_tally):
    env = child_env(tmp_path)
    start = tmp_path / "start.congress"
    shutil.copy(demo_path, start)
    conn = sqlite3.connect(str(start))
    conn.execute("DELETE FROM seat_assignments WHERE locked = 0")
    conn.commit()
    conn.close()
    before = sql(start, "SELECT COUNT(*) FROM seat_assignments WHERE delegate_id IS NOT NULL")[0][0]
    hist_before = sql(start, "SELECT COUNT(*) FROM history WHERE entity = 'seats'")[0][0]
    full = tmp_path / "full.congress"
    shutil.copy(start, full)
    base, done = counted_run(cli("seat", full, "--auto", "--json"), env, tmp_path)
    assert done.returncode in (0, 1), done.stderr
    after = sql(full, "SELECT COUNT(*) FROM seat_assignments WHERE delegate_id IS NOT NULL")[0][0]
    assert after > before + 100
    killed = 0
    done_seatings = 0
    for i, at in enumerate(kill_points(base, KILLS, seed=2)):
        target = tmp_path / f"k{i}.congress"
        killed += kill_with_retries(cli("seat", target, "--auto"), env, at, lambda t=target: shutil.copy(start, t),
                                    tmp_path)
        _check_whole(target)
        n = sql(target, "SELECT COUNT(*) FROM seat_assignments WHERE delegate_id IS NOT NULL")[0][0]
        assert n in (before, after), f"seating half written after a kill at step {at}: {n}"
        done_seatings += n == after
        hist = sql(target, "SELECT COUNT(*) FROM history WHERE entity = 'seats'")[0][0]
        assert (hist > hist_before) == (n == after)
        target.unlink()
    _tally(kill_tally, "seat", killed, KILLS)
    kill_tally["seatings after a kill"] = [f"{done_seatings} whole", f"{KILLS - done_seatings} none (never half)"]
    assert killed == KILLS


def test_kill_during_council_votes(demo_path, tmp_path, kill_tally):
    env = child_env(tmp_path)
    full = tmp_path / "full.congress"
    shutil.copy(demo_path, full)
    base, done = counted_run(driver("vote", full, 6), env, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("vote") >= 6
    killed = 0
    votes = 0
    for i, at in enumerate(kill_points(base, KILLS, seed=3)):
        target = tmp_path / f"k{i}.congress"
        killed += kill_with_retries(driver("vote", target, 6), env, at, lambda t=target: shutil.copy(demo_path, t),
                                    tmp_path)
        _check_whole(target)
        # Each vote and its history line are one transaction: the latest history line of
        # each (meeting, nomination) carries the count the vote table holds.
        for meeting, nom, approve in sql(target, "SELECT meeting_id, nomination_id, approve FROM council_votes"):
            lines = sql(target, "SELECT detail FROM nomination_history WHERE nomination_id = ? AND detail LIKE ? "
                                "ORDER BY id DESC LIMIT 1", (nom, f'%"meeting_id": {meeting},%'))
            assert lines and f'"approve": {approve},' in lines[0][0]
            votes += 1
        target.unlink()
    _tally(kill_tally, "vote", killed, KILLS)
    kill_tally["votes checked after kills"] = [f"{votes} votes", "each with its history line"]
    assert killed == KILLS


def _journal_ids(folder, uid):
    ids, problems, torn = set(), [], 0
    for path in sorted(folder.rglob("*.jsonl")):
        res = read_journal(path, uid)
        ids |= {e["id"] for e in res.events}
        problems += res.problems
        torn += res.torn
    return ids, problems, torn


def test_kill_during_checkins_and_merge(demo_path, tmp_path, kill_tally):
    env = child_env(tmp_path)
    uid = sql(demo_path, "SELECT value FROM settings WHERE key = 'event_uid'")[0][0].strip('"')
    journals = tmp_path / "journals"
    base, done = counted_run(driver("checkin", demo_path, journals, 25), env, tmp_path)
    assert done.returncode == 0, done.stderr
    killed = 0
    for i, at in enumerate(kill_points(base, KILLS, seed=4)):
        # each run scans 25 people nobody scanned before, so it does the work the count measured
        killed += kill_with_retries(driver("checkin", demo_path, journals, 25, 25 * (i + 1)), env, at,
                                    lambda: None, tmp_path)
    # Desk journals after the kills: at most a torn last line per file, never a bad line.
    local = tmp_path / "local-journals" / uid
    ids, problems, torn = _journal_ids(local, uid)
    assert problems == []
    shared_ids, shared_problems, shared_torn = _journal_ids(journals, uid)
    assert shared_problems == [] and shared_torn == 0  # the share gets whole copies only
    assert shared_ids <= ids
    assert len(ids) >= 25
    # Merge the local journals (the fullest) into the event file, killed at random too.
    merged_before = sql(demo_path, "SELECT COUNT(*) FROM checkin_events")[0][0]
    probe = tmp_path / "probe.congress"
    shutil.copy(demo_path, probe)
    base, _ = counted_run(cli("merge", probe, local), env, tmp_path)
    merge_kills = 0
    for i, at in enumerate(kill_points(base, max(5, KILLS // 3), seed=5)):
        target = tmp_path / f"m{i}.congress"
        merge_kills += kill_with_retries(cli("merge", target, local), env, at,
                                         lambda t=target: shutil.copy(demo_path, t), tmp_path)
        _check_whole(target)
        # Each journal file is one transaction: whole files are in, or none of a file.
        rows = {r[0] for r in sql(target, "SELECT id FROM checkin_events")}
        for path in sorted(local.rglob("*.jsonl")):
            file_ids = {e["id"] for e in read_journal(path, uid).events}
            assert not file_ids & rows or file_ids <= rows
        # Finish the merge: idempotent, and afterwards the file holds exactly the journals.
        done = subprocess_merge(target, local, env)
        rows = {r[0] for r in sql(target, "SELECT id FROM checkin_events")}
        assert ids <= rows and len(rows) == merged_before + len(ids), done
        target.unlink()
    _tally(kill_tally, "checkin", killed, KILLS)
    _tally(kill_tally, "merge", merge_kills, max(5, KILLS // 3))
    # A desk's run does not always take the same write steps: the copy to the shared folder and
    # the cached read of the event file happen on their own thread and only when something
    # changed, so a run now and then ends before its kill step (then it is checked whole, too).
    assert merge_kills == max(5, KILLS // 3) and killed >= KILLS * 4 // 5


def subprocess_merge(target, folder, env):
    import subprocess

    done = subprocess.run(cli("merge", target, folder), env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode in (0, 1), done.stderr
    return done.stderr
