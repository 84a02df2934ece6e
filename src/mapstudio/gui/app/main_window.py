"""The main window: one tab per open map, each holding a MapCanvas; docks; status bar.

File flows (open, save, close prompts) live in ``file_controller``, edits in
``edit_controller``, actions and menus in ``menus``. The window keeps the tabs, the undo group
and the title in step with the current document.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mapstudio.core.vocabulary import card_count, stage_count
from mapstudio.files.settings import Settings
from mapstudio.gui import appearance
from mapstudio.gui.app.edit_controller import EditController
from mapstudio.gui.app.file_controller import FileController
from mapstudio.gui.app.inspector import Inspector
from mapstudio.gui.app.menus import build_menus
from mapstudio.gui.app.undo_notice import UndoNotice
from mapstudio.gui.canvas.view import MapCanvas
from mapstudio.gui.document import MapDocument

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from mapstudio.gui.app.comments_panel import CommentsController
    from mapstudio.gui.app.compare import CompareController
    from mapstudio.gui.app.find_bar import FindBar
    from mapstudio.gui.app.importing import ImportController
    from mapstudio.gui.app.insights_panel import InsightsController
    from mapstudio.gui.app.live_controller import LiveSessionController
    from mapstudio.gui.app.personas_panel import PersonasPanel
    from mapstudio.gui.app.vote_controller import VoteController
    from mapstudio.gui.app.welcome import WelcomePage
    from mapstudio.gui.app.workshop import Workshop

#: Test hook: when this environment variable is set, the window prints to stderr, once shown,
#: "MAPSTUDIO_MAP_ORIGIN gx gy zoom": the screen position of the map's layout point (0, 0) and
#: the zoom factor, so a real-window test can aim the mouse from layout coordinates.
ORIGIN_HOOK = "MAPSTUDIO_PRINT_ORIGIN"


class _TabWatcher(QObject):
    """Relays one tab's signals to the window; a child of the canvas, so its connections end
    with the tab (documents may outlive their tab and the window)."""

    def __init__(self, window: MainWindow, canvas: MapCanvas, doc: MapDocument) -> None:
        super().__init__(canvas)
        self.window, self.canvas, self.doc = window, canvas, doc
        doc.undo_stack.cleanChanged.connect(self.titles)
        doc.path_changed.connect(self.titles)
        doc.changed.connect(self.changed)
        canvas.selection_changed.connect(self.selection)
        canvas.zoom_changed.connect(self.zoom)
        canvas.message.connect(self.message)  # refused edits and hints, one sentence each
        canvas.deleted.connect(self.deleted)  # a stage or lane went with its cards: offer Undo

    def message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 6000)

    def deleted(self, text: str) -> None:
        self.window.undo_notice.show_notice(text, self.doc.undo_stack)

    def titles(self, *_args) -> None:
        self.window._refresh_titles(self.doc)

    def changed(self, *_args) -> None:
        self.window._doc_changed(self.doc)

    def selection(self) -> None:
        self.window._selection_changed(self.canvas)

    def zoom(self, *_args) -> None:
        self.window._zoom_changed(self.canvas)


class MainWindow(QMainWindow):
    document_added = Signal(object)  # MapDocument
    document_removed = Signal(object)  # MapDocument

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings if settings is not None else Settings.load()
        self.setObjectName("MainWindow")
        # The windows' colours from the design tokens, light or dark as the system is (or as
        # chosen in Preferences); canvases get the ground that goes with them.
        self.appearance = appearance.install(QApplication.instance(), self.settings.appearance)
        self.appearance.changed.connect(self._appearance_changed)
        self.setDockNestingEnabled(True)
        self.setAcceptDrops(True)
        self.undo_group = QUndoGroup(self)
        self._untitled = 0
        self._docs: dict[QWidget, MapDocument] = {}  # canvas -> its document

        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self._close_tab_at)
        self.tabs.currentChanged.connect(self._current_changed)
        # The find bar and the welcome page are built when first needed: a window that opens
        # a map at start never shows the welcome page, and the find bar starts hidden.
        self._find_bar: FindBar | None = None
        self._welcome: WelcomePage | None = None
        self._compare: CompareController | None = None  # File > Compare With (first use)
        self._insights: InsightsController | None = None  # View > Insights (first use)
        self._comments: CommentsController | None = None  # View > Comments (first use)
        self._workshop: Workshop | None = None  # presentation, capture, timer (first use)
        self.voting: VoteController  # Workshop menu: dot votes (built with the menus)
        self._live: LiveSessionController | None = None  # Session menu (first use)
        # The panels' layout while the welcome page hides them (an inspector of nothing is
        # no use there); put back when a map opens, and before the layout is saved.
        self._docks_before_welcome: QByteArray | None = None
        self._editor_page = QWidget()
        self._editor_layout = QVBoxLayout(self._editor_page)
        self._editor_layout.setContentsMargins(0, 0, 0, 0)
        self._editor_layout.setSpacing(0)
        self._editor_layout.addWidget(self.tabs)
        self.central = QStackedWidget()
        self.central.addWidget(self._editor_page)
        self.setCentralWidget(self.central)

        self.inspector = Inspector(self)
        self.inspector_dock = self._dock("InspectorDock", self.tr("Inspector"), self.inspector)
        # The personas panel is built when its dock is first shown (it starts behind the
        # inspector's tab): an empty placeholder holds its place until then.
        self._personas: PersonasPanel | None = None
        self.personas_dock = self._dock("PersonasDock", self.tr("Personas"), QWidget())
        self.personas_dock.visibilityChanged.connect(self._personas_dock_shown)
        self.tabifyDockWidget(self.inspector_dock, self.personas_dock)
        self.inspector_dock.raise_()

        self.zoom_label = QLabel()
        self.counts_label = QLabel()
        self.selection_label = QLabel()
        for label in (self.selection_label, self.counts_label, self.zoom_label):
            label.setContentsMargins(10, 0, 10, 0)
            self.statusBar().addPermanentWidget(label)
        self.undo_notice = UndoNotice(self)
        self.statusBar().addWidget(self.undo_notice)

        self.files = FileController(self)
        self.edits = EditController(self)
        self._imports: ImportController | None = None
        self.actions = build_menus(self)
        self._current_changed(-1)
        self._restore_layout()

    @property
    def imports(self) -> ImportController:
        """File > Import (built at its first use: start-up does not need it)."""
        if self._imports is None:
            from mapstudio.gui.app.importing import ImportController

            self._imports = ImportController(self)
        return self._imports

    # --- public API (docs/architecture.md) ---------------------------------------------------
    @property
    def welcome(self) -> WelcomePage:
        """The page shown when no map is open (built at its first use)."""
        if self._welcome is None:
            from mapstudio.gui.app.welcome import WelcomePage

            self._welcome = WelcomePage(self)
            self._welcome.refresh()
            self.central.insertWidget(0, self._welcome)
        return self._welcome

    def refresh_welcome(self) -> None:
        """Bring the welcome page's recent files up to date, if it has been built."""
        if self._welcome is not None:
            self._welcome.refresh()

    @property
    def personas(self) -> PersonasPanel:
        """The personas panel in its dock (built at its first use)."""
        if self._personas is None:
            from mapstudio.gui.app.personas_panel import PersonasPanel

            self._personas = PersonasPanel(self)
            self._personas.set_context(self.current_document(), self.current_canvas())
            self.personas_dock.setWidget(self._personas)
        return self._personas

    def _personas_dock_shown(self, visible: bool) -> None:
        if visible:
            self.personas  # noqa: B018 - builds the panel before the dock paints

    @property
    def find_bar(self) -> FindBar:
        """The find bar above the tabs (built at its first use)."""
        if self._find_bar is None:
            from mapstudio.gui.app.find_bar import FindBar

            self._find_bar = FindBar(self)
            self._find_bar.hide()
            self._find_bar.set_canvas(self.current_canvas())
            self._editor_layout.insertWidget(0, self._find_bar)
        return self._find_bar

    @property
    def compare(self) -> CompareController:
        """File > Compare With... and its dock (built at its first use)."""
        if self._compare is None:
            from mapstudio.gui.app.compare import CompareController

            self._compare = CompareController(self)
        return self._compare

    @property
    def insights(self) -> InsightsController:
        """View > Insights: its dock and the friction heat strip (built at their first use)."""
        if self._insights is None:
            from mapstudio.gui.app.insights_panel import InsightsController

            self._insights = InsightsController(self)
        return self._insights

    @property
    def live(self) -> LiveSessionController:
        """Session menu: the live session of this window and its panel (built at first use)."""
        if self._live is None:
            from mapstudio.gui.app.live_controller import LiveSessionController

            self._live = LiveSessionController(self)
        return self._live

    @property
    def comments(self) -> CommentsController:
        """View > Comments: the dock of open comments (built at its first use)."""
        if self._comments is None:
            from mapstudio.gui.app.comments_panel import CommentsController

            self._comments = CommentsController(self)
        return self._comments

    @property
    def workshop(self) -> Workshop:
        """Presentation mode, quick capture, the timer, participants (built at first use)."""
        if self._workshop is None:
            from mapstudio.gui.app.workshop import Workshop

            self._workshop = Workshop(self)
            self._workshop.presentation.toggled.connect(self.actions.present.setChecked)
            self._workshop.presentation.look_changed.connect(
                lambda name: getattr(self.actions, f"projector_{name}").setChecked(True)
            )
            self._workshop.set_context(self.current_document(), self.current_canvas())
        return self._workshop

    def show_shortcuts(self) -> None:
        from mapstudio.gui.app.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.menuBar(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.shortcuts_dialog = dialog

    def show_file_format(self) -> None:
        from mapstudio.gui.app.help_dialogs import FileFormatDialog

        dialog = FileFormatDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.file_format_dialog = dialog

    def show_about(self) -> None:
        from mapstudio.gui.app.help_dialogs import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.about_dialog = dialog

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == event.Type.WindowStateChange and hasattr(self, "actions"):
            self.actions.full_screen.setChecked(self.isFullScreen())

    def documents(self) -> list[MapDocument]:
        return [self._docs[self.tabs.widget(i)] for i in range(self.tabs.count())]

    def current_document(self) -> MapDocument | None:
        canvas = self.current_canvas()
        return self._docs.get(canvas) if canvas is not None else None

    def current_canvas(self) -> MapCanvas | None:
        return self.tabs.currentWidget()

    def canvas_for(self, doc: MapDocument) -> MapCanvas | None:
        return next((c for c, d in self._docs.items() if d is doc), None)

    def add_document(self, doc: MapDocument) -> MapCanvas:
        """Open a tab for ``doc`` (a new map, an opened file, a recovered map) and show it."""
        canvas = MapCanvas(doc)
        canvas.map_scene().set_look(self.appearance.editor_look)
        self._docs[canvas] = doc
        if doc.path is None and not getattr(doc, "display_name", ""):
            self._untitled += 1
            doc.display_name = self.tr("Untitled %1").replace("%1", str(self._untitled))
        self.undo_group.addStack(doc.undo_stack)
        _TabWatcher(self, canvas, doc)
        index = self.tabs.addTab(canvas, self.document_name(doc))
        self.tabs.setTabToolTip(index, str(doc.path) if doc.path else "")
        self.central.setCurrentWidget(self._editor_page)
        self._restore_docks()
        self.tabs.setCurrentIndex(index)
        self._refresh_titles(doc)
        canvas.setFocus()  # arrows and Enter work at once
        self.document_added.emit(doc)
        return canvas

    def remove_document(self, doc: MapDocument) -> None:
        """Close ``doc``'s tab without asking (callers ask first)."""
        canvas = self.canvas_for(doc)
        if canvas is None:
            return
        self.tabs.removeTab(self.tabs.indexOf(canvas))
        del self._docs[canvas]
        for watcher in canvas.findChildren(_TabWatcher):
            watcher.setParent(None)
            watcher.deleteLater()
        self.undo_group.removeStack(doc.undo_stack)
        canvas.deleteLater()
        self._show_welcome_if_empty()
        self.document_removed.emit(doc)

    def document_name(self, doc: MapDocument) -> str:
        if doc.path is not None:
            return doc.path.name
        return getattr(doc, "display_name", "") or self.tr("Untitled")

    # --- keeping views in step ----------------------------------------------------------------
    def _current_changed(self, _index: int) -> None:
        doc, canvas = self.current_document(), self.current_canvas()
        self.undo_notice.dismiss()  # its Undo belongs to the map that was shown
        self.undo_group.setActiveStack(doc.undo_stack if doc else None)
        self.inspector.set_context(doc, canvas)
        if self._personas is not None:
            self._personas.set_context(doc, canvas)
        if self._find_bar is not None:
            self._find_bar.set_canvas(canvas)
        if self._insights is not None:
            self._insights.set_context(doc, canvas)
        if self._comments is not None:
            self._comments.set_context(doc, canvas)
        if self._workshop is not None:
            self._workshop.set_context(doc, canvas)
        if hasattr(self, "actions"):
            self.actions.update_enabled(doc is not None)
        self._refresh_titles(doc)
        self._update_status()

    def _refresh_titles(self, doc: MapDocument | None) -> None:
        if doc is not None:
            canvas = self.canvas_for(doc)
            if canvas is not None:
                mark = "*" if doc.is_modified() else ""
                index = self.tabs.indexOf(canvas)
                self.tabs.setTabText(index, self.document_name(doc) + mark)
                self.tabs.setTabToolTip(index, str(doc.path) if doc.path else "")
        current = self.current_document()
        if current is None:
            self.setWindowTitle("MapStudio")
            self.setWindowModified(False)
        elif doc is None or doc is current:
            self.setWindowTitle(self.document_name(current) + "[*] — MapStudio")
            self.setWindowModified(current.is_modified())

    def _doc_changed(self, doc: MapDocument) -> None:
        if doc is self.current_document():
            self._update_status()

    def _selection_changed(self, canvas) -> None:
        if canvas is self.current_canvas():
            self.inspector.selection_changed()
            self._update_status()

    def _zoom_changed(self, canvas) -> None:
        if canvas is self.current_canvas():
            self._update_status()

    def _update_status(self) -> None:
        doc, canvas = self.current_document(), self.current_canvas()
        for label in (self.zoom_label, self.counts_label, self.selection_label):
            label.setVisible(doc is not None)
        if doc is None:
            return
        self.zoom_label.setText(
            self.tr("Zoom %1%").replace("%1", str(round(canvas.zoom_factor() * 100)))
        )
        counts = (stage_count(len(doc.map.stages)), card_count(len(doc.map.cards)))
        self.counts_label.setText(", ".join(counts))
        selected = len(canvas.selected_ids())
        self.selection_label.setText(self.tr("%Ln selected", "", selected) if selected else "")

    def _appearance_changed(self) -> None:
        presenting = self._workshop is not None and self._workshop.presentation.active()
        for canvas in self._docs:
            if not (presenting and canvas is self.current_canvas()):
                canvas.map_scene().set_look(self.appearance.editor_look)

    # --- closing ------------------------------------------------------------------------------
    def _close_tab_at(self, index: int) -> None:
        canvas = self.tabs.widget(index)
        if canvas is not None:
            self.files.close_document(self._docs[canvas])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.files.close_all():
            event.ignore()
            return
        if self._workshop is not None:  # the editor's docks and window state are kept
            self._workshop.presentation.leave()
        self.files.settings_written()  # written just below: no later write of a closed window
        self._save_layout()
        event.accept()

    # --- layout -------------------------------------------------------------------------------
    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def side_dock(
        self, name: str, title: str, widget: QWidget, menu_check: QAction | None = None
    ) -> QDockWidget:
        """A panel opened on demand (Compare, Insights, Comments): a hidden tab beside the
        inspector, so it gets the dock's whole height; ``menu_check`` (a View menu entry)
        follows it, also when it is closed by its own button."""
        dock = self._dock(name, title, widget)
        self.tabifyDockWidget(self.inspector_dock, dock)
        dock.hide()
        if menu_check is not None:
            dock.toggleViewAction().toggled.connect(menu_check.setChecked)
        return dock

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(1440, 900)

    def _restore_layout(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        geometry = Settings.decode_bytes(self.settings.window_geometry)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            size = self.sizeHint()
            if screen is not None:  # fit small screens (1366x768 minus panels)
                size = size.boundedTo(screen.size() * 0.96)
            self.resize(size)
            self.resizeDocks([self.inspector_dock], [290], Qt.Orientation.Horizontal)
        state = Settings.decode_bytes(self.settings.window_state)
        if state:
            self.restoreState(QByteArray(state))

    def _save_layout(self) -> None:
        self._restore_docks()  # the panels as the person left them with a map open
        self.settings.window_geometry = Settings.encode_bytes(bytes(self.saveGeometry().data()))
        self.settings.window_state = Settings.encode_bytes(bytes(self.saveState().data()))
        self.settings.save()

    def _show_welcome_if_empty(self) -> None:
        if self.tabs.count() == 0:
            if self._welcome is not None:
                self._welcome.refresh()
            self.central.setCurrentWidget(self.welcome)
            self._hide_docks()

    def _hide_docks(self) -> None:
        """No panels beside the welcome page: they would show nothing."""
        if self._docks_before_welcome is None:
            self._docks_before_welcome = self.saveState()
        for dock in self.findChildren(QDockWidget):
            dock.hide()

    def _restore_docks(self) -> None:
        state, self._docks_before_welcome = self._docks_before_welcome, None
        if state is not None:
            self.restoreState(state)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # Decided once the caller has opened its maps (open_paths right after show): a window
        # shown with none gets the welcome page before it is painted.
        QTimer.singleShot(0, self, self._show_welcome_if_empty)
        if os.environ.get(ORIGIN_HOOK):
            QTimer.singleShot(500, self._print_origin)

    def _print_origin(self) -> None:
        canvas = self.current_canvas()
        if canvas is None:
            return
        origin = canvas.viewport().mapToGlobal(canvas.mapFromScene(QPointF(0, 0)))
        zoom = canvas.zoom_factor()
        print(
            f"MAPSTUDIO_MAP_ORIGIN {origin.x()} {origin.y()} {zoom:.4f}",
            file=sys.stderr,
            flush=True,
        )

    def show_preferences(self) -> None:
        from mapstudio.gui.app.preferences import PreferencesDialog

        PreferencesDialog(self.settings, self).exec()

    def show_personas(self) -> None:
        self.personas_dock.show()
        self.personas_dock.raise_()

    # --- dropping files on the window opens them --------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    def open_paths(self, paths: list[str | Path]) -> None:
        for path in paths:
            self.files.open_path(path)
        self._show_welcome_if_empty()
