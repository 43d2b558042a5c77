"""Smoke test: every text document as Word .docx opens in LibreOffice, and the text
LibreOffice lays out is the text of our PDF (both are the document model's text).

    python tools/docx_smoke.py [EVENT] [--kinds delegate-list,invitations] [--keep DIR]

Without EVENT a demo congress is built in a temporary folder. Each kind is written
as PDF and .docx; the .docx files are converted with ``soffice --headless
--convert-to pdf`` (Times New Roman mapped to the Tinos shipped with the app, its
metric twin, so lines break as in Word); then, per kind, the words of LibreOffice's
PDF and of ours must be the words of the model — page furniture (page numbers,
repeated header rows, "(tiếp)") aside, compared as sets because Word repeats
header rows where our PDF does too but on other pages. Exit 0 when all match,
1 otherwise (each difference printed), 2 when LibreOffice is missing.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))

FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>{fonts}</dir>
  <alias binding="same"><family>Times New Roman</family><prefer><family>Tinos</family></prefer></alias>
</fontconfig>
"""


def pdf_words(data: bytes) -> set[str]:
    import pypdf

    from congress_desk.core.printing.model import words

    reader = pypdf.PdfReader(io.BytesIO(data))
    text = "\n".join(unicodedata.normalize("NFC", p.extract_text() or "") for p in reader.pages)
    return set(words(text))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("event", nargs="?")
    parser.add_argument("--kinds", help="comma-separated kinds (default: every text document)")
    parser.add_argument("--keep", help="folder to keep the files in")
    args = parser.parse_args(argv)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("docx smoke: LibreOffice (soffice) is not installed", file=sys.stderr)
        return 2

    import congress_desk.core.print_kinds  # noqa: F401 - registers every kind
    from congress_desk.core.db import open_event
    from congress_desk.core.demo import build_demo
    from congress_desk.core.printing.kinds import DOCUMENT_KINDS, build_document, write_document
    from congress_desk.core.printing.model import model_words
    from congress_desk.core.printing.options import PrintOptions
    from congress_desk.core.printing.pdf_render import render_pdf
    from congress_desk.core.resources import resource_path

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="docx-smoke-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.event:
        event = open_event(args.event)
    else:
        event = build_demo(work / "demo.congress", delegates=120, seed=2020)
    kinds = args.kinds.split(",") if args.kinds else sorted(DOCUMENT_KINDS)
    expected: dict[str, tuple[set[str], set[str]]] = {}
    for kind in kinds:
        built = build_document(event, kind, PrintOptions(record=False))
        buf = io.BytesIO()
        result = render_pdf(built.document, buf, keep=built.keep)
        furniture = {w for f in result.furniture for w in f.split()}
        expected[kind] = (set(model_words(built.document)), furniture)
        (work / f"{kind}.pdf").write_bytes(buf.getvalue())
        write_document(built, work / f"{kind}.docx", "docx")
    event.close()

    conf = work / "fonts.conf"
    conf.write_text(FONTS_CONF.format(fonts=resource_path("fonts")), encoding="utf-8")
    out = work / "libreoffice"
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "HOME": str(work)}
    done = subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(out),
                           *[str(work / f"{k}.docx") for k in kinds]],
                          capture_output=True, text=True, env=env, timeout=600)
    failures = 0
    for kind in kinds:
        model, furniture = expected[kind]
        lo_pdf = out / f"{kind}.pdf"
        if not lo_pdf.exists():
            print(f"{kind}: LibreOffice did not convert the .docx\n{done.stderr.strip()}", file=sys.stderr)
            failures += 1
            continue
        ours = pdf_words((work / f"{kind}.pdf").read_bytes())
        theirs = pdf_words(lo_pdf.read_bytes())
        page_numbers = {str(n) for n in range(1, 1000)}
        problems = []
        for name, got in (("our PDF", ours), ("LibreOffice", theirs)):
            missing = model - got
            extra = got - model - furniture - page_numbers
            if missing or extra:
                problems.append(f"{name}: missing {sorted(missing)[:10]}, extra {sorted(extra)[:10]}")
        if problems:
            failures += 1
            print(f"{kind}: " + "; ".join(problems), file=sys.stderr)
        else:
            print(f"{kind}: .docx opens in LibreOffice; its text is the PDF's text ({len(model)} words)")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
