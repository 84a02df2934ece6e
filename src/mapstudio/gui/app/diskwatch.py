"""Files changed behind our back, and files open in two MapStudio processes.

``DiskWatcher`` watches every open map's file with QFileSystemWatcher and confirms a change
with fileops.changed_on_disk (size/mtime, then a content hash): a touch is not a change. Sync
clients replace a file by renaming a new one over it, which drops it from the watcher, so
paths are added again after each event and checked again whenever the application becomes
active. A file deleted or moved away is said once; its folder is then watched so that a file
coming back (sync clients delete, then create) is compared like any change. ``MapLocks`` holds one lock file per open map and asks, for a map another live
MapStudio holds, whether to open it read-only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QWidget

from mapstudio.core.model import JourneyMap
from mapstudio.files import MapFileError
from mapstudio.files.locks import HeldLock, lock_map, map_opened_elsewhere
from mapstudio.gui import commands
from mapstudio.gui.app import fileops
from mapstudio.gui.app.reading import (
    ReadCancelled,
    Reading,
    ReadingTexts,
    read_then,
    reading,
    say_in_status_bar,
    under_way,
)
from mapstudio.gui.document import MapDocument


def _dialogs():  # -> the safety_dialogs module, imported when a question is first asked
    from mapstudio.gui.app import safety_dialogs

    return safety_dialogs


t = QCoreApplication.translate  # t("Context", "literal"): lupdate sees it


class DiskWatcher(QObject):
    def __init__(self, parent_widget: QWidget | None) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self._docs: list[MapDocument] = []
        self._asking = False
        self._missing: set[MapDocument] = set()  # told the user its file is gone
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_event)
        self._watcher.directoryChanged.connect(self._on_file_event)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(300)  # let a sync client finish its write-and-rename
        self._pending.timeout.connect(self.check_all)

    def track(self, doc: MapDocument) -> None:
        if doc not in self._docs:
            self._docs.append(doc)
            doc.path_changed.connect(self._rewatch)
        self._rewatch()

    def untrack(self, doc: MapDocument) -> None:
        if doc in self._docs:
            self._docs.remove(doc)
            doc.path_changed.disconnect(self._rewatch)
        self._missing.discard(doc)
        self._rewatch()

    def _rewatch(self) -> None:
        paths = [d.path for d in self._docs if d.path]
        wanted = {str(p) for p in paths if p.exists()}
        # The folder of a missing file, to notice it coming back.
        wanted |= {str(p.parent) for p in paths if not p.exists() and p.parent.is_dir()}
        current = set(self._watcher.files()) | set(self._watcher.directories())
        if current - wanted:
            self._watcher.removePaths(sorted(current - wanted))
        if wanted - current:
            self._watcher.addPaths(sorted(wanted - current))

    def _on_file_event(self, _path: str) -> None:
        self._pending.start()

    def check_all(self) -> None:
        """Ask about every open map whose file changed on disk (one question at a time)."""
        self._rewatch()
        if self._asking:
            return
        if under_way():  # a big map file is being read (opened, say): ask once it is over
            self._pending.start()
            return
        for doc in list(self._docs):
            if doc in self._missing and doc.path is not None and doc.path.exists():
                self._missing.discard(doc)  # back (or saved again): compare it as usual
            if doc in self._docs and fileops.changed_on_disk(doc):
                self._ask(doc)

    def _ask(self, doc: MapDocument) -> None:
        path = doc.path
        assert path is not None
        self._asking = True
        try:
            if not path.exists():
                # Gone (moved, deleted, or half-way through a sync): keep the map modified so
                # that closing it asks to save, say so once, and keep the known state so that
                # a file coming back is compared with it.
                if doc not in self._missing:
                    self._missing.add(doc)
                    doc.undo_stack.resetClean()
                    _dialogs().inform(
                        self._parent_widget,
                        t("DiskWatcher", "File Deleted or Moved"),
                        t(
                            "DiskWatcher",
                            "%1 was deleted or moved by another program. Your map is still open: save it to keep it.",
                        ).replace("%1", path.name),
                    )
                return
            try:
                fresh, changes = self._read_and_compare(doc)
            except ReadCancelled:  # nothing acknowledged: saving still warns, and it is asked again
                self._say_cancelled(path)
                return
            reload = _dialogs().ask_reload(
                self._parent_widget, path.name, doc.is_modified(), changes
            )
            if reload:
                self.reload(doc, fresh)
            else:
                fileops.remember_disk_state(doc)  # acknowledged: saving will not ask again
                doc.undo_stack.resetClean()  # what is on screen is not what is on disk
        finally:
            self._asking = False
            self._rewatch()

    @staticmethod
    def _texts(path: Path, finishing: str) -> ReadingTexts:
        return ReadingTexts(
            title=t("DiskWatcher", "Reloading Map"),
            reading=t("DiskWatcher", "Reloading %1…").replace("%1", path.name),
            finishing=finishing,
        )

    def _say_cancelled(self, path: Path) -> None:
        say_in_status_bar(
            self._parent_widget,
            t("DiskWatcher", "Reloading %1 was cancelled: your map is unchanged.").replace(
                "%1", path.name
            ),
        )

    def _read_and_compare(self, doc: MapDocument) -> tuple[_Fresh | None, list[str]]:
        """The file as it is now and what reloading it would change, one line each (None and
        no lines if it cannot be read: the reload says why). Raises ReadCancelled."""
        from mapstudio.core.compare import compare
        from mapstudio.core.describe import describe_difference

        assert doc.path is not None
        texts = self._texts(doc.path, t("DiskWatcher", "Comparing with your map…"))
        with reading(self._parent_widget, doc.path, texts) as read:
            try:
                fresh = _Fresh.read(doc.path, read)
            except MapFileError:
                return None, []
            read.finishing()
            changes = [
                describe_difference(d, doc.map, fresh.map) for d in compare(doc.map, fresh.map)
            ]
        return fresh, changes

    def reload(self, doc: MapDocument, fresh: _Fresh | None = None) -> bool:
        """Replace the map by its file (one undo step): by ``fresh``, the file as read for the
        question, when the file has not changed since. False if the file cannot be read, or
        its reading was cancelled (the map is then as it was)."""
        path = doc.path
        assert path is not None
        if fresh is not None and fresh.state != _stamped(path, fresh.state.sha256):
            fresh = None  # changed again since: read it again
        texts = self._texts(path, t("DiskWatcher", "Updating the map…"))
        # Read for the question already, the file is not read again: the dialog shows at once
        # if that read was long, as the update takes about half as long again.
        at_once = fresh is not None and fresh.slow

        def reloaded(read: _Fresh) -> None:
            commands.replace_content(doc, read.map, t("DiskWatcher", "Reload from Disk"))
            fileops.remember_disk_state(doc, state=read.state)
            doc.undo_stack.setClean()

        failure = read_then(
            self._parent_widget,
            path,
            texts,
            lambda current: fresh or _Fresh.read(path, current),
            reloaded,
            show_at_once=at_once,
        )
        if isinstance(failure, ReadCancelled):
            self._say_cancelled(path)
            return False
        if failure is not None:
            _dialogs().inform(
                self._parent_widget,
                t("DiskWatcher", "Cannot Reload"),
                t("DiskWatcher", "%1 cannot be read (%2), so your version stays open.")
                .replace("%1", path.name)
                .replace("%2", str(failure)),
            )
            fileops.remember_disk_state(doc)
            doc.undo_stack.resetClean()
            return False
        return True


def _stamped(path: Path, digest: str) -> fileops.DiskState | None:
    """The file's size and modification time now, with ``digest``; None if it is gone."""
    try:
        st = path.stat()
    except OSError:
        return None
    return fileops.DiskState(st.st_mtime_ns, st.st_size, digest)


class _Fresh:
    """A map file as read for Reload: its map, its state on disk when it was read (size and
    time taken before the read, the digest of the bytes read: a file changed during the read is
    noticed as a change) and whether the read took long enough to show its dialog."""

    def __init__(self, journey_map: JourneyMap, state: fileops.DiskState, slow: bool) -> None:
        self.map = journey_map
        self.state = state
        self.slow = slow

    @classmethod
    def read(cls, path: Path, read: Reading) -> _Fresh:
        """Raises MapFileError or ReadCancelled."""
        before = _stamped(path, "")
        journey_map, digest = fileops.read_map_with_digest(path, progress=read.progress)
        slow = read.shown
        if before is None:  # gone meanwhile, yet read: as it is now
            before = _stamped(path, "") or fileops.DiskState(0, 0, "")
        return cls(journey_map, fileops.DiskState(before.mtime_ns, before.size, digest), slow)


class MapLocks:
    """One lock file per open map file, so another MapStudio can tell it is open here."""

    def __init__(self, parent_widget: QWidget | None) -> None:
        self._parent_widget = parent_widget
        self._held: dict[MapDocument, tuple[Path, HeldLock | None]] = {}

    def track(self, doc: MapDocument, ask: bool = True) -> None:
        self.untrack(doc)
        if doc.path is None:
            return
        other = map_opened_elsewhere(doc.path)
        if (
            other is not None
            and ask
            and not doc.read_only
            and _dialogs().ask_read_only(self._parent_widget, doc.path.name, other.pid)
        ):
            doc.read_only = True
            doc.read_only_reason = t("DiskWatcher", "it is open in another MapStudio window")
        lock = None if doc.read_only else lock_map(doc.path)
        self._held[doc] = (doc.path, lock)

    def untrack(self, doc: MapDocument) -> None:
        entry = self._held.pop(doc, None)
        if entry and entry[1] is not None:
            entry[1].release()

    def path_changed(self, doc: MapDocument) -> None:
        held = self._held.get(doc)
        if held is None or held[0] != doc.path:
            self.track(doc, ask=False)

    def release_all(self) -> None:
        for doc in list(self._held):
            self.untrack(doc)
