"""Mermaid journeys in and out, the Markdown outline, and CSV typed by hand."""

from __future__ import annotations

import pytest

from mapstudio.core.model import Curve, EmotionScale, LaneKind
from mapstudio.exchange.formats import ExchangeError, export_bytes, import_bytes
from mapstudio.exchange.mermaid import combined_score, whole_score
from mapstudio.files import read_map
from tests.foundation.conftest import EXAMPLES, run_cli

# The example of Mermaid's own documentation (User Journey Diagram), as published.
MERMAID_DOCS_EXAMPLE = """journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
"""


def test_the_mermaid_documentation_example_imports():
    m = import_bytes(MERMAID_DOCS_EXAMPLE.encode(), "day.mmd", language="en").map
    assert m.title == "My working day"
    assert m.emotion_scale is EmotionScale.ONE_FIVE
    assert [s.name for s in m.ordered_stages()] == ["Go to work", "Go home"]
    assert [(x.kind, x.title) for x in m.ordered_lanes()] == [
        (LaneKind.ACTIONS, "Actions"),
        (LaneKind.EMOTIONS, "Emotions"),
    ]
    work, home = m.ordered_stages()
    assert [c.text for c in m.cards_in_cell(work.id, "actions")] == [
        "Make tea",
        "Go upstairs",
        "Do work",
    ]
    assert [c.text for c in m.cards_in_cell(home.id, "actions")] == ["Go downstairs", "Sit down"]
    assert [p.name for p in m.personas] == ["Me", "Cat"]
    scores = {(p.persona, p.stage): p.score for p in m.emotion_points}
    # Me at "Go to work": (5 + 3 + 1) / 3 = 3; Cat only did work: 1
    assert scores == {("me", work.id): 3, ("cat", work.id): 1, ("me", home.id): 5}
    assert all(p.curve is Curve.AS_IS for p in m.emotion_points)


def test_several_scores_combine_as_the_mean_to_the_nearest_half_point():
    # the mean to the nearest half point: a source that averages keeps its half point
    assert combined_score([5, 3, 1]) == 3
    assert combined_score([4, 5]) == 4.5
    assert combined_score([1, 2]) == 1.5
    assert combined_score([2, 2, 3]) == 2.5


def test_a_mermaid_block_in_markdown_imports():
    text = "# Notes\n\nSome text.\n\n```mermaid\n" + MERMAID_DOCS_EXAMPLE + "```\n"
    m = import_bytes(text.encode(), "doc.md").map
    assert len(m.cards) == 5 and len(m.personas) == 2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("graph TD\n A-->B\n", 'line 1: a Mermaid journey starts with the word "journey"'),
        ("journey\n section A\n Task: five: Me\n", 'line 3: "five" is not a score'),
        (
            "journey\n section A\n Task: 9: Me\n",
            "line 3: 9 is outside the journey's scores (1 to 5)",
        ),
        (
            "journey\n section A\n just words\n",
            'line 3: a task is written "Task name: score: actors"',
        ),
        ("# Title\n\nno diagram\n```mermaid\ngraph TD\n```\n", "there is no mermaid journey"),
    ],
)
def test_bad_journeys_name_the_line(text, message):
    name = "x.md" if text.startswith("#") else "x.mmd"
    with pytest.raises(ExchangeError) as caught:
        import_bytes(text.encode(), name)
    assert str(caught.value).startswith(message)


@pytest.mark.parametrize("name", ["smartphone-en", "perfume-fr", "cosmetics-en"])
def test_export_then_import_keeps_stages_tasks_personas_and_scores(name):
    original = read_map(EXAMPLES / f"{name}.journey.json")
    for suffix in (".mmd", ".md"):
        m = import_bytes(export_bytes(original, suffix), "j" + suffix).map
        assert [s.name for s in m.ordered_stages()] == [s.name for s in original.ordered_stages()]
        actions = [x.id for x in original.ordered_lanes() if x.kind is LaneKind.ACTIONS]
        for stage, again in zip(original.ordered_stages(), m.ordered_stages(), strict=True):
            texts = [
                " ".join(c.text.split())
                for lane in actions
                for c in original.cards_in_cell(stage.id, lane)
            ]
            assert [c.text for c in m.cards_in_cell(again.id, "actions")] == texts
        assert [p.name for p in m.personas] == [
            p.name
            for p in original.personas
            if any(e.persona == p.id for e in original.emotion_points)
        ]
        names = {p.id: p.name for p in original.personas}
        stages = {s.id: s.name for s in original.stages}
        want = {  # Mermaid's scores are whole: a half point is written rounded upward
            (names[p.persona], stages[p.stage]): whole_score(
                original.emotion_scale.carry(p.score, EmotionScale.ONE_FIVE)
            )
            for p in original.emotion_points
            if p.curve is Curve.AS_IS
        }
        got_names = {p.id: p.name for p in m.personas}
        got_stages = {s.id: s.name for s in m.stages}
        got = {(got_names[p.persona], got_stages[p.stage]): p.score for p in m.emotion_points}
        assert got == want


def test_markdown_outline_reads_like_the_map():
    m = read_map(EXAMPLES / "smartphone-en.journey.json")
    text = export_bytes(m, ".md").decode()
    assert text.startswith("# Buying a smartphone\n")
    assert "## Personas" in text and "### Camille Laurent" in text
    stage_heads = [line[3:] for line in text.splitlines() if line.startswith("## ")]
    assert stage_heads == ["Personas", *(s.name for s in m.ordered_stages()), "Emotions"]
    assert "| Stage | As is | To be | Label |" in text
    assert "- Notices her battery dies by mid-afternoon" in text
    assert "```mermaid\njourney\n" in text


def test_csv_typed_by_hand_with_semicolons_and_names(tmp_path):
    base = read_map(EXAMPLES / "smartphone-en.journey.json")
    typed = "Text;Stage;Lane;Severity\nQueue at the till;Purchase and delivery;Pain points;2\n"
    path = tmp_path / "typed.csv"
    path.write_bytes(typed.encode("cp1252"))
    out = tmp_path / "new.journey.json"
    proc = run_cli("import", str(path), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert 'lane "Pain points": frictions (guessed from its title' in proc.stdout
    m = read_map(out)
    assert [(c.text, c.severity) for c in m.cards] == [("Queue at the till", 2)]
    # into a map, names find its stage and lane, and every other card is removed (the file is
    # the map's card table)
    m = import_bytes(typed.encode(), "typed.csv", base=base).map
    assert [(c.stage, c.lane) for c in m.cards] == [("buy", "frictions")]


def test_lane_kinds_given_on_the_command_line(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Workshop", "Search", "Buy"])
    ws.append(["Doing", "Googles it", "Pays"])
    ws.append(["Misc", "a note", None])
    grid = tmp_path / "grid.xlsx"
    wb.save(grid)
    out = tmp_path / "grid.journey.json"
    proc = run_cli("import", str(grid), "-o", str(out), "--kind", "Misc=backstage")
    assert proc.returncode == 0, proc.stderr
    assert f'{grid}: lane "Doing": actions (guessed from its title;' in proc.stdout
    assert f'{grid}: lane "Misc": backstage (as given)' in proc.stdout
    assert [(x.title, x.kind) for x in read_map(out).lanes] == [
        ("Doing", LaneKind.ACTIONS),
        ("Misc", LaneKind.BACKSTAGE),
    ]
    proc = run_cli("import", str(grid), "-o", str(out), "--kind", "Misc=pets")
    assert proc.returncode == 1 and "--kind takes TITLE=KIND" in proc.stderr
    proc = run_cli("import", str(grid), "-o", str(out))
    assert proc.returncode == 1 and "already exists; use --force" in proc.stderr
