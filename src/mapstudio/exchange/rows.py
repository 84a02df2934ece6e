"""One table of a map (its stages, its cards...) as a heading row and value rows, both ways.

Shared by the workbook (one sheet per table) and CSV (the cards table alone). Columns come
from the model (``tables``); headings are display words (``headings``) and read back in any
shipped language.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from pydantic import BaseModel

from mapstudio.exchange.assemble import ExchangeError, Place, column_letter
from mapstudio.exchange.headings import fold, heading, recogniser
from mapstudio.exchange.tables import MISSING, CellError, Column, from_cell, to_cell
from mapstudio.text.translate import QCoreApplication, fill


def heading_row(cols: Sequence[Column]) -> list[str]:
    return [heading(c.field) for c in cols]


def value_rows(cols: Sequence[Column], objects: Iterable[BaseModel]) -> Iterator[list[Any]]:
    getters = [(c, c.field) for c in cols]
    for obj in objects:
        yield [to_cell(c, getattr(obj, name)) for c, name in getters]


class Header:
    """Which column of a sheet holds which field, read from its heading row."""

    def __init__(
        self,
        sheet: str,
        cells: Sequence[Any],
        cols: Sequence[Column],
        extra: Sequence[str] = (),
        csv: bool = False,
    ) -> None:
        self.sheet = sheet
        self.csv = csv
        by_field = {c.field: c for c in cols}
        known = recogniser([*by_field, *extra], heading)
        self.fields: dict[str, int] = {}  # field -> 0-based column
        self.ignored: list[str] = []
        for index, cell in enumerate(cells):
            if cell is None or str(cell).strip() == "":
                continue
            name = known.get(fold(cell))
            if name is None:
                self.ignored.append(str(cell).strip())
                continue
            if name in self.fields:
                message = QCoreApplication.translate("Exchange", 'the column "%1" appears twice')
                raise ExchangeError(f"{self.where(index, 1)}: {fill(message, str(cell).strip())}")
            self.fields[name] = index
        self.columns = [(by_field[f], i) for f, i in self.fields.items() if f in by_field]

    def where(self, index: int, row: int) -> str:
        return Place(self.sheet, row, {"x": index}, self.csv).cell("x")

    def require(self, *names: str) -> None:
        for name in names:
            if name not in self.fields:
                message = QCoreApplication.translate("Exchange", '%1: there is no "%2" column')
                raise ExchangeError(fill(message, self.sheet, heading(name)))

    def value(self, row: Sequence[Any], name: str) -> Any:
        index = self.fields.get(name)
        return row[index] if index is not None and index < len(row) else None

    def read(self, row: Sequence[Any], number: int) -> tuple[dict[str, Any], Place]:
        """The fields of one row (empty cells left to the model's defaults) and its place."""
        obj: dict[str, Any] = {}
        for column, index in self.columns:
            cell = row[index] if index < len(row) else None
            try:
                value = from_cell(column, cell)
            except CellError as e:
                raise ExchangeError(f"{self.where(index, number)}: {e}") from None
            if value is not MISSING:
                obj[column.field] = value
        return obj, Place(self.sheet, number, dict(self.fields), self.csv)


def is_blank(row: Sequence[Any]) -> bool:
    return all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in row)


def ignored_columns_note(header: Header) -> str | None:
    if not header.ignored:
        return None
    message = QCoreApplication.translate("Exchange", "%1: columns ignored (not map fields): %2")
    return fill(message, header.sheet, ", ".join(f'"{c}"' for c in header.ignored))


__all__ = ["Header", "column_letter", "heading_row", "is_blank", "value_rows"]
