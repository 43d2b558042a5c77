"""The tabs of the main window, in order: key -> "module:Class".

Each class is constructed as ``Class(main_window)`` and has ``title() -> str``.
Add a tab here when its capability lands — never a placeholder.
"""

TABS: list[tuple[str, str]] = [
    ("delegates", "congress_desk.ui.delegates.tab:DelegatesTab"),
    ("seating", "congress_desk.ui.seating.tab:SeatingTab"),
    ("vetting", "congress_desk.ui.vetting.tab:VettingTab"),
    ("checkin", "congress_desk.ui.checkin.tab:CheckinTab"),
]
