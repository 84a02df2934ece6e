"""A big map file read window by window, in bounded memory: refused early, or built in one read.

Loading a map holds its bytes, their text and the parsed document at once, then the built map:
about four times the file (875 MB for a 200 MB file). A file refused in the end (one bad card
after 99,999 good ones) must not cost that. So a file of ``mapfile.STREAMED_CHECK_BYTES`` or more is
read a window at a time: the structure is walked, the items of the map's lists are parsed a
window at a time, checked (the fast checks of ``files.fastload``, pydantic's words when it fails)
and kept: whole while the process has grown by less than ``KEPT_MAP_BYTES``, as slim copies past
it (only what the rules between objects may look at: ids, references, scores, short texts, a few
hundred bytes a card). Items of short texts only (dots: four ids) are checked a window at a time,
column by column, and kept as columns (``core.columns.Rows``), built into objects only once the
map passed its rules. The map's rules run at the end, on the whole map or on the slim copies.

The check stops at the first problem it is sure of and says it as the full load would. A valid
map kept whole is returned as the full load would build it: the file is read once. A valid map
kept as slim copies is read once more, window by window, kept whole this time (its memory is
then the map's, not a refusal's). When the check cannot tell (an older file format, one value
larger than a window may grow, a rule that looks at a long text it dropped), it says nothing and
the full load decides.
"""

from __future__ import annotations

import codecs
import gc
import hashlib
import json
import math
import operator
import os
import re
import sys
import types
from collections.abc import Callable
from datetime import datetime
from enum import Enum
from itertools import repeat
from pathlib import Path
from typing import Annotated, Any, BinaryIO, Literal, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from mapstudio.core.columns import Rows
from mapstudio.core.model import SCHEMA_VERSION, JourneyMap
from mapstudio.core.validation import describe_validation_error
from mapstudio.files import mapfile
from mapstudio.files.fastload import (
    check_rules,
    construct,
    fast_build,
    model_checks,
    shared_default,
)
from mapstudio.files.value_checks import (
    DATETIME_SPELLING,
    Reject,
    boolean,
    iso_datetime,
    one_byte_text,
)
from mapstudio.text.translate import QCoreApplication

CHUNK_BYTES = 2 * 1024 * 1024  # small windows stay in the heap: 8 MB ones cost page faults
#: One value (an item with its pictures, a text) larger than this is left to the full load.
MAX_WINDOW_CHARS = 96 * 1024 * 1024
#: Strings up to this length are kept for the rules (ids, names, references are at most 200).
KEPT_TEXT = 200
#: The memory the built items may take while the file is checked (the process's resident size
#: above what it was when the check started). Under it the check keeps the map it builds and
#: the file is read once; past it the items are slimmed and dropped, and the file is read again
#: if it is valid. Refusing a file then costs at most about this plus the slim copies (the
#: budget: 300 MB for any file up to the 200 MB limit, a process of about 30 MB to start).
KEPT_MAP_BYTES = 190 * 1024 * 1024
#: Items built between two looks at the memory (a few MB at most).
ITEMS_PER_LOOK = 2048

_WHITESPACE = re.compile(r"[ \t\n\r]*").match


class _Undecided(Exception):
    """The check cannot tell: the full load decides."""


def read_big_file(
    path: Path,
    keep_map: bool = True,
    hashed: bool = False,
    progress: mapfile.ReadProgress | None = None,
) -> tuple[JourneyMap, str] | None:
    """The map at ``path`` when ``keep_map`` and this check could build it whole within its
    memory budget, with the SHA-256 of the file's bytes when ``hashed`` ("" otherwise);
    ``MapFileError`` for the first problem it is sure of; None when it found none but did not
    keep the map, or cannot tell (the full load then reads the file and decides)."""
    collecting = gc.isenabled()
    gc.disable()  # many small objects are kept, none in a cycle (as fastload does)
    try:
        with path.open("rb") as f:
            head = f.read(65536)
            bom = 3 if head.startswith(b"\xef\xbb\xbf") else 0
            if not head.strip() or b"\x00" in head or mapfile._looks_binary(head[:4096]):
                return None  # the full load refuses these before anything costly
            f.seek(bom)
            digest = hashlib.sha256(head[:bom]) if hashed else None
            walk = _Walk(f, bom, keep_map, digest)
            # a walk that will have to read again (over its memory budget, known from the
            # start) reports the first half of the progress, the second walk the other half
            total = walk.size * (2 if walk.over_budget else 1)
            walk.progress = _reporter(progress, 0, total)
            journey_map = walk.run()
            if journey_map is None and walk.over_budget:
                # Nothing wrong as far as slim copies tell, but the map was not kept: read again,
                # kept whole this time (the map and a window: about a third of what a load of the
                # whole text holds); a problem the slim copies could not see is still said.
                del walk
                f.seek(bom)
                digest = hashlib.sha256(head[:bom]) if hashed else None
                again = _Walk(f, bom, True, digest, budgeted=False)
                again.progress = _reporter(progress, again.size, total)
                journey_map = again.run()
            if journey_map is None:
                return None
            return journey_map, digest.hexdigest() if digest is not None else ""
    except _Undecided:
        return None
    except OSError:
        return None  # the read that follows says what is wrong
    finally:
        if collecting:
            gc.enable()


def _reporter(
    progress: mapfile.ReadProgress | None, before: int, total: int
) -> Callable[[int], None] | None:
    """What a walk calls with its bytes read after each window: ``progress`` told the bytes
    read of ``total``, ``before`` this walk started."""
    if progress is None:
        return None
    return lambda done: progress(min(before + done, total), total)


def check_big_file(path: Path) -> None:
    """Raise ``MapFileError`` for the first problem of the map file at ``path`` that this check
    is sure of; return when it found none or cannot tell."""
    read_big_file(path, keep_map=False)


# --- JSON values counted before a long value is parsed ----------------------------------------


def _count_outside_strings(text: str) -> int:
    """The values ``text`` (JSON, or its start) holds at most, strings left out (as mapfile
    counts the bytes of a whole file)."""
    plain = text.replace("\\\\", "").replace('\\"', "")
    pieces = plain.split('"')
    outside = "".join(pieces[::2])
    return outside.count(",") + outside.count("[") + outside.count("{")


# --- the walk -----------------------------------------------------------------------------------


def _list_models() -> dict[str, type[BaseModel]]:
    """The map's fields that hold lists of objects, with the objects' model."""
    found = {}
    for name, field in JourneyMap.model_fields.items():
        if get_origin(field.annotation) is list:
            (item,) = get_args(field.annotation)
            if isinstance(item, type) and issubclass(item, BaseModel):
                found[name] = item
    return found


class _Walk:
    """The file's text a window at a time, walked as one JSON object whose lists are read item
    by item. Positions are in the window; lines and columns are counted for messages."""

    def __init__(
        self, f: BinaryIO, bom: int, keep_map: bool, digest: Any = None, budgeted: bool = True
    ) -> None:
        self.f = f
        self.digest = digest  # fed every byte read, in order, when asked
        self.structural = 0  # the file's commas and brackets, strings and all (as mapfile counts)
        self.progress: Callable[[int], None] | None = None  # told the bytes read, per window
        self.size = os.fstat(f.fileno()).st_size - bom  # characters, at most
        self.start_memory = _resident_bytes()
        self.budgeted = budgeted  # items kept whole only while the memory they take is known
        self.keep = keep_map and (self.start_memory is not None or not budgeted)  # else slim
        self.over_budget = keep_map and not self.keep  # slimmed for memory: read again to keep
        self.batches = True  # lists parsed a window at a time (until a guess fails)
        self.decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self.json = json.JSONDecoder(
            parse_constant=mapfile._refuse_constant,
            parse_int=mapfile._parse_int,
            parse_float=mapfile._parse_float,
        )
        self.scan = self.json.scan_once
        self.text = ""
        self.pos = 0
        self.eof = False
        self.bytes_read = 0  # after the byte order mark, as the full load counts
        self.bom = bom
        self.dropped = 0  # characters of text before the window
        self.lists = _list_models()
        self.top: dict[str, Any] = {}
        self.kept: dict[str, list[Any]] = {}
        self.problem: str | None = None  # the first problem, said once the version is known
        self.deepest = 0
        # kept items whose long lists (a card's comments) were checked as columns but not built
        # yet: (the item, [(field, its documents, its columns, the field's check)])
        self.pending: list[tuple[Any, list[tuple[str, list[Any], Rows, Any]]]] = []

    # --- reading ---

    def grow(self) -> None:
        """Drop the text before ``pos`` and read more (at least as much as the window holds,
        so that a long value is re-scanned only a few times)."""
        if self.eof:
            return
        self.dropped += self.pos
        rest = self.text[self.pos :]
        if len(rest) > MAX_WINDOW_CHARS:
            raise _Undecided
        if len(rest) >= CHUNK_BYTES:
            # one value longer than a window: before it is parsed whole, the values it holds
            # are counted (a file's values are, before the full load parses them)
            count = _count_outside_strings(rest)
            if count > mapfile.MAX_JSON_VALUES:
                raise mapfile.MapFileError(mapfile.too_many_values(count))
        data = self.f.read(max(CHUNK_BYTES, len(rest)))
        pending = self.decoder.getstate()[0]
        try:
            piece = self.decoder.decode(data, final=not data)
        except UnicodeDecodeError as e:
            at = self.bytes_read - len(pending) + e.start
            raise mapfile.MapFileError(mapfile.not_utf8(self.lines_before(at), at)) from None
        self.bytes_read += len(data)
        self.eof = not data
        if self.progress is not None:
            self.progress(self.bytes_read)  # once a window (2 MB): may raise ReadCancelled
        self.batches = True  # a new window: guess again
        if self.keep:  # only a kept map needs it (the full load counts the others)
            self.structural += mapfile._structural_count(data)
        if self.digest is not None:
            self.digest.update(data)
        self.text = rest + piece
        self.pos = 0
        if self.keep:
            self.look_at_memory()  # a few long texts or pictures take memory too

    def values_in_file(self) -> int:
        """The values the whole file holds, strings left out, as the full load counts them
        (read again from the start, a chunk at a time: only for a message)."""
        self.f.seek(self.bom)
        count, inside, tail = 0, False, b""
        while chunk := self.f.read(CHUNK_BYTES):
            chunk = tail + chunk
            cut = len(chunk.rstrip(b"\\"))  # a run of backslashes is never cut in two
            chunk, tail = chunk[:cut], chunk[cut:]
            plain = chunk.replace(b"\\\\", b"").replace(b'\\"', b"")
            pieces = plain.split(b'"')
            count += mapfile._structural_count(b"".join(pieces[1 if inside else 0 :: 2]))
            inside ^= (len(pieces) - 1) % 2 == 1
        return count

    def lines_before(self, offset: int) -> int:
        """The line of byte ``offset`` (after the byte order mark), counted only for a message."""
        self.f.seek(self.bom)
        return self.f.read(offset).count(b"\n") + 1

    def where(self, pos: int) -> tuple[int, int]:
        """The line and column of window position ``pos``, as the JSON parser counts them on
        the whole text (read again from the start: only for a message)."""
        at = self.dropped + pos
        self.f.seek(self.bom)
        text = codecs.getincrementaldecoder("utf-8")("strict")
        line, column, seen = 1, 0, 0
        while seen < at and (data := self.f.read(CHUNK_BYTES)):
            piece = text.decode(data)[: at - seen]
            seen += len(piece)
            newlines = piece.count("\n")
            line += newlines
            column = len(piece) - piece.rfind("\n") - 1 if newlines else column + len(piece)
        return line, column + 1

    def peek(self) -> str:
        """The next character that is not white space ("" at the end of the file)."""
        while True:
            self.pos = _WHITESPACE(self.text, self.pos).end()
            if self.pos < len(self.text) or self.eof:
                return self.text[self.pos : self.pos + 1]
            self.grow()

    def expect(self, allowed: str, message: str) -> str:
        c = self.peek()
        if not c or c not in allowed:
            self.syntax(message, self.pos)
        self.pos += 1
        return c

    def value(self) -> Any:
        self.peek()
        while True:
            try:
                found, end = self.scan(self.text, self.pos)
            except StopIteration as e:  # no value where one must start (e.value: where)
                if self.eof or e.value < len(self.text) - 6:  # not a cut "null" or "-1"
                    self.syntax("Expecting value", e.value)
            except json.JSONDecodeError as e:
                cut = e.msg.startswith("Unterminated string") or e.pos >= len(self.text) - 6
                if self.eof or not cut:
                    self.syntax(e.msg, e.pos)
            except RecursionError:  # the full load counts the file's values first
                count = self.values_in_file()
                if count > mapfile.MAX_JSON_VALUES:
                    raise mapfile.MapFileError(mapfile.too_many_values(count)) from None
                raise mapfile.MapFileError(mapfile._too_deep()) from None
            except mapfile._NumberError as e:
                raise mapfile.MapFileError(str(e)) from None
            else:
                if end < len(self.text) or self.eof:  # a number at the window's end may go on
                    self.pos = end
                    return found
            self.grow()

    def syntax(self, message: str, pos: int) -> None:
        line, column = self.where(pos)
        raise mapfile.MapFileError(mapfile.syntax_error(line, column, message))

    # --- the map ---

    def run(self) -> JourneyMap | None:
        if self.peek() != "{":
            raise _Undecided  # not an object: the full load says what it is
        self.pos += 1
        if self.peek() == "}":
            self.pos += 1
        else:
            while True:
                key = self.key()
                self.expect(":", "Expecting ':' delimiter")
                if key in self.kept or (key in self.lists and key in self.top):
                    raise _Undecided  # a list given twice: the last one counts
                if key in self.lists and self.peek() == "[":
                    self.items(key)
                elif key in JourneyMap.model_fields:
                    self.top[key] = self.value()
                    if key == "schema_version":
                        self.version_known()
                else:  # not a map field (refused below): walked for its size, not kept
                    self.skip(key)
                if self.expect(",}", "Expecting ',' delimiter") == "}":
                    break
        if self.peek():
            self.syntax("Extra data", self.pos)
        return self.finish()

    def key(self) -> str:
        if self.peek() != '"':
            self.syntax("Expecting property name enclosed in double quotes", self.pos)
        return self.value()

    def skip(self, key: str) -> None:
        if self.peek() == "[":
            self.pos += 1
            if self.peek() == "]":
                self.pos += 1
            else:
                while True:
                    self.deepest = max(self.deepest, _depth(self.value()) + 2)
                    if self.expect(",]", "Expecting ',' delimiter") == "]":
                        break
            self.top[key] = []
        else:
            value = self.value()
            self.deepest = max(self.deepest, _depth(value) + 1)
            self.top[key] = value if _depth(value) == 0 else None

    def batch(self) -> list[Any] | None:
        """The items from ``pos`` to the window's last complete one, parsed in one call of the
        JSON scanner (one Python step per item cost 1.2 us of the 3 us a tiny item took), or
        None when that is not sure.

        The items up to a "}" followed by a comma are parsed as an array of their own: when that
        "}" closes an item, the array's items are exactly the file's; when it is inside a string
        or closes an inner object, the array is not valid JSON and the items are read one by one
        (until the next window). An array that ends earlier ends the list itself."""
        if not self.batches:
            return None
        text, pos = self.text, self.pos
        cut = len(text)
        for _ in range(2):  # the last "}," then the one before it (an inner object's)
            cut = text.rfind("},", pos, cut)
            if cut < 0:
                break
            piece = "[" + text[pos : cut + 1] + "]"
            try:
                found, end = self.scan(piece, 0)
            except (StopIteration, ValueError, RecursionError):  # JSONDecodeError, _NumberError
                continue
            if type(found) is not list:
                break
            # the array's end: the "]" added, or the list's own (which ends it)
            if not found:  # "[" then "]": a comma before it, or nothing: said one by one
                break
            self.pos = pos + end - 2
            return found
        self.batches = False
        return None

    def items(self, key: str) -> None:
        """The items of list ``key``, checked one by one, kept whole or as slim copies;
        counted past the limit. From the first bad item on, the problems of the next
        ``VALIDATION_CHUNK`` items are gathered, as the full load gathers them (one chunk, then
        "and more problems")."""
        model = model_checks(self.lists[key])
        build = model.build
        slim = _slimmer_of(self.lists[key])
        check_slim = _checking_slimmer_of(self.lists[key])
        check_batch = _batch_checker_of(self.lists[key])
        defer = _deferring_builder_of(self.lists[key])
        most = mapfile.MAX_ITEMS.get(key)
        limit = sys.maxsize if most is None else most
        kept: list[Any] = []
        self.kept[key] = kept
        self.pos += 1  # the "["
        if self.peek() == "]":
            self.pos += 1
            return
        index, first, errors = 0, -1, []
        chunk = mapfile.VALIDATION_CHUNK
        while True:
            self.peek()
            items = self.batch()
            kept = self.kept[key]  # slimmed, maybe, while the window was read
            if items is None:
                items = [self.value()]
                kept = self.kept[key]
            elif (
                check_batch is not None
                and first < 0
                and self.problem is None
                and index + len(items) <= limit
            ):
                # tiny items a whole window at a time, with no Python step per item
                checked = check_batch(items)
                if checked is not None:
                    # kept as columns, whether the map is kept or not: its objects are built
                    # once it passed the rules (whole_map)
                    if type(kept) is not Rows:
                        kept = self.kept[key] = self.rows(key, kept)
                    kept.add_columns(checked)
                    index += len(items)
                    items = ()
            for item in items:
                if first >= 0 and index >= first + chunk and self.problem is None:
                    # an item after the bad one's chunk: not all were looked at (a bad item
                    # exactly a chunk before the list's end has its problems counted)
                    head = describe_validation_error(mapfile._PlacedErrors(errors[:1]))  # type: ignore[arg-type]
                    more = " " + QCoreApplication.translate("MapFile", "(and more problems)")
                    self.found(head + more)
                if self.problem is None and index < limit:
                    keep = self.keep
                    try:
                        if keep and defer is not None:
                            obj, later = defer(item)
                            if later:
                                self.pending.append((obj, later))
                        else:
                            obj = build(item) if keep else check_slim(item)
                    except Exception:  # Reject, a broken rule of the item...: pydantic decides
                        obj = self.built(key, index, item, errors)
                        if obj is not None:
                            self.slim_all()  # the map is not fastload's: the full load builds it
                            keep, obj = False, slim(obj.__dict__)
                    if obj is None:
                        if first < 0:
                            first = index
                    elif first < 0:
                        kept.append(obj)
                        if keep and not len(kept) % ITEMS_PER_LOOK:
                            self.look_at_memory()
                            kept = self.kept[key]
                index += 1
            if self.expect(",]", "Expecting ',' delimiter") == "]":
                break
        if most is not None and index > most:
            self.found(mapfile.too_many_items(key, index, most))
        if first >= 0 and self.problem is None:
            self.found(describe_validation_error(mapfile._PlacedErrors(errors)))  # type: ignore[arg-type]

    def look_at_memory(self) -> None:
        """Slim the kept items once they take more memory than ``KEPT_MAP_BYTES``, or once a
        quarter of the file is read and what they take says the whole map would (slimming
        early is cheaper: an item checked and slimmed at once costs less than built, kept, then
        slimmed)."""
        if not self.budgeted:
            return
        now = _resident_bytes()
        grown = (
            KEPT_MAP_BYTES if now is None or self.start_memory is None else now - self.start_memory
        )
        read = (self.dropped + self.pos) / self.size if self.size else 1.0
        if grown >= KEPT_MAP_BYTES or (read > 0.25 and grown / read > KEPT_MAP_BYTES):
            self.over_budget = True
            self.slim_all()

    def slim_all(self) -> None:
        """From now on items are kept as slim copies; those kept whole so far are slimmed one by
        one (each freed as its copy takes its place: memory does not grow meanwhile)."""
        if not self.keep:
            return
        self.keep = False
        self.columns_pending()
        self.pending.clear()
        for key, kept in self.kept.items():
            if type(kept) is Rows:
                continue  # kept slim already
            slim = _slimmer_of(self.lists[key])
            for i, item in enumerate(kept):
                kept[i] = slim(item.__dict__)

    def columns_pending(self) -> None:
        """The long lists not built yet given as their columns, for the rules or slim copies."""
        for obj, later in self.pending:
            for name, _docs, rows, _check in later:
                obj.__dict__[name] = rows

    def rows(self, key: str, objects: list[Any]) -> Rows:
        """The values of ``objects`` (whole or slim) as columns; the list is emptied."""
        rows = _rows_of(self.lists[key])
        for obj in objects:
            rows.append(obj)
        objects.clear()  # the whole objects go, their values stay (32 bytes a dot more meanwhile)
        return rows

    def built(self, key: str, index: int, item: Any, errors: list[Any]) -> Any:
        """The object pydantic makes of ``item``, or None with its problems added to
        ``errors``."""
        self.deepest = max(self.deepest, _depth(item) + 2)
        if self.deepest > mapfile.MAX_NESTING:
            self.found(mapfile.too_deep_by(self.deepest))
            return None
        try:
            (built,) = mapfile._list_adapter(self.lists[key]).validate_python([item])
        except ValidationError as e:
            for err in e.errors(include_url=False):
                err["loc"] = (key, index, *err.get("loc", ())[1:])
                errors.append(err)
            return None
        return built

    def found(self, problem: str) -> None:
        """The first problem: said now when the file is of this version, else at the end (an
        older file's items are upgraded before they are checked)."""
        if self.problem is None:
            self.problem = problem
        self.version_known()

    def version_known(self) -> None:
        if "schema_version" not in self.top:
            return
        version = self.top["schema_version"]
        if type(version) is not int or version != SCHEMA_VERSION:
            if type(version) is int and version < SCHEMA_VERSION:
                raise _Undecided  # its items are checked once upgraded
            mapfile.check_version(version)  # raises: no version, not a number, newer
            raise _Undecided
        if self.problem is not None:
            raise mapfile.MapFileError(self.problem)

    def finish(self) -> JourneyMap | None:
        if "schema_version" not in self.top:
            mapfile.check_version(None)
        self.version_known()
        if self.deepest > mapfile.MAX_NESTING:
            raise mapfile.MapFileError(mapfile.too_deep_by(self.deepest))
        top = {key: value for key, value in self.top.items() if key not in self.lists}
        for key in self.lists:
            if key in self.top:  # not an array: pydantic says what it is
                top[key] = self.top[key]
        whole = fast_build(top)
        if whole is None:
            try:
                whole = JourneyMap.model_validate(top)
            except ValidationError as e:
                raise mapfile.MapFileError(describe_validation_error(e)) from None
        if self.keep:
            return self.whole_map(top, whole)
        self.slim_rules(whole)
        return None

    def slim_rules(self, whole: JourneyMap) -> None:
        """The map's rules on the kept items (whole, slim or rows) under the map's other
        fields: ``MapFileError`` for a broken one."""
        slim = _slim(whole)
        for key, kept in self.kept.items():
            object.__setattr__(slim, key, kept)
        for rule in model_checks(JourneyMap).after:
            try:
                rule(slim)
            except ValueError as e:
                raise mapfile.MapFileError(str(e)) from None
            except Exception:  # a rule that reads what was dropped (a long text): undecided
                raise _Undecided from None

    def whole_map(self, top: dict[str, Any], whole: JourneyMap) -> JourneyMap | None:
        """The map of the kept items, as the full load makes it (the same fast build, the same
        rules, the same count of the file's values), or None when that load would not build it
        this way (pydantic would)."""
        rows = [key for key, kept in self.kept.items() if type(kept) is Rows]
        if rows or self.pending:
            # refused before the objects of the rows are built (1.3 s for 590,000 dots)
            self.columns_pending()
            self.slim_rules(whole)
            for key in rows:
                self.kept[key] = _objects_of(self.lists[key], self.kept[key])  # type: ignore[arg-type]
            while self.pending:
                # Each list's documents are let go as its objects are built, so the peak is the
                # map's memory and not both at once (537 MB instead of 409 MB for 480,000
                # comments otherwise).
                obj, later = self.pending.pop()
                while later:
                    name, docs, _rows, check = later.pop()
                    try:
                        obj.__dict__[name] = check(docs)  # checked as columns: as fastload builds
                    except Exception:  # anything unforeseen: the full load decides
                        return None
                    del docs
        journey_map = fast_build({**top, **self.kept})
        if journey_map is None:
            return None
        try:
            check_rules(journey_map)
        except ValueError as e:  # the model's own sentence, as the full load says it
            raise mapfile.MapFileError(str(e)) from None
        except Exception:  # Reject, or anything unforeseen: the full load decides
            return None
        # Returned, the map is not loaded again: the file's values are counted as the full load
        # counts them (a refusal above does not count them, as with slim copies)
        if self.structural > mapfile.MAX_JSON_VALUES:
            count = self.values_in_file()  # strings left out (0.4 s for 90 MB)
            if count > mapfile.MAX_JSON_VALUES:
                raise mapfile.MapFileError(mapfile.too_many_values(count))
        return journey_map


def _resident_bytes() -> int | None:
    """The memory the process holds now (its resident set), or None where it cannot be read
    cheaply (then no map is kept: a valid big file is read again, as a refused one never is)."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return None


_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


# --- what is kept of an item ---------------------------------------------------------------------


_PLAIN = (bool, int, float, datetime, type(None))


def _plain(annotation: Any) -> bool:
    """Whether a field of this type always holds a small value (a number, a flag, a date, one
    of a set of words)."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _plain(get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        return all(_plain(arg) for arg in get_args(annotation))
    if origin is Literal:
        return all(type(arg) in _PLAIN for arg in get_args(annotation))
    if annotation in _PLAIN:
        return True
    return isinstance(annotation, type) and issubclass(annotation, Enum)


def _other(value: Any) -> Any:
    """What is kept of a value that may be large: a short text or list of short texts as it
    is, objects slimmed, ``_DROPPED`` for a long text or anything else."""
    kind = type(value)
    if kind is str:
        return value if len(value) <= KEPT_TEXT else _DROPPED
    if kind is Rows:  # a long list of small objects checked as columns: kept so
        return value
    if kind is list:
        if not value or all(type(v) is str and len(v) <= KEPT_TEXT for v in value):
            return value
        if all(isinstance(v, BaseModel) for v in value):
            return [_slim(v) for v in value]
        return _DROPPED
    if isinstance(value, BaseModel):
        return _slim(value)
    if kind in _PLAIN or isinstance(value, Enum):
        return value
    return _DROPPED


_DROPPED = object()


def _checking(i: int, name: str, check: Any, indent: str, scope: dict[str, Any]) -> list[str]:
    """The lines that check field ``name`` of ``doc`` into ``x`` with ``check``: a text that
    surely passes (of the right type and length, a pattern matched, no lone surrogate possible)
    is taken inline, a million calls less for 300,000 tiny items; anything else is left to the
    check itself, which decides."""
    scope[f"c{i}"] = check
    columns = _list_column_checker(check)
    if columns is not None:
        # a long list (a card's thousands of comments) checked as columns, no object built;
        # a short one, or one not surely valid, item by item (which finds and says a problem)
        scope[f"k{i}"] = columns
        return [
            f"{indent}x = doc[{name!r}]",
            f"{indent}y = k{i}(x) if type(x) is list and len(x) >= {COLUMNS_FROM} else None",
            f"{indent}x = c{i}(x) if y is None else y",
        ]
    limits = getattr(check, "text_limits", None)
    if limits is None:
        return [f"{indent}x = c{i}(doc[{name!r}])"]
    low, high, match = limits
    scope[f"m{i}"] = match
    scope["one_byte"] = one_byte_text
    sure = f"type(x) is str and {low} <= len(x) <= {high} and (x.isascii() or one_byte(x))"
    if match is not None:
        sure += f" and m{i}(x)"
    if high == math.inf:
        sure = sure.replace(f" <= {high}", "")
    return [f"{indent}x = doc[{name!r}]", f"{indent}if not ({sure}):", f"{indent}    x = c{i}(x)"]


def _keeping(name: str, field: Any, indent: str) -> list[str]:
    """The lines that keep value ``x`` of field ``name`` on slim object ``s``."""
    if _plain(field.annotation):
        return [f"{indent}s.{name} = x"]
    # the usual values inline (no value, a short text, an empty list), others by _other
    return [
        f"{indent}if x is None or (type(x) in short and len(x) <= {KEPT_TEXT} and not (x and type(x) is list)):",
        f"{indent}    s.{name} = x",
        f"{indent}else:",
        f"{indent}    x = other(x)",
        f"{indent}    if x is not dropped: s.{name} = x",
    ]


def _written(name: str, lines: list[str], scope: dict[str, Any]) -> Any:
    scope.update(new=object.__new__, other=_other, dropped=_DROPPED, short=(str, list))
    exec(compile("\n".join(lines), f"<{name}>", "exec"), scope)  # noqa: S102
    return scope["f"]


def _slimmer(cls: type[BaseModel]) -> Callable[[dict[str, Any]], Any]:
    """A function that makes the slim object of one of ``cls``'s objects from its values: a
    class with a slot per field, its code written out once per model (a loop over the fields
    cost 6 us a card, a third of the whole check)."""
    lines = ["def f(v):", "    s = new(cls)"]
    for name, field in cls.model_fields.items():
        lines.append(f"    x = v[{name!r}]")
        lines += _keeping(name, field, "    ")
    lines.append("    return s")
    return _written(f"slim {cls.__name__}", lines, {"cls": _slim_class(cls)})


def _checking_slimmer(cls: type[BaseModel]) -> Callable[[Any], Any]:
    """A function that makes the slim object of a ``cls`` document straight from it, with the
    very checks and defaults of ``fastload`` (Reject when it would refuse it) but no object
    built in between: for the items of a big file that are not kept whole (a third less than
    building then slimming). Building, then slimming, for a model with rules of its own or a
    default made from the other fields."""
    model = model_checks(cls)
    slim = _slimmer_of(cls)
    build = model.build

    def built_then_slimmed(doc: Any) -> Any:
        return slim(build(doc).__dict__)

    if model.doubt is not None or model.after:
        return built_then_slimmed
    scope: dict[str, Any] = {"cls": _slim_class(cls), "Reject": Reject}
    lines = ["def f(doc):", "    if type(doc) is not dict:", "        raise Reject"]
    lines += ["    s = new(cls)", f"    if len(doc) == {len(model.specs)}:", "        try:"]
    # the usual document, every field given: no field is looked for (a key missing here means
    # an unknown one instead: refused)
    for i, (name, check, field, _default) in enumerate(model.specs):
        lines += _checking(i, name, check, "            ", scope)
        lines += _keeping(name, field, "            ")
    lines += ["        except KeyError:", "            raise Reject from None", "        return s"]
    lines.append("    n = 0")
    for i, (name, check, field, default) in enumerate(model.specs):
        lines.append(f"    if {name!r} in doc:")
        lines += _checking(i, name, check, "        ", scope)
        lines += ["        n += 1", "    else:"]
        if default is None:
            lines.append("        raise Reject")  # a required field is missing
        elif field.default_factory is None and shared_default(field.default):
            scope[f"d{i}"] = field.default
            lines.append(f"        x = d{i}")
        elif field.default_factory is None:
            scope[f"d{i}"] = default
            lines.append(f"        x = d{i}(None)")
        elif field.default_factory_takes_validated_data:
            return built_then_slimmed
        else:
            scope[f"f{i}"] = field.default_factory
            lines.append(f"        x = f{i}()")
        lines += _keeping(name, field, "    ")
    lines += ["    if n != len(doc):", "        raise Reject", "    return s"]  # unknown keys
    return _written(f"check and slim {cls.__name__}", lines, scope)


_SLIM_CLASSES: dict[type[BaseModel], type] = {}


def _slim_class(cls: type[BaseModel]) -> type:
    """A class with a slot per field of ``cls``."""
    found = _SLIM_CLASSES.get(cls)
    if found is None:
        fields = tuple(cls.model_fields)
        found = _SLIM_CLASSES[cls] = type(f"Slim{cls.__name__}", (), {"__slots__": fields})
    return found


_SLIMMERS: dict[type[BaseModel], Callable[[dict[str, Any]], Any]] = {}
_CHECKING_SLIMMERS: dict[type[BaseModel], Callable[[Any], Any]] = {}


def _slimmer_of(cls: type[BaseModel]) -> Callable[[dict[str, Any]], Any]:
    """The function that makes the slim copy of a ``cls`` object from its ``__dict__``."""
    slimmer = _SLIMMERS.get(cls)
    if slimmer is None:
        slimmer = _SLIMMERS[cls] = _slimmer(cls)
    return slimmer


def _checking_slimmer_of(cls: type[BaseModel]) -> Callable[[Any], Any]:
    """The function that checks a ``cls`` document and makes its slim object."""
    slimmer = _CHECKING_SLIMMERS.get(cls)
    if slimmer is None:
        slimmer = _CHECKING_SLIMMERS[cls] = _checking_slimmer(cls)
    return slimmer


def _slim(obj: BaseModel) -> Any:
    """``obj`` without its long texts and pictures' data: the same attributes, except that one
    left out raises AttributeError (a rule that reads it cannot be decided here)."""
    return _slimmer_of(type(obj))(obj.__dict__)


_CONTAINERS = (dict, list)


def _depth(value: Any) -> int:
    return mapfile._depth(value) if type(value) in _CONTAINERS else 0


# --- tiny items checked a window at a time --------------------------------------------------------


def _text_pattern_test(low: int, high: float, match: Any) -> tuple[int, float, Any, Any] | None:
    """How a column of texts is tested against ``value_checks.text(low, high, pattern)``:
    ``(low, high, lines, chars)`` with the length limits the pattern adds, and either the
    characters an id's pattern allows (``chars``) or one search over the column's lines
    (``lines``); both None for no pattern. None for a pattern that cannot be tested on lines."""
    body = match.__self__.pattern if match is not None else None
    if body is not None and ("^" in body or "$" in body):
        return None
    lines = chars = None
    repeated = _CLASS_REPEATED(body) if body is not None else None
    if repeated is not None:
        # a set of characters repeated (an id): the column's text, its allowed characters
        # deleted, leaves only the line breaks between its texts (a hundred times faster
        # than a regular expression)
        one = re.compile(f"[{repeated[1]}]").fullmatch
        chars = bytes(c for c in range(128) if c != 10 and one(chr(c)))
        if repeated[2] is not None:
            low, high = max(low, int(repeated[2])), min(high, int(repeated[3]))
        elif repeated[4] == "+":
            low = max(low, 1)
    elif body is not None:
        # one search over the column's texts, one a line: as many full lines matched as
        # texts means every text matches (no text holds a line break, checked first)
        lines = re.compile(f"(?m)^(?:{body})$").findall
    return low, high, lines, chars


def _batch_checker(cls: type[BaseModel]) -> Callable[[list[Any]], list[list[Any]] | None] | None:
    """For a model whose fields are all short texts with limits (a dot: four ids), a function
    that checks a window's documents column by column, with no Python step per item (590,000
    dots cost 3.7 us each item by item), and gives their objects built whole (a list), or their
    values as columns for ``Rows``; None when any document is not surely valid (the documents
    are then checked one by one, which finds and says the problem). None for other models."""
    model = model_checks(cls)
    if model.doubt is not None or model.after or not model.specs:
        return None
    names = tuple(name for name, *_ in model.specs)
    limits = []
    for _name, check, _field, _default in model.specs:
        text_limits = getattr(check, "text_limits", None)
        if text_limits is None:
            return None
        parts = _text_pattern_test(*text_limits)
        if parts is None:
            return None
        limits.append(parts)
    count = len(names)
    getters = [operator.itemgetter(name) for name in names]

    def check(items: list[Any]) -> list[list[Any]] | None:
        if set(map(type, items)) != {dict} or set(map(len, items)) != {count}:
            return None
        columns = []
        for get, (low, high, lines, chars) in zip(getters, limits, strict=True):
            try:
                column = list(map(get, items))
            except KeyError:  # an unknown key instead of a field
                return None
            try:
                joined = "\n".join(column)  # texts only (JSON's are never a subclass)
            except TypeError:
                return None
            lengths = set(map(len, column))
            if min(lengths) < low or max(lengths) > min(high, KEPT_TEXT):
                return None  # a long text: not kept in a slim copy
            if not joined.isascii() or joined.count("\n") != len(column) - 1:
                return None  # other characters: checked one by one (lone surrogates...)
            if lines is not None and len(lines(joined)) != len(column):
                return None
            if chars is not None and len(joined.encode().translate(None, chars)) != len(column) - 1:
                return None
            # a vote's or a card's id repeated: one text kept for all (a 590,000-dot file's
            # texts took 120 MB, more than its columns); their hashes are then known for the
            # rules' sets
            one: dict[str, str] = {}
            column = list(map(one.setdefault, column, column))
            columns.append(column)
        return columns

    return check


# --- long lists of small objects inside an item, checked column by column -------------------------

#: A list of at least this many objects (a card's comments) is checked as columns: below it,
#: the few Python steps per column cost more than checking the objects one by one.
COLUMNS_FROM = 64

#: Lines that are each a date and time ``iso_datetime`` takes (its groups not captured).
_DATE_TIME_LINES = re.compile(
    "(?m)^(?:" + re.sub(r"\((?!\?)", "(?:", DATETIME_SPELLING) + ")$"
).findall
_DAY = operator.itemgetter(slice(0, 10))


def _list_column_checker(check: Any) -> Callable[[list[Any]], Rows | None] | None:
    """For the check of a list of objects (``value_checks.list_of``) whose fields are texts,
    dates and flags (a comment: an id, an author, a date, a text, resolved or not), a function
    that checks such a list column by column and gives the values the rules may read (the
    short texts and flags) as ``Rows``; None when any object is not surely valid as
    ``fastload`` checks it (the list is then checked object by object, which finds and says the
    problem). None for other lists."""
    limits = getattr(check, "list_limits", None)
    if limits is None:
        return None
    item, low_count, high_count = limits
    cls = getattr(getattr(item, "__self__", None), "cls", None)
    if cls is None or getattr(item, "__func__", None) is not type(model_checks(cls)).build:
        return None
    if cls not in _LIST_COLUMN_CHECKERS:
        _LIST_COLUMN_CHECKERS[cls] = _list_column_checker_of(cls)
    columns = _LIST_COLUMN_CHECKERS[cls]
    if columns is None:
        return None

    def check_list(items: list[Any]) -> Rows | None:
        if not low_count <= len(items) <= high_count:
            return None
        return columns(items)

    return check_list


def _list_column_checker_of(cls: type[BaseModel]) -> Callable[[list[Any]], Rows | None] | None:
    model = model_checks(cls)
    if model.doubt is not None or model.after or not model.specs:
        return None
    fields = []  # (name, test of a column, kept, the kept default when the field is left out)
    for name, check, field, default in model.specs:
        text_limits = getattr(check, "text_limits", None)
        if text_limits is not None:
            tested = _text_column(*text_limits)
            if tested is None:
                return None
            test, kept = tested
        elif check is boolean:
            test, kept = _flag_column, True
        elif check is iso_datetime:
            test, kept = _date_time_column, False
        else:
            return None
        missing: Any = _DROPPED  # a field left out by every object: refused (one by one)
        if default is not None:
            if field.default_factory is None and shared_default(field.default):
                missing = field.default
            elif not kept and (
                field.default_factory is None or not field.default_factory_takes_validated_data
            ):
                missing = None  # a default the rules never read
        fields.append((name, operator.itemgetter(name), test, kept, missing))
    names = tuple(name for name, _get, _test, kept, _missing in fields if kept)
    row = _rows_of(cls, names).row
    kind = f"Slim{cls.__name__}"

    def check(items: list[Any]) -> Rows | None:
        if set(map(type, items)) != {dict}:
            return None
        sizes = set(map(len, items))
        if len(sizes) != 1:
            return None
        given, kept_columns = 0, []
        for name, get, test, kept, missing in fields:
            try:
                column = list(map(get, items))
            except KeyError:
                if missing is _DROPPED or any(map(operator.contains, items, repeat(name))):
                    return None  # a required field missing, or left out by only some
                if kept:
                    kept_columns.append([missing] * len(items))
                continue
            if not test(column):
                return None
            given += 1
            if kept:
                kept_columns.append(column)
        if sizes != {given}:
            return None  # an unknown key
        rows = Rows(kind, names, row)
        rows.add_columns(kept_columns)
        return rows

    return check


def _text_column(
    low: int, high: float, match: Any
) -> tuple[Callable[[list[Any]], bool], bool] | None:
    """A test of whether every value of a column passes ``value_checks.text(low, high,
    pattern)``, and whether its texts are short enough to be kept for the rules (None for a
    pattern it cannot test on lines)."""
    parts = _text_pattern_test(low, high, match)
    if parts is None:
        return None
    low, high, lines, chars = parts

    def test(column: list[Any]) -> bool:
        try:
            joined = "\n".join(column)  # texts only (JSON's are never a subclass)
        except TypeError:
            return False
        lengths = set(map(len, column))
        if min(lengths) < low or max(lengths) > high:
            return False
        ascii_only = joined.isascii()
        if not ascii_only and not one_byte_text(joined):
            try:
                joined.encode("utf-8")  # a lone surrogate (JSON "\ud800") is refused
            except UnicodeEncodeError:
                return False
        if lines is None and chars is None:  # no pattern
            return True
        if not ascii_only or joined.count("\n") != len(column) - 1:
            return False  # a line break or other characters in a text: checked one by one
        if chars is not None:
            return len(joined.encode().translate(None, chars)) == len(column) - 1
        return len(lines(joined)) == len(column)  # type: ignore[misc]

    return test, high <= KEPT_TEXT


def _flag_column(column: list[Any]) -> bool:
    return set(map(type, column)) == {bool}


def _date_time_column(column: list[Any]) -> bool:
    """Whether every value of a column passes ``value_checks.iso_datetime``: its spelling
    matched line by line, then each day of the column (a few) made a date (30 February...)."""
    try:
        joined = "\n".join(column)
    except TypeError:
        return False
    if not joined.isascii() or joined.count("\n") != len(column) - 1:
        return False
    if len(_DATE_TIME_LINES(joined)) != len(column):
        return False
    try:
        for day in set(map(_DAY, column)):
            datetime(int(day[:4]), int(day[5:7]), int(day[8:10]))
    except ValueError:
        return False
    return True


_LIST_COLUMN_CHECKERS: dict[type[BaseModel], Any] = {}


def _deferring_builder(cls: type[BaseModel]) -> Callable[[Any], tuple[Any, list[Any]]] | None:
    """For a model with lists checked as columns (a card's comments), a function that builds a
    document's object, with each long list that passes as columns left empty for now: the
    object, and what ``_Walk.pending`` keeps of those lists (their objects are built once the
    map passed its rules, as for dots; slimmed, the columns take their place). Building 130,000
    comments one by one before the map was found too big to keep cost 0.6 s of a refusal.
    None for other models."""
    model = model_checks(cls)
    if model.doubt is not None or model.after:
        return None
    lists = []
    for name, check, _field, _default in model.specs:
        columns = _list_column_checker(check)
        if columns is not None:
            lists.append((name, columns, check))
    if not lists:
        return None
    build = model.build

    def build_deferring(doc: Any) -> tuple[Any, list[Any]]:
        later: list[Any] = []
        if type(doc) is dict:
            for name, columns, check in lists:
                docs = doc.get(name)
                if type(docs) is list and len(docs) >= COLUMNS_FROM:
                    rows = columns(docs)
                    if rows is not None:
                        later.append((name, docs, rows, check))
        if not later:
            return build(doc), later
        for name, *_ in later:
            doc[name] = []  # the document is the walk's own, parsed for this item
        try:
            obj = build(doc)
        finally:
            for name, docs, *_ in later:
                doc[name] = docs  # pydantic, if it decides, sees the whole document
        return obj, later

    return build_deferring


_DEFERRING_BUILDERS: dict[type[BaseModel], Any] = {}


def _deferring_builder_of(cls: type[BaseModel]) -> Callable[[Any], tuple[Any, list[Any]]] | None:
    if cls not in _DEFERRING_BUILDERS:
        _DEFERRING_BUILDERS[cls] = _deferring_builder(cls)
    return _DEFERRING_BUILDERS[cls]


_CLASS_REPEATED = re.compile(r"\[([^\]\\]+)\](?:\{(\d+),(\d+)\}|([+*]))").fullmatch


def _rows_of(cls: type[BaseModel], names: tuple[str, ...] | None = None) -> Rows:
    return Rows(f"Slim{cls.__name__}", tuple(cls.model_fields) if names is None else names)


def _objects_of(cls: type[BaseModel], rows: Rows) -> list[Any]:
    """The objects of ``rows`` (values checked), as ``fastload`` builds them."""
    names = rows.names
    fields_set = model_checks(cls).all_set  # shared, as fastload's objects share it
    return [
        construct(cls, dict(zip(names, values, strict=True)), fields_set)
        for values in zip(*rows.columns, strict=True)
    ]


_BATCH_CHECKERS: dict[type[BaseModel], Any] = {}


def _batch_checker_of(cls: type[BaseModel]) -> Callable[[list[Any]], list[list[Any]] | None] | None:
    if cls not in _BATCH_CHECKERS:
        _BATCH_CHECKERS[cls] = _batch_checker(cls)
    return _BATCH_CHECKERS[cls]
