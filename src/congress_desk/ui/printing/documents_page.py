"""The "Documents" page of the event settings: who issues and signs each document.

Issuing bodies (supervising body over issuing body, as the header block prints
them; "|" forces a line break there) and, per kind of document, the signer's
authority line ("TM. Ban Tổ chức"), title ("Trưởng ban"), name, and the number
with its symbol ("125/GM-BTC") of the official ones. Stored by
:mod:`congress_desk.core.printing.officials` under the event's ``documents`` setting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.fields import CATEGORIES, category_label
from ...core.printing import officials
from ...core.printing.kinds import kind_label

BODIES = ("organizing", "council", "credentials")
SIGNED = ("invitations", "credentials-report", "ceremony-script", "delegate-list", "checkin-list",
          "attendance", "honoree-list")
NUMBERED = frozenset(officials.KIND_SYMBOL)
FORMS = ("Đồng chí", "Ông/Bà")


def _shown(text: str | None) -> str:
    return (text or "").replace("\n", " | ")


def _stored(text: str) -> str:
    return "\n".join(part.strip() for part in text.split("|") if part.strip())


class DocumentsPage(QWidget):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.conf = officials.load(db)
        body_names = {"organizing": self.tr("Organising committee"), "council": self.tr("Emulation council"),
                      "credentials": self.tr("Credentials committee")}
        self.bodies = QTableWidget(len(BODIES), 3)
        self.bodies.setObjectName("documents_bodies")
        self.bodies.setHorizontalHeaderLabels([self.tr("Supervising body"), self.tr("Issuing body"),
                                               self.tr("Symbol")])
        self.bodies.setVerticalHeaderLabels([body_names[b] for b in BODIES])
        for r, key in enumerate(BODIES):
            body = self.conf["bodies"][key]
            for c, field in enumerate(("superior", "name", "symbol")):
                self.bodies.setItem(r, c, QTableWidgetItem(_shown(body.get(field))))
        self.signers = QTableWidget(len(SIGNED), 4)
        self.signers.setObjectName("documents_signers")
        self.signers.setHorizontalHeaderLabels([self.tr("Signs for (TM., KT.)"), self.tr("Title"),
                                                self.tr("Signer's name"), self.tr("Number and symbol")])
        self.signers.setVerticalHeaderLabels([kind_label(k) for k in SIGNED])
        for r, kind in enumerate(SIGNED):
            signer = self.conf["signers"][kind]
            roles = list(signer.get("roles") or []) + ["", ""]
            values = [roles[0], roles[1], signer.get("name") or "", self.conf["numbers"].get(kind) or ""]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 3 and kind not in NUMBERED:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setToolTip(self.tr("Lists carry no number"))
                self.signers.setItem(r, c, item)
        # how an invitation addresses each category (a Party member is always "Đồng chí";
        # "Ông/Bà" becomes "Ông" or "Bà" when the sex is known)
        self.forms = QTableWidget(1, len(CATEGORIES))
        self.forms.setObjectName("documents_address_forms")
        self.forms.setHorizontalHeaderLabels([category_label(c) for c in CATEGORIES])
        self.forms.setVerticalHeaderLabels([self.tr("Invitations say")])
        for c, category in enumerate(CATEGORIES):
            combo = QComboBox()
            combo.addItems(FORMS)
            combo.setCurrentIndex(max(0, combo.findText(self.conf["address_forms"].get(category, FORMS[0]))))
            self.forms.setCellWidget(0, c, combo)
        self.forms.setMaximumHeight(70)
        for table in (self.bodies, self.signers, self.forms):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Issuing bodies, as the header of each document prints them "
                                        "(type | where a line must break):")))
        layout.addWidget(self.bodies)
        layout.addWidget(QLabel(self.tr("Who signs each document:")))
        layout.addWidget(self.signers)
        layout.addWidget(QLabel(self.tr("How invitations address each category (a Party member is always "
                                        "“Đồng chí”):")))
        layout.addWidget(self.forms)

    def _text(self, table, r, c) -> str:
        item = table.item(r, c)
        return " ".join((item.text() if item else "").split())

    def values(self) -> dict:
        """The ``documents`` setting with what was typed (other parts kept)."""
        out = {k: v for k, v in self.conf.items() if k != "address_forms"}
        out["bodies"] = {key: {"superior": _stored(self._text(self.bodies, r, 0)),
                               "name": _stored(self._text(self.bodies, r, 1)),
                               "symbol": self._text(self.bodies, r, 2)}
                         for r, key in enumerate(BODIES)}
        signers = dict(self.conf["signers"])
        numbers = dict(self.conf["numbers"])
        for r, kind in enumerate(SIGNED):
            roles = [x for x in (self._text(self.signers, r, 0), self._text(self.signers, r, 1)) if x]
            signers[kind] = {**signers[kind], "roles": roles, "name": self._text(self.signers, r, 2)}
            number = self._text(self.signers, r, 3)
            if kind in NUMBERED:
                if number:
                    numbers[kind] = number
                else:
                    numbers.pop(kind, None)
        out["signers"], out["numbers"] = signers, numbers
        forms = dict(self.conf["address_forms"])
        for c, category in enumerate(CATEGORIES):
            forms[category] = self.forms.cellWidget(0, c).currentText()
        out["address_forms"] = forms
        return out
