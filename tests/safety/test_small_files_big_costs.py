"""Small files that would cost gigabytes: refused in a bounded time and memory, before any
validation, with one line that says why. Measured on the real command in a subprocess with
/usr/bin/time (its peak memory is the process's own, not the test runner's)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.foundation.conftest import EXAMPLES, cli_command, cli_env

MEMORY_LIMIT_KB = 300 * 1024
#: The budget is 2 s on an idle machine; test runs share two cores with other work.
TIME_LIMIT_S = 8.0
# Timed: these share one worker in parallel runs (make test) rather than race each other.
pytestmark = pytest.mark.xdist_group("timing")


def base() -> dict:
    return json.loads((EXAMPLES / "smartphone-en.journey.json").read_bytes())


def with_list(path: Path, key: str, body: str) -> Path:
    doc = base()
    doc.pop(key, None)
    text = json.dumps(doc, separators=(",", ":"))
    path.write_text(text[:-1] + f',"{key}":[{body}]}}', encoding="utf-8")
    return path


def measured_check(path: Path, status: int = 1) -> tuple[str, float, int]:
    """(what ``mapstudio check`` says, its elapsed seconds, its peak memory in KB): what it
    says on its error output, or on its output when it exits with ``status`` 0."""
    timer = shutil.which("time") or "/usr/bin/time"
    if not Path(timer).exists():
        pytest.skip("/usr/bin/time is not installed")
    proc = subprocess.run(
        [timer, "-f", "TIMED %e %M", *cli_command("check", str(path))],
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=120,
    )
    lines = [line for line in proc.stderr.splitlines() if not line.startswith("Command exited")]
    seconds, kb = lines[-1].split()[1:]
    assert proc.returncode == status, proc.stderr
    said = proc.stdout.strip() if status == 0 else "\n".join(lines[:-1])
    return said, float(seconds), int(kb)


@pytest.mark.parametrize(
    ("name", "key", "body", "message"),
    [
        ("empty-cards", "cards", ",".join(["{}"] * 1_000_000), "cards: too many items (1,000,000;"),
        ("zeros", "tags", ",".join(["0"] * 24_000_000), "too many values to be a map"),
        ("floats", "tags", ",".join(["1.5"] * 12_000_000), "too many values to be a map"),
        ("empty-strings", "tags", ",".join(['""'] * 16_000_000), "too many values to be a map"),
        ("nested", "tags", "[" * 10_000_000 + "]" * 10_000_000, "too many values to be a map"),
        ("bad-cards", "cards", ",".join(['{"text":1}'] * 99_000), "(and more problems)"),
    ],
)
def test_refused_quickly_in_little_memory(tmp_path, name, key, body, message):
    path = with_list(tmp_path / f"{name}.journey.json", key, body)
    assert path.stat().st_size <= 50 * 1024 * 1024
    stderr, seconds, kb = measured_check(path)
    assert len(stderr.splitlines()) == 1 and message in stderr, stderr
    assert kb < MEMORY_LIMIT_KB, f"{kb} KB"
    assert seconds < TIME_LIMIT_S


def test_a_large_map_with_one_bad_reference_is_refused_without_validating_twice(tmp_path):
    doc = base()
    card = doc["cards"][0]
    doc["cards"] = [dict(card, id=f"c{i}") for i in range(60_000)]
    doc["cards"][-1]["stage"] = "nowhere"
    path = tmp_path / "big.journey.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    stderr, seconds, kb = measured_check(path)
    assert stderr == f'{path}: cards[59999].stage: there is no stage "nowhere"'
    assert kb < MEMORY_LIMIT_KB and seconds < TIME_LIMIT_S


def test_commas_inside_text_do_not_count_as_values(tmp_path):
    doc = base()
    card = doc["cards"][0]
    doc["cards"] = [dict(card, id=f"c{i}", text="," * 1_000) for i in range(4_000)]
    path = tmp_path / "commas.journey.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    proc = subprocess.run(
        cli_command("check", str(path)), capture_output=True, text=True, env=cli_env(), timeout=60
    )
    assert proc.returncode == 0, proc.stderr  # 4,000,000 commas, all of them in text


def test_the_editor_refuses_such_a_file_as_fast(qapp, tmp_path):
    import time

    from mapstudio.gui.app import fileops

    path = with_list(tmp_path / "empty.journey.json", "cards", ",".join(["{}"] * 1_000_000))
    started = time.perf_counter()
    with pytest.raises(fileops.MapFileError, match="too many items"):
        fileops.open_document(path)
    assert time.perf_counter() - started < TIME_LIMIT_S


def test_a_late_problem_in_a_long_list_is_placed_exactly(tmp_path):
    from mapstudio.files import MapFileError, read_map

    doc = base()
    card = doc["cards"][0]
    doc["cards"] = [dict(card, id=f"c{i}") for i in range(1_300)]
    doc["cards"][1_234]["text"] = 5
    doc["cards"][1_250]["votes"] = -1
    path = tmp_path / "late.journey.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(MapFileError) as refused:
        read_map(path)
    # both problems are in the last chunk (1,000..1,299), so they are counted
    assert (
        str(refused.value)
        == "cards[1234].text: input should be a valid string (and 1 more problem)"
    )
