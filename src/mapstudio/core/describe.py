"""Differences and merge conflicts in the user's words, one line each (no Qt).

Used by ``mapstudio diff`` and ``mapstudio merge`` and by the editor's compare list. The two
maps give the names: a card is told by its text and its cell ("Buy / Actions").
"""

from __future__ import annotations

from typing import Any

from mapstudio.core.compare import ADDED, REMOVED, Difference, ordered_ids
from mapstudio.core.merge import (
    BOTH_ADDED,
    EDIT_DELETE,
    FIELD,
    KEPT_FOR_CONTENT,
    LANE_KIND,
    OURS,
    REORDERED,
    SAME_POINT,
    Conflict,
)
from mapstudio.core.metrics import number_text
from mapstudio.core.model import JourneyMap
from mapstudio.core.operations import MAP
from mapstudio.text.translate import QCoreApplication, fill

translate = QCoreApplication.translate
SNIPPET = 60  # characters of a card's text quoted in a line


def describe_difference(d: Difference, a: JourneyMap, b: JourneyMap) -> str:
    names = _Names(a, b)
    if d.collection == MAP:
        return fill(translate("Compare", "Map changed: %1"), _fields(d.fields))
    if d.collection in ("cards", "metric_values"):
        return _describe_in_cell(d, names)
    if d.collection == "emotion_points":
        return _describe_point(d, names)
    what = names.label(d.collection, d.new if d.new is not None else d.old)
    noun = _noun(d.collection)
    if d.action == ADDED:
        return fill(translate("Compare", "%1 added: %2"), noun, what)
    if d.action == REMOVED:
        return fill(translate("Compare", "%1 removed: %2"), noun, what)
    fields = dict(d.fields)
    name_field = "title" if d.collection == "lanes" else "name"
    extras = []
    if d.moved:
        old_at = names.position(d.collection, d.id, a) + 1
        new_at = names.position(d.collection, d.id, b) + 1
        extras.append(fill(translate("Compare", "moved from place %1 to %2"), old_at, new_at))
    if name_field in fields:
        old, new = fields.pop(name_field)
        head, body = translate("Compare", "%1 renamed"), f"{_quote(old)} → {_quote(new)}"
    elif d.moved:
        extras.pop()
        head = translate("Compare", "%1 moved from place %2 to %3")
        body = what
    else:
        head, body = translate("Compare", "%1 changed"), what
    if fields:
        extras.append(_fields(fields))
    return _line(fill(head, noun, old_at, new_at) if d.moved else fill(head, noun), body, extras)


def _describe_in_cell(d: Difference, names: _Names) -> str:
    obj = d.new if d.new is not None else d.old
    noun = _noun(d.collection)
    if d.action == ADDED:
        return _line(
            fill(translate("Compare", "%1 added in %2"), noun, names.cell(obj)),
            names.label(d.collection, obj),
        )
    if d.action == REMOVED:
        return _line(
            fill(translate("Compare", "%1 removed from %2"), noun, names.cell(obj)),
            names.label(d.collection, obj),
        )
    fields = dict(d.fields)
    key = "text" if d.collection == "cards" else "name"
    if d.changed_cell:
        fields.pop("stage", None)
        fields.pop("lane", None)
        head = fill(
            translate("Compare", "%1 moved from %2 to %3"),
            noun,
            names.cell(d.old),
            names.cell(d.new),
        )
    elif d.moved:
        head = fill(translate("Compare", "%1 moved within %2"), noun, names.cell(obj))
    elif key in fields:
        head = fill(translate("Compare", "%1 edited in %2"), noun, names.cell(obj))
    else:
        head = fill(translate("Compare", "%1 changed in %2"), noun, names.cell(obj))
    if key in fields:
        old, new = fields.pop(key)
        body = f"{_quote(old)} → {_quote(new)}" if d.collection == "cards" else f"{old} → {new}"
    else:
        body = names.label(d.collection, obj)
    return _line(head, body, [_fields(fields)] if fields else [])


def _line(head: str, body: str, extras: list[str] = ()) -> str:
    said = fill(translate("Compare", "%1: %2", "what changed: how"), head, body)
    return said + "".join(f"; {x}" for x in extras)


def _describe_point(d: Difference, names: _Names) -> str:
    p = d.new if d.new is not None else d.old
    spot = f"{names.persona(p.persona)}, {names.stage(p.stage)}, {p.curve.value}"
    if d.action == ADDED:
        return fill(translate("Compare", "Emotion point added: %1: %2"), spot, _value(p.score))
    if d.action == REMOVED:
        return fill(translate("Compare", "Emotion point removed: %1: %2"), spot, _value(p.score))
    return fill(translate("Compare", "Emotion point changed: %1: %2"), spot, _fields(d.fields))


def describe_conflict(c: Conflict, ours: JourneyMap, theirs: JourneyMap) -> str:
    names = _Names(ours, theirs)
    obj = _find(c.collection, c.id, ours, theirs)
    what = names.label(c.collection, obj) if obj is not None else c.id
    noun = _noun(c.collection)
    if c.kind == FIELD:
        return fill(
            translate("Compare", "%1 %2: %3 changed both ways (%4 / %5): ours kept"),
            noun, what, c.field, _value(c.ours), _value(c.theirs),
        )  # fmt: skip
    if c.kind == EDIT_DELETE:
        text = (
            translate("Compare", "%1 %2: edited on our side, deleted on theirs: kept")
            if c.kept == OURS
            else translate("Compare", "%1 %2: edited on their side, deleted on ours: kept")
        )
        return fill(text, noun, what)
    if c.kind == BOTH_ADDED:
        return fill(
            translate("Compare", "%1 %2: added differently on both sides: ours kept"), noun, what
        )
    if c.kind == REORDERED:
        return fill(
            translate("Compare", "%1 %2: reordered on both sides: our order kept"),
            noun,
            c.id or "-",
        )
    if c.kind == KEPT_FOR_CONTENT:
        return fill(
            translate("Compare", "%1 %2: deleted on one side, but the other side put content in it: kept"),
            noun, what,
        )  # fmt: skip
    if c.kind == LANE_KIND:
        return fill(
            translate("Compare", "%1 %2: its kind no longer fitted what the other side put in it: changed to fit"),
            noun, what,
        )  # fmt: skip
    if c.kind == SAME_POINT:
        spot = f"{names.persona(obj.persona)}, {names.stage(obj.stage)}, {obj.curve.value}"
        return fill(translate("Compare", "Emotion point %1: set on both sides: ours kept"), spot)
    return f"{c.kind}: {c.collection} {c.id}"


class _Names:
    """Names of stages, lanes and personas, looked up in either version."""

    def __init__(self, a: JourneyMap, b: JourneyMap) -> None:
        self.stages = {s.id: s.name for m in (b, a) for s in m.stages}
        self.lanes = {x.id: x.title for m in (b, a) for x in m.lanes}
        self.personas = {p.id: p.name for m in (b, a) for p in m.personas}
        self.language = b.language  # a metric's figure is written as its map writes it

    def stage(self, stage_id: str) -> str:
        return self.stages.get(stage_id, stage_id)

    def persona(self, persona_id: str) -> str:
        return self.personas.get(persona_id, persona_id)

    def cell(self, obj: Any) -> str:
        return f"{self.stage(obj.stage)} / {self.lanes.get(obj.lane, obj.lane)}"

    def label(self, collection: str, obj: Any) -> str:
        if collection == "cards":
            return _quote(obj.text)
        if collection == "metric_values":
            figure = number_text(obj.value, self.language)
            return f"{obj.name} {figure}{(' ' + obj.unit) if obj.unit else ''}"
        if collection == "lanes":
            return _quote(obj.title)
        if collection == "emotion_points":
            return f"{self.persona(obj.persona)}, {self.stage(obj.stage)}, {obj.curve.value}"
        return _quote(getattr(obj, "name", getattr(obj, "title", obj.id)))

    @staticmethod
    def position(collection: str, obj_id: str, m: JourneyMap) -> int:
        return ordered_ids(getattr(m, collection)).index(obj_id)


def _noun(collection: str) -> str:
    return {
        MAP: translate("Compare", "Map"),
        "personas": translate("Compare", "Persona"),
        "stages": translate("Compare", "Stage"),
        "lanes": translate("Compare", "Lane"),
        "cards": translate("Compare", "Card"),
        "emotion_points": translate("Compare", "Emotion point"),
        "metric_values": translate("Compare", "Metric"),
        "participants": translate("Compare", "Participant"),
        "votes": translate("Compare", "Vote"),
        "dots": translate("Compare", "Dot"),
    }[collection]


def _fields(fields: dict[str, tuple[Any, Any]]) -> str:
    return ", ".join(
        f"{name}: {_value(old)} → {_value(new)}" for name, (old, new) in fields.items()
    )


def _find(collection: str, obj_id: str, *maps: JourneyMap) -> Any:
    if collection == MAP:
        return None
    for m in maps:
        for x in getattr(m, collection):
            if x.id == obj_id:
                return x
    return None


def _value(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, str):
        return _quote(v)
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))  # a whole score read as 2.0 is said "2"
    return str(getattr(v, "value", v))


def _quote(text: str) -> str:
    one_line = " ".join(str(text).split())
    if len(one_line) > SNIPPET:
        one_line = one_line[: SNIPPET - 1] + "…"
    return fill(translate("Compare", '"%1"', "a quoted text"), one_line)
