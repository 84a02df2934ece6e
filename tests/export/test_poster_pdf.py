"""Posters read back: pages, sizes, fonts, text, warnings, atomic writes."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from sample_maps import LONG_TEXT, MARKUP_TEXT

from conftest import pdftotext, word_boxes
from mapstudio.poster.paper import parse_paper
from mapstudio.poster.poster_pdf import ExportCancelled, export_pdf
from mapstudio.poster.tiling import PosterOptions


def _sizes(data: bytes) -> list[tuple[float, float]]:
    reader = PdfReader(io.BytesIO(data))
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]


def _same(size, paper) -> bool:
    return sorted(size) == pytest.approx(sorted((paper.width, paper.height)), abs=0.01)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def test_fit_on_one_a1_sheet(fit_a1):
    sizes = _sizes(fit_a1.data)
    assert len(sizes) == 1 and _same(sizes[0], parse_paper("A1"))
    assert fit_a1.plan.pages == 1 and not fit_a1.plan.tiled


def test_tiled_on_a4_with_an_assembly_page(tiled_a4, tmp_path):
    plan = tiled_a4.plan
    sizes = _sizes(tiled_a4.data)
    assert len(sizes) == plan.pages == 1 + len(plan.tiles) > 2  # no sheet for a blank corner
    a4 = parse_paper("A4")
    assert all(_same(s, a4) for s in sizes)
    assert "Assembly plan" in pdftotext(tiled_a4.data, tmp_path, 1)
    second = pdftotext(tiled_a4.data, tmp_path, 3)
    assert f"Sheet 2 of {len(plan.tiles)} · row 1, column 2" in second
    assert "✂" in second  # where to trim it to lie over sheet 1
    assert "✂" not in pdftotext(tiled_a4.data, tmp_path, 2)  # the first sheet is not trimmed
    assert f"page 3 of {plan.pages}" in second


def test_sheets_are_named_by_number_never_like_a_paper_size(tiled_a4, tmp_path):
    """A grid name such as "A1" or "C2" on a sheet of A4 paper reads as a paper size: the
    sheets are numbered in reading order, on the assembly plan and on each sheet's footer."""
    plan = tiled_a4.plan
    _, _, plan_words = word_boxes(tiled_a4.data, tmp_path)[0]
    # the grid's badges: the 8 pt numbers (the text above is larger, the footer smaller)
    badges = sorted(
        (y0, x0, w) for x0, y0, _, y1, w in plan_words if w.isdigit() and abs(y1 - y0 - 8) < 0.2
    )
    assert [w for *_, w in badges] == [str(n) for n in range(1, len(plan.tiles) + 1)]
    assert {w for *_, w in plan_words if re.fullmatch(r"[A-Z]{1,2}\d+", w)} <= {"A4"}
    for page, tile in enumerate(plan.tiles, start=2):
        footer = pdftotext(tiled_a4.data, tmp_path, page)
        assert f"Sheet {page - 1} of {len(plan.tiles)} · row {tile.row + 1}, column " in footer
        assert f"column {tile.column + 1}" in footer
        assert not re.search(r"\b[A-Z]{1,2}\d+:", footer)  # no "B3:" grid names


def test_fonts_are_embedded_truetype_subsets(fit_a1):
    reader = PdfReader(io.BytesIO(fit_a1.data))
    fonts = {}
    for page in reader.pages:
        for form in page["/Resources"]["/XObject"].values():
            for name, font in form.get_object()["/Resources"]["/Font"].items():
                fonts[name] = font.get_object()
    assert fonts
    for font in fonts.values():
        assert font["/Subtype"] == "/TrueType"
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
        assert "DejaVuSans" in font["/BaseFont"]


def test_every_card_text_is_printed(rich, fit_a1, tmp_path):
    text = pdftotext(fit_a1.data, tmp_path)
    printed = set(_words(text))
    hidden = {lane.id for lane in rich.lanes if lane.collapsed}
    for card in rich.cards:
        if card.lane in hidden or card.text == LONG_TEXT:
            continue
        missing = [w for w in _words(card.text) if w not in printed]
        assert not missing, (card.text, missing)
    for word in [
        "Découverte",
        "Considération",
        "Émotions",
        "Léa",
        "Jérôme",
        "Équipe",
        "Opportunités",
    ]:
        assert word in printed


def test_markup_prints_literally(fit_a1, tmp_path):
    text = " ".join(pdftotext(fit_a1.data, tmp_path).split())
    assert "<b>barré</b>" in text
    assert "&amp;" in text
    assert MARKUP_TEXT.split()[0] in text


def test_overlong_card_warns_and_ends_with_an_ellipsis(fit_a1, tmp_path):
    assert len(fit_a1.warnings) == 1
    assert "Une friction très longue" in fit_a1.warnings[0]
    text = pdftotext(fit_a1.data, tmp_path)
    assert "…" in text


def test_title_block_and_legend_are_printed(fit_a1, tmp_path):
    text = pdftotext(fit_a1.data, tmp_path)
    for expected in [
        "Achat d'un smartphone",
        "Équipe Expérience",
        "1 February 2026",
        "riche.journey.json",
        "Legend",
        "FRICTION SEVERITY",
        "critical",
        "Léa, 34 ans, to be",
        "Physical store",
    ]:
        assert expected in text, expected


def test_readable_tiling_reaches_the_minimum_text_size(rich):
    from mapstudio.poster.poster_pdf import render_pdf

    result = render_pdf(rich, PosterOptions(paper="A3", tile=True, min_text=12))
    assert result.plan.smallest_text == pytest.approx(12)
    assert result.plan.scale > 1


def test_cancel_leaves_no_file(rich, tmp_path):
    out = tmp_path / "cancelled.pdf"
    calls = []

    def progress(done, total):
        calls.append((done, total))

    with pytest.raises(ExportCancelled):
        export_pdf(rich, out, PosterOptions(), progress=progress, cancel=lambda: len(calls) >= 1)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_export_writes_the_file_whole(rich, tmp_path):
    out = tmp_path / "poster.pdf"
    seen = []
    result = export_pdf(
        rich, out, PosterOptions(paper="A2"), progress=lambda d, t: seen.append((d, t))
    )
    assert out.read_bytes() == result.data and out.read_bytes().startswith(b"%PDF")
    assert seen[-1][0] == seen[-1][1]


def test_escapes_and_other_scripts_print_literally(rich, tmp_path):
    from mapstudio.core.model import Card
    from mapstudio.poster.poster_pdf import render_pdf

    m = rich.model_copy(deep=True)
    odd = r"Back\slash (paren) ((x)) \) Ωμέγα Привет €5"
    m.cards.append(Card(id="odd", stage="s0", lane="actions", order=9, text=odd))
    text = " ".join(pdftotext(render_pdf(m, PosterOptions()).data, tmp_path).split())
    assert odd in text


@pytest.mark.parametrize("scale", ["-2..+2", "-3..+3", "1..5", "0..5"])
def test_every_emotion_scale_prints_its_ticks(scale, tmp_path):
    from mapstudio.core.model import (
        EmotionPoint,
        EmotionScale,
        JourneyMap,
        Lane,
        LaneKind,
        Persona,
        Stage,
    )
    from mapstudio.poster.poster_pdf import render_pdf

    sc = EmotionScale(scale)
    low, high = sc.bounds
    m = JourneyMap(
        id="m",
        title="Échelle",
        emotion_scale=sc,
        personas=[Persona(id="p", name="Zoé")],
        stages=[Stage(id=f"s{i}", name=f"Étape {i}", order=i) for i in range(3)],
        lanes=[Lane(id="e", kind=LaneKind.EMOTIONS, title="Émotions")],
        emotion_points=[
            EmotionPoint(id=f"e{i}", stage=f"s{i}", persona="p", score=v, label=f"point {v}")
            for i, v in enumerate((low, high, low))
        ],
    )
    text = pdftotext(render_pdf(m, PosterOptions()).data, tmp_path)
    assert f"point {low}" in text and f"point {high}" in text
    ticks = [f"+{high}" if low < 0 else str(high), str(low)]
    assert all(t in text.split() for t in ticks)


def test_poster_speaks_the_map_language_not_the_interface_language(qapp, rich, tmp_path):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from mapstudio.poster.poster_pdf import render_pdf
    from mapstudio.resources import resource_path

    translator = QTranslator()  # a French interface...
    assert translator.load(str(resource_path("translations", "mapstudio_fr.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        english = render_pdf(
            rich.model_copy(update={"language": "en"}), PosterOptions(paper="A3", tile=True)
        ).data
        french = render_pdf(
            rich.model_copy(update={"language": "fr"}), PosterOptions(paper="A3", tile=True)
        ).data
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "Assembly plan" in pdftotext(english, tmp_path, 1)  # ...prints an English map in English
    first = pdftotext(french, tmp_path, 1)
    assert "Plan d’assemblage" in first
    text = pdftotext(french, tmp_path)
    assert "LÉGENDE" in text.upper() and "Magasin physique" in text


def test_posters_with_pictures_drawn_on_two_threads_at_once_both_succeed():
    """The export dialog draws its preview on one thread while an export runs on another:
    the pictures' readers must not be shared between them."""
    import threading
    from pathlib import Path

    from mapstudio.files import read_map
    from mapstudio.poster.poster_pdf import render_pdf

    examples = Path(__file__).resolve().parents[2] / "resources" / "examples"
    journey = read_map(examples / "cosmetics-en.journey.json")  # storyboard pictures, photos
    assert any(c.image is not None for c in journey.cards)
    results: list[object] = []
    errors: list[BaseException] = []

    def draw() -> None:
        try:
            for _ in range(3):
                results.append(render_pdf(journey, PosterOptions(paper="A2")))
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=draw) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == [] and len(results) == 6
