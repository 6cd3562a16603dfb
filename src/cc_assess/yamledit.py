"""Changing top-level keys of a YAML file in place, leaving every other byte as it was.

Used by ``import``: a changed answer rewrites only the lines of its own key (from the key to the next top-level
key, less the blank and comment lines just before that next key); a key the file does not have is appended at
the end.  Comments, blank lines, the byte-order mark and the line ends (LF or CRLF) of the rest of the file are
kept.  A file whose top level is not a plain block mapping (a flow mapping ``{…}``, keys not in column 1) is
rewritten whole, keeping its leading comments.  Every result is parsed again and must hold exactly the data
intended; otherwise :class:`EditError` is raised and nothing is written.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Mapping
from typing import Any

from cc_assess.errors import CcAssessError
from cc_assess.yamlio import Document, YamlError, decode, dump_yaml, parse_yaml

_LINE_RE = re.compile(r"[^\r\n\x85\u2028\u2029]*(?:\r\n|[\r\n\x85\u2028\u2029])|[^\r\n\x85\u2028\u2029]+$")


class EditError(CcAssessError):
    """The edited file would not hold the intended data (a bug, or a file too unusual to edit)."""


def _lines(text: str) -> list[str]:
    return _LINE_RE.findall(text)


def emit(key: str, value: Any, newline: str = "\n") -> str:
    """``key: value`` as YAML text; an empty value is written ``key:`` as ``init`` does."""
    text = f"{key}:\n" if value is None else dump_yaml({key: value})
    return text.replace("\n", newline)


def _block_layout(doc: Document, keys: list[str]) -> bool:
    """True when the top level is a block mapping with one key per line in column 1."""
    positions = [doc.keys.get((key,)) for key in keys]
    if not positions or any(p is None or p.column != 1 for p in positions):
        return False
    lines = [p.line for p in positions if p is not None]
    return lines == sorted(set(lines)) and doc.values.get(()) == positions[0]


def _trailing(line: str) -> bool:
    """A blank line or a comment in column 1: layout that belongs to what follows, not to the value before."""
    return not line.strip() or line.startswith("#")


def _expected(data: dict[str, Any], values: Mapping[str, Any]) -> Any:
    merged = dict(data)
    merged.update(values)
    return parse_yaml(dump_yaml(merged)).data


def set_keys(raw: bytes, values: Mapping[str, Any]) -> bytes:
    """The file ``raw`` with the top-level keys in ``values`` set to their new values."""
    bom = codecs.BOM_UTF8 if raw.startswith(codecs.BOM_UTF8) else b""
    try:
        text = decode(raw)
        doc = parse_yaml(text)
    except YamlError as exc:
        raise EditError(exc.problem.message) from None
    if not isinstance(doc.data, dict):
        raise EditError("the file does not hold a mapping of keys")
    first_end = re.search(r"\r\n|\n|\r", text)
    newline = first_end.group(0) if first_end else "\n"
    expected = _expected(doc.data, values)
    keys = list(doc.data)
    result = None
    if _block_layout(doc, keys):
        # first keeping the quotes and the comment of a one-line value, then without (the result is checked)
        result = _surgical(text, doc, keys, values, newline, keep=True)
        if _reparse(result) != expected:
            result = _surgical(text, doc, keys, values, newline, keep=False)
    if result is None or _reparse(result) != expected:
        result = _whole(text, doc, values, newline)
        if _reparse(result) != expected:
            raise EditError("the edited file would not hold the intended data")
    return bom + result.encode("utf-8")


def _reparse(text: str) -> Any:
    try:
        return parse_yaml(text).data
    except YamlError:
        return None


def _one_line(old: str, key: str, value: Any, new: str, newline: str) -> str:
    """The new ``key: value`` line in the old line's manner: its trailing comment kept, and a text value quoted
    as the old one was (``"…"`` or ``'…'``).  ``new`` as it is when the old line has neither."""
    body = old.rstrip("\r\n")
    comment = ""
    for found in re.finditer(r"[ \t]+#", body):  # the first ' #' that leaves the line's value whole
        if _reparse(body[: found.start()]) == _reparse(body):
            comment = body[found.start() :]
            break
    value_text = body[: len(body) - len(comment)].split(":", 1)[1].strip() if ":" in body else ""
    line = new.rstrip("\r\n")
    if isinstance(value, str) and "\n" not in value and value_text[:1] in ("'", '"'):
        quoted = "'" + value.replace("'", "''") + "'" if value_text[0] == "'" else json.dumps(value, ensure_ascii=False)
        line = f"{key}: {quoted}"
    if not comment and line == new.rstrip("\r\n"):
        return new
    return line + comment + newline


def _surgical(
    text: str, doc: Document, keys: list[str], values: Mapping[str, Any], newline: str, *, keep: bool = False
) -> str:
    lines = _lines(text)
    starts = {key: doc.keys[(key,)].line - 1 for key in keys}
    ordered = sorted(starts.values())
    edits: list[tuple[int, int, str]] = []
    for key, value in values.items():
        if key not in starts:
            continue
        start = starts[key]
        later = [s for s in ordered if s > start]
        end = later[0] if later else len(lines)
        while end - 1 > start and _trailing(lines[end - 1]):
            end -= 1
        new = emit(key, value, newline)
        if keep and end == start + 1 and new.count("\n") == 1 and value is not None:
            new = _one_line(lines[start], key, value, new, newline)
        edits.append((start, end, new))
    for start, end, new in sorted(edits, reverse=True):
        lines[start:end] = [new]
    out = "".join(lines)
    appended = [emit(key, value, newline) for key, value in values.items() if key not in starts]
    if appended:
        if out and not out.endswith(("\n", "\r")):
            out += newline
        out += "".join(appended)
    return out


def _whole(text: str, doc: Document, values: Mapping[str, Any], newline: str) -> str:
    """The whole file rewritten from its data, after the comment lines that open it."""
    lines = _lines(text)
    head: list[str] = []
    for line in lines[: doc.values.get((), doc.locate(())).line - 1]:
        if line.strip() and not line.lstrip().startswith("#"):
            break
        head.append(line)
    merged = dict(doc.data)
    merged.update(values)
    body = "".join(emit(key, value, newline) for key, value in merged.items())
    return "".join(head) + body
