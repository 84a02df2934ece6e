"""A save killed mid-write leaves a hidden temporary file; the next save, open, check or format
of that map sweeps it away once it is clearly stale, and never touches one that a write in
progress (in any process) holds locked or has just written."""

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


def _old(path: Path) -> Path:
    path.write_bytes(b'{"half": ')
    old = time.time() - STALE_TEMP_SECONDS - 60
    os.utime(path, (old, old))
    return path


def test_check_sweeps_leftovers_but_not_one_a_live_save_holds(tmp_path: Path) -> None:
    target = tmp_path / "shop.journey.json"
    target.write_bytes(EXAMPLE.read_bytes())
    killed = _old(tmp_path / ".shop.journey.json.k1ll3d.tmp")
    writing = _old(tmp_path / ".shop.journey.json.l1v3.tmp")
    holder = subprocess.Popen(  # a save in progress in another process holds its lock
        [
            sys.executable,
            "-c",
            "import fcntl, sys, time; f = open(sys.argv[1]); "
            "fcntl.flock(f, fcntl.LOCK_EX); print('held', flush=True); time.sleep(60)",
            str(writing),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        proc = subprocess.run(
            [sys.executable, "-m", "mapstudio", "check", str(target)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert proc.returncode == 0, proc.stderr
        assert not killed.exists()
        assert writing.exists()
    finally:
        holder.kill()
        holder.wait()


def test_opening_a_map_in_the_editor_sweeps_its_leftovers(qapp, tmp_path: Path) -> None:
    from mapstudio.gui.app import fileops

    target = tmp_path / "shop.journey.json"
    target.write_bytes(EXAMPLE.read_bytes())
    killed = _old(tmp_path / ".shop.journey.json.k1ll3d.tmp")
    fileops.open_document(target)
    assert not killed.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.journey.json"]


def test_a_map_whose_name_has_brackets_gets_its_own_leftovers_swept(tmp_path: Path) -> None:
    target = tmp_path / "shop [v1].journey.json"  # a glob would read [v1] as a set of letters
    target.write_bytes(EXAMPLE.read_bytes())
    leftover = _old(tmp_path / ".shop [v1].journey.json.abc123.tmp")
    lookalike = _old(tmp_path / ".shop v.journey.json.abc123.tmp")  # another map's business
    subprocess.run(
        [sys.executable, "-m", "mapstudio", "format", str(target)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert not leftover.exists()
    assert lookalike.exists()
