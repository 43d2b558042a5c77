"""The core: everything Congress Desk does, with no Qt import anywhere."""

import sys as _sys


def _lazy_module(name: str) -> None:
    """Put a module in ``sys.modules`` that runs its code only when first used."""
    import importlib.util

    if name in _sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        return
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    _sys.modules[name] = module
    spec.loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:  # "from parent import child" then finds it without touching it
        setattr(_sys.modules[parent], child, module)


class _PatternOnFirstUse:
    """A compiled regular expression that is compiled when first used."""

    def __init__(self, compile_, pattern: str, flags: int):
        self._compile, self._args, self._compiled = compile_, (pattern, flags), None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = self._compile(*self._args)
        return getattr(self._compiled, name)


def load_sqlite_utils():
    """sqlite-utils' ``Database`` class, imported on first call.

    Not at start-up: importing it costs about 40 ms, and the window's start path reads the
    event file through :class:`congress_desk.core.db.Reader` instead (see ``EventFile.db``).

    It is imported without the numpy and pandas it loads eagerly when installed.

    We never hand it numpy or pandas values, and importing them costs more than the whole
    window takes to appear (about 100 ms), so they are hidden during its import only.
    dateutil's parser (about 13 ms, used only by sqlite-utils' date recipes, which we never
    call) is loaded on first use instead of at start-up, and so is its CREATE VIRTUAL
    TABLE pattern (case-insensitive over a 65,000-character class: about 20 ms to compile,
    used only for full-text tables, which we do not have).
    """
    if "sqlite_utils" in _sys.modules:
        return _sys.modules["sqlite_utils"].Database
    import re

    real_compile = re.compile

    def compile_(pattern, flags=0):
        if isinstance(pattern, str) and flags & re.IGNORECASE and "\\uffff" in pattern:
            return _PatternOnFirstUse(real_compile, pattern, flags)
        return real_compile(pattern, flags)

    hidden = [name for name in ("numpy", "pandas") if name not in _sys.modules]
    for name in hidden:
        _sys.modules[name] = None  # makes "import numpy" raise ImportError
    re.compile = compile_
    try:
        _lazy_module("dateutil.parser")
        _lazy_module("secrets")  # savepoint names only (hashlib, hmac: ~3 ms)
        import sqlite_utils
    finally:
        re.compile = real_compile
        for name in hidden:
            if _sys.modules.get(name, 0) is None:
                del _sys.modules[name]
    return sqlite_utils.Database
