"""Advance widths straight from a TrueType file's tables (no Qt, no reportlab).

textfit needs only the width of each character. reportlab's ``TTFontFile`` gives the same
numbers but parses the whole font (about 30 ms per face, plus importing reportlab), which sat
on the path to the first painted window. This reads just ``head``, ``hhea``, ``maxp``,
``cmap`` (formats 4 and 12) and ``hmtx``, choosing the cmap subtable and scaling to 1/1000 em
exactly as reportlab does, so both give identical widths (a test compares them).
"""

from __future__ import annotations

import struct
import sys
from array import array


def read_widths(data: bytes) -> tuple[dict[int, float], float] | None:
    """``(widths by code point, default width)`` in 1/1000 em, or None for a font this
    reader does not handle (another cmap format): callers then use reportlab."""
    tables = _table_directory(data)
    if not {"head", "hhea", "maxp", "cmap", "hmtx"} <= tables.keys():
        return None
    units_per_em = struct.unpack_from(">H", data, tables["head"] + 18)[0]
    n_hmetrics = struct.unpack_from(">H", data, tables["hhea"] + 34)[0]
    n_glyphs = struct.unpack_from(">H", data, tables["maxp"] + 4)[0]
    char_to_glyph = _cmap(data, tables["cmap"])
    if char_to_glyph is None or n_hmetrics == 0:
        return None
    advances = _ushorts(data, tables["hmtx"], 2 * n_hmetrics)[0::2]
    if units_per_em == 1000:
        scaled = list(advances)
    else:
        mult = 1000 / units_per_em  # the same arithmetic as reportlab: x * (1000 / upem)
        scaled = [a * mult for a in advances]
    last = scaled[-1]
    widths: dict[int, float] = {}
    for char, glyph in char_to_glyph.items():
        if glyph < n_hmetrics:
            widths[char] = scaled[glyph]
        elif glyph < n_glyphs:
            widths[char] = last
    if 0x20 in char_to_glyph:
        widths[0xA0] = widths[0x20]
    elif 0xA0 in char_to_glyph:
        widths[0x20] = widths[0xA0]
    return widths, scaled[0]


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


def _cmap(data: bytes, base: int) -> dict[int, int] | None:
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
        return _cmap_format4(data, start)
    if fmt == 12:
        return _cmap_format12(data, start)
    return None


def _cmap_format4(data: bytes, start: int) -> dict[int, int]:
    length = struct.unpack_from(">H", data, start + 2)[0]
    limit = start + length
    seg_count = struct.unpack_from(">H", data, start + 6)[0] // 2
    ends = _ushorts(data, start + 14, seg_count)
    starts = _ushorts(data, start + 16 + 2 * seg_count, seg_count)
    deltas = _ushorts(data, start + 16 + 4 * seg_count, seg_count)
    range_base = start + 16 + 6 * seg_count
    range_offsets = _ushorts(data, range_base, seg_count)
    result: dict[int, int] = {}
    for n in range(seg_count):
        delta, range_offset = deltas[n], range_offsets[n]
        first = starts[n]
        for char in range(first, ends[n] + 1):
            if range_offset == 0:
                glyph = (char + delta) & 0xFFFF
            else:
                at = range_base + 2 * n + (char - first) * 2 + range_offset
                glyph = 0 if at >= limit else struct.unpack_from(">H", data, at)[0]
                if glyph:
                    glyph = (glyph + delta) & 0xFFFF
            result[char] = glyph
    return result


def _cmap_format12(data: bytes, start: int) -> dict[int, int]:
    groups = struct.unpack_from(">I", data, start + 12)[0]
    result: dict[int, int] = {}
    for i in range(groups):
        first, last, glyph = struct.unpack_from(">III", data, start + 16 + 12 * i)
        for char in range(first, last + 1):
            result[char] = glyph + char - first
    return result
