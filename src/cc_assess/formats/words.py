"""What the outputs of ``diff`` and ``history`` say, in words: shared by the text formats
(:mod:`cc_assess.formats.diff`, :mod:`cc_assess.formats.history`) and the HTML pages (:mod:`cc_assess.render.pages`),
which import it instead of each other's private helpers."""

from __future__ import annotations

from cc_assess.diff import Diff, ItemChange
from cc_assess.history import History
from cc_assess.i18n import Lang, t_in
from cc_assess.models import Catalogue
from cc_assess.scoring import NOT_ASSESSED, round2

# ------------------------------------------------------------------------------------------------ diff

_DIFF_KEYS = (
    "title", "overall", "catalogue", "domain", "delta", "movers", "item", "no_changes", "remapped", "actions", "opened",
    "closed", "action", "owner", "due", "status", "regressed", "improved", "changed", "added", "removed",
    "not_assessed", "renamed_in",
)  # fmt: skip


def diff_words(lang: str) -> dict[str, str]:
    """The diff's words in ``lang``, from the message table (``diff.*``)."""
    language: Lang = "en" if lang == "en" else "zh"
    words = {key: t_in(language, f"diff.{key.replace('_', '-')}") for key in _DIFF_KEYS}
    words["absent"] = "—"
    return words


def status_label(level: str | None, catalogue: Catalogue, lang: str) -> str:
    """A level's label; a dash when there is none (the item is not on that side), or the not-assessed word."""
    words = diff_words(lang)
    if level is None:
        return words["absent"]
    if level == NOT_ASSESSED:
        return words["not_assessed"]
    return catalogue.level(level).label.get(lang)


def item_title(d: Diff, item: ItemChange, lang: str) -> str:
    """The item's title in the newer catalogue, else in the older one (a removed item)."""
    for catalogue, item_id in ((d.new.catalogue, item.new_item or item.item), (d.old.catalogue, item.old_item)):
        for candidate in catalogue.items():
            if candidate.id in (item_id, item.item):
                return candidate.title.get(lang)
    return ""


def domain_titles(d: Diff, lang: str) -> dict[str, str]:
    """Domain id -> title, from both catalogues (the newer wins)."""
    titles = {x.id: x.title.get(lang) for x in d.old.catalogue.domains}
    titles.update({x.id: x.title.get(lang) for x in d.new.catalogue.domains})
    return titles


def item_label(item: ItemChange) -> str:
    """The item id, with the id it was renamed from (←) or to (→)."""
    other = item.old_item or item.new_item
    return f"{item.item} (← {other})" if item.old_item else f"{item.item} (→ {other})" if other else item.item


# ------------------------------------------------------------------------------------------------ history


def history_words(lang: str) -> dict[str, str]:
    """The history's words in ``lang``, from the message table (``history.*``)."""
    language: Lang = "en" if lang == "en" else "zh"
    return {key: t_in(language, f"history.{key}") for key in ("title", "domain", "overall", "change")}


def history_rows(h: History, lang: str) -> list[tuple[str, list[float | None], float | None]]:
    """(row name, scores per revision, last minus first) for the overall score and each domain."""
    rows = []
    for domain_id in [None, *h.domain_ids()]:
        name = history_words(lang)["overall"] if domain_id is None else f"{domain_id} {h.domain_title(domain_id, lang)}"
        values = h.scores(domain_id)
        first, last = values[0], values[-1]
        change = None if first is None or last is None or len(values) < 2 else round2(last - first)
        rows.append((name, values, change))
    return rows


def history_heads(h: History) -> list[str]:
    """A column head per revision: its label, with the revision when the label differs from it."""
    return [p.label if p.label == p.revision.rev else f"{p.label} ({p.revision.rev})" for p in h.points]
