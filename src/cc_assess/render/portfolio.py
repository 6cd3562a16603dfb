"""The portfolio page: one self-contained HTML file in the report's style (its CSS inline, charts as inline SVG,
no script, nothing fetched), rendered from ``templates/portfolio.html.j2``.

Sections: summary, site x review-category heat map, ranking (and groups), key-item failures across sites, the
items with the widest spread and their worst sites, overdue corrective actions per site, change since the
previous assessment.  Every user string is escaped (autoescape, and :func:`markupsafe.escape` in the SVG).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from cc_assess import __version__
from cc_assess.i18n import t_in
from cc_assess.models import I18nText
from cc_assess.portfolio.rollup import ItemSpread, Portfolio, SiteView
from cc_assess.render.engine import environment
from cc_assess.textutil import decimal1

#: How many items the "widest spread" section lists.
WIDEST = 15
#: Heat-map bands: (lowest score of the band, css class), best first.
BANDS = ((90.0, "h5"), (80.0, "h4"), (70.0, "h3"), (60.0, "h2"), (0.0, "h1"))


class PageWords:
    """The ``portfolio.*`` messages and catalogue texts in one language, or both (``bi``), escaped for HTML."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def _both(self, zh: str, en: str) -> Markup:
        if self.lang == "zh":
            return escape(zh)
        if self.lang == "en" or zh == en:
            return escape(en if self.lang == "en" else zh)
        return Markup('<span class="zh" lang="zh-CN">{}</span> <span class="en" lang="en">{}</span>').format(zh, en)

    def t(self, key: str, **values: object) -> Markup:
        return self._both(
            t_in("zh", f"portfolio.{key}", **values),
            t_in("en", f"portfolio.{key}", **values),
        )

    def tx(self, text: I18nText | None, fallback: str = "") -> Markup:
        if text is None:
            return escape(fallback)
        return self._both(text.get("zh"), text.get("en"))

    def plain(self, key: str, **values: object) -> str:
        """Text without markup (an SVG title, the page title)."""
        return t_in("en" if self.lang == "en" else "zh", f"portfolio.{key}", **values)


def band(score: float | None) -> str:
    if score is None:
        return "h0"
    return next(cls for low, cls in BANDS if score >= low)


def _one(value: float | None) -> str:
    return "—" if value is None else decimal1(value)


def heat_map(p: Portfolio, sites: Sequence[SiteView], words: PageWords) -> Markup:
    """Sites (rows) x review categories and the overall score (columns), each cell coloured by its score band."""
    domains = p.domain_ids()
    cell_w, cell_h, left, top = 54, 24, 190, 30
    width = left + cell_w * (len(domains) + 1) + 8
    height = top + cell_h * len(sites) + 6
    title = words.plain("heatmap")
    parts = [
        f'<svg class="chart heat" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    lang = "en" if words.lang == "en" else "zh"
    heads = [*((d, p.domain_title(d, lang)) for d in domains), ("Σ", words.plain("col_overall"))]
    for j, (head, long) in enumerate(heads):
        x = left + cell_w * j + cell_w / 2
        parts.append(
            f'<text class="label" x="{x:.1f}" y="{top - 10}" text-anchor="middle">'
            f"<title>{escape(long)}</title>{escape(head)}</text>"
        )
    for i, site in enumerate(sites):
        y = top + cell_h * i
        name = site.id if site.summary.title is None else f"{site.id} {site.title(lang)}"
        short = name if len(name) <= 24 else name[:23] + "…"
        parts.append(
            f'<text class="label" x="{left - 8}" y="{y + cell_h / 2 + 4:.1f}" text-anchor="end">'
            f"<title>{escape(name)}</title>{escape(short)}</text>"
        )
        scores = dict(site.summary.domains)
        values = [scores.get(d) for d in domains] + [site.summary.overall]
        for j, value in enumerate(values):
            x = left + cell_w * j
            label = f"{name} · {heads[j][0]}: {_one(value)}"
            parts.append(
                f'<rect class="cell {band(value)}{" total" if j == len(domains) else ""}" x="{x + 1}" y="{y + 1}" '
                f'width="{cell_w - 2}" height="{cell_h - 2}"><title>{escape(label)}</title></rect>'
                f'<text class="v {band(value)}" x="{x + cell_w / 2:.1f}" y="{y + cell_h / 2 + 4:.1f}" '
                f'text-anchor="middle">{_one(value)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))  # every text above is escaped


def delta_bars(sites: Sequence[SiteView], words: PageWords) -> Markup:
    """One bar per site with a previous assessment: the change of its overall score, left (down) or right (up)."""
    rows = [s for s in sites if s.delta is not None]
    if not rows:
        return Markup("")
    row_h, left, width = 24, 190, 640
    mid = left + (width - left - 40) / 2
    half = (width - left - 40) / 2
    scale = max(max(abs(s.delta or 0.0) for s in rows), 1.0)
    height = row_h * len(rows) + 12
    title = words.plain("changes")
    lang = "en" if words.lang == "en" else "zh"
    parts = [
        f'<svg class="chart deltas" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<line class="axis" x1="{mid:.1f}" y1="0" x2="{mid:.1f}" y2="{height}"/>',
    ]
    for i, site in enumerate(rows):
        delta = site.delta or 0.0
        y = 6 + row_h * i
        name = site.id if site.summary.title is None else f"{site.id} {site.title(lang)}"
        length = half * abs(delta) / scale
        x = mid if delta >= 0 else mid - length
        tone = "good" if delta > 0 else ("poor" if delta < 0 else "fair")
        text_x = mid + length + 6 if delta >= 0 else mid - length - 6
        anchor = "start" if delta >= 0 else "end"
        sign = decimal1(delta, signed=True)
        parts.append(
            f'<text class="label" x="{left - 8}" y="{y + row_h / 2 + 2:.1f}" text-anchor="end">{escape(name)}</text>'
            f'<rect class="bar {tone}" x="{x:.1f}" y="{y + 3}" width="{length:.1f}" height="{row_h - 8}">'
            f"<title>{escape(name)}: {_one(site.summary.previous)} → {_one(site.summary.overall)} ({sign})</title>"
            f'</rect><text class="value" x="{text_x:.1f}" y="{y + row_h / 2 + 2:.1f}" '
            f'text-anchor="{anchor}">{sign}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))  # every text above is escaped


@dataclass(frozen=True)
class SpreadRow:
    spread: ItemSpread
    title: I18nText | None


def render_portfolio(p: Portfolio, lang: str) -> str:
    """The portfolio page in ``lang`` (zh, en or bi)."""
    words = PageWords(lang)
    ranking = p.ranking()
    items = {item.id: item for item in p.catalogue.items()}
    widest = [SpreadRow(i, items[i.item].title if i.item in items else None) for i in p.widest(WIDEST)]
    key_failures = sorted(p.key_failures, key=lambda k: (-len(k.sites), k.item))
    titles = {s.id: s for s in p.sites}
    page = environment(None).get_template("portfolio.html.j2")
    text = page.render(
        p=p,
        lang=lang,
        t=words.t,
        tx=words.tx,
        one=_one,
        band=band,
        version=__version__,
        name=words.tx(p.name),
        page_title=p.name.get("en" if lang == "en" else "zh") + " · " + words.plain("title"),
        ranking=ranking,
        heat=heat_map(p, ranking, words),
        deltas=delta_bars(p.sites, words),
        widest=widest,
        key_failures=key_failures,
        key_titles={k.item: items[k.item].title if k.item in items else None for k in key_failures},
        sites=titles,
        ready=sum(1 for s in p.sites if s.summary.ready),
        overdue=[s for s in p.sites if s.summary.overdue],
        with_previous=[s for s in p.sites if s.summary.previous is not None],
        signed=lambda v: "—" if v is None else decimal1(v, signed=True),
    )
    return text if text.endswith("\n") else text + "\n"
