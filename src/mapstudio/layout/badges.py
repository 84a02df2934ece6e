"""Words of a card's badge strip, shared by the canvas and the poster so that screen and paper
always word a card alike. No Qt import: translation goes through ``mapstudio.text.translate``, which
forwards to Qt's translator when Qt is loaded (the canvas) and speaks the map's language inside
a poster export."""

from __future__ import annotations

from mapstudio.core.model import Card, LaneKind
from mapstudio.layout import theme
from mapstudio.text.translate import QCoreApplication


def online_name(online: bool) -> str:
    if online:
        return QCoreApplication.translate("CardBadge", "online")
    return QCoreApplication.translate("CardBadge", "offline")


def severity_name(severity: int) -> str:
    names = {
        1: QCoreApplication.translate("CardBadge", "minor"),
        2: QCoreApplication.translate("CardBadge", "major"),
        3: QCoreApplication.translate("CardBadge", "critical"),
    }
    return names[severity]


def short_level(level: int) -> str:
    """An impact or effort level (1-3), short enough for a badge."""
    names = {
        1: QCoreApplication.translate("CardBadge", "low"),
        2: QCoreApplication.translate("CardBadge", "med."),
        3: QCoreApplication.translate("CardBadge", "high"),
    }
    return names[level]


def badge_texts(card: Card, kind: LaneKind) -> tuple[str, str]:
    """(left, right) texts of a card's badge strip: kind badges left (channel symbol, online;
    ⚠ severity; ★ impact, effort, votes), tags and the evidence symbol right. Kept short so the
    strip fits the card at the badge font size."""
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
            left.append(t("CardBadge", "impact %1").replace("%1", short_level(card.impact)))
        if card.effort:
            left.append(t("CardBadge", "effort %1").replace("%1", short_level(card.effort)))
        if card.votes:
            left.append(t("CardBadge", "▲%1").replace("%1", str(card.votes)))
    right: list[str] = []
    if card.tags:
        right.append(" ".join("#" + tag for tag in card.tags))
    if card.evidence is not None:
        right.append(theme.EVIDENCE_SYMBOLS[card.evidence])
    return " ".join(left), " ".join(right)
