"""Translation without importing Qt: the PDF export runs headless and starts fast.

Modules that must not import Qt (the poster, words shared by canvas and poster such as
``badges``) import ``QCoreApplication`` from here and call
``QCoreApplication.translate("Context", "literal")`` as usual (lupdate finds the strings).

A poster speaks its map's language (a French map prints a French poster, whatever the
interface language): inside ``document_language(lang)`` the answer comes from our own
``mapstudio_<lang>.ts`` catalogue, read without Qt (``mapstudio.text.catalog``). Otherwise, when Qt
is running (the GUI, image export), its installed translator answers; headless, the same
catalogue in the user's language (Preferences, else the system's).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from operator import methodcaller
from typing import Any

from mapstudio.text import catalog

_language: ContextVar[str | None] = ContextVar("poster_language", default=None)

#: (language, context, text, disambiguation, n) -> the translation, or None when the compiled
#: catalogue has none. Set by the Qt layer: a compiled catalogue (.qm) answers at once, where
#: reading the .ts source costs about 10 ms the first time (a French map opened in an English
#: interface, at start-up). Without Qt (posters from the command line) the .ts is read.
CompiledLookup = Callable[[str, str, str, str | None, int], str | None]
_compiled: CompiledLookup | None = None


def use_compiled_catalogues(lookup: CompiledLookup | None) -> None:
    """Answer ``document_language`` blocks from ``lookup`` first (None: the .ts catalogue)."""
    global _compiled
    _compiled = lookup


@contextmanager
def document_language(language: str) -> Iterator[None]:
    """Translate poster words into ``language`` (a map's BCP 47 code) within the block."""
    token = _language.set(language.split("-")[0].lower())
    try:
        yield
    finally:
        _language.reset(token)


class QCoreApplication:
    """Stands in for Qt's ``QCoreApplication.translate`` (same arguments, same answers)."""

    @staticmethod
    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        language = _language.get()
        if language is not None and language in catalog.shipped_languages():
            found = _compiled(language, context, text, disambiguation, n) if _compiled else None
            if found is not None:
                return found
            return catalog.translate_to(language, context, text, n)
        qt = sys.modules.get("PySide6.QtCore")
        if qt is None or qt.QCoreApplication.instance() is None:
            return catalog.translate(context, text, n)  # headless: no translator can be installed
        # forwarded by name: the catalogue test wants literal strings in every translate() call
        forward = methodcaller("translate", context, text, disambiguation, n)
        return forward(qt.QCoreApplication)


class TranslationContext:
    """A translation context for Qt-free code, so that plurals extract as plurals.

    ``Counts = TranslationContext("Counts")`` then ``Counts.tr("%n card(s)", "", n)``: the
    variable's name is the context pyside6-lupdate files the string under (it reads the name
    before ``.tr``), so it must equal the name given here. Plurals need this form: lupdate
    marks a message as plural ("numerus") in a ``tr(text, comment, n)`` call, but takes the
    ``n`` of ``QCoreApplication.translate(context, text, comment, n)`` for an old encoding
    argument and extracts a plain message. Under Qt the call forwards to Qt's translator
    (which picks the plural form); headless the catalogue picks it by the same rule.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.name, text, disambiguation, n)


def fill(text: str, *values: object) -> str:
    """A translated ``text`` with %1, %2... replaced by ``values`` (as Qt's QString.arg)."""
    for i, value in reversed(list(enumerate(values, 1))):  # %10 before %1
        text = text.replace(f"%{i}", str(value))
    return text


def labelled(label: str, value: str) -> str:
    """ "Label: value", the colon as the language writes it (French: "Label : value", with a
    no-break space), for words shown to a person; a file's "FILE: message" stays as it is."""
    return fill(QCoreApplication.translate("Text", "%1: %2"), label, value)


def in_series(items: Iterable[str]) -> str:
    """Items of a list joined by semicolons, as the language punctuates them ("a; b"; French
    puts a no-break space before the semicolon: "a ; b")."""
    return QCoreApplication.translate("Text", "; ", "between the items of a list").join(items)


def number_language() -> str:
    """The language code numbers are written in here, as ``count_text`` chooses it: the
    document's inside ``document_language``, else the interface's (Qt running), else the one a
    headless command speaks."""
    qt = _running_qt()
    if _document_code() is not None or qt is None:
        return _document_code() or catalog.headless_language()
    return catalog.language_code(qt.QLocale().name())


def _document_code() -> str | None:
    """Inside ``document_language``, its language when we ship it."""
    language = _language.get()
    return language if language is not None and language in catalog.shipped_languages() else None


def _running_qt() -> Any:
    """PySide6's QtCore when an application runs (its locale then follows the interface)."""
    qt = sys.modules.get("PySide6.QtCore")
    return qt if qt is not None and qt.QCoreApplication.instance() is not None else None


def count_text(n: int) -> str:
    """``n`` with its digits grouped as the words around it are written ("1,200" in English,
    "1 200" in French), as ``%Ln`` fills a plural message: inside ``document_language`` in that
    language (a poster), otherwise in the language ``QCoreApplication.translate`` answers in
    (the interface's under Qt, whose locale follows it; headless, the command's)."""
    qt = _running_qt()
    if _document_code() is not None or qt is None:
        return catalog.format_count(number_language(), n)
    return str(qt.QLocale().toString(n))
