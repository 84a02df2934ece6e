"""Headless commands speak the user's language too: `mapstudio export` of a PDF reads the French
catalogue without Qt (it must start fast); the poster itself speaks its map's language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from mapstudio.text import catalog

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "resources" / "examples"

EXPORT = """
import json, sys
from mapstudio.cli import main
code = main(["export", sys.argv[1], "-o", sys.argv[2], "--paper", "A2"])
print(json.dumps([code, any(m.startswith("PySide6") for m in sys.modules)]))
"""


def export_pdf(tmp_path: Path, example: str, **env: str) -> tuple[str, str]:
    """Export a bundled map headless; returns what it printed and the poster's text."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    out = tmp_path / "poster.pdf"
    done = subprocess.run(
        [sys.executable, "-c", EXPORT, str(EXAMPLES / f"{example}.journey.json"), str(out)],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    code, qt_loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert code == 0, done.stderr
    assert not qt_loaded  # still no Qt for a PDF
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    return done.stdout, text


def test_messages_follow_the_system_and_the_poster_its_map(tmp_path: Path) -> None:
    stdout, text = export_pdf(tmp_path, "cosmetics-fr", LANG="fr_FR.UTF-8")
    assert "écrit" in stdout and "au format A2" in stdout
    for label in ("Légende", "Étapes", "11 couloirs", "Carte entière sur une feuille"):
        assert label in text, label
    assert "Legend" not in text

    stdout, text = export_pdf(tmp_path, "cosmetics-en", LANG="fr_FR.UTF-8")
    assert "écrit" in stdout  # the user's language...
    assert "Legend" in text and "Légende" not in text  # ...the map's language on paper

    stdout, text = export_pdf(tmp_path, "cosmetics-fr", LANG="en_US.UTF-8")
    assert stdout.startswith("wrote")
    assert "Légende" in text


def test_preferences_choice_wins_over_the_system(tmp_path: Path) -> None:
    settings_script = (
        "from mapstudio.files.settings import Settings; s = Settings.load(); "
        "s.language = 'fr'; s.save()"
    )
    subprocess.run([sys.executable, "-c", settings_script], check=True, capture_output=True)
    stdout, _ = export_pdf(tmp_path, "cosmetics-en", LANG="en_US.UTF-8")
    assert "écrit" in stdout


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "fr_BE"}, "fr"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, "fr"),  # LC_ALL first
        ({"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:fr"}, "fr"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_headless_language_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    for name in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    catalog.headless_language.cache_clear()
    try:
        assert catalog.headless_language() == expected
    finally:
        catalog.headless_language.cache_clear()


def test_catalogue_lookup_and_plural_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog, "headless_language", lambda: "fr")
    assert catalog.translate("Poster", "Legend") == "Légende"
    assert catalog.translate("Poster", "No such string") == "No such string"
    plural = "%n map(s) restored"  # Qt plural forms, as lupdate writes them for tr(..., n)
    table = {("Ctx", plural): ["%n carte restaurée", "%n cartes restaurées"]}
    monkeypatch.setattr(catalog, "messages", lambda code: table)
    assert catalog.translate("Ctx", plural, 0) == "0 carte restaurée"  # French: 0 is singular
    assert catalog.translate("Ctx", plural, 1) == "1 carte restaurée"
    assert catalog.translate("Ctx", plural, 3) == "3 cartes restaurées"


@pytest.mark.parametrize(
    ("lang", "missing", "empty"),
    [
        ("fr_FR.UTF-8", "le fichier n’existe pas", "le fichier est vide"),
        ("en_US.UTF-8", "the file does not exist", "the file is empty"),
    ],
)
def test_a_file_that_cannot_be_read_is_explained_in_the_users_language(
    tmp_path: Path, lang: str, missing: str, empty: str
) -> None:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    (tmp_path / "empty.journey.json").write_bytes(b"")
    done = subprocess.run(
        [sys.executable, "-m", "mapstudio", "check", "absent.journey.json", "empty.journey.json"],
        cwd=tmp_path,
        env={**clean, "LANG": lang},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"absent.journey.json: {missing}",
        f"empty.journey.json: {empty}",
    ]


def test_the_commands_speak_french_on_a_french_system(tmp_path: Path) -> None:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    example = EXAMPLES / "perfume-fr.journey.json"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "mapstudio", *args],
            cwd=tmp_path,
            env={**clean, "LANG": "fr_FR.UTF-8"},
            capture_output=True,
            text=True,
            timeout=60,
        )

    assert (
        run("check", str(example)).stdout
        == f"{example}: valide (5 étapes, 11 couloirs, 50 fiches)\n"
    )
    made = run("new", "--template", "blank-fr", "-o", "carte.journey.json")
    assert made.stdout == "carte.journey.json: créée à partir de blank-fr\n"
    again = run("new", "--template", "blank-fr", "-o", "carte.journey.json")
    assert again.returncode == 1
    assert "le fichier existe déjà" in again.stderr and "--force" in again.stderr
    assert run("format", "carte.journey.json").stdout.endswith(
        ": déjà sous forme canonique, inchangé\n"
    )


def test_a_broken_reference_is_explained_in_french(tmp_path: Path) -> None:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    doc = json.loads((EXAMPLES / "perfume-fr.journey.json").read_text(encoding="utf-8"))
    doc["cards"][0]["stage"] = "nulle-part"
    (tmp_path / "carte.journey.json").write_text(json.dumps(doc), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mapstudio", "check", "carte.journey.json"],
        cwd=tmp_path,
        env={**clean, "LANG": "fr_FR.UTF-8"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert (
        done.stderr == "carte.journey.json: cards[0].stage: il n’y a pas d’étape « nulle-part »\n"
    )
