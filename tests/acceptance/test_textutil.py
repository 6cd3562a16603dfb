"""Shared text helpers: inert Markdown cells and one-decimal rounding that agrees with the JSON."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from cc_assess.textutil import decimal1, md_cell
from tests.conftest import ALL_CONFORMANT, MakeAssessment, run

HOSTILE = "<script>alert(1)</script> [x](javascript:y) ![i](http://evil/t.png) a|b `c` R&D\nnext"


def test_md_cell_makes_user_text_inert() -> None:
    assert md_cell(HOSTILE) == (
        "&lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:y) !\\[i\\](http://evil/t.png) a\\|b \\`c\\` "
        "R&amp;D next"
    )
    assert md_cell(None) == ""


@pytest.mark.parametrize(
    ("value", "signed", "expected"),
    [
        (81.25, False, "81.3"),
        (84.85, False, "84.9"),
        (70.19, False, "70.2"),
        (100, False, "100.0"),
        (-7.55, True, "-7.6"),
        (10.46, True, "+10.5"),
        (0.0, True, "+0.0"),
        (-0.04, True, "+0.0"),
    ],
)
def test_decimal1_is_half_up_like_the_json(value: float, signed: bool, expected: str) -> None:
    assert decimal1(value, signed=signed) == expected


def test_markdown_outputs_escape_hostile_text(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    hostile_response = (
        "item: AA-01\nstatus: partial\nactions:\n"
        '  - id: A1\n    description: "<script>alert(13)</script> | [x](javascript:y)"\n'
        '    owner: "<i>o</i>"\n    due: 2020-01-01\n'
    )
    old = make_assessment(ALL_CONFORMANT, name="old", meta='label: "<b>2025</b>"\n')
    new = make_assessment(ALL_CONFORMANT, name="new", files={"responses/AA/AA-01.yaml": hostile_response})
    for args in (
        ("actions", str(new), "--format", "markdown", "--today", "2026-01-01"),
        ("diff", str(old), str(new), "--format", "markdown"),
    ):
        code, out, err = run(runner, *args)
        assert code == 0, err
        assert "<script>" not in out
        assert "<b>" not in out
        assert "<i>" not in out
        assert not re.search(r"(?<!\\)\]\(javascript:", out)  # brackets escaped: not a link
    assert "&lt;b&gt;2025&lt;/b&gt;" in run(runner, "diff", str(old), str(new), "--format", "markdown")[1]
