"""``mapstudio session serve MAP [--port P] [--code CODE] [--bind ADDR]``: host a live workshop
session without the editor (from a spare machine, or for tests). The map is saved as
participants edit it; Ctrl+C or SIGTERM ends the session cleanly.

It listens on 127.0.0.1 unless told otherwise: ``--bind`` names each address to listen on (the
room's network interface, say), so a public interface is never opened by surprise.
"""

from __future__ import annotations

import argparse
import ipaddress
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


def add_parser(sub: Any) -> None:
    session = sub.add_parser("session", help="host a live workshop session on the local network")
    actions = session.add_subparsers(dest="session_command", metavar="ACTION", required=True)
    serve = actions.add_parser("serve", help="share MAP with participants until Ctrl+C")
    serve.add_argument("file", metavar="MAP")
    serve.add_argument("--port", type=int, default=8765, help="TCP port (default 8765; 0: any)")
    serve.add_argument("--code", default=None, help="join code (default: a random one)")
    serve.add_argument(
        "--bind", action="append", default=None, metavar="ADDR",
        help="address to listen on (repeat for several; default 127.0.0.1)",
    )  # fmt: skip


def cmd_session(args: argparse.Namespace) -> int:
    from mapstudio.files import MapFileError, read_map
    from mapstudio.session.guard import code_problem, normalised_code

    if args.code is not None and (problem := code_problem(args.code)):
        print(f"mapstudio session: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if not 0 <= args.port <= 65535:
        print(f"mapstudio session: port {args.port} is not between 0 and 65535", file=sys.stderr)
        return EXIT_USAGE
    addresses = tuple(args.bind or ["127.0.0.1"])
    for address in addresses:
        try:
            ipaddress.ip_address(address)
        except ValueError:
            print(f"mapstudio session: {address!r} is not an IP address", file=sys.stderr)
            return EXIT_USAGE
    path = Path(args.file)
    try:
        read_map(path)
    except MapFileError as e:
        print(f"{path}: {e}", file=sys.stderr)
        return EXIT_PROBLEM
    from mapstudio.session.serve import serve_map

    code = normalised_code(args.code) if args.code else None
    try:
        return serve_map(path, args.port, code, addresses)
    except OSError as e:  # the port is taken, the address is not this machine's...
        print(f"mapstudio session: cannot listen: {e.strerror or e}", file=sys.stderr)
        return EXIT_PROBLEM
