"""Where the poster's parts go on the poster: the title block on top, the grid below it, and the
legend either under the grid (stacked) or beside it, in one or more columns.

A stacked poster suits tall paper; a landscape sheet or a short map is filled better with the
legend beside the grid. Which one prints larger (or on fewer sheets) is decided by the caller,
who knows the paper. When the poster is tiled, :func:`off_the_cuts` moves legend sections so that
none lies across the seam between two sheets.
"""

from __future__ import annotations

from mapstudio.core.model import JourneyMap
from mapstudio.layout import MapGeometry
from mapstudio.poster.poster_blocks import (
    COLUMN,
    LEGEND_GAP,
    LEGEND_TOP,
    Legend,
    LegendSection,
    TitleBlock,
    legend,
    legend_sections,
    title_block,
)
from mapstudio.records import record, replace

PAD = 28.0  # poster border around everything, in layout units
GAP = 26.0  # between title block, map and legend
MIN_WIDTH = 900.0
COLUMN_GAP = SECTION_GAP = LEGEND_GAP
SEAM_CLEARANCE = 6.0  # how far past a seam a moved legend section starts


@record
class Arrangement:
    """The parts' places in layout units (y down), and the poster's size."""

    name: str  # "stacked", "legend beside (n)" or "title and legend beside (n)"
    width: float
    height: float
    title: TitleBlock
    legend: Legend
    map_x: float
    map_y: float
    legend_x: float
    legend_y: float
    title_x: float = PAD
    title_y: float = PAD


def arrangements(m: JourneyMap, geo: MapGeometry, file_name: str) -> list[Arrangement]:
    """Every way worth trying: stacked; the legend beside the grid in 1 to 4 columns; the
    title block and the legend in a column of 2 to 4 legend columns beside the grid (only
    where the narrower title block cuts no more than the stacked one)."""
    first = stacked(m, geo, file_name)
    found = [first]
    sections = legend_sections(m)
    for columns in range(1, min(4, len(sections)) + 1):
        found.append(legend_beside(m, geo, file_name, columns))
    for columns in range(2, 5):
        side = all_beside(m, geo, file_name, columns)
        if len(side.title.cuts) <= len(first.title.cuts):
            found.append(side)
    return found


def stacked(m: JourneyMap, geo: MapGeometry, file_name: str) -> Arrangement:
    width = max(geo.width, MIN_WIDTH) + 2 * PAD
    inner = width - 2 * PAD
    tb = title_block(m, inner, file_name)
    lg = legend(m, inner)
    map_x = PAD + (inner - geo.width) / 2
    map_y = PAD + tb.height + GAP
    legend_y = map_y + geo.height + GAP
    height = legend_y + lg.height + PAD
    return Arrangement("stacked", width, height, tb, lg, map_x, map_y, PAD, legend_y)


def legend_beside(m: JourneyMap, geo: MapGeometry, file_name: str, columns: int) -> Arrangement:
    side = columns * COLUMN + (columns - 1) * COLUMN_GAP
    inner = max(geo.width + GAP + side, MIN_WIDTH)
    width = inner + 2 * PAD
    tb = title_block(m, inner, file_name)
    lg = legend(m, side)
    map_x = PAD
    map_y = PAD + tb.height + GAP
    legend_x = width - PAD - side
    height = map_y + max(geo.height, lg.height) + PAD
    return Arrangement(
        f"legend beside ({columns})", width, height, tb, lg, map_x, map_y, legend_x, map_y
    )


def all_beside(m: JourneyMap, geo: MapGeometry, file_name: str, columns: int) -> Arrangement:
    """The grid at the left, and beside it a column with the title block over the legend:
    for a tall map on wide paper, where a title block on top costs the grid its height."""
    side = columns * COLUMN + (columns - 1) * COLUMN_GAP
    tb = title_block(m, side, file_name, meta_below=True)
    lg = legend(m, side)
    side_x = PAD + geo.width + GAP
    legend_y = PAD + tb.height + GAP
    width = side_x + side + PAD
    height = PAD + max(geo.height, legend_y - PAD + lg.height) + PAD
    return Arrangement(
        f"title and legend beside ({columns})",
        width,
        height,
        tb,
        lg,
        PAD,
        PAD,
        side_x,
        legend_y,
        side_x,
        PAD,
    )


def off_the_cuts(
    a: Arrangement, seams_x: list[float], seams_y: list[float], height_floor: float
) -> Arrangement:
    """``a`` with its legend sections moved so that none lies across a seam between sheets
    (poster coordinates). The poster's height follows the legend, never less than
    ``height_floor`` (what the grid needs). A title block in a column beside the grid moves
    with that column past a seam it would straddle, when it is narrower than a sheet."""
    a = _side_column_off_the_seams(a, seams_x)
    lg = a.legend
    x_cuts = [x - a.legend_x for x in seams_x]
    y_cuts = [y - a.legend_y for y in seams_y]
    # the columns' left edges, each moved past a seam it would straddle
    lefts: list[float] = []
    x = 0.0
    while True:
        for cut in x_cuts:
            if x < cut < x + COLUMN:
                x = cut + SEAM_CLEARANCE
        if x + COLUMN > lg.width + 0.5 and lefts:
            break
        lefts.append(x)
        x += COLUMN + COLUMN_GAP
    tops = [LEGEND_TOP] * len(lefts)
    placed: list[tuple[float, float, LegendSection]] = []
    queue = [sec for _, _, sec in lg.placed]
    while queue:
        sec = queue.pop(0)
        j = min(range(len(lefts)), key=lambda i: (tops[i], i))
        y = tops[j]
        seam = next((cut for cut in sorted(y_cuts) if y - 2 < cut < y + sec.height), None)
        if seam is not None:
            # the items that fit above the seam stay in this column; the rest carry on
            room = seam - y - 18
            fits = 0
            while fits < len(sec.items) and sec.items[fits].height <= room:
                room -= sec.items[fits].height
                fits += 1
            if 0 < fits < len(sec.items):
                head = LegendSection(sec.heading, sec.items[:fits])
                queue.insert(0, LegendSection("", sec.items[fits:]))
                sec = head
            else:
                y = _below_seams(y, sec.height, y_cuts)
        placed.append((lefts[j], y, sec))
        tops[j] = y + sec.height + SECTION_GAP
    lg_height = max(tops) - SECTION_GAP + 4
    moved = replace(lg, placed=placed, height=lg_height)
    bottom = a.legend_y + lg_height + PAD
    return replace(a, legend=moved, height=max(height_floor, bottom))


def _below_seams(y: float, height: float, seams: list[float]) -> float:
    for cut in sorted(seams):
        if y - 2 < cut < y + height:
            y = cut + SEAM_CLEARANCE
    return y


def _side_column_off_the_seams(a: Arrangement, seams_x: list[float]) -> Arrangement:
    if a.title_x <= PAD or not seams_x:  # the title block is on top, as wide as the poster
        return a
    seams = sorted(seams_x)
    sheet = min((b - c for c, b in zip(seams, seams[1:], strict=False)), default=float("inf"))
    if a.title.width + SEAM_CLEARANCE >= sheet:
        return a
    shift = 0.0
    for seam in seams:
        if a.title_x + shift < seam < a.title_x + shift + a.title.width:
            shift = seam + SEAM_CLEARANCE - a.title_x
    if not shift:
        return a
    return replace(a, title_x=a.title_x + shift, legend_x=a.legend_x + shift, width=a.width + shift)
