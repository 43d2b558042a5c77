"""Translations for messages made in the core (no Qt).

The core marks its messages with ``translate("core", "…")``, which
``pyside6-lupdate`` extracts into the same ``.ts`` files the window uses. Here we
read those ``.ts`` files directly, so the CLI and the core speak the UI language
without loading Qt. English is the source language; Vietnamese is the default.
"""

from __future__ import annotations

import os
import threading

from .resources import resource_path

DEFAULT_LANGUAGE = "vi"
LANGUAGES = ("vi", "en")

_lock = threading.Lock()
_language: str | None = None
_catalog: dict[tuple[str, str], str] | None = None
# The window's own translator (Qt's compiled .qm of the same .ts files), set by the UI once
# its translators are installed: then the .ts files need not be parsed at start-up.
_backend = None


def language() -> str:
    """The current language: set explicitly, else $CONGRESS_DESK_LANG, else Vietnamese."""
    global _language
    if _language is None:
        env = os.environ.get("CONGRESS_DESK_LANG", "").strip().lower()[:2]
        _language = env if env in LANGUAGES else DEFAULT_LANGUAGE
    return _language


def set_language(lang: str) -> None:
    global _language, _catalog, _backend
    lang = (lang or DEFAULT_LANGUAGE).lower()[:2]
    with _lock:
        _language = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
        _catalog = None
        _backend = None


def set_backend(fn) -> None:
    """Translate with ``fn(context, text)`` (the UI's installed translators, for the current
    language) instead of reading the ``.ts`` files; None goes back to reading them."""
    global _backend
    with _lock:
        _backend = fn


def ts_files(lang: str):
    folder = resource_path("i18n")
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"*_{lang}.ts") if not p.name.startswith("qtbase"))


def load_ts(path) -> dict[tuple[str, str], str]:
    """Finished translations of one ``.ts`` file as {(context, source): text}."""
    from xml.etree import ElementTree  # only headless: the window uses the compiled .qm

    out: dict[tuple[str, str], str] = {}
    root = ElementTree.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            if source is None or tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr.text:
                out[(name, source)] = tr.text
    return out


def _load_catalog() -> dict[tuple[str, str], str]:
    global _catalog
    with _lock:
        if _catalog is None:
            catalog: dict[tuple[str, str], str] = {}
            lang = language()
            if lang != "en":
                for path in ts_files(lang):
                    catalog.update(load_ts(path))
            _catalog = catalog
        return _catalog


def translate(context: str, text: str) -> str:
    """The translation of ``text`` (English source) in the current language."""
    if language() == "en":
        return text
    backend = _backend
    if backend is not None:
        return backend(context, text)
    return _load_catalog().get((context, text), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for extraction without translating it yet."""
    return text
