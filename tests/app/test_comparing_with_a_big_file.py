"""File > Compare With File... on a file of 20,000 cards, the open map a small one: the panel
shows at once, counts every difference and lists them a batch at a time as the list is scrolled;
Cancel while the two maps are compared leaves the map and the window as they were."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from mapstudio.core.compare import ADDED, REMOVED, compare
from mapstudio.files import dump_map, read_map, write_map
from mapstudio.gui.app import compare as compare_panel
from mapstudio.gui.app import fileops
from tests.app.reading_helpers import cancel_button, dialog_state
from tests.foundation.conftest import EXAMPLES

CARDS = 20_000


@pytest.fixture(scope="module")
def big_written(tmp_path_factory):
    from benchmarks.generate import build_map, default_stages

    path = tmp_path_factory.mktemp("big") / "m20000.journey.json"
    write_map(path, build_map(CARDS, default_stages(CARDS), 2, seed=3))
    return path


@pytest.fixture
def big(big_written, monkeypatch):
    """The 20,000-card file (about 11 MB), read window by window as much bigger files are, its
    progress dialog shown at once."""
    from mapstudio.files import mapfile, precheck
    from mapstudio.gui.app import reading

    monkeypatch.setattr(mapfile, "STREAMED_CHECK_BYTES", reading.BIG_FILE_BYTES)
    monkeypatch.setattr(precheck, "CHUNK_BYTES", 256 * 1024)
    monkeypatch.setattr(reading, "PROGRESS_DELAY_MS", 0)
    assert big_written.stat().st_size >= reading.BIG_FILE_BYTES
    return big_written


@pytest.fixture
def mine(window, tmp_path):
    path = tmp_path / "mine.journey.json"
    path.write_bytes((EXAMPLES / "smartphone-en.journey.json").read_bytes())
    doc = fileops.open_document(path)
    window.add_document(doc)
    return doc


def choose_file(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def rows(panel) -> list[str]:
    model = panel.list.model()
    return [model.index(i, 0).data() for i in range(model.rowCount())]


def test_the_panel_counts_every_difference_and_lists_them_as_it_is_scrolled(
    qtbot, window, mine, big, monkeypatch
):
    expected = compare(mine.map, read_map(big))
    described = []
    real_describe = compare_panel.describe_difference

    def describe(d, a, b):
        described.append(d.id)
        return real_describe(d, a, b)

    monkeypatch.setattr(compare_panel, "describe_difference", describe)
    choose_file(monkeypatch, big)
    window.actions.compare_file.trigger()

    panel = window.compare.panel
    assert window.compare.dock.isVisible() and panel.doc is mine
    # the first lines only are described and listed: the window did not wait for 20,000
    shown = rows(panel)
    assert 0 < len(shown) < 1000 and len(described) < 1000
    added = sum(d.action == ADDED for d in expected)
    removed = sum(d.action == REMOVED for d in expected)
    assert added > CARDS and removed > 0  # the two maps share nothing
    number = QLocale().toString
    assert panel.counts.text() == (
        f"{number(len(expected))} differences: {number(added)} added, "
        f"{number(removed)} removed, {number(len(expected) - added - removed)} changed or moved"
    )
    assert shown[0] == f"{compare_panel.sign(expected[0])}  " + real_describe(
        expected[0], mine.map, read_map(big)
    )

    # End, again and again: each time at the end of the list, the next lines come (pressed
    # until they do: the list lays its lines out once the event loop runs)
    counts = [len(shown)]

    def end_pressed() -> bool:
        QTest.keyClick(panel.list, Qt.Key.Key_End)
        return panel.list.model().rowCount() > counts[-1]

    for _ in range(3):
        qtbot.waitUntil(end_pressed)
        counts.append(panel.list.model().rowCount())
        assert panel.list.currentIndex().row() == counts[-2] - 1  # at the end it was
    shown = rows(panel)
    assert len(shown) == counts[-1] < len(expected)
    assert all(line[0] in "+−✎⇄" for line in shown)
    assert len(described) < 2000


def test_cancel_while_comparing_leaves_the_map_and_the_panel_as_they_were(
    qtbot, window, mine, big, monkeypatch, tmp_path
):
    # a comparison already shown: with a copy in which one card's text changed
    other = read_map(EXAMPLES / "smartphone-en.journey.json")
    other.cards[0].text = "Changed in the other copy"
    small = tmp_path / "other.journey.json"
    write_map(small, other)
    choose_file(monkeypatch, small)
    window.actions.compare_file.trigger()
    panel = window.compare.panel
    before = (panel.title.text(), panel.counts.text(), rows(panel), dump_map(mine.map))
    assert len(before[2]) == 1 and window.compare.dock.isVisible()

    seen = []
    real_compare = compare_panel.compare

    def comparing(a, b, keep_going=None):
        def press_cancel():
            if not seen:  # the dialog as the comparison begins, then Cancel pressed
                seen.append(dialog_state(window, with_value=False))
                cancel_button(window).click()
            keep_going()

        return real_compare(a, b, keep_going=press_cancel if keep_going else None)

    monkeypatch.setattr(compare_panel, "compare", comparing)
    choose_file(monkeypatch, big)
    window.actions.compare_file.trigger()

    assert seen and seen[0]["visible"] and seen[0]["cancel"]  # Cancel can be pressed
    assert seen[0]["label"] == "Comparing with your map…"
    assert window.statusBar().currentMessage() == (
        "Comparing with m20000.journey.json was cancelled: your map is unchanged."
    )
    assert (panel.title.text(), panel.counts.text(), rows(panel), dump_map(mine.map)) == before
    assert panel.other is not None and panel.other.cards[0].text == "Changed in the other copy"
    assert window.compare.dock.isVisible() and not mine.is_modified()
    assert not dialog_state(window)["visible"]


def test_an_edit_made_while_comparing_is_in_the_list_shown(qtbot, window, mine, big, monkeypatch):
    """The event loop runs while the maps are compared: an edit that comes meanwhile (a live
    session's peer adds a card) is not missing from the list that shows."""
    from mapstudio.gui import commands

    stage, lane = mine.map.cards[0].stage, mine.map.cards[0].lane
    real_compare = compare_panel.compare
    added = []

    def comparing(a, b, keep_going=None):
        found = real_compare(a, b, keep_going=keep_going)
        if keep_going is not None:  # every card compared, the last events not yet run
            added.append(commands.add_card(mine, stage, lane, text="Added while comparing"))
        return found

    monkeypatch.setattr(compare_panel, "compare", comparing)
    choose_file(monkeypatch, big)
    window.actions.compare_file.trigger()

    panel = window.compare.panel
    assert window.compare.dock.isVisible() and mine.get(added[0]) is not None
    assert [d.action for d in panel.differences if d.id == added[0]] == [REMOVED]
    assert panel.differences == compare(mine.map, panel.other)


def test_select_all_in_the_list_then_take_takes_every_difference(
    qtbot, window, mine, big_written, monkeypatch
):
    # Ctrl+A in the list chooses every difference, the lines not listed yet too: Take then
    # makes the map the other version, as Take All does, in one undo step.
    other = read_map(big_written)
    choose_file(monkeypatch, big_written)
    window.actions.compare_file.trigger()
    panel = window.compare.panel
    assert panel.list.model().canFetchMore(panel.list.rootIndex())  # more than is listed
    panel.list.setFocus()
    QTest.keyClick(panel.list, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(panel.chosen()) == len(panel.differences)
    assert "20," in panel.take_button.text().replace("\u202f", ",")  # the count it takes
    panel.take_button.click()
    assert sorted(c.id for c in mine.map.cards) == sorted(c.id for c in other.cards)
    assert panel.differences == []
    mine.undo_stack.undo()
    assert len(mine.map.cards) == len(read_map(EXAMPLES / "smartphone-en.journey.json").cards)

    # a click on one line chooses that line alone again
    window.compare.panel.recompare()
    first = panel.list.model().index(0, 0)
    panel.list.setCurrentIndex(first)
    QTest.mouseClick(
        panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.list.visualRect(first).center()
    )
    assert len(panel.chosen()) == 1
