"""The ToUnicode map of an embedded font, written as the PDF format requires.

reportlab writes each character of a font subset as ``<code> <%04X>``: a character above
U+FFFF (an emoji, a rare CJK ideograph) comes out as five or six hex digits, which PDF readers
misread, so copying or searching the text gives a wrong character. PDF wants UTF-16BE there:
a surrogate pair for those (U+1F600 is ``<D83DDE00>``). The rest of the map is reportlab's.

A character the font has no glyph for (most emoji: DejaVu Sans has the smileys of U+1F600 but
no 🎉 or 🚀) was given code 0 by reportlab, shared by all of them and mapped to nothing: it
printed as the font's empty box and copied as nothing. ``GlyphsOrBox`` gives each such
character its own code in the subset, drawn with that box (the font's missing-glyph mark, a
clearly visible rectangle) and mapped to the character itself, so copying and searching give
the emoji. Its width is the box's, the very width textfit measured the text with.
"""

from __future__ import annotations

import unicodedata

from reportlab.pdfbase import ttfonts

# Characters that print nothing (control and format characters such as the zero-width joiner
# of emoji sequences, combining marks such as the emoji variation selector): no box for them.
_INVISIBLE = ("Cc", "Cf", "Cs", "Mn", "Me", "Zl", "Zp")


class GlyphsOrBox(dict):
    """A font's character-to-glyph map in which a visible character it lacks maps to glyph 0
    (the missing-glyph box) instead of being left out. Iterating gives the font's own
    characters only."""

    def __contains__(self, code: object) -> bool:
        if dict.__contains__(self, code):
            return True
        return isinstance(code, int) and _boxed(code)

    def __missing__(self, code: int) -> int:
        if _boxed(code):
            return 0
        raise KeyError(code)


def _boxed(code: int) -> bool:
    if not 0x20 < code <= 0x10FFFF:
        return False
    if code & 0xFFFE == 0xFFFE or 0xFDD0 <= code <= 0xFDEF:  # noncharacters: never text
        return False
    # an emoji newer than this Python's Unicode tables is unassigned here, and still boxed
    return unicodedata.category(chr(code)) not in _INVISIBLE


def box_missing_glyphs(font: ttfonts.TTFont) -> None:
    """Let ``font`` print a visible character it has no glyph for as its box, copying as the
    character (see ``GlyphsOrBox``)."""
    face = font.face
    if not isinstance(face.charToGlyph, GlyphsOrBox):
        face.charToGlyph = GlyphsOrBox(face.charToGlyph)


def utf16_hex(code_point: int) -> str:
    """The UTF-16BE code units of one character, in hex, as a ToUnicode entry writes them."""
    return chr(code_point).encode("utf-16-be", "surrogatepass").hex().upper()


def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16_hex(v)}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(cmap)


def install() -> None:
    """Make reportlab's TrueType embedding use this map (it looks the function up by name)."""
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
