"""A big import while desks scan on the same event file (issue 15).

    python bench/bench_import_desks.py [--rows 20000] [--desks 3] [--journal delete|wal] [--pace 0.2]

Imports a ``--rows`` CSV into a 550-delegate demo alone, then again while ``--desks``
processes scan the same file the way ``congress-desk checkin`` does (a new desk per scan,
one scan every ``--pace`` seconds each). ``--journal delete`` is the rollback journal the
app uses on a network share, where readers and the writer lock each other out; ``wal`` is
a local file. Prints both import times, their ratio (target: close to 1; CPU is shared
with the desks on one machine, so some slowdown is that), and per desk the scans done,
the scans that went on with their last read (the file busy) and the worst scan time.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))   # the fixture builders live with the tests

from fixtures import workbooks as W  # noqa: E402

from congress_desk.core.db import open_event  # noqa: E402
from congress_desk.core.demo import build_demo  # noqa: E402
from congress_desk.core.intake.importer import import_files  # noqa: E402

DESK = r'''
import json, sys, time, sqlite3
from pathlib import Path
from congress_desk.core.checkin.desk import Desk
event, stop, name, pace = sys.argv[1], Path(sys.argv[2]), sys.argv[3], float(sys.argv[4])
codes = [r[0] for r in sqlite3.connect(event).execute("SELECT code FROM delegates LIMIT 400")]
n = stale = errors = 0
worst = 0.0
while not stop.exists():
    start = time.perf_counter()
    try:
        with Desk(event, desk=name, journal_dir=Path(event).parent / "journals",
                  local_dir=Path(event).parent / ("local-" + name)) as desk:
            desk.scan(codes[n % len(codes)])
            stale += getattr(desk, "stale", False)   # (a desk before issue 15 has none)
    except Exception:
        errors += 1
    n += 1
    worst = max(worst, time.perf_counter() - start)
    time.sleep(pace)
print(json.dumps({"scans": n, "stale": stale, "errors": errors, "worst_s": round(worst, 2)}), flush=True)
'''


def people(rows: int) -> list:
    """``rows`` distinct people (the fixture's name pool holds about 2,000 per seed)."""
    extra = ["Minh", "Thanh", "Hồng", "Ngọc", "Quốc", "Đức", "Thu", "Kim", "Bảo", "Gia", "An", "Phúc"]
    out = []
    for k in range(max(1, -(-rows // 2000))):
        for p in W.people(min(rows, 2000), seed=k):
            family, rest = p.full_name.split(" ", 1)
            out.append(dataclasses.replace(p, full_name=f"{family} {extra[k % len(extra)]} {rest}"))
    return out[:rows]


def one_run(tmp: Path, csv: Path, desks: int, journal: str, pace: float) -> tuple[float, list[str]]:
    folder = tmp / f"run-{desks}"
    folder.mkdir()
    event = folder / "event.congress"
    build_demo(event, delegates=550, seed=1).close()
    conn = sqlite3.connect(event)
    conn.execute(f"PRAGMA journal_mode={journal}")
    conn.close()
    script = folder / "desk.py"
    script.write_text(DESK)
    stop = folder / "stop"
    env = dict(os.environ, CONGRESS_DESK_LOCAL_JOURNALS=str(folder / "desk-local"))
    procs = [subprocess.Popen([sys.executable, str(script), str(event), str(stop), f"Bàn {i + 1}", str(pace)],
                              stdout=subprocess.PIPE, text=True, env=env) for i in range(desks)]
    time.sleep(3 if desks else 0)   # the desks are scanning when the import starts
    try:
        with open_event(event) as ev:
            if journal == "delete":
                ev.db.execute("PRAGMA journal_mode=DELETE")   # as on a network share
            start = time.perf_counter()
            import_files([csv], db=ev.db, unit="Quận Lê Chân")
            took = time.perf_counter() - start
    finally:
        stop.touch()
    return took, [p.communicate()[0].strip() for p in procs]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--desks", type=int, default=3)
    parser.add_argument("--journal", choices=["delete", "wal"], default="delete")
    parser.add_argument("--pace", type=float, default=0.2, help="seconds between a desk's scans")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        csv = W.unit_csv(tmp / "big.csv", people(args.rows))
        alone, _ = one_run(tmp, csv, 0, args.journal, args.pace)
        busy, desks = one_run(tmp, csv, args.desks, args.journal, args.pace)
    print(f"import of {args.rows} rows ({args.journal} journal): alone {alone:.1f} s, with {args.desks} desks "
          f"scanning {busy:.1f} s, ratio {busy / alone:.2f}")
    for i, d in enumerate(desks, start=1):
        print(f"  desk {i}: {d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
