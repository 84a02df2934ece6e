"""Map files: one UTF-8 JSON document per map.

Reading never crashes and never touches the file: every problem becomes a ``MapFileError``
with one plain sentence. Writing is canonical (schema_version first, keys in model order,
two-space indent, trailing newline) and atomic.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError
from pydantic_core import to_json

from mapstudio.core.model import (
    SCHEMA_VERSION,
    Card,
    EmotionPoint,
    JourneyMap,
    Lane,
    MetricValue,
    Persona,
    Stage,
)
from mapstudio.core.validation import describe_validation_error
from mapstudio.files.atomic import write_atomic
from mapstudio.files.fastload import check_rules, fast_build, fast_prefix
from mapstudio.files.migrations import migrate
from mapstudio.files.value_checks import Reject
from mapstudio.text.translate import QCoreApplication, fill

if TYPE_CHECKING:
    from pydantic import TypeAdapter

# Images are embedded (a map stays one file): a storyboard of a hundred 1600-pixel photographs
# is about 60 MB. The limit keeps a file that opens in a second or two and can still be sent.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_NESTING = 32  # a map needs 4 levels; anything deeper is not a map
MAX_NUMBER_DIGITS = 30
# JSON values (numbers, strings, objects...) in one file. A 100,000-card map holds about
# 1,600,000; 24,000,000 zeros fit in 50 MB and would take 400 MB once parsed.
MAX_JSON_VALUES = 3_000_000
# Items per list of a map, checked before any validation: a 3 MB file of 1,000,000 empty
# cards took 3 GB and 30 s to refuse. About what fits in the 50 MB limit with real text.
MAX_ITEMS = {
    "cards": 100_000,
    "emotion_points": 100_000,
    "metric_values": 100_000,
    "personas": 1_000,
    "stages": 1_000,
    "lanes": 1_000,
    "tags": 1_000,
}
# Files from this size on are read window by window (files.precheck: a refusal costs a window
# and what the rules need, a valid map is built as it is read); below it, a refused file costs
# at most about 250 MB the usual way (a 16 MB file of 60,000 short cards), and the common maps
# (20,000 cards are about 12 MB) are parsed whole, which is a little faster.
STREAMED_CHECK_BYTES = 16 * 1024 * 1024
# Long lists are validated in chunks of this many items; a refusal stops at the first chunk
# with problems instead of collecting millions of them.
VALIDATION_CHUNK = 500


class MapFileError(Exception):
    """A map file that cannot be read; ``str(error)`` is one sentence for the user, in the
    interface language (the GUI's translator, or the catalogue headless)."""


class NewerVersionError(MapFileError):
    """The file was written by a newer MapStudio; it must be left alone."""

    def __init__(self, message: str, version: int) -> None:
        super().__init__(message)
        self.version = version


def read_map(path: str | os.PathLike[str]) -> JourneyMap:
    """Read and validate the map at ``path``. Raises ``MapFileError`` only."""
    return read_map_with_digest(path, hashed=False)[0]


class ReadCancelled(Exception):
    """Raised by a read's progress callback to stop the read: nothing was built or changed."""


#: Told the bytes read so far and the file's size, a window at a time (a few times a second
#: on a big file); it may raise ``ReadCancelled`` to stop the read.
ReadProgress = Callable[[int, int], None]


def read_map_with_digest(
    path: str | os.PathLike[str], hashed: bool = True, progress: ReadProgress | None = None
) -> tuple[JourneyMap, str]:
    """The map at ``path`` and the SHA-256 (hex) of the bytes it was read from ("" when not
    ``hashed``). Raises ``MapFileError`` only.

    A big file is read window by window, its map built as it goes (files.precheck), so that
    a valid one is read once; when that check cannot keep the map within its memory budget, the
    file is read again whole and loaded the usual way."""
    found = _read_checked(Path(path), keep_map=True, hashed=hashed, progress=progress)
    if type(found) is tuple:
        return found
    data: bytes = found  # type: ignore[assignment]
    if progress is not None:
        progress(len(data), len(data))  # read whole: only the load is left
    digest = hashlib.sha256(data).hexdigest() if hashed else ""
    return load_map_bytes(data), digest


def read_map_bytes_checked(path: str | os.PathLike[str]) -> bytes:
    """The bytes of the file at ``path`` (size-checked). Raises ``MapFileError`` only."""
    return _read_checked(Path(path), keep_map=False, hashed=False)  # type: ignore[return-value]


def _read_checked(
    p: Path, keep_map: bool, hashed: bool, progress: ReadProgress | None = None
) -> bytes | tuple[JourneyMap, str]:
    """The bytes of the file at ``p``; or, when ``keep_map`` and the file is big, possibly its
    map and digest as the window-by-window check built them."""
    try:
        info = p.stat()
        size = info.st_size
        if stat.S_ISDIR(info.st_mode):
            raise MapFileError(_folder())
        if not stat.S_ISREG(info.st_mode):  # a pipe or device could block or never end
            raise MapFileError(
                QCoreApplication.translate(
                    "MapFile", "this is not a regular file (a pipe or a device), not a map file"
                )
            )
        if size > MAX_FILE_BYTES:
            raise MapFileError(
                fill(
                    QCoreApplication.translate(
                        "MapFile", "the file is too large (%1 MB; maps are limited to %2 MB)"
                    ),
                    f"{size / 1e6:.0f}",
                    MAX_FILE_BYTES // (1024 * 1024),
                )
            )
        if size >= STREAMED_CHECK_BYTES:
            # a big file is checked window by window first: refusing it must not cost the
            # whole map in memory (files.precheck); a valid one may come out built
            from mapstudio.files.precheck import read_big_file

            built = read_big_file(p, keep_map=keep_map, hashed=hashed, progress=progress)
            if built is not None:
                return built
        with p.open("rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise MapFileError(
            QCoreApplication.translate("MapFile", "the file does not exist")
        ) from None
    except PermissionError:
        raise MapFileError(
            QCoreApplication.translate("MapFile", "permission denied: the file cannot be read")
        ) from None
    except IsADirectoryError:
        raise MapFileError(_folder()) from None
    except OSError as e:
        raise MapFileError(
            fill(
                QCoreApplication.translate("MapFile", "the file cannot be read (%1)"),
                e.strerror or e,
            )
        ) from None
    except ValueError:  # e.g. a NUL character in the name
        raise MapFileError(
            QCoreApplication.translate("MapFile", "the file name is not valid")
        ) from None
    return data


def _folder() -> str:
    return QCoreApplication.translate("MapFile", "this is a folder, not a map file")


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
        raise MapFileError(
            fill(
                QCoreApplication.translate(
                    "MapFile", "the file is too large (maps are limited to %1 MB)"
                ),
                MAX_FILE_BYTES // (1024 * 1024),
            )
        )
    if not data.strip():
        raise MapFileError(QCoreApplication.translate("MapFile", "the file is empty"))
    if b"\x00" in data[:65536] or _looks_binary(data[:4096]):
        raise MapFileError(
            QCoreApplication.translate(
                "MapFile", "this is a binary file, not a MapStudio map (maps are JSON text)"
            )
        )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    _check_value_count(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise MapFileError(not_utf8(data[: e.start].count(b"\n") + 1, e.start)) from None
    try:
        doc = json.loads(
            text,
            parse_constant=_refuse_constant,
            parse_int=_parse_int,
            parse_float=_parse_float,
        )
    except json.JSONDecodeError as e:
        raise MapFileError(syntax_error(e.lineno, e.colno, e.msg)) from None
    except RecursionError:
        raise MapFileError(_too_deep()) from None
    except _NumberError as e:
        raise MapFileError(str(e)) from None
    if not isinstance(doc, dict):
        raise MapFileError(
            fill(
                QCoreApplication.translate(
                    "MapFile",
                    "the file holds a JSON %1, not a MapStudio map (a JSON object)",
                    "%1: array, string, boolean, null or number (JSON words, not translated)",
                ),
                _json_kind(doc),
            )
        )
    return doc


def not_utf8(line: int, offset: int) -> str:
    """Why a file whose byte at ``offset`` (on ``line``) is not UTF-8 is refused."""
    return fill(
        QCoreApplication.translate(
            "MapFile", "the file is not valid UTF-8 text (bad byte at line %1, byte offset %2)"
        ),
        line,
        offset,
    )


def syntax_error(line: int, column: int, message: str) -> str:
    """Why a file that is not JSON is refused (``message`` is the JSON parser's)."""
    return fill(
        QCoreApplication.translate("MapFile", "JSON syntax error at line %1, column %2: %3"),
        line,
        column,
        message,
    )


def _too_deep() -> str:
    return fill(
        QCoreApplication.translate(
            "MapFile", "the JSON is nested too deeply (a map needs at most %1 levels)"
        ),
        MAX_NESTING,
    )


def _check_depth(doc: dict[str, Any]) -> None:
    depth = _depth(doc)
    if depth > MAX_NESTING:
        raise MapFileError(too_deep_by(depth))


def too_deep_by(depth: int) -> str:
    """Why a document nested ``depth`` levels deep is refused."""
    return fill(
        QCoreApplication.translate(
            "MapFile", "the JSON is nested too deeply (%1 levels; a map needs at most %2)"
        ),
        depth,
        MAX_NESTING,
    )


def _check_value_count(data: bytes) -> None:
    # Every value but the first follows a comma or opens an array or object: counting bytes
    # (C speed) bounds how many values parsing would build. Only a file near the bound pays
    # for the exact count, with the strings (which may hold commas) taken out.
    if _structural_count(data) <= MAX_JSON_VALUES:
        return
    count = _structural_count_outside_strings(data)
    if count > MAX_JSON_VALUES:
        raise MapFileError(too_many_values(count))


def too_many_values(count: int) -> str:
    """Why a file of ``count`` JSON values is refused before it is parsed."""
    return fill(
        QCoreApplication.translate(
            "MapFile", "the file holds too many values to be a map (%1; a map holds at most %2)"
        ),
        f"{count:,}",
        f"{MAX_JSON_VALUES:,}",
    )


def _structural_count(data: bytes) -> int:
    return data.count(b",") + data.count(b"[") + data.count(b"{")


def _structural_count_outside_strings(data: bytes) -> int:
    # Escaped backslashes, then escaped quotes, go first; every quote left then opens or
    # closes a string. Window by window (bounded memory: 16,000,000 empty strings would make
    # a list of 32,000,000 pieces), the pieces outside strings are joined and counted.
    plain = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    strings = plain.count(b'"') // 2
    if strings > 2 * MAX_JSON_VALUES:  # each value has at most one key: too many, no need to count
        return strings // 2
    count, inside = 0, False
    window = 1 << 20
    for start in range(0, len(plain), window):
        pieces = plain[start : start + window].split(b'"')
        count += _structural_count(b"".join(pieces[1 if inside else 0 :: 2]))
        inside ^= (len(pieces) - 1) % 2 == 1
    return count


def _check_counts(doc: dict[str, Any]) -> None:
    for key, most in MAX_ITEMS.items():
        items = doc.get(key)
        if isinstance(items, list) and len(items) > most:
            raise MapFileError(too_many_items(key, len(items), most))


def too_many_items(key: str, count: int, most: int) -> str:
    """Why a map whose list ``key`` holds ``count`` items (``most`` allowed) is refused."""
    return fill(
        QCoreApplication.translate("MapFile", "%1: too many items (%2; a map holds at most %3)"),
        key,
        f"{count:,}",
        f"{most:,}",
    )


def validate_document(doc: dict[str, Any]) -> JourneyMap:
    _check_counts(doc)  # first: validation time and memory grow with the counts
    version = doc.get("schema_version")
    prefixes: dict[str, list[Any]] = {}
    if type(version) is int and version == SCHEMA_VERSION:
        # A surely-valid current map needs no pydantic validator (io.fastload). It is at most
        # four levels deep by construction, so the depth walk below (70 ms at 20,000 cards) is
        # left to the documents it refuses.
        fast = _fast_checked(doc, prefixes)
        if fast is not None:
            return fast
    _check_depth(doc)
    check_version(version)
    if version < SCHEMA_VERSION:
        try:
            doc = migrate(doc, version, SCHEMA_VERSION)
        except Exception as e:  # a malformed old file: say so instead of crashing
            raise MapFileError(
                fill(
                    QCoreApplication.translate(
                        "MapFile", "this format-%1 map could not be upgraded (%2)"
                    ),
                    version,
                    e,
                )
            ) from None
        prefixes.clear()  # of the document before its upgrade
        fast = _fast_checked(doc, prefixes)
        if fast is not None:
            return fast
    try:
        return JourneyMap.model_validate(_validated_lists(doc, prefixes))
    except ValidationError as e:
        raise MapFileError(describe_validation_error(e)) from None
    except RecursionError:
        raise MapFileError(_too_deep()) from None


def check_version(version: Any) -> None:
    """Refuse a file with no format version, a version that is not a whole number from 1, or
    one written by a newer MapStudio (``NewerVersionError``); older versions pass."""
    if version is None:
        raise MapFileError(
            QCoreApplication.translate(
                "MapFile", "this is not a MapStudio map: it has no schema_version"
            )
        )
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise MapFileError(
            fill(
                QCoreApplication.translate(
                    "MapFile", "schema_version must be a whole number from 1, not %1"
                ),
                json.dumps(version),
            )
        )
    if version > SCHEMA_VERSION:
        raise NewerVersionError(
            fill(
                QCoreApplication.translate(
                    "MapFile",
                    "this map was saved by a newer MapStudio (file format %1; this version reads "
                    "up to %2): update MapStudio to open it",
                ),
                version,
                SCHEMA_VERSION,
            ),
            version,
        )


def _fast_checked(doc: dict[str, Any], prefixes: dict[str, list[Any]]) -> JourneyMap | None:
    """The map when every field is surely valid and the rules hold; MapFileError when the
    fields are valid but a rule fails (the sentence the model's own validator would give,
    without validating the whole map a second time); None when pydantic must decide.

    Long lists are built first, item by item: where one stops, ``prefixes`` keeps the models
    made so far, and pydantic starts there (each item is built once, refused or not)."""
    ready = dict(doc)
    for key, model in _ITEM_MODELS.items():
        items = doc.get(key)
        if isinstance(items, list) and len(items) > VALIDATION_CHUNK:
            built = fast_prefix(model, items)
            if len(built) < len(items):
                prefixes[key] = built
            else:
                ready[key] = built
    if prefixes:
        return None
    journey_map = fast_build(ready)
    if journey_map is None:
        return None
    try:
        check_rules(journey_map)
    except Reject:
        return None
    except ValueError as e:  # pydantic would report the very same sentence, with no place
        raise MapFileError(str(e)) from None
    except Exception:  # anything unforeseen: pydantic decides and explains
        return None
    return journey_map


def _validated_lists(doc: dict[str, Any], prefixes: dict[str, list[Any]]) -> dict[str, Any]:
    """``doc`` with its long lists of items already validated (pydantic takes the models as
    they are), chunk by chunk from where the fast path stopped (``prefixes``); the first chunk
    with problems stops it with a MapFileError."""
    out = dict(doc)
    for key, items in doc.items():
        model = _ITEM_MODELS.get(key)
        if model is None or not isinstance(items, list) or len(items) <= VALIDATION_CHUNK:
            continue
        adapter = _list_adapter(model)
        done = list(prefixes[key]) if key in prefixes else fast_prefix(model, items)
        for start in range(len(done), len(items), VALIDATION_CHUNK):
            chunk = items[start : start + VALIDATION_CHUNK]
            try:
                done.extend(adapter.validate_python(chunk))
            except ValidationError as e:
                errors = e.errors(include_url=False)
                for err in errors:
                    where = err.get("loc", ())
                    if where and isinstance(where[0], int):
                        where = (where[0] + start, *where[1:])
                    err["loc"] = (key, *where)
                if start + VALIDATION_CHUNK < len(items):  # not all looked at: no count
                    head = describe_validation_error(_PlacedErrors(errors[:1]))  # type: ignore[arg-type]
                    more = " " + QCoreApplication.translate("MapFile", "(and more problems)")
                    raise MapFileError(head + more) from None
                raise MapFileError(describe_validation_error(_PlacedErrors(errors))) from None  # type: ignore[arg-type]
        out[key] = done
    return out


class _PlacedErrors:
    """A chunk's validation errors placed in the whole map (``cards[512]``, not ``[12]``), in
    the shape ``describe_validation_error`` reads from a ValidationError."""

    def __init__(self, errors: list[Any]) -> None:
        self._errors = errors

    def errors(self, include_url: bool = False) -> list[Any]:
        return self._errors


_ITEM_MODELS: dict[str, type[BaseModel]] = {
    "personas": Persona,
    "stages": Stage,
    "lanes": Lane,
    "cards": Card,
    "emotion_points": EmotionPoint,
    "metric_values": MetricValue,
}


@functools.cache
def _list_adapter(model: type[BaseModel]) -> TypeAdapter[list[Any]]:
    # imported for maps of more than a chunk of items: at start-up it cost 1 %
    from pydantic import TypeAdapter

    return TypeAdapter(list[model])  # type: ignore[valid-type]


def dump_map(m: JourneyMap) -> bytes:
    """The canonical bytes of a map: the same map always gives the same bytes."""
    if all(
        _same_float_text(v.value) and (v.target is None or _same_float_text(v.target))
        for v in m.metric_values
    ):
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
    """Write ``m`` to ``path`` atomically. Raises ``MapFileError`` (and writes nothing) when the
    file would be too large to open again."""
    data = dump_map(m)
    if len(data) > MAX_FILE_BYTES:
        raise MapFileError(too_large_to_save(len(data)))
    write_atomic(path, data)


def too_large_to_save(size: int) -> str:
    """Why a map of ``size`` bytes is not saved: it could not be opened again."""
    return fill(
        QCoreApplication.translate(
            "MapFile",
            "the map is too large to save (%1 MB; maps are limited to %2 MB): "
            "remove some images or use smaller ones",
        ),
        f"{size / 1e6:.0f}",
        MAX_FILE_BYTES // (1024 * 1024),
    )


# --- helpers -----------------------------------------------------------------------------


class _NumberError(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    raise _NumberError(
        fill(
            QCoreApplication.translate(
                "MapFile", "the file holds %1, which is not a number MapStudio accepts"
            ),
            name,
        )
    )


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _NumberError(_too_large_number(text[:20] + "..."))
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value) or len(text) > 64:
        raise _NumberError(_too_large_number(text[:20]))
    return value


def _looks_binary(head: bytes) -> bool:
    # Control characters other than tab/newline/CR are not found in JSON text.
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13))
    return controls > 0


def _json_kind(value: Any) -> str:
    return {list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number"
    )


_CONTAINERS = (dict, list)  # what json.loads makes; a tuple test is faster than isinstance


def _depth(value: Any) -> int:
    # Level by level (iterative, so it cannot itself overflow the stack), each level gathered
    # by comprehensions: three times faster than a stack of (node, depth) pairs on big maps.
    depth, level = 0, [value] if type(value) in _CONTAINERS else []
    while level:
        depth += 1
        if depth > MAX_NESTING:
            return depth
        below: list[Any] = []
        for node in level:
            values = node.values() if type(node) is dict else node
            below.extend([v for v in values if type(v) in _CONTAINERS])
        level = below
    return depth


def _too_large_number(shown: str) -> str:
    return fill(
        QCoreApplication.translate("MapFile", "the file holds a number that is too large (%1)"),
        shown,
    )
