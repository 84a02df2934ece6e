"""The committed JSON Schema matches the model, and every example validates against it."""

from __future__ import annotations

import json

import jsonschema
import pytest

from mapstudio.files.schema import SCHEMA_ID, main, schema_bytes, schema_path
from tests.foundation.conftest import DATA, EXAMPLES, example_doc


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_committed_schema_is_up_to_date():
    assert schema_path().read_bytes() == schema_bytes(), "run: python -m mapstudio.files.schema"
    assert main(["--check"]) == 0


def test_schema_header():
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_ID and schema["title"]
    assert list(schema)[:3] == ["$schema", "$id", "title"]


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.journey.json")), ids=lambda p: p.name)
def test_every_example_validates(validator, path):
    validator.validate(json.loads(path.read_text(encoding="utf-8")))


def test_schema_rejects_what_the_reader_rejects(validator):
    for change in (
        lambda d: d.update(schema_version=1),
        lambda d: d.update(colour_scheme="dark"),
        lambda d: d["cards"][0].update(severity=4),
        lambda d: d["personas"][0].update(colour="red"),
        lambda d: d["cards"][1].update(channel="pigeon"),
        lambda d: d.update(emotion_scale="0..10"),
    ):
        doc = example_doc()
        change(doc)
        assert not validator.is_valid(doc)
    assert not validator.is_valid(json.loads((DATA / "v1-sample.journey.json").read_text()))
