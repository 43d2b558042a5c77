"""The one way to reach shipped files (fonts, halls, catalogues, translations)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a file or folder under ``congress_desk/resources``.

    Resources ship as package data inside the wheel and the PyInstaller folder,
    so they always sit on the file system.
    """
    base = resources.files("congress_desk") / "resources"
    return Path(str(base.joinpath(*parts)))
