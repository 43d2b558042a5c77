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


def test_shipped_data_is_the_top_level_resources_folder():
    """DESIGN: Layout — ``resources/`` beside ``src/``, packaged as ``congress_desk.resources``
    (setup.py lists it, pyproject maps it) and reached from a checkout by ``resource_path``."""
    import tomllib

    from congress_desk.core.resources import resource_path

    assert resource_path().resolve() == (ROOT / "resources").resolve()
    assert (ROOT / "resources" / "__init__.py").is_file()  # a regular package: editable installs find it
    assert not (ROOT / "src" / "congress_desk" / "resources").exists()
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    assert setuptools["package-dir"]["congress_desk.resources"] == "resources"
    assert setuptools["package-data"]["congress_desk.resources"] == ["**/*"]
    assert '"congress_desk.resources"' in (ROOT / "setup.py").read_text("utf-8")


def test_every_core_module_has_a_place_in_the_layers():
    """A core module that no layer names is not checked by ``lint-imports`` at all: give every
    new module or package under ``core/`` its layer in pyproject.toml (docs/DEVELOPING.md)."""
    import re
    import tomllib

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["importlinter"]["contracts"]
    [layers] = [c["layers"] for c in contracts if c["type"] == "layers"]
    named = {m for layer in layers for m in re.split(r"\s*[|:]\s*", layer)}
    core = ROOT / "src" / "congress_desk" / "core"
    modules = {f"congress_desk.core.{p.stem}" for p in core.glob("*.py") if p.name != "__init__.py"}
    modules |= {f"congress_desk.core.{p.name}" for p in core.iterdir() if (p / "__init__.py").exists()}

    def placed(module: str) -> bool:   # itself, or (a package) its parts
        return module in named or any(n.startswith(module + ".") for n in named)

    assert sorted(m for m in modules if not placed(m)) == []


def test_the_window_runs_no_sql():
    """Business operations live in the core (issue 19): the UI calls named core operations and
    read helpers, never the database itself."""
    import re

    sql = re.compile(r"\.execute\(|\.executemany\(|\.query\(|\b(SELECT|INSERT INTO|DELETE FROM|PRAGMA)\b|\bUPDATE \w+ SET\b")
    found = [f"{p.relative_to(ROOT)}:{n}" for p in sorted((ROOT / "src" / "congress_desk" / "ui").rglob("*.py"))
             for n, line in enumerate(p.read_text("utf-8").splitlines(), 1) if sql.search(line)]
    assert found == []
