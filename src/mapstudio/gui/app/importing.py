"""File > Import...: a workbook, CSV file, Mermaid journey or Markdown file as a new map, or into
the open map as one undo step.

The file is read whole and checked before anything changes (``exchange``): a bad file shows
one sentence naming the sheet, row and column, and the open map is left as it was. Lane kinds
guessed from titles (a grid typed by hand, a CSV file) are shown for the user to confirm
first. Into the open map, the change goes through ``commands.replace_content`` (only what
differs changes; Undo takes it all back), and what it did is said: cards added, changed and
removed, each removed card by name.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mapstudio.core import vocabulary
from mapstudio.core.model import LaneKind
from mapstudio.exchange.formats import (
    IMPORT_FORMATS,
    ExchangeError,
    Imported,
    change_report,
    import_file,
)
from mapstudio.exchange.grid import LaneGuess
from mapstudio.gui import commands
from mapstudio.gui.document import MapDocument

if TYPE_CHECKING:
    from mapstudio.gui.app.main_window import MainWindow

NEW_MAP, INTO_OPEN_MAP = "new", "into"


class LaneKindsDialog(QDialog):
    """The lane kinds guessed from the titles, each in a list the user can change."""

    def __init__(self, guesses: list[LaneGuess], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confirm Lane Kinds"))
        self.boxes: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "MapStudio guessed what each lane holds from its title. Change any that is wrong."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        for guess in guesses:
            box = QComboBox()
            for label, kind in vocabulary.lane_kind_choices():
                box.addItem(label, kind)
            box.setCurrentIndex(box.findData(guess.kind))
            box.setObjectName(f"LaneKind:{guess.lane}")
            title = (
                guess.title if guess.sure else self.tr("%1 (not sure)").replace("%1", guess.title)
            )
            form.addRow(title, box)
            self.boxes[guess.lane] = box
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def kinds(self) -> dict[str, LaneKind]:
        return {lane: LaneKind(box.currentData()) for lane, box in self.boxes.items()}


class ImportController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def import_dialog(self) -> None:
        patterns = " ".join(f"*{ext}" for ext in IMPORT_FORMATS)
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import Map"),
            "",
            self.tr("Workbooks, CSV, Mermaid and Markdown (%1);;All files (*)").replace(
                "%1", patterns
            ),
        )
        if not path:
            return
        where = NEW_MAP
        doc = self.window.current_document()
        if doc is not None and not doc.read_only:
            where = self.ask_where(Path(path).name)
            if where is None:
                return
        self.import_path(path, where)

    def ask_where(self, name: str) -> str | None:
        """A new map, or into the open map; None to cancel."""
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Import Map"))
        box.setText(self.tr("Import %1 as a new map, or into the open map?").replace("%1", name))
        box.setInformativeText(
            self.tr(
                "Into the open map, a workbook or CSV file exported from it updates its cards "
                "(rows added, changed or removed); a grid or a journey adds to it. One undo step."
            )
        )
        new = box.addButton(self.tr("New Map"), QMessageBox.ButtonRole.AcceptRole)
        into = box.addButton(self.tr("Into Open Map"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(new)
        box.exec()
        clicked = box.clickedButton()
        return NEW_MAP if clicked is new else INTO_OPEN_MAP if clicked is into else None

    def confirm_lane_kinds(self, guesses: list[LaneGuess]) -> dict[str, LaneKind] | None:
        dialog = LaneKindsDialog(guesses, self.window)
        return dialog.kinds() if dialog.exec() else None

    def import_path(self, path: str | Path, where: str = NEW_MAP) -> MapDocument | None:
        """Import ``path`` as a new map or into the current one; returns the document changed
        or made, or None when nothing was (a bad file, or the user cancelled)."""
        path = Path(path)
        doc = self.window.current_document() if where == INTO_OPEN_MAP else None
        if where == INTO_OPEN_MAP and (doc is None or doc.read_only):
            return None
        language = doc.map.language if doc is not None else _interface_language()
        try:
            imported = import_file(path, doc.map if doc is not None else None, language)
            journey = self._with_kinds(imported)
        except ExchangeError as e:
            self._error(
                self.tr("%1 cannot be imported: %2").replace("%1", path.name).replace("%2", str(e))
            )
            return None
        except OSError as e:
            reason = e.strerror or str(e)
            self._error(
                self.tr("%1 cannot be read: %2").replace("%1", path.name).replace("%2", reason)
            )
            return None
        if journey is None:
            return None
        if doc is None:
            new = MapDocument(journey)
            new.display_name = path.stem.removesuffix(".journey")
            self.window.add_document(new)
            self._say(" ".join(change_report(None, journey)))
            self._notes(path.name, imported.notes)
            return new
        before = doc.map.model_copy(deep=True)
        commands.replace_content(doc, journey, self.tr("Import %1").replace("%1", path.name))
        report = change_report(before, doc.map)
        self._say(", ".join(report[:3]))
        if len(report) > 3:
            self._removed(path.name, report[3:] + imported.notes)
        else:
            self._notes(path.name, imported.notes)
        return doc

    def _with_kinds(self, imported: Imported):  # -> JourneyMap | None
        if not imported.guesses:
            return imported.map
        kinds = self.confirm_lane_kinds(imported.guesses)
        if kinds is None:
            return None
        return imported.with_lane_kinds(kinds)

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 10_000)

    def _removed(self, name: str, lines: list[str]) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Import Map"))
        box.setText(
            self.tr(
                "%1 has no row for %Ln card(s) of the map: they were removed (Undo brings them back).",
                "",
                len(lines),
            ).replace("%1", name)
        )
        box.setDetailedText("\n".join(lines))
        box.exec()

    def _notes(self, name: str, notes: list[str]) -> None:
        """What the import left aside (columns it does not know), said once."""
        if not notes:
            return
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Import Map"))
        box.setText(self.tr("%1 was imported; some of it was left aside:").replace("%1", name))
        box.setInformativeText("\n".join(notes))
        box.exec()

    def _error(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("Import Map"), message)


def _interface_language() -> str:
    from mapstudio.gui.i18n import current_language

    return current_language()
