"""Hostile input: what used to crash ("internal error") or leak is a located message now.

Each test here failed before the fix it pins (issue 18). Those that are files in and a whole output out
(YAML tags, control-character escapes, SOURCE_DATE_EPOCH, huge weights) are case folders in tests/cases/.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from tests.conftest import ALL_CONFORMANT, FIXTURES, MakeAssessment, run

R = "site/responses"


def test_a_file_name_with_a_newline_cannot_forge_a_diagnostic_line(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = "x.txt\nforged.yaml:1:1: error: forged [x]"
    folder = make_assessment(ALL_CONFORMANT)
    (folder / "responses" / "AA" / name).write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _, err = run(runner, "validate", "site")
    assert code == 0
    lines = err.splitlines()
    assert not any(line.startswith("forged.yaml") for line in lines)
    assert (
        f"{R}/AA/x.txt\\nforged.yaml:1:1: error: forged [x]:1:1: warning: not a response file "
        "(only responses/<domain>/<item>.yaml are read); ignored [stray-file]"
    ) in lines


def test_a_score_is_never_nan_and_fail_under_never_passes_it(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cc_assess.models import Catalogue
    from cc_assess.scoring import gate, score

    data = json.loads(
        '{"schema": "cc-assess/catalogue/v1", "id": "h", "version": "1.0.0", "title": "h",'
        ' "scale": [{"id": "y", "label": "y", "points": 1}, {"id": "n", "label": "n", "points": 0}],'
        ' "domains": [{"id": "AA", "title": "a", "items": [{"id": "AA-01", "title": "t", "requirement": "r"}]},'
        ' {"id": "BB", "title": "b", "items": [{"id": "BB-01", "title": "t", "requirement": "r"}]}]}'
    )
    catalogue = Catalogue.model_validate(data)
    # what a catalogue that skipped the model's cap would hold
    catalogue = catalogue.model_copy(
        update={"domains": [d.model_copy(update={"weight": 1e308}) for d in catalogue.domains]}
    )
    from cc_assess.errors import CannotRun

    with pytest.raises(CannotRun, match="the catalogue's weights are too large to compute a score"):
        score(catalogue, {"AA-01": "y", "BB-01": "n"})
    ok = score(Catalogue.model_validate(data), {"AA-01": "y", "BB-01": "n"})
    assert ok.score == 50.0
    assert gate(ok, fail_under=50) == []
    assert gate(ok, fail_under=float("nan")) == ["overall score 50.0 is below nan"]


def test_date_cells_holding_a_time_or_zero_are_located_errors(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_assessment(ALL_CONFORMANT)
    monkeypatch.chdir(tmp_path)
    assert run(runner, "export", "site", "-o", "a.xlsx")[0] == 0
    book = openpyxl.load_workbook("a.xlsx")
    ws = book["AA"]
    assert ws["L1"].value is not None
    ws["L2"] = dt.time(13, 45)
    ws["L3"] = 0
    ws["L3"].number_format = "yyyy-mm-dd"
    book.save("a.xlsx")
    code, _, err = run(runner, "import", "site", "a.xlsx")
    assert code == 1
    assert err.splitlines()[:2] == [
        "a.xlsx:2:12: error: AA!L2: '13:45:00' is not a date (YYYY-MM-DD) [invalid-date]",
        "a.xlsx:3:12: error: AA!L3: '00:00:00' is not a date (YYYY-MM-DD) [invalid-date]",
    ]


def test_a_foreign_cache_entry_with_a_lone_surrogate_or_control_characters_is_ignored(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cc_assess import usercache

    folder = make_assessment(ALL_CONFORMANT)
    monkeypatch.setenv("CC_ASSESS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    assert run(runner, "score", "site", "--format", "json")[0] == 0
    entries = sorted((tmp_path / "cache").glob("parsed-*.json"))
    assert len(entries) == 1
    text = entries[0].read_text(encoding="utf-8")
    assert '"item":"AA-01"' in text
    for poison in ('"item":"AA-01\\ud800"', '"item":"AA-01\\u001b[31m"', '"item":"AA-01\x1b"', '"item":"AA-01\x9b"'):
        entries[0].write_text(text.replace('"item":"AA-01"', poison), encoding="utf-8")
        assert usercache.load(entries[0].name) is None
        code, out, err = run(runner, "report", "site")
        assert code == 0, err
        assert "AA-01" in out
    assert folder.is_dir()


def test_history_markdown_escapes_tag_names(tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    monkeypatch.chdir(repo)

    def git(*args: str) -> None:
        subprocess.run(["git", *args], check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.email", "t@example.com")
    git("config", "user.name", "t")
    site = repo / "site"
    site.mkdir()
    (site / "catalogue.yaml").write_text((FIXTURES / "mini.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (site / "assessment.yaml").write_text("catalogue: catalogue.yaml\ncatalogue_version: 1.0.0\n", encoding="utf-8")
    git("add", ".")
    git("commit", "-qm", "one")
    tag = "<img_src=x_onerror=alert(1)>"
    git("tag", tag)
    code, out, err = run(runner, "history", "site", "--rev", tag, "--format", "markdown")
    assert code == 0, err
    assert "<img" not in out
    assert "&lt;img_src=x_onerror=alert(1)&gt; = " in out
