"""The registry: units and their delegates, with badge codes and a change history.

It alone writes the ``delegates`` and ``units`` tables (``tests/core/test_registry.py``
checks the source); every other area writes through the functions here and reads through
its read helpers (:func:`units_by_id`, :func:`get_unit`, :func:`unit_choices`,
:func:`find_by_code`, :func:`code_exists`, :func:`delegates_of_unit`, :func:`list_delegates`…)
or, for joins with its own tables, with its own SQL:

* :mod:`.units` — units: list, find, add, update, delete;
* :mod:`.delegates` — the form's cleaning, reads, add/update/delete, an import's plan
  (:func:`apply_plan`), profiles, erasure, the demo's rows;
* :mod:`.codes` — badge codes (Damm check digit) and the next free one;
* :mod:`.history` — :func:`record_history`, the append-only change history.

Every write returns :class:`~congress_desk.core.changes.Changes`; those that make a row
(:func:`add_delegate`, :func:`add_unit`, :func:`get_or_create_unit`) return its new id as a
:class:`~congress_desk.core.changes.Created`, an ``int`` carrying ``.changes``
(``ADDED_DELEGATE`` / ``ADDED_UNIT``). Two exceptions: :func:`erase_personal` (a count, for
the erasure report, inside the erasure's own transaction) and :func:`record_history` (part of
its caller's write).
"""

from __future__ import annotations

from ..changes import Changes
from .codes import next_code
from .delegates import (
    ADDED_DELEGATE,
    DELEGATE_FIELDS,
    TEXT_FIELDS,
    RowOp,
    add_delegate,
    apply_plan,
    clean_delegate,
    code_exists,
    delegates_of_unit,
    delete_delegates,
    erase_personal,
    find_by_code,
    get_delegate,
    insert_rows,
    list_delegates,
    set_profiles,
    unit_counts,
    update_delegate,
)
from .history import record_history
from .units import (
    ADDED_UNIT,
    UNIT_KINDS,
    ValidationError,
    add_unit,
    delete_unit,
    find_unit,
    get_or_create_unit,
    get_unit,
    last_position,
    list_units,
    unit_choices,
    unit_kind_label,
    units_by_id,
    update_unit,
)

__all__ = [
    "ADDED_DELEGATE", "ADDED_UNIT", "DELEGATE_FIELDS", "TEXT_FIELDS", "UNIT_KINDS", "Changes", "RowOp",
    "ValidationError", "add_delegate", "add_unit", "apply_plan", "clean_delegate", "code_exists",
    "delegates_of_unit", "delete_delegates", "delete_unit", "erase_personal", "find_by_code", "find_unit",
    "get_delegate", "get_or_create_unit", "get_unit", "insert_rows", "list_delegates", "list_units",
    "next_code", "record_history", "set_profiles", "unit_choices", "unit_counts", "unit_kind_label",
    "last_position", "units_by_id", "update_delegate", "update_unit",
]
