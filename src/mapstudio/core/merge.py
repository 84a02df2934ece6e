"""Three-way merge of two versions of a map that share a base, by ids (no Qt).

Changes that do not touch the same thing are all kept: one side edits a card's text while the
other moves it, and the result has both. When both sides touch the same thing, a fixed rule
decides and a :class:`Conflict` says what happened:

- FIELD: one field changed two ways (a card's text, a stage's name, the map's title): ours wins.
- EDIT_DELETE: an object edited on one side was deleted on the other: the edited one is kept
  (nothing anyone wrote is lost).
- BOTH_ADDED: both sides added an object with one id, differently: ours is kept.
- REORDERED: both sides reordered one cell (or the stages, or the lanes) differently: our order,
  with the other side's additions placed after the neighbour they followed there.
- KEPT_FOR_CONTENT: a stage, lane or persona deleted on one side while the other side put
  something in it (a card, a metric, an emotion point): it is kept, with that content.
- LANE_KIND: a lane's kind no longer fits what the other side put in it (cards in a lane that
  became an emotions lane, metric values in one that is no longer a metrics lane): the lane takes
  a kind that holds its content.
- SAME_POINT: both sides gave a persona a point at one stage on one curve: ours is kept.

A side that changed the emotion scale carried its points onto the new scale; the other side's
points are carried the same way before merging, so that is not a conflict. The save time is the
later of the two. The result always passes the map's rules (``mapstudio check``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from mapstudio.core.compare import ordered_ids
from mapstudio.core.model import EmotionScale, JourneyMap, LaneKind, map_rule_problems
from mapstudio.core.operations import CELL_COLLECTIONS, COLLECTIONS, MAP
from mapstudio.records import record

OURS, THEIRS = "ours", "theirs"
FIELD, EDIT_DELETE, BOTH_ADDED, REORDERED = "field", "edit_delete", "both_added", "reordered"
KEPT_FOR_CONTENT, LANE_KIND, SAME_POINT = "kept_for_content", "lane_kind", "same_point"

MAP_OWN_FIELDS = tuple(
    n for n in JourneyMap.model_fields if n not in COLLECTIONS and n != "schema_version"
)


@record
class Conflict:
    kind: str  # one of the rule names above
    collection: str  # MAP or one of COLLECTIONS
    id: str
    field: str | None = None
    ours: Any = None  # the value (or object) on our side, None if deleted or absent
    theirs: Any = None
    kept: str = OURS  # whose version the result holds: OURS, THEIRS, or "both"


@dataclass
class MergeResult:
    map: JourneyMap
    conflicts: list[Conflict] = field(default_factory=list)


class MergeError(ValueError):
    """The versions cannot be merged into a valid map (the message says why)."""


def merge(base: JourneyMap, ours: JourneyMap, theirs: JourneyMap) -> MergeResult:
    conflicts: list[Conflict] = []
    own = _merge_own_fields(base, ours, theirs, conflicts)
    scale: EmotionScale = own["emotion_scale"]
    versions = {
        "base": _lists(base, scale),
        OURS: _lists(ours, scale),
        THEIRS: _lists(theirs, scale),
    }
    lists = {
        c: _merge_collection(
            c, versions["base"][c], versions[OURS][c], versions[THEIRS][c], conflicts
        )
        for c in COLLECTIONS
    }
    _keep_what_content_needs(lists, versions, conflicts)
    _fit_lane_kinds(lists, versions, conflicts)
    _one_point_per_spot(lists, versions[OURS]["emotion_points"], conflicts)
    _merge_orders(lists, versions, conflicts)
    result = JourneyMap.model_construct(**own, **{c: list(lists[c].values()) for c in COLLECTIONS})
    problems = map_rule_problems(result)
    if problems:  # a rule above missed a case: never write a map that breaks the rules
        raise MergeError(problems[0])
    return MergeResult(result, conflicts)


# --- fields ---------------------------------------------------------------------------------


def _pick(base: Any, ours: Any, theirs: Any) -> tuple[Any, bool]:
    """The merged value of one field, and whether both sides changed it differently."""
    if ours == theirs or theirs == base:
        return ours, False
    if ours == base:
        return theirs, False
    return ours, True


def _merge_own_fields(
    base: JourneyMap, ours: JourneyMap, theirs: JourneyMap, conflicts: list[Conflict]
) -> dict[str, Any]:
    own: dict[str, Any] = {"schema_version": ours.schema_version}
    for name in MAP_OWN_FIELDS:
        o, t = getattr(ours, name), getattr(theirs, name)
        if name == "modified":
            own[name] = max(o, t)  # saved twice is not a conflict
            continue
        own[name], clash = _pick(getattr(base, name), o, t)
        if clash:
            conflicts.append(Conflict(FIELD, MAP, ours.id, name, o, t))
    return own


def _lists(m: JourneyMap, scale: EmotionScale) -> dict[str, dict[str, Any]]:
    """Each collection by id; emotion points carried onto the merged ``scale``."""
    lists = {c: {x.id: x for x in getattr(m, c)} for c in COLLECTIONS}
    if m.emotion_scale != scale:
        lists["emotion_points"] = {
            i: p.model_copy(update={"score": m.emotion_scale.carry(p.score, scale)})
            for i, p in lists["emotion_points"].items()
        }
    return lists


def _merge_collection(
    collection: str,
    base: dict[str, Any],
    ours: dict[str, Any],
    theirs: dict[str, Any],
    conflicts: list[Conflict],
) -> dict[str, Any]:
    """The merged objects by id, in our list order, then theirs' additions in their order."""
    merged: dict[str, Any] = {}
    for obj_id in [*ours, *(i for i in theirs if i not in ours)]:
        b, o, t = base.get(obj_id), ours.get(obj_id), theirs.get(obj_id)
        if o is not None and t is not None:
            if b is None and o != t:
                conflicts.append(Conflict(BOTH_ADDED, collection, obj_id, None, o, t))
                merged[obj_id] = o
            else:
                merged[obj_id] = _merge_object(collection, b, o, t, conflicts)
        elif b is None:  # added on one side
            merged[obj_id] = o if o is not None else t
        else:  # deleted on one side: gone, unless the other side edited it
            kept = o if o is not None else t
            if _differs_besides_order(b, kept):
                side = OURS if o is not None else THEIRS
                conflicts.append(Conflict(EDIT_DELETE, collection, obj_id, None, o, t, side))
                merged[obj_id] = kept
    return merged


def _differs_besides_order(a: Any, b: Any) -> bool:
    if a == b:
        return False
    return any(getattr(a, n) != getattr(b, n) for n in type(a).model_fields if n != "order")


def _merge_object(collection: str, b: Any, o: Any, t: Any, conflicts: list[Conflict]) -> Any:
    if o == t or t == b:
        return o
    if o == b:
        return t
    update: dict[str, Any] = {}
    for name in type(o).model_fields:
        if name == "order":
            continue  # places are merged per container (_merge_orders)
        ov, tv = getattr(o, name), getattr(t, name)
        value, clash = _pick(getattr(b, name), ov, tv)
        if clash:
            conflicts.append(Conflict(FIELD, collection, o.id, name, ov, tv))
        if value is not ov:
            update[name] = value
    return o.model_copy(update=update) if update else o


# --- what content needs -----------------------------------------------------------------------


def _keep_what_content_needs(
    lists: dict[str, dict[str, Any]], versions: dict[str, Any], conflicts: list[Conflict]
) -> None:
    """A stage, lane or persona deleted on one side stays if the other side's content needs it."""
    needs = [
        ("stages", "stage", ("cards", "metric_values", "emotion_points")),
        ("lanes", "lane", CELL_COLLECTIONS),
        ("personas", "persona", ("emotion_points", "lanes")),  # a lane tied to a persona
        ("participants", "author", ("cards",)),
        ("participants", "participant", ("dots",)),
        ("votes", "vote", ("dots",)),
        ("cards", "card", ("dots",)),
    ]
    for target, ref, users in needs:
        have = lists[target]
        for user in users:
            for obj in lists[user].values():
                wanted = getattr(obj, ref)
                if wanted is None or wanted in have:
                    continue
                for side in (OURS, THEIRS, "base"):
                    found = versions[side][target].get(wanted)
                    if found is not None:
                        have[wanted] = found
                        ours_obj = versions[OURS][target].get(wanted)
                        theirs_obj = versions[THEIRS][target].get(wanted)
                        conflicts.append(
                            Conflict(
                                KEPT_FOR_CONTENT, target, wanted, None, ours_obj, theirs_obj, side
                            )
                        )
                        break


def _fit_lane_kinds(
    lists: dict[str, dict[str, Any]], versions: dict[str, Any], conflicts: list[Conflict]
) -> None:
    holds_cards = {c.lane for c in lists["cards"].values()}
    holds_metrics = {v.lane for v in lists["metric_values"].values()}
    for lane_id, lane in list(lists["lanes"].items()):
        if lane_id in holds_metrics and lane.kind is not LaneKind.METRICS:
            kind = LaneKind.METRICS  # metrics lanes hold cards too
        elif lane_id in holds_cards and lane.kind is LaneKind.EMOTIONS:
            sides = (versions[s]["lanes"].get(lane_id) for s in (OURS, THEIRS, "base"))
            kinds = [x.kind for x in sides if x is not None and x.kind is not LaneKind.EMOTIONS]
            kind = kinds[0] if kinds else LaneKind.NOTES
        else:
            continue
        ours_lane = versions[OURS]["lanes"].get(lane_id)
        theirs_lane = versions[THEIRS]["lanes"].get(lane_id)
        conflicts.append(
            Conflict(
                LANE_KIND,
                "lanes",
                lane_id,
                "kind",
                ours_lane.kind if ours_lane else None,
                theirs_lane.kind if theirs_lane else None,
                "both",
            )
        )
        lists["lanes"][lane_id] = lane.model_copy(update={"kind": kind})


def _one_point_per_spot(
    lists: dict[str, dict[str, Any]], ours_points: dict[str, Any], conflicts: list[Conflict]
) -> None:
    points = lists["emotion_points"]
    spots: dict[tuple[str, str, str], str] = {}
    for point_id, p in sorted(points.items(), key=lambda kv: kv[0] not in ours_points):
        spot = (p.persona, p.stage, str(p.curve))
        if spot not in spots:
            spots[spot] = point_id
            continue
        first = points[spots[spot]]
        conflicts.append(Conflict(SAME_POINT, "emotion_points", spots[spot], "score", first, p))
        del points[point_id]


# --- places -----------------------------------------------------------------------------------


def _merge_orders(
    lists: dict[str, dict[str, Any]], versions: dict[str, Any], conflicts: list[Conflict]
) -> None:
    """Merge each container's sequence (stages, lanes, each cell) and renumber it if needed."""
    for collection in ("stages", "lanes", *CELL_COLLECTIONS):
        merged = lists[collection]
        keyed = collection in CELL_COLLECTIONS
        groups = _group(merged.values(), keyed)
        sides = {s: _group(versions[s][collection].values(), keyed) for s in ("base", OURS, THEIRS)}
        for key, members in groups.items():
            seqs = {s: ordered_ids(sides[s].get(key, [])) for s in sides}
            sequence, clash = merge_sequence(
                seqs["base"], seqs[OURS], seqs[THEIRS], {x.id for x in members}
            )
            if clash:
                conflicts.append(Conflict(REORDERED, collection, _container_id(key), "order"))
            if ordered_ids(members) != sequence:
                for place, obj_id in enumerate(sequence):
                    if merged[obj_id].order != place:
                        merged[obj_id] = merged[obj_id].model_copy(update={"order": place})


def _group(items: Iterable[Any], keyed: bool) -> dict[Any, list[Any]]:
    groups: dict[Any, list[Any]] = {}
    for x in items:
        groups.setdefault((x.stage, x.lane) if keyed else None, []).append(x)
    return groups


def _container_id(key: Any) -> str:
    return "/".join(key) if key else ""


def merge_sequence(
    base: list[str], ours: list[str], theirs: list[str], members: set[str]
) -> tuple[list[str], bool]:
    """One sequence of ``members`` from three: the side that reordered what all three share
    gives the order (ours if both did), and each other member follows the neighbour it followed
    on its own side. Returns the sequence and whether both sides reordered differently."""
    shared = members & set(base) & set(ours) & set(theirs)
    b = [i for i in base if i in shared]
    o = [i for i in ours if i in shared]
    t = [i for i in theirs if i in shared]
    clash = o != b and t != b and o != t
    primary, others = (theirs, ours) if (t != b and o == b) else (ours, theirs)
    result = [i for i in primary if i in members]
    placed = set(result)
    for seq in (others, base):
        for at, obj_id in enumerate(seq):
            if obj_id in placed or obj_id not in members:
                continue
            before = next((p for p in reversed(seq[:at]) if p in placed), None)
            result.insert(result.index(before) + 1 if before is not None else 0, obj_id)
            placed.add(obj_id)
    return result, clash
