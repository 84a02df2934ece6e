"""The JSON Schema of a map file, generated from the model.

``python -m mapstudio.files.schema`` rewrites resources/schema/mapstudio-map.schema.json;
``python -m mapstudio.files.schema --check`` exits 1 when the committed file is out of date.
The schema describes the shape of a file; the cross-reference rules (ids that exist, unique ids,
scores on the map's scale) are checked by MapStudio itself (``mapstudio check``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from mapstudio.core.model import SCHEMA_VERSION, JourneyMap
from mapstudio.resources import resource_path

SCHEMA_FILE = "mapstudio-map.schema.json"
SCHEMA_ID = f"urn:mapstudio:schema:map:{SCHEMA_VERSION}"


def map_schema() -> dict[str, Any]:
    """The schema as a dict: draft 2020-12, with $id and title first."""
    body = JourneyMap.model_json_schema(mode="validation")
    body.pop("title", None)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "MapStudio journey map",
        "description": (
            f"One customer journey map (.journey.json), file format {SCHEMA_VERSION}. "
            "Friction severity 1..3 (minor, major, critical); opportunity impact and effort "
            "1..3 (low, medium, high); emotion scores are whole numbers on the map's "
            "emotion_scale. References between objects are checked by `mapstudio check`."
        ),
        **body,
    }


def schema_bytes() -> bytes:
    return (json.dumps(map_schema(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def schema_path() -> Path:
    return resource_path("schema", SCHEMA_FILE)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mapstudio.files.schema", description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    args = parser.parse_args(argv)
    path, data = schema_path(), schema_bytes()
    current = path.read_bytes() if path.exists() else b""
    if args.check:
        if current != data:
            print(f"{path}: out of date; run python -m mapstudio.files.schema", file=sys.stderr)
            return 1
        return 0
    if current != data:
        from mapstudio.files.atomic import write_atomic

        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
        print(f"{path}: written")
    else:
        print(f"{path}: up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
