"""Map > Participants...: the workshop's participants (the authors of notes, the voters).

Add, rename, change initials or colour, remove: each change is one undo step of the map (the
dialog follows undo and redo as they happen). Removing a participant unsigns their notes in
the same step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mapstudio.core.edits import PARTICIPANT_COLOURS
from mapstudio.gui import commands
from mapstudio.gui.app.colour_field import ColourField
from mapstudio.gui.document import Change, EditError, MapDocument


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class ParticipantsDialog(QDialog):
    def __init__(self, doc: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(self.tr("Participants"))
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._show_current)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Name of a new participant"))
        self.new_name.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.name = QLineEdit()
        self.name.editingFinished.connect(lambda: self._change("name", self.name.text()))
        self.initials = QLineEdit()
        self.initials.setMaxLength(4)
        self.initials.editingFinished.connect(
            lambda: self._change("initials", self.initials.text().strip().upper())
        )
        presets = [
            (self.tr("Colour %1").replace("%1", str(i + 1)), c)
            for i, c in enumerate(PARTICIPANT_COLOURS)
        ]
        self.colour = ColourField(allow_none=False, presets=presets)
        self.colour.edited.connect(lambda value: value and self._change("colour", value))
        self.message = QLabel()
        self.message.setWordWrap(True)
        adding = QHBoxLayout()
        adding.addWidget(self.new_name, 1)
        adding.addWidget(self.add_button)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Initials:"), self.initials)
        form.addRow(self.tr("Colour:"), self.colour)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(adding)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        layout.addWidget(buttons)
        doc.changed.connect(self._doc_changed)
        self.refresh()
        self.resize(420, 460)

    def _doc_changed(self, change: Change) -> None:
        if change.collection == "participants":
            self.refresh()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def refresh(self) -> None:
        chosen = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        people = self.doc.map.participants
        for person in people:
            notes = sum(1 for c in self.doc.map.cards if c.author == person.id)
            text = f"{person.initials}  —  {person.name}   " + self.tr("(%Ln notes)", "", notes)
            item = QListWidgetItem(_swatch(person.colour), text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
            if person.id == chosen:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and people:
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._show_current()

    def _show_current(self, *_args) -> None:
        person = self.doc.get(self.current_id()) if self.current_id() else None
        for field in (self.name, self.initials, self.colour, self.remove_button):
            field.setEnabled(person is not None)
        self.name.setText(person.name if person else "")
        self.initials.setText(person.initials if person else "")
        self.colour.set_value(person.colour if person else None)

    def _run(self, command, *args, **kwargs):
        if self.doc.read_only:
            self.message.setText(self.tr("This map is open read-only: save a copy to edit it."))
            return None
        try:
            result = command(self.doc, *args, **kwargs)
        except EditError as e:
            self.message.setText(str(e)[:1].upper() + str(e)[1:] + ".")
            return None
        self.message.clear()
        return result

    def add(self) -> str | None:
        name = self.new_name.text()
        person = self._run(commands.add_participant, name)
        if person:
            self.new_name.clear()
            self.refresh()
            for row in range(self.list.count()):
                if self.list.item(row).data(Qt.ItemDataRole.UserRole) == person:
                    self.list.setCurrentRow(row)
        return person

    def _change(self, field: str, value: str) -> None:
        person_id = self.current_id()
        person = self.doc.get(person_id) if person_id else None
        if person is None or getattr(person, field) == value:
            return
        if field == "name" and not value.strip():
            self.message.setText(self.tr("A participant needs a name."))
            self.name.setText(person.name)
            return
        self._run(commands.update, person_id, {field: value})

    def remove(self) -> None:
        person_id = self.current_id()
        if person_id is not None:
            self._run(commands.remove, [person_id])
