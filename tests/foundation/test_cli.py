"""The ``mapstudio`` command line, driven in subprocesses (and in-process for delegation)."""

from __future__ import annotations

import json
import subprocess
import sys
import types

import pytest

from mapstudio import __version__, cli
from mapstudio.files import dump_map, read_map
from tests.foundation.conftest import EXAMPLES, ROOT, cli_env, example_doc, run_cli


def test_version():
    proc = run_cli("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"MapStudio {__version__}"


def test_check_valid_examples_exit_zero():
    files = sorted(str(p) for p in EXAMPLES.glob("*.journey.json"))
    proc = run_cli("check", *files)
    assert proc.returncode == 0 and proc.stderr == ""
    assert len(proc.stdout.splitlines()) == len(files)
    assert run_cli("check", "-q", files[0]).stdout == ""


def test_templates_lists_name_language_title():
    proc = run_cli("templates")
    assert proc.returncode == 0
    rows = [line.split(None, 2) for line in proc.stdout.splitlines()]
    assert rows[0][:2] == ["blank-en", "en"]
    assert ["perfume-fr", "fr", "Acheter un parfum dans une boutique de quartier"] in rows
    assert len(rows) == 8


def test_new_creates_fresh_map_and_refuses_to_overwrite(tmp_path):
    out = tmp_path / "atelier.journey.json"
    proc = run_cli("new", "--template", "cosmetics-fr", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    made, template = read_map(out), read_map(EXAMPLES / "cosmetics-fr.journey.json")
    assert made.id != template.id and made.created > template.created
    assert made.modified == made.created and made.cards == template.cards
    assert out.read_bytes() == dump_map(made)

    out.write_text("my precious work", encoding="utf-8")
    refused = run_cli("new", "--template", "blank-en", "-o", str(out))
    assert refused.returncode == 1
    assert refused.stderr.splitlines() == [
        f"{out}: the file already exists; use --force to replace it"
    ]
    assert out.read_text(encoding="utf-8") == "my precious work"

    forced = run_cli("new", "--template", "blank-en", "-o", str(out), "--force")
    assert forced.returncode == 0 and read_map(out).title == "New journey map"


def test_new_with_unknown_template_lists_the_names(tmp_path):
    out = tmp_path / "x.journey.json"
    proc = run_cli("new", "--template", "bicycle", "-o", str(out))
    assert proc.returncode == 1 and not out.exists()
    (line,) = proc.stderr.splitlines()
    assert 'no template "bicycle"' in line and "blank-en" in line and "smartphone-fr" in line


def test_format_rewrites_canonically_and_skips_canonical_files(tmp_path):
    messy = tmp_path / "messy.journey.json"
    doc = example_doc("perfume-en")
    messy.write_text(json.dumps(doc, sort_keys=True, separators=(",", ":")), encoding="utf-8")
    canonical = tmp_path / "canonical.journey.json"
    canonical.write_bytes((EXAMPLES / "perfume-en.journey.json").read_bytes())
    mtime = canonical.stat().st_mtime_ns

    proc = run_cli("format", str(messy), str(canonical))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [
        f"{messy}: formatted",
        f"{canonical}: already canonical, unchanged",
    ]
    assert messy.read_bytes() == canonical.read_bytes()
    assert canonical.stat().st_mtime_ns == mtime


def test_usage_errors_are_one_line(tmp_path):
    for args in (["check"], ["export", "a", "-o", "b", "--scale", "big"], ["--bogus"]):
        proc = run_cli(*args, cwd=tmp_path)
        assert proc.returncode in (1, 2)
        assert len(proc.stderr.splitlines()) == 1 and "Traceback" not in proc.stderr


def test_export_arguments_reach_run_export(monkeypatch):
    seen = []
    fake = types.ModuleType("mapstudio.cli.export")
    fake.run_export = lambda args: seen.append(args) or 7
    monkeypatch.setitem(sys.modules, "mapstudio.cli.export", fake)
    argv = ["export", "m.journey.json", "-o", "poster.pdf", "--paper", "A0"]
    argv += ["--orientation", "portrait", "--tile", "A4", "--scale", "0.5", "--min-text", "7"]
    argv += ["--overlap", "12mm", "--margin", "5mm", "--dpi", "300"]
    assert cli.main(argv) == 7
    a = seen[0]
    assert (a.file, a.output, a.paper, a.orientation, a.tile) == (
        "m.journey.json", "poster.pdf", "A0", "portrait", "A4",
    )  # fmt: skip
    assert (a.scale, a.min_text, a.overlap, a.margin, a.dpi) == (0.5, 7.0, "12mm", "5mm", 300)
    cli.main(["export", "m.journey.json", "-o", "poster.pdf"])
    d = seen[1]
    # paper (A1) and scale (1.0) are left unset, so that the export can tell --paper given
    # with --tile (the size to tile) from the default
    assert (d.paper, d.orientation, d.tile, d.scale, d.min_text) == (None, None, None, None, None)
    assert (d.overlap, d.margin, d.dpi) == ("10mm", "10mm", 150)


@pytest.mark.parametrize(
    ("argv", "files"), [([], []), (["a.journey.json", "b.journey.json"], ["a.journey.json", "b.journey.json"])]
)  # fmt: skip
def test_no_command_starts_the_gui_with_the_files(monkeypatch, tmp_path, argv, files):
    monkeypatch.chdir(tmp_path)
    for name in files:  # the editor is for files that exist: other words are mistakes
        (tmp_path / name).write_text("{}", encoding="utf-8")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    opened = []
    fake = types.ModuleType("mapstudio.gui.app.application")
    fake.run_gui = lambda paths: opened.append(paths) or 0
    monkeypatch.setitem(sys.modules, "mapstudio.gui.app.application", fake)
    assert cli.main(argv) == 0
    assert opened == [files]


HEADLESS_SCRIPT = """
import sys
from mapstudio.cli import main
examples, tmp = sys.argv[1], sys.argv[2]
codes = [
    main(["check", "-q", examples + "/smartphone-fr.journey.json"]),
    main(["templates"]),
    main(["new", "--template", "blank-fr", "-o", tmp + "/n.journey.json"]),
    main(["format", tmp + "/n.journey.json"]),
    main(["check", tmp + "/missing.journey.json"]),
]
import mapstudio.files.schema, mapstudio.files.templates
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print(codes, qt)
"""


def test_headless_commands_never_import_pyside6(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-c", HEADLESS_SCRIPT, str(EXAMPLES), str(tmp_path)],
        capture_output=True, text=True, env=cli_env(), cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == "[0, 0, 0, 0, 1] []"


def test_python_dash_m_mapstudio_works():
    proc = subprocess.run(
        [sys.executable, "-m", "mapstudio", "--help"],
        capture_output=True, text=True, env=cli_env(), timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0
    for command in ("check", "templates", "new", "format", "export"):
        assert command in proc.stdout


def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path) -> None:
    # `mapstudio insights --json big.json | head -1`: the pipe closes under the command's
    # output; it stops as a Unix tool does (status 141), without "unexpected error".
    from benchmarks.generate import build_map, default_stages

    big = tmp_path / "big.journey.json"
    big.write_bytes(dump_map(build_map(3000, default_stages(3000), 3, 7)))
    command = subprocess.Popen(
        [sys.executable, "-m", "mapstudio", "insights", "--json", str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=cli_env(),
    )
    assert command.stdout.readline().strip() == b"{"
    command.stdout.close()  # more than a pipe's buffer is still to come
    _, errors = command.communicate(timeout=60)
    assert (command.returncode, errors) == (cli.EXIT_BROKEN_PIPE, b"")
