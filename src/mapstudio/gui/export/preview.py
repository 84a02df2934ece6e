"""The export dialog's preview: the real poster (title block, cards and their text, emotion
curves, legend), drawn by the same code as the PDF and turned into a picture by PDFium, laid on
the sheet it fits (Fit) or under the grid of sheets it is printed on (Tile).

The poster is drawn once per dialog, off the GUI thread (a 2,000-card poster takes seconds);
changing the paper or the mode only moves that picture, so the preview follows every option at
once.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from mapstudio.core.model import JourneyMap
from mapstudio.gui import appearance
from mapstudio.poster.poster_pdf import Poster, render_poster_page
from mapstudio.poster.tiling import PagePlan

# The picture's longest side in pixels: sharp in a full-screen dialog on a 2x screen.
PICTURE_PIXELS = 2600
GRID_INK = "#1f77b4"  # the sheets' grid, as on the PDF's assembly page


# PDFium may not be called from two threads at once, not even for different documents (it
# crashes the process): the previews drawn on worker threads (a new one each time an option
# changes) and printing on the GUI thread take turns. (Plain comments: the translation tools
# take a "#:" comment above a constant for a note on the next message to translate.)
_PDFIUM = threading.Lock()


def pdf_page_image(data: bytes, index: int, scale: float) -> QImage:
    """Page ``index`` of the PDF ``data`` as an image, ``scale`` pixels per point (PDFium)."""
    import pypdfium2

    with _PDFIUM:
        document = pypdfium2.PdfDocument(data)
        try:
            page = document[index]
            bitmap = page.render(scale=scale, rev_byteorder=True)  # RGB, as QImage reads it
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB888,
            ).copy()  # the QImage owns its pixels once the bitmap is gone
            # closed here, under the lock, not by a finaliser on whatever thread collects them
            bitmap.close()
            page.close()
        finally:
            document.close()
    return image


def poster_picture(m: JourneyMap, file_name: str = "", comments: bool = False) -> QImage:
    """The whole poster at its own proportions, at most ``PICTURE_PIXELS`` on its long side."""
    data, poster = render_poster_page(m, file_name, comments)
    scale = min(2.0, PICTURE_PIXELS / max(poster.width, poster.height, 1.0))
    return pdf_page_image(data, 0, scale)


class _Drawer(QObject):
    """Draws one poster picture on a worker thread; ``done`` arrives on the GUI thread. It has
    no parent and stays alive until its picture is delivered (``_RUNNING``): a dialog closed
    meanwhile is simply no longer connected, the thread never emits from a deleted object."""

    done = Signal(int, QImage)  # generation, picture (null on failure)

    def start(self, generation: int, m: JourneyMap, file_name: str, comments: bool) -> None:
        _RUNNING.add(self)
        self.done.connect(self._finished, Qt.ConnectionType.QueuedConnection)

        def run() -> None:
            try:
                image = poster_picture(m, file_name, comments)
            except Exception:  # the preview is a help: a failure says so in its place
                image = QImage()
            self.done.emit(generation, image)

        threading.Thread(target=run, name="poster-preview", daemon=True).start()

    def _finished(self, *_args) -> None:
        _RUNNING.discard(self)  # on the GUI thread, after the picture went to its receiver


_RUNNING: set[_Drawer] = set()


class PagePreview(QWidget):
    picture_ready = Signal()

    def __init__(self, poster: Poster, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.poster = poster
        self.plan: PagePlan | None = None
        self.picture: QImage | None = None  # the real poster, once drawn
        self.failed = False
        self._generation = 0
        self.setMinimumSize(QSize(320, 240))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def draw_poster(self, m: JourneyMap, file_name: str = "", comments: bool = False) -> None:
        """Draw the poster picture again (at first, or when what it shows changed); the map is
        copied first, so an edit meanwhile cannot reach the worker."""
        self._generation += 1
        drawer = _Drawer()
        drawer.done.connect(self._drawn, Qt.ConnectionType.QueuedConnection)
        drawer.start(self._generation, m.model_copy(deep=True), file_name, comments)

    def _drawn(self, generation: int, image: QImage) -> None:
        if generation != self._generation:
            return  # an older drawing, overtaken
        self.failed = image.isNull()
        self.picture = None if self.failed else image
        self.update()
        self.picture_ready.emit()

    def set_plan(self, plan: PagePlan | None) -> None:
        self.plan = plan
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        p.fillRect(self.rect(), QColor(appearance.tokens().canvas))
        plan = self.plan
        if plan is None:
            p.end()
            return
        if plan.tiled:
            full_w = max(self.poster.width, max(t.x0 + t.width for t in plan.tiles))
            full_h = max(self.poster.height, max(t.y0 + t.height for t in plan.tiles))
            k = min((self.width() - 20) / full_w, (self.height() - 20) / full_h)
            ox = (self.width() - full_w * k) / 2
            oy = (self.height() - full_h * k) / 2
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#ffffff"))  # each sheet's paper, also where the poster ends
            for t in plan.tiles:
                p.drawRect(QRectF(ox + t.x0 * k, oy + t.y0 * k, t.width * k, t.height * k))
            self._poster(p, QRectF(ox, oy, self.poster.width * k, self.poster.height * k))
            self._grid(p, plan, ox, oy, k)
        else:
            paper = plan.paper
            k = min((self.width() - 20) / paper.width, (self.height() - 20) / paper.height)
            px = (self.width() - paper.width * k) / 2
            py = (self.height() - paper.height * k) / 2
            sheet = QRectF(px, py, paper.width * k, paper.height * k)
            p.setPen(QPen(QColor("#adb5bd"), 1))
            p.setBrush(QColor("#ffffff"))
            p.drawRect(sheet)
            ax, ay, aw, ah = plan.area
            s = plan.scale * k
            ox = px + ax * k + (aw * k - self.poster.width * s) / 2
            oy = py + ay * k + (ah * k - self.poster.height * s) / 2
            self._poster(p, QRectF(ox, oy, self.poster.width * s, self.poster.height * s))
        p.end()

    def _poster(self, p: QPainter, target: QRectF) -> None:
        if self.picture is not None:
            p.drawImage(target, self.picture)
        else:  # still drawing (or failed): the poster's place, and why it is empty
            p.setPen(QPen(QColor("#ced4da"), 1))
            p.setBrush(QColor("#ffffff"))
            p.drawRect(target)
            p.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            words = (
                self.tr("No preview of this poster")
                if self.failed
                else self.tr("Drawing the poster…")
            )
            p.drawText(target, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, words)
        p.setPen(QPen(QColor("#868e96"), 0.8))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(target)

    def _grid(self, p: QPainter, plan: PagePlan, ox: float, oy: float, k: float) -> None:
        """Each sheet's outline and name, named as its page's footer names it."""
        ink = QColor(GRID_INK)
        p.setFont(QFont(self.font().family(), 8, QFont.Weight.Bold))
        for t in plan.tiles:
            r = QRectF(ox + t.x0 * k, oy + t.y0 * k, t.width * k, t.height * k)
            p.setPen(QPen(ink, 1.2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(r)
            badge = QRectF(0, 0, 30, 16)
            badge.moveCenter(r.center())
            p.setBrush(QColor("#ffffff"))
            p.drawRoundedRect(badge, 4, 4)
            p.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(plan.sheet_number(t)))
