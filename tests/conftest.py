"""Shared fixtures: isolated user folders, Vietnamese UI language, event files in tmp_path.

* Every test gets its own settings / data / log / cache folders (platformdirs reads the
  XDG variables on Linux), so nothing touches the real user's recent files or logs.
* ``event``: an open copy of the 550-delegate demo congress (seed 2020) in ``tmp_path``.
  Parametrize indirectly with ``"empty"`` for a new, empty event file::

      @pytest.mark.parametrize("event", ["empty"], indirect=True)
      def test_x(event): ...

* ``empty_event``: a new, empty event file, open.
* ``make_event(kind="demo"|"empty", name=..., delegates=550, seed=2020)``: a factory for
  more files (closed ones, when ``open=False``); everything it opens is closed after the test.
* ``demo_path``: the path of a closed copy of the demo in ``tmp_path``.
* ``old_event_file(version, name="old.congress")``: the path of a closed, empty event file
  as the app of schema ``version`` made it: migrations 1..version applied, no later one
  (so a test of migration N keeps working when N+1, N+2 … are added).
* ``read_only_folder``: ``with read_only_folder(folder):`` makes a folder and its files
  really unwritable (chmod; as root, the immutable attribute), or skips the test.

The demo is built once per session per (delegates, seed) and copied, so asking for it is cheap.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CONGRESS_DESK_LANG"] = "vi"

_DEMO_CACHE: dict[tuple[int, int], Path] = {}

# Property tests: no per-example deadline (CI machines are shared and slow at times), and on
# CI the same examples every run, so a red build is reproducible rather than a coin toss.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("dev", deadline=None)
_hypothesis_settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
_hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "dev")

# Every printable kind, registered as the commands and the window do (core/print_kinds.py).
import congress_desk.core.print_kinds  # noqa: E402,F401


@contextlib.contextmanager
def _read_only_folder(folder: Path):
    """Make ``folder`` and its files unwritable, for real: chmod for a normal user;
    as root (whom chmod does not stop) the immutable attribute, which stops root too."""
    files = [p for p in folder.iterdir() if p.is_file()]
    if getattr(os, "geteuid", lambda: 1)() != 0:
        modes = {p: p.stat().st_mode for p in [*files, folder]}
        for p in files:
            p.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
        try:
            yield
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("running as root, where chmod does not stop writes, and chattr is missing")
    targets = [str(p) for p in [*files, folder]]
    done = subprocess.run([chattr, "+i", *targets], capture_output=True)
    if done.returncode != 0:
        subprocess.run([chattr, "-i", *targets], capture_output=True)
        pytest.skip("running as root, where chmod does not stop writes, and this file system "
                    "has no immutable attribute: " + done.stderr.decode(errors="replace").strip())
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", *targets], capture_output=True, check=True)


@pytest.fixture
def read_only_folder():
    """``with read_only_folder(folder): ...`` makes the folder and its files unwritable,
    even for root (skips the test when that cannot be done here)."""
    return _read_only_folder



@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    """Settings, logs, recent files and caches of this test live in a folder of its own."""
    home = tmp_path_factory.mktemp("user")
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        folder = home / sub
        folder.mkdir()
        monkeypatch.setenv(var, str(folder))
    monkeypatch.setenv("CONGRESS_DESK_LANG", "vi")
    monkeypatch.delenv("CONGRESS_DESK_ASSUME_NETWORK", raising=False)
    from congress_desk.core import i18n

    i18n.set_language("vi")
    yield home
    i18n.set_language("vi")


def _demo_template(tmp_path_factory, delegates: int, seed: int) -> Path:
    key = (delegates, seed)
    if key not in _DEMO_CACHE or not _DEMO_CACHE[key].exists():
        from congress_desk.core.demo import build_demo

        folder = tmp_path_factory.mktemp(f"demo-{delegates}-{seed}")
        path = folder / "template.congress"
        build_demo(path, delegates=delegates, seed=seed).close()
        _DEMO_CACHE[key] = path
    return _DEMO_CACHE[key]


@pytest.fixture
def make_event(tmp_path, tmp_path_factory):
    """``make_event(kind="demo", name=None, delegates=550, seed=2020, open=True)``."""
    from congress_desk.core.db import create_event, open_event

    opened = []

    def make(kind: str = "demo", name: str | None = None, *, delegates: int = 550, seed: int = 2020,
             open: bool = True):  # noqa: A002 - reads well at the call site
        path = tmp_path / (name or f"{kind}-{len(opened) + 1}.congress")
        if kind == "demo":
            shutil.copyfile(_demo_template(tmp_path_factory, delegates, seed), path)
            if not open:
                return path
            event = open_event(path)
        elif kind == "empty":
            event = create_event(path)
            if not open:
                event.close()
                return path
        else:
            raise ValueError(f"unknown kind of event file: {kind}")
        opened.append(event)
        return event

    yield make
    for event in opened:
        event.close()


@pytest.fixture
def event(request, make_event):
    """An open event file: the demo congress, or ``"empty"`` when parametrized so."""
    kind = getattr(request, "param", "demo")
    return make_event(kind, name="event.congress")


@pytest.fixture
def empty_event(make_event):
    return make_event("empty", name="empty.congress")


@pytest.fixture
def demo_path(make_event) -> Path:
    return make_event("demo", name="demo.congress", open=False)


def _old_event_file(path: Path, version: int) -> Path:
    from congress_desk.core import migrations
    from congress_desk.core.db import APPLICATION_ID, connect
    from congress_desk.core.event import default_settings, save_settings

    steps = [m for m in migrations.pending(0) if m.version <= version]
    assert [m.version for m in steps] == list(range(1, version + 1)), "no such schema version"
    db = connect(path)
    try:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for step in steps:
            with db.atomic():
                step.apply(db)
                db.execute(f"PRAGMA user_version = {int(step.version)}")
        with db.atomic():
            save_settings(db, default_settings())
    finally:
        db.close()
    return path


@pytest.fixture
def old_event_file(tmp_path):
    """``old_event_file(version, name="old.congress")``: a closed, empty event file at schema ``version``."""

    def make(version: int, name: str = "old.congress") -> Path:
        return _old_event_file(tmp_path / name, version)

    return make
