"""``mapstudio diff`` and ``mapstudio merge``: versions of a map compared and merged by ids.

diff exits 0 when the maps are the same, 1 when they differ, 2 on error (as ``diff`` does).
merge writes the merged map atomically; conflicts are settled by the rules of
``core.merge`` and listed on stderr. ``--fail-on-conflict`` exits 1 and writes nothing.
``--git`` follows git's merge-driver protocol: ``mapstudio merge --git %O %A %B`` writes the
result into %A and exits 0 when clean, 1 when a conflict was settled by a rule (git then marks
the file for review; the file itself is a valid map with no conflict markers).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from pydantic_core import to_jsonable_python

from mapstudio.text.translate import QCoreApplication, TranslationContext, fill

SAME, DIFFERENT, TROUBLE = 0, 1, 2
translate = QCoreApplication.translate
Cli = TranslationContext("Cli")  # counted messages, extracted with plural forms


def add_parsers(sub: Any) -> None:
    diff = sub.add_parser("diff", help="list what changed between two versions of a map")
    diff.add_argument("a", metavar="A")
    diff.add_argument("b", metavar="B")
    diff.add_argument("--json", action="store_true", help="machine-readable output")

    merge = sub.add_parser("merge", help="merge two versions of a map that share a base")
    merge.add_argument("base", metavar="BASE")
    merge.add_argument("ours", metavar="OURS")
    merge.add_argument("theirs", metavar="THEIRS")
    merge.add_argument(
        "-o", "--output", metavar="OUT", help="the merged map (required unless --git)"
    )
    merge.add_argument(
        "--fail-on-conflict", action="store_true", help="exit 1 and write nothing on a conflict"
    )
    merge.add_argument(
        "--git", action="store_true", help="git merge driver: %%O %%A %%B, result written to OURS"
    )
    merge.add_argument("-q", "--quiet", action="store_true", help="do not list the conflicts")


def cmd_diff(args: argparse.Namespace) -> int:
    from mapstudio.core.compare import compare
    from mapstudio.core.describe import describe_difference

    maps = _read(args.a, args.b)
    if maps is None:
        return TROUBLE
    a, b = maps
    differences = compare(a, b)
    if args.json:
        entries = [
            {
                "collection": d.collection,
                "id": d.id,
                "action": d.action,
                "moved": d.moved,
                "fields": {k: [old, new] for k, (old, new) in d.fields.items()},
                "text": describe_difference(d, a, b),
            }
            for d in differences
        ]
        document = {"a": args.a, "b": args.b, "same": not differences, "differences": entries}
        print(json.dumps(to_jsonable_python(document), ensure_ascii=False, indent=2))
    else:
        for d in differences:
            print(describe_difference(d, a, b))
    return DIFFERENT if differences else SAME


def cmd_merge(args: argparse.Namespace) -> int:
    from mapstudio.core.describe import describe_conflict
    from mapstudio.core.merge import MergeError, merge
    from mapstudio.files import write_map

    out = args.ours if args.git else args.output
    if not out:
        _problem("mapstudio merge", translate("Cli", "give the merged map's file with -o OUT"))
        return TROUBLE
    maps = _read(args.base, args.ours, args.theirs)
    if maps is None:
        return TROUBLE
    base, ours, theirs = maps
    try:
        result = merge(base, ours, theirs)
    except MergeError as e:
        message = translate("Cli", "these versions cannot be merged: %1")
        _problem("mapstudio merge", fill(message, str(e)))
        return TROUBLE
    if not args.quiet:
        for conflict in result.conflicts:
            line = describe_conflict(conflict, ours, theirs)
            print(f"{out}: {fill(translate('Cli', 'conflict: %1'), line)}", file=sys.stderr)
    if result.conflicts and args.fail_on_conflict:
        _problem(out, Cli.tr("%Ln conflicts; nothing was written", "", len(result.conflicts)))
        return DIFFERENT
    try:
        write_map(out, result.map)
    except OSError as e:
        message = translate("Cli", "cannot write the file (%1)")
        _problem(out, fill(message, str(e.strerror or e)))
        return TROUBLE
    return DIFFERENT if (args.git and result.conflicts) else SAME


def _read(*names: str) -> list[Any] | None:
    from mapstudio.files import MapFileError, read_map

    maps = []
    for name in names:
        try:
            maps.append(read_map(name))
        except MapFileError as e:
            _problem(name, str(e))
            return None
    return maps


def _problem(where: str, message: str) -> None:
    from mapstudio.cli import _problem as say

    say(where, message)
