"""The README's commands work as written, in the order a newcomer types them: in a fresh folder
holding the checkout's files, with the project's environment activated as the README says
(``. .venv/bin/activate``: its bin folder first on PATH). Commands that build or install
(make, pipx, packaging scripts) have their own tests; the editor needs a display."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
HEADLESS = {"check", "templates", "new", "format", "export", "import", "--version", "--help"}


def shown_commands() -> list[str]:
    """Every ``mapstudio ...`` and ``python3 -m ...`` line of the README's sh blocks, in order,
    and the ``python3 -m ...`` commands quoted in its text."""
    text = README.read_text(encoding="utf-8")
    found: list[tuple[int, str]] = []
    for block in re.finditer(r"```sh\n(.*?)```", text, re.S):
        for offset, line in enumerate(block.group(1).splitlines()):
            words = shlex.split(line, comments=True)
            if words and words[0] in ("mapstudio", "python3"):
                command = re.sub(r"\s+#.*$", "", line).strip()  # as typed, globs and all
                found.append((block.start() + offset, command))
    for quoted in re.finditer(r"[`(](python3 -m (?:benchmarks|mapstudio)[^`)]*)[`)]", text):
        if "..." not in quoted.group(1):  # "python3 -m mapstudio ...": a form, not a command
            found.append((quoted.start(), quoted.group(1)))
    return [command for _, command in sorted(found)]


def opens_the_editor(command: str) -> bool:
    words = shlex.split(command)
    return words[0] == "mapstudio" and (len(words) == 1 or words[1] not in HEADLESS)


def test_every_command_in_the_readme_works_as_written(tmp_path: Path) -> None:
    commands = shown_commands()
    assert "mapstudio new --template smartphone-fr -o atelier.journey.json" in commands
    assert any(c.startswith("python3 -m benchmarks.generate") for c in commands)
    for name in ("resources", "benchmarks"):  # the checkout, as the README's commands see it
        (tmp_path / name).symlink_to(ROOT / name)
    venv_bin = Path(sys.executable).parent
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DISPLAY")}
    env.update(
        PATH=f"{venv_bin}{os.pathsep}{env.get('PATH', '')}", VIRTUAL_ENV=str(venv_bin.parent)
    )
    ran = []
    for command in commands:
        if opens_the_editor(command):
            continue
        if command.startswith("python3 -m mapstudio.files.schema"):
            command += " --check"  # the check form: regenerating would write into the checkout
        done = subprocess.run(
            ["bash", "-c", command],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, f"{command}\n{done.stdout}{done.stderr}"
        assert "Traceback" not in done.stderr, command
        ran.append(command)
    assert len(ran) >= 15, ran
    assert (tmp_path / "atelier.journey.json").is_file() and (tmp_path / "map.svg").is_file()
