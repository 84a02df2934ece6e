"""The display words of the map's domain, each defined once, for every view: lane kinds,
touchpoint channels, online / offline, friction severities, impact and effort levels, evidence,
emotion curves, card field names, counts with their plural forms, and the default names of new
things. The inspector, the menus, the canvas, the badges and the poster all word a thing alike.

No Qt: words go through ``mapstudio.text.translate`` (Qt's translator when Qt runs, the map's
language inside a poster export, the catalogue headless). Words used inside a sentence or a
badge are lower case ("minor", "online"); lists and legends show them with ``sentence_case``.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

from mapstudio.core.blueprint import BlueprintLine, Layer
from mapstudio.core.model import Channel, Curve, Evidence, LaneKind, Trend
from mapstudio.text.translate import TranslationContext, document_language, fill

#: Every word here is filed under this context (pyside6-lupdate reads the name before ``.tr``).
Vocabulary = TranslationContext("Vocabulary")

SEVERITIES = (1, 2, 3)  # friction severity: minor, major, critical
LEVELS = (1, 2, 3)  # opportunity impact and effort: low, medium, high


def in_map_language(language: str) -> AbstractContextManager[None]:
    """Within the block, words that belong to a map (its cards' badges, lane counts, the
    names given to new stages, lanes and personas) speak the map's ``language``, as its poster
    does, whatever the interface's language (a language we do not ship: the interface's)."""
    return document_language(language)


def sentence_case(word: str) -> str:
    """``word`` with its first letter in upper case, for a list or a legend ("Minor")."""
    return word[:1].upper() + word[1:]


# --- lane kinds ---------------------------------------------------------------------------------
def lane_kind_name(kind: LaneKind) -> str:
    """The name of a kind of lane: menus, inspector, poster legend, a new lane's title."""
    names = {  # each word translated only when asked for
        LaneKind.ACTIONS: lambda: Vocabulary.tr("Actions"),
        LaneKind.TOUCHPOINTS: lambda: Vocabulary.tr("Touchpoints"),
        LaneKind.THOUGHTS: lambda: Vocabulary.tr("Thoughts and needs"),
        LaneKind.EMOTIONS: lambda: Vocabulary.tr("Emotions"),
        LaneKind.FRICTIONS: lambda: Vocabulary.tr("Pain points"),
        LaneKind.OPPORTUNITIES: lambda: Vocabulary.tr("Opportunities"),
        LaneKind.BACKSTAGE: lambda: Vocabulary.tr("Backstage"),
        LaneKind.METRICS: lambda: Vocabulary.tr("Metrics"),
        LaneKind.NOTES: lambda: Vocabulary.tr("Notes"),
        LaneKind.STORYBOARD: lambda: Vocabulary.tr("Storyboard"),
        LaneKind.SUPPORT: lambda: Vocabulary.tr("Support processes"),
    }
    return names[kind]()


# --- service blueprint --------------------------------------------------------------------------
def blueprint_line_name(line: BlueprintLine) -> str:
    """The label of a line drawn between a blueprint's layers."""
    names = {  # each word translated only when asked for
        BlueprintLine.INTERACTION: lambda: Vocabulary.tr("Line of interaction"),
        BlueprintLine.VISIBILITY: lambda: Vocabulary.tr("Line of visibility"),
        BlueprintLine.INTERNAL_INTERACTION: lambda: Vocabulary.tr("Line of internal interaction"),
    }
    return names[line]()


def blueprint_lane_title(layer: Layer) -> str:
    """The title of the lane added for a layer a map made into a blueprint lacked."""
    names = {  # each word translated only when asked for
        Layer.CUSTOMER: lambda: Vocabulary.tr("Customer actions"),
        Layer.FRONTSTAGE: lambda: Vocabulary.tr("Frontstage actions"),
        Layer.BACKSTAGE: lambda: Vocabulary.tr("Backstage actions"),
        Layer.SUPPORT: lambda: Vocabulary.tr("Support processes"),
    }
    return names[layer]()


# --- positive moments ---------------------------------------------------------------------------
def positive_moment_name() -> str:
    """A card marked as a bright spot, a moment that matters (the opposite of a friction)."""
    return Vocabulary.tr("bright spot")


def positive_moment_hint() -> str:
    """What marking a card as a positive moment means, beside the inspector's check box."""
    return Vocabulary.tr("A moment that matters: it works, keep it")


# --- touchpoints --------------------------------------------------------------------------------
def channel_name(channel: Channel) -> str:
    names = {  # each word translated only when asked for
        Channel.WEBSITE: lambda: Vocabulary.tr("Website"),
        Channel.SEARCH: lambda: Vocabulary.tr("Search engine"),
        Channel.SOCIAL: lambda: Vocabulary.tr("Social network"),
        Channel.ONLINE_AD: lambda: Vocabulary.tr("Online ad"),
        Channel.EMAIL: lambda: Vocabulary.tr("Email"),
        Channel.SMS: lambda: Vocabulary.tr("SMS"),
        Channel.MOBILE_APP: lambda: Vocabulary.tr("Mobile app"),
        Channel.STORE: lambda: Vocabulary.tr("Physical store"),
        Channel.PHONE: lambda: Vocabulary.tr("Phone"),
        Channel.CHAT: lambda: Vocabulary.tr("Chat"),
        Channel.WORD_OF_MOUTH: lambda: Vocabulary.tr("Word of mouth"),
        Channel.EVENT: lambda: Vocabulary.tr("Event"),
        Channel.OTHER: lambda: Vocabulary.tr("Other"),
    }
    return names[channel]()


def online_name(online: bool) -> str:
    return Vocabulary.tr("online") if online else Vocabulary.tr("offline")


def online_from_channel_name() -> str:
    """A touchpoint whose online / offline is not set follows its channel."""
    return Vocabulary.tr("from the channel")


# --- frictions and opportunities ----------------------------------------------------------------
def severity_name(severity: int) -> str:
    names = {  # each word translated only when asked for
        1: lambda: Vocabulary.tr("minor"),
        2: lambda: Vocabulary.tr("major"),
        3: lambda: Vocabulary.tr("critical"),
    }
    return names[severity]()


def level_name(level: int) -> str:
    """An impact or effort level (1-3)."""
    names = {  # each word translated only when asked for
        1: lambda: Vocabulary.tr("low"),
        2: lambda: Vocabulary.tr("medium"),
        3: lambda: Vocabulary.tr("high"),
    }
    return names[level]()


def short_level_name(level: int) -> str:
    """An impact or effort level (1-3), short enough for a card's badge strip: "medium" is
    abbreviated, "low" and "high" are short already."""
    return Vocabulary.tr("med.", "medium, abbreviated") if level == 2 else level_name(level)


# --- evidence and curves ------------------------------------------------------------------------
def evidence_name(evidence: Evidence) -> str:
    names = {  # each word translated only when asked for
        Evidence.OBSERVED: lambda: Vocabulary.tr("observed (from data)"),
        Evidence.ASSUMED: lambda: Vocabulary.tr("assumed"),
        Evidence.PROPOSED: lambda: Vocabulary.tr("proposed"),
    }
    return names[evidence]()


def short_evidence_name(evidence: Evidence) -> str:
    """Evidence in one word, for a card's badge ("observed"; the legend and the tooltip say
    the whole ``evidence_name``)."""
    names = {  # each word translated only when asked for
        Evidence.OBSERVED: lambda: Vocabulary.tr("observed"),
        Evidence.ASSUMED: lambda: Vocabulary.tr("assumed"),
        Evidence.PROPOSED: lambda: Vocabulary.tr("proposed"),
    }
    return names[evidence]()


def curve_name(curve: Curve) -> str:
    """An emotion curve: as the journey is today, or as the team wants it to be."""
    return Vocabulary.tr("to be") if curve is Curve.TO_BE else Vocabulary.tr("as is")


# --- metrics ------------------------------------------------------------------------------------
def trend_name(trend: Trend) -> str:
    """Which way a metric is going, as the inspector offers it."""
    names = {  # each word translated only when asked for
        Trend.UP: lambda: Vocabulary.tr("rising"),
        Trend.DOWN: lambda: Vocabulary.tr("falling"),
        Trend.FLAT: lambda: Vocabulary.tr("steady"),
    }
    return names[trend]()


def metric_field_name(field: str) -> str:
    """The name of a metric value's field (``MetricValue`` attribute), as the inspector labels it."""
    names = {  # each word translated only when asked for
        "name": lambda: Vocabulary.tr("Name"),
        "value": lambda: Vocabulary.tr("Value"),
        "unit": lambda: Vocabulary.tr("Unit"),
        "target": lambda: Vocabulary.tr("Target"),
        "trend": lambda: Vocabulary.tr("Trend"),
    }
    return names[field]()


def metric_preset_name(key: str) -> str:
    """The name a preset gives a new metric (it is the map's text: say it in the map's language)."""
    names = {  # each word translated only when asked for
        "nps": lambda: Vocabulary.tr("NPS", "Net Promoter Score"),
        "csat": lambda: Vocabulary.tr("CSAT", "customer satisfaction score"),
        "ces": lambda: Vocabulary.tr("Customer effort score"),
        "conversion": lambda: Vocabulary.tr("Conversion rate"),
    }
    return names[key]()


def new_metric_name() -> str:
    """The name of a metric added without a preset."""
    return Vocabulary.tr("Metric")


def metric_scale_hint(low: float, high: float) -> str:
    """The usual range of a preset metric, shown next to its value."""
    return fill(Vocabulary.tr("usually %1 to %2"), f"{low:g}", f"{high:g}")


# --- card fields --------------------------------------------------------------------------------
def field_name(field: str) -> str:
    """The name of a card field (``Card`` attribute), as the inspector labels it."""
    names = {  # each word translated only when asked for
        "text": lambda: Vocabulary.tr("Text"),
        "colour": lambda: Vocabulary.tr("Colour"),
        "tags": lambda: Vocabulary.tr("Tags"),
        "channel": lambda: Vocabulary.tr("Channel"),
        "online": lambda: Vocabulary.tr("Online"),
        "severity": lambda: Vocabulary.tr("Severity"),
        "impact": lambda: Vocabulary.tr("Impact"),
        "effort": lambda: Vocabulary.tr("Effort"),
        "owner": lambda: Vocabulary.tr("Owner"),
        "votes": lambda: Vocabulary.tr("Votes"),
        "evidence": lambda: Vocabulary.tr("Evidence"),
        "source": lambda: Vocabulary.tr("Source"),
        "comments": lambda: Vocabulary.tr("Comments"),
        "image": lambda: Vocabulary.tr("Picture"),
        "author": lambda: Vocabulary.tr("Author"),
        "positive": lambda: Vocabulary.tr("Bright spot"),
    }
    return names[field]()


def lane_field_name(field: str) -> str:
    """The name of a lane field shown by the inspector."""
    names = {  # each word translated only when asked for
        "persona": lambda: Vocabulary.tr("Persona"),
    }
    return names[field]()


def map_field_name(field: str) -> str:
    """The name of a map field shown both by the inspector and on the poster."""
    names = {  # each word translated only when asked for
        "author": lambda: Vocabulary.tr("Author"),
        "emotion_scale": lambda: Vocabulary.tr("Emotion scale"),
        "source": lambda: Vocabulary.tr("Source"),
        "licence": lambda: Vocabulary.tr("Licence"),
        "blueprint": lambda: Vocabulary.tr("Service blueprint"),
    }
    return names[field]()


def copy_name(name: str) -> str:
    """The name of a duplicated stage or lane."""
    return Vocabulary.tr("%1 (copy)").replace("%1", name)


# --- counts (plural forms from the catalogues: "1 card", "2 cards"; "0 fiche", "2 fiches") --------
def card_count(n: int) -> str:
    return Vocabulary.tr("%Ln card(s)", "", n)


def point_count(n: int) -> str:
    """A number of emotion points."""
    return Vocabulary.tr("%Ln point(s)", "", n)


def stage_count(n: int) -> str:
    return Vocabulary.tr("%Ln stage(s)", "", n)


def lane_count(n: int) -> str:
    return Vocabulary.tr("%Ln lane(s)", "", n)


# --- default names ------------------------------------------------------------------------------
def new_stage_name() -> str:
    return Vocabulary.tr("New stage")


def untitled_map_title() -> str:
    return Vocabulary.tr("Untitled map")


def default_persona_name() -> str:
    """The one persona of a map built without a template."""
    return Vocabulary.tr("Customer")


def numbered_persona_name(number: int) -> str:
    """A persona added in the personas panel ("Persona 2")."""
    return fill(Vocabulary.tr("Persona %1"), number)


def numbered_participant_name(number: int) -> str:
    """A workshop participant known only by number ("Participant 3")."""
    return fill(Vocabulary.tr("Participant %1"), number)


def default_vote_title(number: int) -> str:
    """The title of a map's ``number``-th dot vote when the facilitator gives none."""
    return fill(Vocabulary.tr("Dot vote %1"), number)


def vote_count(n: int) -> str:
    """An opportunity's workshop votes, as its badge shows them ("7 votes")."""
    return Vocabulary.tr("%Ln vote(s)", "", n)


def dot_count(n: int) -> str:
    """A number of votes' dots."""
    return Vocabulary.tr("%Ln dot(s)", "", n)


def default_stage_names() -> list[str]:
    """The stages of a map built without a template (most journeys go through these)."""
    return [
        Vocabulary.tr("Awareness"),
        Vocabulary.tr("Consideration"),
        Vocabulary.tr("Decision"),
        Vocabulary.tr("Service"),
        Vocabulary.tr("Loyalty"),
    ]


# --- choices for forms: (label, value) ------------------------------------------------------------
def lane_kind_choices() -> list[tuple[str, LaneKind]]:
    return [(lane_kind_name(kind), kind) for kind in LaneKind]


def channel_choices() -> list[tuple[str, Channel]]:
    return [(channel_name(channel), channel) for channel in Channel]


def online_choices() -> list[tuple[str, Any]]:
    return [
        (sentence_case(online_from_channel_name()), None),
        (sentence_case(online_name(True)), True),
        (sentence_case(online_name(False)), False),
    ]


def severity_choices() -> list[tuple[str, int]]:
    return [(sentence_case(severity_name(s)), s) for s in SEVERITIES]


def level_choices() -> list[tuple[str, int]]:
    return [(sentence_case(level_name(level)), level) for level in LEVELS]


def trend_choices() -> list[tuple[str, Trend]]:
    return [(sentence_case(trend_name(t)), t) for t in Trend]


def evidence_choices() -> list[tuple[str, Evidence]]:
    return [(sentence_case(evidence_name(e)), e) for e in Evidence]
