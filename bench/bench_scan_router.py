"""What the desk page's scanner watch costs (issue 14).

    QT_QPA_PLATFORM=offscreen python bench/bench_scan_router.py [--events 200000] [--scans 1000]

While the desk page is on screen, :class:`congress_desk.ui.checkin.scanner.ScanRouter` sees
every event of the application (an application-wide event filter, in Python). Two figures:

* the cost it adds to any event (sent to a plain QObject), as a ratio to the event alone;
* the time to recognise one 8-digit scan plus Enter typed into a line edit, against the
  ~8 ms apart a wedge scanner types them (9 keys ≈ 70 ms): the router must be far below.

Each figure is the best of three runs.
"""

from __future__ import annotations

import argparse
import time


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--scans", type=int, default=1000)
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QLineEdit

    from congress_desk.ui.checkin.scanner import ScanRouter

    app = QApplication.instance() or QApplication([])
    target = QObject()
    edit = QLineEdit()
    edit.show()
    edit.setFocus()
    app.processEvents()

    def per_event() -> float:
        ev = QEvent(QEvent.Type.User)
        t = time.perf_counter()
        for _ in range(args.events):
            QCoreApplication.sendEvent(target, ev)
        return (time.perf_counter() - t) / args.events

    bare = min(per_event() for _ in range(3))
    router = ScanRouter(None, lambda: True)
    watched = min(per_event() for _ in range(3))
    seen: list[str] = []
    router.scanned.connect(seen.append)

    def per_scan() -> float:
        keys = [QKeyEvent(QEvent.Type.KeyPress, Qt.Key(ord(ch)), Qt.KeyboardModifier.NoModifier, ch)
                for ch in "10000017"]
        keys.append(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"))
        t = time.perf_counter()
        for _ in range(args.scans):
            for key in keys:
                QApplication.sendEvent(edit, key)
        return (time.perf_counter() - t) / args.scans

    scan = min(per_scan() for _ in range(3))
    router.stop()
    assert len(seen) == 3 * args.scans and edit.text() == "", "the router missed scans"
    print(f"any event: {bare * 1e6:.2f} µs alone, {watched * 1e6:.2f} µs watched "
          f"(+{(watched - bare) * 1e6:.2f} µs, ratio {watched / bare:.1f}×)")
    print(f"one scan recognised in {scan * 1e3:.2f} ms; a scanner takes ~70 ms to type it "
          f"(ratio {0.070 / scan:.0f}× headroom)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
