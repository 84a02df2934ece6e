"""Voting on one canvas: whose turn it is, and the clicks and keys that cast and take back dots.

While voting is on, this object is the canvas's ``interaction``: a click on a card (or Space or
"." on the selected card) casts one of the current voter's dots; Shift+click or Backspace takes
one back; Tab / N and Shift+Tab / P pass the turn; 1-9 (0 for the tenth) pick a voter; R reveals
or hides the dots. Every other key (arrows to pick a card, Ctrl+Z) does what it always does.
Each cast is one undo step, through ``gui.commands``. The vote bar (``vote_bar``) shows it all
inside the view, so it works full screen with no docks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent

from mapstudio.core import voting
from mapstudio.core.model import DotVote
from mapstudio.gui import commands
from mapstudio.gui.canvas.view import MapCanvas
from mapstudio.gui.document import Change, EditError, MapDocument

if TYPE_CHECKING:
    from mapstudio.gui.app.vote_bar import VoteBar

translate = QCoreApplication.translate

NEXT_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_N)
PREVIOUS_KEYS = (Qt.Key.Key_Backtab, Qt.Key.Key_P)
CAST_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Period)
TAKE_BACK_KEYS = (Qt.Key.Key_Backspace,)
REVEAL_KEYS = (Qt.Key.Key_R,)
DIGITS = {getattr(Qt.Key, f"Key_{d}"): (d - 1) % 10 for d in range(10)}  # 1 -> 0 ... 0 -> 9


class CanvasVote(QObject):
    """The open vote of one canvas's map, as the facilitator runs it there."""

    state_changed = Signal()  # voting turned on or off, or the vote opened or closed
    results_requested = Signal()  # the vote bar's Results button

    OBJECT_NAME = "canvas-vote"  # found by name: a search by type wraps every child widget

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__(canvas)
        self.setObjectName(self.OBJECT_NAME)
        self.canvas = canvas
        self.doc: MapDocument = canvas.doc
        self.voter: str | None = None
        self._bar: VoteBar | None = None  # built when voting first starts on this canvas
        self.doc.changed.connect(self._on_changed)
        self._dirty = False
        self._last_card: str | None = None  # the card last clicked while voting

    @property
    def bar(self) -> VoteBar:
        if self._bar is None:
            from mapstudio.gui.app import vote_bar  # built at first use, not at start

            self._bar = vote_bar.VoteBar(self.canvas)
            self._bar.reveal_clicked.connect(self.toggle_hidden)
            self._bar.results_clicked.connect(lambda: self.results_requested.emit())
            self._bar.stop_clicked.connect(lambda: self.set_active(False))
        return self._bar

    # --- state ------------------------------------------------------------------------------
    def vote(self) -> DotVote | None:
        return voting.open_vote(self.doc.map)

    def is_active(self) -> bool:
        return self.canvas.interaction is self

    def set_active(self, active: bool) -> None:
        """Turn voting on this canvas on (clicks on cards cast dots) or off (the vote stays
        open and saved; the canvas edits as usual)."""
        vote = self.vote()
        active = active and vote is not None
        if active == self.is_active():
            return
        self.canvas.interaction = self if active else None
        if active:
            if self.voter not in vote.participants or not voting.dots_left(
                self.doc.map, vote, self.voter
            ):
                self.voter = voting.next_voter(self.doc.map, vote, None) or vote.participants[0]
            self.canvas.setFocus()
        self.refresh()
        self.state_changed.emit()

    def set_voter(self, participant: str) -> None:
        vote = self.vote()
        if vote is not None and participant in vote.participants:
            self.voter = participant
            self.refresh()

    def pass_turn(self, step: int = 1) -> None:
        """The next voter in turn who still has dots (``step`` -1: the previous one)."""
        vote = self.vote()
        if vote is None:
            return
        following = voting.next_voter(self.doc.map, vote, self.voter, step)
        if following is None:
            order = vote.participants
            at = order.index(self.voter) if self.voter in order else -step
            following = order[(at + step) % len(order)]
            self.say(
                translate("CanvasVote", "Every dot is cast: reveal the dots or close the vote.")
            )
        self.voter = following
        self.refresh()

    # --- casting ------------------------------------------------------------------------------
    def cast(self, card_id: str) -> bool:
        """One of the current voter's dots on ``card_id``; False (with a message) if refused."""
        vote = self.vote()
        if vote is None or self.voter is None:
            return False
        dot = self._run(commands.cast_dot, self.doc, vote.id, self.voter, card_id)
        if dot is None:
            return False
        if not voting.dots_left(self.doc.map, vote, self.voter):
            done = self._name(self.voter)
            following = voting.next_voter(self.doc.map, vote, self.voter)
            if following is None:
                self.say(
                    translate("CanvasVote", "Every dot is cast: reveal the dots or close the vote.")
                )
            else:
                self.voter = following
                self.say(
                    translate("CanvasVote", "%1 has placed every dot; now %2.")
                    .replace("%1", done)
                    .replace("%2", self._name(following))
                )
        self.refresh()
        return True

    def take_back(self, card_id: str) -> bool:
        """The current voter's last dot on ``card_id`` back to them."""
        vote = self.vote()
        if vote is None or self.voter is None:
            return False
        done = self._run(commands.remove_dot, self.doc, vote.id, self.voter, card_id)
        self.refresh()
        return done is not None

    def toggle_hidden(self) -> None:
        vote = self.vote()
        if vote is not None:
            self._run(commands.set_vote_hidden, self.doc, vote.id, not vote.hidden)

    def _run(self, command, *args):
        """Run a command; a refused edit is said in the bar and the status bar."""
        if not self.canvas.is_editable():
            return None
        try:
            result = command(*args)
        except EditError as e:
            self.say(str(e)[:1].upper() + str(e)[1:] + ".")
            return None
        self.canvas.map_scene().flush()
        return result

    def say(self, text: str) -> None:
        """A sentence for the facilitator: in the vote bar (full screen has no status bar)
        and in the window's status bar."""
        self.bar.show_message(text)
        self.canvas.message.emit(text)

    # --- the canvas's interaction -------------------------------------------------------------
    def card_pressed(self, card_id: str, modifiers: Qt.KeyboardModifier) -> bool:
        self._last_card = card_id
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            self.take_back(card_id)
        else:
            self.cast(card_id)
        vote = self.vote()
        # a hidden vote shows the room nothing of where the dot went, not even a selection
        self.canvas.select_ids([card_id] if vote is not None and not vote.hidden else [])
        return True

    def claims_key(self, event: QKeyEvent) -> bool:
        """Whether a key is voting's, even when a menu shortcut has it (Backspace on macOS)."""
        mods = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if mods:
            return False
        key = event.key()
        return key in (
            *NEXT_KEYS, *PREVIOUS_KEYS, *CAST_KEYS, *TAKE_BACK_KEYS, *REVEAL_KEYS, *DIGITS,
        )  # fmt: skip

    def key_pressed(self, event: QKeyEvent) -> bool:
        if not self.claims_key(event):
            return False
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        vote = self.vote()
        if vote is None:
            return False
        if key in NEXT_KEYS and not (shift and key == Qt.Key.Key_Tab):
            self.pass_turn(1)
        elif key in PREVIOUS_KEYS or key == Qt.Key.Key_Tab:
            self.pass_turn(-1)
        elif key in DIGITS:
            index = DIGITS[key]
            if index < len(vote.participants):
                self.set_voter(vote.participants[index])
            else:
                self.say(self.tr("This vote has %Ln participant(s).", "", len(vote.participants)))
        elif key in REVEAL_KEYS:
            self.toggle_hidden()
        else:
            cards = [i for i in self.canvas.selected_ids() if self.doc.collection_of(i) == "cards"]
            if len(cards) != 1:
                self.say(translate("CanvasVote", "Select one card with the arrow keys first."))
            elif key in CAST_KEYS:
                self._last_card = cards[0]
                self.cast(cards[0])
            else:
                self.take_back(cards[0])
        return True

    # --- keeping in step ----------------------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if change.collection in ("votes", "dots", "participants") and not self._dirty:
            self._dirty = True
            # once the whole step is applied (a close is several primitives)
            QCoreApplication.postEvent(self, QEvent(QEvent.Type.User))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.User:
            self._dirty = False
            was_active = self.is_active()
            if self.vote() is None and was_active:
                self.set_active(False)  # closed (or its start undone): the canvas edits again
            else:
                self.refresh()
                self.state_changed.emit()
            return True
        return super().event(event)

    def refresh(self) -> None:
        vote = self.vote()
        if vote is not None and self.voter not in vote.participants:
            self.voter = vote.participants[0] if vote.participants else None
        if self.is_active() or self._bar is not None:
            self.bar.keep_clear_of(self._card_in_play())
            self.bar.show_vote(self.doc.map, vote if self.is_active() else None, self.voter)

    def _card_in_play(self) -> QRect | None:
        """Where the card just voted on (or the selected one) is in the view."""
        card = self._last_card or next(iter(self.canvas.selected_ids()), None)
        item = self.canvas.map_scene().card_item(card) if card else None
        if item is None:
            return None
        return (
            self.canvas.mapFromScene(item.sceneBoundingRect())
            .boundingRect()
            .translated(self.canvas.viewport().pos())
        )

    def _name(self, participant: str) -> str:
        person = self.doc.get(participant)
        return person.name if person is not None else participant
