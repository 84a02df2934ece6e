"""The map as tables, derived from the model (``core.model``): one table per list of the map
(stages, lanes, cards...), one column per field, one row per object.

Nothing here lists fields by hand: a field added to a model later becomes a column of its
table, exported and read back like the others. A field's annotation decides how it sits in a
cell:

- text, numbers, yes/no, a choice (enum), a date: the value itself (a choice as its value,
  "website"; a date as ISO 8601 text, so nothing is lost to a spreadsheet's time zone);
- a list of texts (tags, goals): one per line in the cell (JSON when one of them holds a line
  break or looks like JSON, so any list reads back as it was);
- a nested object or a list of them (a card's comments, its picture): a child table keyed by
  the owner's id (``Comments``, ``Pictures`` sheets), or one JSON cell where a format has only
  one table (CSV).

Reading converts what a person or a spreadsheet typed (numbers in a text column, "yes", a
choice's display word in English or French, an empty cell for "no value") and leaves the
final word to pydantic, whose errors ``assemble`` places on a sheet, row and column.
"""

from __future__ import annotations

import json
import math
import re
import types
from datetime import UTC, datetime
from enum import Enum
from functools import cache
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from mapstudio.core import vocabulary
from mapstudio.core.model import JourneyMap
from mapstudio.core.operations import COLLECTIONS as COLLECTION_FIELDS
from mapstudio.exchange.headings import fold, in_every_language
from mapstudio.records import record
from mapstudio.text.translate import QCoreApplication, fill

# How a field sits in a cell.
TEXT, INT, FLOAT, BOOL, CHOICE, DATE, LINES, CHILD, CHILDREN = (
    "text", "int", "float", "bool", "choice", "date", "lines", "child", "children",
)  # fmt: skip

# Integers a spreadsheet keeps exactly (Excel keeps 15 significant digits); larger ones go as
# text, and so do fractions that need more digits, so every value reads back as it was.
EXACT_INT = 10**15 - 1


class CellError(ValueError):
    """A cell that cannot hold its column's value; the message says why, in plain words."""


@record
class Column:
    """One field of a model as a column."""

    field: str
    shape: str  # TEXT, INT, ... (above)
    optional: bool  # an empty cell means None
    required: bool  # the model has no default for it
    choices: type[Enum] | None = None
    nested: type[BaseModel] | None = None  # for CHILD and CHILDREN
    default: Any = None


def _strip_annotated(annotation: Any) -> Any:
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    return annotation


def _column(name: str, annotation: Any, required: bool, default: Any) -> Column | None:
    annotation = _strip_annotated(annotation)
    optional = False
    if get_origin(annotation) in (Union, types.UnionType):
        members = [_strip_annotated(a) for a in get_args(annotation)]
        kept = [a for a in members if a is not type(None)]
        optional = len(kept) < len(members)
        if len(kept) != 1:
            return Column(name, TEXT, optional, required, default=default)
        annotation = kept[0]
    if get_origin(annotation) is Literal:
        if len(get_args(annotation)) == 1:
            return None  # a constant (the file format): not data
        return Column(name, TEXT, optional, required, default=default)
    if get_origin(annotation) is list:
        inner = _strip_annotated(get_args(annotation)[0])
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            return Column(name, CHILDREN, optional, required, nested=inner, default=default)
        return Column(name, LINES, optional, required, default=default)
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return Column(name, CHILD, optional, required, nested=annotation, default=default)
        if issubclass(annotation, bool):
            return Column(name, BOOL, optional, required, default=default)
        if issubclass(annotation, Enum):
            return Column(name, CHOICE, optional, required, choices=annotation, default=default)
        if issubclass(annotation, int):
            return Column(name, INT, optional, required, default=default)
        if issubclass(annotation, float):
            return Column(name, FLOAT, optional, required, default=default)
        if issubclass(annotation, datetime):
            return Column(name, DATE, optional, required, default=default)
    return Column(name, TEXT, optional, required, default=default)


@cache
def columns(model: type[BaseModel]) -> tuple[Column, ...]:
    """Every field of ``model`` as a column, in model order."""
    found = []
    for name, info in model.model_fields.items():
        column = _column(name, info.annotation, info.is_required(), info.default)
        if column is not None:
            found.append(column)
    return tuple(found)


def flat_columns(model: type[BaseModel]) -> tuple[Column, ...]:
    """The columns that sit in the model's own table (nested objects have child tables)."""
    return tuple(c for c in columns(model) if c.shape not in (CHILD, CHILDREN))


def nested_columns(model: type[BaseModel]) -> tuple[Column, ...]:
    return tuple(c for c in columns(model) if c.shape in (CHILD, CHILDREN))


@cache
def collection_models() -> dict[str, type[BaseModel]]:
    """The map's lists (``core.model.COLLECTION_FIELDS``) and the model of their items."""
    return {name: columns(JourneyMap)[_index(name)].nested for name in COLLECTION_FIELDS}  # type: ignore[misc]


def _index(name: str) -> int:
    return [c.field for c in columns(JourneyMap)].index(name)


def map_columns() -> tuple[Column, ...]:
    """The map's own fields (title, author, scale...): the rows of the About sheet."""
    return tuple(c for c in columns(JourneyMap) if c.field not in COLLECTION_FIELDS)


def child_tables() -> dict[type[BaseModel], list[tuple[str, str]]]:
    """Each nested model (Comment, Image) and the (collection, field) pairs that hold it, so
    one sheet gathers all comments, another all pictures, whatever holds them."""
    tables: dict[type[BaseModel], list[tuple[str, str]]] = {}
    for collection, model in collection_models().items():
        for column in nested_columns(model):
            assert column.nested is not None
            tables.setdefault(column.nested, []).append((collection, column.field))
    return tables


# --- values to cells -------------------------------------------------------------------------


def to_cell(column: Column, value: Any) -> Any:
    """The value a cell shows for ``value`` (None for an empty cell)."""
    if value is None:
        return None
    shape = column.shape
    if shape == CHOICE:
        return value.value
    if shape == DATE:
        return date_text(value)
    if shape == INT:
        return value if -EXACT_INT <= value <= EXACT_INT else str(value)
    if shape == FLOAT:
        return value if float(f"{value:.15g}") == value else repr(value)
    if shape == LINES:
        return lines_text(value)
    if shape == CHILD:
        return json.dumps(value.model_dump(mode="json"), ensure_ascii=False)
    if shape == CHILDREN:
        return (
            json.dumps([v.model_dump(mode="json") for v in value], ensure_ascii=False)
            if value
            else None
        )
    return value


def date_text(value: datetime) -> str:
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def lines_text(items: list[str]) -> str | None:
    if not items:
        return None
    if any(_needs_json(item) for item in items):
        return json.dumps(items, ensure_ascii=False)
    return "\n".join(items)


def _needs_json(item: str) -> bool:
    # Lines are read back stripped, without empty ones, and a first "[" may start JSON.
    return not item or item.strip() != item or "\n" in item or "\r" in item or item[0] == "["


# --- text a file format cannot hold ---------------------------------------------------------

_ESCAPED = re.compile(r"_x[0-9A-Fa-f]{4}_")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]")
# What a CSV file cannot carry (the csv module refuses NUL); line breaks travel quoted.
CSV_CONTROL = re.compile(r"\x00")


def xl_escape(text: str, controls: re.Pattern[str] = _CONTROL) -> str:
    """Text as a workbook stores it: characters XML cannot hold (control characters, a carriage
    return) as ``_xHHHH_``, the form Excel itself reads; a literal ``_xHHHH_`` escaped too, and
    a text of spaces alone (which XML readers may drop as layout)."""
    if text and not text.strip():  # spaces alone: some readers drop them, escaped they stay
        return "".join(f"_x{ord(ch):04X}_" for ch in text)
    if "_x" in text:
        text = _ESCAPED.sub(lambda m: "_x005F" + m.group(0), text)
    if controls.search(text):
        text = controls.sub(lambda m: f"_x{ord(m.group(0)):04X}_", text)
    return text


def xl_unescape(text: str) -> str:
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m.group(0)[2:6], 16)), text)


# --- cells to values ---------------------------------------------------------------------------


def from_cell(column: Column, cell: Any) -> Any:
    """The field value a cell gives; ``MISSING`` for an empty cell of a field with a default.
    Raises CellError for a value the column cannot hold."""
    if cell is None or (isinstance(cell, str) and cell == ""):
        if column.optional:
            return None
        if column.shape in (LINES, CHILDREN):
            return []
        if column.shape == TEXT and (column.required or column.default == ""):
            return ""
        return MISSING  # the model's default (or its "required" error)
    shape = column.shape
    if shape == TEXT:
        return cell_text(cell)
    if shape == INT:
        return _whole(cell)
    if shape == FLOAT:
        return _number(cell)
    if shape == BOOL:
        return _yes_no(cell)
    if shape == CHOICE:
        assert column.choices is not None
        return _choice(column.choices, cell)
    if shape == DATE:
        if isinstance(cell, datetime):
            return cell if cell.tzinfo else cell.replace(tzinfo=UTC)
        return cell_text(cell)  # ISO text: pydantic reads it (and says what is wrong)
    if shape == LINES:
        return cell_lines(cell)
    if shape in (CHILD, CHILDREN):
        try:
            return json.loads(cell_text(cell))
        except ValueError:
            raise CellError(
                QCoreApplication.translate("Exchange", "this cell should hold JSON data")
            ) from None
    return cell


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


def cell_text(cell: Any) -> str:
    """A cell's value as text: a number typed in a text column reads as it shows (3, not 3.0)."""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float) and cell.is_integer() and abs(cell) <= EXACT_INT:
        return str(int(cell))
    if isinstance(cell, datetime):
        return date_text(cell if cell.tzinfo else cell.replace(tzinfo=UTC))
    return str(cell)


def cell_lines(cell: Any) -> list[str]:
    text = cell_text(cell)
    if text.startswith("["):
        try:
            items = json.loads(text)
        except ValueError:
            items = None
        if isinstance(items, list) and all(isinstance(i, str) for i in items):
            return items
    # Only line feeds split (splitlines() also splits on form feeds and separators a tag may hold).
    return [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]


def _whole(cell: Any) -> int:
    if isinstance(cell, bool):
        raise CellError(_not_whole(cell))
    if isinstance(cell, int):
        return cell
    if isinstance(cell, float):
        if cell.is_integer():
            return int(cell)
        raise CellError(_not_whole(cell))
    text = "".join(cell_text(cell).split()).replace("−", "-")
    if re.fullmatch(r"[-+]?\d+", text):
        return int(text)
    if re.fullmatch(r"[-+]?\d+[.,]0*", text):
        return int(re.split(r"[.,]", text)[0])
    raise CellError(_not_whole(cell))


def _not_whole(cell: Any) -> str:
    return fill(
        QCoreApplication.translate("Exchange", '"%1" is not a whole number'), cell_text(cell)
    )


def _number(cell: Any) -> float:
    if isinstance(cell, bool):
        raise CellError(_not_number(cell))
    if isinstance(cell, int | float):
        if isinstance(cell, float) and not math.isfinite(cell):
            raise CellError(_not_number(cell))
        return float(cell)
    text = "".join(cell_text(cell).split()).replace("−", "-")
    if re.fullmatch(r"[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?", text):
        value = float(text.replace(",", "."))
        if math.isfinite(value):
            return value
    raise CellError(_not_number(cell))


def _not_number(cell: Any) -> str:
    return fill(QCoreApplication.translate("Exchange", '"%1" is not a number'), cell_text(cell))


@cache
def _yes_no_words() -> dict[str, bool]:
    words = {"true": True, "false": False, "yes": True, "no": False, "1": True, "0": False}
    for form in in_every_language(lambda: QCoreApplication.translate("Exchange", "yes")):
        words[form] = True
    for form in in_every_language(lambda: QCoreApplication.translate("Exchange", "no")):
        words[form] = False
    for form in in_every_language(lambda: vocabulary.online_name(True)):
        words[form] = True
    for form in in_every_language(lambda: vocabulary.online_name(False)):
        words[form] = False
    return words


def _yes_no(cell: Any) -> bool:
    if isinstance(cell, bool):
        return cell
    if isinstance(cell, int | float) and cell in (0, 1):
        return bool(cell)
    found = _yes_no_words().get(fold(cell_text(cell)))
    if found is None:
        message = QCoreApplication.translate("Exchange", '"%1" is neither yes nor no')
        raise CellError(fill(message, cell_text(cell)))
    return found


# The display words of a choice, in every shipped language, by enum type.
_CHOICE_WORDS: dict[str, Any] = {
    "LaneKind": vocabulary.lane_kind_name,
    "Channel": vocabulary.channel_name,
    "Evidence": vocabulary.evidence_name,
    "Curve": vocabulary.curve_name,
    "Trend": vocabulary.trend_name,
}


@cache
def _choice_table(choices: type[Enum]) -> dict[str, Enum]:
    table: dict[str, Enum] = {}
    word = _CHOICE_WORDS.get(choices.__name__)
    for member in choices:
        if word is not None:
            for form in in_every_language(lambda member=member: word(member)):
                table.setdefault(form, member)
    for member in choices:
        table[fold(member.value)] = member
        table[fold(member.name)] = member
    return table


def _choice(choices: type[Enum], cell: Any) -> Enum:
    found = _choice_table(choices).get(fold(cell_text(cell)))
    if found is None:
        message = QCoreApplication.translate("Exchange", '"%1" is not one of: %2')
        raise CellError(fill(message, cell_text(cell), ", ".join(str(m.value) for m in choices)))
    return found
