from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import ALL_CONFORMANT, MakeAssessment, run


def test_score_all_conformant(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = make_assessment(ALL_CONFORMANT)
    code, out, err = run(runner, "score", str(folder), "--format", "json")
    assert code == 0, err
    assert json.loads(out)["overall"] == {"score": 100.0, "achieved": 6.0, "possible": 6.0}


def test_init_then_validate(tmp_path: Path, runner: CliRunner) -> None:
    code, _, err = run(runner, "init", str(tmp_path / "a"), "--catalogue", "ydt-2823-2015")
    assert code == 0, err
    assert len(list((tmp_path / "a" / "responses").rglob("*.yaml"))) == 224
    code, out, err = run(runner, "validate", str(tmp_path / "a"), "--format", "json")
    assert (code, out, err) == (0, "[]\n", "")


def test_a_bug_is_an_internal_error_message_not_a_traceback(
    make_assessment: MakeAssessment, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from cc_assess import cli, scoring

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(scoring, "score", broken)
    monkeypatch.delenv("CC_ASSESS_DEBUG", raising=False)
    monkeypatch.setattr("sys.argv", ["cc-assess", "score", str(make_assessment(ALL_CONFORMANT))])
    with pytest.raises(SystemExit) as info:
        cli.main()
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err == (
        "cc-assess: internal error: RuntimeError: boom\n"
        "This is a bug in cc-assess, not in your files; please report it "
        "(run again with CC_ASSESS_DEBUG=1 to see the traceback).\n"
    )
