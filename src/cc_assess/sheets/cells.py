"""How the answer fields of a response look in a spreadsheet cell, and how a cell is read back.

Pure: no I/O.  Each answer field is one cell:

- ``status``: the scale level's label in the workbook's language (a drop-down); ids and labels in the other
  language are accepted back;
- ``na_reason``, ``findings``, ``assessor``: the text;
- ``evidence``: one reference per line, ``ref | note``, then optional ``| sha256: …``, ``| as_of: YYYY-MM-DD``,
  ``| valid_until: YYYY-MM-DD``;
- ``actions``: one action per line, ``id | description | owner | due | status``, then optional
  ``| closed_on: YYYY-MM-DD`` and ``| evidence: ref, ref``;
- in both, a ``|`` inside a part is written ``\\|`` and a backslash ``\\\\``, so every line splits one way only.
  Cells written before that escaping are still read: a backslash before anything else is kept as it is, and an
  action line with more than five parts keeps the extra ``|`` in its description (as it always did);
- ``assessed_on``: a date.

:func:`parse` turns a cell into the plain value written to the response file (dates as :class:`datetime.date`,
texts trimmed, lists of mappings); the same function applied to :func:`encode`'s output gives the value a
response file holds now, so the two compare like for like.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any

from cc_assess.errors import Unreadable
from cc_assess.i18n import t
from cc_assess.models import Catalogue, Level, Response, action_status_id, check_ref

FIELDS = ("status", "na_reason", "findings", "evidence", "actions", "assessor", "assessed_on")
TEXT_FIELDS = ("na_reason", "findings", "assessor")
ACTION_STATUSES = ("open", "in-progress", "done")

CellValue = str | int | float | bool | dt.date | dt.datetime | None

_DATE_RE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_SHA_RE = re.compile(r"^[0-9a-fA-F]{64}$")
_EVIDENCE_EXTRAS = ("sha256", "as_of", "valid_until")
_ACTION_EXTRAS = ("closed_on", "evidence")
_ACTION_CHOICES = "open, in-progress, done"


class CellError(Unreadable):
    """A cell that cannot be read; ``code`` is the diagnostic code (located by sheet and cell where it is caught)."""


# ------------------------------------------------------------------------------------------------ texts


def normal_text(value: CellValue) -> str:
    """A cell as text: line ends unified, surrounding blanks trimmed, dates as ``YYYY-MM-DD``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int):
        return str(value)
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def digest(value: CellValue) -> str:
    """A short fingerprint of a cell's text (what the hidden ``_meta`` sheet records for each exported cell)."""
    return hashlib.sha256(normal_text(value).encode("utf-8")).hexdigest()[:16]


def label(level: Level, lang: str) -> str:
    """A level's label as the workbook shows it: ``zh``, ``en``, or ``zh / en`` for ``bi``."""
    if lang == "bi":
        zh, en = level.label.get("zh"), level.label.get("en")
        return zh if zh == en else f"{zh} / {en}"
    return level.label.get(lang)


def status_labels(catalogue: Catalogue, lang: str) -> list[str]:
    return [label(level, lang) for level in catalogue.scale]


def resolve_status(catalogue: Catalogue, text: str) -> str | None:
    """Level id of a status cell: any label form the workbook may show, then the file rules (id, zh, en)."""
    for level in catalogue.scale:
        for lang in ("zh", "en", "bi"):
            if label(level, lang).strip().casefold() == text.strip().casefold():
                return level.id
    return catalogue.resolve_status(text)


# ------------------------------------------------------------------------------------------------ encode


def _one_line(text: str) -> str:
    return " ".join(text.split("\n")).strip()


def escape(part: str) -> str:
    """One part of an evidence or action line: ``\\`` and ``|`` get a backslash before them."""
    return part.replace("\\", "\\\\").replace("|", "\\|")


def unescape(part: str) -> str:
    """The text of an escaped part: ``\\|`` is ``|``, ``\\\\`` is ``\\``; any other backslash stays."""
    return re.sub(r"\\([\\|])", r"\1", part)


def split_parts(line: str) -> list[str]:
    """A line split at every ``|`` that has no backslash before it; the parts are still escaped."""
    parts: list[str] = []
    start = i = 0
    while i < len(line):
        if line[i] == "\\" and i + 1 < len(line) and line[i + 1] in "\\|":
            i += 2
            continue
        if line[i] == "|":
            parts.append(line[start:i])
            start = i + 1
        i += 1
    parts.append(line[start:])
    return parts


def _iso(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else ""


def encode(field: str, response: Response | None, catalogue: Catalogue, lang: str) -> CellValue:
    """The cell value of one answer field of a response (None: an empty cell)."""
    if response is None:
        return None
    if field == "status":
        text = response.status_text
        level = catalogue.resolve_status(text) if text is not None else None
        return label(catalogue.level(level), lang) if level is not None else (text.strip() if text else None)
    if field in TEXT_FIELDS:
        value = getattr(response, field)
        text = normal_text(value) if isinstance(value, str) else ""
        return text or None
    if field == "assessed_on":
        return response.assessed_on
    if field == "evidence":
        lines = []
        for ev in response.evidence:
            extras = [
                f"{name}: {value if isinstance(value, str) else value.isoformat()}"
                for name, value in (("sha256", ev.sha256), ("as_of", ev.as_of), ("valid_until", ev.valid_until))
                if value
            ]
            note = escape(_one_line(ev.note or ""))
            lines.append(" | ".join([escape(ev.ref), note, *extras] if note or extras else [escape(ev.ref)]))
        return "\n".join(lines) or None
    if field == "actions":
        lines = []
        for a in response.actions:
            parts = [escape(a.id), escape(_one_line(a.description)), escape(a.owner or ""), _iso(a.due), a.status]
            if a.closed_on:
                parts.append(f"closed_on: {a.closed_on.isoformat()}")
            if a.evidence:
                parts.append("evidence: " + escape(", ".join(a.evidence)))
            lines.append(" | ".join(parts))
        return "\n".join(lines) or None
    raise KeyError(field)


# ------------------------------------------------------------------------------------------------ parse


def parse_date(value: CellValue, what: str = "") -> dt.date | None:
    """A date cell: an Excel date, or text ``YYYY-MM-DD`` (``/`` and ``.`` accepted too); empty is None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = normal_text(value)
    if not text:
        return None
    match = _DATE_RE.match(text)
    if match:
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            pass
    raise CellError("invalid-date", what + t("models.invalid-date", value=text))


def _extras(parts: list[str], names: tuple[str, ...]) -> tuple[list[str], dict[str, str]]:
    """Split trailing ``name: value`` parts off a line's parts; returns the rest and the (unescaped) parts found."""
    found: dict[str, str] = {}
    pattern = re.compile(rf"^\s*({'|'.join(names)})\s*:(.*)$", re.DOTALL)
    while len(parts) > 1:
        match = pattern.match(parts[-1])
        if match is None or match[1] in found:
            break
        found[match[1]] = unescape(match[2]).strip()
        parts = parts[:-1]
    return parts, found


def _evidence_line(line: str, where: str) -> dict[str, Any]:
    rest, extras = _extras(split_parts(line), _EVIDENCE_EXTRAS)
    ref, note = unescape(rest[0]).strip(), unescape("|".join(rest[1:])).strip()
    if not ref:
        raise CellError("invalid-value", where + t("cells.evidence-needs-ref"))
    problem = check_ref(ref)
    if problem is not None:
        raise CellError("evidence-path", where + t("models.bad-ref", ref=ref, problem=problem))
    entry: dict[str, Any] = {"ref": ref}
    if note:
        entry["note"] = note
    sha = extras.get("sha256")
    if sha is not None:
        if not _SHA_RE.match(sha):
            raise CellError("invalid-value", where + t("cells.bad-sha256", sha256=sha))
        entry["sha256"] = sha
    for name in ("as_of", "valid_until"):
        if name in extras:
            entry[name] = parse_date(extras[name], f"{where}{name} ")
    return entry


def _action_status(text: str, where: str) -> str:
    if not text.strip():
        return "open"
    status = action_status_id(text)
    if status is not None:
        return status
    raise CellError("invalid-value", where + t("cells.action-status", status=text.strip(), choices=_ACTION_CHOICES))


def _action_line(line: str, where: str) -> dict[str, Any]:
    rest, extras = _extras(split_parts(line), _ACTION_EXTRAS)
    if len(rest) > 5:  # an unescaped "|" in the description (written before escaping): the ends are fixed
        rest = [rest[0], "|".join(rest[1:-3]), *rest[-3:]]
    action_id, description, owner, due, status = (unescape(part) for part in [*rest, "", "", "", ""][:5])
    action_id, description, owner = action_id.strip(), description.strip(), owner.strip()
    if not action_id or not description:
        raise CellError(
            "invalid-value",
            where + t("cells.action-needs-id"),
        )
    entry: dict[str, Any] = {"id": action_id, "description": description}
    if owner:
        entry["owner"] = owner
    due_date = parse_date(due, f"{where}due ")
    if due_date is not None:
        entry["due"] = due_date
    entry["status"] = _action_status(status, where)
    if "closed_on" in extras:
        closed = parse_date(extras["closed_on"], f"{where}closed_on ")
        if closed is not None:
            entry["closed_on"] = closed
    refs = [ref.strip() for ref in extras.get("evidence", "").split(",") if ref.strip()]
    if refs:
        entry["evidence"] = refs
    return entry


def _lines(value: CellValue) -> list[tuple[int, str]]:
    return [(n, line) for n, line in enumerate(normal_text(value).split("\n"), 1) if line.strip()]


def parse(field: str, value: CellValue, catalogue: Catalogue) -> Any:
    """The plain value a cell stands for (None: empty); raises CellError on a cell that cannot be read."""
    if field == "status":
        text = normal_text(value)
        if not text:
            return None
        level = resolve_status(catalogue, text)
        if level is None:
            labels = ", ".join(label(lv, "zh") for lv in catalogue.scale)
            ids = ", ".join(lv.id for lv in catalogue.scale)
            raise CellError("unknown-status", t("cells.unknown-status", status=text, labels=labels, ids=ids))
        return level
    if field in TEXT_FIELDS:
        return normal_text(value) or None
    if field == "assessed_on":
        return parse_date(value)
    if field in ("evidence", "actions"):
        lines = _lines(value)
        read = _evidence_line if field == "evidence" else _action_line
        entries = [read(line, t("cells.line", line=n) if len(lines) > 1 else "") for n, line in lines]
        if field == "actions":
            seen: set[str] = set()
            for entry in entries:
                if entry["id"] in seen:
                    raise CellError("invalid-value", t("cells.action-twice", id=entry["id"]))
                seen.add(entry["id"])
        return entries or None
    raise KeyError(field)
