"""The problem record and its formatters (text, json, github).

A leaf module: anyone may import it; it imports nothing of cc-assess.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from typing import Literal

Severity = Literal["error", "warning"]
#: Control characters (C0, DEL, C1) and the line separators shown escaped: a terminal must not act on them.
_ESCAPES = {i: f"\\x{i:02x}" for i in (*range(32), *range(0x7F, 0xA0))} | {10: "\\n", 13: "\\r", 9: "\\t"}
_ESCAPES |= {0x2028: "\\u2028", 0x2029: "\\u2029"}
_UNSAFE = re.compile("[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029]")


def escape_controls(text: str) -> str:
    """``text`` with control characters and line separators written as escapes (``\\n``, ``\\x1b``)."""
    return text.translate(_ESCAPES) if _UNSAFE.search(text) else text


# Every diagnostic code cc-assess emits, with what it means; docs/diagnostics.md has one row for each (with the
# severity) and a test checks both ways: every Diagnostic made in the test suite has a code listed here, and
# the table lists exactly these codes.  A new code goes here and into that table.
CODES: dict[str, str] = {
    # Reading YAML
    "yaml-syntax": "the file is not valid YAML",
    "duplicate-key": "a key appears twice in one mapping",
    "not-utf8": "the file is not UTF-8",
    "binary-file": "the file holds NUL bytes",
    "empty-file": "empty or comment-only file",
    "too-large": "file over the size cap, or an alias bomb",
    "too-deep": "nesting too deep",
    "yaml-tag": "a tag outside plain data",
    "yaml-alias": "a recursive alias",
    "yaml-merge": "a merge key (<<)",
    "yaml-key": "a key that is a list or a mapping",
    "yaml-value": "a value that cannot be read as its explicit tag says",
    "control-character": "an escape that makes a control character or a lone surrogate",
    "comment-swallowed-value": "a value that starts with # and is lost as a comment",
    "outside-link": "a link whose target leaves the assessment folder: not read, not written through",
    "not-a-file": "a FIFO, device or folder where a file is meant: not read",
    "not-a-folder": "a file where a folder is meant (a domain folder that is a file)",
    "interrupted-write": "the staging folder of an interrupted write: run a writing command again to restore the files",
    "cell-too-long": "a text over the 32,767 characters a workbook cell holds: export --format xlsx refuses it",
    "unreadable": "the file cannot be read",
    # The shape of a file
    "not-mapping": "the file does not hold a mapping of keys",
    "missing-key": "a required key is missing",
    "unknown-key": "a key the format does not have",
    "not-text": "a boolean, number or date where text is meant",
    "wrong-type": "a value of the wrong kind",
    "invalid-value": "a value outside what the field allows",
    "invalid-date": "not a real YYYY-MM-DD date",
    # Evidence
    "evidence-path": "an evidence ref that is absolute, uses ~ or backslashes, or leaves the folder",
    "evidence-missing": "an evidence file that does not exist",
    "evidence-expired": "evidence whose valid_until is before the assessment's date",
    "evidence-changed": "a file differs from evidence.lock.yaml",
    "evidence-unlisted": "an evidence file that is not in the lock",
    "evidence-unlocked": "no evidence.lock.yaml",
    "evidence-sha256": "a file differs from the sha256 in its response",
    # Responses and the assessment folder
    "no-corrective-action": "a partial or nonconformant item without any corrective action",
    "unknown-status": "a status that is no level id nor label of the catalogue's scale",
    "na-without-reason": "N/A without na_reason",
    "unknown-item": "a response for an item the catalogue does not have",
    "item-mismatch": "item differs from the file name",
    "wrong-domain": "a response filed under another domain's folder",
    "duplicate-response": "two responses for one item",
    "misplaced-file": "a YAML file under responses/ that is not responses/<domain>/<item>.yaml",
    "stray-file": "another file under responses/ (ignored)",
    "missing-response": "a catalogue item without a response file",
    "catalogue-outdated": "the assessment uses an older version of a bundled catalogue",
    "duplicate-action-id": "two corrective actions with one id in one response",
    "assessed-in-future": "assessed_on is after today",
    # Could not run
    "missing-folder": "the assessment folder does not exist",
    "missing-assessment": "no assessment.yaml",
    "unknown-catalogue": "unknown catalogue id or version",
    "cannot-run": "a folder that could not be read at all",
    "missing-file": "a file named on the command line does not exist",
    "template-error": "a report template has a syntax error",
    # Pack
    "pack-corrupt": "not a readable zip file",
    "pack-manifest": "no manifest.json, or not a valid one",
    "pack-changed": "a file that differs from the manifest",
    "pack-missing": "a file of the manifest that is missing",
    "pack-unlisted": "a file that the manifest does not list",
    "pack-duplicate": "a file that appears twice in the zip",
    "pack-unsafe-name": "an entry name that is absolute, has .., a backslash or a drive letter, or a symlink entry",
    "pack-digest": "the root digest differs from --digest or from the one in the zip comment",
    "pack-signature": "no signature, or one that does not verify against --allowed-signers",
    "pack-rescore": "a derived file disagrees with a fresh rendering of the enclosed assessment",
    # Catalogue check
    "reserved-level-id": "a level id that is reserved",
    "duplicate-level": "two levels with one id",
    "scale-null": "more than one level with points: null, or no level with points",
    "ambiguous-label": "a level label that is another level's label or id",
    "scale-order": "levels not ordered best to worst",
    "duplicate-domain": "two domains with one id",
    "duplicate-item": "two items with one id",
    "item-domain": "an item id that does not start with its domain's id",
    "duplicate-title": "two items with the same title",
    "unknown-change": "changes: names an item the catalogue does not have",
    "unknown-tag": "a tag that the catalogue does not list",
    # Applicability
    "exclude-without-na": "exclude: rules in an assessment whose catalogue has no N/A level",
    "duplicate-exclude": "a tag excluded twice",
    # Sign-off
    "approval-outdated": "an approval whose digest no longer matches the content",
    "duplicate-approval": "a role approved twice in approvals.yaml",
    # Spreadsheet round trip
    "workbook-invalid": "not a workbook or CSV file made by cc-assess export",
    "workbook-catalogue": "exported for another catalogue or catalogue version",
    "workbook-layout": "a sheet without its item id column, or a row with answers but no item id",
    "workbook-item": "a row for an unknown item, an item of another sheet, or a second row for one item",
    "import-conflict": "an answer changed both in the workbook and in its response file since the export",
    "workbook-missing": "a sheet, an item row or an answer column is missing",
    "workbook-stale": "response files changed since the export in answers the workbook did not touch",
    "workbook-previous": "an edit in the read-only previous-status column, ignored",
    # Portfolio
    "duplicate-site": "two sites with one id",
    "missing-seats": "a site without seats when weighting by seats",
    "site-path": "a site path that is no folder, pack zip or git REV:PATH",
    "site-unreadable": "a site that cannot be read",
    "catalogue-mismatch": "a site that uses another catalogue than the others",
    # The web editor (serve)
    "edit-failed": "the web editor cannot change this response file in place; nothing was written",
}


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
        # One problem, one line: control characters from user text are shown escaped (paths: in format_text,
        # because callers compare a diagnostic's path with the display path they made).
        object.__setattr__(self, "message", escape_controls(self.message))

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
    return "".join(
        f"{escape_controls(d.path)}:{d.line}:{d.column}: {d.severity}: {d.message} [{d.code}]\n" for d in diagnostics
    )


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
