"""Map files: one UTF-8 JSON document per map.

Reading never crashes and never touches the file: every problem becomes a ``MapFileError``
with one plain sentence. Writing is canonical (schema_version first, keys in model order,
two-space indent, trailing newline) and atomic.
"""

from __future__ import annotations

import json
import math
import os
import stat
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import to_json

from mapstudio.io.atomic import write_atomic
from mapstudio.io.fastload import fast_validate
from mapstudio.io.migrations import migrate
from mapstudio.model import SCHEMA_VERSION, JourneyMap

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_NESTING = 32  # a map needs 4 levels; anything deeper is not a map
MAX_NUMBER_DIGITS = 30


class MapFileError(Exception):
    """A map file that cannot be read; ``str(error)`` is one sentence for the user."""


class NewerVersionError(MapFileError):
    """The file was written by a newer MapStudio; it must be left alone."""

    def __init__(self, message: str, version: int) -> None:
        super().__init__(message)
        self.version = version


def read_map(path: str | os.PathLike[str]) -> JourneyMap:
    """Read and validate the map at ``path``. Raises ``MapFileError`` only."""
    return load_map_bytes(read_map_bytes_checked(path))


def read_map_bytes_checked(path: str | os.PathLike[str]) -> bytes:
    """The bytes of the file at ``path`` (size-checked). Raises ``MapFileError`` only."""
    p = Path(path)
    try:
        info = p.stat()
        size = info.st_size
        if stat.S_ISDIR(info.st_mode):
            raise MapFileError("this is a folder, not a map file")
        if not stat.S_ISREG(info.st_mode):  # a pipe or device could block or never end
            raise MapFileError("this is not a regular file (a pipe or a device), not a map file")
        if size > MAX_FILE_BYTES:
            raise MapFileError(
                f"the file is too large ({size / 1e6:.0f} MB; maps are limited to "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB)"
            )
        with p.open("rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise MapFileError("the file does not exist") from None
    except PermissionError:
        raise MapFileError("permission denied: the file cannot be read") from None
    except IsADirectoryError:
        raise MapFileError("this is a folder, not a map file") from None
    except OSError as e:
        raise MapFileError(f"the file cannot be read ({e.strerror or e})") from None
    except ValueError:  # e.g. a NUL character in the name
        raise MapFileError("the file name is not valid") from None
    return data


def load_map_bytes(data: bytes) -> JourneyMap:
    """Parse, migrate and validate a map document held in memory."""
    return validate_document(_parse_json_object(data))  # validate_document checks the depth


def parse_json_document(data: bytes) -> dict[str, Any]:
    """The JSON object held in ``data``, at most ``MAX_NESTING`` levels deep."""
    doc = _parse_json_object(data)
    _check_depth(doc)
    return doc


def _parse_json_object(data: bytes) -> dict[str, Any]:
    if len(data) > MAX_FILE_BYTES:
        raise MapFileError("the file is too large (maps are limited to 50 MB)")
    if not data.strip():
        raise MapFileError("the file is empty")
    if b"\x00" in data[:65536] or _looks_binary(data[:4096]):
        raise MapFileError("this is a binary file, not a MapStudio map (maps are JSON text)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise MapFileError(
            f"the file is not valid UTF-8 text (bad byte at line {line}, byte offset {e.start})"
        ) from None
    try:
        doc = json.loads(
            text,
            parse_constant=_refuse_constant,
            parse_int=_parse_int,
            parse_float=_parse_float,
        )
    except json.JSONDecodeError as e:
        raise MapFileError(
            f"JSON syntax error at line {e.lineno}, column {e.colno}: {e.msg}"
        ) from None
    except RecursionError:
        raise MapFileError(
            f"the JSON is nested too deeply (a map needs at most {MAX_NESTING} levels)"
        ) from None
    except _NumberError as e:
        raise MapFileError(str(e)) from None
    if not isinstance(doc, dict):
        raise MapFileError(
            f"the file holds a JSON {_json_kind(doc)}, not a MapStudio map (a JSON object)"
        )
    return doc


def _check_depth(doc: dict[str, Any]) -> None:
    depth = _depth(doc)
    if depth > MAX_NESTING:
        raise MapFileError(
            f"the JSON is nested too deeply ({depth} levels; a map needs at most {MAX_NESTING})"
        )


def validate_document(doc: dict[str, Any]) -> JourneyMap:
    version = doc.get("schema_version")
    if type(version) is int and version == SCHEMA_VERSION:
        # A surely-valid current map needs no pydantic validator (io.fastload). It is at most
        # four levels deep by construction, so the depth walk below (70 ms at 20,000 cards) is
        # left to the documents it refuses.
        fast = fast_validate(doc)
        if fast is not None:
            return fast
    _check_depth(doc)
    if version is None:
        raise MapFileError("this is not a MapStudio map: it has no schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise MapFileError(
            f"schema_version must be a whole number from 1, not {json.dumps(version)}"
        )
    if version > SCHEMA_VERSION:
        raise NewerVersionError(
            f"this map was saved by a newer MapStudio (file format {version}; this version reads "
            f"up to {SCHEMA_VERSION}): update MapStudio to open it",
            version,
        )
    if version < SCHEMA_VERSION:
        try:
            doc = migrate(doc, version, SCHEMA_VERSION)
        except Exception as e:  # a malformed old file: say so instead of crashing
            raise MapFileError(f"this format-{version} map could not be upgraded ({e})") from None
        fast = fast_validate(doc)
        if fast is not None:
            return fast
    try:
        return JourneyMap.model_validate(doc)
    except ValidationError as e:
        raise MapFileError(describe_validation_error(e)) from None
    except RecursionError:
        raise MapFileError("the JSON is nested too deeply") from None


def describe_validation_error(error: ValidationError) -> str:
    """The first problem as ``where: what``, plus how many more there are."""
    errors = error.errors(include_url=False)
    parts = [_describe_one(err) for err in errors]
    more = len(parts) - 1
    head = parts[0] if parts else "the map is not valid"
    return head + (f" (and {more} more problem{'s' if more > 1 else ''})" if more > 0 else "")


def _describe_one(err: Any) -> str:
    loc = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err.get("loc", ()))
    loc = loc.lstrip(".")
    kind = err.get("type", "")
    msg = err.get("msg", "invalid value")
    if kind == "value_error":
        msg = msg.removeprefix("Value error, ")
        return msg if not loc else f"{loc}: {msg}"
    plain = {
        "missing": "this field is required",
        "extra_forbidden": "MapStudio does not know this field",
        "string_pattern_mismatch": _pattern_message(loc, err),
        "literal_error": "unsupported value "
        + json.dumps(err.get("input"), ensure_ascii=False)[:60],
    }.get(kind, msg[0].lower() + msg[1:] if msg else msg)
    return f"{loc or 'the map'}: {plain}"


def _pattern_message(loc: str, err: Any) -> str:
    value = json.dumps(err.get("input"), ensure_ascii=False)[:60]
    if loc.endswith("colour"):
        return f"{value} is not a colour like #ff8800"
    if loc.endswith("id") or loc.endswith(("stage", "lane", "persona")):
        return f"{value} is not a valid id (letters, digits, - _ . : only, at most 64)"
    return f"{value} is not in the expected form"


def dump_map(m: JourneyMap) -> bytes:
    """The canonical bytes of a map: the same map always gives the same bytes."""
    if all(_same_float_text(v.value) for v in m.metric_values):
        # pydantic's serializer writes the very same text ~7x faster than json.dumps(indent=2);
        # the two differ only in how some floats are spelled (1e-05 vs 0.00001).
        return (m.model_dump_json(indent=2) + "\n").encode("utf-8")
    return _dump_map_reference(m)


def _dump_map_reference(m: JourneyMap) -> bytes:
    doc = m.model_dump(mode="json")
    return (json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode("utf-8")


def _same_float_text(value: float) -> bool:
    return json.dumps(value) == to_json(value).decode()


def write_map(path: str | os.PathLike[str], m: JourneyMap) -> None:
    write_atomic(path, dump_map(m))


# --- helpers -----------------------------------------------------------------------------


class _NumberError(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    raise _NumberError(f"the file holds {name}, which is not a number MapStudio accepts")


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _NumberError(f"the file holds a number that is too large ({text[:20]}...)")
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value) or len(text) > 64:
        raise _NumberError(f"the file holds a number that is too large ({text[:20]})")
    return value


def _looks_binary(head: bytes) -> bool:
    # Control characters other than tab/newline/CR are not found in JSON text.
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13))
    return controls > 0


def _json_kind(value: Any) -> str:
    return {list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number"
    )


def _depth(value: Any) -> int:
    # Iterative, so it cannot itself overflow the stack.
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, d = stack.pop()
        deepest = max(deepest, d)
        if d > MAX_NESTING:
            return d
        if isinstance(node, dict):
            stack.extend((v, d + 1) for v in node.values() if isinstance(v, dict | list))
        elif isinstance(node, list):
            stack.extend((v, d + 1) for v in node if isinstance(v, dict | list))
    return deepest
