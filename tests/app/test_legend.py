"""View > Legend: the poster's legend over the map, in its words, following the map's changes,
closed by its × or the menu, and remembered for the next start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from mapstudio.files.settings import Settings
from mapstudio.gui import commands
from mapstudio.layout.legend import legend_sections
from mapstudio.text.translate import document_language
from tests.app.helpers import trigger


def _labels(legend) -> list[str]:
    return [item.label for section in legend.sections() for item in section.items]


def test_view_legend_shows_the_posters_legend_and_is_remembered(window, map_file, qtbot):
    window.open_paths([map_file])
    canvas = window.current_canvas()
    assert canvas.legend is None and not window.actions.show_legend.isChecked()
    trigger(window, "show_legend")
    legend = canvas.legend
    assert legend.isVisible() and window.actions.show_legend.isChecked()
    with document_language(canvas.doc.map.language):
        poster = legend_sections(canvas.doc.map)
    assert [s.heading for s in legend.sections()] == [s.heading for s in poster]
    assert "Touchpoints" in _labels(legend) and "Email" not in _labels(legend)
    # in the view, at its bottom right, over the map
    assert canvas.viewport().rect().contains(legend.geometry())
    assert legend.geometry().right() > canvas.viewport().width() - 20
    # it follows the map: a touchpoint's channel set by an edit appears in it
    commands.update(canvas.doc, "c3", {"channel": "email"})
    qtbot.waitUntil(lambda: "Email" in _labels(legend), timeout=2000)
    assert Settings.load().show_legend  # remembered for the next start
    # its × closes it everywhere and unchecks the menu
    close = legend._close.center().toPoint()
    QTest.mouseClick(legend, Qt.MouseButton.LeftButton, pos=close)
    assert not legend.isVisible() and not window.actions.show_legend.isChecked()
    assert not Settings.load().show_legend


def test_the_legend_comes_back_on_maps_opened_after_a_restart(qtbot, map_file):
    from mapstudio.gui.app.application import create_application
    from mapstudio.gui.app.main_window import MainWindow

    create_application()
    settings = Settings.load()
    settings.show_legend = True
    settings.save()
    window = MainWindow(Settings.load())
    window.show()
    qtbot.waitExposed(window)
    try:
        assert window.actions.show_legend.isChecked()
        window.open_paths([map_file])
        legend = window.current_canvas().legend
        assert legend is not None and legend.isVisible()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        QTest.keyClick(
            window.current_canvas(),
            Qt.Key.Key_K,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert not legend.isVisible() and not Settings.load().show_legend
    finally:
        window.close()
        window.deleteLater()


def test_a_french_maps_legend_speaks_french_in_an_english_interface(window, tmp_path):
    from mapstudio.files import write_map
    from tests.app.conftest import sample_map

    path = tmp_path / "parfumerie.journey.json"
    write_map(path, sample_map().model_copy(update={"language": "fr"}))
    window.open_paths([path])
    trigger(window, "show_legend")
    legend = window.current_canvas().legend
    assert legend.title == "Légende"
    assert "Points de contact" in _labels(legend)  # the lane kind, as on the French poster
    assert window.actions.show_legend.text() == "&Legend"  # the menu speaks the interface's
