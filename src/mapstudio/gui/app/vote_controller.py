"""The Workshop menu's dot vote: start a vote, vote on the map, reveal, results and close.

Each map view gets its own ``CanvasVote`` (``attach``); the menu acts on the current one.
Presentation mode shows the same canvas full screen, so voting, its bar and its keys work
there too (the menus add their actions to the window, whose shortcuts then still work).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMenu

from mapstudio.core import voting
from mapstudio.core.vocabulary import dot_count
from mapstudio.gui import commands
from mapstudio.gui.app.vote_session import CanvasVote
from mapstudio.gui.canvas.view import MapCanvas
from mapstudio.gui.document import EditError, MapDocument

if TYPE_CHECKING:
    from mapstudio.gui.app.main_window import MainWindow
    from mapstudio.gui.app.menus import MenuActions

translate = QCoreApplication.translate

START_KEY = "Ctrl+Shift+V"
VOTING_KEY = "F7"
REVEAL_KEY = "Ctrl+Shift+R"
RESULTS_KEY = "Ctrl+Alt+V"


def vote_keys() -> list[tuple[str, str]]:
    """The keys of voting on the map, for the shortcuts list (the menu's own are listed with
    the menus)."""
    t = translate
    return [
        (t("VoteKeys", "Click, Space or ."), t("VoteKeys", "Cast a dot on the card")),
        (
            t("VoteKeys", "Shift+click, Backspace"),
            t("VoteKeys", "Take back one of the voter's dots from the card"),
        ),
        (t("VoteKeys", "Arrows"), t("VoteKeys", "Select a card")),
        (t("VoteKeys", "Tab, N"), t("VoteKeys", "Next voter who has dots left")),
        (t("VoteKeys", "Shift+Tab, P"), t("VoteKeys", "Previous voter")),
        (t("VoteKeys", "1 … 9, 0"), t("VoteKeys", "Pick the voter by number (0: the tenth)")),
        (t("VoteKeys", "R"), t("VoteKeys", "Reveal or hide the dots")),
    ]


class VoteController(QObject):
    def __init__(self, window: MainWindow, actions: MenuActions, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.menu = menu
        add = functools.partial(actions.add, menu)
        self.start = add(
            "start_vote",
            translate("VoteController", "Start &Dot Vote..."),
            self.start_vote,
            START_KEY,
        )
        self.voting = add(
            "voting", translate("VoteController", "&Voting on the Map"), self.toggle, VOTING_KEY
        )
        self.voting.setCheckable(True)
        self.reveal = add(
            "reveal_dots",
            translate("VoteController", "&Reveal Dots"),
            self.toggle_hidden,
            REVEAL_KEY,
        )
        self.results = add(
            "vote_results",
            translate("VoteController", "Vote R&esults..."),
            self.show_results,
            RESULTS_KEY,
        )
        self.close = add(
            "close_vote", translate("VoteController", "&Close Vote..."), self.close_vote
        )
        for action in (self.start, self.voting, self.reveal, self.results, self.close):
            actions.document_actions.remove(action)  # enabled by update_actions, not by a map
        window.document_added.connect(self._document_added)
        window.tabs.currentChanged.connect(lambda _i: self.update_actions())
        self.update_actions()

    # --- views ------------------------------------------------------------------------------
    def attach(self, canvas: MapCanvas) -> CanvasVote:
        """Voting on ``canvas`` (once per canvas; a full-screen view of a map attaches its own)."""
        # By name too: PySide6 then wraps only the child that has it, not the scroll bars and
        # the rest of the view's widgets (and their Qt classes' enums) at every start-up.
        session = canvas.findChild(CanvasVote, CanvasVote.OBJECT_NAME)
        if session is None:
            session = CanvasVote(canvas)
            session.state_changed.connect(self.update_actions)
            session.results_requested.connect(self.show_results)
            if voting.open_vote(canvas.doc.map) is not None:
                session.refresh()
        return session

    def _document_added(self, doc: MapDocument) -> None:
        canvas = self.window.canvas_for(doc)
        if canvas is not None:
            self.attach(canvas)
            self.update_actions()

    def session(self) -> CanvasVote | None:
        canvas = self.window.current_canvas()
        return self.attach(canvas) if canvas is not None else None

    def update_actions(self) -> None:
        session = self.session()
        vote = session.vote() if session is not None else None
        has_votes = session is not None and bool(session.doc.map.votes)
        self.start.setEnabled(session is not None and vote is None)
        for action in (self.voting, self.reveal, self.close):
            action.setEnabled(vote is not None)
        self.results.setEnabled(has_votes)
        self.voting.setChecked(session is not None and session.is_active())
        hidden = vote is not None and vote.hidden
        self.reveal.setText(
            translate("VoteController", "&Reveal Dots")
            if hidden or vote is None
            else translate("VoteController", "&Hide Dots")
        )

    # --- menu actions -----------------------------------------------------------------------
    def start_vote(self) -> None:
        from mapstudio.gui.app.vote_dialogs import StartVoteDialog

        session = self.session()
        if session is None or not session.canvas.is_editable():
            return
        if session.vote() is not None:
            session.set_active(True)
            session.say(translate("VoteController", "A vote is open already: voting goes on."))
            return
        dialog = StartVoteDialog(session.doc, self.window)
        while dialog.exec():
            try:
                commands.start_vote(session.doc, **dialog.arguments())
            except EditError as e:
                dialog.show_error(str(e)[:1].upper() + str(e)[1:] + ".")
                continue
            session.canvas.map_scene().flush()
            session.voter = None
            session.set_active(True)
            vote = session.vote()
            session.say(
                translate("VoteController", "%1 started: %2 each. Click a card to cast a dot.")
                .replace("%1", vote.title)
                .replace("%2", dot_count(vote.dots_each))
            )
            break
        self._back_to_map(dialog, session)

    def _back_to_map(self, dialog, session: CanvasVote) -> None:
        """The keys go to the map again once a dialog is gone (with no window manager to give
        the window back its activation, its shortcuts would stay dead)."""
        dialog.deleteLater()
        self.window.activateWindow()
        session.canvas.setFocus()

    def toggle(self) -> None:
        session = self.session()
        if session is not None:
            session.set_active(not session.is_active())
        self.update_actions()

    def toggle_hidden(self) -> None:
        session = self.session()
        if session is not None and session.vote() is not None:
            session.toggle_hidden()

    def show_results(self) -> None:
        from mapstudio.gui.app.vote_dialogs import VoteResultsDialog

        session = self.session()
        if session is None or not session.doc.map.votes:
            return
        vote = session.vote() or session.doc.map.votes[-1]
        dialog = VoteResultsDialog(session.doc, vote, self.window)
        accepted = dialog.exec()
        chosen = dialog.vote
        self._back_to_map(dialog, session)
        if accepted and not chosen.closed:
            self._close(session, chosen.id)

    def close_vote(self) -> None:
        self.show_results()

    def _close(self, session: CanvasVote, vote_id: str) -> None:
        changed = session.canvas.run_command(commands.close_vote, session.doc, vote_id)
        if changed is None:
            return  # refused: the canvas said why
        session.set_active(False)
        session.canvas.message.emit(
            self.tr("Vote closed: %Ln opportunities have new totals.", "", len(changed))
        )
        self.update_actions()
