"""``mapstudio insights MAP [--json]``: where the journey hurts, what to fix first, and how much
of the map is evidence, for scripts and for reading in a terminal.

The measures are ``core.insights``; this module only words them. Exit 0 when the map was read,
1 when it could not be (one line on stderr, as the other commands).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from mapstudio.text.catalog import localized_count
from mapstudio.text.translate import (
    QCoreApplication,
    TranslationContext,
    fill,
    in_series,
    labelled,
)

translate = QCoreApplication.translate
Insights = TranslationContext("Insights")  # counted messages (lupdate reads the variable's name)
EXIT_OK, EXIT_PROBLEM = 0, 1
TOP = 10  # opportunities listed in the text output (all of them in --json)


def add_parser(sub: Any) -> None:
    insights = sub.add_parser(
        "insights", help="friction heat, emotion low points, priorities and evidence of a map"
    )
    insights.add_argument("file", metavar="MAP")
    insights.add_argument("--json", action="store_true", help="machine-readable output")


def cmd_insights(args: argparse.Namespace) -> int:
    from mapstudio.core.insights import compute
    from mapstudio.files import MapFileError, read_map

    try:
        journey_map = read_map(args.file)
    except MapFileError as e:
        _problem(args.file, str(e))
        return EXIT_PROBLEM
    found = compute(journey_map)
    if args.json:
        document = {"map": args.file, "title": journey_map.title, **found.to_json()}
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        print("\n".join(report_lines(journey_map, found)))
    return EXIT_OK


def report_lines(journey_map: Any, found: Any) -> list[str]:
    """The insights as plain text lines: each measure's name, its one-line explanation, then
    one line per stage, persona or opportunity."""
    from mapstudio.core import insights as m
    from mapstudio.core.model import Channel, Evidence, LaneKind
    from mapstudio.core.vocabulary import channel_name, evidence_name, lane_kind_name

    stage_names = {s.stage_id: s.name for s in found.stages}
    width = max((len(n) for n in stage_names.values()), default=0)
    unsaid = translate("Insights", "not said")
    lines = [journey_map.title]

    def heading(measure: str) -> None:
        lines.extend(["", labelled(m.title(measure), m.explanation(measure))])

    def row(stage: Any, text: str) -> None:
        lines.append(f"  {stage.name:<{width}}  {text}")

    heading(m.COUNTS)
    for s in found.stages:
        counts = s.counts
        parts = [
            f"{lane_kind_name(k)} {localized_count(counts[k.value])}"
            for k in LaneKind
            if k.value in counts
        ]
        row(s, ", ".join(parts) or "-")
    heading(m.FRICTION_HEAT)
    top = found.hottest()
    for s in found.stages:
        bar = "#" * round(20 * s.tally.friction_heat / top) if top else ""
        frictions = fill(translate("Insights", "frictions: %1"), localized_count(s.tally.frictions))
        row(s, f"{localized_count(s.tally.friction_heat):>3} {bar:<20} ({frictions})")
    heading(m.BRIGHT_SPOTS)
    for s in found.stages:
        spots = s.tally.bright_spots
        row(
            s,
            localized_count(len(spots))
            + (f" ({in_series(m.headline(t, 40) for _, t in spots)})" if spots else ""),
        )
    for measure, line in (
        (m.EMOTION_LOWS, m.low_point_text),
        (m.EMOTION_DROPS, m.drops_text),
        (m.EMOTION_GAP, m.gaps_text),
    ):
        heading(measure)
        for p in found.personas:
            lines.append("  " + labelled(p.name, line(p, stage_names) or "-"))
    heading(m.PRIORITY)
    rated = [o for o in found.opportunities if o.rated]
    for o in rated[:TOP]:
        numbers = fill(
            translate("Insights", "impact %1, effort %2, %3 votes"),
            o.impact,
            o.effort,
            localized_count(o.votes),
        )
        lines.append(f"  {m.headline(o.text, 60)} [{stage_names[o.stage_id]}; {numbers}]")
    if len(rated) > TOP:
        more = localized_count(len(rated) - TOP)
        lines.append("  " + fill(translate("Insights", "… and %1 more"), more))
    not_rated = len(found.opportunities) - len(rated)
    if not_rated:
        lines.append("  " + Insights.tr("%Ln not rated", "", not_rated))
    heading(m.EVIDENCE)
    for s in found.stages:
        evidence = s.tally.evidence
        parts = [
            f"{evidence_name(e)} {localized_count(evidence[e.value])}"
            for e in Evidence
            if e.value in evidence
        ]
        if m.UNSAID in evidence:
            parts.append(f"{unsaid} {localized_count(evidence[m.UNSAID])}")
        row(s, ", ".join(parts) or "-")
    heading(m.UNSOURCED)
    for s in found.stages:
        row(s, localized_count(len(s.tally.unsourced)))
    heading(m.CHANNEL_MIX)
    for s in found.stages:
        t = s.tally
        channels = [
            f"{channel_name(c)} {localized_count(t.channels[c.value])}"
            for c in Channel
            if c.value in t.channels
        ]
        if m.UNSAID in t.channels:
            channels.append(f"{unsaid} {localized_count(t.channels[m.UNSAID])}")
        split = fill(
            translate("Insights", "online %1, offline %2"),
            localized_count(t.online),
            localized_count(t.offline),
        )
        row(s, f"{', '.join(channels) or '-'} ({split})")
    return lines


def _problem(where: str, message: str) -> None:
    from mapstudio.cli import _problem as say

    say(where, message)
