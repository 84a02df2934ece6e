"""Opening and saving map files from the GUI: the one place the window reads or writes a map.

- ``open_document(path)`` reads a whole file or raises ``MapFileError`` (the reader's sentence);
  a file from a newer MapStudio raises ``NewerVersionError`` and is never opened for writing.
- ``save_document(doc, path=None, overwrite_changed=False)`` keeps the previous version of the
  file (io.history), writes atomically, and raises ``SaveError`` (one sentence) on any failure,
  leaving the old file whole and the map modified. It raises ``ChangedOnDiskError`` (a
  SaveError) when the file changed since it was loaded, unless ``overwrite_changed``.
- ``open_in_window`` / ``save_in_window`` add the dialogs (messages, questions) around them.
"""

from __future__ import annotations

import errno
import hashlib
import weakref
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mapstudio.core.model import utc_now
from mapstudio.files import MapFileError, NewerVersionError, dump_map
from mapstudio.files.atomic import (
    NotRegularFileError,
    ReadOnlyFileError,
    is_read_only,
    other_links,
    sweep_stale_temps,
    write_atomic,
)
from mapstudio.files.mapfile import (
    MAX_FILE_BYTES,
    ReadCancelled,
    ReadProgress,
    read_map_with_digest,
    too_large_to_save,
)
from mapstudio.gui.document import MapDocument
from mapstudio.records import record

t = QCoreApplication.translate  # t("Context", "literal"): lupdate sees it


class SaveError(Exception):
    """Saving failed; ``str(error)`` is one sentence for the user. The old file is whole."""


class ChangedOnDiskError(SaveError):
    """The file was changed by someone else since this map was loaded or saved."""


class ReadOnlyError(SaveError):
    """The document is open read-only and refuses to overwrite its file."""


# --- what the file looked like when we last read or wrote it --------------------------------


@record
class DiskState:
    mtime_ns: int
    size: int
    sha256: str


_disk_states: weakref.WeakKeyDictionary[MapDocument, DiskState] = weakref.WeakKeyDictionary()


def disk_state_of(
    path: Path, data: bytes | None = None, digest: str | None = None
) -> DiskState | None:
    """The file's current state, or None if it does not exist (or cannot be read); ``data``
    or its SHA-256 ``digest`` (hex) when the file was just read."""
    try:
        st = path.stat()
        if data is None and digest is None:
            data = path.read_bytes()
    except OSError:
        return None
    if digest is None:
        digest = hashlib.sha256(data or b"").hexdigest()
    return DiskState(st.st_mtime_ns, st.st_size, digest)


def remember_disk_state(
    doc: MapDocument,
    data: bytes | None = None,
    digest: str | None = None,
    state: DiskState | None = None,
) -> None:
    """Record the document's file as it is now (or as ``state`` says it was when its map was
    read): later changes by others are then noticed."""
    if state is None:
        state = disk_state_of(doc.path, data, digest) if doc.path else None
    if state is None:
        _disk_states.pop(doc, None)
    else:
        _disk_states[doc] = state


def changed_on_disk(doc: MapDocument) -> bool:
    """Whether the document's file differs (by content) from when it was loaded or saved."""
    known = _disk_states.get(doc)
    if doc.path is None or known is None:
        return False
    try:
        st = doc.path.stat()
    except OSError:
        return True  # deleted or moved away
    if st.st_mtime_ns == known.mtime_ns and st.st_size == known.size:
        return False
    now = disk_state_of(doc.path)
    return now is None or now.sha256 != known.sha256


# --- open and save -----------------------------------------------------------------------------


def open_document(path: str | Path, progress: ReadProgress | None = None) -> MapDocument:
    """Read a map into a new document. Raises MapFileError with the reader's message, or
    ReadCancelled when ``progress`` stopped the read (nothing built)."""
    p = Path(path)
    sweep_stale_temps(p)  # leftovers of saves that were killed
    m, digest = (
        read_map_with_digest(p, progress=progress) if progress else read_map_with_digest(p)
    )  # a big valid file is read once (files.precheck)
    doc = MapDocument(m, p)
    remember_disk_state(doc, digest=digest)
    return doc


def save_document(
    doc: MapDocument, path: str | Path | None = None, overwrite_changed: bool = False
) -> list[str]:
    """Write the document (atomically) to ``path`` or its own path, then mark it clean.

    Returns warnings (sentences) about a save that succeeded: its previous version could not
    be kept, or the file's other hard links keep the old content."""
    target = Path(path) if path else doc.path
    if target is None:
        raise SaveError(t("FileOps", "This map has no file yet: use Save As."))
    same_file = doc.path is not None and target == doc.path
    if doc.read_only and same_file:
        raise ReadOnlyError(read_only_message(doc))
    # A deleted file is simply written again: there is no other version to overwrite.
    if same_file and not overwrite_changed and target.exists() and changed_on_disk(doc):
        raise ChangedOnDiskError(
            t("FileOps", "%1 was changed by another program since you opened it.").replace(
                "%1", target.name
            )
        )
    if is_read_only(target):  # before the copy of its previous version: nothing is written
        raise SaveError(describe_os_error(ReadOnlyFileError(target), target))
    previous_modified = doc.core.stamp_saved(utc_now())
    warnings = []
    try:
        data = dump_map(doc.map)
        if len(data) > MAX_FILE_BYTES:  # it could not be opened again
            doc.core.stamp_saved(previous_modified)
            raise SaveError(too_large_to_save(len(data)))
        from mapstudio.files.history import keep_previous_version  # not needed at start-up

        try:
            keep_previous_version(target)
        except OSError as e:  # the copy is a comfort; the user's own file comes first
            warnings.append(_no_previous_version(e, target))
        links = other_links(target)
        write_atomic(target, data)
    except OSError as e:
        doc.core.stamp_saved(previous_modified)
        raise SaveError(describe_os_error(e, target)) from None
    if links:
        warnings.append(
            t(
                "FileOps",
                "%1 had other hard links: they still hold the previous version. MapStudio "
                "saves by replacing the file, so a crash never leaves it half-written.",
            ).replace("%1", target.name)
        )
    if not same_file:
        doc.set_path(target)
        doc.read_only = False
    remember_disk_state(doc, data)
    doc.undo_stack.setClean()
    return warnings


def _no_previous_version(error: OSError, target: Path) -> str:
    reason = (
        t("FileOps", "the disk is full")
        if error.errno in (errno.ENOSPC, errno.EDQUOT)
        else (error.strerror or str(error))
    )
    return (
        t(
            "FileOps",
            "%1 was saved, but its previous version could not be kept (%2), so File > Restore "
            "Previous Version will not offer it.",
        )
        .replace("%1", target.name)
        .replace("%2", reason)
    )


def describe_os_error(error: OSError, target: Path) -> str:
    """One sentence for a failed write, naming the file and what to do."""
    name = target.name
    code = error.errno
    if isinstance(error, ReadOnlyFileError):
        text = t("FileOps", "Could not save %1: the file is read-only. Use Save As to save a copy.")
    elif isinstance(error, NotRegularFileError):
        text = t(
            "FileOps", "Could not save %1: it is not a regular file (a device, a pipe or a folder)."
        )
    elif code == errno.ENOSPC or code == errno.EDQUOT:
        text = t(
            "FileOps",
            "Could not save %1: the disk is full. Free some space or use Save As elsewhere.",
        )
    elif code in (errno.EACCES, errno.EPERM):
        text = t(
            "FileOps", "Could not save %1: permission denied. Use Save As to save it elsewhere."
        )
    elif code == errno.ENOENT:
        text = t("FileOps", "Could not save %1: its folder no longer exists. Use Save As.")
    elif code == errno.EROFS:
        text = t(
            "FileOps", "Could not save %1: the disk is read-only. Use Save As to save it elsewhere."
        )
    else:
        text = t("FileOps", "Could not save %1: %2.").replace("%2", error.strerror or str(error))
    return text.replace("%1", name)


def read_only_message(doc: MapDocument) -> str:
    """Why Save refuses a read-only map, in one sentence."""
    reason = getattr(doc, "read_only_reason", "") or t("FileOps", "opened read-only")
    return t(
        "FileOps",
        "This map is open read-only (%1), so it cannot be saved over its file: use Save As.",
    ).replace("%1", reason)


# --- with dialogs ------------------------------------------------------------------------------


def open_in_window(parent: QWidget | None, path: str | Path) -> MapDocument | None:
    """Open ``path`` for a window: shows the reader's message and returns None on failure."""
    try:
        return open_document(path)
    except NewerVersionError as e:
        _warn(parent, t("FileOps", "Newer file format"), _sentence(Path(path).name, str(e)))
    except MapFileError as e:
        _warn(parent, t("FileOps", "Cannot open map"), _sentence(Path(path).name, str(e)))
    return None


def save_in_window(
    parent: QWidget | None, doc: MapDocument, path: str | Path | None = None
) -> bool:
    """Save with the questions and messages a user needs; True when the map was saved."""
    try:
        _show_warnings(parent, doc, save_document(doc, path))
        return True
    except ChangedOnDiskError as e:
        from PySide6.QtWidgets import QMessageBox  # message boxes: imported when first shown

        box = QMessageBox(
            QMessageBox.Icon.Warning, t("FileOps", "File changed on disk"), str(e), parent=parent
        )
        box.setInformativeText(
            t(
                "FileOps",
                "Overwrite it with your version? The other version is kept in File > Restore Previous Version.",
            )
        )
        overwrite = box.addButton(t("FileOps", "Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not overwrite:
            return False
        try:
            _show_warnings(parent, doc, save_document(doc, path, overwrite_changed=True))
            return True
        except SaveError as e2:
            _warn(parent, t("FileOps", "Save failed"), str(e2))
    except SaveError as e:
        _warn(parent, t("FileOps", "Save failed"), str(e))
    return False


_warned: weakref.WeakKeyDictionary[MapDocument, set[str]] = weakref.WeakKeyDictionary()


def _show_warnings(parent: QWidget | None, doc: MapDocument, warnings: list[str]) -> None:
    # Each warning once per map: a broken history folder must not nag at every save.
    seen = _warned.setdefault(doc, set())
    for text in warnings:
        if text not in seen:
            seen.add(text)
            _warn(parent, t("FileOps", "Saved, with a warning"), text)


def _sentence(name: str, message: str) -> str:
    text = message[:1].upper() + message[1:]
    if not text.endswith("."):
        text += "."
    return t("FileOps", "%1: %2").replace("%1", name).replace("%2", text)


def _warn(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName("fileops_message")
    box.exec()


__all__ = [
    "ChangedOnDiskError",
    "MapFileError",
    "NewerVersionError",
    "ReadOnlyError",
    "SaveError",
    "changed_on_disk",
    "is_read_only",
    "open_document",
    "ReadCancelled",
    "open_in_window",
    "remember_disk_state",
    "save_document",
    "save_in_window",
]
