"""``mapstudio export`` in a subprocess: success, warnings, and one-line refusals."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _export(*args: str) -> subprocess.CompletedProcess:
    if (ROOT / "src" / "mapstudio" / "cli.py").exists():
        cmd = [sys.executable, "-m", "mapstudio", "export", *args]
    else:  # until the shared command line lands
        cmd = [sys.executable, "-m", "mapstudio.cli.export", *args]
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = str(ROOT / "src")
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)


def test_pdf_tiled_with_warning(rich_file, tmp_path):
    out = tmp_path / "poster.pdf"
    r = _export(
        str(rich_file), "-o", str(out), "--tile", "A4", "--min-text", "9", "--overlap", "12mm"
    )
    assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert "A4" in r.stdout and "9.0 pt" in r.stdout
    warnings = [line for line in r.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "Une friction très longue" in warnings[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["poster.pdf", rich_file.name]


@pytest.mark.parametrize(
    ("options", "needle"),
    [
        (["--paper", "B7"], "B7"),
        (["--tile", "A4", "--overlap", "10xx"], "10xx"),
        (["--tile", "A4", "--scale", "0"], "scale"),
        (["--tile", "A4", "--scale", "-2"], "scale"),
        (["--margin", "abc"], "abc"),
    ],
)
def test_bad_options_exit_1_with_one_line(rich_file, tmp_path, options, needle):
    out = tmp_path / "out" / "poster.pdf"
    out.parent.mkdir()
    r = _export(str(rich_file), "-o", str(out), *options)
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0] and "Traceback" not in r.stderr
    assert list(out.parent.iterdir()) == []


def test_unknown_extension_missing_folder_and_bad_map(rich_file, tmp_path):
    r = _export(str(rich_file), "-o", str(tmp_path / "poster.docx"))
    assert r.returncode == 1 and ".docx" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = _export(str(rich_file), "-o", str(tmp_path / "nowhere" / "poster.pdf"))
    assert r.returncode == 1 and "nowhere" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    bad = tmp_path / "bad.journey.json"
    bad.write_text("{ not json", encoding="utf-8")
    r = _export(str(bad), "-o", str(tmp_path / "poster.pdf"))
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1
    r = _export(str(tmp_path / "missing.journey.json"), "-o", str(tmp_path / "poster.pdf"))
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "bad.journey.json",
        "riche carte.journey.json",
    ]


def test_pdf_export_needs_no_qt(rich_file, tmp_path):
    out = tmp_path / "poster.pdf"
    code = (
        "import sys; from mapstudio.cli import main; "
        f"rc = main(['export', {str(rich_file)!r}, '-o', {str(out)!r}]); "
        "print(rc, any(m.startswith('PySide6') for m in sys.modules))"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert r.stdout.split()[-2:] == ["0", "False"], r.stderr
    assert out.read_bytes().startswith(b"%PDF")
