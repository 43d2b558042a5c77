"""Every user-facing string has its Vietnamese translation, and the shipped .qm match the .ts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
i18n_tool = importlib.util.module_from_spec(spec)
sys.modules["i18n_tool"] = i18n_tool
spec.loader.exec_module(i18n_tool)

TS_FILES = sorted(i18n_tool.I18N.glob("*_vi.ts"))


def test_there_are_translations():
    names = {p.name for p in TS_FILES}
    assert {"app_vi.ts", "qtbase_vi.ts"} <= names


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_no_unfinished_translation(ts):
    assert i18n_tool.unfinished(ts) == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_placeholders_survive_translation(ts):
    import re
    from xml.etree import ElementTree

    wrong = []
    for msg in ElementTree.parse(ts).getroot().iter("message"):
        source, text = msg.findtext("source") or "", msg.findtext("translation") or ""
        if set(re.findall(r"\{\w*\}", source)) != set(re.findall(r"\{\w*\}", text)):
            wrong.append((source, text))
    assert wrong == []


def test_compiled_qm_files_are_current(tmp_path):
    made = i18n_tool.release(tmp_path)
    stale = [qm.name for qm in made if qm.read_bytes() != (i18n_tool.I18N / qm.name).read_bytes()]
    assert stale == [], "run: python tools/i18n.py release"


def test_every_string_in_the_code_is_in_a_ts_file(tmp_path):
    i18n_tool.update(target_dir=tmp_path)
    missing = []
    for fresh in sorted(tmp_path.glob("*_vi.ts")):
        shipped = i18n_tool.I18N / fresh.name
        if not shipped.exists():
            missing.append((fresh.name, "whole file"))
            continue
        missing += [(fresh.name, src) for _ctx, src in i18n_tool.unfinished(fresh)]
    assert missing == [], "run: python tools/i18n.py update, then translate"


def test_one_translation_per_source_across_areas():
    """All areas' .qm are loaded together, so a (context, source) pair translated two ways in two
    .ts files shows whichever loads last (an export's "Tổng" where the check reads "Tổng cộng")."""
    from xml.etree import ElementTree as ET

    seen: dict[tuple[str, str], tuple[str, str]] = {}
    clashes = []
    for ts in TS_FILES:
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                key = (name, message.findtext("source"))
                text = message.findtext("translation") or ""
                if key in seen and seen[key][1] != text:
                    clashes.append(f"{key}: {seen[key][0]} {seen[key][1]!r} vs {ts.name} {text!r}")
                seen.setdefault(key, (ts.name, text))
    assert clashes == []
