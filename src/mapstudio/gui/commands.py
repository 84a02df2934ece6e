"""Undoable edits. Each public function builds the primitive operations of one user gesture
and pushes them as one :class:`EditCommand` on the document's undo stack.

Commands hold ids and values, never canvas items. Names go through Qt's translation so the
Edit menu reads "Undo Move Card" / "Annuler Déplacer la carte".
"""

from __future__ import annotations

import weakref
from collections.abc import Hashable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from mapstudio.core.model import (
    Card,
    Curve,
    EmotionPoint,
    EmotionScale,
    Lane,
    LaneKind,
    MetricValue,
    Persona,
    Stage,
)
from mapstudio.gui.document import (
    MAP,
    EditError,
    Insert,
    MapDocument,
    Op,
    Remove,
    SetOrders,
    Update,
)

_MERGE_ID = 0x4D53  # any constant: commands with a merge key may merge


# Literal context and text at each call, so pyside6-lupdate extracts them under "Command".
translate = QCoreApplication.translate


class EditCommand(QUndoCommand):
    """One undo step: a list of primitives applied in order, undone in reverse."""

    def __init__(
        self, doc: MapDocument, name: str, ops: Sequence[Op], merge_key: Hashable | None = None
    ) -> None:
        super().__init__(name)
        # Weak: the document owns its undo stack, which owns this command. A strong reference
        # back would put the document in a reference cycle, and when Python's cycle collector
        # then frees it, Qt deletes the stack's commands while their wrappers are being
        # cleared: a crash (seen after a map with two or more undo steps was closed).
        self._doc = weakref.ref(doc)
        self.ops: list[Op] = list(ops)
        self.inverses: list[Op] = []
        self.merge_key = merge_key
        self.applied = False  # set by push(): the stack's first redo() is then a no-op

    @property
    def doc(self) -> MapDocument:
        doc = self._doc()
        if doc is None:  # cannot happen while the stack that holds this command exists
            raise RuntimeError("the document of this command is gone")
        return doc

    def redo(self) -> None:
        if self.applied:
            self.applied = False
            return
        inverses = []
        try:
            for op in self.ops:
                inverses.append(self.doc.apply(op))
        except Exception:
            for inv in reversed(inverses):  # leave the document as it was
                self.doc.apply(inv)
            raise
        self.inverses = inverses

    def undo(self) -> None:
        for inv in reversed(self.inverses):
            self.doc.apply(inv)

    def id(self) -> int:
        return _MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        # ``other`` is already applied: keep our inverses (the state before the first edit)
        # and take its ops (the state after the last).
        self.ops = _merge_updates(self.ops, other.ops)
        return True


def _merge_updates(first: list[Op], second: list[Op]) -> list[Op]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for op in [*first, *second]:
        if not isinstance(op, Update):
            return [*first, *second]
        merged.setdefault((op.collection, op.id), {}).update(op.changes)
    return [Update(c, i, ch) for (c, i), ch in merged.items()]


def push(doc: MapDocument, name: str, ops: Sequence[Op], merge_key: Hashable | None = None) -> None:
    """Apply ``ops`` as one undo step. Raises EditError (and changes nothing) if invalid."""
    if not ops:
        return
    command = EditCommand(doc, name, ops, merge_key)
    # Apply outside the stack first: a refused edit raises here, rolls itself back and leaves
    # no empty step behind. The stack's own first redo() is then skipped.
    command.redo()
    command.applied = True
    doc.undo_stack.push(command)


# --- generic ------------------------------------------------------------------------------


def update(
    doc: MapDocument,
    obj_id: str,
    changes: dict[str, Any],
    name: str | None = None,
    merge_key: Hashable | None = None,
) -> None:
    """Change fields of any object (card, stage, lane, persona, point, metric) or of the map."""
    collection = MAP if obj_id == doc.map.id else doc.collection_of(obj_id)
    if collection is None:
        raise EditError(f'there is no "{obj_id}" in this map')
    target = doc.map if collection == MAP else doc.get(obj_id)
    changes = {k: v for k, v in changes.items() if getattr(target, k, object()) != v}
    if not changes:
        return
    if collection == "emotion_points" and "score" in changes:
        scale = doc.map.emotion_scale
        if not isinstance(changes["score"], int) or not scale.contains(changes["score"]):
            raise EditError(f"{changes['score']} is outside the map's emotion scale {scale.value}")
    if collection == MAP and "emotion_scale" in changes:
        set_emotion_scale(doc, changes.pop("emotion_scale"))
        if not changes:
            return
    label = name or _update_name(collection, changes)
    push(doc, label, [Update(collection, obj_id, changes)], merge_key)


def _update_name(collection: str, changes: dict[str, Any]) -> str:
    noun = {
        "cards": translate("Command", "Card"),
        "stages": translate("Command", "Stage"),
        "lanes": translate("Command", "Lane"),
        "personas": translate("Command", "Persona"),
        "emotion_points": translate("Command", "Emotion Point"),
        "metric_values": translate("Command", "Metric"),
        MAP: translate("Command", "Map"),
    }[collection]
    if set(changes) == {"text"}:
        return translate("Command", "Edit %1 Text").replace("%1", noun)
    return translate("Command", "Change %1").replace("%1", noun)


def remove(doc: MapDocument, ids: Iterable[str]) -> None:
    """Delete objects with everything that depends on them (a stage takes its cards...)."""
    ids = [i for i in dict.fromkeys(ids) if doc.get(i) is not None]
    if not ids:
        return
    ops: list[Op] = []
    doomed: set[str] = set()
    for obj_id in ids:
        for dep in _dependents(doc, obj_id):
            if dep not in doomed:
                doomed.add(dep)
                ops.append(Remove(doc.collection_of(dep), dep))
        if obj_id not in doomed:
            doomed.add(obj_id)
            ops.append(Remove(doc.collection_of(obj_id), obj_id))
    # Close the gaps in stage/lane order so orders stay 0..n-1.
    for collection, items in (("stages", doc.stages()), ("lanes", doc.lanes())):
        kept = [x for x in items if x.id not in doomed]
        if len(kept) != len(items):
            ops.append(_renumber(collection, kept))
    collections = {doc.collection_of(i) for i in ids}
    noun = {
        "cards": translate("Command", "Delete Card"),
        "stages": translate("Command", "Delete Stage"),
        "lanes": translate("Command", "Delete Lane"),
        "personas": translate("Command", "Delete Persona"),
        "emotion_points": translate("Command", "Clear Emotion Point"),
        "metric_values": translate("Command", "Delete Metric"),
    }
    name = noun[collections.pop()] if len(collections) == 1 else translate("Command", "Delete")
    if len(ids) > 1 and name == translate("Command", "Delete Card"):
        name = translate("Command", "Delete %n Cards").replace("%n", str(len(ids)))
    push(doc, name, ops)


def _dependents(doc: MapDocument, obj_id: str) -> list[str]:
    collection = doc.collection_of(obj_id)
    m = doc.map
    if collection == "stages":
        return [x.id for x in (*m.cards, *m.metric_values, *m.emotion_points) if x.stage == obj_id]
    if collection == "lanes":
        return [x.id for x in (*m.cards, *m.metric_values) if x.lane == obj_id]
    if collection == "personas":
        return [p.id for p in m.emotion_points if p.persona == obj_id]
    return []


def _renumber(collection: str, ordered: Sequence[Any]) -> SetOrders:
    """Orders 0..n-1 in ``ordered``; only the objects whose order changes are listed."""
    return SetOrders(collection, {x.id: i for i, x in enumerate(ordered) if x.order != i})


# --- cards --------------------------------------------------------------------------------


def add_card(
    doc: MapDocument, stage: str, lane: str, index: int | None = None, **fields: Any
) -> str:
    """Add a card to a cell at ``index`` (the end by default); returns its id."""
    _require_card_cell(doc, stage, lane)
    card = Card(id=doc.new_id("card"), stage=stage, lane=lane, **fields)
    return add_cards(doc, [card], stage, lane, index, translate("Command", "Add Card"))[0]


def add_cards(
    doc: MapDocument,
    cards: Sequence[Card],
    stage: str,
    lane: str,
    index: int | None = None,
    name: str | None = None,
) -> list[str]:
    """Insert copies of ``cards`` (fresh ids) into one cell, in order; one undo step."""
    _require_card_cell(doc, stage, lane)
    taken: set[str] = set()  # the ids given in this step (the map's own: doc.is_taken)
    fresh = []
    for card in cards:
        card_id = card.id
        while card_id in taken or doc.is_taken(card_id):
            card_id = doc.new_id("card")
        taken.add(card_id)
        fresh.append(
            card.model_copy(update={"id": card_id, "stage": stage, "lane": lane}, deep=True)
        )
    cell = doc.cards_in_cell(stage, lane)
    at = len(cell) if index is None else max(0, min(index, len(cell)))
    ordered = cell[:at] + fresh + cell[at:]
    ops: list[Op] = [Insert("cards", c) for c in fresh]
    ops.append(_renumber("cards", ordered))
    label = name or (
        translate("Command", "Paste %n Cards").replace("%n", str(len(fresh)))
        if len(fresh) > 1
        else translate("Command", "Paste Card")
    )
    push(doc, label, ops)
    return [c.id for c in fresh]


def move_cards(
    doc: MapDocument, card_ids: Sequence[str], stage: str, lane: str, index: int | None = None
) -> None:
    """Move cards (keeping their relative order) into a cell at ``index``; one undo step.

    ``index`` counts positions in the target cell as it is before the move.
    """
    _require_card_cell(doc, stage, lane)
    moving = [doc.get(i) for i in card_ids]
    if any(c is None or doc.collection_of(c.id) != "cards" for c in moving):
        raise EditError("only cards can be moved between cells")
    moving_ids = {c.id for c in moving}
    target = doc.cards_in_cell(stage, lane)
    at = len(target) if index is None else max(0, min(index, len(target)))
    # Cells are ordered by (order, sequence), so gaps in ``order`` are harmless: the cards
    # left behind keep their relative order (no renumbering of the source cells), and cards
    # appended at the end only need orders above the cell's last one. Only an insertion in
    # the middle renumbers the target cell.
    ops: list[Op] = []
    after: list[Card] = []
    if at == len(target):  # appended: look at the cell's end only, not at every card
        end = len(target)
        while end and target[end - 1].id in moving_ids:
            end -= 1
        if [c.id for c in target[end:]] == [c.id for c in moving]:
            return  # dropped where it already was
        last_staying = target[end - 1] if end else None  # never a moving card
    else:
        before = [c for c in target[:at] if c.id not in moving_ids]
        after = [c for c in target[at:] if c.id not in moving_ids]
        new_target = before + moving + after
        if [c.id for c in new_target] == [c.id for c in target]:
            return  # dropped where it already was
        last_staying = before[-1] if before else None
    if not after:
        # the cell is sorted by order: the last card left in place has the highest
        base = (last_staying.order if last_staying else -1) + 1
        for i, c in enumerate(moving):
            changes: dict[str, Any] = {}
            if (c.stage, c.lane) != (stage, lane):
                changes.update(stage=stage, lane=lane)
            if c.order != base + i:
                changes["order"] = base + i
            if changes:
                ops.append(Update("cards", c.id, changes))
    else:
        for c in moving:
            if (c.stage, c.lane) != (stage, lane):
                ops.append(Update("cards", c.id, {"stage": stage, "lane": lane}))
        ops.append(_renumber("cards", new_target))
    name = (
        translate("Command", "Move Card")
        if len(moving) == 1
        else translate("Command", "Move %n Cards").replace("%n", str(len(moving)))
    )
    push(doc, name, ops)


def duplicate_cards(doc: MapDocument, card_ids: Sequence[str]) -> list[str]:
    """Copy each card just after itself in its own cell; one undo step; returns the new ids."""
    taken: set[str] = set()  # the ids given in this step (the map's own: doc.is_taken)
    ops: list[Op] = []
    new_ids: list[str] = []
    by_cell: dict[tuple[str, str], list[Card]] = {}
    for card_id in card_ids:
        card = doc.get(card_id)
        if isinstance(card, Card):
            by_cell.setdefault((card.stage, card.lane), []).append(card)
    for (stage, lane), originals in by_cell.items():
        ordered: list[Card] = []
        for c in doc.cards_in_cell(stage, lane):
            ordered.append(c)
            if c in originals:
                copy_id = doc.new_id("card")
                while copy_id in taken or doc.is_taken(copy_id):
                    copy_id = doc.new_id("card")
                taken.add(copy_id)
                copy = c.model_copy(update={"id": copy_id}, deep=True)
                ops.append(Insert("cards", copy))
                ordered.append(copy)
                new_ids.append(copy_id)
        ops.append(_renumber("cards", ordered))
    push(
        doc,
        translate("Command", "Duplicate Card")
        if len(new_ids) == 1
        else translate("Command", "Duplicate Cards"),
        ops,
    )
    return new_ids


def _require_card_cell(doc: MapDocument, stage: str, lane: str) -> None:
    if not isinstance(doc.get(stage), Stage):
        raise EditError(f'there is no stage "{stage}"')
    lane_obj = doc.get(lane)
    if not isinstance(lane_obj, Lane):
        raise EditError(f'there is no lane "{lane}"')
    if lane_obj.kind is LaneKind.EMOTIONS:
        raise EditError("an emotions lane holds a curve, not cards")


# --- stages and lanes -----------------------------------------------------------------------


def add_stage(doc: MapDocument, name: str, index: int | None = None, description: str = "") -> str:
    stage = Stage(id=doc.new_id("stage"), name=name, description=description)
    _insert_ordered(doc, "stages", stage, doc.stages(), index, translate("Command", "Add Stage"))
    return stage.id


def add_lane(doc: MapDocument, kind: LaneKind | str, title: str, index: int | None = None) -> str:
    lane = Lane(id=doc.new_id("lane"), kind=LaneKind(kind), title=title)
    _insert_ordered(doc, "lanes", lane, doc.lanes(), index, translate("Command", "Add Lane"))
    return lane.id


def move_stage(doc: MapDocument, stage_id: str, index: int) -> None:
    _move_ordered(doc, "stages", stage_id, doc.stages(), index, translate("Command", "Move Stage"))


def move_lane(doc: MapDocument, lane_id: str, index: int) -> None:
    _move_ordered(doc, "lanes", lane_id, doc.lanes(), index, translate("Command", "Move Lane"))


def _insert_ordered(
    doc: MapDocument, collection: str, obj: Any, ordered: list[Any], index: int | None, name: str
) -> None:
    at = len(ordered) if index is None else max(0, min(index, len(ordered)))
    ordered = ordered[:at] + [obj] + ordered[at:]
    push(doc, name, [Insert(collection, obj), _renumber(collection, ordered)])


def _move_ordered(
    doc: MapDocument, collection: str, obj_id: str, ordered: list[Any], index: int, name: str
) -> None:
    current = next((i for i, x in enumerate(ordered) if x.id == obj_id), None)
    if current is None:
        raise EditError(f'there is no "{obj_id}" to move')
    index = max(0, min(index, len(ordered) - 1))
    if index == current:
        return
    obj = ordered.pop(current)
    ordered.insert(index, obj)
    push(doc, name, [_renumber(collection, ordered)])


# --- personas, emotions, metrics --------------------------------------------------------------


def add_persona(doc: MapDocument, name: str, **fields: Any) -> str:
    persona = Persona(id=doc.new_id("persona"), name=name, **fields)
    push(doc, translate("Command", "Add Persona"), [Insert("personas", persona)])
    return persona.id


def set_emotion(
    doc: MapDocument,
    persona: str,
    stage: str,
    curve: Curve | str,
    score: int,
    label: str | None = None,
    merge_key: Hashable | None = None,
) -> str:
    """Set (or create) a persona's score at a stage on one curve; returns the point's id."""
    curve = Curve(curve)
    if not isinstance(doc.get(persona), Persona):
        raise EditError(f'there is no persona "{persona}"')
    if not isinstance(doc.get(stage), Stage):
        raise EditError(f'there is no stage "{stage}"')
    scale = doc.map.emotion_scale
    if not scale.contains(score):
        raise EditError(f"{score} is outside the map's emotion scale {scale.value}")
    point = doc.emotion_point(persona, stage, curve)
    if point is None:
        point = EmotionPoint(
            id=doc.new_id("emotion"),
            stage=stage,
            persona=persona,
            curve=curve,
            score=score,
            label=label or "",
        )
        push(doc, translate("Command", "Set Emotion"), [Insert("emotion_points", point)], merge_key)
        return point.id
    changes: dict[str, Any] = {"score": score}
    if label is not None:
        changes["label"] = label
    update(doc, point.id, changes, translate("Command", "Set Emotion"), merge_key)
    return point.id


def set_emotion_scale(doc: MapDocument, scale: EmotionScale | str) -> None:
    """Change the map's scale, carrying every point proportionally onto the new one."""
    new = EmotionScale(scale)
    old = doc.map.emotion_scale
    if new == old:
        return
    (lo, hi), (nlo, nhi) = old.bounds, new.bounds
    ops: list[Op] = [Update(MAP, doc.map.id, {"emotion_scale": new})]
    for p in doc.map.emotion_points:
        score = round(nlo + (p.score - lo) * (nhi - nlo) / (hi - lo))
        if score != p.score:
            ops.insert(0, Update("emotion_points", p.id, {"score": score}))
    # Points move onto the new range before the scale changes, so no state breaks the rules.
    push(doc, translate("Command", "Change Emotion Scale"), ops)


def add_metric(
    doc: MapDocument, stage: str, lane: str, name: str, value: float, unit: str = ""
) -> str:
    lane_obj = doc.get(lane)
    if not isinstance(lane_obj, Lane) or lane_obj.kind is not LaneKind.METRICS:
        raise EditError("metric values go in a metrics lane")
    if not isinstance(doc.get(stage), Stage):
        raise EditError(f'there is no stage "{stage}"')
    order = len(doc.metrics_in_cell(stage, lane))
    metric = MetricValue(
        id=doc.new_id("metric"),
        stage=stage,
        lane=lane,
        name=name,
        value=value,
        unit=unit,
        order=order,
    )
    push(doc, translate("Command", "Add Metric"), [Insert("metric_values", metric)])
    return metric.id


# --- small conveniences for the canvas (additive) ----------------------------------------------


def rename(doc: MapDocument, obj_id: str, name: str) -> None:
    """Rename a stage (name), lane (title) or persona (name); one undo step."""
    collection = doc.collection_of(obj_id)
    field, label = {
        "stages": ("name", translate("Command", "Rename Stage")),
        "lanes": ("title", translate("Command", "Rename Lane")),
        "personas": ("name", translate("Command", "Rename Persona")),
    }.get(collection or "", (None, None))
    if field is None:
        raise EditError(f'"{obj_id}" cannot be renamed')
    name = " ".join(name.split())
    if not name:
        raise EditError("a name cannot be empty")
    update(doc, obj_id, {field: name}, label)


def set_collapsed(doc: MapDocument, lane_id: str, collapsed: bool) -> None:
    """Collapse a lane to a thin header, or expand it; one undo step."""
    label = (
        translate("Command", "Collapse Lane") if collapsed else translate("Command", "Expand Lane")
    )
    update(doc, lane_id, {"collapsed": collapsed}, label)


# --- whole map ------------------------------------------------------------------------------


def replace_content(doc: MapDocument, new_map: Any, name: str | None = None) -> None:
    """Make the document hold ``new_map`` (a JourneyMap) as one undo step.

    Used to restore a previous version or reload a file changed on disk: the user can undo it.
    Every object is removed, the map's own fields updated, then the new objects inserted in
    their list order, so the result dumps to the same bytes as ``new_map``.
    """
    from mapstudio.gui.document import COLLECTIONS

    old = doc.map
    ops: list[Op] = []
    for collection in reversed(list(COLLECTIONS)):  # dependents before what they point to
        for obj in reversed(getattr(old, collection)):
            ops.append(Remove(collection, obj.id))
    own = {k for k in type(old).model_fields if k not in COLLECTIONS and k != "schema_version"}
    changes = {k: getattr(new_map, k) for k in own if getattr(new_map, k) != getattr(old, k)}
    if changes:
        ops.append(Update(MAP, old.id, changes))
    for collection in COLLECTIONS:
        for obj in getattr(new_map, collection):
            ops.append(Insert(collection, obj.model_copy(deep=True)))
    push(doc, name or translate("Command", "Restore Version"), ops)
