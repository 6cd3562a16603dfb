"""Every chart of cc-assess, as inline SVG drawn here: the report's radar and bars, the client pages' trend
(``history --format html``) and dumbbell (``diff --format html``), and the Markdown report's text bars.

No script and nothing fetched; every label is escaped (markupsafe); every coordinate and score goes through one
formatter (:func:`cc_assess.textutil.decimal1`), so the same scores give the same bytes.
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


# ------------------------------------------------------------------------------------------ client pages

LINE_COLOURS = ("#1f4e79", "#c0504d", "#4f8a3c", "#8064a2", "#2c9f8f", "#d4a017", "#b65f9e", "#7f7f7f", "#4bacc6")


def nice_scale(values: Sequence[float | None], *, ticks: int = 4) -> tuple[float, float, float]:
    """A y-axis (low, high, step) within 0..100 that shows the differences between ``values``: the data's range
    with a margin, rounded out to a step of 1, 2, 2.5 or 5 times a power of ten."""
    data = [v for v in values if v is not None]
    if not data:
        return 0.0, 100.0, 20.0
    low, high = min(data), max(data)
    margin = max((high - low) * 0.2, 2.0)
    low, high = max(0.0, low - margin), min(100.0, high + margin)
    raw = (high - low) / ticks
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1.0
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    low = max(0.0, math.floor(low / step) * step)
    high = min(100.0, math.ceil(high / step) * step)
    if high - low < step:
        high = min(100.0, low + step)
    return low, high, step


def trend(
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    scale: tuple[float, float, float],
    *,
    title: str,
    width: int = 720,
    height: int = 250,
    legend: bool = True,
) -> Markup:
    """Lines of scores over ``labels`` (revisions), on the y-axis ``scale`` (see :func:`nice_scale`)."""
    low, high, step = scale
    left, right, top, bottom = 40, (180 if legend else 14), 12, 28
    plot_w, plot_h = width - left - right, height - top - bottom
    span = (high - low) or 1.0

    def x(i: int) -> float:
        return left + (plot_w / 2 if len(labels) == 1 else plot_w * i / (len(labels) - 1))

    def y(value: float) -> float:
        return top + plot_h * (1 - (min(max(value, low), high) - low) / span)

    parts = [
        f'<svg class="chart trend" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    tick = low
    while tick <= high + 1e-9:
        parts.append(f'<line class="grid" x1="{left}" y1="{_f(y(tick))}" x2="{left + plot_w}" y2="{_f(y(tick))}"/>')
        parts.append(f'<text class="tick" x="{left - 5}" y="{_f(y(tick) + 3)}" text-anchor="end">{tick:g}</text>')
        tick += step
    for i, label in enumerate(labels):
        parts.append(f'<text class="tick" x="{_f(x(i))}" y="{height - 8}" text-anchor="middle">{escape(label)}</text>')
    for n, (name, values) in enumerate(series):
        colour = LINE_COLOURS[n % len(LINE_COLOURS)]
        width_line = 3 if n == 0 else 1.8
        runs: list[list[tuple[float, float, float]]] = [[]]
        for i, value in enumerate(values):
            if value is None:
                runs.append([])
            else:
                runs[-1].append((x(i), y(value), value))
        for run in runs:
            if len(run) > 1:
                points = " ".join(f"{_f(px)},{_f(py)}" for px, py, _ in run)
                parts.append(
                    f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="{width_line}" '
                    'stroke-linejoin="round"/>'
                )
            for px, py, value in run:
                parts.append(
                    f'<circle cx="{_f(px)}" cy="{_f(py)}" r="{width_line + 1}" fill="{colour}">'
                    f"<title>{escape(name)}: {_score_text(value)}</title></circle>"
                )
        if legend:
            ly = top + 8 + 18 * n
            lx = left + plot_w + 16
            parts.append(
                f'<line x1="{lx}" y1="{ly}" x2="{lx + 18}" y2="{ly}" stroke="{colour}" stroke-width="{width_line}"/>'
                f'<text class="label" x="{lx + 24}" y="{ly + 4}">{escape(name)}</text>'
            )
        elif len(labels) > 1 and values and values[-1] is not None:
            parts.append(
                f'<text class="value" x="{_f(x(len(labels) - 1) - 4)}" y="{_f(y(values[-1]) - 7)}" '
                f'text-anchor="end">{_score_text(values[-1])}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))  # every text above is escaped


def dumbbell(
    rows: Sequence[tuple[str, str, float | None, float | None]],
    *,
    old_label: str,
    new_label: str,
    title: str,
    width: int = 680,
) -> Markup:
    """One line per domain from its old score (hollow dot) to its new one (filled; green up, red down)."""
    row, top, left, right = 26, 30, 220, 40
    height = top + row * len(rows) + 24
    plot = width - left - right

    def x(value: float) -> float:
        return left + plot * max(0.0, min(value, 100.0)) / 100

    parts = [
        f'<svg class="chart dumbbell" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<circle class="old" cx="{left}" cy="12" r="5"/><text class="label" x="{left + 10}" y="16">'
        f"{escape(old_label)}</text>",
        f'<circle class="new up" cx="{left + 160}" cy="12" r="5"/><text class="label" x="{left + 170}" y="16">'
        f"{escape(new_label)}</text>",
    ]
    for tick in (0, 20, 40, 60, 80, 100):
        parts.append(f'<line class="grid" x1="{_f(x(tick))}" y1="{top - 6}" x2="{_f(x(tick))}" y2="{height - 20}"/>')
        parts.append(f'<text class="tick" x="{_f(x(tick))}" y="{height - 6}" text-anchor="middle">{tick}</text>')
    for i, (label, name, old, new) in enumerate(rows):
        cy = top + row * i + row / 2
        parts.append(
            f'<text class="label" x="{left - 8}" y="{_f(cy + 4)}" text-anchor="end">'
            f"{escape(label)} {escape(name)}</text>"
        )
        if old is not None and new is not None:
            tone = "up" if new > old else ("down" if new < old else "same")
            parts.append(f'<line class="span {tone}" x1="{_f(x(old))}" y1="{_f(cy)}" x2="{_f(x(new))}" y2="{_f(cy)}"/>')
        if old is not None:
            parts.append(
                f'<circle class="old" cx="{_f(x(old))}" cy="{_f(cy)}" r="5"><title>{escape(old_label)}: '
                f"{_score_text(old)}</title></circle>"
            )
        if new is not None:
            tone = "up" if old is None or new >= old else "down"
            parts.append(
                f'<circle class="new {tone}" cx="{_f(x(new))}" cy="{_f(cy)}" r="5"><title>{escape(new_label)}: '
                f"{_score_text(new)}</title></circle>"
            )
    parts.append("</svg>")
    return Markup("".join(parts))  # every text above is escaped
