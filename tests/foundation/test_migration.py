"""Hand-made older files (format 1 and format 2) are read as format 3 and upgraded on disk by ``mapstudio format``."""

from __future__ import annotations

import json
import shutil

from mapstudio.core.model import EmotionScale
from mapstudio.files import dump_map, read_map
from tests.foundation.conftest import DATA, run_cli

V1 = DATA / "v1-sample.journey.json"


def test_version_1_file_reads_as_the_current_version():
    m = read_map(V1)
    assert m.schema_version == 3 and m.emotion_scale is EmotionScale.MINUS3_PLUS3
    assert [s.order for s in m.ordered_stages()] == [0, 1, 2]
    # order within a cell follows the old list position
    assert [c.id for c in m.cards_in_cell("s1", "l-act")] == ["c1", "c4"]
    assert [c.order for c in m.cards_in_cell("s2", "l-act")] == [0, 1]
    assert [(p.stage, p.score) for p in m.emotion_points] == [("s1", -1), ("s2", 2), ("s3", 3)]
    assert m.metric_values[0].lane == "l-kpi" and m.metric_values[0].value == 64
    assert m.personas[0].name == "Élodie"


def test_format_upgrades_the_file_once_then_leaves_it_alone(tmp_path):
    path = tmp_path / "old.journey.json"
    shutil.copyfile(V1, path)
    expected = dump_map(read_map(V1))

    proc = run_cli("format", str(path))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"{path}: upgraded from file format 1 to 3"
    assert path.read_bytes() == expected
    assert json.loads(path.read_bytes())["schema_version"] == 3
    assert V1.read_bytes() != expected  # the reference file itself was not touched

    mtime = path.stat().st_mtime_ns
    again = run_cli("format", str(path))
    assert again.returncode == 0 and "unchanged" in again.stdout
    assert path.stat().st_mtime_ns == mtime


V2 = DATA / "v2-sample.journey.json"


def test_a_format_2_file_opens_saves_as_format_3_and_reads_back_equal(tmp_path):
    assert json.loads(V2.read_bytes())["schema_version"] == 2
    m = read_map(V2)
    assert m.schema_version == 3
    path = tmp_path / "upgraded.journey.json"
    proc = run_cli("format", str(shutil.copyfile(V2, path)))
    assert proc.stdout.strip() == f"{path}: upgraded from file format 2 to 3", proc.stderr
    assert read_map(path) == m and json.loads(path.read_bytes())["schema_version"] == 3
    original = json.loads(V2.read_bytes())
    upgraded = json.loads(path.read_bytes())
    # nothing of the format 2 file is lost or changed on the way (format 3 only adds fields)
    assert _holds(upgraded, {**original, "schema_version": 3})


def _holds(new, old) -> bool:
    if isinstance(old, dict):
        return isinstance(new, dict) and all(k in new and _holds(new[k], v) for k, v in old.items())
    if isinstance(old, list):
        return isinstance(new, list) and len(new) == len(old) and all(map(_holds, new, old))
    return new == old
