"""Smoke test of the benchmark harness: its own code path, one tiny figure, no timing asserted."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

from benchmarks.figures import Figure
from benchmarks.harness import COLUMNS, ROOT, Context, Row, format_table

from benchmarks import run


def test_one_small_figure_prints_and_writes_a_table_of_the_right_shape(
    tmp_path: Path, capsys
) -> None:
    out = tmp_path / "table.md"
    run.main(["--only", "save", "--reps", "1", "--scale", "0.01", "--out", str(out)])
    printed = capsys.readouterr().out
    written = out.read_text(encoding="utf-8")
    assert printed == written
    table = [line for line in written.splitlines() if line.startswith("|")]
    assert len(table) == 3  # header, rule, one figure
    header, _, row = ([c.strip() for c in line.strip("|").split("|")] for line in table)
    assert tuple(header) == COLUMNS
    figure, ours, floor, ratio, budget, result = row
    assert figure == "Save a 2,000-card map"
    assert ours.endswith(" ms") and floor.endswith(" ms")
    assert float(ratio.removesuffix("x")) > 0
    assert budget == "<= 1.5x"
    assert result in ("PASS", "FAIL")
    assert "Before:" in written and "After:" in written


def test_a_figure_whose_part_is_missing_is_reported_not_passed() -> None:
    row = Row("Something", 1.5, note="needs mapstudio.nowhere")
    assert row.result == "MISSING"
    assert "MISSING (needs mapstudio.nowhere)" in format_table([row])
    measured = Row("Other", 1.5, ours=3.2, floor=2.0)
    assert (measured.result, measured.cells()[3]) == ("FAIL", "1.60x")


def test_a_context_row_shows_its_ratio_but_gives_no_verdict() -> None:
    row = Row("(context) libraries alone", None, ours=250.0, floor=125.0)
    assert row.result == "INFO"
    cells = row.cells()
    assert (cells[3], cells[4], cells[5]) == ("2.00x", "-", "INFO")
    assert "| INFO" in format_table([row])


def _figure(key: str, ours: float, floor: float, budget: float | None = 1.5) -> Figure:
    return Figure(key, ((f"{key} row", budget, "ms"),), (), lambda _ctx: [(ours, floor)])


def test_the_exit_status_says_whether_every_budget_held(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "table.md"
    holding = (_figure("fast", 1.0, 1.0), _figure("context", 9.0, 1.0, budget=None))
    monkeypatch.setattr(run, "FIGURES", holding)
    assert run.main(["--reps", "1", "--out", str(out)]) == 0
    monkeypatch.setattr(run, "FIGURES", (*holding, _figure("slow", 3.0, 1.0)))
    assert run.main(["--reps", "1", "--out", str(out)]) == 1
    assert "| FAIL" in out.read_text(encoding="utf-8")


def test_the_default_table_is_written_where_git_ignores_it() -> None:
    relative = run.DEFAULT_OUT.relative_to(ROOT)
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", "--no-index", str(relative)], cwd=ROOT, check=False
    )
    assert ignored.returncode == 0
    tracked = subprocess.run(
        ["git", "ls-files", "--error-unmatch", str(relative)], cwd=ROOT, capture_output=True
    )
    assert tracked.returncode != 0


def test_bytecode_is_written_even_when_the_environment_forbids_it(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    source = ROOT / "src" / "mapstudio" / "layout" / "theme.py"
    cached = Path(importlib.util.cache_from_source(str(source)))
    cached.unlink(missing_ok=True)
    run.compile_bytecode()
    assert cached.is_file()
    # and the probes' processes may write what is still missing
    assert "PYTHONDONTWRITEBYTECODE" not in Context(tmp_path).env()
