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
such as ``strip_whitespace``, a pattern outside the plain subset of ``value_checks``) refuses
every document that has it, and a model with anything doubtful (aliases, other validators,
other config) refuses every document: pydantic decides. So a new model field needs no change
here.
"""

from __future__ import annotations

import gc
import inspect
import threading
import types
from collections.abc import Callable
from datetime import datetime
from enum import Enum
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from mapstudio.core.model import JourneyMap
from mapstudio.files import value_checks as checks
from mapstudio.files.value_checks import Check, Doubtful, Reject, refuse


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
            raise Doubtful(field)
        if field.discriminator is not None or field.validate_default or field.deprecated:
            raise Doubtful(field)
        return self.type(field.annotation, list(field.metadata))

    def type(self, annotation: Any, metadata: list[Any]) -> Check:
        origin = get_origin(annotation)
        if origin is Annotated:
            inner, *more = get_args(annotation)
            return self.type(inner, [*more, *metadata])
        limits = checks.Constraints(metadata)
        if origin in (Union, types.UnionType):
            args = get_args(annotation)
            if len(args) != 2 or type(None) not in args:
                raise Doubtful(annotation)  # only X | None: pydantic's smart unions are subtle
            self._plain(limits, annotation)  # constraints belong on X, inside the union
            inner = args[0] if args[1] is type(None) else args[1]
            return checks.optional(self.type(inner, []))
        if origin is list:
            if limits.numeric or limits.pattern or limits.string_constraints or limits.finite:
                raise Doubtful(annotation)
            (item,) = get_args(annotation) or (Any,)
            return checks.list_of(self.type(item, []), limits.min_length, limits.max_length)
        if origin is Literal:
            self._plain(limits, annotation)
            return checks.literal(get_args(annotation))
        if origin is not None:
            raise Doubtful(annotation)
        if annotation is str:
            if limits.numeric or limits.finite:
                raise Doubtful(annotation)
            return checks.text(limits.min_length, limits.max_length, limits.pattern)
        if annotation is int:
            if limits.sized or limits.pattern or limits.string_constraints or limits.finite:
                raise Doubtful(annotation)
            return limits.bounded(checks.integer(limits.low, limits.high))
        if annotation is float:
            if limits.sized or limits.pattern or limits.string_constraints:
                raise Doubtful(annotation)
            return limits.bounded(checks.number(limits.low, limits.high, limits.finite))
        self._plain(limits, annotation)
        if annotation is bool:
            return checks.boolean
        if annotation is datetime:
            return checks.iso_datetime
        if isinstance(annotation, type) and issubclass(annotation, Enum):
            return checks.enum_member(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            return self.model(annotation).build
        raise Doubtful(annotation)

    @staticmethod
    def _plain(limits: checks.Constraints, annotation: Any) -> None:
        if limits.numeric or limits.sized or limits.pattern or limits.string_constraints:
            raise Doubtful(annotation)
        if limits.finite:
            raise Doubtful(annotation)


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
        self.specs: list[tuple[str, Check, FieldInfo, Callable[[dict[str, Any]], Any] | None]] = []
        self.after: list[Callable[[Any], Any]] = []
        self.doubt: object = None  # why every document of this model goes to pydantic
        self.partial: Callable[[dict[str, Any]], dict[str, Any]] | None = None
        # The fields set of every object built from a document that gives all fields: one set
        # shared by them all (2.2 KB for a card's 25 names, two thirds of a built card). pydantic
        # only ever adds a field's name to it (an assignment), which changes nothing here, and
        # copies it for a copied object.
        self.all_set = set(self.fields)

    def compile(self, compiler: _Compiler) -> None:
        cls = self.cls
        try:
            self._check_model()
        except Doubtful as e:
            self.doubt = e
        for name, field in cls.model_fields.items():
            try:
                check = compiler.field(field)
            except Doubtful:
                check = refuse  # a document with this field goes to pydantic
            self.check_list.append(check)
            self.specs.append((name, check, field, _default_maker(field)))

    def _check_model(self) -> None:
        cls = self.cls
        config = cls.model_config
        if any(value not in _CONFIG.get(key, ()) for key, value in config.items()):
            raise Doubtful(config)
        if config.get("extra") != "forbid":
            raise Doubtful(config)
        if cls.__private_attributes__ or cls.__pydantic_post_init__ is not None:
            raise Doubtful(cls)
        if cls.__pydantic_root_model__:
            raise Doubtful(cls)
        decorators = cls.__pydantic_decorators__
        if decorators.validators or decorators.field_validators or decorators.root_validators:
            raise Doubtful(cls)
        for decorator in decorators.model_validators.values():
            if decorator.info.mode != "after":
                raise Doubtful(decorator)
            if len(inspect.signature(decorator.func).parameters) != 1:
                raise Doubtful(decorator)  # one that takes pydantic's ValidationInfo
            self.after.append(decorator.func)

    def build(self, doc: Any, after: bool = True) -> Any:
        if type(doc) is self.cls:  # built already, item by item (fast_prefix)
            return doc
        if type(doc) is not dict or self.doubt is not None:
            raise Reject
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
            return self._finish(values, self.all_set, after)
        partial = self.partial or self._write_partial()
        return self._finish(partial(doc), set(doc), after)

    def _write_partial(self) -> Callable[[dict[str, Any]], dict[str, Any]]:
        """The values of a document that leaves out some fields (defaults for them; Reject for a
        missing required field or an unknown key), as a function written out for this model on
        its first such document: a loop over the fields cost 4 us an item (300,000 items of
        three to six fields each in a big file)."""
        lines = ["def partial(doc):", "    values = {}", "    n = 0"]
        scope: dict[str, Any] = {"Reject": Reject}
        for i, (name, check, field, default) in enumerate(self.specs):
            scope[f"c{i}"] = check
            lines += [f"    if {name!r} in doc:", f"        values[{name!r}] = c{i}(doc[{name!r}])"]
            lines += ["        n += 1", "    else:"]
            if default is None:
                lines.append("        raise Reject")  # a required field is missing
            elif field.default_factory is None and shared_default(field.default):
                scope[f"d{i}"] = field.default
                lines.append(f"        values[{name!r}] = d{i}")
            else:
                scope[f"m{i}"] = default
                lines.append(f"        values[{name!r}] = m{i}(values)")
        lines += [
            "    if n != len(doc):",
            "        raise Reject",
            "    return values",
        ]  # unknown keys
        exec(compile("\n".join(lines), f"<partial {self.cls.__name__}>", "exec"), scope)  # noqa: S102
        self.partial = scope["partial"]
        return self.partial

    def _finish(self, values: dict[str, Any], fields_set: set[str], after: bool) -> Any:
        m = _construct(self.cls, values, fields_set)
        for validator in self.after if after else ():
            # pydantic runs "after" validators on the built object; their errors are refusals
            if validator(m) is not m:
                raise Reject  # one that returns another object: pydantic decides
        return m


def _default_maker(field: FieldInfo) -> Callable[[dict[str, Any]], Any] | None:
    """What a missing field gets, as ``field.get_default`` gives it (None: it is required).
    Whether a factory takes the validated data is asked once, at the field's first missing
    value: pydantic asks it at every call, from the factory's signature (about 100 us, and a
    100,000-card file of cards with missing fields took 20 s and 2 GB), and asking it for every
    field when the checks are built cost 1 % of the start-up to the first painted map."""
    if field.default is PydanticUndefined and field.default_factory is None:
        return None
    factory = field.default_factory
    if factory is None:
        default = field.default
        if shared_default(default):
            return lambda values: default
        return lambda values: field.get_default(call_default_factory=False)
    takes_data: list[bool] = []  # the answer, once asked

    def make(values: dict[str, Any]) -> Any:
        if not takes_data:
            takes_data.append(field.default_factory_takes_validated_data)
        return factory(values) if takes_data[0] else factory()  # type: ignore[call-arg]

    return make


_IMMUTABLE = (str, int, float, bool, type(None))


def shared_default(default: Any) -> bool:
    """Whether a default is given as it is, not copied: pydantic copies a default at each use
    (smart_deepcopy, 1 us) but returns these immutable values themselves (enum members copy
    to themselves)."""
    return type(default) in _IMMUTABLE or isinstance(default, Enum)


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


#: For a caller that checked the values itself (a window of dots checked column by column).
construct = _construct

_compiler = _Compiler()
_compiled: dict[type[BaseModel], _Model] = {}  # only models whose checks are complete
_compiling = threading.Lock()


def model_checks(cls: type[BaseModel]) -> _Model:
    """The checks of ``cls``, derived at its first use (under a millisecond for the map)."""
    found = _compiled.get(cls)
    if found is None:
        with _compiling:
            found = _compiled[cls] = _compiler.model(cls)
    return found


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
    except Exception:  # Reject, or anything unforeseen: pydantic decides and explains
        return None
    finally:
        if collecting:
            gc.enable()


def fast_build(doc: dict[str, Any], cls: type[BaseModel] = JourneyMap) -> Any:
    """``cls``'s object when every field of ``doc`` is surely valid, before ``cls``'s own "after"
    validators (for a map: the rules between its objects, references, unique ids, scores) have
    run; None when pydantic must decide. ``check_rules`` runs those validators."""
    model = model_checks(cls)
    collecting = gc.isenabled()
    gc.disable()
    try:
        return model.build(doc, after=False)
    except Exception:  # Reject, or anything unforeseen: pydantic decides and explains
        return None
    finally:
        if collecting:
            gc.enable()


def check_rules(obj: BaseModel) -> None:
    """Run the "after" validators of ``obj``'s model as pydantic runs them: a broken rule raises
    the validator's ValueError (pydantic's message is its text); Reject when pydantic must
    decide."""
    for validator in model_checks(type(obj)).after:
        if validator(obj) is not obj:
            raise Reject


def fast_prefix(cls: type[BaseModel], items: list[Any]) -> list[Any]:
    """The objects of ``items`` (documents of ``cls``, e.g. Card) up to the first one that is
    not surely valid: pydantic need only validate from there (a refused 94,000-card map then
    costs one pass over its cards, not two)."""
    model = model_checks(cls)
    built: list[Any] = []
    collecting = gc.isenabled()
    gc.disable()
    try:
        for item in items:
            built.append(model.build(item))
    except Exception:  # Reject, or anything unforeseen: pydantic takes it from here
        pass
    finally:
        if collecting:
            gc.enable()
    return built
