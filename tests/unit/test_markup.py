"""The Markdown report's check of findings (cc_assess.render.markup): the shortcut for text that cannot hold raw
HTML or a link agrees with the parser."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cc_assess.render.markup import _hostile, _parsed_hostile, findings_markdown

#: Pieces of Markdown that come near raw HTML or links without '<' or '[': schemes, link tails, entities of '<',
#: code, emphasis, lists, quotes, tables, escapes.
PIECES = [
    "a",
    "中文",
    " ",
    "\n",
    "\n\n",
    "    ",
    "\t",
    "javascript:alert(1)",
    "](javascript:alert(1))",
    "]: javascript:x",
    "](//evil.example)",
    "]",
    "(",
    ")",
    ":",
    "!",
    "http://x.example/",
    "//x",
    "&lt;b&gt;",
    "&#60;script&#62;",
    "&#x3C;i&#x3E;",
    "\\",
    "`",
    "```",
    "*",
    "**",
    "_",
    "~~",
    "#",
    "> ",
    "- ",
    "1. ",
    "|",
    "---",
    "=",
    '"',
    "'",
    "&",
]


@settings(max_examples=300, derandomize=True, deadline=None, database=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_text_without_angle_or_square_brackets_is_never_hostile(text: str) -> None:
    assert "<" not in text
    assert "[" not in text
    assert _parsed_hostile(text) is False
    assert _hostile(text) is False


def test_the_shortcut_does_not_hide_what_the_parser_finds() -> None:
    for text in ("<b>x</b>", "[x](javascript:alert(1))", "<javascript:alert(1)>", "[x]: javascript:y\n\n[x]"):
        assert _hostile(text) is _parsed_hostile(text) is True
    assert _hostile("见 [制度](https://example.com/p)") is _parsed_hostile("见 [制度](https://example.com/p)") is False
    assert findings_markdown("a [x](javascript:alert(1))") == "> a \\[x\\](javascript:alert(1))"
    assert findings_markdown("a ](javascript:alert(1))") == "> a ](javascript:alert(1))"
