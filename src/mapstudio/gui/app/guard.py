"""SessionGuard: keeps the work of one MapStudio session safe.

Attached to the main window (documents(), current_document(), add_document(doc), signals
document_added / document_removed), it
- autosaves every modified map to the recovery folder every ``autosave_seconds`` and when the
  application loses focus (never over the user's file), serialising and writing on a worker
  thread (``files.snapshot``: the GUI thread only takes a snapshot);
- at start, offers the maps left by a session that crashed (Restore / Discard / Later);
- removes a map's recovery file when the map is saved or closed cleanly;
- watches open files for changes by other programs and holds a lock per open file;
- catches unexpected exceptions: a dialog with the details, every modified map copied to the
  recovery folder, and the session goes on;
- adds File > Restore Previous Version....
"""

from __future__ import annotations

import contextlib
import sys
import threading
import traceback
import weakref
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from mapstudio.files import MapFileError
from mapstudio.files.locks import HeldLock, start_session
from mapstudio.files.recovery import (
    RecoveryEntry,
    list_orphans,
    new_recovery_path,
    read_recovered_map,
    remove_recovery,
    write_recovery,
    write_recovery_json,
)
from mapstudio.gui import commands
from mapstudio.gui.app import fileops
from mapstudio.gui.app.diskwatch import DiskWatcher, MapLocks
from mapstudio.gui.app.reading import (
    WAIT_FOR_READ_MS,
    ReadCancelled,
    ReadingTexts,
    read_then,
    say_in_status_bar,
    under_way,
)
from mapstudio.gui.document import MapDocument

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

    from mapstudio.files.snapshot import MapSnapshot
    from mapstudio.gui.app import safety_dialogs

DEFAULT_AUTOSAVE_SECONDS = 30
RETRY_MS = 2000  # a map edited while its copy was being serialised is tried again this soon


def _dialogs():  # -> the safety_dialogs module, imported when a dialog is first shown
    from mapstudio.gui.app import safety_dialogs

    return safety_dialogs


# (Plain classes, not dataclasses: a dataclass compiles its methods from generated source when
# the module is imported, before the first window.)
class _Tracked:
    def __init__(self, dirty: bool = True) -> None:
        self.recovery_file: Path = new_recovery_path()
        self.dirty = dirty  # changed since the last autosave
        self.written = False  # a recovery file exists
        self.changes = 0  # every change the map's document told (a snapshot is valid while equal)
        self.busy = False  # a copy is being serialised or written on the worker thread
        # Bumped by every write or removal of the file from the GUI thread: a worker's write of
        # an older snapshot that comes after one of them is skipped. The lock orders the two
        # threads.
        self.generation = 0
        self.lock = threading.Lock()

    def count_change(self, _change: object) -> None:
        self.changes += 1


class _Batch:
    """One background autosave: ``autosaved`` is emitted once all its maps are done."""

    def __init__(self) -> None:
        self.pending = 0
        self.written = 0


class _Job:
    """One map's copy on its way through the worker thread."""

    def __init__(
        self,
        doc: weakref.ref[MapDocument],
        state: _Tracked,
        batch: _Batch,
        snapshot: MapSnapshot,
        changes: int,  # the state's count when the snapshot was taken
        generation: int,
        original_path: Path | None,
        session: str,
    ) -> None:
        self.doc = doc
        self.state = state
        self.batch = batch
        self.snapshot = snapshot
        self.changes = changes
        self.generation = generation
        self.original_path = original_path
        self.session = session
        self.data = b""
        self.error: Exception | None = None
        self.wrote = False


class SessionGuard(QObject):
    autosaved = Signal(int)  # number of maps written
    autosave_failed = Signal(str)  # one sentence
    # From the worker thread to this object's (the GUI) thread: Qt queues the calls.
    _serialised = Signal(object)  # _Job
    _written = Signal(object)  # _Job

    def __init__(self, window: Any, settings: Any = None) -> None:
        super().__init__(window if isinstance(window, QObject) else None)
        self.window = window
        self.settings = settings if settings is not None else getattr(window, "settings", None)
        self._widget: QWidget | None = window if isinstance(window, QWidget) else None
        try:
            self._session: HeldLock | None = start_session()
        except OSError:  # a read-only home must not stop the editor; autosave will say so
            self._session = None
        self._tracked: dict[MapDocument, _Tracked] = {}
        self._error_dialogs: list[safety_dialogs.ErrorDialog] = []
        self._previous_hook: Any = None
        self._in_hook = False
        self.last_error = ""
        self._worker: ThreadPoolExecutor | None = None  # started at the first background copy
        self._closing = False
        self._serialised.connect(self._on_serialised)
        self._written.connect(self._on_written)
        self.disk = DiskWatcher(self._widget)
        self.locks = MapLocks(self._widget)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer)
        self._timer.start(self.autosave_seconds() * 1000)
        window.document_added.connect(self._on_added)
        window.document_removed.connect(self._on_removed)
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._on_app_state)
            app.aboutToQuit.connect(self.shutdown)
        for doc in window.documents():
            self._on_added(doc)
        self.restore_action = self._install_menu_action()

    # --- settings --------------------------------------------------------------------------
    def autosave_seconds(self) -> int:
        value = getattr(self.settings, "autosave_seconds", DEFAULT_AUTOSAVE_SECONDS)
        try:
            return max(1, int(value))
        except (TypeError, ValueError):
            return DEFAULT_AUTOSAVE_SECONDS

    def _sync_interval(self) -> None:
        ms = self.autosave_seconds() * 1000
        if self._timer.interval() != ms:
            self._timer.start(ms)

    # --- documents -------------------------------------------------------------------------
    def _on_added(self, doc: MapDocument) -> None:
        if doc in self._tracked:
            return
        state = _Tracked(dirty=doc.is_modified())
        self._tracked[doc] = state
        # The slots hold the map weakly: the connections live in the map itself, and a strong
        # reference from them would keep a closed map (and all its items) alive for good.
        ref = weakref.ref(doc)
        doc.undo_stack.indexChanged.connect(lambda _i: self._mark_dirty(ref()))
        doc.undo_stack.cleanChanged.connect(lambda clean: self._on_clean(ref(), clean))
        doc.path_changed.connect(lambda: self._path_changed(ref()))
        doc.core.subscribe(state.count_change)
        self.locks.track(doc)
        self.disk.track(doc)

    def _on_removed(self, doc: MapDocument) -> None:
        """A map closed cleanly (the window asked to save or discard): forget its copy."""
        state = self._tracked.pop(doc, None)
        if state is not None:
            with contextlib.suppress(ValueError):
                doc.core.unsubscribe(state.count_change)
            self._remove_file(state)
        self.locks.untrack(doc)
        self.disk.untrack(doc)

    def _path_changed(self, doc: MapDocument | None) -> None:
        if doc is not None:
            self.locks.path_changed(doc)

    def _mark_dirty(self, doc: MapDocument | None) -> None:
        state = self._tracked.get(doc)
        if state is not None:
            state.dirty = True

    def _on_clean(self, doc: MapDocument | None, clean: bool) -> None:
        state = self._tracked.get(doc)
        if clean and state is not None:
            self._remove_file(state)
            state.written = False
            state.dirty = False

    # --- autosave --------------------------------------------------------------------------
    def _on_timer(self) -> None:
        self._sync_interval()  # Preferences may have changed the interval
        self.autosave_in_background()

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self._sync_interval()
            self.disk.check_all()
        else:
            self.autosave_in_background()

    def _session_token(self) -> str:
        return self._session.info.token if self._session else ""

    def autosave_in_background(self) -> int:
        """Start copying every modified map changed since its last copy to the recovery folder,
        on the worker thread; returns how many copies were started. ``autosaved`` tells when
        they are written. The GUI thread only takes a snapshot of each map (lists copied, no
        object serialised): at 20,000 cards that is well under a millisecond, where serialising
        here blocked the window for 60 to 200 ms every ``autosave_seconds``."""
        if self._closing:
            return 0
        from mapstudio.files.snapshot import take_snapshot  # the first autosave's, not start-up's

        batch = _Batch()
        jobs = []
        for doc, state in list(self._tracked.items()):
            if state.busy or not doc.is_modified() or not (state.dirty or not state.written):
                continue
            job = _Job(
                weakref.ref(doc), state, batch, take_snapshot(doc.map), state.changes,
                state.generation, doc.path, self._session_token(),
            )  # fmt: skip
            state.busy, state.dirty = True, False
            jobs.append(job)
        batch.pending = len(jobs)
        if jobs and self._worker is None:
            # imported at the first autosave, 30 s in: on the way to the first window it cost 1 %
            from concurrent.futures import ThreadPoolExecutor

            self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        for job in jobs:
            self._worker.submit(self._serialise, job)
        return len(jobs)

    def wait_for_autosave(self) -> None:
        """Let the copies under way finish (the worker's jobs, then their replies here)."""
        while any(state.busy for state in self._tracked.values()):
            if self._worker is not None:
                self._worker.submit(lambda: None).result()  # the worker's queue is drained
            QCoreApplication.processEvents()

    # The worker thread: serialise, then (once the GUI thread confirmed the map did not change
    # meanwhile) write. Neither touches a Qt object; results go back through queued signals.
    def _serialise(self, job: _Job) -> None:
        try:
            job.data = job.snapshot.to_json()
        except Exception as e:  # noqa: BLE001 - told to the user, never lost in the thread
            job.error = e
        self._serialised.emit(job)

    def _write(self, job: _Job) -> None:
        state = job.state
        try:
            with state.lock:
                if state.generation == job.generation:  # nothing newer was written or removed
                    write_recovery_json(
                        state.recovery_file, job.data, job.snapshot.title, job.original_path,
                        job.session,
                    )  # fmt: skip
                    state.generation += 1
                    job.wrote = True
        except Exception as e:  # noqa: BLE001
            job.error = e
        self._written.emit(job)

    def _on_serialised(self, job: _Job) -> None:
        state, doc = job.state, job.doc()
        current = doc is not None and self._tracked.get(doc) is state and not self._closing
        if job.error is None and current and state.changes == job.changes and doc.is_modified():
            self._worker.submit(self._write, job)
            return
        state.busy = False
        if current and job.error is None and doc.is_modified():
            # Edited while being serialised: the bytes may mix two states of the map.
            state.dirty = True
            QTimer.singleShot(RETRY_MS, self.autosave_in_background)
        self._job_done(job)

    def _on_written(self, job: _Job) -> None:
        state, doc = job.state, job.doc()
        state.busy = False
        if job.wrote:
            state.written = True
            if doc is None or self._tracked.get(doc) is not state or not doc.is_modified():
                self._remove_file(state)  # saved or closed while the copy was being written
            else:
                job.batch.written += 1
        elif job.error is not None:
            state.dirty = True
        self._job_done(job)

    def _job_done(self, job: _Job) -> None:
        if job.error is not None and not isinstance(job.error, OSError | ValueError):
            job.error = ValueError(str(job.error))
        if job.error is not None:
            self._report_failure(job.error)
        job.batch.pending -= 1
        if job.batch.pending == 0 and job.batch.written:
            self.last_error = ""
            self.autosaved.emit(job.batch.written)

    def _remove_file(self, state: _Tracked) -> None:
        with state.lock:
            state.generation += 1  # a copy still on its way must not bring the file back
            remove_recovery(state.recovery_file)

    def _write_now(self, state: _Tracked, doc: MapDocument, session: str) -> None:
        with state.lock:
            state.generation += 1
            write_recovery(state.recovery_file, doc.map, doc.path, session)

    def autosave_now(self, force: bool = False) -> int:
        """Copy every modified map changed since its last copy to the recovery folder, now, on
        this thread (an unexpected error, a restored map: the copy must exist before going on)."""
        written = 0
        session = self._session_token()
        for doc, state in list(self._tracked.items()):
            if not doc.is_modified() or not (state.dirty or force or not state.written):
                continue
            try:
                self._write_now(state, doc, session)
            except (OSError, ValueError) as e:
                self._report_failure(e)
                continue
            state.dirty, state.written = False, True
            written += 1
        if written:
            self.last_error = ""
            self.autosaved.emit(written)
        return written

    def _report_failure(self, error: Exception) -> None:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        if isinstance(error, OSError) and error.errno == 28:
            reason = self.tr("the disk is full")
        message = self.tr(
            "Autosave failed (%1): your changes are only in memory. Save your maps soon."
        ).replace("%1", reason)
        first = message != self.last_error
        self.last_error = message
        status = getattr(self.window, "statusBar", None)
        if callable(status):
            status().showMessage(message)
        if first:
            self.autosave_failed.emit(message)

    # --- crash recovery --------------------------------------------------------------------
    def offer_recovery(self) -> int:
        """Show the maps left by a crashed session, if any; returns how many were listed.

        Offered once the maps given at start-up are open (a recovered map whose file is open
        replaces its content): a big one's read runs the event loop, so this waits for it."""
        if under_way():
            QTimer.singleShot(WAIT_FOR_READ_MS, self.offer_recovery)
            return 0
        entries = list_orphans()
        if entries:
            dialog = _dialogs().RecoveryDialog(
                entries, self.restore_entry, self.discard_entry, self._widget
            )
            dialog.exec()
        return len(entries)

    def restore_entry(self, entry: RecoveryEntry) -> bool:
        """Open a recovered map as a modified document; its old recovery file goes away.

        When its file is already open (the app was started with that map's path), the
        recovered content replaces the open map's as one undoable step: one tab, not two
        that then warn about each other."""
        try:
            m = read_recovered_map(entry)
        except MapFileError as e:
            _dialogs().inform(self._widget, self.tr("Cannot Restore"), str(e))
            return False
        doc = self._open_document_of(entry.original_path)
        if doc is not None:
            commands.replace_content(doc, m, self.tr("Restore Unsaved Changes"))
        else:
            doc = MapDocument(m, entry.original_path)
            fileops.remember_disk_state(doc)
            doc.undo_stack.resetClean()  # not saved yet: the user decides where it goes
            self.window.add_document(doc)
        self._on_added(doc)
        if self.autosave_now(force=True) or self._tracked[doc].written:
            remove_recovery(entry.file)  # our own copy replaces it
        return True

    def _open_document_of(self, path: Path | None) -> MapDocument | None:
        if path is None:
            return None
        for doc in self.window.documents():
            if doc.path is not None and _same_file(doc.path, path):
                return doc
        return None

    def discard_entry(self, entry: RecoveryEntry) -> None:
        remove_recovery(entry.file)

    # --- unexpected errors -----------------------------------------------------------------
    def install_excepthook(self) -> None:
        if self._previous_hook is None:
            self._previous_hook = sys.excepthook
            sys.excepthook = self.handle_exception

    def uninstall_excepthook(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
            self._previous_hook = None

    def handle_exception(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        sys.stderr.write(details)
        if self._in_hook or issubclass(kind, KeyboardInterrupt | SystemExit):
            if self._previous_hook is not None:
                self._previous_hook(kind, value, tb)
            return
        self._in_hook = True
        try:
            try:
                saved = self.autosave_now(force=True)
            except Exception:  # the map itself may be what broke: still show the dialog
                saved = 0
            summary = f"{kind.__name__}: {value}"
            dialog = _dialogs().ErrorDialog(summary, details, saved, self._widget)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _r, d=dialog: self._forget_dialog(d))
            self._error_dialogs.append(dialog)
            dialog.show()  # not exec(): no nested event loop inside the hook
        finally:
            self._in_hook = False

    def _forget_dialog(self, dialog: safety_dialogs.ErrorDialog) -> None:
        with contextlib.suppress(ValueError):
            self._error_dialogs.remove(dialog)

    def error_dialogs(self) -> list[safety_dialogs.ErrorDialog]:
        return list(self._error_dialogs)

    # --- previous versions -----------------------------------------------------------------
    def restore_previous_version(self) -> bool:
        """File > Restore Previous Version...: the chosen version replaces the current map's
        content as one undoable step (nothing is written until the user saves)."""
        doc = self.window.current_document()
        if doc is None:
            return False
        if doc.path is None:
            _dialogs().inform(
                self._widget,
                self.tr("Restore Previous Version"),
                self.tr("This map has never been saved, so it has no previous versions."),
            )
            return False
        from mapstudio.files.history import list_versions, read_version

        versions = list_versions(doc.path)
        if not versions:
            _dialogs().inform(
                self._widget,
                self.tr("Restore Previous Version"),
                self.tr(
                    "No previous versions of %1 have been kept yet (one is kept at each save)."
                ).replace("%1", doc.path.name),
            )
            return False
        dialog = _dialogs().VersionsDialog(doc.path.name, versions, self._widget, current=doc.map)
        if not dialog.exec() or dialog.chosen() is None:
            return False
        version = dialog.chosen()
        texts = ReadingTexts(
            title=self.tr("Restore Previous Version"),
            reading=self.tr("Restoring a previous version of %1…").replace("%1", doc.path.name),
            finishing=self.tr("Updating the map…"),
        )
        known = dialog.chosen_map()  # read to list its changes: not read again
        # the update takes about half as long as the read: at once if that read showed its dialog
        at_once = known is not None and known[1]
        failure = read_then(
            self._widget,
            version.file,
            texts,
            lambda r: known[0] if known is not None else read_version(version, r.progress),
            lambda m: commands.replace_content(doc, m, self.tr("Restore Previous Version")),
            show_at_once=at_once,
        )
        if isinstance(failure, ReadCancelled):
            say_in_status_bar(
                self._widget,
                self.tr(
                    "Restoring a previous version of %1 was cancelled: your map is unchanged."
                ).replace("%1", doc.path.name),
            )
            return False
        if failure is not None:
            _dialogs().inform(self._widget, self.tr("Cannot Restore"), str(failure))
            return False
        return True

    def _install_menu_action(self) -> QAction | None:
        """File > Restore Previous Version..., right after Save As. The menu is found by its
        Save As action's object name: its title and texts change with the interface language."""
        found = self._save_as_action()
        if found is None:
            return None
        menu, save_as = found
        action = QAction(self.tr("Restore Previous &Version..."), self)
        action.setObjectName("action_restore_version")
        action.triggered.connect(self.restore_previous_version)
        actions = menu.actions()
        following = actions[actions.index(save_as) + 1 :]
        if following:
            menu.insertAction(following[0], action)
        else:
            menu.addAction(action)
        return action

    def _save_as_action(self) -> tuple[QMenu, QAction] | None:
        bar = getattr(self.window, "menuBar", None)
        if not callable(bar):
            return None
        for top in bar().actions():
            menu = top.menu()
            if not isinstance(menu, QMenu):
                continue
            for action in menu.actions():
                if action.objectName() == "save_as":
                    return menu, action
        return None

    # --- end of session ---------------------------------------------------------------------
    def shutdown(self) -> None:
        """Clean exit: copies of saved maps go; unsaved ones stay for the next start."""
        self._timer.stop()
        self._closing = True
        if self._worker is not None:
            self._worker.shutdown(wait=True)  # a copy being written finishes first
            self._worker = None
        for doc, state in list(self._tracked.items()):
            if not doc.is_modified():
                self._remove_file(state)
            else:
                with contextlib.suppress(Exception):
                    self._write_now(state, doc, "")
        self.locks.release_all()
        self.uninstall_excepthook()
        if self._session is not None:
            self._session.release()
            self._session = None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or a.samefile(b)
    except OSError:
        return False


def attach(window: Any, settings: Any = None) -> SessionGuard:
    """Guard a main window for the whole session: catch unexpected errors now, and offer the
    maps of a crashed session as soon as the event loop runs (the window is then visible)."""
    guard = SessionGuard(window, settings)
    guard.install_excepthook()
    window._session_guard = guard  # lives as long as the window
    QTimer.singleShot(0, guard.offer_recovery)
    return guard
