"""A field added to Card is handled by everything derived from the model, untouched: the fast
map reader (as strict as pydantic), the canvas's redraw fingerprint, the inspector's lane-kind
rows and the display order. The model module is patched in a fresh process, as a developer
adding the field would edit it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.foundation.conftest import EXAMPLES, cli_env

MODEL = Path(__file__).resolve().parents[2] / "src" / "mapstudio" / "core" / "model.py"
LAST_FIELD = "    author: Id | None = None  # a participant's id: who wrote the note in a workshop\n"  # Card's last field: new ones go after it
NEW_FIELDS = """\
    rating: Annotated[Annotated[int, Field(ge=1, le=5)] | None, ForLanes(LaneKind.NOTES)] = None
    images: list[Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]{1,40}[.]png$")]] = Field(
        default_factory=list
    )
"""

SCRIPT = r"""
import copy, importlib.abc, importlib.util, json, sys

PATH, SOURCE, EXAMPLE, TMP = sys.argv[1:5]


class PatchedModel(importlib.abc.Loader):
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.__file__ = PATH
        exec(compile(SOURCE, PATH, "exec"), module.__dict__)


class Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "mapstudio.core.model":
            return importlib.util.spec_from_loader(name, PatchedModel(), origin=PATH)
        return None


sys.meta_path.insert(0, Finder())

from pydantic import ValidationError
from PySide6.QtWidgets import QApplication

from mapstudio.core.model import Card, JourneyMap, LaneKind
from mapstudio.core.ordering import in_display_order
from mapstudio.files import dump_map, fastload, read_map
from mapstudio.layout.source import MapIndex

out = {"fields": list(Card.model_fields)[-2:]}
doc = json.load(open(EXAMPLE, encoding="utf-8"))
card = doc["cards"][0]
card["rating"], card["images"] = 4, ["door-1.png"]


def both(doc):
    fast = fastload.fast_validate(copy.deepcopy(doc))
    try:
        slow = JourneyMap.model_validate(doc)
    except ValidationError:
        slow = None
    same = fast is None or (fast == slow and dump_map(fast) == dump_map(slow))
    return fast is not None, slow is not None, same


out["valid"] = both(doc)
out["refused"] = {}
for key, bad in [("rating", 0), ("rating", 6), ("rating", True), ("rating", "4"),
                 ("images", ["Door.png"]), ("images", ["door.png\n"]), ("images", "door.png")]:
    broken = copy.deepcopy(doc)
    broken["cards"][0][key] = bad
    out["refused"][f"{key}={bad!r}"] = both(broken)

# the map opened from a file (the fast path), shown by the canvas, then edited
with open(TMP, "w", encoding="utf-8") as f:
    json.dump(doc, f)
m = read_map(TMP)
out["opened_rating"] = m.cards[0].rating
app = QApplication([])
from mapstudio.gui import commands
from mapstudio.gui.app.inspector import KIND_ROWS
from mapstudio.gui.canvas.scene import MapScene
from mapstudio.gui.document import MapDocument

out["inspector_rows"] = sorted(KIND_ROWS["rating"])
document = MapDocument(m)
scene = MapScene(document)
scene.flush()
item = scene.card_item(card["id"])
before = item.fingerprint
commands.update(document, card["id"], {"rating": 5})
scene.flush()
out["fingerprint_follows"] = before != item.fingerprint
commands.update(document, card["id"], {"order": 99})
scene.flush()
after_move = scene.card_item(card["id"]).fingerprint
out["order_is_placement"] = after_move == item.fingerprint

cell = (card["stage"], card["lane"])
by_rule = in_display_order(c for c in document.map.cards if (c.stage, c.lane) == cell)
out["ordering"] = [
    [c.id for c in MapIndex(document.map).cards_in_cell(*cell)] == [c.id for c in by_rule],
    [c.id for c in document.cards_in_cell(*cell)] == [c.id for c in by_rule],
    by_rule[-1].id == card["id"],
]
print(json.dumps(out))
"""


def test_a_new_card_field_needs_no_change_outside_the_model(tmp_path):
    source = MODEL.read_text(encoding="utf-8")
    assert source.count(LAST_FIELD) == 1, "Card's last field changed: update LAST_FIELD here"
    patched = source.replace(LAST_FIELD, LAST_FIELD + NEW_FIELDS)
    example = EXAMPLES / "smartphone-en.journey.json"
    env = cli_env() | {"QT_QPA_PLATFORM": "offscreen"}
    args = [str(MODEL), patched, str(example), str(tmp_path / "rated.journey.json")]
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, *args], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.splitlines()[-1])
    assert out["fields"] == ["rating", "images"]
    assert out["valid"] == [True, True, True]  # fast path taken, pydantic agrees, same map
    coerced = {"rating=True", "rating='4'"}  # pydantic reads 1 and 4; the fast path leaves them
    for case, (fast, slow, _) in out["refused"].items():
        assert (fast, slow) == (False, case in coerced), case
    assert out["opened_rating"] == 4
    assert out["inspector_rows"] == ["notes"]
    assert out["fingerprint_follows"] is True
    assert out["order_is_placement"] is True
    assert out["ordering"] == [True, True, True]


def test_kind_specific_card_fields_are_read_from_the_model():
    from mapstudio.core.model import Card, LaneKind, lane_kind_fields

    assert lane_kind_fields(Card) == {
        "channel": {LaneKind.TOUCHPOINTS},
        "online": {LaneKind.TOUCHPOINTS},
        "severity": {LaneKind.FRICTIONS},
        "impact": {LaneKind.OPPORTUNITIES},
        "effort": {LaneKind.OPPORTUNITIES},
        "owner": {LaneKind.OPPORTUNITIES, LaneKind.BACKSTAGE},
        "votes": {LaneKind.OPPORTUNITIES},
    }
