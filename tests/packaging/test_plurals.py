"""Plural forms under Qt: the app's translators (English's plural-only catalogue included) pick
"1 card" / "2 cards", "0 fiche" / "2 fiches"; and the Qt-free catalogue answers exactly as Qt
does, for every plural message of every shipped language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from mapstudio.core import vocabulary
from mapstudio.gui.i18n import current_language, install_translators
from mapstudio.text import catalog
from mapstudio.text.translate import QCoreApplication as Shim
from mapstudio.text.translate import TranslationContext

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def plural_messages(code: str) -> list[tuple[str, str]]:
    return plural_messages_in(TRANSLATIONS / f"mapstudio_{code}.ts")


def plural_messages_in(path: Path) -> list[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    ]


@pytest.fixture
def speaking(qapp):
    """Install the app's translators for a language; English again afterwards."""
    before = current_language()
    yield lambda code: install_translators(qapp, code)
    install_translators(qapp, before)


def test_english_plurals_under_qt(speaking) -> None:
    assert speaking("en") == "en"
    assert [vocabulary.card_count(n) for n in (0, 1, 2)] == ["0 cards", "1 card", "2 cards"]
    assert QCoreApplication.translate("Vocabulary", "%Ln lane(s)", None, 1) == "1 lane"


def test_french_plurals_under_qt(speaking) -> None:
    assert speaking("fr") == "fr"
    assert [vocabulary.card_count(n) for n in (0, 1, 2)] == ["0 fiche", "1 fiche", "2 fiches"]
    assert vocabulary.stage_count(5) == "5 étapes"


@pytest.mark.parametrize("code", ["en", "fr"])
def test_the_qt_free_catalogue_answers_as_qt(speaking, code: str) -> None:
    speaking(code)
    messages = plural_messages(code)
    assert len(messages) >= 4
    for context, source in messages:
        for n in [*range(0, 25), 100, 101, 1000]:
            qt = QCoreApplication.translate(context, source, None, n)
            assert catalog.translate_to(code, context, source, n) == qt, (code, source, n)


def test_a_plain_translate_call_with_n_works_through_the_shim(speaking) -> None:
    """What Qt-free edits call, e.g. translate("Command", "Delete %Ln Cards", None, n): the same
    answer under Qt (forwarded) and headless (the catalogue), plural forms or not."""
    for code in ("en", "fr"):
        speaking(code)
        for n in (1, 3):
            via_qt = Shim.translate("Command", "Delete %Ln Cards", None, n)
            assert via_qt == catalog.translate_to(code, "Command", "Delete %Ln Cards", n)
            assert str(n) in via_qt
            counted = TranslationContext("Vocabulary").tr("%Ln card(s)", "", n)
            assert counted == catalog.translate_to(code, "Vocabulary", "%Ln card(s)", n)


def test_every_plural_message_has_finished_english_forms(tmp_path: Path) -> None:
    """A count written with plural forms needs its English forms too ("1 card", "2 cards"),
    or an English interface shows "2 card(s)": `make translations` adds the message to
    mapstudio_en.ts, a person fills the forms."""
    import subprocess
    import sys

    target = tmp_path / "extracted_en.ts"
    sources = sorted(str(p) for p in (TRANSLATIONS.parents[1] / "src" / "mapstudio").rglob("*.py"))
    subprocess.run(
        [str(Path(sys.executable).parent / "pyside6-lupdate"), "-silent", *sources]
        + ["-tr-function-alias", "translate+=t", "-locations", "none", "-pluralonly"]
        + ["-source-language", "en", "-target-language", "en", "-ts", str(target)],
        check=True,
        capture_output=True,
    )
    extracted = set(plural_messages_in(target))
    assert len(extracted) >= 4
    ours = ET.parse(TRANSLATIONS / "mapstudio_en.ts").getroot()
    finished = {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ours.iter("context")
        for message in context.iter("message")
        if (translation := message.find("translation")) is not None
        and translation.get("type") is None
        and all((form.text or "").strip() for form in translation.iter("numerusform"))
    }
    assert not extracted - finished, f"no English plural forms for {extracted - finished}"
