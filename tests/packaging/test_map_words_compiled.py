"""A map's words under Qt come from the compiled catalogue (.qm), and say what the .ts says.

The editor answers a French map's words (badges, lane names) in an English interface from
``mapstudio_fr.qm`` instead of reading the .ts source at start-up; posters drawn without Qt read
the .ts. Both must give every entry the same words, plural forms included.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from mapstudio.core.model import LaneKind
from mapstudio.core.vocabulary import card_count, in_map_language, lane_kind_name
from mapstudio.gui import i18n
from mapstudio.resources import resource_path
from mapstudio.text import catalog, translate


def _entries(code: str) -> list[tuple[str, str, str | None, bool]]:
    """(context, source, disambiguation, is plural) of every finished entry of a catalogue."""
    root = ET.parse(resource_path("translations", f"mapstudio_{code}.ts")).getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            if message.find("translation").get("type") in ("unfinished", "vanished"):
                continue
            found.append(
                (
                    context.findtext("name"),
                    message.findtext("source"),
                    message.findtext("comment"),
                    message.get("numerus") == "yes",
                )
            )
    return found


@pytest.mark.parametrize("code", ["fr", "en"])
def test_every_entry_reads_the_same_from_the_compiled_and_the_source_catalogue(qapp, code):
    entries = _entries(code)
    assert len(entries) > (10 if code == "en" else 500)
    for context, source, comment, plural in entries:
        for n in (0, 1, 2, 7) if plural else (-1,):
            compiled = i18n._compiled_map_words(code, context, source, comment, n)
            assert compiled == catalog.translate_to(code, context, source, n), (source, n)


def test_a_french_map_in_an_english_interface_reads_no_ts_source(qapp, monkeypatch):
    i18n.install_translators(qapp, "en")
    catalog.messages.cache_clear()
    read: list[str] = []
    monkeypatch.setattr(catalog, "messages", lambda code: read.append(code) or {})
    with i18n.map_words("fr"):
        words = (lane_kind_name(LaneKind.FRICTIONS), card_count(3))
    assert words == ("Points de friction", "3 fiches")
    assert read == []
    # Without Qt's compiled catalogues (a poster from the command line), the source answers.
    translate.use_compiled_catalogues(None)
    try:
        with in_map_language("fr"):
            lane_kind_name(LaneKind.FRICTIONS)
        assert set(read) == {"fr"}
    finally:
        translate.use_compiled_catalogues(i18n._compiled_map_words)
