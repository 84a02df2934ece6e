"""File > Import through the window: a workbook into the open map is one undo step that says
what it did; a bad file changes nothing; a grid asks to confirm its lane kinds; the Export
dialog writes the data formats."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mapstudio.core.model import LaneKind
from mapstudio.exchange.formats import export_bytes
from mapstudio.files import dump_map, read_map
from mapstudio.gui.app.importing import INTO_OPEN_MAP, NEW_MAP
from mapstudio.gui.document import MapDocument
from tests.foundation.conftest import EXAMPLES

SMARTPHONE = EXAMPLES / "smartphone-en.journey.json"


def _open(window) -> MapDocument:
    doc = MapDocument(read_map(SMARTPHONE))
    window.add_document(doc)
    return doc


def _edited_workbook(tmp_path, doc):
    wb = load_workbook(io.BytesIO(export_bytes(doc.map, ".xlsx")))
    ws = wb["Cards"]
    text = next(c.column for c in ws[1] if c.value == "Text")
    ws.cell(row=2, column=text, value="Changed in Excel")
    ws.delete_rows(3)
    path = tmp_path / "edited.xlsx"
    wb.save(path)
    return path


def test_import_into_the_open_map_is_one_undo_step(window, tmp_path, monkeypatch, qtbot):
    doc = _open(window)
    before = dump_map(doc.map)
    first, second = doc.map.cards[0].id, doc.map.cards[1].id
    path = _edited_workbook(tmp_path, doc)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(window.imports, "ask_where", lambda name: INTO_OPEN_MAP)
    window.actions.import_file.trigger()
    cards = {c.id: c for c in doc.map.cards}
    assert cards[first].text == "Changed in Excel" and second not in cards
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Import edited.xlsx"
    assert "1 card changed" in window.statusBar().currentMessage()
    assert shown and second in shown[0]  # the removed card is listed
    doc.undo_stack.undo()
    assert dump_map(doc.map) == before
    assert len(window.documents()) == 1


def test_columns_left_aside_are_said(window, tmp_path, monkeypatch):
    doc = _open(window)
    wb = load_workbook(io.BytesIO(export_bytes(doc.map, ".xlsx")))
    wb["Cards"].cell(row=1, column=40, value="My own notes")
    path = tmp_path / "notes.xlsx"
    wb.save(path)
    said = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.informativeText()))
    assert window.imports.import_path(path, INTO_OPEN_MAP) is doc
    assert said == ['Cards: columns ignored (not map fields): "My own notes"']
    assert doc.undo_stack.count() == 0  # nothing else differed: no undo step


def test_a_bad_workbook_changes_nothing(window, tmp_path, monkeypatch):
    doc = _open(window)
    before = dump_map(doc.map)
    wb = load_workbook(io.BytesIO(export_bytes(doc.map, ".xlsx")))
    ws = wb["Cards"]
    stage = next(c.column for c in ws[1] if c.value == "Stage")
    ws.cell(row=12, column=stage, value="S9")
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    errors = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: errors.append(text))
    assert window.imports.import_path(path, INTO_OPEN_MAP) is None
    assert errors == ['bad.xlsx cannot be imported: Cards!B12: there is no stage "S9"']
    assert dump_map(doc.map) == before and doc.undo_stack.count() == 0


def test_a_grid_as_a_new_map_after_confirming_lane_kinds(window, tmp_path, monkeypatch):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append([None, "Search", "Buy"])
    ws.append(["Doing", "Googles it", "Pays"])
    ws.append(["Misc", "a note", None])
    path = tmp_path / "grid.xlsx"
    wb.save(path)
    asked = []

    def confirm(guesses):
        asked.extend((g.title, g.kind) for g in guesses)
        return {g.lane: LaneKind.BACKSTAGE if g.title == "Misc" else g.kind for g in guesses}

    monkeypatch.setattr(window.imports, "confirm_lane_kinds", confirm)
    doc = window.imports.import_path(path, NEW_MAP)
    assert asked == [("Doing", LaneKind.ACTIONS), ("Misc", LaneKind.NOTES)]
    assert doc is window.current_document() and doc.path is None
    assert [(x.title, x.kind) for x in doc.map.ordered_lanes()] == [
        ("Doing", LaneKind.ACTIONS),
        ("Misc", LaneKind.BACKSTAGE),
    ]
    assert doc.undo_stack.count() == 0


def test_lane_kinds_dialog_offers_every_kind(qtbot):
    from mapstudio.exchange.grid import LaneGuess
    from mapstudio.gui.app.importing import LaneKindsDialog

    dialog = LaneKindsDialog([LaneGuess("a", "Irritants", LaneKind.FRICTIONS, True)])
    qtbot.addWidget(dialog)
    box = dialog.boxes["a"]
    assert box.count() == len(LaneKind) and box.currentData() == LaneKind.FRICTIONS
    box.setCurrentIndex(box.findData(LaneKind.NOTES))
    assert dialog.kinds() == {"a": LaneKind.NOTES}


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "mmd", "md"])
def test_the_export_dialog_writes_the_data_formats(qtbot, tmp_path, fmt):
    from mapstudio.gui.export.dialog import ExportDialog

    doc = MapDocument(read_map(SMARTPHONE))
    dialog = ExportDialog(doc)
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
    assert dialog.export_button.isEnabled()
    assert not dialog.paper_group.isEnabled()
    assert dialog.data_group.isVisibleTo(dialog) == (fmt == "csv")
    if fmt == "csv":
        dialog.bom_check.setChecked(True)
    out = tmp_path / f"map.{fmt}"
    with qtbot.waitSignal(dialog.export_finished, timeout=20000):
        dialog.export_to(out)
    if fmt == "xlsx":  # a zip's entries carry the time they were written: compare contents
        from mapstudio.exchange.formats import import_bytes

        assert import_bytes(out.read_bytes(), out.name).map == doc.map
    else:
        assert out.read_bytes() == export_bytes(doc.map, "." + fmt, bom=fmt == "csv")
