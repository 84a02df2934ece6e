"""Text measurement and wrapping from the shipped font's own metrics (no Qt).

The canvas and the poster both draw the lines computed here, so a card wraps the same way on
screen and on paper. Widths come from DejaVu Sans' advance widths (the font both use).
"""

from __future__ import annotations

import mmap
from functools import cache, lru_cache
from pathlib import Path

from mapstudio.layout.ttfwidths import FontWidths
from mapstudio.records import record
from mapstudio.resources import font_path

ELLIPSIS = "…"
LINE_SPACING = 1.25  # line height = font size x this


class _CharWidths(dict):
    """Widths by character, each looked up in the font the first time it is asked for (the
    lookups after that are plain dict hits, summed in C by ``map``)."""

    def __init__(self, lookup) -> None:
        super().__init__()
        self._lookup = lookup

    def __missing__(self, char: str) -> float:
        width = self[char] = float(self._lookup(ord(char)))
        return width


def _or_default(width: float | None, default: float) -> float:
    return default if width is None else width


@record
class FittedText:
    lines: tuple[str, ...]
    size: float  # font size in layout units (points)
    truncated: bool  # True when the text did not fit even at the minimum size

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * LINE_SPACING


class FontMetrics:
    """Advance widths of one TrueType font, in 1/1000 em."""

    def __init__(self, bold: bool = False) -> None:
        data = _mapped(font_path(bold))
        try:
            font = FontWidths(data)
        except ValueError:  # a font our quick reader does not handle: reportlab reads anything
            from reportlab.pdfbase.ttfonts import TTFontFile

            face = TTFontFile(str(font_path(bold)))
            table, default = dict(face.charWidths), float(face.defaultWidth)
            self._char_widths = _CharWidths(lambda char: table.get(char, default))
        else:
            default = float(font.default)
            self._char_widths = _CharWidths(lambda char: _or_default(font.width(char), default))
        self._units: dict[str, float] = {}

    def unit_width(self, word: str) -> float:
        """The sum of the word's advance widths (its width at size 1000/1000), memoised."""
        unit = self._units.get(word)
        if unit is None:
            # The same additions, in the same order, as summing each character's width.
            unit = sum(map(self._char_widths.__getitem__, word))
            if len(self._units) >= 200_000:
                self._units.clear()
            self._units[word] = unit
        return unit

    def word_width(self, word: str, size: float) -> float:
        return self.unit_width(word) * size / 1000.0

    def width(self, text: str, size: float) -> float:
        space = self.word_width(" ", size)
        words = text.split(" ")
        return sum(self.word_width(w, size) for w in words) + space * (len(words) - 1)


#: Names of the shipped fonts as reportlab TrueType fonts (the poster registers these).
TRUETYPE_NAMES = ("MapStudio-DejaVuSans", "MapStudio-DejaVuSans-Bold")


@cache
def truetype_font(bold: bool = False):  # -> reportlab.pdfbase.ttfonts.TTFont
    """The font parsed once per process for the PDF writer (metrics here do not need it)."""
    from reportlab.pdfbase.ttfonts import TTFont

    return TTFont(TRUETYPE_NAMES[bold], str(font_path(bold)))


def _mapped(path: Path) -> bytes | mmap.mmap:
    """The font file mapped, not read: widths need a few of its tables (about 60 KB of 760 KB),
    and reading it whole copied every page into a fresh buffer at start-up (about 400 page
    faults a face, which cost more than the reading on a virtual machine)."""
    with open(path, "rb") as file:
        try:
            return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # a file system that cannot map (or an empty file)
            return file.read()


_METRICS: dict[bool, FontMetrics] = {}


def metrics(bold: bool = False) -> FontMetrics:
    """Each face's metrics, built once (keyed by the face: ``functools.cache`` keyed the
    calls ``metrics()``, ``metrics(False)`` and ``metrics(bold=False)`` apart and built the
    regular face twice)."""
    face = _METRICS.get(bool(bold))
    if face is None:
        face = _METRICS[bool(bold)] = FontMetrics(bold)
    return face


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Greedy word wrap; explicit newlines kept; words wider than a line are broken."""
    fm = metrics(bold)
    unit = fm.unit_width
    space = unit(" ") * size / 1000.0
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line: list[str] = []
        line_w = 0.0
        for word in paragraph.split(" "):
            if not word:
                continue
            ww = unit(word) * size / 1000.0  # the same arithmetic as word_width
            if ww > width:  # a long URL or code: break it by characters
                if line:
                    lines.append(" ".join(line))
                pieces = _break_word(word, width, size, fm)
                lines.extend(pieces[:-1])
                line, line_w = [pieces[-1]], fm.word_width(pieces[-1], size)
                continue
            if not line:
                line, line_w = [word], ww
            elif line_w + space + ww <= width:
                line.append(word)
                line_w = line_w + space + ww
            else:
                lines.append(" ".join(line))
                line, line_w = [word], ww
        lines.append(" ".join(line))
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    return lines


def _break_word(word: str, width: float, size: float, fm: FontMetrics) -> list[str]:
    pieces, current = [], ""
    for ch in word:
        if current and fm.word_width(current + ch, size) > width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    pieces.append(current)
    return pieces


@lru_cache(maxsize=100_000)
def fit(
    text: str, width: float, max_lines: int, size: float, min_size: float, bold: bool = False
) -> FittedText:
    """Wrap ``text`` into ``width``, shrinking from ``size`` down to ``min_size`` so that it
    fits in the height of ``max_lines`` lines at ``size``; past that, cut it with an ellipsis.
    """
    max_height = max_lines * size * LINE_SPACING
    # Every line holds at most ``width``, so the words' total width bounds the line count from
    # below: sizes where even that bound is too many lines are skipped without wrapping.
    unit = metrics(bold).unit_width
    total = sum(map(unit, text.split())) / 1000.0
    limit = width * (1 + 1e-6)
    if total * size <= max_lines * limit:
        lines = wrap(text, width, size, bold)
        if len(lines) <= max_lines:
            return FittedText(tuple(lines), size, False)
    current = size
    while current - 0.5 >= min_size - 1e-9:
        current = round(current - 0.5, 2)
        allowed = int(max_height // (current * LINE_SPACING))
        if total * current > allowed * limit:
            continue
        lines = wrap(text, width, current, bold)
        if len(lines) <= allowed:
            return FittedText(tuple(lines), current, False)
    allowed = max(1, int(max_height // (min_size * LINE_SPACING)))
    lines = wrap(text, width, min_size, bold)
    kept = lines[:allowed]
    kept[-1] = ellipsize(kept[-1], width, min_size, bold)
    return FittedText(tuple(kept), min_size, True)


def ellipsize(line: str, width: float, size: float, bold: bool = False) -> str:
    """``line`` shortened so that it ends with an ellipsis and fits ``width``."""
    fm = metrics(bold)
    candidate = line.rstrip()
    while candidate and fm.width(candidate + ELLIPSIS, size) > width:
        candidate = candidate[:-1].rstrip()
    return candidate + ELLIPSIS


# --- header texts: one rule for screen, images and paper -----------------------------------
def stage_name_fit(name: str, width: float, size: float) -> FittedText:
    """A stage's name in its header: one line at ``size`` (shrinking to 9), else two lines
    at 9 down to 8, whole; cut only past that."""
    fitted = fit(name, width, 1, size, 9.0, True)
    if fitted.truncated:
        fitted = fit(name, width, 2, 9.0, 8.0, True)
    return fitted


def lane_title_fit(title: str, width: float, size: float, max_lines: int = 3) -> FittedText:
    """A lane's title in its header: up to ``max_lines`` lines, shrinking from ``size`` to 8."""
    return fit(title, width, max_lines, size, 8.0, True)


def map_title_fit(title: str, width: float, size: float = 12.0) -> FittedText:
    """The map's title in the corner above the lane headers: up to three lines, shrinking
    from ``size`` to 8."""
    return fit(title, width, 3, size, 8.0, True)
