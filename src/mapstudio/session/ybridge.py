"""The map as a Yjs document (pycrdt), and remote Yjs changes turned back into core edits.

Layout of the Y document: one root Map per collection of the map (``stages``, ``cards``...),
keyed by object id, each object a Map of field name to the field's value as JSON text; the root
``map`` holds the map's own fields (title, description...). Fields merge one by one, so two
people changing different fields of one card both win.

The host's Document stays the reference: a remote change is applied to the Y document, read
back as the objects it touched, and turned into one step of primitives on the Document
(:func:`step_from_remote`). If the model or the map's rules refuse it, nothing of it is applied
and the host writes its own values back into the Y document, which undoes it for everyone.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from pycrdt import Doc, Map, MapEvent
from pydantic import ValidationError

from mapstudio.core.document import Document
from mapstudio.core.history import Step, step
from mapstudio.core.model import JourneyMap, map_rule_problems
from mapstudio.core.operations import COLLECTIONS, MAP, EditError, Insert, Op, Remove, Update
from mapstudio.core.validation import describe_validation_error
from mapstudio.files.mapfile import MAX_ITEMS
from mapstudio.text.translate import QCoreApplication

MAP_SHARED_FIELDS = ("title", "description", "emotion_scale", "tags")  # what peers may change
Key = tuple[str, str]  # (collection, id)
ObjectData = dict[str, Any]


def dumped(obj: Any) -> ObjectData:
    return obj.model_dump(mode="json")


def map_fields(doc: Document) -> ObjectData:
    data = doc.map.model_dump(mode="json", include=set(MAP_SHARED_FIELDS))
    return data


class YMirror:
    """The shared Y document of a session, kept equal to the host's map."""

    def __init__(self, ydoc: Doc | None = None) -> None:
        self.ydoc = ydoc or Doc()
        self.roots: dict[str, Map] = {c: self.ydoc.get(c, type=Map) for c in COLLECTIONS}
        self.meta: Map = self.ydoc.get(MAP, type=Map)
        self._touched: dict[Key, None] = {}
        for collection, root in self.roots.items():
            root.observe_deep(self._noter(collection))
        self.meta.observe(self._note_meta)

    def _noter(self, collection: str) -> Callable[[Iterable[Any]], None]:
        # One argument exactly: pycrdt hands a second one (the transaction) to callbacks taking two.
        def note(events: Iterable[Any]) -> None:
            self._note(collection, events)

        return note

    def _note_meta(self, _event: Any) -> None:
        self._touched.setdefault((MAP, MAP), None)

    def _note(self, collection: str, events: Iterable[Any]) -> None:
        for event in events:
            if not isinstance(event, MapEvent):
                continue
            path = list(event.path)
            if path:
                self._touched.setdefault((collection, str(path[0])), None)
            else:
                for key in event.keys:
                    self._touched.setdefault((collection, str(key)), None)

    # --- writing the host's state ---------------------------------------------------------------
    def write(self, items: Iterable[tuple[str, str, ObjectData | None]], origin: str) -> None:
        """Make these objects (None: removed) equal to the host's; unchanged fields untouched."""
        with self.ydoc.transaction(origin=origin):
            for collection, obj_id, data in items:
                if collection == MAP:
                    _write_fields(self.meta, data or {})
                    continue
                root = self.roots[collection]
                if data is None:
                    if obj_id in root:
                        del root[obj_id]
                    continue
                current = root.get(obj_id)
                if isinstance(current, Map):
                    _write_fields(current, data)
                else:
                    root[obj_id] = Map({k: json.dumps(v) for k, v in data.items()})
        self._touched.clear()  # our own writes are no remote change

    # --- reading remote changes -----------------------------------------------------------------
    def apply_remote(self, update: bytes, origin: str) -> dict[Key, ObjectData | None]:
        """Apply a peer's update; return the objects it touched as the Y document now has them
        (None: removed, or not readable). Raises ValueError for an update pycrdt cannot read."""
        self._touched.clear()
        try:
            with self.ydoc.transaction(origin=origin):
                self.ydoc.apply_update(update)
        except Exception as e:  # a malformed update: pycrdt refuses it whole
            self._touched.clear()
            raise ValueError(f"unreadable update: {str(e)[:80]}") from None
        touched = dict.fromkeys(self._touched)
        self._touched.clear()
        return {key: self.read(*key) for key in touched}

    def read(self, collection: str, obj_id: str) -> ObjectData | None:
        target = self.meta if collection == MAP else self.roots[collection].get(obj_id)
        if not isinstance(target, Map):
            return None
        data: ObjectData = {}
        for field, text in target.items():
            if not isinstance(text, str):
                return None
            try:
                data[field] = json.loads(text)
            except ValueError:
                return None
        return data


def map_of(mirror: YMirror, map_id: str) -> JourneyMap:
    """The whole map a peer holds, as a map of the model (ValidationError if it is not one)."""
    data: dict[str, Any] = dict(mirror.read(MAP, MAP) or {})
    data = {k: v for k, v in data.items() if k in (*MAP_SHARED_FIELDS, "language")}
    data.setdefault("title", "?")
    data["id"] = map_id
    for collection, root in mirror.roots.items():
        data[collection] = [mirror.read(collection, key) for key in root]
    return JourneyMap.model_validate(data)


def _write_fields(target: Map, data: ObjectData) -> None:
    for field, value in data.items():
        text = json.dumps(value)
        if target.get(field) != text:
            target[field] = text
    for field in [f for f in target if f not in data]:
        del target[field]


class RemoteRefused(ValueError):
    """A peer's change that the model or the map's rules refuse (the message says which)."""


def step_from_remote(doc: Document, touched: dict[Key, ObjectData | None]) -> Step:
    """The primitives that make the host's map hold what a peer changed, as one step.

    Removals go first (dependents before what they hang on), then inserts in dependency order,
    then field updates. Raises RemoteRefused if an object is not valid for the model.
    """
    removes: list[Op] = []
    inserts: list[Op] = []
    updates: list[Op] = []
    order = {c: i for i, c in enumerate(COLLECTIONS)}
    for (collection, obj_id), data in sorted(touched.items(), key=lambda kv: _rank(order, kv[0])):
        if collection == MAP:
            if data is None:
                continue
            changes = {
                k: v
                for k, v in data.items()
                if k in MAP_SHARED_FIELDS and v != map_fields(doc).get(k)
            }
            if changes:
                updates.append(Update(MAP, doc.map.id, changes))
            continue
        if collection not in COLLECTIONS:
            raise RemoteRefused(f"unknown collection {collection[:32]!r}")
        current = doc.get(obj_id)
        if current is not None and doc.collection_of(obj_id) != collection:
            raise RemoteRefused(f"{obj_id[:64]!r} is not in {collection}")
        if data is None:
            if current is not None:
                removes.append(Remove(collection, obj_id))
            continue
        if data.get("id") != obj_id:
            raise RemoteRefused("an object's id differs from its key")
        if current is None:
            try:
                inserts.append(Insert(collection, COLLECTIONS[collection].model_validate(data)))
            except ValidationError as e:
                raise RemoteRefused(describe_validation_error(e)) from None
            continue
        old = dumped(current)
        changes = {k: v for k, v in data.items() if old.get(k) != v}
        if set(old) - set(data):  # a field taken away: back to its default
            model = COLLECTIONS[collection]
            for k in set(old) - set(data):
                default = model.model_fields[k].get_default(call_default_factory=True)
                changes[k] = (
                    default.model_dump(mode="json") if hasattr(default, "model_dump") else default
                )
        if changes:
            updates.append(Update(collection, obj_id, changes))
    name = QCoreApplication.translate("Command", "Remote Edit")
    return step(name, [*reversed(removes), *inserts, *updates])


def _rank(order: dict[str, int], key: Key) -> tuple[int, str]:
    return (order.get(key[0], len(order)), key[1])


def check_remote(doc: Document, remote: Step) -> None:
    """Refuse (RemoteRefused) a remote step that the document refuses or whose result breaks a
    rule of the map (a card in a stage that is gone, too many dots...). A dry run: the step is
    applied and reverted within one call, so views that gather changes per event-loop turn see
    nothing; the caller then pushes it as an undo step."""
    try:
        remote.apply(doc)
    except (EditError, ValidationError, KeyError, StopIteration, ValueError, TypeError) as e:
        message = str(e) if isinstance(e, EditError) else type(e).__name__
        raise RemoteRefused(message) from None
    problems = map_rule_problems(doc.map)
    problems += [
        f"more than {limit} {collection}"
        for collection, limit in MAX_ITEMS.items()
        if len(getattr(doc.map, collection, ())) > limit
    ]
    remote.revert(doc)
    if problems:
        raise RemoteRefused(problems[0])
