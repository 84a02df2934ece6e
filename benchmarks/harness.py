"""The harness's plumbing: running probes in fresh processes, generating maps, the table."""

from __future__ import annotations

import importlib.util
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.probes.common import CLOCK_VARIABLE, MARKER

ROOT = Path(__file__).resolve().parents[1]
COLUMNS = ("Figure", "MapStudio", "Floor", "Ratio", "Budget", "Result")


class ProbeError(RuntimeError):
    """A probe process failed; the message is its last error line."""


@dataclass
class Row:
    figure: str
    budget: float | None  # None: a context row, shown but never a verdict
    unit: str = "ms"
    ours: float | None = None  # MapStudio's median
    floor: float | None = None  # the floor's median (or the smaller map's, for growth figures)
    note: str = ""  # why a figure could not be measured

    @property
    def ratio(self) -> float | None:
        if self.ours is None or not self.floor:
            return None
        return self.ours / self.floor

    @property
    def result(self) -> str:
        if self.ratio is None:
            return "MISSING" if self.note.startswith("needs") else "ERROR"
        if self.budget is None:
            return "INFO"
        return "PASS" if self.ratio <= self.budget else "FAIL"

    def cells(self) -> tuple[str, ...]:
        ratio = "-" if self.ratio is None else f"{self.ratio:.2f}x"
        result = self.result if not self.note else f"{self.result} ({self.note})"
        return (
            self.figure,
            _amount(self.ours, self.unit),
            _amount(self.floor, self.unit),
            ratio,
            "-" if self.budget is None else f"<= {self.budget:g}x",
            result,
        )


def _amount(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    return f"{value:.0f} {unit}" if value >= 100 else f"{value:.1f} {unit}"


def format_table(rows: list[Row]) -> str:
    """A Markdown table, aligned so it also reads well in a terminal."""
    cells = [COLUMNS, *(r.cells() for r in rows)]
    widths = [max(len(c[i]) for c in cells) for i in range(len(COLUMNS))]

    def line(values: tuple[str, ...]) -> str:
        return "| " + " | ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(cells[0]), rule, *(line(c) for c in cells[1:])])


@dataclass
class Context:
    """What every figure needs: where to work, how often to repeat, how large the maps are."""

    workdir: Path
    reps: int = 5
    scale: float = 1.0
    clock: str = "cpu"  # "cpu": each process's own CPU time; "wall": elapsed time
    maps: dict[tuple[int, int], Path] = field(default_factory=dict)

    def env(self) -> dict[str, str]:
        home = self.workdir / "home"  # settings and recovery files never touch the real home
        home.mkdir(exist_ok=True)
        # Without PYTHONDONTWRITEBYTECODE: a probe that imports a module with no bytecode yet
        # writes it once, instead of compiling it again in every repetition.
        inherited = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        return {
            **inherited,
            "QT_QPA_PLATFORM": "offscreen",
            CLOCK_VARIABLE: self.clock,
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_STATE_HOME": str(home / ".local" / "state"),
            "XDG_CACHE_HOME": str(home / ".cache"),
        }

    def cards(self, n: int) -> int:
        return max(10, round(n * self.scale))

    def map_file(self, cards: int, stages: int = 10) -> Path:
        """A generated map with ``cards`` cards (scaled), made once per run."""
        n = self.cards(cards)
        key = (n, stages)
        if key not in self.maps:
            path = self.workdir / f"map-{n}.json"
            subprocess.run(
                [sys.executable, "-m", generator_module(), "--cards", str(n), "-o", str(path),
                 "--stages", str(stages), "--personas", "3"],
                cwd=ROOT, env=self.env(), check=True, capture_output=True,
            )  # fmt: skip
            self.maps[key] = path
        return self.maps[key]

    def probe(
        self, module: str, *args: str, timeout: float = 300, env: dict[str, str] | None = None
    ) -> dict[str, Any]:
        """Run ``python -m module args`` fresh and return its reported result (``env``: more
        environment variables, e.g. a display to show a real window on)."""
        out = self.run(["-m", module, *args], timeout, env)
        for line in out.splitlines():
            if line.startswith(MARKER):
                return json.loads(line[len(MARKER) :])
        raise ProbeError(f"{module} reported nothing")

    def run(self, args: list[str], timeout: float = 300, env: dict[str, str] | None = None) -> str:
        try:
            done = subprocess.run(
                [sys.executable, *args], cwd=ROOT, env={**self.env(), **(env or {})},
                capture_output=True, text=True, timeout=timeout,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            raise ProbeError(f"{' '.join(args[:2])} took over {timeout:.0f} s") from None
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["no message"])[-1]
            raise ProbeError(f"{' '.join(args[:2])} failed: {last[:160]}")
        return done.stdout

    def process_ms(self, args: list[str], timeout: float = 300) -> float:
        """Milliseconds of a whole fresh ``python args`` process, on the run's clock (its CPU
        time, user + system, read from the finished child's resource usage; or elapsed)."""
        before = _children_cpu()
        t0 = time.perf_counter()
        self.run(args, timeout)
        if self.clock == "wall":
            return (time.perf_counter() - t0) * 1000.0
        return (_children_cpu() - before) * 1000.0


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the children waited for so far
    return usage.ru_utime + usage.ru_stime


def generator_module() -> str:
    """The map generator (``python -m benchmarks.generate``)."""
    return "benchmarks.generate"


def missing_modules(modules: tuple[str, ...]) -> list[str]:
    missing = []
    for name in modules:
        try:
            if importlib.util.find_spec(name) is None:
                missing.append(name)
        except ModuleNotFoundError:
            missing.append(name)
    return missing


def median(values: list[float]) -> float:
    return statistics.median(values)


def new_workdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="mapstudio-bench-"))
