"""Reloading a file another program changed in one card redraws that card alone."""

from __future__ import annotations

from mapstudio.files import dump_map, read_map, write_atomic
from mapstudio.gui.app import fileops
from mapstudio.gui.app.guard import SessionGuard
from mapstudio.gui.canvas import items
from mapstudio.gui.canvas.view import MapCanvas
from tests.foundation.conftest import EXAMPLES

QUIET = type("P", (), {"autosave_seconds": 3600})()


def test_reload_of_one_changed_card_updates_one_card_item(
    qtbot, window, tmp_path, answers, monkeypatch
):
    path = tmp_path / "smartphone.journey.json"
    path.write_bytes((EXAMPLES / "smartphone-en.journey.json").read_bytes())
    guard = SessionGuard(window, QUIET)
    doc = fileops.open_document(path)
    window.add_document(doc)
    canvas = MapCanvas(doc)
    qtbot.addWidget(canvas)
    canvas.resize(1000, 700)
    canvas.show()
    qtbot.waitExposed(canvas)
    scene = canvas.map_scene()
    # Every card's and metric's item made first: a view makes those out of sight while idle,
    # and that must not count as a refill.
    survivors = {item.obj_id: item for item in scene.every_card_item()}
    scene.flush()
    target = read_map(path).cards[5]
    assert scene.card_item(target.id) is not None

    changes = []
    doc.changed.connect(changes.append)
    filled: list[str] = []
    original = items.CardItem.set_content

    def counting(self, *args, **kwargs):
        filled.append(self.obj_id)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(items.CardItem, "set_content", counting)

    other = read_map(path)
    other.cards[5].text = "Changed by a colleague"
    answers.queue("Reload")
    write_atomic(path, dump_map(other))
    qtbot.waitUntil(lambda: doc.get(target.id).text == "Changed by a colleague", timeout=5000)
    scene.flush()

    assert [(c.collection, c.action, c.ids) for c in changes] == [
        ("cards", "updated", (target.id,))
    ]
    assert filled == [target.id]  # one card item refilled, no item rebuilt
    assert all(scene.card_item(i) is item for i, item in survivors.items())
    assert dump_map(doc.map) == dump_map(other) and not doc.is_modified()
    guard.shutdown()
