"""View > Legend: the poster's legend over the map, in its words, following the map's changes,
closed by its × or the menu, and remembered for the next start."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from mapstudio.files.settings import Settings
from mapstudio.gui import commands
from mapstudio.layout.legend import legend_sections
from mapstudio.text.translate import document_language
from tests.app.helpers import trigger

PAD_X = 30  # on the title's words, away from the buttons


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


def _tip(widget, at: QPoint) -> str:
    """The tooltip ``widget`` shows when the mouse rests at ``at``."""
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, at, widget.mapToGlobal(at)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def _drag(widget, start: QPointF, end: QPointF, steps: int = 8) -> None:
    """A left-button drag on ``widget``, from ``start`` to ``end`` (its own coordinates at the
    press), as the mouse sends it."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    plain = Qt.KeyboardModifier.NoModifier
    origin = widget.mapToGlobal(QPoint(0, 0))

    def send(kind, at: QPointF, button, buttons) -> None:
        local = at - QPointF(widget.mapToGlobal(QPoint(0, 0)) - origin)  # it moves as dragged
        glob = QPointF(origin) + at
        QApplication.sendEvent(widget, QMouseEvent(kind, local, glob, button, buttons, plain))

    send(QEvent.Type.MouseButtonPress, start, left, left)
    for i in range(1, steps + 1):
        send(QEvent.Type.MouseMove, start + (end - start) * (i / steps), none, left)
    send(QEvent.Type.MouseButtonRelease, end, left, none)


def test_the_legend_folds_and_moves_out_of_the_way_and_stays_there(window, map_file, tmp_path):
    """At 1366x768 the legend covers a third of the map: its chevron folds it to a small tab in
    its corner, a drag of its title puts it in another corner, and both are remembered, on
    every open map and at the next start."""
    from mapstudio.files import write_map
    from tests.app.conftest import sample_map

    window.resize(1366, 768)
    window.open_paths([map_file])
    canvas = window.current_canvas()
    trigger(window, "show_legend")
    legend = canvas.legend
    viewport = canvas.viewport().rect()
    full = legend.geometry()
    assert full.bottomRight().x() > viewport.width() - 20  # bottom right, as before
    # its buttons and title say what they do
    assert _tip(legend, legend._fold.center().toPoint()) == "Fold the legend"
    assert _tip(legend, QPoint(PAD_X, 12)) == "Drag to another corner of the map"
    # the chevron folds it: only its title row is left, still in the bottom-right corner
    QTest.mouseClick(legend, Qt.MouseButton.LeftButton, pos=legend._fold.center().toPoint())
    folded = legend.geometry()
    assert legend.isVisible() and legend.folded
    assert (
        folded.height() < 40 and folded.width() * folded.height() < full.width() * full.height() / 4
    )
    assert folded.bottomRight() == full.bottomRight()
    assert Settings.load().legend_folded
    # a click on the folded tab unfolds it, with every section back
    QTest.mouseClick(legend, Qt.MouseButton.LeftButton, pos=QPoint(PAD_X, 12))
    assert not legend.folded and legend.geometry() == full
    assert "Touchpoints" in _labels(legend)
    # dragged by its title towards the left, it lands in the bottom-left corner
    grab = QPointF(40, 12)
    _drag(legend, grab, grab + QPointF(-viewport.width() * 0.6, -30))
    placed = legend.geometry()
    style = canvas.scene().geometry.style
    # left, but clear of the pinned lane names, which say which lane is which
    assert style.header_width <= placed.left() < style.header_width + 20
    assert placed.bottom() == full.bottom()
    assert legend.corner == "bottom-left" and Settings.load().legend_corner == "bottom-left"
    # a map opened next shows its legend in the same place
    other = tmp_path / "other.journey.json"
    write_map(other, sample_map())
    window.open_paths([other])
    second = window.current_canvas().legend
    assert second is not legend and second.isVisible()
    assert second.geometry().left() == placed.left() and second.corner == "bottom-left"
    # folding one folds both: the legend is one thing for the person, whatever the map
    QTest.mouseClick(second, Qt.MouseButton.LeftButton, pos=second._fold.center().toPoint())
    assert second.folded and legend.folded
    # a short click on the title row is not a drag: nothing moves
    before = second.geometry()
    QTest.mouseClick(second, Qt.MouseButton.LeftButton, pos=QPoint(PAD_X, 12))
    assert not second.folded  # (it unfolds: a click on a folded tab)
    assert _tip(second, second._fold.center().toPoint()) == "Fold the legend"
    QTest.mouseClick(second, Qt.MouseButton.LeftButton, pos=second._fold.center().toPoint())
    assert second.geometry() == before and second.corner == "bottom-left"


def test_the_legend_comes_back_where_it_was_left(qtbot, map_file):
    from mapstudio.gui.app.application import create_application
    from mapstudio.gui.app.main_window import MainWindow

    create_application()
    settings = Settings.load()
    settings.show_legend, settings.legend_corner, settings.legend_folded = True, "top-left", True
    settings.save()
    window = MainWindow(Settings.load())
    window.show()
    qtbot.waitExposed(window)
    try:
        window.open_paths([map_file])
        legend = window.current_canvas().legend
        assert legend.isVisible() and legend.folded and legend.corner == "top-left"
        style = window.current_canvas().scene().geometry.style
        # at the top left, below the pinned stage headers and right of the lane names
        assert style.header_width <= legend.geometry().left() < style.header_width + 20
        assert style.stage_header_height <= legend.geometry().top() < style.stage_header_height + 20
        assert legend.height() < 40
    finally:
        window.close()
        window.deleteLater()


def _example_with_legend(window, qtbot, width: int, height: int):
    """The smartphone example (ten channels) open in a window of that size, its legend shown."""
    from mapstudio.resources import resource_path

    window.resize(width, height)
    window.open_paths([str(resource_path("examples", "smartphone-en.journey.json"))])
    canvas = window.current_canvas()
    trigger(window, "show_legend")
    qtbot.waitUntil(lambda: canvas.legend.isVisible(), timeout=2000)
    return canvas, canvas.legend


def test_a_long_channel_list_stays_one_list_under_its_heading(window, qtbot):
    """The poster splits a long channel list in two to balance its columns; over the map, when
    the second half fits under the first, the legend shows one list (no gap, no empty
    heading), and both halves' names are there."""
    canvas, legend = _example_with_legend(window, qtbot, 1366, 768)
    assert not legend.shown_folded  # shown over the map at this common size
    with document_language(canvas.doc.map.language):
        poster = legend_sections(canvas.doc.map)
    assert "" in [s.heading for s in poster]  # the poster's split is there
    shown = legend.sections()
    assert "" not in [s.heading for s in shown]
    channels = next(s for s in shown if s.heading == "Touchpoint channels")
    labels = [item.label for item in channels.items]
    assert "SMS" in labels and "Mobile app" in labels and len(labels) == 10


def test_the_legend_stays_in_its_corner_when_the_map_scrolls(window, qtbot):
    """The map scrolls under the legend: by the scroll bars, and when Find goes to a match
    (the viewport's fast scroll used to carry the legend along with the picture)."""
    canvas, legend = _example_with_legend(window, qtbot, 900, 650)
    placed = legend.geometry()
    bars = canvas.horizontalScrollBar(), canvas.verticalScrollBar()
    assert bars[0].maximum() > 150 and bars[1].maximum() > 150
    for bar in bars:
        bar.setValue(bar.value() + 150)
        QApplication.processEvents()
        assert legend.geometry() == placed
    bars[0].setValue(0)
    bars[1].setValue(0)
    window.resize(1300, 760)  # room beside the legend (in a small window it covers the map)
    trigger(window, "zoom_in")  # and room to scroll (at 100 % the map is barely wider)
    trigger(window, "find")
    QApplication.processEvents()
    placed = legend.geometry()  # the find bar took room above the map: placed again
    QTest.keyClicks(QApplication.focusWidget(), "battery")
    for _ in range(4):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        QApplication.processEvents()
        assert legend.geometry() == placed
        # the match Find went to is not hidden under the legend
        (found,) = canvas.selected_ids()
        box = canvas.mapFromScene(canvas.map_scene().card_item(found).sceneBoundingRect())
        assert not box.boundingRect().intersects(legend.geometry()), found
    assert (bars[0].value(), bars[1].value()) != (0, 0)  # Find did scroll the map


def _shows_whole_beside_the_map(canvas, legend) -> None:
    """Unfolded, in the view, no wider than half of it, every entry there or a scroll away."""
    viewport = canvas.viewport()
    assert legend.isVisible() and not legend.shown_folded
    assert viewport.rect().contains(legend.geometry())
    assert legend.width() <= viewport.width() / 2
    assert len(_labels(legend)) > 30  # the example's lanes, channels, scales and emotions


def _resize(window, width: int, height: int) -> None:
    window.resize(width, height)
    QApplication.processEvents()


# windows as people have them: maximised on 1366x768 and 1920x1080 screens, and one whose
# view is 1100x550 (a 1366x768 screen with a taller task bar and the side panel open)
COMMON_WINDOWS = [(1366, 768), (1412, 679), (1920, 1080)]


def test_the_legend_shows_on_common_screens_and_folds_only_in_a_small_window(window, qtbot):
    """In the windows people have, the example's legend shows unfolded, in columns, beside the
    map (at most half the view's width); made small, the window's view folds it to its tab,
    not as the person's choice, and it unfolds when the window grows again. A fold the person
    chose is kept, whatever the window's size."""
    canvas, legend = _example_with_legend(window, qtbot, 1366, 768)
    viewport = canvas.viewport()
    for width, height in COMMON_WINDOWS:
        _resize(window, width, height)
        _shows_whole_beside_the_map(canvas, legend)
        assert legend.scroll_range == 0, (width, height)  # all its entries show at once
    assert len({placed.x for placed in legend._placed}) == 2  # in columns, not one tall list
    _resize(window, 700, 450)
    assert legend.isVisible() and legend.shown_folded and legend.height() < 40
    assert not legend.folded and not Settings.load().legend_folded  # not the person's choice
    assert legend.geometry().right() > viewport.width() - 20  # the tab, in its corner
    _resize(window, 1366, 768)
    _shows_whole_beside_the_map(canvas, legend)
    QTest.mouseClick(legend, Qt.MouseButton.LeftButton, pos=legend._fold.center().toPoint())
    for width, height in [(700, 450), (1920, 1080)]:  # the person's fold is kept
        _resize(window, width, height)
        assert legend.folded and legend.shown_folded and legend.height() < 40


def test_a_click_on_the_tab_unfolds_a_legend_the_small_window_folded(window, qtbot):
    """A tab the view folded unfolds with a click, as the person's own fold does, and stays
    unfolded while the window keeps about its size, in a legend that scrolls inside the small
    view; folded by the person again, or the window much resized, the view's fold is back."""
    canvas, legend = _example_with_legend(window, qtbot, 1366, 768)
    viewport = canvas.viewport()
    _resize(window, 700, 450)
    assert legend.shown_folded and not legend.folded
    assert _tip(legend, legend._fold.center().toPoint()) == "Unfold the legend"
    QTest.mouseClick(legend, Qt.MouseButton.LeftButton, pos=QPoint(PAD_X, 12))
    assert legend.isVisible() and not legend.shown_folded and not legend.folded
    assert viewport.rect().contains(legend.geometry()) and legend.height() > 200
    assert legend.scroll_range > 0  # taller than the small view: it scrolls inside itself
    _resize(window, 720, 460)  # a little larger: still unfolded
    assert not legend.shown_folded
    # its chevron folds it: the person's fold now, remembered; a click unfolds it again
    QTest.mouseClick(legend, Qt.MouseButton.LeftButton, pos=legend._fold.center().toPoint())
    assert legend.folded and legend.shown_folded and Settings.load().legend_folded
    QTest.mouseClick(legend, Qt.MouseButton.LeftButton, pos=QPoint(PAD_X, 12))
    assert not legend.shown_folded and not Settings.load().legend_folded
    # the window made large and small again: the small view folds it once more
    _resize(window, 1366, 768)
    _resize(window, 700, 450)
    assert legend.shown_folded and not legend.folded
    # the chevron on that tab unfolds it too (it does not fold it for good)
    QTest.mouseClick(legend, Qt.MouseButton.LeftButton, pos=legend._fold.center().toPoint())
    assert not legend.shown_folded and not legend.folded


def test_the_legend_command_unfolds_a_tab_the_small_window_folded(window, qtbot):
    """View > Legend (Ctrl+Shift+K) asks for the legend: on a tab the small view folded, it
    unfolds it instead of taking it away (a second press hides it), and turning the legend on
    in a small view shows it unfolded."""
    canvas, legend = _example_with_legend(window, qtbot, 1366, 768)
    _resize(window, 700, 450)
    assert legend.shown_folded
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(canvas, Qt.Key.Key_K, keys)
    assert legend.isVisible() and not legend.shown_folded
    assert window.actions.show_legend.isChecked() and Settings.load().show_legend
    QTest.keyClick(canvas, Qt.Key.Key_K, keys)
    assert not legend.isVisible() and not window.actions.show_legend.isChecked()
    _resize(window, 1366, 768)
    _resize(window, 700, 450)  # the window resized a lot while the legend was off
    trigger(window, "show_legend")
    assert legend.isVisible() and not legend.shown_folded and not legend.folded


def _wheel(widget, at: QPoint, notches: int) -> bool:
    """The mouse wheel turned ``notches`` at ``at`` (negative: towards the person); whether
    ``widget`` took it (else it goes on to the widget under it)."""
    event = QWheelEvent(
        QPointF(at), QPointF(widget.mapToGlobal(at)), QPoint(0, 0), QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_a_legend_taller_than_the_view_scrolls_inside_itself(window, qtbot):
    """In a view too narrow for two columns and too short for one, the legend shows as much as
    the view holds and scrolls the rest, by the wheel or its scroll bar, while the map under it
    stays put; a legend that shows whole lets the wheel scroll the map."""
    canvas, legend = _example_with_legend(window, qtbot, 1000, 700)
    viewport = canvas.viewport()
    _shows_whole_beside_the_map(canvas, legend)
    assert legend.height() > viewport.height() - 40 and legend.scroll_range > 0
    bars = canvas.horizontalScrollBar(), canvas.verticalScrollBar()
    before = [bar.value() for bar in bars]
    inside = QPoint(PAD_X, legend.height() // 2)
    _wheel(legend, inside, -2)
    assert 0 < legend.scrolled <= legend.scroll_range
    assert [bar.value() for bar in bars] == before  # the map did not scroll
    _wheel(legend, inside, -50)
    assert legend.scrolled == legend.scroll_range
    _wheel(legend, inside, 50)
    assert legend.scrolled == 0
    # its scroll bar, at its right edge, dragged to the bottom
    track = legend._scroll_track()
    _drag(legend, QPointF(track.center().x(), track.top() + 5), QPointF(track.center().x(), 5000))
    assert legend.scrolled == legend.scroll_range and legend.corner == "bottom-right"
    # all of it shows in a larger window: it leaves the wheel to the map under it
    _resize(window, 1366, 768)
    assert legend.scroll_range == 0 and legend.scrolled == 0
    assert not _wheel(legend, QPoint(PAD_X, legend.height() // 2), -2)
