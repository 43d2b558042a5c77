"""One unit file -> people, problems and the unit they belong to (no writing).

:func:`parse_file` is what ``import --dry-run``, the import dialog's preview and
the annotated copy all use. Each person keeps the sheet, row and column of every
value, so a problem can point at the exact cell. What it gives is in
:mod:`.results`, how it finds the unit in :mod:`.unit_detect`, how it cleans one
row in :mod:`.cleaner`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..errors import Cancelled
from ..i18n import translate
from ..registry import get_unit, units_by_id
from ..vietnamese import clean_text, fold
from . import table as T
from .cleaner import _CATEGORY_SECTION, RowCleaner
from .reader import FileUnreadable, SheetData, read_file
from .results import META_SHEET, FileResult, Person, Problem, SheetResult
from .shapes import footnotes_of, is_example_row, is_numbering_row
from .unit_detect import _sheet_units, detect_unit, unit_section

# ---------------------------------------------------------------- one sheet / one file


def people_of_sheet(sheet: SheetData, mapping: T.Mapping, cleaner: RowCleaner, cancel=None, *,
                    include_hidden: bool = False, notes: list | None = None, units: dict[str, str] | None = None):
    """Yield (person, problems) for each person row of the sheet. Rows that are not
    imported but might be people (hidden rows, a template's example) go to ``notes`` as
    warnings."""
    category = None
    sheet_name = fold(sheet.name or "")
    for word, cat in _CATEGORY_SECTION:     # a sheet named "Khách mời" lists guests
        if word in sheet_name:
            category = cat
            break
    notes = notes if notes is not None else []
    has_stt = "stt" in mapping.roles()
    hidden_rows = sheet.hidden_rows
    part = None
    in_footer = False
    for i, (number, values) in enumerate(sheet.rows):
        if number < mapping.data_start:
            continue
        if cancel is not None and i % 200 == 0:
            cancel.check()
        stt = cleaner._get(values, "stt")
        numbered = isinstance(stt, (int, float)) and not isinstance(stt, bool) or (
            isinstance(stt, str) and stt.strip().rstrip(".").isdigit())
        if numbered and is_numbering_row(values):
            continue
        if not numbered:
            section = unit_section(values, units)
            if section:
                part, in_footer = section[0], False
                continue
            kind = T.section_kind(values, mapping)
            if kind == "footer":
                in_footer = True
                continue
            if kind == "section":
                in_footer = False
                text = fold(" ".join(v for v in values if isinstance(v, str)))
                for word, cat in _CATEGORY_SECTION:
                    if word in text:
                        category = cat
                        break
                continue
            if is_numbering_row(values):
                continue
        name = cleaner.name_text(values)
        others = cleaner.other_fields(values)
        if in_footer:
            if not (name and (numbered or others >= 2)):
                continue   # totals, signatures, the signers' names, notes
            in_footer = False
        if not name:
            if others < 2:
                continue       # a person without a name only when the row holds enough else
        elif not any(ch.isalpha() for ch in name) and not numbered and others == 0:
            continue
        elif not numbered and others == 0 and has_stt:
            continue  # a name alone under the list, e.g. the signer
        elif is_example_row(values, name):
            notes.append(Problem(sheet.name, number, None, "warning", translate(
                "core", "Example row of the template ({name}) not imported").format(name=name),
                cleaner._col("full_name")))
            continue
        if number in hidden_rows and not include_hidden:
            notes.append(Problem(sheet.name, number, None, "warning", translate(
                "core", "Hidden row: {name} was not imported (import hidden rows to include it)").format(
                    name=name or "—"), cleaner._col("full_name")))
            continue
        person, problems = cleaner.clean(number, values, category)
        person.part = part
        yield person, problems


def _event_date(db, today: dt.date) -> dt.date:
    if db is None:
        return today
    try:
        from ..event import load_settings

        return dt.date.fromisoformat(load_settings(db).date)
    except (ValueError, TypeError, KeyError, LookupError):
        return today
    except Exception:  # noqa: BLE001 - a registry without settings still parses
        return today


def parse_file(path: Path | str, *, db=None, unit: str | None = None,
               mappings: dict[str | None, T.Mapping] | None = None, learned: dict[str, str] | None = None,
               today: dt.date | None = None, cancel=None, keep_workbook: bool = False,
               include_hidden: bool = False) -> FileResult:
    """Read and validate one unit file. Never raises for a bad file: the result
    then has ``ok`` False and a ``message``. Raises :class:`Cancelled` only.

    Hidden sheets are skipped, hidden or filtered rows left out (each listed as a
    warning) unless ``include_hidden``. A workbook with several units (one sheet per
    unit, or "Đơn vị: …" rows) lists them in ``parts``; :func:`split_parts` makes one
    result of each."""
    path = Path(path)
    result = FileResult(path)
    today = today or dt.date.today()
    try:
        wb = read_file(path, cancel=cancel)
    except FileUnreadable as exc:
        result.ok, result.message = False, exc.message
        return result
    result.kind = wb.kind
    if keep_workbook:
        result.workbook = wb
    sheets = [s for s in wb.sheets if s.name != META_SHEET]
    visible = [s for s in sheets if not s.hidden]

    # Where each table starts, to read the title block above it for the unit.
    first_rows: dict[str | None, int] = {}
    pre: dict[str | None, T.Mapping | None] = {}
    for sheet in visible:
        m = T.find_table(sheet, learned)
        pre[sheet.name] = m
        if m:
            first_rows[sheet.name] = m.header_rows[0]
    name, unit_id, source = detect_unit(wb, db, first_rows)
    if unit:
        name, unit_id, source = clean_text(unit), None, "option"
        if db is not None:
            from ..registry import find_unit

            found = find_unit(db, unit)
            if found:
                name, unit_id = found["name"], found["id"]
    elif name and unit_id is None and db is not None:
        from ..registry import find_unit

        found = find_unit(db, name)
        if found:
            name, unit_id = found["name"], found["id"]
    result.unit, result.unit_id, result.unit_source = name, unit_id, source
    if learned is None and db is not None and unit_id is not None:
        from .memory import load_learned

        learned = load_learned(db, unit_id)
        if learned:
            pre = {s.name: T.find_table(s, learned) for s in visible}

    for sheet in sheets:
        if sheet.hidden and sheet.rows:
            result.problems.append(Problem(sheet.name, None, None, "warning", translate(
                "core", "The sheet \"{sheet}\" is hidden and was not read").format(sheet=sheet.name)))
    sheet_units = _sheet_units(wb, db, visible, first_rows, source)

    event_date = _event_date(db, today)
    units = {fold(u["name"]): u["name"] for u in units_by_id(db).values()} if db is not None else None
    cleaned = 0
    for sheet in visible:
        mapping = (mappings or {}).get(sheet.name) or pre.get(sheet.name)
        sr = SheetResult(sheet.name, mapping)
        result.sheets.append(sr)
        if mapping is None:
            continue
        cleaned += sheet.cleaned
        if sheet.col_map is not None:
            result.col_maps[sheet.name] = sheet.col_map
        footnotes = footnotes_of(sheet, mapping.data_start)
        cleaner = RowCleaner(sheet.name, mapping, today, event_date, footnotes=footnotes,
                             column_name=lambda c, sheet=sheet: T.col_letter(sheet.source_column(c)))
        notes: list[Problem] = []
        for person, problems in people_of_sheet(sheet, mapping, cleaner, cancel, include_hidden=include_hidden,
                                                notes=notes, units=units):
            if sheet_units and person.part is None:
                person.part = sheet.name
            result.people.append(person)
            result.problems.extend(problems)
            sr.people += 1
        result.problems.extend(notes)
        for c in sorted(cleaner.unmapped):
            heading = clean_text(mapping.headings.get(c) or "")
            letter = T.col_letter(sheet.source_column(c))
            result.problems.append(Problem(sheet.name, mapping.header_rows[0], None, "warning", translate(
                "core", "Column {column} \"{heading}\" matches no field; its values ({n} rows) are kept in the note"
            ).format(column=letter, heading=heading or "—", n=cleaner.unmapped[c]), c))
        parts: dict = {}
        for person in result.people:
            if person.sheet == sheet.name and person.part not in parts:
                parts[person.part] = person.row
        for title, row in parts.items():
            if title is None:
                continue
            found_unit = sheet_units.get(sheet.name) if title == sheet.name and sheet_units else None
            if found_unit is None and title != sheet.name:
                section = unit_section([title], units)
                found_unit = section[1] if section else None
            result.parts.append((title, sheet.name, row, found_unit))
    if cleaned:
        result.problems.append(Problem(None, None, None, "warning", translate(
            "core", "{n} cells held control or text-direction characters; they were removed").format(n=cleaned)))
    if not any(s.mapping for s in result.sheets):
        result.ok = False
        result.message = translate(
            "core", "No list of people found: no sheet has a header with \"Họ và tên\" and other columns"
        )
        return result
    if not result.people:
        result.ok = False
        result.message = translate("core", "The list has a header but no people in it")
        return result
    if len({p[3] for p in result.parts} | ({None} if any(p.part is None for p in result.people) else set())) < 2:
        for person in result.people:
            person.part = None     # one unit after all: sections of one list
        result.parts = []
    if db is not None and unit_id is not None and not result.parts:
        _check_quota(db, unit_id, result)
    return result


def split_parts(result: FileResult, db=None) -> list[FileResult]:
    """One result per unit of a workbook with several units (per sheet or per "Đơn vị:"
    section), each with its ``part`` and ``unit``; the workplace defaults to the unit.
    A result with one unit comes back as it is."""
    if not result.ok or not result.parts:
        return [result]
    titles = [None] + [p[0] for p in result.parts] if any(p.part is None for p in result.people) else \
        [p[0] for p in result.parts]
    by_title: dict = {t: FileResult(result.path, ok=True, kind=result.kind, sheets=result.sheets,
                                    workbook=result.workbook, part=t if t is not None else None,
                                    col_maps=result.col_maps)
                      for t in titles}
    units = {p[0]: p[3] for p in result.parts}
    starts: dict[str | None, list] = {}
    for title, sheet, row, _unit in result.parts:
        starts.setdefault(sheet, []).append((row, title))
    for out in by_title.values():
        name = units.get(out.part) if out.part is not None else result.unit
        out.unit, out.unit_source = name, ("section" if out.part is not None else result.unit_source)
        if out.part is None:
            out.unit_id = result.unit_id
        elif name and db is not None:
            from ..registry import find_unit

            found = find_unit(db, name)
            if found:
                out.unit, out.unit_id = found["name"], found["id"]
        if out.part is None and out.unit is None:
            out.part = None
    where: dict[tuple, FileResult] = {}
    for person in result.people:
        out = by_title[person.part]
        out.people.append(person)
        where[(person.sheet, person.row)] = out
        if not person.data.get("workplace") and out.unit:
            person.data["workplace"] = out.unit
    first = by_title[titles[0]]
    for problem in result.problems:
        out = where.get((problem.sheet, problem.row))
        if out is None and problem.row is not None:
            candidates = [t for row, t in sorted(starts.get(problem.sheet, []), key=lambda x: x[0]) if row <= problem.row]
            out = by_title.get(candidates[-1]) if candidates else None
        (out or first).problems.append(problem)
    # No head-count quota note here: the parts share their Person objects with ``result``,
    # and this runs each time the dialog plans or imports; each unit's quota warning is
    # :func:`importer.warn_over_quota`'s, against the resulting total.
    return [r for r in by_title.values() if r.people]


def join_parts(parts: list[FileResult]) -> FileResult:
    """The parts of one workbook back as one result (for its annotated copy)."""
    if len(parts) == 1:
        return parts[0]
    first = parts[0]
    people = sorted((p for r in parts for p in r.people), key=lambda p: (p.sheet or "", p.row))
    return FileResult(first.path, ok=all(r.ok for r in parts), kind=first.kind, sheets=first.sheets,
                      people=people, problems=[x for r in parts for x in r.problems], workbook=first.workbook,
                      col_maps=first.col_maps, unit=", ".join(r.unit or "?" for r in parts))


def _check_quota(db, unit_id: int, result: FileResult) -> None:
    unit = get_unit(db, unit_id)
    if not unit or unit["quota"] is None:
        return
    quota = unit["quota"]
    people = [p for p in result.people if not p.errors]
    if len(people) > quota:
        first_over = people[quota]
        result.problems.append(Problem(
            first_over.sheet, first_over.row, None, "warning",
            translate("core", "{unit} sends {n} people but its quota is {quota}").format(
                unit=unit["name"], n=len(people), quota=quota)))
        first_over.warnings += 1


__all__ = ["parse_file", "split_parts", "join_parts", "FileResult", "Person", "Problem", "Cancelled"]
