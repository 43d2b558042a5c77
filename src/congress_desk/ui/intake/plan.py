"""What importing would do, under the preview of the import dialog: how many people each
file adds, changes and removes, and, in red, a unit that would end over its quota.

A file's plans are kept on its :class:`~.files.Entry` and made again only when what they
depend on changes: the file as read (a new result after every re-read: unit, header row,
columns, hidden rows), "remove those not in the file", the duplicates left out or merged
from that file, and the event file's data (written meanwhile by this window or another)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from ...core.db import data_version
from ...core.intake import table as T
from ...core.intake.importer import plan_file, quota_check, quota_message
from ...core.intake.parse import split_parts


class PlanPanel(QObject):
    def __init__(self, dialog):
        super().__init__(dialog)
        self.dialog = dialog
        self.plan_label = QLabel()
        self.plan_label.setObjectName("import_plan")
        self.plan_label.setWordWrap(True)
        self.quota_label = QLabel()
        self.quota_label.setObjectName("import_quota")
        self.quota_label.setWordWrap(True)
        self.quota_label.setStyleSheet("QLabel { color: #9c0006; font-weight: bold; }")
        self.quota_label.hide()

    def plans(self, entry) -> list:
        """One plan per unit of the entry (a workbook of several units has one for each)."""
        db = self.dialog.db
        skip, overrides = self.dialog.resolution()
        file = entry.result.file
        # the result and the connection by identity (kept alive in the cache, so no id is reused)
        inputs = (id(entry.result), id(db), entry.replace, entry.unit, data_version(db),
                  frozenset(k for k in skip if k[0] == file),
                  {k: v for k, v in overrides.items() if k[0] == file})
        if entry.plans is not None and entry.plans[0] == inputs:
            return entry.plans[1]
        plans = [plan_file(db, part, replace=entry.replace, skip=skip, overrides=overrides)
                 for part in split_parts(entry.result, db)]
        entry.plans = (inputs, plans, (entry.result, db))
        return plans

    def over_quota(self, entries) -> list:
        """The files (or units of a workbook) that would end over their quota, with the check of each."""
        db = self.dialog.db
        out = []
        if db is None:
            return out
        for e in entries:
            if e.result is None or not e.result.ok:
                continue
            for plan in self.plans(e):          # each unit of a workbook against its own quota
                check = quota_check(db, plan)
                if check is not None and check.over:
                    out.append((e, check))
        return out

    def update(self, entry) -> None:
        db = self.dialog.db
        if entry is None or entry.result is None or not entry.result.ok or db is None:
            self.plan_label.setText("")
            self.quota_label.hide()
            return
        plans = self.plans(entry)
        over = [check for check in (quota_check(db, plan) for plan in plans) if check is not None and check.over]
        if len(over) == 1:
            check = over[0]
            if check.room:
                text = self.tr("Over the quota: {what}. Importing will ask whether to import everyone or only "
                               "the first {n}.").format(what=quota_message(check), n=check.room)
            else:
                text = self.tr("Over the quota: {what}. The unit is already full: importing will ask whether to "
                               "add these people anyway.").format(what=quota_message(check))
            self.quota_label.setText(text)
            self.quota_label.show()
        elif over:
            self.quota_label.setText(self.tr("Over the quota: {what}. Importing will ask whether to import everyone "
                                             "or only up to each quota.").format(
                what="; ".join(quota_message(check) for check in over)))
            self.quota_label.show()
        else:
            self.quota_label.hide()
        c = {k: sum(p.counts()[k] for p in plans) for k in ("added", "updated", "unchanged", "removed")}
        changes = [ch for p in plans for ch in p.changes]
        removed = [ch.existing["full_name"] for ch in changes if ch.action == "remove"]
        text = self.tr("Importing will add {added}, change {updated}, leave {unchanged} as they are and "
                       "remove {removed}.").format(**c)
        changed = [f"{ch.person.data['full_name']}: " + ", ".join(T.role_label(
            "birth" if k.startswith("birth") else k) for k in ch.changes)
            for ch in changes if ch.action == "update"][:8]
        if changed:
            text += " " + self.tr("Changed: {list}.").format(list="; ".join(changed))
        if removed:
            text += " " + self.tr("Removed: {list}.").format(list=", ".join(removed[:10]))
        self.plan_label.setText(text)
