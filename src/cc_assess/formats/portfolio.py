"""Output formats of ``portfolio``: json, a rich table, markdown, csv (one row per site), and the HTML page
(rendered by :mod:`cc_assess.render.portfolio`, imported only for that format).

Words come from the ``portfolio.*`` section of the message table, in the page language (``bi``: both).
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import IO

from cc_assess.csvout import csv_text
from cc_assess.i18n import t_in
from cc_assess.portfolio.rollup import Portfolio, SiteView
from cc_assess.textutil import md_cell, one, signed, text_console, to_json, write_json

#: how many items the "widest spread" lists show
WIDEST = 10


#: the columns of a site's row in the table and the Markdown ranking (the table puts its rank before them)
_SITE_COLUMNS = (
    "site",
    "group",
    "seats",
    "score",
    "previous",
    "delta",
    "verdict",
    "key_failures",
    "not_assessed",
    "overdue",
)


def words(lang: str, key: str, /, **values: object) -> str:
    """A ``portfolio.*`` message in ``lang``; ``bi`` gives "zh / en" (once when both are the same)."""
    if lang == "bi":
        zh, en = t_in("zh", f"portfolio.{key}", **values), t_in("en", f"portfolio.{key}", **values)
        return zh if zh == en else f"{zh} / {en}"
    return t_in("en" if lang == "en" else "zh", f"portfolio.{key}", **values)


def text_lang(lang: str) -> str:
    """The language of catalogue texts and names: ``bi`` shows the Chinese one."""
    return "en" if lang == "en" else "zh"


def portfolio_json(p: Portfolio, lang: str) -> str:
    return to_json(p.to_json(text_lang(lang)))


def write_portfolio_json(p: Portfolio, lang: str, stream: IO[str]) -> None:
    """:func:`portfolio_json` written to ``stream`` in pieces, the same characters: each site's data is made and
    written in turn, so neither a thousand sites' JSON nor their data is ever held whole."""
    fields = p.to_json(text_lang(lang), sites=False)
    last_key = next(reversed(fields))
    stream.write("{\n")
    for key, value in fields.items():
        end = "\n" if key == last_key else ",\n"
        stream.write(f"  {json.dumps(key)}: ")
        if key == "sites" and p.sites:
            stream.write("[\n")
            for n, site in enumerate(p.sites):
                stream.write(",\n    " if n else "    ")
                write_json(site.to_json(), stream, depth=4, end="")
            stream.write("\n  ]" + end)
        else:
            write_json(value, stream, depth=2, end=end)
    stream.write("}\n")


def _verdict(site: SiteView, lang: str) -> str:
    return words(lang, "ready") if site.summary.ready else words(lang, "not_ready")


def _headline(p: Portfolio, lang: str) -> str:
    return words(
        lang,
        "headline",
        name=p.name.get(text_lang(lang)),
        score=one(p.overall),
        sites=len(p.sites),
        weight=words(lang, f"weight_{p.weight}"),
    )


def portfolio_table(p: Portfolio, lang: str) -> str:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=_headline(p, lang), title_justify="left")
    for head in ("rank", *_SITE_COLUMNS):
        table.add_column(
            words(lang, f"col_{head}"), justify="left" if head in ("site", "group", "verdict") else "right"
        )
    for n, site in enumerate(p.ranking(), 1):
        s = site.summary
        table.add_row(
            str(n),
            Text(f"{s.id} {site.title(text_lang(lang))}" if s.title is not None else s.id),
            Text(s.group or "—"),
            "—" if s.seats is None else str(s.seats),
            one(s.overall),
            one(s.previous),
            signed(site.delta) if s.previous is not None else "—",
            _verdict(site, lang),
            str(len(site.key_failures)),
            str(s.not_assessed),
            str(s.overdue_count),
        )
    buffer = io.StringIO()
    console = text_console(buffer, 120, highlight=False)
    console.print(table)
    if p.groups:
        groups = Table(title=words(lang, "groups"), title_justify="left")
        for head in ("group", "score", "sites"):
            groups.add_column(words(lang, f"col_{head}"), justify="right" if head == "score" else "left")
        for g in p.groups:
            groups.add_row(Text(g.id), one(g.score), Text(", ".join(g.sites)))
        console.print(groups)
    if p.key_failures:
        console.print(
            Text(
                words(
                    lang,
                    "key_failures_line",
                    items="; ".join(f"{k.item} ({', '.join(k.sites)})" for k in p.key_failures),
                )
            )
        )
    widest = p.widest(WIDEST)
    if widest:
        console.print(
            Text(
                words(
                    lang,
                    "widest_line",
                    items="; ".join(
                        f"{i.item} {i.min or 0:g}–{i.max or 0:g} ({', '.join(i.worst) or '—'})" for i in widest
                    ),
                )
            )
        )
    return buffer.getvalue()


def portfolio_markdown(p: Portfolio, lang: str) -> str:
    tl = text_lang(lang)
    domains = p.domain_ids()
    lines = [
        f"## {md_cell(_headline(p, lang))}",
        "",
        f"- {words(lang, 'catalogue')}: {p.catalogue.id} {p.catalogue.version}",
        f"- {words(lang, 'as_of')}: {p.today.isoformat()}",
        "",
        f"### {words(lang, 'ranking')}",
        "",
        "| # | " + " | ".join(words(lang, f"col_{h}") for h in _SITE_COLUMNS) + " |",
        "| ---: | --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |",
    ]
    for n, site in enumerate(p.ranking(), 1):
        s = site.summary
        lines.append(
            f"| {n} | {md_cell(s.id)} {md_cell(site.title(tl)) if s.title is not None else ''} | "
            f"{md_cell(s.group) or '—'} | {'—' if s.seats is None else s.seats} | {one(s.overall)} | "
            f"{one(s.previous)} | {signed(site.delta) if s.previous is not None else '—'} | {_verdict(site, lang)} | "
            f"{len(site.key_failures)} | {s.not_assessed} | {s.overdue_count} |"
        )
    if p.groups:
        lines += [
            "",
            f"### {words(lang, 'groups')}",
            "",
            f"| {words(lang, 'col_group')} | {words(lang, 'col_score')} | {words(lang, 'col_sites')} |",
            "| --- | ---: | --- |",
        ]
        lines += [f"| {md_cell(g.id)} | {one(g.score)} | {md_cell(', '.join(g.sites))} |" for g in p.groups]
    lines += [
        "",
        f"### {words(lang, 'heatmap')}",
        "",
        f"| {words(lang, 'col_site')} | " + " | ".join(domains) + " |",
        "| --- |" + " ---: |" * len(domains),
    ]
    for site in p.sites:
        scores = dict(site.summary.domains)
        lines.append(f"| {md_cell(site.id)} | " + " | ".join(one(scores.get(d)) for d in domains) + " |")
    lines += ["", f"### {words(lang, 'key_failures')}", ""]
    if p.key_failures:
        lines += [f"- {k.item}: {md_cell(', '.join(k.sites))}" for k in p.key_failures]
    else:
        lines.append(words(lang, "none"))
    widest = p.widest(WIDEST)
    lines += ["", f"### {words(lang, 'widest')}", ""]
    if widest:
        lines += [
            f"| {words(lang, 'col_item')} | min | median | max | {words(lang, 'col_failing')} | "
            f"{words(lang, 'col_worst')} |",
            "| --- | ---: | ---: | ---: | ---: | --- |",
        ]
        lines += [
            f"| {i.item}{' ★' if i.key else ''} | {i.min:g} | {i.median:g} | {i.max:g} | {i.failing_sites} | "
            f"{md_cell(', '.join(i.worst)) or '—'} |"
            for i in widest
            if i.min is not None and i.median is not None and i.max is not None
        ]
    else:
        lines.append(words(lang, "none"))
    overdue = [s for s in p.sites if s.summary.overdue]
    lines += ["", f"### {words(lang, 'overdue')}", ""]
    if overdue:
        for site in overdue:
            lines.append(
                f"- **{md_cell(site.id)}**: "
                + "; ".join(
                    f"{a.due} {a.item} {md_cell(a.id)} {md_cell(a.description)}"
                    + (f" ({md_cell(a.owner)})" if a.owner else "")
                    for a in site.summary.overdue
                )
                + (
                    f"; {words(lang, 'more_overdue', count=site.summary.overdue_count - len(site.summary.overdue))}"
                    if site.summary.overdue_count > len(site.summary.overdue)
                    else ""
                )
            )
    else:
        lines.append(words(lang, "none"))
    return "\n".join(lines) + "\n"


SITE_COLUMNS = (
    "site",
    "title",
    "group",
    "seats",
    "overall",
    "previous",
    "delta",
    "ready",
    "key_failures",
    "not_assessed",
    "overdue_actions",
)


def portfolio_csv(p: Portfolio, lang: str) -> str:
    """One row per site (portfolio order) with a column per domain; UTF-8 with a byte-order mark, CRLF."""
    domains = p.domain_ids()
    rows: list[list[object]] = [[*SITE_COLUMNS, *domains]]
    for site in p.sites:
        s = site.summary
        scores = dict(s.domains)
        row: list[object] = [
            s.id,
            site.title(text_lang(lang)) if s.title is not None else "",
            s.group,
            s.seats,
            s.overall,
            s.previous,
            site.delta,
            s.ready,
            " ".join(site.key_failures),
            s.not_assessed,
            s.overdue_count,
            *(scores.get(d) for d in domains),
        ]
        rows.append(row)
    return csv_text(rows)


def portfolio_html(p: Portfolio, lang: str) -> str:
    from cc_assess.render.portfolio import render_portfolio

    return render_portfolio(p, lang)


#: The formats that list each site's overdue actions (the others only count them, so the run need not keep them).
LISTS_OVERDUE = frozenset({"markdown", "html"})

PORTFOLIO_FORMATS: dict[str, Callable[[Portfolio, str], str]] = {
    "table": portfolio_table,
    "json": portfolio_json,
    "markdown": portfolio_markdown,
    "html": portfolio_html,
    "csv": portfolio_csv,
}
