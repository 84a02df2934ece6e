"""Words printed on posters (legend names), translated through Qt's translator. The badge
words are ``mapstudio.badges``, shared with the canvas; re-exported here for the legend."""

from __future__ import annotations

from mapstudio.badges import online_name, severity_name, short_level
from mapstudio.export.texts import QCoreApplication
from mapstudio.model import Channel, Curve, Evidence, LaneKind


def lane_kind_name(kind: LaneKind) -> str:
    names = {
        LaneKind.ACTIONS: QCoreApplication.translate("Poster", "Actions / steps"),
        LaneKind.TOUCHPOINTS: QCoreApplication.translate("Poster", "Touchpoints"),
        LaneKind.THOUGHTS: QCoreApplication.translate("Poster", "Thoughts and needs"),
        LaneKind.EMOTIONS: QCoreApplication.translate("Poster", "Emotions"),
        LaneKind.FRICTIONS: QCoreApplication.translate("Poster", "Frictions / pain points"),
        LaneKind.OPPORTUNITIES: QCoreApplication.translate("Poster", "Opportunities"),
        LaneKind.BACKSTAGE: QCoreApplication.translate("Poster", "Backstage / actors"),
        LaneKind.METRICS: QCoreApplication.translate("Poster", "Metrics / KPIs"),
        LaneKind.NOTES: QCoreApplication.translate("Poster", "Notes"),
    }
    return names[kind]


def channel_name(channel: Channel) -> str:
    names = {
        Channel.WEBSITE: QCoreApplication.translate("Poster", "Website"),
        Channel.SEARCH: QCoreApplication.translate("Poster", "Search engine"),
        Channel.SOCIAL: QCoreApplication.translate("Poster", "Social network"),
        Channel.ONLINE_AD: QCoreApplication.translate("Poster", "Online ad"),
        Channel.EMAIL: QCoreApplication.translate("Poster", "Email"),
        Channel.SMS: QCoreApplication.translate("Poster", "SMS"),
        Channel.MOBILE_APP: QCoreApplication.translate("Poster", "Mobile app"),
        Channel.STORE: QCoreApplication.translate("Poster", "Physical store"),
        Channel.PHONE: QCoreApplication.translate("Poster", "Phone"),
        Channel.CHAT: QCoreApplication.translate("Poster", "Chat"),
        Channel.WORD_OF_MOUTH: QCoreApplication.translate("Poster", "Word of mouth"),
        Channel.EVENT: QCoreApplication.translate("Poster", "Event"),
        Channel.OTHER: QCoreApplication.translate("Poster", "Other"),
    }
    return names[channel]


def evidence_name(evidence: Evidence) -> str:
    names = {
        Evidence.OBSERVED: QCoreApplication.translate("Poster", "Observed (from data)"),
        Evidence.ASSUMED: QCoreApplication.translate("Poster", "Assumed"),
        Evidence.PROPOSED: QCoreApplication.translate("Poster", "Proposed"),
    }
    return names[evidence]


def curve_name(curve: Curve) -> str:
    if curve is Curve.TO_BE:
        return QCoreApplication.translate("Poster", "to be")
    return QCoreApplication.translate("Poster", "as is")


__all__ = [
    "channel_name",
    "curve_name",
    "evidence_name",
    "lane_kind_name",
    "online_name",
    "severity_name",
    "short_level",
]
