"""Long soak of the hardening tests: many more SIGKILLs and fuzz cases than the suite runs.

    python bench/soak_hardening.py [--kills 200] [--mutations 2000] [--examples 1000]

Runs tests/hardening with the counts raised through environment variables and prints the
figures (kills survived per kind, fuzz cases, peak memory and worst time of a hostile file).
Also times the integrity check ``open_event`` now makes against a bare open (the ratio).
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200, help="SIGKILLs per kind (suite: 15)")
    parser.add_argument("--mutations", type=int, default=2000, help="mutated workbooks (suite: 40)")
    parser.add_argument("--examples", type=int, default=1000, help="hypothesis examples per test (suite: 30)")
    args = parser.parse_args()
    env = dict(os.environ, CONGRESS_DESK_KILLS=str(args.kills), CONGRESS_DESK_FUZZ_MUTATIONS=str(args.mutations),
               CONGRESS_DESK_FUZZ_EXAMPLES=str(args.examples), QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pytest", "tests/hardening", "-q", "-s", "-p", "no:warnings"],
                          cwd=ROOT, env=env)
    print(f"soak took {time.perf_counter() - start:.0f} s")
    open_ratio()
    shutil.rmtree(ROOT / ".hypothesis", ignore_errors=True)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
