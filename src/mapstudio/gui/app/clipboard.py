"""Copy, cut and paste cards through the system clipboard.

Cards travel as MIME "application/x-mapstudio-cards" (a JSON list of card dicts) plus plain text
(one card per line), so they paste between two open maps, and plain text from another program
becomes cards, one per non-empty line.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtWidgets import QApplication

from mapstudio.core.model import Card, Lane, LaneKind
from mapstudio.gui import commands
from mapstudio.gui.canvas.drops import has_image
from mapstudio.gui.document import EditError, MapDocument

# Literal context and text at each call, so pyside6-lupdate extracts them.
translate = QCoreApplication.translate

CARDS_MIME = "application/x-mapstudio-cards"
MAX_PASTED_CARDS = 2000


class PasteError(ValueError):
    """Nothing was pasted; the message is one sentence for the user."""


def selected_cards(doc: MapDocument, ids: list[str]) -> list[Card]:
    return [c for i in ids if isinstance(c := doc.get(i), Card)]


def cards_mime(cards: list[Card]) -> QMimeData:
    mime = QMimeData()
    payload = [c.model_dump(mode="json") for c in cards]
    mime.setData(CARDS_MIME, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    mime.setText("\n".join(" ".join(c.text.split()) for c in cards))
    return mime


def copy_cards(doc: MapDocument, ids: list[str]) -> int:
    """Put the selected cards on the clipboard; returns how many."""
    cards = selected_cards(doc, ids)
    if cards:
        QApplication.clipboard().setMimeData(cards_mime(cards))
    return len(cards)


def cut_cards(doc: MapDocument, ids: list[str]) -> int:
    """Copy, then delete the cards (one undo step)."""
    count = copy_cards(doc, ids)
    if count:
        commands.remove(doc, [c.id for c in selected_cards(doc, ids)])
    return count


def cards_from_mime(mime: QMimeData) -> list[Card]:
    """Cards from our own format, else one card per non-empty line of plain text."""
    if mime.hasFormat(CARDS_MIME):
        try:
            raw = json.loads(bytes(mime.data(CARDS_MIME).data()).decode("utf-8"))
            cards = [Card.model_validate(item) for item in raw[:MAX_PASTED_CARDS]]
            if cards:
                return cards
        except (ValueError, TypeError):
            pass  # damaged payload: fall back to the text
    if mime.hasText():
        lines = [line.strip() for line in mime.text().splitlines() if line.strip()]
        return [
            Card(id="pasted", stage="s", lane="l", text=line[:20_000])
            for line in lines[:MAX_PASTED_CARDS]
        ]
    return []


def paste_target(doc: MapDocument, canvas) -> tuple[str, str]:
    """The cell to paste into: the canvas' current cell, else the selected card's cell."""
    cell = canvas.current_cell() if canvas is not None else None
    if cell is None:
        cards = selected_cards(doc, canvas.selected_ids() if canvas is not None else [])
        if cards:
            cell = (cards[-1].stage, cards[-1].lane)
    if cell is None:
        raise PasteError(translate("Clipboard", "Click a cell of the map first, then paste."))
    lane = doc.get(cell[1])
    if isinstance(lane, Lane) and lane.kind is LaneKind.EMOTIONS:
        raise PasteError(
            translate(
                "Clipboard",
                "Cards cannot be pasted into an emotions lane: it holds the emotion curve.",
            )
        )
    return cell


def pasted_picture(mime: QMimeData) -> bool:
    """Whether a paste means a picture (a screenshot, a copied photo or image file) rather than
    cards or text: text that a word processor copies along with a picture of itself stays text."""
    if mime.hasFormat(CARDS_MIME) or not has_image(mime):
        return False
    return not mime.hasText() or mime.hasUrls()


def paste_image(doc: MapDocument, canvas, mime: QMimeData) -> list[str]:
    """The picture in ``mime`` on the one selected card, else a new card in the target cell
    (one undo step); returns the card's id. Refused pictures are a message on the canvas."""
    cards = selected_cards(doc, canvas.selected_ids())
    card_id = cards[0].id if len(cards) == 1 else None
    cell = None if card_id else paste_target(doc, canvas)
    placed = canvas.place_image(mime, card_id, cell)
    return [placed] if placed else []


def paste_cards(doc: MapDocument, canvas, mime: QMimeData | None = None) -> list[str]:
    """Paste the clipboard into the target cell with fresh ids (one undo step); returns the new
    ids. Raises PasteError with a message for the user when nothing can be pasted."""
    mime = mime or QApplication.clipboard().mimeData()
    if mime is not None and canvas is not None and pasted_picture(mime):
        return paste_image(doc, canvas, mime)
    cards = cards_from_mime(mime) if mime is not None else []
    if not cards:
        raise PasteError(translate("Clipboard", "The clipboard holds no cards or text to paste."))
    stage, lane = paste_target(doc, canvas)
    index = None
    selected = selected_cards(doc, canvas.selected_ids() if canvas is not None else [])
    in_cell = doc.cards_in_cell(stage, lane)
    if selected and (selected[-1].stage, selected[-1].lane) == (stage, lane):
        index = in_cell.index(selected[-1]) + 1  # just after the selected card
    # Fresh ids (add_cards also makes sure none is taken, in the map or within the step).
    fresh = [card.model_copy(update={"id": doc.new_id("card")}) for card in cards]
    try:
        return commands.add_cards(doc, fresh, stage, lane, index)
    except EditError as e:
        raise PasteError(str(e)) from None
