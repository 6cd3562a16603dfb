"""The roll-up of a portfolio: site summaries -> group and overall scores, item spreads, key failures, facts.

Pure: no I/O.  The rules (SPEC, "Portfolio"):

- A site's scores are ``score``'s, rounded to two decimals.  Group and overall scores are the seat-weighted
  (``seats``) or plain (``equal``) means of the rounded site overall scores, computed in decimal and rounded
  half-up to two decimals, so that anyone can check them from the JSON; a site without a score (every item
  N/A) is left out of the means.
- Sites may use different versions of one catalogue: item ids are mapped to the newest version among the sites
  through its ``changes:`` (as ``diff`` does).  An item that version removed keeps its own id in the facts and
  is left out of ``items``.
- ``items[]``: per item of the newest version, min/median/max of the points across the sites where it is not
  N/A (not assessed counts 0, as in scoring); ``failing_sites`` counts the sites with points below 1 (not
  assessed included), ``worst`` names the sites at the minimum when that minimum is below 1.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, Iterator, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from cc_assess.catalogue.changes import id_changes, version_key
from cc_assess.models import Catalogue, I18nText
from cc_assess.portfolio.sites import SiteSummary
from cc_assess.scoring import NOT_ASSESSED, round2

#: the columns of ``--facts``, in order
FACT_COLUMNS = (
    "site",
    "group",
    "item",
    "domain",
    "status",
    "points",
    "weight",
    "key",
    "not_assessed",
    "overdue_actions",
)
Fact = tuple[str, str | None, str, str, str, float | None, float, bool, bool, int]


def weighted_mean(pairs: Sequence[tuple[int, float | None]]) -> float | None:
    """Σ w·s / Σ w over the pairs with a score, in decimal, rounded half-up to two decimals (None: no score)."""
    scored = [(Decimal(w), Decimal(repr(s))) for w, s in pairs if s is not None]
    total = sum((w for w, _ in scored), Decimal(0))
    if not scored or total == 0:
        return None
    mean = sum((w * s for w, s in scored), Decimal(0)) / total
    return float(mean.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class SiteView:
    """A site as the roll-up shows it: its summary, its key failures under the newest catalogue's ids."""

    summary: SiteSummary
    key_failures: list[str]

    @property
    def id(self) -> str:
        return self.summary.id

    @property
    def delta(self) -> float | None:
        s = self.summary
        return None if s.overall is None or s.previous is None else round2(s.overall - s.previous)

    def title(self, lang: str) -> str:
        return self.summary.title.get(lang) if self.summary.title is not None else self.summary.id

    def to_json(self) -> dict[str, object]:
        s = self.summary
        return {
            "id": s.id,
            "group": s.group,
            "seats": s.seats,
            "overall": s.overall,
            "domains": [{"id": d, "score": v} for d, v in s.domains],
            "key_failures": self.key_failures,
            "ready": s.ready,
            "not_assessed": s.not_assessed,
            "overdue_actions": s.overdue_count,
            "previous": s.previous,
            "delta": self.delta,
        }


@dataclass(frozen=True)
class ItemSpread:
    item: str
    domain: str
    key: bool
    min: float | None
    median: float | None
    max: float | None
    worst: list[str]
    failing_sites: int

    @property
    def spread(self) -> float:
        return 0.0 if self.min is None or self.max is None else self.max - self.min

    def to_json(self) -> dict[str, object]:
        return {
            "item": self.item,
            "min": self.min,
            "median": self.median,
            "max": self.max,
            "worst": self.worst,
            "failing_sites": self.failing_sites,
        }


@dataclass(frozen=True)
class GroupScore:
    id: str
    score: float | None
    sites: list[str]

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "score": self.score, "sites": self.sites}


@dataclass(frozen=True)
class KeyFailure:
    item: str
    sites: list[str]

    def to_json(self) -> dict[str, object]:
        return {"item": self.item, "sites": self.sites}


@dataclass(frozen=True)
class Portfolio:
    name: I18nText
    language: str  # the file's language: (zh, en, bi), "" when not set
    weight: str
    today: dt.date
    overall: float | None
    groups: list[GroupScore]
    sites: list[SiteView]
    items: list[ItemSpread]
    key_failures: list[KeyFailure]
    catalogue: Catalogue  # the newest version among the sites
    catalogues: dict[tuple[str, str], Catalogue]
    mappings: dict[str, dict[str, str | None]]  # version -> own id -> newest id (None: removed)

    def to_json(self, lang: str = "zh", *, sites: bool = True) -> dict[str, object]:
        """The JSON's data; ``sites=False``: ``sites`` is an empty list (for writing the sites one at a time)."""
        return {
            "name": self.name.get("en" if lang == "en" else "zh"),
            "weight": self.weight,
            "overall": {"score": self.overall},
            "groups": [g.to_json() for g in self.groups],
            "sites": [s.to_json() for s in self.sites] if sites else [],
            "items": [i.to_json() for i in self.items],
            "key_failures": [k.to_json() for k in self.key_failures],
        }

    def widest(self, count: int = 10) -> list[ItemSpread]:
        """The items whose points differ most between sites (then the most failing sites, then id)."""
        spread = [i for i in self.items if i.spread > 0]
        return sorted(spread, key=lambda i: (-i.spread, -i.failing_sites, i.item))[:count]

    def ranking(self) -> list[SiteView]:
        """Sites by overall score, best first (no score last), then by portfolio order."""
        return sorted(self.sites, key=lambda s: (s.summary.overall is None, -(s.summary.overall or 0.0)))

    def domain_ids(self) -> list[str]:
        ids = [d.id for d in self.catalogue.domains]
        for site in self.sites:
            ids += [d for d, _ in site.summary.domains if d not in ids]
        return ids

    def domain_title(self, domain_id: str, lang: str) -> str:
        for catalogue in [self.catalogue, *self.catalogues.values()]:
            for domain in catalogue.domains:
                if domain.id == domain_id:
                    return domain.title.get(lang)
        return domain_id

    def facts(self) -> Iterator[Fact]:
        """One row per site x item of the site's catalogue (ids and domains of the newest version)."""
        newest_domain = self.catalogue.item_domain()
        for site in self.sites:
            s = site.summary
            catalogue = self.catalogues[(s.catalogue_id, s.catalogue_version)]
            mapping = self.mappings[s.catalogue_version]
            points = {level.id: level.points for level in catalogue.scale}
            items = {item.id: (item, domain.id) for domain in catalogue.domains for item in domain.items}
            for own, level, overdue in s.level_ids(catalogue):
                item, own_domain = items[own]
                mapped = mapping.get(own, own) or own
                yield (
                    s.id,
                    s.group,
                    mapped,
                    newest_domain.get(mapped, own_domain),
                    level or NOT_ASSESSED,
                    0.0 if level is None else points[level],
                    item.weight,
                    item.key,
                    level is None,
                    overdue,
                )


def _mappings(newest: Catalogue, versions: set[str]) -> dict[str, dict[str, str | None]]:
    out: dict[str, dict[str, str | None]] = {}
    for version in versions:
        if version == newest.version:
            out[version] = {}
            continue
        changes = id_changes(newest, version)
        mapping: dict[str, str | None] = dict(changes.renamed)
        mapping.update(dict.fromkeys(changes.removed))
        out[version] = mapping
    return out


def _points(
    s: SiteSummary,
    catalogues: dict[tuple[str, str], Catalogue],
    mappings: dict[str, dict[str, str | None]],
    wanted: Container[str],
) -> Iterator[tuple[str, float]]:
    """(newest item id, points) of each item of a site that is in ``wanted`` and not N/A (not assessed: 0)."""
    catalogue = catalogues[(s.catalogue_id, s.catalogue_version)]
    mapping = mappings[s.catalogue_version]
    scale = {level.id: level.points for level in catalogue.scale}
    for own, level, _ in s.level_ids(catalogue):
        mapped = mapping.get(own, own)
        if mapped is None or mapped not in wanted:
            continue
        p = 0.0 if level is None else scale[level]
        if p is not None:
            yield mapped, float(p)  # as an array of doubles held them: 1 and 1.0 are one key


def _median(counts: dict[float, int]) -> float:
    """``statistics.median`` of the values that ``counts`` counts (the mean of the middle two for an even count)."""
    ordered = sorted(counts)
    total = sum(counts.values())

    def nth(k: int) -> float:
        for value in ordered:
            if k < counts[value]:
                return value
            k -= counts[value]
        raise IndexError(k)  # pragma: no cover - k < total

    if total % 2:
        return nth(total // 2)
    return (nth(total // 2 - 1) + nth(total // 2)) / 2


def rollup(
    name: I18nText,
    language: str,
    summaries: Sequence[SiteSummary],
    catalogues: dict[tuple[str, str], Catalogue],
    *,
    weight: str,
    today: dt.date,
) -> Portfolio:
    """The portfolio of valid site summaries (in portfolio order) on one catalogue id; ``name`` and ``language``
    (``""`` when not set) are those of ``portfolio.yaml``."""
    newest = max(catalogues.values(), key=lambda c: version_key(c.version))
    mappings = _mappings(newest, {s.catalogue_version for s in summaries})
    newest_items = newest.item_domain()

    def w(s: SiteSummary) -> int:
        return 1 if weight == "equal" else (s.seats or 0)

    sites: list[SiteView] = []
    # Per item: how many sites have each number of points (N/A left out): a few entries per item, whatever the
    # number of sites.  The worst sites are found in a second pass, once each item's minimum is known.
    counts: dict[str, dict[float, int]] = {item: {} for item in newest_items}
    key_sites: dict[str, list[str]] = {}
    for s in summaries:
        for item, p in _points(s, catalogues, mappings, counts):
            found = counts[item]
            found[p] = found.get(p, 0) + 1
        mapping = mappings[s.catalogue_version]
        failures = [(mapping.get(own, own) or own) for own in s.key_failures]
        for item in failures:
            key_sites.setdefault(item, []).append(s.id)
        sites.append(SiteView(s, sorted(failures)))
    lows = {item: min(found) for item, found in counts.items() if found and min(found) < 1}
    worst: dict[str, list[str]] = {item: [] for item in lows}
    if lows:
        for s in summaries:
            for item, p in _points(s, catalogues, mappings, lows):
                if p == lows[item]:
                    worst[item].append(s.id)

    items: list[ItemSpread] = []
    keys = {item.id: item.key for item in newest.items()}
    for item, found in counts.items():
        items.append(
            ItemSpread(
                item,
                newest_items[item],
                keys[item],
                min(found) if found else None,
                round2(_median(found)) if found else None,
                max(found) if found else None,
                worst.get(item, []),
                sum(n for p, n in found.items() if p < 1),
            )
        )

    groups: dict[str, list[SiteSummary]] = {}
    for s in summaries:
        if s.group is not None:
            groups.setdefault(s.group, []).append(s)
    return Portfolio(
        name,
        language,
        weight,
        today,
        weighted_mean([(w(s), s.overall) for s in summaries]),
        [
            GroupScore(g, weighted_mean([(w(s), s.overall) for s in members]), [s.id for s in members])
            for g, members in groups.items()
        ],
        sites,
        items,
        [KeyFailure(item, key_sites[item]) for item in sorted(key_sites)],
        newest,
        catalogues,
        mappings,
    )
