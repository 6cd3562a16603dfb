"""Applicability: ``exclude:`` rules of ``assessment.yaml`` and the effective N/A reason of every item.

An ``exclude: [{tag, reason}]`` rule makes every item that carries ``tag`` and whose response has no status count
as N/A (the catalogue's ``points: null`` level) with that reason — in scores, reports and exports alike, because
they all read an assessment's statuses through :attr:`cc_assess.assessment.LoadedAssessment.statuses`.  A response
with a status keeps its own.

Pure: no I/O.  Reports and the statement of applicability read :func:`na_reasons`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from cc_assess.diagnostics import Diagnostic
from cc_assess.i18n import t
from cc_assess.models import Catalogue, Exclusion, I18nText
from cc_assess.yamlio import Document


@dataclass(frozen=True)
class NaReason:
    """Why an item is N/A: ``reason`` in zh/en (a plain ``na_reason`` stands for both languages).

    ``tag`` is the tag of the ``exclude:`` rule that made the item N/A, or None when its own response says N/A.
    """

    reason: I18nText
    tag: str | None = None

    @property
    def excluded(self) -> bool:
        return self.tag is not None


def catalogue_tags(catalogue: Catalogue) -> set[str]:
    """The tags an ``exclude:`` rule may name: the listed ones, else (no ``tags:`` list) those items carry."""
    if catalogue.tags is not None:
        return set(catalogue.tags)
    return {tag for item in catalogue.items() for tag in item.tags}


def excluded_items(
    catalogue: Catalogue, exclude: list[Exclusion], levels: Mapping[str, str | None]
) -> dict[str, Exclusion]:
    """Items an ``exclude:`` rule makes N/A: item id -> the first rule (in file order) whose tag the item carries.

    ``levels`` holds each answered item's own level id (None or missing: no status); those with a status are left
    alone.  Nothing is excluded when the catalogue's scale has no N/A level (``check_exclude`` reports that).
    """
    if not exclude or catalogue.na_level is None:
        return {}
    out: dict[str, Exclusion] = {}
    for item in catalogue.items():
        if levels.get(item.id) is not None:
            continue
        rule = next((rule for rule in exclude if rule.tag in item.tags), None)
        if rule is not None:
            out[item.id] = rule
    return out


def effective_levels(
    catalogue: Catalogue, exclude: list[Exclusion], levels: Mapping[str, str | None]
) -> dict[str, str | None]:
    """Level id (None: not assessed) of every catalogue item, in catalogue order, with ``exclude:`` applied."""
    excluded = excluded_items(catalogue, exclude, levels)
    na = catalogue.na_level
    return {
        item.id: (na.id if item.id in excluded and na is not None else levels.get(item.id))
        for item in catalogue.items()
    }


def na_reasons(
    catalogue: Catalogue,
    exclude: list[Exclusion],
    levels: Mapping[str, str | None],
    own_reasons: Mapping[str, str | None],
) -> dict[str, NaReason]:
    """The effective N/A reason of every item that counts as N/A, in catalogue order.

    ``own_reasons`` holds each response's ``na_reason`` as written; an item whose own level is N/A keeps it, an
    item without a status that an ``exclude:`` rule covers gets the rule's reason and tag.
    """
    na = catalogue.na_level
    if na is None:
        return {}
    excluded = excluded_items(catalogue, exclude, levels)
    out: dict[str, NaReason] = {}
    for item in catalogue.items():
        if levels.get(item.id) == na.id:
            text = (own_reasons.get(item.id) or "").strip()
            out[item.id] = NaReason(I18nText(zh=text, en=text))
        elif item.id in excluded:
            rule = excluded[item.id]
            out[item.id] = NaReason(rule.reason, rule.tag)
    return out


def check_exclude(catalogue: Catalogue, exclude: list[Exclusion], doc: Document, path: str) -> list[Diagnostic]:
    """Located problems of the ``exclude:`` rules against the catalogue: a tag it does not have (a typo would
    silently exclude nothing), a catalogue without an N/A level, a tag excluded twice."""
    out: list[Diagnostic] = []
    if not exclude:
        return out
    if catalogue.na_level is None:
        pos = doc.locate(("exclude",))
        out.append(
            Diagnostic(
                path,
                pos.line,
                pos.column,
                "exclude-without-na",
                t("applicability.no_na_level", catalogue=catalogue.id),
            )
        )
        return out
    known = catalogue_tags(catalogue)
    first: dict[str, int] = {}
    for i, rule in enumerate(exclude):
        pos = doc.locate(("exclude", i, "tag"))
        if rule.tag not in known:
            message = t(
                "applicability.unknown_tag",
                catalogue=catalogue.id,
                version=catalogue.version,
                tag=rule.tag,
                known=", ".join(sorted(known)) or "-",
            )
            out.append(Diagnostic(path, pos.line, pos.column, "unknown-tag", message))
        elif rule.tag in first:
            message = t("applicability.duplicate_tag", tag=rule.tag, line=first[rule.tag])
            out.append(Diagnostic(path, pos.line, pos.column, "duplicate-exclude", message, "warning"))
        first.setdefault(rule.tag, pos.line)
    return out
