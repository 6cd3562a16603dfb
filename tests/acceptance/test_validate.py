"""`cc-assess validate` through the CLI: every bad input a user can make, with its exact location and message."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import ALL_CONFORMANT, MakeAssessment, run

R = "site/responses"

# (name, files to add or replace, expected text diagnostics with paths relative to tmp_path)
CASES: list[tuple[str, dict[str, str | bytes | None], list[str]]] = [
    (
        "yaml-boolean-status",
        {"responses/AA/AA-01.yaml": "item: AA-01\nstatus: no\n"},
        [f"{R}/AA/AA-01.yaml:2:9: error: 'no' is read by YAML as a boolean, not text; quote it: \"no\" [not-text]"],
    ),
    (
        "yaml-yes-status",
        {"responses/AA/AA-01.yaml": "item: AA-01\nstatus: yes\n"},
        [f"{R}/AA/AA-01.yaml:2:9: error: 'yes' is read by YAML as a boolean, not text; quote it: \"yes\" [not-text]"],
    ),
    (
        "number-status",
        {"responses/AA/AA-01.yaml": "item: AA-01\nstatus: 1\n"},
        [f"{R}/AA/AA-01.yaml:2:9: error: '1' is read by YAML as a number, not text; quote it: \"1\" [not-text]"],
    ),
    (
        "syntax-error",
        {"responses/AA/AA-01.yaml": "item: AA-01\nstatus: [conformant\n"},
        [
            f"{R}/AA/AA-01.yaml:3:1: error: YAML syntax error: while parsing a flow sequence did not find expected "
            "',' or ']' [yaml-syntax]"
        ],
    ),
    (
        "duplicate-key",
        {"responses/AA/AA-01.yaml": "item: AA-01\nstatus: conformant\nstatus: partial\n"},
        [f"{R}/AA/AA-01.yaml:3:1: error: duplicate key 'status' (first defined at line 2) [duplicate-key]"],
    ),
    (
        "empty-file",
        {"responses/AA/AA-01.yaml": ""},
        [f"{R}/AA/AA-01.yaml:1:1: error: file is empty or holds only comments [empty-file]"],
    ),
    (
        "comment-only-file",
        {"responses/AA/AA-01.yaml": "# item: AA-01\n"},
        [f"{R}/AA/AA-01.yaml:1:1: error: file is empty or holds only comments [empty-file]"],
    ),
    (
        "unknown-item",
        {"responses/AA/AA-09.yaml": "item: AA-09\nstatus: conformant\n"},
        [
            f"{R}/AA/AA-09.yaml:1:7: error: item 'AA-09' is not in catalogue mini 1.0.0 [unknown-item]",
        ],
    ),
    (
        "item-differs-from-file-name",
        {"responses/AA/AA-01.yaml": "item: AA-02\nstatus: conformant\n"},
        [
            f"{R}/AA/AA-01.yaml:1:7: error: a second response for AA-02 (the first is {R}/AA/AA-02.yaml) "
            "[duplicate-response]",
            f"{R}/AA/AA-01.yaml:1:7: error: item 'AA-02' differs from the file name 'AA-01.yaml' [item-mismatch]",
        ],
    ),
    (
        "two-responses-for-one-item",
        {"responses/AA/AA-01.yml": "item: AA-01\nstatus: partial\n"},
        [
            f"{R}/AA/AA-01.yml:1:1: error: response files must be responses/<domain>/<item>.yaml, named after a "
            "catalogue item [misplaced-file]",
            f"{R}/AA/AA-01.yml:1:7: error: a second response for AA-01 (the first is {R}/AA/AA-01.yaml) "
            "[duplicate-response]",
        ],
    ),
    (
        "response-filed-under-another-domain",
        {"responses/BB/AA-01.yaml": "item: AA-01\nstatus: partial\n"},
        [
            f"{R}/BB/AA-01.yaml:1:7: error: a second response for AA-01 (the first is {R}/AA/AA-01.yaml) "
            "[duplicate-response]",
            f"{R}/BB/AA-01.yaml:1:7: error: item 'AA-01' belongs in responses/AA/, not responses/BB/ [wrong-domain]",
        ],
    ),
    (
        "na-without-reason",
        {"responses/BB/BB-01.yaml": "item: BB-01\nstatus: 不适用\n"},
        [
            f"{R}/BB/BB-01.yaml:2:9: error: status is N/A but na_reason is missing; say why the item does not apply "
            "[na-without-reason]"
        ],
    ),
    (
        "unknown-status",
        {"responses/BB/BB-01.yaml": "item: BB-01\nstatus: maybe\n"},
        [
            f"{R}/BB/BB-01.yaml:2:9: error: 'maybe' is not a status of this catalogue (use one of: conformant, "
            "partial, nonconformant, na, or their zh/en labels) [unknown-status]"
        ],
    ),
    (
        "impossible-due-date",
        {
            "responses/BB/BB-01.yaml": "item: BB-01\nstatus: partial\nactions:\n"
            "  - {id: A1, description: fix, due: 2026-13-45}\n"
        },
        [f"{R}/BB/BB-01.yaml:4:37: error: '2026-13-45' is not a date (YYYY-MM-DD) [invalid-date]"],
    ),
    (
        "due-not-a-date",
        {
            "responses/BB/BB-01.yaml": "item: BB-01\nstatus: partial\nactions:\n"
            "  - id: A1\n    description: fix\n    due: next week\n"
        },
        [f"{R}/BB/BB-01.yaml:6:10: error: 'next week' is not a date (YYYY-MM-DD) [invalid-date]"],
    ),
    (
        "evidence-leaves-folder",
        {"responses/BB/BB-01.yaml": "item: BB-01\nstatus: conformant\nevidence:\n  - ref: ../../secret.txt\n"},
        [
            f"{R}/BB/BB-01.yaml:4:10: error: evidence ref '../../secret.txt' leaves the assessment folder "
            "[evidence-path]"
        ],
    ),
    (
        "evidence-absolute",
        {"responses/BB/BB-01.yaml": "item: BB-01\nstatus: conformant\nevidence:\n  - ref: /etc/passwd\n"},
        [
            f"{R}/BB/BB-01.yaml:4:10: error: evidence ref '/etc/passwd' is an absolute path; write a path relative to "
            "the assessment folder [evidence-path]"
        ],
    ),
    (
        "evidence-missing-file-is-a-warning",
        {"responses/BB/BB-01.yaml": "item: BB-01\nstatus: conformant\nevidence:\n  - ref: evidence/plan.pdf\n"},
        [f"{R}/BB/BB-01.yaml:4:10: warning: evidence file 'evidence/plan.pdf' does not exist [evidence-missing]"],
    ),
    (
        "evidence-missing-in-every-file-that-cites-it",
        {
            "responses/BB/BB-01.yaml": "item: BB-01\nstatus: conformant\nevidence:\n  - ref: evidence/plan.pdf\n",
            "responses/BB/BB-02.yaml": "item: BB-02\nstatus: conformant\nevidence:\n  - ref: a.pdf\n"
            "  - ref: evidence/plan.pdf\n",
        },
        [
            f"{R}/BB/BB-01.yaml:4:10: warning: evidence file 'evidence/plan.pdf' does not exist [evidence-missing]",
            f"{R}/BB/BB-02.yaml:4:10: warning: evidence file 'a.pdf' does not exist [evidence-missing]",
            f"{R}/BB/BB-02.yaml:5:10: warning: evidence file 'evidence/plan.pdf' does not exist [evidence-missing]",
        ],
    ),
    (
        "unknown-key",
        {"responses/BB/BB-01.yaml": "item: BB-01\nstatus: conformant\nfinding: typo\n"},
        [f"{R}/BB/BB-01.yaml:3:1: error: unknown key 'finding' (did you mean 'findings'?) [unknown-key]"],
    ),
    (
        "unknown-key-valid-only-inside-an-action",  # was: unknown key 'due' (did you mean 'due'?)
        {
            "responses/BB/BB-01.yaml": "item: BB-01\nstatus: conformant\ndue: 2026-03-01\ndescripton: x\n"
            "actions:\n  - id: A1\n    description: fix\n    ownr: 王丽\n"
        },
        [
            f"{R}/BB/BB-01.yaml:3:1: error: unknown key 'due' [unknown-key]",
            f"{R}/BB/BB-01.yaml:4:1: error: unknown key 'descripton' [unknown-key]",
            f"{R}/BB/BB-01.yaml:8:5: error: unknown key 'ownr' (did you mean 'owner'?) [unknown-key]",
        ],
    ),
    (
        "gbk-file",
        {"responses/BB/BB-01.yaml": "item: BB-01\nstatus: 符合\n".encode("gbk")},
        [
            f"{R}/BB/BB-01.yaml:2:9: error: file is not UTF-8 (byte 0xb7 cannot be decoded); it looks like "
            "GBK/GB18030 (common for files saved by Chinese Windows tools); convert it with: iconv -f GB18030 -t "
            "UTF-8 FILE > FILE.utf8 && mv FILE.utf8 FILE (or save it as UTF-8 in your editor) [not-utf8]"
        ],
    ),
    (
        "missing-response-is-a-warning",
        {"responses/BB/BB-02.yaml": None},
        [f"{R}/BB/BB-02.yaml:1:1: warning: no response file for BB-02; it counts as not assessed [missing-response]"],
    ),
    (
        "stray-files",
        {
            "responses/notes.txt": "hello",
            "responses/AA/extra.yaml": "item: AA-01\n",
            "responses/_retired/AA-07.yaml": "item: AA-07\n",
            "responses/AA/.hidden.yaml": "x: 1\n",
        },
        [
            f"{R}/AA/extra.yaml:1:1: error: response files must be responses/<domain>/<item>.yaml, named after a "
            "catalogue item [misplaced-file]",
            f"{R}/AA/extra.yaml:1:7: error: a second response for AA-01 (the first is {R}/AA/AA-01.yaml) "
            "[duplicate-response]",
            f"{R}/AA/extra.yaml:1:7: error: item 'AA-01' differs from the file name 'extra.yaml' [item-mismatch]",
            f"{R}/notes.txt:1:1: warning: not a response file (only responses/<domain>/<item>.yaml are read); "
            "ignored [stray-file]",
        ],
    ),
    (
        "python-tag",
        {"responses/BB/BB-01.yaml": "item: BB-01\nstatus: !!python/object/apply:os.getcwd []\n"},
        [
            f"{R}/BB/BB-01.yaml:2:9: error: YAML tag '!!python/object/apply:os.getcwd' is not allowed; only plain data "
            "is read [yaml-tag]"
        ],
    ),
    (
        "list-instead-of-mapping",
        {"responses/BB/BB-01.yaml": "- item: BB-01\n"},
        [f"{R}/BB/BB-01.yaml:1:1: error: the file must hold a mapping of keys, not a list [not-mapping]"],
    ),
]


@pytest.mark.parametrize(("name", "files", "expected"), CASES, ids=[c[0] for c in CASES])
def test_invalid_case(
    name: str,
    files: dict[str, str | bytes | None],
    expected: list[str],
    make_assessment: MakeAssessment,
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_assessment(ALL_CONFORMANT, files=files)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    monkeypatch.chdir(tmp_path)
    code, out, err = run(runner, "validate", "site")
    lines = [line for line in err.splitlines() if ": error: " in line or ": warning: " in line]
    assert lines == expected
    assert code == (1 if any(": error: " in line for line in expected) else 0)
    assert out == ""
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before  # nothing written
    code, out, _ = run(runner, "score", "site", "--format", "json")
    if code == 1:
        assert out == ""  # invalid input: nothing on stdout


def test_json_and_github_formats(
    make_assessment: MakeAssessment, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    make_assessment(
        ALL_CONFORMANT, files={"responses/AA/AA-01.yaml": "item: AA-01\nstatus: no\n", "responses/BB/BB-02.yaml": None}
    )
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(runner, "validate", "site", "--format", "json")
    assert code == 1
    assert json.loads(out) == [
        {
            "path": f"{R}/AA/AA-01.yaml",
            "line": 2,
            "column": 9,
            "item": "AA-01",
            "code": "not-text",
            "severity": "error",
            "message": "'no' is read by YAML as a boolean, not text; quote it: \"no\"",
        },
        {
            "path": f"{R}/BB/BB-02.yaml",
            "line": 1,
            "column": 1,
            "item": "BB-02",
            "code": "missing-response",
            "severity": "warning",
            "message": "no response file for BB-02; it counts as not assessed",
        },
    ]
    code, out, _ = run(runner, "validate", "site", "--format", "github")
    assert out.splitlines() == [
        f"::error file={R}/AA/AA-01.yaml,line=2,col=9::'no' is read by YAML as a boolean, not text; quote it: "
        '"no" [not-text]',
        f"::warning file={R}/BB/BB-02.yaml,line=1,col=1::no response file for BB-02; it counts as not assessed "
        "[missing-response]",
    ]


def test_clean_run_prints_empty_json_list(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = make_assessment(ALL_CONFORMANT)
    assert run(runner, "validate", str(folder), "--format", "json")[:2] == (0, "[]\n")


def test_statuses_by_label_and_empty(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = make_assessment(
        {"AA-01": "符合", "AA-02": "' partially CONFORMANT '", "AA-03": "''", "BB-01": "null", "BB-02": "nonconformant"}
    )
    code, out, err = run(runner, "score", str(folder), "--format", "json")
    assert code == 0, err
    counts = json.loads(out)["counts"]
    assert counts == {"total": 5, "conformant": 1, "partial": 1, "nonconformant": 1, "na": 0, "not_assessed": 2}


def test_several_folders_worst_exit_code_wins(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path
) -> None:
    good = make_assessment(ALL_CONFORMANT, name="good")
    bad = make_assessment({**ALL_CONFORMANT, "AA-01": "maybe"}, name="bad")
    assert run(runner, "validate", str(good), str(bad))[0] == 1
    code, out, _ = run(runner, "validate", str(good), str(bad), str(tmp_path / "nowhere"), "--format", "json")
    assert code == 2
    codes = [d["code"] for d in json.loads(out)]
    assert codes == ["unknown-status", "missing-folder"]


def test_cannot_run_cases_exit_2_with_located_message(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    code, _, err = run(runner, "validate", "empty")
    assert code == 2
    assert "empty/assessment.yaml:1:1: error: no assessment.yaml in this folder" in err
    code, _, err = run(runner, "score", "missing")
    assert code == 2
    assert "missing:1:1: error: assessment folder: no such folder [missing-folder]" in err
    make_assessment(ALL_CONFORMANT, meta="", name="unknown")
    (tmp_path / "unknown" / "assessment.yaml").write_text("catalogue: no-such-catalogue\ncatalogue_version: 1.0.0\n")
    code, out, err = run(runner, "score", "unknown", "--format", "json")
    assert (code, out) == (2, "")
    assert "unknown/assessment.yaml:1:12: error: unknown catalogue 'no-such-catalogue'" in err
    (tmp_path / "unknown" / "assessment.yaml").write_text("catalogue: ydt-2823-2015\ncatalogue_version: 9.9.9\n")
    code, _, err = run(runner, "validate", "unknown")
    assert code == 2
    assert (
        "unknown/assessment.yaml:2:20: error: catalogue 'ydt-2823-2015' has no version 9.9.9 "
        "(available: 1.0.0, 1.1.0) [unknown-catalogue]"
    ) in err


def test_invalid_assessment_yaml_is_exit_1(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = make_assessment(ALL_CONFORMANT, meta="kind: audit\nperiod: {start: 2026-02-01, end: 2026-01-01}\n")
    code, _, err = run(runner, "validate", str(folder))
    assert code == 1
    assert (
        f"{folder}/assessment.yaml:3:7: error: 'audit' is not one of: 'self-assessment', 'initial-audit', "
        "'surveillance' or 'recertification' [invalid-value]" in err
    )
    assert f"{folder}/assessment.yaml:4:9: error: period ends before it starts [invalid-value]" in err


def test_symlink_escaping_the_folder_is_an_error(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path
) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("secret")
    folder = make_assessment(
        ALL_CONFORMANT,
        files={"responses/BB/BB-01.yaml": "item: BB-01\nstatus: conformant\nevidence:\n  - ref: evidence/link.txt\n"},
    )
    (folder / "evidence").mkdir()
    (folder / "evidence" / "link.txt").symlink_to(outside)
    code, _, err = run(runner, "validate", str(folder))
    assert code == 1
    assert "evidence ref 'evidence/link.txt' leaves the assessment folder after resolving links [evidence-path]" in err


def test_evidence_refs_the_system_refuses_are_located_errors(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    long_ref = "/".join(["abcdefgh"] * 600)
    folder = make_assessment(
        ALL_CONFORMANT,
        files={
            "responses/AA/AA-01.yaml": 'item: AA-01\nstatus: conformant\nevidence:\n  - {ref: "evidence/a\\0b"}\n',
            "responses/AA/AA-02.yaml": f"item: AA-02\nstatus: conformant\nevidence:\n  - ref: {long_ref}\n",
            "responses/AA/AA-03.yaml": "item: AA-03\nstatus: conformant\nevidence:\n  - ref: evidence/l1\n",
        },
    )
    (folder / "evidence").mkdir()
    (folder / "evidence" / "l1").symlink_to("l2")
    (folder / "evidence" / "l2").symlink_to("l1")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(runner, "validate", "site")
    assert code == 1
    assert [line for line in err.splitlines() if ": error: " in line] == [
        f"{R}/AA/AA-01.yaml:4:11: error: an escape makes the control character U+0000, which cannot be shown or "
        "written to a workbook; remove the escape [control-character]",
        f"{R}/AA/AA-02.yaml:4:10: error: evidence ref '{long_ref}' is too long for a file path [evidence-path]",
        f"{R}/AA/AA-03.yaml:4:10: error: evidence ref 'evidence/l1' cannot be resolved (a link loop?) [evidence-path]",
    ]
    for command in (("score", "site"), ("evidence", "site"), ("report", "site")):
        code, out, _ = run(runner, *command)
        assert (code, out) == (1, "")


def test_invalid_assessment_yaml_does_not_hide_response_problems(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_assessment({**ALL_CONFORMANT, "BB-01": "maybe"}, meta='target: "80"\n')
    monkeypatch.chdir(tmp_path)
    code, out, _err = run(runner, "validate", "site", "--format", "json")
    assert code == 1
    assert [(d["path"], d["line"], d["code"]) for d in json.loads(out)] == [
        ("site/assessment.yaml", 3, "wrong-type"),
        (f"{R}/BB/BB-01.yaml", 2, "unknown-status"),
    ]


def test_unknown_keys_suggest_only_keys_of_their_level_in_chinese(
    make_assessment: MakeAssessment, runner: CliRunner, tool_lang: Callable[[str], None]
) -> None:
    text = (
        "item: BB-01\nstatus: conformant\n完成期限: 2026-03-01\n"
        "actions:\n  - id: A1\n    描述: fix\n    due: 2026-03-01\n"
    )
    folder = make_assessment(ALL_CONFORMANT, files={"responses/BB/BB-01.yaml": text})
    tool_lang("zh")
    code, _, err = run(runner, "validate", str(folder))
    assert code == 1
    r = f"{folder.as_posix()}/responses"
    assert [line for line in err.splitlines() if "[unknown-key]" in line] == [
        f"{r}/BB/BB-01.yaml:3:1: error: 未知的键 '完成期限' [unknown-key]",
        f"{r}/BB/BB-01.yaml:6:5: error: 未知的键 '描述'（您是不是想写 'description'？） [unknown-key]",
    ]
