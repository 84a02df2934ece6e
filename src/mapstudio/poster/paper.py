"""Paper sizes and lengths for posters: names such as "A1" or "ARCH D", custom sizes such as
"500x700mm" or "24x36in", and lengths such as "10mm". Everything is returned in points."""

from __future__ import annotations

import re

from mapstudio.poster.texts import QCoreApplication
from mapstudio.records import record

MM = 72.0 / 25.4
INCH = 72.0
UNITS = {"mm": MM, "cm": 10 * MM, "in": INCH, "pt": 1.0}

#: Portrait width x height in points.
PAPER_SIZES: dict[str, tuple[float, float]] = {
    "A0": (841 * MM, 1189 * MM),
    "A1": (594 * MM, 841 * MM),
    "A2": (420 * MM, 594 * MM),
    "A3": (297 * MM, 420 * MM),
    "A4": (210 * MM, 297 * MM),
    "Letter": (8.5 * INCH, 11 * INCH),
    "Legal": (8.5 * INCH, 14 * INCH),
    "Tabloid": (11 * INCH, 17 * INCH),
    "ARCH D": (24 * INCH, 36 * INCH),
    "ARCH E": (36 * INCH, 48 * INCH),
}
_ALIASES = {"usletter": "Letter", "us letter": "Letter", "uslegal": "Legal", "ledger": "Tabloid"}

_NUMBER = r"(\d+(?:[.,]\d+)?)"
_LENGTH = re.compile(rf"^\s*{_NUMBER}\s*(mm|cm|in|pt)?\s*$", re.IGNORECASE)
_SIZE = re.compile(rf"^\s*{_NUMBER}\s*[x×]\s*{_NUMBER}\s*(mm|cm|in|pt)\s*$", re.IGNORECASE)

MAX_PAPER = 200 * INCH  # PDF's own limit is 200 inches a side


class OptionError(ValueError):
    """A bad paper, length or option, with a one-sentence message for the user."""


@record
class Paper:
    name: str
    width: float  # points, as oriented
    height: float

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    def oriented(self, orientation: str | None) -> Paper:
        """The same paper turned ``"portrait"`` or ``"landscape"`` (None keeps it)."""
        if orientation is None:
            return self
        short, long = sorted((self.width, self.height))
        if orientation == "landscape":
            return Paper(self.name, long, short)
        if orientation == "portrait":
            return Paper(self.name, short, long)
        raise OptionError(
            QCoreApplication.translate(
                "Export", 'Unknown orientation "%1": use portrait or landscape.'
            ).replace("%1", orientation)
        )

    def describe(self) -> str:
        turn = (
            QCoreApplication.translate("Export", "landscape")
            if self.landscape
            else QCoreApplication.translate("Export", "portrait")
        )
        return f"{self.name} {turn}"


def paper_names() -> list[str]:
    return list(PAPER_SIZES)


def parse_paper(text: str) -> Paper:
    """A named paper (case-insensitive, "ARCH D" or "ARCHD") or a custom "WxH<unit>" size,
    in portrait for names and as written for custom sizes."""
    key = text.strip()
    compact = key.replace(" ", "").replace("-", "").replace("_", "").lower()
    for name, (w, h) in PAPER_SIZES.items():
        if compact == name.replace(" ", "").lower():
            return Paper(name, w, h)
    if key.lower() in _ALIASES:
        name = _ALIASES[key.lower()]
        return Paper(name, *PAPER_SIZES[name])
    m = _SIZE.match(key)
    if m:
        unit = UNITS[m.group(3).lower()]
        w, h = (float(g.replace(",", ".")) * unit for g in m.group(1, 2))
        if min(w, h) < 36 or max(w, h) > MAX_PAPER:
            raise OptionError(
                QCoreApplication.translate(
                    "Export", 'The paper size "%1" is out of range (1 to 200 inches a side).'
                ).replace("%1", text)
            )
        return Paper(key.replace(" ", ""), w, h)
    raise OptionError(
        QCoreApplication.translate(
            "Export",
            'Unknown paper "%1": use A0-A4, Letter, Legal, Tabloid, ARCH D, ARCH E or a size such as 500x700mm.',
        ).replace("%1", text)
    )


def parse_length(text: str, what: str = "length") -> float:
    """A length such as "10mm", "1cm", "0.5in" or "12pt" (a bare number is millimetres)."""
    m = _LENGTH.match(str(text))
    if not m:
        raise OptionError(
            QCoreApplication.translate(
                "Export", 'The %1 "%2" is not a length: write it like 10mm, 1cm, 0.5in or 12pt.'
            )
            .replace("%1", what)
            .replace("%2", str(text))
        )
    unit = UNITS[(m.group(2) or "mm").lower()]
    return float(m.group(1).replace(",", ".")) * unit
