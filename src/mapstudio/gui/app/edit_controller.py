"""Edit, View and Map menu handlers: each acts on the current tab through mapstudio.gui.commands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from mapstudio.core.model import Card, LaneKind, Stage
from mapstudio.core.vocabulary import lane_kind_name, new_stage_name
from mapstudio.gui import commands
from mapstudio.gui.document import EditError
from mapstudio.gui.i18n import map_words

if TYPE_CHECKING:
    from mapstudio.gui.app.main_window import MainWindow


def _clipboard():
    """The card clipboard, read at its first use: nothing of it is needed before the first paint."""
    from mapstudio.gui.app import clipboard

    return clipboard


class EditController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _context(self):
        return self.window.current_document(), self.window.current_canvas()

    def _edit_context(self):
        """The current map and canvas for an edit; (None, None) when it is read-only."""
        doc, canvas = self._context()
        if doc is not None and doc.read_only:
            self.message(self.tr("This map is open read-only: save a copy to edit it."))
            return None, None
        return doc, canvas

    def message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 6000)

    # --- clipboard ----------------------------------------------------------------------------
    def copy(self) -> None:
        doc, canvas = self._context()
        if doc and not _clipboard().copy_cards(doc, canvas.selected_ids()):
            self.message(self.tr("Select one or more cards to copy."))

    def cut(self) -> None:
        doc, canvas = self._edit_context()
        if doc and not _clipboard().cut_cards(doc, canvas.selected_ids()):
            self.message(self.tr("Select one or more cards to cut."))

    def paste(self) -> None:
        doc, canvas = self._edit_context()
        if doc is None:
            return
        clipboard = _clipboard()
        try:
            ids = clipboard.paste_cards(doc, canvas)
        except clipboard.PasteError as e:
            self.message(str(e))
            return
        self.select(canvas, ids)

    # --- selection ----------------------------------------------------------------------------
    def delete(self) -> None:
        doc, canvas = self._edit_context()
        if doc and canvas.selected_ids():
            canvas.delete(canvas.selected_ids())

    def duplicate(self) -> None:
        doc, canvas = self._edit_context()
        if doc is None:
            return
        selected = canvas.selected_ids()
        headers = [i for i in selected if doc.collection_of(i) in ("stages", "lanes")]
        if len(selected) == 1 and headers:  # a stage or lane header: the whole column or row
            command = (
                commands.duplicate_stage
                if doc.collection_of(headers[0]) == "stages"
                else commands.duplicate_lane
            )
            new_id = self._run(command, doc, headers[0])
            if new_id:
                self.window.inspector.show_object(new_id)
            return
        cards = _clipboard().selected_cards(doc, selected)
        if not cards:
            self.message(self.tr("Select one or more cards, or a stage or lane, to duplicate."))
            return
        new_ids = self._run(commands.duplicate_cards, doc, [c.id for c in cards])
        if new_ids:
            self.select(canvas, new_ids)

    def select_all(self) -> None:
        _doc, canvas = self._context()
        if canvas is not None:
            canvas.map_scene().flush()  # build the items of the last edit first
            canvas.select_all_cards()

    def find(self) -> None:
        if self.window.current_canvas() is not None:
            self.window.find_bar.open()

    def replace(self) -> None:
        if self.window.current_canvas() is not None:
            self.window.find_bar.open(replace=True)

    def copy_as_image(self) -> None:
        doc, _canvas = self._context()
        if doc is None:
            return
        try:
            from mapstudio.gui.export.image import copy_map_image
        except ImportError:
            self.message(self.tr("Copy as Image is not available in this version."))
            return
        copy_map_image(doc)
        self.message(self.tr("The map is on the clipboard as an image."))

    # --- map ----------------------------------------------------------------------------------
    def add_card(self) -> None:
        """Add an empty card in the current cell (or after the selected card) and edit it."""
        doc, canvas = self._edit_context()
        if doc is None:
            return
        cell = canvas.current_cell()
        index = None
        cards = _clipboard().selected_cards(doc, canvas.selected_ids())
        if cell is None and cards:
            cell = (cards[-1].stage, cards[-1].lane)
        if cards and (cards[-1].stage, cards[-1].lane) == cell:
            index = doc.cards_in_cell(*cell).index(cards[-1]) + 1
        if cell is None:
            self.message(self.tr("Click a cell of the map first, then add a card."))
            return
        card_id = self._run(commands.add_card, doc, cell[0], cell[1], index)
        if card_id:
            self.select(canvas, [card_id])
            canvas.edit_selected()

    def add_stage(self) -> None:
        doc, canvas = self._edit_context()
        if doc is None:
            return
        index = None
        cell = canvas.current_cell()
        selected = [doc.get(i) for i in canvas.selected_ids()]
        anchor = next((s.id for s in selected if isinstance(s, Stage)), None)
        anchor = anchor or (cell[0] if cell else None)
        anchor = anchor or next((c.stage for c in selected if isinstance(c, Card)), None)
        if anchor:
            index = [s.id for s in doc.stages()].index(anchor) + 1
        with map_words(doc.map.language):  # a new stage's name is the map's text
            name = new_stage_name()
        stage_id = self._run(commands.add_stage, doc, name, index)
        if stage_id:
            self._edit_in_inspector(canvas, stage_id, "name")

    def add_lane(self, kind: LaneKind, title: str | None = None) -> None:
        """Add a lane of ``kind`` at the end, titled ``title`` or its kind's name in the
        map's language."""
        doc, canvas = self._edit_context()
        if doc is None:
            return
        if title is None:
            with map_words(doc.map.language):
                title = lane_kind_name(kind)
        lane_id = self._run(commands.add_lane, doc, kind, title)
        if lane_id:
            self._edit_in_inspector(canvas, lane_id, "title")

    def make_blueprint(self) -> None:
        """Lay the map out as a service blueprint (one undo step) and say what was done."""
        doc, _canvas = self._edit_context()
        if doc is None:
            return
        was_blueprint = doc.map.blueprint
        added = self._run(commands.make_blueprint, doc)
        if added is None and was_blueprint:
            self.message(self.tr("The map is laid out as a service blueprint already."))
        elif added:
            self.message(
                self.tr("Laid out as a service blueprint; %Ln lane(s) added.", "", len(added))
            )
        elif added is not None:
            self.message(self.tr("Laid out as a service blueprint."))

    def select(self, canvas, ids: list[str]) -> None:
        # The canvas gathers changes until the next event-loop turn: build the items of the
        # edit just made, so selecting them right away works.
        canvas.map_scene().flush()
        canvas.select_ids(ids)

    def _edit_in_inspector(self, canvas, obj_id: str, field: str) -> None:
        """Show a new stage or lane in the inspector with its name ready to type over."""
        self.select(canvas, [])
        window = self.window
        window.inspector.show_object(obj_id)
        window.inspector_dock.show()
        window.inspector_dock.raise_()
        editor = window.inspector.pages.currentWidget().fields.get(field)
        if editor is not None:
            editor.setFocus()
            editor.selectAll()

    def _run(self, command, *args):
        try:
            return command(*args)
        except EditError as e:
            self.message(str(e))
            return None
