"""Format 3 fields that real maps needed: source and licence, stage colours, lanes left out of
exports, unknown channels, duplicated stages and lanes."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from mapstudio.core.model import Card, Channel, LaneKind
from mapstudio.files import read_map, write_map
from mapstudio.gui import commands
from mapstudio.gui.app import fileops
from tests.app.conftest import sample_map
from tests.foundation.conftest import run_cli


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True
    ).stdout


def test_source_licence_and_a_hidden_lane_reach_the_poster_as_set(tmp_path):
    m = sample_map()
    m.source = "Field study with 12 interviews, Lyon 2026"
    m.licence = "CC BY 4.0"
    m.lanes[2].hidden_in_export = True  # the touchpoints lane: on screen, not on paper
    m.stages[0].colour = "#e67e22"
    path = tmp_path / "m.journey.json"
    write_map(path, m)
    assert read_map(path) == m  # every new field round-trips through the file
    out = tmp_path / "m.pdf"
    proc = run_cli("export", str(path), "-o", str(out), "--paper", "A3")
    assert proc.returncode == 0, proc.stderr
    text = pdf_text(out)
    assert "Source: Field study with 12 interviews, Lyon 2026" in text
    assert "Licence: CC BY 4.0" in text
    assert "Instagram post" not in text and "Touchpoints" not in text
    assert "Searches the web" in text


def test_an_unknown_channel_is_neither_online_nor_offline():
    card = Card(id="c", stage="s", lane="l", channel=Channel.OTHER)
    assert card.is_online() is None
    assert Card(id="c", stage="s", lane="l", channel=Channel.STORE).is_online() is False


def test_stage_colour_and_lane_export_flag_are_set_in_the_inspector_as_undo_steps(
    qtbot, window, map_file
):
    doc = fileops.open_document(map_file)
    canvas = window.add_document(doc)
    window.inspector.show_object("s1")
    form = window.inspector.stage_form
    form.fields["colour"].edited.emit("#1f77b4")
    assert doc.get("s1").colour == "#1f77b4"
    canvas.map_scene().flush()
    assert canvas.map_scene().stage_item("s1").colour == "#1f77b4"
    window.inspector.show_object("l3")
    window.inspector.lane_form.fields["hidden_in_export"].edited.emit(True)
    assert doc.get("l3").hidden_in_export
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.get("s1").colour is None and not doc.get("l3").hidden_in_export


def test_ctrl_d_on_a_selected_stage_header_duplicates_the_stage_with_its_cards(
    qtbot, window, map_file
):
    doc = fileops.open_document(map_file)
    canvas = window.add_document(doc)
    canvas.map_scene().flush()
    header = canvas.map_scene().stage_item("s1")
    centre = canvas.mapFromScene(header.sceneBoundingRect().center())
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(centre))
    assert canvas.selected_ids() == ["s1"]
    window.actions.duplicate.trigger()
    stages = doc.stages()
    assert [s.name for s in stages] == ["Awareness", "Awareness (copy)", "Purchase"]
    copy = stages[1].id
    copied = [c.text for c in doc.map.cards if c.stage == copy]
    assert copied == ["Searches the web", "Visits the shop"]
    assert any(p.stage == copy for p in doc.map.emotion_points)
    doc.undo_stack.undo()
    assert [s.name for s in doc.stages()] == ["Awareness", "Purchase"]
    commands.duplicate_lane(doc, "l1")
    assert [x.title for x in doc.lanes()][:2] == ["Actions", "Actions (copy)"]
    assert doc.lanes()[1].kind is LaneKind.ACTIONS
