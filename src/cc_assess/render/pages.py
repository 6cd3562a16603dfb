"""Client pages in the report's style: ``diff --format html`` and ``history --format html``.

One self-contained HTML file each (the report's CSS inline, charts as inline SVG, no script, nothing fetched),
rendered through the report's Jinja environment, so every value is escaped.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from cc_assess import __version__
from cc_assess.diff import CHANGES, Diff, ItemChange
from cc_assess.formats.words import (
    diff_words,
    domain_titles,
    history_heads,
    history_rows,
    history_words,
    item_label,
    item_title,
    status_label,
)
from cc_assess.history import History
from cc_assess.i18n import Lang, t_in
from cc_assess.render.charts import dumbbell, nice_scale, trend
from cc_assess.render.engine import environment
from cc_assess.textutil import one, signed


def _tone(value: float | None) -> str:
    if value is None or round(value, 1) == 0:
        return "same"
    return "up" if value > 0 else "down"


def _title_of(organization: str | None, site: str | None, fallback: str) -> str:
    return " · ".join(x for x in (organization, site) if x) or fallback


@dataclass(frozen=True)
class ItemRow:
    label: str
    title: str
    old: str
    new: str
    impact: str
    tone: str


def diff_html(d: Diff, lang: str) -> str:
    """The comparison of two assessments as one client-ready page."""
    w = diff_words(lang)
    titles = domain_titles(d, lang)
    groups = []
    for change in CHANGES:
        group = d.by_change(change)
        if group:
            groups.append((change, w[change], [_item_row(d, i, lang) for i in group]))
    chart = dumbbell(
        [(dom.id, titles.get(dom.id, ""), dom.old, dom.new) for dom in d.domains],
        old_label=d.old.label,
        new_label=d.new.label,
        title=f"{w['domain']}: {d.old.label} → {d.new.label}",
    )
    return _render(
        "diff.html.j2",
        lang,
        d=d,
        w=w,
        heading=_title_of(d.new.organization, d.new.site, d.new.label),
        titles=titles,
        groups=groups,
        chart=chart,
        one=one,
        signed=signed,
        tone=_tone,
        counts=[(w[c], len(d.by_change(c)), c) for c in CHANGES if d.by_change(c)],
    )


def _item_row(d: Diff, item: ItemChange, lang: str) -> ItemRow:
    return ItemRow(
        item_label(item),
        item_title(d, item, lang),
        status_label(item.old, d.old.catalogue, lang),
        status_label(item.new, d.new.catalogue, lang),
        signed(item.impact),
        _tone(item.impact),
    )


def history_html(h: History, lang: str) -> str:
    """The trend of one folder over revisions as one client-ready page: the overall score on an axis scaled to
    its range, one small chart per domain on a shared axis, and the table."""
    w = history_words(lang)
    rows = history_rows(h, lang)
    labels = [p.revision.rev for p in h.points]
    overall_name, overall_values, _ = rows[0]
    latest = h.points[-1] if h.points else None
    heading = _title_of(latest.organization if latest else None, latest.site if latest else None, h.folder or ".")
    overall = trend(labels, [(overall_name, overall_values)], nice_scale(overall_values), title=overall_name)
    shared = nice_scale([v for _, values, _ in rows[1:] for v in values])
    small = [
        (name, trend(labels, [(name, values)], shared, title=name, width=300, height=170, legend=False))
        for name, values, _ in rows[1:]
    ]
    return _render(
        "history.html.j2",
        lang,
        h=h,
        w=w,
        heading=heading,
        heads=history_heads(h),
        rows=rows,
        overall=overall,
        small=small,
        one=one,
        signed=signed,
        tone=_tone,
    )


def _render(name: str, lang: str, **context: object) -> str:
    language: Lang = "en" if lang == "en" else "zh"
    # generated_by keeps its {version} placeholder: the template fills it
    words = {key: t_in(language, f"pages.{key.replace('_', '-')}") for key in ("generated_by", "domains", "revisions")}
    text = (
        environment(None)
        .get_template(name)
        .render(lang=lang, version=__version__, page=words, Markup=Markup, **context)
    )
    return text if text.endswith("\n") else text + "\n"
