"""Plain-text output formats of ``score`` (json, csv, markdown, table, junit) and of ``catalogue show``.

``table`` uses rich, imported only when that format is asked for.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable

from cc_assess.models import Catalogue
from cc_assess.scoring import NOT_ASSESSED, ScoreResult
from cc_assess.textutil import decimal1, md_cell, text_console


def one(value: float | None) -> str:
    """One decimal, as tables and reports show scores; ``—`` when there is no score."""
    return "—" if value is None else decimal1(value)


def to_json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


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


def score_markdown(result: ScoreResult, catalogue: Catalogue, lang: str) -> str:
    titles = _titles(catalogue, lang)
    en = lang == "en"
    lines = [
        f"## {'Score' if en else '得分'}: {one(result.score)}"
        + (f" / {'target' if en else '目标'} {result.target:g}" if result.target is not None else ""),
        "",
        f"- {'Catalogue' if en else '评审目录'}: {catalogue.id} {catalogue.version}",
        f"- {'Ready for certification (tool verdict)' if en else '认证就绪（工具判定）'}: "
        + (("yes" if en else "是") if result.ready else ("no" if en else "否")),
        f"- {'Key-item failures' if en else '关键项未通过'}: " + (", ".join(result.key_failures) or "—"),
        "",
        f"| {'Domain' if en else '评审类别'} | {'Score' if en else '得分率'} | {'Achieved' if en else '得分'} | "
        f"{'Possible' if en else '满分'} |",
        "| --- | ---: | ---: | ---: |",
    ]
    for d in result.domains:
        lines.append(f"| {d.id} {md_cell(titles[d.id])} | {one(d.score)} | {one(d.achieved)} | {one(d.possible)} |")
    lines.append(
        f"| **{'Overall' if en else '总体'}** | **{one(result.score)}** | {one(result.achieved)} | "
        f"{one(result.possible)} |"
    )
    if result.gaps:
        lines += [
            "",
            f"### {'Ranked gaps' if en else '差距排序'}",
            "",
            f"| # | {'Item' if en else '条目'} | {'Status' if en else '状态'} | {'Weight' if en else '权重'} | "
            f"{'Gap' if en else '差距'} |",
            "| ---: | --- | --- | ---: | ---: |",
        ]
        for n, gap in enumerate(result.gaps, 1):
            lines.append(
                f"| {n} | {gap.item}{' ★' if gap.key else ''} | {gap.status} | {gap.weight:g} | {one(gap.gap)} |"
            )
    return "\n".join(lines) + "\n"


def score_table(result: ScoreResult, catalogue: Catalogue, lang: str) -> str:
    from rich.table import Table

    titles = _titles(catalogue, lang)
    en = lang == "en"
    table = Table(title=f"{catalogue.id} {catalogue.version}", show_footer=False)
    for header, justify in (
        ("Domain" if en else "类别", "left"),
        ("Score" if en else "得分率", "right"),
        ("Achieved" if en else "得分", "right"),
        ("Possible" if en else "满分", "right"),
        ("Not assessed" if en else "未评估", "right"),
    ):
        table.add_column(header, justify=justify)  # type: ignore[arg-type]
    for d in result.domains:
        table.add_row(
            f"{d.id} {titles[d.id]}",
            one(d.score),
            f"{one(d.achieved)}",
            f"{one(d.possible)}",
            str(d.counts[NOT_ASSESSED]),
        )
    table.add_row(
        "Overall" if en else "总体",
        one(result.score),
        f"{one(result.achieved)}",
        f"{one(result.possible)}",
        str(result.counts[NOT_ASSESSED]),
        style="bold",
    )
    buffer = io.StringIO()
    console = text_console(buffer, 100)
    console.print(table)
    verdict = ("ready" if en else "就绪") if result.ready else ("not ready" if en else "未就绪")
    console.print(
        f"{'Readiness (tool verdict, not a certification decision)' if en else '认证就绪（工具判定，非认证结论）'}:"
        f" {verdict}"
    )
    if result.key_failures:
        console.print(f"{'Key-item failures' if en else '关键项未通过'}: {', '.join(result.key_failures)}")
    if result.gaps:
        console.print(
            f"{'Top gaps' if en else '主要差距'}: " + ", ".join(f"{g.item} ({one(g.gap)})" for g in result.gaps[:10])
        )
    return buffer.getvalue()


def score_junit(result: ScoreResult, catalogue: Catalogue, lang: str) -> str:
    # Imported here: its XML-character regex and ElementTree cost ~10 ms at start-up of every score run.
    from cc_assess.junit import score_junit as junit

    return junit(result, catalogue, lang)


SCORE_FORMATS: dict[str, Callable[[ScoreResult, Catalogue, str], str]] = {
    "table": score_table,
    "json": score_json,
    "markdown": score_markdown,
    "csv": score_csv,
    "junit": score_junit,
}


def catalogue_json(catalogue: Catalogue) -> str:
    """The catalogue as JSON that `catalogue check` accepts again (the N/A level keeps ``points: null``)."""
    data = catalogue.model_dump(mode="json", by_alias=True, exclude_none=True)
    for level, dumped in zip(catalogue.scale, data["scale"], strict=True):
        dumped["points"] = level.points
    return to_json(data)


def catalogue_markdown(catalogue: Catalogue, lang: str) -> str:
    lines = [f"# {catalogue.title.get(lang)} ({catalogue.id} {catalogue.version})", ""]
    for domain in catalogue.domains:
        lines += [
            f"## {domain.id} {domain.title.get(lang)}",
            "",
            "| id | title | weight | key | requirement |",
            "| --- | --- | ---: | :---: | --- |",
        ]
        for item in domain.items:
            lines.append(
                f"| {item.id} | {md_cell(item.title.get(lang))} | {item.weight:g} | "
                f"{'★' if item.key else ''} | {md_cell(item.requirement.get(lang))} |"
            )
        lines.append("")
    return "\n".join(lines)
