"""The core: everything Congress Desk does, with no Qt import anywhere."""

import sys as _sys


def _import_sqlite_utils() -> None:
    """Import sqlite-utils without the numpy and pandas it loads eagerly when installed.

    We never hand it numpy or pandas values, and importing them costs more than the whole
    window takes to appear (about 100 ms), so they are hidden during its import only.
    """
    hidden = [name for name in ("numpy", "pandas") if name not in _sys.modules]
    for name in hidden:
        _sys.modules[name] = None  # makes "import numpy" raise ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if _sys.modules.get(name, 0) is None:
                del _sys.modules[name]


_import_sqlite_utils()
