"""The Xét khen thưởng tab with 500+ nominations: (1) loading the table (nominations,
evidence and every check of every nomination), (2) filtering as someone types a name
without accents, to the table having repainted. Printed beside each: a bare baseline
(a plain SELECT of the same rows; a plain substring scan) and the ratio.

    python bench/bench_vetting.py [--delegates 1100]

The demo with 1,100 delegates has about 500 nominations.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pct(values: list[float], p: float) -> float:
    return sorted(values)[max(0, round(p * len(values)) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--delegates", type=int, default=1100)
    parser.add_argument("--names", type=int, default=12, help="names typed in full")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication, QTableView

    from congress_desk.core.demo import build_demo
    from congress_desk.core.vetting.catalogue import load_catalogue
    from congress_desk.core.vetting.nominations import list_nominations
    from congress_desk.core.vetting.rules import evaluate_all
    from congress_desk.core.vietnamese import fold
    from congress_desk.ui.vetting.model import NominationModel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        event = build_demo(Path(tmp) / "big.congress", delegates=args.delegates, seed=7)
        db = event.db
        load, bare_load = [], []
        for _ in range(args.repeat):
            start = time.perf_counter()
            cat = load_catalogue(db)
            rows = list_nominations(db)
            findings = evaluate_all(db, rows, cat)
            load.append(time.perf_counter() - start)
            start = time.perf_counter()
            _plain = [list(db.execute(f"SELECT * FROM {t}").fetchall())
                      for t in ("nominations", "nomination_titles", "nomination_initiatives", "nomination_discipline")]
            bare_load.append(time.perf_counter() - start)
        event.close()

    model = NominationModel()
    model.load(rows, findings, {code: f.short for code, f in cat.forms.items()})
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 700)
    view.show()
    app.processEvents()
    rng = random.Random(1)
    typed = []
    for r in rng.sample(rows, min(args.names, len(rows))):
        text = fold(r["nominee"])
        typed += [text[:i] for i in range(1, len(text) + 1)]
    ours = []
    for text in typed:
        start = time.perf_counter()
        model.set_filter(text)
        view.viewport().repaint()
        app.processEvents()
        ours.append(time.perf_counter() - start)
    names = [r["nominee"].lower() for r in rows]
    bare = []
    for text in typed:
        start = time.perf_counter()
        _hits = [n for n in names if text in n]
        bare.append(time.perf_counter() - start)

    print(f"{len(rows)} nominations, {sum(len(f) for f in findings.values())} findings, {len(typed)} keystrokes")
    print(f"load + all checks        : median {statistics.median(load) * 1000:7.1f} ms")
    print(f"bare SELECT of the tables: median {statistics.median(bare_load) * 1000:7.1f} ms")
    print(f"ratio (load)             : {statistics.median(load) / statistics.median(bare_load):.1f}x")
    print(f"filter + repaint         : p50 {pct(ours, .5) * 1000:6.2f} ms   p95 {pct(ours, .95) * 1000:6.2f} ms")
    print(f"bare substring scan      : p50 {pct(bare, .5) * 1000:6.2f} ms   p95 {pct(bare, .95) * 1000:6.2f} ms")
    print(f"ratio (p95)              : {pct(ours, .95) / pct(bare, .95):.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
