"""Ordered steps that bring an older map document up to the current schema version.

Each step takes the raw JSON object of version N and returns version N + 1. Steps work on
plain dicts (never on the model) so they keep working when the model moves on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Doc = dict[str, Any]


def _v1_to_v2(doc: Doc) -> Doc:
    """Version 1 (MapStudio 0.0 previews) named things differently:
    - ``emotion_scale`` was ``{"min": -2, "max": 2}``;
    - cards and metric values said ``stage_id`` / ``lane_id``;
    - emotion points said ``stage_id``, ``persona_id`` and ``value``;
    - order was the position in the list (no ``order`` fields).
    """
    out = dict(doc)
    scale = doc.get("emotion_scale")
    if isinstance(scale, dict):
        low, high = scale.get("min"), scale.get("max")
        out["emotion_scale"] = f"{low}..+{high}" if _negative(low) else f"{low}..{high}"
    for key in ("stages", "lanes"):
        if isinstance(doc.get(key), list):
            out[key] = [
                {**item, "order": i} if isinstance(item, dict) and "order" not in item else item
                for i, item in enumerate(doc[key])
            ]
    renames = {"stage_id": "stage", "lane_id": "lane", "persona_id": "persona", "value": "score"}
    for key in ("cards", "metric_values", "emotion_points"):
        items = doc.get(key)
        if not isinstance(items, list):
            continue
        moved = []
        for item in items:
            if isinstance(item, dict):
                rename = (
                    renames
                    if key == "emotion_points"
                    else {k: v for k, v in renames.items() if k != "value"}
                )
                item = {rename.get(k, k): v for k, v in item.items()}
            moved.append(item)
        if key in ("cards", "metric_values"):
            moved = _number_in_cells(moved)
        out[key] = moved
    out["schema_version"] = 2
    return out


def _negative(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value < 0


def _number_in_cells(items: list[Any]) -> list[Any]:
    counters: dict[tuple[Any, Any], int] = {}
    out = []
    for item in items:
        if isinstance(item, dict) and "order" not in item:
            cell = (item.get("stage"), item.get("lane"))
            item = {**item, "order": counters.get(cell, 0)}
            counters[cell] = item["order"] + 1
        out.append(item)
    return out


def _v2_to_v3(doc: Doc) -> Doc:
    """Version 3 adds optional fields only (each has a default), so a version 2 document is a
    version 3 one as it is."""
    return {**doc, "schema_version": 3}


#: MIGRATIONS[n] turns version n into version n + 1.
MIGRATIONS: dict[int, Callable[[Doc], Doc]] = {1: _v1_to_v2, 2: _v2_to_v3}


def migrate(doc: Doc, from_version: int, to_version: int) -> Doc:
    for version in range(from_version, to_version):
        doc = MIGRATIONS[version](doc)
    return doc
