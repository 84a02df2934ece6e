"""The words people read at the top of a spreadsheet: sheet names and column headings.

A heading is the display word of a model field (``core.vocabulary`` where it has one, else a
word of this module's "Exchange" context); a field added to the model later, with no word yet,
is shown as its name made readable ("dot_votes" -> "Dot votes"), so it still travels. Import
recognises a heading in every shipped language, the field's own name, and its readable form,
so a workbook written in French reads back in English and the reverse.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from mapstudio.core import vocabulary
from mapstudio.text import catalog
from mapstudio.text.translate import QCoreApplication, document_language


def readable(name: str) -> str:
    """A field or list name as words: ``emotion_points`` -> ``Emotion points``."""
    return vocabulary.sentence_case(name.replace("_", " "))


def _field_words() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "id": t("Exchange", "Id"),
        "stage": t("Exchange", "Stage"),
        "lane": t("Exchange", "Lane"),
        "persona": t("Exchange", "Persona"),
        "order": t("Exchange", "Order"),
        "name": t("Exchange", "Name"),
        "title": t("Exchange", "Title"),
        "kind": t("Exchange", "Kind"),
        "description": t("Exchange", "Description"),
        "curve": t("Exchange", "Curve"),
        "score": t("Exchange", "Score"),
        "label": t("Exchange", "Label"),
        "collapsed": t("Exchange", "Collapsed"),
        "hidden_in_export": t("Exchange", "Hidden in export"),
        "goals": t("Exchange", "Goals"),
        "needs": t("Exchange", "Needs"),
        "frustrations": t("Exchange", "Frustrations"),
        "quote": t("Exchange", "Quote"),
        "sources": t("Exchange", "Sources"),
        "photo": t("Exchange", "Photo"),
        "initials": t("Exchange", "Initials"),
        "language": t("Exchange", "Language"),
        "created": t("Exchange", "Created"),
        "modified": t("Exchange", "Modified"),
        "participants": t("Exchange", "Participants"),
        "participant": t("Exchange", "Participant"),
        "lanes": t("Exchange", "Lanes"),
        "dots_each": t("Exchange", "Dots each"),
        "hidden": t("Exchange", "Hidden"),
        "closed": t("Exchange", "Closed"),
        "vote": t("Exchange", "Vote"),
        "card": t("Exchange", "Card"),
        "resolved": t("Exchange", "Resolved"),
        "mime": t("Exchange", "Type"),
        "data": t("Exchange", "Data"),
        "width": t("Exchange", "Width"),
        "height": t("Exchange", "Height"),
        "alt": t("Exchange", "Text alternative"),
        "on": t("Exchange", "On"),
        "field": t("Exchange", "Field"),
        "field_value": t("Exchange", "Value"),
    }


def _vocabulary_word(field: str) -> str | None:
    for lookup in (vocabulary.field_name, vocabulary.metric_field_name, vocabulary.map_field_name):
        try:
            return lookup(field)
        except KeyError:
            continue
    return None


def heading(field: str) -> str:
    """The heading of a column holding ``field`` (in the current translation language)."""
    words = _field_words()
    if field in words:
        return words[field]
    return _vocabulary_word(field) or readable(field)


def sheet_name(collection: str) -> str:
    """The name of the sheet holding one of the map's lists (or "map", "grid", a child sheet)."""
    t = QCoreApplication.translate
    names = {
        "grid": t("Exchange", "Map"),
        "about": t("Exchange", "About"),
        "personas": t("Exchange", "Personas"),
        "participants": t("Exchange", "Participants"),
        "stages": t("Exchange", "Stages"),
        "lanes": t("Exchange", "Lanes"),
        "cards": t("Exchange", "Cards"),
        "emotion_points": t("Exchange", "Emotions"),
        "metric_values": t("Exchange", "Metrics"),
        "votes": t("Exchange", "Votes"),
        "dots": t("Exchange", "Dots"),
        "comments": t("Exchange", "Comments"),
        "images": t("Exchange", "Pictures"),
    }
    # A sheet name holds at most 31 characters and none of []:*?/\ (Excel's rules).
    name = names.get(collection) or readable(collection)
    return "".join(ch for ch in name if ch not in "[]:*?/\\")[:31]


def fold(word: object) -> str:
    """A heading or name as compared on import: case, spaces and underscores do not matter."""
    return " ".join(str(word).replace("_", " ").split()).casefold()


def in_every_language(word: Callable[[], str]) -> set[str]:
    """The folded forms of a display word in every shipped language."""
    forms = set()
    for language in catalog.shipped_languages():
        with document_language(language):
            forms.add(fold(word()))
    return forms


def recogniser(keys: Iterable[str], word: Callable[[str], str]) -> dict[str, str]:
    """A folded heading -> key table: each key under its name, its readable form and its
    display word in every shipped language."""
    table: dict[str, str] = {}
    for key in keys:
        for form in in_every_language(lambda key=key: word(key)):
            table.setdefault(form, key)
    for key in keys:  # a field's own name wins over another field's display word
        table[fold(key)] = key
        table[fold(readable(key))] = key
    return table
