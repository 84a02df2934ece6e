"""Dialog buttons carry their words only: some desktops' styles put a green tick on OK and Save
and a red cross on Cancel and Discard (QDialogButtonBox's standard icons), which looks dated
next to the map. A tab's close button is the toolbar's line cross (Lucide's "x", in the muted
ink that reads on light and dark), not the style's red one.

The rule is one property of an application style sheet, which Qt's style-sheet engine reads in
C++. (A Python proxy style did the same, but then every style question of every widget crossed
into Python: some 1,800 before the first painted map, about 4 % of the start-up.)"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from mapstudio.resources import resource_path

_CLOSE_ICON = resource_path("icons", "actions", "x.svg").as_posix()
PLAIN_BUTTONS = (
    "QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }\n"
    f"QTabBar::close-button {{ image: url({_CLOSE_ICON}); }}\n"
    "QTabBar::close-button:hover { background: rgba(128, 128, 128, 0.25); border-radius: 3px; }"
)


def use_plain_buttons(app: QApplication) -> None:
    """Add the rule to the application's style sheet (once)."""
    sheet = app.styleSheet()
    if PLAIN_BUTTONS not in sheet:
        app.setStyleSheet(f"{sheet}\n{PLAIN_BUTTONS}" if sheet else PLAIN_BUTTONS)
