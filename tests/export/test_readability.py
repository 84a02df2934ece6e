"""A poster whose smallest text is too small to read says so, with the sheets that would make
it readable: on the command line and in the export dialog."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_command import _export

from mapstudio.gui.document import MapDocument
from mapstudio.gui.export.dialog import ExportDialog


def test_command_line_warns_and_its_suggestion_gives_readable_text(rich_file, tmp_path):
    out = tmp_path / "poster.pdf"
    r = _export(str(rich_file), "-o", str(out), "--paper", "A4")
    assert r.returncode == 0, r.stderr
    (warning,) = [line for line in r.stderr.splitlines() if "too small to read" in line]
    sheets = int(re.search(r"takes (\d+) sheets of A4", warning).group(1))
    (hint,) = [line for line in r.stderr.splitlines() if "for readable text" in line]
    assert hint.endswith("add --tile A4 --min-text 6")
    r = _export(str(rich_file), "-o", str(out), "--tile", "A4", "--min-text", "6")
    assert r.returncode == 0, r.stderr
    assert f": {sheets + 1} page(s) of A4" in r.stdout and "smallest text 6.0 pt" in r.stdout
    assert "too small to read" not in r.stderr


def test_readable_posters_carry_no_such_warning(rich_file, tmp_path):
    r = _export(str(rich_file), "-o", str(tmp_path / "p.pdf"), "--paper", "A1")
    assert r.returncode == 0, r.stderr
    assert "too small to read" not in r.stderr and "for readable text" not in r.stderr


def test_dialog_warns_and_tiles_for_readable_text_in_one_click(qtbot, rich):
    d = ExportDialog(MapDocument(rich.model_copy(deep=True)))
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    assert not d.readability.isVisible()
    d.paper_box.setCurrentText("A4")
    assert d.plan.smallest_text < 6
    assert d.readability.isVisible() and d.readable_button.isVisible()
    sheets = int(re.search(r"takes (\d+) sheets", d.readability.text()).group(1))
    qtbot.mouseClick(d.readable_button, Qt.MouseButton.LeftButton)
    assert d.plan.tiled and len(d.plan.tiles) == sheets
    assert d.plan.smallest_text >= 6 - 1e-6
    assert not d.readability.isVisible()


def test_dialog_keeps_its_size_when_the_readability_warning_comes_and_goes(qtbot, rich):
    """The warning appears above the preview, which gives it room: the dialog does not grow,
    and neither its buttons nor the options on the left move."""
    d = ExportDialog(MapDocument(rich.model_copy(deep=True)))
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)

    def where() -> tuple:
        QApplication.processEvents()  # let the layouts settle, as a user's next look would
        export = d.export_button.mapTo(d, d.export_button.rect().topLeft())
        paper = d.paper_box.mapTo(d, d.paper_box.rect().topLeft())
        return d.size(), export, paper, d.summary.mapTo(d, d.summary.rect().topLeft())

    before = where()
    assert not d.readability.isVisible()
    qtbot.keyClicks(d.paper_box.lineEdit(), "\b\b" + "A4")  # typed, as a person changes paper
    assert d.readability.isVisible() and d.readable_button.isVisible()
    shown = where()
    assert shown == before
    assert d.preview.height() < d.height() - d.readability_bar.height()  # the preview gave room
    d.paper_box.lineEdit().selectAll()
    qtbot.keyClicks(d.paper_box.lineEdit(), "A0")
    assert not d.readability.isVisible()
    assert where() == before
    d.format_box.setCurrentIndex(d.format_box.findData("csv"))  # its options replace the image's
    assert d.data_group.isVisible() and not d.image_group.isVisible()
    assert where()[:2] == before[:2]
