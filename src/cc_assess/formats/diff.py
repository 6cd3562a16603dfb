"""Output formats of ``diff``: json (the SPEC's shape plus extra keys), markdown (for a pull-request comment),
and a plain-text table (rich, imported only when asked for)."""

from __future__ import annotations

import io
from collections.abc import Callable

from cc_assess.diff import CHANGES, Diff, ItemChange
from cc_assess.i18n import Lang, t_in
from cc_assess.models import Catalogue
from cc_assess.scoring import NOT_ASSESSED
from cc_assess.textutil import md_cell, one, signed, text_console, to_json

_KEYS = (
    "title", "overall", "catalogue", "domain", "delta", "movers", "item", "no_changes", "remapped", "actions", "opened",
    "closed", "action", "owner", "due", "status", "regressed", "improved", "changed", "added", "removed",
    "not_assessed", "renamed_in",
)  # fmt: skip


def _words(lang: str) -> dict[str, str]:
    """The diff's words in ``lang``, from the message table (``diff.*``)."""
    language: Lang = "en" if lang == "en" else "zh"
    words = {key: t_in(language, f"diff.{key.replace('_', '-')}") for key in _KEYS}
    words["absent"] = "—"
    return words


def _action_status(status: str | None, lang: str) -> str:
    return t_in("en" if lang == "en" else "zh", f"action-status.{status}") if status else "—"


def _status(level: str | None, catalogue: Catalogue, lang: str) -> str:
    words = _words(lang)
    if level is None:
        return words["absent"]
    if level == NOT_ASSESSED:
        return words["not_assessed"]
    return catalogue.level(level).label.get(lang)


def _title(d: Diff, item: ItemChange, lang: str) -> str:
    for catalogue, item_id in ((d.new.catalogue, item.new_item or item.item), (d.old.catalogue, item.old_item)):
        for candidate in catalogue.items():
            if candidate.id in (item_id, item.item):
                return candidate.title.get(lang)
    return ""


def _domain_titles(d: Diff, lang: str) -> dict[str, str]:
    titles = {x.id: x.title.get(lang) for x in d.old.catalogue.domains}
    titles.update({x.id: x.title.get(lang) for x in d.new.catalogue.domains})
    return titles


def _item_label(item: ItemChange) -> str:
    other = item.old_item or item.new_item
    return f"{item.item} (← {other})" if item.old_item else f"{item.item} (→ {other})" if other else item.item


def diff_json(d: Diff, lang: str) -> str:
    return to_json(d.to_json())


def diff_markdown(d: Diff, lang: str) -> str:
    w = _words(lang)
    titles = _domain_titles(d, lang)
    old, new = d.old, d.new
    lines = [
        f"## {w['title']}: {md_cell(old.label)} → {md_cell(new.label)}",
        "",
        f"**{w['overall']}: {one(old.result.score)} → {one(new.result.score)} ({signed(d.overall_delta)})**",
        "",
    ]
    if old.catalogue.version != new.catalogue.version:
        lines += [f"{w['catalogue']}: {old.catalogue.id} {old.catalogue.version} → {new.catalogue.version}", ""]
    counts = [f"{w[c]} {len(d.by_change(c))}" for c in CHANGES if d.by_change(c)]
    lines += [" · ".join(counts) if counts else w["no_changes"], ""]
    lines += [
        f"| {w['domain']} | {md_cell(old.label)} | {md_cell(new.label)} | {w['delta']} | {w['movers']} |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    for dom in d.domains:
        movers = ", ".join(f"{m.item} ({signed(m.impact)})" for m in dom.movers)
        lines.append(
            f"| {dom.id} {md_cell(titles.get(dom.id, ''))} | {one(dom.old)} | {one(dom.new)} | {signed(dom.delta)} | "
            f"{movers} |"
        )
    lines.append(
        f"| **{w['overall']}** | **{one(old.result.score)}** | **{one(new.result.score)}** | "
        f"**{signed(d.overall_delta)}** | |"
    )
    for change in CHANGES:
        group = d.by_change(change)
        if not group:
            continue
        lines += [
            "",
            f"### {w[change]} ({len(group)})",
            "",
            f"| {w['item']} | {md_cell(old.label)} | {md_cell(new.label)} | {w['delta']} |",
            "| --- | --- | --- | ---: |",
        ]
        for item in group:
            lines.append(
                f"| {_item_label(item)} {md_cell(_title(d, item, lang))} | "
                f"{md_cell(_status(item.old, old.catalogue, lang))} | "
                f"{md_cell(_status(item.new, new.catalogue, lang))} | {signed(item.impact)} |"
            )
    if d.remapped:
        lines += ["", f"### {w['remapped']}", ""]
        lines += [f"- {o} → {n} ({w['renamed_in']} {v})" for o, n, v in d.remapped]
    if d.opened or d.closed:
        lines += [
            "",
            f"### {w['actions']}: {w['opened']} {len(d.opened)}, {w['closed']} {len(d.closed)}",
            "",
            f"| | {w['item']} | {w['action']} | {w['owner']} | {w['due']} | {w['status']} |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for kind, group_actions in (("opened", d.opened), ("closed", d.closed)):
            for a in group_actions:
                lines.append(
                    f"| {w[kind]} | {a.item} | {a.action.id}: {md_cell(a.action.description)} | "
                    f"{md_cell(a.action.owner or '')} | {a.action.due.isoformat() if a.action.due else ''} | "
                    f"{_action_status(a.old_status, lang)} → {_action_status(a.new_status, lang)} |"
                )
    return "\n".join(lines) + "\n"


def diff_table(d: Diff, lang: str) -> str:
    from rich.table import Table

    w = _words(lang)
    titles = _domain_titles(d, lang)
    old, new = d.old, d.new
    buffer = io.StringIO()
    console = text_console(buffer, 110, highlight=False)
    table = Table(title=f"{old.label} → {new.label}")
    for header, justify in (
        (w["domain"], "left"),
        (old.label, "right"),
        (new.label, "right"),
        (w["delta"], "right"),
        (w["movers"], "left"),
    ):
        table.add_column(header, justify=justify)  # type: ignore[arg-type]
    for dom in d.domains:
        table.add_row(
            f"{dom.id} {titles.get(dom.id, '')}",
            one(dom.old),
            one(dom.new),
            signed(dom.delta),
            ", ".join(f"{m.item} ({signed(m.impact)})" for m in dom.movers),
        )
    table.add_row(w["overall"], one(old.result.score), one(new.result.score), signed(d.overall_delta), "", style="bold")
    console.print(table)
    if old.catalogue.version != new.catalogue.version:
        console.print(f"{w['catalogue']}: {old.catalogue.id} {old.catalogue.version} → {new.catalogue.version}")
    if not d.items:
        console.print(w["no_changes"])
    for change in CHANGES:
        for item in d.by_change(change):
            console.print(
                f"{w[change]}: {_item_label(item)} {_title(d, item, lang)}: "
                f"{_status(item.old, old.catalogue, lang)} → {_status(item.new, new.catalogue, lang)}",
                markup=False,
            )
    for o, n, v in d.remapped:
        console.print(f"{w['remapped']}: {o} → {n} ({w['renamed_in']} {v})", markup=False)
    if d.opened or d.closed:
        console.print(f"{w['actions']}: {w['opened']} {len(d.opened)}, {w['closed']} {len(d.closed)}")
    return buffer.getvalue()


def diff_html(d: Diff, lang: str) -> str:
    """One self-contained client page in the report's style (rendered by :mod:`cc_assess.render.pages`)."""
    from cc_assess.render.pages import diff_html as page

    return page(d, lang)


DIFF_FORMATS: dict[str, Callable[[Diff, str], str]] = {
    "table": diff_table,
    "json": diff_json,
    "markdown": diff_markdown,
    "html": diff_html,
}
