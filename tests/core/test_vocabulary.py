"""The display words of the domain: each has a French translation, and counts take the right
plural form headless (no Qt at all), in English and in French."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from mapstudio.core import vocabulary
from mapstudio.core.metrics import PRESETS
from mapstudio.core.model import Card, Channel, Curve, Evidence, LaneKind, Trend
from mapstudio.layout.badges import badge_texts, card_has_badges
from mapstudio.text import catalog
from mapstudio.text.translate import TranslationContext, document_language

#: Every card field a person edits has a name (a new field without one fails here).
CARD_FIELDS = [f for f in Card.model_fields if f not in ("id", "stage", "lane", "order")]


def every_word() -> list[str]:
    """Every word the vocabulary gives, for every value it names."""
    v = vocabulary
    words = [v.lane_kind_name(k) for k in LaneKind]
    words += [v.channel_name(c) for c in Channel]
    words += [v.online_name(True), v.online_name(False), v.online_from_channel_name()]
    words += [v.severity_name(s) for s in v.SEVERITIES]
    words += [v.level_name(level) for level in v.LEVELS]
    words += [v.short_level_name(level) for level in v.LEVELS]
    words += [v.evidence_name(e) for e in Evidence]
    words += [v.curve_name(c) for c in Curve]
    words += [v.field_name(f) for f in CARD_FIELDS]
    words += [v.map_field_name(f) for f in ("author", "emotion_scale")]
    words += [v.card_count(2), v.point_count(2), v.stage_count(2), v.lane_count(2)]
    words += [v.new_stage_name(), v.untitled_map_title(), v.default_persona_name()]
    words += [v.numbered_persona_name(2), *v.default_stage_names()]
    words += [v.trend_name(t) for t in Trend]
    words += [v.metric_field_name(f) for f in ("name", "value", "unit", "target", "trend")]
    words += [v.metric_preset_name(p.key) for p in PRESETS]
    words += [v.new_metric_name(), v.metric_scale_hint(1, 7)]
    return words


def test_every_vocabulary_word_has_a_french_translation(monkeypatch) -> None:
    asked: list[tuple[str, str]] = []
    original = TranslationContext.tr

    def recording(self, text, disambiguation=None, n=-1):
        asked.append((self.name, text))
        return original(self, text, disambiguation, n)

    monkeypatch.setattr(TranslationContext, "tr", recording)
    with document_language("en"):
        english = every_word()
    french_catalogue = catalog.messages("fr")
    missing = [source for source in asked if source not in french_catalogue]
    assert not missing, f"no French for {missing}"
    with document_language("fr"):
        french = every_word()
    assert len(asked) >= 2 * 70
    assert all(french) and len(french) == len(english)
    # the friction lane has one name per language, the one the French product uses
    assert english[4] == "Pain points" and french[4] == "Points de friction"
    # words that are the same in both languages are few and deliberate
    same = {e for e, f in zip(english, french, strict=True) if e == f}
    alike = {
        "Actions",
        "Notes",
        "SMS",
        "Chat",
        "Impact",
        "Effort",
        "Votes",
        "Source",
        "NPS",
        "CSAT",
        "Storyboard",
    }
    assert same <= alike | {"2 points", "Persona 2"}


def test_lists_show_words_in_sentence_case() -> None:
    with document_language("fr"):
        assert vocabulary.severity_choices()[0] == ("Mineure", 1)
        assert vocabulary.online_choices()[1] == ("En ligne", True)
        assert vocabulary.level_choices()[2] == ("Élevé", 3)
    with document_language("en"):
        assert [label for label, _ in vocabulary.evidence_choices()] == [
            "Observed (from data)",
            "Assumed",
            "Proposed",
        ]
        assert vocabulary.lane_kind_choices()[4] == ("Pain points", LaneKind.FRICTIONS)


@pytest.mark.parametrize(
    ("language", "n", "expected"),
    [
        ("en", 0, "0 cards"),
        ("en", 1, "1 card"),
        ("en", 2, "2 cards"),
        ("fr", 0, "0 fiche"),
        ("fr", 1, "1 fiche"),
        ("fr", 2, "2 fiches"),
        ("fr", 21, "21 fiches"),
    ],
)
def test_plural_forms_headless(language: str, n: int, expected: str) -> None:
    with document_language(language):
        assert vocabulary.card_count(n) == expected
    assert catalog.translate_to(language, "Vocabulary", "%Ln card(s)", n) == expected


def test_plural_rules_follow_qt() -> None:
    # English: the singular for 1 only; French: for 0 and 1 (Qt's rules, checked against Qt in
    # tests/packaging/test_plurals.py)
    assert [catalog.plural_form("en", n) for n in (0, 1, 2, 5)] == [1, 0, 1, 1]
    assert [catalog.plural_form("fr", n) for n in (0, 1, 2, 5)] == [0, 0, 1, 1]


def test_a_message_without_plural_forms_answers_as_qt(monkeypatch) -> None:
    one_form = {("Ctx", "%n things"): ["%n trucs"]}
    monkeypatch.setattr(catalog, "messages", lambda code: one_form)
    # unknown: the source, %n filled
    assert catalog.translate_to("fr", "Nowhere", "%n things", 3) == "3 things"
    # translated without plural forms: its one form serves the singular only (Qt finds no
    # second form and answers the source), so counted messages need plural forms
    assert catalog.translate_to("fr", "Ctx", "%n things", 1) == "1 trucs"
    assert catalog.translate_to("fr", "Ctx", "%n things", 2) == "2 things"


SCRIPT = """
import json, sys
sys.modules["PySide6"] = None  # Qt cannot be imported at all
from mapstudio.core import vocabulary
from mapstudio.text.translate import QCoreApplication, TranslationContext, document_language
from mapstudio.text import catalog
out = {"headless": catalog.headless_language()}
for language in ("en", "fr"):
    with document_language(language):
        out[language] = [vocabulary.card_count(n) for n in (0, 1, 2)]
        out[language + "_stage"] = vocabulary.lane_kind_name(vocabulary.LaneKind.FRICTIONS)
out["user"] = [vocabulary.point_count(n) for n in (1, 3)]
out["direct"] = QCoreApplication.translate("Vocabulary", "%Ln lane(s)", None, 1)
out["context"] = TranslationContext("Vocabulary").tr("%Ln lane(s)", "", 4)
print(json.dumps(out))
"""


@pytest.mark.parametrize("lang", ["en_GB.UTF-8", "fr_FR.UTF-8"])
def test_plurals_without_qt_in_a_fresh_process(lang: str) -> None:
    env = {"LANG": lang, "PATH": "/usr/bin:/bin", "HOME": "/nonexistent"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["en"] == ["0 cards", "1 card", "2 cards"]
    assert out["fr"] == ["0 fiche", "1 fiche", "2 fiches"]
    assert out["en_stage"] == "Pain points" and out["fr_stage"] == "Points de friction"
    if lang.startswith("fr"):
        assert out["headless"] == "fr"
        assert out["user"] == ["1 point", "3 points"]
        assert out["direct"] == "1 couloir" and out["context"] == "4 couloirs"
    else:
        assert out["user"] == ["1 point", "3 points"]
        assert out["direct"] == "1 lane" and out["context"] == "4 lanes"


# --- badges: one table for the words and for whether a card shows any -------------------------
@pytest.mark.parametrize(
    ("kind", "fields", "left", "right"),
    [
        (LaneKind.ACTIONS, {}, "", ""),
        (LaneKind.ACTIONS, {"tags": ["vip"]}, "", "#vip"),
        (LaneKind.ACTIONS, {"evidence": Evidence.ASSUMED}, "", "◐ assumed"),
        (LaneKind.ACTIONS, {"severity": 2, "votes": 3}, "", ""),  # not shown outside their lanes
        (LaneKind.TOUCHPOINTS, {}, "", ""),
        (LaneKind.TOUCHPOINTS, {"channel": Channel.EMAIL}, "✉ Email online", ""),
        (LaneKind.TOUCHPOINTS, {"online": False}, "offline", ""),
        (LaneKind.FRICTIONS, {}, "⚠", ""),
        (LaneKind.FRICTIONS, {"severity": 3}, "⚠ !!! critical", ""),
        (LaneKind.OPPORTUNITIES, {"votes": 0}, "★", ""),
        (
            LaneKind.OPPORTUNITIES,
            {"impact": 3, "effort": 2, "votes": 4, "tags": ["a", "b"], "owner": "Ana"},
            "★ impact high effort med. 4 votes owner: Ana",
            "#a #b",
        ),
    ],
)
def test_badges_and_whether_a_card_has_any(kind, fields, left, right) -> None:
    card = Card(id="c", stage="s", lane="l", text="x", order=0, **fields)
    with document_language("en"):
        assert badge_texts(card, kind) == (left, right)
    assert card_has_badges(card, kind) == bool(left or right)
