"""Undo steps and a headless undo history.

A :class:`Step` is one user gesture: primitives applied in order and undone in reverse through
their exact inverses. Steps with the same merge key fold into one (typing in one card is one
step). :class:`History` is the undo stack for code without Qt (commands, a session host, a
merge); the editor keeps its steps on a QUndoStack through ``gui.commands``, which uses the
same Step, so both undo alike.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

from mapstudio.core.document import Document
from mapstudio.core.operations import Op, Update


class Step:
    """One user gesture's primitives. (A plain class: a dataclass compiles its methods from
    generated source when the module is imported, before the first window.)"""

    __hash__ = None  # mutable, compared by value

    def __init__(
        self,
        name: str,
        ops: list[Op],
        merge_key: Hashable | None = None,
        inverses: list[Op] | None = None,
        result: Any = None,  # what the edit made (new ids), for its caller
    ) -> None:
        self.name = name
        self.ops = ops
        self.merge_key = merge_key
        self.inverses = [] if inverses is None else inverses
        self.result = result

    def _fields(self) -> tuple[Any, ...]:
        return self.name, self.ops, self.merge_key, self.inverses, self.result

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()  # type: ignore[attr-defined]

    def __repr__(self) -> str:
        return (
            f"Step(name={self.name!r}, ops={self.ops!r}, merge_key={self.merge_key!r}, "
            f"inverses={self.inverses!r}, result={self.result!r})"
        )

    def apply(self, doc: Document) -> None:
        """Apply every primitive; if one is refused, undo the others and re-raise."""
        inverses = []
        try:
            for op in self.ops:
                inverses.append(doc.apply(op))
        except Exception:
            for inv in reversed(inverses):  # leave the document as it was
                doc.apply(inv)
            raise
        self.inverses = inverses

    def revert(self, doc: Document) -> None:
        for inv in reversed(self.inverses):
            doc.apply(inv)

    def can_merge(self, later: Step) -> bool:
        return self.merge_key is not None and later.merge_key == self.merge_key

    def merge(self, later: Step) -> None:
        """Fold an already applied ``later`` step in: undo reverts the later step's changes,
        then ours (whatever objects or fields each touched); redo applies both at once."""
        self.ops = _merge_updates(self.ops, later.ops)
        self.inverses = [*self.inverses, *later.inverses]


def _merge_updates(first: list[Op], second: list[Op]) -> list[Op]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for op in [*first, *second]:
        if not isinstance(op, Update):
            return [*first, *second]
        merged.setdefault((op.collection, op.id), {}).update(op.changes)
    return [Update(c, i, ch) for (c, i), ch in merged.items()]


def step(
    name: str, ops: Sequence[Op], merge_key: Hashable | None = None, result: Any = None
) -> Step:
    return Step(name, list(ops), merge_key, result=result)


class History:
    """Applies steps to a document and undoes and redoes them, as QUndoStack does."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._steps: list[Step] = []
        self._index = 0  # steps[:index] are applied
        self._clean: int | None = 0

    def push(self, new: Step) -> Any:
        """Apply ``new`` as one undo step (or fold it into the last); returns its result.

        A refused edit raises EditError and changes nothing. An edit with no primitives is no
        step at all.
        """
        if not new.ops:
            return new.result
        new.apply(self.doc)
        del self._steps[self._index :]
        if self._clean is not None and self._clean > self._index:
            self._clean = None  # the clean state was undone and is now out of reach
        top = self._steps[-1] if self._steps else None
        # Like QUndoStack: never merge into the step the clean state sits on.
        if top is not None and top.can_merge(new) and self._clean != self._index:
            top.merge(new)
        else:
            self._steps.append(new)
            self._index += 1
        return new.result

    def undo(self) -> bool:
        if not self.can_undo():
            return False
        self._index -= 1
        self._steps[self._index].revert(self.doc)
        return True

    def redo(self) -> bool:
        if not self.can_redo():
            return False
        self._steps[self._index].apply(self.doc)
        self._index += 1
        return True

    def can_undo(self) -> bool:
        return self._index > 0

    def can_redo(self) -> bool:
        return self._index < len(self._steps)

    def undo_name(self) -> str:
        return self._steps[self._index - 1].name if self.can_undo() else ""

    def redo_name(self) -> str:
        return self._steps[self._index].name if self.can_redo() else ""

    def __len__(self) -> int:
        return len(self._steps)

    def set_clean(self) -> None:
        self._clean = self._index

    def is_clean(self) -> bool:
        return self._clean == self._index
