"""The poster's optional insights page: `mapstudio export --insights` and the Export dialog's
checkbox add one page whose words are the insights of the map, in the map's language."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from mapstudio.core import insights
from mapstudio.core.insights import compute
from mapstudio.files import read_map
from mapstudio.gui.document import MapDocument
from mapstudio.gui.export.dialog import ExportDialog
from mapstudio.text.translate import document_language

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "resources" / "examples"


def export(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = str(ROOT / "src")
    cmd = [sys.executable, "-m", "mapstudio", "export", *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)


def page_text(path: Path, index: int) -> str:
    return " ".join(PdfReader(path).pages[index].extract_text().split())


@pytest.mark.parametrize("name", ["smartphone-en", "cosmetics-fr"])
def test_export_with_insights_adds_one_page_of_them(tmp_path, name):
    source = EXAMPLES / f"{name}.journey.json"
    plain, with_page = tmp_path / "plain.pdf", tmp_path / "insights.pdf"
    assert export(str(source), "-o", str(plain), "--paper", "A3").returncode == 0
    done = export(str(source), "-o", str(with_page), "--paper", "A3", "--insights")
    assert done.returncode == 0, done.stderr
    assert "2 page(s)" in done.stdout or "2 page" in done.stdout
    assert len(PdfReader(with_page).pages) == len(PdfReader(plain).pages) + 1
    text = page_text(with_page, -1)
    m = read_map(source)
    found = compute(m)
    with document_language(m.language):
        for measure in insights.MEASURES:
            assert " ".join(insights.title(measure).split()) in text, measure
    for stage in found.stages:
        assert f"{stage.tally.friction_heat} ({stage.tally.frictions})" in text
    assert f"{len(found.unsourced)} / {len(m.cards)}" in text


def test_a_big_map_page_fits_its_sheet(tmp_path):
    out = tmp_path / "big.pdf"
    source = tmp_path / "big.journey.json"
    made = subprocess.run(
        [sys.executable, "-m", "benchmarks.generate", "--cards", "3000", "--stages", "24",
         "-o", str(source)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert export(str(source), "-o", str(out), "--paper", "A3", "--insights").returncode == 0
    text = page_text(out, -1)
    found = compute(read_map(source))
    # the last stage of the last section is on the page: nothing ran off the sheet
    assert found.stages[-1].name in text.split(insights.title(insights.COUNTS))[-1]


def test_the_dialog_checkbox_adds_the_page_and_is_remembered(qtbot, tmp_path, rich):
    dialog = ExportDialog(MapDocument(rich.model_copy(deep=True)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.insights_check, Qt.MouseButton.LeftButton)
    assert dialog.insights_check.isChecked()
    out = tmp_path / "carte.pdf"
    with qtbot.waitSignal(dialog.export_finished, timeout=20000):
        dialog.export_to(out)
    assert len(PdfReader(out).pages) == dialog.plan.pages + 1
    again = ExportDialog(MapDocument(rich.model_copy(deep=True)))
    qtbot.addWidget(again)
    assert again.insights_check.isChecked()
