"""`mapstudio diff` and `mapstudio merge` from the command line, and as git's merge driver."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mapstudio.core import edits
from mapstudio.core.document import Document
from mapstudio.core.history import History
from mapstudio.files import read_map, write_map
from tests.foundation.conftest import EXAMPLES, cli_env, run_cli

EXAMPLE = EXAMPLES / "smartphone-en.journey.json"


def write_edited(path: Path, *steps) -> Path:
    doc = Document(read_map(EXAMPLE))
    history = History(doc)
    for make in steps:
        history.push(make(doc))
    write_map(path, doc.map)
    return path


@pytest.fixture
def versions(tmp_path: Path) -> dict[str, Path]:
    base = read_map(EXAMPLE)
    card, other = base.cards[0], base.cards[5]
    first_stage = base.ordered_stages()[0].id
    return {
        "base": write_edited(tmp_path / "base.journey.json"),
        "ours": write_edited(
            tmp_path / "ours.journey.json",
            lambda d: edits.update(d, card.id, {"text": "Edited on the train"}),
            lambda d: edits.update(d, other.id, {"text": "ours"}),
        ),
        "theirs": write_edited(
            tmp_path / "theirs.journey.json",
            lambda d: edits.move_stage(d, first_stage, 2),
            lambda d: edits.update(d, other.id, {"text": "theirs"}),
        ),
    }


def test_diff_exit_status_text_and_json(versions) -> None:
    same = run_cli("diff", str(versions["base"]), str(versions["base"]))
    assert (same.returncode, same.stdout, same.stderr) == (0, "", "")
    changed = run_cli("diff", str(versions["base"]), str(versions["ours"]))
    assert changed.returncode == 1
    assert 'Card edited in Awareness / Customer actions: "Notices her battery' in changed.stdout
    assert '→ "Edited on the train"' in changed.stdout and len(changed.stdout.splitlines()) == 2
    as_json = run_cli("diff", "--json", str(versions["base"]), str(versions["theirs"]))
    document = json.loads(as_json.stdout)
    assert as_json.returncode == 1 and document["same"] is False
    moved = [d for d in document["differences"] if d["collection"] == "stages"]
    assert moved and moved[0]["moved"] is True and moved[0]["fields"] == {}
    missing = run_cli("diff", str(versions["base"]), str(versions["base"].with_name("nope.json")))
    assert missing.returncode == 2 and "nope.json: the file does not exist" in missing.stderr


def test_diff_speaks_french(versions) -> None:
    env = cli_env() | {"LANGUAGE": "fr", "LC_ALL": "fr_FR.UTF-8"}
    proc = subprocess.run(
        [sys.executable, "-m", "mapstudio", "diff", str(versions["base"]), str(versions["ours"])],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert (
        proc.returncode == 1
        and "Fiche — texte modifié dans Awareness / Customer actions : « Notices" in proc.stdout
    ), proc.stdout


def test_merge_lists_the_conflict_and_fail_on_conflict_writes_nothing(versions, tmp_path) -> None:
    out = tmp_path / "merged.journey.json"
    args = [str(versions[k]) for k in ("base", "ours", "theirs")]
    refused = run_cli("merge", *args, "-o", str(out), "--fail-on-conflict")
    assert refused.returncode == 1 and not out.exists()
    assert "text changed both ways" in refused.stderr
    merged = run_cli("merge", *args, "-o", str(out))
    assert merged.returncode == 0 and "conflict:" in merged.stderr
    assert run_cli("check", str(out)).returncode == 0
    m = read_map(out)
    assert m.cards[0].text == "Edited on the train"
    assert [s.name for s in m.ordered_stages()][2] == "Awareness"  # their move, our edits
    # the merge against each side shows the other side's edits only
    against_theirs = run_cli("diff", str(versions["theirs"]), str(out)).stdout
    assert "Edited on the train" in against_theirs and "Stage moved" not in against_theirs


def test_git_merges_two_branches_through_the_driver(versions, tmp_path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    repo.mkdir()
    env = cli_env() | {
        "GIT_AUTHOR_NAME": "A", "GIT_AUTHOR_EMAIL": "a@example.org",
        "GIT_COMMITTER_NAME": "A", "GIT_COMMITTER_EMAIL": "a@example.org",
        "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
    }  # fmt: skip

    def git(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True)

    driver = f"{shlex.quote(sys.executable)} -m mapstudio merge --git %O %A %B"
    git("init", "-q", "-b", "main")
    git("config", "merge.mapstudio.name", "MapStudio map merge")
    git("config", "merge.mapstudio.driver", driver)
    (repo / ".gitattributes").write_text("*.journey.json merge=mapstudio\n")
    target = repo / "map.journey.json"
    shutil.copy(versions["base"], target)
    git("add", ".")
    git("commit", "-qm", "base")
    git("checkout", "-qb", "train")
    base = read_map(EXAMPLE)
    write_edited(target, lambda d: edits.update(d, base.cards[0].id, {"text": "On the train"}))
    git("commit", "-qam", "train")
    git("checkout", "-q", "main")
    stage = base.ordered_stages()[0].id
    write_edited(
        target,
        lambda d: edits.move_stage(d, stage, 2),
        lambda d: edits.add_card(d, stage, base.cards[0].lane, text="From the workshop"),
    )
    git("commit", "-qam", "workshop")
    merged = git("merge", "-q", "--no-edit", "train")
    assert merged.returncode == 0, merged.stdout + merged.stderr
    text = target.read_text(encoding="utf-8")
    assert "<<<<<<<" not in text and ">>>>>>>" not in text
    m = read_map(target)
    assert m.cards[0].text == "On the train"
    assert any(c.text == "From the workshop" for c in m.cards)
    assert [s.id for s in m.ordered_stages()][2] == stage
    assert git("status", "--porcelain").stdout == ""
