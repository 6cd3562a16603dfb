"""The only module that imports openpyxl: writing a workbook from a plain description, reading one back.

Why openpyxl: it is the one maintained pure-Python library that both reads and writes ``.xlsx`` and supports what
the round trip needs — data-validation drop-downs, sheet protection with unlocked answer cells, hidden sheets,
defined names, frozen panes, wrapped text and column widths.  (XlsxWriter writes only; pandas would bring numpy
for nothing.)

Everything here is about cells; what the cells mean is the business of :mod:`cc_assess.sheets.export` (export)
and :mod:`cc_assess.sheets.read_xlsx` / :mod:`cc_assess.sheets.read_csv` (import).  CSV files (what
``export --format csv`` writes) are read here too, with the standard library, into the same rows of cells.
Writing is deterministic: document timestamps are left out and every zip entry gets the same fixed time, so the same
assessment gives the same bytes.  Reading refuses files that are too large or expand too much (zip bombs) and
turns every failure of a malformed file into a :class:`~cc_assess.errors.InvalidInput`.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import warnings
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from cc_assess.diagnostics import Diagnostic
from cc_assess.errors import CannotRun, InvalidInput
from cc_assess.i18n import t
from cc_assess.shown import Shown

#: what a cell holds, as far as cc-assess is concerned
CellValue = str | int | float | bool | dt.date | dt.datetime | None

MAX_WORKBOOK_BYTES = 32 * 1024 * 1024
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
MAX_ROWS = 20_000
MAX_COLUMNS = 64

STATUS_NAME = "cc_status_labels"
LISTS_SHEET = "_lists"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_LOCKED_FILL = PatternFill("solid", fgColor="F2F2F2")
_KEY_FILL = PatternFill("solid", fgColor="FFF2CC")
_TOP_WRAP = Alignment(wrap_text=True, vertical="top")


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    answer: bool = False  # unlocked for input
    kind: Literal["text", "date", "status"] = "text"


@dataclass(frozen=True)
class DataSheet:
    """One sheet of a header row and data rows; answer columns unlocked, the rest locked."""

    name: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[CellValue]]
    highlight: frozenset[int] = frozenset()  # 0-based data rows whose first cell is highlighted (key items)


@dataclass(frozen=True)
class Book:
    summary_name: str
    summary: Sequence[Sequence[CellValue]]
    summary_widths: Sequence[float]
    summary_bold: frozenset[int]  # 0-based rows shown bold
    sheets: Sequence[DataSheet]
    status_labels: Sequence[str]
    meta_name: str
    meta: Sequence[Sequence[CellValue]]
    properties: dict[str, str] = field(default_factory=dict)


def _put(ws: Worksheet, row: int, col: int, value: CellValue) -> None:
    cell = ws.cell(row=row, column=col)
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # text that looks like a formula stays text
    if isinstance(value, (dt.date, dt.datetime)):
        cell.number_format = "yyyy-mm-dd"


def _protect(ws: Worksheet) -> None:
    """Protected without a password (against accidents, not people): resizing and filtering stay allowed."""
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.autoFilter = False


def _data_sheet(book: Workbook, spec: DataSheet) -> None:
    ws = book.create_sheet(spec.name)
    for c, column in enumerate(spec.columns, 1):
        _put(ws, 1, c, column.header)
        cell = ws.cell(row=1, column=c)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = _TOP_WRAP
        ws.column_dimensions[get_column_letter(c)].width = column.width
    last = len(spec.rows) + 1
    for r, row in enumerate(spec.rows, 2):
        for c, column in enumerate(spec.columns, 1):
            value = row[c - 1] if c - 1 < len(row) else None
            _put(ws, r, c, value)
            cell = ws.cell(row=r, column=c)
            cell.alignment = _TOP_WRAP
            if column.answer:
                cell.protection = Protection(locked=False)
                if column.kind == "date":
                    cell.number_format = "yyyy-mm-dd"
                elif column.kind == "text":
                    cell.number_format = "@"  # typed text stays text (no 1 -> number, no date guessing)
            else:
                cell.fill = _LOCKED_FILL
        if r - 2 in spec.highlight:
            first = ws.cell(row=r, column=1)
            first.fill = _KEY_FILL
            first.font = Font(bold=True)
    for c, column in enumerate(spec.columns, 1):
        if column.kind == "status" and last >= 2:
            letter = get_column_letter(c)
            dv = DataValidation(
                type="list",
                formula1=STATUS_NAME,  # a defined name; OOXML formulas carry no leading "="
                allow_blank=True,
                showDropDown=False,  # (sic) False shows the in-cell arrow
                showErrorMessage=True,
                errorStyle="stop",
                errorTitle="Status / 状态",
                error="Choose a status from the list / 请从列表中选择状态",
            )
            dv.add(f"{letter}2:{letter}{last}")
            ws.add_data_validation(dv)
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(spec.columns))}{last}"
    _protect(ws)


def _rows_sheet(book: Workbook, name: str, rows: Sequence[Sequence[CellValue]], hidden: bool) -> Worksheet:
    ws: Worksheet = book.create_sheet(name)
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row, 1):
            _put(ws, r, c, value)
    if hidden:
        ws.sheet_state = "hidden"
    _protect(ws)
    return ws


def write_workbook(spec: Book) -> bytes:
    """The ``.xlsx`` bytes of a workbook described by ``spec`` (deterministic)."""
    book = Workbook()
    default = book.active
    if default is not None:
        book.remove(default)
    summary = _rows_sheet(book, spec.summary_name, spec.summary, hidden=False)
    for r in range(1, len(spec.summary) + 1):
        for cell in summary[r]:
            cell.alignment = _TOP_WRAP
            if r - 1 in spec.summary_bold:
                cell.font = Font(bold=True)
            if isinstance(cell.value, float):
                cell.number_format = "0.0"
    for c, width in enumerate(spec.summary_widths, 1):
        summary.column_dimensions[get_column_letter(c)].width = width
    for sheet in spec.sheets:
        _data_sheet(book, sheet)
    _rows_sheet(book, spec.meta_name, spec.meta, hidden=True)
    _rows_sheet(book, LISTS_SHEET, [[label] for label in spec.status_labels], hidden=True)
    count = max(len(spec.status_labels), 1)
    book.defined_names[STATUS_NAME] = DefinedName(STATUS_NAME, attr_text=f"'{LISTS_SHEET}'!$A$1:$A${count}")
    book.active = 0
    props = book.properties
    props.created = props.modified = dt.datetime(*_ZIP_TIME)  # a fixed date: no clock in the output
    props.creator = "cc-assess"
    props.title = spec.properties.get("title")
    props.subject = spec.properties.get("subject")
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).write_data()  # not save_workbook: that stamps "modified" with the clock
    return _fixed_times(raw.getvalue())


def _fixed_times(data: bytes) -> bytes:
    """The same zip with every entry dated 1980-01-01, so equal content gives equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# ------------------------------------------------------------------------------------------------ reading


def _refuse(path: str, message: str) -> InvalidInput:
    return InvalidInput(t("import.nothing-written", path=path), [Diagnostic(path, 1, 1, "workbook-invalid", message)])


def _cannot_read(path: str, what: str, exc: OSError) -> CannotRun:
    message = t("sheet.cannot-read", what=t(f"sheet.{what}"), reason=exc.strerror or exc)
    return CannotRun(f"{path}: {message}", [Diagnostic(path, 1, 1, "unreadable", message)])


def _check_file(file: Shown, what: str) -> None:
    """The file exists, is a file, and is not too large to read."""
    if not file.path.is_file():
        problem = t("sheet.is-folder", what=t(f"sheet.{what}")) if file.path.exists() else t("cli.no-such-file")
        raise CannotRun(f"{file.text}: {problem}", [Diagnostic(file.text, 1, 1, "missing-file", problem)])
    try:
        size = file.path.stat().st_size
    except OSError as exc:
        raise _cannot_read(file.text, what, exc) from None
    if size > MAX_WORKBOOK_BYTES:
        raise _refuse(file.text, t("sheet.too-large", what=t(f"sheet.{what}"), mib=MAX_WORKBOOK_BYTES // (1024 * 1024)))


def looks_like_workbook(path: Path) -> bool:
    """A zip archive (what an ``.xlsx`` is), or a file named like a workbook; anything else is read as CSV."""
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xltx", ".xls"):
        return True
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def _check_archive(file: Shown) -> None:
    try:
        with zipfile.ZipFile(file.path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _refuse(file.text, t("sheet.not-xlsx")) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise _refuse(file.text, t("sheet.zip-bomb"))


def _cell(value: object) -> CellValue:
    """A cell value as import reads it: a time of day or a duration (a date cell holding 13:45 or 0) as its text,
    which a date field then refuses with a located message."""
    if value is None or isinstance(value, (str, int, float, bool, dt.date)):
        return value
    if isinstance(value, dt.time):
        return value.isoformat()
    return str(value)


def _trim(row: Sequence[object]) -> list[CellValue]:
    values = [_cell(v) for v in row]
    while values and (values[-1] is None or values[-1] == ""):
        values.pop()
    return values


def read_workbook(file: Shown) -> dict[str, list[list[CellValue]]]:
    """Every sheet (hidden ones too) as rows of cell values (formulas read as their saved results)."""
    _check_file(file, "workbook")
    _check_archive(file)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about Excel extensions it drops; we only read values
            book = load_workbook(file.path, data_only=True, read_only=False)
        sheets: dict[str, list[list[CellValue]]] = {}
        for ws in book.worksheets:
            rows = ws.iter_rows(
                min_row=1,
                max_row=min(ws.max_row, MAX_ROWS),
                max_col=min(ws.max_column, MAX_COLUMNS),
                values_only=True,
            )
            sheets[ws.title] = [_trim(row) for row in rows]
        book.close()
    except InvalidInput:
        raise
    except Exception as exc:  # a malformed file can fail anywhere inside openpyxl: never a traceback
        raise _refuse(file.text, t("sheet.unreadable-workbook", reason=f"{type(exc).__name__}: {exc}")) from None
    return sheets


def _delimiter(first_line: str) -> str:
    """A comma, unless the header row has none and a semicolon or tab instead (spreadsheets in some locales)."""
    if "," in first_line:
        return ","
    return max((";", "\t"), key=first_line.count) if ";" in first_line or "\t" in first_line else ","


def decode_csv(data: bytes, path: str) -> str:
    """The text of a CSV file: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark (Excel's
    "Unicode text"), else GB18030 (a superset of GBK: what Chinese Excel and WPS save as "CSV")."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", "replace") if _utf8(data[3:]) else _gb(data[3:], path)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _refuse(path, t("sheet.not-text")) from None
    return data.decode("utf-8") if _utf8(data) else _gb(data, path)


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _gb(data: bytes, path: str) -> str:
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        message = t("sheet.not-text")
        raise InvalidInput(
            t("import.nothing-written", path=path), [Diagnostic(path, line, 1, "workbook-invalid", message)]
        ) from None


def read_csv(file: Shown) -> list[list[CellValue]]:
    """The records of a CSV file (UTF-8 with or without a byte-order mark, or GB18030/GBK) as rows of texts.

    A record is what a spreadsheet shows as one row: a quoted cell may span several lines of the file.
    """
    _check_file(file, "csv")
    try:
        data = file.path.read_bytes()
    except OSError as exc:
        raise _cannot_read(file.text, "csv", exc) from None
    text = decode_csv(data, file.text)
    if "\x00" in text:
        raise _refuse(file.text, t("sheet.binary-csv"))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.split("\n", 1)[0]), strict=True)
    rows: list[list[CellValue]] = []
    # A field may be as long as the file (a 200,000-character finding that export wrote): the csv module's
    # default limit (131,072) would refuse what export wrote.  The file is capped, so this is bounded.
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))
    try:
        for row in reader:
            if len(rows) >= MAX_ROWS:
                raise _refuse(file.text, t("sheet.too-many-rows", count=MAX_ROWS))
            rows.append(_trim(row[:MAX_COLUMNS]))
    except csv.Error as exc:
        message = t("sheet.unreadable-csv", reason=exc)
        raise InvalidInput(
            f"{file.text}: {message}", [Diagnostic(file.text, reader.line_num or 1, 1, "workbook-invalid", message)]
        ) from None
    finally:
        csv.field_size_limit(limit)
    return rows
