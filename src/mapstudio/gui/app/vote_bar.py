"""The vote bar: a panel over the bottom right corner of the map view while a dot vote runs.

It lives inside the view (not in a dock) so that it is there full screen too: whose turn it
is (their colour, name and dots left), everyone's dots left, how many dots are cast (all a
facilitator sees of a hidden vote), the last message, the keys, and three buttons that never
take the keyboard focus from the map.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QLocale, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mapstudio.core import voting
from mapstudio.core.model import DotVote, JourneyMap

MARGIN = 12
TOP_ROOM = 96  # below the pinned stage headers
FULL_SCREEN_BOTTOM = 64  # above the messages a full-screen view shows at its bottom
MESSAGE_MS = 6000
FULL, EMPTY = "●", "○"


class VoteBar(QFrame):
    reveal_clicked = Signal()
    results_clicked = Signal()
    stop_clicked = Signal()

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self.setObjectName("VoteBar")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(
            "#VoteBar { background: rgba(32, 33, 36, 235); border-radius: 10px; }"
            "#VoteBar QLabel { color: #ffffff; font-size: 14px; }"
            "#VoteBar QLabel#VoterLabel { font-size: 22px; font-weight: bold; }"
            "#VoteBar QLabel#HintLabel { color: #c8ccd2; font-size: 12px; }"
            "#VoteBar QLabel#MessageLabel { color: #ffd54f; }"
            "#VoteBar QPushButton { color: #ffffff; background: #3c4043; border: 1px solid #5f6368;"
            " border-radius: 5px; padding: 4px 10px; font-size: 13px; }"
        )
        self.title = QLabel()
        self.voter_label = QLabel()
        self.voter_label.setObjectName("VoterLabel")
        self.voter_label.setWordWrap(True)  # a long name or a long language: never cut
        self.others = QLabel()
        self.others.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("MessageLabel")
        self.message.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "Click a card or Space: cast a dot · Shift+click or Backspace: take it back · "
                "Tab or N: next voter · 1–9: pick a voter · R: reveal or hide · "
                "F7: stop voting"
            )
        )
        self.hint.setObjectName("HintLabel")
        self.hint.setWordWrap(True)
        self.reveal = QPushButton()
        self.results = QPushButton(self.tr("Results..."))
        self.stop = QPushButton(self.tr("Stop Voting"))
        buttons = QHBoxLayout()
        for button, signal in (
            (self.reveal, self.reveal_clicked),
            (self.results, self.results_clicked),
            (self.stop, self.stop_clicked),
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(signal)
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 10, 14, 10)
        for widget in (self.title, self.voter_label, self.others, self.message, self.hint):
            box.addWidget(widget)
        box.addLayout(buttons)
        self.message.hide()
        self._message_counts: tuple[int, bool] | None = None  # the vote the message speaks of
        self._clear_of: QRect | None = None
        self._message_timer = QTimer(self, singleShot=True, interval=MESSAGE_MS)
        self._message_timer.timeout.connect(self._hide_message)
        view.installEventFilter(self)  # follow the view's size
        self.hide()

    # --- content ------------------------------------------------------------------------------
    def show_vote(self, m: JourneyMap, vote: DotVote | None, voter: str | None) -> None:
        """Show ``vote`` with ``voter``'s turn; hide the bar when ``vote`` is None."""
        if vote is None:
            self.hide()
            return
        people = voting.voters(m, vote)
        cast = len(voting.vote_dots(m, vote.id))
        counts = (cast, vote.hidden)
        if self._message_counts is None:
            self._message_counts = counts
        elif self._message_counts != counts:  # an undo or a redo since: the message is stale
            self._hide_message()
        total = vote.dots_each * len(people)
        if vote.hidden:
            state = self.tr("dots hidden: %1 of %2 cast")
        else:
            state = self.tr("%1 of %2 dots cast")
        state = state.replace("%1", QLocale().toString(cast)).replace(
            "%2", QLocale().toString(total)
        )
        self.title.setText(f"<b>{escape(vote.title)}</b> — {escape(state)}")
        current = next((p for p in people if p.id == voter), None)
        if current is not None:
            left = self.tr("%Ln dot(s) left", "", voting.dots_left(m, vote, current.id))
            self.voter_label.setText(
                f'<span style="color:{current.colour}">{FULL}</span> {escape(current.name)}'
                f" — {escape(left)}"
            )
        chips = []
        for number, person in enumerate(people, start=1):
            left = voting.dots_left(m, vote, person.id)
            used = vote.dots_each - left
            dots = FULL * used + EMPTY * left
            name = escape(person.name)
            if person.id == voter:
                name = f"<u><b>{name}</b></u>"
            key = f"{number % 10}&nbsp;" if number <= 10 else ""
            chips.append(
                f'<span style="white-space:nowrap">{key}{name}&nbsp;'
                f'<span style="color:{person.colour}">{dots}</span></span>'
            )
        self.others.setText(" &nbsp; ".join(chips))
        self.reveal.setText(self.tr("Reveal Dots") if vote.hidden else self.tr("Hide Dots"))
        # the keys while the first voter learns them; then the bar covers less of the map
        # (Help > Keyboard Shortcuts lists them)
        self.hint.setVisible(cast < vote.dots_each)
        self.show()
        self.raise_()
        self.place()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self._message_timer.start()
        self._message_counts = None  # what it speaks of: set at the next show_vote
        self.place()

    def _hide_message(self) -> None:
        self.message.hide()
        self.place()

    # --- placement ----------------------------------------------------------------------------
    def keep_clear_of(self, rect: QRect | None) -> None:
        """Stay off ``rect`` (view coordinates: the card just voted on or selected), so that
        the room sees the dots land; None: no such card."""
        self._clear_of = rect
        if self.isVisible():
            self.place()

    def place(self) -> None:
        """At the bottom right of the view's visible area (at most half its width), or at
        the bottom left or the top right when the card in play is under it. Full screen leaves
        room at the bottom for the view's own messages."""
        view = self.parentWidget()
        area = view.viewport().geometry() if hasattr(view, "viewport") else view.rect()
        width = max(320, min(560, area.width() // 2))
        self.setFixedWidth(min(width, max(0, area.width() - 2 * MARGIN)))
        # wrapped labels: the height for this width (adjustSize would size them for another)
        self.setFixedHeight(self.layout().totalHeightForWidth(self.width()))
        below = FULL_SCREEN_BOTTOM if self.window().isFullScreen() else MARGIN
        y = area.bottom() - self.height() - below + 1
        right = QRect(area.right() - self.width() - MARGIN + 1, y, self.width(), self.height())
        left = QRect(area.left() + area.width() // 5, y, self.width(), self.height())
        top = QRect(right.x(), area.top() + TOP_ROOM, self.width(), self.height())
        clear = self._clear_of
        free = [r for r in (right, left, top) if clear is None or not r.intersects(clear)]
        self.move((free[0] if free else right).topLeft())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.place()
        return False
