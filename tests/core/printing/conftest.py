"""Helpers for reading rendered PDFs back: text per region, rasters, barcodes."""

from __future__ import annotations

import io
import types
import unicodedata

import pdfplumber
import pypdf
import pytest


def page_count(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def texts(data: bytes) -> list[str]:
    """NFC text of every page (pypdf: fast enough for hundreds of pages)."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [unicodedata.normalize("NFC", p.extract_text() or "") for p in reader.pages]


def region_text(page, bbox_pt) -> str:
    """Text inside (x0, top, x1, bottom) points, lines joined by spaces, NFC."""
    text = page.within_bbox(bbox_pt).extract_text() or ""
    return unicodedata.normalize("NFC", " ".join(text.split()))


def rasters(data: bytes, dpi: int = 150, pages=None):
    """PIL images of the given pages (all by default) at ``dpi``."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    out = []
    for i in pages if pages is not None else range(len(doc)):
        out.append(doc[i].render(scale=dpi / 72).to_pil())
    doc.close()
    return out


def decode(image) -> list[tuple[str, str]]:
    """(format name, text) of every barcode zxing-cpp finds in ``image``."""
    import zxingcpp

    found = zxingcpp.read_barcodes(image)
    return [(str(b.format).split(".")[-1], b.text) for b in found]


@pytest.fixture
def pdf():
    return types.SimpleNamespace(page_count=page_count, texts=texts, region_text=region_text,
                                 rasters=rasters, decode=decode, open=lambda d: pdfplumber.open(io.BytesIO(d)))
