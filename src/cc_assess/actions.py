"""The corrective-action plan: every action of an assessment, sorted, with ``overdue`` against a date.

Pure: takes loaded responses, returns rows and their text in each output format.  ``table`` uses rich,
imported only when that format is asked for.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cc_assess.i18n import Lang, t_in
from cc_assess.models import Action
from cc_assess.textutil import md_cell, terminal_text, text_console

if TYPE_CHECKING:
    from cc_assess.assessment import LoadedAssessment

CSV_COLUMNS = ("item", "id", "description", "owner", "due", "status", "overdue")


def action_fields(item: str, action: Action) -> dict[str, object]:
    """The fields every JSON view of an action starts with: item, id, description, owner, due."""
    return {
        "item": item,
        "id": action.id,
        "description": action.description,
        "owner": action.owner,
        "due": action.due.isoformat() if action.due else None,
    }


@dataclass(frozen=True)
class ActionRow:
    item: str
    action: Action
    overdue: bool

    def to_json(self) -> dict[str, object]:
        return {**action_fields(self.item, self.action), "status": self.action.status, "overdue": self.overdue}


def is_overdue(action: Action, today: dt.date) -> bool:
    """Not done and due before today."""
    return action.status != "done" and action.due is not None and action.due < today


def plan(actions: Iterable[tuple[str, Action]], today: dt.date) -> list[ActionRow]:
    """Rows sorted by due date (undated last), then item, then action id."""
    rows = [ActionRow(item, action, is_overdue(action, today)) for item, action in actions]
    return sorted(rows, key=lambda r: (r.action.due is None, r.action.due or dt.date.max, r.item, r.action.id))


def collect(loaded: LoadedAssessment) -> list[tuple[str, Action]]:
    """Every (item, action) of an assessment's responses."""
    return [(item, action) for item, r in sorted(loaded.responses.items()) for action in r.response.actions]


def _same_owner(owner: str | None, wanted: str) -> bool:
    return owner is not None and owner.strip().casefold() == wanted.strip().casefold()


def select(rows: list[ActionRow], *, overdue: bool = False, owner: str | None = None) -> list[ActionRow]:
    """Rows that are overdue (when asked) and belong to ``owner`` (trimmed, case-insensitive; when given)."""
    return [r for r in rows if (not overdue or r.overdue) and (owner is None or _same_owner(r.action.owner, owner))]


def action_plan(
    loaded: LoadedAssessment, today: dt.date, *, overdue: bool = False, owner: str | None = None
) -> list[ActionRow]:
    return select(plan(collect(loaded), today), overdue=overdue, owner=owner)


@dataclass(frozen=True)
class Summary:
    total: int
    open: int
    in_progress: int
    done: int
    overdue: int


def summarize(rows: list[ActionRow]) -> Summary:
    statuses = [r.action.status for r in rows]
    return Summary(
        len(rows),
        statuses.count("open"),
        statuses.count("in-progress"),
        statuses.count("done"),
        sum(r.overdue for r in rows),
    )


# ------------------------------------------------------------------------------------------ formats


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
