"""A dot vote run in the editor through Qt events: the Start Dot Vote dialog filled with keys,
dots cast by clicks on the viewport and by keys, refusals, turns, reveal, undo, taking a dot
back, save and reopen then continue, the results and closing (totals into the opportunities'
votes, one undo step)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QSpinBox

from mapstudio.core import voting
from mapstudio.files import read_map
from tests.app.helpers import trigger, type_text

EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "smartphone-en.journey.json"
OPPORTUNITIES = [
    "opportunities-consider-1",
    "opportunities-consider-2",
    "opportunities-decide-1",
    "opportunities-use-1",
]
LEFT, SHIFT = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def opened(window, tmp_path):
    path = tmp_path / "smartphone.journey.json"
    shutil.copy(EXAMPLE, path)
    window.resize(1280, 720)  # a projector's screen
    window.open_paths([path])
    canvas = window.current_canvas()
    canvas.map_scene().flush()
    window.activateWindow()  # menu shortcuts (Ctrl+Z, F7) work in the active window only
    QTest.qWaitForWindowActive(window)
    return window, canvas, canvas.doc, path


def click_card(canvas, card_id: str, mods=NONE) -> None:
    canvas.map_scene().flush()
    item = canvas.map_scene().card_item(card_id)
    canvas.reveal(item.sceneBoundingRect())  # clear of the pinned headers and the vote bar
    point = canvas.mapFromScene(item.mapToScene(item.boundingRect().center()))
    QTest.mouseClick(canvas.viewport(), LEFT, mods, QPoint(point))


def press(canvas, key, mods=NONE) -> None:
    QTest.keyClick(canvas, key, mods)
    canvas.map_scene().flush()


def start_vote_with_keys(window, count: int, hidden: bool = False) -> None:
    """Workshop > Start Dot Vote..., the number of participants typed, Enter."""

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        spin = dialog.count
        assert isinstance(spin, QSpinBox)
        spin.setFocus()
        spin.selectAll()
        type_text(spin.lineEdit(), str(count))
        if hidden:
            QTest.keyClick(dialog.hidden, Qt.Key.Key_Space)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, LEFT)

    QTimer.singleShot(0, fill_in)
    trigger(window, "start_vote")
    back_to_window(window)


def back_to_window(window) -> None:
    """Wait until the window is active again after a dialog (its shortcuts work then)."""
    for _ in range(100):
        if QApplication.activeWindow() is window:
            return
        QTest.qWait(10)
    raise AssertionError("the window did not get the keys back after the dialog")


def shown_on(canvas, card_id: str) -> tuple[str, ...]:
    canvas.map_scene().flush()
    return canvas.map_scene().card_item(card_id).dots


def test_a_three_dot_vote_for_four_on_the_opportunities(opened) -> None:
    window, canvas, doc, path = opened
    start_vote_with_keys(window, 4, hidden=True)
    vote = voting.open_vote(doc.map)
    assert vote is not None and vote.hidden and vote.dots_each == 3
    assert vote.lanes == ["opportunities"] and len(vote.participants) == 4
    session = window.voting.session()
    assert session.is_active() and canvas.interaction is session
    bar = session.bar
    assert bar.isVisible() and "Participant 1" in bar.voter_label.text()
    assert "3 dots left" in bar.voter_label.text()
    first = vote.participants[0]
    right = bar.geometry()  # a card in play under the bar sends it elsewhere
    bar.keep_clear_of(right.adjusted(10, 10, -10, -10))
    assert not bar.geometry().intersects(right.adjusted(10, 10, -10, -10))
    bar.keep_clear_of(None)
    assert bar.geometry() == right

    # Participant 1: three clicks (a quick second click is a second dot, not an edit)
    click_card(canvas, OPPORTUNITIES[0])
    click_card(canvas, OPPORTUNITIES[0])
    assert not canvas.editing()
    assert voting.dots_left(doc.map, vote, first) == 1
    assert "dots hidden: 2 of 12 cast" in bar.title.text()
    click_card(canvas, OPPORTUNITIES[2])
    # their last dot: the turn passes by itself
    assert session.voter == vote.participants[1]
    assert "Participant 2" in bar.voter_label.text()
    # hidden: no card shows where the dots went, not even as the selection
    assert all(not shown_on(canvas, c) for c in OPPORTUNITIES)
    assert canvas.selected_ids() == []

    # a card out of the vote is refused with a message, nothing changes
    steps = doc.undo_stack.count()
    click_card(canvas, "frictions-consider-1")
    assert doc.undo_stack.count() == steps
    assert "not in the vote" in bar.message.text()

    # Participant 2 by keys: arrows pick a card, Space casts
    canvas.select_ids([OPPORTUNITIES[1]])
    press(canvas, Qt.Key.Key_Space)
    press(canvas, Qt.Key.Key_Period)
    press(canvas, Qt.Key.Key_Down)  # the next card down: the decide stage's opportunity?
    canvas.select_ids([OPPORTUNITIES[2]])
    press(canvas, Qt.Key.Key_Space)
    assert voting.tally(doc.map, vote.id) == {OPPORTUNITIES[0]: 2, OPPORTUNITIES[1]: 2,
                                               OPPORTUNITIES[2]: 2}  # fmt: skip
    # Participant 3 picked by its digit, Participant 4 by Tab
    press(canvas, Qt.Key.Key_3)
    assert session.voter == vote.participants[2]
    for card in (OPPORTUNITIES[2], OPPORTUNITIES[3], OPPORTUNITIES[2]):
        click_card(canvas, card)
    assert session.voter == vote.participants[3]
    press(canvas, Qt.Key.Key_Tab)  # only Participant 4 has dots left: the turn stays
    assert session.voter == vote.participants[3]
    for card in (OPPORTUNITIES[3], OPPORTUNITIES[0], OPPORTUNITIES[2]):
        click_card(canvas, card)
    assert "Every dot is cast" in bar.message.text()
    assert "dots hidden: 12 of 12 cast" in bar.title.text()

    # reveal with R: each dot in its voter's colour
    press(canvas, Qt.Key.Key_R)
    assert not doc.get(vote.id).hidden
    colours = {p.id: p.colour for p in doc.map.participants}
    assert shown_on(canvas, OPPORTUNITIES[2]) == (
        colours[first], colours[vote.participants[1]], colours[vote.participants[2]],
        colours[vote.participants[2]], colours[vote.participants[3]],
    )  # fmt: skip
    assert len(shown_on(canvas, OPPORTUNITIES[3])) == 2

    # undo removes the last dot (Participant 4's on the decide card); the dots stay shown
    assert window.actions.undo.text() == "&Undo Cast Dot"  # revealing is no undo step
    assert doc.is_modified()  # ... but it is saved with the map
    press(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not doc.get(vote.id).hidden
    assert voting.tally(doc.map, vote.id)[OPPORTUNITIES[2]] == 4
    assert voting.dots_left(doc.map, vote, vote.participants[3]) == 1
    assert len(shown_on(canvas, OPPORTUNITIES[2])) == 4
    QTest.qWait(20)  # the bar follows the undo: "every dot is cast" is no longer said
    assert bar.message.isHidden()

    # Shift+click takes back one of the current voter's dots
    session.set_voter(vote.participants[3])
    click_card(canvas, OPPORTUNITIES[0], SHIFT)
    assert voting.tally(doc.map, vote.id)[OPPORTUNITIES[0]] == 2
    assert voting.dots_left(doc.map, vote, vote.participants[3]) == 2
    canvas.select_ids([OPPORTUNITIES[3]])
    press(canvas, Qt.Key.Key_Backspace)
    assert voting.dots_left(doc.map, vote, vote.participants[3]) == 3
    assert doc.get(OPPORTUNITIES[3]) is not None  # Backspace took a dot, not the card

    # save: the file holds who put which dot where
    press(canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = read_map(path)
    assert [d.card for d in saved.dots] == [d.card for d in doc.map.dots]
    assert len(saved.dots) == 9 and not saved.votes[0].closed


def test_a_saved_vote_continues_after_reopening_then_closes(opened) -> None:
    window, canvas, doc, path = opened
    start_vote_with_keys(window, 2)
    vote = voting.open_vote(doc.map)
    for card in (OPPORTUNITIES[1], OPPORTUNITIES[1], OPPORTUNITIES[3]):
        click_card(canvas, card)
    assert len(shown_on(canvas, OPPORTUNITIES[1])) == 2  # an open vote shows its dots
    press(canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    window.remove_document(doc)

    window.open_paths([path])
    canvas = window.current_canvas()
    doc = canvas.doc
    assert len(shown_on(canvas, OPPORTUNITIES[1])) == 2
    trigger(window, "voting")  # F7's action: back to voting on the map
    session = window.voting.session()
    assert session.is_active() and session.voter == vote.participants[1]
    for card in (OPPORTUNITIES[0], OPPORTUNITIES[3], OPPORTUNITIES[3]):
        click_card(canvas, card)
    assert voting.tally(doc.map, vote.id) == {OPPORTUNITIES[1]: 2, OPPORTUNITIES[3]: 3,
                                               OPPORTUNITIES[0]: 1}  # fmt: skip

    # results, then close from the dialog: one undo step writes the totals
    seen = {}

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        table = dialog.table
        seen["rows"] = [
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]
        QTest.mouseClick(dialog.close_vote, LEFT)

    steps = doc.undo_stack.count()
    QTimer.singleShot(0, read_and_close)
    trigger(window, "close_vote")
    back_to_window(window)
    assert [row[0] for row in seen["rows"]] == ["1", "2", "3", "4"]
    assert [row[2] for row in seen["rows"]] == ["3", "2", "1", "0"]
    assert doc.undo_stack.count() == steps + 1
    assert [doc.get(c).votes for c in OPPORTUNITIES] == [1, 2, 0, 3]
    assert voting.open_vote(doc.map) is None and canvas.interaction is None
    assert not session.bar.isVisible()
    assert not any(shown_on(canvas, c) for c in OPPORTUNITIES)  # totals now, in ▲ badges
    assert window.actions.start_vote.isEnabled()
    press(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [doc.get(c).votes for c in OPPORTUNITIES] == [7, 4, 9, 3]
    assert voting.open_vote(doc.map) is not None


def test_voting_off_the_canvas_edits_as_usual_and_keys_are_listed(opened) -> None:
    window, canvas, doc, _path = opened
    start_vote_with_keys(window, 2)
    press(canvas, Qt.Key.Key_F7)
    assert canvas.interaction is None and not window.actions.voting.isChecked()
    click_card(canvas, OPPORTUNITIES[0])
    assert not doc.map.dots and canvas.selected_ids() == [OPPORTUNITIES[0]]
    press(canvas, Qt.Key.Key_F7)
    assert canvas.interaction is not None

    QTest.keyClick(canvas, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    listed = {(keys, action) for _section, keys, action in dialog.rows()}
    keys = {keys for keys, _action in listed}
    for key in ("Ctrl+Shift+V", "F7", "Ctrl+Shift+R", "Ctrl+Alt+V", "Tab, N", "R", "1 … 9, 0"):
        assert key in keys, key
    assert ("Workshop", "F7", "Voting on the Map") in dialog.rows()
    dialog.close()


def test_start_dialog_takes_the_maps_participants_and_typed_names(opened) -> None:
    window, canvas, doc, _path = opened
    from mapstudio.core import edits
    from mapstudio.gui import commands

    ana = commands.push(doc, edits.add_participant(doc.core, "Ana"))
    commands.push(doc, edits.add_participant(doc.core, "Bo"))

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        bo = dialog.people.item(1)
        dialog.people.setCurrentItem(bo)
        QTest.keyClick(dialog.people, Qt.Key.Key_Space)  # Bo sits this one out
        type_text(dialog.names, "Zoé, ana")  # "ana" is the map's Ana
        QTest.keyClick(dialog.dots, Qt.Key.Key_Up)  # 4 dots each
        QTest.keyClick(dialog.names, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_in)
    trigger(window, "start_vote")
    back_to_window(window)
    vote = voting.open_vote(doc.map)
    names = [doc.get(p).name for p in vote.participants]
    assert names == ["Ana", "Zoé"] and vote.participants[0] == ana and vote.dots_each == 4
    assert not window.actions.start_vote.isEnabled()  # one open vote at a time
    steps = doc.undo_stack.count()
    press(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the vote and Zoé go
    assert voting.open_vote(doc.map) is None and doc.undo_stack.index() == steps - 1
    assert [p.name for p in doc.map.participants] == ["Ana", "Bo"]
    QTest.qWait(20)  # the view follows once the undo step is whole
    assert canvas.interaction is None and window.actions.start_vote.isEnabled()


def test_a_refused_start_keeps_the_dialog_open_with_the_reason(opened) -> None:
    window, _canvas, doc, _path = opened
    seen = {}

    def no_voters() -> None:
        dialog = QApplication.activeModalWidget()
        QTest.keyClick(dialog.names, Qt.Key.Key_Return)  # nobody to vote
        QTimer.singleShot(0, lambda: read_and_cancel(dialog))

    def read_and_cancel(dialog) -> None:
        seen["error"] = dialog.error.text() if dialog.error.isVisible() else ""
        seen["open"] = dialog.isVisible()
        dialog.reject()

    QTimer.singleShot(0, no_voters)
    trigger(window, "start_vote")
    back_to_window(window)
    assert seen == {"error": "A vote needs at least one participant.", "open": True}
    assert doc.map.votes == [] and doc.undo_stack.count() == 0
