"""Saving and loading: what is written is read back equal, and the bytes are stable."""

from __future__ import annotations

import os
import stat

import pytest
from hypothesis import HealthCheck, given, settings

from mapstudio.core.model import JourneyMap
from mapstudio.files import dump_map, load_map_bytes, read_map, write_map
from tests.foundation.conftest import EXAMPLES
from tests.foundation.strategies import journey_maps

NAMES = sorted(p.name for p in EXAMPLES.glob("*.journey.json"))


@pytest.mark.parametrize("name", NAMES)
def test_load_save_load_is_equal_and_saving_twice_gives_same_bytes(tmp_path, name):
    original = read_map(EXAMPLES / name)
    first, second = tmp_path / "a.journey.json", tmp_path / "b.journey.json"
    write_map(first, original)
    again = read_map(first)
    assert again == original
    write_map(second, again)
    assert first.read_bytes() == second.read_bytes() == (EXAMPLES / name).read_bytes()


def test_new_file_gets_ordinary_permissions_and_overwrite_keeps_them(tmp_path):
    m = read_map(EXAMPLES / NAMES[0])
    path = tmp_path / "m.journey.json"
    old = os.umask(0o022)
    try:
        write_map(path, m)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    path.chmod(0o600)
    write_map(path, m)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["m.journey.json"]  # no temporary left


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journey_maps())
def test_any_valid_map_survives_dump_and_load(m: JourneyMap):
    data = dump_map(m)
    loaded = load_map_bytes(data)
    assert loaded == m
    assert dump_map(loaded) == data
    assert data.startswith(b'{\n  "schema_version": 3,') and data.endswith(b"}\n")
