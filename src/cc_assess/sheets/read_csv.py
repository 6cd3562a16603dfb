"""Reading a CSV file made by ``cc-assess export --format csv`` into an import plan: the file's row and column
locate every problem, its catalogue columns say what it was exported for, its ``export_digest`` column holds
the digests of the exported answers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from cc_assess.assessment import LoadedAssessment
from cc_assess.diagnostics import Diagnostic
from cc_assess.errors import InvalidInput
from cc_assess.i18n import t
from cc_assess.sheets.cells import CellValue, normal_text
from cc_assess.sheets.layout import CSV_CELLS, DIGEST_PREFIX, csv_unsafe, previous_cell
from cc_assess.sheets.rows import Plan, Problems, Row, check_catalogue, ignore_previous
from cc_assess.shown import Shown


def _csv_refusal(path: str, message: str, code: str = "workbook-invalid", row: int = 1, col: int = 1) -> InvalidInput:
    return InvalidInput(t("import.nothing-written", path=path), [Diagnostic(path, row, col, code, message)])


def plan_csv(loaded: LoadedAssessment, file: Shown) -> Plan:
    """The rows of a CSV file made by ``export --format csv``; the file's row and column locate every problem."""
    from cc_assess.sheets.sheetio import read_csv

    table = [[csv_unsafe(v) for v in row] for row in read_csv(file)]
    headers = [normal_text(v) for v in table[0]] if table else []
    cols: dict[str, int] = {}
    for c, name in enumerate(headers, 1):
        cols.setdefault(name, c)
    if "item" not in cols:
        raise _csv_refusal(
            file.text,
            t("import.csv-no-item"),
        )
    if "catalogue" not in cols or "catalogue_version" not in cols:
        raise _csv_refusal(
            file.text,
            t("import.csv-no-catalogue-columns"),
            "workbook-catalogue",
        )
    problems = Problems(file.text, t("import.noun-csv"), headers)
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
            check_catalogue(found, catalogue, loaded.shown, file.text, where, problems.noun)
    if not named:
        raise _csv_refusal(
            file.text,
            t("import.csv-no-catalogue-cells"),
            "workbook-catalogue",
        )
    columns = {name: cols[head] for name, _, head in reversed(CSV_CELLS) if head in cols}
    cells = [(name, key, cols[head]) for name, key, head in CSV_CELLS if head in cols]
    for *_, head in CSV_CELLS:
        if head not in cols:
            problems.add("", 1, 1, "workbook-missing", t("import.no-column", column=head), "warning")
    digest_col = cols.get("export_digest")
    if digest_col is None:
        problems.add(
            "",
            1,
            1,
            "workbook-stale",
            t("import.csv-no-digest-column"),
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
                problems.add("", r, id_col, "workbook-layout", t("import.row-without-item"))
            continue
        if item not in domain_of:
            problems.add(
                "",
                r,
                id_col,
                "workbook-item",
                t("import.not-in-catalogue", item=item, catalogue=catalogue.id, version=catalogue.version),
            )
            continue
        if item in seen:
            problems.add("", r, id_col, "workbook-item", t("import.second-row-csv", item=item, first=seen[item]))
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
                    t("import.csv-digest-changed"),
                    "warning",
                )
        records.append((Row(item, "", r, columns, cells, lang if lang in ("zh", "en", "bi") else "zh"), values))
    for missing in catalogue.items():
        if missing.id not in seen:
            problems.add("", 1, id_col, "workbook-missing", t("import.no-row", item=missing.id), "warning")
    return Plan(problems, records, digests, ("", 1, digest_col or 1))
