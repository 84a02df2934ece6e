"""A save killed mid-write leaves a hidden temporary file; the next save of that map sweeps it
away once it is clearly stale, and never touches one that may belong to a write in progress."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from mapstudio.files.atomic import STALE_TEMP_SECONDS

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "perfume-en.journey.json"


def test_format_sweeps_stale_leftovers_and_keeps_fresh_ones(tmp_path: Path) -> None:
    target = tmp_path / "shop.journey.json"
    compact = json.dumps(json.loads(EXAMPLE.read_bytes()))  # not canonical: format rewrites it
    target.write_text(compact, encoding="utf-8")
    stale = tmp_path / ".shop.journey.json.abc123.tmp"
    fresh = tmp_path / ".shop.journey.json.def456.tmp"
    other = tmp_path / ".other.journey.json.abc123.tmp"
    for leftover in (stale, fresh, other):
        leftover.write_bytes(b'{"half": ')
    old = time.time() - STALE_TEMP_SECONDS - 60
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    subprocess.run(
        [sys.executable, "-m", "mapstudio", "format", str(target)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert target.read_text(encoding="utf-8") != compact  # the map was really written
    assert not stale.exists()
    assert fresh.exists()  # could be another MapStudio's save in progress
    assert other.exists()  # another map's business
