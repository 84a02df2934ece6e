"""The personas dock: add, edit and remove personas, and choose which emotion curve the canvas
edits (persona and "as is" / "to be")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mapstudio.core.model import Curve, Persona
from mapstudio.core.vocabulary import (
    curve_name,
    numbered_persona_name,
    sentence_case,
)
from mapstudio.files.images import check_room
from mapstudio.gui import commands
from mapstudio.gui.app.colour_field import ColourField
from mapstudio.gui.app.form_fields import ChoiceField, LineField, TextField
from mapstudio.gui.app.image_field import ImageField
from mapstudio.gui.app.panel_editing import PanelEditing
from mapstudio.gui.document import MapDocument
from mapstudio.gui.i18n import map_words
from mapstudio.layout import theme
from mapstudio.layout.theme import PERSONA_COLOURS

LIST_FIELDS = ("goals", "needs", "frustrations", "sources")


class PersonasPanel(QWidget, PanelEditing):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PersonasPanel")

        self.list = QListWidget()
        self.list.setMaximumHeight(100)
        self.list.currentItemChanged.connect(lambda *_: self._persona_chosen())
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_persona)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_persona)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        curves = [(sentence_case(curve_name(c)), c) for c in (Curve.AS_IS, Curve.TO_BE)]
        self.curve = ChoiceField(curves)
        self.curve.setObjectName("curve_choice")
        self.curve.edited.connect(lambda _v: self._apply_to_canvas())
        curve_row = QFormLayout()
        curve_row.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        curve_row.addRow(self.tr("Curve edited on the map"), self.curve)

        self.form = QFormLayout()
        # Labels above the fields: the dock is narrow and the labels are long.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.fields: dict[str, Any] = {}
        self._add_field("name", self.tr("Name"), LineField())
        photo = ImageField()
        photo.check = lambda image: check_room(self.doc.map, image)
        photo.refused.connect(self._show_error)
        photo.session_break.connect(self._end_session)
        self._add_field("photo", self.tr("Photo"), photo)
        names = [self.tr("Blue"), self.tr("Red"), self.tr("Green"), self.tr("Purple")]
        names += [self.tr("Orange"), self.tr("Brown")]  # theme.PERSONA_COLOURS, in order
        presets = list(zip(names, theme.PERSONA_COLOURS, strict=True))
        self._add_field("colour", self.tr("Colour"), ColourField(False, presets))
        self._add_field("description", self.tr("Description"), TextField())
        self._add_field("goals", self.tr("Goals (one per line)"), TextField(as_list=True))
        self._add_field("needs", self.tr("Needs (one per line)"), TextField(as_list=True))
        self._add_field(
            "frustrations", self.tr("Frustrations (one per line)"), TextField(as_list=True)
        )
        self._add_field("quote", self.tr("Quote"), TextField())
        self._add_field("sources", self.tr("Data sources (one per line)"), TextField(as_list=True))
        self.details = QWidget()
        self.details.setLayout(self.form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b03a2e;")
        self.error.hide()

        inner = QWidget()
        box = QVBoxLayout(inner)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.list)
        box.addLayout(buttons)
        box.addLayout(curve_row)
        box.addWidget(self.details)
        box.addWidget(self.error)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        self.empty = QLabel(self.tr("Open or create a map to edit its personas here."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty.setMargin(8)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        QApplication.instance().focusChanged.connect(self._end_session)
        self.set_context(None, None)

    def _add_field(self, name: str, label: str, editor: QWidget) -> None:
        editor.setObjectName(f"persona_{name}")
        self.form.addRow(label, editor)
        self.fields[name] = editor
        editor.edited.connect(lambda value, n=name: self._commit(n, value))

    # --- context ------------------------------------------------------------------------------
    def set_context(self, doc: MapDocument | None, canvas) -> None:
        followed = getattr(self, "_followed", None)
        if followed is not None and followed is not canvas:
            followed.curve_target_changed.disconnect(self._follow_canvas)
        if canvas is not None and followed is not canvas:
            canvas.curve_target_changed.connect(self._follow_canvas)
        self._followed = canvas
        self._attach(doc, canvas)
        self.add_button.setEnabled(doc is not None)
        self.pages.setCurrentIndex(0 if doc is None else 1)
        self.reload_list()

    def _follow_canvas(self) -> None:
        """The lane header's switcher or a key chose another persona or curve: shown here."""
        canvas = self.canvas
        if canvas is None:
            return
        self.curve.set_value(canvas.current_curve())
        persona = canvas.current_persona()
        if persona is not None and persona != self.current_id():
            self.select_persona(persona)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select_persona(self, persona_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == persona_id:
                self.list.setCurrentRow(i)

    def reload_list(self) -> None:
        keep = self.current_id()
        with QSignalBlocker(self.list):
            self.list.clear()
            for p in self.doc.map.personas if self.doc else []:
                item = QListWidgetItem(_icon(p), p.name or self.tr("(no name)"))
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.list.addItem(item)
            ids = [p.id for p in self.doc.map.personas] if self.doc else []
            if ids:
                self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self._persona_chosen()

    def _persona_chosen(self) -> None:
        self._session += 1
        persona = self.doc.get(self.current_id()) if self.doc and self.current_id() else None
        self.details.setEnabled(isinstance(persona, Persona))
        self.remove_button.setEnabled(isinstance(persona, Persona))
        self.curve.setEnabled(isinstance(persona, Persona))
        if isinstance(persona, Persona):
            for name, editor in self.fields.items():
                editor.set_value(getattr(persona, name))
        else:
            for editor in self.fields.values():
                editor.set_value(None)
        self._apply_to_canvas()

    def _apply_to_canvas(self) -> None:
        pid = self.current_id()
        if self.canvas is None or pid is None:
            return
        self.canvas.set_current_persona(pid)
        self.canvas.set_current_curve(self.curve.currentData())

    # --- editing ------------------------------------------------------------------------------
    def add_persona(self) -> str | None:
        if self.doc is None or self.doc.read_only:
            return None
        n = len(self.doc.map.personas)
        colour = PERSONA_COLOURS[n % len(PERSONA_COLOURS)]
        with map_words(self.doc.map.language):  # a persona's name is the map's text
            name = numbered_persona_name(n + 1)
        persona_id = commands.add_persona(self.doc, name, colour=colour)
        self.select_persona(persona_id)
        self.fields["name"].setFocus()
        self.fields["name"].selectAll()
        return persona_id

    def remove_persona(self) -> None:
        pid = self.current_id()
        persona = self.doc.get(pid) if self.doc and pid else None
        if not isinstance(persona, Persona) or self.doc.read_only:
            return
        points = sum(1 for p in self.doc.map.emotion_points if p.persona == pid)
        text = self.tr("Remove the persona %1 and its %2 emotion points?")
        answer = QMessageBox.question(
            self,
            self.tr("Remove Persona"),
            text.replace("%1", persona.name).replace("%2", str(points)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            commands.remove(self.doc, [pid])

    def _commit(self, name: str, value: Any) -> None:
        pid = self.current_id()
        if self.doc is None or pid is None:
            return
        if self.doc.read_only:
            self._show_error(self.tr("This map is open read-only: save a copy to edit it."))
            self._persona_chosen()  # put the stored values back
            return
        self._update_field("personas", pid, name, value)

    def _doc_changed(self, change) -> None:
        if change.collection != "personas":
            return
        if not self._applying:
            self._session += 1
        if change.action == "updated" and self._applying:
            item = self.list.currentItem()  # keep the field being typed in untouched
            persona = self.doc.get(self.current_id())
            if item is not None and isinstance(persona, Persona):
                item.setText(persona.name or self.tr("(no name)"))
                item.setIcon(_icon(persona))
            return
        self.reload_list()


def _icon(persona: Persona) -> QIcon:
    """The persona's photo in the list, else a swatch of its colour."""
    if persona.photo is not None:
        pix = QPixmap()
        if pix.loadFromData(persona.photo.encoded()):
            return QIcon(pix.scaled(32, 32, Qt.AspectRatioMode.KeepAspectRatio))
    return _swatch(persona.colour)


def _swatch(colour: str) -> QIcon:
    pix = QPixmap(14, 14)
    pix.fill(QColor(colour))
    return QIcon(pix)
