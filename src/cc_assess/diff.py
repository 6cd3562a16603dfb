"""Differences between two assessments: overall and domain deltas, changed items, actions opened and closed.

Pure: takes two loaded assessments, returns a :class:`Diff`.  When the two were written against different
versions of one catalogue, the earlier side's item ids are mapped through the later catalogue's ``changes:``
so that a renamed item is compared with itself; an item that exists on one side only is ``added`` or
``removed``, never dropped.

Numbers: scores are the rounded scores of :mod:`cc_assess.scoring`, and each delta is ``round2(new - old)`` of
those rounded scores, so the JSON is consistent with itself and with ``score --format json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cc_assess.actions import action_fields
from cc_assess.assessment import LoadedAssessment
from cc_assess.catalogue.changes import IdChanges, id_changes, version_key
from cc_assess.errors import CannotRun
from cc_assess.i18n import t
from cc_assess.models import Action, Catalogue
from cc_assess.scoring import NOT_ASSESSED, ScoreResult, round2, score

#: the ``change`` of an item, in the order reports list them
CHANGES = ("regressed", "improved", "changed", "added", "removed")
#: how many items per domain ``movers`` names
MOVERS = 3


@dataclass(frozen=True)
class Side:
    label: str
    catalogue: Catalogue
    result: ScoreResult
    organization: str | None = None  # assessment.yaml's, for titles of client pages
    site: str | None = None

    def to_json(self) -> dict[str, object]:
        return {"label": self.label, "catalogue": {"id": self.catalogue.id, "version": self.catalogue.version}}


@dataclass(frozen=True)
class ItemChange:
    item: str  # id in the later catalogue (or the side's own id when the item exists on one side only)
    domain: str
    old: str | None  # level id, "not_assessed", or None when the item does not exist on that side
    new: str | None
    change: str
    old_item: str | None = None  # the id on the old side, when it differs
    new_item: str | None = None  # the id on the new side, when it differs (the new side is the earlier one)
    impact: float = 0.0  # points this item's change moved its domain's score (new share - old share)

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"item": self.item, "old": self.old, "new": self.new, "change": self.change}
        if self.old_item is not None:
            data["old_item"] = self.old_item
        if self.new_item is not None:
            data["new_item"] = self.new_item
        data["domain"] = self.domain
        data["impact"] = round2(self.impact)
        return data


@dataclass(frozen=True)
class DomainDelta:
    id: str
    old: float | None
    new: float | None
    movers: list[ItemChange]

    @property
    def delta(self) -> float | None:
        return delta(self.old, self.new)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "old": self.old,
            "new": self.new,
            "delta": self.delta,
            "movers": [{"item": m.item, "change": m.change, "impact": round2(m.impact)} for m in self.movers],
        }


@dataclass(frozen=True)
class ActionChange:
    item: str
    action: Action
    old_status: str | None  # None: not in the old assessment
    new_status: str | None  # None: not in the new assessment

    def to_json(self) -> dict[str, object]:
        return {
            **action_fields(self.item, self.action),
            "old_status": self.old_status,
            "new_status": self.new_status,
        }


@dataclass(frozen=True)
class Diff:
    old: Side
    new: Side
    domains: list[DomainDelta]
    items: list[ItemChange]
    remapped: list[tuple[str, str, str]]  # (old id, new id, version that renamed it)
    opened: list[ActionChange] = field(default_factory=list)
    closed: list[ActionChange] = field(default_factory=list)

    @property
    def overall_delta(self) -> float | None:
        return delta(self.old.result.score, self.new.result.score)

    @property
    def regressed(self) -> bool:
        return any(i.change == "regressed" for i in self.items)

    def by_change(self, change: str) -> list[ItemChange]:
        return [i for i in self.items if i.change == change]

    def to_json(self) -> dict[str, object]:
        return {
            "old": self.old.to_json(),
            "new": self.new.to_json(),
            "overall": {"old": self.old.result.score, "new": self.new.result.score, "delta": self.overall_delta},
            "domains": [d.to_json() for d in self.domains],
            "items": [i.to_json() for i in self.items],
            "remapped": [{"old": o, "new": n, "version": v} for o, n, v in self.remapped],
            "counts": {change: len(self.by_change(change)) for change in CHANGES},
            "actions": {"opened": [a.to_json() for a in self.opened], "closed": [a.to_json() for a in self.closed]},
        }


def delta(old: float | None, new: float | None) -> float | None:
    return None if old is None or new is None else round2(new - old)


Key = tuple[str, str]  # ("", id in the later catalogue), or ("removed", id) for an id the later one dropped


def _mapping(old: Catalogue, new: Catalogue) -> tuple[dict[str, Key], dict[str, Key], IdChanges | None]:
    """Maps from each side's ids to the keys compared (the later catalogue's ids); and the changes followed."""
    if old.id != new.id:
        raise CannotRun(t("diff.other-catalogue", old=old.id, new=new.id))
    old_ids = list(old.item_domain())
    new_ids = list(new.item_domain())

    def same(ids: list[str]) -> dict[str, Key]:
        return {i: ("", i) for i in ids}

    def moved(ids: list[str], changes: IdChanges) -> dict[str, Key]:
        return {i: ("removed", i) if i in changes.removed else ("", changes.renamed.get(i, i)) for i in ids}

    if old.version == new.version:
        return same(old_ids), same(new_ids), None
    if version_key(new.version) > version_key(old.version):
        changes = id_changes(new, old.version)
        return moved(old_ids, changes), same(new_ids), changes
    changes = id_changes(old, new.version)
    return same(old_ids), moved(new_ids, changes), changes


def _points(catalogue: Catalogue, level: str | None) -> float | None:
    """Scale points of a status; not assessed counts 0, N/A is None."""
    return 0.0 if level is None else catalogue.level(level).points


def _shares(catalogue: Catalogue, statuses: dict[str, str | None]) -> dict[str, float]:
    """Each item's share of its domain's score, in score points."""
    shares: dict[str, float] = {}
    for domain in catalogue.domains:
        live = [(item, _points(catalogue, statuses.get(item.id))) for item in domain.items]
        possible = sum(item.weight for item, p in live if p is not None)
        for item, p in live:
            shares[item.id] = 100 * item.weight * p / possible if p is not None and possible > 0 else 0.0
    return shares


def _classify(old_cat: Catalogue, old: str | None, new_cat: Catalogue, new: str | None) -> str | None:
    if old == new:
        return None
    before, after = _points(old_cat, old), _points(new_cat, new)
    if before is None or after is None or before == after:
        return "changed"
    return "improved" if after > before else "regressed"


def _actions(
    old: LoadedAssessment, new: LoadedAssessment, old_map: dict[str, Key], new_map: dict[str, Key]
) -> tuple[list[ActionChange], list[ActionChange]]:
    def index(loaded: LoadedAssessment, mapping: dict[str, Key]) -> dict[tuple[str, str], Action]:
        return {
            (mapping[item][1], action.id): action
            for item, response in loaded.responses.items()
            for action in response.response.actions
        }

    before, after = index(old, old_map), index(new, new_map)
    opened = [
        ActionChange(item, action, before[(item, aid)].status if (item, aid) in before else None, action.status)
        for (item, aid), action in after.items()
        if action.status != "done" and ((item, aid) not in before or before[(item, aid)].status == "done")
    ]
    closed = [
        ActionChange(item, action, action.status, after[(item, aid)].status if (item, aid) in after else None)
        for (item, aid), action in before.items()
        if action.status != "done" and ((item, aid) not in after or after[(item, aid)].status == "done")
    ]
    return sorted(opened, key=lambda a: (a.item, a.action.id)), sorted(closed, key=lambda a: (a.item, a.action.id))


def diff(old: LoadedAssessment, new: LoadedAssessment, old_label: str, new_label: str) -> Diff:
    """Compare two valid assessments (``old`` before ``new``)."""
    old_cat, new_cat = old.catalogue, new.catalogue
    old_map, new_map, changes = _mapping(old_cat, new_cat)
    old_status, new_status = old.statuses, new.statuses
    old_shares, new_shares = _shares(old_cat, old_status), _shares(new_cat, new_status)
    old_domain, new_domain = old_cat.item_domain(), new_cat.item_domain()
    old_result = score(old_cat, old_status, old.meta.target)
    new_result = score(new_cat, new_status, new.meta.target)

    by_key_old = {old_map[i]: i for i in old_domain}
    by_key_new = {new_map[i]: i for i in new_domain}
    later_order = list(by_key_new) if version_key(new_cat.version) >= version_key(old_cat.version) else []
    keys = list(dict.fromkeys([*(later_order or by_key_old), *by_key_old, *by_key_new]))

    items: list[ItemChange] = []
    for key in keys:
        o, n = by_key_old.get(key), by_key_new.get(key)
        o_level = (old_status[o] or NOT_ASSESSED) if o is not None else None
        n_level = (new_status[n] or NOT_ASSESSED) if n is not None else None
        if o is None:
            change: str | None = "added"
        elif n is None:
            change = "removed"
        else:
            change = _classify(old_cat, old_status[o], new_cat, new_status[n])
        if change is None:
            continue
        impact = (new_shares[n] if n is not None else 0.0) - (old_shares[o] if o is not None else 0.0)
        domain = new_domain[n] if n is not None else old_domain[o] if o is not None else ""
        items.append(
            ItemChange(
                key[1],
                domain,
                o_level,
                n_level,
                change,
                o if o not in (None, key[1]) else None,
                n if n not in (None, key[1]) else None,
                impact,
            )
        )

    old_scores = {d.id: d.score for d in old_result.domains}
    new_scores = {d.id: d.score for d in new_result.domains}
    domain_ids = [d.id for d in new_cat.domains] + [d.id for d in old_cat.domains if d.id not in new_scores]
    domains = []
    for domain_id in domain_ids:
        moved = sorted(
            (i for i in items if i.domain == domain_id and round2(i.impact) != 0),
            key=lambda i: (-abs(round2(i.impact)), i.item),
        )
        domains.append(DomainDelta(domain_id, old_scores.get(domain_id), new_scores.get(domain_id), moved[:MOVERS]))

    remapped: list[tuple[str, str, str]] = []
    if changes is not None:
        earlier = old_domain if version_key(new_cat.version) > version_key(old_cat.version) else new_domain
        remapped = sorted((o, n, changes.renamed_in[o]) for o, n in changes.renamed.items() if o in earlier)
    opened, closed = _actions(old, new, old_map, new_map)
    return Diff(
        Side(old_label, old_cat, old_result, old.meta.organization, old.meta.site),
        Side(new_label, new_cat, new_result, new.meta.organization, new.meta.site),
        domains,
        items,
        remapped,
        opened,
        closed,
    )
