"""Content imported from a grid or a Mermaid journey added to a map that is already open.

Those formats have no ids: stages are matched by name, lanes by title (a lane titled only by
its kind, "Actions", by kind), personas by name, case and spacing aside; what matches nothing is added after what the map has. Cards and
metric values are added (a card whose text is already in its cell is not added twice); a persona's score at a stage replaces the one the map had. Nothing of
the map is removed. Scores are carried onto the map's emotion scale.
"""

from __future__ import annotations

from typing import Any

from mapstudio.core.model import JourneyMap
from mapstudio.core.vocabulary import lane_kind_name
from mapstudio.exchange.grid import slug
from mapstudio.exchange.headings import fold, in_every_language


def added_to(base: JourneyMap, extra: JourneyMap) -> JourneyMap:
    """``base`` with the stages, lanes, personas, cards, scores and metrics of ``extra``."""
    doc: dict[str, Any] = base.model_dump()
    taken = _ids(doc)
    stage_ids = _match(doc["stages"], extra.stages, "name", taken)
    lane_ids = _match(doc["lanes"], extra.lanes, "title", taken)
    persona_ids = _match(doc["personas"], extra.personas, "name", taken)
    for card in extra.cards:
        cell = (stage_ids[card.stage], lane_ids[card.lane])
        if any((c["stage"], c["lane"]) == cell and c["text"] == card.text for c in doc["cards"]):
            continue  # imported twice: the card is there already
        fields = card.model_dump()
        fields.update(
            id=slug(card.id, "card", taken),
            stage=stage_ids[card.stage],
            lane=lane_ids[card.lane],
            order=_after(doc["cards"], stage_ids[card.stage], lane_ids[card.lane]) + card.order,
        )
        doc["cards"].append(fields)
    for value in extra.metric_values:
        fields = value.model_dump()
        fields.update(
            id=slug(value.id, "metric", taken),
            stage=stage_ids[value.stage],
            lane=lane_ids[value.lane],
            order=_after(doc["metric_values"], stage_ids[value.stage], lane_ids[value.lane])
            + value.order,
        )
        doc["metric_values"].append(fields)
    for point in extra.emotion_points:
        key = (persona_ids[point.persona], stage_ids[point.stage], point.curve)
        score = extra.emotion_scale.carry(point.score, base.emotion_scale)
        known = next(
            (p for p in doc["emotion_points"] if (p["persona"], p["stage"], p["curve"]) == key),
            None,
        )
        if known is not None:  # the score now, on the point the map had
            known["score"] = score
            known["label"] = point.label or known["label"]
            continue
        fields = point.model_dump()
        fields.update(
            id=slug(point.id, "emotion", taken), persona=key[0], stage=key[1], score=score
        )
        doc["emotion_points"].append(fields)
    return JourneyMap.model_validate(doc)


def _ids(doc: dict[str, Any]) -> set[str]:
    taken = {doc["id"]}
    for value in doc.values():
        if isinstance(value, list):
            for obj in value:
                if isinstance(obj, dict) and "id" in obj:
                    taken.add(obj["id"])
                    for comment in obj.get("comments", []):
                        taken.add(comment["id"])
    return taken


def _match(
    existing: list[dict[str, Any]],
    new: list[Any],
    label: str,
    taken: set[str],
) -> dict[str, str]:
    """new id -> the id of the existing object of the same name, or of the new
    object appended (with a fresh id when its own is taken)."""
    ids: dict[str, str] = {}
    last = max((o["order"] for o in existing if "order" in o), default=-1)
    for obj in new:
        found = next(
            (o for o in existing if fold(o[label]) == fold(getattr(obj, label))),
            None,
        )
        if found is None and label == "title" and _is_kind_name(obj):
            # a lane titled only by its kind ("Actions") is the map's first lane of that kind
            found = next((o for o in existing if o["kind"] == obj.kind), None)
        if found is not None:
            ids[obj.id] = found["id"]
            continue
        fields = obj.model_dump()
        fields["id"] = obj.id if obj.id not in taken else slug(obj.id, "x", taken)
        taken.add(fields["id"])
        if "order" in fields:
            last += 1
            fields["order"] = last
        existing.append(fields)
        ids[obj.id] = fields["id"]
    return ids


def new_lane_ids(base: JourneyMap, extra: JourneyMap) -> set[str]:
    """The ids (in ``extra``) of its lanes that ``base`` has no lane for: those are added."""
    known = {lane.id for lane in base.lanes}
    found = _match([lane.model_dump() for lane in base.lanes], extra.lanes, "title", set(known))
    return {lane_id for lane_id, target in found.items() if target not in known}


def _is_kind_name(lane: Any) -> bool:
    return fold(lane.title) in in_every_language(lambda: lane_kind_name(lane.kind))


def _after(objects: list[dict[str, Any]], stage: str, lane: str) -> int:
    """The order that puts a new object after those already in the cell."""
    orders = [o["order"] for o in objects if o["stage"] == stage and o["lane"] == lane]
    return max(orders) + 1 if orders else 0
