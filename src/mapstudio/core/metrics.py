"""Metric values as people read and type them: "42 / 50 pts ▲" (value, target, unit, trend),
and the presets of the usual customer metrics. No Qt.

The text a metric shows (its name, then its figure line) is written here once: the layout fits
it for the canvas and the poster, and the canvas's in-place editor starts from it and reads it
back with ``parse_metric_text``, so what the user edits is what the map shows.
"""

from __future__ import annotations

import re
from typing import Any

from mapstudio.core.model import MetricValue, Trend
from mapstudio.core.operations import EditError
from mapstudio.core.vocabulary import metric_preset_name
from mapstudio.records import record
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


def number_text(value: float) -> str:
    """A figure as short as it reads: 42, 3.5, 1e+06."""
    return f"{value:g}"


def figure_text(v: MetricValue) -> str:
    """The figure line: "42 / 50 pts ▲" (target, unit and trend only when set)."""
    parts = [number_text(v.value)]
    if v.target is not None:
        parts += ["/", number_text(v.target)]
    if v.unit:
        parts.append(v.unit)
    if v.trend is not None:
        parts.append(TREND_SYMBOLS[v.trend])
    return " ".join(parts)


def metric_text(v: MetricValue) -> str:
    """What a metric shows: its name, then its figure line."""
    return f"{v.name}\n{figure_text(v)}"


_NUMBER = r"[-+−]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-+]?\d+)?"
_FIGURE = re.compile(
    rf"^(?P<value>{_NUMBER})(?:\s*/\s*(?P<target>{_NUMBER}))?(?P<unit>.*?)"
    rf"(?P<trend>[{''.join(_TYPED_TRENDS)}])?$"
)


def _number(text: str) -> float:
    return float(text.replace("−", "-").replace(",", "."))


def parse_number(text: str) -> float:
    """A typed figure ("42", "3,5", "-1.2e3") as a number; raises EditError otherwise."""
    text = "".join(text.split())
    if re.fullmatch(_NUMBER, text) is None:
        raise EditError(fill(QCoreApplication.translate("Edit", '"%1" is not a number'), text))
    return _number(text)


def parse_figure(text: str) -> dict[str, Any]:
    """The fields a figure line gives ("42 / 50 pts ▲" -> value, target, unit, trend); a line
    without a target or a trend clears them. Raises EditError for a line that does not start
    with a number."""
    match = _FIGURE.match(" ".join(text.split()))
    if match is None:
        raise EditError(
            QCoreApplication.translate(
                "Edit", 'a metric\'s figure starts with a number, as in "42 / 50 pts ▲"'
            )
        )
    target = match["target"]
    trend = match["trend"]
    return {
        "value": _number(match["value"]),
        "target": None if target is None else _number(target),
        "unit": match["unit"].strip(),
        "trend": None if trend is None else _TYPED_TRENDS[trend],
    }


def parse_metric_text(text: str) -> dict[str, Any]:
    """The fields of a metric typed as it shows: its name on the first line, its figure on the
    next ("NPS" then "42 / 50 pts ▲"). Raises EditError (nothing is half read)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        raise EditError(
            QCoreApplication.translate(
                "Edit", "a metric needs its name on one line and its figure on the next"
            )
        )
    return {"name": " ".join(lines[0].split()), **parse_figure(" ".join(lines[1:]))}
