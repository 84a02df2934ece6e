"""Translations without Qt, for headless commands that must start fast (PDF export).

Reads the same catalogue the editor uses, ``resources/translations/mapstudio_<code>.ts`` (XML,
shipped beside the compiled ``.qm``), for the language the user chose in Preferences (read through
the reader the entry point gives to ``read_preference_with``) or, failing that, the system's
(LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as Qt does. English needs nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache
from pathlib import Path

from mapstudio.resources import resource_path

SOURCE_LANGUAGE = "en"


def _code(name: str) -> str:
    return name.replace("-", "_").split("_")[0].split(".")[0].lower()


@cache
def shipped_languages() -> list[str]:
    # English's catalogue holds its plurals only
    return languages_in(resource_path("translations"), ".ts")


def languages_in(folder: Path, suffix: str) -> list[str]:
    """English, then the language of each ``mapstudio_<code><suffix>`` catalogue in ``folder``."""
    # names compared as text: a glob compiles a regular expression at start-up
    try:
        names = os.listdir(folder)
    except OSError:  # no catalogue at all: English only
        names = []
    codes = {
        name.removeprefix("mapstudio_").removesuffix(suffix)
        for name in names
        if name.startswith("mapstudio_") and name.endswith(suffix)
    } - {SOURCE_LANGUAGE}
    return [SOURCE_LANGUAGE, *sorted(codes)]


def _no_choice() -> str:
    return "system"


# The settings store lives in a higher layer (mapstudio.files) than the words; the program's entry
# point tells the catalogue how to read the user's choice, so this layer imports nothing above it.
_read_choice: Callable[[], str] = _no_choice


def read_preference_with(reader: Callable[[], str]) -> None:
    """Read the language chosen in Preferences with ``reader`` (called at the first message)."""
    global _read_choice
    _read_choice = reader
    headless_language.cache_clear()


def preferred_language() -> str:
    """The language chosen in Preferences, or "system" (no settings yet, or unreadable)."""
    try:
        return _read_choice()
    except Exception:  # a headless command must not fail over the editor's settings
        return "system"


@cache
def headless_language() -> str:
    """The language code a headless command speaks (as the editor would choose it)."""
    shipped = shipped_languages()
    chosen = preferred_language()
    if chosen != "system":
        return _code(chosen) if _code(chosen) in shipped else SOURCE_LANGUAGE
    # As Qt on Unix: LANGUAGE's priority list, then the first locale variable that is set.
    languages = [name for name in os.environ.get("LANGUAGE", "").split(":") if name]
    variables = ("LC_ALL", "LC_MESSAGES", "LANG")
    locale = next((os.environ[v] for v in variables if os.environ.get(v)), "")
    for name in [*languages, locale]:
        if _code(name) in shipped:
            return _code(name)
    return SOURCE_LANGUAGE


@cache
def messages(code: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> translated forms (one, or the plural forms) of finished entries."""
    import xml.etree.ElementTree as ET  # only when a catalogue is read (not at start-up)

    table: dict[tuple[str, str], list[str]] = {}
    path = resource_path("translations", f"mapstudio_{code}.ts")
    if not path.exists():  # English without its plural catalogue: the source text
        return table
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            forms = forms or [translation.text or ""]
            if all(forms):
                table[(name, message.findtext("source") or "")] = forms
    return table


#: Which plural form (index into a message's forms) a count takes, per language: Qt's rules
#: (lrelease writes them into each .qm from the catalogue's language; English: singular for 1
#: only; French: singular for 0 and 1). A language missing here counts as English.
#: tests/packaging/test_plurals.py checks them against Qt for every shipped language.
PLURAL_RULES: dict[str, Callable[[int], int]] = {
    "en": lambda n: 0 if n == 1 else 1,
    "fr": lambda n: 0 if n <= 1 else 1,
}


def plural_form(code: str, n: int) -> int:
    """The index of the plural form ``n`` takes in language ``code``."""
    return PLURAL_RULES.get(code, PLURAL_RULES[SOURCE_LANGUAGE])(n)


#: The thousands separator of each language, as Qt's locale data gives it (French: a narrow
#: no-break space, U+202F). A language missing here groups as English.
GROUP_SEPARATORS: dict[str, str] = {"en": ",", "fr": "\u202f"}

#: The decimal mark of each language, as Qt's locale data gives it. A language missing here
#: writes decimals as English.
DECIMAL_MARKS: dict[str, str] = {"en": ".", "fr": ","}


def language_code(name: str) -> str:
    """The language of a BCP 47 tag or a locale name: "fr-CA", "fr_FR.UTF-8" -> "fr"."""
    return _code(name)


def format_count(code: str, n: int) -> str:
    """``n`` written for language ``code`` with its digits grouped by three, as ``%Ln`` does."""
    separator = GROUP_SEPARATORS.get(code, GROUP_SEPARATORS[SOURCE_LANGUAGE])
    return f"{n:,}".replace(",", separator)


def localized_count(n: int) -> str:
    """``n`` with its digits grouped as the language a headless command speaks writes them."""
    return format_count(headless_language(), n)


def fill_count(code: str, text: str, n: int) -> str:
    """``text`` with ``%Ln`` replaced by ``n`` localized for ``code`` and ``%n`` by its digits."""
    return text.replace("%Ln", format_count(code, n)).replace("%n", str(n))


def translate_to(code: str, context: str, text: str, n: int = -1) -> str:
    """``text`` in the language ``code``; with a count ``n``, its plural form for ``n`` and
    ``%n`` filled with it, as Qt's translator does. English plural forms come from the
    plural-only English catalogue (``mapstudio_en.ts``), as under Qt."""
    if code == SOURCE_LANGUAGE and n < 0:
        return text  # English's catalogue holds plural forms only: nothing to read
    forms = messages(code).get((context, text)) if code in shipped_languages() else None
    form = plural_form(code, n) if n >= 0 else 0
    # As Qt: a message without that plural form (one translated without plural forms, asked
    # with a count that wants the second) is not translated.
    result = forms[form] if forms and form < len(forms) else text
    return fill_count(code, result, n) if n >= 0 else result


def translate(context: str, text: str, n: int = -1) -> str:
    """``text`` in the language a headless command speaks."""
    return translate_to(headless_language(), context, text, n)
