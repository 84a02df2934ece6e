"""Fixtures for the packaging tests: the built wheel, installed into a fresh venv outside the
checkout. Dependencies come from the project's .venv (no network in `make test`); the fully
isolated install from the registry is `make package-test`."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Installed:
    venv: Path
    bin: Path  # the venv's bin/ folder
    workdir: Path  # a folder outside the checkout to run commands from

    def run(self, *args: str, env: dict[str, str] | None = None, timeout: float = 60):
        """Run the installed ``mapstudio`` from ``workdir``; returns the CompletedProcess."""
        full_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
        full_env.update(env or {})
        return subprocess.run(
            [str(self.bin / "mapstudio"), *args],
            cwd=self.workdir,
            env=full_env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from this checkout by hatchling (the build backend in pyproject.toml)."""
    out = tmp_path_factory.mktemp("wheel")
    code = "import sys; from hatchling.build import build_wheel; print(build_wheel(sys.argv[1]))"
    done = subprocess.run(
        [sys.executable, "-c", code, str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return out / done.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Installed:
    """The wheel installed with pip into a new venv, its dependencies borrowed from .venv."""
    base = tmp_path_factory.mktemp("installed")
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"]
        + ["--no-deps", "--no-index", "--disable-pip-version-check", str(wheel)],
        check=True,
        capture_output=True,
    )
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # A plain path line: the project venv's site-packages is searched after the new venv's own,
    # and its .pth files (the editable install of this checkout) are not processed.
    Path(site, "_mapstudio_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    workdir = base / "elsewhere"
    workdir.mkdir()
    return Installed(venv=venv, bin=venv / "bin", workdir=workdir)
