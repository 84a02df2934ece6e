"""The welcome page: a hint, a gallery of the templates with pictures drawn from them, the recent
maps with their title, date and picture (cached on disk), no panels before a map is open; a
click on a picture starts or opens the map."""

from __future__ import annotations

import os

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtTest import QTest

from mapstudio.files import read_map, write_map
from mapstudio.gui.app import thumbnails
from mapstudio.gui.app.gallery import SUBTITLE_ROLE, TEMPLATE_ROLE
from tests.app.conftest import sample_map


def wait_for_pictures(window, qtbot) -> None:
    qtbot.waitUntil(lambda: window.welcome.pictures_pending() == 0, timeout=20000)


def colours(icon: QIcon) -> int:
    image = icon.pixmap(thumbnails.THUMB_SIZE).toImage()
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    )


def click_item(gallery, item) -> None:
    gallery.scrollToItem(item)
    rect = gallery.visualItemRect(item)
    QTest.mouseClick(gallery.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_welcome_page_invites_and_hides_the_empty_panels(window, qtbot):
    qtbot.waitUntil(lambda: window.welcome.isVisible())
    page = window.welcome
    assert "template" in page.hint.text() and "Ctrl+O" in page.hint.text()
    assert not window.inspector_dock.isVisible() and not window.personas_dock.isVisible()
    wait_for_pictures(window, qtbot)
    gallery = page.templates
    names = [gallery.item(i).data(TEMPLATE_ROLE) for i in range(gallery.count())]
    assert "smartphone-en" in names and names[0].endswith("-en")  # the interface's first
    for i in range(gallery.count()):
        assert colours(gallery.item(i).icon()) > 20  # a drawing of the map, not a blank
    # Clicking the smartphone picture starts a map from it; the inspector comes back.
    item = gallery.item(names.index("smartphone-en"))
    assert item.text() == "Buying a smartphone" and item.data(SUBTITLE_ROLE) == "English"
    click_item(gallery, item)
    doc = window.current_document()
    assert doc is not None and doc.map.title == "Buying a smartphone" and doc.path is None
    assert window.inspector_dock.isVisible() and not page.isVisible()
    window.files.close_current()
    assert page.isVisible() and not window.inspector_dock.isVisible()


def test_recent_maps_show_title_date_and_a_cached_picture(window, qtbot, map_file, monkeypatch):
    window.open_paths([map_file])
    window.files.close_current()
    page = window.welcome
    wait_for_pictures(window, qtbot)
    assert page.recent.count() == 1
    item = page.recent.item(0)
    assert item.text() == "Perfume shop"  # the map's title, not its file name
    sub = item.data(SUBTITLE_ROLE)
    assert "perfume.journey.json" in sub and str(read_map(map_file).modified.year) in sub
    assert colours(item.icon()) > 10
    assert list(thumbnails.cache_dir().glob("*.png"))

    # Shown again: from the cache, without reading the map.
    def no_reading(path):
        raise AssertionError("the map was read again")

    monkeypatch.setattr(thumbnails, "read_map", no_reading)
    page.refresh()
    assert page.pictures_pending() == 0 and page.recent.item(0).text() == "Perfume shop"
    monkeypatch.undo()

    # The file changes on disk: its new title and picture are drawn.
    write_map(map_file, sample_map("Perfume shop, second visit"))
    stat = map_file.stat()
    os.utime(map_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    page.refresh()
    wait_for_pictures(window, qtbot)
    assert page.recent.item(0).text() == "Perfume shop, second visit"
    click_item(page.recent, page.recent.item(0))
    assert [d.path for d in window.documents()] == [map_file]


def test_thumbnails_are_drawn_at_the_screens_pixel_ratio(map_file):
    found = thumbnails.summary(map_file, ratio=2.0)
    assert found is not None and found.title == "Perfume shop"
    assert found.image.size() == thumbnails.THUMB_SIZE * 2
    assert found.image.devicePixelRatio() == 2.0
    again = thumbnails.cached_summary(map_file, ratio=2.0)
    assert again is not None and again.image.size() == QSize(found.image.size())
    assert thumbnails.summary(map_file.with_name("missing.journey.json")) is None


def test_new_from_template_shows_pictures_and_takes_keys(window, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from mapstudio.gui.app.template_chooser import TemplateChooser
    from tests.app.helpers import trigger

    def choose():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TemplateChooser)
        gallery = dialog.list
        qtbot.waitUntil(lambda: gallery.pictures_pending() == 0, timeout=20000)
        assert all(colours(gallery.item(i).icon()) > 20 for i in range(gallery.count()))
        gallery.setFocus()
        # blank, cosmetics, perfume, smartphone: three steps right, then Enter
        for _ in range(3):
            QTest.keyClick(gallery, Qt.Key.Key_Right)
        assert gallery.currentItem().data(TEMPLATE_ROLE) == "smartphone-en"
        QTest.keyClick(gallery, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose)
    trigger(window, "new_template")
    doc = window.current_document()
    assert doc is not None and doc.map.title == "Buying a smartphone"
