"""A fast, strict check of a map document that builds the model without pydantic's validators.

Building pydantic's validators costs about as much as starting Qt, and a map opened at start-up
would pay it before the first paint. ``fast_validate`` checks the plain JSON document itself and
builds the objects directly. It accepts only what it is sure pydantic accepts, with the very same
result (same values, same types, same ``model_fields_set``, same bytes when saved): exact JSON
types (no "1", 1.0 or true in an int field), exact enum values, the same patterns, lengths and
ranges, no unknown keys, every required key, and the datetime spellings MapStudio writes plus
plain ISO ones. Anything else returns None, and the caller validates with pydantic, which then
gives its usual error message.

The checks below are written for the fields of ``mapstudio.core.model``; ``FIELDS_DIGEST`` records
which fields those are (a test fails when the model changes and this module was not updated, and
the fast path switches itself off when field names differ).
"""

from __future__ import annotations

import gc
import math
import re
import zlib
from collections.abc import Callable
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from pydantic_core import PydanticUndefined, TzInfo

from mapstudio.core.model import (
    Card,
    Channel,
    Curve,
    EmotionPoint,
    EmotionScale,
    Evidence,
    JourneyMap,
    Lane,
    LaneKind,
    MetricValue,
    Persona,
    Stage,
    map_rule_problems,
)

#: zlib.crc32 of ``fields_signature()`` for the model these checks were written for.
FIELDS_DIGEST = 546825566


class _Reject(Exception):
    """The document is not certainly valid: let pydantic decide (and explain)."""


Check = Callable[[Any], Any]

# pydantic's patterns, anchored with fullmatch: Rust's ``$`` does not match before a final "\n",
# Python's does. [0-9] rather than \d, which in Python also matches other scripts' digits.
_ID = re.compile(r"[A-Za-z0-9_.:-]{1,64}").fullmatch
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}").fullmatch
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*").fullmatch
_DATETIME = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])"
    r"(?:\.([0-9]{1,6}))?(Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])?"
).fullmatch


def _text(limit: int) -> Check:
    def check(v: Any) -> str:
        if type(v) is str and len(v) <= limit:
            if not v.isascii():
                # pydantic refuses a lone surrogate (JSON "\ud800" decodes to one); encoding
                # finds it about 5x faster than a regular expression would.
                v.encode("utf-8")  # raises UnicodeEncodeError: fast_validate returns None
            return v
        raise _Reject

    return check


_short = _text(200)
_long = _text(20_000)


def _id(v: Any) -> str:
    if type(v) is str and _ID(v):
        return v
    raise _Reject


def _colour(v: Any) -> str:
    if type(v) is str and _COLOUR(v):
        return v
    raise _Reject


def _optional_colour(v: Any) -> str | None:
    if v is None or type(v) is str and _COLOUR(v):
        return v
    raise _Reject


def _language(v: Any) -> str:
    if type(v) is str and _LANGUAGE(v):
        return v
    raise _Reject


def _int(v: Any) -> int:
    if type(v) is int:  # not bool, not float, not "1": pydantic's lax mode would coerce those
        return v
    raise _Reject


def _int_range(low: int, high: int, optional: bool = False) -> Check:
    def check(v: Any) -> int | None:
        if type(v) is int and low <= v <= high or (optional and v is None):
            return v
        raise _Reject

    return check


def _float_range(low: float, high: float) -> Check:
    def check(v: Any) -> float:
        if type(v) is float or type(v) is int:
            f = float(v)  # pydantic turns an int into a float too, then checks the bounds
            if math.isfinite(f) and low <= f <= high:
                return f
        raise _Reject

    return check


def _bool(v: Any) -> bool:
    if type(v) is bool:
        return v
    raise _Reject


def _optional_bool(v: Any) -> bool | None:
    if v is None or type(v) is bool:
        return v
    raise _Reject


def _enum(members: type, optional: bool = False) -> Check:
    by_value: dict[Any, Any] = {m.value: m for m in members}

    def check(v: Any) -> Any:
        if type(v) is str:
            member = by_value.get(v)
            if member is not None:
                return member
        elif optional and v is None:
            return None
        raise _Reject

    return check


def _short_list(v: Any) -> list[str]:
    if type(v) is list:
        return [_short(x) for x in v]
    raise _Reject


def _literal_2(v: Any) -> int:
    if type(v) is int and v == 2:
        return v
    raise _Reject


_UTC = TzInfo(0)


def _datetime(v: Any) -> datetime:
    # Datetimes as pydantic makes them: a pydantic TzInfo for an offset, so that the saved text
    # is the same; naive when the text has no offset.
    if type(v) is not str:
        raise _Reject
    m = _DATETIME(v)
    if m is None:
        raise _Reject
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
        raise _Reject from None


class _Model:
    """How to check one model's document: a check per field, defaults from the model itself."""

    def __init__(self, cls: type[BaseModel], checks: dict[str, Check]) -> None:
        self.cls = cls
        self.fields = tuple(cls.model_fields)
        self.matches = set(checks) == set(self.fields)
        self.check_list = [checks.get(name) for name in self.fields]
        self.specs = [(name, checks.get(name), cls.model_fields[name]) for name in self.fields]

    def build(self, doc: Any) -> Any:
        if type(doc) is not dict:
            raise _Reject
        fields = self.fields
        if len(doc) == len(fields) and tuple(doc) == fields:
            # The usual case (files MapStudio wrote): every field, in model order. The keys are
            # the model's own (interned) field names, not the document's equal strings: every
            # later attribute lookup and every save then hits the identity check (saving a
            # 2,000-card map is about 10 % faster than with the document's keys).
            values = {
                name: check(v)
                for name, check, v in zip(fields, self.check_list, doc.values(), strict=True)
            }
            return _construct(self.cls, values, set(fields))
        values = {}
        present = set()
        for name, check, field in self.specs:
            if name in doc:
                values[name] = check(doc[name])
                present.add(name)
            elif field.default is PydanticUndefined and field.default_factory is None:
                raise _Reject  # a required field is missing
            else:
                values[name] = field.get_default(call_default_factory=True, validated_data=values)
        if len(present) != len(doc):
            raise _Reject  # unknown keys
        return _construct(self.cls, values, present)


_new = object.__new__
_set = object.__setattr__


def _construct(cls: type[BaseModel], values: dict[str, Any], fields_set: set[str]) -> Any:
    # What pydantic's validator leaves on an instance, without calling it (as model_construct
    # does, minus its per-field alias handling, which these models do not use).
    m = _new(cls)
    _set(m, "__dict__", values)
    _set(m, "__pydantic_fields_set__", fields_set)
    _set(m, "__pydantic_extra__", None)
    _set(m, "__pydantic_private__", None)
    return m


def _models() -> dict[str, _Model]:
    persona = _Model(Persona, {
        "id": _id, "name": _short, "description": _long, "goals": _short_list,
        "needs": _short_list, "frustrations": _short_list, "quote": _long,
        "sources": _short_list, "colour": _colour,
    })  # fmt: skip
    stage = _Model(Stage, {"id": _id, "name": _short, "description": _long, "order": _int})
    lane = _Model(Lane, {
        "id": _id, "kind": _enum(LaneKind), "title": _short, "order": _int, "collapsed": _bool,
    })  # fmt: skip
    one_to_three = _int_range(1, 3, optional=True)
    card = _Model(Card, {
        "id": _id, "stage": _id, "lane": _id, "order": _int, "text": _long,
        "colour": _optional_colour, "tags": _short_list,
        "evidence": _enum(Evidence, optional=True), "source": _short,
        "channel": _enum(Channel, optional=True), "online": _optional_bool,
        "severity": one_to_three, "impact": one_to_three, "effort": one_to_three,
        "owner": _short, "votes": _int_range(0, 1_000_000),
    })  # fmt: skip
    point = _Model(EmotionPoint, {
        "id": _id, "stage": _id, "persona": _id, "curve": _enum(Curve),
        "score": _int_range(-1000, 1000), "label": _short,
    })  # fmt: skip
    metric = _Model(MetricValue, {
        "id": _id, "stage": _id, "lane": _id, "order": _int, "name": _short,
        "value": _float_range(-1e15, 1e15), "unit": _short,
    })  # fmt: skip

    def items(model: _Model) -> Check:
        def check(v: Any) -> list[Any]:
            if type(v) is list:
                return [model.build(x) for x in v]
            raise _Reject

        return check

    journey = _Model(JourneyMap, {
        "schema_version": _literal_2, "id": _id, "title": _short, "description": _long,
        "author": _short, "language": _language, "created": _datetime, "modified": _datetime,
        "tags": _short_list, "emotion_scale": _enum(EmotionScale),
        "personas": items(persona), "stages": items(stage), "lanes": items(lane),
        "cards": items(card), "emotion_points": items(point), "metric_values": items(metric),
    })  # fmt: skip
    all_models = (persona, stage, lane, card, point, metric, journey)
    return {m.cls.__name__: m for m in all_models}


MODELS = _models()
_JOURNEY = MODELS["JourneyMap"]
_ENABLED = all(m.matches for m in MODELS.values())


def fast_validate(doc: dict[str, Any]) -> JourneyMap | None:
    """The map of a (migrated) JSON document, or None when pydantic must decide."""
    if not _ENABLED:
        return None
    # The collector is paused while the map is built: it would scan the many new objects again
    # and again, and they are all kept (this makes no reference cycle). A third less at 20,000 cards.
    collecting = gc.isenabled()
    gc.disable()
    try:
        journey_map = _JOURNEY.build(doc)
    except Exception:  # _Reject, or anything unforeseen: pydantic decides and explains
        return None
    finally:
        if collecting:
            gc.enable()
    if map_rule_problems(journey_map):
        return None  # pydantic's model validator says which, in its words
    return journey_map


def fields_signature() -> str:
    """One line per model field (type, constraints, default) of the models checked here."""
    lines = []
    for model in MODELS.values():
        for name, field in model.cls.model_fields.items():
            factory = getattr(field.default_factory, "__name__", None)
            lines.append(
                f"{model.cls.__name__}.{name}: {field.annotation!r} {field.metadata!r} "
                f"default={field.default!r} factory={factory}"
            )
    return "\n".join(lines)


def fields_digest() -> int:
    return zlib.crc32(fields_signature().encode("utf-8"))
