"""The one CSV writer of cc-assess: every CSV file it writes (``actions``, ``score``, ``export``, the pack's
``actions.csv``) comes out of :func:`csv_text`.

- UTF-8 with a byte-order mark, so that Excel and WPS read Chinese text as written; CRLF line ends (RFC 4180).
- A text cell that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return) gets a leading apostrophe (CSV injection).  Text that already starts with apostrophes before
  such a character gets one more, so :func:`restore`, which takes exactly one off, gives back the text as it
  was: ``import`` reads what ``export`` wrote unchanged.  Numbers are written as numbers (``-1.5`` stays a
  number).

A leaf module: it imports nothing of cc-assess.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import TypeVar

BOM = "\ufeff"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Cell = object
_C = TypeVar("_C")


def neutralise(value: _C) -> _C | str:
    """A text cell that would start a formula, with a leading apostrophe; anything else as it is."""
    if isinstance(value, str) and value.lstrip("'").startswith(FORMULA_START):
        return "'" + value
    return value


def restore(value: _C) -> _C | str:
    """A cell as it was before :func:`neutralise`."""
    if isinstance(value, str) and value.startswith("'") and value.lstrip("'").startswith(FORMULA_START):
        return value[1:]
    return value


def _text(value: Cell) -> Cell:
    """None as an empty cell, booleans as ``true``/``false``, text neutralised, numbers as they are."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return neutralise(value)


def csv_text(rows: Iterable[Sequence[Cell]]) -> str:
    """The CSV text of ``rows`` (the header is the first row), starting with a byte-order mark."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([_text(value) for value in row])
    return BOM + buffer.getvalue()
