"""PNG and SVG of the whole map, drawn by the canvas's MapScene."""

from __future__ import annotations

import math
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("mapstudio.gui.canvas.scene", reason="the canvas has not landed yet")

from mapstudio.gui.document import MapDocument  # noqa: E402
from mapstudio.gui.export.image import copy_map_image, export_image  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def test_png_has_the_pixel_size_of_the_dpi(qapp, rich, tmp_path):
    from mapstudio.gui.canvas.scene import MapScene

    doc = MapDocument(rich.model_copy(deep=True))
    rect = MapScene(doc).sceneRect()
    out = tmp_path / "map.png"
    size = export_image(doc, out, dpi=144)
    expected = (math.ceil(rect.width() * 2), math.ceil(rect.height() * 2))
    assert size == expected == _png_size(out)


def test_svg_is_vector_with_the_card_text(qapp, rich, tmp_path):
    out = tmp_path / "map.svg"
    export_image(MapDocument(rich.model_copy(deep=True)), out)
    svg = out.read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert "Découverte" in svg or "D&#xe9;couverte" in svg


def test_copy_map_image_fills_the_clipboard(qapp, rich):
    from PySide6.QtGui import QGuiApplication

    copy_map_image(MapDocument(rich.model_copy(deep=True)))
    image = QGuiApplication.clipboard().image()
    assert not image.isNull() and image.width() > 500


def test_cli_png_without_a_display(rich_file, tmp_path):
    out = tmp_path / "map.png"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["PYTHONPATH"] = str(ROOT / "src")
    r = subprocess.run(
        [sys.executable, "-m", "mapstudio", "export", str(rich_file), "-o", str(out), "--dpi", "72"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    w, h = _png_size(out)
    assert w > 500 and h > 500


def test_dialog_exports_png(qtbot, rich, tmp_path):
    from PySide6.QtCore import QLocale

    from mapstudio.gui.export.dialog import ExportDialog

    d = ExportDialog(MapDocument(rich.model_copy(deep=True)))
    qtbot.addWidget(d)
    d.format_box.setCurrentIndex(d.format_box.findData("png"))
    d.dpi_spin.setValue(72)
    assert not d.fill_group.isEnabled() and d.image_group.isEnabled()
    assert "pixels" in d.summary.text()
    out = tmp_path / "map.png"
    with qtbot.waitSignal(d.export_finished, timeout=20000):
        d.export_to(out)
    w, h = _png_size(out)
    # the sizes are written as the interface language writes numbers ("1,234 × 567")
    assert f"{QLocale().toString(w)} × {QLocale().toString(h)}" in d.summary.text()
