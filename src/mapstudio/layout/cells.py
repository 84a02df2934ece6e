"""One cell's boxes: its metrics and cards, text fitted, stacked top to bottom; and the fast
path that re-measures only what an edit touched."""

from __future__ import annotations

import itertools
from collections.abc import Container

from mapstudio.core.metrics import metric_text
from mapstudio.core.model import Card, Image, Lane, LaneKind, MetricValue

# The module, not its names: layout.badges imports layout.theme, which loads this package first.
from mapstudio.layout import badges as card_badges
from mapstudio.layout.source import MapSource
from mapstudio.layout.style import LayoutStyle
from mapstudio.layout.textfit import LINE_SPACING, FittedText, fit
from mapstudio.records import record


@record
class Box:
    """A card or metric in its cell: x, y relative to the cell's top-left corner."""

    id: str
    kind: str  # "card" | "metric"
    x: float
    y: float
    width: float
    height: float
    text: FittedText
    has_badges: bool
    text_top: float  # offset of the first text line's top from the box's top
    image_height: float = 0.0  # the card's picture band, at card_padding from its top (0: none)
    badge_rows: int = 0  # rows of badges right above the text (layout.badges.badge_strip)


_serials = itertools.count(1)


class CellGeom:
    """A cell's boxes (metrics first, then cards, top to bottom).

    ``head``, ``tail``, ``tail_moved`` and ``based_on`` say what a re-measure kept, so that a
    view can touch only the rest: the first ``head`` boxes are the very boxes of the measure
    ``based_on`` (its ``serial``), the last ``tail`` are its last ``tail`` boxes, the same
    objects unless ``tail_moved`` (then copies at their new y). ``based_on`` is 0 when the
    cell was measured from scratch.

    (A plain class, not a dataclass: defining one compiles its methods from generated source
    when the module is imported, before the first window.)"""

    __hash__ = None  # mutable, compared by value

    def __init__(
        self,
        stage: str,
        lane: str,
        boxes: list[Box],
        content_height: float,
        cards: int = 0,  # how many of the boxes are cards (the rest are metrics)
        head: int = 0,
        tail: int = 0,
        tail_moved: bool = False,
        based_on: int = 0,
        serial: int | None = None,
    ) -> None:
        self.stage = stage
        self.lane = lane
        self.boxes = boxes
        self.content_height = content_height
        self.cards = cards
        # bookkeeping, not geometry: two measures of the same cell are equal whatever their
        # history (left out of == and repr)
        self.head = head
        self.tail = tail
        self.tail_moved = tail_moved
        self.based_on = based_on
        self.serial = next(_serials) if serial is None else serial

    def _geometry(self) -> tuple[str, str, list[Box], float, int]:
        return self.stage, self.lane, self.boxes, self.content_height, self.cards

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._geometry() == other._geometry()  # type: ignore[attr-defined]

    def __repr__(self) -> str:
        return (
            f"CellGeom(stage={self.stage!r}, lane={self.lane!r}, boxes={self.boxes!r}, "
            f"content_height={self.content_height!r}, cards={self.cards!r})"
        )


def measure_cell(
    source: MapSource,
    stage_id: str,
    lane: Lane,
    style: LayoutStyle,
    previous: CellGeom | None = None,
    edited: Container[str] | None = None,
) -> CellGeom:
    """The cell's boxes stacked from the top. Boxes equal to ``previous`` ones are reused, so a
    re-measured cell of many cards allocates only for those that changed. With ``edited`` (the
    ids of the cards changed since ``previous``, the lane's kind unchanged) the other cards
    keep their measures and only move: no text fitting for them, and the runs of unedited
    boxes at the top and the bottom of the cell are taken over whole (see ``CellGeom``)."""
    if (
        edited is not None
        and previous is not None
        and isinstance(edited, (set, frozenset))
        and lane.kind is not LaneKind.EMOTIONS
    ):
        return _remeasure(source, stage_id, lane, style, previous, edited)
    boxes: list[Box] = []
    y = style.cell_padding
    cards = 0
    language = source.map.language
    if lane.kind is not LaneKind.EMOTIONS:
        for v in source.metrics_in_cell(stage_id, lane.id):
            box = measure_box(v.id, "metric", metric_text(v, language), False, style, y)
            boxes.append(box)
            y += box.height + style.card_gap
        reuse = {b.id: b for b in previous.boxes} if previous else {}
        text_width, card_width = style.text_width, style.card_width
        max_lines, size, min_size = style.max_lines, style.font_size, style.min_font_size
        pad, gap, card_pad = style.cell_padding, style.card_gap, style.card_padding
        min_height, badge_row = style.min_card_height, style.badge_row
        for c in source.cards_in_cell(stage_id, lane.id):
            old = reuse.get(c.id)
            if edited is not None and old is not None and old.kind == "card" and c.id not in edited:
                if old.y != y:  # shifted by a card above that came, went or changed height
                    old = _shifted(old, y)
                boxes.append(old)
                cards += 1
                y += old.height + gap
                continue
            rows = card_badges.badge_strip(c, lane.kind, text_width, language, badge_row).rows
            badges = rows > 0
            fitted = fit(c.text, text_width, max_lines, size, min_size)
            badge = badge_row * rows
            picture = image_height(c.image, lane.kind, style)
            if (
                old is not None
                and old.y == y
                and old.badge_rows == rows
                and old.kind == "card"
                and (old.text is fitted or old.text == fitted)
                and old.width == card_width
                and old.image_height == picture
            ):
                box = old
            else:  # the same values as _measured_card
                above = picture + card_pad if picture else 0.0
                height = max(min_height, 2 * card_pad + above + badge + fitted.height)
                box = Box(
                    c.id,
                    "card",
                    pad,
                    y,
                    card_width,
                    height,
                    fitted,
                    badges,
                    card_pad + above + badge,
                    picture,
                    rows,
                )
            boxes.append(box)
            cards += 1
            y += box.height + gap
    content = y - style.card_gap + style.cell_padding if boxes else 0.0
    return CellGeom(stage_id, lane.id, boxes, content, cards)


def _remeasure(
    source: MapSource,
    stage_id: str,
    lane: Lane,
    style: LayoutStyle,
    previous: CellGeom,
    edited: set[str] | frozenset[str],
) -> CellGeom:
    """``measure_cell`` after edits to the cards and metrics in ``edited``: the same boxes, at
    the cost of the stretch between the first and the last edited box (plus a y per box
    below it when that stretch changed height). A run of unedited boxes that starts (or
    ends) both the old and the new cell keeps its boxes: same ids in the same order, none
    edited, so the same measures at the same y (or shifted by the same amount)."""
    metrics = source.metrics_in_cell(stage_id, lane.id)
    cards = source.cards_in_cell(stage_id, lane.id)
    items: list[Card | MetricValue] = metrics + cards if metrics else cards  # type: ignore[assignment]
    old = previous.boxes
    n, m = len(items), len(old)
    limit = min(n, m)
    head = 0
    while head < limit:
        obj_id = items[head].id
        if obj_id != old[head].id or obj_id in edited:
            break
        head += 1
    tail = 0
    limit -= head
    while tail < limit:
        obj_id = items[n - 1 - tail].id
        if obj_id != old[m - 1 - tail].id or obj_id in edited:
            break
        tail += 1
    gap = style.card_gap
    boxes = old[:head]
    if head:
        last = old[head - 1]
        y = last.y + (last.height + gap)  # the very float the full loop computes
    else:
        y = style.cell_padding
    reuse = {b.id: b for b in old[head : m - tail]}
    for obj in items[head : n - tail]:
        if not isinstance(obj, Card):
            box = measure_box(
                obj.id, "metric", metric_text(obj, source.map.language), False, style, y
            )
        else:
            box = reuse.get(obj.id)
            if box is None or box.kind != "card" or obj.id in edited:
                box = _measured_card(obj, lane.kind, style, y, box, source.map.language)
            elif box.y != y:
                box = _shifted(box, y)
        boxes.append(box)
        y += box.height + gap
    moved = False
    if tail:
        kept = old[m - tail :]
        if kept[0].y == y:
            boxes.extend(kept)
            last = kept[-1]
            y = last.y + (last.height + gap)
        else:  # every box below moves by the same amount: _shifted, inlined (hot loop)
            moved = True
            append, new, set_attr = boxes.append, object.__new__, object.__setattr__
            for box in kept:
                fields = box.__dict__.copy()
                fields["y"] = y
                copy = new(Box)
                set_attr(copy, "__dict__", fields)
                append(copy)
                y += box.height + gap
    content = y - gap + style.cell_padding if boxes else 0.0
    return CellGeom(
        stage_id,
        lane.id,
        boxes,
        content,
        len(cards),
        head,
        tail,
        moved,
        previous.serial,
    )


def _measured_card(
    card: Card, kind: LaneKind, style: LayoutStyle, y: float, old: Box | None, language: str
) -> Box:
    """A card's box at ``y``: ``old`` itself when nothing about it changed."""
    strip = card_badges.badge_strip(card, kind, style.text_width, language, style.badge_row)
    rows = strip.rows
    fitted = fit(card.text, style.text_width, style.max_lines, style.font_size, style.min_font_size)
    picture = image_height(card.image, kind, style)
    if (
        old is not None
        and old.y == y
        and old.badge_rows == rows
        and old.kind == "card"
        and (old.text is fitted or old.text == fitted)
        and old.width == style.card_width
        and old.image_height == picture
    ):
        return old
    badge = style.badge_row * rows
    pad = style.card_padding
    above = picture + pad if picture else 0.0
    height = max(style.min_card_height, 2 * pad + above + badge + fitted.height)
    return Box(
        card.id,
        "card",
        style.cell_padding,
        y,
        style.card_width,
        height,
        fitted,
        rows > 0,
        pad + above + badge,
        picture,
        rows,
    )


AVERAGE_ADVANCE = 0.56  # DejaVu Sans's mean advance of French text, in ems (wrapping aside)


def estimated_card_height(card: Card, kind: LaneKind, style: LayoutStyle) -> float:
    """About the height of a card's box, without fitting its text (microseconds, not the
    tenth of a millisecond of a first fit): its characters' mean width over the text width,
    a line in ten lost to wrapping, plus badges and picture as ``measure_cell`` adds them."""
    per_line = style.text_width / (AVERAGE_ADVANCE * style.font_size)
    lines = min(style.max_lines, max(1, -int(-len(card.text) * 1.1 // per_line)))
    text = lines * style.font_size * LINE_SPACING
    badge = style.badge_row if card_badges.card_has_badges(card, kind) else 0.0
    picture = image_height(card.image, kind, style)
    above = picture + style.card_padding if picture else 0.0
    return max(style.min_card_height, 2 * style.card_padding + above + badge + text)


def image_height(image: Image | None, kind: LaneKind, style: LayoutStyle) -> float:
    """The height of a card's picture band: the picture at the card's text width, capped so that
    a tall picture does not swallow the lane (a storyboard's pictures get the most room)."""
    if image is None:
        return 0.0
    cap = style.storyboard_image_height if kind is LaneKind.STORYBOARD else style.image_height
    return min(cap, style.text_width * image.height / image.width)


def image_frame(image: Image, box: Box, style: LayoutStyle) -> tuple[float, float, float, float]:
    """Where a card's picture is drawn, relative to the card's top-left corner: x, y, width,
    height, its aspect kept and centred in the picture band (the canvas and the poster agree)."""
    band_w, band_h = style.text_width, box.image_height
    scale = min(band_w / image.width, band_h / image.height)
    w, h = image.width * scale, image.height * scale
    return style.card_padding + (band_w - w) / 2, style.card_padding + (band_h - h) / 2, w, h


def _shifted(box: Box, y: float) -> Box:
    """``box`` at another y. Equal to ``Box(...)`` with the same fields (tested), but about four
    times cheaper than a frozen dataclass's ``__init__``: a long cell shifts many boxes."""
    fields = box.__dict__.copy()
    fields["y"] = y
    new = object.__new__(Box)
    object.__setattr__(new, "__dict__", fields)
    return new


def measure_box(
    obj_id: str, kind: str, text: str, has_badges: bool, style: LayoutStyle, y: float
) -> Box:
    fitted = fit(text, style.text_width, style.max_lines, style.font_size, style.min_font_size)
    badge = style.badge_row if has_badges else 0.0
    height = max(style.min_card_height, 2 * style.card_padding + badge + fitted.height)
    return Box(
        obj_id,
        kind,
        style.cell_padding,
        y,
        style.card_width,
        height,
        fitted,
        has_badges,
        style.card_padding + badge,
    )
