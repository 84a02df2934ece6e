"""benchmarks.generate: deterministic, realistic synthetic maps that pass ``mapstudio check``."""

from __future__ import annotations

import subprocess
import sys

from mapstudio.core.model import Curve, LaneKind
from mapstudio.files import read_map
from tests.foundation.conftest import ROOT, cli_env, run_cli


def generate(out, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "benchmarks.generate", "-o", str(out), *args],
        capture_output=True, text=True, env=cli_env(), cwd=ROOT, timeout=120,
    )  # fmt: skip


def test_generated_map_is_valid_realistic_and_deterministic(tmp_path):
    a, b, c = (tmp_path / f"{n}.journey.json" for n in "abc")
    assert (
        generate(
            a, "--cards", "3000", "--stages", "12", "--personas", "4", "--seed", "7"
        ).returncode
        == 0
    )
    assert (
        generate(
            b, "--cards", "3000", "--stages", "12", "--personas", "4", "--seed", "7"
        ).returncode
        == 0
    )
    assert (
        generate(
            c, "--cards", "3000", "--stages", "12", "--personas", "4", "--seed", "8"
        ).returncode
        == 0
    )
    assert a.read_bytes() == b.read_bytes() != c.read_bytes()
    check = run_cli("check", str(a))
    assert check.returncode == 0, check.stderr

    m = read_map(a)
    assert len(m.cards) == 3000 and len(m.stages) == 12 and len(m.personas) == 4
    kinds = {lane.id: lane.kind for lane in m.lanes}
    # no pictures made, and no support-processes lane (benchmark maps stay as they were)
    assert set(kinds.values()) == set(LaneKind) - {LaneKind.STORYBOARD, LaneKind.SUPPORT}
    assert all(kinds[card.lane] is not LaneKind.EMOTIONS for card in m.cards)
    lengths = [len(card.text.split()) for card in m.cards]
    assert min(lengths) == 2 and max(lengths) > 60
    text = " ".join(card.text for card in m.cards[:200])
    assert all(ch in text for ch in "éèà")
    touchpoints = [x for x in m.cards if kinds[x.lane] is LaneKind.TOUCHPOINTS]
    assert len({x.channel for x in touchpoints}) >= 10 and all(
        x.is_online() is not None for x in touchpoints
    )
    frictions = [x for x in m.cards if kinds[x.lane] is LaneKind.FRICTIONS]
    assert {x.severity for x in frictions} == {1, 2, 3}
    opportunities = [x for x in m.cards if kinds[x.lane] is LaneKind.OPPORTUNITIES]
    assert all(x.impact and x.effort and x.owner for x in opportunities)
    curves = {(p.persona, p.curve) for p in m.emotion_points}
    assert curves == {(p.id, curve) for p in m.personas for curve in Curve}
    assert len(m.emotion_points) == 4 * 2 * 12
    assert m.metric_values and all(kinds[v.lane] is LaneKind.METRICS for v in m.metric_values)


def test_bad_arguments_are_refused(tmp_path):
    proc = generate(tmp_path / "x.journey.json", "--cards", "-5")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
