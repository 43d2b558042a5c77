"""Start-up on the 550-delegate demo against a bare PySide6 script that shows an empty
QMainWindow. Two times from process start: *window up* (the window shown with the file open,
the bare script's point) and *list painted* (the tab in front built and painted). Targets:
window up ≤ 2.0 (issue 3), ≤ 1.6 (issue 9).

    python bench/bench_startup.py [--runs 7]
    python bench/bench_startup.py --exe dist/CongressDesk/CongressDesk   # the built folder
    (on Windows pass dist/CongressDesk/congress-desk.exe: the windowed one has no stderr)

Each run is a fresh process; the runs of the two alternate so machine noise hits both.
Prints the median and p95 of each and the ratio of the medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

BARE = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv[:1])
    w = QMainWindow()
    w.resize(1280, 800)
    w.show()
    QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
    app.exec()
""")

# What the congress-desk console script runs.
OURS = "import sys; from congress_desk.cli import main; sys.exit(main())"


def run_once(code: str, args: list[str], env: dict) -> float:
    """The bare script: from process start to its first event-loop turn after show()."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env, text=True)
    line = proc.stdout.readline().strip()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    if line != "shown":
        raise SystemExit(f"the window did not show: {line!r}")
    return elapsed


def run_app(command: list[str], event: Path, env: dict) -> tuple[float, float]:
    """Congress Desk started as a user starts it, on the event file. Two times from process
    start (ui/app.py, with CONGRESS_DESK_QUIT_AFTER_START, says them on stderr): the first
    event-loop turn with the window up and the file open (the bare script's point), and the
    turn that paints the tab in front built and filled (the delegate list)."""
    env = dict(env, CONGRESS_DESK_QUIT_AFTER_START="1")
    start = time.perf_counter()
    proc = subprocess.Popen([*command, str(event)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=env, text=True, encoding="utf-8", errors="replace")
    up = None
    line = ""
    for line in proc.stderr:
        if line.startswith("window up"):
            up = time.perf_counter() - start
        if line.startswith(("window shown", "failed")):
            break
    listed = time.perf_counter() - start
    proc.wait(timeout=60)
    if not line.startswith("window shown") or up is None:
        raise SystemExit(f"the window did not show: {line!r}")
    return up, listed


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--delegates", type=int, default=550)
    parser.add_argument("--exe", help="measure this built executable (pyinstaller build.spec) instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[var] = str(tmp / var)
        # An installed copy keeps its compiled bytecode (pip and PyInstaller write it): let
        # the warm-up runs write it (outside the source tree) instead of compiling every
        # module on every run when PYTHONDONTWRITEBYTECODE is set in the environment.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
        event = tmp / "demo.congress"
        subprocess.run([sys.executable, "-m", "congress_desk", "demo", str(event),
                        "--delegates", str(args.delegates)], check=True, env=env,
                       stderr=subprocess.DEVNULL)
        command = [args.exe] if args.exe else [sys.executable, "-c", OURS]

        def ours_once():
            return run_app(command, event, env)
        run_once(BARE, [], env)  # warm the OS file cache for both
        ours_once()
        bare, window, listed = [], [], []
        for _ in range(args.runs):
            bare.append(run_once(BARE, [], env))
            up, shown = ours_once()
            window.append(up)
            listed.append(shown)
    mb = statistics.median(bare)
    label = "built folder" if args.exe else "congress-desk"
    print(f"bare QMainWindow                : median {mb * 1000:7.1f} ms   p95 {p95(bare) * 1000:7.1f} ms")
    for what, times in (("window up", window), ("list painted", listed)):
        mo = statistics.median(times)
        print(f"{label} {what:13s} {args.delegates:3d} : median {mo * 1000:7.1f} ms   p95 {p95(times) * 1000:7.1f} ms"
              f"   ratio {mo / mb:.2f}x")
    print("target: window up ≤ 1.6x the bare window (issue 9)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
