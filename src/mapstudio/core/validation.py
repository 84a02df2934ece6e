"""Validation errors in the user's words: ``where: what``, plus how many more problems there are.

Shared by the file reader (a map that cannot be opened) and the document (an edit refused).
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from mapstudio.core.model import more_problems
from mapstudio.text.translate import QCoreApplication, fill


def describe_validation_error(error: ValidationError) -> str:
    """The first problem as ``where: what``, plus how many more there are."""
    errors = error.errors(include_url=False)
    parts = [_describe_one(err) for err in errors]
    head = parts[0] if parts else QCoreApplication.translate("MapFile", "the map is not valid")
    return head + more_problems(len(parts) - 1)


def _describe_one(err: Any) -> str:
    loc = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err.get("loc", ()))
    loc = loc.lstrip(".")
    kind = err.get("type", "")
    msg = err.get("msg", "invalid value")
    if kind == "value_error":
        msg = msg.removeprefix("Value error, ")
        return msg if not loc else f"{loc}: {msg}"
    if kind == "missing":
        plain = QCoreApplication.translate("MapFile", "this field is required")
    elif kind == "extra_forbidden":
        plain = QCoreApplication.translate("MapFile", "MapStudio does not know this field")
    elif kind == "string_pattern_mismatch":
        plain = _pattern_message(loc, err)
    elif kind == "literal_error":
        plain = fill(
            QCoreApplication.translate("MapFile", "unsupported value %1"),
            json.dumps(err.get("input"), ensure_ascii=False)[:60],
        )
    else:  # pydantic's own words (English)
        plain = msg[0].lower() + msg[1:] if msg else msg
    where = loc or QCoreApplication.translate("MapFile", "the map", "where a problem is")
    return f"{where}: {plain}"


def _pattern_message(loc: str, err: Any) -> str:
    value = json.dumps(err.get("input"), ensure_ascii=False)[:60]
    if loc.endswith("colour"):
        return fill(QCoreApplication.translate("MapFile", "%1 is not a colour like #ff8800"), value)
    if loc.endswith("id") or loc.endswith(("stage", "lane", "persona")):
        return fill(
            QCoreApplication.translate(
                "MapFile", "%1 is not a valid id (letters, digits, - _ . : only, at most 64)"
            ),
            value,
        )
    return fill(QCoreApplication.translate("MapFile", "%1 is not in the expected form"), value)
