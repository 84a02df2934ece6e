"""Rows read from a sheet or a CSV file made into a map, every problem placed where a person
can find it: ``Cards!C12: there is no stage "S9"``.

Readers turn each row into the fields of one object (``tables.from_cell``) and record where it
came from (a ``Place``); ``build_map`` validates the whole map at once (pydantic, then the map's
rules) and rewrites the JSON path of the first problem (``cards[12].stage``) as the sheet, row
and column it came from. Nothing is half made: a problem raises ``ExchangeError`` and no map.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from mapstudio.core.model import JourneyMap, new_id
from mapstudio.core.validation import describe_validation_error
from mapstudio.files.mapfile import MAX_ITEMS, MapFileError
from mapstudio.text.translate import QCoreApplication, fill


class ExchangeError(MapFileError):
    """A file that cannot be imported (or a map that cannot be exported to a format); the
    message is one sentence that names the sheet, row and column where it can."""


def column_letter(index: int) -> str:
    """Spreadsheet column name of a 0-based index: 0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class Place:
    """Where one object was read: a sheet (or file) and row, and the column of each field."""

    sheet: str
    row: int
    columns: dict[str, int] = field(default_factory=dict)
    csv: bool = False

    def cell(self, field_name: str | None = None) -> str:
        index = self.columns.get(field_name) if field_name else None
        if self.csv:
            where = fill(QCoreApplication.translate("Exchange", "row %1"), self.row)
            if index is not None:
                column = fill(
                    QCoreApplication.translate("Exchange", "column %1"), column_letter(index)
                )
                where = f"{where}, {column}"
            return where
        if index is None:
            return fill(QCoreApplication.translate("Exchange", "%1, row %2"), self.sheet, self.row)
        return f"{quoted_sheet(self.sheet)}!{column_letter(index)}{self.row}"


def quoted_sheet(name: str) -> str:
    """A sheet name as a formula writes it ('Mes cartes'!A1 when it has spaces)."""
    return name if re.fullmatch(r"\w+", name) else "'" + name.replace("'", "''") + "'"


@dataclass
class Places:
    """The place of every object of a map being built, by its JSON path."""

    objects: dict[tuple[Any, ...], Place] = field(default_factory=dict)
    fallback: str = ""  # where a problem of the map as a whole is said to be

    def add(self, path: tuple[Any, ...], place: Place) -> None:
        self.objects[path] = place

    def where(self, path: tuple[Any, ...]) -> str | None:
        """The cell of the longest known object path that starts ``path``."""
        for end in range(len(path), 0, -1):
            place = self.objects.get(path[:end])
            if place is not None:
                rest = [p for p in path[end:] if isinstance(p, str)]
                return place.cell(rest[0] if rest else None)
        return None


_PATH = re.compile(r"^((?:[A-Za-z_]+)(?:\[\d+\]|\.[A-Za-z_]+)*)(: )")


def _path_parts(text: str) -> tuple[Any, ...]:
    parts: list[Any] = []
    for name, index in re.findall(r"([A-Za-z_]+)|\[(\d+)\]", text):
        parts.append(int(index) if index else name)
    return tuple(parts)


def located(message: str, places: Places) -> str:
    """``message`` with its leading JSON path (``cards[3].stage: ...``) as a cell."""
    match = _PATH.match(message)
    if match is None:
        return f"{places.fallback}: {message}" if places.fallback else message
    where = places.where(_path_parts(match.group(1)))
    if where is None:
        return message
    return where + match.group(2) + message[match.end() :]


def build_map(doc: dict[str, Any], places: Places) -> JourneyMap:
    """The map ``doc`` describes, or ExchangeError naming the cell of its first problem."""
    for key, most in MAX_ITEMS.items():
        if key in doc and len(doc[key]) > most:
            message = QCoreApplication.translate(
                "Exchange", "too many rows for %1 (at most %2): the map would be too large"
            )
            raise ExchangeError(fill(message, key, f"{most:,}"))
    try:
        return JourneyMap.model_validate(doc)
    except ValidationError as e:
        raise ExchangeError(located(describe_validation_error(e), places)) from None


def fill_ids(objects: list[dict[str, Any]], prefix: str, taken: set[str]) -> None:
    """A fresh id for each object read without one (a row a person added)."""
    for obj in objects:
        if not obj.get("id"):
            obj["id"] = new_id(prefix, taken)
            taken.add(obj["id"])


def fill_orders(
    cards: list[dict[str, Any]], cell_fields: tuple[str, ...] = ("stage", "lane")
) -> None:
    """An order for each row read without one: the order of the row above it in the same cell,
    so that the row shows where it was typed (equal orders keep their list order)."""
    last: dict[tuple[Any, ...], int] = {}
    for obj in cards:
        cell = tuple(obj.get(f) for f in cell_fields)
        if obj.get("order") is None:
            obj["order"] = last.get(cell, 0)
        last[cell] = obj["order"] if isinstance(obj["order"], int) else last.get(cell, 0)
