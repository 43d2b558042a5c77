"""Run a command and SIGKILL it at a chosen write step, whatever the machine's load.

    python killpoint.py AT COUNT_FILE -m congress_desk ARGS...   # the CLI
    python killpoint.py AT COUNT_FILE drivers.py ARGS...         # a test driver

A *step* is one SQL statement run by any connection (``sqlite3`` trace callback), one
``os.write``, ``os.fsync`` or ``os.replace``. At step ``AT`` the process kills itself with
SIGKILL: before the statement runs, or after writing half of the bytes of an ``os.write``
(a torn line, as a power cut leaves it). ``AT`` 0 never kills; the number of steps taken
is written to ``COUNT_FILE`` at exit, so a test can spread its kill points over a run.
"""

from __future__ import annotations

import atexit
import os
import runpy
import signal
import sqlite3
import sys
import threading

_lock = threading.Lock()
_steps = 0
_at = 0
_real_write, _real_fsync, _real_replace, _real_connect = os.write, os.fsync, os.replace, sqlite3.connect


def _step() -> bool:
    """Count one step; True when this is the step to die at."""
    global _steps
    with _lock:
        _steps += 1
        return _steps == _at


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _write(fd, data):
    if _step():
        _real_write(fd, bytes(data)[: len(data) // 2])
        _die()
    return _real_write(fd, data)


def _fsync(fd):
    if _step():
        _die()
    return _real_fsync(fd)


def _replace(src, dst, **kwargs):
    if _step():
        _die()
    return _real_replace(src, dst, **kwargs)


def _trace(_statement: str) -> None:
    if _step():
        _die()


def _connect(*args, **kwargs):
    conn = _real_connect(*args, **kwargs)
    conn.set_trace_callback(_trace)
    return conn


def _save_count(path: str) -> None:
    with open(path, "w") as fh:
        fh.write(str(_steps))


def main() -> None:
    global _at
    at, count_file, target, *rest = sys.argv[1:]
    _at = int(at)
    atexit.register(_save_count, count_file)
    os.write, os.fsync, os.replace, sqlite3.connect = _write, _fsync, _replace, _connect
    if target == "-m":
        module, *args = rest
        sys.argv = [module, *args]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    else:
        sys.argv = [target, *rest]
        sys.path.insert(0, os.path.dirname(os.path.abspath(target)))
        runpy.run_path(target, run_name="__main__")


if __name__ == "__main__":
    main()
