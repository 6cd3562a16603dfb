"""Every case of the public YAML test suite, fed as a response file and as a catalogue: never a traceback."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cc_assess.shown import Shown
from tests.conftest import ALL_CONFORMANT, MakeAssessment, run

CORPUS = Path(
    os.environ.get(
        "CC_ASSESS_YAML_CORPUS",
        Path(__file__).resolve().parents[3] / "shared" / "corpora" / "yaml-test-suite" / "cases",
    )
)
CASES = sorted(CORPUS.glob("*.yaml")) if CORPUS.is_dir() else []
LOCATED = re.compile(r"^\S+:\d+:\d+: (error|warning): .+ \[[a-z0-9-]+\]$")


@pytest.mark.skipif(not CASES, reason=f"yaml-test-suite corpus not found at {CORPUS} (it ships beside the repo in CI)")
def test_corpus_as_response_files(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = make_assessment(ALL_CONFORMANT)
    target = folder / "responses" / "AA" / "AA-01.yaml"
    outcomes: dict[int, int] = {}
    for case in CASES:
        shutil.copyfile(case, target)
        code, out, err = run(runner, "validate", str(folder))
        assert code in (0, 1), case.name
        assert out == ""
        lines = [line for line in err.splitlines() if line != "ok: no problems found"]
        problems = [line for line in lines if ": error: " in line or ": warning: " in line]
        assert all(LOCATED.match(line) for line in problems), (case.name, problems)
        if code == 1:
            assert any(str(target.relative_to(folder)) in line for line in problems), case.name
        outcomes[code] = outcomes.get(code, 0) + 1
    assert outcomes.get(1, 0) > 350  # almost no case is a valid response file


@pytest.mark.skipif(not CASES, reason=f"yaml-test-suite corpus not found at {CORPUS}")
def test_corpus_as_catalogues(runner: CliRunner) -> None:
    for case in CASES:
        code, _out, err = run(runner, "catalogue", "check", str(case))
        assert code == 1, case.name
        assert all(LOCATED.match(line) for line in err.splitlines()), (case.name, err)


@pytest.mark.skipif(not CASES, reason=f"yaml-test-suite corpus not found at {CORPUS} (it ships beside the repo in CI)")
def test_corpus_answers_the_same_from_the_cache_of_parsed_files(
    make_assessment: MakeAssessment, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from cc_assess.assessment import LoadedAssessment, load_assessment

    monkeypatch.setenv("CC_ASSESS_CACHE_DIR", str(tmp_path / "cache"))
    folder = make_assessment(ALL_CONFORMANT)
    target = folder / "responses" / "AA" / "AA-01.yaml"

    def answer(loaded: LoadedAssessment) -> object:
        return loaded.diagnostics, loaded.statuses

    for case in CASES:
        shutil.copyfile(case, target)
        cold = answer(load_assessment(Shown(folder, "site")))
        warm = answer(load_assessment(Shown(folder, "site")))
        monkeypatch.setenv("CC_ASSESS_NO_CACHE", "1")
        uncached = answer(load_assessment(Shown(folder, "site")))
        monkeypatch.delenv("CC_ASSESS_NO_CACHE")
        assert cold == warm == uncached, case.name
