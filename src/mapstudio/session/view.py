"""What a browser participant sees of the map: a small projection of its objects, as JSON.

The page shows stages, lanes that hold notes, notes (text and author, never the card's other
fields), participants, the open vote and dots. Dots of a hidden vote are shown only to the one
who placed them. Patches name objects by collection and id, with their new view or None.
"""

from __future__ import annotations

from typing import Any

from mapstudio.core.document import Document
from mapstudio.core.model import LaneKind

# The fields of each collection a participant's page receives.
VIEW_FIELDS: dict[str, tuple[str, ...]] = {
    "stages": ("id", "name", "order"),
    "lanes": ("id", "title", "kind", "order"),
    "cards": ("id", "stage", "lane", "order", "text", "author"),
    "participants": ("id", "name", "initials", "colour"),
    "votes": ("id", "title", "lanes", "dots_each", "hidden", "closed"),
    "dots": ("id", "vote", "participant", "card"),
}
NOTE_LANES_EXCLUDED = (LaneKind.EMOTIONS.value,)  # a curve, not notes

ObjectView = dict[str, Any]
Patch = list[tuple[str, str, ObjectView | None]]  # (collection, id, view or None if removed)


def object_view(collection: str, data: dict[str, Any]) -> ObjectView | None:
    """The participant's view of one object (its JSON dump), or None for what the page never
    shows (other collections, lanes that hold no notes)."""
    names = VIEW_FIELDS.get(collection)
    if names is None:
        return None
    if collection == "lanes" and data.get("kind") in NOTE_LANES_EXCLUDED:
        return None
    return {name: data.get(name) for name in names}


def map_objects(doc: Document) -> dict[str, list[dict[str, Any]]]:
    """Every object of the shown collections as JSON data (on the document's thread)."""
    return {c: [o.model_dump(mode="json") for o in getattr(doc.map, c)] for c in VIEW_FIELDS}


def snapshot(title: str, language: str, objects: dict[str, dict[str, ObjectView]]) -> dict:
    """The whole view a participant gets on joining: the title and every shown object."""
    return {
        "title": title,
        "language": language,
        "objects": {c: list(views.values()) for c, views in objects.items()},
    }


def hidden_votes(votes: dict[str, ObjectView]) -> set[str]:
    return {vote_id for vote_id, v in votes.items() if v.get("hidden")}


def visible_to(
    participant: str | None, collection: str, view: ObjectView | None, hidden: set[str]
) -> bool:
    """Whether a participant may see this object: a hidden vote's dots only by their owner."""
    if collection != "dots" or view is None:
        return True
    return view["vote"] not in hidden or view["participant"] == participant
