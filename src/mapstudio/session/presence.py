"""Who is here and what each one has selected: Yjs awareness states of MapStudio peers.

A peer's state is ``{"name", "colour", "selected": [ids]}``. The host keeps every peer's state
(pycrdt's Awareness) so a newcomer sees the others at once, and says a peer is gone when its
connection closes. States are shown, never applied to the map.
"""

from __future__ import annotations

from typing import Any

from pycrdt import Awareness, Decoder, create_awareness_message

from mapstudio.session.ybridge import YMirror

MAX_SELECTED = 200


class Presence:
    def __init__(self, mirror: YMirror) -> None:
        self.awareness = Awareness(mirror.ydoc)
        self._ids_of: dict[Any, set[int]] = {}  # connection -> the awareness ids it spoke for

    def apply(self, connection: Any, update: bytes) -> None:
        """A peer's awareness update (ValueError if it cannot be read)."""
        try:
            decoder = Decoder(update)
            ids = set()
            for _ in range(decoder.read_var_uint()):
                ids.add(decoder.read_var_uint())
                decoder.read_var_uint()
                decoder.read_var_string()
            self.awareness.apply_awareness_update(update, connection)
        except Exception as e:
            raise ValueError(f"unreadable presence: {str(e)[:80]}") from None
        self._ids_of.setdefault(connection, set()).update(ids)

    def everyone(self) -> bytes | None:
        """An awareness message with every state known, for a newcomer."""
        ids = list(self.awareness.states)  # the host's own too: the facilitator's selection
        if not ids:
            return None
        return create_awareness_message(self.awareness.encode_awareness_update(ids))

    def others(self) -> dict[int, Any]:
        """Every peer's state (not the host's own)."""
        mine = self.awareness.client_id
        return {i: s for i, s in self.awareness.states.items() if i != mine}

    def set_own(self, state: dict[str, Any]) -> bytes:
        """The host's own state (the facilitator's selection); the message that tells it."""
        self.awareness.set_local_state(state)
        update = self.awareness.encode_awareness_update([self.awareness.client_id])
        return create_awareness_message(update)

    def forget(self, connection: Any) -> bytes | None:
        """The connection closed: its states removed; the message that tells the others."""
        ids = sorted(self._ids_of.pop(connection, set()) & set(self.awareness.states))
        if not ids:
            return None
        self.awareness.remove_awareness_states(ids, "host")
        return create_awareness_message(self.awareness.encode_awareness_update(ids))


def shown_state(state: Any) -> dict[str, Any] | None:
    """A peer's state as it may be shown: a name, a #rrggbb colour, selected ids; else None."""
    if not isinstance(state, dict):
        return None
    name = state.get("name")
    colour = state.get("colour")
    selected = state.get("selected")
    if not isinstance(name, str) or not isinstance(selected, list):
        return None
    if not (isinstance(colour, str) and len(colour) == 7 and colour.startswith("#")):
        colour = "#7f7f7f"
    ids = [i for i in selected[:MAX_SELECTED] if isinstance(i, str) and len(i) <= 64]
    return {"name": name[:40], "colour": colour, "selected": ids}
