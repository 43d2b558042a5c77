"""Long soak of the hardening tests: many more SIGKILLs and fuzz cases than the suite runs.

    python bench/soak_hardening.py [--kills 200] [--mutations 2000] [--examples 1000]
                                   [--checkin-trials 40] [--only checkin]
    python bench/soak_hardening.py --only lock|restore [--lock-trials 120] [--latency-ms 10]
                                   [--restore-trials 40] [--code OTHER_TREE]

Runs tests/hardening with the counts raised through environment variables and prints the
figures (kills survived per kind, fuzz cases, peak memory and worst time of a hostile file).
Also times the integrity check ``open_event`` now makes against a bare open (the ratio).

Then the check-in soak (issue 15): each trial sets up desks on several "laptops", two of
them with the same desk name and the same walk-in range (forced: as two laptops set up
offline could draw), one with a clock 2 h fast and one 45 min slow, some of them offline
(their own folder, copied to the share only at the end), plus a rehearsal desk. They scan,
undo their own mistaken scans, record absences and register walk-ins at random. Then every
journal is merged, twice, into a copy of the event file, and the soak checks that the
attendance is what happened (nobody present made absent by a skewed undo), that every
walk-in is in the registry exactly once (clashing codes recoded), that the rehearsal left
nothing, that the second merge adds nothing, and that the fast desk's clock is reported.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def open_ratio(runs: int = 7) -> None:
    import sqlite3

    from congress_desk.core.db import open_event

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.congress"
        subprocess.run([sys.executable, "-m", "congress_desk", "demo", str(path)], check=True,
                       capture_output=True)
        ours, bare = [], []
        for _ in range(runs):
            start = time.perf_counter()
            open_event(path).close()
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            conn = sqlite3.connect(str(path))
            conn.execute("PRAGMA user_version").fetchone()
            conn.close()
            bare.append(time.perf_counter() - start)
        check = []
        for _ in range(runs):
            conn = sqlite3.connect(str(path))
            start = time.perf_counter()
            conn.execute("PRAGMA quick_check").fetchall()
            check.append(time.perf_counter() - start)
            conn.close()
    print(f"open_event (550 delegates, with quick_check): {min(ours) * 1000:.1f} ms; "
          f"quick_check alone {min(check) * 1000:.1f} ms; bare sqlite3 open {min(bare) * 1000:.2f} ms; "
          f"ratio open_event / bare = {min(ours) / min(bare):.1f}")


def checkin_soak(trials: int, seed: int = 15) -> int:
    """The check-in soak described in the module doc; returns the number of failed trials."""
    import datetime as dt
    import random
    import sqlite3

    from congress_desk.core.checkin.desk import CHECKED_IN, Desk
    from congress_desk.core.checkin.report import load_attendance
    from congress_desk.core.checkin.session import start_rehearsal
    from congress_desk.core.checkin.store import merge_journals
    from congress_desk.core.db import open_event
    from congress_desk.core.demo import build_demo

    tz = dt.timezone(dt.timedelta(hours=7))
    failures = events_total = recoded_total = skew_found = 0
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base.congress"
        build_demo(base, delegates=600, seed=seed).close()
        conn = sqlite3.connect(base)
        pool = [r[0] for r in conn.execute(
            "SELECT code FROM delegates WHERE status = 'active' AND code NOT IN (SELECT code FROM checkin_events)")]
        before = conn.execute("SELECT COUNT(*) FROM delegates").fetchone()[0]
        conn.close()
        for trial in range(trials):
            rng = random.Random(seed * 1000 + trial)
            root = Path(tmp) / f"t{trial}"
            root.mkdir()
            event_path = root / "event.congress"
            shutil.copyfile(base, event_path)
            share = root / "share"
            real = [dt.datetime(2020, 11, 9, 6, 45, tzinfo=tz)]
            # (name, clock offset, online, forced walk-in range)
            specs = [("Bàn 1", 0, True, 40), ("Bàn 1", 120, rng.random() < 0.5, 40), ("Bàn 2", -45, False, None),
                     ("Bàn 3", 0, True, None), ("Bàn 4", 0, rng.random() < 0.5, None)]
            desks = []
            for i, (name, offset, online, rng_index) in enumerate(specs):
                folder = share if online else root / f"offline{i}"
                desks.append(Desk(event_path, desk=name, journal_dir=folder, local_dir=root / f"laptop{i}",
                                  walkin_range=rng_index,
                                  clock=lambda o=offset, r=real: r[0] + dt.timedelta(minutes=o)))
            uid_desk = desks[0]
            start_rehearsal(root / "laptop-r", uid_desk.uid)
            rehearsal = Desk(event_path, desk="Bàn 1", journal_dir=share, local_dir=root / "laptop-r")
            truth: dict[str, set] = {}          # code -> desks whose own scan of it stands
            walkins: list[str] = []
            codes = rng.sample(pool, 100)
            try:
                for _step in range(rng.randint(120, 220)):
                    real[0] += dt.timedelta(seconds=rng.randint(1, 20))
                    i = rng.randrange(len(desks))
                    d = desks[i]
                    roll = rng.random()
                    if roll < 0.70:
                        code = rng.choice(codes)
                        if d.scan(code).status == CHECKED_IN:
                            truth.setdefault(code, set()).add(i)
                    elif roll < 0.82:
                        mine = [c for c, who in truth.items() if i in who]
                        if mine:
                            code = rng.choice(mine)
                            d.undo(code, "Quét nhầm")
                            truth[code].discard(i)
                    elif roll < 0.90:
                        name = f"Khách {trial} {len(walkins)}"
                        d.walkin(name)
                        walkins.append(name)
                    elif roll < 0.95:
                        rehearsal.scan(rng.choice(codes))
                    else:
                        for other in desks:
                            other.refresh()
                    if rng.random() < 0.2:
                        d.refresh()
                for d in [*desks, rehearsal]:
                    d.flush()
            finally:
                for d in [*desks, rehearsal]:
                    d.close()
            folders = [share] + [root / f"offline{i}" for i, s in enumerate(specs) if not s[2]]
            problems = []
            with open_event(event_path) as event:
                first = merge_journals(event.db, folders)
                second = merge_journals(event.db, folders)
                _, att = load_attendance(event.db)
                names = [r[0] for r in event.db.execute(
                    "SELECT full_name FROM delegates WHERE full_name LIKE ?", [f"Khách {trial} %"])]
                count = event.db.execute("SELECT COUNT(*) FROM delegates").fetchone()[0]
            present = {c for c in codes if att.is_present(c)}
            expected = {c for c, who in truth.items() if who}
            if present != expected:
                problems.append(f"present {len(present)} != expected {len(expected)}: "
                                f"{sorted(present ^ expected)[:5]}")
            if sorted(names) != sorted(walkins) or count != before + len(walkins):
                problems.append(f"walk-ins {len(names)} in the registry for {len(walkins)} registered")
            if first.problems or second.added or second.walkins:
                problems.append(f"problems {first.problems[:2]}, second merge added {second.added}")
            if rehearsal.attendance.present_codes() and not first.other_sessions:
                problems.append("the rehearsal was not reported")
            skewed = [k for k in first.skew if k["desk"] == "Bàn 1" and k["minutes"] >= 60]
            skew_found += bool(skewed)
            events_total += first.added
            recoded_total += len(first.recoded)
            if problems:
                failures += 1
                print(f"trial {trial}: " + "; ".join(problems))
    took = time.perf_counter() - start
    print(f"check-in soak: {trials} trials, {events_total} events merged, {recoded_total} clashing walk-in codes "
          f"recoded, fast clock reported in {skew_found}/{trials} trials, {failures} failed trials, "
          f"{took:.0f} s")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200, help="SIGKILLs per kind (suite: 15)")
    parser.add_argument("--mutations", type=int, default=2000, help="mutated workbooks (suite: 40)")
    parser.add_argument("--examples", type=int, default=1000, help="hypothesis examples per test (suite: 30)")
    parser.add_argument("--checkin-trials", type=int, default=40, help="check-in soak trials (issue 15)")
    parser.add_argument("--only", choices=["checkin", "lock", "restore", "suite"],
                        help="run only the check-in desks, the lock races, the restores under kill, or the hardening suite")
    parser.add_argument("--lock-trials", type=int, default=120, help="lock takeover races per kind")
    parser.add_argument("--latency-ms", type=float, default=10.0, help="share latency injected in the races")
    parser.add_argument("--restore-trials", type=int, default=40, help="restores killed at random moments")
    parser.add_argument("--code", help="source tree the child processes run (default: this one)")
    parser.add_argument("--kinds", choices=["all", "dead", "other-pc"], default="all",
                        help="which stale lock the races take over")
    args = parser.parse_args()
    if args.only == "checkin":
        return 1 if checkin_soak(args.checkin_trials) else 0
    if args.only in ("lock", "restore"):
        return issue15_main(args)
    env = dict(os.environ, CONGRESS_DESK_KILLS=str(args.kills), CONGRESS_DESK_FUZZ_MUTATIONS=str(args.mutations),
               CONGRESS_DESK_FUZZ_EXAMPLES=str(args.examples), QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pytest", "tests/hardening", "-q", "-s", "-p", "no:warnings"],
                          cwd=ROOT, env=env)
    print(f"soak took {time.perf_counter() - start:.0f} s")
    open_ratio()
    shutil.rmtree(ROOT / ".hypothesis", ignore_errors=True)
    if args.only == "suite":
        return done.returncode
    failed = checkin_soak(args.checkin_trials)
    return done.returncode or issue15_main(args) or (1 if failed else 0)



# ---------------------------------------------------------------------------------------------
# Lock takeover races and restores under kill (issue 15). Separate functions, so that other
# scenarios added to this file merge cleanly.
#
#   python bench/soak_hardening.py --only lock --lock-trials 120 [--latency-ms 10] [--code /work/main]
#   python bench/soak_hardening.py --only restore --restore-trials 40 [--code /work/main]
#
# ``--code`` runs the child processes on another source tree (e.g. the code before the fix, as
# ``git archive e829425 src | tar -x -C /tmp/base``) to measure the "before" figure with exactly
# the same harness. The checker is always this tree's code, so both must share the schema version.

# A child taking over the same stale lock as its sibling. Share latency is injected at the
# operating-system calls on the lock's files (so the same harness measures any version of the code).
_TAKER = r"""
import os, sys, time, pathlib, json
latency = float(sys.argv[3])
if latency > 0:
    def slow(fn):
        def wrapped(*a, **k):
            target = str(a[0]) if a else ""
            if ".lock" in target:
                time.sleep(latency)
            return fn(*a, **k)
        return wrapped
    os.open = slow(os.open)
    os.replace = slow(os.replace)
    os.rename = slow(os.rename)
    for name in ("read_text", "read_bytes", "write_text", "write_bytes", "unlink"):
        setattr(pathlib.Path, name, slow(getattr(pathlib.Path, name)))
from congress_desk.core.db import open_event
import random
# Start together, give or take a few file-system steps: the races live in those offsets.
go = float(sys.argv[2]) + random.uniform(0, 3 * latency + 0.003)
while time.time() < go:
    time.sleep(0.0005)
ev = open_event(sys.argv[1])
writer = not ev.read_only
time.sleep(0.5)                                   # hold it a moment, as a real writer would
print(json.dumps({"writer": writer}), flush=True)
ev.close()
"""


def _stale_lock(path: Path, kind: str) -> None:
    import datetime as dt
    import json as _json

    if kind == "dead":      # this host, its process gone: stale for sure, taken at once
        proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
        from congress_desk.core.lock import hostname

        host, pid, every = hostname(), int(proc.stdout), 15
    else:                   # another PC whose heartbeat never changes: judged by watching it (every 20 ms)
        host, pid, every = "may-da-tat", 4242, 0.02
    now = dt.datetime.now(dt.UTC).isoformat()
    Path(str(path) + ".lock").write_text(_json.dumps({"host": host, "user": "x", "pid": pid, "heartbeat": now,
                                                      "since": now, "every": every}), encoding="utf-8")


def lock_takeover_race(trials: int, latency_ms: float, takers: int = 2, code: Path = ROOT,
                       kinds=("dead", "other-pc")) -> dict:
    # "other-pc" is judged by watching its heartbeat: code that judges by the clock never takes it.
    """Several processes take over one stale lock at the same moment; count the trials where more
    than one became a writer. Returns {kind: (bad trials, trials)}."""
    import json as _json

    env = dict(os.environ, PYTHONPATH=str(code / "src"), CONGRESS_DESK_LANG="en")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "t.congress"
        subprocess.run([sys.executable, "-m", "congress_desk", "demo", str(template), "--delegates", "20"],
                       check=True, capture_output=True, env=env)
        for kind in kinds:
            bad = 0
            for n in range(trials):
                path = Path(tmp) / f"{kind}-{n}.congress"
                shutil.copy(template, path)
                _stale_lock(path, kind)
                go = time.time() + 1.5            # every child imported and waiting by then
                procs = [subprocess.Popen([sys.executable, "-c", _TAKER, str(path), str(go), str(latency_ms / 1000)],
                                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
                         for _ in range(takers)]
                writers = 0
                for p in procs:
                    out, err = p.communicate(timeout=120)
                    if p.returncode != 0:
                        print(f"  taker failed: {err.strip().splitlines()[-1:]}")
                        continue
                    writers += _json.loads(out)["writer"]
                bad += writers > 1
                path.unlink()
            results[kind] = (bad, trials)
            print(f"lock takeover race ({kind}, {takers} takers, {latency_ms:g} ms latency, code {code.name}): "
                  f"two writers in {bad} of {trials} trials")
    return results


# A writer that saves one edit and is killed: the edit lives only in the write-ahead log.
_SAVE_AND_DIE = r"""
import sys, time
from congress_desk.core.db import open_event
ev = open_event(sys.argv[1])
ev.conn.execute("UPDATE delegates SET position = 'LAST-EDIT' WHERE id = (SELECT MIN(id) FROM delegates)")
ev.conn.commit()
print("saved", flush=True)
time.sleep(60)
"""

# An editor (a window left open) that saves an edit every 50 ms for two seconds while a restore
# may be running; it prints the edits it saved.
_EDITOR = r"""
import json, sys, time
from congress_desk.core.db import open_event
ev = open_event(sys.argv[1])
saved = []
if not ev.read_only:
    end = time.time() + 2.0
    while time.time() < end:
        try:
            ev.conn.execute("INSERT INTO settings(key, value) VALUES (?, '1')", ["soak-%d" % len(saved)])
            ev.conn.commit()
        except Exception:
            break                      # refused (read-only now): nothing more is saved
        saved.append("soak-%d" % len(saved))
        time.sleep(0.05)
print(json.dumps(saved), flush=True)
ev.close()
"""


def _keys(path: Path) -> set:
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return {r[0] for r in conn.execute("SELECT key FROM settings WHERE key LIKE 'soak-%'")}
        finally:
            conn.close()
    except sqlite3.Error:
        return set()


def _count(path: Path, value: str) -> int:
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT COUNT(*) FROM delegates WHERE position = ?", [value]).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _mark(path: Path, value: str) -> None:
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("UPDATE delegates SET position = ? WHERE id = (SELECT MIN(id) + 1 FROM delegates)", [value])
    conn.commit()
    conn.close()


def restore_under_kill(trials: int, code: Path = ROOT, seed: int = 15) -> dict:
    """``restore`` SIGKILLed at a random moment while an editor tries to save; afterwards the file
    must open, be sound, and be either the old file with its last edit or the restored backup,
    with a message when a restore was interrupted; an edit reported saved must not vanish."""
    import random

    from congress_desk.core.db import open_event  # the checker is always today's code

    rng = random.Random(seed)
    env = dict(os.environ, PYTHONPATH=str(code / "src"), CONGRESS_DESK_LANG="en")
    import json

    tally = {"trials": trials, "killed": 0, "unopenable": 0, "lost_last_edit": 0, "edits_saved": 0,
             "edit_vanished": 0, "trials_with_vanished_edits": 0, "interrupted_said": 0, "interrupted_silent": 0}
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "t.congress"
        subprocess.run([sys.executable, "-m", "congress_desk", "demo", str(template), "--delegates", "150"],
                       check=True, capture_output=True, env=env)
        timed = []
        for n in range(trials):
            folder = Path(tmp) / f"r{n}"
            folder.mkdir()
            path = folder / "dai-hoi.congress"
            shutil.copy(template, path)
            backup_dir = folder / "backups"
            backup_dir.mkdir()
            backup = backup_dir / "dai-hoi-20201101-080000.congress"
            shutil.copy(template, backup)
            _mark(backup, "FROM-BACKUP")
            writer = subprocess.Popen([sys.executable, "-c", _SAVE_AND_DIE, str(path)], stdout=subprocess.PIPE,
                                      text=True, env=env)
            writer.stdout.readline()
            writer.kill()
            writer.wait()
            writer.stdout.close()
            start = time.perf_counter()
            restore = subprocess.Popen([sys.executable, "-m", "congress_desk", "restore", str(path), str(backup)],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            # The editor starts during the restore (imports take about as long as the restore's).
            time.sleep(rng.uniform(0.0, 1.0))
            editor = subprocess.Popen([sys.executable, "-c", _EDITOR, str(path)], stdout=subprocess.PIPE,
                                      stderr=subprocess.DEVNULL, text=True, env=env)
            delay = rng.uniform(0.5, 2.5)
            try:
                restore.wait(timeout=delay)
                timed.append(time.perf_counter() - start)
            except subprocess.TimeoutExpired:
                restore.kill()
                restore.wait()
                tally["killed"] += 1
            saved = json.loads(editor.communicate(timeout=120)[0].strip() or "[]")
            marker = Path(str(path) + ".restore-in-progress").exists()
            try:
                with open_event(path, take_stale_lock=True) as ev:
                    sound = ev.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
                    notices = ev.notices
            except Exception as exc:  # noqa: BLE001 - a soak counts every way a file fails to open
                print(f"  trial {n}: cannot open: {exc}")
                tally["unopenable"] += 1
                continue
            tally["unopenable"] += not sound
            kept = [p for p in backup_dir.rglob("*.congress") if p != backup]
            if _count(path, "FROM-BACKUP"):           # the restored backup: the old file must be kept
                if not any(_count(p, "LAST-EDIT") for p in kept):
                    tally["lost_last_edit"] += 1
            elif not _count(path, "LAST-EDIT"):       # the old file, opening normally without its last edit
                tally["lost_last_edit"] += 1
            if marker:
                tally["interrupted_said" if notices else "interrupted_silent"] += 1
            if saved:
                tally["edits_saved"] += len(saved)
                found = set().union(*(_keys(p) for p in [path, *backup_dir.rglob("*.congress")]))
                vanished = [k for k in saved if k not in found]
                tally["edit_vanished"] += len(vanished)
                tally["trials_with_vanished_edits"] += bool(vanished)
            shutil.rmtree(folder, ignore_errors=True)
    print(f"restore under kill (code {code.name}): " + ", ".join(f"{k} {v}" for k, v in tally.items()))
    return tally


# ``restore`` killed exactly when it renames the backup over the event file (any version of the code).
_RESTORE_KILLED_AT_SWAP = r"""
import os, signal, sys
real = os.replace
def replace(src, dst, *a, **k):
    if os.path.abspath(str(dst)) == os.path.abspath(sys.argv[1]):
        os.kill(os.getpid(), signal.SIGKILL)
    return real(src, dst, *a, **k)
os.replace = replace
from congress_desk.cli import main
sys.exit(main(["restore", sys.argv[1], sys.argv[2]]))
"""


def restore_killed_at_swap(trials: int, code: Path = ROOT) -> dict:
    """Kill ``restore`` just before the backup replaces the event file: the file must open with
    its last edit (kept whole), and say that a restore was interrupted."""
    from congress_desk.core.db import open_event

    env = dict(os.environ, PYTHONPATH=str(code / "src"), CONGRESS_DESK_LANG="en")
    tally = {"trials": trials, "lost_last_edit": 0, "silent": 0}
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "t.congress"
        subprocess.run([sys.executable, "-m", "congress_desk", "demo", str(template), "--delegates", "150"],
                       check=True, capture_output=True, env=env)
        for n in range(trials):
            folder = Path(tmp) / f"s{n}"
            (folder / "backups").mkdir(parents=True)
            path = folder / "dai-hoi.congress"
            shutil.copy(template, path)
            backup = folder / "backups" / "dai-hoi-20201101-080000.congress"
            shutil.copy(template, backup)
            _mark(backup, "FROM-BACKUP")
            writer = subprocess.Popen([sys.executable, "-c", _SAVE_AND_DIE, str(path)], stdout=subprocess.PIPE,
                                      text=True, env=env)
            writer.stdout.readline()
            writer.kill()
            writer.wait()
            writer.stdout.close()
            subprocess.run([sys.executable, "-c", _RESTORE_KILLED_AT_SWAP, str(path), str(backup)],
                           capture_output=True, env=env, timeout=120)
            with open_event(path) as ev:
                notices = ev.notices
            if not _count(path, "FROM-BACKUP") and not _count(path, "LAST-EDIT"):
                tally["lost_last_edit"] += 1
            tally["silent"] += not notices
            shutil.rmtree(folder, ignore_errors=True)
    print(f"restore killed at the swap (code {code.name}): " + ", ".join(f"{k} {v}" for k, v in tally.items()))
    return tally


def issue15_main(args) -> int:
    code = Path(args.code).resolve() if args.code else ROOT
    bad = 0
    if args.only in (None, "lock"):
        for latency in sorted({0.0, args.latency_ms}):
            kinds = ("dead", "other-pc") if args.kinds == "all" else (args.kinds,)
            for counts in lock_takeover_race(args.lock_trials, latency, code=code, kinds=kinds).values():
                bad += counts[0]
    if args.only in (None, "restore"):
        tally = restore_under_kill(args.restore_trials, code=code)
        bad += tally["unopenable"] + tally["lost_last_edit"] + tally["edit_vanished"] + tally["interrupted_silent"]
        swap = restore_killed_at_swap(max(3, args.restore_trials // 8), code=code)
        bad += swap["lost_last_edit"] + swap["silent"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
