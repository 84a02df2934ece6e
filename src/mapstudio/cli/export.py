"""``mapstudio export FILE -o OUT.pdf|OUT.png|OUT.svg [options]``: headless export.

PDF needs no Qt application at all; PNG and SVG create an offscreen QGuiApplication. Bad
input gives one line on stderr and exit status 1; the output is written atomically, so it is
either whole or untouched.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

from mapstudio.core.model import JourneyMap
from mapstudio.files import MapFileError, read_map
from mapstudio.poster.paper import OptionError, parse_length, parse_paper
from mapstudio.poster.texts import QCoreApplication
from mapstudio.poster.tiling import PosterOptions, check_options
from mapstudio.text.catalog import localized_count

FORMATS = (".pdf", ".png", ".svg")
# Written by ``exchange`` (no poster options): workbook, CSV, Mermaid, Markdown.
DATA_FORMATS = (".xlsx", ".csv", ".mmd", ".md")
PROG = "mapstudio export"


def options_from_args(args: argparse.Namespace) -> PosterOptions:
    """Poster options from the command line's values (raises OptionError on bad values)."""
    t = QCoreApplication.translate
    tile_paper = getattr(args, "tile", None)
    scale = getattr(args, "scale", None)
    min_text = getattr(args, "min_text", None)
    chosen = getattr(args, "paper", None)
    paper = chosen or "A1"
    parse_paper(paper)
    tiled = tile_paper is not None or min_text is not None or (scale is not None and scale != 1.0)
    if tile_paper is not None:
        parse_paper(tile_paper)
    options = PosterOptions(
        paper=tile_paper or paper,
        poster_paper=chosen if tile_paper is not None else None,
        orientation=getattr(args, "orientation", None),
        tile=tiled,
        scale=scale,
        min_text=min_text,
        overlap=parse_length(getattr(args, "overlap", None) or "10mm", t("Export", "overlap")),
        margin=parse_length(getattr(args, "margin", None) or "10mm", t("Export", "margin")),
    )
    check_options(options)
    return options


def run_export(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except (OptionError, MapFileError) as e:
        return _fail(str(e))
    except OSError as e:
        reason = e.strerror or str(e)
        return _fail(
            QCoreApplication.translate("Export", "cannot write %1 (%2).")
            .replace("%1", str(getattr(args, "output", "")))
            .replace("%2", reason)
        )


def _run(args: argparse.Namespace) -> int:
    t = QCoreApplication.translate
    out = Path(args.output)
    ext = out.suffix.lower()
    if ext not in FORMATS + DATA_FORMATS:
        raise OptionError(
            t(
                "Export",
                'Unknown output type "%1": use .pdf, .png, .svg, .xlsx, .csv, .mmd or .md.',
            ).replace("%1", out.suffix or out.name)
        )
    if ext in DATA_FORMATS:
        return _export_data(args, out)
    options = options_from_args(args)
    dpi = getattr(args, "dpi", 150) or 150
    if not 10 <= dpi <= 1200:
        raise OptionError(t("Export", "The resolution must be between 10 and 1200 dpi."))
    _check_folder(out)
    m = _read(args.file)
    if ext == ".pdf":
        from mapstudio.poster.poster_pdf import READABLE, describe_fill, export_pdf

        with_insights = bool(getattr(args, "insights", False))
        with_comments = bool(getattr(args, "comments", False))
        result = export_pdf(
            m, out, options, Path(args.file).name, insights=with_insights, comments=with_comments
        )
        label = t("Export", "warning")
        for warning in result.warnings:
            print(f"{PROG}: {label}: {warning}", file=sys.stderr)
        if result.readable is not None:
            hint = t("Export", "for readable text, add %1")
            flags = f"--tile {shlex.quote(result.readable.paper.name)} --min-text {READABLE:g}"
            print(f"{PROG}: {hint.replace('%1', flags)}", file=sys.stderr)
        plan = result.plan
        summary = t("Export", "wrote %1: %2 page(s) of %3, smallest text %4 pt")
        summary = summary.replace("%1", str(out)).replace(
            "%2", localized_count(plan.pages + result.extra_pages)
        )
        summary = summary.replace("%3", plan.paper.describe()).replace(
            "%4", f"{plan.smallest_text:.1f}"
        )
        if plan.tiled:  # the numbers printed on the sheets, and their pages
            count = len(plan.tiles)
            sheets = (
                t("Export", "page 1: assembly plan, pages 2–%1: sheets 1–%2")
                if count > 1
                else t("Export", "page 1: assembly plan, page 2: sheet 1")
            )
            summary = f"{summary}; {sheets.replace('%1', localized_count(count + 1)).replace('%2', localized_count(count))}"
        print(f"{summary}; {describe_fill(result.sheet_fill, plan.tiled)}")
        return 0
    try:
        from mapstudio.gui.canvas.scene import MapScene  # noqa: F401 - images are drawn by the canvas
    except ImportError:
        raise OptionError(
            t("Export", "This installation cannot draw images; export a PDF instead.")
        ) from None
    from PySide6 import QtCore

    from mapstudio.gui.export.image import ensure_app, export_image
    from mapstudio.gui.i18n import install_translators
    from mapstudio.text.catalog import preferred_language

    ensure_app()  # images are painted by Qt: its translators speak the user's language
    install_translators(QtCore.QCoreApplication.instance(), preferred_language())
    size = export_image(m, out, dpi=dpi)
    print(
        t("Export", "wrote %1 (%2 x %3)")
        .replace("%1", str(out))
        .replace("%2", str(size[0]))
        .replace("%3", str(size[1]))
    )
    return 0


def _export_data(args: argparse.Namespace, out: Path) -> int:
    from mapstudio.cli.transfer import export_exchange
    from mapstudio.exchange.formats import ExchangeError

    _check_folder(out)
    m = _read(args.file)
    try:
        print(export_exchange(m, out, bool(getattr(args, "bom", False))))
    except ExchangeError as e:
        raise OptionError(f"{args.file}: {e}") from None
    return 0


def _check_folder(out: Path) -> None:
    t = QCoreApplication.translate
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise OptionError(t("Export", "The folder %1 does not exist.").replace("%1", str(folder)))
    if not os.access(folder, os.W_OK):
        raise OptionError(t("Export", "The folder %1 is not writable.").replace("%1", str(folder)))


def _read(path: str) -> JourneyMap:
    try:
        return read_map(path)
    except MapFileError as e:
        raise OptionError(f"{path}: {e}") from None
    except OSError as e:
        raise OptionError(
            QCoreApplication.translate("Export", "cannot read %1 (%2).")
            .replace("%1", path)
            .replace("%2", e.strerror or str(e))
        ) from None


def _fail(message: str) -> int:
    print(f"{PROG}: {' '.join(message.split())}", file=sys.stderr)
    return 1


def build_parser() -> argparse.ArgumentParser:
    """The same options as ``mapstudio export`` (for ``python -m mapstudio.cli.export``)."""
    p = argparse.ArgumentParser(prog=PROG)
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p.add_argument("--paper", default=None)
    p.add_argument("--orientation", choices=("landscape", "portrait"), default=None)
    p.add_argument("--tile", default=None, metavar="PAPER")
    p.add_argument("--scale", type=float, default=None)
    p.add_argument("--min-text", dest="min_text", type=float, default=None, metavar="PT")
    p.add_argument("--overlap", default="10mm")
    p.add_argument("--margin", default="10mm")
    p.add_argument("--dpi", type=int, default=150)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    return run_export(build_parser().parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
