"""Advance widths straight from a TrueType file's tables (no Qt, no reportlab).

textfit needs only the width of each character. reportlab's ``TTFontFile`` gives the same
numbers but parses the whole font (about 30 ms per face, plus importing reportlab), which sat
on the path to the first painted window. This reads just ``head``, ``hhea``, ``maxp``,
``cmap`` (formats 4 and 12) and ``hmtx``, choosing the cmap subtable and scaling to 1/1000 em
exactly as reportlab does, so both give identical widths (a test compares them).

``FontWidths`` answers one character at a time, by a binary search in the cmap's segments: a
map's text uses a few hundred of the font's 6,000 characters, and building the whole table for
both faces cost about 1 % of the start-up to the first painted map.
"""

from __future__ import annotations

import struct
import sys
from array import array
from bisect import bisect_left

SPACE, NO_BREAK_SPACE = 0x20, 0xA0


class FontWidths:
    """A font's advance width for any code point, in 1/1000 em, read on demand from the file's
    bytes or its memory map (both are read with ``struct`` and slicing)."""

    def __init__(self, data: bytes) -> None:
        tables = _table_directory(data)
        if not {"head", "hhea", "maxp", "cmap", "hmtx"} <= tables.keys():
            raise ValueError("a TrueType table is missing")
        units_per_em = struct.unpack_from(">H", data, tables["head"] + 18)[0]
        n_hmetrics = struct.unpack_from(">H", data, tables["hhea"] + 34)[0]
        self.n_glyphs = struct.unpack_from(">H", data, tables["maxp"] + 4)[0]
        self.cmap = _cmap(data, tables["cmap"])
        if self.cmap is None or n_hmetrics == 0:
            raise ValueError("no cmap subtable this reader handles")
        advances = _ushorts(data, tables["hmtx"], 2 * n_hmetrics)[0::2]
        if units_per_em == 1000:
            self.scaled: list[float] = list(advances)
        else:
            mult = 1000 / units_per_em  # the same arithmetic as reportlab: x * (1000 / upem)
            self.scaled = [a * mult for a in advances]
        self.default = self.scaled[0]

    def width(self, char: int) -> float | None:
        """The advance width of ``char``, or None when the font has no glyph for it (reportlab
        then uses the default width). As in reportlab, a no-break space is as wide as the space
        when the font has a space, and the space as wide as the no-break space otherwise."""
        if char == NO_BREAK_SPACE and self.cmap.glyph(SPACE) is not None:
            char = SPACE
        found = self._glyph_width(char)
        if found is None and char == SPACE:
            found = self._glyph_width(NO_BREAK_SPACE)
        return found

    def _glyph_width(self, char: int) -> float | None:
        glyph = self.cmap.glyph(char)
        if glyph is None:
            return None
        if glyph < len(self.scaled):
            return self.scaled[glyph]
        return self.scaled[-1] if glyph < self.n_glyphs else None

    def chars(self) -> list[int]:
        """Every code point the cmap names (for the whole table)."""
        return self.cmap.chars()


def read_widths(data: bytes) -> tuple[dict[int, float], float] | None:
    """``(widths by code point, default width)`` in 1/1000 em, the whole table as reportlab's
    ``TTFontFile.charWidths``, or None for a font this reader does not handle."""
    try:
        font = FontWidths(data)
    except ValueError:
        return None
    widths = {}
    for char in [*font.chars(), SPACE, NO_BREAK_SPACE]:
        width = font.width(char)
        if width is not None:
            widths[char] = width
    return widths, font.default


def _table_directory(data: bytes) -> dict[str, int]:
    count = struct.unpack_from(">H", data, 4)[0]
    tables = {}
    for i in range(count):
        tag, _, offset, _ = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        tables[tag.decode("latin-1")] = offset
    return tables


def _ushorts(data: bytes, offset: int, count: int) -> array:
    values = array("H", data[offset : offset + 2 * count])
    if sys.byteorder == "little":
        values.byteswap()
    return values


class _Format4:
    """A format-4 cmap subtable (segments of the Basic Multilingual Plane)."""

    def __init__(self, data: bytes, start: int) -> None:
        self.data = data
        self.limit = start + struct.unpack_from(">H", data, start + 2)[0]
        seg_count = struct.unpack_from(">H", data, start + 6)[0] // 2
        self.ends = _ushorts(data, start + 14, seg_count)
        self.starts = _ushorts(data, start + 16 + 2 * seg_count, seg_count)
        self.deltas = _ushorts(data, start + 16 + 4 * seg_count, seg_count)
        self.range_base = start + 16 + 6 * seg_count
        self.range_offsets = _ushorts(data, self.range_base, seg_count)

    def glyph(self, char: int) -> int | None:
        n = bisect_left(self.ends, char)
        if n == len(self.ends) or char < self.starts[n]:
            return None
        delta, range_offset = self.deltas[n], self.range_offsets[n]
        if range_offset == 0:
            return (char + delta) & 0xFFFF
        at = self.range_base + 2 * n + (char - self.starts[n]) * 2 + range_offset
        glyph = 0 if at >= self.limit else struct.unpack_from(">H", self.data, at)[0]
        return (glyph + delta) & 0xFFFF if glyph else 0

    def chars(self) -> list[int]:
        return [
            c
            for first, end in zip(self.starts, self.ends, strict=True)
            for c in range(first, end + 1)
        ]


class _Format12:
    """A format-12 cmap subtable (groups over all of Unicode)."""

    def __init__(self, data: bytes, start: int) -> None:
        groups = struct.unpack_from(">I", data, start + 12)[0]
        found = [struct.unpack_from(">III", data, start + 16 + 12 * i) for i in range(groups)]
        self.firsts = [g[0] for g in found]
        self.lasts = [g[1] for g in found]
        self.glyphs = [g[2] for g in found]

    def glyph(self, char: int) -> int | None:
        n = bisect_left(self.lasts, char)
        if n == len(self.lasts) or char < self.firsts[n]:
            return None
        return self.glyphs[n] + char - self.firsts[n]

    def chars(self) -> list[int]:
        return [
            c
            for first, last in zip(self.firsts, self.lasts, strict=True)
            for c in range(first, last + 1)
        ]


def _cmap(data: bytes, base: int) -> _Format4 | _Format12 | None:
    version, count = struct.unpack_from(">HH", data, base)
    if count == 0 and version != 0:
        count = version
    chosen, enc = None, 0
    for i in range(count):  # the same preference order as reportlab's TTFontFile
        platform, encoding, offset = struct.unpack_from(">HHI", data, base + 4 + 8 * i)
        if platform == 3 or (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
            enc, chosen = 1, offset
        elif platform == 1 and encoding == 0 and enc != 1:
            enc, chosen = 2, offset
    if chosen is None:
        return None
    start = base + chosen
    fmt = struct.unpack_from(">H", data, start)[0]
    if fmt == 4:
        return _Format4(data, start)
    if fmt == 12:
        return _Format12(data, start)
    return None
