"""``export``: an assessment's answers written as a workbook or a CSV file in the :mod:`~cc_assess.sheets.layout`.

Export lays out one sheet per domain (item, titles, requirement, evidence guidance locked; the answers unlocked),
a summary sheet with the scores, and a hidden ``_meta`` sheet that records the catalogue id and version, the
language, a sha256 fingerprint of the exported answers and a short digest of every exported answer cell; the
CSV file carries the same in extra columns.  Those digests are what lets ``import`` tell an edited cell from an
untouched one.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Sequence
from typing import Any

from cc_assess.assessment import LoadedAssessment, load_valid
from cc_assess.csvout import csv_text
from cc_assess.i18n import t_in
from cc_assess.models import Item
from cc_assess.scoring import NOT_ASSESSED, ScoreResult, score
from cc_assess.sheets.cells import FIELDS, CellValue, digest, encode, normal_text, status_labels
from cc_assess.sheets.layout import (
    CSV_COLUMNS,
    DIGEST_PREFIX,
    META_SHEET,
    WORKBOOK_FORMAT,
    has_previous,
    header,
    previous_cell,
    sheet_columns,
    shown_response,
)
from cc_assess.shown import Shown


def say(lang: str, key: str) -> str:
    """A fixed text of the message table in the workbook's language (``bi``: both, Chinese first)."""
    if lang in ("zh", "en"):
        return t_in("zh" if lang == "zh" else "en", key)
    return f"{t_in('zh', key)} {t_in('en', key)}"


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
    response, _ = shown_response(loaded, item_id, lang)
    return [encode(name, response, loaded.catalogue, lang) for name in FIELDS]


def fingerprint(loaded: LoadedAssessment, lang: str) -> str:
    """sha256 of every exported answer cell's text, item by item (what ``_meta`` records)."""
    data = {item.id: [normal_text(v) for v in _answers(loaded, item.id, lang)] for item in loaded.catalogue.items()}
    return "sha256:" + hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def _item_row(loaded: LoadedAssessment, item: Item, lang: str, keys: Sequence[str]) -> list[CellValue]:
    cells: dict[str, CellValue] = {
        "item": item.id,
        "title_zh": item.title.get("zh"),
        "title_en": item.title.get("en"),
        "requirement": _text(item.requirement, lang),
        "guidance": _guidance(item, lang),
        "previous": previous_cell(loaded, item.id, lang),
        **dict(zip(FIELDS, _answers(loaded, item.id, lang), strict=True)),
    }
    return [cells[key] for key in keys]


def _summary(loaded: LoadedAssessment, result: ScoreResult, lang: str) -> tuple[list[list[CellValue]], set[int]]:
    cat, meta = loaded.catalogue, loaded.meta
    rows: list[list[CellValue]] = [[f"{_text(cat.title, lang)}", f"{cat.id} {cat.version}"]]
    bold = {0}

    def add(label: str, value: CellValue) -> None:
        if value is not None:
            rows.append([label, value])

    add(say(lang, "workbook.organization"), meta.organization)
    add(say(lang, "workbook.site"), meta.site)
    add(say(lang, "workbook.overall-score"), result.score if result.score is not None else "—")
    add(say(lang, "workbook.achieved-possible"), f"{result.achieved:.1f} / {result.possible:.1f}")
    if result.target is not None:
        add(say(lang, "workbook.target"), result.target)
    add(
        say(lang, "workbook.ready"),
        say(lang, "workbook.yes") if result.ready else say(lang, "workbook.no"),
    )
    add(say(lang, "workbook.key-failures"), ", ".join(result.key_failures) or "—")
    rows.append([])
    levels = [lv.id for lv in cat.scale]
    head = [
        say(lang, "workbook.domain"),
        say(lang, "workbook.title"),
        say(lang, "workbook.score"),
        say(lang, "workbook.achieved"),
        say(lang, "workbook.possible"),
        say(lang, "workbook.items"),
        *(status_labels(cat, lang)),
        say(lang, "workbook.not-assessed"),
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
            say(lang, "workbook.overall"),
            "",
            result.score if result.score is not None else "—",
            round(result.achieved, 2),
            round(result.possible, 2),
            *(result.counts[k] for k in ("total", *levels, NOT_ASSESSED)),
        ]
    )
    rows.append([])
    bold.add(len(rows))
    rows.append([say(lang, "workbook.how-to")])
    for key in (
        "workbook.fill-sheets",
        "workbook.fill-status",
        "cycle.export.previous_note",
        "workbook.fill-evidence",
        "workbook.fill-actions",
        "workbook.fill-pipes",
        "workbook.fill-key",
        "workbook.fill-return",
    ):
        rows.append([say(lang, key)])
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


def _widths(
    rows: Sequence[Sequence[CellValue]], lang: str, columns: Sequence[tuple[str, str, str, tuple[int, int], bool]]
) -> list[float]:
    widths = []
    for c, (key, _, _, (low, high), answer) in enumerate(columns):
        longest = max([_display_width(header(key, lang))] + [_display_width(normal_text(r[c])) for r in rows])
        widths.append(float(high if answer and high >= 24 else min(max(longest + 2, low), high)))
    return widths


def _refuse_long_cells(loaded: LoadedAssessment, keys: Sequence[str], sheets: Sequence[Any]) -> None:
    """A text over a cell's 32,767 characters would come back cut: refused, located (see celllimit)."""
    from cc_assess.sheets.celllimit import refuse_long_cells

    items = [(domain.id, item) for domain in loaded.catalogue.domains for item in domain.items]
    refuse_long_cells(loaded, items, keys, [row for sheet in sheets for row in sheet.rows])


def export_workbook(loaded: LoadedAssessment, lang: str) -> bytes:
    from cc_assess.sheets.sheetio import Book, Column, DataSheet, write_workbook

    result = score(loaded.catalogue, loaded.statuses, loaded.meta.target)
    layout = sheet_columns(loaded)
    keys = [c[0] for c in layout]
    sheets = []
    for domain in loaded.catalogue.domains:
        rows = [_item_row(loaded, item, lang, keys) for item in domain.items]
        widths = _widths(rows, lang, layout)  # catalogue columns fit their texts; answer columns get room to type
        columns = [
            Column(
                header(key, lang),
                widths[c],
                answer,
                "status" if key == "status" else "date" if key == "assessed_on" else "text",
            )
            for c, (key, _, _, _, answer) in enumerate(layout)
        ]
        key_rows = frozenset(i for i, item in enumerate(domain.items) if item.key)
        sheets.append(DataSheet(domain.id, columns, rows, key_rows))
    _refuse_long_cells(loaded, keys, sheets)
    summary, bold = _summary(loaded, result, lang)
    book = Book(
        summary_name=say(lang, "workbook.summary"),
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


def _csv_digests(texts: Sequence[str]) -> str:
    """The ``export_digest`` cell: a short digest of each answer cell of the row as exported (CSV_CELLS order)."""
    return DIGEST_PREFIX + " ".join(digest(text)[:8] for text in texts)


def export_csv(loaded: LoadedAssessment, lang: str) -> bytes:
    """One row per item, UTF-8 with a byte-order mark (so Excel reads the Chinese), CRLF line ends.

    Every row names the catalogue id and version and the language it was exported in, and ends with a digest of
    each of its answer cells, so that import can tell an edited cell from one left as exported.
    """
    with_previous = has_previous(loaded)
    status_at = CSV_COLUMNS.index("status_label") + 1
    head = list(CSV_COLUMNS)
    if with_previous:  # last year's status, read-only, beside this year's
        head.insert(status_at, "previous_status")
    rows: list[Sequence[CellValue]] = [head]
    cat = loaded.catalogue
    domain_of = cat.item_domain()
    for item in cat.items():
        answers = [normal_text(v) for v in _answers(loaded, item.id, lang)]
        _, level = shown_response(loaded, item.id, lang)
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
        if with_previous:
            row.insert(status_at, previous_cell(loaded, item.id, lang))
        rows.append([normal_text(v) for v in row])
    return csv_text(rows).encode("utf-8")


def export(folder: Shown, fmt: str, lang: str | None = None) -> bytes:
    """The workbook (``xlsx``) or CSV bytes of a valid assessment, in ``lang`` or the assessment's language."""
    loaded = load_valid(folder)
    language = lang or loaded.meta.language
    return export_workbook(loaded, language) if fmt == "xlsx" else export_csv(loaded, language)
