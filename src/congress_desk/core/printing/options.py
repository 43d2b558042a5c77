"""What to print and for whom: the options every renderer receives, and its result."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PrintOptions:
    """Choices made in the Printing tab or on the command line.

    ``unit``, ``codes`` and ``not_yet_printed`` select whom to print for (they
    combine: all must hold); ``layout`` names a layout of the kind (its default
    when None). The other fields are per-kind refinements that a kind may ignore.
    """

    unit: str | None = None             # unit name (matched ignoring case and tones)
    codes: list[str] = field(default_factory=list)   # badge codes; empty = everyone
    not_yet_printed: bool = False       # only those never printed, or changed since
    layout: str | None = None           # layout name; None = the kind's default
    double_sided: bool = False          # badges: add a back page for each sheet
    personal_numbers: bool = False      # lists: print ID and phone numbers
    include_cancelled: bool = False     # normally cancelled delegates are left out
    categories: list[str] | None = None  # restrict to these categories (None = kind default)
    printer: str | None = None          # certificates: calibration profile (x/y offsets)
    blank: str | None = None            # certificates: only this blank ("bang-khen", "chung-nhan"); None = each on its own
    paper: str | None = None            # seat chart: "A3" (default) or "A4" (tiled)
    per_section: bool = False           # seat chart: one page per section
    record: bool = True                 # write what was printed into the print log
    signer: str | None = None           # documents: the signer's name
    signer_title: str | None = None     # documents: the signer's role
    decision: str | None = None         # decision annex: only this decision's number

    def selects_all(self) -> bool:
        return not (self.unit or self.codes or self.not_yet_printed or self.categories)


@dataclass
class RenderResult:
    """What a renderer made: page count, warnings (never silent), items printed."""

    pages: int
    warnings: list[str] = field(default_factory=list)
    items: int = 0
    unknown_codes: list[str] = field(default_factory=list)  # asked for but not in the registry

    def as_json(self) -> dict:
        return {"pages": self.pages, "items": self.items, "warnings": list(self.warnings),
                "unknown_codes": list(self.unknown_codes)}
