"""The layer contracts in pyproject.toml hold, and they catch a forbidden import: each case copies
the package into a temporary folder, adds one import that breaks one rule, and runs lint-imports
on the copy (PYTHONPATH first, so the copy is what it reads)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "mapstudio"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
CONTRACTS = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
NAMES = {contract["id"]: contract["name"] for contract in CONTRACTS["contracts"]}


def lint_imports(source: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(source)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", str(ROOT / "pyproject.toml")],
        env=env, cwd=cwd, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def broken_contracts(output: str) -> set[str]:
    report = " ".join(output.split())  # long contract names wrap
    for name in NAMES.values():
        assert f"{name} KEPT" in report or f"{name} BROKEN" in report, name
    return {cid for cid, name in NAMES.items() if f"{name} BROKEN" in report}


def test_the_contracts_hold() -> None:
    done = lint_imports(ROOT / "src", ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert broken_contracts(done.stdout) == set()
    assert f"{len(NAMES)} kept, 0 broken" in done.stdout


NO_QT, LAYERS = "no-qt-below-the-gui", "layers"
CANVAS, APP = "canvas-without-app", "app-imported-by-itself-and-the-editor-start"


@pytest.mark.parametrize(
    ("module", "line", "broken"),
    [
        ("core/model.py", "import PySide6", {NO_QT}),
        ("poster/paper.py", "from shiboken6 import isValid", {NO_QT}),
        ("text/translate.py", "from PySide6.QtCore import QCoreApplication as _Qt", {NO_QT}),
        ("core/model.py", "from mapstudio.files import atomic", {LAYERS}),
        ("layout/theme.py", "import mapstudio.poster.paper", {LAYERS}),
        # ...and the canvas, which uses the document, would then reach the app through the cli
        ("gui/document.py", "from mapstudio.cli import main", {LAYERS, CANVAS}),
        ("gui/canvas/scene.py", "import mapstudio.gui.app.clipboard", {CANVAS, APP}),
        ("gui/export/dialog.py", "from mapstudio.gui.app import menus", {APP}),
        ("cli/export.py", "import mapstudio.gui.app.application", {APP}),
    ],
)
def test_a_forbidden_import_breaks_its_contract(
    tmp_path: Path, module: str, line: str, broken: set[str]
) -> None:
    copy = tmp_path / "src" / "mapstudio"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")
    done = lint_imports(copy.parent, tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert broken_contracts(done.stdout) == broken
    dotted = "mapstudio." + module.removesuffix(".py").replace("/", ".")
    assert dotted in done.stdout  # names the module at fault
