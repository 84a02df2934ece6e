"""Helpers for the foundation tests: the command line in a subprocess, sample documents."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "resources" / "examples"
DATA = Path(__file__).resolve().parent / "data"


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "mapstudio", *args]


def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    env.pop("DISPLAY", None)  # headless commands must not need one
    env.pop("QT_QPA_PLATFORM", None)
    return env


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cli_command(*args), capture_output=True, text=True, env=cli_env(), cwd=cwd, timeout=60
    )


def example_doc(name: str = "smartphone-en") -> dict[str, Any]:
    return json.loads((EXAMPLES / f"{name}.journey.json").read_text(encoding="utf-8"))


@pytest.fixture
def smartphone_doc() -> dict[str, Any]:
    return example_doc()
