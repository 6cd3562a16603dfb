"""Output formats of ``history``: json, markdown, a plain-text table (rich, imported only when asked for), and
one self-contained HTML page with an inline-SVG line chart (no script, nothing loaded from the network)."""

from __future__ import annotations

import io
from collections.abc import Callable

from cc_assess.formats.words import history_heads, history_rows, history_words
from cc_assess.history import History
from cc_assess.textutil import md_cell, one, signed, text_console, to_json


def history_json(h: History, lang: str) -> str:
    return to_json(h.to_json())


def history_markdown(h: History, lang: str) -> str:
    w = history_words(lang)
    lines = [
        f"## {w['title']}: {md_cell(h.folder or '.')}",
        "",
        "| " + " | ".join([w["domain"], *(md_cell(x) for x in history_heads(h)), w["change"]]) + " |",
        "| --- |" + " ---: |" * (len(h.points) + 1),
    ]
    for n, (name, values, change) in enumerate(history_rows(h, lang)):
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

    w = history_words(lang)
    table = Table(title=f"{w['title']}: {h.folder or '.'}")
    table.add_column(w["domain"])
    for head in history_heads(h):
        table.add_column(head, justify="right")
    table.add_column(w["change"], justify="right")
    for n, (name, values, change) in enumerate(history_rows(h, lang)):
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
