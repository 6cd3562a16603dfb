"""``import``, first step: what a filled-in workbook or CSV file changes in the response files (nothing is written).

Import is a three-way comparison for every answer cell: a cell whose text still has its exported digest was not
touched, and nothing happens to that field, even when the response file has changed since; a touched cell whose
value equals the file's is no change either; otherwise the file takes the cell's value, unless the file too has
changed since the export (then both sides changed and the cell is a conflict).  Every problem is reported by
sheet and cell, and nothing is written when there is one; :mod:`cc_assess.sheets.apply` writes the changed
files, all or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cc_assess.assessment import RESPONSES, LoadedAssessment, load_valid
from cc_assess.diagnostics import Diagnostic, has_errors, sort_diagnostics
from cc_assess.errors import InvalidInput
from cc_assess.i18n import t
from cc_assess.sheets.cells import CellError, CellValue, digest, encode, normal_text, parse
from cc_assess.sheets.layout import shown_response
from cc_assess.sheets.read_csv import plan_csv
from cc_assess.sheets.read_xlsx import plan_workbook
from cc_assess.sheets.rows import Change, ImportResult, Problems, Row
from cc_assess.shown import Shown


def _to_yaml(name: str, value: Any) -> Any:
    """A parsed cell value as it is written to a response file."""
    if name in ("evidence", "actions") and value is None:
        return []
    if name == "findings" and isinstance(value, str) and "\n" in value:
        return value + "\n"
    return value


def _current(key: str, loaded: LoadedAssessment, item: str, lang: str) -> tuple[Any, str]:
    """The value a response file holds now, read the way a cell is read, and that cell text's digest."""
    response, level = shown_response(loaded, item, lang)
    if key == "status_id":
        return level, digest(level or "")
    cell = encode(key, response, loaded.catalogue, lang)
    try:
        value = parse(key, cell, loaded.catalogue)
    except CellError:
        value = _UNREADABLE
    return value, digest(cell)


_UNREADABLE = object()


def _same(cell_digest: str, exported: str) -> bool:
    """A digest agrees with an exported one (a CSV file keeps only the first 8 hexadecimal digits)."""
    return cell_digest[: len(exported)] == exported


def _compare_row(
    rec: Row,
    values: Sequence[CellValue],
    loaded: LoadedAssessment,
    digests: dict[str, dict[str, str]],
    problems: Problems,
) -> None:
    base = digests.get(rec.item, {})
    for name, key, col in rec.cells:
        cell = values[col - 1] if col - 1 < len(values) else None
        exported = base.get(key)
        now, now_digest = _current(key, loaded, rec.item, rec.lang)
        if exported is not None and _same(digest(cell), exported):
            if not _same(now_digest, exported):
                rec.kept.add(name)  # changed in the file since the export: the file's answer stays
            continue  # not touched in the workbook
        try:
            new = parse(name, cell, loaded.catalogue)
        except CellError as exc:
            problems.add(rec.sheet, rec.row, col, exc.code, exc.message)
            continue
        if new == now:
            continue
        if exported is not None and not _same(now_digest, exported):
            problems.add(
                rec.sheet,
                rec.row,
                col,
                "import-conflict",
                t("import.conflict-both", name=name, item=rec.item, noun=problems.noun),
            )
            continue
        if name in rec.updates and rec.updates[name] != new:
            first = next(c for n, _, c in rec.cells if n == name)
            other = normal_text(values[first - 1]) if first - 1 < len(values) else ""
            problems.add(
                rec.sheet,
                rec.row,
                col,
                "import-conflict",
                t(
                    "import.conflict-cells",
                    cell=normal_text(cell),
                    other=other,
                    ref=problems.ref(rec.sheet, rec.row, first),
                    name=name,
                    item=rec.item,
                ),
            )
            continue
        rec.updates[name] = new


def _check_final(rec: Row, loaded: LoadedAssessment, problems: Problems) -> None:
    """Rules across fields, on the answers as they will be: N/A needs a reason; evidence stays inside."""
    catalogue = loaded.catalogue
    response = loaded.responses[rec.item].response if rec.item in loaded.responses else None
    status = rec.updates["status"] if "status" in rec.updates else _level(loaded, rec.item)
    reason = rec.updates.get("na_reason", response.na_reason if response else None)
    touched = "status" in rec.updates or "na_reason" in rec.updates
    if touched and status is not None and catalogue.level(status).points is None and not (reason or "").strip():
        col = rec.columns.get("na_reason", rec.columns.get("status", 1))
        problems.add(
            rec.sheet,
            rec.row,
            col,
            "na-without-reason",
            t("import.na-without-reason"),
        )
    root = loaded.folder.resolve()
    for entry in rec.updates.get("evidence") or []:
        ref = entry["ref"]
        if ref.lower().startswith(("http://", "https://")):
            continue
        target = (loaded.folder / ref).resolve()
        if target != root and root not in target.parents:
            problems.add(
                rec.sheet,
                rec.row,
                rec.columns["evidence"],
                "evidence-path",
                t("import.evidence-outside", ref=ref),
            )


def _level(loaded: LoadedAssessment, item: str) -> str | None:
    return loaded.responses[item].level if item in loaded.responses else None


def plan_import(folder: Shown, file: Shown) -> ImportResult:
    """Every response file a workbook or CSV file changes, with its new bytes; raises InvalidInput on any bad cell."""
    from cc_assess.sheets.sheetio import looks_like_workbook

    loaded = load_valid(folder)
    plan = plan_workbook(loaded, file) if looks_like_workbook(file.path) else plan_csv(loaded, file)
    problems = plan.problems
    for rec, values in plan.records:
        _compare_row(rec, values, loaded, plan.digests, problems)
        if rec.updates:
            _check_final(rec, loaded, problems)
    kept = sum(len(rec.kept) for rec, _ in plan.records)
    if kept:
        problems.add(
            *plan.stale_at,
            "workbook-stale",
            t("import.kept", count=kept, noun=problems.noun),
            "warning",
        )
    diagnostics = sort_diagnostics(problems.found)
    if has_errors(diagnostics):
        errors = sum(d.is_error for d in diagnostics)
        raise InvalidInput(t("import.problems", path=file.text, count=errors, noun=problems.noun), diagnostics)
    result = ImportResult(warnings=diagnostics)
    for rec, _ in plan.records:
        if rec.updates:
            result.changes.append(_change(loaded, rec))
    return result


def _change(loaded: LoadedAssessment, rec: Row) -> Change:
    from cc_assess.workspace import response_text
    from cc_assess.yamledit import EditError, set_keys

    domain = loaded.catalogue.item_domain()[rec.item]
    rel = f"{RESPONSES}/{domain}/{rec.item}.yaml"
    file = loaded.shown.child(rel)
    updates = {name: _to_yaml(name, value) for name, value in rec.updates.items()}
    created = rec.item not in loaded.responses
    try:
        if created:  # no response file yet: the one init writes, with the answers filled in
            item = next(i for i in loaded.catalogue.items() if i.id == rec.item)
            data = set_keys(response_text(loaded.catalogue, item).encode("utf-8"), updates)
        else:
            data = set_keys(file.path.read_bytes(), updates)
    except (OSError, EditError) as exc:
        raise InvalidInput(
            t("import.cannot-update", path=file.text, reason=exc),
            [Diagnostic(file.text, 1, 1, "unreadable", t("import.cannot-update-file", reason=exc), "error", rec.item)],
        ) from None
    return Change(rec.item, rel, file, list(rec.updates), data, created)
