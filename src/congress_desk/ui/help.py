"""Short help for each tab (and the welcome page), shown with F1 or Help ▸ Help on this tab.

The texts are English source strings in the ``help`` context, translated like every other
string (Vietnamese by default). ``install_help(window)`` is the one hook in the main window.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QVBoxLayout

TITLES: dict[str, str] = {
    "welcome": QT_TRANSLATE_NOOP("help", "Getting started"),
    "delegates": QT_TRANSLATE_NOOP("help", "Delegates"),
    "seating": QT_TRANSLATE_NOOP("help", "Seating"),
    "vetting": QT_TRANSLATE_NOOP("help", "Vetting"),
    "printing": QT_TRANSLATE_NOOP("help", "Printing"),
    "checkin": QT_TRANSLATE_NOOP("help", "Check-in"),
}

TEXTS: dict[str, str] = {
    "welcome": QT_TRANSLATE_NOOP(
        "help",
        "<p>Each congress is one <b>event file</b> (<code>.congress</code>): open it like a document. "
        "Backups are kept in the <code>backups</code> folder beside it.</p>"
        "<ul><li><b>New congress</b> starts from the Hải Phòng template: then fill in the name, date, "
        "venue and the units with their quotas in <i>File ▸ Event settings</i>.</li>"
        "<li><b>Open an event file</b> continues a congress; only one computer can change it at a time "
        "(the others open it read-only).</li>"
        "<li><b>Open the demo congress</b> creates a congress with 550 made-up delegates to practise on.</li>"
        "<li><b>Sample spreadsheets</b> are lists as units really send them (title rows, merged headers, "
        "old .xls, the .VnTime font, CSV): try them with <i>File ▸ Import delegate lists</i>.</li></ul>"
        "<p>Press <b>F1</b> on any tab for help on that tab.</p>"),
    "delegates": QT_TRANSLATE_NOOP(
        "help",
        "<p>The register of everyone invited to the congress.</p>"
        "<ul><li>Type in the search box to filter: accents are optional (<i>nguyen thi hoa</i> finds "
        "<i>Nguyễn Thị Hoà</i>). Filter by unit or category; click a column title to sort "
        "(Vietnamese order: by given name, then family and middle names).</li>"
        "<li><b>Add…</b>, <b>Edit…</b> (or double-click a row) and <b>Delete</b>: the form says what "
        "is wrong and where.</li>"
        "<li><b>Import lists…</b> (Ctrl+I) reads the Excel files the units send back (.xlsx, .xls, "
        ".csv); you can also drop the files on the window. Each problem is shown with its file, "
        "sheet and row, and you can send the unit an annotated copy.</li>"
        "<li><i>File ▸ Template for units</i> writes the workbook to send to a unit; "
        "<i>File ▸ Export delegate list</i> writes the official list.</li>"
        "<li>The list of units shows each unit's count against its quota.</li></ul>"),
    "seating": QT_TRANSLATE_NOOP(
        "help",
        "<p>The hall plan: who sits where.</p>"
        "<ul><li><b>Auto-seat</b> seats those without a seat by the protocol rules (presidium, guests in "
        "front, each delegation together; latecomers next to their delegation); everyone seated keeps "
        "their seat. <b>Re-seat everyone…</b> (the arrow beside it) re-seats the whole hall after saying "
        "how many people would move; locked seats stay as they are.</li>"
        "<li>Drag a person from the list onto a seat, or drag seats to move people; select several "
        "seats with a rubber band. <b>Lock</b> (Ctrl+L) keeps seats you placed by hand when re-seating everyone, "
        "<b>Clear</b> (Delete) empties them, <b>Undo</b> / <b>Redo</b> as usual.</li>"
        "<li><b>Find a delegate</b> shows where a person sits. Colour the plan by unit or by "
        "category.</li>"
        "<li>The <b>Checks</b> panel lists what breaks a rule; click one to see the seat.</li>"
        "<li><b>Hall</b>: a new hall from the standard layout, or import/export it as a "
        "spreadsheet; <b>Export seating (Excel)</b> for the official list.</li></ul>"),
    "vetting": QT_TRANSLATE_NOOP(
        "help",
        "<p>Nominations for awards, from proposal to decision.</p>"
        "<ul><li><b>Add…</b> or <b>Import from a spreadsheet…</b> the proposals; the checks of the "
        "legal regime (2017 or 2023) run on each file and show what is missing or wrong.</li>"
        "<li><b>Move on…</b> takes a nomination to its next stage (documents checked, criteria "
        "checked, council, approved…); <b>Council vote…</b> records the votes and "
        "<b>Public comment…</b> the comments received.</li>"
        "<li>Filter by state, unit or form, or show only those with problems. The history shows who "
        "did what and when.</li>"
        "<li><b>Ceremony order</b> arranges the honorees for the stage; <b>Award catalogue</b> lists "
        "the forms and their criteria.</li></ul>"),
    "printing": QT_TRANSLATE_NOOP(
        "help",
        "<p>Badges, seat cards, tent cards, the seat chart, lists, invitations, certificates.</p>"
        "<ul><li>Choose <b>what to print</b> and <b>for whom</b> (everyone, one unit, some badge "
        "codes, or only those not printed yet), then <b>Preview</b>.</li>"
        "<li><b>Save as PDF…</b> or <b>Print…</b> straight to a printer. Warnings (such as a name "
        "too long for its box) are listed before you print.</li>"
        "<li>If the printer shifts the page, print the <b>calibration</b> sheet and save the "
        "printer's offsets.</li></ul>"),
    "checkin": QT_TRANSLATE_NOOP(
        "help",
        "<p>The check-in desk on the morning of the congress.</p>"
        "<ul><li><b>Scan a badge</b>, or type a name and choose with ↑ ↓ Enter: the delegate is "
        "checked in and their seat is shown. A second scan says when they already came.</li>"
        "<li><b>Substitute…</b>, <b>Absent…</b>, <b>Walk-in guest…</b>, <b>Reprint badge…</b> and "
        "<b>Undo check-in…</b> for the usual exceptions.</li>"
        "<li>Each desk writes its own journal; set the <b>shared folder</b> so the committee PC "
        "sees every desk. Desks keep working without the network.</li>"
        "<li><b>Dashboard</b>: who has arrived, by unit and category, and who is missing. "
        "<b>List (paper fallback)</b> for ticking on paper if a laptop fails.</li></ul>"),
}


def current_key(window) -> str:
    """Which help fits what the window shows now."""
    from .tabs import TABS

    if window.event_file is None or window.stack.currentWidget() is not window.tabs:
        return "welcome"
    index = window.tabs.currentIndex()
    return TABS[index][0] if 0 <= index < len(TABS) else "welcome"


class HelpDialog(QDialog):
    def __init__(self, parent, key: str):
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.key = key
        self.setWindowTitle(QCoreApplication.translate("help", "Help — {title}").format(
            title=QCoreApplication.translate("help", TITLES[key])))
        self.browser = QtWidgets.QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(f"<h3>{QCoreApplication.translate('help', TITLES[key])}</h3>"
                             + QCoreApplication.translate("help", TEXTS[key]))
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)


def show_help(window, key: str | None = None) -> HelpDialog:
    dialog = HelpDialog(window, key or current_key(window))
    window.help_dialog = dialog
    dialog.show()
    return dialog


def install_help(window) -> QAction:
    """Add Help ▸ Help on this tab (F1) to the window."""
    action = QAction(QCoreApplication.translate("help", "Help on this &tab"), window)
    action.setObjectName("action_help")
    action.setShortcuts([QKeySequence("F1")])
    action.triggered.connect(lambda: show_help(window))
    first = window.help_menu.actions()[0] if window.help_menu.actions() else None
    window.help_menu.insertAction(first, action)
    if first is not None:
        window.help_menu.insertSeparator(first)
    window.help_action = action
    return action
