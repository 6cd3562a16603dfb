"""Scoring: (catalogue, statuses) -> domain and overall scores, gaps, key failures, readiness.

Pure: no I/O, no printing.  The rules are the SPEC's "Scoring" section; numbers in results are rounded to two
decimals half-up, and readiness and thresholds compare those same rounded values.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from cc_assess.errors import CannotRun
from cc_assess.i18n import t
from cc_assess.models import Catalogue

NOT_ASSESSED = "not_assessed"


def round2(value: float) -> float:
    """Two decimals, half up on the decimal value people see (70.785 -> 70.79).

    A sum too large to hold (weights near 1e308 in a catalogue that skipped ``catalogue check``) cannot run:
    a score is never NaN or infinite, so JSON and ``--fail-under`` cannot disagree.
    """
    if not math.isfinite(value) or abs(value) > 1e15:
        from cc_assess.i18n import t

        raise CannotRun(t("reliability.score_not_finite"))
    return float(Decimal(repr(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _num(value: float) -> int | float:
    """A weight as written: 2 rather than 2.0."""
    return int(value) if float(value).is_integer() else value


@dataclass(frozen=True)
class Gap:
    item: str
    domain: str
    status: str  # level id or "not_assessed"
    weight: float
    gap: float
    key: bool

    def to_json(self) -> dict[str, object]:
        return {
            "item": self.item,
            "domain": self.domain,
            "status": self.status,
            "weight": _num(self.weight),
            "gap": round2(self.gap),
            "key": self.key,
        }


@dataclass(frozen=True)
class DomainScore:
    id: str
    score: float | None  # rounded
    achieved: float
    possible: float
    counts: dict[str, int]
    weight: float | None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "score": self.score,
            "achieved": round2(self.achieved),
            "possible": round2(self.possible),
            "counts": self.counts,
        }


@dataclass(frozen=True)
class ScoreResult:
    catalogue_id: str
    catalogue_version: str
    score: float | None  # overall, rounded
    achieved: float
    possible: float
    counts: dict[str, int]
    domains: list[DomainScore]
    key_failures: list[str]
    gaps: list[Gap]
    target: float | None
    ready: bool
    reasons: list[str] = field(default_factory=list)  # why not ready, as short codes
    levels: dict[str, str | None] = field(default_factory=dict)  # level id (None: not assessed) per item

    def to_json(self) -> dict[str, object]:
        return {
            "catalogue": {"id": self.catalogue_id, "version": self.catalogue_version},
            "overall": {"score": self.score, "achieved": round2(self.achieved), "possible": round2(self.possible)},
            "counts": self.counts,
            "domains": [d.to_json() for d in self.domains],
            "key_failures": self.key_failures,
            "gaps": [g.to_json() for g in self.gaps],
            "target": None if self.target is None else _num(self.target),
            "ready": self.ready,
        }


def _empty_counts(catalogue: Catalogue) -> dict[str, int]:
    counts = {"total": 0}
    counts.update({level.id: 0 for level in catalogue.scale})
    counts[NOT_ASSESSED] = 0
    return counts


def score(catalogue: Catalogue, statuses: Mapping[str, str | None], target: float | None = None) -> ScoreResult:
    """Score every catalogue item; ``statuses`` maps item ids to level ids (missing or None: not assessed)."""
    points = {level.id: level.points for level in catalogue.scale}
    overall_counts = _empty_counts(catalogue)
    domains: list[DomainScore] = []
    gaps: list[Gap] = []
    key_failures: list[str] = []
    for domain in catalogue.domains:
        counts = _empty_counts(catalogue)
        achieved = possible = 0.0
        for item in domain.items:
            level = statuses.get(item.id)
            counts["total"] += 1
            counts[level if level is not None else NOT_ASSESSED] += 1
            if level is not None and points[level] is None:
                continue  # N/A: out of every sum, never a key failure
            p = points[level] if level is not None else 0.0
            assert p is not None
            achieved += item.weight * p
            possible += item.weight
            if p < 1:
                gaps.append(
                    Gap(item.id, domain.id, level or NOT_ASSESSED, item.weight, item.weight * (1 - p), item.key)
                )
                if item.key:
                    key_failures.append(item.id)
        for k, v in counts.items():
            overall_counts[k] += v
        domain_score = round2(100 * achieved / possible) if possible > 0 else None
        domains.append(DomainScore(domain.id, domain_score, achieved, possible, counts, domain.weight))

    achieved = sum(d.achieved for d in domains)
    possible = sum(d.possible for d in domains)
    if any(d.weight is not None for d in domains):
        scored = [
            (d.weight if d.weight is not None else 1.0, 100 * d.achieved / d.possible)
            for d in domains
            if d.possible > 0
        ]
        total_weight = sum(w for w, _ in scored)
        overall = round2(sum(w * s for w, s in scored) / total_weight) if scored else None
    else:
        overall = round2(100 * achieved / possible) if possible > 0 else None

    gaps.sort(key=lambda g: (-round2(g.gap), g.item))
    reasons: list[str] = []
    if key_failures:
        reasons.append("key-failures")
    if overall_counts[NOT_ASSESSED]:
        reasons.append("not-assessed")
    if target is not None and (overall is None or overall < target):
        reasons.append("below-target")
    return ScoreResult(
        catalogue.id,
        catalogue.version,
        overall,
        achieved,
        possible,
        overall_counts,
        domains,
        sorted(key_failures),
        gaps,
        target,
        not reasons,
        reasons,
        {item.id: statuses.get(item.id) for item in catalogue.items()},
    )


def gate(
    result: ScoreResult, *, fail_under: float | None = None, fail_on_key: bool = False, require_complete: bool = False
) -> list[str]:
    """Why ``score`` should exit 1 under the CI thresholds given (empty: it passes).

    ``--fail-under`` compares the same rounded overall score that the JSON shows.
    """
    failures: list[str] = []
    # "not >=": a threshold that is not a number (nan) fails every score instead of passing it.
    if fail_under is not None and (result.score is None or not result.score >= fail_under):
        failures.append(t("scoring.below", score=result.score, minimum=f"{fail_under:g}"))
    if fail_on_key and result.key_failures:
        failures.append(t("scoring.key-failures", items=", ".join(result.key_failures)))
    if require_complete and result.counts[NOT_ASSESSED]:
        failures.append(t("scoring.not-assessed", count=result.counts[NOT_ASSESSED]))
    return failures
