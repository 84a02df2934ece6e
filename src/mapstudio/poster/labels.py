"""Words printed only on posters (dates spelled out). The words of the map's domain (lane
kinds, channels, severities...) are ``mapstudio.core.vocabulary``, shared with the editor."""

from __future__ import annotations

from datetime import date

from mapstudio.poster.texts import QCoreApplication
from mapstudio.text.translate import fill


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


__all__ = ["long_date"]
