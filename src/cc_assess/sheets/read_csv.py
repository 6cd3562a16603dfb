"""Reading a CSV file made by ``cc-assess export --format csv`` into an import plan: the file's row and column
locate every problem, its catalogue columns say what it was exported for, its ``export_digest`` column holds
the digests of the exported answers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from cc_assess.assessment import LoadedAssessment
from cc_assess.diagnostics import Diagnostic
from cc_assess.errors import InvalidInput
from cc_assess.sheets.cells import CellValue, normal_text
from cc_assess.sheets.layout import CSV_CELLS, DIGEST_PREFIX, csv_unsafe, previous_cell
from cc_assess.sheets.rows import Plan, Problems, Row, check_catalogue, ignore_previous


def _csv_refusal(
    display: str, message: str, code: str = "workbook-invalid", row: int = 1, col: int = 1
) -> InvalidInput:
    return InvalidInput(f"{display}: {message}", [Diagnostic(display, row, col, code, message)])


def plan_csv(loaded: LoadedAssessment, display: str, path: Path, csv_display: str) -> Plan:
    """The rows of a CSV file made by ``export --format csv``; the file's row and column locate every problem."""
    from cc_assess.sheets.sheetio import read_csv

    table = [[csv_unsafe(v) for v in row] for row in read_csv(path, csv_display)]
    headers = [normal_text(v) for v in table[0]] if table else []
    cols: dict[str, int] = {}
    for c, name in enumerate(headers, 1):
        cols.setdefault(name, c)
    if "item" not in cols:
        raise _csv_refusal(
            csv_display,
            "not a CSV file made by 'cc-assess export' (row 1 has no item column); import reads workbooks and CSV "
            "files made by 'cc-assess export'",
        )
    if "catalogue" not in cols or "catalogue_version" not in cols:
        raise _csv_refusal(
            csv_display,
            "this CSV file does not say which catalogue it was exported for (row 1 has no catalogue and "
            "catalogue_version columns); export it again with 'cc-assess export --format csv'",
            "workbook-catalogue",
        )
    problems = Problems(csv_display, "CSV file", headers)
    catalogue = loaded.catalogue
    domain_of = catalogue.item_domain()

    def cell(values: Sequence[CellValue], name: str) -> str:
        c = cols.get(name)
        return normal_text(values[c - 1]) if c is not None and c - 1 < len(values) else ""

    named = False
    for r, values in enumerate(table[1:], 2):
        found = (cell(values, "catalogue"), cell(values, "catalogue_version"))
        if found != ("", ""):
            named = True
            where = (problems.ref("", r, cols["catalogue"]), r, cols["catalogue"], cols["catalogue_version"])
            if found[0] == catalogue.id:
                where = (problems.ref("", r, cols["catalogue_version"]), *where[1:])
            check_catalogue(found, catalogue, display, csv_display, where, "CSV file")
    if not named:
        raise _csv_refusal(
            csv_display,
            "this CSV file does not say which catalogue it was exported for (its catalogue and catalogue_version "
            "cells are empty); export it again with 'cc-assess export --format csv'",
            "workbook-catalogue",
        )
    columns = {name: cols[head] for name, _, head in reversed(CSV_CELLS) if head in cols}
    cells = [(name, key, cols[head]) for name, key, head in CSV_CELLS if head in cols]
    for *_, head in CSV_CELLS:
        if head not in cols:
            problems.add("", 1, 1, "workbook-missing", f"no {head} column; that answer is left as it is", "warning")
    digest_col = cols.get("export_digest")
    if digest_col is None:
        problems.add(
            "",
            1,
            1,
            "workbook-stale",
            "no export_digest column: every answer that differs from its response file is taken, even where the "
            "file changed since the export",
            "warning",
        )
    digests: dict[str, dict[str, str]] = {}
    records: list[tuple[Row, list[CellValue]]] = []
    seen: dict[str, int] = {}
    id_col = cols["item"]
    for r, values in enumerate(table[1:], 2):
        item = cell(values, "item")
        if not item:
            if any(normal_text(values[c - 1]) for _, _, c in cells if c - 1 < len(values)):
                problems.add("", r, id_col, "workbook-layout", "a row with answers but no item id")
            continue
        if item not in domain_of:
            problems.add(
                "", r, id_col, "workbook-item", f"item '{item}' is not in catalogue {catalogue.id} {catalogue.version}"
            )
            continue
        if item in seen:
            problems.add("", r, id_col, "workbook-item", f"a second row for {item} (the first is row {seen[item]})")
            continue
        seen[item] = r
        lang = cell(values, "language")
        previous_col = cols.get("previous_status")
        if previous_col is not None and previous_col - 1 < len(values):
            exported = previous_cell(loaded, item, lang if lang in ("zh", "en", "bi") else "zh")
            ignore_previous(problems, "", r, previous_col, values[previous_col - 1], exported)
        if digest_col is not None:
            tokens = cell(values, "export_digest")
            parts = tokens[len(DIGEST_PREFIX) :].split() if tokens.startswith(DIGEST_PREFIX) else []
            if len(parts) == len(CSV_CELLS) and all(re.fullmatch(r"[0-9a-f]{8}", p) for p in parts):
                digests[item] = {key: p for (_, key, _), p in zip(CSV_CELLS, parts, strict=True)}
            else:
                problems.add(
                    "",
                    r,
                    digest_col,
                    "workbook-stale",
                    "this cell is not as exported: every answer of this row that differs from its response file is "
                    "taken, even where the file changed since the export",
                    "warning",
                )
        records.append((Row(item, "", r, columns, cells, lang if lang in ("zh", "en", "bi") else "zh"), values))
    for missing in catalogue.items():
        if missing.id not in seen:
            problems.add("", 1, id_col, "workbook-missing", f"no row for {missing.id}; it is left as it is", "warning")
    return Plan(problems, records, digests, ("", 1, digest_col or 1))
