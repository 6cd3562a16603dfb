"""Charts as inline SVG, built as plain strings (no script, no network, every text escaped).

Pure and deterministic: the same series give the same bytes.  Used by ``history --format html`` and meant for
the HTML report too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

#: colours for lines, in order; the first series (the overall score) is drawn thicker
PALETTE = (
    "#1f4e79",
    "#c0504d",
    "#9bbb59",
    "#8064a2",
    "#4bacc6",
    "#f79646",
    "#7f7f7f",
    "#2c9f8f",
    "#b65f9e",
    "#d4a017",
)


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]  # one per x label; None leaves a gap


def _num(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def line_chart(
    labels: Sequence[str],
    series: Sequence[Series],
    *,
    title: str = "",
    width: int = 720,
    height: int = 320,
    y_min: float = 0.0,
    y_max: float = 100.0,
    y_step: float = 20.0,
) -> str:
    """An SVG line chart of scores over ``labels`` (the x axis, evenly spaced), with a legend on the right."""
    left, right, top, bottom = 44, 170, 28 if title else 12, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    span = (y_max - y_min) or 1.0

    def x(i: int) -> float:
        return left + (plot_w / 2 if len(labels) == 1 else plot_w * i / (len(labels) - 1))

    def y(value: float) -> float:
        clamped = min(max(value, y_min), y_max)
        return top + plot_h * (1 - (clamped - y_min) / span)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(title or "line chart")}" font-family="sans-serif" font-size="11">'
    ]
    if title:
        out.append(f'<text x="{left}" y="16" font-size="13" font-weight="bold">{escape(title)}</text>')
    steps = round(span / y_step) if y_step > 0 else 0
    for k in range(steps + 1):
        tick = y_min + k * y_step
        gy = y(tick)
        out.append(
            f'<line x1="{left}" y1="{gy:.1f}" x2="{left + plot_w}" y2="{gy:.1f}" stroke="#ddd" stroke-width="1"/>'
        )
        out.append(f'<text x="{left - 6}" y="{gy + 4:.1f}" text-anchor="end" fill="#555">{_num(tick)}</text>')
    for i, label in enumerate(labels):
        out.append(
            f'<text x="{x(i):.1f}" y="{top + plot_h + 18}" text-anchor="middle" fill="#333">{escape(label)}</text>'
        )
    for n, s in enumerate(series):
        colour = PALETTE[n % len(PALETTE)]
        stroke = 3 if n == 0 else 1.5
        runs: list[list[tuple[float, float, float]]] = [[]]
        for i, value in enumerate(s.values):
            if value is None:
                runs.append([])
            else:
                runs[-1].append((x(i), y(value), value))
        for run in runs:
            if len(run) > 1:
                points = " ".join(f"{px:.1f},{py:.1f}" for px, py, _ in run)
                out.append(
                    f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="{stroke}" '
                    'stroke-linejoin="round"/>'
                )
            for px, py, value in run:
                out.append(
                    f'<circle cx="{px:.1f}" cy="{py:.1f}" r="{stroke + 1}" fill="{colour}">'
                    f"<title>{escape(s.name)}: {value:.1f}</title></circle>"
                )
        ly = top + 6 + 16 * n
        lx = left + plot_w + 16
        out.append(
            f'<line x1="{lx}" y1="{ly}" x2="{lx + 18}" y2="{ly}" stroke="{colour}" stroke-width="{stroke}"/>'
            f'<text x="{lx + 24}" y="{ly + 4}" fill="#333">{escape(s.name)}</text>'
        )
    out.append("</svg>")
    return "\n".join(out) + "\n"
