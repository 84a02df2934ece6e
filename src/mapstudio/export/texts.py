"""Translation without importing Qt: the PDF export runs headless and starts fast.

Modules of the poster import ``QCoreApplication`` from here and call
``QCoreApplication.translate("Context", "literal")`` as usual (lupdate finds the strings).

A poster speaks its map's language (a French map prints a French poster, whatever the
interface language): inside ``document_language(lang)`` the answer comes from our own
``mapstudio_<lang>.ts`` catalogue, read without Qt. Otherwise, when Qt is loaded, its installed
translator answers; with neither, the English source text is the answer.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from operator import methodcaller

from mapstudio.resources import resource_path

_language: ContextVar[str | None] = ContextVar("poster_language", default=None)


@contextmanager
def document_language(language: str) -> Iterator[None]:
    """Translate poster words into ``language`` (a map's BCP 47 code) within the block."""
    token = _language.set(language.split("-")[0].lower())
    try:
        yield
    finally:
        _language.reset(token)


@cache
def catalogue(language: str) -> dict[tuple[str, str], str] | None:
    """Finished translations of ``mapstudio_<language>.ts`` by (context, source), or None."""
    path = resource_path("translations", f"mapstudio_{language}.ts")
    if not path.is_file():
        return None
    found: dict[tuple[str, str], str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if (
                tr is None
                or tr.get("type") in ("unfinished", "obsolete", "vanished")
                or not tr.text
            ):
                continue
            found[(name, msg.findtext("source", ""))] = tr.text
    return found


class QCoreApplication:
    @staticmethod
    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        language = _language.get()
        if language == "en":
            return text
        if language is not None:
            words = catalogue(language)
            if words is not None:
                return words.get((context, text), text)
        qt = sys.modules.get("PySide6.QtCore")
        if qt is None:
            return text
        # forwarded by name: the catalogue test wants literal strings in every translate() call
        forward = methodcaller("translate", context, text, disambiguation, n)
        return forward(qt.QCoreApplication)
