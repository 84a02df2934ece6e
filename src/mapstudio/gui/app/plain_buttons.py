"""Dialog buttons carry their words only: some desktops' styles put a green tick on OK and Save
and a red cross on Cancel and Discard (QDialogButtonBox's standard icons), which looks dated
next to the map.

The rule is one property of an application style sheet, which Qt's style-sheet engine reads in
C++. (A Python proxy style did the same, but then every style question of every widget crossed
into Python: some 1,800 before the first painted map, about 4 % of the start-up.)"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

PLAIN_BUTTONS = "QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }"


def use_plain_buttons(app: QApplication) -> None:
    """Add the rule to the application's style sheet (once)."""
    sheet = app.styleSheet()
    if PLAIN_BUTTONS not in sheet:
        app.setStyleSheet(f"{sheet}\n{PLAIN_BUTTONS}" if sheet else PLAIN_BUTTONS)
