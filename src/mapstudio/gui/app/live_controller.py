"""Session > Start Live Session / End Session / Join: the window's side of a live session."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mapstudio.gui.app.live_panel import LiveSessionPanel
from mapstudio.gui.app.live_session import LiveSession
from mapstudio.gui.document import MapDocument
from mapstudio.session.network import Interface, default_interface, interfaces

if TYPE_CHECKING:
    from mapstudio.gui.app.live_peer import JoinedMap
    from mapstudio.gui.app.main_window import MainWindow


# The session's signals come from its worker thread: run their slots on the GUI thread.
QUEUED = Qt.ConnectionType.QueuedConnection


class LiveSessionController(QObject):
    """At most one session per window, on the map it was started on."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session: LiveSession | None = None
        self.joined: list[JoinedMap] = []  # maps of other people's sessions, co-edited here
        self.panel = LiveSessionPanel()
        self.panel.end_requested.connect(self.end)
        self.panel.remove_requested.connect(self._remove)
        self.panel.interface_chosen.connect(self._move_to)
        self.panel.show_to_room_requested.connect(self.show_to_room)
        self.join_screen: QWidget | None = None
        self.badge: QWidget | None = None  # the join badge of presentation mode (first use)
        self.dock = window.side_dock("LiveSessionDock", self.tr("Live Session"), self.panel)
        window.document_removed.connect(self._closed)

    # --- starting and ending ------------------------------------------------------------------
    def start(self) -> None:
        doc = self.window.current_document()
        if doc is None:
            return
        if self.session is not None:
            self.dock.show()
            self.dock.raise_()
            return
        if doc.read_only:
            QMessageBox.information(
                self.window,
                self.tr("Live Session"),
                self.tr("This map is open read-only: participants could not add to it."),
            )
            return
        choices = interfaces()
        self._begin(doc, default_interface(choices), choices)

    def _begin(
        self, doc: MapDocument, interface: Interface, choices: list[Interface], code=None
    ) -> None:
        session = LiveSession(doc, interface.address, code=code)
        self.session = session
        session.started.connect(lambda: self._shown(session, interface, choices), QUEUED)
        session.failed.connect(self._failed, QUEUED)
        session.roster_changed.connect(self.panel.show_roster, QUEUED)
        canvas = self.window.canvas_for(doc)
        if canvas is not None:
            from mapstudio.gui.app.live_presence import PresenceOverlay

            overlay = PresenceOverlay(canvas.map_scene())
            session.presence_changed.connect(overlay.show_states, QUEUED)
            session.ended.connect(lambda: overlay.show_states({}), QUEUED)
            facilitator = self.tr("Facilitator")
            canvas.selection_changed.connect(
                lambda: session.tell_selection(facilitator, canvas.selected_ids())
            )
            session.started.connect(
                lambda: session.tell_selection(facilitator, canvas.selected_ids()), QUEUED
            )
            self.overlay = overlay
        session.start()
        self._update_actions()

    def _shown(self, session: LiveSession, interface: Interface, choices: list[Interface]) -> None:
        if session is not self.session:
            return
        self._follow_presentation()
        self.panel.show_session(session.map_document.core.map.title, session.code, session.url())
        self.panel.set_interfaces(choices, interface)
        self.dock.show()
        self.dock.raise_()
        self.window.statusBar().showMessage(
            self.tr("Live session started: participants open %1").replace("%1", session.url()),
            8000,
        )

    # --- presentation mode: the join badge ----------------------------------------------------
    def _follow_presentation(self) -> None:
        if self.badge is None:
            from mapstudio.gui.app.live_join_screen import JoinBadge

            self.badge = JoinBadge(self.window._editor_page)
            presentation = self.window.workshop.presentation
            presentation.toggled.connect(lambda _on: self._update_badge())
            self.window._editor_page.installEventFilter(self)
        self._update_badge()

    def _update_badge(self) -> None:
        badge, session = self.badge, self.session
        if badge is None:
            return
        presentation = self.window.workshop.presentation
        shown = (
            session is not None
            and session.running
            and presentation.active
            and presentation.canvas is not None
            and presentation.canvas.doc is session.map_document
        )
        if shown:
            badge.show_session(session.code, session.url())
            badge.show()
            QTimer.singleShot(0, badge.place)  # once the window is full screen
        badge.setVisible(shown)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and self.badge is not None and self.badge.isVisible():
            self.badge.place()
        return False

    def show_to_room(self) -> None:
        """The join code, address and QR code on the whole screen (for the projector)."""
        from mapstudio.gui.app.live_join_screen import JoinScreen

        session = self.session
        if session is None or not session.running:
            return
        screen = JoinScreen(session.map_document.core.map.title, session.code, session.url())
        self.join_screen = screen
        session.ended.connect(screen.close, QUEUED)
        # A second screen is most likely the projector; else the window's own.
        own = self.window.screen()
        others = [s for s in QGuiApplication.screens() if s is not own]
        target = others[0] if others else own
        screen.setGeometry(target.geometry())  # also without a window manager
        screen.showFullScreen()

    def _failed(self, reason: str) -> None:
        self.session = None
        self._update_actions()
        QMessageBox.warning(
            self.window,
            self.tr("Live Session"),
            self.tr("The session could not start: %1").replace("%1", reason),
        )

    def end(self) -> None:
        session, self.session = self.session, None
        if session is None:
            return
        session.stop()
        screen, self.join_screen = self.join_screen, None
        if screen is not None:
            with contextlib.suppress(RuntimeError):  # already closed (and deleted) by hand
                screen.close()
        self.dock.hide()
        self._update_actions()
        self._update_badge()
        self.window.statusBar().showMessage(self.tr("Live session ended."), 5000)

    def _move_to(self, interface: Interface) -> None:
        """Another interface chosen: the same session (same code) listens there instead."""
        session = self.session
        if session is None or interface.address == session.address:
            return
        doc, code = session.map_document, session.code
        session.stop()
        self.session = None
        # The old listener lets go of its port on its own thread; start anew once it has.
        QTimer.singleShot(0, lambda: self._begin(doc, interface, interfaces(), code))

    def _remove(self, pid: str) -> None:
        if self.session is not None:
            self.session.remove_participant(pid)

    def _closed(self, doc: MapDocument) -> None:
        if self.session is not None and self.session.map_document is doc:
            self.end()
        for joined in [j for j in self.joined if j.doc is doc]:
            joined.stop()
            self.joined.remove(joined)

    def _update_actions(self) -> None:
        actions = self.window.actions
        running = self.session is not None
        actions.end_live_session.setEnabled(running)

    # --- joining ------------------------------------------------------------------------------
    def join(self) -> None:
        """Session > Join: choose a session; its map opens here for co-editing."""
        from mapstudio.gui.app.live_join import JoinDialog

        dialog = JoinDialog(self.window)
        dialog.join_requested.connect(self.join_at)
        dialog.open()

    def join_at(self, address: str, code: str, name: str) -> JoinedMap:
        from mapstudio.gui.app.live_peer import JoinedMap

        joined = JoinedMap(f"ws://{address}/y", code, name)
        self.joined.append(joined)
        joined.opened.connect(lambda journey_map: self._joined(joined, journey_map), QUEUED)
        joined.failed.connect(lambda reason: self._join_failed(joined, reason), QUEUED)
        joined.connection.connect(self._connection, QUEUED)
        joined.start()
        return joined

    def _joined(self, joined: JoinedMap, journey_map) -> None:
        doc = MapDocument(journey_map)
        doc.display_name = self.tr("%1 (live)").replace("%1", journey_map.title)
        joined.attach(doc)
        joined.attach_canvas(self.window.add_document(doc))

    def _join_failed(self, joined: JoinedMap, reason: str) -> None:
        if joined in self.joined:
            self.joined.remove(joined)
        words = {
            "wrong_code": self.tr("the join code is not right"),
            "too_many_attempts": self.tr("too many wrong codes: wait a minute"),
            "removed": self.tr("the facilitator removed you from this session"),
        }
        QMessageBox.warning(
            self.window,
            self.tr("Join Session"),
            self.tr("Could not join the session: %1").replace("%1", words.get(reason, reason)),
        )

    def _connection(self, online: bool) -> None:
        message = (
            self.tr("Back in the live session: your edits are shared.")
            if online
            else self.tr("Connection to the live session lost: your edits are kept and merge "
                         "when it is back.")
        )  # fmt: skip
        self.window.statusBar().showMessage(message, 0 if not online else 5000)
