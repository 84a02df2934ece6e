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
    ("lang", "written"), [("en_GB.UTF-8", "1,200"), ("fr_FR.UTF-8", f"1{NNBSP}200")]
)
def test_insights_text_follows_the_language_and_json_stays_plain(lang, written, tmp_path):
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
    machine = subprocess.run(
        cli_command("insights", str(path), "--json"),
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    counts = json.loads(machine.stdout)["stages"][0]["counts"]
    assert CARDS in counts.values()
