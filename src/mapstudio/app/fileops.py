"""Opening and saving map files from the GUI: the one place the window reads or writes a map.

Owned by the "never lose work" track, which extends it (backups, conflicts, locks); the window
calls only these functions.
"""

from __future__ import annotations

from pathlib import Path

from mapstudio.document import MapDocument
from mapstudio.io import MapFileError, read_map, write_map
from mapstudio.model import utc_now


class SaveError(Exception):
    """Saving failed; ``str(error)`` is one sentence for the user. The old file is whole."""


def open_document(path: str | Path) -> MapDocument:
    """Read a map into a new document. Raises MapFileError with the reader's message."""
    m = read_map(path)
    return MapDocument(m, Path(path))


def save_document(doc: MapDocument, path: str | Path | None = None) -> None:
    """Write the document (atomically) to ``path`` or its own path, then mark it clean."""
    target = Path(path) if path else doc.path
    if target is None:
        raise SaveError("this map has no file yet: use Save As")
    previous_modified = doc.map.modified
    doc.map.modified = utc_now()
    try:
        write_map(target, doc.map)
    except OSError as e:
        doc.map.modified = previous_modified
        raise SaveError(f"could not save {target.name}: {e.strerror or e}") from None
    if target != doc.path:
        doc.set_path(target)
    doc.undo_stack.setClean()


__all__ = ["MapFileError", "SaveError", "open_document", "save_document"]
