"""The ``mapstudio`` command: headless sub-commands, or the editor when none is given.

``mapstudio [FILE...]`` opens the editor; ``mapstudio check|templates|new|format|export|import|...``
work without a display. Headless commands never import Qt (PySide6 is imported lazily by the
GUI and, if it needs it, by the export module), so they start fast and run on servers.

Every problem is one line on stderr, ``FILE: message``; a bad file is never modified.
Messages speak the user's language through ``mapstudio.text.translate`` (the catalogue read without
Qt); argparse's own usage messages stay English.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from mapstudio import __version__
from mapstudio.text import catalog
from mapstudio.text.translate import QCoreApplication, TranslationContext, fill

Cli = TranslationContext("Cli")  # for counts with plural forms (lupdate reads the name)
COMMANDS = (
    "check", "templates", "new", "format", "export", "import", "diff", "merge", "insights",
    "session",
)  # fmt: skip
EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
EXIT_BROKEN_PIPE = 128 + 13  # as a shell reports a tool ended by SIGPIPE


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line, not a usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="mapstudio",
        usage="mapstudio [FILE...]\n       mapstudio COMMAND [OPTIONS] (COMMAND: "
        + ", ".join(COMMANDS)
        + ")",
        description="MapStudio: an offline editor for customer journey maps. "
        "Without a command, opens the given map files in the editor (which needs a graphical "
        "session); the commands work without one.",
        epilog="Run 'mapstudio COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"MapStudio {__version__}")
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_Parser, prog="mapstudio"
    )

    check = sub.add_parser("check", help="validate map files (exit 1 if any is not valid)")
    check.add_argument("files", nargs="+", metavar="FILE")
    check.add_argument("-q", "--quiet", action="store_true", help="print nothing for valid files")

    sub.add_parser("templates", help="list the bundled templates (name, language, title)")

    new = sub.add_parser("new", help="create a map from a template")
    new.add_argument("--template", required=True, metavar="NAME", help="see 'mapstudio templates'")
    new.add_argument("-o", "--output", required=True, metavar="FILE")
    new.add_argument("--force", action="store_true", help="replace FILE if it exists")

    fmt = sub.add_parser(
        "format", help="rewrite map files in canonical form, upgrading older formats"
    )
    fmt.add_argument("files", nargs="+", metavar="FILE")

    export = sub.add_parser(
        "export",
        help="export a map as a poster PDF, PNG, SVG, Excel workbook, CSV, Mermaid or Markdown",
    )
    export.add_argument("file", metavar="FILE")
    export.add_argument(
        "-o", "--output", required=True, metavar="OUT",
        help=".pdf, .png, .svg, .xlsx, .csv, .mmd or .md",
    )  # fmt: skip
    export.add_argument(
        "--bom", action="store_true", help="CSV: start with a UTF-8 byte-order mark (for Excel)"
    )
    export.add_argument(
        "--paper", default=None,
        help="poster size: A0-A4, Letter, ... or 500x700mm (A1); with --tile, the size tiled",
    )  # fmt: skip
    export.add_argument("--orientation", choices=("landscape", "portrait"), default=None)
    export.add_argument("--tile", default=None, metavar="PAPER", help="print on sheets of PAPER")
    export.add_argument("--scale", type=float, default=None)
    export.add_argument(
        "--min-text", dest="min_text", type=float, default=None, metavar="PT",
        help="smallest text size in points",
    )  # fmt: skip
    export.add_argument("--overlap", default="10mm", help="tile overlap, e.g. 10mm")
    export.add_argument("--margin", default="10mm", help="page margin, e.g. 10mm")
    export.add_argument("--dpi", type=int, default=150, help="resolution of PNG exports")
    export.add_argument(
        "--insights", action="store_true", help="add a page of insights to a PDF poster"
    )
    export.add_argument(
        "--comments",
        action="store_true",
        help="number the open comments on a PDF poster and list them on pages after the map",
    )
    # The sub-commands' modules are read only for a command line: `mapstudio FILE` (the editor)
    # starts without them.
    from mapstudio.cli import compare, insights, session, transfer

    transfer.add_parser(sub)
    compare.add_parsers(sub)
    insights.add_parser(sub)
    session.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    catalog.read_preference_with(_chosen_language)
    try:
        if args_list and not _is_command_line(args_list) and not _names_a_file(args_list[0]):
            return _not_a_command(args_list[0])
        if not args_list or not _is_command_line(args_list):
            return _open_gui(args_list)
        args = build_parser().parse_args(args_list)
        if args.command is None:
            return _open_gui([])
        return _handler(args.command)(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`mapstudio insights map.json | head`): stop quietly, as a Unix
        # tool does, and point stdout at nothing so that Python's flush at exit stays silent.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except SystemExit:
        raise
    except BaseException as e:  # the last line of defence: never a traceback
        _problem("mapstudio", f"unexpected error: {_one_line(e)}")
        return EXIT_PROBLEM


def gui_main() -> int:
    """Entry point of the windowed launcher (``mapstudio-gui``)."""
    return main(sys.argv[1:])


def _chosen_language() -> str:
    # The settings are read at the first translated message, not at start-up.
    from mapstudio.files.settings import chosen_language

    return chosen_language()


def _is_command_line(args: list[str]) -> bool:
    # A first word that is a command or an option means the headless parser; anything else is
    # a list of files for the editor (a file literally named "check" can be given as ./check).
    return args[0] in COMMANDS or args[0].startswith("-")


def _names_a_file(word: str) -> bool:
    try:
        return os.path.lexists(word)  # a dangling link is a file the editor explains
    except (OSError, ValueError):
        return False


def _not_a_command(word: str) -> int:
    # A typo (mapstudio chek map.json) must not open the editor on a file called "chek".
    commands = ", ".join(COMMANDS)
    import difflib

    close = difflib.get_close_matches(word, COMMANDS, n=1, cutoff=0.6)
    if close:
        message = QCoreApplication.translate(
            "Cli", '"%1" is neither a command nor an existing file: did you mean %2? (commands: %3)'
        )
        _problem("mapstudio", fill(message, word, close[0], commands))
    else:
        message = QCoreApplication.translate(
            "Cli",
            '"%1" is neither a command nor an existing file (commands: %2; see mapstudio --help)',
        )
        _problem("mapstudio", fill(message, word, commands))
    return EXIT_USAGE


def _display_problem() -> str | None:
    """Why the editor cannot show a window here, or None. Without a reachable display Qt
    aborts the process (exit 134), blaming a missing libxcb-cursor0."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None  # an explicit platform (offscreen, wayland, vnc...) is the user's choice
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    display = os.environ.get("DISPLAY", "")
    if not display:
        return QCoreApplication.translate(
            "Cli",
            "the editor needs a graphical session, and there is none here (DISPLAY and "
            "WAYLAND_DISPLAY are not set); check, export and the other commands work without one "
            "(see mapstudio --help)",
        )
    if not _x_server_answers(display):
        return fill(
            QCoreApplication.translate(
                "Cli",
                "the editor needs a graphical session, and no X server answers on display %1; "
                "check, export and the other commands work without one (see mapstudio --help)",
            ),
            display,
        )
    return None


def _x_server_answers(display: str) -> bool:
    # Only a local display (":0", "unix:0.1") is probed, through its socket; a remote one
    # ("host:10", ssh forwarding) is left to Qt.
    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if host not in ("", "unix") or not number.isdigit():
        return True
    import socket

    for address in (f"\0/tmp/.X11-unix/X{number}", f"/tmp/.X11-unix/X{number}"):
        probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            probe.connect(address)
            return True
        except OSError:
            continue
        finally:
            probe.close()
    return False


def _open_gui(files: list[str]) -> int:
    problem = _display_problem()
    if problem:
        _problem("mapstudio", problem)
        return EXIT_USAGE
    # The collector pauses from here until the window is up (run_gui resumes it): importing the
    # editor makes objects that live as long as the program, and passes over them free nothing.
    gc.disable()
    try:
        from mapstudio.gui.app.application import run_gui
    except ImportError as e:
        gc.enable()
        message = QCoreApplication.translate(
            "Cli", "the editor is not available in this installation (%1)"
        )
        _problem("mapstudio", fill(message, str(e)))
        return EXIT_PROBLEM

    return run_gui(files)


# --- commands ----------------------------------------------------------------------------


def cmd_check(args: argparse.Namespace) -> int:
    from mapstudio.files import MapFileError, read_map
    from mapstudio.files.atomic import sweep_stale_temps

    status = EXIT_OK
    for name in args.files:
        sweep_stale_temps(name)  # leftovers of saves that were killed
        try:
            m = read_map(name)
        except MapFileError as e:
            _problem(name, str(e))
            status = EXIT_PROBLEM
        except Exception as e:  # a bug must still be one line, and the other files checked
            message = QCoreApplication.translate("Cli", "unexpected error: %1")
            _problem(name, fill(message, _one_line(e)))
            status = EXIT_PROBLEM
        else:
            if not args.quiet:
                valid = QCoreApplication.translate("Cli", "valid (%1 stages, %2 lanes, %3 cards)")
                counts = (len(m.stages), len(m.lanes), len(m.cards))
                print(f"{name}: {fill(valid, *counts)}")
    return status


def cmd_templates(args: argparse.Namespace) -> int:
    from mapstudio.files.templates import list_templates

    found = list_templates()
    width = max((len(t.name) for t in found), default=0)
    for t in found:
        print(f"{t.name:<{width}}  {t.language:<3}  {t.title}")
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from mapstudio.files import write_map
    from mapstudio.files.templates import list_templates, new_from_template

    out = Path(args.output)
    if out.is_dir():
        _problem(
            args.output,
            QCoreApplication.translate(
                "Cli", "this is a folder; give the name of the map file to create"
            ),
        )
        return EXIT_PROBLEM
    if out.exists() and not args.force:
        _problem(
            args.output,
            QCoreApplication.translate("Cli", "the file already exists; use --force to replace it"),
        )
        return EXIT_PROBLEM
    try:
        m = new_from_template(args.template)
    except KeyError:
        names = ", ".join(t.name for t in list_templates())
        message = QCoreApplication.translate("Cli", 'there is no template "%1"; choose one of: %2')
        _problem("mapstudio new", fill(message, args.template, names))
        return EXIT_PROBLEM
    try:
        write_map(out, m)
    except OSError as e:
        message = QCoreApplication.translate("Cli", "cannot write the file (%1)")
        _problem(args.output, fill(message, str(e.strerror or e)))
        return EXIT_PROBLEM
    created = QCoreApplication.translate("Cli", "created from %1")
    print(f"{args.output}: {fill(created, args.template)}")
    return EXIT_OK


def cmd_format(args: argparse.Namespace) -> int:
    status = EXIT_OK
    for name in args.files:
        try:
            message = _format_one(Path(name))
        except _Refused as e:
            _problem(name, str(e))
            status = EXIT_PROBLEM
        except Exception as e:
            message = QCoreApplication.translate(
                "Cli", "unexpected error, the file was not changed: %1"
            )
            _problem(name, fill(message, _one_line(e)))
            status = EXIT_PROBLEM
        else:
            print(f"{name}: {message}")
    return status


class _Refused(Exception):
    pass


def _format_one(path: Path) -> str:
    from mapstudio.files import MapFileError, dump_map, write_atomic
    from mapstudio.files.atomic import ReadOnlyFileError, other_links, sweep_stale_temps
    from mapstudio.files.mapfile import (
        parse_json_document,
        read_map_bytes_checked,
        validate_document,
    )

    sweep_stale_temps(path)  # leftovers of saves that were killed
    try:
        original = read_map_bytes_checked(path)  # read once, parsed once
        doc = parse_json_document(original)
        old_version = doc.get("schema_version")
        m = validate_document(doc)  # refuses newer versions (NewerVersionError) and bad maps
    except MapFileError as e:
        if not path.is_file():
            raise _Refused(str(e)) from None
        unchanged = QCoreApplication.translate("Cli", "%1; the file was not changed")
        raise _Refused(fill(unchanged, str(e))) from None
    canonical = dump_map(m)
    if canonical == original:
        return QCoreApplication.translate("Cli", "already canonical, unchanged")
    links = other_links(path)
    try:
        write_atomic(path, canonical)
    except ReadOnlyFileError:
        raise _Refused(
            QCoreApplication.translate(
                "Cli", "the file is read-only, it was not changed (make it writable to format it)"
            )
        ) from None
    except OSError as e:
        message = QCoreApplication.translate(
            "Cli", "cannot write the file, it was not changed (%1)"
        )
        raise _Refused(fill(message, str(e.strerror or e))) from None
    if links:
        warning = Cli.tr(
            "warning: the file had %Ln other hard link(s); they keep the old content", "", links
        )
        _problem(str(path), warning)
    if old_version != m.schema_version:
        upgraded = QCoreApplication.translate("Cli", "upgraded from file format %1 to %2")
        return fill(upgraded, old_version, m.schema_version)
    return QCoreApplication.translate("Cli", "formatted")


def cmd_export(args: argparse.Namespace) -> int:
    try:
        from mapstudio.cli.export import run_export
    except ImportError as e:
        message = QCoreApplication.translate(
            "Cli", "export is not available in this installation (%1)"
        )
        _problem("mapstudio export", fill(message, str(e)))
        return EXIT_PROBLEM
    return run_export(args)


def _handler(command: str) -> Callable[[argparse.Namespace], int]:
    """The function that runs ``command`` (the sub-commands' modules are imported here)."""
    from mapstudio.cli import compare, insights, session, transfer

    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "check": cmd_check,
        "templates": cmd_templates,
        "new": cmd_new,
        "format": cmd_format,
        "export": cmd_export,
        "import": transfer.cmd_import,
        "diff": compare.cmd_diff,
        "merge": compare.cmd_merge,
        "insights": insights.cmd_insights,
        "session": session.cmd_session,
    }
    return handlers[command]


# --- output ------------------------------------------------------------------------------


def _problem(where: str, message: str) -> None:
    print(f"{_one_line(where)}: {_one_line(message)}", file=sys.stderr)


def _one_line(value: object) -> str:
    if isinstance(value, BaseException):
        text = str(value) or type(value).__name__
        if not isinstance(value, OSError | ValueError | KeyError):
            text = f"{type(value).__name__}: {text}"
    else:
        text = os.fsdecode(value) if isinstance(value, bytes) else str(value)
    return " ".join(text.split())
