"""The personas dock: add, edit every field, colour, remove with confirmation, curve choice."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QMessageBox

from mapstudio.core.model import Curve
from tests.app.helpers import trigger, type_text


def test_add_edit_and_remove_a_persona(window, map_file, monkeypatch):
    doc = window.files.open_path(map_file)
    panel = window.personas
    trigger(window, "personas")
    assert window.personas_dock.isVisible()
    panel.add_button.click()
    assert len(doc.map.personas) == 2
    new = doc.map.personas[1]
    assert panel.current_id() == new.id
    name = panel.fields["name"]
    name.selectAll()
    type_text(name, "Léa")
    type_text(panel.fields["goals"], "Find a gift\nPay less")
    type_text(panel.fields["quote"], "« Je compare tout »")
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#123456"))
    panel.fields["colour"].button.click()
    persona = doc.get(new.id)
    assert persona.name == "Léa"
    assert persona.goals == ["Find a gift", "Pay less"]
    assert persona.quote == "« Je compare tout »"
    assert persona.colour == "#123456"
    assert panel.list.currentItem().text() == "Léa"

    trigger(window, "undo")  # the colour
    assert doc.get(new.id).colour != "#123456"
    trigger(window, "undo")  # the quote, typed in one session
    assert doc.get(new.id).quote == ""
    assert panel.fields["quote"].toPlainText() == ""

    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda parent, title, text, *a: asked.append(text) or answers.pop(0),
    )
    panel.remove_button.click()  # cancelled
    assert len(doc.map.personas) == 2 and "Léa" in asked[0]
    panel.remove_button.click()
    assert [p.name for p in doc.map.personas] == ["Paul"]
    assert panel.list.count() == 1
    trigger(window, "undo")
    assert [p.name for p in doc.map.personas] == ["Paul", "Léa"]


def test_removing_a_persona_takes_its_curve_and_undo_restores_it(window, map_file, monkeypatch):
    doc = window.files.open_path(map_file)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.personas.select_persona("p1")
    window.personas.remove_button.click()
    assert doc.map.personas == [] and doc.map.emotion_points == []
    assert not window.personas.remove_button.isEnabled()
    trigger(window, "undo")
    assert [p.id for p in doc.map.emotion_points] == ["e1"]


def test_curve_choice_goes_to_the_canvas(window, map_file):
    doc = window.files.open_path(map_file)
    canvas = window.current_canvas()
    window.personas.add_button.click()
    second = doc.map.personas[1].id
    window.personas.select_persona(second)
    assert canvas.current_persona() == second
    window.personas.select_persona("p1")
    calls = []
    canvas.set_current_curve = calls.append
    curve = window.personas.curve
    curve.setCurrentIndex(curve.findData(Curve.TO_BE))
    curve.activated.emit(curve.currentIndex())
    assert calls[-1] == Curve.TO_BE
