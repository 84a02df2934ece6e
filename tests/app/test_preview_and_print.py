"""The export dialog previews the real poster (text, curves, legend) on its sheet or under the
grid of sheets; "sheet" is one printed piece of paper in both modes; File > Print prints the
poster's pages (here to a PDF file through Qt's print system)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel

from mapstudio.files import read_map
from mapstudio.gui.export.dialog import ExportDialog
from mapstudio.layout import theme
from tests.app.helpers import trigger
from tests.conftest import EXAMPLES

GRID = "#1f77b4"  # the sheets' outlines (touchpoints' blue is near: compared closely)
PERFUME = EXAMPLES / "perfume-en.journey.json"


def near(c: QColor, target: str, tolerance: int = 40) -> bool:
    t = QColor(target)
    return (
        abs(c.red() - t.red()) + abs(c.green() - t.green()) + abs(c.blue() - t.blue()) < tolerance
    )


def count(image, target: str, tolerance: int = 40) -> int:
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if near(image.pixelColor(x, y), target, tolerance)
    )


@pytest.fixture
def dialog(window, qtbot):
    window.open_paths([PERFUME])
    dlg = ExportDialog(window.current_document(), window, window.settings)
    dlg.resize(1100, 700)
    dlg.show()
    qtbot.waitExposed(dlg)
    with qtbot.waitSignal(dlg.preview.picture_ready, timeout=30000):
        pass
    yield dlg
    dlg.close()


def test_preview_is_the_real_poster_on_its_sheet(dialog):
    preview = dialog.preview
    assert preview.picture is not None and not preview.failed
    poster = dialog.poster
    ratio = preview.picture.width() / preview.picture.height()
    assert abs(ratio - poster.width / poster.height) < 0.01
    shot = preview.grab().toImage()
    # Ink of the poster itself: the title's dark letters, a persona's curve, lane colours.
    assert count(shot, theme.HEADER_FILL) > 200  # title block and stage headers
    curve = read_map(PERFUME).personas[0].colour or theme.PERSONA_COLOURS[0]
    assert count(shot, curve) > 20
    assert count(shot, theme.LANE_STYLES[next(iter(theme.LANE_STYLES))].fill) > 100
    assert count(shot, GRID, 6) < 5  # no sheet grid when fitting


def test_tile_mode_lays_the_sheet_grid_over_the_poster(dialog):
    dialog.paper_box.setCurrentText("A4")
    QTest.mouseClick(dialog.tile_radio, Qt.MouseButton.LeftButton, pos=QPoint(6, 6))
    assert dialog.tile_radio.isChecked() and dialog.plan.tiled
    sheets = len(dialog.plan.tiles)
    assert sheets > 1
    shot = dialog.preview.grab().toImage()
    assert count(shot, GRID, 6) > 40 * sheets  # each sheet's outline and name
    assert count(shot, theme.HEADER_FILL) > 100  # the poster under it
    summary = dialog.summary.text()
    assert summary.startswith(f"{sheets} sheets of A4") and "and an assembly page" in summary


def test_sheet_means_one_printed_piece_in_both_modes(dialog):
    form = dialog.paper_group.layout()
    assert isinstance(form, QFormLayout)
    label = form.labelForField(dialog.paper_box)
    assert isinstance(label, QLabel) and label.text() == "Paper size:"
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "Sheet:" not in labels
    assert dialog.summary.text().startswith("One sheet of A1")
    dialog.paper_box.setCurrentText("A0")
    dialog.tile_radio.setChecked(True)
    assert dialog.summary.text().startswith("1 sheet of A0") and "(1 row × 1 column)" in (
        dialog.summary.text()
    )


def _print_to(monkeypatch, path: Path, size=QPageSize.PageSizeId.A4):
    def accept(self):
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setPageSize(QPageSize(size))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)


def test_file_print_prints_the_poster_pages(window, tmp_path, monkeypatch):
    window.open_paths([PERFUME])
    out = tmp_path / "printed.pdf"
    _print_to(monkeypatch, out)
    trigger(window, "print")
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1  # fit on one sheet: the export's default
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595) < 2 and abs(float(box.height) - 842) < 2  # A4
    objects = reader.pages[0]["/Resources"]["/XObject"]
    kinds = [objects[name].get_object()["/Subtype"] for name in objects]
    assert "/Image" in kinds  # the poster page, drawn on the sheet
    assert "Printed 1 page." in window.statusBar().currentMessage()

    # Tiled when this map was last exported tiled: the assembly page and every sheet.
    doc = window.current_document()
    window.settings.remember_export_settings(
        doc.map.id, {"tile": True, "readable": True, "min_text": 10, "margin_mm": 10}
    )
    out2 = tmp_path / "tiled.pdf"
    _print_to(monkeypatch, out2)
    trigger(window, "print")
    pages = len(PdfReader(str(out2)).pages)
    assert pages >= 3
    assert f"Printed {pages} pages." in window.statusBar().currentMessage()


def test_print_has_the_standard_shortcut(window):
    from PySide6.QtGui import QKeySequence

    assert QKeySequence("Ctrl+P") in window.actions.print.shortcuts()


def test_pdfium_is_never_used_from_two_threads_at_once(qapp, monkeypatch):
    """PDFium crashes the process when two threads call it at once, even on two documents: the
    previews drawn on worker threads and printing on the GUI thread take turns."""
    import threading

    import pypdfium2

    from mapstudio.gui.export.preview import pdf_page_image
    from mapstudio.poster.poster_pdf import render_poster_page

    data, _poster = render_poster_page(read_map(PERFUME), "perfume", False)
    inside, most = [0], [0]
    guard = threading.Lock()

    class CountedDocument(pypdfium2.PdfDocument):
        def __init__(self, *args, **kwargs) -> None:
            with guard:
                inside[0] += 1
                most[0] = max(most[0], inside[0])
            super().__init__(*args, **kwargs)

        def close(self) -> None:
            super().close()
            with guard:
                inside[0] -= 1

    monkeypatch.setattr(pypdfium2, "PdfDocument", CountedDocument)
    sizes = []

    def render() -> None:
        for _ in range(4):
            image = pdf_page_image(data, 0, 0.4)
            sizes.append((image.width(), image.height()))

    threads = [threading.Thread(target=render) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(sizes) == 16 and len(set(sizes)) == 1 and sizes[0][0] > 0
    assert most[0] == 1 and inside[0] == 0
