"""The problem record and its formatters (text, json, github).

A leaf module: anyone may import it; it imports nothing of cc-assess.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from typing import Literal

Severity = Literal["error", "warning"]
_ESCAPES = {i: f"\\x{i:02x}" for i in range(32)} | {10: "\\n", 13: "\\r", 9: "\\t"}


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem: where it is, what it is, how bad it is.

    ``path`` is the folder argument joined with the file's POSIX path inside it; ``line`` and ``column`` are
    1-based (a whole-file problem is at 1:1); ``code`` is a stable slug listed in docs/diagnostics.md.
    """

    path: str
    line: int
    column: int
    code: str
    message: str
    severity: Severity = "error"
    item: str | None = None

    def __post_init__(self) -> None:
        # One problem, one line: control characters from user text are shown escaped.
        if any(ch < " " for ch in self.message):
            object.__setattr__(self, "message", self.message.translate(_ESCAPES))

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        return {k: data[k] for k in ("path", "line", "column", "item", "code", "severity", "message")}


def sort_diagnostics(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Sorted by path, line, column (then code and message, so the order is total), without repeats."""
    return sorted(set(diagnostics), key=lambda d: (d.path, d.line, d.column, d.code, d.message))


def has_errors(diagnostics: Iterable[Diagnostic]) -> bool:
    return any(d.is_error for d in diagnostics)


def format_text(diagnostics: list[Diagnostic]) -> str:
    return "".join(f"{d.path}:{d.line}:{d.column}: {d.severity}: {d.message} [{d.code}]\n" for d in diagnostics)


def format_json(diagnostics: list[Diagnostic]) -> str:
    return json.dumps([d.to_json() for d in diagnostics], ensure_ascii=False, indent=2) + "\n"


def _gh_escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_escape_property(value: str) -> str:
    return _gh_escape_data(value).replace(":", "%3A").replace(",", "%2C")


def format_github(diagnostics: list[Diagnostic]) -> str:
    return "".join(
        f"::{d.severity} file={_gh_escape_property(d.path)},line={d.line},col={d.column}::"
        f"{_gh_escape_data(d.message)} [{d.code}]\n"
        for d in diagnostics
    )


FORMATTERS: dict[str, Callable[[list[Diagnostic]], str]] = {
    "text": format_text,
    "json": format_json,
    "github": format_github,
}
