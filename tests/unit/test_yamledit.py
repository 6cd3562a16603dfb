"""Editing one top-level key of a YAML file without touching the rest; reading answer cells."""

from __future__ import annotations

import datetime as dt

import pytest

from cc_assess.catalogue import find_bundled
from cc_assess.sheets.cells import CellError, parse
from cc_assess.yamledit import set_keys


def test_only_the_key_block_changes() -> None:
    raw = (
        b"# header\n"
        b"item: HR-01\n"
        b"status: partial  # note\n"
        b"findings: |\n"
        b"  # not a comment: Markdown heading\n"
        b"  text\n"
        b"\n"
        b"# about the evidence\n"
        b"evidence: []\n"
    )
    assert set_keys(raw, {"findings": "new\n"}).decode() == (
        "# header\nitem: HR-01\nstatus: partial  # note\nfindings: |\n  new\n\n# about the evidence\nevidence: []\n"
    )
    assert (
        set_keys(raw, {"status": None, "assessor": "王丽"}).decode()
        == raw.decode().replace("status: partial  # note\n", "status:\n") + "assessor: 王丽\n"
    )


def test_bom_crlf_and_missing_final_newline_are_kept() -> None:
    raw = "\ufeffitem: HR-01\r\nstatus: partial\r\nassessor: 王丽".encode()
    assert set_keys(raw, {"status": "conformant", "assessed_on": dt.date(2026, 1, 2)}) == (
        "\ufeffitem: HR-01\r\nstatus: conformant\r\nassessor: 王丽\r\nassessed_on: 2026-01-02\r\n".encode()
    )


def test_flow_mapping_is_rewritten_whole_after_its_comments() -> None:
    raw = b"# c\n{item: HR-01, status: partial}\n"
    assert set_keys(raw, {"status": "no"}) == b"# c\nitem: HR-01\nstatus: 'no'\n"


CATALOGUE = find_bundled("ydt-2823-2015")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("部分符合", "partial"), (" partial ", "partial"), ("PARTIALLY CONFORMANT", "partial"), ("", None), (None, None)],
)
def test_status_cell(value: str | None, expected: str | None) -> None:
    assert parse("status", value, CATALOGUE) == expected


def test_action_cell() -> None:
    cell = "A1 | a | b | c | 陈刚 | 2026/3/1 | In Progress | evidence: x.pdf, y.pdf\nA2 | 复核"
    assert parse("actions", cell, CATALOGUE) == [
        {
            "id": "A1",
            "description": "a | b | c",
            "owner": "陈刚",
            "due": dt.date(2026, 3, 1),
            "status": "in-progress",
            "evidence": ["x.pdf", "y.pdf"],
        },
        {"id": "A2", "description": "复核", "status": "open"},
    ]
    with pytest.raises(CellError, match=r"^action status 'later' is not one of: open, in-progress, done$"):
        parse("actions", "A1 | x | | | later", CATALOGUE)
    with pytest.raises(CellError, match=r"^action id 'A1' appears twice$"):
        parse("actions", "A1 | x\nA1 | y", CATALOGUE)


def test_evidence_and_date_cells() -> None:
    assert parse("evidence", "a.pdf | note | with bar | as_of: 2026-01-02\nhttps://x.example", CATALOGUE) == [
        {"ref": "a.pdf", "note": "note | with bar", "as_of": dt.date(2026, 1, 2)},
        {"ref": "https://x.example"},
    ]
    assert parse("assessed_on", dt.datetime(2026, 1, 2, 0, 0), CATALOGUE) == dt.date(2026, 1, 2)
    with pytest.raises(CellError, match=r"^'2026-02-30' is not a date \(YYYY-MM-DD\)$"):
        parse("assessed_on", "2026-02-30", CATALOGUE)
    with pytest.raises(CellError, match=r"^evidence ref 'C:\\x.pdf' uses backslashes"):
        parse("evidence", "C:\\x.pdf", CATALOGUE)


@pytest.mark.parametrize(
    ("raw", "values", "edited"),
    [
        (
            'item: AA-01\nstatus: "conformant"  # was checked\nfindings: x\n',
            {"status": "nonconformant"},
            'item: AA-01\nstatus: "nonconformant"  # was checked\nfindings: x\n',
        ),
        ("status: 'conformant' # a\n", {"status": "it's"}, "status: 'it''s' # a\n"),
        ("status: conformant # a\n", {"status": "partial"}, "status: partial # a\n"),
        ('status: "a # b" # real\n', {"status": "c"}, 'status: "c" # real\n'),
        ("status: x\t# tab\r\n", {"status": "y"}, "status: y\t# tab\r\n"),
        ("assessed_on: 2026-01-01 # c\n", {"assessed_on": dt.date(2026, 2, 2)}, "assessed_on: 2026-02-02 # c\n"),
        ("status: x # c\n", {"status": None}, "status:\n"),  # emptied: nothing is left to comment on
        ('status: "x" # c\n', {"status": "a\nb"}, "status: |-\n  a\n  b\n"),  # more than a line: a block
    ],
)
def test_a_one_line_value_keeps_its_quotes_and_comment(raw: str, values: dict[str, object], edited: str) -> None:
    assert set_keys(raw.encode(), values).decode() == edited
