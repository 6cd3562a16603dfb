"""The corrective-action plan: every action of an assessment, sorted, with ``overdue`` against a date.

Pure: takes loaded responses, returns rows; their text in each output format is :mod:`cc_assess.formats.actions`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cc_assess.models import Action

if TYPE_CHECKING:
    from cc_assess.assessment import LoadedAssessment


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
