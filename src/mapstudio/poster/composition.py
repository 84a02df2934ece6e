"""The poster as a whole: its parts (grid, title block, legend), the arrangement of them that
best uses the paper, the sheets it takes, how full they are, and what had to be cut.

``build_poster`` measures once; ``plan_pages`` chooses the arrangement for given paper options
(and moves legend sections off the seams of tiled sheets), so the dialog can re-plan as the user
changes options without measuring the map again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mapstudio.core.model import JourneyMap, LaneKind
from mapstudio.layout import MapGeometry, MapIndex, compute_geometry
from mapstudio.layout.source import for_export
from mapstudio.poster.arrangement import PAD, Arrangement, arrangements, off_the_cuts
from mapstudio.poster.paper import OptionError
from mapstudio.poster.poster_blocks import COLUMN, Legend, TitleBlock
from mapstudio.poster.poster_map import curve_key, grid_cuts
from mapstudio.poster.texts import QCoreApplication
from mapstudio.poster.tiling import PagePlan, PosterOptions, Tile, plan
from mapstudio.records import replace
from mapstudio.text.translate import TranslationContext

Export = TranslationContext("Export")  # counted messages, extracted with plural forms
READABLE = 6.0  # points: smaller text on a poster is not read, even up close
BETTER = 1.03  # another arrangement must print this much larger to replace the stacked one
BLANK_NAMED = 8  # nearly blank sheets named by number in the summary; more end with "…"
Box = tuple[float, float, float, float]  # x, y, w, h


@dataclass
class Poster:
    """The poster's parts, and the arrangement in use (in layout units, y down)."""

    map: JourneyMap
    index: MapIndex
    geo: MapGeometry
    smallest_card_text: float
    arrangements: list[Arrangement]
    arrangement: Arrangement
    card_warnings: list[str] = field(default_factory=list)
    key_warnings: list[str] = field(default_factory=list)
    # with --comments: the first note number of each commented card, stage or lane
    notes: dict[str, int] = field(default_factory=dict)

    @property
    def width(self) -> float:
        return self.arrangement.width

    @property
    def height(self) -> float:
        return self.arrangement.height

    @property
    def title(self) -> TitleBlock:
        return self.arrangement.title

    @property
    def legend(self) -> Legend:
        return self.arrangement.legend

    @property
    def map_x(self) -> float:
        return self.arrangement.map_x

    @property
    def map_y(self) -> float:
        return self.arrangement.map_y

    @property
    def legend_x(self) -> float:
        return self.arrangement.legend_x

    @property
    def legend_y(self) -> float:
        return self.arrangement.legend_y

    @property
    def warnings(self) -> list[str]:
        """One sentence per text printed cut, in the arrangement in use."""
        return self.card_warnings + self.title.cuts + self.key_warnings + self.legend.cuts

    def content(self) -> list[Box]:
        """Where there is ink: the title block, the grid, the legend's columns."""
        a = self.arrangement
        boxes = [
            (a.title_x, a.title_y, a.title.width, a.title.height),
            (a.map_x, a.map_y, self.geo.width, self.geo.height),
        ]
        for x, y, sec in a.legend.placed:
            boxes.append((a.legend_x + x, a.legend_y + y, COLUMN, sec.height))
        return boxes


def build_poster(m: JourneyMap, file_name: str = "") -> Poster:
    m = for_export(m)
    index = MapIndex(m)
    geo = compute_geometry(index)
    sizes = [
        b.text.size
        for (_, lane), cell in geo.cells.items()
        if not geo.row(lane).collapsed
        for b in cell.boxes
    ]
    smallest = min(sizes, default=geo.style.font_size)
    found = arrangements(m, geo, file_name)
    poster = Poster(m, index, geo, smallest, found, found[0])
    poster.card_warnings = truncation_warnings(poster)
    poster.key_warnings = grid_cuts(index, geo) + lane_key_cuts(poster)
    return poster


# --- sheets ----------------------------------------------------------------------------------------
def plan_pages(poster: Poster, options: PosterOptions) -> PagePlan:
    """The sheets for ``poster``, in whichever arrangement prints it largest (one sheet, or tiled
    to a paper size) or on the fewest sheets (tiled at a scale); ``poster`` takes that
    arrangement. Tiled, no legend section lies across a seam between two sheets, and a sheet
    that would print nothing is left out."""
    scored = []
    for rank, a in enumerate(poster.arrangements):
        a, pages = _settle(poster, a, options)
        cut = -_seams_through_blocks(a, pages)  # an arrangement that cuts no block comes first
        if options.tile and options.poster_paper is None:
            score = (cut, -len(pages.tiles), -rank)
        else:
            boost = 1.0 if rank == 0 else 1 / BETTER
            score = (cut, pages.scale * boost, -len(pages.tiles), -rank)
        scored.append((score, a, pages))
    _, poster.arrangement, pages = max(scored, key=lambda t: t[0])
    return pages


def _settle(poster: Poster, a: Arrangement, options: PosterOptions) -> tuple[Arrangement, PagePlan]:
    """``a`` and its sheets, with the legend moved off the seams and blank sheets left out."""
    pages = _plan(poster, a, options)
    if not pages.tiled:
        return a, pages
    floor = a.map_y + poster.geo.height + PAD  # the grid's bottom border
    for _ in range(3):  # moving a section can add a row of sheets, with seams of its own
        band = pages.overlap / pages.scale
        seams_x = [t.x0 + band for t in pages.tiles if t.row == 0][1:]
        seams_y = [t.y0 + band for t in pages.tiles if t.column == 0][1:]
        moved = off_the_cuts(a, seams_x, seams_y, floor)
        if moved == a:
            break
        a = moved
        turn = "landscape" if pages.paper.landscape else "portrait"
        same = replace(
            options, scale=pages.scale, min_text=None, poster_paper=None, orientation=turn
        )
        pages = _plan(poster, a, same)
    kept = poster.arrangement
    poster.arrangement = a
    band = pages.overlap / pages.scale
    inked = tuple(t for t in pages.tiles if _ink(poster, _visible(t, band)))
    poster.arrangement = kept
    if inked and len(inked) < len(pages.tiles):
        pages = replace(pages, tiles=inked)
    return a, pages


def _seams_through_blocks(a: Arrangement, pages: PagePlan) -> int:
    """How many seams between sheets run through the title block or a legend section (a
    title block on top spans the poster's width: only a horizontal seam counts there)."""
    if not pages.tiled:
        return 0
    band = pages.overlap / pages.scale
    xs = [t.x0 + band for t in pages.tiles if t.row == 0][1:]
    ys = [t.y0 + band for t in pages.tiles if t.column == 0][1:]
    boxes = [(a.legend_x + x, a.legend_y + y, COLUMN, sec.height) for x, y, sec in a.legend.placed]
    title = (a.title_x, a.title_y, a.title.width, a.title.height)
    found = 0
    if a.title_x > PAD:
        boxes.append(title)
    else:
        found = sum(1 for y in ys if title[1] < y < title[1] + title[3])
    for x0, y0, w, h in boxes:
        found += sum(1 for x in xs if x0 < x < x0 + w) + sum(1 for y in ys if y0 < y < y0 + h)
    return found


def _plan(poster: Poster, a: Arrangement, options: PosterOptions) -> PagePlan:
    # the blank border may fall off the last row and column of sheets
    return plan(options, a.width, a.height, poster.smallest_card_text, PAD - 4)


def sheet_fill(poster: Poster, pages: PagePlan) -> list[float]:
    """Per sheet, the share of its printable area (as seen once trimmed) that holds ink."""
    s = pages.scale
    ax, ay, aw, ah = pages.area
    if not pages.tiled:
        ink = sum(w * h for _, _, w, h in poster.content()) * s * s
        return [min(1.0, ink / (aw * ah))]
    band = pages.overlap / s
    shares = []
    for t in pages.tiles:
        seen = _visible(t, band)
        area = seen[2] * seen[3]
        shares.append(min(1.0, _ink(poster, seen) / area) if area > 0 else 0.0)
    return shares


def _visible(t: Tile, band: float) -> Box:
    """The part of a sheet seen once trimmed: its left and upper bands lie under neighbours."""
    x0 = t.x0 + (band if t.column else 0.0)
    y0 = t.y0 + (band if t.row else 0.0)
    return x0, y0, t.x0 + t.width - x0, t.y0 + t.height - y0


def _ink(poster: Poster, region: Box) -> float:
    return sum(_overlap(box, region) for box in poster.content())


def _overlap(a: Box, b: Box) -> float:
    w = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    h = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def fill_summary(poster: Poster, pages: PagePlan) -> str:
    return describe_fill(sheet_fill(poster, pages), pages.tiled)


def describe_fill(shares: list[float], tiled: bool) -> str:
    """ "72 % of the paper is used" (and which sheets are nearly blank, by their numbers, so
    that they can be left unprinted), in the language of whoever reads it (the command line's,
    not the map's). ``shares`` are per sheet, in the sheets' order (sheet 1 first)."""
    total = sum(shares) / len(shares)
    text = QCoreApplication.translate("Export", "%1 % of the paper is used").replace(
        "%1", f"{total * 100:.0f}"
    )
    blank = [str(number) for number, share in enumerate(shares, 1) if share < 0.1]
    if tiled and blank:
        named = ", ".join(blank[:BLANK_NAMED]) + (", …" if len(blank) > BLANK_NAMED else "")
        more = Export.tr("%Ln sheet(s) nearly blank: %1", "", len(blank)).replace("%1", named)
        text = f"{text} ({more})"
    return text


def readable_plan(poster: Poster, options: PosterOptions, pages: PagePlan) -> PagePlan | None:
    """When ``pages`` print text below READABLE points: the sheets of the same paper that
    would print it at READABLE points (None when the text is readable or no tiling fits).
    The poster keeps the arrangement of ``pages``."""
    if pages.smallest_text >= READABLE - 0.05:
        return None
    kept = poster.arrangement
    tiled = replace(options, tile=True, min_text=READABLE, scale=None, poster_paper=None)
    try:
        return plan_pages(poster, tiled)
    except OptionError:
        return None
    finally:
        poster.arrangement = kept


def readability_warning(pages: PagePlan, suggested: PagePlan | None) -> str:
    """One sentence: the text is too small to read, and how many sheets would make it readable."""
    if suggested is None:
        return ""
    text = QCoreApplication.translate(
        "Export",
        "The smallest text is %1 pt, too small to read. Tiled with text of at least %2 pt, "
        "the poster takes %3.",
    )
    text = text.replace("%1", f"{pages.smallest_text:.1f}").replace("%2", f"{READABLE:g}")
    return text.replace("%3", suggested.sheets_text())


# --- cuts ------------------------------------------------------------------------------------------
def truncation_warnings(p: Poster) -> list[str]:
    """One line per card whose text was cut with an ellipsis to fit its card."""
    stages = {s.id: s.name for s in p.map.stages}
    lanes = {lane.id: lane.title for lane in p.map.lanes}
    found = []
    template = QCoreApplication.translate(
        "Export", 'Card "%1" (%2 / %3) is too long to print whole: it ends with "…".'
    )
    for (stage, lane), cell in p.geo.cells.items():
        for b in cell.boxes:
            if b.text.truncated:
                start = " ".join(b.text.lines[0].split()[:6]) if b.text.lines else ""
                found.append(
                    template.replace("%1", start)
                    .replace("%2", stages[stage])
                    .replace("%3", lanes[lane])
                )
    return found


def lane_key_cuts(p: Poster) -> list[str]:
    """One line per persona an emotions lane's header could not name whole."""
    template = QCoreApplication.translate(
        "Export",
        'Persona "%1" does not fit in the header of the lane "%2": the legend names it whole.',
    )
    found = []
    for row in p.geo.rows:
        if row.kind is LaneKind.EMOTIONS and not row.collapsed:
            title = next(lane.title for lane in p.map.lanes if lane.id == row.lane)
            for name in curve_key(p.index, p.geo, row).cut:
                found.append(template.replace("%1", name).replace("%2", title))
    return found


__all__ = ["READABLE", "Poster", "Tile", "build_poster", "plan_pages"]
