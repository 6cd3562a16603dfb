"""The strict YAML reader: locations, duplicate keys, raw scalars, refused tags, caps and encodings."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from cc_assess.yamlio import (
    MAX_NODES,
    Position,
    Problem,
    YamlError,
    decode,
    dump_yaml,
    parse_yaml,
    read_bytes,
    read_yaml,
)


def problem_of(text: str) -> Problem:
    with pytest.raises(YamlError) as info:
        parse_yaml(text)
    return info.value.problem


def test_values_and_keys_are_located() -> None:
    doc = parse_yaml("item: HR-01\nevidence:\n  - ref: a.pdf\n    note: x\n")
    assert doc.values[("item",)] == Position(1, 7)
    assert doc.keys[("evidence",)] == Position(2, 1)
    assert doc.values[("evidence", 0, "note")] == Position(4, 11)
    assert doc.locate(("evidence", 0, "missing")) == Position(3, 5)
    assert doc.locate(("nowhere", 3)) == Position(1, 1)


def test_duplicate_keys_are_problems_and_first_value_kept() -> None:
    doc = parse_yaml("a: 1\nb: 2\na: 3\n")
    assert doc.data == {"a": 1, "b": 2}
    assert doc.problems == [Problem("duplicate-key", "duplicate key 'a' (first defined at line 1)", 3, 1)]


def test_dates_stay_text_and_raw_scalars_are_remembered() -> None:
    doc = parse_yaml("due: 2026-13-45\nok: 2026-03-31\nflag: no\nn: 010\n")
    assert doc.data == {"due": "2026-13-45", "ok": "2026-03-31", "flag": False, "n": 8}
    assert doc.scalars[("flag",)].text == "no"
    assert doc.scalars[("flag",)].kind == "bool"
    assert doc.scalars[("due",)].kind == "timestamp"


def test_keys_are_the_text_written() -> None:
    assert parse_yaml("yes: 1\n1: b\nnull: c\n").data == {"yes": 1, "1": "b", "null": "c"}


@pytest.mark.parametrize(
    ("text", "code", "line", "column"),
    [
        ("", "empty-file", 1, 1),
        ("# only a comment\n", "empty-file", 1, 1),
        ("a: [1, 2\n", "yaml-syntax", 2, 1),
        ("a: 1\n---\nb: 2\n", "yaml-syntax", 2, 1),
        ("a: !!python/object/apply:os.system [echo]\n", "yaml-tag", 1, 4),
        ("a: !!binary aGk=\n", "yaml-tag", 1, 4),
        ("a: !custom x\n", "yaml-tag", 1, 4),
        ("a: !!set {x}\n", "yaml-tag", 1, 4),
        ("a: &x [*x]\n", "yaml-alias", 1, 4),
        ("base: &b {x: 1}\nc:\n  <<: *b\n", "yaml-merge", 3, 3),
        ("? [a, b]\n: c\n", "yaml-key", 1, 3),
        ("a: !!int x\n", "yaml-value", 1, 4),
        ("a: \x07\n", "yaml-syntax", 1, 4),
    ],
)
def test_bad_documents_are_located(text: str, code: str, line: int, column: int) -> None:
    problem = problem_of(text)
    assert (problem.code, problem.line, problem.column) == (code, line, column)


def test_python_tags_are_never_constructed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    problem = problem_of(f"a: !!python/object/apply:os.system ['touch {marker}']\n")
    assert problem.message == "YAML tag '!!python/object/apply:os.system' is not allowed; only plain data is read"
    assert not marker.exists()


def test_alias_bomb_is_stopped() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    problem = problem_of("\n".join(lines) + "\n")
    assert problem.code == "too-large"
    assert str(MAX_NODES) in problem.message


def test_deep_nesting_is_refused() -> None:
    assert problem_of("a: " + "[" * 200 + "]" * 200 + "\n").code == "too-deep"


def test_utf8_with_bom_and_crlf_is_fine() -> None:
    text = decode(codecs.BOM_UTF8 + "item: HR-01\r\nstatus: 符合\r\n".encode())
    assert parse_yaml(text).data == {"item": "HR-01", "status": "符合"}


def test_gbk_file_names_the_encoding_and_the_fix() -> None:
    with pytest.raises(YamlError) as info:
        decode("item: HR-01\nstatus: 符合\n".encode("gbk"))
    problem = info.value.problem
    assert (problem.code, problem.line, problem.column) == ("not-utf8", 2, 9)
    assert "GBK/GB18030" in problem.message
    assert "iconv -f GB18030 -t UTF-8" in problem.message


def test_utf16_and_nul_bytes_are_refused() -> None:
    with pytest.raises(YamlError, match="UTF-16"):
        decode(codecs.BOM_UTF16_LE + "a: 1".encode("utf-16-le"))
    with pytest.raises(YamlError, match="NUL"):
        decode(b"a: 1\x00\n")


def test_size_cap(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a: " + b"x" * 2000 + b"\n")
    with pytest.raises(YamlError) as info:
        read_bytes(path, 1024)
    assert info.value.problem.code == "too-large"
    assert read_yaml(path, 4096).data == {"a": "x" * 2000}


def test_dump_round_trips_and_uses_blocks_for_multiline_text() -> None:
    data = {"item": "HR-01", "findings": "第一行\n第二行\n", "note": "yes", "due": "2026-03-31", "n": None}
    text = dump_yaml(data)
    assert "findings: |\n  第一行\n  第二行\n" in text
    assert "note: 'yes'" in text
    assert parse_yaml(text).data == data


def test_utf16_without_bom_is_named() -> None:
    with pytest.raises(YamlError, match="UTF-16 without a byte-order mark"):
        decode("item: HR-01\nstatus: conformant\n".encode("utf-16-le"))
