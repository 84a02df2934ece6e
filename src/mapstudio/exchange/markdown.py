"""The map as a Markdown outline for documents and wikis: the title and what the map is, the
personas, each stage with its lanes' cards (their badges worded as on the map), an emotion
table per persona, and the journey as a Mermaid diagram (which wikis draw, and which
``mapstudio import`` reads back)."""

from __future__ import annotations

from mapstudio.core import vocabulary
from mapstudio.core.metrics import figure_text
from mapstudio.core.model import Curve, JourneyMap, LaneKind, to_half_point
from mapstudio.exchange.headings import heading
from mapstudio.exchange.mermaid import journey_text
from mapstudio.layout.badges import badge_texts
from mapstudio.text.translate import QCoreApplication


def _inline(text: str) -> str:
    """One line of text safe in a Markdown paragraph or list item."""
    text = " ".join(text.split())
    for ch in "\\`*_[]<>|#":
        text = text.replace(ch, "\\" + ch)
    return text


def _item(text: str) -> str:
    """A card as a list item: its lines kept, the ones after the first indented."""
    lines = [_inline(line) for line in text.splitlines() if line.strip()] or ["—"]
    return "- " + "\n  ".join(lines)


def markdown_text(m: JourneyMap) -> str:
    with vocabulary.in_map_language(m.language):
        return _outline(m)


def _outline(m: JourneyMap) -> str:
    t = QCoreApplication.translate
    out = [f"# {_inline(m.title)}", ""]
    if m.description.strip():
        out += [_inline(m.description), ""]
    facts = []
    for name in ("author", "source", "licence"):
        value = getattr(m, name)
        if value.strip():
            facts.append(f"**{vocabulary.map_field_name(name)}:** {_inline(value)}")
    facts.append(f"**{vocabulary.map_field_name('emotion_scale')}:** {m.emotion_scale.value}")
    if m.tags:
        facts.append(
            f"**{vocabulary.field_name('tags')}:** {', '.join(_inline(x) for x in m.tags)}"
        )
    out += ["  \n".join(facts), ""]
    if m.personas:
        out += [f"## {t('Exchange', 'Personas')}", ""]
        for persona in m.personas:
            out += [f"### {_inline(persona.name)}", ""]
            if persona.description.strip():
                out += [_inline(persona.description), ""]
            if persona.quote.strip():
                out += [f"> {_inline(persona.quote)}", ""]
            for name in ("goals", "needs", "frustrations", "sources"):
                items = getattr(persona, name)
                if items:
                    out += [f"**{heading(name)}**", ""] + [_item(x) for x in items] + [""]
    lanes = [lane for lane in m.ordered_lanes() if lane.kind is not LaneKind.EMOTIONS]
    for stage in m.ordered_stages():
        out += [f"## {_inline(stage.name)}", ""]
        if stage.description.strip():
            out += [_inline(stage.description), ""]
        for lane in lanes:
            items = []
            for value in sorted(
                (v for v in m.metric_values if v.stage == stage.id and v.lane == lane.id),
                key=lambda v: v.order,
            ):
                items.append(f"- {_inline(value.name)}: {_inline(figure_text(value, m.language))}")
            for card in m.cards_in_cell(stage.id, lane.id):
                item = _item(card.text)
                badges = " · ".join(b for b in badge_texts(card, lane.kind) if b)
                items.append(f"{item} *({_inline(badges)})*" if badges else item)
            if items:
                out += [f"### {_inline(lane.title)}", "", *items, ""]
    if m.emotion_points:
        out += [f"## {vocabulary.lane_kind_name(LaneKind.EMOTIONS)}", ""]
        stages = m.ordered_stages()
        for persona in m.personas:
            mine = {(p.stage, p.curve): p for p in m.emotion_points if p.persona == persona.id}
            if not mine:
                continue
            out += [f"### {_inline(persona.name)}", ""]
            as_is = vocabulary.sentence_case(vocabulary.curve_name(Curve.AS_IS))
            to_be = vocabulary.sentence_case(vocabulary.curve_name(Curve.TO_BE))
            out += [
                f"| {heading('stage')} | {as_is} | {to_be} | {heading('label')} |",
                "|---|---:|---:|---|",
            ]
            for stage in stages:
                now, later = mine.get((stage.id, Curve.AS_IS)), mine.get((stage.id, Curve.TO_BE))
                if now is None and later is None:
                    continue
                label = " / ".join(p.label for p in (now, later) if p is not None and p.label)
                out.append(
                    f"| {_inline(stage.name)} | {'' if now is None else to_half_point(now.score)} | "
                    f"{'' if later is None else to_half_point(later.score)} | {_inline(label)} |"
                )
            out.append("")
    out += ["```mermaid", journey_text(m).rstrip("\n"), "```", ""]
    return "\n".join(out)
