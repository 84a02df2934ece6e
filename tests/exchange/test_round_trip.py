"""Every bundled example exported and imported again is the same map: ids, order, every field;
in XLSX (the whole map) and CSV (the map's card table), through the command line too; and
random maps (hypothesis) with comments, pictures and awkward text survive the same trips."""

from __future__ import annotations

import base64

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapstudio.core.model import Comment, Image, JourneyMap
from mapstudio.exchange.formats import export_bytes, import_bytes
from mapstudio.exchange.workbook import PICTURE_CHUNK
from mapstudio.files import dump_map, read_map
from tests.foundation.conftest import EXAMPLES, run_cli
from tests.foundation.strategies import journey_maps

NAMES = sorted(p.name for p in EXAMPLES.glob("*.journey.json"))


def same(a: JourneyMap, b: JourneyMap) -> None:
    assert a == b
    assert dump_map(a) == dump_map(b)


@pytest.mark.parametrize("name", NAMES)
def test_example_through_a_workbook_is_the_same_map(name):
    original = read_map(EXAMPLES / name)
    data = export_bytes(original, ".xlsx")
    same(import_bytes(data, "map.xlsx").map, original)
    # into the map itself (the editor's Import into the open map): nothing changes
    same(import_bytes(data, "map.xlsx", base=original).map, original)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("bom", [False, True])
def test_example_through_csv_is_the_same_map(name, bom):
    original = read_map(EXAMPLES / name)
    data = export_bytes(original, ".csv", bom=bom)
    assert data.startswith(b"\xef\xbb\xbf") == bom
    same(import_bytes(data, "cards.csv", base=original).map, original)
    # Excel in a comma-decimal locale saves with semicolons: detected
    semicolons = _resave_with(data, ";")
    same(import_bytes(semicolons, "cards.csv", base=original).map, original)


def _resave_with(data: bytes, delimiter: str) -> bytes:
    import csv
    import io

    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return out.getvalue().encode("utf-8")


@pytest.mark.parametrize("name", ["smartphone-en.journey.json", "perfume-fr.journey.json"])
def test_csv_alone_makes_a_map_of_the_same_cards(name):
    original = read_map(EXAMPLES / name)
    m = import_bytes(export_bytes(original, ".csv"), "cards.csv").map
    assert [c.id for c in m.cards] == [c.id for c in original.cards]
    for a, b in zip(m.cards, original.cards, strict=True):
        assert a.model_dump() == b.model_dump()
    used = {c.lane for c in original.cards}
    assert {lane.id: lane.kind for lane in m.lanes} == {
        lane.id: lane.kind for lane in original.lanes if lane.id in used
    }


def test_examples_round_trip_through_the_command_line(tmp_path):
    for name in NAMES:
        source = EXAMPLES / name
        for ext in ("xlsx", "csv"):
            out = tmp_path / f"{name}.{ext}"
            back = tmp_path / f"{name}.{ext}.journey.json"
            proc = run_cli("export", str(source), "-o", str(out))
            assert proc.returncode == 0, proc.stderr
            into = ["--into", str(source)] if ext == "csv" else []
            proc = run_cli("import", str(out), "-o", str(back), *into)
            assert proc.returncode == 0, proc.stderr
            assert back.read_bytes() == source.read_bytes(), (name, ext)


# --- random maps ----------------------------------------------------------------------------------

PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 40).decode()
awkward = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40
) | st.sampled_from(["=SUM(A1:A3)", "_x0041_", " lead", "trail ", "\r\n", "[1]", '"q"', "", "0012"])


@st.composite
def maps_with_extras(draw: st.DrawFn) -> JourneyMap:
    m = draw(journey_maps())
    doc = m.model_dump()
    n = 0
    for card in doc["cards"]:
        for _ in range(draw(st.integers(0, 2))):
            n += 1
            card["comments"].append(
                Comment(
                    id=f"k{n}",
                    author=draw(awkward),
                    text=draw(awkward),
                    resolved=draw(st.booleans()),
                ).model_dump()
            )
        card["text"] = draw(st.one_of(st.just(card["text"]), awkward))
        card["tags"] = draw(st.lists(awkward.filter(lambda t: len(t) <= 200), max_size=3))
        if draw(st.booleans()):
            size = draw(st.sampled_from([40, PICTURE_CHUNK * 2 + 7]))
            data = (
                PNG
                if size == 40
                else base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\1" * size).decode()
            )
            card["image"] = Image(
                mime="image/png", data=data, width=3, height=4, alt=draw(awkward)
            ).model_dump()
    for stage in doc["stages"]:
        stage["name"] = draw(awkward)
    _workshop(draw, doc)
    return JourneyMap.model_validate(doc)


def _workshop(draw: st.DrawFn, doc: dict) -> None:
    """Participants, card authors, a dot vote and its dots, when the model has them (fields
    other sessions add travel through the exchange formats with no change there)."""
    fields = JourneyMap.model_fields
    if not {"participants", "votes", "dots"} <= set(fields):
        return
    people = [
        {"id": f"u{i}", "name": draw(awkward), "initials": draw(st.text(max_size=4))}
        for i in range(draw(st.integers(0, 3)))
    ]
    doc["participants"] = people
    if not people:
        return
    for card in doc["cards"]:
        card["author"] = draw(st.none() | st.sampled_from([p["id"] for p in people]))
    if doc["cards"] and draw(st.booleans()):
        voters = [p["id"] for p in people]
        doc["votes"] = [
            {"id": "v1", "title": draw(awkward), "lanes": [doc["lanes"][0]["id"]],
             "participants": voters, "dots_each": 3, "hidden": draw(st.booleans())}
        ]  # fmt: skip
        doc["dots"] = [
            {"id": f"d{i}", "vote": "v1", "participant": voter, "card": draw(st.sampled_from(doc["cards"]))["id"]}
            for i, voter in enumerate(voters)
        ]  # fmt: skip


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(maps_with_extras())
def test_random_maps_through_a_workbook(m):
    same(import_bytes(export_bytes(m, ".xlsx"), "m.xlsx").map, m)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(maps_with_extras(), st.booleans())
def test_random_maps_through_csv(m, bom):
    same(import_bytes(export_bytes(m, ".csv", bom=bom), "m.csv", base=m).map, m)


def test_workshop_objects_travel_through_a_workbook_and_csv():
    """Participants, authors, votes and dots (added to the model by other work) need no code
    in the exchange formats: their sheets and columns come from the model."""
    if "dots" not in JourneyMap.model_fields:
        pytest.skip("the model has no dot votes")
    doc = read_map(EXAMPLES / "smartphone-en.journey.json").model_dump()
    doc["participants"] = [{"id": "ana", "name": "Ana", "initials": "AN"}]
    doc["cards"][0]["author"] = "ana"
    doc["votes"] = [
        {"id": "v1", "title": "Top ideas", "lanes": ["opportunities"], "participants": ["ana"]}
    ]
    doc["dots"] = [{"id": "d1", "vote": "v1", "participant": "ana", "card": doc["cards"][0]["id"]}]
    m = JourneyMap.model_validate(doc)
    same(import_bytes(export_bytes(m, ".xlsx"), "m.xlsx").map, m)
    same(import_bytes(export_bytes(m, ".csv"), "m.csv", base=m).map, m)
