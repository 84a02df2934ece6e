"""Running a workshop, through Qt events on the real window: presentation mode (F5, Page Up /
Page Down, projector looks, Escape), quick capture with authors (one undo step per note),
the author badge and the filter by author, the timebox timer (a fake clock), participants."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget

from mapstudio.core.model import Card, Participant
from mapstudio.files import read_map, write_map
from mapstudio.layout import DEFAULT_STYLE, theme
from tests.app.conftest import sample_map
from tests.app.helpers import type_text

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def shown(window, tmp_path):
    """The window with a map of three stages open, active, the map focused."""
    m = sample_map()
    m.stages.append(m.stages[1].model_copy(update={"id": "s3", "name": "Loyalty", "order": 2}))
    m.participants = [Participant(id="ana", name="Ana María", initials="AM", colour="#d62728")]
    m.cards.append(Card(id="c9", stage="s2", lane="l1", text="Pays online", author="ana"))
    path = tmp_path / "workshop.journey.json"
    write_map(path, m)
    window.open_paths([path])
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    canvas = window.current_canvas()
    canvas.setFocus()
    QApplication.processEvents()
    return window, canvas, path


def key(widget, k, mods=NO) -> None:
    QTest.keyClick(widget, k, mods)
    QApplication.processEvents()


def test_f5_presents_the_map_large_with_a_focused_stage_and_escape_puts_everything_back(shown):
    window, canvas, _path = shown
    scene = canvas.map_scene()
    zoom_before = canvas.zoom_factor()
    docks_before = [d for d in window.findChildren(QDockWidget) if d.isVisible()]
    assert docks_before
    key(canvas, Qt.Key.Key_F5)
    assert window.workshop.presentation.active and window.isFullScreen()
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not any(d.isVisible() for d in window.findChildren(QDockWidget))
    assert not window.tabs.tabBar().isVisible()
    assert scene.geometry.style == theme.PRESENTATION_STYLE
    assert scene.look == theme.PROJECTOR_LIGHT
    assert window.actions.present.isChecked()
    # card text on screen: the font's pixel size times the zoom, at least 18 px
    item = scene.card_item("c1")
    assert item.box.text.size * canvas.zoom_factor() >= 18
    # narrow lane headers: under a sixth of a 1280x720 projector (a fifth before)
    from mapstudio.gui.app.presentation import presentation_zoom

    assert presentation_zoom(720) * theme.PRESENTATION_STYLE.font_size == 24
    assert theme.PRESENTATION_STYLE.header_width * presentation_zoom(720) < 1280 / 6
    # the first stage is in focus; Page Down / Page Up step it
    assert scene.focus_stage == "s1"
    key(canvas, Qt.Key.Key_PageDown)
    assert scene.focus_stage == "s2"
    column = scene.geometry.column("s2")
    left = canvas.mapFromScene(QPointF(column.x, 100)).x()
    right = canvas.mapFromScene(QPointF(column.x + column.width, 100)).x()
    header = scene.geometry.style.header_width * canvas.zoom_factor()
    assert left >= header - 1 and right <= canvas.viewport().width()  # the stage is whole
    key(canvas, Qt.Key.Key_PageDown)
    key(canvas, Qt.Key.Key_PageDown)
    assert scene.focus_stage == "s3"  # the last stays focused
    key(canvas, Qt.Key.Key_PageUp)
    assert scene.focus_stage == "s2"
    # the projector look switches with a key
    key(canvas, Qt.Key.Key_L, CTRL | SHIFT)
    assert scene.look == theme.PROJECTOR_DARK
    assert window.actions.projector_dark.isChecked()  # the menu follows
    # a refused edit is told on the map (no status bar here)
    canvas.message.emit("Cards cannot go there.")
    notice = window.workshop._notice
    assert notice.isVisible() and notice.text() == "Cards cannot go there."
    # the map stays editable: Delete on a selected card removes it (one undo step)
    canvas.select_ids(["c2"])
    key(canvas, Qt.Key.Key_Delete)
    assert window.current_document().get("c2") is None
    key(canvas, Qt.Key.Key_Z, CTRL)
    assert window.current_document().get("c2") is not None
    # Escape leaves and puts back the editor as it was
    canvas.setFocus()
    key(canvas, Qt.Key.Key_Escape)
    assert not window.workshop.presentation.active and not window.isFullScreen()
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert all(d.isVisible() for d in docks_before)
    assert scene.geometry.style == DEFAULT_STYLE and scene.look == theme.EDITOR_LOOK
    assert scene.focus_stage is None and not notice.isVisible()
    assert canvas.zoom_factor() == pytest.approx(zoom_before)
    assert not window.actions.present.isChecked()


def test_the_dark_look_paints_the_map_dark_and_the_focus_veils_other_stages(shown):
    window, canvas, _path = shown
    key(canvas, Qt.Key.Key_F5)
    window.workshop.presentation.set_look("dark")
    scene = canvas.map_scene()
    # narrow lane headers: titles whole under the icon, beside an emotion lane's scale too
    assert scene.lane_item("l2").header._title_lines == ["Emotions"]
    assert scene.lane_item("l3").header._title_lines == ["Touchpoints"]
    geo = scene.geometry
    image = QImage(int(geo.width), int(geo.height), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    scene.render(painter, image.rect(), scene.map_rect().adjusted(40, 40, -40, -40))
    painter.end()
    lane_y = geo.row("l1").y + geo.row("l1").height - 3
    focused = QColor(image.pixel(int(geo.column("s1").x + 4), int(lane_y)))
    veiled = QColor(image.pixel(int(geo.column("s2").x + 4), int(lane_y)))
    assert focused.lightness() < 80  # a dark band
    assert veiled.lightness() < focused.lightness() + 5  # veiled: no lighter than the focus
    key(canvas, Qt.Key.Key_Escape)


def test_quick_capture_types_notes_with_authors_one_undo_step_each(shown):
    window, canvas, path = shown
    doc = window.current_document()
    key(canvas, Qt.Key.Key_F5)
    key(canvas, Qt.Key.Key_N, CTRL | ALT)
    bar = window.workshop.capture_bar
    assert bar.isVisible() and bar.note.hasFocus()
    assert bar.lane_id() == "l1"  # the first lane that takes notes (not the emotions)
    # the author: Tab to the field, initials of someone new, Enter back to the note
    key(bar.note, Qt.Key.Key_Tab)
    assert bar.author.hasFocus()
    type_text(bar.author, "jd")
    assert bar.author_label.text() == "new participant"
    key(bar.author, Qt.Key.Key_Return)
    assert bar.note.hasFocus()
    steps = doc.undo_stack.count()
    for text in ("Sees an ad", "Asks a friend", "Café crème"):
        type_text(bar.note, text)
        key(bar.note, Qt.Key.Key_Return)
        assert bar.note.text() == ""
    assert doc.undo_stack.count() == steps + 3  # one step per note
    notes = [c for c in doc.cards_in_cell("s1", "l1")][-3:]
    assert [c.text for c in notes] == ["Sees an ad", "Asks a friend", "Café crème"]
    jd = next(p for p in doc.map.participants if p.initials == "JD")
    assert {c.author for c in notes} == {jd.id}  # added once, with the first note
    # Down goes to the next lane that takes notes; a known author by initials
    key(bar.note, Qt.Key.Key_Down)
    assert bar.lane_id() == "l3"
    bar.author.setText("am")
    type_text(bar.note, "Instagram story")
    key(bar.note, Qt.Key.Key_Return)
    story = doc.cards_in_cell("s1", "l3")[-1]
    assert (story.text, story.author) == ("Instagram story", "ana")
    # Page Down: the next stage, in presentation mode the focused one
    key(bar.note, Qt.Key.Key_PageDown)
    assert canvas.map_scene().focus_stage == "s2"
    key(bar.note, Qt.Key.Key_1, ALT)
    assert bar.lane_id() == "l1"
    type_text(bar.note, "Compares prices")
    key(bar.note, Qt.Key.Key_Return)
    assert doc.cards_in_cell("s2", "l1")[-1].text == "Compares prices"
    # an empty note adds nothing
    key(bar.note, Qt.Key.Key_Return)
    assert doc.undo_stack.count() == steps + 5
    # Ctrl+Z takes back the last note only
    key(bar.note, Qt.Key.Key_Z, CTRL)
    assert doc.cards_in_cell("s2", "l1")[-1].text == "Pays online"
    # Escape closes the bar, then leaves presentation mode; Ctrl+S saves the authors
    key(bar.note, Qt.Key.Key_Escape)
    assert not bar.isVisible() and canvas.hasFocus()
    key(canvas, Qt.Key.Key_Escape)
    key(canvas, Qt.Key.Key_S, CTRL)
    saved = read_map(path)
    by_text = {c.text: c.author for c in saved.cards}
    assert by_text["Sees an ad"] == jd.id and by_text["Instagram story"] == "ana"
    assert {p.initials for p in saved.participants} == {"AM", "JD"}


def test_undoing_the_first_note_of_a_new_author_takes_the_author_back_too(shown):
    window, canvas, _path = shown
    doc = window.current_document()
    assert not window.actions.next_stage.isEnabled()  # Page Down scrolls the editor's map
    key(canvas, Qt.Key.Key_N, CTRL | ALT)  # from the editor, without presentation mode
    bar = window.workshop.capture_bar
    assert "Awareness" in bar.stage_label.text()
    key(bar.note, Qt.Key.Key_PageDown)  # while capturing, it steps the stage
    assert "Purchase" in bar.stage_label.text()
    key(bar.note, Qt.Key.Key_PageUp)
    assert "Awareness" in bar.stage_label.text()
    bar.author.setText("Zoé Martin")
    type_text(bar.note, "Hesitates")
    key(bar.note, Qt.Key.Key_Return)
    zoe = next(p for p in doc.map.participants if p.name == "Zoé Martin")
    assert zoe.initials == "ZM"
    key(bar.note, Qt.Key.Key_Z, CTRL)
    assert doc.get(zoe.id) is None
    assert all(c.text != "Hesitates" for c in doc.map.cards)
    assert doc.cards_in_cell("s1", "l1")[-1].text == "Visits the shop"
    key(bar.note, Qt.Key.Key_Escape)
    assert not window.actions.next_stage.isEnabled()


def test_the_author_badge_shows_initials_in_colour_and_the_filter_fades_other_notes(shown):
    window, canvas, _path = shown
    scene = canvas.map_scene()
    signed, unsigned = scene.card_item("c9"), scene.card_item("c1")
    assert signed.box.has_badges
    canvas.viewport().grab()  # paint: badges are prepared at the first paint
    canvas.reveal(signed.sceneBoundingRect())
    canvas.viewport().grab()
    mark = signed.badges().mark
    assert (mark.initials, mark.fill, mark.ink) == ("AM", "#d62728", "#ffffff")

    def brightness(item) -> float:
        """The darkest pixel of the card: its text, unless faded."""
        rect = item.sceneBoundingRect()
        image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_RGB32)
        painter = QPainter(image)
        scene.render(painter, image.rect(), rect, Qt.AspectRatioMode.IgnoreAspectRatio)
        painter.end()
        return min(
            QColor(image.pixel(x, y)).lightness()
            for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)
        )

    canvas.horizontalScrollBar().setValue(0)  # no pinned lane header over the card
    QApplication.processEvents()
    before = brightness(unsigned)
    key(canvas, Qt.Key.Key_A, ALT)  # View > Filter by Author > Next Author
    assert window.workshop.author_filter == "ana" and scene.author_filter == "ana"
    assert brightness(unsigned) > before + 80  # another author's note is faded
    # recolouring the participant repaints their badge
    from mapstudio.gui import commands

    commands.update(window.current_document(), "ana", {"colour": "#ffff00", "initials": "AN"})
    scene.flush()
    canvas.viewport().grab()
    assert (signed.badges().mark.initials, signed.badges().mark.ink) == ("AN", "#000000")
    key(canvas, Qt.Key.Key_A, ALT)
    assert scene.author_filter is None


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_timer_starts_pauses_lengthens_resets_and_signals_the_end_gently(shown, monkeypatch):
    window, canvas, _path = shown
    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    clock = FakeClock()
    box = window.workshop.timebox
    box._clock = clock
    key(canvas, Qt.Key.Key_F5)
    display = window.workshop.timer_display
    assert display.isVisible() and display.time_label.text() == "5:00"
    key(canvas, Qt.Key.Key_F8)  # start
    assert box.running
    clock.now += 100.4
    box.tick()
    assert display.time_label.text() == "3:20"
    key(canvas, Qt.Key.Key_F8)  # pause
    clock.now += 500
    box.tick()
    assert not box.running and display.time_label.text() == "3:20"
    key(canvas, Qt.Key.Key_F9)  # a minute more
    assert display.time_label.text() == "4:20"
    key(canvas, Qt.Key.Key_F8)
    clock.now += 259.0
    box.tick()
    assert display.time_label.text() == "0:01" and not beeps
    clock.now += 0.7
    box.tick()
    assert box.over and beeps == [1] and display.pulsing > 0
    assert display.state_label.text() == "Time is up"
    assert window.isFullScreen()  # no dialog: the room goes on
    key(canvas, Qt.Key.Key_F8, CTRL)  # reset
    assert not box.over and display.time_label.text() == "5:00"
    key(canvas, Qt.Key.Key_F9, SHIFT)  # a shorter timebox
    assert display.time_label.text() == "4:00" and box.duration == 240
    key(canvas, Qt.Key.Key_Escape)
    assert not display.isVisible()  # an unused timer is out of the way in the editor


def test_participants_dialog_adds_renames_recolours_and_removes_each_one_undo_step(shown):
    window, canvas, _path = shown
    doc = window.current_document()
    window.actions.participants.trigger()
    dialog = window.workshop.participants_dialog
    start = doc.undo_stack.count()
    type_text(dialog.new_name, "Bo Li")
    key(dialog.new_name, Qt.Key.Key_Return)
    bo = dialog.current_id()
    assert doc.get(bo).initials == "BL" and doc.undo_stack.count() == start + 1
    dialog.name.setFocus()
    dialog.name.selectAll()
    type_text(dialog.name, "Bo Lin")
    key(dialog.name, Qt.Key.Key_Return)
    assert doc.get(bo).name == "Bo Lin" and doc.undo_stack.count() == start + 2
    dialog.colour.swatches[2].click()
    assert doc.get(bo).colour == dialog.colour.swatches[2].colour
    assert doc.undo_stack.count() == start + 3
    # removing Ana unsigns her note in the same step
    for row in range(dialog.list.count()):
        if dialog.list.item(row).data(Qt.ItemDataRole.UserRole) == "ana":
            dialog.list.setCurrentRow(row)
    dialog.remove_button.click()
    assert doc.get("ana") is None and doc.get("c9").author is None
    doc.undo_stack.undo()
    assert doc.get("c9").author == "ana" and dialog.list.count() == 2
    dialog.close()


def test_the_shortcuts_list_has_the_workshop_keys(shown):
    window, _canvas, _path = shown
    window.actions.shortcuts.trigger()
    rows = window.shortcuts_dialog.rows()
    keys = {(k, what) for _section, k, what in rows}
    for expected in (
        ("F5", "Present"),
        ("Ctrl+Alt+N", "Quick Capture"),
        ("PgDown", "Next Stage"),
        ("F8", "Timer › Start or Pause"),
        ("F9", "Timer › Add a Minute"),
        ("Ctrl+Shift+L", "Projector Theme › Switch Light and Dark"),
        ("Alt+A", "Filter by Author › Next Author"),
    ):
        assert expected in keys, expected
    assert any(what == "Leave presentation mode" for _s, _k, what in rows)
    assert any(what == "Undo" for _s, _k, what in rows)  # not "Undo <the last step>"
    window.shortcuts_dialog.filter.setText("timer")
    assert {what for _s, _k, what in window.shortcuts_dialog.rows()} >= {"Timer › Reset"}
    window.shortcuts_dialog.close()


def test_a_click_on_a_card_in_presentation_mode_selects_it(shown):
    window, canvas, _path = shown
    key(canvas, Qt.Key.Key_F5)
    item = canvas.map_scene().card_item("c1")
    canvas.reveal(item.sceneBoundingRect())
    centre = canvas.mapFromScene(item.sceneBoundingRect().center())
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, NO, QPoint(centre))
    assert canvas.selected_ids() == ["c1"]
    key(canvas, Qt.Key.Key_Escape)


def test_f11_is_plain_full_screen_and_back(shown):
    window, canvas, _path = shown
    before = window.geometry()
    key(canvas, Qt.Key.Key_F11)
    assert window.isFullScreen() and window.actions.full_screen.isChecked()
    assert window.menuBar().isVisible() and not window.workshop.presentation.active
    key(canvas, Qt.Key.Key_F11)
    assert not window.isFullScreen() and not window.actions.full_screen.isChecked()
    assert window.geometry() == before
