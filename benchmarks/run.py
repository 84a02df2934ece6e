"""``make bench``: every figure against its floor, one table, printed and written to a file.

    python -m benchmarks.run [--reps N] [--only startup,save,...] [--out FILE] [--scale F]

``--scale`` multiplies every map's card count (the tests use a tiny scale to check the
harness itself in seconds). Exit status 0 when every figure is within its budget, 1 when one
is over it or could not be measured. The table goes to ``benchmarks/results/latest.md``, which
git ignores: a run leaves the checkout as it found it.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import shutil
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.figures import FIGURES
from benchmarks.harness import ROOT, Context, Row, format_table, generator_module, new_workdir

DEFAULT_OUT = ROOT / "benchmarks" / "results" / "latest.md"


def conditions(reps: int, clock: str, seconds: float | None = None) -> str:
    import pydantic
    import PySide6
    import reportlab

    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    parts = [
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"{os.cpu_count()} CPUs, load average {load}",
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
        f"pydantic {pydantic.VERSION}, reportlab {reportlab.Version}",
        f"{reps} repetitions per figure (medians of {clock} time), maps from {generator_module()}",
    ]
    if seconds is not None:
        parts.append(f"whole run {seconds:.0f} s")
    return "; ".join(parts)


def compile_bytecode() -> None:
    """Compile every module of MapStudio and of the probes, as an installed MapStudio has them.

    ``compileall`` writes bytecode even when ``PYTHONDONTWRITEBYTECODE`` is set (the session sets
    it: every probe would otherwise compile some 56 modules at each start, about 90 ms), and the
    probes run without that variable (``Context.env``), so a module imported from elsewhere is
    compiled once, not at every repetition.
    """
    for folder in ("src/mapstudio", "benchmarks"):
        compileall.compile_dir(ROOT / folder, quiet=1, force=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reps", type=int, default=5, help="repetitions per figure (>= 1)")
    parser.add_argument("--only", default="", help="comma-separated figure keys")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the table")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply the maps' card counts")
    parser.add_argument(
        "--clock",
        choices=("cpu", "wall"),
        default="cpu",
        help="cpu: each process's own CPU time (default, fair on a shared machine); wall: elapsed",
    )
    parser.add_argument("--list", action="store_true", help="list the figure keys and stop")
    args = parser.parse_args(argv)
    if args.list:
        for f in FIGURES:
            print(f.key.ljust(8), "; ".join(title for title, _, _ in f.rows))
        return 0
    wanted = {k.strip() for k in args.only.split(",") if k.strip()}
    unknown = wanted - {f.key for f in FIGURES}
    if unknown:
        parser.error(f"unknown figure {sorted(unknown)[0]!r} (see --list)")
    started = time.perf_counter()
    compile_bytecode()
    ctx = Context(new_workdir(), max(1, args.reps), args.scale, args.clock)
    before = conditions(ctx.reps, ctx.clock)
    rows: list[Row] = []
    try:
        for figure in FIGURES:
            if wanted and figure.key not in wanted:
                continue
            print(f"[bench] {figure.key}...", file=sys.stderr, flush=True)
            rows.extend(figure.run(ctx))
    finally:
        shutil.rmtree(ctx.workdir, ignore_errors=True)
    table = format_table(rows)
    text = (
        f"Before: {before}\n\n{table}\n\n"
        f"After: {conditions(ctx.reps, ctx.clock, time.perf_counter() - started)}\n"
    )
    print(text, end="")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"[bench] table written to {args.out}", file=sys.stderr)
    failed = [r.figure for r in rows if r.result not in ("PASS", "INFO")]
    for figure in failed:
        print(f"[bench] over budget or not measured: {figure}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
