from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from tests.conftest import ALL_CONFORMANT, MakeAssessment, run


def test_score_all_conformant(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = make_assessment(ALL_CONFORMANT)
    code, out, err = run(runner, "score", str(folder), "--format", "json")
    assert code == 0, err
    assert '"score": 100.0' in out


def test_init_then_validate(tmp_path: Path, runner: CliRunner) -> None:
    code, _, err = run(runner, "init", str(tmp_path / "a"), "--catalogue", "ydt-2823-2015")
    assert code == 0, err
    assert len(list((tmp_path / "a" / "responses").rglob("*.yaml"))) == 224
    code, out, _ = run(runner, "validate", str(tmp_path / "a"), "--format", "json")
    assert (code, out) == (0, "[]\n")
