"""Counts shown to the user are written for the interface language: "1,200 cards" in English,
"1 200 fiches" (narrow no-break space) in French, in the status bar, Find and the Qt-free words."""

from __future__ import annotations

import pytest

from mapstudio.core.model import Card
from mapstudio.files import write_map
from mapstudio.text import catalog
from tests.app.conftest import sample_map
from tests.app.helpers import trigger

NNBSP = "\u202f"
CARDS = 1200


def big_map_file(tmp_path):
    big = sample_map().model_copy(
        update={
            "cards": [
                Card(id=f"c{i}", stage="s1", lane="l1", text=f"Visit {i}", order=i)
                for i in range(CARDS)
            ]
        }
    )
    path = tmp_path / "big.journey.json"
    write_map(path, big)
    return path


@pytest.mark.parametrize(
    ("language", "cards", "matches"),
    [("en", "1,200 cards", "1,200 matches"), ("fr", f"1{NNBSP}200 fiches", f"1{NNBSP}200")],
    indirect=["language"],
)
def test_status_bar_and_find_write_counts_for_the_language(
    language, cards, matches, window, tmp_path
):
    window.files.open_path(big_map_file(tmp_path))
    assert cards in window.counts_label.text()
    trigger(window, "find")  # Edit > Find...
    window.find_bar.field.setText("Visit")
    assert window.find_bar.count.text().startswith(matches)


@pytest.mark.parametrize(
    ("code", "expected"),
    [("en", "12,345 cards"), ("fr", f"12{NNBSP}345 fiches"), ("en", "999 cards")],
)
def test_the_qt_free_catalogue_groups_digits_as_qt_does(code, expected):
    n = int(expected.split(" ")[0].replace(",", "").replace(NNBSP, ""))
    assert catalog.translate_to(code, "Vocabulary", "%Ln card(s)", n) == expected


@pytest.mark.parametrize("code", ["en", "fr"])
def test_the_catalogue_grouping_agrees_with_qlocale(code):
    from PySide6.QtCore import QLocale

    for n in (0, 7, 999, 1000, 12345, 100000, 1234567):
        assert catalog.format_count(code, n) == QLocale(code).toString(n)


@pytest.mark.parametrize(
    ("lang", "written", "heading"),
    [
        ("en_GB.UTF-8", "1,200", "Content per stage: "),
        ("fr_FR.UTF-8", f"1{NNBSP}200", "Contenu par étape\xa0: "),  # a space before the colon
    ],
)
def test_insights_text_follows_the_language_and_json_stays_plain(lang, written, heading, tmp_path):
    import json
    import subprocess

    from tests.foundation.conftest import cli_command, cli_env

    path = big_map_file(tmp_path)
    env = {**cli_env(), "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": lang}
    env["HOME"] = str(tmp_path)  # no Preferences: the system's language decides
    text = subprocess.run(
        cli_command("insights", str(path)), capture_output=True, text=True, env=env, timeout=60
    )
    assert text.returncode == 0, text.stderr
    stage_line = next(line for line in text.stdout.splitlines() if "Awareness" in line)
    assert written in stage_line
    assert any(line.startswith(heading) for line in text.stdout.splitlines())
    machine = subprocess.run(
        cli_command("insights", str(path), "--json"),
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    counts = json.loads(machine.stdout)["stages"][0]["counts"]
    assert CARDS in counts.values()


# --- the poster Export dialog: how many sheets, and the refusal of too many -------------------
@pytest.mark.parametrize(
    ("language", "one", "two", "too_many"),
    [
        ("en", "1 sheet of A0 portrait (1 row × 1 column)",
         "2 sheets of A4 portrait (1 row × 2 columns)", "That would print 1,880 sheets;"),
        ("fr", "1 feuille A0 portrait (1 rangée × 1 colonne)",
         "2 feuilles A4 portrait (1 rangée × 2 colonnes)", f"Cela imprimerait 1{NNBSP}880 feuilles"),
    ],
    indirect=["language"],
)  # fmt: skip
def test_the_export_dialog_says_how_many_sheets_a_poster_prints_on(
    language, one, two, too_many, qtbot
):
    from PySide6.QtCore import Qt

    from mapstudio.gui.document import MapDocument
    from mapstudio.gui.export.dialog import ExportDialog

    dialog = ExportDialog(MapDocument(sample_map()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.tile_radio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.scale_radio, Qt.MouseButton.LeftButton)
    dialog.scale_spin.setValue(100)
    dialog.paper_box.setCurrentText("A0")
    assert one in dialog.summary.text()
    dialog.paper_box.setCurrentText("A4")
    assert two in dialog.summary.text()
    dialog.paper_box.setCurrentText("100x100mm")
    dialog.scale_spin.setValue(1000)
    assert dialog.error.text().startswith(too_many)
    assert not dialog.export_button.isEnabled()


# --- closing with several unsaved maps --------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "two", "one", "many"),
    [
        ("en", "2 maps have changes", "1 map has changes that are not saved. Save it before",
         "1,200 maps have changes"),
        ("fr", "2 cartes ont des modifications", "1 carte a des modifications",
         f"1{NNBSP}200 cartes ont des modifications"),
    ],
    indirect=["language"],
)  # fmt: skip
def test_the_unsaved_maps_question_counts_the_maps(language, two, one, many, window, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from mapstudio.gui import commands
    from mapstudio.gui.app.unsaved_dialog import UnsavedMapsDialog

    for name in ("first", "second"):
        path = tmp_path / f"{name}.journey.json"
        write_map(path, sample_map(name.title()))
        commands.rename(window.files.open_path(path), "s1", name.upper())
    asked: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnsavedMapsDialog):
            QTimer.singleShot(20, answer)
            return
        try:
            asked.append(dialog.intro.text())
        finally:  # never left up: the window would wait for it
            dialog.cancel_button.click()

    QTimer.singleShot(0, answer)
    window.close()  # with two unsaved maps: one question, cancelled
    assert len(asked) == 1 and asked[0].startswith(two) and window.isVisible()
    for names, expected in (([("a", "")], one), ([(f"m{i}", "") for i in range(1200)], many)):
        dialog = UnsavedMapsDialog(names, window)
        assert dialog.intro.text().startswith(expected)
        dialog.deleteLater()


# --- a card's comment thread in the inspector --------------------------------------------------
@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "1 open, 1,200 resolved"), ("fr", f"1 ouvert, 1{NNBSP}200 résolus")],
    indirect=["language"],
)
def test_the_inspector_counts_open_and_resolved_comments(language, expected, window, tmp_path):
    from mapstudio.core.model import Comment

    thread = [Comment(id="k0", text="Still open?")] + [
        Comment(id=f"k{i}", text=f"Done {i}", resolved=True) for i in range(1, 1201)
    ]
    commented = sample_map()
    first = commented.cards[0].model_copy(update={"comments": thread})
    commented = commented.model_copy(update={"cards": [first, *commented.cards[1:]]})
    path = tmp_path / "commented.journey.json"
    write_map(path, commented)
    window.files.open_path(path)
    window.current_canvas().select_ids([first.id])
    assert window.inspector.card_form.fields["comments"].text() == expected


# --- the insights panel's evidence figures ------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "observed", "contents"),
    [("en", "0/1,200", "Actions 1,200"), ("fr", f"0/1{NNBSP}200", f"Actions 1{NNBSP}200")],
    indirect=["language"],
)
def test_the_insights_panel_groups_its_figures(language, observed, contents, window, tmp_path):
    from PySide6.QtWidgets import QApplication

    window.files.open_path(big_map_file(tmp_path))
    window.actions.show_insights.trigger()
    QApplication.processEvents()
    panel = window._insights.panel
    assert [figure for _, _, figure in panel.evidence.rows][0] == observed
    assert contents in panel.counts.text()


# --- a dot vote: a digit past the last participant --------------------------------------------
@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [
        ("en", 1, "This vote has 1 participant."),
        ("en", 2, "This vote has 2 participants."),
        ("fr", 1, "Ce vote compte 1 participant."),
        ("fr", 2, "Ce vote compte 2 participants."),
    ],
    indirect=["language"],
)
def test_a_digit_past_the_participants_says_how_many_there_are(
    language, count, expected, window, tmp_path
):
    import shutil

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.app.test_dot_voting import EXAMPLE, press, start_vote_with_keys

    path = tmp_path / "smartphone.journey.json"  # a map with opportunities to vote on
    shutil.copy(EXAMPLE, path)
    window.open_paths([path])
    window.activateWindow()  # the vote's keys go to the active window's canvas
    QTest.qWaitForWindowActive(window)
    start_vote_with_keys(window, count)
    session = window.voting.session()
    assert session.is_active()
    press(window.current_canvas(), Qt.Key.Key_5)
    assert session.bar.message.text() == expected


@pytest.mark.parametrize(
    ("language", "unsourced", "unrated"),
    [
        ("en", "1 card with no source", "1 not rated (no impact or effort)"),
        ("fr", "1 fiche sans source", "1 non évaluée (sans impact ou effort)"),
    ],
    indirect=["language"],
)
def test_the_insights_panel_agrees_its_words_with_one(
    language, unsourced, unrated, window, tmp_path
):
    from PySide6.QtWidgets import QApplication

    from mapstudio.core.model import Card, JourneyMap, Lane, LaneKind, Stage

    path = tmp_path / "one.journey.json"
    write_map(
        path,
        JourneyMap(
            id="one",
            title="One of each",
            stages=[Stage(id="s", name="Buy", order=0)],
            lanes=[Lane(id="o", kind=LaneKind.OPPORTUNITIES, title="Ideas", order=0)],
            cards=[Card(id="c", stage="s", lane="o", text="A loyalty card")],
        ),
    )
    window.files.open_path(path)
    window.actions.show_insights.trigger()
    QApplication.processEvents()
    panel = window._insights.panel
    assert panel.unsourced.text().splitlines()[0] == unsourced
    assert unrated in panel.matrix_note.text().splitlines()


@pytest.mark.parametrize(
    ("example", "lang", "low", "gap", "then"),
    [
        ("smartphone-en", "en_GB.UTF-8", "Camille Laurent: −1.5 · Decision", "Decision +2.5", "; "),
        (
            "smartphone-fr",
            "fr_FR.UTF-8",
            "Camille Laurent\xa0: −1,5 · Décision",
            "Décision +2,5",
            ")\xa0; ",  # French puts a space before a semicolon too
        ),
    ],
)
def test_insights_scores_are_written_as_the_language_writes_numbers(
    example, lang, low, gap, then, tmp_path
):
    # A half-point score (a source averaged steps) with a true minus sign and the language's
    # decimal mark, in the command's text as on the panel and the poster (the same words).
    import json
    import subprocess

    from tests.foundation.conftest import EXAMPLES, cli_command, cli_env

    data = json.loads((EXAMPLES / f"{example}.journey.json").read_text(encoding="utf-8"))
    person = next(p["id"] for p in data["personas"] if p["name"] == "Camille Laurent")
    stage = next(s["id"] for s in data["stages"] if s["name"] in ("Decision", "Décision"))
    for point in data["emotion_points"]:
        if (point["persona"], point["stage"], point.get("curve", "as_is")) == (
            person,
            stage,
            "as_is",
        ):
            point["score"] = -1.5
    path = tmp_path / "map.journey.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    env = {**cli_env(), "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": lang}
    env["HOME"] = str(tmp_path)
    done = subprocess.run(
        cli_command("insights", str(path)), capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    lines = [line.strip() for line in done.stdout.splitlines()]
    assert low in lines
    assert any(line.startswith(low.split("−")[0]) and gap in line for line in lines)
    assert any("→" in line and then in line for line in lines)  # the drops, one after another
