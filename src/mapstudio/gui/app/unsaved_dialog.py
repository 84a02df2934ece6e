"""The questions about unsaved maps: for one map, Save / Discard / Cancel with mnemonics (Alt+S,
Alt+D: the platform's plain buttons have none); when quitting with several, one question that
lists them with Save All / Discard All / Cancel (asking map after map, twice in a row, read as a
glitch)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class Choice(Enum):
    SAVE_ALL = "save"
    DISCARD_ALL = "discard"
    CANCEL = "cancel"


class UnsavedMapsDialog(QDialog):
    def __init__(self, names: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        """``names``: each unsaved map's name and where it is saved (empty if never)."""
        super().__init__(parent)
        self.setObjectName("unsaved_maps_dialog")
        self.setWindowTitle(self.tr("Unsaved Maps"))
        self.choice = Choice.CANCEL
        self.intro = QLabel(
            self.tr(
                "%Ln map(s) have changes that are not saved. Save them before quitting?",
                "",
                len(names),
            )
        )
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        for name, where in names:
            self.list.addItem(name)
            self.list.item(self.list.count() - 1).setToolTip(where or self.tr("Never saved"))
        self.save_button = QPushButton(self.tr("&Save All"))
        self.discard_button = QPushButton(self.tr("&Discard All"))
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self._choose(Choice.SAVE_ALL))
        self.discard_button.clicked.connect(lambda: self._choose(Choice.DISCARD_ALL))
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(460, 280)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:  # Escape and the window's close button: Cancel
        self.choice = Choice.CANCEL
        super().reject()


def ask_unsaved(names: list[tuple[str, str]], parent: QWidget | None = None) -> Choice:
    dialog = UnsavedMapsDialog(names, parent)
    dialog.exec()
    return dialog.choice


def ask_save_changes(parent: QWidget | None, title: str, text: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel for one map's changes (Save by default, Escape cancels)."""
    button = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, button.Save | button.Discard | button.Cancel, parent
    )
    box.setObjectName("save_changes_question")
    box.setDefaultButton(button.Save)
    box.setEscapeButton(button.Cancel)
    box.button(button.Save).setText(QCoreApplication.translate("UnsavedMapsDialog", "&Save"))
    box.button(button.Discard).setText(QCoreApplication.translate("UnsavedMapsDialog", "&Discard"))
    box.button(button.Cancel).setText(QCoreApplication.translate("UnsavedMapsDialog", "&Cancel"))
    box.exec()
    return box.standardButton(box.clickedButton()) if box.clickedButton() else button.Cancel
