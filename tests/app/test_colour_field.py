"""A card's colour field is a row of swatches: "no colour" (an empty swatch struck through),
the lanes' card fills, and "Other colour…"; picked with the mouse or the keyboard, one undo step
each, names translated."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QColorDialog

from mapstudio.core.model import LaneKind
from mapstudio.layout import theme
from tests.app.helpers import trigger

BLUE = theme.LANE_STYLES[LaneKind.TOUCHPOINTS].fill


def _colour_field(window, map_file):
    doc = window.files.open_path(map_file)
    window.current_canvas().select_ids(["c1"])
    return doc, window.inspector.card_form.fields["colour"]


def _pixel(widget, x: int, y: int) -> QColor:
    return widget.grab().toImage().pixelColor(x, y)


def test_swatches_show_colours_not_text_and_have_names(window, map_file):
    _doc, field = _colour_field(window, map_file)
    none, presets, other = field.none_swatch, field.swatches[1:-1], field.button
    assert none.isChecked() and not any(s.isChecked() for s in [*presets, other])
    assert other.rainbow  # "Other colour…" reads as a colour wheel until a colour is picked
    for swatch in field.swatches:
        assert swatch.text() == "" and swatch.isVisibleTo(window)  # a swatch, not a label
        assert swatch.accessibleName() and swatch.toolTip() == swatch.accessibleName()
    assert none.accessibleName() == "No colour (the lane's colour)"
    assert [s.accessibleName() for s in presets][:2] == ["Yellow", "Blue"]
    # drawn: "no colour" is white, struck through in red corner to corner; presets their colour
    size = none.width()
    red = _pixel(none, size // 2, size // 2)
    assert red.red() > red.green() + 60  # the red stroke crosses the centre
    assert _pixel(none, size // 2 - 4, size // 2 - 4).name() == "#ffffff"
    assert _pixel(presets[1], size // 2, size // 2).name() == BLUE


def test_mouse_picks_a_preset_and_no_colour_one_undo_step_each(window, map_file, monkeypatch):
    doc, field = _colour_field(window, map_file)
    blue = field.swatches[2]
    depth = doc.undo_stack.count()
    QTest.mouseClick(blue, Qt.MouseButton.LeftButton, pos=QPoint(11, 11))
    assert doc.get("c1").colour == BLUE and blue.isChecked()
    assert not field.none_swatch.isChecked()
    QTest.mouseClick(blue, Qt.MouseButton.LeftButton, pos=QPoint(11, 11))  # again: no edit
    assert doc.undo_stack.count() == depth + 1 and blue.isChecked()
    QTest.mouseClick(field.none_swatch, Qt.MouseButton.LeftButton, pos=QPoint(11, 11))
    assert doc.get("c1").colour is None and field.none_swatch.isChecked()
    trigger(window, "undo")
    assert doc.get("c1").colour == BLUE and blue.isChecked()  # the field follows undo
    # "Other colour…": the dialog's colour, shown in that swatch; cancel changes nothing
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor())
    QTest.mouseClick(field.button, Qt.MouseButton.LeftButton, pos=QPoint(11, 11))
    assert doc.get("c1").colour == BLUE and blue.isChecked() and not field.button.isChecked()
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#123456"))
    QTest.mouseClick(field.button, Qt.MouseButton.LeftButton, pos=QPoint(11, 11))
    assert doc.get("c1").colour == "#123456" and field.button.isChecked()
    assert _pixel(field.button, 11, 11).name() == "#123456"
    assert field.button.accessibleName() == "Other colour… #123456"
    trigger(window, "undo")
    assert field.button.accessibleName() == "Other colour…" and blue.isChecked()


def _key(key: Qt.Key, mods=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, mods)


def test_keyboard_tabs_into_the_row_moves_with_arrows_and_picks_with_space(
    window, map_file, monkeypatch
):
    doc, field = _colour_field(window, map_file)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    window.inspector.card_form.fields["text"].setFocus()
    _key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field.none_swatch  # the row's one Tab stop: the chosen
    _key(Qt.Key.Key_Right)
    _key(Qt.Key.Key_Right)
    assert QApplication.focusWidget() is field.swatches[2]
    assert doc.get("c1").colour is None  # moving is not picking
    _key(Qt.Key.Key_Space)
    assert doc.get("c1").colour == BLUE
    _key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.inspector.card_form.fields["tags"]
    _key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is field.swatches[2]
    _key(Qt.Key.Key_Home)
    assert QApplication.focusWidget() is field.none_swatch
    _key(Qt.Key.Key_Left)  # stays at the first
    assert QApplication.focusWidget() is field.none_swatch
    _key(Qt.Key.Key_Return)
    assert doc.get("c1").colour is None
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#abcdef"))
    _key(Qt.Key.Key_End)
    assert QApplication.focusWidget() is field.button
    _key(Qt.Key.Key_Return)
    assert doc.get("c1").colour == "#abcdef"


def test_names_are_french_in_french(qapp):
    from PySide6.QtCore import QLocale

    from mapstudio.gui import i18n
    from mapstudio.gui.app.colour_field import ColourField

    before, locale = i18n.current_language(), QLocale()
    i18n.install_translators(qapp, "fr")
    try:
        field = ColourField()
        assert field.none_swatch.accessibleName() == "Aucune couleur (celle du couloir)"
        assert field.button.toolTip() == "Autre couleur…"
    finally:
        i18n.install_translators(qapp, before)
        QLocale.setDefault(locale)


def test_persona_colour_has_no_empty_swatch_and_picks_a_preset(window, map_file):
    doc = window.files.open_path(map_file)
    trigger(window, "personas")
    field = window.personas.fields["colour"]
    assert field.none_swatch is None  # a persona always has a colour
    assert [s.colour for s in field.swatches[:-1]] == theme.PERSONA_COLOURS
    assert field.swatches[0].isChecked()  # Paul has the first persona colour
    red = field.swatches[1]
    QTest.mouseClick(red, Qt.MouseButton.LeftButton, pos=QPoint(11, 11))
    assert doc.get("p1").colour == theme.PERSONA_COLOURS[1] and red.isChecked()
    trigger(window, "undo")
    assert doc.get("p1").colour == theme.PERSONA_COLOURS[0] and field.swatches[0].isChecked()
