"""Fuzzing the map reader: whatever the bytes, it returns a valid map or raises MapFileError
(one sentence), never anything else."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapstudio.core.model import JourneyMap
from mapstudio.files import MapFileError, dump_map, load_map_bytes, read_map

from .conftest import sample_map

VALID = dump_map(sample_map())
VALID_DOC = json.loads(VALID)
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**40), 10**40)
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | st.sampled_from(["s1", "l1", "p1", "c1", "-2..+2", "#ff8800", "actions", "as_is"]),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def check(data: bytes) -> None:
    try:
        m = load_map_bytes(data)
    except MapFileError as e:
        message = str(e)
        assert message and "\n" not in message.strip() and "Traceback" not in message
        return
    assert isinstance(m, JourneyMap)
    assert load_map_bytes(dump_map(m)) == m  # what it accepted, it writes back readable


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes(data: bytes) -> None:
    check(data)


@FUZZ
@given(
    st.lists(
        st.tuples(st.integers(0, len(VALID) - 1), st.integers(0, 255), st.sampled_from("fdi")),
        min_size=1,
        max_size=8,
    )
)
def test_mutated_bytes_of_a_valid_map(edits) -> None:
    data = bytearray(VALID)
    for pos, byte, how in edits:
        pos %= max(1, len(data))
        if how == "f":
            data[pos] = byte
        elif how == "d":
            del data[pos : pos + 1 + byte % 16]
        else:
            data[pos:pos] = bytes([byte])
    check(bytes(data))


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            found += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += _paths(v, (*prefix, i))
    return found


PATHS = _paths(VALID_DOC)[1:]


@FUZZ
@given(
    st.lists(st.tuples(st.sampled_from(PATHS), json_values, st.booleans()), min_size=1, max_size=4)
)
def test_mutated_structure_of_a_valid_map(changes) -> None:
    doc = json.loads(VALID)
    for path, value, delete in changes:
        parent: Any = doc
        try:
            for key in path[:-1]:
                parent = parent[key]
            if delete:
                del parent[path[-1]]
            else:
                parent[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    check(json.dumps(doc).encode("utf-8"))


@FUZZ
@given(st.sampled_from([1, 2]), json_values)
def test_old_format_documents_with_odd_content(version, value) -> None:
    # Version 1 goes through the migration, which must not crash on odd content either.
    doc = {
        "schema_version": version,
        "id": "m",
        "title": "t",
        "stages": value,
        "cards": [value],
        "emotion_scale": value,
    }
    check(json.dumps(doc).encode("utf-8"))


def test_files_that_are_not_maps(tmp_path) -> None:
    cases = {"empty": b"", "nul": b"\x00" * 10, "deep": b"[" * 100000, "bom": b"\xef\xbb\xbf{}"}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        try:
            read_map(tmp_path / name)
        except MapFileError:
            continue
        raise AssertionError(f"{name} was accepted")
    try:
        read_map(tmp_path)
    except MapFileError as e:
        assert "folder" in str(e)
