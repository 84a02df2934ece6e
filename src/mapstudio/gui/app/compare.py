"""File > Compare With...: the open map against another version, its changes marked and listed.

The other version is a map file or a kept previous version. A dock lists every difference
(``core.compare``, in ``core.describe``'s words, with a sign per kind: + added, − removed,
✎ changed, ⇄ moved); the map marks the cards concerned (outline style and glyph, not colour
alone); choosing a line shows its object. "Take" makes the chosen differences in the open map
as one undo step (``core.adopt``); "Take All" makes the map that version. The list follows the
map's edits.

A comparison with a big file can list 100,000 differences. The list is a view on a model that
describes a line only when it is shown and hands the view its rows a batch at a time as it is
scrolled down (``canFetchMore``/``fetchMore``); a line above it counts them all. Describing all
100,000 and filling a list widget with them, each line's height measured for word wrap, took
about 12 s with the window frozen (docs/performance.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mapstudio.core.adopt import adopted_all
from mapstudio.core.compare import ADDED, CHANGED, REMOVED, Difference, compare
from mapstudio.core.describe import describe_difference
from mapstudio.core.model import JourneyMap
from mapstudio.core.operations import EditError
from mapstudio.gui import commands
from mapstudio.gui.canvas.painting import CHANGED_MARK, MOVED_MARK, REMOVED_MARK, CompareMark
from mapstudio.gui.document import MapDocument
from mapstudio.text.translate import fill

if TYPE_CHECKING:
    from mapstudio.gui.app.main_window import MainWindow

SIGNS = {ADDED: "+", REMOVED: "−"}
# Rows handed to the view at a time: a screenful several times over, and few enough that their
# lines are described and measured (word wrap) in a blink.
ROWS_PER_BATCH = 200


def only_moved(d: Difference) -> bool:
    return d.moved and set(d.fields) <= {"stage", "lane"}


def sign(d: Difference) -> str:
    return SIGNS.get(d.action) or ("⇄" if only_moved(d) else "✎")


def mark_for(d: Difference) -> CompareMark | None:
    if d.action == REMOVED:
        return REMOVED_MARK
    if d.action == ADDED:
        return None  # not on this map (yet)
    return MOVED_MARK if only_moved(d) else CHANGED_MARK


class DifferenceList(QAbstractListModel):
    """The differences as the lines of a list, each described when the view first asks for it.

    The view is given ``ROWS_PER_BATCH`` rows, then a batch more each time it is scrolled to its
    end; with no difference, one row says the two versions are the same and cannot be chosen."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.differences: list[Difference] = []
        self._maps: tuple[JourneyMap, JourneyMap] | None = None
        self._lines: dict[int, str] = {}  # row -> its line, once described
        self._rows = 0  # rows handed to the view so far
        self.same_text = ""

    def show(self, differences: list[Difference], a: JourneyMap, b: JourneyMap) -> None:
        self.beginResetModel()
        self.differences = differences
        self._maps = (a, b)
        self._lines = {}
        self._rows = min(len(differences), ROWS_PER_BATCH)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.differences, self._maps, self._lines, self._rows = [], None, {}, 0
        self.endResetModel()

    def line(self, row: int) -> str:
        text = self._lines.get(row)
        if text is None:
            d = self.differences[row]
            assert self._maps is not None
            text = f"{sign(d)}  {describe_difference(d, *self._maps)}"
            self._lines[row] = text
        return text

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        if not self.differences:
            return 1 if self._maps is not None else 0
        return self._rows

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        if not self.differences:
            return self.same_text
        return self.line(index.row())

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not self.differences:
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self._rows < len(self.differences)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        more = min(ROWS_PER_BATCH, len(self.differences) - self._rows)
        self.beginInsertRows(QModelIndex(), self._rows, self._rows + more - 1)
        self._rows += more
        self.endInsertRows()


class DifferenceView(QListView):
    """The list of differences. Select All (Ctrl+A) here chooses every difference, the lines
    not listed yet too (``chose_all``), and not the cards of the map behind it."""

    chose_all = Signal()

    def event(self, event: QEvent) -> bool:
        # The window's Select All (for the map) has the same keys: while the list has the
        # focus, they are the list's.
        if event.type() == QEvent.Type.ShortcutOverride and event.matches(
            QKeySequence.StandardKey.SelectAll
        ):
            event.accept()
            return True
        return super().event(event)

    def selectAll(self) -> None:  # noqa: N802 - Qt override
        super().selectAll()
        self.chose_all.emit()


class ComparePanel(QWidget):
    """The list of differences between the open map and another version, with Take buttons."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("compare_panel")
        self.window = window
        self.doc: MapDocument | None = None
        self.other: JourneyMap | None = None
        self.differences: list[Difference] = []
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.counts = QLabel()  # how many of each kind: the list shows them a batch at a time
        self.counts.setObjectName("compare_counts")
        self.counts.setWordWrap(True)
        self.rows = DifferenceList(self)
        self.rows.same_text = self.tr("The two versions are the same.")
        self.list = DifferenceView()
        self.list.setObjectName("compare_list")
        self.list.setModel(self.rows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        # Every difference chosen (Select All), the lines listed later too, until the choice
        # changes: the list shows a batch of lines at a time.
        self._everything = False
        self.list.chose_all.connect(self._choose_everything)
        self.list.selectionModel().selectionChanged.connect(self._show_chosen)
        self.rows.rowsInserted.connect(self._listed_more)
        self.take_button = QPushButton(self.tr("&Take"))
        self.take_button.setToolTip(self.tr("Make the chosen changes in your map (one undo step)"))
        self.take_button.clicked.connect(self.take_chosen)
        self.take_all_button = QPushButton(self.tr("Take &All"))
        self.take_all_button.setToolTip(self.tr("Make your map that version (one undo step)"))
        self.take_all_button.clicked.connect(self.take_all)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.stop)
        buttons = QHBoxLayout()
        for b in (self.take_button, self.take_all_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(150)  # edits in a burst (typing) recompare once
        self._refresh.timeout.connect(self.recompare)

    # --- the comparison ---------------------------------------------------------------------
    def start(
        self,
        doc: MapDocument,
        other: JourneyMap,
        name: str,
        differences: list[Difference] | None = None,
    ) -> None:
        """Show the comparison of ``doc`` with ``other`` (its ``differences`` when they are
        known already: ``compare(doc.map, other)``)."""
        self.stop()
        self.doc, self.other = doc, other
        self.title.setText(self.tr("Your map compared with %1").replace("%1", name))
        doc.changed.connect(self._doc_changed)
        self.recompare(differences)

    def stop(self) -> None:
        if self.doc is not None:
            self.doc.changed.disconnect(self._doc_changed)
            self._mark({})
        self.doc = self.other = None
        self.differences = []
        self.rows.clear()
        self.counts.clear()
        dock = self.parentWidget()
        if isinstance(dock, QDockWidget):
            dock.hide()

    def _doc_changed(self, _change: object) -> None:
        self._refresh.start()

    def recompare(self, differences: list[Difference] | None = None) -> None:
        if self.doc is None or self.other is None:
            return
        if differences is None:
            differences = compare(self.doc.map, self.other)
        self.differences = differences
        self.rows.show(self.differences, self.doc.map, self.other)
        self.counts.setText(self._counts_text())
        self.take_all_button.setEnabled(bool(self.differences))
        self._everything = False
        self.take_button.setEnabled(False)
        self.take_button.setText(self.tr("&Take"))
        self._mark({d.id: mark_for(d) for d in self.differences})

    def _counts_text(self) -> str:
        if not self.differences:
            return ""
        counts = {ADDED: 0, REMOVED: 0, CHANGED: 0}
        for d in self.differences:
            counts[d.action] += 1
        text = self.tr(
            "%Ln difference(s): %1 added, %2 removed, %3 changed or moved",
            "",
            len(self.differences),
        )
        return fill(text, *(QLocale().toString(counts[k]) for k in (ADDED, REMOVED, CHANGED)))

    def _mark(self, marks: dict[str, CompareMark | None]) -> None:
        """Mark the cards, metric values, stage and lane headers that differ."""
        canvas = self.window.canvas_for(self.doc) if self.doc is not None else None
        if canvas is None:
            return
        scene = canvas.map_scene()
        scene.flush()
        for item in scene.every_card_item():
            item.set_mark(marks.get(item.obj_id))
        for stage in self.doc.stages():
            header = scene.stage_item(stage.id)
            if header is not None:
                header.set_compare_mark(marks.get(stage.id))
        for lane in self.doc.lanes():
            row = scene.lane_item(lane.id)
            if row is not None:
                row.header.set_compare_mark(marks.get(lane.id))

    def chosen(self) -> list[Difference]:
        if self._everything:
            return list(self.differences)
        return self._chosen_rows()

    def _chosen_rows(self) -> list[Difference]:
        rows = sorted(i.row() for i in self.list.selectionModel().selectedRows())
        return [self.differences[r] for r in rows if r < len(self.differences)]

    def _choose_everything(self) -> None:
        self._everything = bool(self.differences)
        self._show_chosen()

    def _listed_more(self, _parent: QModelIndex, first: int, last: int) -> None:
        if self._everything:  # lines listed after Select All are chosen too
            selection = self.list.selectionModel()
            lines = QItemSelection(self.rows.index(first, 0), self.rows.index(last, 0))
            with QSignalBlocker(selection):
                selection.select(lines, QItemSelectionModel.SelectionFlag.Select)
            self.list.viewport().update()

    def _show_chosen(self) -> None:
        chosen = self._chosen_rows()
        if self._everything and len(chosen) == self.rows.rowCount():
            chosen = list(self.differences)
        else:
            self._everything = False  # a click or a key chose some lines only
        self.take_button.setEnabled(bool(chosen))
        self.take_button.setText(
            self.tr("&Take %Ln", "", len(chosen)) if len(chosen) > 1 else self.tr("&Take")
        )
        canvas = self.window.canvas_for(self.doc) if self.doc is not None else None
        if canvas is None or not chosen:
            return
        here = [d.id for d in chosen if self.doc.get(d.id) is not None]
        if here:
            canvas.select_ids(here)
        else:
            self.window.statusBar().showMessage(self.tr("Not on your map: Take adds it."), 4000)

    # --- taking changes ---------------------------------------------------------------------
    def take_chosen(self) -> None:
        chosen = self.chosen()
        if self.doc is None or self.other is None or not chosen:
            return
        # What the other version adds or changes first, then what it removes (so a card it moved
        # out of a stage it deleted is moved before the stage goes).
        ordered = [d for d in chosen if d.action != REMOVED] + [
            d for d in reversed(chosen) if d.action == REMOVED
        ]
        try:
            # Every difference is the other version itself (Take All, under this step's name);
            # otherwise each chosen one is made in turn on one copy of the map.
            everything = len(chosen) == len(self.differences)
            target = self.other if everything else adopted_all(self.doc.map, ordered, self.other)
        except EditError as e:
            self.window.statusBar().showMessage(str(e), 8000)
            return
        name = (
            self.tr("Take %Ln Changes", "", len(chosen))
            if len(chosen) > 1
            else self.tr("Take Change")
        )
        commands.replace_content(self.doc, target, name)
        self.recompare()

    def take_all(self) -> None:
        if self.doc is None or self.other is None:
            return
        commands.replace_content(self.doc, self.other, self.tr("Take All Changes"))
        self.recompare()


class CompareController(QObject):
    """The Compare With... actions of the File menu and the dock that shows a comparison."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = ComparePanel(window)
        self.dock = window.side_dock("CompareDock", self.tr("Compare"), self.panel)
        window.document_removed.connect(self._closed)

    def compare_with(
        self,
        doc: MapDocument,
        other: JourneyMap,
        name: str,
        differences: list[Difference] | None = None,
    ) -> None:
        self.panel.start(doc, other, name, differences)
        self.dock.show()
        self.dock.raise_()

    def with_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox  # dialogs: imported when shown

        from mapstudio.files.mapfile import ReadCancelled, read_map_with_digest
        from mapstudio.gui.app.reading import Reading, ReadingTexts, read_then, say_in_status_bar

        doc = self.window.current_document()
        if doc is None:
            return
        start = str(doc.path.parent) if doc.path is not None else ""
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Compare With"),
            start,
            self.tr("Journey maps (*.journey.json *.json);;All files (*)"),
        )
        if not path:
            return
        name = Path(path).name
        texts = ReadingTexts(
            title=self.tr("Compare With"),
            reading=self.tr("Reading %1…").replace("%1", name),
            finishing=self.tr("Comparing with your map…"),
        )
        under_way: list[Reading] = []

        def read(current: Reading) -> JourneyMap:
            under_way.append(current)
            return read_map_with_digest(path, hashed=False, progress=current.progress)[0]

        def show(other: JourneyMap) -> None:
            # compared first, Cancel still live (a 100,000-card file: half a second); the
            # panel and the map's marks change only once every difference is known
            edited: list[object] = []  # an edit that came meanwhile (a live session's peer)

            def note_edit(change: object) -> None:
                edited.append(change)

            doc.changed.connect(note_edit)
            try:
                differences = compare(doc.map, other, keep_going=under_way[0].keep_going)
            finally:
                doc.changed.disconnect(note_edit)
            self.compare_with(doc, other, name, None if edited else differences)

        # a big file shows its progress with Cancel, as when it is opened
        failure = read_then(self.window, Path(path), texts, read, show, cancel_while_finishing=True)
        if isinstance(failure, ReadCancelled):
            say_in_status_bar(
                self.window,
                self.tr("Comparing with %1 was cancelled: your map is unchanged.").replace(
                    "%1", name
                ),
            )
        elif failure is not None:
            QMessageBox.warning(self.window, self.tr("Cannot Compare"), str(failure))

    def with_previous_version(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from mapstudio.files import MapFileError
        from mapstudio.files.history import list_versions, read_version
        from mapstudio.gui.app.safety_dialogs import VersionsDialog, format_time

        doc = self.window.current_document()
        if doc is None:
            return
        versions = list_versions(doc.path) if doc.path is not None else []
        if not versions:
            QMessageBox.information(
                self.window,
                self.tr("Compare With Previous Version"),
                self.tr(
                    "No previous versions of this map have been kept yet (one is kept at each save)."
                ),
            )
            return
        dialog = VersionsDialog(
            doc.path.name, versions, self.window, current=doc.map, action=self.tr("&Compare")
        )
        if not dialog.exec() or dialog.chosen() is None:
            return
        version = dialog.chosen()
        known = dialog.chosen_map()  # read to list its changes: not read again
        try:
            other = known[0] if known is not None else read_version(version)
        except MapFileError as e:
            QMessageBox.warning(self.window, self.tr("Cannot Compare"), str(e))
            return
        name = self.tr("the version saved over at %1").replace("%1", format_time(version.saved_at))
        self.compare_with(doc, other, name)

    def _closed(self, doc: MapDocument) -> None:
        if self.panel.doc is doc:
            self.panel.stop()
