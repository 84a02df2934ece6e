"""All insights of a big map, in full and after one edit, against one plain pass over its cards.

    python -m benchmarks.probes.insights --map FILE --reps N

Timed in one process, alternating so that a busy moment on the machine hits every side:

- full: ``core.insights.compute`` of the whole map (what ``mapstudio insights`` and the poster
  page compute; the editor's panel computes the same on first show);
- edit: one card's severity changed through ``core.edits`` (a different stage each time), then
  ``InsightsTracker.insights()``, which recounts only the stage the edit touched;
- floor: one plain Python loop over the map's cards that reads every field the insights read
  (stage, lane, evidence, source, id, severity, channel, online, text, impact, effort, votes)
  and does nothing with them. No computation of the insights can read less: walking 20,000
  card objects is the cost to beat, so the budget says how many such walks the insights cost.
  (The issue's absolute budget, 50 ms for a 20,000-card map, is about five walks here.)
"""

from __future__ import annotations

import argparse
import itertools

from benchmarks.probes.common import report, timed_reps


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--map", required=True)
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args()
    from mapstudio.core import edits
    from mapstudio.core.document import Document
    from mapstudio.core.history import History
    from mapstudio.core.insights import InsightsTracker, compute
    from mapstudio.core.model import LaneKind
    from mapstudio.files import read_map

    journey_map = read_map(args.map)
    cards = journey_map.cards

    def floor() -> None:
        for c in cards:
            _ = (c.stage, c.lane, c.evidence, c.source, c.id, c.severity, c.channel, c.online)
            _ = (c.text, c.impact, c.effort, c.votes)

    doc = Document(journey_map)
    history, tracker = History(doc), InsightsTracker(doc)
    tracker.insights()
    friction_lanes = {x.id for x in doc.lanes() if x.kind is LaneKind.FRICTIONS}
    by_stage = {c.stage: c for c in cards if c.lane in friction_lanes}  # one friction per stage
    frictions = itertools.cycle(by_stage.values())

    def edit_then_insights() -> None:
        card = next(frictions)
        history.push(edits.update(doc, card.id, {"severity": (card.severity or 0) % 3 + 1}))
        tracker.insights()
        assert tracker.recounted == 1

    times: dict[str, list[float]] = {"full": [], "edit": [], "floor": []}
    for _ in range(args.reps):
        times["full"] += timed_reps(lambda: compute(journey_map), 1)
        times["edit"] += timed_reps(edit_then_insights, 1)
        times["floor"] += timed_reps(floor, 1)
    report({**times, "cards": len(cards), "stages": len(doc.stages())})


if __name__ == "__main__":
    main()
