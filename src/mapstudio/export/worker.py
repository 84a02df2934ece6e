"""Runs an export job off the GUI thread; the job gets progress and cancel callbacks."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

from mapstudio.export.poster_pdf import ExportCancelled

Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class ExportWorker(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: Job, parent: Any = None) -> None:
        super().__init__(parent)
        self._job = job
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            result = self._job(self.progressed.emit, self._stop.is_set)
        except ExportCancelled:
            self.cancelled.emit()
        except (OSError, ValueError) as e:
            self.failed.emit(" ".join((getattr(e, "strerror", None) or str(e)).split()))
        except Exception as e:  # an unexpected bug must still end the progress dialog
            self.failed.emit(f"{type(e).__name__}: {e}")
        else:
            self.succeeded.emit(result)  # a cancel that came after the write is too late
