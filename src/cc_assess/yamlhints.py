"""Hints for the YAML mistakes that people who type Chinese make, located where the mistake stands.

PyYAML reports a full-width colon (``status：符合``) one line late as "could not find expected ':'", a colon
inside a value (``findings: 结论: 良好``) as "mapping values are not allowed here", and it silently reads
``findings: #3 号班组…`` as an empty value followed by a comment.  These functions look at the text around a
syntax error (or at the whole text, for the comment) and say what is wrong and how to fix it, in the tool
language.  A leaf module: it never imports PyYAML.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from cc_assess.i18n import t, tool_language
from cc_assess.yamlio import Problem

#: PyYAML's phrases and their table keys; anything else is shown as PyYAML wrote it.
_PHRASES: dict[str, str] = {
    "mapping values are not allowed here": "yaml.phrase.mapping-values",
    "mapping values are not allowed in this context": "yaml.phrase.mapping-values",
    "could not find expected ':'": "yaml.phrase.expected-colon",
    "while scanning a simple key": "yaml.phrase.scanning-simple-key",
    "while scanning for the next token": "yaml.phrase.scanning-token",
    "found character '\\t' that cannot start any token": "yaml.phrase.tab-token",
    "did not find expected key": "yaml.phrase.expected-key",
    "while parsing a block mapping": "yaml.phrase.block-mapping",
    "while parsing a block collection": "yaml.phrase.block-collection",
    "did not find expected '-' indicator": "yaml.phrase.expected-dash",
    "found unexpected end of stream": "yaml.phrase.end-of-stream",
    "while scanning a quoted scalar": "yaml.phrase.quoted-scalar",
    "found undefined alias": "yaml.phrase.undefined-alias",
}

_FULLWIDTH_KEY = re.compile(r"^[ \u3000]*(?:-[ ]+)?([^\s#:：'\"\[\]{},][^#:：\n]*?)[ \u3000]*：")
_FULLWIDTH_SPACE = re.compile(r"^[ ]*\u3000|:\u3000")
_LEADING_TAB = re.compile(r"^[ ]*\t")
_KEY_VALUE = re.compile(r"^([ ]*(?:-[ ]+)?)([^\s#'\"][^:#\n]*?):[ ]+(\S.*?)[ ]*$")
_SWALLOWED = re.compile(r"^([ ]*(?:-[ ]+)?)([^\s#'\"\-][^:#\n]*?):[ \t]+#(\S.*?)[ \t]*$")
#: What every line that :data:`_SWALLOWED` matches contains: a text without it has no swallowed value.
_SWALLOWED_ANYWHERE = re.compile(r":[ \t]+#")


def _phrase(text: str | None) -> str:
    if not text or tool_language() != "zh":
        return text or ""
    key = _PHRASES.get(text)
    return t(key) if key is not None else text


def syntax_problem(text: str, context: str | None, problem: str | None, line: int, column: int) -> Problem:
    """The problem of a YAML syntax error at ``line``:``column`` (1-based): a located hint where one applies,
    else PyYAML's own words (translated where we know them)."""
    hint = _hint(text.splitlines(), problem or "", line, column)
    if hint is not None:
        return hint
    joiner = "，" if tool_language() == "zh" else " "
    message = joiner.join(p for p in (_phrase(context), _phrase(problem)) if p) or t("yaml.invalid")
    return Problem("yaml-syntax", t("yaml.syntax", message=message), line, column)


def _hint(lines: list[str], problem: str, line: int, column: int) -> Problem | None:
    upto = lines[: max(line, 1)]
    for number, text in enumerate(upto, 1):
        tab = _LEADING_TAB.match(text)
        if tab is not None:
            return Problem("yaml-syntax", t("hint.tab"), number, tab.end())
    for number in range(len(upto), 0, -1):
        found = _fullwidth(upto[number - 1], number)
        if found is not None:
            return found
    if problem.startswith("mapping values are not allowed") and 0 < line <= len(lines):
        pair = _KEY_VALUE.match(lines[line - 1])
        if pair is not None and column - 1 > pair.start(3):
            key, value = pair.group(2), pair.group(3).replace("\\", "\\\\").replace('"', '\\"')
            return Problem("yaml-syntax", t("hint.colon-in-value", key=key, value=value), line, column)
    return None


def _fullwidth(text: str, number: int) -> Problem | None:
    """A full-width colon after a key, or a full-width space where YAML needs a space, on this line."""
    if ": " in text.split("：", 1)[0] and "\u3000" not in text:
        return None
    key = _FULLWIDTH_KEY.match(text)
    if key is not None:
        fixed = (text[: key.end() - 1].rstrip(" \u3000") + ": " + text[key.end() :].lstrip(" \u3000")).strip()
        return Problem("yaml-syntax", t("hint.fullwidth-colon", fixed=fixed), number, key.end())
    space = _FULLWIDTH_SPACE.search(text)
    if space is not None:
        fixed = text.replace("\u3000", " ").strip()
        return Problem("yaml-syntax", t("hint.fullwidth-space", fixed=fixed), number, space.end())
    return None


def swallowed_values(text: str) -> Iterator[Problem]:
    """``key: #text``: YAML reads the text after `` #`` as a comment and the value as empty."""
    if _SWALLOWED_ANYWHERE.search(text) is None:  # one scan of the text instead of a match per line
        return iter(())
    return _swallowed_lines(text)


def _swallowed_lines(text: str) -> Iterator[Problem]:
    """:func:`swallowed_values`, line by line."""
    lines = text.splitlines()
    for index, line in enumerate(lines):
        found = _SWALLOWED.match(line)
        if found is None or _opens_block(lines, index, len(found.group(1))):
            continue
        key, rest = found.group(2), found.group(3)
        yield Problem(
            "comment-swallowed-value",
            t("hint.comment-swallowed", key=key, value=f"#{rest}"),
            index + 1,
            found.start(3),
        )


def _opens_block(lines: list[str], index: int, indent: int) -> bool:
    """Whether the next line with content is the key's block value (more indented, or a list at its indent)."""
    for following in lines[index + 1 :]:
        stripped = following.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        depth = len(following) - len(stripped)
        return depth > indent or (depth == indent and stripped.startswith("- "))
    return False


def other_case(folder: Path, ref: str) -> str | None:
    """The path that exists under ``folder`` and differs from ``ref`` (a relative POSIX path) only in letter case.

    Windows and macOS find ``Evidence/Plan.PDF`` for ``evidence/plan.pdf``; Linux, CI and the pack do not.
    """
    here = folder
    found: list[str] = []
    for part in ref.split("/"):
        if part in ("", "."):
            continue
        try:
            names = os.listdir(here)
        except OSError:
            return None
        if part in names:
            match = part
        else:
            folded = [name for name in names if name.casefold() == part.casefold()]
            if len(folded) != 1:
                return None
            match = folded[0]
        found.append(match)
        here = here / match
    other = "/".join(found)
    return other if other != ref.strip("/") and here.exists() else None
