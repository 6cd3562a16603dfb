"""Escaping of user text and rendering of findings (Markdown), for both report formats.

HTML: findings go through markdown-it-py with raw HTML off, images off (nothing may be fetched) and links
only to ``http(s)`` or relative targets.  Markdown: user text is backslash-escaped; findings are kept as
written unless they hold raw HTML or a link the HTML report would refuse, in which case every character that
could open a tag or a link is escaped, so the Markdown report is inert wherever it is rendered.
"""

from __future__ import annotations

import functools
import re
import threading

from markdown_it import MarkdownIt
from markupsafe import Markup

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|&])")
_MD_HOSTILE = re.compile(r"([\\\[\]<>])")


def safe_link(url: str) -> bool:
    """Only ``http(s)`` links and relative ones (no scheme, not protocol-relative)."""
    url = url.strip()
    if url.startswith("//"):
        return False
    match = _SCHEME.match(url)
    return match is None or match.group(1).lower() in ("http", "https")


def _parser(html: bool, rejected: list[str] | None = None) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": html, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.disable("image")

    def validate(url: str) -> bool:
        ok = safe_link(url)
        if not ok and rejected is not None:
            rejected.append(url)
        return ok

    md.validateLink = validate  # type: ignore[method-assign]
    return md


@functools.cache
def _html_parser() -> MarkdownIt:
    return _parser(html=False)


def findings_html(text: str | None) -> Markup:
    """Findings (Markdown) as safe HTML."""
    if not text or not text.strip():
        return Markup("")
    return Markup(_html_parser().render(text))  # markdown-it escapes; raw HTML is off


def md_inline(text: object) -> str:
    """User text for a Markdown line or table cell: one line, every markup character escaped."""
    value = " ".join(str(text).split())
    return _MD_SPECIAL.sub(r"\\\1", value)


def md_code(text: str) -> str:
    """A code span that no content can break out of."""
    value = " ".join(text.split())
    fence = "`"
    while fence in value:
        fence += "`"
    pad = " " if value.startswith("`") or value.endswith("`") else ""
    return f"{fence}{pad}{value}{pad}{fence}"


#: One checking parser per thread (making one costs more than parsing a finding), with the list its link
#: check fills: emptied before each parse.
_checking = threading.local()


def _hostile(text: str) -> bool:
    # Raw HTML starts with '<', and every link the parser checks (inline, reference, autolink; images are off,
    # linkify too) needs '[' or '<': text with neither cannot be hostile, and most findings are such text.
    # Parsing one costs 0.1-0.2 ms; 224 findings of a catalogue, about 40 ms of the Markdown report.
    if "<" not in text and "[" not in text:
        return False
    return _parsed_hostile(text)


def _parsed_hostile(text: str) -> bool:
    found: tuple[MarkdownIt, list[str]] | None = getattr(_checking, "parser", None)
    if found is None:
        rejected: list[str] = []
        found = _checking.parser = (_parser(html=True, rejected=rejected), rejected)
    parser, rejected = found
    rejected.clear()
    tokens = parser.parse(text)
    stack = list(tokens)
    while stack:
        token = stack.pop()
        if token.type in ("html_block", "html_inline"):
            return True
        stack.extend(token.children or [])
    return bool(rejected)


def findings_markdown(text: str | None) -> str:
    """Findings for the Markdown report, as a block quote so that their headings cannot break the report."""
    if not text or not text.strip():
        return ""
    body = text.strip("\n").replace("\r\n", "\n")
    if _hostile(body):
        body = _MD_HOSTILE.sub(r"\\\1", body)
    return "\n".join(f"> {line}".rstrip() for line in body.split("\n"))
