"""DejaVu Sans registered with reportlab as TrueType, so PDFs embed a subset of the very font
that textfit measured (and that the screen uses)."""

from __future__ import annotations

from functools import cache, lru_cache

from reportlab.pdfbase import pdfmetrics

from mapstudio.layout.textfit import TRUETYPE_NAMES, truetype_font
from mapstudio.poster import tounicode

REGULAR, BOLD = TRUETYPE_NAMES

# DejaVu Sans' ascender (1901/2048 em) and the half-leading of textfit's 1.25 line height:
# the baseline of a text line sits this many font sizes below the line's top.
BASELINE = 0.97


@cache
def register_fonts() -> tuple[str, str]:
    """Register both weights once per process; returns (regular, bold) font names."""
    # the very objects textfit measured with: each font file is parsed once
    tounicode.install()  # emoji in card text copy and search as themselves
    for bold in (False, True):
        font = truetype_font(bold)
        tounicode.box_missing_glyphs(font)  # an emoji DejaVu lacks: a box that copies as itself
        pdfmetrics.registerFont(font)
    return REGULAR, BOLD


def font_name(bold: bool = False) -> str:
    register_fonts()
    return BOLD if bold else REGULAR


@lru_cache(maxsize=4096)
def string_width(text: str, size: float, bold: bool = False) -> float:
    # remembered: a poster centres the same badge words thousands of times, and reportlab
    # measures a TrueType string a character at a time in Python
    return pdfmetrics.stringWidth(text, font_name(bold), size)
