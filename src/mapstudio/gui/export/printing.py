"""File > Print: the poster's pages on a printer (or a PDF through Qt's print system).

The pages are the PDF export's own, laid out for the paper chosen in the print dialog, with the
fit-or-tile choice last made for this map in the export dialog (fit when none); each is turned
into a picture at the printer's resolution (at most ``PRINT_DPI``) and printed on the whole
sheet, since the page already carries its margins, footer and cut marks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from mapstudio.core.model import JourneyMap
from mapstudio.gui.export.preview import pdf_page_image
from mapstudio.poster.paper import MM
from mapstudio.poster.poster_pdf import render_pdf
from mapstudio.poster.tiling import PosterOptions

#: Pictures of the pages are drawn at most this fine: sharp text, and an A0 sheet stays
#: within a few hundred megabytes.
PRINT_DPI = 300


def print_options(printer: QPrinter, remembered: dict[str, Any]) -> PosterOptions:
    """The poster's options for the printer's paper: its size and orientation from the print
    dialog, the rest as last exported (``Settings.export_settings``)."""
    layout = printer.pageLayout()
    size = layout.pageSize().size(QPageSize.Unit.Millimeter)
    portrait = layout.orientation() == QPageLayout.Orientation.Portrait
    width, height = sorted((size.width(), size.height()))
    readable = remembered.get("readable", True) is not False
    number = (int, float)
    scale = remembered.get("scale_percent")
    min_text = remembered.get("min_text")
    return PosterOptions(
        paper=f"{width:.1f}x{height:.1f}mm",
        orientation="portrait" if portrait else "landscape",
        tile=remembered.get("tile") is True,
        scale=None if readable else (scale / 100 if isinstance(scale, number) else 1.0),
        min_text=(min_text if isinstance(min_text, number) else 10.0) if readable else None,
        overlap=float(remembered.get("overlap_mm", 10) or 0) * MM,
        margin=float(remembered.get("margin_mm", 10) or 0) * MM,
    )


def print_poster(
    m: JourneyMap,
    printer: QPrinter,
    options: PosterOptions,
    file_name: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Print the poster's pages (the range the print dialog chose, else all) on ``printer``;
    returns how many were printed."""
    result = render_pdf(m, options, file_name)
    count = result.plan.pages
    first = max(1, printer.fromPage() or 1)
    last = min(count, printer.toPage() or count)
    dpi = min(printer.resolution(), PRINT_DPI)
    printer.setFullPage(True)  # the page's own margins are in the picture
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer cannot be opened")
    printed = 0
    try:
        for number in range(first, last + 1):
            if printed:
                printer.newPage()
            image = pdf_page_image(result.data, number - 1, dpi / 72.0)
            target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            target.moveTo(0, 0)
            painter.drawImage(target, image)
            printed += 1
            if progress is not None:
                progress(printed, last - first + 1)
    finally:
        painter.end()
    return printed
