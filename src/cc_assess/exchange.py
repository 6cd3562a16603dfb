"""The spreadsheet round trip: ``export`` an assessment to a workbook (or CSV) and ``import`` the answers back.

Export lays out one sheet per domain (item, titles, requirement, evidence guidance locked; the answers unlocked),
a summary sheet with the scores, and a hidden ``_meta`` sheet that records the catalogue id and version, the
language, a sha256 fingerprint of the exported answers and a short digest of every exported answer cell.

Import is a three-way comparison for every answer cell: a cell whose text still has its exported digest was not
touched, and nothing happens to that field, even when the response file has changed since; a touched cell whose
value equals the file's is no change either; otherwise the file takes the cell's value, unless the file too has
changed since the export (then both sides changed and the cell is a conflict).  Every problem is reported by
sheet and cell, and nothing is written when there is one.  The changed files are written all or nothing.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cc_assess.assessment import RESPONSES, LoadedAssessment, join, load_valid
from cc_assess.cells import FIELDS, CellError, CellValue, digest, encode, normal_text, parse, status_labels
from cc_assess.diagnostics import Diagnostic, has_errors, sort_diagnostics
from cc_assess.errors import CannotRun, InvalidInput
from cc_assess.models import Catalogue, Item
from cc_assess.outfile import file_mode
from cc_assess.scoring import NOT_ASSESSED, ScoreResult, score

WORKBOOK_FORMAT = "cc-assess/workbook/v1"
META_SHEET = "_meta"
EXPORT_FORMATS = ("xlsx", "csv")

#: columns of a domain sheet: key, zh header, en header, (min, max) width, answer column
COLUMNS: tuple[tuple[str, str, str, tuple[int, int], bool], ...] = (
    ("item", "条目", "Item", (8, 10), False),
    ("title_zh", "标题(中文)", "Title (zh)", (14, 30), False),
    ("title_en", "标题(英文)", "Title (en)", (14, 34), False),
    ("requirement", "要求", "Requirement", (24, 60), False),
    ("guidance", "证据指引", "Evidence guidance", (20, 44), False),
    ("status", "状态", "Status", (12, 22), True),
    ("na_reason", "不适用理由", "N/A reason", (16, 30), True),
    ("findings", "发现", "Findings", (30, 60), True),
    ("evidence", "证据(ref | 说明)", "Evidence (ref | note)", (24, 48), True),
    (
        "actions",
        "整改措施(编号 | 描述 | 负责人 | 期限 | 状态)",
        "Actions (id | description | owner | due | status)",
        (30, 60),
        True,
    ),
    ("assessor", "评审员", "Assessor", (10, 16), True),
    ("assessed_on", "评审日期", "Date", (12, 12), True),
)


def t(lang: str, zh: str, en: str) -> str:
    """A fixed text in the workbook's language (``bi``: both)."""
    return zh if lang == "zh" else en if lang == "en" else f"{zh} {en}"


def header(key: str, lang: str) -> str:
    _, zh, en, _, _ = next(c for c in COLUMNS if c[0] == key)
    return zh if lang == "zh" else en if lang == "en" else f"{zh}\n{en}"


def column_letter(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _display_width(text: str) -> int:
    """Width of the longest line, counting CJK (wide) characters as two."""
    return max(
        (sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line) for line in text.split("\n")),
        default=0,
    )


def _text(value: Any, lang: str) -> str:
    if value is None:
        return ""
    if lang == "bi":
        zh, en = value.get("zh"), value.get("en")
        return str(zh if zh == en else f"{zh}\n{en}")
    return str(value.get(lang))


def _guidance(item: Item, lang: str) -> str:
    langs = ("zh", "en") if lang == "bi" else (lang,)
    seen: list[str] = []
    for one in langs:
        for line in item.evidence.get(one):
            if line not in seen:
                seen.append(line)
    return "\n".join(f"- {line}" for line in seen)


# ------------------------------------------------------------------------------------------------ export


def _answers(loaded: LoadedAssessment, item_id: str, lang: str) -> list[CellValue]:
    response = loaded.responses[item_id].response if item_id in loaded.responses else None
    return [encode(name, response, loaded.catalogue, lang) for name in FIELDS]


def fingerprint(loaded: LoadedAssessment, lang: str) -> str:
    """sha256 of every exported answer cell's text, item by item (what ``_meta`` records)."""
    data = {item.id: [normal_text(v) for v in _answers(loaded, item.id, lang)] for item in loaded.catalogue.items()}
    return "sha256:" + hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def _item_row(loaded: LoadedAssessment, item: Item, lang: str) -> list[CellValue]:
    return [
        item.id,
        item.title.get("zh"),
        item.title.get("en"),
        _text(item.requirement, lang),
        _guidance(item, lang),
        *_answers(loaded, item.id, lang),
    ]


def _summary(loaded: LoadedAssessment, result: ScoreResult, lang: str) -> tuple[list[list[CellValue]], set[int]]:
    cat, meta = loaded.catalogue, loaded.meta
    rows: list[list[CellValue]] = [[f"{_text(cat.title, lang)}", f"{cat.id} {cat.version}"]]
    bold = {0}

    def add(label: str, value: CellValue) -> None:
        if value is not None:
            rows.append([label, value])

    add(t(lang, "组织", "Organisation"), meta.organization)
    add(t(lang, "现场", "Site"), meta.site)
    add(t(lang, "总体得分", "Overall score"), result.score if result.score is not None else "—")
    add(t(lang, "得分 / 满分", "Achieved / possible"), f"{result.achieved:.1f} / {result.possible:.1f}")
    if result.target is not None:
        add(t(lang, "目标", "Target"), result.target)
    add(
        t(lang, "认证就绪（工具判定，非认证结论）", "Ready (tool verdict, not a certification decision)"),
        t(lang, "是", "yes") if result.ready else t(lang, "否", "no"),
    )
    add(t(lang, "关键项未通过", "Key-item failures"), ", ".join(result.key_failures) or "—")
    rows.append([])
    levels = [lv.id for lv in cat.scale]
    head = [
        t(lang, "评审类别", "Domain"),
        t(lang, "名称", "Title"),
        t(lang, "得分率", "Score"),
        t(lang, "得分", "Achieved"),
        t(lang, "满分", "Possible"),
        t(lang, "条目数", "Items"),
        *(status_labels(cat, lang)),
        t(lang, "未评估", "Not assessed"),
    ]
    bold.add(len(rows))
    rows.append(list(head))
    titles = {d.id: _text(d.title, lang) for d in cat.domains}
    for d in result.domains:
        rows.append(
            [
                d.id,
                titles[d.id],
                d.score if d.score is not None else "—",
                round(d.achieved, 2),
                round(d.possible, 2),
                *(d.counts[k] for k in ("total", *levels, NOT_ASSESSED)),
            ]
        )
    bold.add(len(rows))
    rows.append(
        [
            t(lang, "总体", "Overall"),
            "",
            result.score if result.score is not None else "—",
            round(result.achieved, 2),
            round(result.possible, 2),
            *(result.counts[k] for k in ("total", *levels, NOT_ASSESSED)),
        ]
    )
    rows.append([])
    bold.add(len(rows))
    rows.append([t(lang, "填写说明", "How to fill in")])
    for zh, en in (
        (
            "每个评审类别一张工作表;只填写白色的单元格,灰色为评审目录内容(已锁定)。",
            "One sheet per domain: fill in the white cells only; grey cells are catalogue texts (locked).",
        ),
        (
            "状态:从下拉列表选择;留空 = 未评估。选择“不适用”时须填写不适用理由。",
            "Status: pick from the drop-down; empty = not assessed. N/A needs an N/A reason.",
        ),
        ("证据:每行一条,格式 “路径或网址 | 说明”。", "Evidence: one per line, 'path or URL | note'."),
        (
            "整改措施:每行一条,格式 “编号 | 描述 | 负责人 | 期限(YYYY-MM-DD) | open/in-progress/done”。",
            "Actions: one per line, 'id | description | owner | due (YYYY-MM-DD) | open/in-progress/done'.",
        ),
        (
            "证据和整改措施的某一部分中如含 | ,写作 \\|(反斜杠写作 \\\\)。",
            "In evidence and actions, write a | inside a part as \\| (and a backslash as \\\\).",
        ),
        (
            "黄色条目为关键项。得分为导出时的结果;导入后请运行 cc-assess score。",
            "Yellow item ids are key items. Scores are as exported; run cc-assess score after import.",
        ),
        (
            "填好后交回,由顾问运行 cc-assess import 导入。",
            "Send the workbook back; it is read in with cc-assess import.",
        ),
    ):
        rows.append([t(lang, zh, en)])
    return rows, bold


def _meta_rows(loaded: LoadedAssessment, lang: str) -> list[list[CellValue]]:
    cat = loaded.catalogue
    rows: list[list[CellValue]] = [
        ["key", "value"],
        ["format", WORKBOOK_FORMAT],
        ["catalogue", cat.id],
        ["catalogue_version", cat.version],
        ["language", lang],
        ["fingerprint", fingerprint(loaded, lang)],
        ["note", "written by cc-assess export; do not edit / 由 cc-assess export 生成,请勿修改"],
        [],
        ["item", *FIELDS],
    ]
    for item in cat.items():
        rows.append([item.id, *(digest(v) for v in _answers(loaded, item.id, lang))])
    return rows


def _widths(rows: Sequence[Sequence[CellValue]], lang: str) -> list[float]:
    widths = []
    for c, (key, _, _, (low, high), answer) in enumerate(COLUMNS):
        longest = max([_display_width(header(key, lang))] + [_display_width(normal_text(r[c])) for r in rows])
        widths.append(float(high if answer and high >= 24 else min(max(longest + 2, low), high)))
    return widths


def export_workbook(loaded: LoadedAssessment, lang: str) -> bytes:
    from cc_assess.spreadsheet import Book, Column, DataSheet, write_workbook

    result = score(loaded.catalogue, loaded.statuses, loaded.meta.target)
    sheets = []
    for domain in loaded.catalogue.domains:
        rows = [_item_row(loaded, item, lang) for item in domain.items]
        widths = _widths(rows, lang)  # catalogue columns fit their texts; answer columns get room to type
        columns = [
            Column(
                header(key, lang),
                widths[c],
                answer,
                "status" if key == "status" else "date" if key == "assessed_on" else "text",
            )
            for c, (key, _, _, _, answer) in enumerate(COLUMNS)
        ]
        key_rows = frozenset(i for i, item in enumerate(domain.items) if item.key)
        sheets.append(DataSheet(domain.id, columns, rows, key_rows))
    summary, bold = _summary(loaded, result, lang)
    book = Book(
        summary_name=t(lang, "汇总", "Summary"),
        summary=summary,
        summary_widths=[14.0, 28.0, 10.0, 10.0, 10.0, 8.0] + [10.0] * (len(loaded.catalogue.scale) + 1),
        summary_bold=frozenset(bold),
        sheets=sheets,
        status_labels=status_labels(loaded.catalogue, lang),
        meta_name=META_SHEET,
        meta=_meta_rows(loaded, lang),
        properties={"title": _text(loaded.catalogue.title, lang), "subject": f"{loaded.catalogue.id}"},
    )
    return write_workbook(book)


#: the columns of an exported CSV file, in order
CSV_COLUMNS = (
    "domain",
    "item",
    "key",
    "weight",
    "title_zh",
    "title_en",
    "requirement_zh",
    "requirement_en",
    "status",
    "status_label",
    *FIELDS[1:],
    "catalogue",
    "catalogue_version",
    "language",
    "export_digest",
)
#: the answer cells of a CSV row: (field, digest key, column); the status is there twice, as id and as label
CSV_CELLS: tuple[tuple[str, str, str], ...] = (
    ("status", "status_id", "status"),
    ("status", "status", "status_label"),
    *((name, name, name) for name in FIELDS[1:]),
)
_DIGEST_PREFIX = "d:"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_safe(value: CellValue) -> CellValue:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection).

    Text that already starts with apostrophes before such a character gets one more, so that import, which takes
    exactly one off, gives back the text as it was.
    """
    if isinstance(value, str) and value.lstrip("'").startswith(_FORMULA_START):
        return "'" + value
    return value


def _csv_unsafe(value: CellValue) -> CellValue:
    """A CSV cell as export had it before :func:`_csv_safe`."""
    if isinstance(value, str) and value.startswith("'") and value.lstrip("'").startswith(_FORMULA_START):
        return value[1:]
    return value


def _csv_digests(texts: Sequence[str]) -> str:
    """The ``export_digest`` cell: a short digest of each answer cell of the row as exported (CSV_CELLS order)."""
    return _DIGEST_PREFIX + " ".join(digest(text)[:8] for text in texts)


def export_csv(loaded: LoadedAssessment, lang: str) -> bytes:
    """One row per item, UTF-8 with a byte-order mark (so Excel reads the Chinese), CRLF line ends.

    Every row names the catalogue id and version and the language it was exported in, and ends with a digest of
    each of its answer cells, so that import can tell an edited cell from one left as exported.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    cat = loaded.catalogue
    domain_of = cat.item_domain()
    for item in cat.items():
        answers = [normal_text(v) for v in _answers(loaded, item.id, lang)]
        level = loaded.responses[item.id].level if item.id in loaded.responses else None
        row: list[CellValue] = [
            domain_of[item.id],
            item.id,
            "yes" if item.key else "no",
            f"{item.weight:g}",
            item.title.get("zh"),
            item.title.get("en"),
            item.requirement.get("zh"),
            item.requirement.get("en"),
            level or "",
            *answers,
            cat.id,
            cat.version,
            lang,
            _csv_digests([level or "", *answers]),
        ]
        writer.writerow(["" if v is None else _csv_safe(normal_text(v)) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def export(folder: Path, display: str, fmt: str, lang: str | None = None) -> bytes:
    """The workbook (``xlsx``) or CSV bytes of a valid assessment, in ``lang`` or the assessment's language."""
    loaded = load_valid(folder, display)
    language = lang or loaded.meta.language
    return export_workbook(loaded, language) if fmt == "xlsx" else export_csv(loaded, language)


# ------------------------------------------------------------------------------------------------ import


@dataclass
class Change:
    item: str
    rel: str  # POSIX path inside the folder
    display: str
    fields: list[str]
    data: bytes
    created: bool


@dataclass
class ImportResult:
    changes: list[Change] = field(default_factory=list)
    warnings: list[Diagnostic] = field(default_factory=list)


@dataclass(frozen=True)
class _Meta:
    values: dict[str, str]
    rows: dict[str, int]  # key -> row number in _meta
    digests: dict[str, dict[str, str]]  # item -> field -> digest


class _Problems:
    """Problems found in a workbook (located ``SHEET!CELL``) or a CSV file (``CELL (column)``)."""

    def __init__(self, display: str, noun: str = "workbook", headers: Sequence[str] = ()) -> None:
        self.display = display
        self.noun = noun
        self.headers = list(headers)
        self.found: list[Diagnostic] = []

    def ref(self, sheet: str, row: int, col: int) -> str:
        if sheet:
            return f"{sheet}!{column_letter(col)}{row}"
        name = self.headers[col - 1] if 0 < col <= len(self.headers) and self.headers[col - 1] else ""
        return f"{column_letter(col)}{row} ({name})" if name else f"{column_letter(col)}{row}"

    def add(self, sheet: str, row: int, col: int, code: str, message: str, severity: str = "error") -> None:
        ref = self.ref(sheet, row, col)
        self.found.append(Diagnostic(self.display, row, col, code, f"{ref}: {message}", severity))  # type: ignore[arg-type]


def _read_meta(sheets: dict[str, list[list[CellValue]]], display: str) -> _Meta:
    rows = sheets.get(META_SHEET)
    if rows is None:
        message = "not a cc-assess workbook (it has no _meta sheet); import reads workbooks made by 'cc-assess export'"
        raise InvalidInput(f"{display}: {message}", [Diagnostic(display, 1, 1, "workbook-invalid", message)])
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
        message = (
            f"the _meta sheet does not name the format {WORKBOOK_FORMAT}; "
            "this is not a workbook made by 'cc-assess export'"
        )
        raise InvalidInput(f"{display}: {message}", [Diagnostic(display, 1, 1, "workbook-invalid", message)])
    return _Meta(values, where, digests)


def _check_catalogue(
    found: tuple[str, str],
    catalogue: Catalogue,
    folder_display: str,
    display: str,
    where: tuple[str, int, int, int],
    noun: str = "workbook",
) -> None:
    """Refuse a file exported for another catalogue or version.

    ``where`` locates the cells that say so: (cell reference, row, catalogue id column, version column).
    """
    cid, version = found
    if cid == catalogue.id and version == catalogue.version:
        return
    ref, row, id_col, version_col = where
    if cid != catalogue.id:
        col = id_col
        message = (
            f"this {noun} is for catalogue '{cid}' {version}, but {folder_display or '.'} uses '{catalogue.id}' "
            f"{catalogue.version}; export a {noun} from this folder instead"
        )
    else:
        col = version_col
        message = (
            f"this {noun} was exported for {cid} {version}, but {folder_display or '.'} uses {catalogue.version}; "
            f"run 'cc-assess migrate' so that both use the same catalogue version (migrate a folder at {version} "
            f"with 'cc-assess migrate FOLDER --to {catalogue.version}'), then export a new {noun}"
        )
    raise InvalidInput(
        f"{display}: {noun} refused: catalogue version mismatch"
        if cid == catalogue.id
        else f"{display}: {noun} refused: other catalogue",
        [Diagnostic(display, row, col, "workbook-catalogue", f"{ref}: {message}")],
    )


def _header_map(row: Sequence[CellValue]) -> dict[str, int]:
    """Answer and id columns by their header text, in any of the three languages (1-based column numbers)."""
    known = {header(key, lang): key for key, *_ in COLUMNS for lang in ("zh", "en", "bi")}
    found: dict[str, int] = {}
    for c, value in enumerate(row, 1):
        key = known.get(normal_text(value))
        if key is not None and key not in found:
            found[key] = c
    return found


def _to_yaml(name: str, value: Any) -> Any:
    """A parsed cell value as it is written to a response file."""
    if name in ("evidence", "actions") and value is None:
        return []
    if name == "findings" and isinstance(value, str) and "\n" in value:
        return value + "\n"
    return value


@dataclass
class _Row:
    item: str
    sheet: str  # "" in a CSV file
    row: int
    columns: dict[str, int]  # answer field -> the column its problems are reported at
    cells: list[tuple[str, str, int]]  # (field, digest key, column) of every answer cell in the row
    lang: str = "zh"  # the language the row was exported in
    updates: dict[str, Any] = field(default_factory=dict)
    kept: set[str] = field(default_factory=set)  # answers changed in the files since the export, not in the sheet


def _cells(columns: dict[str, int]) -> list[tuple[str, str, int]]:
    return [(name, name, columns[name]) for name in FIELDS if name in columns]


def _current(key: str, loaded: LoadedAssessment, item: str, lang: str) -> tuple[Any, str]:
    """The value a response file holds now, read the way a cell is read, and that cell text's digest."""
    if key == "status_id":
        level = _level(loaded, item)
        return level, digest(level or "")
    response = loaded.responses[item].response if item in loaded.responses else None
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
    rec: _Row,
    values: Sequence[CellValue],
    loaded: LoadedAssessment,
    digests: dict[str, dict[str, str]],
    problems: _Problems,
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
                f"{name} of {rec.item} was changed both in the {problems.noun} and in its response file since the "
                f"export; edit the response file by hand, or export a new {problems.noun} and copy the answer into it",
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
                f"'{normal_text(cell)}' here and '{other}' in {problems.ref(rec.sheet, rec.row, first)} are different "
                f"answers for the {name} of {rec.item}; edit only one of the two, or make them agree",
            )
            continue
        rec.updates[name] = new


def _check_final(rec: _Row, loaded: LoadedAssessment, problems: _Problems) -> None:
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
            "status is N/A but the N/A reason is empty; say why the item does not apply",
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
                f"evidence ref '{ref}' leaves the assessment folder after resolving links",
            )


def _level(loaded: LoadedAssessment, item: str) -> str | None:
    return loaded.responses[item].level if item in loaded.responses else None


def _read_rows(
    sheets: dict[str, list[list[CellValue]]],
    loaded: LoadedAssessment,
    problems: _Problems,
    lang: str,
) -> list[tuple[_Row, list[CellValue]]]:
    catalogue = loaded.catalogue
    domain_of = catalogue.item_domain()
    found: list[tuple[_Row, list[CellValue]]] = []
    seen: dict[str, str] = {}
    for domain in catalogue.domains:
        rows = sheets.get(domain.id)
        if rows is None:
            problems.add(
                domain.id, 1, 1, "workbook-missing", f"no sheet {domain.id}; its items are left as they are", "warning"
            )
            continue
        columns = _header_map(rows[0] if rows else [])
        if "item" not in columns:
            problems.add(domain.id, 1, 1, "workbook-layout", "no item id column (header 条目 / Item) in row 1")
            continue
        for key, *_ in COLUMNS:
            if key in FIELDS and key not in columns:
                problems.add(
                    domain.id, 1, 1, "workbook-missing", f"no {key} column; that answer is left as it is", "warning"
                )
        id_col = columns["item"]
        in_sheet: set[str] = set()
        for r, values in enumerate(rows[1:], 2):
            item = normal_text(values[id_col - 1]) if id_col - 1 < len(values) else ""
            if not item:
                if any(normal_text(values[c - 1]) for c in columns.values() if c - 1 < len(values)):
                    problems.add(domain.id, r, id_col, "workbook-layout", "a row with answers but no item id")
                continue
            if item not in domain_of:
                problems.add(
                    domain.id,
                    r,
                    id_col,
                    "workbook-item",
                    f"item '{item}' is not in catalogue {catalogue.id} {catalogue.version}",
                )
                continue
            if domain_of[item] != domain.id:
                problems.add(domain.id, r, id_col, "workbook-item", f"item '{item}' belongs on sheet {domain_of[item]}")
                continue
            if item in seen:
                problems.add(
                    domain.id, r, id_col, "workbook-item", f"a second row for {item} (the first is {seen[item]})"
                )
                continue
            seen[item] = f"{domain.id}!{column_letter(id_col)}{r}"
            in_sheet.add(item)
            found.append((_Row(item, domain.id, r, columns, _cells(columns), lang), values))
        for missing in domain.items:
            if missing.id not in in_sheet:
                problems.add(
                    domain.id, 1, id_col, "workbook-missing", f"no row for {missing.id}; it is left as it is", "warning"
                )
    return found


@dataclass
class _Plan:
    """What the import of one file compares: its rows, the exported digests, where a stale warning goes."""

    problems: _Problems
    records: list[tuple[_Row, list[CellValue]]]
    digests: dict[str, dict[str, str]]
    stale_at: tuple[str, int, int]


def _plan_workbook(loaded: LoadedAssessment, display: str, workbook: Path, workbook_display: str) -> _Plan:
    from cc_assess.spreadsheet import read_workbook

    sheets = read_workbook(workbook, workbook_display)
    meta = _read_meta(sheets, workbook_display)
    found = (meta.values.get("catalogue", ""), meta.values.get("catalogue_version", ""))
    key = "catalogue" if found[0] != loaded.catalogue.id else "catalogue_version"
    row = meta.rows.get(key, 1)
    _check_catalogue(found, loaded.catalogue, display, workbook_display, (f"{META_SHEET}!B{row}", row, 2, 2))
    lang = meta.values.get("language", "zh")
    if lang not in ("zh", "en", "bi"):
        lang = "zh"
    problems = _Problems(workbook_display)
    records = _read_rows(sheets, loaded, problems, lang)
    return _Plan(problems, records, meta.digests, (META_SHEET, meta.rows.get("fingerprint", 1), 2))


def _csv_refusal(
    display: str, message: str, code: str = "workbook-invalid", row: int = 1, col: int = 1
) -> InvalidInput:
    return InvalidInput(f"{display}: {message}", [Diagnostic(display, row, col, code, message)])


def _plan_csv(loaded: LoadedAssessment, display: str, path: Path, csv_display: str) -> _Plan:
    """The rows of a CSV file made by ``export --format csv``; the file's row and column locate every problem."""
    from cc_assess.spreadsheet import read_csv

    table = [[_csv_unsafe(v) for v in row] for row in read_csv(path, csv_display)]
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
    problems = _Problems(csv_display, "CSV file", headers)
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
            _check_catalogue(found, catalogue, display, csv_display, where, "CSV file")
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
    records: list[tuple[_Row, list[CellValue]]] = []
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
        if digest_col is not None:
            tokens = cell(values, "export_digest")
            parts = tokens[len(_DIGEST_PREFIX) :].split() if tokens.startswith(_DIGEST_PREFIX) else []
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
        records.append((_Row(item, "", r, columns, cells, lang if lang in ("zh", "en", "bi") else "zh"), values))
    for missing in catalogue.items():
        if missing.id not in seen:
            problems.add("", 1, id_col, "workbook-missing", f"no row for {missing.id}; it is left as it is", "warning")
    return _Plan(problems, records, digests, ("", 1, digest_col or 1))


def plan_import(folder: Path, display: str, file: Path, file_display: str) -> ImportResult:
    """Every response file a workbook or CSV file changes, with its new bytes; raises InvalidInput on any bad cell."""
    from cc_assess.spreadsheet import looks_like_workbook

    loaded = load_valid(folder, display)
    if looks_like_workbook(file):
        plan = _plan_workbook(loaded, display, file, file_display)
    else:
        plan = _plan_csv(loaded, display, file, file_display)
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
            f"{kept} answer(s) changed in the response files since this {problems.noun} was exported and were not "
            "edited in it; the files keep them",
            "warning",
        )
    diagnostics = sort_diagnostics(problems.found)
    if has_errors(diagnostics):
        errors = sum(d.is_error for d in diagnostics)
        raise InvalidInput(
            f"{file_display}: {errors} problem(s) in the {problems.noun}; nothing was written", diagnostics
        )
    result = ImportResult(warnings=diagnostics)
    for rec, _ in plan.records:
        if rec.updates:
            result.changes.append(_change(loaded, rec))
    return result


def _change(loaded: LoadedAssessment, rec: _Row) -> Change:
    from cc_assess.workspace import response_text
    from cc_assess.yamledit import EditError, set_keys

    domain = loaded.catalogue.item_domain()[rec.item]
    rel = f"{RESPONSES}/{domain}/{rec.item}.yaml"
    display = join(loaded.display, rel)
    updates = {name: _to_yaml(name, value) for name, value in rec.updates.items()}
    path = loaded.folder / rel
    created = rec.item not in loaded.responses
    try:
        if created:  # no response file yet: the one init writes, with the answers filled in
            item = next(i for i in loaded.catalogue.items() if i.id == rec.item)
            data = set_keys(response_text(loaded.catalogue, item).encode("utf-8"), updates)
        else:
            data = set_keys(path.read_bytes(), updates)
    except (OSError, EditError) as exc:
        raise InvalidInput(
            f"{display}: cannot update this file ({exc}); nothing was written",
            [Diagnostic(display, 1, 1, "unreadable", f"cannot update this file: {exc}", "error", rec.item)],
        ) from None
    return Change(rec.item, rel, display, list(rec.updates), data, created)


def apply(folder: Path, display: str, changes: Sequence[Change]) -> None:
    """Write every changed file or none: all are staged beside their targets first, then renamed into place."""
    staged: list[tuple[str, Path]] = []
    try:
        for change in changes:
            target = folder / change.rel
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".cc-assess-", suffix=".tmp", dir=target.parent)
            staged.append((tmp, target))
            with os.fdopen(fd, "wb") as handle:
                handle.write(change.data)
            os.chmod(tmp, file_mode(target))
        for tmp, target in staged:
            os.replace(tmp, target)
    except OSError as exc:
        raise CannotRun(f"cannot write into {display or '.'}: {exc.strerror or exc}") from None
    finally:
        for tmp, _ in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)


def import_workbook(
    folder: Path, display: str, workbook: Path, workbook_display: str, *, dry_run: bool = False
) -> ImportResult:
    result = plan_import(folder, display, workbook, workbook_display)
    if not dry_run and result.changes:
        apply(folder, display, result.changes)
    return result
