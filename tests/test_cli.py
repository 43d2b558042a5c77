"""The command line as a contract: exit status, one line per message on stderr, no traceback."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from congress_desk import __version__, cli
from congress_desk.core.db import is_event_file

SCRIPT = shutil.which("congress-desk")
ENTRY_POINTS = ["module", "script"]


def run(args, how: str = "module", *, lang: str = "vi", cwd=None, timeout: int = 300) -> subprocess.CompletedProcess:
    if how == "module":
        cmd = [sys.executable, "-m", "congress_desk", *map(str, args)]
    else:
        if SCRIPT is None:
            pytest.skip("the congress-desk console script is not installed (pip install -e .)")
        cmd = [SCRIPT, *map(str, args)]
    env = {**os.environ, "CONGRESS_DESK_LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", env=env, cwd=cwd,
                          timeout=timeout)


def assert_one_line_each(stderr: str, lines: int = 1) -> list[str]:
    assert "Traceback" not in stderr
    got = stderr.splitlines()
    assert len(got) == lines, stderr
    assert all(line.strip() for line in got)
    return got


# ---------------------------------------------------------------- version and help

@pytest.mark.parametrize("how", ENTRY_POINTS)
def test_version(how):
    done = run(["--version"], how)
    assert done.returncode == 0
    assert done.stdout.strip() == f"congress-desk {__version__}"
    assert done.stderr == ""


@pytest.mark.parametrize("how", ENTRY_POINTS)
def test_help_lists_the_commands_in_vietnamese(how):
    done = run(["--help"], how)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.startswith("cách dùng: congress-desk")
    for name in cli.COMMANDS:
        assert f"    {name} " in done.stdout or f"    {name}\n" in done.stdout
    assert "tạo Đại hội mẫu" in done.stdout
    # Every line is Vietnamese: argparse's own words included (--version's help was English).
    assert "show program" not in done.stdout and "exit" not in done.stdout


def test_help_in_english():
    done = run(["demo", "--help"], lang="en")
    assert done.returncode == 0
    assert done.stdout.startswith("usage: congress-desk demo")
    assert "--delegates N" in done.stdout and "--seed S" in done.stdout


def test_command_help():
    done = run(["demo", "--help"])
    assert done.returncode == 0 and done.stderr == ""
    assert "--delegates N" in done.stdout and "mặc định 550" in done.stdout


# ---------------------------------------------------------------- demo

@pytest.mark.parametrize("how", ENTRY_POINTS)
def test_demo_creates_the_event_file(tmp_path, how):
    path = tmp_path / "Đại hội mẫu.congress"
    done = run(["demo", path, "--delegates", "40", "--seed", "3"], how)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    (line,) = assert_one_line_each(done.stderr)
    assert str(path) in line and "40" in line
    assert is_event_file(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT SUM(quota) FROM units").fetchone()[0] == 40
    assert not Path(str(path) + ".lock").exists()


def test_demo_overwrites_an_event_file_but_nothing_else(tmp_path):
    path = tmp_path / "e.congress"
    assert run(["demo", path, "--delegates", "5"]).returncode == 0
    assert run(["demo", path, "--delegates", "7"]).returncode == 0
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT SUM(quota) FROM units").fetchone()[0] == 7
    thesis = tmp_path / "bao-cao.docx"
    thesis.write_bytes(b"PK\x03\x04 not an event file")
    done = run(["demo", thesis])
    assert done.returncode == 2
    assert_one_line_each(done.stderr)
    assert thesis.read_bytes() == b"PK\x03\x04 not an event file"


@pytest.mark.parametrize("args", [
    ["demo"],                                     # EVENT missing
    ["demo", "x.congress", "--delegates", "abc"],
    ["demo", "x.congress", "--delegates", "10001"],
    ["demo", "x.congress", "--delegates", "-3"],
    ["demo", "x.congress", "--bogus"],
    ["no-such-command", "x", "y"],
    ["--no-such-option"],
])
@pytest.mark.parametrize("how", ENTRY_POINTS)
def test_bad_usage_exits_2_with_one_line(tmp_path, args, how):
    done = run(args, how, cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    (line,) = assert_one_line_each(done.stderr)
    assert "congress-desk" in line or "--delegates" in line
    assert done.stdout == ""
    assert not (tmp_path / "x.congress").exists()


def test_usage_errors_are_in_vietnamese(tmp_path):
    done = run(["demo"], cwd=tmp_path)
    assert "lỗi" in done.stderr and "thiếu tham số bắt buộc: EVENT" in done.stderr
    done = run(["demo"], lang="en", cwd=tmp_path)
    assert "error" in done.stderr and "the following arguments are required: EVENT" in done.stderr


# ---------------------------------------------------------------- the window's entry points

@pytest.mark.parametrize("args", [["missing.congress"], ["open", "missing.congress"]])
@pytest.mark.parametrize("how", ENTRY_POINTS)
def test_missing_event_exits_2(tmp_path, args, how):
    done = run(args, how, cwd=tmp_path)
    assert done.returncode == 2
    (line,) = assert_one_line_each(done.stderr)
    assert "missing.congress" in line and "Không tìm thấy" in line


@pytest.mark.parametrize("args", [["{path}"], ["open", "{path}"]])
def test_not_an_event_file_exits_2_before_any_window(tmp_path, args):
    path = tmp_path / "danh-sach.csv"
    path.write_text("STT,Họ và tên\n1,Nguyễn Thị Hoà\n", encoding="utf-8")
    done = run([a.format(path=path) for a in args], timeout=60)
    assert done.returncode == 2
    (line,) = assert_one_line_each(done.stderr)
    assert "danh-sach.csv" in line and "không phải" in line


@pytest.mark.parametrize("still_in_the_wal", [False, True])
def test_newer_event_file_exits_2(tmp_path, still_in_the_wal):
    from congress_desk.core.db import create_event
    from congress_desk.core.migrations import latest_version

    path = tmp_path / "newer.congress"
    create_event(path).close()
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
        conn.commit()
        if not still_in_the_wal:      # else the new version is only in the -wal beside the file
            conn.close()
        before = path.read_bytes()
        done = run([path], timeout=60)
        assert done.returncode == 2
        (line,) = assert_one_line_each(done.stderr)
        assert "mới hơn" in line
        assert path.read_bytes() == before
    finally:
        conn.close()


# ---------------------------------------------------------------- in-process: headless, errors

def test_headless_commands_never_load_qt(tmp_path):
    code = (
        "import sys\n"
        "from congress_desk.cli import main\n"
        f"status = main(['demo', {str(tmp_path / 'e.congress')!r}, '--delegates', '10'])\n"
        "print(status, 'PySide6' in sys.modules, 'congress_desk.ui' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "False", "False"]


def test_an_unexpected_error_is_logged_not_shown(tmp_path, monkeypatch, capsys):
    from congress_desk.commands import demo as demo_command
    from congress_desk.logs import log_file

    def broken(args):
        raise RuntimeError("hỏng rồi, CCCD 031175001234")

    monkeypatch.setattr(demo_command, "run", broken)
    status = cli.main(["demo", str(tmp_path / "e.congress")])
    out, err = capsys.readouterr()
    assert status == 1
    assert out == ""
    (line,) = assert_one_line_each(err)
    log = log_file()
    assert str(log) in line
    # The log lives in this test's own user folder, with the traceback but no ID numbers.
    assert str(log).startswith(os.environ["XDG_STATE_HOME"]) or str(log).startswith(os.environ["XDG_DATA_HOME"])
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError" in text
    assert "031175001234" not in text


def test_interrupt_exits_1_with_one_line(tmp_path, monkeypatch, capsys):
    from congress_desk.commands import demo as demo_command

    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(demo_command, "run", interrupted)
    assert cli.main(["demo", str(tmp_path / "e.congress")]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_line_each(err)


def test_main_returns_the_status(tmp_path, capsys):
    assert cli.main(["demo", str(tmp_path / "e.congress"), "--delegates", "3"]) == 0
    assert is_event_file(tmp_path / "e.congress")
    with pytest.raises(SystemExit) as info:
        cli.main(["demo"])
    assert info.value.code == 2
    capsys.readouterr()


# ---------------------------------------------------------------- commands.common

def test_open_existing_for_commands(tmp_path, demo_path):
    from congress_desk.commands.common import EXIT_REFUSED, EXIT_USAGE, CommandError, open_existing

    with pytest.raises(CommandError) as info:
        open_existing(tmp_path / "missing.congress")
    assert info.value.status == EXIT_USAGE and "missing.congress" in info.value.message
    text = tmp_path / "notes.congress"
    text.write_text("ghi chú", encoding="utf-8")
    with pytest.raises(CommandError) as info:
        open_existing(text)
    assert info.value.status == EXIT_USAGE and "notes.congress" in info.value.message
    event = open_existing(demo_path)
    try:
        assert not event.read_only
        # Someone else (here: this process, seen from another one) holds it: writing is refused
        # with exit 1 and who holds it; reading is fine.
        code = (
            "import sys\n"
            "from congress_desk.commands.common import CommandError, open_existing\n"
            "try:\n"
            f"    open_existing({str(demo_path)!r})\n"
            "except CommandError as exc:\n"
            "    print(exc.status, exc.message)\n"
            f"ev = open_existing({str(demo_path)!r}, write=False)\n"
            "print('read', ev.read_only)\n"
            "ev.close()\n"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        first, second = done.stdout.splitlines()
        assert first.startswith(f"{EXIT_REFUSED} ") and str(os.getpid()) in first
        assert second == "read True"
    finally:
        event.close()


def test_say_prints_one_line(capsys):
    from congress_desk.commands.common import emit_json, say

    say("Dòng một\nvà   dòng hai")
    emit_json({"họ_tên": "Nguyễn Thị Hoà"})
    out, err = capsys.readouterr()
    assert err == "Dòng một và dòng hai\n"
    import json

    assert json.loads(out) == {"họ_tên": "Nguyễn Thị Hoà"}


def test_demo_refuses_to_replace_a_file_someone_is_editing(demo_path):
    from congress_desk.core.db import open_event

    with open_event(demo_path) as event:
        assert not event.read_only
        before = demo_path.stat().st_size
        done = run(["demo", demo_path, "--delegates", "5"])
        assert done.returncode == 2
        (line,) = assert_one_line_each(done.stderr)
        assert str(os.getpid()) in line                       # says who has it
        assert event.db.execute("SELECT COUNT(*) FROM delegates").fetchone()[0] >= 550
    assert demo_path.stat().st_size == before


# ---------------------------------------------------------------- locks

def test_a_command_takes_a_stale_lock_over_and_says_whose(tmp_path):
    """Nobody to ask on the command line: a lock from another PC whose heartbeat does not change
    while we watch it (two and a half of its intervals; this one declares 40 ms) is taken; one
    line says it is watching, one line whose lock was taken."""
    import datetime as dt
    import json

    path = tmp_path / "e.congress"
    assert run(["demo", path, "--delegates", "5"]).returncode == 0
    old = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=10)).isoformat()
    Path(str(path) + ".lock").write_text(json.dumps({
        "host": "may-van-thu-02", "user": "nguyen.thi.hoa", "pid": 4321, "heartbeat": old, "since": old,
        "version": "0.1.0", "every": 0.04}), encoding="utf-8")
    done = run(["seat", path, "--auto"])
    assert done.returncode == 0, done.stderr
    notice = [line for line in done.stderr.splitlines() if "may-van-thu-02" in line]
    assert len(notice) == 2 and all("nguyen.thi.hoa" in line for line in notice) and "Traceback" not in done.stderr
    assert "theo dõi" in notice[0]
    assert notice[1].startswith("Đã tiếp quản tệp Đại hội")
    assert not Path(str(path) + ".lock").exists()
    again = run(["seat", path, "--auto"])  # a lock released normally: nothing to say
    assert "tiếp quản" not in again.stderr
