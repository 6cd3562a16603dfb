"""What a report template sees: the assessment, its scores and its action plan as plain view objects.

Pure: no Jinja here.  ``Words`` turns message keys and catalogue texts into escaped text for one format and
one language (``bi`` shows Chinese and English).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup, escape

from cc_assess import __version__
from cc_assess.actions import ActionRow, plan
from cc_assess.applicability import NaReason
from cc_assess.assessment import LoadedAssessment
from cc_assess.models import Assessment, Catalogue, EvidenceRef, I18nText, Item, Response
from cc_assess.render.charts import Point, bars, radar, text_bar
from cc_assess.render.markup import md_inline
from cc_assess.render.messages import MESSAGES
from cc_assess.scoring import NOT_ASSESSED, DomainScore, ScoreResult, score
from cc_assess.textutil import one


def score_tone(value: float | None) -> str:
    if value is None:
        return "none"
    return "good" if value >= 80 else ("fair" if value >= 60 else "poor")


class Words:
    """Message keys and catalogue texts in one language (or both), escaped for one format."""

    def __init__(self, lang: str, html: bool, *, spans: bool = True) -> None:
        self.lang = lang
        self.html = html  # escaped for HTML (and XML: a Word document's text)
        self.spans = spans  # bi: each language in its own <span> (HTML), else "zh / en"

    def _esc(self, value: object) -> str:
        return str(escape(value)) if self.html else md_inline(value)

    def _both(self, zh: str, en: str, *, trusted: bool = False) -> Markup:
        def esc(text: str) -> str:
            if trusted and not self.html:
                return text
            return self._esc(text)

        if self.lang == "zh":
            return Markup(esc(zh))  # escaped above
        if self.lang == "en":
            return Markup(esc(en))
        if zh == en:
            return Markup(esc(zh))
        if self.html and self.spans:
            return Markup(f'<span class="zh" lang="zh-CN">{esc(zh)}</span> <span class="en" lang="en">{esc(en)}</span>')
        return Markup(f"{esc(zh)} / {esc(en)}")

    def t(self, key: str, **values: object) -> Markup:
        """A message of the report's own words; ``values`` are user text and get escaped."""
        zh, en = MESSAGES[key]
        if self.html:
            return self._both(zh, en).format(**values) if values else self._both(zh, en)
        escaped = {k: md_inline(v) for k, v in values.items()}
        return self._both(zh.format(**escaped), en.format(**escaped), trusted=True)

    def tx(self, text: I18nText | str | None) -> Markup:
        """A text from the catalogue or the assessment in the report's language(s)."""
        if text is None:
            return Markup("")
        if isinstance(text, str):
            return Markup(self._esc(text))
        return self._both(text.get("zh"), text.get("en"))

    def plain(self, text: I18nText | str) -> str:
        """Unescaped text in the report's language (zh for bi), for chart labels that escape it themselves."""
        if isinstance(text, str):
            return text
        return text.get("en" if self.lang == "en" else "zh")


@dataclass(frozen=True)
class EvidenceView:
    item: str
    ref: str
    note: str | None
    is_url: bool
    exists: bool | None  # None for URLs
    valid_until: dt.date | None = None
    expired: bool = False  # valid_until falls before the assessment date


@dataclass(frozen=True)
class SignOffRow:
    """One role of the sign-off block: who, when, and whether the approval still matches the content."""

    role: str  # prepared | reviewed | approved
    name: str | None
    date: dt.date | None
    state: str  # current | outdated | unsigned


@dataclass(frozen=True)
class ItemView:
    id: str
    domain: str
    title: I18nText
    requirement: I18nText
    key: bool
    weight: float
    status: str  # level id, or "not_assessed"
    label: I18nText
    points: float | None  # None for N/A
    gap: float | None  # None when there is no gap (fully conformant, or N/A)
    response: Response | None
    evidence: list[EvidenceView]
    actions: list[ActionRow]
    na: NaReason | None = None  # why the item is N/A, when it is

    @property
    def tone(self) -> str:
        """good, fair, poor, na or none: for colouring the status."""
        if self.status == NOT_ASSESSED:
            return "none"
        if self.points is None:
            return "na"
        return "good" if self.points >= 1 else ("poor" if self.points <= 0 else "fair")

    @property
    def findings(self) -> str | None:
        return self.response.findings if self.response and (self.response.findings or "").strip() else None

    @property
    def na_reason(self) -> I18nText | None:
        """Why the item is N/A: its response's own reason, or the reason of the ``exclude:`` rule that covers it."""
        return self.na.reason if self.na is not None else None

    @property
    def na_tag(self) -> str | None:
        """The tag of the ``exclude:`` rule that made the item N/A (None when its response says N/A)."""
        return self.na.tag if self.na is not None else None

    @property
    def assessor(self) -> str | None:
        return self.response.assessor if self.response else None

    @property
    def assessed_on(self) -> dt.date | None:
        return self.response.assessed_on if self.response else None


@dataclass(frozen=True)
class DomainView:
    id: str
    title: I18nText
    score: DomainScore
    items: list[ItemView]

    @property
    def score_text(self) -> str:
        return one(self.score.score)

    @property
    def tone(self) -> str:
        return score_tone(self.score.score)

    @property
    def bar(self) -> str:
        return text_bar(self.score.score)


@dataclass(frozen=True)
class Rectification:
    items: list[ItemView]
    actions: int
    closed: int
    open: int
    overdue: int
    without_action: list[str]


@dataclass
class Report:
    lang: str
    format: str
    words: Words
    loaded: LoadedAssessment
    catalogue: Catalogue
    result: ScoreResult
    today: dt.date
    version: str
    domains: list[DomainView]
    items: dict[str, ItemView]
    counts: list[tuple[I18nText, int]]
    reasons: list[Markup]
    plan: list[ActionRow]
    owners: list[tuple[str | None, list[ActionRow]]]
    evidence: list[EvidenceView]
    rectification: Rectification
    charts: dict[str, Markup] = field(default_factory=dict)
    signoff: list[SignOffRow] = field(default_factory=list)
    assessment_date: dt.date | None = None  # the end of the period, else the report date: evidence expires by it

    @property
    def meta(self) -> Assessment:
        return self.loaded.meta

    @property
    def document_no(self) -> str | None:
        return self.loaded.meta.document_no

    @property
    def conclusion(self) -> I18nText | None:
        return self.loaded.meta.conclusion

    @property
    def applicability(self) -> list[ItemView]:
        """The statement of applicability: every N/A item, with its reason."""
        return self.na_items

    @property
    def overall(self) -> str:
        return one(self.result.score)

    @property
    def target(self) -> str | None:
        return None if self.result.target is None else f"{self.result.target:g}"

    @property
    def gaps(self) -> list[ItemView]:
        return [self.items[g.item] for g in self.result.gaps]

    @property
    def key_failures(self) -> list[ItemView]:
        return [self.items[i] for i in self.result.key_failures]

    @property
    def na_items(self) -> list[ItemView]:
        return [i for d in self.domains for i in d.items if i.points is None and i.status != NOT_ASSESSED]

    @property
    def findings(self) -> list[ItemView]:
        return [i for d in self.domains for i in d.items if i.findings]


def _not_assessed_label() -> I18nText:
    zh, en = MESSAGES["not_assessed"]
    return I18nText(zh=zh, en=en)


def _evidence(folder: Path, item: str, refs: list[EvidenceRef], as_of: dt.date) -> list[EvidenceView]:
    return [
        EvidenceView(
            item,
            ev.ref,
            ev.note,
            ev.is_url,
            None if ev.is_url else (folder / ev.ref).exists(),
            ev.valid_until,
            ev.valid_until is not None and ev.valid_until < as_of,
        )
        for ev in refs
    ]


def _signoff(loaded: LoadedAssessment) -> list[SignOffRow]:
    """The three roles in order, signed or not (a broken approvals.yaml raises InvalidInput: exit 1)."""
    from cc_assess.approvals import ROLES, valid_signoff

    signoff = valid_signoff(loaded.shown)
    rows = []
    for role in ROLES:
        entry = signoff.entry(role)
        if entry is None:
            rows.append(SignOffRow(role, None, None, "unsigned"))
        else:
            rows.append(SignOffRow(role, entry.name, entry.date, "current" if entry.current else "outdated"))
    return rows


def _item_view(
    loaded: LoadedAssessment,
    domain: str,
    item: Item,
    level: str | None,
    rows: Mapping[str, list[ActionRow]],
    as_of: dt.date,
    na_reasons: Mapping[str, NaReason],
) -> ItemView:
    catalogue = loaded.catalogue
    loaded_response = loaded.responses.get(item.id)
    response = loaded_response.response if loaded_response else None
    if level is None:
        label, points = _not_assessed_label(), 0.0
    else:
        lv = catalogue.level(level)
        label, points = lv.label, lv.points  # type: ignore[assignment]
    gap = None if points is None or points >= 1 else item.weight * (1 - points)
    return ItemView(
        id=item.id,
        domain=domain,
        title=item.title,
        requirement=item.requirement,
        key=item.key,
        weight=item.weight,
        status=level or NOT_ASSESSED,
        label=label,
        points=points,
        gap=gap,
        response=response,
        evidence=_evidence(loaded.folder, item.id, response.evidence, as_of) if response else [],
        actions=list(rows.get(item.id, [])),
        na=na_reasons.get(item.id),
    )


def _reasons(words: Words, result: ScoreResult) -> list[Markup]:
    if result.ready:
        if result.target is None:
            return [words.t("why_ready")]
        return [words.t("why_ready_target", score=one(result.score), target=f"{result.target:g}")]
    out = []
    for reason in result.reasons:
        if reason == "key-failures":
            out.append(words.t("why_key-failures", n=len(result.key_failures), items=", ".join(result.key_failures)))
        elif reason == "not-assessed":
            out.append(words.t("why_not-assessed", n=result.counts[NOT_ASSESSED]))
        elif reason == "below-target":
            out.append(words.t("why_below-target", score=one(result.score), target=f"{result.target:g}"))
    return out


def build(loaded: LoadedAssessment, *, format: str, lang: str, today: dt.date) -> Report:
    catalogue = loaded.catalogue
    words = Words(lang, html=format in ("html", "docx"), spans=format == "html")
    as_of = loaded.meta.period.end if loaded.meta.period is not None else today
    result = score(catalogue, loaded.statuses, loaded.meta.target)
    rows = plan(
        ((item, action) for item, lr in loaded.responses.items() for action in lr.response.actions),
        today,
    )
    by_item: dict[str, list[ActionRow]] = {}
    for row in rows:
        by_item.setdefault(row.item, []).append(row)
    statuses = loaded.statuses
    na_reasons = loaded.na_reasons
    scores = {d.id: d for d in result.domains}
    domains: list[DomainView] = []
    items: dict[str, ItemView] = {}
    for domain in catalogue.domains:
        views = [
            _item_view(loaded, domain.id, item, statuses[item.id], by_item, as_of, na_reasons) for item in domain.items
        ]
        items.update((v.id, v) for v in views)
        domains.append(DomainView(domain.id, domain.title, scores[domain.id], views))

    counts = [(level.label, result.counts[level.id]) for level in catalogue.scale]
    counts.append((_not_assessed_label(), result.counts[NOT_ASSESSED]))

    owners: dict[str | None, list[ActionRow]] = {}
    for row in rows:
        owners.setdefault((row.action.owner or "").strip() or None, []).append(row)
    owner_list = sorted(owners.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))

    to_fix = [v for v in items.values() if v.status != NOT_ASSESSED and v.points is not None and v.points < 1]
    fix_rows = [row for v in to_fix for row in v.actions]
    rectification = Rectification(
        items=to_fix,
        actions=len(fix_rows),
        closed=sum(r.action.status == "done" for r in fix_rows),
        open=sum(r.action.status != "done" for r in fix_rows),
        overdue=sum(r.overdue for r in fix_rows),
        without_action=[v.id for v in to_fix if not v.actions],
    )

    report = Report(
        lang=lang,
        format=format,
        words=words,
        loaded=loaded,
        catalogue=catalogue,
        result=result,
        today=today,
        version=__version__,
        domains=domains,
        items=items,
        counts=counts,
        reasons=_reasons(words, result),
        plan=rows,
        owners=owner_list,
        evidence=[ev for v in items.values() for ev in v.evidence],
        rectification=rectification,
        signoff=_signoff(loaded),
        assessment_date=as_of,
    )
    if format == "html":
        points = [Point(d.id, words.plain(d.title), d.score.score) for d in domains]
        title_radar = words.plain(I18nText(zh=MESSAGES["radar_caption"][0], en=MESSAGES["radar_caption"][1]))
        title_bars = words.plain(I18nText(zh=MESSAGES["bars_caption"][0], en=MESSAGES["bars_caption"][1]))
        report.charts = {
            "radar": radar(points, result.target, title=title_radar),
            "bars": bars(points, result.target, title=title_bars),
        }
    return report
