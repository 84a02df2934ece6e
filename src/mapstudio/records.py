"""Immutable value classes that are cheap to define: ``@record`` instead of
``@dataclass(frozen=True)``.

Why not the standard decorator: on Python 3.11 a frozen dataclass compiles five methods from
generated source (``__init__``, ``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__`` and
``__delattr__``) when its class statement runs, about 4 M instructions a class; the editor
defines some forty of them on its way to the first painted window, 8 % of its start-up.
``@record`` compiles only ``__init__`` (construction speed matters: layouts make thousands of
these), and only when the first instance is made, and shares one generic implementation of
the others, about a tenth of the cost.

A record behaves as a frozen dataclass with ``eq=True``: fields are the class's annotations in
order (``ClassVar`` ones excluded), a default is the class attribute's value, instances compare
equal when they are of the same class with equal fields, hash by their fields, repr as
``Name(field=value, ...)``, and refuse assignment with ``dataclasses.FrozenInstanceError``.
``replace`` makes a changed copy. Not supported, and refused when a class asks for them:
inheritance between records, ``dataclasses.field`` options other than ``default_factory``,
init-only variables.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import MISSING, Field, FrozenInstanceError
from operator import attrgetter
from typing import Any, TypeVar

T = TypeVar("T")

_FIELDS = "__record_fields__"
_FACTORY = type("_Factory", (), {"__repr__": lambda self: "<default factory>"})()  # default marker


def record(cls: type[T] | None = None, /, *, init: bool = True) -> Any:
    """Make ``cls`` an immutable value class (see the module's documentation). With
    ``init=False`` the class keeps its own ``__init__``, which sets fields with
    ``object.__setattr__``."""

    def wrap(c: type[T]) -> type[T]:
        return _make_record(c, init)

    return wrap if cls is None else wrap(cls)


def fields(obj: Any) -> tuple[str, ...]:
    """The field names of a record class or instance, in order."""
    return getattr(obj, _FIELDS)


def is_record(obj: Any) -> bool:
    return hasattr(type(obj) if not isinstance(obj, type) else obj, _FIELDS)


def replace(obj: T, /, **changes: Any) -> T:
    """A copy of the record ``obj`` with ``changes`` applied (as ``dataclasses.replace``, which
    it hands a dataclass to)."""
    names = getattr(obj, _FIELDS, None)
    if names is None:
        return dataclasses.replace(obj, **changes)
    unknown = changes.keys() - set(names)
    if unknown:
        raise TypeError(f"{type(obj).__name__} has no field {', '.join(sorted(unknown))}")
    for name in names:
        if name not in changes:
            changes[name] = getattr(obj, name)
    return type(obj)(**changes)


def _make_record(cls: type[T], init: bool) -> type[T]:
    for base in cls.__mro__[1:-1]:
        if _FIELDS in base.__dict__:
            raise TypeError(f"{cls.__name__}: records do not inherit from records")
    names: list[str] = []
    defaults: dict[str, Any] = {}
    factories: dict[str, Callable[[], Any]] = {}
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        text = annotation if isinstance(annotation, str) else repr(annotation)
        if text.startswith(("ClassVar", "typing.ClassVar")):
            continue
        names.append(name)
        value = cls.__dict__.get(name, MISSING)
        if isinstance(value, Field):
            if value.default_factory is MISSING:
                raise TypeError(f"{cls.__name__}.{name}: of field(), records take default_factory")
            factories[name] = value.default_factory
            delattr(cls, name)
            value = _FACTORY
        if value is not MISSING:
            defaults[name] = value
        elif defaults:
            raise TypeError(f"{cls.__name__}.{name}: a field without a default follows one with")
    setattr(cls, _FIELDS, tuple(names))
    cls.__match_args__ = tuple(names)  # type: ignore[attr-defined]
    if init:
        cls.__init__ = _init_at_first_call(cls, names, defaults, factories)  # type: ignore[misc]
    values: Callable[[Any], Any] = attrgetter(*names) if names else (lambda _obj: ())
    cls._record_values = staticmethod(values)  # type: ignore[attr-defined]
    for name, method in _SHARED.items():
        # (a class that defines __eq__ gets __hash__ = None from Python: as a dataclass, a
        # record still hashes by its fields then)
        if cls.__dict__.get(name) is None:
            setattr(cls, name, method)
    return cls


def _init_at_first_call(
    cls: type, names: list[str], defaults: dict[str, Any], factories: dict[str, Callable[[], Any]]
) -> Callable[..., None]:
    """An ``__init__`` that compiles the real one (``_init_for``) at the record's first
    construction and puts it in its place: a record never made in a run (an operation, a
    search match...) costs no compilation, which at start-up was most of a record's cost."""

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        compiled = _init_for(cls, names, defaults, factories)
        cls.__init__ = compiled  # type: ignore[misc]
        compiled(self, *args, **kwargs)

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    __init__.__module__ = cls.__module__
    return __init__


def _init_for(
    cls: type, names: list[str], defaults: dict[str, Any], factories: dict[str, Callable[[], Any]]
) -> Callable[..., None]:
    """``__init__`` compiled for these fields: as fast to call as a dataclass's."""
    params = ", ".join(f"{n}=__d_{n}" if n in defaults else n for n in names)
    body = "".join(
        f"\n    __set(self, {n!r}, __f_{n}() if {n} is __d_{n} else {n})"
        if n in factories
        else f"\n    __set(self, {n!r}, {n})"
        for n in names
    )
    if hasattr(cls, "__post_init__"):
        body += "\n    self.__post_init__()"
    source = f"def __init__(self, {params}):{body or chr(10) + '    pass'}"
    scope: dict[str, Any] = {f"__d_{n}": v for n, v in defaults.items()}
    scope.update({f"__f_{n}": f for n, f in factories.items()})
    scope["__set"] = object.__setattr__
    exec(source, scope)  # noqa: S102 - source built above from the class's own field names
    function = scope["__init__"]
    function.__qualname__ = f"{cls.__qualname__}.__init__"
    function.__module__ = cls.__module__
    return function


def _eq(self: Any, other: Any) -> bool:
    if other.__class__ is self.__class__:
        return self._record_values(self) == other._record_values(other)
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(self._record_values(self))


def _repr(self: Any) -> str:
    inside = ", ".join(f"{name}={getattr(self, name)!r}" for name in getattr(self, _FIELDS))
    return f"{type(self).__qualname__}({inside})"


def _setattr(self: Any, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _delattr(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


_SHARED: dict[str, Callable[..., Any]] = {
    "__eq__": _eq,
    "__hash__": _hash,
    "__repr__": _repr,
    "__setattr__": _setattr,
    "__delattr__": _delattr,
}
