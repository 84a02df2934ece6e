"""PNG written band by band: the same picture, valid files, and large maps refused at once."""

from __future__ import annotations

import io
import os
import random
import struct
import subprocess
import sys
import threading
import time
import zlib

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from sample_maps import big_map

from mapstudio.files import write_map
from mapstudio.gui.export import image
from mapstudio.gui.export.pngstream import PngStream, adler32_combine, scanline_length
from mapstudio.poster.paper import OptionError


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    out, at = [], 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        assert struct.unpack(">I", data[at + 8 + length : at + 12 + length])[0] == zlib.crc32(
            kind + body
        )
        out.append((kind, body))
        at += 12 + length
    return out


def test_checksums_of_pieces_combine_into_the_checksum_of_the_whole() -> None:
    rng = random.Random(3)
    for _ in range(200):
        a = rng.randbytes(rng.randrange(0, 3000))
        b = rng.randbytes(rng.randrange(0, 70000)) if rng.random() < 0.5 else b"\0" * 66000
        combined = adler32_combine(zlib.adler32(a), zlib.adler32(b), len(b))
        assert combined == zlib.adler32(a + b)


@pytest.mark.parametrize("threads", [3, 0])  # encoder threads, or each band at once
def test_bands_streamed_in_any_size_make_one_valid_png_of_the_same_pixels(threads) -> None:
    picture = QImage(203, 151, QImage.Format.Format_RGB888)  # 609 bytes a row: padded lines
    picture.fill(Qt.GlobalColor.white)
    rng = random.Random(5)
    painter = QPainter(picture)
    for _ in range(80):
        colour = QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256))
        painter.fillRect(rng.randrange(200), rng.randrange(150), 25, 12, colour)
    painter.end()
    line = picture.bytesPerLine()
    pixels = bytes(picture.constBits())
    out = io.BytesIO()
    stream = PngStream(out, 203, 151, dpi=150, threads=threads)
    top = 0
    for rows in (1, 40, 7, 64, 39):  # buffers used again for bands of other sizes

        def fill(lines: memoryview, top: int = top, rows: int = rows) -> None:
            for y in range(rows):
                at = y * scanline_length(203)
                assert lines[at] == 0  # filter byte: none
                lines[at + 1 : at + 1 + 203 * 3] = pixels[(top + y) * line :][: 203 * 3]

        stream.add_band(fill, rows)
        top += rows
    stream.close()
    data = out.getvalue()
    chunks = _chunks(data)
    assert [k for k, _ in chunks][:2] == [b"IHDR", b"pHYs"] and chunks[-1][0] == b"IEND"
    idat = b"".join(body for kind, body in chunks if kind == b"IDAT")
    raw = zlib.decompress(idat)  # checks the whole stream's Adler-32 too
    assert len(raw) == 151 * (1 + 203 * 3)
    back = QImage.fromData(data, "PNG").convertToFormat(QImage.Format.Format_RGB888)
    assert back == picture
    assert round(back.dotsPerMeterX() * 0.0254) == 150


def test_on_two_processors_each_band_is_encoded_at_once_by_the_thread_that_drew_it(
    monkeypatch,
) -> None:
    """Two processors are shared by the drawing and the encoder, which then slow each other
    down: bands are encoded in turn. With more, encoder threads take them."""

    def encoded_on(processors: int) -> tuple[set[threading.Thread], bool]:
        monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(processors)))
        out = io.BytesIO()
        stream = PngStream(out, 10, 4, dpi=72)
        threads: set[threading.Thread] = set()
        written = len(out.getvalue())
        stream.add_band(lambda lines: threads.add(threading.current_thread()), 2)
        at_once = len(out.getvalue()) > written  # the band's data is in the file already
        stream.add_band(lambda lines: threads.add(threading.current_thread()), 2)
        stream.close()
        zlib.decompress(b"".join(body for kind, body in _chunks(out.getvalue()) if kind == b"IDAT"))
        return threads, at_once

    assert encoded_on(2) == ({threading.current_thread()}, True)
    assert encoded_on(1) == ({threading.current_thread()}, True)
    threads, _ = encoded_on(8)
    assert threading.current_thread() not in threads


def test_a_stream_given_too_few_rows_refuses_to_finish() -> None:
    stream = PngStream(io.BytesIO(), 10, 10, dpi=72, threads=1)
    stream.add_band(lambda lines: None, 4)
    with pytest.raises(ValueError):
        stream.close()


@pytest.mark.parametrize("width", [1, 203, 4688])  # padded and unpadded RGB888 lines
def test_a_drawn_band_becomes_scanlines_of_its_own_pixels(qapp, width) -> None:
    band = QImage(width, 37, image.BAND_FORMAT)
    band.fill(Qt.GlobalColor.white)
    rng = random.Random(width)
    painter = QPainter(band)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for _ in range(60):  # antialiased edges: every shade, not only the colours given
        colour = QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256))
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(rng.uniform(-5, width), rng.uniform(-5, 37), 9.3, 7.7))
    painter.end()
    line = scanline_length(width)
    lines = bytearray(b"\7" * (37 * line))
    image.paint_scanlines(band, memoryview(lines))
    rgb = band.convertToFormat(QImage.Format.Format_RGB888)
    for y in range(37):
        assert lines[y * line] == 7  # the filter bytes are the stream's
        expected = bytes(rgb.constBits()[y * rgb.bytesPerLine() :][: 3 * width])
        assert bytes(lines[y * line + 1 : (y + 1) * line]) == expected
    with pytest.raises(ValueError):
        image.paint_scanlines(band, memoryview(lines)[:-1])


def test_the_streamed_png_shows_what_the_whole_image_shows(tmp_path) -> None:
    m = big_map(40)
    out = tmp_path / "map.png"
    size = image.write_png(m, out, dpi=60)
    whole = image.render_image(m, 60).convertToFormat(QImage.Format.Format_RGB888)
    streamed = QImage(str(out)).convertToFormat(QImage.Format.Format_RGB888)
    assert size == (whole.width(), whole.height())
    assert streamed == whole  # one band at this size: every pixel the same


def test_a_map_too_large_for_one_image_is_refused_before_it_is_laid_out(monkeypatch, tmp_path):
    monkeypatch.setattr(image, "MAX_PIXELS", 2_000_000)
    built = []
    monkeypatch.setattr(image, "_scene", lambda *a: built.append(a) or pytest.fail("laid out"))
    m = big_map(400)
    out = tmp_path / "map.png"
    with pytest.raises(OptionError) as refused:
        image.write_png(m, out, dpi=300)
    message = str(refused.value)
    assert "300 dpi" in message and "PDF" in message and "\n" not in message
    assert not out.exists() and built == []
    monkeypatch.undo()
    monkeypatch.setattr(image, "MAX_PIXELS", 2_000_000)
    # Judged before layout, the size is a lower bound: the dpi named may still be too much
    # once the texts are fitted; then the refusal after layout names the exact largest dpi.
    largest = int(message.split("choose ")[1].split(" dpi")[0])
    try:
        image.write_png(m, out, dpi=largest)
    except OptionError as exact:
        largest = int(str(exact).split("choose ")[1].split(" dpi")[0])
    width, height = image.write_png(m, out, dpi=largest)
    assert width * height <= 2_000_000
    with pytest.raises(OptionError):
        image.write_png(m, out, dpi=largest + 1)


@pytest.mark.xdist_group("timing")  # timed: one worker with the other timed tests
def test_the_command_line_refuses_a_huge_image_at_once_and_writes_nothing(tmp_path) -> None:
    source = tmp_path / "map.json"
    write_map(source, big_map(400))
    out = tmp_path / "map.png"
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "mapstudio", "export", str(source), "-o", str(out), "--dpi", "1200"],
        capture_output=True, text=True, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode != 0
    assert "too large for one image" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert not out.exists()
    assert time.monotonic() - started < 30  # a whole process; the check itself is instant


def test_the_dialog_names_the_largest_resolution_before_any_work(qtbot, monkeypatch) -> None:
    from mapstudio.gui.document import MapDocument
    from mapstudio.gui.export.dialog import ExportDialog

    monkeypatch.setattr(image, "MAX_PIXELS", 2_000_000)
    dialog = ExportDialog(MapDocument(big_map(60)))
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("png"))
    dialog.dpi_spin.setValue(600)
    assert "too large for one image" in dialog.error.text()
    assert not dialog.export_button.isEnabled()
    dialog.dpi_spin.setValue(36)
    assert dialog.error.text() == "" and dialog.export_button.isEnabled()


def test_image_area_check_matches_the_size_an_export_would_have() -> None:
    area = QRectF(0, 0, 1000.0, 500.0)
    image.check_image_size(area, 72)  # 1000 x 500 pixels: fine
    with pytest.raises(OptionError):
        image.check_image_size(area, 2400)


def test_bands_drawn_opaque_give_the_pixels_of_premultiplied_bands(tmp_path, monkeypatch) -> None:
    """Bands are drawn into RGB32 (a third faster than premultiplied ARGB32, the format they
    used to be drawn in): on the white page every pixel is the same, seams included."""
    m = big_map(60)
    monkeypatch.setattr(image, "PNG_BAND_PIXELS", 150_000)  # many bands, many seams
    opaque = tmp_path / "opaque.png"
    image.write_png(m, opaque, dpi=90)
    monkeypatch.setattr(image, "BAND_FORMAT", QImage.Format.Format_ARGB32_Premultiplied)
    premultiplied = tmp_path / "premultiplied.png"
    image.write_png(m, premultiplied, dpi=90)
    first, second = QImage(str(opaque)), QImage(str(premultiplied))
    assert not first.isNull() and first.height() > 10 * (150_000 // first.width())
    assert first == second


def test_the_export_gives_back_the_thread_switch_interval(tmp_path) -> None:
    before = sys.getswitchinterval()
    image.write_png(big_map(5), tmp_path / "small.png", dpi=30)
    assert sys.getswitchinterval() == before


@pytest.mark.parametrize("dpi", [72, 90, 151.7])
def test_what_a_band_held_before_never_shows(tmp_path, monkeypatch, dpi) -> None:
    """Band images are used again without being made white: the scene's opaque background
    covers every pixel of every band, seams included, whatever the band held before."""
    m = big_map(60)
    monkeypatch.setattr(image, "PNG_BAND_PIXELS", 150_000)  # many bands, many seams
    white = tmp_path / "white.png"
    image.write_png(m, white, dpi=dpi)
    taken = image.BandImages.take

    def magenta(self, rows: int) -> QImage:
        band = taken(self, rows)
        band.fill(Qt.GlobalColor.magenta)
        return band

    monkeypatch.setattr(image.BandImages, "take", magenta)
    other = tmp_path / "magenta.png"
    image.write_png(m, other, dpi=dpi)
    first, second = QImage(str(white)), QImage(str(other))
    assert not first.isNull() and first.height() > 5 * (150_000 // first.width())
    assert first == second


@pytest.mark.parametrize("dpi", [72, 97.3, 150])
def test_the_background_left_out_under_the_lanes_changes_no_pixel(tmp_path, monkeypatch, dpi):
    """The scene fills the canvas colour only round the paper and the paper only between
    the lanes' opaque bands: the image is the one drawn with each filled whole, in turn."""
    from PySide6.QtWidgets import QGraphicsScene

    from mapstudio.gui.canvas import painting
    from mapstudio.gui.canvas.scene import MapScene

    m = big_map(60)
    monkeypatch.setattr(image, "PNG_BAND_PIXELS", 150_000)  # many bands, many seams
    drawn = tmp_path / "drawn.png"
    image.write_png(m, drawn, dpi=dpi)

    def every_pixel_filled(scene, painter, rect) -> None:
        QGraphicsScene.drawBackground(scene, painter, rect)
        geo = scene.geometry
        painter.fillRect(QRectF(0, 0, geo.width, geo.height), painting.colour(scene.look.paper))

    monkeypatch.setattr(MapScene, "drawBackground", every_pixel_filled)
    filled = tmp_path / "filled.png"
    image.write_png(m, filled, dpi=dpi)
    first, second = QImage(str(drawn)), QImage(str(filled))
    assert not first.isNull() and first.height() > 5 * (150_000 // first.width())
    assert first == second


def test_an_error_while_drawing_a_band_is_an_error_and_leaves_no_file(tmp_path, monkeypatch):
    """The band's painter is ended: a band image destroyed while painted on crashed the process
    (at the latest when it exited) instead of reporting the error."""
    import gc

    drawn = image._render_part

    def fails(scene, painter, target, part) -> None:
        drawn(scene, painter, target, part)
        raise RuntimeError("drawing failed")

    monkeypatch.setattr(image, "_render_part", fails)
    out = tmp_path / "map.png"
    with pytest.raises(RuntimeError, match="drawing failed"):
        image.write_png(big_map(20), out, dpi=60)
    gc.collect()  # the band images go: none is still being painted on
    assert not out.exists() and list(tmp_path.iterdir()) == []
