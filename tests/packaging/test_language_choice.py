"""The interface language follows the system (LANG, LANGUAGE) or the user's choice, for the app's
own strings, Qt's standard strings, dates and numbers. Each case runs in a fresh process, since
Qt reads the system locale once."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PROBE = """
import json, sys
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QApplication
from mapstudio.gui.i18n import current_language, install_translators

app = QApplication([])
results = []
for choice in sys.argv[1:]:
    code = install_translators(app, choice)
    results.append({
        "code": code,
        "current": current_language(),
        "app": QCoreApplication.translate("Command", "Add Card"),
        "qt": QCoreApplication.translate("QPlatformTheme", "Cancel"),
        "number": QLocale().toString(1234.5, "f", 1),
        "date": QLocale().toString(QDate(2026, 3, 1), QLocale.FormatType.LongFormat),
    })
print(json.dumps(results))
"""


def probe(*choices: str, **env: str) -> list[dict[str, str]]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *choices],
        env={**clean, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_french_system_gets_french_strings_dates_and_numbers() -> None:
    (fr,) = probe("system", LANG="fr_FR.UTF-8")
    assert fr["code"] == fr["current"] == "fr"
    assert fr["app"] == "Ajout d’une fiche"  # our catalogue
    assert fr["qt"] == "Annuler"  # Qt's own qtbase_fr
    assert fr["number"].replace("\u202f", " ").replace("\xa0", " ") == "1 234,5"
    assert "mars 2026" in fr["date"]


def test_english_system_stays_english() -> None:
    (en,) = probe("system", LANG="en_US.UTF-8")
    assert (en["code"], en["app"], en["qt"], en["number"]) == (
        "en",
        "Add Card",
        "Cancel",
        "1,234.5",
    )
    assert "March" in en["date"]


def test_a_system_without_a_locale_gets_the_interface_languages_dates_and_numbers() -> None:
    # The C locale (containers, minimal systems) would give "1234.5" and "1 3 2026".
    en, fr = probe("system", "fr", LANG="C.UTF-8")
    assert (en["code"], en["number"], en["date"]) == ("en", "1,234.5", "Sunday, March 1, 2026")
    assert fr["code"] == "fr" and "mars 2026" in fr["date"]
    assert fr["number"].replace("\u202f", " ").replace("\xa0", " ") == "1 234,5"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "de_DE.UTF-8"}, "en"),  # a language we do not ship falls back to English
        ({"LANG": "fr_CA.UTF-8"}, "fr"),  # any French region
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:fr"}, "fr"),  # first shipped preference wins
        ({"LANG": "C.UTF-8"}, "en"),
    ],
)
def test_system_language_resolution(env: dict[str, str], expected: str) -> None:
    assert probe("system", **env)[0]["code"] == expected


def test_preference_overrides_system_and_switching_replaces_translators() -> None:
    fr, en, back = probe("fr", "en", "system", LANG="en_US.UTF-8")
    assert (fr["code"], fr["app"], fr["qt"]) == ("fr", "Ajout d’une fiche", "Annuler")
    assert "mars" in fr["date"]  # picking French also gives French dates
    assert (en["code"], en["app"], en["qt"], en["number"]) == (
        "en",
        "Add Card",
        "Cancel",
        "1,234.5",
    )
    assert back["code"] == "en"

    (en_on_french_system,) = probe("en", LANG="fr_FR.UTF-8")
    assert (en_on_french_system["app"], en_on_french_system["qt"]) == ("Add Card", "Cancel")
