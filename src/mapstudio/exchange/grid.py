"""The map as a grid of text, as a person lays it out in a spreadsheet: stages across the first
row, lanes down the first column, each cell's cards as lines.

Both ways: ``grid_rows`` writes the workbook's Map sheet; ``map_from_grid`` makes a new map
from a grid a person typed from scratch (or the Map sheet alone). In a cell, a line starting
with a bullet ("•", "-", "*") starts a card and the lines under it continue it; without
bullets every line is a card. An emotions row holds lines like ``Camille: -1 Worried`` (or a
bare score for one persona); a metrics row ``NPS: 42 / 50 pts``. Lane kinds are guessed from
the lane titles (English and French) and listed for the user to confirm.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from mapstudio.core import vocabulary
from mapstudio.core.metrics import figure_text, parse_figure
from mapstudio.core.model import (
    Card,
    Curve,
    EmotionPoint,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneKind,
    MetricValue,
    Persona,
    Stage,
    to_half_point,
    utc_now,
)
from mapstudio.core.operations import EditError
from mapstudio.exchange.assemble import ExchangeError, Place
from mapstudio.exchange.headings import fold, in_every_language
from mapstudio.layout.theme import LANE_STYLES, PERSONA_COLOURS
from mapstudio.text.translate import QCoreApplication, fill

BULLET = "•"
_BULLETS = ("•", "-", "*", "–", "·")
# The most characters a spreadsheet cell holds; a longer cell of the Map sheet is cut (the
# data sheets hold every card whole).
CELL_LIMIT = 32_767


# --- the map as a grid ---------------------------------------------------------------------------


def grid_rows(m: JourneyMap) -> list[list[str]]:
    """The Map sheet's text: the title and the stage names, then one row per lane."""
    stages = m.ordered_stages()
    lanes = m.ordered_lanes()
    by_cell: dict[tuple[str, str], list[Card]] = {}
    for card in m.cards:
        by_cell.setdefault((card.stage, card.lane), []).append(card)
    metrics: dict[tuple[str, str], list[MetricValue]] = {}
    for value in m.metric_values:
        metrics.setdefault((value.stage, value.lane), []).append(value)
    rows = [[m.title, *(s.name for s in stages)]]
    for lane in lanes:
        row = [lane.title]
        for stage in stages:
            if lane.kind is LaneKind.EMOTIONS:
                lines = _emotion_lines(m, stage.id)
            else:
                cell = (stage.id, lane.id)
                lines = [
                    f"{BULLET} {v.name}: {figure_text(v, None)}"
                    for v in sorted(metrics.get(cell, []), key=lambda v: v.order)
                ]
                lines += [
                    f"{BULLET} {c.text}"
                    for c in sorted(by_cell.get(cell, []), key=lambda c: c.order)
                ]
            text = "\n".join(lines)
            row.append(text if len(text) <= CELL_LIMIT else text[: CELL_LIMIT - 1] + "…")
        rows.append(row)
    return rows


def _emotion_lines(m: JourneyMap, stage: str) -> list[str]:
    lines = []
    for curve in Curve:
        for persona in m.personas:
            point = next(
                (
                    p
                    for p in m.emotion_points
                    if p.stage == stage and p.persona == persona.id and p.curve is curve
                ),
                None,
            )
            if point is None:
                continue
            who = persona.name
            if curve is Curve.TO_BE:
                who = f"{who} ({vocabulary.curve_name(curve)})"
            lines.append(f"{who}: {to_half_point(point.score)} {point.label}".rstrip())
    return lines


# --- a grid made into a map ------------------------------------------------------------------------


@dataclass
class LaneGuess:
    """A lane kind guessed from a title, for the user to confirm."""

    lane: str  # the lane's id
    title: str
    kind: LaneKind
    sure: bool  # the title names the kind; otherwise notes was taken for want of a better one


@dataclass
class GridMap:
    map: JourneyMap
    guesses: list[LaneGuess] = field(default_factory=list)


# Words that name a service blueprint's layer: they decide before the general words below
# ("Backstage actions" is a backstage lane, "Support processes" a support one).
_LAYER_WORDS: dict[LaneKind, tuple[str, ...]] = {
    LaneKind.SUPPORT: ("support", "supporting", "processus de support", "partner", "partenaire"),
    LaneKind.BACKSTAGE: ("backstage", "back-office", "back office", "coulisse"),
    LaneKind.TOUCHPOINTS: ("frontstage", "front-office", "front office"),
}

# Words in lane titles that tell their kind (folded, English and French).
_KIND_WORDS: dict[LaneKind, tuple[str, ...]] = {
    LaneKind.ACTIONS: ("action", "step", "doing", "does", "activit", "étape", "etape", "fait", "faire", "tâche", "task"),
    LaneKind.TOUCHPOINTS: ("touchpoint", "touch point", "point de contact", "points de contact", "channel", "canal", "canaux", "contact"),
    LaneKind.THOUGHTS: ("thought", "think", "need", "expect", "question", "pensée", "pense", "besoin", "attente"),
    LaneKind.EMOTIONS: ("emotion", "émotion", "feeling", "ressenti", "sentiment", "mood", "humeur", "courbe", "curve"),
    LaneKind.FRICTIONS: ("pain", "friction", "problem", "problème", "irritant", "frein", "douleur", "obstacle", "difficult"),
    LaneKind.OPPORTUNITIES: ("opportunit", "idea", "idée", "improve", "amélior", "piste", "how might we"),
    LaneKind.BACKSTAGE: ("backstage", "coulisse", "actor", "acteur", "team", "équipe", "staff", "employee", "employé", "personnel", "system", "système", "process", "processus"),
    LaneKind.METRICS: ("metric", "kpi", "indicat", "mesure", "métrique", "measure", "figure", "chiffre"),
    LaneKind.STORYBOARD: ("storyboard", "scénarimage", "sketch", "croquis"),
    LaneKind.NOTES: ("note", "comment", "remarque", "other", "autre", "evidence", "source"),
}  # fmt: skip


def guess_lane_kind(title: str) -> tuple[LaneKind, bool]:
    """The kind a lane titled ``title`` most likely is, and whether the title said so."""
    folded = fold(title)
    for kind in LaneKind:
        if folded in in_every_language(lambda kind=kind: vocabulary.lane_kind_name(kind)):
            return kind, True
    for table in (_LAYER_WORDS, _KIND_WORDS):
        for kind, words in table.items():
            if any(word in folded for word in words):
                return kind, True
    return LaneKind.NOTES, False


def slug(text: str, fallback: str, taken: set[str]) -> str:
    """A readable id made from a name ("Pain points" -> "pain-points"), unique in ``taken``."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:40] or fallback
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def cell_text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def split_notes(text: str) -> list[str]:
    """A cell's notes: bulleted items (continued by the lines under them), or one per line."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    bulleted = any(line.lstrip().startswith(_BULLETS) for line in lines)
    if not bulleted:
        return [line.strip() for line in lines if line.strip()]
    notes: list[list[str]] = []
    for line in lines:
        stripped = line.strip()
        if stripped.startswith(_BULLETS):
            notes.append([stripped[1:].strip()])
        elif notes:
            notes[-1].append(line)
        elif stripped:
            notes.append([stripped])
    return ["\n".join(note).strip("\n") for note in notes if "".join(note).strip()]


_EMOTION = re.compile(
    r"^(?:(?P<who>[^:]+?)\s*(?:\((?P<curve>[^)]*)\))?\s*:\s*)?(?P<score>[-+−]?\d+(?:[.,]5)?)(?!\w|[.,]\d)\s*(?P<label>.*)$"
)


def map_from_grid(
    rows: list[list[Any]], sheet: str, title: str, language: str, csv: bool = False
) -> GridMap:
    """A new map from a grid: ``rows[0]`` = corner (the title, if any) and stage names,
    then one row per lane. Raises ExchangeError naming the cell of the first problem."""
    rows = [list(r) for r in rows]
    while rows and all(not cell_text(c).strip() for c in rows[-1]):
        rows.pop()
    if not rows:
        raise ExchangeError(
            fill(QCoreApplication.translate("Exchange", "%1: the sheet is empty"), sheet)
        )
    width = max(len(r) for r in rows)
    for r in rows:
        r.extend([None] * (width - len(r)))

    def at(row: int, col: int) -> str:
        return Place(sheet, row + 1, {"x": col}, csv).cell("x")

    taken: set[str] = set()
    stages: list[Stage] = []
    stage_columns: list[int] = []
    for col in range(1, width):
        name = cell_text(rows[0][col]).strip()
        has_notes = any(cell_text(r[col]).strip() for r in rows[1:])
        if not name and not has_notes:
            continue
        if not name:
            message = QCoreApplication.translate(
                "Exchange", "this column has notes but no stage name in its first row"
            )
            raise ExchangeError(f"{at(0, col)}: {message}")
        stages.append(Stage(id=slug(name, "stage", taken), name=name[:200], order=len(stages)))
        stage_columns.append(col)
    if not stages:
        message = QCoreApplication.translate(
            "Exchange", "%1: the first row should name the stages (B1, C1...)"
        )
        raise ExchangeError(fill(message, sheet))
    corner = cell_text(rows[0][0]).strip()
    lanes: list[Lane] = []
    guesses: list[LaneGuess] = []
    cards: list[Card] = []
    points: list[EmotionPoint] = []
    metric_values: list[MetricValue] = []
    personas: dict[str, Persona] = {}
    scored: list[tuple[float, str]] = []
    for r in range(1, len(rows)):
        lane_title = _without_icon(cell_text(rows[r][0]).strip())
        if not lane_title and not any(cell_text(rows[r][c]).strip() for c in stage_columns):
            continue
        if not lane_title:
            message = QCoreApplication.translate(
                "Exchange", "this row has notes but no lane title in its first column"
            )
            raise ExchangeError(f"{at(r, 0)}: {message}")
        kind, sure = guess_lane_kind(lane_title)
        lane = Lane(
            id=slug(lane_title, "lane", taken), kind=kind, title=lane_title[:200], order=len(lanes)
        )
        lanes.append(lane)
        guesses.append(LaneGuess(lane.id, lane.title, kind, sure))
        for stage, col in zip(stages, stage_columns, strict=True):
            notes = split_notes(cell_text(rows[r][col]))
            in_cell = 0
            for note in notes:
                where = at(r, col)
                if kind is LaneKind.EMOTIONS:
                    point = _emotion_point(note, stage.id, personas, taken, where)
                    if any(
                        (p.persona, p.curve) == (point.persona, point.curve) and p.stage == stage.id
                        for p in points
                    ):
                        message = QCoreApplication.translate(
                            "Exchange", "two scores for one persona in one stage"
                        )
                        raise ExchangeError(f"{where}: {message}")
                    points.append(point)
                    scored.append((point.score, where))
                    continue
                if kind is LaneKind.METRICS:
                    metric = _metric(note, stage.id, lane.id, in_cell, taken, language)
                    if metric is not None:
                        metric_values.append(metric)
                        in_cell += 1
                        continue
                if len(note) > 20_000:
                    message = QCoreApplication.translate(
                        "Exchange", "a note of more than 20,000 characters"
                    )
                    raise ExchangeError(f"{where}: {message}")
                cards.append(
                    Card(
                        id=slug(f"{lane.id}-{stage.id}-{in_cell + 1}", "card", taken),
                        stage=stage.id,
                        lane=lane.id,
                        order=in_cell,
                        text=note,
                    )
                )
                in_cell += 1
    if not personas:
        personas[""] = Persona(
            id=slug(vocabulary.default_persona_name(), "persona", taken),
            name=vocabulary.default_persona_name(),
        )
    scale = _scale_for(scored)
    now = utc_now()
    m = JourneyMap(
        id=slug(title or corner or "map", "map", set()),
        title=(corner or title)[:200],
        language=language,
        created=now,
        modified=now,
        emotion_scale=scale,
        personas=list(personas.values()),
        stages=stages,
        lanes=lanes,
        cards=cards,
        emotion_points=points,
        metric_values=metric_values,
    )
    return GridMap(m, guesses)


def _without_icon(title: str) -> str:
    """A lane title as the Map sheet shows it ("▶ Actions") without the lane's symbol."""
    icons = {style.icon for style in LANE_STYLES.values()}
    head, _, rest = title.partition(" ")
    return rest.strip() if head in icons and rest.strip() else title


def _emotion_point(
    note: str, stage: str, personas: dict[str, Persona], taken: set[str], where: str
) -> EmotionPoint:
    match = _EMOTION.match(" ".join(note.split()))
    if match is None:
        message = QCoreApplication.translate(
            "Exchange", 'an emotion is a score, with a persona before it: "Camille: -1 Worried"'
        )
        raise ExchangeError(f"{where}: {message}")
    who = (match["who"] or "").strip()
    if fold(who) not in {fold(k) for k in personas}:
        name = who or vocabulary.default_persona_name()
        colour = PERSONA_COLOURS[len(personas) % len(PERSONA_COLOURS)]
        personas[who] = Persona(id=slug(name, "persona", taken), name=name[:200], colour=colour)
    persona = next(p for k, p in personas.items() if fold(k) == fold(who))
    curve = Curve.AS_IS
    if match["curve"] and fold(match["curve"]) in in_every_language(
        lambda: vocabulary.curve_name(Curve.TO_BE)
    ):
        curve = Curve.TO_BE
    return EmotionPoint(
        id=slug(f"emotion-{persona.id}-{stage}-{curve.value}", "emotion", taken),
        stage=stage,
        persona=persona.id,
        curve=curve,
        score=to_half_point(float(match["score"].replace("−", "-").replace(",", "."))),
        label=match["label"].strip()[:200],
    )


def _metric(
    note: str, stage: str, lane: str, order: int, taken: set[str], language: str
) -> MetricValue | None:
    """A metric typed in a cell ("NPS: 42 / 50"), its numbers read as the map's language writes
    them (the Map sheet's own plain digits read the same in every language)."""
    name, colon, figure = note.partition(":")
    if not colon or not name.strip():
        return None
    try:
        fields = parse_figure(figure.strip(), language)
    except EditError:
        return None
    return MetricValue(
        id=slug(f"metric-{stage}-{name}", "metric", taken),
        stage=stage,
        lane=lane,
        order=order,
        name=name.strip()[:200],
        **fields,
    )


def _scale_for(scored: list[tuple[float, str]]) -> EmotionScale:
    """The usual scale that holds every typed score: -2..+2 unless the scores say otherwise."""
    if not scored:
        return EmotionScale.MINUS2_PLUS2
    scores = [s for s, _ in scored]
    if min(scores) < 0:
        candidates = [EmotionScale.MINUS2_PLUS2, EmotionScale.MINUS3_PLUS3]
    elif min(scores) == 0:
        candidates = [EmotionScale.ZERO_FIVE]
    elif max(scores) > 2:
        candidates = [EmotionScale.ONE_FIVE]
    else:
        candidates = [EmotionScale.MINUS2_PLUS2, EmotionScale.ONE_FIVE]
    for scale in candidates:
        if all(scale.contains(s) for s in scores):
            return scale
    worst = max(scored, key=lambda sw: abs(sw[0]))
    message = QCoreApplication.translate(
        "Exchange", "%1 is on none of the emotion scales (-2..+2, -3..+3, 1..5, 0..5)"
    )
    raise ExchangeError(f"{worst[1]}: {fill(message, worst[0])}")
