"""Output formats of ``score``: json, csv, markdown, table, junit (:mod:`cc_assess.formats.junit`).

``table`` uses rich, imported only when that format is asked for.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from cc_assess.i18n import t_in
from cc_assess.models import Catalogue
from cc_assess.scoring import NOT_ASSESSED, ScoreResult
from cc_assess.textutil import md_cell, one, text_console, to_json


def _titles(catalogue: Catalogue, lang: str) -> dict[str, str]:
    return {d.id: d.title.get(lang) for d in catalogue.domains}


def score_json(result: ScoreResult, catalogue: Catalogue, lang: str) -> str:
    return to_json(result.to_json())


def score_csv(result: ScoreResult, catalogue: Catalogue, lang: str) -> str:
    from cc_assess.csvout import csv_text

    levels = [level.id for level in catalogue.scale]
    rows: list[list[object]] = [["domain", "title", "score", "achieved", "possible", "total", *levels, NOT_ASSESSED]]
    titles = _titles(catalogue, lang)
    for d in result.domains:
        rows.append(
            [
                d.id,
                titles[d.id],
                d.score,
                round(d.achieved, 2),
                round(d.possible, 2),
                *(d.counts[k] for k in ("total", *levels, NOT_ASSESSED)),
            ]
        )
    rows.append(
        [
            "overall",
            "",
            result.score,
            round(result.achieved, 2),
            round(result.possible, 2),
            *(result.counts[k] for k in ("total", *levels, NOT_ASSESSED)),
        ]
    )
    return csv_text(rows)


def _w(lang: str, key: str) -> str:
    return t_in("en" if lang == "en" else "zh", f"score.{key}")


def status_label(status: str, catalogue: Catalogue, lang: str) -> str:
    """A status as people read it: the scale level's label (or "not assessed"), never the id."""
    if status == NOT_ASSESSED:
        return _w(lang, "not-assessed")
    level = next((lv for lv in catalogue.scale if lv.id == status), None)
    return level.label.get(lang) if level is not None else status


def score_markdown(result: ScoreResult, catalogue: Catalogue, lang: str) -> str:
    titles = _titles(catalogue, lang)
    target = f" / {_w(lang, 'target')} {result.target:g}" if result.target is not None else ""
    lines = [
        f"## {_w(lang, 'score')}: {one(result.score)}{target}",
        "",
        f"- {_w(lang, 'catalogue')}: {catalogue.id} {catalogue.version}",
        f"- {_w(lang, 'ready-verdict')}: {_w(lang, 'yes' if result.ready else 'no')}",
        f"- {_w(lang, 'key-failures')}: " + (", ".join(result.key_failures) or "—"),
        "",
        f"| {_w(lang, 'domain')} | {_w(lang, 'rate')} | {_w(lang, 'achieved')} | {_w(lang, 'possible')} |",
        "| --- | ---: | ---: | ---: |",
    ]
    for d in result.domains:
        lines.append(f"| {d.id} {md_cell(titles[d.id])} | {one(d.score)} | {one(d.achieved)} | {one(d.possible)} |")
    lines.append(
        f"| **{_w(lang, 'overall')}** | **{one(result.score)}** | {one(result.achieved)} | {one(result.possible)} |"
    )
    if result.gaps:
        lines += [
            "",
            f"### {_w(lang, 'gaps')}",
            "",
            f"| # | {_w(lang, 'item')} | {_w(lang, 'status')} | {_w(lang, 'weight')} | {_w(lang, 'gap')} |",
            "| ---: | --- | --- | ---: | ---: |",
        ]
        for n, gap in enumerate(result.gaps, 1):
            status = md_cell(status_label(gap.status, catalogue, lang))
            lines.append(f"| {n} | {gap.item}{' ★' if gap.key else ''} | {status} | {gap.weight:g} | {one(gap.gap)} |")
    return "\n".join(lines) + "\n"


def score_table(result: ScoreResult, catalogue: Catalogue, lang: str) -> str:
    from rich.table import Table

    titles = _titles(catalogue, lang)
    table = Table(title=f"{catalogue.id} {catalogue.version}", show_footer=False)
    for key, justify in (
        ("domain", "left"),
        ("rate", "right"),
        ("achieved", "right"),
        ("possible", "right"),
        ("not-assessed-column", "right"),
    ):
        table.add_column(_w(lang, key), justify=justify)  # type: ignore[arg-type]
    for d in result.domains:
        table.add_row(
            f"{d.id} {titles[d.id]}",
            one(d.score),
            f"{one(d.achieved)}",
            f"{one(d.possible)}",
            str(d.counts[NOT_ASSESSED]),
        )
    table.add_row(
        _w(lang, "overall"),
        one(result.score),
        f"{one(result.achieved)}",
        f"{one(result.possible)}",
        str(result.counts[NOT_ASSESSED]),
        style="bold",
    )
    buffer = io.StringIO()
    console = text_console(buffer, 100)
    console.print(table)
    console.print(f"{_w(lang, 'readiness')}: {_w(lang, 'ready' if result.ready else 'not-ready')}")
    if result.key_failures:
        console.print(f"{_w(lang, 'key-failures')}: {', '.join(result.key_failures)}")
    if result.gaps:
        console.print(f"{_w(lang, 'top-gaps')}: " + ", ".join(f"{g.item} ({one(g.gap)})" for g in result.gaps[:10]))
    return buffer.getvalue()


def score_junit(result: ScoreResult, catalogue: Catalogue, lang: str) -> str:
    # Imported here: its XML-character regex and ElementTree cost ~10 ms at start-up of every score run.
    from cc_assess.formats.junit import score_junit as junit

    return junit(result, catalogue, lang)


SCORE_FORMATS: dict[str, Callable[[ScoreResult, Catalogue, str], str]] = {
    "table": score_table,
    "json": score_json,
    "markdown": score_markdown,
    "csv": score_csv,
    "junit": score_junit,
}
