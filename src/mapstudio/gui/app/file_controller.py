"""File menu flows: new, open, save, save as, close with the Save / Discard / Cancel question.

Reading and writing go through ``app.fileops`` only (owned by the "never lose work" track).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

from mapstudio.core import vocabulary
from mapstudio.core.model import JourneyMap, Lane, LaneKind, Persona, Stage, new_id
from mapstudio.gui.app import fileops
from mapstudio.gui.app.reading import ReadCancelled, ReadingTexts, read_then, say_in_status_bar
from mapstudio.gui.document import MapDocument

if TYPE_CHECKING:
    from mapstudio.gui.app.main_window import MainWindow

SUFFIX = ".journey.json"
# The recent files are written this long after a map opens (milliseconds): after its first paint.
RECENT_SAVE_DELAY_MS = 300


def blank_map() -> JourneyMap:
    """A new map with the stages and lanes most journeys start from, and one persona (used
    when the blank template is missing)."""
    kinds = (
        LaneKind.ACTIONS,
        LaneKind.TOUCHPOINTS,
        LaneKind.THOUGHTS,
        LaneKind.EMOTIONS,
        LaneKind.FRICTIONS,
        LaneKind.OPPORTUNITIES,
    )
    stages = vocabulary.default_stage_names()
    return JourneyMap(
        id=new_id("map"),
        title=vocabulary.untitled_map_title(),
        personas=[Persona(id=new_id("persona"), name=vocabulary.default_persona_name())],
        stages=[Stage(id=new_id("stage"), name=n, order=i) for i, n in enumerate(stages)],
        lanes=[
            Lane(id=new_id("lane"), kind=k, title=vocabulary.lane_kind_name(k), order=i)
            for i, k in enumerate(kinds)
        ],
    )


class FileController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._settings_writer = QTimer(self)  # one write for several maps opened at once
        self._settings_writer.setSingleShot(True)
        self._settings_writer.setInterval(RECENT_SAVE_DELAY_MS)
        self._settings_writer.timeout.connect(lambda: self.window.settings.save())

    # --- new and open -------------------------------------------------------------------------
    def new_map(self) -> MapDocument:
        """A new map from the blank template in the interface's language (built in if absent)."""
        from mapstudio.files.templates import new_from_template
        from mapstudio.gui.i18n import current_language

        language = current_language()  # the interface's: settings or system, as installed
        try:
            journey = new_from_template(f"blank-{language}")
        except (KeyError, fileops.MapFileError, OSError):
            journey = blank_map()
        doc = MapDocument(journey)
        self.window.add_document(doc)
        return doc

    def new_from_template(self) -> MapDocument | None:
        from mapstudio.gui.app.template_chooser import TemplateChooser

        chooser = TemplateChooser(self.window)
        if not chooser.exec() or not chooser.selected_name():
            return None
        return self.new_from_template_name(chooser.selected_name())

    def new_from_template_name(self, name: str) -> MapDocument | None:
        """A new untitled map copied from the bundled template ``name``."""
        from mapstudio.files.templates import new_from_template

        try:
            doc = MapDocument(new_from_template(name))
        except (KeyError, fileops.MapFileError) as e:
            self._error(self.tr("This template cannot be used: %1").replace("%1", str(e)))
            return None
        self.window.add_document(doc)
        return doc

    def open_dialog(self) -> None:
        start = (
            str(Path(self.window.settings.recent_files[0]).parent)
            if self.window.settings.recent_files
            else ""
        )
        from PySide6.QtWidgets import QFileDialog  # dialogs: imported when first shown

        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Open Map"),
            start,
            self.tr("Journey maps (*.journey.json *.json);;All files (*)"),
        )
        for path in paths:
            self.open_path(path)

    def open_path(self, path: str | Path) -> MapDocument | None:
        """Open a map in a tab (or show its tab if already open); a bad file shows the reader's
        one-sentence message and opens nothing."""
        path = Path(path)
        for doc in self.window.documents():
            if doc.path is not None and _same_file(doc.path, path):
                self.window.tabs.setCurrentWidget(self.window.canvas_for(doc))
                return doc
        texts = ReadingTexts(
            title=self.tr("Opening Map"),
            reading=self.tr("Opening %1…").replace("%1", path.name),
            finishing=self.tr("Laying out the map…"),
        )
        opened: list[MapDocument] = []

        def lay_out(doc: MapDocument) -> None:
            opened.append(doc)
            self.window.add_document(doc)  # the canvas: what "Laying out the map" says

        # any error at all is said in one sentence: opening a file never crashes the editor
        failure = read_then(
            self.window,
            path,
            texts,
            lambda r: fileops.open_document(path, r.progress),
            lay_out,
            expected=(Exception,),
        )
        if isinstance(failure, ReadCancelled):  # raised before anything was built: nothing to undo
            say_in_status_bar(
                self.window, self.tr("Opening %1 was cancelled.").replace("%1", path.name)
            )
            return None
        if failure is not None:  # MapFileError carries one sentence; anything else: never crash
            reason = (
                str(failure)
                if isinstance(failure, fileops.MapFileError)
                else type(failure).__name__
            )
            message = self.tr("%1 cannot be opened: %2.")
            self._error(message.replace("%1", path.name).replace("%2", reason.rstrip(".")))
            if not path.exists() and str(path.resolve()) in self.window.settings.recent_files:
                self.window.settings.remove_recent(path)  # moved or deleted: forget it
                self.window.settings.save()
                self.window.actions.refresh_recent()
                self.window.refresh_welcome()
            return None
        self._remember(path)
        return opened[0]

    def save(self, doc: MapDocument | None = None) -> bool:
        doc = doc or self.window.current_document()
        if doc is None:
            return False
        if doc.path is not None and doc.read_only:
            self._error(fileops.read_only_message(doc))  # why, before offering another file
        if doc.path is None or doc.read_only:
            return self.save_as(doc)
        if self._write(doc, doc.path):
            return True
        if not doc.path.parent.is_dir() or fileops.is_read_only(doc.path):
            return self.save_as(doc)  # after the message: its folder is gone, or it is read-only
        return False

    def save_as(self, doc: MapDocument | None = None) -> bool:
        doc = doc or self.window.current_document()
        if doc is None:
            return False
        if doc.path is not None:
            suggested = str(doc.path)
        else:
            folder = (
                Path(self.window.settings.recent_files[0]).parent
                if self.window.settings.recent_files
                else Path.home()
            )
            suggested = str(folder / (_file_stem(doc.map.title) + SUFFIX))
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save Map As"), suggested, self.tr("Journey maps (*.journey.json)")
        )
        if not path:
            return False
        if not path.endswith(".json"):
            path += SUFFIX
        return self._write(doc, Path(path))

    def _write(self, doc: MapDocument, path: Path) -> bool:
        # save_in_window asks before overwriting a file another program changed, and shows
        # a failed save's one-sentence reason.
        if not fileops.save_in_window(self.window, doc, path):
            return False
        self._remember(path)
        self.window.statusBar().showMessage(self.tr("Saved %1").replace("%1", path.name), 4000)
        return True

    # --- close --------------------------------------------------------------------------------
    def close_document(self, doc: MapDocument) -> bool:
        """Close one map, asking Save / Discard / Cancel if it has changes; False if cancelled."""
        if doc.is_modified():
            self.window.tabs.setCurrentWidget(self.window.canvas_for(doc))
            from PySide6.QtWidgets import QMessageBox

            from mapstudio.gui.app import unsaved_dialog

            answer = unsaved_dialog.ask_save_changes(
                self.window,
                self.tr("Save changes?"),
                self.tr("%1 has changes that are not saved. Save them before closing?").replace(
                    "%1", self.window.document_name(doc)
                ),
            )
            if answer == QMessageBox.StandardButton.Save:
                if not self.save(doc):
                    return False
            elif answer != QMessageBox.StandardButton.Discard:
                return False
        self.window.remove_document(doc)
        return True

    def close_current(self) -> bool:
        doc = self.window.current_document()
        return self.close_document(doc) if doc else True

    def close_all(self) -> bool:
        """Close every map (quitting). Two or more unsaved maps get one question listing them
        all; False if cancelled, or if a save failed or its Save As was cancelled."""
        docs = list(self.window.documents())
        unsaved = [doc for doc in docs if doc.is_modified()]
        if len(unsaved) < 2:
            return all(self.close_document(doc) for doc in docs)
        from mapstudio.gui.app.unsaved_dialog import Choice, ask_unsaved

        names = [(self.window.document_name(d), str(d.path) if d.path else "") for d in unsaved]
        choice = ask_unsaved(names, self.window)
        if choice is Choice.CANCEL:
            return False
        if choice is Choice.SAVE_ALL:
            for doc in unsaved:
                self.window.tabs.setCurrentWidget(self.window.canvas_for(doc))
                if not self.save(doc):
                    return False  # the maps saved so far stay saved and open
        for doc in docs:
            self.window.remove_document(doc)
        return True

    # --- export -------------------------------------------------------------------------------
    def export(self) -> None:
        doc = self.window.current_document()
        if doc is None:
            return
        try:
            from mapstudio.gui.export.dialog import ExportDialog
        except ImportError:
            self._error(self.tr("Export is not available in this version."))
            return
        ExportDialog(doc, self.window, self.window.settings).exec()

    def print_map(self) -> int:
        """File > Print: the print dialog, then the poster's pages on the chosen printer, laid
        out for its paper as last exported (fit when never); returns the pages printed."""
        doc = self.window.current_document()
        if doc is None:
            return 0
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        from PySide6.QtWidgets import QApplication, QDialog

        from mapstudio.gui.export.printing import print_options, print_poster

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(doc.map.title or self.window.document_name(doc))
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print Map"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        remembered = self.window.settings.export_settings(doc.map.id)
        name = doc.path.name if doc.path is not None else ""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            printed = print_poster(doc.map, printer, print_options(printer, remembered), name)
        except Exception as e:  # a paper the poster cannot use, a printer that went away
            QApplication.restoreOverrideCursor()
            self._error(self.tr("The map could not be printed: %1").replace("%1", str(e)))
            return 0
        QApplication.restoreOverrideCursor()
        self.window.statusBar().showMessage(self.tr("Printed %Ln page(s).", "", printed), 6000)
        return printed

    # --- helpers ------------------------------------------------------------------------------
    def _remember(self, path: Path) -> None:
        self.window.settings.add_recent(path)
        self.window.actions.refresh_recent()
        self.window.refresh_welcome()
        # Written a moment later, not before the map is painted: the write waits for the disk
        # (two fsyncs, ~10 ms at start-up). Closing the window writes the settings anyway.
        self._settings_writer.start()

    def settings_written(self) -> None:
        """The settings are being written now (the window closes): the pending write of the
        recent files is not needed, and must not run later, after the window is gone."""
        self._settings_writer.stop()

    def _error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.window, "MapStudio", message)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _file_stem(title: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title).strip()
    return "-".join(keep.split())[:60] or "map"
