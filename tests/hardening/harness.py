"""Helpers for the hardening tests: run a real subprocess, SIGKILL it at a random moment."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
DRIVERS = HERE / "drivers.py"
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


def timed_run(cmd: list[str], env: dict) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    return time.perf_counter() - start, done


def run_killed(cmd: list[str], env: dict, delay: float) -> bool:
    """Start ``cmd``, SIGKILL it after ``delay`` seconds. True if it was still running."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        proc.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True


def delays(base: float, n: int, seed: int) -> list[float]:
    """Kill moments spread over the run, most of them after start-up (imports take ~0.4 s)."""
    rng = random.Random(seed)
    return [rng.uniform(0.3 * base, 1.02 * base) for _ in range(n)]


def sql(path: Path, query: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def kill_with_retries(cmd: list[str], env: dict, delay: float, reset, tries: int = 3) -> bool:
    """``reset()`` then run ``cmd`` and SIGKILL it after ``delay``; when it finished first
    (a warm cache makes later runs faster), reset and try again sooner. True if killed."""
    for _ in range(tries):
        reset()
        if run_killed(cmd, env, delay):
            return True
        delay *= 0.6
    return False
