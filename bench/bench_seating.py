"""Seating benchmarks (not tests): print times and ratios.

1. Auto-seating the 550-delegate demo in the default hall vs a 5,500-delegate demo in a
   10× hall (target: ratio ≤ 15×, i.e. close to linear).
2. Opening the seating tab and drawing the 5,500-seat map vs drawing the same number of
   bare QGraphicsRectItems in a plain scene (target: ratio ≤ 3×).

    QT_QPA_PLATFORM=offscreen python bench/bench_seating.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def best(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def make_events(folder: Path):
    from congress_desk.core import demo
    from congress_desk.core.seating.hall import build_default_hall, save_hall, use_hall

    # Only the seating part of the demo: the other areas' demo data does not change
    # what auto-seating does, and building it for 5,500 people takes minutes.
    saved = list(demo.EXTENSIONS)
    demo.EXTENSIONS[:] = [e for e in saved if ".seating." in e[0]]
    try:
        small = demo.build_demo(folder / "550.congress", delegates=550)
        big = demo.build_demo(folder / "5500.congress", delegates=5500)
    finally:
        demo.EXTENSIONS[:] = saved
    hall = build_default_hall(150, name="x10", scale=10)
    save_hall(big.db, hall)
    use_hall(big.db, "x10")
    return small, big


def bench_auto_seat(small, big) -> None:
    from congress_desk.core.seating.autoseat import auto_seat

    r_small = auto_seat(small.db, everyone=True)
    r_big = auto_seat(big.db, everyone=True)
    # Interleaved, best of 7 each, as wall time and as this process's CPU time: the
    # machine may be shared, and other processes' load shows in wall time only.
    wall = {"small": [], "big": []}
    cpu = {"small": [], "big": []}
    for _ in range(7):
        for key, event in (("small", small), ("big", big)):
            w, c = time.perf_counter(), time.process_time()
            auto_seat(event.db, everyone=True)   # the whole protocol pass, not just the unseated
            wall[key].append(time.perf_counter() - w)
            cpu[key].append(time.process_time() - c)
    ws, wb = min(wall["small"]), min(wall["big"])
    cs, cb = min(cpu["small"]), min(cpu["big"])
    print(f"auto-seat   550 delegates: {ws * 1000:8.1f} ms wall, {cs * 1000:8.1f} ms CPU  "
          f"(assigned {r_small.assigned}, unseated {len(r_small.unseated)})")
    print(f"auto-seat 5,500 delegates: {wb * 1000:8.1f} ms wall, {cb * 1000:8.1f} ms CPU  "
          f"(assigned {r_big.assigned}, unseated {len(r_big.unseated)})")
    print(f"ratio 5,500 / 550: {wb / ws:.1f}× wall, {cb / cs:.1f}× CPU  (target ≤ 15×)")


def bench_map(big) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QApplication,
        QGraphicsRectItem,
        QGraphicsScene,
        QGraphicsView,
        QMainWindow,
    )

    from congress_desk.core.seating.hall import load_event_hall
    from congress_desk.ui.seating.scene import PITCH, SEAT
    from congress_desk.ui.seating.tab import SeatingTab

    app = QApplication.instance() or QApplication(sys.argv[:1])
    hall = load_event_hall(big.db)
    n = len(hall.seats)
    positions = [(s.x * PITCH - SEAT / 2, s.y * PITCH - SEAT / 2) for s in hall.seats]
    size = (1100, 800)

    def bare():
        scene = QGraphicsScene()
        for x, y in positions:
            scene.addItem(QGraphicsRectItem(x, y, SEAT, SEAT))
        view = QGraphicsView(scene)
        view.resize(*size)
        view.show()
        view.fitInView(scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
        app.processEvents()
        view.viewport().grab()
        view.close()
        view.deleteLater()
        scene.deleteLater()
        app.processEvents()

    host_window = QMainWindow()

    def ours():
        # the whole tab as a window: hall, people, unseated list, legend, map
        tab = SeatingTab(_HostWidget(host_window, big))
        tab.setParent(None)
        tab.resize(size[0] + 600, size[1])
        tab.show()
        tab.view.fit()
        app.processEvents()
        tab.view.viewport().grab()
        tab.close()
        tab.deleteLater()
        app.processEvents()

    bare()
    ours()
    bare_times, our_times = [], []
    for _ in range(7):  # interleaved, best of 7 each (the machine may be shared)
        bare_times.append(best(bare, 1))
        our_times.append(best(ours, 1))
    t_bare, t_ours = min(bare_times), min(our_times)
    print(f"(medians: bare {statistics.median(bare_times) * 1000:.1f} ms, "
          f"tab {statistics.median(our_times) * 1000:.1f} ms)")
    print(f"draw {n:,} bare QGraphicsRectItems:        {t_bare * 1000:8.1f} ms")
    print(f"open the seating tab and draw {n:,} seats: {t_ours * 1000:8.1f} ms")
    print(f"ratio tab / bare: {t_ours / t_bare:.1f}×  (target ≤ 3×)")


def _HostWidget(parent, event):  # noqa: N802 - reads like the class it makes
    """A QWidget parent carrying the main window's signals, so the tab can be built alone."""
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QWidget

    class HostWidget(QWidget):
        event_opened = Signal()
        event_closed = Signal()
        event_changed = Signal(object)

        def __init__(self):
            super().__init__(parent)
            self.event_file = event

        def notify_changed(self, changes) -> None:
            self.event_changed.emit(changes)

    return HostWidget()


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        small, big = make_events(Path(tmp))
        print(f"(demo files made in {time.perf_counter() - t:.1f} s)")
        try:
            bench_auto_seat(small, big)
            bench_map(big)
        finally:
            small.close()
            big.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
