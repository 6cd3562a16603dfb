"""Domain-score charts as inline SVG, drawn here: a radar chart and horizontal bars.

No script and nothing fetched; every label is escaped.  Coordinates are rounded so the output is stable.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from cc_assess.textutil import decimal1


@dataclass(frozen=True)
class Point:
    label: str  # short label (the domain id)
    title: str  # longer text for <title> tooltips
    score: float | None  # 0..100, None when the domain has no score


def _f(value: float) -> str:
    return decimal1(value)


def _score_text(score: float | None) -> str:
    return "—" if score is None else decimal1(score)


def radar(points: Sequence[Point], target: float | None, *, title: str, size: int = 360) -> Markup:
    """A radar (spider) chart of scores 0..100, with rings at 20-point steps and the target as a dashed ring."""
    n = len(points)
    cx = cy = size / 2
    radius = size / 2 - 48
    parts = [
        f'<svg class="chart radar" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" '
        f'width="{size}" height="{size}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]

    def at(i: int, value: float) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * i / max(n, 1)
        r = radius * max(0.0, min(value, 100.0)) / 100
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    def polygon(values: Sequence[float]) -> str:
        return " ".join(f"{_f(x)},{_f(y)}" for x, y in (at(i, v) for i, v in enumerate(values)))

    if n >= 3:
        for ring in (20, 40, 60, 80, 100):
            parts.append(f'<polygon class="grid" points="{polygon([ring] * n)}"/>')
    else:
        for ring in (20, 40, 60, 80, 100):
            parts.append(f'<circle class="grid" cx="{_f(cx)}" cy="{_f(cy)}" r="{_f(radius * ring / 100)}"/>')
    for ring in (20, 40, 60, 80, 100):
        x, y = at(0, ring)
        parts.append(f'<text class="tick" x="{_f(x + 4)}" y="{_f(y + 3)}">{ring}</text>')
    for i, point in enumerate(points):
        x, y = at(i, 100)
        parts.append(f'<line class="axis" x1="{_f(cx)}" y1="{_f(cy)}" x2="{_f(x)}" y2="{_f(y)}"/>')
        lx, ly = at(i, 118)
        anchor = "middle" if abs(lx - cx) < 8 else ("start" if lx > cx else "end")
        parts.append(
            f'<text class="label" x="{_f(lx)}" y="{_f(ly + 4)}" text-anchor="{anchor}">'
            f"<title>{escape(point.title)}</title>{escape(point.label)} {_score_text(point.score)}</text>"
        )
    if target is not None and n >= 3:
        parts.append(f'<polygon class="target" points="{polygon([target] * n)}"/>')
    if n >= 3:
        parts.append(f'<polygon class="area" points="{polygon([p.score or 0.0 for p in points])}"/>')
    for i, point in enumerate(points):
        x, y = at(i, point.score or 0.0)
        cls = "dot" if point.score is not None else "dot none"
        parts.append(f'<circle class="{cls}" cx="{_f(x)}" cy="{_f(y)}" r="3.5"/>')
    parts.append("</svg>")
    return Markup("".join(parts))  # every text above is escaped


def bars(points: Sequence[Point], target: float | None, *, title: str, width: int = 640) -> Markup:
    """Horizontal bars, one per domain, 0..100, with the target as a dashed line."""
    row, top, left, right = 26, 10, 250, 56
    height = top * 2 + row * len(points) + 18
    plot = width - left - right
    parts = [
        f'<svg class="chart bars" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    for tick in (0, 20, 40, 60, 80, 100):
        x = left + plot * tick / 100
        parts.append(f'<line class="grid" x1="{_f(x)}" y1="{top}" x2="{_f(x)}" y2="{height - 18}"/>')
        parts.append(f'<text class="tick" x="{_f(x)}" y="{height - 4}" text-anchor="middle">{tick}</text>')
    values: list[str] = []  # drawn last, above the target line
    for i, point in enumerate(points):
        y = top + row * i
        parts.append(
            f'<text class="label" x="{left - 8}" y="{_f(y + row / 2 + 4)}" text-anchor="end">'
            f"{escape(point.label)} {escape(point.title)}</text>"
        )
        score = point.score or 0.0
        level = "good" if score >= 80 else ("fair" if score >= 60 else "poor")
        parts.append(
            f'<rect class="bar {level}" x="{left}" y="{_f(y + 5)}" width="{_f(plot * score / 100)}" '
            f'height="{row - 10}"><title>{escape(point.title)}: {_score_text(point.score)}</title></rect>'
        )
        values.append(
            f'<text class="value" x="{_f(left + plot * score / 100 + 6)}" y="{_f(y + row / 2 + 4)}">'
            f"{_score_text(point.score)}</text>"
        )
    if target is not None:
        x = left + plot * max(0.0, min(target, 100.0)) / 100
        parts.append(f'<line class="target" x1="{_f(x)}" y1="{top - 4}" x2="{_f(x)}" y2="{height - 18}"/>')
    parts.extend(values)
    parts.append("</svg>")
    return Markup("".join(parts))  # every text above is escaped


def text_bar(score: float | None, width: int = 10) -> str:
    """A bar of block characters for the Markdown report."""
    if score is None:
        return ""
    filled = round(max(0.0, min(score, 100.0)) / 100 * width)
    return "█" * filled + "░" * (width - filled)
