"""The one way to reach shipped files (fonts, halls, catalogues, translations)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path


@cache
def _root() -> Path:
    """The shipped data folder, ``resources/`` beside ``src/`` in the source tree.

    Installed (a wheel, the PyInstaller folder) it is the package ``congress_desk.resources``
    inside ``congress_desk/``. From a checkout (``PYTHONPATH=src``, or an editable install,
    whose import finder maps ``congress_desk.resources`` to the same folder) it is the
    top-level ``resources/``, two levels up from ``src/congress_desk``.
    """
    package = Path(str(resources.files("congress_desk")))
    shipped = package / "resources"
    if (shipped / "__init__.py").is_file():
        return shipped
    return package.parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a file or folder under the shipped data (``resources/``).

    Resources ship as package data inside the wheel and the PyInstaller folder,
    so they always sit on the file system.
    """
    return _root().joinpath(*parts)
