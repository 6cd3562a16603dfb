"""``swallowed_values`` looks at the lines only when the text has ``:`` + blanks + ``#`` somewhere: the same
problems as the line-by-line scan for any text, found or not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cc_assess.yamlhints import _swallowed_lines, swallowed_values

#: The characters the line pattern cares about, and a few others.
PIECES = st.sampled_from(["findings", "item", ":", " ", "\t", "#", "-", "\n", "\r\n", "'", '"', "3 号", "a", "  "])


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_same_problems_as_every_line(text: str) -> None:
    assert list(swallowed_values(text)) == list(_swallowed_lines(text))


def test_found_and_not_found() -> None:
    found = list(swallowed_values("item: AA-01\nfindings: #3 号班组未培训\n"))
    assert [(p.code, p.line, p.column) for p in found] == [("comment-swallowed-value", 2, 11)]
    assert list(swallowed_values("# comment: only\nitem: AA-01  # a comment after a value\n")) == []
