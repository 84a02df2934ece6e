"""Pictures in the editor through Qt events: an image file dropped on a card sets its picture, on
a cell makes a new card; a bad file is refused with a message and changes nothing; Ctrl+V with
an image on the clipboard; the inspector's Remove button and text alternative; a persona's
photo. Each change is one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from mapstudio.gui.app.personas_panel import PersonasPanel
from mapstudio.gui.canvas.view import MapCanvas
from tests.app.helpers import trigger, type_text
from tests.canvas.conftest import card_pt, cell_pt, vp
from tests.images.pictures import picture_bytes


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def drop_file(canvas: MapCanvas, scene_pt: QPointF, path: Path) -> QDropEvent:
    """Drag the file in from outside (enter, move) and drop it at ``scene_pt``."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    pos = vp(canvas, scene_pt)
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(canvas.viewport(), QDragEnterEvent(pos, *args))
    QApplication.sendEvent(canvas.viewport(), QDragMoveEvent(pos, *args))
    event = QDropEvent(QPointF(pos), *args)
    QApplication.sendEvent(canvas.viewport(), event)
    return event


def test_a_file_dropped_on_a_card_becomes_its_picture(canvas, doc, tmp_path):
    photo = _file(tmp_path, "shop.jpg", picture_bytes(2000, 1500))
    height = canvas.map_scene().card_item("c1").box.height
    accepted = drop_file(canvas, card_pt(canvas, "c1"), photo).isAccepted()
    assert accepted
    image = doc.get("c1").image
    assert (image.mime, image.width, image.height) == ("image/jpeg", 1600, 1200)
    canvas.map_scene().flush()
    item = canvas.map_scene().card_item("c1")
    assert item.box.image_height > 0 and item.box.height > height  # the card makes room
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.get("c1").image is None


def test_a_file_dropped_on_a_cell_makes_a_card_with_it(canvas, doc, tmp_path):
    drawing = _file(tmp_path, "flow.png", picture_bytes(300, 200, fmt="PNG"))
    before = [c.id for c in doc.cards_in_cell("s3", "notes")]
    drop_file(canvas, cell_pt(canvas, "s3", "notes", dy=-8), drawing)
    cards = doc.cards_in_cell("s3", "notes")
    assert len(cards) == len(before) + 1
    new = next(c for c in cards if c.id not in before)
    assert new.image is not None and new.image.mime == "image/png"
    assert canvas.selected_ids() == [new.id] and doc.undo_stack.count() == 1


def test_a_bad_file_is_refused_and_changes_nothing(canvas, doc, tmp_path, qtbot):
    messages: list[str] = []
    canvas.message.connect(messages.append)
    text = _file(tmp_path, "notes.png", b"this is not a picture at all")
    accepted = drop_file(canvas, card_pt(canvas, "c1"), text).isAccepted()
    assert not accepted
    assert doc.get("c1").image is None and doc.undo_stack.count() == 0
    assert len(messages) == 1 and "not an image" in messages[0] and "\n" not in messages[0]


def test_ctrl_v_with_an_image_on_the_clipboard(window, map_file):
    from tests.app.conftest import choose_cell

    doc = window.files.open_path(map_file)
    canvas = window.current_canvas()
    image = QImage.fromData(picture_bytes(640, 480, "#884488", "PNG"))
    mime = QMimeData()
    mime.setImageData(image)
    QApplication.clipboard().setMimeData(mime)
    choose_cell(canvas, doc, "s2", "l1")
    canvas.setFocus()
    QTest.keyClick(canvas.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    cards = doc.cards_in_cell("s2", "l1")
    assert len(cards) == 1 and cards[0].image is not None
    assert (cards[0].image.width, cards[0].image.height) == (640, 480)
    assert doc.undo_stack.count() == 1
    # With the card selected, a second paste replaces its picture: one more step.
    mime = QMimeData()
    mime.setImageData(QImage.fromData(picture_bytes(100, 50, fmt="PNG")))
    QApplication.clipboard().setMimeData(mime)
    canvas.select_ids([cards[0].id])
    QTest.keyClick(canvas.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert doc.get(cards[0].id).image.width == 100 and doc.undo_stack.count() == 2


def test_inspector_sets_alt_text_and_removes_the_picture(window, map_file, tmp_path):
    doc = window.files.open_path(map_file)
    canvas = window.current_canvas()
    canvas.select_ids(["c1"])
    field = window.findChild(QPushButton, "ImageChoose").parentWidget()
    assert field.load_file(str(_file(tmp_path, "a.jpg", picture_bytes(500, 400))))
    assert doc.get("c1").image.width == 500
    type_text(field.alt, "Shop front")
    assert doc.get("c1").image.alt == "Shop front"
    field.alt.clearFocus()
    QTest.mouseClick(field.remove, Qt.MouseButton.LeftButton)
    assert doc.get("c1").image is None
    assert doc.undo_stack.count() == 3  # choose, type (merged), remove
    doc.undo_stack.undo()
    assert doc.get("c1").image.alt == "Shop front"
    # a bad file is one sentence under the inspector, and nothing changes
    assert not field.load_file(str(_file(tmp_path, "b.png", b"nope")))
    assert doc.undo_stack.count() == 3
    inspector_error = window.findChild(QLabel, "InspectorError")
    assert "not an image" in inspector_error.text()


def test_a_persona_photo_in_the_personas_panel(window, map_file, tmp_path):
    doc = window.files.open_path(map_file)
    trigger(window, "personas")
    personas = window.personas
    assert isinstance(personas, PersonasPanel)
    personas.select_persona("p1")
    photo = personas.fields["photo"]
    assert photo.load_file(str(_file(tmp_path, "face.jpg", picture_bytes(600, 800))))
    assert doc.get("p1").photo.height == 800 and doc.undo_stack.count() == 1
    assert not personas.list.currentItem().icon().isNull()
    QTest.mouseClick(photo.remove, Qt.MouseButton.LeftButton)
    assert doc.get("p1").photo is None and doc.undo_stack.count() == 2


def test_a_card_with_its_picture_copies_and_pastes_whole(window, map_file, tmp_path):
    from tests.app.conftest import choose_cell

    doc = window.files.open_path(map_file)
    canvas = window.current_canvas()
    drop_file(
        canvas, card_pt(canvas, "c1"), _file(tmp_path, "p.png", picture_bytes(90, 60, fmt="PNG"))
    )
    picture = doc.get("c1").image
    canvas.select_ids(["c1"])
    trigger(window, "copy")
    choose_cell(canvas, doc, "s2", "l1")
    canvas.select_ids([])
    trigger(window, "paste")
    (pasted,) = doc.cards_in_cell("s2", "l1")
    assert pasted.id != "c1" and pasted.image == picture and pasted.text == "Searches the web"
