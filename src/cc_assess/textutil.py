"""Small text helpers shared by every plain-text formatter (score, diff, history, actions, catalogue).

A leaf module: it imports nothing of cc-assess.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

_MD_CELL = str.maketrans(
    {
        "\\": "\\\\",
        "|": "\\|",
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        "[": "\\[",
        "]": "\\]",
        "`": "\\`",
        "\r": " ",
        "\n": " ",
    }
)


def md_cell(text: str | None) -> str:
    """User text made inert inside a Markdown table cell or line: no HTML, no links or images, no column breaks.

    A pull-request comment or a rendered README shows the characters as written.
    """
    return (text or "").translate(_MD_CELL)


def decimal1(value: float, *, signed: bool = False) -> str:
    """One decimal, half up on the decimal value (81.25 -> 81.3), like the two-decimal JSON rounding."""
    rounded = Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if rounded == 0:
        rounded = abs(rounded)  # no "-0.0"
    return f"{rounded:+}" if signed else f"{rounded}"
