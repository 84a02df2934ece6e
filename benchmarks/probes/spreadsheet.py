"""A map as an Excel workbook and back, against openpyxl writing and reading the same cells.

    python -m benchmarks.probes.spreadsheet --map FILE --reps N

Timed in one process, alternating so that a busy moment on the machine hits every side:
``exchange.workbook.workbook_bytes`` (the Map sheet, the data sheets, styles) against the floor,
openpyxl in write-only mode writing the very cells of that workbook with no style; and
``read_workbook`` (cells converted, every object validated into a map) against openpyxl in
read-only mode reading every cell of it.
"""

from __future__ import annotations

import argparse
import io

from benchmarks.probes.common import report, timed_reps


def cells(data: bytes) -> list[tuple[str, list[tuple[object, ...]]]]:
    """Every sheet's rows of values, as openpyxl reads them."""
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    return [(ws.title, list(ws.iter_rows(values_only=True))) for ws in wb.worksheets]


def write_bare(sheets: list[tuple[str, list[tuple[object, ...]]]]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def read_bare(data: bytes) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    n = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            n += len(row)
    return n


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--map", required=True)
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args()
    from mapstudio.exchange.workbook import read_workbook, workbook_bytes
    from mapstudio.files import read_map

    m = read_map(args.map)
    data = workbook_bytes(m)
    sheets = cells(data)
    assert read_workbook(data, "map.xlsx", "en").map == m  # what is timed is a true round trip
    times: dict[str, list[float]] = {"export": [], "write": [], "import": [], "read": []}
    for _ in range(args.reps):
        times["export"] += timed_reps(lambda: workbook_bytes(m), 1, warmup=0)
        times["write"] += timed_reps(lambda: write_bare(sheets), 1, warmup=0)
        times["import"] += timed_reps(lambda: read_workbook(data, "map.xlsx", "en"), 1, warmup=0)
        times["read"] += timed_reps(lambda: read_bare(data), 1, warmup=0)
    report({**times, "cells": sum(len(r) for _, rows in sheets for r in rows), "bytes": len(data)})


if __name__ == "__main__":
    main()
