"""Find and replace on the canvas. Matches ignore case and accents and come in reading order:
stage names, then lane by lane its title (an emotions lane: its personas' names too) and its
cards (text and tags) and metrics, left to right. Each match is highlighted; stepping selects
the current one and brings it into view. Replacing edits through ``commands.update``: one undo
step per replaced object, one for Replace All."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from mapstudio.core.model import Card, LaneKind
from mapstudio.gui import commands
from mapstudio.gui.document import EditError
from mapstudio.records import record
from mapstudio.text import search

if TYPE_CHECKING:
    from mapstudio.gui.canvas.view import MapCanvas

# Literal context and text at each call, so pyside6-lupdate extracts them.
translate = QCoreApplication.translate


@record
class Match:
    obj_id: str
    kind: str  # "card" | "metric" | "stage" | "lane" | "persona"
    lane: str | None = None  # a persona's match is shown in this emotions lane's header


def _fields(obj: Any, kind: str) -> dict[str, Any]:
    """The searchable fields of an object (what Replace may change)."""
    if kind == "card":
        return {"text": obj.text, "tags": list(obj.tags)}
    if kind == "lane":
        return {"title": obj.title}
    return {"name": obj.name}  # stage, persona, metric


def _matches(value: Any, needle: str) -> bool:
    values = value if isinstance(value, list) else [value]
    return any(search.contains(v, needle) for v in values)


def _replaced(value: Any, needle: str, replacement: str) -> Any:
    if isinstance(value, list):
        return [search.replace(v, needle, replacement)[0] for v in value]
    return search.replace(value, needle, replacement)[0]


class Finder:
    def __init__(self, canvas: MapCanvas) -> None:
        self.canvas = canvas
        self.text = ""
        self.matches: list[Match] = []
        self.index = -1

    # --- finding ------------------------------------------------------------------------------
    @property
    def ids(self) -> list[str]:
        return [m.obj_id for m in self.matches]

    def find(self, text: str) -> int:
        """Highlight every match of ``text``; returns how many."""
        self.clear()
        self.text = text.strip()
        if not search.folded(self.text):
            return 0
        self.matches = self._search(self.text)
        for match in self.matches:
            self._highlight(match, 1)
        return len(self.matches)

    def _search(self, needle: str) -> list[Match]:
        scene = self.canvas.map_scene()
        scene.complete_layout()  # matches in reading order: every lane measured
        geo, doc = scene.geometry, scene.doc
        found: list[Match] = []
        for col in geo.columns:
            if _matches(doc.get(col.stage).name, needle):
                found.append(Match(col.stage, "stage"))
        personas_seen = False
        for row in geo.rows:  # reading order: lane by lane, left to right
            if _matches(doc.get(row.lane).title, needle):
                found.append(Match(row.lane, "lane"))
            if row.kind is LaneKind.EMOTIONS and not personas_seen:
                personas_seen = True  # each persona once, at the first emotions lane
                for persona in doc.map.personas:
                    if _matches(persona.name, needle):
                        found.append(Match(persona.id, "persona", row.lane))
            for col in geo.columns:
                cell = geo.cells.get((col.stage, row.lane))
                for box in cell.boxes if cell else ():
                    obj = doc.get(box.id)
                    kind = "card" if isinstance(obj, Card) else "metric"
                    if any(_matches(v, needle) for v in _fields(obj, kind).values()):
                        found.append(Match(box.id, kind))
        return found

    def current(self) -> Match | None:
        return self.matches[self.index] if 0 <= self.index < len(self.matches) else None

    def step(self, direction: int) -> str | None:
        """Go to the next (1) or previous (-1) match: select it and bring it into view."""
        scene = self.canvas.map_scene()
        self.matches = [m for m in self.matches if scene.doc.get(m.obj_id) is not None]
        if not self.matches:
            self.index = -1
            return None
        if self.current() is not None:
            self._highlight(self.current(), 1)
        if self.index < 0 and direction < 0:
            self.index = len(self.matches) - 1
        else:
            self.index = (self.index + direction) % len(self.matches)
        match = self.matches[self.index]
        self._highlight(match, 2)
        self._show(match)
        return match.obj_id

    def _show(self, match: Match) -> None:
        canvas, scene = self.canvas, self.canvas.map_scene()
        geo = scene.geometry
        if match.kind in ("card", "metric"):
            canvas.select_ids([match.obj_id])
            item = scene.card_item(match.obj_id)
            canvas.centerOn(item)
            canvas.reveal(item.sceneBoundingRect())  # out from under the legend, if shown
            return
        if match.kind == "stage":
            canvas.select_ids([match.obj_id])  # marks the header
            col = geo.column(match.obj_id)
            canvas.reveal_span(x=(col.x, col.x + col.width))
            return
        lane = match.obj_id if match.kind == "lane" else match.lane
        row = geo.row(lane)
        if match.kind == "lane":
            canvas.select_ids([lane])
        else:  # the persona becomes the one whose curve clicks edit
            canvas.select_ids([])
            canvas.set_current_persona(match.obj_id)
        canvas.reveal_span(y=(row.y, row.y + min(row.height, 120.0)))

    def _highlight(self, match: Match, level: int) -> None:
        scene = self.canvas.map_scene()
        if match.kind in ("card", "metric"):
            item = scene.card_item(match.obj_id)
        elif match.kind == "stage":
            item = scene.stage_item(match.obj_id)
        else:
            lane = scene.lane_item(match.obj_id if match.kind == "lane" else match.lane)
            item = lane.header if lane is not None else None
        if item is not None:
            item.set_highlight(level)

    def clear(self) -> None:
        for match in self.matches:
            self._highlight(match, 0)
        self.matches, self.index = [], -1

    def refresh(self, after: str | None = None) -> None:
        """Search again after an edit; the next step goes to the match after ``after`` (or
        to the one now where the current one was)."""
        index = self.index
        self.find(self.text)
        if after in self.ids:
            self.index = self.ids.index(after)
        elif self.matches and index >= 0:
            self.index = min(index, len(self.matches)) - 1

    # --- replacing ----------------------------------------------------------------------------
    def replace_current(self, replacement: str) -> bool:
        """Replace the matches in the current object (one undo step), then go to the next
        match. With no current match, go to the first (press again to replace it)."""
        match = self.current()
        if match is None:
            self.step(1)
            return False
        if not self.canvas.is_editable():
            return False
        changes = self._changes(match, replacement)
        done = self._update(match.obj_id, changes, translate("Command", "Replace"))
        self.refresh(after=match.obj_id)
        self.step(1)
        return done

    def replace_all(self, replacement: str) -> int:
        """Replace every match in one undo step; returns how many objects changed."""
        if not self.matches or not self.canvas.is_editable():
            return 0
        edits = [(m.obj_id, self._changes(m, replacement)) for m in self.matches]
        edits = [(obj_id, changes) for obj_id, changes in edits if changes]
        if not edits:
            return 0
        if any(not str(c[f]).strip() for _, c in edits for f in ("name", "title") if f in c):
            self.canvas.message.emit(
                translate("MapCanvas", "A name cannot be empty; the old name was kept.")
            )
            edits = [
                (i, c)
                for i, c in edits
                if all(str(v).strip() for f, v in c.items() if f in ("name", "title"))
            ]
        by_object: dict[str, dict[str, Any]] = {}
        for obj_id, changes in edits:  # an object matched in two fields changes both
            by_object.setdefault(obj_id, {}).update(changes)
        try:
            commands.update_many(self.canvas.doc, by_object, translate("Command", "Replace All"))
        except EditError as e:
            self.canvas.message.emit(str(e)[:1].upper() + str(e)[1:] + ".")
            return 0
        self.canvas.map_scene().flush()
        self.find(self.text)
        return len(by_object)

    def _changes(self, match: Match, replacement: str = "") -> dict[str, Any]:
        obj = self.canvas.doc.get(match.obj_id)
        if obj is None:
            return {}
        changes = {
            field: _replaced(value, self.text, replacement)
            for field, value in _fields(obj, match.kind).items()
            if _matches(value, self.text)
        }
        if "tags" in changes:  # a tag replaced by nothing goes
            changes["tags"] = [t for t in (tag.strip() for tag in changes["tags"]) if t]
        return changes

    def _update(self, obj_id: str, changes: dict[str, Any], name: str | None = None) -> bool:
        if any(not str(changes[f]).strip() for f in ("name", "title") if f in changes):
            self.canvas.message.emit(
                translate("MapCanvas", "A name cannot be empty; the old name was kept.")
            )
            return False
        try:
            commands.update(self.canvas.doc, obj_id, changes, name=name)
        except EditError as e:
            self.canvas.message.emit(str(e)[:1].upper() + str(e)[1:] + ".")
            return False
        self.canvas.map_scene().flush()
        return True
