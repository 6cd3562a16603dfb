"""Output formats of ``history``: json, markdown, a plain-text table (rich, imported only when asked for), and
one self-contained HTML page with an inline-SVG line chart (no script, nothing loaded from the network)."""

from __future__ import annotations

import io
from collections.abc import Callable

from cc_assess.history import History
from cc_assess.i18n import Lang, t_in
from cc_assess.scoring import round2
from cc_assess.textutil import md_cell, one, signed, text_console, to_json


def _words(lang: str) -> dict[str, str]:
    """The history's words in ``lang``, from the message table (``history.*``)."""
    language: Lang = "en" if lang == "en" else "zh"
    return {key: t_in(language, f"history.{key}") for key in ("title", "domain", "overall", "change")}


def _rows(h: History, lang: str) -> list[tuple[str, list[float | None], float | None]]:
    """(row name, scores per revision, last minus first) for the overall score and each domain."""
    rows = []
    for domain_id in [None, *h.domain_ids()]:
        name = _words(lang)["overall"] if domain_id is None else f"{domain_id} {h.domain_title(domain_id, lang)}"
        values = h.scores(domain_id)
        first, last = values[0], values[-1]
        change = None if first is None or last is None or len(values) < 2 else round2(last - first)
        rows.append((name, values, change))
    return rows


def _heads(h: History) -> list[str]:
    return [p.label if p.label == p.revision.rev else f"{p.label} ({p.revision.rev})" for p in h.points]


def history_json(h: History, lang: str) -> str:
    return to_json(h.to_json())


def history_markdown(h: History, lang: str) -> str:
    w = _words(lang)
    lines = [
        f"## {w['title']}: {md_cell(h.folder or '.')}",
        "",
        "| " + " | ".join([w["domain"], *(md_cell(x) for x in _heads(h)), w["change"]]) + " |",
        "| --- |" + " ---: |" * (len(h.points) + 1),
    ]
    for n, (name, values, change) in enumerate(_rows(h, lang)):
        cells = [one(v) for v in values]
        if n == 0:
            lines.append(
                f"| **{md_cell(name)}** | " + " | ".join(f"**{c}**" for c in cells) + f" | **{signed(change)}** |"
            )
        else:
            lines.append(f"| {md_cell(name)} | " + " | ".join(cells) + f" | {signed(change)} |")
    lines.append("")
    # A git tag name is user text too: md_cell keeps '<script>' and '[x](y)' inert.
    revisions = (f"{md_cell(p.revision.rev)} = {p.revision.commit[:12]} ({p.revision.date})" for p in h.points)
    lines.append(", ".join(revisions))
    return "\n".join(lines) + "\n"


def history_table(h: History, lang: str) -> str:
    from rich.table import Table

    w = _words(lang)
    table = Table(title=f"{w['title']}: {h.folder or '.'}")
    table.add_column(w["domain"])
    for head in _heads(h):
        table.add_column(head, justify="right")
    table.add_column(w["change"], justify="right")
    for n, (name, values, change) in enumerate(_rows(h, lang)):
        table.add_row(name, *(one(v) for v in values), signed(change), style="bold" if n == 0 else None)
    buffer = io.StringIO()
    console = text_console(buffer, 120, highlight=False)
    console.print(table)
    return buffer.getvalue()


def history_html(h: History, lang: str) -> str:
    """One self-contained client page in the report's style (rendered by :mod:`cc_assess.render.pages`)."""
    from cc_assess.render.pages import history_html as page

    return page(h, lang)


HISTORY_FORMATS: dict[str, Callable[[History, str], str]] = {
    "table": history_table,
    "json": history_json,
    "markdown": history_markdown,
    "html": history_html,
}
