"""Manage translations: extract strings into .ts, fill them, compile .qm, check.

    python tools/i18n.py update            # pyside6-lupdate every area (keeps translations)
    python tools/i18n.py fill AREA < t.json  # {"English source": "Bản dịch", ...}
    python tools/i18n.py todo [AREA]       # list unfinished entries
    python tools/i18n.py release           # pyside6-lrelease every .ts -> .qm

One .ts per area, so people working on different tabs do not edit the same file.
English is the source language; Vietnamese (``_vi``) is the translation.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "congress_desk"
I18N = ROOT / "resources" / "i18n"
LANGS = ["vi"]

# area -> source paths (files or folders) relative to src/congress_desk
AREAS: dict[str, list[str]] = {
    "app": [
        "cli.py", "logs.py", "commands/common.py", "commands/demo.py", "commands/open_window.py",
        "core/changes.py", "core/db.py", "core/errors.py", "core/event.py", "core/fields.py",
        "core/lock.py", "core/backups.py", "core/registry", "core/vietnamese.py", "core/demo.py",
        "ui/app.py", "ui/main_window.py", "ui/tasks.py", "ui/progress.py", "ui/errors.py",
        "ui/i18n.py", "ui/settings.py", "ui/settings_dialog.py", "ui/event_dialog.py",
        "ui/widgets.py", "ui/welcome.py", "ui/tasks.py", "ui/tabs.py", "ui/delegates",
    ],
    "intake": ["core/intake", "ui/intake", "commands/import_.py", "commands/template.py", "commands/export.py",
               "commands/units.py"],
    "seating": ["core/seating", "ui/seating", "commands/seat.py"],
    "vetting": ["core/vetting", "ui/vetting", "commands/vet.py"],
    "printing": ["core/printing", "ui/printing", "commands/print_.py"],
    "checkin": ["core/checkin", "ui/checkin", "commands/checkin.py", "commands/merge.py", "commands/attendance.py"],
    "hardening": ["core/safety", "ui/safety", "commands/restore.py", "commands/history.py"],
    "ship": ["ui/help.py", "ui/samples.py"],
}


def _tool(name: str) -> str:
    exe = shutil.which(name)
    if exe is None:
        candidate = Path(sys.executable).parent / name
        if candidate.exists():
            return str(candidate)
        raise SystemExit(f"{name} not found (it comes with PySide6-Essentials)")
    return exe


def sources(area: str) -> list[str]:
    out = []
    for rel in AREAS[area]:
        path = SRC / rel
        if path.is_dir():
            out += [str(p) for p in sorted(path.rglob("*.py"))]
        elif path.exists():
            out.append(str(path))
    return out


def ts_path(area: str, lang: str) -> Path:
    return I18N / f"{area}_{lang}.ts"


def update(areas=None, target_dir: Path | None = None) -> None:
    for area in areas or AREAS:
        files = sources(area)
        if not files:
            continue
        for lang in LANGS:
            ts = ts_path(area, lang)
            out = ts if target_dir is None else target_dir / ts.name
            if target_dir is not None and ts.exists():
                shutil.copy(ts, out)
            before = out.read_bytes() if out.exists() else None
            subprocess.run(
                [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *files, "-ts", str(out)],
                check=True, capture_output=True,
            )
            if before is not None and _messages_of(before) == _messages_of(out.read_bytes()):
                out.write_bytes(before)  # nothing to translate changed: keep the file as it was, no noisy diff


def _messages_of(data: bytes) -> list[tuple]:
    root = ET.fromstring(data)
    return sorted((ctx.findtext("name"), msg.findtext("source"), msg.findtext("translation") or "",
                   (msg.find("translation").get("type") if msg.find("translation") is not None else None))
                  for ctx in root.iter("context") for msg in ctx.iter("message"))


def fill(area: str, mapping: dict[str, str], lang: str = "vi") -> int:
    ts = ts_path(area, lang)
    tree = ET.parse(ts)
    n = 0
    for msg in tree.getroot().iter("message"):
        source = msg.findtext("source")
        tr = msg.find("translation")
        if source in mapping and tr is not None:
            tr.text = mapping[source]
            tr.attrib.pop("type", None)
            n += 1
    _write(tree, ts)
    return n


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def unfinished(path: Path) -> list[tuple[str, str]]:
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
                if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                    continue
                out.append((name, msg.findtext("source")))
    return out


def release(target_dir: Path | None = None) -> list[Path]:
    made = []
    for ts in sorted(I18N.glob("*.ts")):
        qm = (target_dir or I18N) / (ts.stem + ".qm")
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
        made.append(qm)
    return made


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    cmd, rest = argv[0], argv[1:]
    if cmd == "update":
        update(rest or None)
    elif cmd == "fill":
        mapping = json.loads(sys.stdin.read())
        print(f"filled {fill(rest[0], mapping)} entries")
    elif cmd == "todo":
        total = 0
        for ts in sorted(I18N.glob("*_vi.ts")):
            if rest and not ts.name.startswith(rest[0] + "_"):
                continue
            for ctx, src in unfinished(ts):
                print(f"{ts.name}\t{ctx}\t{src}")
                total += 1
        return 1 if total else 0
    elif cmd == "release":
        for qm in release():
            print(qm.relative_to(ROOT))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
