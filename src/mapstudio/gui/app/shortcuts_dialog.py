"""Help > Keyboard Shortcuts: every key of the editor in one list.

The menus' entries are read from the menus themselves (so a new action with a shortcut is
listed without more work); the keys that belong to no menu (on the map, in presentation mode,
in quick capture, while voting) are in ``other_keys``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mapstudio.gui.app.vote_controller import vote_keys

# Literal context and text at each call, so pyside6-lupdate extracts them.
translate = QCoreApplication.translate


def other_keys() -> list[tuple[str, list[tuple[str, str]]]]:
    """(section, [(keys, what they do)]) for the keys no menu shows."""
    t = translate
    return [
        (
            t("Shortcuts", "On the map"),
            [
                (t("Shortcuts", "Arrows"), t("Shortcuts", "Move between cards and cells")),
                (t("Shortcuts", "Alt+Arrows"), t("Shortcuts", "Move the selected cards")),
                (t("Shortcuts", "Enter, F2"), t("Shortcuts", "Edit; on an empty cell, add a card")),
                (t("Shortcuts", "Shift+Enter"), t("Shortcuts", "Line break in a card")),
                (t("Shortcuts", "Escape"), t("Shortcuts", "Stop editing; clear the selection")),
                (t("Shortcuts", "1, 2, 3"), t("Shortcuts", "Severity of the selected pain points")),
                (t("Shortcuts", "+, -"), t("Shortcuts", "Votes of the selected opportunities")),
                (t("Shortcuts", "Space+drag"), t("Shortcuts", "Pan the map")),
                (t("Shortcuts", "Up, Down"), t("Shortcuts", "Move the selected emotion point by one point")),
                (t("Shortcuts", "Shift+Up, Shift+Down"), t("Shortcuts", "Move the selected emotion point by half a point")),
                (t("Shortcuts", "Shift+drag"), t("Shortcuts", "Drag an emotion point by half points")),
                (t("Shortcuts", "P, Shift+P"), t("Shortcuts", "Next or previous persona: whose emotion curve a click edits")),
                (t("Shortcuts", "C"), t("Shortcuts", "Edit the other curve: as is or to be")),
            ],
        ),
        (
            t("Shortcuts", "Presentation mode"),
            [
                (t("Shortcuts", "F5"), t("Shortcuts", "Present; F5 again leaves")),
                (t("Shortcuts", "Escape"), t("Shortcuts", "Leave presentation mode")),
                (t("Shortcuts", "Page Down, Page Up"), t("Shortcuts", "Focus the next or previous stage")),
            ],
        ),
        (
            t("Shortcuts", "Quick capture"),
            [
                (t("Shortcuts", "Enter"), t("Shortcuts", "Add the note, ready for the next")),
                (t("Shortcuts", "Up, Down"), t("Shortcuts", "Previous or next lane")),
                (t("Shortcuts", "Alt+1 … Alt+9"), t("Shortcuts", "Lane by its number")),
                (t("Shortcuts", "Page Down, Page Up"), t("Shortcuts", "Next or previous stage")),
                (t("Shortcuts", "Tab"), t("Shortcuts", "Author field (initials or name)")),
                (t("Shortcuts", "Escape"), t("Shortcuts", "Close the capture bar")),
            ],
        ),
        (t("Shortcuts", "Voting on the map (Workshop › Voting on the Map)"), vote_keys()),
    ]  # fmt: skip


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu, [(keys, entry)]) for every menu entry with a shortcut, in menu order."""
    sections: list[tuple[str, list[tuple[str, str]]]] = []

    def walk(menu: QMenu, path: str, rows: list[tuple[str, str]]) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} › {_plain(action.text())}", rows)
            elif isinstance(action, QAction) and action.shortcuts():
                keys = ", ".join(
                    k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                )
                name = _plain(action.objectName() in ("undo", "redo") and _undo_word(action)
                              or action.text())  # fmt: skip
                rows.append((keys, name if path == top else f"{path[len(top) + 3 :]} › {name}"))

    for action in bar.actions():
        if action.menu() is None:
            continue
        top = _plain(action.text())
        rows: list[tuple[str, str]] = []
        walk(action.menu(), top, rows)
        if rows:
            sections.append((top, rows))
    return sections


def _undo_word(action: QAction) -> str:
    """Undo and Redo without the name of the step they would take back now."""
    return (
        translate("Shortcuts", "Undo")
        if action.objectName() == "undo"
        else translate("Shortcuts", "Redo")
    )


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("...", "")


class ShortcutsDialog(QDialog):
    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.tree.setRootIsDecorated(False)
        for section, rows in [*menu_shortcuts(bar), *other_keys()]:
            head = QTreeWidgetItem([section])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(head)
            for keys, what in rows:
                head.addChild(QTreeWidgetItem([keys, what]))
            head.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(620, 620)
        self.filter.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows(self) -> list[tuple[str, str, str]]:
        """(section, keys, action) of every shown row."""
        found = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            for j in range(head.childCount()):
                child = head.child(j)
                if not child.isHidden():
                    found.append((head.text(0), child.text(0), child.text(1)))
        return found

    def _filter(self, text: str) -> None:
        key = text.casefold().strip()
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            shown = 0
            for j in range(head.childCount()):
                child = head.child(j)
                hit = not key or key in (child.text(0) + " " + child.text(1)).casefold()
                child.setHidden(not hit)
                shown += hit
            head.setHidden(shown == 0)
