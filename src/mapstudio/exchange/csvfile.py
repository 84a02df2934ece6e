"""The map's cards as CSV: one card per row, with the Cards sheet's columns (``tables``), its
comments and picture as JSON in their own columns so nothing is lost.

Written in UTF-8 (with a byte-order mark on request: Excel then reads accents right), comma
separated. Read: UTF-8 with or without the mark (else Windows-1252, what Excel writes as
"CSV"), comma or semicolon (Excel's separator where the decimal mark is a comma) detected
from the heading row.

Into a map (``base``): the file is that map's card table. A row with an id updates that card,
a row without one is a new card, a card with no row is removed; stages and lanes are named
by id or by name and must exist. Alone, a file makes a new map whose stages and lanes are
those its rows name, lane kinds guessed from their titles.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from mapstudio.core.model import Card, JourneyMap, Lane, LaneKind, Stage, new_id, utc_now
from mapstudio.exchange import grid as gridmod
from mapstudio.exchange.assemble import ExchangeError, Places, build_map, fill_ids, fill_orders
from mapstudio.exchange.headings import fold
from mapstudio.exchange.rows import Header, heading_row, ignored_columns_note, is_blank, value_rows
from mapstudio.exchange.tables import CSV_CONTROL, cell_text, columns, xl_escape, xl_unescape
from mapstudio.text.translate import QCoreApplication, fill

BOM = "\ufeff"
MAX_CSV_ROWS = 100_001


def csv_bytes(m: JourneyMap, bom: bool = False, delimiter: str = ",") -> bytes:
    """The map's cards as CSV bytes (UTF-8)."""
    from mapstudio.core.vocabulary import in_map_language

    cols = columns(Card)
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    with in_map_language(m.language):
        writer.writerow(heading_row(cols))
    for row in value_rows(cols, m.cards):
        writer.writerow([_text(v) for v in row])
    return ((BOM if bom else "") + out.getvalue()).encode("utf-8")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, str):
        return xl_escape(value, CSV_CONTROL)
    return str(value)


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read in."""
    if data.startswith(BOM.encode("utf-8")):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def detect_delimiter(text: str) -> str:
    """``;`` when the heading row has more semicolons than commas (outside quotes), else ``,``;
    a tab-separated file is read too."""
    first = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif ch in "\r\n" and not quoted:
            break
        elif not quoted:
            first.append(ch)
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_rows(data: bytes, name: str) -> list[list[str]]:
    text, _ = decode(data)
    delimiter = detect_delimiter(text)
    try:
        rows = []
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append([xl_unescape(cell) for cell in row])
            if len(rows) > MAX_CSV_ROWS:
                message = QCoreApplication.translate(
                    "Exchange", "the file has more than %1 rows, more than a map can hold"
                )
                raise ExchangeError(fill(message, f"{MAX_CSV_ROWS - 1:,}"))
    except csv.Error as e:
        message = QCoreApplication.translate(
            "Exchange", "this is not a CSV file a map can come from (%1)"
        )
        raise ExchangeError(fill(message, e)) from None
    return rows


class CsvImport:
    def __init__(self, m: JourneyMap, notes: list[str], guesses: list[gridmod.LaneGuess]) -> None:
        self.map = m
        self.notes = notes
        self.guesses = guesses


def read_csv(data: bytes, name: str, language: str, base: JourneyMap | None) -> CsvImport:
    rows = read_rows(data, name)
    sheet = Path(name).name
    if not rows or is_blank(rows[0]):
        raise ExchangeError(QCoreApplication.translate("Exchange", "the file is empty"))
    header = Header(sheet, rows[0], [c for c in columns(Card)], csv=True)
    header.require("stage", "lane")
    notes = []
    note = ignored_columns_note(header)
    if note:
        notes.append(note)
    places = Places()
    cards = []
    for number, row in enumerate(rows[1:], start=2):
        if is_blank(row):
            continue
        obj, place = header.read(row, number)
        places.add(("cards", len(cards)), place)
        cards.append(obj)
    guesses: list[gridmod.LaneGuess] = []
    if base is None:
        doc, guesses = _new_map(cards, sheet, language)
    else:
        doc = base.model_dump()
        _resolve(cards, base, header, places)
        kept = {c.get("id") for c in cards}
        for key, objects in doc.items():  # what points at a card removed goes with it (dots)
            if (
                objects
                and isinstance(objects, list)
                and isinstance(objects[0], dict)
                and "card" in objects[0]
            ):
                doc[key] = [o for o in objects if o.get("card") in kept]
    taken = {o["id"] for key in ("personas", "stages", "lanes") for o in doc.get(key, [])}
    taken |= {c["id"] for c in cards if c.get("id")}
    fill_ids(cards, "card", taken)
    fill_orders(cards)
    doc["cards"] = cards
    return CsvImport(build_map(doc, places), notes, guesses)


def _resolve(cards: list[dict[str, Any]], base: JourneyMap, header: Header, places: Places) -> None:
    """Stage and lane cells that give a name instead of an id, made ids."""
    for key, objects, label in (
        ("stage", base.stages, "name"),
        ("lane", base.lanes, "title"),
    ):
        ids = {o.id for o in objects}
        by_name: dict[str, list[str]] = {}
        for o in objects:
            by_name.setdefault(fold(getattr(o, label)), []).append(o.id)
        for card in cards:
            value = card.get(key)
            if value is None or value in ids:
                continue
            named = by_name.get(fold(value), [])
            if len(named) == 1:
                card[key] = named[0]


def _new_map(
    cards: list[dict[str, Any]], sheet: str, language: str
) -> tuple[dict[str, Any], list[gridmod.LaneGuess]]:
    """A map holding the stages and lanes the rows name, in the order first named."""
    taken: set[str] = set()
    stages: dict[str, Stage] = {}
    lanes: dict[str, Lane] = {}
    guesses = []
    for card in cards:
        for key, found in (("stage", stages), ("lane", lanes)):
            value = card.get(key)
            if not value:
                continue  # the model says "required" at this cell
            if value not in found:
                ident = (
                    value
                    if _is_id(value) and value not in taken
                    else gridmod.slug(value, key, taken)
                )
                taken.add(ident)
                if key == "stage":
                    found[value] = Stage(id=ident, name=value[:200], order=len(found))
                else:
                    kind, sure = gridmod.guess_lane_kind(value)
                    if kind is LaneKind.EMOTIONS:  # its rows are cards: an emotions lane holds none
                        kind, sure = LaneKind.NOTES, False
                    found[value] = Lane(id=ident, kind=kind, title=value[:200], order=len(found))
                    guesses.append(gridmod.LaneGuess(ident, value, kind, sure))
            card[key] = found[value].id
    now = utc_now()
    doc = {
        "id": new_id("map"),
        "title": Path(sheet).stem.removesuffix(".journey")[:200] or "map",
        "language": language,
        "created": now,
        "modified": now,
        "stages": [s.model_dump() for s in stages.values()],
        "lanes": [x.model_dump() for x in lanes.values()],
    }
    return doc, guesses


def _is_id(value: str) -> bool:
    import re

    return re.fullmatch(r"[A-Za-z0-9_.:-]{1,64}", value) is not None


__all__ = ["cell_text", "csv_bytes", "read_csv"]
