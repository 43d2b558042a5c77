"""Helpers for the hardening tests: run a real subprocess, SIGKILL it at a chosen write step
(``killpoint.py``: counted in SQL statements and file writes, not in seconds, so a loaded
machine kills at the same moments as an idle one)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
DRIVERS = HERE / "drivers.py"
KILLPOINT = HERE / "killpoint.py"
# Kills per kind in the suite; bench/soak_kills.sh raises it for a long soak.
KILLS = int(os.environ.get("CONGRESS_DESK_KILLS", "15"))


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "congress_desk", *map(str, args)]


def driver(*args: str) -> list[str]:
    return [sys.executable, str(DRIVERS), *map(str, args)]


def child_env(tmp_path: Path) -> dict:
    env = dict(os.environ)
    env["CONGRESS_DESK_LOCAL_JOURNALS"] = str(tmp_path / "local-journals")
    env.setdefault("CONGRESS_DESK_LANG", "vi")
    return env


def _killpoint(cmd: list[str], at: int, count_file: Path) -> list[str]:
    """``cmd`` (``cli(...)`` or ``driver(...)``) run under ``killpoint.py``."""
    assert cmd[0] == sys.executable
    return [sys.executable, str(KILLPOINT), str(at), str(count_file), *cmd[1:]]


def counted_run(cmd: list[str], env: dict, tmp: Path) -> tuple[int, subprocess.CompletedProcess]:
    """Run ``cmd`` to its end; the number of write steps it took (see ``killpoint.py``)."""
    count_file = tmp / "steps.count"
    done = subprocess.run(_killpoint(cmd, 0, count_file), env=env, capture_output=True, text=True, timeout=120)
    return int(count_file.read_text()), done


def run_killed(cmd: list[str], env: dict, at: int, tmp: Path) -> bool:
    """Run ``cmd``, which SIGKILLs itself at write step ``at``. True if it was killed."""
    proc = subprocess.run(_killpoint(cmd, at, tmp / "steps.count"), env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL, timeout=120)
    return proc.returncode == -signal.SIGKILL


def kill_points(steps: int, n: int, seed: int) -> list[int]:
    """``n`` kill moments spread over a run of ``steps`` write steps."""
    rng = random.Random(seed)
    return [rng.randint(1, steps) for _ in range(n)]


def sql(path: Path, query: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def kill_with_retries(cmd: list[str], env: dict, at: int, reset, tmp: Path, tries: int = 3) -> bool:
    """``reset()`` then run ``cmd`` killed at write step ``at``; when it finished first (a
    run may take a few steps fewer: a heartbeat not due), reset and try again sooner."""
    for _ in range(tries):
        reset()
        if run_killed(cmd, env, at, tmp):
            return True
        at = max(1, int(at * 0.9))
    return False
