"""The model, layout, text fitting and io stay free of Qt (checked in a fresh interpreter)."""

from __future__ import annotations

import subprocess
import sys

from tests.foundation.conftest import EXAMPLES, ROOT, cli_env

SCRIPT = """
import sys
import mapstudio.core.model, mapstudio.layout, mapstudio.layout.textfit, mapstudio.layout.theme
import mapstudio.files, mapstudio.files.mapfile, mapstudio.files.atomic, mapstudio.files.migrations
import mapstudio.files.settings, mapstudio.layout.badges, mapstudio.text.catalog
from mapstudio.files import read_map
from mapstudio.layout import MapIndex, compute_geometry
m = read_map(sys.argv[1])
geometry = compute_geometry(MapIndex(m))  # text fitting runs too
assert geometry.width > 0
qt = sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6")))
print(len(m.cards), qt)
"""


def test_pure_modules_import_no_qt():
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(EXAMPLES / "smartphone-fr.journey.json")],
        capture_output=True, text=True, env=cli_env(), cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split()[-1] == "[]"
