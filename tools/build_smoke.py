"""Smoke test of the built folder (``pyinstaller build.spec``): does the copy an office PC
gets actually work, with no Python and no source tree?

    python tools/build_smoke.py [dist/CongressDesk] [--build]

With ``--build`` it first runs ``pyinstaller --noconfirm build.spec``. Then, in a fresh
temporary folder with its own settings, it runs the built executables:
``--version``, ``demo``, ``import`` of the shipped sample spreadsheets, ``seat --auto``,
``print badges``, ``checkin`` and the window (offscreen, every tab built, then quit).
Prints one line per step and exits 0 only if every step did what it should.
Uses only the standard library (sqlite3 to pick a badge code from the event file).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


class Failed(Exception):
    pass


def run(cmd: list[str], env: dict, *, expect: tuple[int, ...] = (0,), timeout: int = 180):
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, encoding="utf-8",
                          errors="replace", timeout=timeout)
    took = time.perf_counter() - start
    if proc.returncode not in expect:
        raise Failed(f"{' '.join(cmd[1:])}: exit {proc.returncode} (expected {expect})\n"
                     f"stdout: {proc.stdout[-2000:]}\nstderr: {proc.stderr[-2000:]}")
    return proc, took


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "dist" / "CongressDesk"))
    parser.add_argument("--build", action="store_true", help="run pyinstaller build.spec first")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    if args.build:
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                        "--distpath", str(folder.parent), "--workpath", str(folder.parent.parent / "build"),
                        str(ROOT / "build.spec")], check=True, cwd=ROOT)
    cli = folder / f"congress-desk{EXE_SUFFIX}"
    gui = folder / f"CongressDesk{EXE_SUFFIX}"
    for exe in (cli, gui):
        if not exe.is_file():
            print(f"not found: {exe} (build first: pyinstaller build.spec)", file=sys.stderr)
            return 2
    samples = folder / "_internal" / "congress_desk" / "resources" / "samples"
    failures = 0
    with tempfile.TemporaryDirectory(prefix="congress-smoke-") as tmp:
        tmp = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
        env["QT_QPA_PLATFORM"] = "offscreen"
        env.pop("CONGRESS_DESK_LANG", None)  # the default language: Vietnamese
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME",
                    "APPDATA", "LOCALAPPDATA"):
            env[var] = str(tmp / var)
        # Run from an empty folder: nothing may come from the source tree.
        env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p)
        event = tmp / "smoke.congress"

        def step(name: str, fn) -> None:
            nonlocal failures
            try:
                detail = fn()
                print(f"ok    {name}: {detail}")
            except (Failed, AssertionError, ValueError, KeyError, subprocess.TimeoutExpired) as exc:
                failures += 1
                print(f"FAIL  {name}: {exc}")

        def version():
            proc, took = run([str(cli), "--version"], env)
            assert proc.stdout.startswith("congress-desk "), proc.stdout
            return f"{proc.stdout.strip()} ({took:.1f} s)"

        def demo():
            proc, took = run([str(cli), "demo", str(event)], env)
            with sqlite3.connect(event) as db:
                n = db.execute("SELECT COUNT(*) FROM delegates").fetchone()[0]
            assert n >= 550, n  # the demo's walk-in guests come on top
            assert "Đại hội" in proc.stderr, proc.stderr  # the translations were shipped
            return f"{n} delegates, message in Vietnamese ({took:.1f} s)"

        def import_():
            names = sorted(p.name for p in samples.iterdir())
            assert len(names) >= 3, names
            files = [str(samples / n) for n in names]
            # The samples carry deliberate mistakes: some rows refused means exit 1.
            proc, took = run([str(cli), "import", str(event), *files, "--json"], env, expect=(0, 1))
            out = json.loads(proc.stdout)
            added = sum(f["imported"]["added"] for f in out["files"] if f.get("imported"))
            assert all(f["ok"] for f in out["files"]), [f["message"] for f in out["files"]]
            assert added > 0, out
            return f"{len(files)} files ({', '.join(names)}), {added} people added ({took:.1f} s)"

        def seat():
            proc, took = run([str(cli), "seat", str(event), "--auto", "--json"], env, expect=(0, 1))
            out = json.loads(proc.stdout)
            assert out["assigned"] > 500, out["assigned"]
            return f"{out['assigned']} seated, {len(out['unseated'])} unseated ({took:.1f} s)"

        def badges():
            pdf = tmp / "badges.pdf"
            _, took = run([str(cli), "print", str(event), "badges", "--out", str(pdf)], env)
            data = pdf.read_bytes()
            assert data.startswith(b"%PDF") and len(data) > 10_000, len(data)
            return f"{len(data) // 1024} KB PDF ({took:.1f} s)"

        def checkin():
            with sqlite3.connect(event) as db:
                code = db.execute("SELECT code FROM delegates WHERE status = 'active' ORDER BY id LIMIT 1"
                                  ).fetchone()[0]
            proc, took = run([str(cli), "checkin", str(event), code, "--desk", "Bàn 1", "--json"], env)
            out = json.loads(proc.stdout)
            assert out["status"] in ("checked_in", "already"), out
            return f"{code}: {out['status']} ({took:.1f} s)"

        def window():
            wenv = dict(env, CONGRESS_DESK_QUIT_AFTER_START="tabs")
            # Exit status 0 only once every tab was built (ui/app.py exits 1 if one fails).
            proc, took = run([str(gui), str(event)], wenv, timeout=120)
            if sys.platform == "win32":  # the windowed executable has no stderr to read
                proc, _ = run([str(cli), str(event)], wenv, timeout=120)
            assert "window shown; tabs built: delegates, seating, vetting, printing, checkin" in proc.stderr, \
                proc.stderr[-1000:]
            return f"window shown, every tab built, quit ({took:.1f} s)"

        for name, fn in (("--version", version), ("demo", demo), ("import", import_), ("seat --auto", seat),
                         ("print badges", badges), ("checkin", checkin), ("window", window)):
            step(name, fn)
    size = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"folder {folder}: {size / 1e6:.0f} MB")
    print("smoke test passed" if not failures else f"smoke test FAILED: {failures} step(s)")
    return 0 if not failures else 1


if __name__ == "__main__":
    raise SystemExit(main())
