"""The welcome page's pictures of recent maps never hold up the window: they are made by a
worker process, only while the page shows, with a placeholder until they come; they are kept
(memory and disk) so a map that did not change is not read again; a file too big to read, or
not a map, gets a plain card with its name and size."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication

from mapstudio.files import write_map
from mapstudio.gui.app import thumbnails
from mapstudio.gui.app.gallery import SUBTITLE_ROLE
from mapstudio.gui.app.picture_worker import PictureWorker
from tests.app.conftest import sample_map
from tests.app.test_welcome_page import colours


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """The files the worker is asked to read and draw, in order (each request is one read)."""
    paths: list[str] = []
    real = PictureWorker.request

    def counted(self, path, *rest):
        paths.append(path)
        return real(self, path, *rest)

    monkeypatch.setattr(PictureWorker, "request", counted)
    thumbnails.forget_all()
    return paths


def show_recent(window, *paths: Path) -> None:
    for path in reversed(paths):
        window.settings.add_recent(path)
    window.refresh_welcome()


def size_words(path: Path) -> str:
    size = path.stat().st_size
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class TickGaps:
    """A 10 ms timer on the GUI thread; ``longest`` is its longest gap between ticks (s)."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now


@pytest.mark.xdist_group("timing")  # timed: one worker with the other timed tests
def test_a_big_recent_map_shows_a_placeholder_then_its_picture_without_a_stall(
    window, qtbot, tmp_path, asked
):
    from benchmarks.generate import build_map, default_stages

    big = tmp_path / "big.journey.json"  # about 6 MB: the GUI thread took ~1 s to draw it
    write_map(big, build_map(10_000, default_stages(10_000), 2, seed=5))
    page = window.welcome
    qtbot.waitUntil(lambda: page.pictures_pending() == 0, timeout=30000)  # the templates
    asked.clear()
    gaps = TickGaps()
    show_recent(window, big)
    item = page.recent.item(0)
    assert page.pictures_pending() == 1 and colours(item.icon()) == 1  # a plain placeholder
    assert item.text() == "big.journey.json"
    qtbot.waitUntil(lambda: page.pictures_pending() == 0, timeout=30000)
    gaps.timer.stop()
    assert colours(item.icon()) > 20 and asked == [str(big)]
    assert item.text() not in ("", big.name)  # the map's title, read by the worker
    assert gaps.longest < 0.150, f"the GUI thread stalled {gaps.longest * 1000:.0f} ms"


def test_a_cached_picture_is_not_read_again(window, qtbot, map_file, asked):
    page = window.welcome
    qtbot.waitUntil(lambda: page.pictures_pending() == 0, timeout=30000)  # the templates
    asked.clear()
    show_recent(window, map_file)
    qtbot.waitUntil(lambda: page.pictures_pending() == 0, timeout=30000)
    assert asked == [str(map_file)] and page.recent.item(0).text() == "Perfume shop"
    asked.clear()
    page.refresh()  # from memory: the picture at once, no read
    assert page.pictures_pending() == 0 and colours(page.recent.item(0).icon()) > 10
    thumbnails.forget_all()
    page.refresh()  # from the cache folder: no read either
    assert page.pictures_pending() == 0 and page.recent.item(0).text() == "Perfume shop"
    assert asked == []
    # The file changes on disk (new modification time): read once more.
    write_map(map_file, sample_map("Perfume shop, second visit"))
    stat = map_file.stat()
    os.utime(map_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    page.refresh()
    qtbot.waitUntil(lambda: page.pictures_pending() == 0, timeout=30000)
    assert asked == [str(map_file)]
    assert page.recent.item(0).text() == "Perfume shop, second visit"


def test_a_hidden_welcome_page_makes_no_picture(window, qtbot, map_file, tmp_path, asked):
    other = tmp_path / "other.journey.json"
    write_map(other, sample_map("Another shop"))
    page = window.welcome
    qtbot.waitUntil(lambda: page.pictures_pending() == 0, timeout=30000)  # the templates
    asked.clear()
    window.open_paths([map_file])  # the page hides behind the map
    assert not page.isVisible()
    show_recent(window, other, map_file)
    qtbot.wait(400)
    assert asked == [] and page.recent.pictures_pending() == 2
    key = thumbnails.picture_key(other, page.recent.devicePixelRatioF())
    assert not (thumbnails.cache_dir() / f"{key}.png").exists()  # not drawn anywhere
    window.files.close_current()  # the page shows: now the pictures are made
    qtbot.waitUntil(lambda: page.pictures_pending() == 0, timeout=30000)
    assert sorted(asked) == sorted([str(map_file), str(other)])
    assert (thumbnails.cache_dir() / f"{key}.png").exists()


def test_too_big_and_bad_files_get_a_plain_card(
    window, qtbot, map_file, tmp_path, asked, monkeypatch
):
    bad = tmp_path / "broken.journey.json"
    bad.write_text('{"format": 3, "title": "half a ma', encoding="utf-8")
    monkeypatch.setattr(thumbnails, "MAX_PICTURE_BYTES", map_file.stat().st_size - 1)
    page = window.welcome
    qtbot.waitUntil(lambda: page.pictures_pending() == 0, timeout=30000)
    asked.clear()
    show_recent(window, map_file, bad)
    big_item, bad_item = page.recent.item(0), page.recent.item(1)
    # Too big: its card at once, never read.
    assert big_item.text() == "perfume.journey.json" and big_item.data(SUBTITLE_ROLE).startswith(
        size_words(map_file) + " · "
    )
    qtbot.waitUntil(lambda: page.pictures_pending() == 0, timeout=30000)
    assert asked == [str(bad)]  # only the small bad file was tried
    assert bad_item.text() == "broken.journey.json"
    assert bad_item.data(SUBTITLE_ROLE).startswith(size_words(bad) + " · ")
    assert QApplication.activeModalWidget() is None  # no message
    asked.clear()
    page.refresh()  # a bad file is remembered: not tried again
    assert asked == [] and page.pictures_pending() == 0
