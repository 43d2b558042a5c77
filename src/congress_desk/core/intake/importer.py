"""Import unit files into the registry: duplicates, what would change, and the write.

The same functions serve the CLI (``import``), the import dialog and the
benchmarks:

* :func:`find_duplicates` — the same person twice in the batch (by ID, else by
  folded name + birth);
* :func:`plan_file` — for one parsed file, what would be added, updated, left
  unchanged and (with ``replace``) removed, matching the unit's delegates by ID,
  else by name + birth date;
* :func:`quota_check` / :func:`limit_to_quota` — whether the unit ends over its quota
  (official + unstated category, as the counts define it), and the plan cut down to the
  first rows that fit;
* :func:`apply_plan` — the write, one transaction per file;
* :func:`import_files` — all of it for a list of paths.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..changes import Changes
from ..counts import count_category
from ..errors import Cancelled, UserError
from ..fields import PROFILE_FIELDS
from ..i18n import translate
from ..progress import no_progress
from ..registry import RowOp, delegates_of_unit, get_or_create_unit, get_unit
from ..registry import apply_plan as registry_apply_plan
from ..vietnamese import name_identity
from .parse import parse_file, split_parts
from .results import FIELDS, FileResult, Person, Problem

IMPORTED = (*FIELDS, *PROFILE_FIELDS)   # the profile (schema 9) when the sheet has its columns

ACTOR = "import"


class SeveralUnits(UserError):
    """``--unit`` was given for a workbook that holds several units (a usage error)."""


def _birth_key(data: dict):
    return data.get("birth_date") or data.get("birth_year")


# ---------------------------------------------------------------- duplicates

def find_duplicates(results: Iterable[FileResult], *, skip=frozenset()) -> list[dict]:
    """Groups of rows that are the same person: same ID, else same name + birth."""
    rows: list[tuple[FileResult, Person]] = [
        (r, p) for r in results if r.ok for p in r.people
        if p.data.get("full_name") and (r.file, p.sheet, p.row) not in skip
    ]
    groups: list[dict] = []
    seen: set[tuple] = set()
    by_id: dict[str, list] = {}
    for r, p in rows:
        if p.data.get("national_id"):
            by_id.setdefault(p.data["national_id"], []).append((r, p))
    for members in by_id.values():
        if len(members) > 1:
            groups.append(_group("national_id", members))
            seen.update((r.file, p.sheet, p.row) for r, p in members)
    by_name: dict[tuple, list] = {}
    for r, p in rows:
        if not p.data.get("birth_year"):
            continue
        by_name.setdefault((name_identity(p.data["full_name"]), p.data["birth_year"]), []).append((r, p))
    for members in by_name.values():
        keys = {(r.file, p.sheet, p.row) for r, p in members}
        if len(members) > 1 and not keys <= seen:
            ids = {p.data.get("national_id") for _, p in members if p.data.get("national_id")}
            dates = {p.data.get("birth_date") for _, p in members if p.data.get("birth_date")}
            if len(ids) > 1 or len(dates) > 1:
                continue  # same name and year but different IDs or dates: two people
            groups.append(_group("name_birth", members))
    return groups


def _group(reason: str, members) -> dict:
    return {
        "reason": reason,
        "rows": [{"file": r.file, "sheet": p.sheet, "row": p.row} for r, p in members],
    }


def registry_duplicates(db, result: FileResult) -> None:
    """Warn about people of this file already registered under another unit."""
    if result.unit_id is None and result.unit is None:
        return
    others = list(db.query(
        "SELECT d.id, d.full_name, d.national_id, d.birth_date, d.birth_year, u.name AS unit, d.unit_id "
        "FROM delegates d LEFT JOIN units u ON u.id = d.unit_id"
    ))
    by_id = {d["national_id"]: d for d in others if d["national_id"]}
    by_name = {(name_identity(d["full_name"]), str(d["birth_date"] or d["birth_year"])): d
               for d in others if d["birth_date"] or d["birth_year"]}
    for p in result.people:
        if p.errors or not p.data.get("full_name"):
            continue
        other = None
        if p.data.get("national_id"):
            other = by_id.get(p.data["national_id"])
        if other is None and _birth_key(p.data):
            other = by_name.get((name_identity(p.data["full_name"]), str(_birth_key(p.data))))
        if other is None or (result.unit_id is not None and other["unit_id"] == result.unit_id):
            continue
        if result.unit_id is None and other["unit"] and result.unit and other["unit"] == result.unit:
            continue
        result.problems.append(Problem(
            p.sheet, p.row, "national_id" if p.data.get("national_id") == other["national_id"] else "full_name",
            "warning",
            translate("core", "Already registered as {name} of {unit}").format(
                name=other["full_name"], unit=other["unit"] or "—"),
            p.columns.get("national_id") if p.data.get("national_id") == other["national_id"] else p.columns.get("full_name"),
        ))
        p.warnings += 1


# ---------------------------------------------------------------- plan

@dataclass
class Change:
    action: str                  # "add", "update", "unchanged", "remove"
    person: Person | None        # the row (None for "remove")
    existing: dict | None        # the registry delegate (None for "add")
    changes: dict = field(default_factory=dict)   # field -> (old, new) for "update"


@dataclass
class Plan:
    result: FileResult
    unit_id: int | None
    changes: list[Change]

    def counts(self) -> dict:
        out = {"added": 0, "updated": 0, "unchanged": 0, "removed": 0}
        key = {"add": "added", "update": "updated", "unchanged": "unchanged", "remove": "removed"}
        for c in self.changes:
            out[key[c.action]] += 1
        return out


def plan_file(db, result: FileResult, *, replace: bool = False, skip=frozenset(),
              overrides: dict | None = None) -> Plan:
    """What importing ``result`` would do to its unit's delegates.

    ``skip`` holds (file, sheet, row) keys the user chose to leave out (e.g. the
    duplicate copy); ``overrides`` maps such keys to field values that replace the
    row's (merging duplicates)."""
    unit_id = result.unit_id
    existing = []
    if unit_id is not None and db is not None:
        existing = delegates_of_unit(db, unit_id)
    by_id = {d["national_id"]: d for d in existing if d["national_id"]}
    by_name_birth: dict[tuple, dict] = {}
    by_name: dict[tuple, list] = {}
    for d in existing:
        ident = name_identity(d["full_name"])
        if d["birth_date"]:
            by_name_birth.setdefault((ident, d["birth_date"]), d)
        if d["birth_year"]:
            by_name_birth.setdefault((ident, d["birth_year"]), d)
        by_name.setdefault(ident, []).append(d)
    matched: set[int] = set()
    changes: list[Change] = []
    overrides = overrides or {}
    for p in result.people:
        key = (result.file, p.sheet, p.row)
        if key in skip:
            continue
        if p.errors:
            # Not imported, but never removed by --replace either: the person is still on the list.
            if p.data.get("full_name"):
                found = _match(p.data, by_id, by_name_birth, by_name, matched)
                if found is not None:
                    matched.add(found["id"])
            continue
        data = dict(p.data)
        data.update(overrides.get(key, {}))
        found = _match(data, by_id, by_name_birth, by_name, matched)
        if found is None:
            changes.append(Change("add", p, None, {k: (None, data.get(k)) for k in IMPORTED if data.get(k) is not None}))
            # A later row of the same person (a duplicate) then matches this one.
            pseudo = {**data, "id": -len(changes)}
            if data.get("national_id"):
                by_id.setdefault(data["national_id"], pseudo)
            ident = name_identity(data["full_name"])
            if data.get("birth_date"):
                by_name_birth.setdefault((ident, data["birth_date"]), pseudo)
            if data.get("birth_year"):
                by_name_birth.setdefault((ident, data["birth_year"]), pseudo)
            matched.add(pseudo["id"])
            continue
        matched.add(found["id"])
        if found["id"] < 0:
            continue  # second copy in the same file: the first one is imported
        diff = {k: (found.get(k), data[k]) for k in IMPORTED if data.get(k) is not None and data[k] != found.get(k)}
        if "full_name" in diff and name_identity(found["full_name"]) == name_identity(data["full_name"]):
            del diff["full_name"]   # Hòa / Hoà, caps: the same name, keep the registry's spelling
        changes.append(Change("update" if diff else "unchanged", p, found, diff))
    if replace:
        for d in existing:
            if d["id"] not in matched:
                changes.append(Change("remove", None, d, {}))
    return Plan(result, unit_id, changes)


# ---------------------------------------------------------------- quota

def _in_quota(category: str | None) -> bool:
    """Whether a unit's quota counts this person: official, a missing category counted
    with official (DESIGN), as :func:`counts.count_category` counts them."""
    return count_category(category) == "official"


@dataclass
class QuotaCheck:
    """A unit's official delegates once ``plan`` is applied, against its quota."""

    unit: str
    quota: int
    staying: int        # registered people of the unit who count and stay
    adding: list[Change]  # rows that would add a counted person, in file order

    @property
    def total(self) -> int:
        return self.staying + len(self.adding)

    @property
    def over(self) -> int:
        return max(0, self.total - self.quota)

    @property
    def room(self) -> int:
        """How many of the new rows fit: people already registered count first."""
        return max(0, self.quota - self.staying)


def quota_check(db, plan: Plan) -> QuotaCheck | None:
    """The unit's resulting official + unstated-category total against its quota; None
    when the unit has no quota (or is new)."""
    if plan.unit_id is None or db is None:
        return None
    unit = get_unit(db, plan.unit_id)
    if not unit or unit["quota"] is None:
        return None
    removed = {c.existing["id"] for c in plan.changes if c.action == "remove"}
    new_category = {c.existing["id"]: c.changes["category"][1]
                    for c in plan.changes if c.action == "update" and "category" in c.changes}
    staying = 0
    for d in delegates_of_unit(db, plan.unit_id, active_only=True):
        if d["id"] in removed:
            continue
        if _in_quota(new_category.get(d["id"], d["category"])):
            staying += 1
    adding = [c for c in plan.changes
              if c.action == "add" and _in_quota(c.changes.get("category", (None, None))[1])]
    return QuotaCheck(unit["name"], unit["quota"], staying, adding)


def quota_message(check: QuotaCheck) -> str:
    return translate("core", "{unit} would have {total} official delegates against its quota of {quota} "
                             "({over} over)").format(unit=check.unit, total=check.total, quota=check.quota,
                                                     over=check.over)


def _file_only_quota_warning(result: FileResult, check: QuotaCheck) -> Problem | None:
    """The reader's own quota note (the file's head count against the quota, on the first
    row past it), which the resulting-total warning replaces."""
    people = [p for p in result.people if not p.errors]
    text = translate("core", "{unit} sends {n} people but its quota is {quota}").format(
        unit=check.unit, n=len(people), quota=check.quota)
    return next((p for p in result.problems if p.field is None and p.message == text), None)


def warn_over_quota(result: FileResult, check: QuotaCheck | None) -> None:
    """Add the over-quota warning (field ``unit``: the unit's resulting official total against
    its quota) to the file's problems, once, in place of the reader's head-count note."""
    result.problems = [p for p in result.problems if not (p.field == "unit" and p.row is None
                                                            and getattr(p, "quota", False))]
    if check is None:
        return
    old = _file_only_quota_warning(result, check)
    if old is not None:
        result.problems.remove(old)
        person = next((x for x in result.people if x.sheet == old.sheet and x.row == old.row), None)
        if person is not None and person.warnings:
            person.warnings -= 1
    if not check.over:
        return
    problem = Problem(None, None, "unit", "warning", quota_message(check))
    problem.quota = True
    result.problems.insert(0, problem)


def limit_to_quota(plan: Plan, check: QuotaCheck | None) -> list[Change]:
    """Keep only the first new rows that fit the quota; the others leave the plan and
    become ``error`` problems of their row. Returns the rows left out."""
    if check is None or not check.over:
        return []
    left_out = check.adding[check.room:]
    dropped = {id(c) for c in left_out}
    plan.changes = [c for c in plan.changes if id(c) not in dropped]
    result = plan.result
    for c in left_out:
        p = c.person
        result.problems.append(Problem(
            p.sheet, p.row, "unit", "error",
            translate("core", "Over the quota of {unit} ({quota}): not imported").format(
                unit=check.unit, quota=check.quota),
            p.columns.get("full_name")))
        p.errors += 1
    check.adding = check.adding[:check.room]
    return left_out


def _match(data, by_id, by_name_birth, by_name, matched):
    if data.get("national_id") and data["national_id"] in by_id:
        return by_id[data["national_id"]]
    ident = name_identity(data["full_name"])
    for birth in (data.get("birth_date"), data.get("birth_year")):
        if birth and (ident, birth) in by_name_birth:
            d = by_name_birth[(ident, birth)]
            if not (data.get("national_id") and d.get("national_id") and d["national_id"] != data["national_id"]):
                return d
    # Same name, no birth given on one side, nobody else of that name: the same person.
    candidates = [d for d in by_name.get(ident, []) if d["id"] not in matched]
    if len(candidates) == 1:
        d = candidates[0]
        if not (_birth_key(data) and (d.get("birth_date") or d.get("birth_year"))) and not (
            data.get("national_id") and d.get("national_id")
        ):
            return d
    return None


# ---------------------------------------------------------------- write

def _now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def row_ops(plan: Plan) -> list[RowOp]:
    """The plan's rows as the registry writes them (``registry.apply_plan``)."""
    ops = []
    for ch in plan.changes:
        if ch.action == "add":
            ops.append(RowOp("add", {k: v for k, (_, v) in ch.changes.items()}))
        elif ch.action == "update":
            ops.append(RowOp("update", {k: v for k, (_, v) in ch.changes.items()}, ch.existing["id"],
                             {k: o for k, (o, _) in ch.changes.items()}))
        elif ch.action == "remove":
            ops.append(RowOp("remove", id=ch.existing["id"], before=dict(ch.existing)))
    return ops


def apply_plan(db, plan: Plan, *, cancel=None, progress=no_progress, mapping_to_remember=None) -> dict:
    """Write one file's plan in one transaction (the rows through ``registry.apply_plan``,
    then the intake log). Cancel rolls everything back. Returns the counts."""
    result = plan.result
    total = len(plan.changes)

    def step(i):
        if cancel is not None and i % 10 == 0:
            cancel.check()
        if i % 10 == 0:
            progress(i, total, result.file)

    with db.atomic():
        unit_id = plan.unit_id
        if unit_id is None and any(c.action == "add" for c in plan.changes):
            unit_id = get_or_create_unit(db, result.unit)      # a new unit only for new people
            result.unit_id = unit_id
        now = _now()
        registry_apply_plan(db, row_ops(plan), unit_id=unit_id, actor=ACTOR, step=step, at=now)
        if cancel is not None:
            cancel.check()          # the last moment to say no: nothing is committed yet
        counts = plan.counts()
        errors = result.error_count
        db.execute(
            "INSERT INTO intake_log(at, file, unit_id, added, updated, unchanged, removed, errors, warnings) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [now, result.file, unit_id, counts["added"], counts["updated"], counts["unchanged"],
             counts["removed"], errors, len(result.problems) - errors],
        )
        if mapping_to_remember and unit_id is not None:
            from .memory import remember

            for mapping in mapping_to_remember:
                remember(db, unit_id, mapping)
        progress(total, total, result.file)
    result.imported = counts
    return counts


# ---------------------------------------------------------------- everything

@dataclass
class ImportReport:
    files: list[FileResult]
    duplicates: list[dict]
    dry_run: bool
    changes: Changes = field(default_factory=Changes)

    def as_json(self) -> dict:
        return {"files": [f.as_json() for f in self.files], "duplicates": self.duplicates}

    @property
    def refused(self) -> bool:
        """Some input was refused: a file unreadable or rows with errors."""
        return any(not f.ok or f.error_count for f in self.files)


def _plan_within_quota(db, result: FileResult, *, replace: bool, within_quota: bool) -> Plan:
    """What importing ``result`` would do, with its unit's quota warning, and with
    ``within_quota`` only the rows that fit (a dry run and the real import alike)."""
    plan = plan_file(db, result, replace=replace)
    check = quota_check(db, plan)
    warn_over_quota(result, check)
    if within_quota:
        limit_to_quota(plan, check)
    return plan


def import_files(paths: Iterable[Path | str], *, db=None, unit: str | None = None, dry_run: bool = False,
                 replace: bool = False, within_quota: bool = False, progress=no_progress, cancel=None,
                 include_hidden: bool = False) -> ImportReport:
    """Parse every file, report duplicates, and (unless ``dry_run``) write each
    file in its own transaction. ``db`` may be None for a dry run.

    A workbook with several units gives one result per unit (its ``part``), each
    written and, with ``replace``, replaced on its own; ``unit`` is then refused with
    :class:`SeveralUnits`. Hidden or filtered rows are read only with ``include_hidden``.

    A unit that would end over its quota gets a warning (each unit of a workbook against
    its own quota); with ``within_quota`` only the first rows that fit are imported and the
    others are refused (errors)."""
    paths = [Path(p) for p in paths]
    results: list[FileResult] = []
    for i, path in enumerate(paths):
        progress(i, len(paths) * 2, path.name)
        result = parse_file(path, db=db, unit=unit, cancel=cancel, include_hidden=include_hidden)
        if unit and len(result.parts) > 1:
            raise SeveralUnits(translate(
                "core", "{file} holds the lists of several units ({parts}); import it without --unit").format(
                    file=path.name, parts=", ".join(p[0] for p in result.parts)), file=path.name)
        for part in split_parts(result, db):
            if part.ok and db is not None:
                registry_duplicates(db, part)
            results.append(part)
    duplicates = find_duplicates(results)
    report = ImportReport(results, duplicates, dry_run)
    if db is None:
        return report
    if dry_run:
        for result in results:
            if result.ok and result.unit_id is not None:
                _plan_within_quota(db, result, replace=replace, within_quota=within_quota)
        return report
    by_file: dict[Path, list[FileResult]] = {}
    for result in results:           # the units of one workbook: one transaction, like one file
        by_file.setdefault(result.path, []).append(result)
    for i, parts in enumerate(by_file.values()):
        progress(len(paths) + i, len(paths) * 2, parts[0].file)
        with db.atomic():
            for result in parts:
                if not result.ok:
                    continue
                if not result.unit:
                    result.ok = False
                    result.message = translate(
                        "core", "Cannot tell which unit this list belongs to; give it with --unit or in the title"
                    )
                    continue
                plan = _plan_within_quota(db, result, replace=replace, within_quota=within_quota)
                apply_plan(db, plan, cancel=cancel)
                report.changes = report.changes | Changes.of("delegates", "units")
    progress(len(paths) * 2, len(paths) * 2, "")
    return report


# ---------------------------------------------------------------- what the import dialog does

@dataclass
class FileChoice:
    """One parsed file as the user settled it in the import dialog."""

    result: FileResult
    replace: bool = False
    skip: frozenset = frozenset()
    overrides: dict = field(default_factory=dict)
    remember: list = field(default_factory=list)     # corrected mappings to remember for the unit
    within_quota: bool = False                       # import only the first rows up to the quota


def resolve_duplicates(results: list[FileResult], groups: list[dict], choices: list[str]) -> tuple[set, dict]:
    """(rows to skip, field overrides) for each duplicate group and the user's choice:
    "all" imports every copy, "first" keeps the first row only, "merge" keeps the first
    row with the empty fields filled from the others."""
    people = {(r.file, p.sheet, p.row): p for r in results for p in r.people}
    skip: set = set()
    overrides: dict = {}
    for group, how in zip(groups, choices, strict=True):
        keys = [(row["file"], row["sheet"], row["row"]) for row in group["rows"]]
        if how == "all" or len(keys) < 2:
            continue
        first, others = keys[0], keys[1:]
        skip.update(others)
        if how == "merge":
            merged = dict(people[first].data)
            for key in others:
                for k, v in people[key].data.items():
                    if merged.get(k) in (None, "") and v not in (None, ""):
                        merged[k] = v
            overrides[first] = {k: v for k, v in merged.items() if v != people[first].data.get(k)}
    return skip, overrides


def import_choices(db, choices: list[FileChoice], *, progress=no_progress, cancel=None) -> ImportReport:
    """Import the files as settled in the dialog: all of them or nothing (Cancel rolls
    every file back)."""
    total = max(1, sum(len(c.result.people) for c in choices))
    done = 0
    with db.atomic():
        for choice in choices:
            result = choice.result
            if not result.ok:
                continue
            if not result.unit:
                raise UserError(translate("core", "Choose the unit of {file} before importing").format(file=result.file))
            plan = plan_file(db, result, replace=choice.replace, skip=frozenset(choice.skip),
                             overrides=choice.overrides)
            if choice.within_quota:
                limit_to_quota(plan, quota_check(db, plan))
            base = done
            apply_plan(db, plan, cancel=cancel, mapping_to_remember=choice.remember,
                       progress=lambda d, t, label="", base=base: progress(base + d, total, label))
            done += len(result.people)
    progress(total, total, "")
    return ImportReport([c.result for c in choices], [], False, Changes.of("delegates", "units"))


__all__ = ["import_files", "SeveralUnits", "plan_file", "apply_plan", "find_duplicates", "ImportReport", "Plan",
           "Change", "Cancelled", "QuotaCheck", "quota_check", "limit_to_quota", "warn_over_quota"]
