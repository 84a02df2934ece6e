"""The map as an Excel workbook (openpyxl), both ways.

Written: a "Map" sheet laid out as the map (stages across, lanes down, each cell's cards as
bulleted lines, wrapped, in the lane's colours), an "About" sheet (title, author, scale...),
then one data sheet per list of the map (Stages, Lanes, Cards, Personas, Emotions, Metrics...,
one row per object with its id) and the Comments and Pictures sheets (a picture's data cut into
rows: a cell holds at most 32,767 characters). Every sheet and column comes from the model
(``tables``), so a field added later is written and read like the others.

Read: a workbook with data sheets is the map they hold (the Map sheet is then a view and is
not read): a row without an id is a new object, a row removed removes its object. A workbook
without data sheets is a grid typed by a person (``grid``). Formulas are read as the values
the spreadsheet computed; sheets larger than a map can be are refused before being read.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from operator import attrgetter
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from mapstudio.core.model import JourneyMap
from mapstudio.core.operations import COLLECTIONS as COLLECTION_FIELDS
from mapstudio.core.vocabulary import in_map_language
from mapstudio.exchange import grid as gridmod
from mapstudio.exchange.assemble import (
    ExchangeError,
    Place,
    Places,
    build_map,
    column_letter,
    fill_ids,
    fill_orders,
)
from mapstudio.exchange.headings import fold, heading, in_every_language, recogniser, sheet_name
from mapstudio.exchange.rows import Header, heading_row, ignored_columns_note, is_blank
from mapstudio.exchange.tables import (
    BOOL,
    CHILD,
    TEXT,
    CellError,
    Column,
    cell_text,
    child_tables,
    collection_models,
    flat_columns,
    from_cell,
    map_columns,
    to_cell,
    xl_escape,
    xl_unescape,
)
from mapstudio.layout import theme
from mapstudio.text.translate import QCoreApplication, fill

# A spreadsheet cell holds at most this many characters.
CELL_LIMIT = 32_767
PICTURE_CHUNK = 32_000
# Rows and columns a sheet of a map can need (100,000 cards, a picture cut in rows...).
MAX_ROWS = 400_000
MAX_COLUMNS = 300
# What a workbook may unpack to: a small file can hold gigabytes of repeated cells.
MAX_UNPACKED = 2 * 1024**3

# --- writing --------------------------------------------------------------------------------------


def workbook_bytes(m: JourneyMap) -> bytes:
    """The map as an .xlsx file's bytes. Raises ExchangeError for a value no cell can hold."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    with in_map_language(m.language):
        _write_grid(wb, m)
        _write_about(wb, m)
        for collection, model in collection_models().items():
            cols = flat_columns(model)
            _write_objects(wb, sheet_name(collection), cols, getattr(m, collection))
        for nested, holders in child_tables().items():
            _write_children(wb, m, nested, holders)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _fill(colour: str) -> Any:
    from openpyxl.styles import PatternFill

    return PatternFill("solid", start_color=colour.lstrip("#").upper())


def _write_grid(wb: Any, m: JourneyMap) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, Side

    ws = wb.create_sheet(sheet_name("grid"))
    rows = gridmod.grid_rows(m)
    lanes = m.ordered_lanes()
    line = Side(style="thin", color=theme.GRID_LINE.lstrip("#").upper())
    border = Border(left=line, right=line, top=line, bottom=line)
    wrap_top = Alignment(wrap_text=True, vertical="top")
    header_font = Font(name="Calibri", bold=True, color=theme.HEADER_TEXT.lstrip("#").upper())
    widths = [28] + [34] * (len(rows[0]) - 1)
    for i, width in enumerate(widths):
        ws.column_dimensions[column_letter(i)].width = width
    ws.freeze_panes = "B2"
    # Printed as a poster is: landscape, all stages across one page wide.
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_cols = "A:A"
    ws.print_title_rows = "1:1"

    def cell(value: str, fill: str | None, font: Any = None, align: Any = wrap_top) -> Any:
        c = WriteOnlyCell(ws, value=xl_escape(value) if value else None)
        if isinstance(c.value, str) and c.value.startswith("="):
            c.data_type = "s"
        if fill:
            c.fill = _fill(fill)
        if font is not None:
            c.font = font
        c.alignment = align
        c.border = border
        return c

    centre = Alignment(wrap_text=True, vertical="center", horizontal="center")
    title = cell(
        rows[0][0],
        theme.HEADER_FILL,
        Font(name="Calibri", bold=True, size=13, color="FFFFFF"),
        centre,
    )
    stage_cells = []
    for stage, name in zip(m.ordered_stages(), rows[0][1:], strict=True):
        stage_cells.append(cell(name, stage.colour or theme.HEADER_FILL, header_font, centre))
    head_lines = max(
        _wrapped_lines(rows[0][0], widths[0] * 0.8),  # the title is larger
        *(_wrapped_lines(name, width) for name, width in zip(rows[0][1:], widths[1:], strict=True)),
    )
    ws.row_dimensions[1].height = min(409, max(30, 17 * head_lines + 8))
    ws.append([title, *stage_cells])
    for number, (lane, row) in enumerate(zip(lanes, rows[1:], strict=True), start=2):
        style = theme.LANE_STYLES[lane.kind]
        head = cell(f"{style.icon} {row[0]}", style.accent, header_font)
        lines = max(_wrapped_lines(text, widths[1]) for text in row[1:]) if row[1:] else 1
        ws.row_dimensions[number].height = min(409, max(24, 15 * lines + 6))
        ws.append([head, *(cell(text, style.fill) for text in row[1:])])


def _wrapped_lines(text: str, width: float) -> int:
    """About how many lines ``text`` takes in a wrapped cell ``width`` characters wide (a
    workbook stores no row height of its own for wrapped text, and Excel does not fit it)."""
    per_line = max(8, int(width * 1.1))
    return sum(max(1, -(-len(line) // per_line)) for line in text.split("\n")) if text else 1


def _header_cells(ws: Any, names: list[str]) -> list[Any]:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    bold = Font(bold=True)
    cells = []
    for name in names:
        c = WriteOnlyCell(ws, value=name)
        c.font = bold
        cells.append(c)
    return cells


def _write_table(wb: Any, title: str, names: list[str], rows: Iterator[list[Any]]) -> None:
    ws = wb.create_sheet(title)
    for i, name in enumerate(names):
        ws.column_dimensions[column_letter(i)].width = max(10, min(40, len(name) + 4))
    ws.freeze_panes = "A2"
    ws.append(_header_cells(ws, names))
    for number, row in enumerate(rows, start=2):
        ws.append(_safe_row(ws, title, number, row))


def _write_objects(wb: Any, title: str, cols: tuple[Column, ...], objects: list[Any]) -> None:
    """One object per row, converted in one pass: only the columns that need it are touched
    (20,000 cards: this is most of an export's own time, besides openpyxl's)."""
    ws = wb.create_sheet(title)
    names = heading_row(cols)
    for i, name in enumerate(names):
        ws.column_dimensions[column_letter(i)].width = max(10, min(40, len(name) + 4))
    ws.freeze_panes = "A2"
    ws.append(_header_cells(ws, names))
    get = attrgetter(*(c.field for c in cols))
    converters = [(i, _xl_converter(ws, c, i)) for i, c in enumerate(cols)]
    converters = [(i, f) for i, f in converters if f is not None]
    number = 1
    try:
        for number, obj in enumerate(objects, start=2):  # noqa: B007 - named in the error
            row = list(get(obj)) if len(cols) > 1 else [get(obj)]
            for i, convert in converters:
                row[i] = convert(row[i])
            ws.append(row)
    except _TooLong as e:
        raise ExchangeError(_too_long(title, number, e.column)) from None


class _TooLong(Exception):
    def __init__(self, column: int) -> None:
        self.column = column


def _too_long(title: str, number: int, column: int) -> str:
    message = QCoreApplication.translate(
        "Exchange", "more than %1 characters, which a spreadsheet cell cannot hold"
    )
    return f"{Place(title, number, {'x': column}).cell('x')}: {fill(message, f'{CELL_LIMIT:,}')}"


def _xl_converter(ws: Any, column: Column, at: int) -> Any:
    """The function that makes a field's value a cell, or None when the value is the cell."""
    from openpyxl.cell import WriteOnlyCell

    def text(value: str) -> Any:
        if not value:
            return value
        if not value.isprintable() or "_x" in value or value[0] == " " == value[-1]:
            value = xl_escape(value)
        if len(value) > CELL_LIMIT:
            raise _TooLong(at)
        if value[0] == "=":  # text, not a formula
            cell = WriteOnlyCell(ws, value=value)
            cell.data_type = "s"
            return cell
        return value

    if column.shape == TEXT:
        return lambda value: None if value is None else text(value)
    if column.shape == BOOL:
        return None

    def other(value: Any) -> Any:
        cell = to_cell(column, value)
        return text(cell) if isinstance(cell, str) else cell

    return other


def _safe_row(ws: Any, title: str, number: int, row: list[Any]) -> list[Any]:
    from openpyxl.cell import WriteOnlyCell

    for i, value in enumerate(row):
        if isinstance(value, str):
            text = xl_escape(value)
            if len(text) > CELL_LIMIT:
                message = QCoreApplication.translate(
                    "Exchange", "more than %1 characters, which a spreadsheet cell cannot hold"
                )
                raise ExchangeError(
                    f"{Place(title, number, {'x': i}).cell('x')}: {fill(message, f'{CELL_LIMIT:,}')}"
                )
            if text.startswith("="):  # text, not a formula
                cell = WriteOnlyCell(ws, value=text)
                cell.data_type = "s"
                row[i] = cell
            else:
                row[i] = text
    return row


def _write_about(wb: Any, m: JourneyMap) -> None:
    cols = map_columns()
    rows = ([heading(c.field), to_cell(c, getattr(m, c.field))] for c in cols)
    _write_table(wb, sheet_name("about"), [heading("field"), heading("field_value")], rows)


def _child_owner_columns(holders: list[tuple[str, str]]) -> list[str]:
    fields = {f for _, f in holders}
    return ["on", "field"] if len(fields) > 1 else ["on"]


def _write_children(
    wb: Any, m: JourneyMap, nested: type[BaseModel], holders: list[tuple[str, str]]
) -> None:
    owner_cols = _child_owner_columns(holders)
    cols = flat_columns(nested)
    names = [heading(c) for c in owner_cols] + heading_row(cols)
    single = any(c.shape == CHILD for c in _holder_columns(holders))

    def rows() -> Iterator[list[Any]]:
        for collection, field_name in holders:
            for obj in getattr(m, collection):
                value = getattr(obj, field_name)
                items = [value] if single and value is not None else (value if not single else [])
                for item in items:
                    owner = [obj.id, field_name][: len(owner_cols)]
                    cells = [to_cell(c, getattr(item, c.field)) for c in cols]
                    yield from _chunked(owner + cells, len(owner_cols), cols)

    _write_table(wb, sheet_name(_child_sheet_key(nested)), names, rows())


def _holder_columns(holders: list[tuple[str, str]]) -> list[Column]:
    models = collection_models()
    found = []
    for collection, field_name in holders:
        found += [c for c in flat_columns_all(models[collection]) if c.field == field_name]
    return found


def flat_columns_all(model: type[BaseModel]) -> tuple[Column, ...]:
    from mapstudio.exchange.tables import columns

    return columns(model)


def _child_sheet_key(nested: type[BaseModel]) -> str:
    return {"Comment": "comments", "Image": "images"}.get(nested.__name__, nested.__name__.lower())


def _chunked(row: list[Any], skip: int, cols: tuple[Column, ...]) -> Iterator[list[Any]]:
    """A row whose long text (a picture's data) is cut into rows of at most a cell's size,
    the owner repeated and the other cells left empty on the rows after the first."""
    long = [
        i for i, v in enumerate(row) if i >= skip and isinstance(v, str) and len(v) > PICTURE_CHUNK
    ]
    if not long:
        yield row
        return
    index = long[0]
    text = row[index]
    for start in range(0, len(text), PICTURE_CHUNK):
        piece = [None] * len(row) if start else list(row)
        piece[:skip] = row[:skip]
        piece[index] = text[start : start + PICTURE_CHUNK]
        yield piece


# --- reading --------------------------------------------------------------------------------------


class _Book:
    """A workbook's sheets as rows of values, each read once, values only (a formula's value
    as the spreadsheet last computed it). python-calamine (Rust) reads a 20,000-card workbook's
    cells about ten times faster than openpyxl; openpyxl reads where calamine is missing.
    Both give ``_xHHHH_`` escapes as the characters they stand for."""

    def __init__(self, data: bytes, name: str) -> None:
        _check_unpacked(data, name)
        try:
            from python_calamine import CalamineWorkbook
        except ImportError:
            CalamineWorkbook = None  # noqa: N806
        try:
            if CalamineWorkbook is not None:
                self.calamine = CalamineWorkbook.from_filelike(io.BytesIO(data))
                self.names = list(self.calamine.sheet_names)
            else:
                from openpyxl import load_workbook

                self.calamine = None
                self.wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
                self.names = list(self.wb.sheetnames)
        except Exception as e:
            message = QCoreApplication.translate("Exchange", "this is not an Excel workbook (%1)")
            raise ExchangeError(fill(message, _one_line(e))) from None

    def rows(self, title: str) -> list[tuple[Any, ...]]:
        if self.calamine is not None:
            return self._calamine_rows(title)
        ws = self.wb[title]
        # Counted while reading: asking the sheet its size first reads it twice when it does
        # not state its size (openpyxl's own write-only files do not).
        rows = []
        for row in ws.iter_rows(values_only=True):
            if len(rows) >= MAX_ROWS or len(row) > MAX_COLUMNS:
                raise _too_big(title)
            rows.append(tuple(xl_unescape(v) if isinstance(v, str) else v for v in row))
        return rows

    def _calamine_rows(self, title: str) -> list[tuple[Any, ...]]:
        try:
            sheet = self.calamine.get_sheet_by_name(title)
        except Exception as e:
            message = QCoreApplication.translate("Exchange", "this is not an Excel workbook (%1)")
            raise ExchangeError(fill(message, _one_line(e))) from None
        start = sheet.start or (0, 0)
        if sheet.height + start[0] > MAX_ROWS or sheet.width + start[1] > MAX_COLUMNS:
            raise _too_big(title)
        # The range starts at the first cell used: rows and columns before it are put back, so
        # that a problem is said at the cell a person sees.
        pad = ("",) * start[1]
        rows = [()] * start[0]
        rows += [pad + tuple(row) for row in sheet.to_python(skip_empty_area=False)]
        return rows


def _too_big(title: str) -> ExchangeError:
    message = QCoreApplication.translate(
        "Exchange",
        "%1: the sheet is too large for a map (at most %2 rows and %3 columns are read)",
    )
    return ExchangeError(fill(message, title, f"{MAX_ROWS:,}", MAX_COLUMNS))


def _check_unpacked(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            unpacked = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, ValueError):
        message = QCoreApplication.translate(
            "Exchange",
            "this is not an Excel workbook (.xlsx): the file is damaged or of another kind",
        )
        raise ExchangeError(message) from None
    if unpacked > MAX_UNPACKED:
        message = QCoreApplication.translate(
            "Exchange", "the workbook unpacks to more than %1 GB, too large for a map"
        )
        raise ExchangeError(fill(message, MAX_UNPACKED // 1024**3))


def _one_line(e: BaseException) -> str:
    return " ".join((str(e) or type(e).__name__).split())


def _find_sheet(names: list[str], key: str) -> str | None:
    forms = in_every_language(lambda: sheet_name(key)) | {fold(key)}
    return next((n for n in names if fold(n) in forms), None)


class WorkbookImport:
    """What reading a workbook gave: the map, and notes for the user (lane kinds guessed,
    columns ignored)."""

    def __init__(self, m: JourneyMap, notes: list[str], guesses: list[gridmod.LaneGuess]) -> None:
        self.map = m
        self.notes = notes
        self.guesses = guesses


def read_workbook(data: bytes, name: str, language: str) -> WorkbookImport:
    book = _Book(data, name)
    found = {key: _find_sheet(book.names, key) for key in (*COLLECTION_FIELDS, "about")}
    if not any(found[k] for k in ("stages", "lanes", "cards")):
        grid_sheet = _find_sheet(book.names, "grid") or (book.names[0] if book.names else None)
        if grid_sheet is None:
            raise ExchangeError(QCoreApplication.translate("Exchange", "the workbook has no sheet"))
        result = gridmod.map_from_grid(
            [list(r) for r in book.rows(grid_sheet)], grid_sheet, Path(name).stem, language
        )
        return WorkbookImport(result.map, [], result.guesses)
    return _read_data_sheets(book, found, name, language)


def _read_data_sheets(
    book: _Book, found: dict[str, str | None], name: str, language: str
) -> WorkbookImport:
    notes: list[str] = []
    places = Places()
    doc: dict[str, Any] = {}
    about = found["about"]
    if about is not None:
        place = _read_about(book, about, doc)
        places.fallback = place
    doc.setdefault("title", Path(name).stem[:200] or "map")
    doc.setdefault("language", language)
    owners: dict[str, tuple[str, int]] = {}
    taken: set[str] = set()
    for collection, model in collection_models().items():
        objects: list[dict[str, Any]] = []
        title = found[collection]
        if title is not None:
            objects = _read_table(book, title, model, collection, places, notes)
        doc[collection] = objects
        taken |= {o["id"] for o in objects if o.get("id")}
    if "id" not in doc or not doc["id"]:
        from mapstudio.core.model import new_id

        doc["id"] = new_id("map")
    for collection in COLLECTION_FIELDS:
        fill_ids(doc[collection], collection.rstrip("s")[:16] or "x", taken)
        for i, obj in enumerate(doc[collection]):
            owners.setdefault(obj["id"], (collection, i))
        names = _field_names(collection)
        if "order" in names:
            fill_orders(doc[collection], tuple(f for f in ("stage", "lane") if f in names))
    for nested, holders in child_tables().items():
        title = _find_sheet(book.names, _child_sheet_key(nested))
        if title is not None:
            _read_children(book, title, nested, holders, doc, owners, places, notes)
    return WorkbookImport(build_map(doc, places), notes, [])


def _field_names(collection: str) -> set[str]:
    return set(collection_models()[collection].model_fields)


def _read_about(book: _Book, title: str, doc: dict[str, Any]) -> str:
    cols = {c.field: c for c in map_columns()}
    known = recogniser(list(cols), heading)
    for number, row in enumerate(book.rows(title), start=1):
        if number == 1 or not row or is_blank(row[:2]):
            continue
        key = known.get(fold(row[0])) if row[0] is not None else None
        if key is None:
            continue
        value = row[1] if len(row) > 1 else None
        try:
            converted = from_cell(cols[key], value)
        except CellError as e:
            raise ExchangeError(f"{Place(title, number, {'x': 1}).cell('x')}: {e}") from None
        from mapstudio.exchange.tables import MISSING

        if converted is not MISSING:
            doc[key] = converted
    return title


def _read_table(
    book: _Book,
    title: str,
    model: type[BaseModel],
    collection: str,
    places: Places,
    notes: list[str],
) -> list[dict[str, Any]]:
    rows = book.rows(title)
    if not rows:
        return []
    header = Header(title, rows[0], flat_columns(model))
    note = ignored_columns_note(header)
    if note:
        notes.append(note)
    objects = []
    for number, row in enumerate(rows[1:], start=2):
        if is_blank(row):
            continue
        obj, place = header.read(row, number)
        places.add((collection, len(objects)), place)
        objects.append(obj)
    return objects


def _read_children(
    book: _Book,
    title: str,
    nested: type[BaseModel],
    holders: list[tuple[str, str]],
    doc: dict[str, Any],
    owners: dict[str, tuple[str, int]],
    places: Places,
    notes: list[str],
) -> None:
    rows = book.rows(title)
    if not rows:
        return
    header = Header(title, rows[0], flat_columns(nested), extra=("on", "field"))
    header.require("on")
    note = ignored_columns_note(header)
    if note:
        notes.append(note)
    fields_of = {c: {f for cc, f in holders if cc == c} for c, _ in holders}
    single_fields = {c.field for c in _holder_columns(holders) if c.shape == CHILD}
    last: tuple[str, str, dict[str, Any]] | None = None
    for number, row in enumerate(rows[1:], start=2):
        if is_blank(row):
            continue
        owner = cell_text(header.value(row, "on") or "").strip()
        if not owner:
            message = QCoreApplication.translate("Exchange", "this row does not say what it is on")
            raise ExchangeError(f"{header.where(header.fields['on'], number)}: {message}")
        if owner not in owners:
            message = QCoreApplication.translate("Exchange", 'there is nothing with the id "%1"')
            raise ExchangeError(
                f"{header.where(header.fields['on'], number)}: {fill(message, owner)}"
            )
        collection, index = owners[owner]
        named = cell_text(header.value(row, "field") or "").strip()
        choices = sorted(fields_of.get(collection, ()))
        field_name = _which_field(named, choices)
        if field_name is None:
            where = header.fields.get("field", header.fields["on"])
            message = QCoreApplication.translate("Exchange", "a %1 cannot be put on %2")
            raise ExchangeError(
                f"{header.where(where, number)}: {fill(message, sheet_name(_child_sheet_key(nested)), owner)}"
            )
        obj, place = header.read(row, number)
        target = doc[collection][index]
        if field_name in single_fields:
            more = _continues(header, row)
            if last is not None and last[0] == owner and last[1] == field_name and more:
                last[2]["data"] = last[2].get("data", "") + obj.get("data", "")
                continue
            target[field_name] = obj
            places.add((collection, index, field_name), place)
            last = (owner, field_name, obj)
        else:
            target.setdefault(field_name, []).append(obj)
            places.add((collection, index, field_name, len(target[field_name]) - 1), place)
            last = None


def _continues(header: Header, row: tuple[Any, ...]) -> bool:
    """A row that only carries more data of the picture above it (its other cells empty)."""
    return all(
        is_blank([header.value(row, name)])
        for name in header.fields
        if name not in ("on", "field", "data")
    )


def _which_field(named: str, choices: list[str]) -> str | None:
    if not choices:
        return None
    if not named:
        return choices[0] if len(choices) == 1 else None
    table = recogniser(choices, heading)
    return table.get(fold(named))
