"""Canvas timings on a big synthetic map (no assertions: numbers to watch).

QT_QPA_PLATFORM=offscreen python -m benchmarks.canvas [--cards 20000]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable


def _timed(label: str, action: Callable[[], object]) -> None:
    start = time.perf_counter()
    action()
    print(f"{label:<34} {1000 * (time.perf_counter() - start):8.1f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=20_000)
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from benchmarks.generate import build_map, default_stages
    from mapstudio.gui import commands
    from mapstudio.gui.canvas.view import MapCanvas
    from mapstudio.gui.document import MapDocument

    doc = MapDocument(build_map(args.cards, default_stages(args.cards), 3, 1))
    views: list[MapCanvas] = []
    _timed(f"open canvas ({args.cards} cards)", lambda: views.append(MapCanvas(doc)))
    view = views[0]
    view.resize(1400, 900)
    view.show()
    app.processEvents()
    scene = view.map_scene()
    card = doc.map.cards[len(doc.map.cards) // 2]
    stages = doc.stages()
    _timed("paint at 100 %", view.viewport().repaint)

    def edit() -> None:
        commands.update(doc, card.id, {"text": card.text + " (modifié)"})
        scene.flush()

    def move() -> None:
        commands.move_cards(doc, [card.id], stages[0].id, card.lane, 0)
        scene.flush()

    def move_stage() -> None:
        commands.move_stage(doc, stages[0].id, len(stages) - 1)
        scene.flush()

    _timed("edit one card", edit)
    _timed("move one card", move)
    _timed("move a stage (relayout)", move_stage)
    _timed("undo the stage move", lambda: (doc.undo_stack.undo(), scene.flush()))
    _timed("add a stage", lambda: (commands.add_stage(doc, "Nouvelle", 1), scene.flush()))
    _timed(
        "delete a stage with its cards",
        lambda: (commands.remove(doc, [stages[2].id]), scene.flush()),
    )  # noqa: E501
    _timed("undo the delete", lambda: (doc.undo_stack.undo(), scene.flush()))
    view.fit_all()
    app.processEvents()
    _timed(f"paint fitted ({view.zoom_factor():.0%})", view.viewport().repaint)
    _timed("select all cards", view.select_all_cards)
    _timed("find", lambda: view.find("client"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
