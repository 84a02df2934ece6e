"""A corpus of broken map files, each fed to ``mapstudio check`` and ``mapstudio format`` in a
subprocess: exit 1, exactly one line on stderr naming the file, no traceback, file untouched."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.foundation.conftest import cli_command, cli_env, example_doc

Doc = dict[str, Any]


def _edit(change: Callable[[Doc], None]) -> bytes:
    doc = example_doc()
    change(doc)
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def _set(path: str, value: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        *parents, last = path.split("/")
        node: Any = doc
        for p in parents:
            node = node[int(p)] if p.isdigit() else node[p]
        node[int(last) if last.isdigit() else last] = value

    return change


def _card_in_emotions_lane(doc: Doc) -> None:
    doc["cards"][3]["lane"] = "emotions"


def _duplicate_id(doc: Doc) -> None:
    doc["cards"][5]["id"] = doc["cards"][2]["id"]


def _metric_in_notes(doc: Doc) -> None:
    doc["metric_values"][1]["lane"] = "notes"


def _deep_inside_object(doc: Doc) -> None:
    node: Any = []
    for _ in range(40):
        node = [node]
    doc["tags"] = node


SYNTAX = b'{\n  "schema_version": 2,\n  "id": "m"\n  "title": "x"\n}\n'

# name -> (file content, words the message must contain)
CASES: dict[str, tuple[bytes | None, list[str]]] = {
    "binary": (bytes(range(256)) * 16, ["binary file"]),
    "empty": (b"", ["empty"]),
    "blank": (b"  \n\n ", ["empty"]),
    "too-large": (None, ["too large", "200 MB"]),  # made sparse with truncate below
    "nesting-deep": (b"[" * 200_000 + b"]" * 200_000, ["nested too deeply"]),
    "nesting-in-map": (_edit(_deep_inside_object), ["nested too deeply"]),
    "bad-utf8": (b'{"schema_version": 2,\n "title": "caf\xe9"}', ["not valid UTF-8", "line 2"]),
    "nan": (_edit(_set("metric_values/0/value", 1.5)).replace(b"1.5", b"NaN"), ["NaN"]),
    "huge-int": (b'{"schema_version": 2, "votes": ' + b"9" * 5000 + b"}", ["too large"]),
    "huge-float": (b'{"schema_version": 2, "x": 1e999}', ["too large"]),
    "syntax": (SYNTAX, ["line 4, column 3"]),
    "not-object": (b"[1, 2, 3]\n", ["JSON array", "not a MapStudio map"]),
    "string": (b'"hello"', ["JSON string"]),
    "no-version": (b'{"title": "x"}', ["no schema_version"]),
    "newer": (_edit(_set("schema_version", 4)), ["newer MapStudio", "format 4"]),
    "bad-version": (_edit(_set("schema_version", "two")), ["schema_version"]),
    "unknown-field": (
        _edit(_set("colour_scheme", "dark")),
        ["colour_scheme: MapStudio does not know this field"],
    ),
    "unknown-card-field": (
        _edit(_set("cards/4/priority", 3)),
        ["cards[4].priority: MapStudio does not know this field"],
    ),
    "missing-stage": (
        _edit(_set("cards/12/stage", "s9")),
        ['cards[12].stage: there is no stage "s9"'],
    ),
    "missing-lane": (
        _edit(_set("cards/0/lane", "nope")),
        ['cards[0].lane: there is no lane "nope"'],
    ),
    "missing-persona": (
        _edit(_set("emotion_points/2/persona", "zoe")),
        ['emotion_points[2].persona: there is no persona "zoe"'],
    ),
    "duplicate-id": (_edit(_duplicate_id), ["cards[5].id", "already used by cards[2]"]),
    "score-out-of-range": (
        _edit(_set("emotion_points/0/score", 4)),
        ["emotion_points[0].score: 4 is outside", "-2..+2"],
    ),
    "card-in-emotions": (_edit(_card_in_emotions_lane), ["cards[3].lane", "emotions lane"]),
    "metric-in-notes": (_edit(_metric_in_notes), ["metric_values[1].lane", "not a metrics lane"]),
    "severity": (_edit(_set("cards/30/severity", 7)), ["cards[30].severity"]),
    "bad-colour": (_edit(_set("personas/0/colour", "red")), ["personas[0].colour", "#ff8800"]),
    "bad-id": (_edit(_set("stages/0/id", "a b")), ["stages[0].id", "not a valid id"]),
    "missing-title": (_edit(lambda d: d.pop("title")), ["title: this field is required"]),
    "bad-scale": (_edit(_set("emotion_scale", "0..10")), ["emotion_scale"]),
    "bad-v1": (b'{"schema_version": 1, "id": "m", "title": "t", "cards": 5}', ["cards"]),
}
SPECIAL = ["missing", "folder", "fifo"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("broken")
    paths = {}
    for name, (content, _) in CASES.items():
        path = folder / f"{name}.journey.json"
        if content is None:
            path.touch()
            subprocess.run(["truncate", "-s", "201M", str(path)], check=True)
        else:
            path.write_bytes(content)
        paths[name] = path
    paths["missing"] = folder / "missing.journey.json"
    paths["folder"] = folder / "folder.journey.json"
    paths["folder"].mkdir()
    paths["fifo"] = folder / "fifo.journey.json"
    os.mkfifo(paths["fifo"])  # reading it would block forever
    return paths


# Cases that differ only in their message share one ``check`` call (still one line each); the
# others, which exercise a different way of failing, get a subprocess of their own.
BATCHED = {
    "blank", "string", "huge-float", "bad-version", "unknown-card-field", "missing-lane",
    "missing-persona", "duplicate-id", "score-out-of-range", "card-in-emotions",
    "metric-in-notes", "severity", "bad-colour", "bad-id", "missing-title", "bad-scale",
}  # fmt: skip


@pytest.fixture(scope="module")
def results(corpus: dict[str, Path]) -> dict[str, tuple[int, str, str, Any]]:
    """``mapstudio check`` on every file; the subprocesses run in parallel."""
    before = {name: _snapshot(p) for name, p in corpus.items()}
    solo = [name for name in corpus if name not in BATCHED]
    batch = [name for name in corpus if name in BATCHED]
    procs = {
        name: _spawn("check", *(str(corpus[n]) for n in names))
        for name, names in [*((n, [n]) for n in solo), ("batch", batch)]
    }
    out = {}
    for key, proc in procs.items():
        stdout, stderr = proc.communicate(timeout=120)
        for name in batch if key == "batch" else [key]:
            mine = [line for line in stderr.splitlines() if line.startswith(f"{corpus[name]}: ")]
            if key != "batch":
                mine = stderr.splitlines()  # every line counts: nothing but the one problem
            out[name] = (proc.returncode, stdout, "".join(f"{x}\n" for x in mine), before[name])
        if key == "batch":
            assert len(stderr.splitlines()) == len(batch) and "Traceback" not in stderr
    return out


def _spawn(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        cli_command(*args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )


def _snapshot(path: Path) -> Any:
    if path.is_file():
        return path.read_bytes(), path.stat().st_mtime_ns
    return path.exists()


@pytest.mark.parametrize("name", [*CASES, *SPECIAL])
def test_check_gives_one_line_and_leaves_the_file_alone(name, corpus, results):
    path = corpus[name]
    code, stdout, stderr, before = results[name]
    assert code == 1, stderr
    assert "Traceback" not in stderr + stdout
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith(f"{path}: ")
    for words in CASES.get(name, (None, []))[1]:
        assert words in lines[0]
    assert _snapshot(path) == before


def test_specific_messages_for_missing_file_and_folder(results):
    assert results["missing"][2].strip().endswith("the file does not exist")
    assert "folder" in results["folder"][2]
    assert "not a regular file" in results["fifo"][2]


def test_format_refuses_every_broken_file_and_changes_none(corpus):
    before = {name: _snapshot(p) for name, p in corpus.items()}
    proc = subprocess.run(
        cli_command("format", *(str(p) for p in corpus.values())),
        capture_output=True, text=True, env=cli_env(), timeout=120,
    )  # fmt: skip
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert [line.split(": ")[0] for line in lines] == [str(p) for p in corpus.values()]
    files = [line for line in lines if not any(w in line for w in ("folder", "missing", "fifo"))]
    assert all(line.endswith("; the file was not changed") for line in files)
    assert {name: _snapshot(p) for name, p in corpus.items()} == before
    assert not list(corpus["empty"].parent.glob(".*.tmp"))  # no temporary file left behind


def test_check_reports_every_bad_file_and_passes_good_ones(corpus, tmp_path):
    good = tmp_path / "good.journey.json"
    good.write_bytes(json.dumps(example_doc("perfume-fr")).encode())
    names = ["syntax", "missing-stage", "newer"]
    proc = subprocess.run(
        cli_command("check", str(good), *(str(corpus[n]) for n in names)),
        capture_output=True, text=True, env=cli_env(), timeout=60,
    )  # fmt: skip
    assert proc.returncode == 1
    assert [line.split(": ")[0] for line in proc.stderr.splitlines()] == [
        str(corpus[n]) for n in names
    ]
    assert proc.stdout.startswith(f"{good}: valid")
