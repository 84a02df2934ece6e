"""``mapstudio import IN -o MAP.journey.json``, and the spreadsheet, CSV, Mermaid and Markdown
side of ``mapstudio export``.

Import reads a workbook, CSV file, Mermaid journey or Markdown file (``exchange``) into a new
map, or with ``--into MAP`` into an existing map (its new content: a workbook's rows update,
add and remove cards, a CSV file is the map's card table, a grid or a journey adds to it). The
result is checked whole before anything is written: a bad file gives one line naming the
sheet, row and column, exit 1, and no file. Lane kinds guessed from titles are listed;
``--kind "Title=kind"`` sets them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from mapstudio.text.translate import QCoreApplication, fill

translate = QCoreApplication.translate
EXIT_OK, EXIT_PROBLEM = 0, 1


def add_parser(sub: Any) -> None:
    imp = sub.add_parser(
        "import", help="make a map from a workbook (.xlsx), CSV, Mermaid journey or Markdown file"
    )
    imp.add_argument("file", metavar="IN", help=".xlsx, .csv, .mmd or .md")
    imp.add_argument("-o", "--output", required=True, metavar="MAP", help="the map file to write")
    imp.add_argument(
        "--into", metavar="MAP", default=None,
        help="import into this map (its cards are updated, added, removed as the file says)",
    )  # fmt: skip
    imp.add_argument(
        "--kind", action="append", default=[], metavar="TITLE=KIND",
        help="the kind of a lane whose kind was guessed from its title (repeatable)",
    )  # fmt: skip
    imp.add_argument("--force", action="store_true", help="replace MAP if it exists")


def cmd_import(args: argparse.Namespace) -> int:
    from mapstudio.core.model import LaneKind
    from mapstudio.exchange.formats import ExchangeError, change_report, import_file
    from mapstudio.files import MapFileError, read_map, write_map

    kinds: dict[str, LaneKind] = {}
    for given in args.kind:
        title, equals, kind = given.rpartition("=")
        try:
            if not equals or not title.strip():
                raise ValueError(kind)
            kinds[" ".join(title.split()).casefold()] = LaneKind(kind.strip().lower())
        except ValueError:
            message = translate("Cli", '--kind takes TITLE=KIND, KIND one of: %1 (not "%2")')
            return _problem(
                "mapstudio import", fill(message, ", ".join(k.value for k in LaneKind), given)
            )
    out = Path(args.output)
    if out.is_dir():
        return _problem(
            args.output,
            translate("Cli", "this is a folder; give the name of the map file to create"),
        )
    if (
        out.exists()
        and not args.force
        and (args.into is None or Path(args.into).resolve() != out.resolve())
    ):
        return _problem(
            args.output, translate("Cli", "the file already exists; use --force to replace it")
        )
    base = None
    if args.into is not None:
        try:
            base = read_map(args.into)
        except MapFileError as e:
            return _problem(args.into, str(e))
    try:
        imported = import_file(args.file, base)
        chosen = {
            g.lane: kinds[" ".join(g.title.split()).casefold()]
            for g in imported.guesses
            if " ".join(g.title.split()).casefold() in kinds
        }
        result = imported.with_lane_kinds(chosen) if chosen else imported.map
    except ExchangeError as e:
        return _problem(args.file, str(e))
    except OSError as e:
        return _problem(
            args.file, fill(translate("Cli", "cannot read the file (%1)"), e.strerror or e)
        )
    for note in imported.notes:
        print(f"{args.file}: {note}", file=sys.stderr)
    kinds_now = {lane.id: lane.kind for lane in result.lanes}
    for guess in imported.guesses:
        kind = kinds_now.get(guess.lane, guess.kind)
        if guess.lane in chosen:
            line = translate("Cli", 'lane "%1": %2 (as given)')
        elif guess.sure:
            line = translate(
                "Cli", 'lane "%1": %2 (guessed from its title; --kind "%1=KIND" to change)'
            )
        else:
            line = translate(
                "Cli", 'lane "%1": %2 (its title says no kind; --kind "%1=KIND" to change)'
            )
        print(f"{args.file}: {fill(line, guess.title, kind.value)}")
    try:
        write_map(out, result)
    except MapFileError as e:
        return _problem(args.output, str(e))
    except OSError as e:
        return _problem(
            args.output, fill(translate("Cli", "cannot write the file (%1)"), e.strerror or e)
        )
    for line in change_report(base, result):
        print(f"{args.output}: {line}")
    return EXIT_OK


def export_exchange(m: Any, out: Path, bom: bool) -> str:
    """Write ``m`` as a workbook, CSV, Mermaid or Markdown file; returns the line to print."""
    from mapstudio.exchange.formats import export_file

    export_file(m, out, bom=bom)
    return fill(translate("Cli", "wrote %1"), out)


def _problem(where: str, message: str) -> int:
    print(f"{where}: {' '.join(str(message).split())}", file=sys.stderr)
    return EXIT_PROBLEM
