"""Check-in desk speed on a 5,500-delegate event (issue 8).

    python bench/bench_checkin.py [--delegates 5500] [--scans 500] [--names 150] [--all-extensions]

* scan-to-result: ``Desk.scan(code)`` from the code typed by the scanner to the result
  the desk shows, including the journal line written and fsynced. Target p95 < 20 ms.
* name search as you type: ``Desk.search(prefix)`` for every keystroke of a typed name
  (half plain, half with Telex keys left in). Target p95 < 30 ms.

Each is printed with its ratio to a bare indexed SQLite lookup of the same code
(``SELECT … FROM delegates WHERE code = ?`` on the UNIQUE index, connection already open).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p * len(s)) - 1))]


def telex(name: str) -> str:
    """How a name looks typed with Telex keys but the input method off."""
    from congress_desk.core.vietnamese import fold

    marks = {"â": "aa", "ê": "ee", "ô": "oo", "đ": "dd", "ư": "uw", "ơ": "ow", "ă": "aw"}
    out = []
    for word in name.lower().split():
        w = "".join(marks.get(ch, fold(ch)) for ch in word)
        out.append(w + ("s" if word != fold(word) else ""))
    return " ".join(out)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--delegates", type=int, default=5500)
    parser.add_argument("--scans", type=int, default=500)
    parser.add_argument("--names", type=int, default=150)
    parser.add_argument("--all-extensions", action="store_true",
                        help="build the full demo (seats, nominations too); slow on 5,500")
    args = parser.parse_args()

    from congress_desk.core import demo
    from congress_desk.core.checkin.desk import Desk
    from congress_desk.core.demo import build_demo

    if not args.all_extensions:
        # Seating and vetting do not change a scan or a search, and auto-seating 5,500
        # people takes minutes: build the registry plus the check-in morning only.
        demo.EXTENSIONS[:] = [e for e in demo.EXTENSIONS if e[0].startswith("congress_desk.core.checkin.")]

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        path = tmp / "bench.congress"
        t0 = time.perf_counter()
        build_demo(path, delegates=args.delegates, seed=7).close()
        print(f"demo with {args.delegates} delegates built in {time.perf_counter() - t0:.1f} s")

        t0 = time.perf_counter()
        desk = Desk(path, desk="Bàn 1", journal_dir=tmp / "share", local_dir=tmp / "local")
        print(f"desk ready (registry in memory, journals read) in {(time.perf_counter() - t0) * 1000:.0f} ms")
        rng = random.Random(8)
        waiting = [c for c, d in desk.directory.by_code.items()
                   if d["status"] == "active" and not desk.attendance.is_present(c)]
        codes = rng.sample(waiting, min(args.scans, len(waiting)))

        # bare baseline: an indexed lookup of the same codes on an open connection
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        bare = []
        for code in codes:
            t = time.perf_counter()
            conn.execute("SELECT d.*, u.name FROM delegates d LEFT JOIN units u ON u.id = d.unit_id "
                         "WHERE d.code = ?", [code]).fetchone()
            bare.append((time.perf_counter() - t) * 1000)
        conn.close()

        scans = []
        for code in codes:
            t = time.perf_counter()
            res = desk.scan(code)
            scans.append((time.perf_counter() - t) * 1000)
            assert res.status == "checked_in", res.status
        assert desk.flush(30)

        names = [d["full_name"] for d in rng.sample(list(desk.directory.by_code.values()), args.names)]
        keystrokes = []
        for i, name in enumerate(names):
            typed = telex(name) if i % 2 else name.lower()
            keystrokes += [typed[:k] for k in range(1, len(typed) + 1)]
        searches = []
        for q in keystrokes:
            t = time.perf_counter()
            desk.search(q)
            searches.append((time.perf_counter() - t) * 1000)
        desk.close()

    b50, b95 = pct(bare, 0.5), pct(bare, 0.95)
    s50, s95 = pct(scans, 0.5), pct(scans, 0.95)
    q50, q95 = pct(searches, 0.5), pct(searches, 0.95)
    print(f"bare indexed SQLite lookup ({len(bare)} codes):  p50 {b50:.3f} ms  p95 {b95:.3f} ms")
    print(f"scan to result incl. fsynced journal ({len(scans)}): p50 {s50:.2f} ms  p95 {s95:.2f} ms  "
          f"(target p95 < 20 ms)  ratio p50 {s50 / b50:.0f}x  p95 {s95 / b95:.0f}x")
    print(f"name search as you type ({len(searches)} keystrokes): p50 {q50:.2f} ms  p95 {q95:.2f} ms  "
          f"(target p95 < 30 ms)  ratio p50 {q50 / b50:.0f}x  p95 {q95 / b95:.0f}x")
    ok = s95 < 20 and q95 < 30
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
