"""The real application, killed after an autosave, gives the edit back through the recovery
dialog's Restore button on the next start."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mapstudio.files import read_map, write_map
from mapstudio.files.recovery import list_orphans, recovery_dir

from .conftest import sample_map

pytest.importorskip("mapstudio.gui.app.main_window")

DRIVER = Path(__file__).with_name("app_driver.py")
ROOT = Path(__file__).resolve().parents[2]
EDIT = "Carte écrite juste avant la panne"


def driver(*args: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [sys.executable, str(DRIVER), *args], stdout=subprocess.PIPE, text=True, env=env
    )


def wait_for_recovery_file(text: str, timeout: float) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for f in recovery_dir().glob("*.recovery.json") if recovery_dir().is_dir() else []:
            if text in f.read_text(encoding="utf-8"):
                return f
        time.sleep(0.1)
    raise AssertionError("no autosave happened")


@pytest.mark.slow
@pytest.mark.parametrize("reopen_with_path", [False, True], ids=["no-args", "same-path"])
def test_sigkill_after_autosave_then_restore_on_restart(tmp_path, reopen_with_path):
    path = tmp_path / "workshop.journey.json"
    write_map(path, sample_map())
    before = path.read_bytes()
    settings = Path(os.environ["XDG_CONFIG_HOME"]) / "MapStudio" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"autosave_seconds": 5}))

    first = driver("edit", str(path), EDIT)
    try:
        assert first.stdout.readline().strip() == "edited"
        wait_for_recovery_file(EDIT, timeout=30)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
    assert path.read_bytes() == before  # autosave never touches the user's file
    assert [o.original_path for o in list_orphans()] == [path]

    # Started again the way it was started before the crash (mapstudio MAP), or bare: either
    # way the restored map is one tab, and no message warns about another copy of it.
    second = driver("recover", *([str(path)] if reopen_with_path else []))
    out, _ = second.communicate(timeout=60)
    assert second.returncode == 0
    report = json.loads(out.strip().splitlines()[-1])
    (listed,) = report["listed"]
    assert listed[0] == "Sample journey" and listed[2] == str(path)
    (doc,) = report["documents"]
    assert report["messages"] == []
    assert doc["path"] == str(path) and doc["modified"] and EDIT in doc["cards"]
    assert report["saved"]
    assert any(c.text == EDIT for c in read_map(path).cards)
    assert list_orphans() == []
