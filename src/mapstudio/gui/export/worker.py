"""Runs an export job off the GUI thread; the job gets progress and cancel callbacks."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, Signal

from mapstudio.files import MapFileError, write_atomic
from mapstudio.poster.poster_pdf import ExportCancelled, export_pdf
from mapstudio.poster.tiling import PosterOptions

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
        except MapFileError as e:  # a value no spreadsheet cell can hold: said where
            self.failed.emit(" ".join(str(e).split()))
        except (OSError, ValueError) as e:
            self.failed.emit(" ".join((getattr(e, "strerror", None) or str(e)).split()))
        except Exception as e:  # an unexpected bug must still end the progress dialog
            self.failed.emit(f"{type(e).__name__}: {e}")
        else:
            self.succeeded.emit(result)  # a cancel that came after the write is too late


def pdf_job(
    doc: Any,
    target: Path,
    options: PosterOptions,
    file_name: str,
    insights: bool = False,
    comments: bool = False,
) -> Job:
    """A poster job over a copy of the map, so the export never sees a half-made edit
    (``insights``: with a page of the map's insights at the end; ``comments``: the open
    comments numbered and listed after the map)."""
    snapshot = doc.map.model_copy(deep=True)

    def job(progress: Callable[[int, int], None], cancel: Callable[[], bool]) -> Any:
        return export_pdf(
            snapshot, target, options, file_name, progress, cancel, insights, comments
        )

    return job


def data_job(doc: Any, target: Path, bom: bool = False) -> Job:
    """A workbook, CSV, Mermaid or Markdown file (by ``target``'s extension) of a copy of the
    map, written whole or not at all."""
    from mapstudio.exchange.formats import export_file

    snapshot = doc.map.model_copy(deep=True)

    def job(progress: Callable[[int, int], None], cancel: Callable[[], bool]) -> Path:
        export_file(snapshot, target, bom=bom)
        progress(1, 1)
        return target

    return job


def image_job(
    doc: Any,
    target: Path,
    fmt: str,
    dpi: float,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Job:
    """The scene lives in the GUI thread: draw here, over a copy of the map, reporting each
    band to ``progress`` and stopping when ``cancel()`` says so (RenderCancelled). A PNG is
    written here too, each band going to the encoder's threads as soon as it is drawn; an SVG
    is written by the worker."""
    from mapstudio.gui.export.image import svg_bytes, write_png

    snapshot = doc.map.model_copy(deep=True)
    if fmt == "png":
        write_png(snapshot, target, dpi, progress, cancel)
    data = svg_bytes(snapshot, snapshot.title)[0] if fmt == "svg" else b""

    def job(progress: Callable[[int, int], None], cancel: Callable[[], bool]) -> Path:
        if fmt != "png":
            if cancel():
                raise ExportCancelled
            write_atomic(target, data)
        progress(1, 1)
        return target

    return job
