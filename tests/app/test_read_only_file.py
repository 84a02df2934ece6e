"""File > Save on a map whose file is read-only (mode 0444): the file is left alone, the
window says why, then offers Save As; the map is saved under the new name."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from mapstudio.files import read_map
from mapstudio.gui import commands
from tests.app.helpers import read_next_message, trigger


def test_save_of_a_read_only_file_says_so_and_offers_save_as(
    window, map_file, tmp_path, monkeypatch
):
    map_file.chmod(0o444)
    before = map_file.read_bytes()
    doc = window.files.open_path(map_file)
    commands.update(doc, doc.map.id, {"title": "My version"})
    copy = tmp_path / "copy.journey.json"
    offered = []

    def choose(*args, **kwargs):
        offered.append(args[2])  # the suggested name
        return str(copy), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    shown: list[str] = []
    read_next_message(shown)
    trigger(window, "save")
    assert shown == [
        "Could not save perfume.journey.json: the file is read-only. Use Save As to save a copy."
    ]
    assert offered == [str(map_file)]
    assert map_file.read_bytes() == before
    assert read_map(copy).title == "My version" and doc.path == copy and not doc.is_modified()
