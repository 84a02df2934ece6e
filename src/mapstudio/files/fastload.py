"""A fast, strict check of a map document that builds the model without pydantic's validators.

Building pydantic's validators costs about as much as starting Qt, and a map opened at start-up
would pay it before the first paint. ``fast_validate`` checks the plain JSON document itself and
builds the objects directly. It accepts only what it is sure pydantic accepts, with the very same
result (same values, same types, same ``model_fields_set``, same bytes when saved): exact JSON
types (no "1", 1.0 or true in an int field), exact enum values, the same patterns, lengths and
ranges, no unknown keys, every required key, and the datetime spellings MapStudio writes plus
plain ISO ones. Anything else returns None, and the caller validates with pydantic, which then
gives its usual error message.

The checks are derived from ``mapstudio.core.model`` at first use: each field's annotation
(str, int, float, bool, datetime, str enums, literals, ``X | None``, lists, nested models) and
its constraints (``FieldInfo.metadata``: lengths, patterns, bounds, finiteness), the model's
config and its "after" model validators, which are run on the built object as pydantic runs
them. A field this module cannot check exactly as pydantic does (an unknown type, a transform
such as ``strip_whitespace``, a pattern outside the plain subset below) refuses every document
that has it, and a model with anything doubtful (aliases, other validators, other config)
refuses every document: pydantic decides. So a new model field needs no change here.
"""

from __future__ import annotations

import gc
import inspect
import math
import re
import types
from collections.abc import Callable
from datetime import datetime
from enum import Enum
from functools import cache
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import annotated_types as at
from pydantic import BaseModel, StringConstraints
from pydantic.fields import FieldInfo
from pydantic.types import AllowInfNan
from pydantic_core import PydanticUndefined, TzInfo

from mapstudio.core.model import ForLanes, JourneyMap


class _Reject(Exception):
    """The document is not certainly valid: let pydantic decide (and explain)."""


class _Doubtful(Exception):
    """Part of the model this module cannot check exactly as pydantic does."""


Check = Callable[[Any], Any]


def _refuse(v: Any) -> Any:
    raise _Reject


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
def _python_pattern(pattern: str) -> Callable[[str], Any]:
    """``fullmatch`` of ``pattern`` (a Rust regex anchored with ^ and $) in Python's ``re``."""
    if not (pattern.startswith("^") and pattern.endswith("$") and not pattern.endswith("\\$")):
        raise _Doubtful(pattern)
    body = pattern[1:-1]
    depth, i, repeatable = 0, 0, False
    while i < len(body):
        c = body[i]
        if c == "[":
            end = body.find("]", i + 2)  # "]" right after "[" would be a literal "]" in Rust
            inner = body[i + 1 : end]
            if end < 0 or not inner or inner[0] == "^" or any(x in inner for x in "[\\"):
                raise _Doubtful(pattern)
            if any(op in inner for op in ("&&", "--", "~~")) or not set(inner) <= _LITERAL | {"."}:
                raise _Doubtful(pattern)
            i, repeatable = end + 1, True
            continue
        if c == "\\":
            if i + 1 >= len(body) or body[i + 1] not in _ESCAPABLE:
                raise _Doubtful(pattern)
            i, repeatable = i + 2, True
            continue
        if c == "(":
            if body.startswith("(?", i) and not body.startswith("(?:", i):
                raise _Doubtful(pattern)  # flags, names, lookarounds
            depth += 1
            i += 3 if body.startswith("(?:", i) else 1
            repeatable = False
            continue
        if c == ")":
            depth -= 1
            if depth < 0:
                raise _Doubtful(pattern)
            i, repeatable = i + 1, True
            continue
        if c == "|":
            if depth == 0:
                raise _Doubtful(pattern)  # ^a|b$ is (^a)|(b$), not a full match
            i, repeatable = i + 1, False
            continue
        if c in "*+?{":
            m = _REPEAT.match(body, i) if c == "{" else None
            if not repeatable or (c == "{" and m is None):
                raise _Doubtful(pattern)
            i = m.end() if m else i + 1
            if body.startswith("?", i):
                i += 1  # lazy: the same set of full matches
            repeatable = False
            continue
        if c == "." or c in _LITERAL:
            i, repeatable = i + 1, True
            continue
        raise _Doubtful(pattern)
    if depth:
        raise _Doubtful(pattern)
    return re.compile(body).fullmatch


def _text(min_length: int, max_length: float, pattern: str | None) -> Check:
    match = _python_pattern(pattern) if pattern is not None else None

    def check(v: Any) -> str:
        if type(v) is str and min_length <= len(v) <= max_length:
            if not v.isascii():
                # pydantic refuses a lone surrogate (JSON "\ud800" decodes to one); encoding
                # finds it about 5x faster than a regular expression would.
                v.encode("utf-8")  # raises UnicodeEncodeError: fast_validate returns None
            if match is None or match(v):
                return v
        raise _Reject

    return check


# --- numbers, booleans, dates -----------------------------------------------------------------


def _int(low: float, high: float) -> Check:
    def check(v: Any) -> int:
        # not bool, not float, not "1": pydantic's lax mode would coerce those
        if type(v) is int and low <= v <= high:
            return v
        raise _Reject

    return check


def _float(low: float, high: float, finite: bool) -> Check:
    def check(v: Any) -> float:
        if type(v) is float:
            f = v
        elif type(v) is int:
            f = float(v)  # pydantic turns an int into a float too, then checks the bounds
            if f != v:
                raise _Reject  # not exactly a float: leave the rounding to pydantic
        else:
            raise _Reject
        if (math.isfinite(f) or not finite) and low <= f <= high:
            return f
        raise _Reject

    return check


def _bool(v: Any) -> bool:
    if type(v) is bool:
        return v
    raise _Reject


_DATETIME = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])"
    r"(?:\.([0-9]{1,6}))?(Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])?"
).fullmatch
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


def _enum(members: type[Enum]) -> Check:
    by_value: dict[str, Any] = {m.value: m for m in members}
    if not all(type(value) is str for value in by_value):
        raise _Doubtful(members)  # pydantic's rules for int and mixed enums are not copied here

    def check(v: Any) -> Any:
        if type(v) is str:
            member = by_value.get(v)
            if member is not None:
                return member
        raise _Reject

    return check


def _literal(values: tuple[Any, ...]) -> Check:
    allowed = {(type(x), x) for x in values}
    if not all(type(x) in (int, str) for x in values):
        raise _Doubtful(values)

    def check(v: Any) -> Any:
        if (type(v), v) in allowed:
            return v
        raise _Reject

    return check


# --- containers -------------------------------------------------------------------------------


def _optional(inner: Check) -> Check:
    def check(v: Any) -> Any:
        return None if v is None else inner(v)

    return check


def _list(item: Check, min_length: int, max_length: float) -> Check:
    def check(v: Any) -> list[Any]:
        if type(v) is list and min_length <= len(v) <= max_length:
            return [item(x) for x in v]
        raise _Reject

    return check


# --- from annotations and constraints to checks -----------------------------------------------


class _Constraints:
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
                raise _Doubtful(item)  # transforms, or checks not copied here
            if item.strict is not None:
                raise _Doubtful(item)
            self.string_constraints = True
            if item.min_length is not None:
                self.min_length = max(self.min_length, item.min_length)
            if item.max_length is not None:
                self.max_length = min(self.max_length, item.max_length)
            if item.pattern is not None:
                if self.pattern is not None or not isinstance(item.pattern, str):
                    raise _Doubtful(item)
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
            raise _Doubtful(item)

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
            raise _Reject

        return bounded_check


class _Compiler:
    """Turns model fields into checks; one ``_Model`` per model class."""

    def __init__(self) -> None:
        self.models: dict[type[BaseModel], _Model] = {}

    def model(self, cls: type[BaseModel]) -> _Model:
        found = self.models.get(cls)
        if found is None:
            found = self.models[cls] = _Model(cls)  # before its fields: models may nest
            found.compile(self)
        return found

    def field(self, field: FieldInfo) -> Check:
        if field.alias is not None or field.validation_alias is not None:
            raise _Doubtful(field)
        if field.discriminator is not None or field.validate_default or field.deprecated:
            raise _Doubtful(field)
        return self.type(field.annotation, list(field.metadata))

    def type(self, annotation: Any, metadata: list[Any]) -> Check:
        origin = get_origin(annotation)
        if origin is Annotated:
            inner, *more = get_args(annotation)
            return self.type(inner, [*more, *metadata])
        limits = _Constraints(metadata)
        if origin in (Union, types.UnionType):
            args = get_args(annotation)
            if len(args) != 2 or type(None) not in args:
                raise _Doubtful(annotation)  # only X | None: pydantic's smart unions are subtle
            self._plain(limits, annotation)  # constraints belong on X, inside the union
            inner = args[0] if args[1] is type(None) else args[1]
            return _optional(self.type(inner, []))
        if origin is list:
            if limits.numeric or limits.pattern or limits.string_constraints or limits.finite:
                raise _Doubtful(annotation)
            (item,) = get_args(annotation) or (Any,)
            return _list(self.type(item, []), limits.min_length, limits.max_length)
        if origin is Literal:
            self._plain(limits, annotation)
            return _literal(get_args(annotation))
        if origin is not None:
            raise _Doubtful(annotation)
        if annotation is str:
            if limits.numeric or limits.finite:
                raise _Doubtful(annotation)
            return _text(limits.min_length, limits.max_length, limits.pattern)
        if annotation is int:
            if limits.sized or limits.pattern or limits.string_constraints or limits.finite:
                raise _Doubtful(annotation)
            return limits.bounded(_int(limits.low, limits.high))
        if annotation is float:
            if limits.sized or limits.pattern or limits.string_constraints:
                raise _Doubtful(annotation)
            return limits.bounded(_float(limits.low, limits.high, limits.finite))
        self._plain(limits, annotation)
        if annotation is bool:
            return _bool
        if annotation is datetime:
            return _datetime
        if isinstance(annotation, type) and issubclass(annotation, Enum):
            return _enum(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            return self.model(annotation).build
        raise _Doubtful(annotation)

    @staticmethod
    def _plain(limits: _Constraints, annotation: Any) -> None:
        if limits.numeric or limits.sized or limits.pattern or limits.string_constraints:
            raise _Doubtful(annotation)
        if limits.finite:
            raise _Doubtful(annotation)


# pydantic's config keys a model may set, and the values this module copies exactly.
_CONFIG = {
    "extra": ("forbid",),
    "validate_assignment": (True, False),  # after validation: not ours
    "use_enum_values": (False,),
    "defer_build": (True, False),
}


class _Model:
    """How to check one model's document: a check per field, defaults from the model itself."""

    def __init__(self, cls: type[BaseModel]) -> None:
        self.cls = cls
        self.fields = tuple(cls.model_fields)
        self.check_list: list[Check] = []
        self.specs: list[tuple[str, Check, FieldInfo]] = []
        self.after: list[Callable[[Any], Any]] = []
        self.doubt: object = None  # why every document of this model goes to pydantic

    def compile(self, compiler: _Compiler) -> None:
        cls = self.cls
        try:
            self._check_model()
        except _Doubtful as e:
            self.doubt = e
        for name, field in cls.model_fields.items():
            try:
                check = compiler.field(field)
            except _Doubtful:
                check = _refuse  # a document with this field goes to pydantic
            self.check_list.append(check)
            self.specs.append((name, check, field))

    def _check_model(self) -> None:
        cls = self.cls
        config = cls.model_config
        if any(value not in _CONFIG.get(key, ()) for key, value in config.items()):
            raise _Doubtful(config)
        if config.get("extra") != "forbid":
            raise _Doubtful(config)
        if cls.__private_attributes__ or cls.__pydantic_post_init__ is not None:
            raise _Doubtful(cls)
        if cls.__pydantic_root_model__:
            raise _Doubtful(cls)
        decorators = cls.__pydantic_decorators__
        if decorators.validators or decorators.field_validators or decorators.root_validators:
            raise _Doubtful(cls)
        for decorator in decorators.model_validators.values():
            if decorator.info.mode != "after":
                raise _Doubtful(decorator)
            if len(inspect.signature(decorator.func).parameters) != 1:
                raise _Doubtful(decorator)  # one that takes pydantic's ValidationInfo
            self.after.append(decorator.func)

    def build(self, doc: Any) -> Any:
        if type(doc) is not dict or self.doubt is not None:
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
            return self._finish(values, set(fields))
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
        return self._finish(values, present)

    def _finish(self, values: dict[str, Any], fields_set: set[str]) -> Any:
        m = _construct(self.cls, values, fields_set)
        for validator in self.after:
            # pydantic runs "after" validators on the built object; their errors are refusals
            if validator(m) is not m:
                raise _Reject  # one that returns another object: pydantic decides
        return m


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


_compiler: _Compiler | None = None


def model_checks(cls: type[BaseModel]) -> _Model:
    """The checks of ``cls``, derived at first use (a few hundred microseconds)."""
    global _compiler
    if _compiler is None:
        _compiler = _Compiler()
    return _compiler.model(cls)


def fast_validate(doc: dict[str, Any], cls: type[BaseModel] = JourneyMap) -> Any:
    """The map (or ``cls`` object) of a (migrated) JSON document, or None when pydantic must
    decide."""
    model = model_checks(cls)
    # The collector is paused while the map is built: it would scan the many new objects again
    # and again, and they are all kept (this makes no reference cycle). A third less at 20,000 cards.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return model.build(doc)
    except Exception:  # _Reject, or anything unforeseen: pydantic decides and explains
        return None
    finally:
        if collecting:
            gc.enable()
