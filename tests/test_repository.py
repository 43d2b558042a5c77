"""The checkout itself: what the README's commands leave behind is ignored by git."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="not a git checkout")
@pytest.mark.parametrize("path", [
    "demo.congress", "demo.congress.lock", "demo.congress-wal", "demo.congress-shm",
    "backups/demo-20201109-0741.congress", "backups/migrations/demo-v6.congress",
])
def test_the_readme_demo_leaves_nothing_to_commit(path):
    # README: "congress-desk demo demo.congress && congress-desk demo.congress" in the checkout.
    done = subprocess.run(["git", "check-ignore", "-q", "--no-index", path], cwd=ROOT)
    assert done.returncode == 0, f"{path} is not ignored by .gitignore"


def test_sources_are_not_ignored():
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    done = subprocess.run(["git", "check-ignore", "-q", "--no-index", "src/congress_desk/cli.py"], cwd=ROOT)
    assert done.returncode == 1
