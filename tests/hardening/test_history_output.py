"""``history`` never echoes terminal escape codes that people (or a hostile workbook) typed."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from congress_desk.core.db import open_event
from congress_desk.core.registry import record_history

HOSTILE_ACTOR = "Văn phòng\x1b]0;pwned\x07\x1b[2J"
HOSTILE_NAME = "Nguyễn Văn A\x1b[31m\u202eđỏ\x9b1m\rxoá"


def test_history_sanitises_control_characters_on_output(demo_path):
    with open_event(demo_path) as ev, ev.db.atomic():
        record_history(ev.db, "delegate", 1, "update", None, {"full_name": HOSTILE_NAME}, actor=HOSTILE_ACTOR)
    done = subprocess.run([sys.executable, "-m", "congress_desk", "history", str(demo_path), "--limit", "3"],
                          capture_output=True, text=True, timeout=60, env={**os.environ, "CONGRESS_DESK_LANG": "vi"})
    assert done.returncode == 0, done.stderr
    line = done.stderr.splitlines()[0]
    for bad in ("\x1b", "\x07", "\x9b", "\u202e", "\r"):
        assert bad not in done.stderr
    # Still readable: the text is there, the codes shown as escapes.
    assert "Văn phòng\\x1b]0;pwned\\x07\\x1b[2J" in line
    assert "Nguyễn Văn A\\x1b[31m\\u202eđỏ\\x9b1m\\x0dxoá" in line
    # JSON keeps the data exact (JSON itself escapes the C0 controls).
    done = subprocess.run([sys.executable, "-m", "congress_desk", "history", str(demo_path), "--limit", "1",
                           "--json"], capture_output=True, text=True, timeout=60)
    assert "\x1b" not in done.stdout
    assert json.loads(done.stdout)["history"][0]["actor"] == HOSTILE_ACTOR
