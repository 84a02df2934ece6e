"""Registers the shipped DejaVu Sans with Qt, so the screen uses the poster's font."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from mapstudio.resources import font_path

FAMILY = "DejaVu Sans"


@cache
def install_fonts() -> str:
    """Load both weights once per process (needs a QGuiApplication); returns the family."""
    for bold in (False, True):
        if QFontDatabase.addApplicationFont(str(font_path(bold))) < 0:
            raise RuntimeError(f"could not load the font {font_path(bold)}")
    return FAMILY


def map_font(size: float, bold: bool = False) -> QFont:
    """A font for drawing layout text: ``size`` in layout units (one unit = one pixel at 100%).

    Hinting is off so glyph advances match the design metrics that textfit wraps with.
    """
    font = QFont(FAMILY)
    font.setPixelSize(max(1, round(size)))
    if abs(size - round(size)) > 0.01:
        font.setPointSizeF(size * 0.75)  # 96 dpi logical: px = pt * 96 / 72
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(False)
    return font
