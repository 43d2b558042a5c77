"""Filtering the Đại biểu table as someone types, on 5,500 delegates. Target (issue 3):
p95 under 30 ms per keystroke. Printed beside it: a bare Python substring scan over the
same names, and the ratio.

    python bench/bench_filter.py [--delegates 5500]

Each keystroke is measured from the text change to the table view having repainted.
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


def queries(names: list[str], rng: random.Random, count: int) -> list[str]:
    """What people type: a name, without accents, keystroke by keystroke."""
    from congress_desk.core.vietnamese import fold

    out = []
    for name in rng.sample(names, count):
        typed = fold(name)
        out += [typed[:i] for i in range(1, len(typed) + 1)]
    return out


def pct(values: list[float], p: float) -> float:
    return sorted(values)[max(0, round(p * len(values)) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--delegates", type=int, default=5500)
    parser.add_argument("--names", type=int, default=12, help="names typed in full")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from congress_desk.core.demo import build_demo
    from congress_desk.ui.main_window import MainWindow
    from congress_desk.ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp())
    build_demo(tmp / "big.congress", delegates=args.delegates, seed=7).close()
    window = MainWindow(Settings(tmp / "settings.json"))
    window.resize(1400, 860)
    window.show()
    window.open_path(tmp / "big.congress")
    tab = window.tab_widgets["delegates"]
    window.tabs.setCurrentWidget(tab)
    app.processEvents()
    rows = tab.model.all_rows()
    rng = random.Random(1)
    typed = queries([r["full_name"] for r in rows], rng, args.names)

    ours = []
    for text in typed:
        start = time.perf_counter()
        tab.search.setText(text)  # what each keystroke does
        app.processEvents()  # the table relayouts and repaints
        ours.append(time.perf_counter() - start)
    tab.search.clear()
    window.close()

    names = [r["full_name"].lower() for r in rows]
    bare = []
    for text in typed:
        start = time.perf_counter()
        _hits = [n for n in names if text in n]
        bare.append(time.perf_counter() - start)

    print(f"{len(rows)} delegates, {len(typed)} keystrokes")
    print(f"ours (filter + repaint) : p50 {pct(ours, .5) * 1000:6.2f} ms   p95 {pct(ours, .95) * 1000:6.2f} ms"
          f"   (target p95 < 30 ms)")
    print(f"bare substring scan     : p50 {pct(bare, .5) * 1000:6.2f} ms   p95 {pct(bare, .95) * 1000:6.2f} ms")
    print(f"ratio (p95)             : {pct(ours, .95) / pct(bare, .95):.1f}x"
          f"   ratio (median): {statistics.median(ours) / statistics.median(bare):.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
