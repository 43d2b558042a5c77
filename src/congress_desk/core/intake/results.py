"""What reading one unit file gives: its people, their problems, the file's result.

The fields an import reads (:data:`FIELDS`), the longest text kept per field and the
name of the sheet a template keeps its unit in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..fields import PROFILE_FIELDS
from . import table as T
from .reader import WorkbookData

FIELDS = ("full_name", "gender", "birth_date", "birth_year", "ethnicity", "position", "workplace",
          "category", "phone", "national_id", "note")
# Longest text kept per field (longer is cut, with a warning): prints and exports stay whole.
MAX_LENGTH = {"full_name": 100, "ethnicity": 50, "position": 300, "workplace": 300, "note": 1000}
META_SHEET = "_congress_desk"


@dataclass
class Problem:
    sheet: str | None
    row: int | None
    field: str | None
    severity: str          # "error" / "warning"
    message: str
    column: int | None = None   # 0-based column of the cell, for the annotated copy

    def as_json(self) -> dict:
        return {"sheet": self.sheet, "row": self.row, "field": self.field, "severity": self.severity,
                "message": self.message}


@dataclass
class Person:
    sheet: str | None
    row: int
    data: dict
    columns: dict[str, int] = field(default_factory=dict)   # field -> 0-based column
    errors: int = 0
    warnings: int = 0
    part: str | None = None     # the "Đơn vị: …" section the row is in, if any

    def as_json(self) -> dict:
        return {"sheet": self.sheet, "row": self.row, **{k: self.data.get(k) for k in FIELDS},
                **{k: self.data[k] for k in PROFILE_FIELDS if k in self.data}}   # when the sheet has them


@dataclass
class SheetResult:
    name: str | None
    mapping: T.Mapping | None
    people: int = 0


@dataclass
class FileResult:
    path: Path
    ok: bool = True
    message: str | None = None
    unit: str | None = None
    unit_id: int | None = None
    unit_source: str | None = None    # "option", "template", "title", "file name"
    kind: str | None = None
    sheets: list[SheetResult] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    imported: dict | None = None
    workbook: WorkbookData | None = None
    part: str | None = None           # the sheet or section of a workbook with several units
    parts: list = field(default_factory=list)   # (part title, sheet, first row, unit or None) found
    # sheet -> real 0-based column of each row-list index, for sheets whose far columns were
    # compacted (a cell in column XFD): Problem.column is a row-list index.
    col_maps: dict = field(default_factory=dict)

    def real_column(self, sheet: str | None, column: int | None) -> int | None:
        col_map = self.col_maps.get(sheet)
        if column is None or col_map is None or column >= len(col_map):
            return column
        return col_map[column]

    @property
    def file(self) -> str:
        return self.path.name

    @property
    def error_count(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")

    def as_json(self) -> dict:
        out = {
            "file": self.file, "ok": self.ok, "message": self.message, "unit": self.unit,
            "delegates": [p.as_json() for p in self.people],
            "problems": [p.as_json() for p in self.problems],
        }
        if self.part is not None:
            out["part"] = self.part
        if self.imported is not None:
            out["imported"] = self.imported
        return out
