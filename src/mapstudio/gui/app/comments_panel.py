"""View > Comments: a dock listing the map's open comments (``core.comments.remarks`` order);
clicking one selects the card, stage or lane it is about. Below the list, a line to comment on
the selection (Enter adds it), and buttons to resolve or delete the chosen comment; a
double-click on a comment puts its text in the line to edit it (Enter saves, Escape leaves).
Every change is one undo step through ``gui.commands``. Built at its first use.
"""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mapstudio.core.comments import Remark, remarks
from mapstudio.core.model import COMMENTED
from mapstudio.gui import commands
from mapstudio.gui.document import EditError, MapDocument

if TYPE_CHECKING:
    from mapstudio.gui.app.main_window import MainWindow
    from mapstudio.gui.canvas.view import MapCanvas

COMMENT_ID = Qt.ItemDataRole.UserRole
OWNER_ID = Qt.ItemDataRole.UserRole + 1


def _author() -> str:
    """Who is commenting: the account's name (a map travels by email; names tell who said it)."""
    try:
        return getpass.getuser()[:200]
    except (OSError, KeyError, ImportError):
        return ""


class CommentLine(QLineEdit):
    """The line under the list: Escape leaves an edit without saving."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.parent().stop_editing()
            event.accept()
            return
        super().keyPressEvent(event)


class CommentsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CommentsPanel")
        self.doc: MapDocument | None = None
        self.canvas: MapCanvas | None = None
        self.editing: str | None = None  # the comment whose text the line holds
        self.list = QListWidget()
        self.list.setObjectName("CommentsList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemClicked.connect(self._chosen)
        self.list.itemDoubleClicked.connect(self._edit)
        self.empty = QLabel(self.tr("No open comments."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.line = CommentLine(self)
        self.line.setObjectName("CommentText")
        self.line.setMaxLength(20_000)
        self.line.returnPressed.connect(self._enter)
        self.resolve_button = QPushButton(self.tr("Resolve"))
        self.resolve_button.setObjectName("ResolveComment")
        self.resolve_button.clicked.connect(self._resolve)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("DeleteComment")
        self.delete_button.clicked.connect(self._delete)
        self.error = QLabel()
        self.error.setObjectName("CommentsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b03a2e; padding: 4px;")
        self.error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.resolve_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.list, 1)
        box.addWidget(self.empty)
        box.addLayout(buttons)
        box.addWidget(self.line)
        box.addWidget(self.error)
        self.stop_editing()

    # --- showing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        chosen = self.current_comment()
        self.list.clear()
        found = remarks(self.doc.map) if self.doc is not None else []
        for number, remark in enumerate(found, start=1):
            item = QListWidgetItem(f"{number}. {self._about(remark)}\n{self._said(remark)}")
            item.setData(COMMENT_ID, remark.comment.id)
            item.setData(OWNER_ID, remark.owner.id)
            item.setToolTip(remark.comment.text)
            self.list.addItem(item)
            if remark.comment.id == chosen:
                self.list.setCurrentItem(item)
        self.list.setVisible(bool(found))
        self.empty.setVisible(not found)
        self._update_buttons()

    def _about(self, remark: Remark) -> str:
        owner = remark.owner
        kind = self.doc.collection_of(owner.id)
        if kind == "stages":
            return self.tr("Stage: %1").replace("%1", owner.name)
        if kind == "lanes":
            return self.tr("Lane: %1").replace("%1", owner.title)
        return self.tr("Card: %1").replace("%1", " ".join(owner.text.split())[:50])

    @staticmethod
    def _said(remark: Remark) -> str:
        comment = remark.comment
        who = f"{comment.author}, " if comment.author else ""
        return f"{who}{comment.created.date().isoformat()}: {comment.text}"

    def current_comment(self) -> str | None:
        item = self.list.currentItem()
        return item.data(COMMENT_ID) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.current_comment() is not None
        self.resolve_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        if self.editing is None:
            self.line.setEnabled(self._target() is not None)

    def _target(self) -> str | None:
        """The selected card, stage or lane: what a new comment is about."""
        if self.doc is None or self.canvas is None:
            return None
        ids = self.canvas.selected_ids()
        if len(ids) == 1 and self.doc.collection_of(ids[0]) in COMMENTED:
            return ids[0]
        return None

    def selection_changed(self) -> None:
        self._update_buttons()

    # --- editing ------------------------------------------------------------------------------
    def _chosen(self, item: QListWidgetItem) -> None:
        self._update_buttons()
        if self.canvas is not None:
            self.canvas.select_ids([item.data(OWNER_ID)])

    def _edit(self, item: QListWidgetItem) -> None:
        found = [r for r in remarks(self.doc.map) if r.comment.id == item.data(COMMENT_ID)]
        if not found:
            return
        self.editing = found[0].comment.id
        self.line.setEnabled(True)
        self.line.setText(found[0].comment.text)
        self.line.setPlaceholderText("")
        self.line.setFocus()

    def stop_editing(self) -> None:
        self.editing = None
        self.line.clear()
        self.line.setPlaceholderText(self.tr("Comment on the selected card, stage or lane…"))
        self._update_buttons()

    def _run(self, command, *args, **kwargs) -> bool:
        if self.doc is None:
            return False
        if self.doc.read_only:
            self._show_error(self.tr("This map is open read-only: save a copy to edit it."))
            return False
        try:
            command(self.doc, *args, **kwargs)
        except EditError as e:
            self._show_error(str(e)[:1].upper() + str(e)[1:] + ".")
            return False
        self.error.hide()
        return True

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _enter(self) -> None:
        text = self.line.text()
        if self.editing is not None:
            if self._run(commands.edit_comment, self.editing, text):
                self.stop_editing()
            return
        target = self._target()
        if target is None:
            self._show_error(self.tr("Select a card, a stage or a lane to comment on it."))
            return
        if self._run(commands.add_comment, target, text, author=_author()):
            self.line.clear()

    def _resolve(self) -> None:
        chosen = self.current_comment()
        if chosen is not None:
            self._run(commands.resolve_comment, chosen)

    def _delete(self) -> None:
        chosen = self.current_comment()
        if chosen is not None:
            self._run(commands.remove_comment, chosen)


class CommentsController(QObject):
    """The Comments dock, kept in step with the current map and its selection."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = CommentsPanel()
        self.dock = window.side_dock(
            "CommentsDock", self.tr("Comments"), self.panel, window.actions.show_comments
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # once per event-loop turn, however many changes an edit made
        self._timer.timeout.connect(self.panel.refresh)
        self.set_context(window.current_document(), window.current_canvas())

    def set_context(self, doc: MapDocument | None, canvas: MapCanvas | None) -> None:
        panel = self.panel
        if panel.doc is not None and panel.doc is not doc:
            panel.doc.changed.disconnect(self._changed)
        if doc is not None and doc is not panel.doc:
            doc.changed.connect(self._changed)
        if panel.canvas is not None and panel.canvas is not canvas:
            panel.canvas.selection_changed.disconnect(panel.selection_changed)
        if canvas is not None and canvas is not panel.canvas:
            canvas.selection_changed.connect(panel.selection_changed)
        panel.doc, panel.canvas = doc, canvas
        panel.stop_editing()
        panel.refresh()

    def _changed(self, _change: object) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def set_visible(self, visible: bool) -> None:
        self.dock.setVisible(visible)
        if visible:
            self.dock.raise_()
            self.panel.refresh()
            self.panel.line.setFocus()
