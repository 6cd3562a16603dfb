"""Small text helpers shared by every plain-text formatter (score, diff, history, actions, catalogue).

A leaf module: it imports nothing of cc-assess.
"""

from __future__ import annotations

import json
import os
import sys
from decimal import ROUND_HALF_UP, Decimal
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

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


#: Control characters a terminal would act on (C0 but tab and line feed, DEL, C1), shown as escapes instead.
_TERMINAL = str.maketrans({i: f"\\x{i:02x}" for i in (*range(9), *range(11, 32), *range(0x7F, 0xA0))})


def terminal_text(text: str | None) -> str:
    """User text for a table on a terminal: ESC, BEL and other control characters shown as ``\\x1b``, ``\\x07``.

    The YAML reader already refuses them in files; this keeps any other source (a file name) inert as well.
    """
    return (text or "").translate(_TERMINAL)


def decimal1(value: float, *, signed: bool = False) -> str:
    """One decimal, half up on the decimal value (81.25 -> 81.3), like the two-decimal JSON rounding."""
    rounded = Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if rounded == 0:
        rounded = abs(rounded)  # no "-0.0"
    return f"{rounded:+}" if signed else f"{rounded}"


def one(value: float | None) -> str:
    """One decimal, as tables and reports show scores; ``—`` when there is no score."""
    return "—" if value is None else decimal1(value)


def signed(value: float | None) -> str:
    """A delta with one decimal and its sign; ``—`` when one side has no score."""
    return "—" if value is None else decimal1(value, signed=True)


def to_json(data: object) -> str:
    """JSON as every ``--format json`` prints it: UTF-8 text as written, indented by two, a final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


#: Characters :func:`write_json` gathers before each write.
_JSON_BATCH = 1 << 16


def write_json(data: object, stream: IO[str], *, depth: int = 0, end: str = "\n") -> None:
    """:func:`to_json` of ``data`` written to ``stream`` piece by piece, the same characters.

    Indented JSON is encoded in pure Python, one small string per token; joining them holds the whole text and
    every piece at once (about 20 MiB for a portfolio of 1,000 sites), writing them in batches holds one batch.
    ``depth``: the value stands that many spaces deep inside JSON written around it (every line after the first is
    indented by it: JSON text has no raw line break inside a string, so that is exact); ``end`` follows it.
    """
    pad = "\n" + " " * depth
    batch: list[str] = []
    size = 0
    for chunk in json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(data):
        batch.append(chunk.replace("\n", pad) if depth else chunk)
        size += len(chunk)
        if size >= _JSON_BATCH:
            stream.write("".join(batch))
            batch.clear()
            size = 0
    batch.append(end)
    stream.write("".join(batch))


def text_console(file: IO[str], width: int, *, highlight: bool = True) -> Console:
    """The rich console every table format prints into: colour only on a terminal, never under NO_COLOR.

    NO_COLOR counts when it is set and not empty (https://no-color.org). rich is imported here, only by the
    formats that draw tables.
    """
    from rich.console import Console

    no_color = os.environ.get("NO_COLOR", "") != ""
    return Console(
        file=file,
        width=width,
        force_terminal=sys.stdout.isatty() and not no_color,
        no_color=no_color,
        highlight=highlight,
    )
