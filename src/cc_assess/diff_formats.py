"""Output formats of ``diff``: json (the SPEC's shape plus extra keys), markdown (for a pull-request comment),
and a plain-text table (rich, imported only when asked for)."""

from __future__ import annotations

import io
from collections.abc import Callable

from cc_assess.diff import CHANGES, Diff, ItemChange
from cc_assess.formats import one, to_json
from cc_assess.models import Catalogue
from cc_assess.scoring import NOT_ASSESSED
from cc_assess.textutil import decimal1, md_cell, text_console

_WORDS = {
    "en": {
        "title": "Assessment diff",
        "overall": "Overall",
        "catalogue": "Catalogue",
        "domain": "Domain",
        "delta": "Δ",
        "movers": "Moved most by",
        "item": "Item",
        "no_changes": "No item changed status.",
        "remapped": "Item ids remapped across catalogue versions",
        "actions": "Corrective actions",
        "opened": "opened",
        "closed": "closed",
        "action": "Action",
        "owner": "Owner",
        "due": "Due",
        "status": "Status",
        "regressed": "Regressed",
        "improved": "Improved",
        "changed": "Changed (same points)",
        "added": "Added",
        "removed": "Removed",
        "not_assessed": "not assessed",
        "absent": "—",
        "renamed_in": "renamed in",
    },
    "zh": {
        "title": "评估对比",
        "overall": "总体",
        "catalogue": "评审目录",
        "domain": "评审类别",
        "delta": "变化",
        "movers": "主要影响条目",
        "item": "条目",
        "no_changes": "没有条目的状态发生变化。",
        "remapped": "跨目录版本映射的条目编号",
        "actions": "整改措施",
        "opened": "新开",
        "closed": "关闭",
        "action": "措施",
        "owner": "负责人",
        "due": "期限",
        "status": "状态",
        "regressed": "退步",
        "improved": "改进",
        "changed": "变化(分值相同)",
        "added": "新增",
        "removed": "移除",
        "not_assessed": "未评估",
        "absent": "—",
        "renamed_in": "改名于",
    },
}


def signed(value: float | None) -> str:
    """A delta with one decimal and its sign; ``—`` when one side has no score."""
    return "—" if value is None else decimal1(value, signed=True)


def _status(level: str | None, catalogue: Catalogue, lang: str) -> str:
    words = _WORDS[lang]
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
    w = _WORDS[lang]
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
                    f"{a.old_status or '—'} → {a.new_status or '—'} |"
                )
    return "\n".join(lines) + "\n"


def diff_table(d: Diff, lang: str) -> str:
    from rich.table import Table

    w = _WORDS[lang]
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
