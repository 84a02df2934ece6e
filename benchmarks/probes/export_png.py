"""PNG export by the command line, in this process: its CPU time (all threads), its peak memory.

    python -m benchmarks.probes.export_png --map FILE -o OUT.png [--dpi N]

Runs ``mapstudio export`` as ``python -m mapstudio`` does (same entry point), then reports the
process's whole CPU time, user + system of every thread (the encoder compresses on several),
and its peak resident memory. The harness times the elapsed wall clock around the process.
"""

from __future__ import annotations

import argparse

from benchmarks.probes.common import cpu_seconds, maxrss_mb, report


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--map", required=True)
    parser.add_argument("-o", "--out", required=True)
    parser.add_argument("--dpi", default="150")
    args = parser.parse_args()
    import mapstudio  # noqa: F401 - the model before Qt, as the command does
    from mapstudio.cli import main as mapstudio_main

    code = mapstudio_main(["export", args.map, "-o", args.out, "--dpi", args.dpi])
    if code:
        raise SystemExit(f"mapstudio export failed ({code})")
    report({"cpu_s": cpu_seconds(), "rss_mb": maxrss_mb()})


if __name__ == "__main__":
    main()
