"""The corrective-action plan: every action of an assessment, sorted, with ``overdue`` against a date.

Pure: takes loaded responses, returns rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from cc_assess.models import Action


@dataclass(frozen=True)
class ActionRow:
    item: str
    action: Action
    overdue: bool

    def to_json(self) -> dict[str, object]:
        a = self.action
        return {
            "item": self.item,
            "id": a.id,
            "description": a.description,
            "owner": a.owner,
            "due": a.due.isoformat() if a.due else None,
            "status": a.status,
            "overdue": self.overdue,
        }


def is_overdue(action: Action, today: dt.date) -> bool:
    """Not done and due before today."""
    return action.status != "done" and action.due is not None and action.due < today


def plan(actions: Iterable[tuple[str, Action]], today: dt.date) -> list[ActionRow]:
    """Rows sorted by due date (undated last), then item, then action id."""
    rows = [ActionRow(item, action, is_overdue(action, today)) for item, action in actions]
    return sorted(rows, key=lambda r: (r.action.due is None, r.action.due or dt.date.max, r.item, r.action.id))
