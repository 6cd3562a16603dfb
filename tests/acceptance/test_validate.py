"""`cc-assess validate` through the CLI: what needs Python (several folders, links the test makes).

Every bad input a user can make, with its exact location and message, is a case folder in tests/cases/validate/.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import ALL_CONFORMANT, MakeAssessment, run

R = "site/responses"


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
