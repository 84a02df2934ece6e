"""The ToUnicode map of an embedded font, written as the PDF format requires.

reportlab writes each character of a font subset as ``<code> <%04X>``: a character above
U+FFFF (an emoji, a rare CJK ideograph) comes out as five or six hex digits, which PDF readers
misread, so copying or searching the text gives a wrong character. PDF wants UTF-16BE there:
a surrogate pair for those (U+1F600 is ``<D83DDE00>``). The rest of the map is reportlab's.
"""

from __future__ import annotations

from reportlab.pdfbase import ttfonts


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
