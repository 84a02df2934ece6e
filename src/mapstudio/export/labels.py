"""Words printed on posters (legend, badges), translated through Qt's translator."""

from __future__ import annotations

from mapstudio import theme
from mapstudio.export.texts import QCoreApplication
from mapstudio.model import Card, Channel, Curve, Evidence, LaneKind


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


def severity_name(severity: int) -> str:
    names = {
        1: QCoreApplication.translate("Poster", "minor"),
        2: QCoreApplication.translate("Poster", "major"),
        3: QCoreApplication.translate("Poster", "critical"),
    }
    return names[severity]


def curve_name(curve: Curve) -> str:
    if curve is Curve.TO_BE:
        return QCoreApplication.translate("Poster", "to be")
    return QCoreApplication.translate("Poster", "as is")


def online_name(online: bool) -> str:
    if online:
        return QCoreApplication.translate("Poster", "online")
    return QCoreApplication.translate("Poster", "offline")


def short_level(level: int) -> str:
    names = {
        1: QCoreApplication.translate("Poster", "low"),
        2: QCoreApplication.translate("Poster", "med."),
        3: QCoreApplication.translate("Poster", "high"),
    }
    return names[level]


def badge_texts(card: Card, kind: LaneKind) -> tuple[str, str]:
    """(left, right) texts of a card's badge strip, worded as the canvas words them: kind
    badges left (channel symbol, online; ⚠ severity; ★ impact, effort, votes), tags and the
    evidence symbol right."""
    t = QCoreApplication.translate
    left: list[str] = []
    if kind is LaneKind.TOUCHPOINTS:
        if card.channel is not None:
            left.append(theme.CHANNEL_SYMBOLS[card.channel])
        online = card.is_online()
        if online is not None:
            left.append(online_name(online))
    elif kind is LaneKind.FRICTIONS:
        left.append(theme.LANE_STYLES[kind].icon)
        if card.severity:
            left.append(theme.SEVERITY_SYMBOLS[card.severity])
            left.append(severity_name(card.severity))
    elif kind is LaneKind.OPPORTUNITIES:
        left.append(theme.LANE_STYLES[kind].icon)
        if card.impact:
            left.append(t("Poster", "impact %1").replace("%1", short_level(card.impact)))
        if card.effort:
            left.append(t("Poster", "effort %1").replace("%1", short_level(card.effort)))
        if card.votes:
            left.append(t("Poster", "▲%1").replace("%1", str(card.votes)))
    right: list[str] = []
    if card.tags:
        right.append(" ".join("#" + tag for tag in card.tags))
    if card.evidence is not None:
        right.append(theme.EVIDENCE_SYMBOLS[card.evidence])
    return " ".join(left), " ".join(right)
