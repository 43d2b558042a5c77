"""Migrations of printing: 5, what was printed when for whom, and printer calibration;
9, the delegate profile the credentials report counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..migrations import migration

if TYPE_CHECKING:
    from sqlite_utils import Database


@migration(5)
def create_printing(db: Database) -> None:
    """``print_log``: one row per delegate per print run of a kind, with a fingerprint
    of what was printed (so a later change of name, unit or seat makes the person
    "not yet printed" again). ``print_calibration``: per-printer x/y offsets (mm)
    for pre-printed certificate paper."""
    db.executescript(
        """
        CREATE TABLE print_log (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            delegate_id INTEGER REFERENCES delegates(id) ON DELETE CASCADE,
            code TEXT,
            fingerprint TEXT,
            layout TEXT,
            printed_at TEXT NOT NULL,
            run_id TEXT NOT NULL
        );
        CREATE INDEX print_log_kind_delegate ON print_log(kind, delegate_id);
        CREATE TABLE print_calibration (
            printer TEXT PRIMARY KEY,
            dx_mm REAL NOT NULL DEFAULT 0,
            dy_mm REAL NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        );
        """
    )


@migration(9)
def add_delegate_profile(db: Database) -> None:
    """The delegate's profile for the credentials report (personal data: masked,
    erasable, exported only on request): ``party_member`` (1/0/null), ``education``,
    ``political_theory`` and ``social_group`` (codes of :mod:`congress_desk.core.fields`)."""
    db.executescript(
        """
        ALTER TABLE delegates ADD COLUMN party_member INTEGER;
        ALTER TABLE delegates ADD COLUMN education TEXT;
        ALTER TABLE delegates ADD COLUMN political_theory TEXT;
        ALTER TABLE delegates ADD COLUMN social_group TEXT;
        """
    )
