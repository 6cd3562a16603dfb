"""What every import planner fills in: located problems, the rows it read, and the plan of one file.

:mod:`cc_assess.sheets.read_xlsx` and :mod:`cc_assess.sheets.read_csv` read a workbook or a CSV file into a
:class:`Plan`; :mod:`cc_assess.sheets.plan` compares it with the response files, :mod:`cc_assess.sheets.apply`
writes the changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from cc_assess.diagnostics import Diagnostic
from cc_assess.errors import InvalidInput
from cc_assess.i18n import t
from cc_assess.models import Catalogue
from cc_assess.sheets.cells import FIELDS, CellValue, normal_text
from cc_assess.sheets.layout import column_letter
from cc_assess.shown import Shown


@dataclass
class Change:
    item: str
    rel: str  # POSIX path inside the folder
    file: Shown
    fields: list[str]
    data: bytes
    created: bool


@dataclass
class ImportResult:
    changes: list[Change] = field(default_factory=list)
    warnings: list[Diagnostic] = field(default_factory=list)


class Problems:
    """Problems found in a workbook (located ``SHEET!CELL``) or a CSV file (``CELL (column)``)."""

    def __init__(self, path: str, noun: str | None = None, headers: Sequence[str] = ()) -> None:
        self.path = path  # the file, as its diagnostics name it
        self.noun = noun if noun is not None else t("import.noun-workbook")  # in the tool's language
        self.headers = list(headers)
        self.found: list[Diagnostic] = []

    def ref(self, sheet: str, row: int, col: int) -> str:
        if sheet:
            return f"{sheet}!{column_letter(col)}{row}"
        name = self.headers[col - 1] if 0 < col <= len(self.headers) and self.headers[col - 1] else ""
        return f"{column_letter(col)}{row} ({name})" if name else f"{column_letter(col)}{row}"

    def add(self, sheet: str, row: int, col: int, code: str, message: str, severity: str = "error") -> None:
        ref = self.ref(sheet, row, col)
        self.found.append(Diagnostic(self.path, row, col, code, f"{ref}: {message}", severity))  # type: ignore[arg-type]


def ignore_previous(problems: Problems, sheet: str, row: int, col: int, cell: CellValue, exported: str) -> None:
    """The previous-status column is read-only: an edit to it changes nothing, and the user is told so."""
    if normal_text(cell) != normal_text(exported):
        problems.add(sheet, row, col, "workbook-previous", t("cycle.import.previous_ignored"), "warning")


def check_catalogue(
    found: tuple[str, str],
    catalogue: Catalogue,
    folder: Shown,
    path: str,
    where: tuple[str, int, int, int],
    noun: str | None = None,
) -> None:
    """Refuse a file exported for another catalogue or version.

    ``where`` locates the cells that say so: (cell reference, row, catalogue id column, version column).
    """
    cid, version = found
    if cid == catalogue.id and version == catalogue.version:
        return
    ref, row, id_col, version_col = where
    noun = noun if noun is not None else t("import.noun-workbook")
    names = {"catalogue": cid, "version": version, "folder": folder.text, "noun": noun}
    if cid != catalogue.id:
        col = id_col
        message = t("import.other-catalogue", ours=catalogue.id, our_version=catalogue.version, **names)
    else:
        col = version_col
        message = t("import.other-version", our_version=catalogue.version, **names)
    raise InvalidInput(
        t("import.refused-version" if cid == catalogue.id else "import.refused-catalogue", path=path, noun=noun),
        [Diagnostic(path, row, col, "workbook-catalogue", f"{ref}: {message}")],
    )


@dataclass
class Row:
    item: str
    sheet: str  # "" in a CSV file
    row: int
    columns: dict[str, int]  # answer field -> the column its problems are reported at
    cells: list[tuple[str, str, int]]  # (field, digest key, column) of every answer cell in the row
    lang: str = "zh"  # the language the row was exported in
    updates: dict[str, Any] = field(default_factory=dict)
    kept: set[str] = field(default_factory=set)  # answers changed in the files since the export, not in the sheet


def answer_cells(columns: dict[str, int]) -> list[tuple[str, str, int]]:
    return [(name, name, columns[name]) for name in FIELDS if name in columns]


@dataclass
class Plan:
    """What the import of one file compares: its rows, the exported digests, where a stale warning goes."""

    problems: Problems
    records: list[tuple[Row, list[CellValue]]]
    digests: dict[str, dict[str, str]]
    stale_at: tuple[str, int, int]
