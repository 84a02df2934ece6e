"""What ``mapstudio`` does with its first word: a command, map files for the editor, or a
mistake said in one line; and the editor without a display says so instead of aborting."""

from __future__ import annotations

import subprocess

from mapstudio import cli
from tests.foundation.conftest import EXAMPLES, cli_command, cli_env, run_cli

COMMANDS = ", ".join(cli.COMMANDS)


def test_a_mistyped_command_is_an_error_that_suggests_the_command(tmp_path):
    proc = run_cli("chek", "map.journey.json", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.splitlines() == [
        f'mapstudio: "chek" is neither a command nor an existing file: did you mean check? '
        f"(commands: {COMMANDS})"
    ]
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_first_word_names_the_commands(tmp_path):
    proc = run_cli("banana", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        f'mapstudio: "banana" is neither a command nor an existing file (commands: {COMMANDS}; '
        "see mapstudio --help)"
    ]


def test_help_shows_the_editor_form():
    proc = run_cli("--help")
    assert proc.returncode == 0
    assert proc.stdout.startswith("usage: mapstudio [FILE...]\n       mapstudio COMMAND")


def test_the_editor_without_a_display_says_so_and_exits_2(tmp_path):
    # run_cli removes DISPLAY and QT_QPA_PLATFORM, as on a server or in an ssh session.
    message = (
        "mapstudio: the editor needs a graphical session, and there is none here (DISPLAY and "
        "WAYLAND_DISPLAY are not set); check, export and the other commands work without one "
        "(see mapstudio --help)"
    )
    for args in ([], [str(EXAMPLES / "perfume-en.journey.json")]):
        proc = run_cli(*args, cwd=tmp_path)
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr.splitlines() == [message]
    # A file named like a command is still reachable as ./check, and it is a file: the editor.
    (tmp_path / "chek").write_text("{}", encoding="utf-8")
    assert run_cli("chek", cwd=tmp_path).stderr.splitlines() == [message]


def test_a_display_no_x_server_answers_is_said_too(tmp_path):
    from pathlib import Path

    taken = {p.name for p in Path("/tmp/.X11-unix").glob("X*")}
    number = next(n for n in range(90, 200) if f"X{n}" not in taken)
    env = cli_env()
    env["DISPLAY"] = f":{number}"
    proc = subprocess.run(
        cli_command(str(EXAMPLES / "perfume-en.journey.json")),
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert proc.returncode == 2  # not Qt's abort (134)
    assert proc.stderr.splitlines() == [
        f"mapstudio: the editor needs a graphical session, and no X server answers on display "
        f":{number}; check, export and the other commands work without one (see mapstudio --help)"
    ]
