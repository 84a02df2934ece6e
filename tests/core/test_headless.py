"""The editing core runs with Qt unavailable: every bundled example, every kind of edit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.foundation.conftest import EXAMPLES, ROOT, cli_env


def test_every_edit_on_every_example_undoes_to_the_original_bytes_without_qt() -> None:
    maps = sorted(str(p) for p in EXAMPLES.glob("*.journey.json"))
    assert len(maps) >= 8
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("headless_script.py")), *maps],
        capture_output=True, text=True, env=cli_env(), cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == len(maps)
    for line in lines:
        name, steps, verdict, qt = line.split(" ", 3)
        assert int(steps) >= 15 and verdict == "identical" and qt == "[]", line
