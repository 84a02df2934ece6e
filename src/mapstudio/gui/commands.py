"""The editor's undo steps: the core's edits pushed on the document's QUndoStack.

Each public function here is the core edit of the same name (``core.edits``), taking the
``MapDocument`` instead of the core document, applying the edit's Step as one QUndoCommand and
returning the edit's result (new ids). The step logic (apply with rollback, undo, merge) is the
core's own; a QUndoCommand only hands it to Qt's stack, so the window's QUndoGroup, Edit menu and
clean state work as Qt users expect.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from mapstudio.core import edits
from mapstudio.core.history import Step
from mapstudio.gui.document import MapDocument

_MERGE_ID = 0x4D53  # any constant: commands with a merge key may merge


class EditCommand(QUndoCommand):
    """One undo step on Qt's stack, holding the core's Step."""

    def __init__(self, doc: MapDocument, step: Step) -> None:
        super().__init__(step.name)
        # Weak: the document owns its undo stack, which owns this command. A strong reference
        # back would put the document in a reference cycle, and when Python's cycle collector
        # then frees it, Qt deletes the stack's commands while their wrappers are being
        # cleared: a crash (seen after a map with two or more undo steps was closed).
        self._doc = weakref.ref(doc)
        self.step = step
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
        self.step.apply(self.doc.core)

    def undo(self) -> None:
        self.step.revert(self.doc.core)

    def id(self) -> int:
        return _MERGE_ID if self.step.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or not self.step.can_merge(other.step):
            return False
        self.step.merge(other.step)
        return True


def push(doc: MapDocument, step: Step) -> Any:
    """Apply ``step`` as one undo step; returns its result. Raises EditError (and changes
    nothing) if the edit is refused; a step with no primitives leaves no undo step."""
    if step.ops:
        command = EditCommand(doc, step)
        # Apply outside the stack first: a refused edit raises here, rolls itself back and
        # leaves no empty step behind. The stack's own first redo() is then skipped.
        step.apply(doc.core)
        command.applied = True
        doc.undo_stack.push(command)
    return step.result


def _on_stack(edit: Callable[..., Step]) -> Callable[..., Any]:
    @functools.wraps(edit)
    def command(doc: MapDocument, *args: Any, **kwargs: Any) -> Any:
        return push(doc, edit(doc.core, *args, **kwargs))

    return command


update = _on_stack(edits.update)
update_many = _on_stack(edits.update_many)
remove = _on_stack(edits.remove)
add_card = _on_stack(edits.add_card)
add_cards = _on_stack(edits.add_cards)
move_cards = _on_stack(edits.move_cards)
duplicate_cards = _on_stack(edits.duplicate_cards)
add_stage = _on_stack(edits.add_stage)
add_lane = _on_stack(edits.add_lane)
make_blueprint = _on_stack(edits.make_blueprint)
move_stage = _on_stack(edits.move_stage)
move_lane = _on_stack(edits.move_lane)
duplicate_stage = _on_stack(edits.duplicate_stage)
duplicate_lane = _on_stack(edits.duplicate_lane)
add_persona = _on_stack(edits.add_persona)
set_emotion = _on_stack(edits.set_emotion)
set_emotion_scale = _on_stack(edits.set_emotion_scale)
add_metric = _on_stack(edits.add_metric)
rename = _on_stack(edits.rename)
set_collapsed = _on_stack(edits.set_collapsed)
replace_content = _on_stack(edits.replace_map)
add_comment = _on_stack(edits.add_comment)
edit_comment = _on_stack(edits.edit_comment)
resolve_comment = _on_stack(edits.resolve_comment)
remove_comment = _on_stack(edits.remove_comment)
add_participant = _on_stack(edits.add_participant)
capture_note = _on_stack(edits.capture_note)
start_vote = _on_stack(edits.start_vote)
cast_dot = _on_stack(edits.cast_dot)
remove_dot = _on_stack(edits.remove_dot)
close_vote = _on_stack(edits.close_vote)


def set_vote_hidden(doc: MapDocument, vote_id: str, hidden: bool) -> Any:
    """Hide or reveal a vote's dots. This is how the vote is shown, not what it holds: it is
    saved with the map (which becomes modified) but is no undo step, so that Undo after a
    reveal takes back the last dot, as the room expects, instead of hiding every dot again."""
    step = edits.set_vote_hidden(doc.core, vote_id, hidden)
    if step.ops:
        step.apply(doc.core)  # refused: raises EditError, nothing changed
        doc.undo_stack.resetClean()  # unsaved until the next save
    return step.result
