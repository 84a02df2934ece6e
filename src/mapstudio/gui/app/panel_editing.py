"""What the inspector and the personas panel share: following a document, and typing sessions.

Edits to one field within one typing session merge into one undo step; focus moving
elsewhere, another object chosen, or a change made elsewhere (an undo) starts a new session.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from mapstudio.gui import commands
from mapstudio.gui.document import EditError, MapDocument


class PanelEditing:
    """Mixed into a side panel (after QWidget) that has an ``error`` label and a
    ``_doc_changed(change)`` slot."""

    doc: MapDocument | None = None
    canvas: Any = None
    error: QLabel
    _session = 0  # typing session number, part of each edit's merge key
    _applying = False  # True while this panel's own edit is being applied

    def _attach(self, doc: MapDocument | None, canvas: Any) -> None:
        """Follow ``doc``'s changes instead of the previous document's."""
        if self.doc is not None:
            self.doc.changed.disconnect(self._doc_changed)
        self.doc, self.canvas = doc, canvas
        if doc is not None:
            doc.changed.connect(self._doc_changed)

    def _end_session(self, *_args: QWidget | None) -> None:
        self._session += 1

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _update_field(self, scope: str, obj_id: str, name: str, value: Any) -> None:
        """Set one field through the undo stack (merged within the session); a refusal is
        shown in one sentence under the panel and changes nothing."""
        self._applying = True
        try:
            commands.update(
                self.doc, obj_id, {name: value}, merge_key=(scope, self._session, obj_id, name)
            )
        except EditError as e:
            self._show_error(str(e))
            return
        finally:
            self._applying = False
        self.error.hide()
