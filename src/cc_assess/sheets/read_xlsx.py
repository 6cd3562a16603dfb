"""Reading a workbook made by ``cc-assess export`` into an import plan: its ``_meta`` sheet and its domain sheets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cc_assess.assessment import LoadedAssessment
from cc_assess.diagnostics import Diagnostic
from cc_assess.errors import InvalidInput
from cc_assess.i18n import t
from cc_assess.sheets.cells import FIELDS, CellValue, normal_text
from cc_assess.sheets.layout import COLUMNS, META_SHEET, WORKBOOK_FORMAT, column_letter, header, previous_cell
from cc_assess.sheets.rows import Plan, Problems, Row, answer_cells, check_catalogue, ignore_previous
from cc_assess.shown import Shown


@dataclass(frozen=True)
class _Meta:
    values: dict[str, str]
    rows: dict[str, int]  # key -> row number in _meta
    digests: dict[str, dict[str, str]]  # item -> field -> digest


def _read_meta(sheets: dict[str, list[list[CellValue]]], path: str) -> _Meta:
    rows = sheets.get(META_SHEET)
    if rows is None:
        message = t("import.not-a-workbook")
        raise InvalidInput(
            t("import.nothing-written", path=path), [Diagnostic(path, 1, 1, "workbook-invalid", message)]
        )
    values: dict[str, str] = {}
    where: dict[str, int] = {}
    digests: dict[str, dict[str, str]] = {}
    fields: list[str] = []
    for n, row in enumerate(rows, 1):
        cells = [normal_text(v) for v in row]
        if not cells or not cells[0]:
            continue
        if fields:
            digests[cells[0]] = dict(zip(fields, cells[1:], strict=False))
        elif cells[0] == "item":
            fields = cells[1:]
        elif len(cells) > 1:
            values[cells[0]] = cells[1]
            where[cells[0]] = n
    if values.get("format") != WORKBOOK_FORMAT:
        message = t("import.no-format", format=WORKBOOK_FORMAT)
        raise InvalidInput(
            t("import.nothing-written", path=path), [Diagnostic(path, 1, 1, "workbook-invalid", message)]
        )
    return _Meta(values, where, digests)


def _header_map(row: Sequence[CellValue]) -> dict[str, int]:
    """Answer and id columns by their header text, in any of the three languages (1-based column numbers)."""
    known = {header(key, lang): key for key, *_ in COLUMNS for lang in ("zh", "en", "bi")}
    found: dict[str, int] = {}
    for c, value in enumerate(row, 1):
        key = known.get(normal_text(value))
        if key is not None and key not in found:
            found[key] = c
    return found


def _read_rows(
    sheets: dict[str, list[list[CellValue]]],
    loaded: LoadedAssessment,
    problems: Problems,
    lang: str,
) -> list[tuple[Row, list[CellValue]]]:
    catalogue = loaded.catalogue
    domain_of = catalogue.item_domain()
    found: list[tuple[Row, list[CellValue]]] = []
    seen: dict[str, str] = {}
    for domain in catalogue.domains:
        rows = sheets.get(domain.id)
        if rows is None:
            problems.add(domain.id, 1, 1, "workbook-missing", t("import.no-sheet", sheet=domain.id), "warning")
            continue
        columns = _header_map(rows[0] if rows else [])
        if "item" not in columns:
            problems.add(domain.id, 1, 1, "workbook-layout", t("import.no-item-column"))
            continue
        for key, *_ in COLUMNS:
            if key in FIELDS and key not in columns:
                problems.add(domain.id, 1, 1, "workbook-missing", t("import.no-column", column=key), "warning")
        id_col = columns["item"]
        in_sheet: set[str] = set()
        for r, values in enumerate(rows[1:], 2):
            item = normal_text(values[id_col - 1]) if id_col - 1 < len(values) else ""
            if not item:
                if any(normal_text(values[c - 1]) for c in columns.values() if c - 1 < len(values)):
                    problems.add(domain.id, r, id_col, "workbook-layout", t("import.row-without-item"))
                continue
            if item not in domain_of:
                problems.add(
                    domain.id,
                    r,
                    id_col,
                    "workbook-item",
                    t("import.not-in-catalogue", item=item, catalogue=catalogue.id, version=catalogue.version),
                )
                continue
            if domain_of[item] != domain.id:
                problems.add(
                    domain.id, r, id_col, "workbook-item", t("import.wrong-sheet", item=item, sheet=domain_of[item])
                )
                continue
            if item in seen:
                problems.add(domain.id, r, id_col, "workbook-item", t("import.second-row", item=item, first=seen[item]))
                continue
            if "previous" in columns and columns["previous"] - 1 < len(values):
                exported = previous_cell(loaded, item, lang)
                ignore_previous(problems, domain.id, r, columns["previous"], values[columns["previous"] - 1], exported)
            seen[item] = f"{domain.id}!{column_letter(id_col)}{r}"
            in_sheet.add(item)
            found.append((Row(item, domain.id, r, columns, answer_cells(columns), lang), values))
        for missing in domain.items:
            if missing.id not in in_sheet:
                problems.add(domain.id, 1, id_col, "workbook-missing", t("import.no-row", item=missing.id), "warning")
    return found


def plan_workbook(loaded: LoadedAssessment, workbook: Shown) -> Plan:
    from cc_assess.sheets.sheetio import read_workbook

    sheets = read_workbook(workbook)
    meta = _read_meta(sheets, workbook.text)
    found = (meta.values.get("catalogue", ""), meta.values.get("catalogue_version", ""))
    key = "catalogue" if found[0] != loaded.catalogue.id else "catalogue_version"
    row = meta.rows.get(key, 1)
    check_catalogue(found, loaded.catalogue, loaded.shown, workbook.text, (f"{META_SHEET}!B{row}", row, 2, 2))
    lang = meta.values.get("language", "zh")
    if lang not in ("zh", "en", "bi"):
        lang = "zh"
    problems = Problems(workbook.text)
    records = _read_rows(sheets, loaded, problems, lang)
    return Plan(problems, records, meta.digests, (META_SHEET, meta.rows.get("fingerprint", 1), 2))
