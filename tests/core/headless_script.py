"""Run with PySide6 blocked: every bundled example is opened, edited with every kind of edit,
undone back to its original bytes, redone and undone again. Prints one line per map."""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

sys.modules["PySide6"] = None  # type: ignore[assignment]  # any Qt import now fails

from mapstudio.core import edits  # noqa: E402
from mapstudio.core.document import Document  # noqa: E402
from mapstudio.core.history import History  # noqa: E402
from mapstudio.core.model import Card, LaneKind  # noqa: E402
from mapstudio.files import dump_map, load_map_bytes  # noqa: E402

EVERY_EDIT = {
    name
    for name, f in inspect.getmembers(edits, inspect.isfunction)
    if f.__module__ == edits.__name__ and not name.startswith("_") and name != "dependents"
}


def edit_everything(doc: Document, history: History) -> set[str]:
    used: set[str] = set()

    def do(name: str, *args, **kwargs):
        used.add(name)
        return history.push(getattr(edits, name)(doc, *args, **kwargs))

    stage = do("add_stage", "Sortie", index=0)
    actions = do("add_lane", LaneKind.ACTIONS, "Gestes", index=1)
    metrics = do("add_lane", LaneKind.METRICS, "KPI")
    persona = do("add_persona", "Zoé", colour="#336699")
    card = do("add_card", stage, actions, text="Entre")
    before = len(history)
    do("update", card, {"text": "Entre dans"}, merge_key=("typing", card))
    do("update", card, {"text": "Entre dans la boutique"}, merge_key=("typing", card))
    assert len(history) == before + 1, "typing in one card is one step"
    pasted = do(
        "add_cards", [Card(id="x", stage=stage, lane=actions, text="Collé")], stage, actions, 0
    )
    do("move_cards", pasted, stage, actions)
    copies = do("duplicate_cards", [card])
    do("duplicate_stage", stage)
    do("duplicate_lane", actions)
    do("move_stage", stage, len(doc.stages()) - 1)
    do("move_lane", actions, 0)
    do("set_emotion", persona, stage, "as_is", 1)
    do("set_emotion", persona, stage, "as_is", 1.5)  # a source's average keeps its half point
    do("update", actions, {"persona": persona})  # the persona's own actions lane
    do("update", card, {"positive": True})
    do("make_blueprint")
    do("set_emotion_scale", "1..5")
    metric = do("add_metric", stage, metrics, "NPS", 42.0, "pts", target=50.0, trend="up")
    do("add_metric", stage, metrics, "CSAT", 81.0, "%", index=0)
    do("update", metric, {"target": None, "trend": "flat"})
    note = do("add_comment", card, "Pourquoi ici ?", author="Zoé")
    do("add_comment", stage, "Étape trop longue")
    do("edit_comment", note, "Pourquoi entrer ici ?")
    do("resolve_comment", note)
    do("remove_comment", note)
    ana = do("add_participant", "Ana  María", colour="#aa3366")
    do("add_participant", "Bo")
    do("update", card, {"author": ana})
    do("capture_note", stage, actions, " Asks a friend ", author=ana)
    do("capture_note", stage, actions, "Reads reviews", new_author="zq")
    vote = do("start_vote", [actions], [ana], ["Chloé"], count=2, dots_each=2, hidden=True)
    do("cast_dot", vote, ana, card)
    do("cast_dot", vote, ana, copies[0])
    do("remove_dot", vote, ana, card)
    do("join_vote", vote, do("add_participant", "Dee"))
    do("set_vote_hidden", vote, False)
    do("close_vote", vote)
    do("rename", stage, "  Départ  ")
    do("set_collapsed", metrics, True)
    do("update_many", {card: {"votes": 2}, copies[0]: {"votes": 1}}, "Set Votes")
    changed = doc.map.model_copy(deep=True)
    changed.title = "Autre version"
    changed.cards = [c for c in changed.cards if c.id not in copies]
    do("replace_map", changed, "Reload")
    assert dump_map(doc.map) == dump_map(changed)
    do("remove", [stage, persona, ana])
    return used


for path in sys.argv[1:]:
    original = Path(path).read_bytes()
    doc = Document(load_map_bytes(original))
    history = History(doc)
    used = edit_everything(doc, history)
    assert used == EVERY_EDIT, f"not exercised: {sorted(EVERY_EDIT - used)}"
    edited = dump_map(doc.map)
    assert edited != original
    steps = 0
    while history.undo():
        steps += 1
    assert dump_map(doc.map) == original, path
    while history.redo():
        pass
    assert dump_map(doc.map) == edited, path
    while history.undo():
        pass
    assert dump_map(doc.map) == original, path
    qt = sorted(name for name in sys.modules if name.startswith(("PySide6.", "shiboken6")))
    print(path.rsplit("/", 1)[-1], steps, "identical", qt)
