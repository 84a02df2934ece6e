"""Words printed on posters (legend names), translated through Qt's translator. The badge
words are ``mapstudio.layout.badges``, shared with the canvas; re-exported here for the legend."""

from __future__ import annotations

from datetime import date

from mapstudio.core.model import Channel, Curve, Evidence, LaneKind
from mapstudio.layout.badges import online_name, severity_name, short_level
from mapstudio.poster.texts import QCoreApplication
from mapstudio.text.translate import fill


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


def long_date(day: date) -> str:
    """A date spelled out in the poster's language ("22 November 2026", "22 novembre 2026"):
    an office wall is read by people, and 2026-11-03 reads as March in some countries."""
    months = (
        QCoreApplication.translate("Poster", "January"),
        QCoreApplication.translate("Poster", "February"),
        QCoreApplication.translate("Poster", "March"),
        QCoreApplication.translate("Poster", "April"),
        QCoreApplication.translate("Poster", "May"),
        QCoreApplication.translate("Poster", "June"),
        QCoreApplication.translate("Poster", "July"),
        QCoreApplication.translate("Poster", "August"),
        QCoreApplication.translate("Poster", "September"),
        QCoreApplication.translate("Poster", "October"),
        QCoreApplication.translate("Poster", "November"),
        QCoreApplication.translate("Poster", "December"),
    )
    spelled = QCoreApplication.translate("Poster", "%1 %2 %3", "date: day, month name, year")
    return fill(spelled, day.day, months[day.month - 1], day.year)


__all__ = [
    "channel_name",
    "curve_name",
    "evidence_name",
    "lane_kind_name",
    "long_date",
    "online_name",
    "severity_name",
    "short_level",
]
