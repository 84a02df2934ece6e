"""Setting a card's kind-specific fields without the inspector: submenus on the card's context
menu (channel with its symbol, severity, impact, effort, votes; on any card, the bright spot
mark), and keys on the selected cards
(1, 2, 3: a pain point's severity; + and -: an opportunity's votes). Each change, on one card
or on all the selected ones, is one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from mapstudio.core.model import Card, LaneKind
from mapstudio.core.vocabulary import (
    channel_choices,
    field_name,
    level_choices,
    severity_choices,
)
from mapstudio.gui import commands
from mapstudio.layout import theme

# Literal context and text at each call, so pyside6-lupdate extracts them.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from mapstudio.gui.canvas.view import MapCanvas


def _cards_of_kind(canvas: MapCanvas, card_ids: list[str]) -> tuple[list[Card], LaneKind | None]:
    """The cards among ``card_ids``, and their lane kind when they all share one."""
    doc = canvas.doc
    cards = [c for c in (doc.get(i) for i in card_ids) if isinstance(c, Card)]
    kinds = {doc.get(c.lane).kind for c in cards}
    return cards, kinds.pop() if len(kinds) == 1 else None


def set_field(canvas: MapCanvas, card_ids: list[str], field: str, value: Any) -> None:
    """Set ``field`` on the cards (one undo step, however many cards)."""
    doc = canvas.doc
    todo = [c.id for c in _cards_of_kind(canvas, card_ids)[0] if getattr(c, field) != value]
    if not todo or not canvas.is_editable():
        return
    if len(todo) == 1:
        canvas.run_command(commands.update, doc, todo[0], {field: value})
        return
    name = translate("MapCanvas", "Set %1").replace("%1", field_name(field))
    canvas.run_command(commands.update_many, doc, {i: {field: value} for i in todo}, name)


def _choices(menu: QMenu, canvas: MapCanvas, cards: list[Card], field: str, choices) -> None:
    sub = menu.addMenu(field_name(field))
    group = QActionGroup(sub)  # one value at a time: shown as radio marks
    current = {getattr(c, field) for c in cards}
    ids = [c.id for c in cards]
    for label, value in choices:
        action = sub.addAction(label)
        action.setCheckable(True)
        group.addAction(action)
        action.setChecked(current == {value})
        action.triggered.connect(lambda _checked=False, v=value: set_field(canvas, ids, field, v))


def add_field_menus(menu: QMenu, canvas: MapCanvas, card_ids: list[str]) -> None:
    """The submenus for the fields the cards' lane kind gives them (none for mixed kinds)."""
    cards, kind = _cards_of_kind(canvas, card_ids)
    if cards:  # any card can be a bright spot, whatever its lane: checked when all are
        marked = all(c.positive for c in cards)
        spot = menu.addAction(f"{theme.POSITIVE_SYMBOL}  {field_name('positive')}")
        spot.setCheckable(True)
        spot.setChecked(marked)
        ids = [c.id for c in cards]
        spot.triggered.connect(
            lambda _checked=False: set_field(canvas, ids, "positive", not marked)
        )
    if not cards or kind is None:
        return
    if kind is LaneKind.TOUCHPOINTS:
        channels = [(f"{theme.CHANNEL_SYMBOLS[ch]}  {name}", ch) for name, ch in channel_choices()]
        _choices(menu, canvas, cards, "channel", channels)
    elif kind is LaneKind.FRICTIONS:
        _choices(menu, canvas, cards, "severity", severity_choices())
    elif kind is LaneKind.OPPORTUNITIES:
        _choices(menu, canvas, cards, "impact", level_choices())
        _choices(menu, canvas, cards, "effort", level_choices())
        ids = [c.id for c in cards]
        menu.addAction(translate("MapCanvas", "Add a Vote\t+")).triggered.connect(
            lambda _checked=False: add_votes(canvas, ids, 1)
        )
        menu.addAction(translate("MapCanvas", "Remove a Vote\t-")).triggered.connect(
            lambda _checked=False: add_votes(canvas, ids, -1)
        )


def add_votes(canvas: MapCanvas, card_ids: list[str], step: int) -> None:
    doc = canvas.doc
    cards = _cards_of_kind(canvas, card_ids)[0]
    todo = {c.id: max(0, c.votes + step) for c in cards if max(0, c.votes + step) != c.votes}
    if not todo or not canvas.is_editable():
        return
    name = translate("MapCanvas", "Set %1").replace("%1", field_name("votes"))
    changes = {card_id: {"votes": votes} for card_id, votes in todo.items()}
    canvas.run_command(commands.update_many, doc, changes, name)


def field_key(canvas: MapCanvas, card_ids: list[str], key: int, text: str) -> bool:
    """A key on the selected cards: 1-3 a pain point's severity, + / - an opportunity's
    votes. True when the key was one of these."""
    cards, kind = _cards_of_kind(canvas, card_ids)
    if not cards:
        return False
    if kind is LaneKind.FRICTIONS and text in ("1", "2", "3"):
        set_field(canvas, card_ids, "severity", int(text))
        return True
    if kind is LaneKind.OPPORTUNITIES and (text in ("+", "=", "-") or key == Qt.Key.Key_Minus):
        add_votes(canvas, card_ids, -1 if text == "-" or key == Qt.Key.Key_Minus else 1)
        return True
    return False
