"""Poster PDF: the whole map drawn once as a vector form XObject, then placed on one sheet
(fit) or on several overlapping sheets with cut marks and an assembly page (tile).

``render_pdf`` returns the bytes; ``export_pdf`` writes them atomically, so a failed or
cancelled export never leaves a half-written file.
"""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from mapstudio.core.model import JourneyMap
from mapstudio.files import write_atomic
from mapstudio.layout import theme
from mapstudio.layout.comment_marks import note_numbers
from mapstudio.layout.textfit import LINE_SPACING, ellipsize, wrap
from mapstudio.poster.arrangement import PAD
from mapstudio.poster.composition import (
    READABLE,
    Poster,
    build_poster,
    describe_fill,
    fill_summary,
    plan_pages,
    readability_warning,
    readable_plan,
    sheet_fill,
)
from mapstudio.poster.fonts import register_fonts, string_width
from mapstudio.poster.poster_blocks import draw_legend, draw_title
from mapstudio.poster.poster_map import MapPainter
from mapstudio.poster.surface import Surface
from mapstudio.poster.texts import QCoreApplication, document_language
from mapstudio.poster.tiling import PagePlan, PosterOptions, Tile
from mapstudio.text.translate import count_text

FORM = "MapStudioPoster"
FOOTER_LABEL = 8.5  # font sizes of the page footer's two parts
FOOTER_INFO = 7.5
ASSEMBLY_TEXT = 8.5

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class ExportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass
class PosterResult:
    data: bytes
    plan: PagePlan
    warnings: list[str]
    readable: PagePlan | None = None  # the tiling suggested when the text is too small
    sheet_fill: list[float] = field(default_factory=list)  # per sheet, the share holding ink
    extra_pages: int = 0  # pages after the map's sheets (insights, comments)


# reportlab keeps state of its own while it writes a document (an embedded font's subsets, named
# per document; a picture reader's position; rl_config switches), so posters are drawn one at a
# time: the export dialog's preview and an export run on two threads.
_DRAWING = threading.RLock()


def render_pdf(
    m: JourneyMap,
    options: PosterOptions,
    file_name: str = "",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    insights: bool = False,
    comments: bool = False,
) -> PosterResult:
    """The poster's bytes; with ``insights``, one more page of its insights at the end; with
    ``comments``, the open comments numbered on the map and listed on pages at the end."""
    with _DRAWING, document_language(m.language):
        return _render_pdf(m, options, file_name, progress, cancel, insights, comments)


def _render_pdf(
    m: JourneyMap,
    options: PosterOptions,
    file_name: str,
    progress: Progress | None,
    cancel: Cancel | None,
    insights: bool = False,
    comments: bool = False,
) -> PosterResult:
    register_fonts()
    poster = build_poster(m, file_name)
    if comments:
        poster.notes = note_numbers(m)
    pages = plan_pages(poster, options)
    boxes = sum(len(c.boxes) for c in poster.geo.cells.values())
    total = boxes + pages.pages

    def tick(done: int) -> None:
        if cancel and cancel():
            raise ExportCancelled
        if progress:
            progress(done, total)

    buf = io.BytesIO()
    regular, _ = register_fonts()
    # Binary (Flate only) streams: ASCII85 makes files a quarter larger and, in pure Python,
    # was the slowest step of a big poster. reportlab reads this setting while writing.
    a85, rl_config.useA85 = rl_config.useA85, 0
    try:
        c = Canvas(
            buf,
            pagesize=(pages.paper.width, pages.paper.height),
            pageCompression=1,
            initialFontName=regular,
        )
        c.setTitle(m.title)
        c.setAuthor(m.author)
        c.setCreator("MapStudio")
        c.setSubject(QCoreApplication.translate("Export", "Customer journey map"))
        _draw_form(c, poster, tick)
        done = boxes
        if pages.tiled:
            _assembly_page(c, poster, pages)
            done += 1
            tick(done)
        for number, tile in enumerate(pages.tiles, start=2 if pages.tiled else 1):
            _tile_page(c, poster, pages, tile, number)
            done += 1
            tick(done)
        extra = 0
        # imported when asked for: most exports have neither page, and a command-line export
        # is a whole process, whose imports are a third of its time
        if insights:
            from mapstudio.poster.insights_page import draw_insights_page

            draw_insights_page(c, m, pages.paper.width, pages.paper.height)
            extra += 1
        if comments:
            from mapstudio.poster.comments_page import draw_comment_pages

            extra += draw_comment_pages(c, m, pages.paper.width, pages.paper.height)
        c.save()
    finally:
        rl_config.useA85 = a85
    readable = readable_plan(poster, options, pages)
    warnings = poster.warnings
    if readable is not None:
        warnings.insert(0, readability_warning(pages, readable))
    fill = sheet_fill(poster, pages)
    return PosterResult(buf.getvalue(), pages, warnings, readable, fill, extra)


def export_pdf(
    m: JourneyMap,
    path: str | os.PathLike[str],
    options: PosterOptions,
    file_name: str = "",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    insights: bool = False,
    comments: bool = False,
) -> PosterResult:
    """Render, then write atomically (the map's own ``file_name`` goes in the title block)."""
    result = render_pdf(m, options, file_name, progress, cancel, insights, comments)
    if cancel and cancel():
        raise ExportCancelled
    write_atomic(path, result.data)
    return result


def render_poster_page(
    m: JourneyMap, file_name: str = "", comments: bool = False, cancel: Cancel | None = None
) -> tuple[bytes, Poster]:
    """One PDF page the poster's own size holding the whole poster (title block, map, legend)
    at 1:1, drawn by the code every export draws with, without sheets, footers or marks: what
    a preview shows the sheets of. Returns the bytes and the poster (its size, for the grid)."""
    with _DRAWING:
        return _render_poster_page(m, file_name, comments, cancel)


def _render_poster_page(
    m: JourneyMap, file_name: str, comments: bool, cancel: Cancel | None
) -> tuple[bytes, Poster]:
    register_fonts()
    poster = build_poster(m, file_name)
    if comments:
        poster.notes = note_numbers(m)

    def tick(_done: int) -> None:
        if cancel and cancel():
            raise ExportCancelled

    buf = io.BytesIO()
    regular, _ = register_fonts()
    a85, rl_config.useA85 = rl_config.useA85, 0
    try:
        c = Canvas(buf, pagesize=(poster.width, poster.height), initialFontName=regular)
        _draw_form(c, poster, tick)
        c.doForm(FORM)
        c.showPage()
        c.save()
    finally:
        rl_config.useA85 = a85
    return buf.getvalue(), poster


# --- the poster, drawn once ------------------------------------------------------------------------
def _draw_form(c: Canvas, p: Poster, tick: Callable[[int], None]) -> None:
    c.beginForm(FORM, 0, 0, p.width, p.height)
    c.setFillColor("#ffffff")
    c.rect(0, 0, p.width, p.height, stroke=0, fill=1)
    s = Surface(c)
    for x, y, draw in (
        (p.arrangement.title_x, p.arrangement.title_y, lambda: draw_title(s, p.title)),
        (p.map_x, p.map_y, lambda: MapPainter(s, p.index, p.geo, p.notes).draw(tick)),
        (p.legend_x, p.legend_y, lambda: draw_legend(s, p.legend)),
    ):
        c.saveState()
        c.transform(1, 0, 0, 1, x, p.height - y)  # a shift (translate() reads as i18n)
        draw()
        s.flush_text()
        c.restoreState()
    _end_form(c, FORM)


def _end_form(c: Canvas, name: str) -> None:
    """``c.endForm()``, with the form's operators encoded as ASCII: reportlab encodes a form
    through its PDFDocEncoding codec, a character at a time in Python's charmap codec (about
    50 ms for the 2 MB of a 2,000-card poster), though the poster writes nothing but ASCII
    (``Surface`` escapes every text byte outside it). A stream that is not ASCII keeps
    reportlab's encoding."""
    code = "\n".join([c._preamble, *c._code])
    try:
        data = code.encode("ascii")
    except UnicodeEncodeError:
        c.endForm()
        return
    del c._code[:]
    c.endForm()
    c._doc.idToObject[pdfdoc.xObjectName(name)].stream = data


# --- pages --------------------------------------------------------------------------------------
def _place(c: Canvas, p: Poster, pages: PagePlan, tile: Tile, clip: bool = True) -> None:
    """Draw the poster region ``tile`` into the page's printable area."""
    ax, ay, aw, ah = pages.area
    top = pages.paper.height - ay  # area top in PDF coordinates (y up)
    s = pages.scale
    c.saveState()
    if clip:
        path = c.beginPath()
        path.rect(ax, top - ah, aw, ah)
        c.clipPath(path, stroke=0, fill=0)
    c.transform(1, 0, 0, 1, ax - tile.x0 * s, top - (p.height - tile.y0) * s)
    c.scale(s, s)
    c.doForm(FORM)
    c.restoreState()


def _fit_offset(p: Poster, pages: PagePlan) -> Tile:
    """Centre the poster in the area (a tile whose origin is shifted by the spare room)."""
    ax, ay, aw, ah = pages.area
    s = pages.scale
    dx = (aw / s - p.width) / 2
    dy = (ah / s - p.height) / 2
    return Tile(0, 0, -dx, -dy, aw / s, ah / s)


def _tile_page(c: Canvas, p: Poster, pages: PagePlan, tile: Tile, number: int) -> None:
    c.setPageSize((pages.paper.width, pages.paper.height))
    if pages.tiled:
        _place(c, p, pages, tile)
        _cut_marks(c, pages, tile)
        indent = pages.overlap + 8 if tile.column > 0 else 6.0
        label = pages.sheet_label(tile)
    else:
        _place(c, p, pages, _fit_offset(p, pages), clip=False)
        label = QCoreApplication.translate("Export", "Whole map on one sheet")
        indent = 0.0
    _footer(c, p, pages, label, number, indent)
    c.showPage()


def _footer(
    c: Canvas, p: Poster, pages: PagePlan, label: str, number: int, indent: float = 0.0
) -> None:
    """The page's label at the left and what it shows at the right, on one line that never
    overlaps itself: the map's title in the right part gives way first (it is printed whole in
    the title block), then the right part, then the label."""
    ax, ay, aw, ah = pages.area
    y = ay + 4.5  # baseline, up from the page's bottom
    regular, bold = register_fonts()
    left_end = aw - (6 if indent else 0)  # from ax
    label = _clip_line(label, left_end - indent, FOOTER_LABEL, True)
    c.setFillColor(theme.TEXT)
    c.setFont(bold, FOOTER_LABEL)
    c.drawString(ax + indent, y, label)
    room = left_end - indent - string_width(label, FOOTER_LABEL, True) - 12
    right = _footer_info(p, pages, number, room)
    if right:
        c.setFillColor(theme.MUTED_TEXT)
        c.setFont(regular, FOOTER_INFO)
        c.drawRightString(ax + left_end, y, right)


def _footer_info(p: Poster, pages: PagePlan, number: int, room: float) -> str:
    """The footer's right part fitted into ``room`` points ("" when nothing sensible fits)."""
    template = QCoreApplication.translate(
        "Export", "%1 · page %2 of %3 · %4 · scale %5 % · smallest text %6 pt"
    )
    template = template.replace("%2", count_text(number)).replace("%3", count_text(pages.pages))
    template = template.replace("%4", pages.paper.describe())
    template = template.replace("%5", f"{pages.scale * 100:.0f}")
    template = template.replace("%6", f"{pages.smallest_text:.1f}")
    title_room = room - string_width(template.replace("%1", ""), FOOTER_INFO)
    if title_room >= 40:
        return template.replace("%1", _clip_line(p.map.title, title_room, FOOTER_INFO))
    if room < 40:
        return ""
    return _clip_line(template.replace("%1", "").lstrip(" ·"), room, FOOTER_INFO)


def _clip_line(text: str, width: float, size: float, bold: bool = False) -> str:
    if string_width(text, size, bold) <= width:
        return text
    return ellipsize(text, max(width, 0.0), size, bold)


def _cut_marks(c: Canvas, pages: PagePlan, tile: Tile) -> None:
    """Crop marks at the printable area's corners, and ✂ marks where a sheet is trimmed to lie
    over its left or upper neighbour (the overlap band is printed on both)."""
    ax, ay, aw, ah = pages.area
    H = pages.paper.height
    left, right, top, bottom = ax, ax + aw, H - ay, H - ay - ah
    length = min(ay - 2, ax - 2, 8 * 72 / 25.4)
    c.setStrokeColor("#000000")
    c.setLineWidth(0.4)
    c.setDash([])
    if length > 1:
        for x, y, sx, sy in (
            (left, top, -1, 1),
            (right, top, 1, 1),
            (left, bottom, -1, -1),
            (right, bottom, 1, -1),
        ):
            c.line(x + sx * 2, y, x + sx * (2 + length), y)
            c.line(x, y + sy * 2, x, y + sy * (2 + length))
    band = pages.overlap
    regular, _ = register_fonts()
    c.setFont(regular, 7)
    c.setFillColor("#000000")
    c.setDash([2, 2])
    if tile.column > 0 and length > 1:
        x = left + band
        c.line(x, top + 2, x, top + 2 + length)
        c.line(x, bottom - 2, x, bottom - 2 - length)
        c.drawCentredString(x, bottom - 2 - length - 1 if bottom - length > 10 else bottom - 8, "✂")
    if tile.row > 0 and length > 1:
        y = top - band
        c.line(left - 2, y, left - 2 - length, y)
        c.line(right + 2, y, right + 2 + length, y)
        c.drawString(max(1.0, left - 2 - length - 1), y + 2, "✂")
    c.setDash([])


def _assembly_page(c: Canvas, p: Poster, pages: PagePlan) -> None:
    """Page 1: the whole poster, small, with the sheet grid and how to put it together."""
    H = pages.paper.height
    ax, ay, aw, ah = pages.area
    regular, bold = register_fonts()
    title = QCoreApplication.translate("Export", "Assembly plan")
    # "12 sheets of A4 portrait in 3 rows × 4 columns": the counts as plurals ("1 row")
    info = QCoreApplication.translate("Export", "%1 in %2 · scale %3 % · smallest card text %4 pt.")
    info = info.replace("%1", pages.sheets_text()).replace("%2", pages.grid_text())
    info = info.replace("%3", f"{pages.scale * 100:.0f}").replace(
        "%4", f"{pages.smallest_text:.1f}"
    )
    how = QCoreApplication.translate(
        "Export",
        "Neighbouring sheets share a %1 mm band. Trim each sheet at its ✂ marks and lay it over its left and upper neighbours.",
    ).replace("%1", f"{pages.overlap * 25.4 / 72:.0f}")
    # wrapped to the printable width: the French sentences are a third longer than the English
    lines = [line for text in (info, how) for line in wrap(text, aw, ASSEMBLY_TEXT) if line]
    step = ASSEMBLY_TEXT * LINE_SPACING
    c.setFillColor(theme.HEADER_FILL)
    c.setFont(bold, 14)
    c.drawString(ax, H - ay - 14, _clip_line(title, aw, 14, True))
    c.setFillColor(theme.TEXT)
    c.setFont(regular, ASSEMBLY_TEXT)
    for i, line in enumerate(lines):
        c.drawString(ax, H - ay - 32 - i * step, line)
    head = 32 + len(lines) * step + 4
    # the whole poster and the sheets' grid, scaled into the rest of the area
    full_w = max(p.width, max(t.x0 + t.width for t in pages.tiles))
    full_h = max(p.height, max(t.y0 + t.height for t in pages.tiles))
    s = min(aw / full_w, (ah - head) / full_h)
    ox = ax + (aw - full_w * s) / 2
    top = H - ay - head
    c.saveState()
    c.transform(1, 0, 0, 1, ox, top - p.height * s)
    c.scale(s, s)
    c.doForm(FORM)
    c.restoreState()
    c.setStrokeColor("#1f77b4")
    c.setLineWidth(0.8)
    for t in pages.tiles:
        x, y = ox + t.x0 * s, top - (t.y0 + t.height) * s
        c.rect(x, y, t.width * s, t.height * s, stroke=1, fill=0)
    for t in pages.tiles:
        cx, cy = ox + (t.x0 + t.width / 2) * s, top - (t.y0 + t.height / 2) * s
        c.setFillColor("#ffffff")
        c.roundRect(cx - 13, cy - 7, 26, 14, 3, stroke=1, fill=1)
        c.setFillColor("#1f77b4")
        c.setFont(bold, 8)
        c.drawCentredString(cx, cy - 3, str(pages.sheet_number(t)))
    _footer(c, p, pages, title, 1)
    c.showPage()


__all__ = [
    "PAD",
    "READABLE",
    "ExportCancelled",
    "Poster",
    "PosterResult",
    "build_poster",
    "describe_fill",
    "export_pdf",
    "fill_summary",
    "plan_pages",
    "readability_warning",
    "readable_plan",
    "render_pdf",
    "render_poster_page",
    "sheet_fill",
]
