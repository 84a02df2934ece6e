"""Card badges read at 100 % on a laptop screen, say a touchpoint's channel and an
opportunity's owner, and explain themselves in tooltips (not the card's text again)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor

from mapstudio.gui import commands
from tests.canvas.conftest import card_pt, tooltip_at, vp


def _badge(canvas, card_id: str, key: str) -> tuple[str, QPointF, QRectF]:
    """The badge ``key`` of a card: its words, the scene point at its middle, its scene rect."""
    scene = canvas.map_scene()
    scene.flush()
    item = scene.card_item(card_id)
    prepared = item.badges()
    placed = next(p for p in prepared.strip.badges if p.words.key == key)
    from mapstudio.layout import theme

    local = QRectF(
        prepared.left + placed.x, prepared.top + placed.y, placed.width, theme.BADGE_HEIGHT
    )
    rect = item.mapRectToScene(local)
    return placed.text, rect.center(), rect


def _ink_rows(canvas, rect: QRectF) -> int:
    """How many pixel rows of ``rect`` (scene) hold dark ink on the shown viewport."""
    top_left = vp(canvas, rect.topLeft())
    image = canvas.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    rows = 0
    height, width = round(rect.height() * ratio), round(rect.width() * ratio)
    x0, y0 = round(top_left.x() * ratio), round(top_left.y() * ratio)
    for y in range(y0 + 2, y0 + height - 2):
        if any(QColor(image.pixel(x, y)).lightness() < 150 for x in range(x0 + 6, x0 + width - 6)):
            rows += 1
    return rows


def test_badges_read_at_100_percent_and_name_the_channel(canvas):
    canvas.set_zoom(1.0)
    words, middle, rect = _badge(canvas, "t4", "channel")
    assert words == "✉ Email"  # the channel's name, not only its glyph
    assert rect.height() >= 15 and canvas.zoom_factor() == 1.0
    # 10 px type: its capitals stand over 7 pixels tall (the 8 px type before: under 6)
    assert _ink_rows(canvas, rect) >= 7
    online, _, _ = _badge(canvas, "t4", "online")
    assert online == "online"


def test_each_badge_explains_itself_and_the_card_lists_them(canvas):
    _, middle, _ = _badge(canvas, "t4", "channel")
    assert tooltip_at(canvas, middle) == "Touchpoint channel: Email"
    _, middle, _ = _badge(canvas, "o1", "votes")
    assert tooltip_at(canvas, middle) == "Workshop votes: 4 votes"
    _, middle, _ = _badge(canvas, "f2", "severity")
    assert tooltip_at(canvas, middle) == "Severity: critical (3 of 3)"
    # elsewhere on the card: what each badge means, and not the card's text again
    item = canvas.map_scene().card_item("o1")
    body = item.mapToScene(QPointF(item.box.width / 2, item.box.height - 6))
    tip = tooltip_at(canvas, body)
    assert "Impact: high, the benefit expected" in tip
    assert "Effort: low, the work it takes" in tip
    assert "Show delivery cost early" not in tip
    plain = canvas.map_scene().card_item("c1")  # no badges: no tooltip repeating its text
    assert tooltip_at(canvas, plain.mapToScene(plain.boundingRect().center())) == ""


def test_an_opportunitys_owner_is_shown_and_undone(canvas, doc):
    height = canvas.map_scene().card_item("o1").box.height
    commands.update(doc, "o1", {"owner": "Digital team"})
    words, middle, _ = _badge(canvas, "o1", "owner")
    assert words == "owner: Digital team"
    assert tooltip_at(canvas, middle) == "Owner: Digital team, who takes it forward"
    assert canvas.map_scene().card_item("o1").box.height >= height  # rows kept for the badges
    doc.undo_stack.undo()
    canvas.map_scene().flush()
    item = canvas.map_scene().card_item("o1")
    assert all(p.words.key != "owner" for p in item.badges().strip.badges)
    assert card_pt(canvas, "o1") is not None


def test_badges_that_do_not_fit_leave_a_row_count_the_layout_keeps(canvas, doc):
    tags = [f"theme{i}" for i in range(14)]
    commands.update(doc, "o1", {"tags": tags, "owner": "Customer service team"})
    canvas.map_scene().flush()
    item = canvas.map_scene().card_item("o1")
    strip = item.badges().strip
    assert strip.rows == item.box.badge_rows == 3  # at most three rows, reserved by the layout
    assert not strip.complete and strip.badges[-1].text == "…"
    # every badge is still said in the card's tooltip
    tip = tooltip_at(canvas, item.mapToScene(QPointF(item.box.width / 2, item.box.height - 6)))
    assert "theme13" in tip


def test_a_short_badge_fills_the_room_a_long_one_left_in_the_maps_language(canvas, doc):
    commands.update(doc, "o1", {"owner": "E-commerce", "evidence": "proposed", "effort": 2})
    commands.update(doc, doc.map.id, {"language": "fr"})  # longer words, rows again
    canvas.map_scene().flush()
    item = canvas.map_scene().card_item("o1")
    strip = item.badges().strip
    words = [p.text for p in strip.badges]
    assert "4 votes" in words and "responsable\u00a0: E-commerce" in words
    assert "○ proposé" in words and strip.complete  # all of them within three rows
    assert strip.rows == item.box.badge_rows <= 3
    # each row's badges side by side, inside the card's text width
    width = canvas.map_scene().geometry.style.text_width
    for a in strip.badges:
        assert a.x + a.width <= width + 0.01
        for b in strip.badges:
            if a is not b and a.y == b.y:
                assert a.x + a.width <= b.x or b.x + b.width <= a.x
