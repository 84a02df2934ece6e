"""Interface language: installs the app's and Qt's own translators and the matching locale.

The app's catalogues are ``resources/translations/mapstudio_<code>.qm`` (built from the ``.ts``
sources by ``make translations``); Qt's own strings (standard dialog buttons, context menus) come
from ``qtbase_<code>.qm`` shipped with PySide6. English is the source language: its catalogue
``mapstudio_en.qm`` holds only the plural forms ("1 card", "2 cards" for "%n card(s)").
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from mapstudio.core.vocabulary import in_map_language
from mapstudio.resources import resource_path
from mapstudio.text.catalog import SOURCE_LANGUAGE, fill_count, languages_in
from mapstudio.text.translate import use_compiled_catalogues

LANGUAGE_CHOICES = ("system", "en", "fr")  # what Preferences offers

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE
_map_catalogues: dict[str, QTranslator | None] = {}  # language -> its compiled catalogue


def translations_dir() -> Path:
    return resource_path("translations")


def available_languages() -> list[str]:
    """English plus every language the app has a compiled catalogue for."""
    return languages_in(translations_dir(), ".qm")


def resolve_language(language: str = "system") -> str:
    """The language code to use: ``language`` if we ship it, else the first of the system's
    preferred UI languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) that we ship, else English."""
    available = available_languages()
    if language != "system":
        code = language.replace("-", "_").split("_")[0].lower()
        return code if code in available else SOURCE_LANGUAGE
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in available:
            return code
    return SOURCE_LANGUAGE


def qt_translations_dir() -> Path:
    """Where Qt's own catalogues (qtbase_fr.qm) are: Qt's configured path, or PySide6's copy
    (a PyInstaller bundle keeps them under PySide6/Qt/translations)."""
    from PySide6.QtCore import QLibraryInfo  # an English window never asks: its type costs

    configured = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if configured.is_dir() and any(configured.glob("qtbase_*.qm")):
        return configured
    import PySide6

    return Path(PySide6.__file__).resolve().parent / "Qt" / "translations"


def install_translators(app: QCoreApplication, language: str = "system") -> str:
    """Install the app's and Qt's translators for ``language`` ("system", "en", "fr");
    returns the language code in use. Calling it again replaces the previous language."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()

    code = resolve_language(language)
    # Dates and numbers follow the system locale, unless the user picked another language or
    # the system has none (the C locale of containers and minimal systems: dates as
    # "5 12 2026 16:20", numbers not grouped): then they follow the interface's language.
    system = QLocale.system()
    same_language = system.name().split("_")[0] == code
    follow_system = system.language() != QLocale.Language.C and (
        language == "system" or same_language
    )
    QLocale.setDefault(system if follow_system else QLocale(code))

    catalogues = [(translations_dir(), f"mapstudio_{code}.qm")]  # English: its plurals
    if code != SOURCE_LANGUAGE:
        catalogues.append((qt_translations_dir(), f"qtbase_{code}.qm"))
    for folder, name in catalogues:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
    _current = code
    return code


def current_language() -> str:
    """The language installed last ("en" before any install): templates offered follow it."""
    return _current


def map_words(language: str) -> AbstractContextManager[None]:
    """Words that belong to a map (badges, lane counts, names of new stages and lanes) in the
    map's ``language``, as its poster prints them. When the interface speaks that language
    already, its installed translator answers: no catalogue is read (opening a map stays fast).
    With no translator installed (an application that did not install them) the catalogue
    answers, so counts still get their plural forms.
    """
    if _installed and language.split("-")[0].lower() == _current:
        return nullcontext()
    return in_map_language(language)


def _compiled_map_words(
    language: str, context: str, text: str, disambiguation: str | None, n: int
) -> str | None:
    """A map's word in ``language`` from the compiled catalogue (None: ask the .ts source).

    The catalogue is the .qm that ``make translations`` compiles from the same .ts, so it gives
    the same answers; like QCoreApplication.translate, ``%n`` is filled with the count here."""
    if language not in _map_catalogues:
        translator = QTranslator()
        found = translator.load(f"mapstudio_{language}.qm", str(translations_dir()))
        _map_catalogues[language] = translator if found else None
    translator = _map_catalogues[language]
    if translator is None:
        return None
    result = translator.translate(context, text, disambiguation, n) or text
    return fill_count(language, result, n) if n >= 0 else result


use_compiled_catalogues(_compiled_map_words)
