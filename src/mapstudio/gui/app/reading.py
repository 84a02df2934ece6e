"""Reading a big map file while the window says so: Open, Reload and Restore Previous Version.

``reading(window, path, texts)`` is the one way the editor reads a map file that may be big: a
word in the status bar, a busy cursor and, once the read has taken half a second, a progress
dialog with Cancel (``ReadCancelled`` out of the reader, nothing built). When the bytes are read
the dialog says what is left, building the map's view or its changes, with a busy bar instead of
a bar stuck at 100 %; that part cannot be stopped half-way, so Cancel is then disabled, unless
the work that follows stops itself when asked (``cancel_while_finishing``: it calls
``Reading.keep_going`` as it goes, as Compare With File's comparison does).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from mapstudio.files.mapfile import MapFileError, ReadCancelled, ReadProgress
from mapstudio.records import record

# Files from this size on are read with a word in the status bar and a busy cursor (a file of
# 2,000 cards is about 1 MB and opens in a blink; 20,000 cards, about 11 MB, take 0.4 s).
BIG_FILE_BYTES = 4_000_000
# The progress dialog's range: fine enough for a smooth bar, coarse enough that most calls of
# the reader's callback leave the value as it was.
PROGRESS_STEPS = 1000
# A read quicker than this (milliseconds) shows no progress dialog, as Qt's minimumDuration.
PROGRESS_DELAY_MS = 500
# How often (milliseconds) the read lets the window repaint and Cancel be pressed.
EVENTS_EVERY_MS = 50

# How long background work that must not run inside a read waits before it looks again (ms).
WAIT_FOR_READ_MS = 250

_under_way = 0  # big reads begun and not yet ended (one, or one inside a question's loop)


def under_way() -> bool:
    """Whether a big map file is being read. Work started by timers that must not run inside
    the read's event processing waits meanwhile: the welcome page's requests for pictures of
    recent maps (made in a worker process, which would compete with the read), the crash recovery
    offer and the check for files changed on disk (a question, and a read, inside the read)."""
    return _under_way > 0


T = TypeVar("T")

__all__ = [
    "BIG_FILE_BYTES",
    "WAIT_FOR_READ_MS",
    "PROGRESS_DELAY_MS",
    "ReadCancelled",
    "Reading",
    "ReadingTexts",
    "is_big",
    "read_then",
    "reading",
    "say_in_status_bar",
    "under_way",
]


@record
class ReadingTexts:
    """What the dialog and the status bar say (translated by the caller): ``title`` of the
    dialog, ``reading`` while the bytes are read ("Opening perfume.journey.json…"), and
    ``finishing`` once they are ("Laying out the map…")."""

    title: str
    reading: str
    finishing: str


def is_big(path: Path) -> bool:
    """Whether reading ``path`` is worth a word on screen (a missing file is not: the reader
    says what is wrong with it)."""
    try:
        return path.stat().st_size >= BIG_FILE_BYTES
    except OSError:
        return False


def say_in_status_bar(window: QWidget | None, text: str, timeout_ms: int = 5000) -> None:
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, timeout_ms)


class Reading:
    """One read under way: ``progress`` is the callback to give the reader (None for a small
    file: nothing is shown); ``finishing()`` switches the dialog to the part after the read."""

    def __init__(
        self,
        window: QWidget | None,
        texts: ReadingTexts,
        big: bool,
        show_at_once: bool,
        cancel_while_finishing: bool = False,
    ) -> None:
        self.window = window
        self.texts = texts
        self.cancel_while_finishing = cancel_while_finishing
        self.dialog: QProgressDialog | None = None
        self.finished_reading = False
        self.progress: ReadProgress | None = self._report if big else None
        self._clock = QElapsedTimer()
        self._clock.start()
        self._since_events = QElapsedTimer()
        self._since_events.start()
        if big:
            self._start(show_at_once)

    def _start(self, show_at_once: bool) -> None:
        global _under_way
        _under_way += 1
        say_in_status_bar(self.window, self.texts.reading, 0)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        # A dialog just closed (Open, the reload question) leaves the screen first. sync runs
        # the event loop once, input included: that is before anything is read or changed.
        QApplication.sync()
        if self.window is not None:
            self.window.repaint()
        dialog = QProgressDialog(
            self.texts.reading,
            QCoreApplication.translate("Reading", "Cancel"),
            0,
            PROGRESS_STEPS,
            self.window,
        )
        dialog.setObjectName("reading_progress")
        dialog.setWindowTitle(self.texts.title)
        # Application-modal, not window-modal. The read runs on the GUI thread and lets the
        # event loop run between windows of the file (to repaint, and for Cancel); whatever
        # input Qt delivers then must not start anything else: an edit of the map being read,
        # a second read nested inside this one, closing the map. Window-modal blocks the
        # dialog's parent and every window that has it as an ancestor: the main window, its
        # floating panels and its dialogs, which today is every window of MapStudio. It lets
        # through any window outside that hierarchy (a second main window, a window made
        # without a parent), where a click would start an edit or a read in the middle of this
        # one (tests/app/test_reloading_a_big_file.py shows it with a second main window).
        # Application-modal blocks them all, at no cost: nothing else can run during the read
        # anyway. The export's progress does the same.
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0 if show_at_once else PROGRESS_DELAY_MS)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        self.dialog = dialog
        dialog.setValue(0)  # starts the dialog's clock for minimumDuration
        if show_at_once:
            dialog.show()
            self._let_events_run()

    def _report(self, done: int, total: int) -> None:
        dialog = self.dialog
        assert dialog is not None
        if self.finished_reading:
            return  # the reader's last calls after the end of the file
        dialog.setValue(min(PROGRESS_STEPS, done * PROGRESS_STEPS // max(total, 1)))
        if not dialog.isVisible() and self._clock.elapsed() >= dialog.minimumDuration():
            dialog.show()  # the delay is over: Qt's own timer for it waits for the event loop
            self._let_events_run()
        elif self._since_events.elapsed() >= EVENTS_EVERY_MS or done >= total:
            self._let_events_run()
        if dialog.wasCanceled():
            raise ReadCancelled
        if done >= total:
            self.finishing()  # the bytes are read: the map is built next, and not at 100 %

    def _let_events_run(self) -> None:
        """Repaint, and let Cancel be pressed once the dialog shows: application-modal, input
        can then only reach the dialog. Before it shows, no input is taken (it waits)."""
        self._since_events.restart()
        if self.dialog is not None and self.dialog.isVisible():
            QApplication.processEvents()
        else:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def finishing(self) -> None:
        """The bytes are read: say what is left (a busy bar, as its length is not known) and
        disable Cancel, as what is left cannot be stopped half-way (unless
        ``cancel_while_finishing``). The dialog shows now if it was shown already or the read
        has taken as long as the dialog's delay."""
        self.finished_reading = True
        dialog = self.dialog
        if dialog is None:
            return
        say_in_status_bar(self.window, self.texts.finishing, 0)
        dialog.setLabelText(self.texts.finishing)
        dialog.setRange(0, 0)
        if not self.cancel_while_finishing:
            for button in dialog.findChildren(QPushButton):
                button.setEnabled(False)
        if not dialog.isVisible() and self._clock.elapsed() >= dialog.minimumDuration():
            dialog.show()
        if dialog.isVisible():
            # painted before the work that follows blocks the event loop; no input is taken
            # (what follows lets it in as it goes, if it may be cancelled)
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def keep_going(self) -> None:
        """Called now and then by work after the read that may be cancelled: every
        ``EVENTS_EVERY_MS`` it lets the window repaint and Cancel be pressed, and raises
        ``ReadCancelled`` once it has been. Does nothing for a small file (no dialog)."""
        dialog = self.dialog
        if dialog is None:
            return
        if self._since_events.elapsed() >= EVENTS_EVERY_MS:
            if not dialog.isVisible() and self._clock.elapsed() >= dialog.minimumDuration():
                dialog.show()
            self._let_events_run()
        if dialog.wasCanceled():
            raise ReadCancelled

    @property
    def shown(self) -> bool:
        """Whether the dialog is on screen (the read took as long as its delay)."""
        return self.dialog is not None and self.dialog.isVisible()

    def close(self) -> None:
        global _under_way
        if self.dialog is None:
            return
        _under_way -= 1
        self.dialog.close()
        self.dialog.deleteLater()
        self.dialog = None
        QApplication.restoreOverrideCursor()
        say_in_status_bar(self.window, "", 0)


@contextmanager
def reading(
    window: QWidget | None,
    path: Path,
    texts: ReadingTexts,
    show_at_once: bool = False,
    cancel_while_finishing: bool = False,
) -> Iterator[Reading]:
    """While a map file is read and what follows from it is built: for a big file (a
    100,000-card map takes about 1.5 s to read, and 0.7 s more to lay out or to compare), the
    status bar says ``texts.reading``, the cursor is busy and, once the read has taken half a
    second (at once with ``show_at_once``, for work known to be long), a progress dialog shows
    with Cancel; the window is repainted first (without it, it froze with the closed file dialog
    still drawn over it).

    The read stays on the GUI thread (the map it builds is then only ever touched there) and
    the reader's callback runs the event loop between windows of the file, so the window
    repaints and Cancel can be pressed; the dialog is application-modal, so no other input is
    taken (see ``Reading._start``)."""
    current = Reading(window, texts, is_big(path), show_at_once, cancel_while_finishing)
    try:
        yield current
    finally:
        current.close()


def read_then(
    window: QWidget | None,
    path: Path,
    texts: ReadingTexts,
    read: Callable[[Reading], T],
    then: Callable[[T], None],
    show_at_once: bool = False,
    expected: tuple[type[Exception], ...] = (MapFileError,),
    cancel_while_finishing: bool = False,
) -> Exception | None:
    """``read(progress)`` under ``reading``, then, once the bytes are in, ``then(what it read)``
    (the dialog saying ``texts.finishing``). Returns None when both ran, else what stopped the
    read: ``ReadCancelled`` (nothing built or changed) or one of ``expected``, for the caller to
    say once the dialog is closed.

    With ``cancel_while_finishing``, Cancel stays enabled while ``then`` runs: ``then`` calls
    ``Reading.keep_going()`` (the ``Reading`` given to ``read``) as it goes and must change
    nothing before its last call; the ``ReadCancelled`` that stops it is returned."""
    with reading(
        window,
        path,
        texts,
        show_at_once=show_at_once,
        cancel_while_finishing=cancel_while_finishing,
    ) as current:
        try:
            result = read(current)
        except (ReadCancelled, *expected) as e:
            return e
        current.finishing()
        if not cancel_while_finishing:
            then(result)
            return None
        try:
            then(result)
        except ReadCancelled as e:
            return e
    return None
