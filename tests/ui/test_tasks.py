"""Background jobs that outlive the widget that started them (ui/tasks.py)."""

from __future__ import annotations

import logging
import threading

import shiboken6
from PySide6.QtWidgets import QApplication, QWidget

from congress_desk.core.progress import CancelToken
from congress_desk.ui import tasks


def test_a_result_is_dropped_quietly_when_its_widget_is_gone(qtbot, real_jobs, caplog):
    owner = QWidget()
    release = threading.Event()
    called = []

    def job(progress, cancel):
        release.wait(5)
        progress(1, 2, "half way")
        return 42

    op = tasks.run_op(owner, job).success(called.append).with_progress("Working").run()
    shiboken6.delete(owner)          # the tab is closed while its job still runs
    release.set()
    real_jobs.waitForDone(5000)
    with caplog.at_level(logging.ERROR):
        qtbot.waitUntil(lambda: op not in tasks._running, timeout=5000)
    assert called == []               # no callback on a deleted widget
    assert QApplication.overrideCursor() is None
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_a_worker_whose_signals_are_gone_does_not_raise():
    """What bench_seating.py logged: "RuntimeError: Signal source has been deleted"."""
    signals = tasks._Signals()
    job = tasks._Job(lambda progress, cancel: progress(1, 1) or 7, (), {}, CancelToken(), signals)
    shiboken6.delete(signals)        # the receiver went away with the application
    job.run()                         # before: RuntimeError raised on the worker thread


def test_a_job_with_its_widget_still_there_calls_back(qtbot, real_jobs):
    owner = QWidget()
    qtbot.addWidget(owner)
    called = []
    tasks.run_op(owner, lambda progress, cancel: 5).success(called.append).run()
    qtbot.waitUntil(lambda: called == [5], timeout=5000)
