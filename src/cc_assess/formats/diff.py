"""Output formats of ``diff``: json (the SPEC's shape plus extra keys), markdown (for a pull-request comment),
and a plain-text table (rich, imported only when asked for)."""

from __future__ import annotations

import io
from collections.abc import Callable

from cc_assess.diff import CHANGES, Diff
from cc_assess.formats.words import diff_words, domain_titles, item_label, item_title, status_label
from cc_assess.i18n import t_in
from cc_assess.textutil import md_cell, one, signed, text_console, to_json


def _action_status(status: str | None, lang: str) -> str:
    return t_in("en" if lang == "en" else "zh", f"action-status.{status}") if status else "—"


def diff_json(d: Diff, lang: str) -> str:
    return to_json(d.to_json())


def diff_markdown(d: Diff, lang: str) -> str:
    w = diff_words(lang)
    titles = domain_titles(d, lang)
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
                f"| {item_label(item)} {md_cell(item_title(d, item, lang))} | "
                f"{md_cell(status_label(item.old, old.catalogue, lang))} | "
                f"{md_cell(status_label(item.new, new.catalogue, lang))} | {signed(item.impact)} |"
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

    w = diff_words(lang)
    titles = domain_titles(d, lang)
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
                f"{w[change]}: {item_label(item)} {item_title(d, item, lang)}: "
                f"{status_label(item.old, old.catalogue, lang)} → {status_label(item.new, new.catalogue, lang)}",
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
