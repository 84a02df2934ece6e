"""Metric values as people read and type them: "42 / 50 pts ▲" (value, target, unit, trend),
and the presets of the usual customer metrics. No Qt.

The text a metric shows (its name, then its figure line) is written here once: the layout fits
it for the canvas and the poster, and the canvas's in-place editor starts from it and reads it
back with ``parse_metric_text``, so what the user edits is what the map shows. Its numbers are
written as the map's language writes them (as its other words are: "48,200" on an English map,
"48 200" and "3,5" on a French one), whatever the interface's language; files and spreadsheets
take plain digits ("48200.5", language ``None``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import Any

from mapstudio.core.model import MetricValue, Trend
from mapstudio.core.operations import EditError
from mapstudio.core.vocabulary import metric_preset_name
from mapstudio.records import record
from mapstudio.text import catalog
from mapstudio.text.translate import QCoreApplication, fill

# The sign after a metric's figure for each trend (the canvas and the poster print it).
TREND_SYMBOLS: dict[Trend, str] = {Trend.UP: "▲", Trend.DOWN: "▼", Trend.FLAT: "▶"}
# Signs also read back from typed text: arrows a keyboard or another app may give.
_TYPED_TRENDS: dict[str, Trend] = {
    **{symbol: trend for trend, symbol in TREND_SYMBOLS.items()},
    "↑": Trend.UP,
    "↓": Trend.DOWN,
    "→": Trend.FLAT,
    "►": Trend.FLAT,
}


@record
class MetricPreset:
    """A usual metric: its name (``vocabulary.metric_preset_name(key)``), unit and the range
    its value usually takes (a new one starts at the value of ``start``)."""

    key: str
    unit: str
    low: float
    high: float
    start: float

    @property
    def name(self) -> str:
        return metric_preset_name(self.key)


PRESETS: tuple[MetricPreset, ...] = (
    MetricPreset("nps", "", -100, 100, 0),
    MetricPreset("csat", "%", 0, 100, 0),
    MetricPreset("ces", "", 1, 7, 1),
    MetricPreset("conversion", "%", 0, 100, 0),
)


def preset(key: str) -> MetricPreset:
    for p in PRESETS:
        if p.key == key:
            return p
    raise KeyError(key)


def preset_named(name: str) -> MetricPreset | None:
    """The preset whose name (in the current language) is ``name``, if any."""
    folded = name.strip().casefold()
    return next((p for p in PRESETS if p.name.casefold() == folded), None)


def number_text(value: float, language: str | None) -> str:
    """A figure written out in full: every digit (the shortest decimal that reads back as the
    same number), never an exponent. For a map's ``language`` its digits are grouped by three
    and its decimal mark is the language's ("48,200.5" in English, "48 200,5" in French, with
    a narrow no-break space); ``None`` gives plain digits for files and spreadsheets
    ("48200.5"), which any language reads back."""
    digits = format(Decimal(repr(value + 0.0)), "f")  # + 0.0: -0.0 shows as 0
    sign, digits = ("-", digits[1:]) if digits.startswith("-") else ("", digits)
    whole, _, fraction = digits.partition(".")
    fraction = fraction.rstrip("0")
    if language is None:
        return sign + whole + ("." + fraction if fraction else "")
    code = catalog.language_code(language)
    mark = catalog.DECIMAL_MARKS.get(code, catalog.DECIMAL_MARKS[catalog.SOURCE_LANGUAGE])
    return sign + catalog.format_count(code, int(whole)) + (mark + fraction if fraction else "")


def figure_text(v: MetricValue, language: str | None) -> str:
    """The figure line: "42 / 50 pts ▲" (target, unit and trend only when set), its numbers
    written for ``language`` as ``number_text`` writes them."""
    parts = [number_text(v.value, language)]
    if v.target is not None:
        parts += ["/", number_text(v.target, language)]
    if v.unit:
        parts.append(v.unit)
    if v.trend is not None:
        parts.append(TREND_SYMBOLS[v.trend])
    return " ".join(parts)


def metric_text(v: MetricValue, language: str | None) -> str:
    """What a metric shows on a map in ``language``: its name, then its figure line."""
    return f"{v.name}\n{figure_text(v, language)}"


def _groups_with_comma(language: str | None) -> bool:
    """Whether ``language`` groups digits with a comma (English, and plain file text): there
    a comma before exactly three digits, repeated, is grouping ("48,200"); any other comma is
    a decimal mark, as people also type it ("3,5"). Elsewhere a comma is the decimal mark."""
    code = catalog.SOURCE_LANGUAGE if language is None else catalog.language_code(language)
    return catalog.GROUP_SEPARATORS.get(code, ",") == ","


# Digits grouped by commas, as English writes them (whitespace already made single spaces).
_COMMA_GROUPED = r"\d+(?:,\d{3})+(?:\.\d*)?"
_EXPONENT = r"(?:[eE][-+]?\d+)?"


@cache
def _number_pattern(comma_groups: bool) -> str:
    """A typed number: grouped by spaces of any kind ("48 200", every language), by commas
    where the language groups so, or plain ("3.5", "3,5", "-1.2e3"). A number that runs on
    into more digits or marks ("1,234,5") is not one."""
    forms = [r"\d{1,3}(?: \d{3})+(?:[.,]\d*)?", r"\d+(?:[.,]\d*)?", r"[.,]\d+"]
    if comma_groups:
        forms.insert(0, _COMMA_GROUPED)
    return rf"[-+−]?(?:{'|'.join(forms)}){_EXPONENT}(?![\d.,])"


@cache
def _figure_pattern(comma_groups: bool) -> re.Pattern[str]:
    number = _number_pattern(comma_groups)
    return re.compile(
        rf"^(?P<value>{number})(?:\s*/\s*(?P<target>{number}))?(?P<unit>.*?)"
        rf"(?P<trend>[{''.join(_TYPED_TRENDS)}])?$"
    )


def _number(text: str, comma_groups: bool) -> float:
    text = text.replace("−", "-")
    if comma_groups and re.fullmatch(rf"[-+]?{_COMMA_GROUPED}{_EXPONENT}", text):
        text = text.replace(",", "")
    return float(text.replace(" ", "").replace(",", "."))


def parse_number(text: str, language: str | None) -> float:
    """A figure typed on a map in ``language`` ("42", "3,5", "48,200" in English, "48 200" in
    French, "-1.2e3") as a number; whatever ``number_text`` writes reads back as the same
    number. Raises EditError otherwise."""
    text = " ".join(text.split())
    comma_groups = _groups_with_comma(language)
    if re.fullmatch(_number_pattern(comma_groups), text) is None:
        # A lone number has no unit after it to tell apart: spaces anywhere are dropped, so
        # "48 2" on the way to "48 200" reads as typed so far rather than as a mistake.
        text = text.replace(" ", "")
        if re.fullmatch(_number_pattern(comma_groups), text) is None:
            message = QCoreApplication.translate("Edit", '"%1" is not a number')
            raise EditError(fill(message, text))
    return _number(text, comma_groups)


def parse_figure(text: str, language: str | None) -> dict[str, Any]:
    """The fields a figure line gives ("42 / 50 pts ▲" -> value, target, unit, trend), its
    numbers read as ``parse_number`` reads them; a line without a target or a trend clears
    them. Raises EditError for a line that does not start with a number."""
    comma_groups = _groups_with_comma(language)
    match = _figure_pattern(comma_groups).match(" ".join(text.split()))
    if match is None:
        raise EditError(
            QCoreApplication.translate(
                "Edit", 'a metric\'s figure starts with a number, as in "42 / 50 pts ▲"'
            )
        )
    target = match["target"]
    trend = match["trend"]
    return {
        "value": _number(match["value"], comma_groups),
        "target": None if target is None else _number(target, comma_groups),
        "unit": match["unit"].strip(),
        "trend": None if trend is None else _TYPED_TRENDS[trend],
    }


def parse_metric_text(text: str, language: str | None) -> dict[str, Any]:
    """The fields of a metric typed as it shows on a map in ``language``: its name on the first
    line, its figure on the next ("NPS" then "42 / 50 pts ▲"). Raises EditError (nothing is
    half read)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        raise EditError(
            QCoreApplication.translate(
                "Edit", "a metric needs its name on one line and its figure on the next"
            )
        )
    return {"name": " ".join(lines[0].split()), **parse_figure(" ".join(lines[1:]), language)}
