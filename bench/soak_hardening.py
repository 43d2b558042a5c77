"""Long soak of the hardening tests: many more SIGKILLs and fuzz cases than the suite runs.

    python bench/soak_hardening.py [--kills 200] [--mutations 2000] [--examples 1000]
                                   [--checkin-trials 40] [--only checkin]

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
    parser.add_argument("--only", choices=["checkin"], help="run only this part")
    args = parser.parse_args()
    if args.only == "checkin":
        return 1 if checkin_soak(args.checkin_trials) else 0
    env = dict(os.environ, CONGRESS_DESK_KILLS=str(args.kills), CONGRESS_DESK_FUZZ_MUTATIONS=str(args.mutations),
               CONGRESS_DESK_FUZZ_EXAMPLES=str(args.examples), QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pytest", "tests/hardening", "-q", "-s", "-p", "no:warnings"],
                          cwd=ROOT, env=env)
    print(f"soak took {time.perf_counter() - start:.0f} s")
    open_ratio()
    shutil.rmtree(ROOT / ".hypothesis", ignore_errors=True)
    failed = checkin_soak(args.checkin_trials)
    return done.returncode or (1 if failed else 0)


if __name__ == "__main__":
    sys.exit(main())
