"""The one shared in-place text editor of a canvas.

Card text is written to the document while typing, with one merge key per editing session, so
a whole session is one undo step ("Edit Card Text"). Stage names, lane titles and emotion point
labels are written once, when the session ends, and so is a metric value: its name and figure
line ("42 / 50 pts ▲") are read back with ``core.metrics.parse_metric_text``, all fields in one
step, or none if the text cannot be read. The editor's own undo is disabled: Ctrl+Z
belongs to the document's undo stack.

Keys: Enter (or Escape) ends the session and keeps the text; Shift+Enter inserts a line break
in a card or a metric (names and labels are one line). A click elsewhere also ends the session. A card made
for this session and left empty is taken back (its steps are undone): no blank card stays.
"""

from __future__ import annotations

import itertools
import sys
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QKeySequence, QPainter
from PySide6.QtWidgets import QGraphicsTextItem, QStyle, QStyleOptionGraphicsItem, QWidget

from mapstudio.core.metrics import parse_metric_text
from mapstudio.gui import commands
from mapstudio.gui.canvas import painting as P
from mapstudio.gui.document import EditError, MapDocument

# Literal context and text at each call, so pyside6-lupdate extracts them.
translate = QCoreApplication.translate

_sessions = itertools.count(1)

#: field written by each kind of session
FIELDS = {"card": "text", "stage": "name", "lane": "title", "label": "label"}


@dataclass
class Session:
    kind: str  # "card" | "metric" | "stage" | "lane" | "label"
    obj_id: str
    merge_key: tuple[str, int]
    made_at: int | None = None  # a new card: the undo index before it was added
    opened_with: str = ""  # the text the editor started from


def _is_menu_key(event: QKeyEvent) -> bool:
    """Alt with a letter or digit (not AltGr, which Windows reports as Ctrl+Alt, nor macOS's
    Option, which types characters): a menu's or a button's mnemonic, never text."""
    mods = event.modifiers()
    alt = Qt.KeyboardModifier.AltModifier
    return (
        sys.platform != "darwin"
        and mods & alt == alt
        and not mods & Qt.KeyboardModifier.ControlModifier
        and event.text().isalnum()
    )


class InPlaceEditor(QGraphicsTextItem):
    finished = Signal()
    error = Signal(str)  # a refused edit, in one sentence

    def __init__(self, doc: MapDocument) -> None:
        super().__init__()
        self.doc = doc
        self.session: Session | None = None
        self._fill = QColor("#ffffff")
        self._ending = False
        self.document().setUndoRedoEnabled(False)
        self.document().setDocumentMargin(1)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setZValue(1000)
        self.hide()
        self.document().contentsChanged.connect(self._on_typed)

    # --- sessions ---------------------------------------------------------------------------------
    def is_active(self) -> bool:
        return self.session is not None

    def start(
        self,
        kind: str,
        obj_id: str,
        text: str,
        rect: QRectF,
        size: float,
        fill: str,
        made_at: int | None = None,
    ) -> None:
        """Edit ``text`` over ``rect`` (scene coordinates); the cursor goes to the end.
        ``made_at``: the card was just made, after this undo index; left empty, it goes."""
        self.finish()
        self.session = None  # no writes while the text is loaded
        self._fill = QColor(fill)
        self.setFont(P.font(size, bold=kind in ("stage", "lane")))
        self.setDefaultTextColor(QColor("#1c2833") if kind != "stage" else QColor("#ffffff"))
        self.setPlainText(text)
        self.place(rect)
        self.session = Session(kind, obj_id, ("edit-text", next(_sessions)), made_at, text)
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def place(self, rect: QRectF) -> None:
        self.setPos(rect.topLeft())
        self.setTextWidth(rect.width())

    def text(self) -> str:
        return self.toPlainText()

    def finish(self) -> None:
        """End the session, keeping the text (names and labels are written now)."""
        session = self.session
        if session is None or self._ending:
            return
        self._ending = True
        try:
            if self._left_empty(session):
                self._take_back(session)
            elif session.kind == "metric":
                self._write_metric(session)
            elif session.kind != "card":
                self._write(session, single_line=True)
        finally:
            self.session = None
            self._ending = False
            self.clearFocus()
            self.hide()
            self.finished.emit()

    def _left_empty(self, session: Session) -> bool:
        return session.made_at is not None and not self.toPlainText().strip()

    def _take_back(self, session: Session) -> None:
        """Undo the new card's steps (made, then typed and erased): no blank card, and no
        step that would bring one back by undo."""
        stack = self.doc.undo_stack
        if session.made_at < stack.index() <= session.made_at + 2:
            stack.setIndex(session.made_at)
        if self.doc.get(session.obj_id) is not None:  # other steps came in between
            try:
                commands.remove(self.doc, [session.obj_id])
            except EditError as e:
                self.error.emit(str(e))

    def abandon(self) -> None:
        """End the session without writing (its object vanished, or undo changed it)."""
        if self.session is not None:
            self.session = None
            self.clearFocus()
            self.hide()
            self.finished.emit()

    # --- writing ------------------------------------------------------------------------------------
    def _on_typed(self) -> None:
        if self.session is not None and self.session.kind == "card" and not self._ending:
            self._write(self.session, single_line=False)
            scene = self.scene()
            if scene is not None:
                # the card and its lane follow the key now, before the view repaints the
                # editor: one paint shows the whole keystroke
                scene.flush()

    def _write(self, session: Session, single_line: bool) -> None:
        if self.doc.get(session.obj_id) is None:
            return
        text = self.toPlainText()
        if single_line:
            text = " ".join(text.split())
            if not text and session.kind != "label":
                self.error.emit(
                    translate("MapCanvas", "A name cannot be empty; the old name was kept.")
                )
                return
        merge = session.merge_key if session.kind == "card" else None
        try:
            if session.kind in ("stage", "lane"):
                commands.rename(self.doc, session.obj_id, text)
            else:
                commands.update(
                    self.doc, session.obj_id, {FIELDS[session.kind]: text}, merge_key=merge
                )
        except EditError as e:
            self.error.emit(str(e))

    def _write_metric(self, session: Session) -> None:
        # Text left as it was changes nothing: a figure's line does not always read back as the
        # fields it came from (a unit written "/5" reads as a target of 5).
        if self.doc.get(session.obj_id) is None or self.toPlainText() == session.opened_with:
            return
        try:
            fields = parse_metric_text(self.toPlainText(), self.doc.map.language)
            commands.update(self.doc, session.obj_id, fields)
        except EditError as e:
            self.error.emit(str(e))

    # --- events ---------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        for sequence, step in (
            (QKeySequence.StandardKey.Undo, "undo"),
            (QKeySequence.StandardKey.Redo, "redo"),
        ):  # noqa: E501
            if event.matches(sequence):  # the map's undo, not the editor's (which is off)
                taken_back = self.session is not None and self._left_empty(self.session)
                self.finish()
                if not taken_back:  # an empty new card's undo is its taking back
                    getattr(self.doc.undo_stack, step)()
                event.accept()
                return
        if _is_menu_key(event):  # Alt+F is the File menu's, never an "f" in the title
            event.ignore()
            return
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Escape or (key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not shift):
            self.finish()
            event.accept()
            return
        if (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.session
            and self.session.kind not in ("card", "metric")
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in (
            Qt.FocusReason.PopupFocusReason,
            Qt.FocusReason.ActiveWindowFocusReason,
        ):
            self.finish()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.boundingRect()
        painter.fillRect(rect.adjusted(-3, -3, 3, 3), self._fill)
        painter.setPen(P.pen(P.SELECTION, 1.5))
        painter.drawRect(rect.adjusted(-3, -3, 3, 3))
        # Qt draws a dotted box round a focused or selected text item: the blue frame is enough
        option.state &= ~(QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected)
        super().paint(painter, option, widget)
