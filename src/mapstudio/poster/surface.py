"""A thin drawing surface over a reportlab canvas in layout coordinates (y grows down).

Shapes are drawn at once; text lines are gathered into one PDF text object per layer and
written by :meth:`Surface.flush_text`, which keeps a 2,000-card poster small and fast
(no per-line text object, no Paragraph parsing: card text prints literally).
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from functools import lru_cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from mapstudio.core.model import Image, image_bytes
from mapstudio.layout.textfit import truetype_font
from mapstudio.poster.fonts import BASELINE, register_fonts, string_width

Point = tuple[float, float]

#: PDF string escapes, one per byte value: backslash and parentheses escaped, bytes outside
#: printable ASCII as octal (a subset's bytes are glyph indexes, not text).
_ESCAPES = [chr(b) if 32 <= b < 127 else f"\\{b:03o}" for b in range(256)]
_ESCAPES[ord("\\")], _ESCAPES[ord("(")], _ESCAPES[ord(")")] = "\\\\", "\\(", "\\)"


@lru_cache(maxsize=512)
def colour(value: str) -> Color:
    return HexColor(value)


@lru_cache(maxsize=512)
def fill_op(value: str) -> str:
    """The PDF operator that sets ``value`` as the fill colour (made once per colour)."""
    c = HexColor(value)
    return f"{c.red:.3f} {c.green:.3f} {c.blue:.3f} rg"


@lru_cache(maxsize=512)
def stroke_op(value: str) -> str:
    c = HexColor(value)
    return f"{c.red:.3f} {c.green:.3f} {c.blue:.3f} RG"


class Surface:
    """Draws at (x, y) with y down, relative to the origin the caller translated to."""

    def __init__(self, canvas: Canvas) -> None:
        register_fonts()
        self.c = canvas
        self._text = canvas.beginText()
        self._font: tuple[bool, int, float] | None = None
        self._fill: str | None = None
        self._lines = 0
        self._codes = {
            bold: SubsetCodes(truetype_font(bold), canvas._doc) for bold in (False, True)
        }

    # --- shapes ------------------------------------------------------------------------------
    # Shapes are written as raw PDF path operators: reportlab's rect()/roundRect()/paths format
    # every number through a slow generic routine, which dominated a 2,000-card poster.
    def _paint(
        self,
        path: str,
        fill: str | None,
        stroke: str | None,
        width: float,
        dash: Sequence[float] | None,
    ) -> None:
        ops = []
        if fill:
            ops.append(fill_op(fill))
        if stroke:
            pattern = " ".join(f"{d:.2f}" for d in dash) if dash else ""
            ops.append(f"{stroke_op(stroke)} {width:.2f} w [{pattern}] 0 d")
        ops.append(path)
        ops.append("B" if fill and stroke else ("f" if fill else ("S" if stroke else "n")))
        self.c._code.append(" ".join(ops))

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: str | None = None,
        stroke: str | None = None,
        width: float = 0.6,
        dash: Sequence[float] | None = None,
        radius: float = 0.0,
    ) -> None:
        if radius:
            path = _round_rect(x, -y - h, w, h, min(radius, w / 2, h / 2))
        else:
            path = f"{x:.2f} {-y - h:.2f} {w:.2f} {h:.2f} re"
        self._paint(path, fill, stroke, width, dash)

    def polygon(
        self,
        points: Sequence[Point],
        fill: str | None = None,
        stroke: str | None = None,
        width: float = 0.6,
        dash: Sequence[float] | None = None,
    ) -> None:
        (x0, y0), rest = points[0], points[1:]
        path = f"{x0:.2f} {-y0:.2f} m " + " ".join(f"{x:.2f} {-y:.2f} l" for x, y in rest) + " h"
        self._paint(path, fill, stroke, width, dash)

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        stroke: str,
        width: float = 0.6,
        dash: Sequence[float] | None = None,
    ) -> None:
        c = self.c
        c.setStrokeColor(colour(stroke))
        c.setLineWidth(width)
        c.setDash(list(dash) if dash else [])
        c.line(x1, -y1, x2, -y2)

    def bezier(
        self,
        segments: Sequence[Sequence[Point]],
        stroke: str,
        width: float,
        dash: Sequence[float] | None = None,
    ) -> None:
        """A smooth vector path made of cubic segments (start, c1, c2, end)."""
        if not segments:
            return
        c = self.c
        path = c.beginPath()
        path.moveTo(segments[0][0][0], -segments[0][0][1])
        for _, c1, c2, end in segments:
            path.curveTo(c1[0], -c1[1], c2[0], -c2[1], end[0], -end[1])
        c.setStrokeColor(colour(stroke))
        c.setLineWidth(width)
        c.setLineCap(1)
        c.setLineJoin(1)
        c.setDash(list(dash) if dash else [])
        c.drawPath(path, stroke=1, fill=0)
        c.setLineCap(0)
        c.setLineJoin(0)

    def marker(self, kind: str, x: float, y: float, r: float, fill: str, stroke: str) -> None:
        """A point marker whose shape (not only its colour) tells personas apart."""
        if kind == "square":
            self.rect(x - r, y - r, 2 * r, 2 * r, fill, stroke, 1.2)
        elif kind == "diamond":
            self.polygon(
                [(x, y - r * 1.3), (x + r * 1.3, y), (x, y + r * 1.3), (x - r * 1.3, y)],
                fill,
                stroke,
                1.2,
            )
        elif kind == "triangle":
            self.polygon(
                [(x, y - r * 1.3), (x + r * 1.2, y + r), (x - r * 1.2, y + r)], fill, stroke, 1.2
            )
        else:
            c = self.c
            c.setFillColor(colour(fill))
            c.setStrokeColor(colour(stroke))
            c.setLineWidth(1.2)
            c.setDash([])
            c.circle(x, -y, r, stroke=1, fill=1)

    def image(self, x: float, y: float, w: float, h: float, image: Image) -> None:
        """``image`` in the box at (x, y) of ``w`` x ``h``, at its full resolution (a JPEG is
        embedded as it is; reportlab writes a picture used twice once)."""
        reader = _reader(threading.get_ident(), image.data)
        if reader is None:
            self.rect(x, y, w, h, fill="#c8ccd0")  # bytes that no longer decode: a grey box
            return
        self.c.drawImage(reader, x, -y - h, w, h, mask="auto")

    # --- text --------------------------------------------------------------------------------
    def text(
        self,
        x: float,
        top: float,
        line: str,
        size: float,
        fill: str,
        bold: bool = False,
        align: str = "left",
        measure: bool = False,
    ) -> float:
        """Queue one line whose line box starts at ``top``; returns its width when it was
        aligned right or centre or ``measure`` is true (0 otherwise, to save the measuring)."""
        width = 0.0
        if align != "left" or measure:
            width = string_width(line, size, bold)
            if align == "right":
                x -= width
            elif align == "center":
                x -= width / 2
        if not line:
            return width
        # Raw operators, as reportlab's ttfonts documents for dynamic fonts (splitString, then
        # getSubsetInternalName): textOut would measure every line only to move a cursor we
        # never use, and its escaping runs per byte in Python.
        code = self._text._code
        if fill != self._fill:
            code.append(fill_op(fill))
            self._fill = fill
        code.append(f"1 0 0 1 {x:.2f} {-(top + BASELINE * size):.2f} Tm")
        codes = self._codes[bold]
        try:
            escaped = line.translate(codes)
        except _OtherSubset:  # a character of a later subset (a text of 200 different ones)
            self._subsets(line, size, bold)
        else:
            key = (bold, 0, size)
            if key != self._font:
                code.append(f"{codes.subset_name} {size:.2f} Tf")
                self._font = key
            code.append(f"({escaped}) Tj")
        self._lines += 1
        return width

    def _subsets(self, line: str, size: float, bold: bool) -> None:
        """Show ``line`` a subset at a time, as reportlab's ``splitString`` cuts it."""
        code = self._text._code
        font = truetype_font(bold)
        doc = self.c._doc
        for subset, chunk in font.splitString(line, doc):
            key = (bold, subset, size)
            if key != self._font:
                code.append(f"{font.getSubsetInternalName(subset, doc)} {size:.2f} Tf")
                self._font = key
            code.append(f"({''.join(map(_ESCAPES.__getitem__, chunk))}) Tj")

    def lines(
        self, x: float, top: float, lines: Sequence[str], size: float, fill: str, bold: bool = False
    ) -> None:
        step = size * 1.25
        for i, line in enumerate(lines):
            self.text(x, top + i * step, line, size, fill, bold)

    def flush_text(self) -> None:
        """Write the queued text (on top of the shapes drawn so far)."""
        if self._lines:
            self.c.drawText(self._text)
        self._text = self.c.beginText()
        self._font = None
        self._fill = None
        self._lines = 0


class _OtherSubset(Exception):
    """A character that reportlab put in a subset other than the first (not a LookupError,
    which ``str.translate`` would take for "leave the character as it is")."""


class SubsetCodes(dict):
    """A font's characters in the first subset reportlab embeds of it in one document, each
    mapped to its escaped byte: ``line.translate(codes)`` is the string a Tj operator shows.

    A character met for the first time is given its code by reportlab's ``splitString``,
    which records it in the subset; ``translate`` asks for the characters in the line's order,
    so each gets the code ``splitString`` of the whole line would give it. Most lines of a
    poster repeat characters already met, and are then translated without a Python call per
    character (``splitString`` takes one per character, and dominated a 2,000-card poster,
    whose badges alone add some 2,800 lines). A character of a later subset raises
    ``_OtherSubset``.
    """

    def __init__(self, font: TTFont, doc: PDFDocument) -> None:
        super().__init__()
        self.font = font
        self.doc = doc

    @property
    def subset_name(self) -> str:
        return self.font.getSubsetInternalName(0, self.doc)

    def __missing__(self, char: int) -> str:
        chunks = self.font.splitString(chr(char), self.doc)
        if len(chunks) != 1 or chunks[0][0] != 0:
            raise _OtherSubset
        escaped = self[char] = "".join(map(_ESCAPES.__getitem__, chunks[0][1]))
        return escaped


@lru_cache(maxsize=64)
def _reader(thread: int, data: str) -> ImageReader | None:
    """A picture's reader, kept for the pages drawn after (a persona's photo on each sheet),
    per thread: reportlab's readers keep state while a page embeds them, and the export
    dialog's preview draws the same poster on another thread while an export runs (they
    failed with an AssertionError when they shared one)."""
    try:
        reader = ImageReader(io.BytesIO(image_bytes(data) or b""))
        reader.getSize()  # decodes the header: a damaged picture fails here, not mid-page
    except Exception:  # reportlab and Pillow raise many kinds for bad bytes
        return None
    return reader


_ARC = 0.4477  # 1 - 0.5523: where a quarter circle's Bézier control points sit


def _round_rect(x: float, y: float, w: float, h: float, r: float) -> str:
    """Path operators of a rectangle with corners of radius ``r`` (PDF coordinates, y up)."""
    # one %-format of all 32 numbers: a poster draws thousands (cards, badge pills), and
    # formatting each number apart took half again as long
    k = r * _ARC
    x2, y2 = x + w, y + h
    xr, xk, x2r, x2k = x + r, x + k, x2 - r, x2 - k
    yr, yk, y2r, y2k = y + r, y + k, y2 - r, y2 - k
    return _ROUND_RECT % (
        xr, y, x2r, y,
        x2k, y, x2, yk, x2, yr,
        x2, y2r,
        x2, y2k, x2k, y2, x2r, y2,
        xr, y2,
        xk, y2, x, y2k, x, y2r,
        x, yr,
        x, yk, xk, y, xr, y,
    )  # fmt: skip


_ROUND_RECT = (
    "%.2f %.2f m %.2f %.2f l "
    "%.2f %.2f %.2f %.2f %.2f %.2f c "
    "%.2f %.2f l "
    "%.2f %.2f %.2f %.2f %.2f %.2f c "
    "%.2f %.2f l "
    "%.2f %.2f %.2f %.2f %.2f %.2f c "
    "%.2f %.2f l "
    "%.2f %.2f %.2f %.2f %.2f %.2f c h"
)
