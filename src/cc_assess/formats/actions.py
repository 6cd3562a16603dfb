"""Output formats of ``actions``: table (rich, imported only when asked for), json, csv, markdown."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable

from cc_assess.actions import ActionRow, summarize
from cc_assess.i18n import Lang, t_in
from cc_assess.textutil import md_cell, terminal_text, text_console

CSV_COLUMNS = ("item", "id", "description", "owner", "due", "status", "overdue")


def _words(lang: str) -> dict[str, str]:
    """The plan's words in ``lang`` (zh unless en), from the message table; statuses are ``action-status.*``."""
    language: Lang = "en" if lang == "en" else "zh"
    words = {key: t_in(language, f"actions.{key}") for key in _WORD_KEYS}
    words.update({status: t_in(language, f"action-status.{status}") for status in ("open", "in-progress", "done")})
    return words


_WORD_KEYS = (
    "item",
    "id",
    "description",
    "owner",
    "due",
    "status",
    "unassigned",
    "overdue",
    "none",
    "title",
    "summary",
)


def by_owner(rows: list[ActionRow]) -> list[tuple[str | None, list[ActionRow]]]:
    """Rows grouped by owner (owners sorted, actions without an owner last), each group in plan order."""
    groups: dict[str | None, list[ActionRow]] = {}
    for row in rows:
        owner = row.action.owner.strip() if row.action.owner and row.action.owner.strip() else None
        groups.setdefault(owner, []).append(row)
    return sorted(groups.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))


def actions_json(rows: list[ActionRow], today: dt.date, lang: str) -> str:
    return json.dumps([r.to_json() for r in rows], ensure_ascii=False, indent=2) + "\n"


def actions_csv(rows: list[ActionRow], today: dt.date, lang: str) -> str:
    """UTF-8 CSV that starts with a byte-order mark, so that Excel shows Chinese text as written."""
    from cc_assess.csvout import csv_text

    return csv_text([CSV_COLUMNS, *([row.to_json()[c] for c in CSV_COLUMNS] for row in rows)])


def actions_markdown(rows: list[ActionRow], today: dt.date, lang: str) -> str:
    w = _words(lang)
    s = summarize(rows)
    lines = [f"## {w['title']}", "", w["summary"].format(today=today.isoformat(), **vars(s)), ""]
    if not rows:
        return "\n".join([*lines, w["none"]]) + "\n"
    for owner, group in by_owner(rows):
        lines += [
            f"### {md_cell(owner) if owner else w['unassigned']}",
            "",
            f"| {w['due']} | {w['item']} | {w['id']} | {w['description']} | {w['status']} |",
            "| --- | --- | --- | --- | --- |",
        ]
        for r in group:
            a = r.action
            flag = f" **{w['overdue']}**" if r.overdue else ""
            lines.append(
                f"| {a.due.isoformat() if a.due else '—'}{flag} | {r.item} | {md_cell(a.id)} | "
                f"{md_cell(a.description)} | {w[a.status]} |"
            )
        lines.append("")
    return "\n".join(lines)


def actions_table(rows: list[ActionRow], today: dt.date, lang: str) -> str:
    from rich.table import Table
    from rich.text import Text

    w = _words(lang)
    buffer = io.StringIO()
    console = text_console(buffer, 100)
    s = summarize(rows)
    for owner, group in by_owner(rows):
        table = Table(title=Text(terminal_text(owner)) if owner else w["unassigned"], title_justify="left")
        for header in (w["due"], w["item"], w["id"], w["description"], w["status"]):
            table.add_column(header)
        for r in group:
            a = r.action
            due = Text(a.due.isoformat() if a.due else "—")
            if r.overdue:
                due.append(f" {w['overdue']}", style="bold red")
            table.add_row(due, r.item, Text(terminal_text(a.id)), Text(terminal_text(a.description)), w[a.status])
        console.print(table)
    console.print(w["summary"].format(today=today.isoformat(), **vars(s)) if rows else w["none"])
    return buffer.getvalue()


ACTION_FORMATS: dict[str, Callable[[list[ActionRow], dt.date, str], str]] = {
    "table": actions_table,
    "json": actions_json,
    "csv": actions_csv,
    "markdown": actions_markdown,
}
