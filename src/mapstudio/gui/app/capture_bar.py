"""Quick capture: a bar under the map to type one note after another into a stage and lane,
without the mouse. Each note is one undo step (``core.edits.capture_note``).

Keys in the note field: Enter adds the note and clears the field for the next; Up / Down (or
Alt+1…9) choose the lane; Page Up / Page Down the stage (the window's Next / Previous Stage);
Tab reaches the author field; Escape closes the bar. The author stays for the notes that
follow: initials or a name of a participant of the map (completed as typed), or new initials,
which add that participant with the note, in the same undo step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mapstudio.core.model import LaneKind, Participant
from mapstudio.gui import commands
from mapstudio.gui.document import Change, EditError, MapDocument
from mapstudio.layout import theme

# Lanes a note can go to: not the emotions curve, not the metrics (they hold figures).
NOT_FOR_NOTES = frozenset({LaneKind.EMOTIONS, LaneKind.METRICS})


def find_participant(participants: list[Participant], typed: str) -> Participant | None:
    """The participant ``typed`` names: their initials or their whole name, any case."""
    key = " ".join(typed.split()).casefold()
    if not key:
        return None
    for person in participants:
        if person.initials.casefold() == key:
            return person
    for person in participants:
        if person.name.casefold() == key:
            return person
    return None


class CaptureBar(QFrame):
    """The capture bar of one window; ``set_context`` points it at the shown map."""

    added = Signal(str)  # the id of a note just added
    closed = Signal()

    def __init__(self, stage_for: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CaptureBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._stage_for = stage_for  # the stage notes go to (presentation's focus...)
        self.doc: MapDocument | None = None
        self.chosen_lane: str | None = None  # kept while the bar is closed and opened again
        self.stage_label = QLabel()
        self.stage_label.setObjectName("CaptureStage")
        self.lane_box = QComboBox()
        self.lane_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Up/Down in the note field
        self.lane_box.setToolTip(self.tr("Lane (Up/Down or Alt+1…9 in the note field)"))
        self.lane_box.activated.connect(lambda _i: self.choose_lane(self.lane_id()))
        self.note = QLineEdit()
        self.note.setObjectName("CaptureNote")
        self.note.setPlaceholderText(self.tr("Type a note, then Enter"))
        self.note.setClearButtonEnabled(True)
        self.author = QLineEdit()
        self.author.setObjectName("CaptureAuthor")
        self.author.setPlaceholderText(self.tr("Author"))
        self.author.setToolTip(self.tr("Initials or name of the note's author"))
        self.author.setMaximumWidth(150)
        self.author_label = QLabel()
        self.author_label.setMinimumWidth(120)
        self._completer = QCompleter([], self.author)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.author.setCompleter(self._completer)
        self.status = QLabel()
        self.status.setObjectName("CaptureStatus")
        close = QToolButton()
        close.setText("×")
        close.setToolTip(self.tr("Close quick capture (Escape)"))
        close.setAutoRaise(True)
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.close_bar)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.stage_label)
        top.addWidget(self.lane_box)
        top.addWidget(self.note, 1)
        top.addWidget(self.author)
        top.addWidget(self.author_label)
        top.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.status)
        self.note.installEventFilter(self)
        self.author.installEventFilter(self)
        self.author.textChanged.connect(self._show_author)
        self.hint = self.tr(
            "Enter adds the note · Up/Down or Alt+1…9: lane · Page Up/Down: stage · "
            "Tab: author · Escape: close"
        )
        self.status.setText(self.hint)

    # --- context ---------------------------------------------------------------------------------
    def set_context(self, doc: MapDocument | None) -> None:
        if self.doc is not None:
            self.doc.changed.disconnect(self._doc_changed)
        self.doc = doc
        self.chosen_lane = None
        if doc is not None:
            doc.changed.connect(self._doc_changed)
        self.refresh()

    def _doc_changed(self, change: Change) -> None:
        if change.collection in ("lanes", "stages", "participants", "map"):
            self.refresh()

    def refresh(self) -> None:
        """Lanes, stage and authors as the map has them now."""
        doc = self.doc
        chosen = self.lane_id()
        self.lane_box.blockSignals(True)
        self.lane_box.clear()
        for i, lane in enumerate(self.note_lanes()):
            number = f"{i + 1}  " if i < 9 else ""
            self.lane_box.addItem(
                f"{number}{theme.LANE_STYLES[lane.kind].icon} {lane.title}", lane.id
            )
        if chosen is not None:
            at = self.lane_box.findData(chosen)
            if at >= 0:
                self.lane_box.setCurrentIndex(at)
        self.lane_box.blockSignals(False)
        stage = doc.get(self._stage_for()) if doc is not None and self._stage_for() else None
        self.stage_label.setText(f"<b>{_escaped(stage.name)}</b> ›" if stage is not None else "")
        people = doc.map.participants if doc is not None else []
        words = [p.initials for p in people if p.initials] + [p.name for p in people]
        self._completer.model().setStringList(words)
        self._show_author()

    def note_lanes(self) -> list:
        if self.doc is None:
            return []
        return [lane for lane in self.doc.lanes() if lane.kind not in NOT_FOR_NOTES]

    def lane_id(self) -> str | None:
        data = self.lane_box.currentData()
        return data if isinstance(data, str) else None

    def choose_lane(self, lane_id: str | None) -> None:
        at = self.lane_box.findData(lane_id) if lane_id else -1
        if at >= 0:
            self.lane_box.setCurrentIndex(at)
            self.chosen_lane = lane_id

    def open_bar(self, lane_id: str | None = None) -> None:
        """Show the bar, ready to type (``lane_id``: start in that lane if it takes notes)."""
        self.refresh()
        lanes = self.note_lanes()
        ids = [lane.id for lane in lanes]
        if lane_id not in ids:  # the lane last chosen, else the first lane of actions
            actions = [lane.id for lane in lanes if lane.kind is LaneKind.ACTIONS]
            lane_id = self.chosen_lane if self.chosen_lane in ids else (actions or ids or [None])[0]
        self.choose_lane(lane_id)
        self.show()
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_large(self, large: bool) -> None:
        """Projector-sized type in presentation mode, so the room reads what is typed."""
        size = theme.CAPTURE_BAR_LARGE_PX if large else 0
        self.setStyleSheet(f"#CaptureBar QLineEdit, #CaptureBar QComboBox, #CaptureBar QLabel "
                           f"{{ font-size: {size}px; }}" if large else "")  # fmt: skip

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    # --- authors ---------------------------------------------------------------------------------
    def _show_author(self) -> None:
        typed = self.author.text().strip()
        people = self.doc.map.participants if self.doc is not None else []
        person = find_participant(people, typed)
        if not typed:
            self.author_label.setText(self.tr("no author"))
            self.author_label.setStyleSheet("")
        elif person is not None:
            self.author_label.setText(person.name)
            ink = theme.ink_on(person.colour)
            self.author_label.setStyleSheet(
                f"QLabel {{ background: {person.colour}; color: {ink}; border-radius: 4px;"
                " padding: 1px 6px; font-weight: bold; }"
            )
        else:
            self.author_label.setText(self.tr("new participant"))
            self.author_label.setStyleSheet("QLabel { font-style: italic; }")
            self.author_label.setToolTip(
                self.tr("“%1” is not in the map's participants: the next note adds them.").replace(
                    "%1", typed
                )
            )

    # --- adding ----------------------------------------------------------------------------------
    def add_note(self) -> str | None:
        """Add the typed note (one undo step); the field is cleared for the next."""
        doc, text = self.doc, self.note.text()
        stage, lane = self._stage_for(), self.lane_id()
        if doc is None or not text.strip():
            return None
        if doc.read_only:
            self.status.setText(self.tr("This map is open read-only: save a copy to edit it."))
            return None
        if stage is None or lane is None:
            self.status.setText(self.tr("The map needs a stage and a lane for notes."))
            return None
        typed = self.author.text().strip()
        person = find_participant(doc.map.participants, typed)
        try:
            card_id = commands.capture_note(
                doc,
                stage,
                lane,
                text,
                author=person.id if person is not None else None,
                new_author=typed if person is None else "",
            )
        except EditError as e:
            self.status.setText(str(e)[:1].upper() + str(e)[1:] + ".")
            return None
        self.note.clear()
        count = len(doc.cards_in_cell(stage, lane))
        where = f"{doc.get(stage).name} › {doc.get(lane).title}"
        self.status.setText(
            self.tr("Added to %1 (%Ln notes there).", "", count).replace("%1", where)
        )
        self.added.emit(card_id)
        return card_id

    # --- keys ------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Escape:
            self.close_bar()
            return True
        if watched is self.author and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.note.setFocus(Qt.FocusReason.TabFocusReason)  # the author is set: write
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):  # the two fields take turns
            other = self.author if watched is self.note else self.note
            other.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if watched is not self.note:
            return False
        if self.doc is not None and not self.note.text():
            # nothing typed: the map's undo, so the last note can be taken back from here
            if event.matches(QKeySequence.StandardKey.Undo):
                self.doc.undo_stack.undo()
                return True
            if event.matches(QKeySequence.StandardKey.Redo):
                self.doc.undo_stack.redo()
                return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_note()
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods:
            count = self.lane_box.count()
            if count:
                step = -1 if key == Qt.Key.Key_Up else 1
                self.lane_box.setCurrentIndex((self.lane_box.currentIndex() + step) % count)
                self.chosen_lane = self.lane_id()
            return True
        if mods & Qt.KeyboardModifier.AltModifier and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            index = key - Qt.Key.Key_1
            if index < self.lane_box.count():
                self.lane_box.setCurrentIndex(index)
                self.chosen_lane = self.lane_id()
            return True
        return False


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
