"""Any text the model accepts exports to a valid file: control characters (a terminal's colour
codes, NUL, U+FFFE) leave the SVG well-formed XML, and an emoji in a poster copies and searches
as itself (its ToUnicode entry is the UTF-16 pair the PDF format requires)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zlib
from pathlib import Path
from xml.dom import minidom

import pytest
from tests.foundation.conftest import EXAMPLES, run_cli

from mapstudio.files import read_map

HOSTILE = "A\x01B\x1b[31mC\x00D\x7f\x0b\x0c\ufffe\uffff end"


def hostile_map(tmp_path: Path, text: str) -> Path:
    doc = json.loads((EXAMPLES / "perfume-en.journey.json").read_bytes())
    doc["cards"][0]["text"] = text
    doc["title"] = "Ti\x02tle"
    doc["personas"][0]["name"] = "Pa\x1bul"
    path = tmp_path / "hostile.journey.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert read_map(path).cards[0].text == text  # the model accepts it: exports must cope
    return path


def test_svg_of_a_map_with_control_characters_is_well_formed_xml(tmp_path):
    path = hostile_map(tmp_path, HOSTILE)
    out = tmp_path / "map.svg"
    proc = run_cli("export", str(path), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    svg = minidom.parse(str(out))  # expat refuses any character XML cannot hold
    assert svg.getElementsByTagName("title")[0].firstChild.data == "Title"
    texts = " ".join(
        node.firstChild.data for node in svg.getElementsByTagName("text") if node.firstChild
    )
    assert "AB[31mCD" in texts.replace(" ", "").replace("\x7f", "")
    assert read_map(path).cards[0].text == HOSTILE  # the map itself keeps its text


def tounicode_entries(pdf: bytes) -> list[tuple[str, str]]:
    entries = []
    for stream in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        try:
            data = zlib.decompress(stream.group(1))
        except zlib.error:
            continue
        for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
            entries += re.findall(r"<([0-9A-F]+)> <([0-9A-F]+)>", block.decode("latin-1"))
    return entries


def test_emoji_in_a_poster_copy_as_themselves(tmp_path):
    path = hostile_map(tmp_path, "Great shop \U0001f600 \u263a again")
    out = tmp_path / "poster.pdf"
    proc = run_cli("export", str(path), "-o", str(out), "--paper", "A3")
    assert proc.returncode == 0, proc.stderr
    entries = tounicode_entries(out.read_bytes())
    targets = {target for _code, target in entries}
    assert "D83DDE00" in targets  # U+1F600 as its UTF-16 surrogate pair
    assert all(len(target) in (4, 8) for target in targets), sorted(targets, key=len)[-3:]
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "\U0001f600" in text and "\u263a" in text


def test_an_emoji_the_font_lacks_prints_as_a_box_and_copies_as_itself(tmp_path):
    """DejaVu Sans has no party popper nor rocket: each prints as the font's missing-glyph box
    (visible, the width the layout measured) with its own ToUnicode entry, so it copies as
    itself; the joiner and variation selector of emoji sequences print nothing."""
    from reportlab.pdfbase.pdfmetrics import getFont

    from mapstudio.poster.fonts import font_name

    text = "Party \U0001f389 rocket \U0001f680 family \U0001f468\u200d\U0001f469 love \u2764\ufe0f"
    path = hostile_map(tmp_path, text)
    out = tmp_path / "poster.pdf"
    proc = run_cli("export", str(path), "-o", str(out), "--paper", "A3")
    assert proc.returncode == 0, proc.stderr
    targets = {target for _code, target in tounicode_entries(out.read_bytes())}
    assert {"D83CDF89", "D83DDE80", "D83DDC68", "D83DDC69"} <= targets
    font = getFont(font_name())
    assert 0x1F389 not in dict(font.face.charToGlyph)  # not in the font: drawn as glyph 0
    assert font.face.charToGlyph[0x1F389] == 0 and 0x01 not in font.face.charToGlyph
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    copied = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "\U0001f389" in copied and "\U0001f680" in copied
    assert "\U0001f468" in copied and "\U0001f469" in copied
