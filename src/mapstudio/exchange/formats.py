"""One entry for every exchange format: which exist, writing a map as one of them, reading one
into a new map or into a map already open. Chosen by the file's extension.

| extension | export | import |
|---|---|---|
| .xlsx | Map sheet + data sheets | the data sheets (whole map), or a grid typed by a person |
| .csv | the cards table | cards (into a map: its card table; alone: a new map) |
| .mmd | Mermaid journey | Mermaid journey |
| .md | Markdown outline (with the journey) | the first mermaid journey block |
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from mapstudio.core.model import JourneyMap, LaneKind
from mapstudio.exchange.assemble import ExchangeError
from mapstudio.exchange.grid import LaneGuess
from mapstudio.files.atomic import write_atomic
from mapstudio.files.mapfile import MAX_FILE_BYTES
from mapstudio.text.translate import QCoreApplication, TranslationContext, fill

Exchange = TranslationContext("Exchange")

EXPORT_FORMATS = (".xlsx", ".csv", ".mmd", ".md")
IMPORT_FORMATS = (".xlsx", ".xlsm", ".csv", ".tsv", ".mmd", ".mermaid", ".md", ".markdown")

__all__ = [
    "EXPORT_FORMATS",
    "IMPORT_FORMATS",
    "ExchangeError",
    "Imported",
    "export_bytes",
    "export_file",
    "import_bytes",
    "import_file",
]


@dataclass
class Imported:
    """What an import gave: the map, lane kinds guessed from titles (for the user to confirm),
    and notes (columns ignored...). Content added into an open map keeps what was read
    (``added``) and the open map (``into``), so that kinds the user changes apply to the lanes
    read, before they join the map's own."""

    map: JourneyMap
    guesses: list[LaneGuess] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    added: JourneyMap | None = None
    into: JourneyMap | None = None

    def with_lane_kinds(self, kinds: dict[str, LaneKind]) -> JourneyMap:
        """The map with the lane kinds the user confirmed (lane id, as guessed -> kind)."""
        from pydantic import ValidationError

        from mapstudio.core.validation import describe_validation_error

        doc = (self.added or self.map).model_dump()
        for lane in doc["lanes"]:
            lane["kind"] = kinds.get(lane["id"], lane["kind"])
        try:
            read = JourneyMap.model_validate(doc)
            if self.into is None:
                return read
            from mapstudio.exchange.into import added_to

            return added_to(self.into, read)
        except ValidationError as e:
            raise ExchangeError(describe_validation_error(e)) from None


def _unknown(suffix: str, known: tuple[str, ...]) -> ExchangeError:
    message = QCoreApplication.translate(
        "Exchange", 'MapStudio cannot use "%1" files here (use %2)'
    )
    return ExchangeError(fill(message, suffix or "?", ", ".join(known)))


def export_bytes(m: JourneyMap, suffix: str, bom: bool = False) -> bytes:
    """The map in the format of ``suffix`` (".xlsx"...). ``bom``: a UTF-8 mark before CSV."""
    suffix = suffix.lower()
    if suffix == ".xlsx":
        from mapstudio.exchange.workbook import workbook_bytes

        return workbook_bytes(m)
    if suffix == ".csv":
        from mapstudio.exchange.csvfile import csv_bytes

        return csv_bytes(m, bom=bom)
    if suffix == ".mmd":
        from mapstudio.exchange.mermaid import journey_text

        return journey_text(m).encode("utf-8")
    if suffix == ".md":
        from mapstudio.exchange.markdown import markdown_text

        return markdown_text(m).encode("utf-8")
    raise _unknown(suffix, EXPORT_FORMATS)


def export_file(m: JourneyMap, path: str | os.PathLike[str], bom: bool = False) -> None:
    """Write the map to ``path`` in the format its extension names, atomically (whole or not
    at all)."""
    data = export_bytes(m, Path(path).suffix, bom=bom)
    write_atomic(path, data)


def import_file(
    path: str | os.PathLike[str], base: JourneyMap | None = None, language: str | None = None
) -> Imported:
    """Read ``path`` as a new map (``base`` None) or as the new content of ``base``. Raises
    ExchangeError (one sentence, naming the sheet, row and column where it can) or OSError."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in IMPORT_FORMATS:
        raise _unknown(p.suffix, IMPORT_FORMATS)
    size = p.stat().st_size
    if size > MAX_FILE_BYTES:
        message = QCoreApplication.translate(
            "Exchange", "the file is larger than %1 MB, more than a map can hold"
        )
        raise ExchangeError(fill(message, MAX_FILE_BYTES // (1024 * 1024)))
    with open(p, "rb") as f:
        data = f.read(MAX_FILE_BYTES + 1)
    return import_bytes(data, p.name, base, language)


def import_bytes(
    data: bytes, name: str, base: JourneyMap | None = None, language: str | None = None
) -> Imported:
    suffix = Path(name).suffix.lower()
    if language is None:
        from mapstudio.text.catalog import headless_language

        language = base.language if base is not None else headless_language()
    if suffix in (".xlsx", ".xlsm"):
        from mapstudio.exchange.workbook import read_workbook

        book = read_workbook(data, name, language)
        if book.guesses:  # a grid: its content is added to the open map
            grid = Imported(book.map, book.guesses, book.notes)
            return grid if base is None else _added(base, grid)
        m = book.map
        if base is not None and m.id != base.id:
            m = m.model_copy(update={"id": base.id})  # the open map stays the same document
        return Imported(m, [], book.notes)
    if suffix in (".csv", ".tsv"):
        from mapstudio.exchange.csvfile import read_csv

        table = read_csv(data, name, language, base)
        return Imported(table.map, table.guesses, table.notes)
    if suffix in (".mmd", ".mermaid", ".md", ".markdown"):
        from mapstudio.exchange.mermaid import map_from_journey

        text = data.decode("utf-8-sig", errors="replace")
        journey = Imported(map_from_journey(text, Path(name).stem, language))
        return journey if base is None else _added(base, journey)
    raise _unknown(suffix, IMPORT_FORMATS)


def _added(base: JourneyMap, extra: Imported) -> Imported:
    """``extra`` (a grid or a journey) added to ``base``; only the lanes the map does not have
    yet have their guessed kinds to confirm (the map's own lanes keep theirs)."""
    from pydantic import ValidationError

    from mapstudio.core.validation import describe_validation_error
    from mapstudio.exchange.into import added_to, new_lane_ids

    try:
        merged = added_to(base, extra.map)
    except ValidationError as e:
        raise ExchangeError(describe_validation_error(e)) from None
    fresh = new_lane_ids(base, extra.map)
    guesses = [g for g in extra.guesses if g.lane in fresh]
    return Imported(merged, guesses, extra.notes, added=extra.map, into=base)


def change_report(before: JourneyMap | None, after: JourneyMap) -> list[str]:
    """What an import changed, one line each: counts, then each card removed (a row deleted in
    the spreadsheet) by its text, so nothing goes unnoticed."""
    if before is None:
        from mapstudio.core import vocabulary

        counts = [
            vocabulary.stage_count(len(after.stages)),
            vocabulary.lane_count(len(after.lanes)),
            vocabulary.card_count(len(after.cards)),
            Exchange.tr("%Ln persona(s)", "", len(after.personas)),
        ]
        return [", ".join(counts)]
    old = {c.id: c for c in before.cards}
    new = {c.id: c for c in after.cards}
    added = [c for c in after.cards if c.id not in old]
    removed = [c for c in before.cards if c.id not in new]
    changed = [c for c in after.cards if c.id in old and old[c.id] != c]
    lines = [
        Exchange.tr("%Ln card(s) added", "", len(added)),
        Exchange.tr("%Ln card(s) changed", "", len(changed)),
        Exchange.tr("%Ln card(s) removed", "", len(removed)),
    ]
    for card in removed:
        text = " ".join(card.text.split())
        removed_line = QCoreApplication.translate("Exchange", 'removed: %1 "%2"')
        lines.append(fill(removed_line, card.id, text[:80] + ("…" if len(text) > 80 else "")))
    return lines
