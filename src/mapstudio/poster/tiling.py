"""How a poster fills paper (pure arithmetic, shared by the PDF writer and the dialog's preview).

Fit: the whole poster on one sheet, as large as the margins allow. Tile: the poster printed at
a scale (1.0 = one layout unit per point) or so that the smallest card text is at least N pt,
cut into sheets that overlap by a band printed on both neighbours.
"""

from __future__ import annotations

import math

from mapstudio.poster.paper import MM, OptionError, Paper, parse_paper
from mapstudio.poster.texts import QCoreApplication
from mapstudio.records import record, replace
from mapstudio.text.translate import TranslationContext, count_text, fill

Export = TranslationContext("Export")  # the sheets' names (lupdate reads the variable's name)

FOOTER = 16.0  # band above the bottom margin for the page's label
MAX_SHEETS = 400


@record
class PosterOptions:
    paper: str = "A1"
    orientation: str | None = None  # None: whichever suits the poster best
    tile: bool = False
    scale: float | None = None  # tile mode: points per layout unit
    min_text: float | None = None  # tile mode: smallest card text in points (wins over scale)
    overlap: float = 10 * MM
    margin: float = 10 * MM
    # tile mode: the poster is as large as it would print whole on this paper (it sets the
    # scale, so it excludes scale and min_text); orientation then turns this paper
    poster_paper: str | None = None


@record
class Tile:
    row: int
    column: int
    x0: float  # poster region shown, in layout units
    y0: float
    width: float
    height: float


@record
class PagePlan:
    paper: Paper
    scale: float
    area: tuple[float, float, float, float]  # x, y (from the page's top), w, h in points
    rows: int
    columns: int
    tiles: tuple[Tile, ...]
    tiled: bool
    smallest_text: float  # points on paper
    overlap: float = 0.0  # points shared by neighbouring sheets

    @property
    def pages(self) -> int:
        return len(self.tiles) + (1 if self.tiled else 0)

    def sheet_number(self, tile: Tile) -> int:
        """A sheet's name: its place in reading order, 1 at the top left (its page is the next
        one, after the assembly plan). A number, not a grid name such as "A1" or "C2": next to
        paper sizes, on the same sheet and in the same dialog, those read as A1 or C2 paper."""
        return self.tiles.index(tile) + 1

    def sheets_text(self) -> str:
        """ "12 sheets of A4 portrait" (1 sheet, 1,200 sheets: the count as the language writes
        it): how many sheets the poster prints on, and their paper."""
        return Export.tr("%Ln sheet(s) of %1", "", len(self.tiles)).replace(
            "%1", self.paper.describe()
        )

    def grid_text(self) -> str:
        """ "2 rows × 3 columns": how the sheets lie."""
        rows = Export.tr("%Ln row(s)", "", self.rows)
        columns = Export.tr("%Ln column(s)", "", self.columns)
        return f"{rows} × {columns}"

    def sheet_label(self, tile: Tile) -> str:
        """ "Sheet 2 of 6 · row 1, column 2": the sheet's number, and where it lies."""
        return fill(
            Export.tr("Sheet %1 of %2 · row %3, column %4"),
            self.sheet_number(tile),
            len(self.tiles),
            tile.row + 1,
            tile.column + 1,
        )


def check_options(o: PosterOptions) -> None:
    t = QCoreApplication.translate
    if o.scale is not None and not (o.scale > 0 and math.isfinite(o.scale)):
        raise OptionError(t("Export", "The scale must be a number above 0."))
    if o.min_text is not None and not (0 < o.min_text <= 200):
        raise OptionError(t("Export", "The smallest text size must be between 0 and 200 pt."))
    if o.margin < 0 or o.overlap < 0:
        raise OptionError(t("Export", "Margins and overlap cannot be negative."))
    if o.poster_paper is not None and (o.min_text is not None or o.scale is not None):
        raise OptionError(
            t(
                "Export",
                "--paper sets the size of a tiled poster: give it, or --scale or --min-text, "
                "not both.",
            )
        )


def _area(paper: Paper, margin: float) -> tuple[float, float, float, float]:
    w = paper.width - 2 * margin
    h = paper.height - 2 * margin - FOOTER
    if w < 72 or h < 72:
        raise OptionError(
            QCoreApplication.translate(
                "Export", "The margins leave too little room on %1."
            ).replace("%1", paper.name)
        )
    return margin, margin, w, h


def plan(
    o: PosterOptions,
    poster_w: float,
    poster_h: float,
    smallest_card_text: float,
    blank_edge: float = 0.0,
) -> PagePlan:
    """The pages for a poster of ``poster_w`` x ``poster_h`` layout units. ``blank_edge``
    units of empty border at the right and bottom may fall off the last sheets (no sheet is
    printed for an empty margin alone)."""
    check_options(o)
    if o.tile and o.poster_paper is not None:
        whole = plan(
            replace(o, paper=o.poster_paper, tile=False, poster_paper=None),
            poster_w,
            poster_h,
            smallest_card_text,
            blank_edge,
        )
        o = replace(o, scale=whole.scale, poster_paper=None, orientation=None)
    base = parse_paper(o.paper)
    turns = [o.orientation] if o.orientation else ["portrait", "landscape"]
    candidates = [
        _plan_one(o, base.oriented(t), poster_w, poster_h, smallest_card_text, blank_edge)
        for t in turns
    ]
    if o.tile:
        best = min(candidates, key=lambda p: (len(p.tiles), -p.scale))
    else:
        best = max(candidates, key=lambda p: p.scale)
    if len(best.tiles) > MAX_SHEETS:
        raise OptionError(
            QCoreApplication.translate(
                "Export", "That would print %1 sheets; choose a smaller scale or larger paper."
            ).replace("%1", count_text(len(best.tiles)))
        )
    return best


def tile_scale(o: PosterOptions, smallest_card_text: float) -> float:
    if o.min_text is not None:
        return o.min_text / smallest_card_text
    return o.scale if o.scale is not None else 1.0


def _plan_one(
    o: PosterOptions, paper: Paper, pw: float, ph: float, smallest: float, blank: float
) -> PagePlan:
    ax, ay, aw, ah = _area(paper, o.margin)
    if not o.tile:
        s = min(aw / pw, ah / ph)
        tile = Tile(0, 0, 0.0, 0.0, aw / s, ah / s)
        return PagePlan(paper, s, (ax, ay, aw, ah), 1, 1, (tile,), False, smallest * s)
    s = tile_scale(o, smallest)
    if o.overlap * 2 >= min(aw, ah):
        raise OptionError(
            QCoreApplication.translate("Export", "The overlap must be less than half a sheet.")
        )
    columns = _count((pw - blank) * s, aw, o.overlap)
    rows = _count((ph - blank) * s, ah, o.overlap)
    step_x, step_y = (aw - o.overlap) / s, (ah - o.overlap) / s
    tiles = tuple(
        Tile(r, c, c * step_x, r * step_y, aw / s, ah / s)
        for r in range(rows)
        for c in range(columns)
    )
    return PagePlan(paper, s, (ax, ay, aw, ah), rows, columns, tiles, True, smallest * s, o.overlap)


def _count(length: float, area: float, overlap: float) -> int:
    if length <= area + 1e-6:
        return 1
    return 1 + math.ceil((length - area) / (area - overlap) - 1e-9)
