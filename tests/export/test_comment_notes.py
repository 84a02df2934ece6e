"""Comments print only on request: `mapstudio export --comments` (or the Export dialog's
checkbox) numbers the open comments on the poster and lists them as numbered notes on pages
after the map; without it, and for resolved comments, nothing of them is printed."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from test_insights_page import EXAMPLES, export, page_text

from mapstudio.core import edits
from mapstudio.core.document import Document
from mapstudio.core.history import History
from mapstudio.files import read_map, write_map
from mapstudio.gui.document import MapDocument
from mapstudio.gui.export.dialog import ExportDialog


def commented_map(tmp_path: Path) -> Path:
    m = read_map(EXAMPLES / "smartphone-en.journey.json")
    doc = Document(m)
    history = History(doc)
    actions = next(x for x in m.ordered_lanes() if x.kind == "actions")
    card = doc.cards_in_cell(m.ordered_stages()[0].id, actions.id)[0]
    history.push(edits.add_comment(doc, card.id, "Starts from a broken phone?", author="Ana"))
    history.push(edits.add_comment(doc, m.ordered_stages()[2].id, "Split in two", author="Léo"))
    done = history.push(edits.add_comment(doc, m.ordered_lanes()[1].id, "Old remark"))
    history.push(edits.resolve_comment(doc, done))
    path = tmp_path / "commented.journey.json"
    write_map(path, doc.map)
    return path


def test_export_with_comments_numbers_them_and_lists_them_after_the_map(tmp_path):
    source = commented_map(tmp_path)
    plain, noted = tmp_path / "plain.pdf", tmp_path / "noted.pdf"
    assert export(str(source), "-o", str(plain), "--paper", "A3").returncode == 0
    done = export(str(source), "-o", str(noted), "--paper", "A3", "--comments")
    assert done.returncode == 0, done.stderr
    assert "2 page(s)" in done.stdout
    assert len(PdfReader(noted).pages) == len(PdfReader(plain).pages) + 1
    notes = page_text(noted, -1)
    # the stage comes first (stage headers, then lanes, then cards), resolved ones are left out
    assert "1. Stage: Decision" in notes and "Split in two" in notes
    assert "2. Notices her battery dies" in notes and "Starts from a broken phone?" in notes
    assert "Ana" in notes and "Old remark" not in notes
    assert "Starts from a broken phone?" not in page_text(plain, 0)
    poster = page_text(noted, 0)
    assert "Split in two" not in poster  # the map carries the numbers only


def test_the_dialog_checkbox_prints_the_notes(qtbot, tmp_path):
    source = commented_map(tmp_path)
    dialog = ExportDialog(MapDocument(read_map(source)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.comments_check, Qt.MouseButton.LeftButton)
    assert dialog.comments_check.isChecked()
    out = tmp_path / "carte.pdf"
    with qtbot.waitSignal(dialog.export_finished, timeout=20000):
        dialog.export_to(out)
    assert len(PdfReader(out).pages) == dialog.plan.pages + 1
    assert "Split in two" in page_text(out, -1)
