"""Checks of single JSON values, each exactly as strict as pydantic's validator for one field
type and its constraints (or stricter: a value a check is unsure of is refused, and pydantic
decides). ``files.fastload`` puts them together from the model's fields.

A check returns the value pydantic would build or raises ``Reject``; a factory raises
``Doubtful`` when it cannot promise pydantic's exact behaviour for its type or constraints.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import datetime
from enum import Enum
from functools import cache
from sys import getsizeof
from typing import Any

import annotated_types as at
from pydantic import StringConstraints
from pydantic.fields import FieldInfo
from pydantic.types import AllowInfNan
from pydantic_core import TzInfo

from mapstudio.core.model import ForLanes


class Reject(Exception):
    """The document is not certainly valid: let pydantic decide (and explain)."""


class Doubtful(Exception):
    """Part of the model this module cannot check exactly as pydantic does."""


Check = Callable[[Any], Any]


def refuse(v: Any) -> Any:
    raise Reject


# --- strings ----------------------------------------------------------------------------------

# Patterns are checked with Python's ``re`` only when they mean the same in Rust's regex crate
# (pydantic's engine): anchored at both ends (Rust's ``$`` does not match before a final "\n",
# so the body is matched with ``fullmatch``), ASCII literals, escaped punctuation, plain
# character classes (no negation, escapes, nested classes or Rust's ``&&``/``--``/``~~`` set
# operations), groups, alternation inside groups, and greedy or lazy repetition. Anything else
# (``\d`` and ``\w`` differ in Unicode coverage, for one) leaves the field to pydantic.
_LITERAL = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 _#:,;@/%!'\"<>=&~-")
_ESCAPABLE = set(".^$|?*+()[]{}\\-/#")
_REPEAT = re.compile(r"\{[0-9]+(,[0-9]*)?\}")


@cache
def python_pattern(pattern: str) -> Callable[[str], Any]:
    """``fullmatch`` of ``pattern`` (a Rust regex anchored with ^ and $) in Python's ``re``."""
    if not (pattern.startswith("^") and pattern.endswith("$") and not pattern.endswith("\\$")):
        raise Doubtful(pattern)
    body = pattern[1:-1]
    depth, i, repeatable = 0, 0, False
    while i < len(body):
        c = body[i]
        if c == "[":
            end = body.find("]", i + 2)  # "]" right after "[" would be a literal "]" in Rust
            inner = body[i + 1 : end]
            if end < 0 or not inner or inner[0] == "^" or any(x in inner for x in "[\\"):
                raise Doubtful(pattern)
            if any(op in inner for op in ("&&", "--", "~~")) or not set(inner) <= _LITERAL | {"."}:
                raise Doubtful(pattern)
            i, repeatable = end + 1, True
            continue
        if c == "\\":
            if i + 1 >= len(body) or body[i + 1] not in _ESCAPABLE:
                raise Doubtful(pattern)
            i, repeatable = i + 2, True
            continue
        if c == "(":
            if body.startswith("(?", i) and not body.startswith("(?:", i):
                raise Doubtful(pattern)  # flags, names, lookarounds
            depth += 1
            i += 3 if body.startswith("(?:", i) else 1
            repeatable = False
            continue
        if c == ")":
            depth -= 1
            if depth < 0:
                raise Doubtful(pattern)
            i, repeatable = i + 1, True
            continue
        if c == "|":
            if depth == 0:
                raise Doubtful(pattern)  # ^a|b$ is (^a)|(b$), not a full match
            i, repeatable = i + 1, False
            continue
        if c in "*+?{":
            m = _REPEAT.match(body, i) if c == "{" else None
            if not repeatable or (c == "{" and m is None):
                raise Doubtful(pattern)
            i = m.end() if m else i + 1
            if body.startswith("?", i):
                i += 1  # lazy: the same set of full matches
            repeatable = False
            continue
        if c == "." or c in _LITERAL:
            i, repeatable = i + 1, True
            continue
        raise Doubtful(pattern)
    if depth:
        raise Doubtful(pattern)
    return re.compile(body).fullmatch


#: What a text of one byte a character (not ASCII) takes beyond its length: CPython keeps a
#: text in 1, 2 or 4 bytes a character, the widest its characters need; a text of 2 or 4 bytes
#: a character takes more than this beyond its length, whatever its length.
_ONE_BYTE_TEXT = getsizeof("\u00e9") - 1


def text(min_length: int, max_length: float, pattern: str | None) -> Check:
    match = python_pattern(pattern) if pattern is not None else None

    def check(v: Any) -> str:
        if type(v) is str and min_length <= len(v) <= max_length:
            if not v.isascii() and getsizeof(v) - len(v) != _ONE_BYTE_TEXT:
                # pydantic refuses a lone surrogate (JSON "\ud800" decodes to one); encoding
                # finds it about 5x faster than a regular expression would. A text of one
                # byte a character (no character past U+00FF, e.g. French) cannot hold one.
                v.encode("utf-8")  # raises UnicodeEncodeError: fast_validate returns None
            if match is None or match(v):
                return v
        raise Reject

    check.text_limits = (min_length, max_length, match)  # type: ignore[attr-defined]
    return check


def one_byte_text(v: str) -> bool:
    """Whether ``v`` (not ASCII) holds one byte a character: no lone surrogate can be in it."""
    return getsizeof(v) - len(v) == _ONE_BYTE_TEXT


# --- numbers, booleans, dates -----------------------------------------------------------------


def integer(low: float, high: float) -> Check:
    def check(v: Any) -> int:
        # not bool, not float, not "1": pydantic's lax mode would coerce those
        if type(v) is int and low <= v <= high:
            return v
        raise Reject

    return check


def number(low: float, high: float, finite: bool) -> Check:
    def check(v: Any) -> float:
        if type(v) is float:
            f = v
        elif type(v) is int:
            f = float(v)  # pydantic turns an int into a float too, then checks the bounds
            if f != v:
                raise Reject  # not exactly a float: leave the rounding to pydantic
        else:
            raise Reject
        if (math.isfinite(f) or not finite) and low <= f <= high:
            return f
        raise Reject

    return check


def boolean(v: Any) -> bool:
    if type(v) is bool:
        return v
    raise Reject


#: The spellings of a date and time ``iso_datetime`` takes (the day is then checked as a date).
DATETIME_SPELLING = (
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])"
    r"(?:\.([0-9]{1,6}))?(Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])?"
)
_DATETIME = re.compile(DATETIME_SPELLING).fullmatch
_UTC = TzInfo(0)


def iso_datetime(v: Any) -> datetime:
    # Datetimes as pydantic makes them: a pydantic TzInfo for an offset, so that the saved text
    # is the same; naive when the text has no offset.
    if type(v) is not str:
        raise Reject
    m = _DATETIME(v)
    if m is None:
        raise Reject
    year, month, day, hour, minute, second, fraction, offset = m.groups()
    if offset is None:
        tz = None
    elif offset == "Z":
        tz = _UTC
    else:
        seconds = int(offset[1:3]) * 3600 + int(offset[4:6]) * 60
        tz = TzInfo(-seconds if offset[0] == "-" else seconds)
    micro = int(fraction.ljust(6, "0")) if fraction else 0
    try:
        return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second),
                        micro, tz)  # fmt: skip
    except ValueError:  # 30 February, year 0...
        raise Reject from None


def enum_member(members: type[Enum]) -> Check:
    by_value: dict[str, Any] = {m.value: m for m in members}
    if not all(type(value) is str for value in by_value):
        raise Doubtful(members)  # pydantic's rules for int and mixed enums are not copied here

    def check(v: Any) -> Any:
        if type(v) is str:
            member = by_value.get(v)
            if member is not None:
                return member
        raise Reject

    return check


def literal(values: tuple[Any, ...]) -> Check:
    allowed = {(type(x), x) for x in values}
    if not all(type(x) in (int, str) for x in values):
        raise Doubtful(values)

    def check(v: Any) -> Any:
        if (type(v), v) in allowed:
            return v
        raise Reject

    return check


# --- containers -------------------------------------------------------------------------------


def optional(inner: Check) -> Check:
    def check(v: Any) -> Any:
        return None if v is None else inner(v)

    return check


def list_of(item: Check, min_length: int, max_length: float) -> Check:
    def check(v: Any) -> list[Any]:
        if type(v) is list and min_length <= len(v) <= max_length:
            return [item(x) for x in v]
        raise Reject

    check.list_limits = (item, min_length, max_length)  # type: ignore[attr-defined]
    return check


# --- from annotations and constraints to checks -----------------------------------------------


class Constraints:
    """The constraints of one type, gathered from its metadata."""

    def __init__(self, metadata: list[Any]) -> None:
        self.low = -math.inf  # inclusive bounds; strict ones are turned into a closed check
        self.high = math.inf
        self.above: float | None = None
        self.below: float | None = None
        self.min_length = 0
        self.max_length: float = math.inf
        self.pattern: str | None = None
        self.finite = False
        self.string_constraints = False
        for item in metadata:
            self._take(item)

    def _take(self, item: Any) -> None:
        if isinstance(item, ForLanes):
            return  # tells views where to show a field; validates nothing
        if isinstance(item, FieldInfo):  # Field(ge=...) inside Annotated
            for inner in item.metadata:
                self._take(inner)
            return
        if isinstance(item, StringConstraints):
            if item.strip_whitespace or item.to_upper or item.to_lower or item.ascii_only:
                raise Doubtful(item)  # transforms, or checks not copied here
            if item.strict is not None:
                raise Doubtful(item)
            self.string_constraints = True
            if item.min_length is not None:
                self.min_length = max(self.min_length, item.min_length)
            if item.max_length is not None:
                self.max_length = min(self.max_length, item.max_length)
            if item.pattern is not None:
                if self.pattern is not None or not isinstance(item.pattern, str):
                    raise Doubtful(item)
                self.pattern = item.pattern
            return
        if type(item) is at.Ge:
            self.low = max(self.low, item.ge)
        elif type(item) is at.Le:
            self.high = min(self.high, item.le)
        elif type(item) is at.Gt:
            self.above = item.gt if self.above is None else max(self.above, item.gt)
        elif type(item) is at.Lt:
            self.below = item.lt if self.below is None else min(self.below, item.lt)
        elif type(item) is at.MinLen:
            self.min_length = max(self.min_length, item.min_length)
        elif type(item) is at.MaxLen:
            self.max_length = min(self.max_length, item.max_length)
        elif type(item) is AllowInfNan:
            self.finite = not item.allow_inf_nan
        else:
            raise Doubtful(item)

    @property
    def numeric(self) -> bool:
        return (
            (self.low, self.high) != (-math.inf, math.inf)
            or self.above is not None
            or (self.below is not None)
        )

    @property
    def sized(self) -> bool:
        return self.min_length != 0 or self.max_length != math.inf

    def bounded(self, check: Check) -> Check:
        """``check``, plus the strict bounds (gt, lt) if any."""
        above, below = self.above, self.below
        if above is None and below is None:
            return check

        def bounded_check(v: Any) -> Any:
            value = check(v)
            if (above is None or value > above) and (below is None or value < below):
                return value
            raise Reject

        return bounded_check
