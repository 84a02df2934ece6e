"""Every edit of a map, as a pure function from the document and its arguments to one Step.

An edit reads the document and returns the primitives of one user gesture (cascading deletes,
renumbering, moves) with the undo step's name; it changes nothing. A history applies the step:
``History(doc).push(edits.add_card(doc, "s1", "l1", text="Hi"))`` headless, or
``gui.commands`` on the editor's QUndoStack. A refused edit raises EditError, in the user's
language. Names go through translation so the Edit menu reads "Undo Move Card" /
"Annuler Déplacer la carte".
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import Any

from pydantic import ValidationError

from mapstudio.core import blueprint, voting
from mapstudio.core.comments import comment_owner
from mapstudio.core.document import Document
from mapstudio.core.history import Step, step
from mapstudio.core.model import (
    COMMENTED,
    Card,
    Comment,
    Curve,
    Dot,
    DotVote,
    EmotionPoint,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneKind,
    MetricValue,
    Participant,
    Persona,
    Stage,
    Trend,
    initials_of,
    is_half_point,
    no_lane,
    no_persona,
    no_stage,
    not_half_point,
    off_scale,
)
from mapstudio.core.operations import MAP, EditError, Insert, Op, Remove, SetOrders, Update
from mapstudio.text.translate import QCoreApplication, TranslationContext, fill

# Literal context and text at each call, so pyside6-lupdate extracts them under "Command";
# counted names go through Command.tr so that they extract with plural forms.
translate = QCoreApplication.translate
Command = TranslationContext("Command")
Edit = TranslationContext("Edit")

ID_PREFIXES = {"cards": "card", "metric_values": "metric", "emotion_points": "emotion"}
NO_CHANGE = "no change"  # the name of a step with no primitives (it is never pushed)


def _unchanged(result: Any = None) -> Step:
    return step(NO_CHANGE, [], result=result)


# --- generic ------------------------------------------------------------------------------


def update(
    doc: Document,
    obj_id: str,
    changes: dict[str, Any],
    name: str | None = None,
    merge_key: Hashable | None = None,
) -> Step:
    """Change fields of any object (card, stage, lane, persona, point, metric) or of the map."""
    collection = MAP if obj_id == doc.map.id else doc.collection_of(obj_id)
    if collection is None:
        raise EditError(fill(translate("Edit", 'there is no "%1" in this map'), obj_id))
    target = doc.map if collection == MAP else doc.get(obj_id)
    changes = {k: v for k, v in changes.items() if getattr(target, k, object()) != v}
    if not changes:
        return _unchanged()
    if collection == "emotion_points" and "score" in changes:
        _require_on_scale(doc, changes["score"])
    if collection == "lanes" and changes.get("persona") is not None:
        _require(doc, changes["persona"], Persona)
    ops: list[Op] = []
    if collection == MAP and "emotion_scale" in changes:
        ops += set_emotion_scale(doc, changes.pop("emotion_scale")).ops
    if changes:
        ops.append(Update(collection, obj_id, changes))
    label = name or _update_name(collection, changes)
    return step(label, ops, merge_key)


def update_many(doc: Document, changes: dict[str, dict[str, Any]], name: str) -> Step:
    """Change fields of several objects in one step (Replace All, a field set on several
    cards): all of it applies, or, if one change is refused, none."""
    ops: list[Op] = []
    for obj_id, fields in changes.items():
        ops += update(doc, obj_id, fields).ops
    return step(name, ops)


def _update_name(collection: str, changes: dict[str, Any]) -> str:
    if collection == MAP and not changes:
        return translate("Command", "Change Emotion Scale")
    noun = {
        "cards": translate("Command", "Card"),
        "stages": translate("Command", "Stage"),
        "lanes": translate("Command", "Lane"),
        "personas": translate("Command", "Persona"),
        "emotion_points": translate("Command", "Emotion Point"),
        "metric_values": translate("Command", "Metric"),
        "participants": translate("Command", "Participant"),
        "votes": translate("Command", "Vote"),
        "dots": translate("Command", "Dot"),
        MAP: translate("Command", "Map"),
    }[collection]
    if set(changes) == {"text"}:
        return fill(translate("Command", "Edit %1 Text"), noun)
    return fill(translate("Command", "Change %1"), noun)


def remove(doc: Document, ids: Iterable[str]) -> Step:
    """Delete objects with everything that depends on them (a stage takes its cards...)."""
    ids = [i for i in dict.fromkeys(ids) if doc.get(i) is not None]
    if not ids:
        return _unchanged()
    ops: list[Op] = []
    doomed: set[str] = set()
    for obj_id in ids:
        for dep in dependents(doc, obj_id):
            if dep not in doomed:
                doomed.add(dep)
                ops.append(Remove(doc.collection_of(dep), dep))
        if obj_id not in doomed:
            doomed.add(obj_id)
            ops.append(Remove(doc.collection_of(obj_id), obj_id))
    ops += _forget_participants(doc, doomed)
    ops += _forget_personas(doc, doomed)
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
        "participants": translate("Command", "Remove Participant"),
        "votes": translate("Command", "Delete Vote"),
        "dots": translate("Command", "Remove Dot"),
    }
    if collections == {"cards"} and len(ids) > 1:
        name = Command.tr("Delete %Ln Cards", "", len(ids))
    elif len(collections) == 1:
        name = noun[collections.pop()]
    else:
        name = translate("Command", "Delete")
    return step(name, ops)


def dependents(doc: Document, obj_id: str) -> list[str]:
    """The ids that cannot stay without ``obj_id`` (a stage's cards, a persona's points)."""
    collection = doc.collection_of(obj_id)
    m = doc.map
    if collection == "stages":
        held = [x for x in (*m.cards, *m.metric_values, *m.emotion_points) if x.stage == obj_id]
        return _dots_on({x.id for x in held}, m) + [x.id for x in held]
    if collection == "lanes":
        held = [x for x in (*m.cards, *m.metric_values) if x.lane == obj_id]
        return _dots_on({x.id for x in held}, m) + [x.id for x in held]
    if collection == "cards":
        return _dots_on({obj_id}, m)
    if collection == "personas":
        return [p.id for p in m.emotion_points if p.persona == obj_id]
    if collection == "votes":
        return [d.id for d in m.dots if d.vote == obj_id]
    if collection == "participants":
        return [d.id for d in m.dots if d.participant == obj_id]
    return []


def _dots_on(card_ids: set[str], m: Any) -> list[str]:
    """The votes' dots placed on these cards (they go with the cards)."""
    return [d.id for d in m.dots if d.card in card_ids] if m.dots else []


def _forget_participants(doc: Document, doomed: set[str]) -> list[Op]:
    """A participant who leaves no longer signs notes nor takes part in votes."""
    gone = {i for i in doomed if doc.collection_of(i) == "participants"}
    if not gone:
        return []
    ops: list[Op] = [
        Update("cards", c.id, {"author": None})
        for c in doc.map.cards
        if c.author in gone and c.id not in doomed
    ]
    for v in doc.map.votes:
        if v.id not in doomed and gone & set(v.participants):
            kept = [p for p in v.participants if p not in gone]
            ops.append(Update("votes", v.id, {"participants": kept}))
    return ops


def _forget_personas(doc: Document, doomed: set[str]) -> list[Op]:
    """A lane tied to a persona that goes stays, tied to no one."""
    gone = {i for i in doomed if doc.collection_of(i) == "personas"}
    return [
        Update("lanes", lane.id, {"persona": None})
        for lane in doc.map.lanes
        if lane.persona in gone and lane.id not in doomed
    ]


def _renumber(collection: str, ordered: Sequence[Any]) -> SetOrders:
    """Orders 0..n-1 in ``ordered``; only the objects whose order changes are listed."""
    return SetOrders(collection, {x.id: i for i, x in enumerate(ordered) if x.order != i})


# --- cards --------------------------------------------------------------------------------


def add_card(doc: Document, stage: str, lane: str, index: int | None = None, **fields: Any) -> Step:
    """Add a card to a cell at ``index`` (the end by default); the step's result is its id."""
    _require_card_cell(doc, stage, lane)
    card = Card(id=doc.new_id("card"), stage=stage, lane=lane, **fields)
    added = add_cards(doc, [card], stage, lane, index, translate("Command", "Add Card"))
    added.result = added.result[0]
    return added


def add_cards(
    doc: Document,
    cards: Sequence[Card],
    stage: str,
    lane: str,
    index: int | None = None,
    name: str | None = None,
) -> Step:
    """Insert copies of ``cards`` (fresh ids) into one cell, in order; the result is their ids."""
    _require_card_cell(doc, stage, lane)
    taken: set[str] = set()  # the ids given in this step (the map's own: doc.is_taken)
    fresh = []
    for card in cards:
        card_id = card.id
        while card_id in taken or doc.is_taken(card_id):
            card_id = doc.new_id("card")
        taken.add(card_id)
        copy = card.model_copy(update={"id": card_id, "stage": stage, "lane": lane}, deep=True)
        fresh.append(_with_fresh_comment_ids(doc, copy, taken))
    cell = doc.cards_in_cell(stage, lane)
    at = len(cell) if index is None else max(0, min(index, len(cell)))
    ordered = cell[:at] + fresh + cell[at:]
    ops: list[Op] = [Insert("cards", c) for c in fresh]
    ops.append(_renumber("cards", ordered))
    label = name or (
        Command.tr("Paste %Ln Cards", "", len(fresh))
        if len(fresh) > 1
        else translate("Command", "Paste Card")
    )
    return step(label, ops, result=[c.id for c in fresh])


def move_cards(
    doc: Document, card_ids: Sequence[str], stage: str, lane: str, index: int | None = None
) -> Step:
    """Move cards (keeping their relative order) into a cell at ``index``.

    ``index`` counts positions in the target cell as it is before the move.
    """
    _require_card_cell(doc, stage, lane)
    moving = [doc.get(i) for i in card_ids]
    if any(c is None or doc.collection_of(c.id) != "cards" for c in moving):
        raise EditError(translate("Edit", "only cards can be moved between cells"))
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
            return _unchanged()  # dropped where it already was
        last_staying = target[end - 1] if end else None  # never a moving card
    else:
        before = [c for c in target[:at] if c.id not in moving_ids]
        after = [c for c in target[at:] if c.id not in moving_ids]
        new_target = before + moving + after
        if [c.id for c in new_target] == [c.id for c in target]:
            return _unchanged()  # dropped where it already was
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
        else Command.tr("Move %Ln Cards", "", len(moving))
    )
    return step(name, ops)


def duplicate_cards(doc: Document, card_ids: Sequence[str]) -> Step:
    """Copy each card just after itself in its own cell; the result is the new ids."""
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
                copy = _with_fresh_comment_ids(
                    doc, c.model_copy(update={"id": copy_id}, deep=True), taken
                )
                ops.append(Insert("cards", copy))
                ordered.append(copy)
                new_ids.append(copy_id)
        ops.append(_renumber("cards", ordered))
    name = (
        translate("Command", "Duplicate Card")
        if len(new_ids) == 1
        else translate("Command", "Duplicate Cards")
    )
    return step(name, ops, result=new_ids)


def _with_fresh_comment_ids(doc: Document, card: Card, taken: set[str]) -> Card:
    """A copied card's thread under new comment ids (ids are unique in a map, threads too)."""
    if not card.comments:
        return card
    thread = []
    for comment in card.comments:
        comment_id = doc.new_id("comment")
        while comment_id in taken or comment_owner(doc.map, comment_id) is not None:
            comment_id = doc.new_id("comment")
        taken.add(comment_id)
        thread.append(comment.model_copy(update={"id": comment_id}))
    return card.model_copy(update={"comments": thread})


def _require_card_cell(doc: Document, stage: str, lane: str) -> None:
    _require(doc, stage, Stage)
    lane_obj = _require(doc, lane, Lane)
    if lane_obj.kind is LaneKind.EMOTIONS:
        raise EditError(translate("Edit", "an emotions lane holds a curve, not cards"))


def _require(doc: Document, obj_id: str, kind: type) -> Any:
    obj = doc.get(obj_id)
    if not isinstance(obj, kind):
        missing = {Stage: no_stage, Lane: no_lane, Persona: no_persona}[kind]
        raise EditError(missing(obj_id))
    return obj


def _require_on_scale(doc: Document, score: Any) -> None:
    scale = doc.map.emotion_scale
    if isinstance(score, bool) or not isinstance(score, int | float):
        raise EditError(off_scale(score, scale))
    if not scale.contains(score):
        raise EditError(off_scale(score, scale))
    if not is_half_point(score):
        raise EditError(not_half_point(score))


# --- stages and lanes -----------------------------------------------------------------------


def add_stage(doc: Document, name: str, index: int | None = None, description: str = "") -> Step:
    stage = Stage(id=doc.new_id("stage"), name=name, description=description)
    return _insert_ordered("stages", stage, doc.stages(), index, translate("Command", "Add Stage"))


def add_lane(doc: Document, kind: LaneKind | str, title: str, index: int | None = None) -> Step:
    lane = Lane(id=doc.new_id("lane"), kind=LaneKind(kind), title=title)
    return _insert_ordered("lanes", lane, doc.lanes(), index, translate("Command", "Add Lane"))


def make_blueprint(doc: Document) -> Step:
    """Lay the map out as a service blueprint, in one step: lanes ordered customer, frontstage,
    backstage, support processes (annotations last; each group keeps its own order), a lane
    added for each layer the map lacks, and the blueprint's lines shown. Nothing to do when
    the map is a blueprint already."""
    from mapstudio.core.vocabulary import blueprint_lane_title, in_map_language

    lanes = doc.lanes()
    added: list[Lane] = []
    with in_map_language(doc.map.language):  # the new lanes' titles are the map's text
        for layer in blueprint.missing_layers([x.kind for x in lanes]):
            kind = blueprint.KIND_FOR_LAYER[layer]
            title = blueprint_lane_title(layer)
            added.append(Lane(id=doc.new_id("lane"), kind=kind, title=title, order=len(lanes)))
    ordered = sorted([*lanes, *added], key=lambda x: blueprint.blueprint_rank(x.kind))
    ops: list[Op] = [Insert("lanes", lane) for lane in added]
    added_ids = {x.id for x in added}
    orders = {x.id: i for i, x in enumerate(ordered) if x.order != i or x.id in added_ids}
    if orders:
        ops.append(SetOrders("lanes", orders))
    if not doc.map.blueprint:
        ops.append(Update(MAP, doc.map.id, {"blueprint": True}))
    if not ops:
        return _unchanged()
    return step(translate("Command", "Make Service Blueprint"), ops, result=[x.id for x in added])


def move_stage(doc: Document, stage_id: str, index: int) -> Step:
    return _move_ordered(
        "stages", stage_id, doc.stages(), index, translate("Command", "Move Stage")
    )


def move_lane(doc: Document, lane_id: str, index: int) -> Step:
    return _move_ordered("lanes", lane_id, doc.lanes(), index, translate("Command", "Move Lane"))


def duplicate_stage(doc: Document, stage_id: str) -> Step:
    """A copy of a stage just after it, with copies of its cards, metric values and emotion
    points (fresh ids); the result is the new stage's id."""
    return _duplicate_ordered(doc, "stages", _require(doc, stage_id, Stage), "stage")


def duplicate_lane(doc: Document, lane_id: str) -> Step:
    """A copy of a lane just after it, with copies of its cards and metric values."""
    return _duplicate_ordered(doc, "lanes", _require(doc, lane_id, Lane), "lane")


def _duplicate_ordered(doc: Document, collection: str, original: Any, ref: str) -> Step:
    from mapstudio.core.vocabulary import copy_name

    name_field = "name" if collection == "stages" else "title"
    copy = original.model_copy(
        update={"id": doc.new_id(ref), name_field: copy_name(getattr(original, name_field))},
        deep=True,
    )
    ordered = doc.stages() if collection == "stages" else doc.lanes()
    at = next(i for i, x in enumerate(ordered) if x.id == original.id) + 1
    ops: list[Op] = [
        Insert(collection, copy),
        _renumber(collection, [*ordered[:at], copy, *ordered[at:]]),
    ]
    taken: set[str] = set()
    contents = (
        ("cards", "metric_values", "emotion_points")
        if ref == "stage"
        else ("cards", "metric_values")
    )
    for child_collection in contents:
        for child in getattr(doc.map, child_collection):
            if getattr(child, ref) != original.id:
                continue
            prefix = ID_PREFIXES[child_collection]
            child_id = doc.new_id(prefix)
            while child_id in taken:
                child_id = doc.new_id(prefix)
            taken.add(child_id)
            ops.append(
                Insert(
                    child_collection,
                    child.model_copy(update={"id": child_id, ref: copy.id}, deep=True),
                )
            )
    label = (
        translate("Command", "Duplicate Stage")
        if ref == "stage"
        else translate("Command", "Duplicate Lane")
    )
    return step(label, ops, result=copy.id)


def _insert_ordered(
    collection: str, obj: Any, ordered: list[Any], index: int | None, name: str
) -> Step:
    at = len(ordered) if index is None else max(0, min(index, len(ordered)))
    ordered = ordered[:at] + [obj] + ordered[at:]
    return step(name, [Insert(collection, obj), _renumber(collection, ordered)], result=obj.id)


def _move_ordered(collection: str, obj_id: str, ordered: list[Any], index: int, name: str) -> Step:
    current = next((i for i, x in enumerate(ordered) if x.id == obj_id), None)
    if current is None:
        raise EditError(fill(translate("Edit", 'there is no "%1" to move'), obj_id))
    index = max(0, min(index, len(ordered) - 1))
    if index == current:
        return _unchanged()
    obj = ordered.pop(current)
    ordered.insert(index, obj)
    return step(name, [_renumber(collection, ordered)])


# --- personas, emotions, metrics --------------------------------------------------------------


def add_persona(doc: Document, name: str, **fields: Any) -> Step:
    persona = Persona(id=doc.new_id("persona"), name=name, **fields)
    return step(
        translate("Command", "Add Persona"), [Insert("personas", persona)], result=persona.id
    )


def set_emotion(
    doc: Document,
    persona: str,
    stage: str,
    curve: Curve | str,
    score: float,
    label: str | None = None,
    merge_key: Hashable | None = None,
) -> Step:
    """Set (or create) a persona's score at a stage on one curve; the result is the point's id."""
    curve = Curve(curve)
    _require(doc, persona, Persona)
    _require(doc, stage, Stage)
    _require_on_scale(doc, score)
    name = translate("Command", "Set Emotion")
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
        return step(name, [Insert("emotion_points", point)], merge_key, result=point.id)
    changes: dict[str, Any] = {"score": score}
    if label is not None:
        changes["label"] = label
    changed = update(doc, point.id, changes, name, merge_key)
    changed.result = point.id
    return changed


def set_emotion_scale(doc: Document, scale: EmotionScale | str) -> Step:
    """Change the map's scale, carrying every point proportionally onto the new one."""
    new = EmotionScale(scale)
    old = doc.map.emotion_scale
    if new == old:
        return _unchanged()
    ops: list[Op] = [Update(MAP, doc.map.id, {"emotion_scale": new})]
    for p in doc.map.emotion_points:
        score = old.carry(p.score, new)
        if score != p.score:
            ops.insert(0, Update("emotion_points", p.id, {"score": score}))
    # Points move onto the new range before the scale changes, so no state breaks the rules.
    return step(translate("Command", "Change Emotion Scale"), ops)


def add_metric(
    doc: Document,
    stage: str,
    lane: str,
    name: str,
    value: float,
    unit: str = "",
    target: float | None = None,
    trend: Trend | str | None = None,
    index: int | None = None,
) -> Step:
    """Add a metric value to a metrics lane's cell at ``index`` among its metrics (the end by
    default); the step's result is its id."""
    lane_obj = doc.get(lane)
    if not isinstance(lane_obj, Lane) or lane_obj.kind is not LaneKind.METRICS:
        raise EditError(translate("Edit", "metric values go in a metrics lane"))
    _require(doc, stage, Stage)
    fields = {"name": name, "value": value, "unit": unit, "target": target, "trend": trend}
    try:
        metric = MetricValue(id=doc.new_id("metric"), stage=stage, lane=lane, **fields)
    except ValidationError as e:
        from mapstudio.core.validation import describe_validation_error

        raise EditError(describe_validation_error(e)) from None
    cell = doc.metrics_in_cell(stage, lane)
    at = len(cell) if index is None else max(0, min(index, len(cell)))
    ops: list[Op] = [Insert("metric_values", metric)]
    ops.append(_renumber("metric_values", [*cell[:at], metric, *cell[at:]]))
    return step(translate("Command", "Add Metric"), ops, result=metric.id)


def rename(doc: Document, obj_id: str, name: str) -> Step:
    """Rename a stage (name), lane (title) or persona (name)."""
    collection = doc.collection_of(obj_id)
    field, label = {
        "stages": ("name", translate("Command", "Rename Stage")),
        "lanes": ("title", translate("Command", "Rename Lane")),
        "personas": ("name", translate("Command", "Rename Persona")),
    }.get(collection or "", (None, None))
    if field is None:
        raise EditError(fill(translate("Edit", '"%1" cannot be renamed'), obj_id))
    name = " ".join(name.split())
    if not name:
        raise EditError(translate("Edit", "a name cannot be empty"))
    return update(doc, obj_id, {field: name}, label)


def set_collapsed(doc: Document, lane_id: str, collapsed: bool) -> Step:
    """Collapse a lane to a thin header, or expand it."""
    label = (
        translate("Command", "Collapse Lane") if collapsed else translate("Command", "Expand Lane")
    )
    return update(doc, lane_id, {"collapsed": collapsed}, label)


# --- comments -------------------------------------------------------------------------------
# A thread is a field of its card, stage or lane: each comment edit is one Update of that list,
# so undo, the change signals and the file are those of any field.


def add_comment(doc: Document, obj_id: str, text: str, author: str = "") -> Step:
    """Add a comment at the end of a card's, stage's or lane's thread; the result is its id."""
    if doc.collection_of(obj_id) not in COMMENTED:
        raise EditError(translate("Edit", "only a card, a stage or a lane can be commented"))
    text = text.strip()
    if not text:
        raise EditError(translate("Edit", "a comment cannot be empty"))
    owner = doc.get(obj_id)
    comment_id = doc.new_id("comment")
    while comment_owner(doc.map, comment_id) is not None:
        comment_id = doc.new_id("comment")
    try:
        comment = Comment(id=comment_id, author=author.strip(), text=text)
    except ValidationError as e:
        from mapstudio.core.validation import describe_validation_error

        raise EditError(describe_validation_error(e)) from None
    ops: list[Op] = [
        Update(doc.collection_of(obj_id), obj_id, {"comments": [*owner.comments, comment]})
    ]
    return step(translate("Command", "Add Comment"), ops, result=comment.id)


def _change_comment(doc: Document, comment_id: str, name: str, **changes: Any) -> Step:
    found = comment_owner(doc.map, comment_id)
    if found is None:
        raise EditError(fill(translate("Edit", 'there is no comment "%1"'), comment_id))
    owner, index = found
    thread = list(owner.comments)
    if changes.get("remove"):
        del thread[index]
    else:
        try:
            thread[index] = Comment.model_validate({**dict(thread[index]), **changes})
        except ValidationError as e:
            from mapstudio.core.validation import describe_validation_error

            raise EditError(describe_validation_error(e)) from None
        if thread[index] == owner.comments[index]:
            return _unchanged()
    return step(name, [Update(doc.collection_of(owner.id), owner.id, {"comments": thread})])


def edit_comment(doc: Document, comment_id: str, text: str) -> Step:
    text = text.strip()
    if not text:
        raise EditError(translate("Edit", "a comment cannot be empty"))
    return _change_comment(doc, comment_id, translate("Command", "Edit Comment"), text=text)


def resolve_comment(doc: Document, comment_id: str, resolved: bool = True) -> Step:
    """Mark a comment resolved (it leaves the open list, stays in the thread), or reopen it."""
    name = (
        translate("Command", "Resolve Comment")
        if resolved
        else translate("Command", "Reopen Comment")
    )
    return _change_comment(doc, comment_id, name, resolved=resolved)


def remove_comment(doc: Document, comment_id: str) -> Step:
    return _change_comment(doc, comment_id, translate("Command", "Delete Comment"), remove=True)


# --- whole map ------------------------------------------------------------------------------


def replace_map(doc: Document, new_map: JourneyMap, name: str | None = None) -> Step:
    """Make the document hold ``new_map``: only what differs changes (``core.diff``).

    Used to restore a previous version or reload a file changed on disk: the user can undo it,
    and the result dumps to the same bytes as ``new_map``.
    """
    from mapstudio.core.diff import diff_ops

    return step(name or translate("Command", "Restore Version"), diff_ops(doc, new_map))


# --- workshop -------------------------------------------------------------------------------

# Colours given to participants in turn: distinct on a projector and on paper, none close to a
# lane's own colour family so a participant's mark never reads as a lane.
PARTICIPANT_COLOURS = (
    "#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#e377c2", "#8c564b",
    "#bcbd22", "#7f7f7f",
)  # fmt: skip


def add_participant(
    doc: Document, name: str, initials: str = "", colour: str | None = None
) -> Step:
    """Add a workshop participant (a note's author, a voter); the step's result is its id.
    Without initials they are taken from the name; without a colour, the next of the palette."""
    person = _new_participant(doc, name, len(doc.map.participants), set(), initials, colour)
    return step(
        translate("Command", "Add Participant"), [Insert("participants", person)], result=person.id
    )


def _new_participant(
    doc: Document,
    name: str,
    number: int,
    taken: set[str],
    initials: str = "",
    colour: str | None = None,
) -> Participant:
    """A participant not yet in the map, the ``number``-th (its colour); ``taken``: the ids
    given earlier in the same step."""
    name = " ".join(name.split())
    if not name:
        raise EditError(translate("Edit", "a participant needs a name"))
    fields = {
        "name": name,
        "initials": (initials.strip() or initials_of(name))[:4],
        "colour": colour or PARTICIPANT_COLOURS[number % len(PARTICIPANT_COLOURS)],
    }
    person_id = doc.new_id("person")
    while person_id in taken:
        person_id = doc.new_id("person")
    taken.add(person_id)
    try:
        return Participant(id=person_id, **fields)
    except ValidationError as e:
        from mapstudio.core.validation import describe_validation_error

        raise EditError(describe_validation_error(e)) from None


# --- dot votes ------------------------------------------------------------------------------
# A vote, its dots and the totals it leaves are map objects: every cast is one undoable Insert,
# and a vote in progress is saved with the map. Queries are core.voting's.


def start_vote(
    doc: Document,
    lanes: Sequence[str],
    participants: Sequence[str] = (),
    new_names: Sequence[str] = (),
    count: int = 0,
    dots_each: int = 3,
    hidden: bool = False,
    title: str = "",
) -> Step:
    """Open a dot vote on the cards of ``lanes``; the step's result is its id.

    Voters are the map's ``participants`` (ids), then ``new_names`` and, with ``count``,
    "Participant 1".."Participant n": a name that a participant of the map already has is that
    participant; the others are added in the same step. Only one vote is open at a time."""
    from mapstudio.core.vocabulary import default_vote_title, numbered_participant_name

    if voting.open_vote(doc.map) is not None:
        raise EditError(
            translate("Edit", "a vote is already open: close it before starting another")
        )
    scope = list(dict.fromkeys(lanes))
    for lane_id in scope:
        lane = _require(doc, lane_id, Lane)
        if lane.kind in voting.NOT_VOTABLE:
            raise EditError(translate("Edit", "an emotions lane holds no cards to vote on"))
    if not scope:
        raise EditError(translate("Edit", "choose at least one lane to vote on"))
    if not 1 <= dots_each <= 99:
        raise EditError(translate("Edit", "each participant gets from 1 to 99 dots"))
    if not 0 <= count <= 99:
        raise EditError(translate("Edit", "a vote takes at most 99 participants"))
    for person_id in participants:
        if doc.collection_of(person_id) != "participants":
            raise EditError(fill(translate("MapFile", 'there is no participant "%1"'), person_id))
    by_name = {p.name.casefold(): p.id for p in doc.map.participants}
    names = [" ".join(n.split()) for n in new_names if n.strip()]
    names += [numbered_participant_name(k) for k in range(1, count + 1)]
    chosen = list(participants)
    ops: list[Op] = []
    taken: set[str] = set()
    for name in names:
        known = by_name.get(name.casefold())
        if known is None:
            number = len(doc.map.participants) + len(ops)
            person = _new_participant(doc, name, number, taken)
            ops.append(Insert("participants", person))
            known = by_name[name.casefold()] = person.id
        chosen.append(known)
    chosen = list(dict.fromkeys(chosen))
    if not chosen:
        raise EditError(translate("Edit", "a vote needs at least one participant"))
    if len(chosen) > 99:
        raise EditError(translate("Edit", "a vote takes at most 99 participants"))
    title = " ".join(title.split()) or default_vote_title(len(doc.map.votes) + 1)
    vote = DotVote(
        id=doc.new_id("vote"),
        title=title[:200],
        lanes=scope,
        participants=chosen,
        dots_each=dots_each,
        hidden=hidden,
    )
    ops.append(Insert("votes", vote))
    return step(translate("Command", "Start Dot Vote"), ops, result=vote.id)


def _require_open_vote(doc: Document, vote_id: str) -> DotVote:
    vote = doc.get(vote_id)
    if not isinstance(vote, DotVote):
        raise EditError(fill(translate("MapFile", 'there is no vote "%1"'), vote_id))
    if vote.closed:
        raise EditError(translate("Edit", "this vote is closed"))
    return vote


def _require_voter(doc: Document, vote: DotVote, participant: str) -> Participant:
    person = doc.get(participant)
    if not isinstance(person, Participant) or participant not in vote.participants:
        raise EditError(translate("Edit", "choose a participant of this vote first"))
    return person


def join_vote(doc: Document, vote_id: str, participant: str) -> Step:
    """A participant who was not chosen when the vote started takes part in it (one who joined
    a live session afterwards, say)."""
    vote = _require_open_vote(doc, vote_id)
    if not isinstance(doc.get(participant), Participant):
        raise EditError(fill(translate("MapFile", 'there is no participant "%1"'), participant))
    if participant in vote.participants:
        return _unchanged()
    if len(vote.participants) >= 99:
        raise EditError(translate("Edit", "a vote takes at most 99 participants"))
    changes = {"participants": [*vote.participants, participant]}
    return step(translate("Command", "Join Vote"), [Update("votes", vote_id, changes)])


def cast_dot(doc: Document, vote_id: str, participant: str, card_id: str) -> Step:
    """One of ``participant``'s dots on a card of the vote's lanes; the result is the dot's id."""
    vote = _require_open_vote(doc, vote_id)
    person = _require_voter(doc, vote, participant)
    card = doc.get(card_id)
    if not isinstance(card, Card):
        raise EditError(translate("Edit", "dots go on cards"))
    if not voting.in_scope(vote, card):
        raise EditError(translate("Edit", "this card is not in the vote: its lane was not chosen"))
    if not voting.dots_left(doc.map, vote, participant):
        raise EditError(
            fill(
                Edit.tr("%1 has no dots left (%Ln each)", "", vote.dots_each),
                person.name,
            )
        )
    dot = Dot(id=doc.new_id("dot"), vote=vote_id, participant=participant, card=card_id)
    return step(translate("Command", "Cast Dot"), [Insert("dots", dot)], result=dot.id)


def remove_dot(doc: Document, vote_id: str, participant: str, card_id: str) -> Step:
    """Take back ``participant``'s last dot on a card (the dot goes back to them)."""
    vote = _require_open_vote(doc, vote_id)
    person = _require_voter(doc, vote, participant)
    theirs = [
        d for d in voting.vote_dots(doc.map, vote_id)
        if d.participant == participant and d.card == card_id
    ]  # fmt: skip
    if not theirs:
        raise EditError(fill(translate("Edit", "%1 has no dot on this card"), person.name))
    dot_id = theirs[-1].id
    return step(translate("Command", "Remove Dot"), [Remove("dots", dot_id)], result=dot_id)


def set_vote_hidden(doc: Document, vote_id: str, hidden: bool) -> Step:
    """Hide the dots (each participant votes without seeing the others') or reveal them. (The
    editor applies this step outside its undo history: see ``gui.commands.set_vote_hidden``.)"""
    _require_open_vote(doc, vote_id)
    name = translate("Command", "Hide Dots") if hidden else translate("Command", "Reveal Dots")
    return update(doc, vote_id, {"hidden": hidden}, name)


def close_vote(doc: Document, vote_id: str) -> Step:
    """End a vote: no more dots; each opportunity card in its scope gets its total in ``votes``
    (replacing what was there). The vote and its dots stay in the map as its history. The
    step's result is the ids of the cards whose votes changed."""
    vote = _require_open_vote(doc, vote_id)
    totals = voting.tally(doc.map, vote_id)
    kinds = {x.id: x.kind for x in doc.map.lanes}
    ops: list[Op] = []
    for card in doc.map.cards:
        opportunity = kinds.get(card.lane) is LaneKind.OPPORTUNITIES
        if opportunity and voting.in_scope(vote, card) and card.votes != totals[card.id]:
            ops.append(Update("cards", card.id, {"votes": totals[card.id]}))
    updated = [op.id for op in ops]
    ops.append(Update("votes", vote_id, {"closed": True, "hidden": False}))
    return step(translate("Command", "Close Vote"), ops, result=updated)


def capture_note(
    doc: Document,
    stage: str,
    lane: str,
    text: str,
    author: str | None = None,
    new_author: str = "",
) -> Step:
    """A note captured in a workshop: a card at the end of a cell, signed by ``author`` (a
    participant's id), or by a participant not yet in the map whose initials are
    ``new_author`` (or named so, when longer than initials): they are added in the same step,
    so one undo takes back the note and the participant it brought. The result is the card's id."""
    text = text.strip()
    if not text:
        raise EditError(translate("Edit", "a note needs some text"))
    ops: list[Op] = []
    if new_author.strip():
        typed = " ".join(new_author.split())
        if len(typed) <= 4 and " " not in typed:  # initials: the name until renamed
            person = add_participant(doc, typed.upper(), initials=typed.upper())
        else:  # a name: initials taken from it
            person = add_participant(doc, typed)
        ops += person.ops
        author = person.result
    elif author is not None and not isinstance(doc.get(author), Participant):
        raise EditError(fill(translate("Edit", 'there is no participant "%1"'), author))
    card = add_card(doc, stage, lane, text=text, author=author)
    ops += card.ops
    return step(translate("Command", "Add Note"), ops, result=card.result)
