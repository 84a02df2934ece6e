"""Comparing and merging versions of a big map, against reading the two files.

    python -m benchmarks.probes.merge --map FILE --dir TMPDIR --reps N

From one map, two versions are written: each changes 1 % of the cards (texts edited, cards
moved to another cell, a few removed and added), different cards on each side. Timed, in one
process, alternating: ``core.compare`` of the base and one version (what ``mapstudio diff``
computes), ``core.merge`` of the base and both versions (``mapstudio merge``), and the floor:
``files.read_map`` of the two version files.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from benchmarks.probes.common import report, timed_reps


def versions(base_path: Path, folder: Path) -> tuple[Path, Path]:
    from mapstudio.core import edits
    from mapstudio.core.document import Document
    from mapstudio.core.history import History
    from mapstudio.files import read_map, write_map

    out = []
    for side, seed in (("ours", 1), ("theirs", 2)):
        rng = random.Random(seed)
        doc = Document(read_map(base_path))
        history = History(doc)
        cards = list(doc.map.cards)[seed - 1 :: 2]  # different cards on each side
        picked = rng.sample(cards, max(4, len(cards) // 100))
        stages = doc.stages()
        for i, card in enumerate(picked):
            if i % 4 == 0:
                history.push(edits.move_cards(doc, [card.id], rng.choice(stages).id, card.lane))
            elif i % 4 == 1:
                history.push(edits.remove(doc, [card.id]))
            elif i % 4 == 2:
                history.push(edits.add_card(doc, card.stage, card.lane, 0, text=f"{side} {i}"))
            else:
                history.push(edits.update(doc, card.id, {"text": f"{card.text} ({side})"}))
        path = folder / f"{side}.journey.json"
        write_map(path, doc.map)
        out.append(path)
    return out[0], out[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--map", required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args()
    from mapstudio.core.compare import compare
    from mapstudio.core.merge import merge
    from mapstudio.files import read_map

    ours_path, theirs_path = versions(Path(args.map), Path(args.dir))
    base, ours, theirs = read_map(args.map), read_map(ours_path), read_map(theirs_path)
    found = compare(base, ours)
    merged = merge(base, ours, theirs)
    assert found and not merged.conflicts, merged.conflicts[:3]  # nothing overlaps

    def read_both() -> None:
        read_map(ours_path)
        read_map(theirs_path)

    times: dict[str, list[float]] = {"diff": [], "merge": [], "floor": []}
    for _ in range(args.reps):  # alternate, so a busy moment on the machine hits every side
        times["diff"] += timed_reps(lambda: compare(base, ours), 1)
        times["merge"] += timed_reps(lambda: merge(base, ours, theirs), 1)
        times["floor"] += timed_reps(read_both, 1)
    report({**times, "differences": len(found), "cards": len(base.cards)})


if __name__ == "__main__":
    main()
