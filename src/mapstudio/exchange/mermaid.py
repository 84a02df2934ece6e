"""Mermaid ``journey`` diagrams, both ways (a ``.mmd`` file, or the first mermaid block of a
Markdown file that holds a journey).

Read: the title is the map's title; each ``section`` a stage; each task a card in one actions
lane; each actor a persona; scores become the personas' emotion points on the 1..5 scale. A
persona's point at a stage is the mean of the scores of the tasks it takes part in there, to
the nearest half point (4 and 5 give 4.5); a task named twice in one section is one
card (the form export uses when personas score a stage differently). Tasks with no actor
score for one persona named after the default ("Customer").

Written: each stage a section, the cards of its actions lanes its tasks, each persona's
"as is" score at that stage (carried onto 1..5; Mermaid takes whole scores, so a half point is
rounded upward, 2.5 to 3) on the tasks, personas that score alike on
one line; a stage with scores but no actions card gets one task named after the stage.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from mapstudio.core import vocabulary
from mapstudio.core.model import (
    Card,
    Curve,
    EmotionPoint,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneKind,
    Persona,
    Stage,
    to_half_point,
    utc_now,
)
from mapstudio.exchange.assemble import ExchangeError
from mapstudio.exchange.grid import slug
from mapstudio.layout.theme import PERSONA_COLOURS
from mapstudio.text.translate import QCoreApplication, fill

# Characters that a task or an actor cannot hold in Mermaid's syntax, written as look-alikes
# and read back as themselves.
_TASK_SAFE = {":": "\ua789", "#": "\uff03", ";": "\uff1b"}
_ACTOR_SAFE = {",": "\u201a", **_TASK_SAFE}


@dataclass
class _Task:
    name: str
    score: int
    actors: list[str]
    line: int


@dataclass
class _Section:
    name: str
    tasks: list[_Task] = field(default_factory=list)


def journey_block(text: str) -> tuple[str, int]:
    """The journey diagram of a ``.mmd`` or Markdown text, and the line it starts after."""
    lines = text.splitlines()
    fences = [i for i, line in enumerate(lines) if line.strip().startswith(("```", "~~~"))]
    if not fences:
        return text, 0
    inside = None
    for i in fences:
        line = lines[i].strip()
        if inside is None and line.lstrip("`~").strip().lower().startswith("mermaid"):
            inside = i
        elif inside is not None:
            body = "\n".join(lines[inside + 1 : i])
            if _first_word(body) == "journey":
                return body, inside + 1
            inside = None
    raise ExchangeError(
        QCoreApplication.translate("Exchange", "there is no mermaid journey diagram in this file")
    )


def _first_word(text: str) -> str:
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("%%") and not stripped.startswith("---"):
            return stripped.split()[0].lower()
    return ""


def _unsafe(text: str, table: dict[str, str]) -> str:
    for plain, look_alike in table.items():
        text = text.replace(look_alike, plain)
    return text


def _safe(text: str, table: dict[str, str]) -> str:
    text = " ".join(text.split())
    for plain, look_alike in table.items():
        text = text.replace(plain, look_alike)
    return text


def parse_journey(text: str, first_line: int = 0) -> tuple[str, list[_Section]]:
    """The title and sections of a journey diagram; ExchangeError names the line of a problem."""
    title = ""
    sections: list[_Section] = []
    started = False
    in_front_matter = False
    for number, raw in enumerate(text.splitlines(), start=first_line + 1):
        line = raw.strip()
        if not started and line == "---":
            in_front_matter = not in_front_matter
            continue
        if in_front_matter or not line or line.startswith("%%"):
            continue
        where = fill(QCoreApplication.translate("Exchange", "line %1"), number)
        if not started:
            if line.split()[0].lower() != "journey":
                message = QCoreApplication.translate(
                    "Exchange", 'a Mermaid journey starts with the word "journey"'
                )
                raise ExchangeError(f"{where}: {message}")
            started = True
            continue
        keyword, _, rest = line.partition(" ")
        keyword = keyword.lower()
        if keyword == "title":
            title = rest.strip()
        elif keyword == "section":
            sections.append(_Section(rest.strip()))
        elif keyword in ("acctitle:", "accdescr:", "acctitle", "accdescr") or line.startswith(
            ("accTitle", "accDescr")
        ):
            continue
        else:
            parts = line.split(":")
            if len(parts) < 2:
                message = QCoreApplication.translate(
                    "Exchange",
                    'a task is written "Task name: score: actors", as in "Make tea: 5: Me"',
                )
                raise ExchangeError(f"{where}: {message}")
            name = _unsafe(parts[0].strip(), _TASK_SAFE)
            score_text = parts[1].strip()
            if not re.fullmatch(r"[-+]?\d+", score_text):
                message = QCoreApplication.translate(
                    "Exchange", '"%1" is not a score: a task\'s score is a whole number from 1 to 5'
                )
                raise ExchangeError(f"{where}: {fill(message, score_text)}")
            score = int(score_text)
            if not 1 <= score <= 5:
                message = QCoreApplication.translate(
                    "Exchange", "%1 is outside the journey's scores (1 to 5)"
                )
                raise ExchangeError(f"{where}: {fill(message, score)}")
            actors = [
                _unsafe(a.strip(), _ACTOR_SAFE) for a in ":".join(parts[2:]).split(",") if a.strip()
            ]
            if not sections:
                sections.append(_Section(title or vocabulary.new_stage_name()))
            sections[-1].tasks.append(_Task(name, score, actors, number))
    if not started:
        message = QCoreApplication.translate(
            "Exchange", 'a Mermaid journey starts with the word "journey"'
        )
        raise ExchangeError(message)
    if not sections:
        raise ExchangeError(
            QCoreApplication.translate("Exchange", "the journey has no section and no task")
        )
    return title, sections


def map_from_journey(text: str, name: str, language: str) -> JourneyMap:
    """A new map from a Mermaid journey (or a Markdown file holding one)."""
    body, first_line = journey_block(text)
    title, sections = parse_journey(body, first_line)
    taken: set[str] = set()
    with vocabulary.in_map_language(language):
        actions_title = vocabulary.lane_kind_name(LaneKind.ACTIONS)
        emotions_title = vocabulary.lane_kind_name(LaneKind.EMOTIONS)
        default_persona = vocabulary.default_persona_name()
    actions = Lane(
        id=slug("actions", "lane", taken), kind=LaneKind.ACTIONS, title=actions_title, order=0
    )
    emotions = Lane(
        id=slug("emotions", "lane", taken), kind=LaneKind.EMOTIONS, title=emotions_title, order=1
    )
    stages: list[Stage] = []
    cards: list[Card] = []
    personas: dict[str, Persona] = {}
    points: list[EmotionPoint] = []
    for section in sections:
        stage = Stage(
            id=slug(section.name, "stage", taken), name=section.name[:200] or "-", order=len(stages)
        )
        stages.append(stage)
        scores: dict[str, list[int]] = {}
        in_stage: dict[str, Card] = {}
        for task in section.tasks:
            if task.name not in in_stage:
                card = Card(
                    id=slug(f"{stage.id}-{task.name}", "card", taken),
                    stage=stage.id,
                    lane=actions.id,
                    order=len(in_stage),
                    text=task.name[:20_000],
                )
                in_stage[task.name] = card
                cards.append(card)
            for actor in task.actors or [default_persona]:
                if actor not in personas:
                    personas[actor] = Persona(
                        id=slug(actor, "persona", taken),
                        name=actor[:200],
                        colour=PERSONA_COLOURS[len(personas) % len(PERSONA_COLOURS)],
                    )
                scores.setdefault(actor, []).append(task.score)
        for actor, values in scores.items():
            persona = personas[actor]
            points.append(
                EmotionPoint(
                    id=slug(f"emotion-{persona.id}-{stage.id}", "emotion", taken),
                    stage=stage.id,
                    persona=persona.id,
                    curve=Curve.AS_IS,
                    score=combined_score(values),
                )
            )
    now = utc_now()
    return JourneyMap(
        id=slug(title or name or "journey", "map", set()),
        title=(title or name or "journey")[:200],
        language=language,
        created=now,
        modified=now,
        emotion_scale=EmotionScale.ONE_FIVE,
        personas=list(personas.values()),
        stages=stages,
        lanes=[actions, emotions],
        cards=cards,
        emotion_points=points,
    )


def whole_score(score: float) -> int:
    """A score as Mermaid's journey writes it: whole, a half point rounded upward (4.5 -> 5)."""
    return math.floor(score + 0.5)


def combined_score(scores: list[int]) -> float:
    """Several tasks' scores in one stage as one point: their mean, to the nearest half point
    (4 and 5 give 4.5: the average a source gives is kept, not rounded to a whole score)."""
    return to_half_point(sum(scores) / len(scores))


def journey_text(m: JourneyMap) -> str:
    """The map as a Mermaid journey diagram."""
    lines = ["journey"]
    if m.title.strip():
        lines.append(f"    title {' '.join(m.title.split())}")
    lanes = [lane.id for lane in m.ordered_lanes() if lane.kind is LaneKind.ACTIONS]
    names = {p.id: _safe(p.name, _ACTOR_SAFE) or p.id for p in m.personas}
    for stage in m.ordered_stages():
        lines.append(f"    section {' '.join(stage.name.split()) or stage.id}")
        groups: dict[int, list[str]] = {}
        for persona in m.personas:
            point = next(
                (
                    p
                    for p in m.emotion_points
                    if p.stage == stage.id and p.persona == persona.id and p.curve is Curve.AS_IS
                ),
                None,
            )
            if point is not None:
                # Mermaid's journey takes whole scores: a half point is written rounded up
                score = whole_score(m.emotion_scale.carry(point.score, EmotionScale.ONE_FIVE))
                groups.setdefault(score, []).append(names[persona.id])
        tasks = [
            _safe(c.text, _TASK_SAFE) or "-"
            for lane in lanes
            for c in m.cards_in_cell(stage.id, lane)
        ]
        if not tasks and groups:
            tasks = [_safe(stage.name, _TASK_SAFE) or "-"]
        for task in tasks:
            if not groups:
                lines.append(f"      {task}: 3")
            for score, actors in groups.items():
                lines.append(f"      {task}: {score}: {', '.join(actors)}")
    return "\n".join(lines) + "\n"
