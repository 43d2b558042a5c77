"""The tabs of the main window, in order: (key, "module:Class", title).

A tab is built the first time it is shown (so start-up loads only the tab in front), as
``Class(main_window)``; if an event file is already open then, the constructor shows it.
Add a tab here when its capability lands — never a placeholder.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TABS: list[tuple[str, str, str]] = [
    ("delegates", "congress_desk.ui.delegates.tab:DelegatesTab", QT_TRANSLATE_NOOP("tabs", "Delegates")),
    ("seating", "congress_desk.ui.seating.tab:SeatingTab", QT_TRANSLATE_NOOP("tabs", "Seating")),
    ("vetting", "congress_desk.ui.vetting.tab:VettingTab", QT_TRANSLATE_NOOP("tabs", "Vetting")),
    ("printing", "congress_desk.ui.printing.tab:PrintingTab", QT_TRANSLATE_NOOP("tabs", "Printing")),
    ("checkin", "congress_desk.ui.checkin.tab:CheckinTab", QT_TRANSLATE_NOOP("tabs", "Check-in")),
]
