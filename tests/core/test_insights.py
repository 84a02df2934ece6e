"""Insights: `mapstudio insights` recounted independently on every bundled example, the live
tracker equal to a full recount after random edits, and each measure explained in EN and FR."""

from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest

from mapstudio.core import edits, insights
from mapstudio.core.document import Document
from mapstudio.core.history import History
from mapstudio.core.insights import InsightsTracker, compute
from mapstudio.files import read_map
from mapstudio.text.translate import document_language
from tests.core.random_edits import _one_edit
from tests.foundation.conftest import EXAMPLES, run_cli

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.journey.json"))
ONLINE = {"website", "search", "social", "online_ad", "email", "sms", "mobile_app", "chat"}


def recount(raw: dict[str, Any]) -> dict[str, Any]:
    """Every figure of the insights, counted again from the file's JSON with plain loops (no
    MapStudio code), in the shape of ``mapstudio insights --json``."""
    kind = {lane["id"]: lane["kind"] for lane in raw["lanes"]}
    stages = [s["id"] for s in sorted(raw["stages"], key=lambda s: s.get("order", 0))]
    per: dict[str, dict[str, Any]] = {
        s: {
            "counts": Counter(),
            "heat": 0,
            "frictions": 0,
            "evidence": Counter(),
            "unsourced": set(),
            "channels": Counter(),
            "online": 0,
            "offline": 0,
        }
        for s in stages
    }
    opportunities = set()
    for card in raw["cards"]:
        row, k = per[card["stage"]], kind[card["lane"]]
        row["counts"][k] += 1
        row["evidence"][card.get("evidence") or "unsaid"] += 1
        if not card.get("source", "").strip():
            row["unsourced"].add(card["id"])
        if k == "frictions":
            row["frictions"] += 1
            row["heat"] += card.get("severity") or 1
        if k == "touchpoints":
            channel = card.get("channel")
            row["channels"][channel or "unsaid"] += 1
            online = card.get("online")
            if online is None and channel:
                online = channel in ONLINE
            if online is True:
                row["online"] += 1
            elif online is False:
                row["offline"] += 1
        if k == "opportunities":
            opportunities.add(
                (card["id"], card.get("impact"), card.get("effort"), card.get("votes", 0))
            )
    for value in raw.get("metric_values", []):
        per[value["stage"]]["counts"]["metrics"] += 1
    curves: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for p in raw.get("emotion_points", []):
        per[p["stage"]]["counts"]["emotions"] += 1
        curves[(p["persona"], p.get("curve", "as_is"))][p["stage"]] = p["score"]
    personas = {}
    for persona in raw["personas"]:
        as_is = curves[(persona["id"], "as_is")]
        to_be = curves[(persona["id"], "to_be")]
        path = [(s, as_is[s]) for s in stages if s in as_is]
        low = min((v for _, v in path), default=None)
        drops = sorted(
            (a[1] - b[1], a[0], b[0]) for a, b in zip(path, path[1:], strict=False) if b[1] < a[1]
        )
        personas[persona["id"]] = {
            "low_score": low,
            "low_stages": {s for s, v in path if v == low},
            "biggest_drop": max((d[0] for d in drops), default=None),
            "drops": {(a, b, size) for size, a, b in drops},
            "gap": {s: to_be[s] - as_is[s] for s in stages if s in as_is and s in to_be},
        }
    return {"stages": stages, "per": per, "opportunities": opportunities, "personas": personas}


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name.split(".")[0])
def test_insights_json_equals_an_independent_recount(path: Path) -> None:
    done = run_cli("insights", str(path), "--json")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    shown = json.loads(done.stdout)
    expected = recount(json.loads(path.read_text(encoding="utf-8")))

    assert [s["id"] for s in shown["stages"]] == expected["stages"]
    for stage in shown["stages"]:
        want = expected["per"][stage["id"]]
        assert stage["counts"] == dict(want["counts"]), stage["id"]
        assert stage["friction_heat"] == want["heat"]
        assert stage["frictions"] == want["frictions"]
        assert stage["evidence"] == dict(want["evidence"])
        assert set(stage["unsourced"]) == want["unsourced"]
        assert len(stage["unsourced"]) == len(want["unsourced"])
        mix = stage["channel_mix"]
        assert mix["channels"] == dict(want["channels"])
        assert (mix["online"], mix["offline"]) == (want["online"], want["offline"])
        touchpoints = want["counts"]["touchpoints"]
        assert mix["online"] + mix["offline"] + mix["unsaid"] == touchpoints
    points = {(o["card"], o["impact"], o["effort"], o["votes"]) for o in shown["priority"]}
    assert points == expected["opportunities"]
    assert len(shown["priority"]) == len(expected["opportunities"])
    for persona in shown["personas"]:
        want = expected["personas"][persona["id"]]
        assert persona["low_score"] == want["low_score"]
        assert set(persona["low_stages"]) == want["low_stages"]
        drops = {(d["from"], d["to"], d["size"]) for d in persona["drops"]}
        assert drops == want["drops"]
        if persona["drops"]:
            assert persona["drops"][0]["size"] == want["biggest_drop"]
        assert persona["gap"] == want["gap"]
    assert set(shown["explanations"]) == set(insights.MEASURES)


def test_priority_order_puts_high_impact_low_effort_first() -> None:
    found = compute(read_map(EXAMPLES / "smartphone-en.journey.json"))
    rated = [o for o in found.opportunities if o.rated]
    keys = [(o.effort - o.impact, -o.votes) for o in rated]
    assert keys == sorted(keys) and len(rated) >= 3
    assert all(o.rated for o in found.opportunities[: len(rated)])  # not rated come last


@pytest.mark.parametrize("path", EXAMPLE_FILES[:4], ids=lambda p: p.name.split(".")[0])
def test_text_output_names_every_measure(path: Path) -> None:
    done = run_cli("insights", str(path))
    assert done.returncode == 0, done.stderr
    for measure in insights.MEASURES:
        assert f"{insights.title(measure)}: {insights.explanation(measure)}" in done.stdout


def test_bad_input_is_one_line_and_exit_status(tmp_path: Path) -> None:
    missing = run_cli("insights", str(tmp_path / "none.journey.json"))
    assert missing.returncode == 1 and missing.stdout == ""
    assert missing.stderr.count("\n") == 1 and "does not exist" in missing.stderr
    broken = tmp_path / "broken.journey.json"
    broken.write_text("{ not json", encoding="utf-8")
    bad = run_cli("insights", str(broken), "--json")
    assert bad.returncode == 1 and bad.stdout == "" and bad.stderr.count("\n") == 1
    assert broken.read_text(encoding="utf-8") == "{ not json"  # nothing written
    usage = run_cli("insights")
    assert usage.returncode == 2 and usage.stderr.count("\n") == 1


def _normal(found: insights.Insights) -> str:
    data = found.to_json()
    for stage in data["stages"]:
        stage["unsourced"].sort()  # gathered in list order or in cell order
    return json.dumps(data, sort_keys=True)


@pytest.mark.parametrize("seed", range(6))
def test_tracker_equals_a_full_recount_after_random_edits(seed: int) -> None:
    rng = random.Random(seed)
    path = EXAMPLE_FILES[2 + seed % 6]
    doc = Document(read_map(path))
    history, tracker = History(doc), InsightsTracker(doc)
    assert _normal(tracker.insights()) == _normal(compute(doc.map))
    for step in range(30):
        try:
            history.push(_one_edit(doc, rng))
        except (ValueError, IndexError):
            continue
        if step % 7 == 3:
            history.undo()
        assert _normal(tracker.insights()) == _normal(compute(doc.map)), step


def test_one_card_edit_recounts_one_stage_only() -> None:
    doc = Document(read_map(EXAMPLES / "smartphone-en.journey.json"))
    history, tracker = History(doc), InsightsTracker(doc)
    before = tracker.insights()
    assert tracker.recounted == len(doc.stages())
    friction = next(c for c in doc.map.cards if c.severity == 1)
    history.push(edits.update(doc, friction.id, {"severity": 3}))
    after = tracker.insights()
    assert tracker.recounted == 1
    stage = next(s for s in after.stages if s.stage_id == friction.stage)
    old = next(s for s in before.stages if s.stage_id == friction.stage)
    assert stage.tally.friction_heat == old.tally.friction_heat + 2
    assert tracker.insights() is after  # nothing changed: nothing recounted
    assert tracker.recounted == 0
    tracker.close()
    history.undo()  # a closed tracker no longer listens
    assert tracker.insights() is after


def test_every_measure_is_explained_in_english_and_french() -> None:
    english = {m: (insights.title(m), insights.explanation(m)) for m in insights.MEASURES}
    with document_language("fr"):
        french = {m: (insights.title(m), insights.explanation(m)) for m in insights.MEASURES}
    for m in insights.MEASURES:
        assert english[m][1] and french[m][1]
        assert english[m] != french[m], m
        assert "\n" not in english[m][1] + french[m][1]


def test_the_benchmark_probe_runs_and_recounts_one_stage_per_edit(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.foundation.conftest import ROOT, cli_env

    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.probes.insights", "--map",
         str(EXAMPLES / "smartphone-en.journey.json"), "--reps", "2"],
        cwd=ROOT, env=cli_env(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.split("BENCH-RESULT ", 1)[1])
    assert len(result["full"]) == len(result["edit"]) == len(result["floor"]) == 2
    assert result["cards"] == 55
