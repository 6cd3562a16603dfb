"""The rules a catalogue must follow that its model cannot state: unique ids, item ids under their domain's,
one N/A level, an unambiguous scale, known tags, renames that lead somewhere.

The id rules run once, on ids taken from the model, or from the raw data when the model refused the file (so
that ``catalogue check`` reports a duplicate id beside a missing field in the same run).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal, Protocol

from cc_assess.diagnostics import Diagnostic
from cc_assess.i18n import t
from cc_assess.models import Catalogue
from cc_assess.yamlio import Document

RESERVED_LEVEL_IDS = frozenset({"total", "not_assessed"})

Severity = Literal["error", "warning"]


class Add(Protocol):
    """Records one problem at a key path of the catalogue file."""

    def __call__(self, loc: tuple[str | int, ...], code: str, message: str, severity: Severity = "error") -> None: ...


@dataclass(frozen=True)
class Ids:
    """What the id rules look at: each level's (index, id, points is null) and each domain's (index, id, items),
    an item being (index, id).  An id that is not text is ``None``."""

    levels: list[tuple[int, str | None, bool]]
    domains: list[tuple[int, str | None, list[tuple[int, str]]]]

    @classmethod
    def of_model(cls, catalogue: Catalogue) -> Ids:
        return cls(
            [(i, level.id, level.points is None) for i, level in enumerate(catalogue.scale)],
            [
                (d, domain.id, [(i, item.id) for i, item in enumerate(domain.items)])
                for d, domain in enumerate(catalogue.domains)
            ],
        )

    @classmethod
    def of_data(cls, data: object) -> Ids:
        raw = data if isinstance(data, dict) else {}

        def entries(value: object) -> list[tuple[int, dict[str, object]]]:
            return [(i, e) for i, e in enumerate(value) if isinstance(e, dict)] if isinstance(value, list) else []

        def text(value: object) -> str | None:
            return value if isinstance(value, str) else None

        levels = [
            (i, text(level.get("id")), "points" in level and level["points"] is None)
            for i, level in entries(raw.get("scale"))
        ]
        domains = []
        for d, domain in entries(raw.get("domains")):
            items = [
                (i, item_id)
                for i, item in entries(domain.get("items"))
                if (item_id := text(item.get("id"))) is not None
            ]
            domains.append((d, text(domain.get("id")), items))
        return cls(levels, domains)


def _id_rules(ids: Ids, add: Add) -> None:
    """The six id rules: reserved level ids, duplicate levels, domains and items, one N/A level, item prefixes."""
    levels: set[str] = set()
    nulls = 0
    for i, level_id, null in ids.levels:
        if level_id is not None:
            if level_id in RESERVED_LEVEL_IDS:
                add(("scale", i, "id"), "reserved-level-id", t("catalogue.reserved-level", id=level_id))
            elif level_id in levels:
                add(("scale", i, "id"), "duplicate-level", t("catalogue.duplicate-level", id=level_id))
            levels.add(level_id)
        if null:
            nulls += 1
            if nulls > 1:
                add(("scale", i, "points"), "scale-null", t("catalogue.scale-null"))
    domains: set[str] = set()
    items: dict[str, str] = {}
    for d, domain_id, domain_items in ids.domains:
        if domain_id is not None:
            if domain_id in domains:
                add(("domains", d, "id"), "duplicate-domain", t("catalogue.duplicate-domain", id=domain_id))
            domains.add(domain_id)
        for i, item_id in domain_items:
            loc = ("domains", d, "items", i, "id")
            if domain_id is not None and not item_id.startswith(domain_id + "-"):
                add(loc, "item-domain", t("catalogue.item-domain", item=item_id, domain=domain_id))
            if item_id in items:
                add(loc, "duplicate-item", t("catalogue.duplicate-item", item=item_id, domain=items[item_id]))
            items.setdefault(item_id, str(domain_id))


def _collector(doc: Document, path: str) -> tuple[list[Diagnostic], Add]:
    out: list[Diagnostic] = []

    def add(loc: tuple[str | int, ...], code: str, message: str, severity: Severity = "error") -> None:
        pos = doc.locate(loc)
        out.append(Diagnostic(path, pos.line, pos.column, code, message, severity))

    return out, add


def check_ids(doc: Document, path: str) -> list[Diagnostic]:
    """The id rules on raw data, for a catalogue the model already refused: one run, all problems."""
    out, add = _collector(doc, path)
    _id_rules(Ids.of_data(doc.data), add)
    return out


def check(catalogue: Catalogue, doc: Document, path: str) -> list[Diagnostic]:
    """Every rule on a catalogue the model accepted: the id rules, then the scale's labels and order, titles,
    tags and renames."""
    out, add = _collector(doc, path)
    _id_rules(Ids.of_model(catalogue), add)
    _label_rules(catalogue, add)
    points = [level.points for level in catalogue.scale if level.points is not None]
    if any(a < b for a, b in pairwise(points)):
        add(("scale",), "scale-order", t("catalogue.scale-order"), "warning")
    if not points:
        add(("scale",), "scale-null", t("catalogue.scale-no-points"))

    titles = Counter(item.title.get("en") for item in catalogue.items())
    for d, domain in enumerate(catalogue.domains):
        for i, item in enumerate(domain.items):
            if titles[item.title.get("en")] > 1:
                add(
                    ("domains", d, "items", i, "title"),
                    "duplicate-title",
                    t("catalogue.duplicate-title", item=item.id),
                    "warning",
                )

    # Tags: when the catalogue lists them, every item tag must be one of them (an absent list leaves tags free).
    if catalogue.tags is not None:
        for d, domain in enumerate(catalogue.domains):
            for i, item in enumerate(domain.items):
                for j, tag in enumerate(item.tags):
                    if tag not in catalogue.tags:
                        add(
                            ("domains", d, "items", i, "tags", j),
                            "unknown-tag",
                            t("catalogue.unknown_tag", item=item.id, tag=tag),
                        )

    # Version history: the latest step's renames must lead to items of this catalogue.
    item_ids = {item.id for item in catalogue.items()}
    for c, change in enumerate(catalogue.changes):
        for old, new in change.renamed.items():
            if new not in item_ids and c == len(catalogue.changes) - 1:
                add(
                    ("changes", c, "renamed"),
                    "unknown-change",
                    t("catalogue.unknown-rename", old=old, new=new),
                    "warning",
                )
    return out


def _label_rules(catalogue: Catalogue, add: Add) -> None:
    """A status label must name one level only: not twice in a language, not another level's id, not in zh what
    another level is in en (a cell or a file may give a label where an id is meant)."""
    for lang in ("zh", "en"):
        seen: dict[str, str] = {}
        for i, level in enumerate(catalogue.scale):
            label = level.label.zh if lang == "zh" else level.label.en
            if label is None:
                continue
            key = label.strip() if lang == "zh" else label.strip().casefold()
            other_id = next(
                (
                    o.id
                    for o in catalogue.scale
                    if o.id != level.id
                    and (o.id == label.strip() if lang == "zh" else o.id.casefold() == label.strip().casefold())
                ),
                None,
            )
            if key in seen and seen[key] != level.id:
                add(
                    ("scale", i, "label"),
                    "ambiguous-label",
                    t("catalogue.label-twice", lang=lang, label=label, level=level.id, other=seen[key]),
                )
            elif other_id is not None:
                add(
                    ("scale", i, "label"),
                    "ambiguous-label",
                    t("catalogue.label-is-id", lang=lang, label=label, level=level.id, other=other_id),
                )
            seen.setdefault(key, level.id)
    # Across languages: a zh label that is another level's en label would resolve to the zh level first.
    for i, level in enumerate(catalogue.scale):
        zh = level.label.zh
        if zh is None:
            continue
        for other in catalogue.scale:
            en = other.label.en
            if other.id != level.id and en is not None and zh.strip().casefold() == en.strip().casefold():
                add(
                    ("scale", i, "label"),
                    "ambiguous-label",
                    t("catalogue.zh-is-en", label=zh, level=level.id, other=other.id),
                )
