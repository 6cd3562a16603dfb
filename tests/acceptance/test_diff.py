"""cc-assess diff: by folders, by git revisions, across catalogue versions."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import MakeAssessment, run
from tests.yoy_helpers import (
    ACTION_DONE,
    ACTION_OPEN,
    MINI_2,
    YEAR_2025,
    YEAR_2026,
    commit,
    git_env,
    make_repo,
    write_responses,
)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for key, value in git_env(tmp_path).items():
        monkeypatch.setenv(key, value)
    repo = make_repo(tmp_path)
    monkeypatch.chdir(repo)
    return repo


def snapshot(root: Path) -> dict[str, str]:
    """Every file under root (the .git folder included) with its sha256."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


EXPECTED_ITEMS = [
    {"item": "AA-01", "old": "partial", "new": "conformant", "change": "improved", "domain": "AA", "impact": 12.5},
    {"item": "AA-02", "old": "conformant", "new": "partial", "change": "regressed", "domain": "AA", "impact": -25.0},
    {
        "item": "AA-03",
        "old": "nonconformant",
        "new": "conformant",
        "change": "improved",
        "domain": "AA",
        "impact": 25.0,
    },
    {"item": "BB-01", "old": "conformant", "new": "na", "change": "changed", "domain": "BB", "impact": -50.0},
]


def test_diff_revisions_json(repo: Path, runner: CliRunner) -> None:
    before = snapshot(repo)
    code, out, err = run(runner, "diff", "y2025:site-a", "HEAD:site-a", "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["old"] == {"label": "y2025:site-a", "catalogue": {"id": "mini", "version": "1.0.0"}}
    assert data["new"] == {"label": "HEAD:site-a", "catalogue": {"id": "mini", "version": "1.0.0"}}
    assert data["overall"] == {"old": 66.67, "new": 70.0, "delta": 3.33}
    assert [(d["id"], d["old"], d["new"], d["delta"]) for d in data["domains"]] == [
        ("AA", 62.5, 75.0, 12.5),
        ("BB", 75.0, 50.0, -25.0),
    ]
    assert data["items"] == EXPECTED_ITEMS
    assert data["remapped"] == []
    assert data["actions"]["opened"] == []
    assert [(a["item"], a["id"], a["old_status"], a["new_status"]) for a in data["actions"]["closed"]] == [
        ("AA-03", "A1", "open", "done")
    ]
    assert [m["item"] for m in data["domains"][0]["movers"]] == ["AA-02", "AA-03", "AA-01"]
    assert snapshot(repo) == before  # nothing in the working tree, the index or the repository changed


def test_diff_folder_against_revision_and_fail_on_regression(repo: Path, runner: CliRunner) -> None:
    code, out, err = run(runner, "diff", "y2025:site-a", "site-a", "--fail-on-regression", "--format", "json")
    assert code == 1
    assert json.loads(out)["new"]["label"] == "site-a"
    assert err == "cc-assess: 1 item(s) regressed: AA-02\n"
    code, _, err = run(runner, "diff", "site-a", "y2026:site-a", "--fail-on-regression")
    assert (code, err) == (0, "")  # identical: nothing regressed


def test_diff_folders_without_git(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    old = make_assessment(YEAR_2025, name="2025", meta='label: "2025"\n')
    new = make_assessment(YEAR_2026, name="2026", meta='label: "2026"\n', files={"responses/BB/BB-01.yaml": None})
    write_responses(new, {"BB-01": "na"}, {"BB-01": "na_reason: closed\n"})
    code, out, err = run(runner, "diff", str(old), str(new), "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert (data["old"]["label"], data["new"]["label"]) == ("2025", "2026")
    assert data["items"] == EXPECTED_ITEMS


def test_diff_not_assessed_to_nonconformant_is_changed(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    old = make_assessment({"AA-01": None, "AA-02": "partial"}, name="a")
    new = make_assessment({"AA-01": "nonconformant", "AA-02": "partial"}, name="b")
    code, out, err = run(runner, "diff", str(old), str(new), "--format", "json")
    assert (code, err) == (0, "")
    assert json.loads(out)["items"] == [
        {
            "item": "AA-01",
            "old": "not_assessed",
            "new": "nonconformant",
            "change": "changed",
            "domain": "AA",
            "impact": 0.0,
        }
    ]


def test_diff_markdown_for_a_pull_request(repo: Path, runner: CliRunner) -> None:
    code, out, err = run(runner, "diff", "y2025:site-a", "HEAD:site-a", "--format", "markdown", "--lang", "en")
    assert (code, err) == (0, "")
    head = "| Item | y2025:site-a | HEAD:site-a | Δ |\n| --- | --- | --- | ---: |\n"
    assert out == (
        "## Assessment diff: y2025:site-a → HEAD:site-a\n\n"
        "**Overall: 66.7 → 70.0 (+3.3)**\n\n"
        "Regressed 1 · Improved 2 · Changed (same points) 1\n\n"
        "| Domain | y2025:site-a | HEAD:site-a | Δ | Moved most by |\n"
        "| --- | ---: | ---: | ---: | --- |\n"
        "| AA Domain A | 62.5 | 75.0 | +12.5 | AA-02 (-25.0), AA-03 (+25.0), AA-01 (+12.5) |\n"
        "| BB Domain B | 75.0 | 50.0 | -25.0 | BB-01 (-50.0) |\n"
        "| **Overall** | **66.7** | **70.0** | **+3.3** | |\n\n"
        f"### Regressed (1)\n\n{head}"
        "| AA-02 A two | Conformant | Partially conformant | -25.0 |\n\n"
        f"### Improved (2)\n\n{head}"
        "| AA-01 A one | Partially conformant | Conformant | +12.5 |\n"
        "| AA-03 A three | Nonconformant | Conformant | +25.0 |\n\n"
        f"### Changed (same points) (1)\n\n{head}"
        "| BB-01 B one | Conformant | Not applicable | -50.0 |\n\n"
        "### Corrective actions: opened 0, closed 1\n\n"
        "| | Item | Action | Owner | Due | Status |\n"
        "| --- | --- | --- | --- | --- | --- |\n"
        "| closed | AA-03 | A1: Fix the key item | 陈刚 | 2025-06-30 | open → done |\n"
    )


def test_diff_table(repo: Path, runner: CliRunner) -> None:
    code, out, err = run(runner, "diff", "y2025:site-a", "y2026:site-a", "--lang", "en")
    assert (code, err) == (0, "")
    assert out == (
        "                                    y2025:site-a → y2026:site-a                                    \n"
        "┏━━━━━━━━━━━━━┳━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━┳━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓\n"
        "┃ Domain      ┃ y2025:site-a ┃ y2026:site-a ┃     Δ ┃ Moved most by                               ┃\n"
        "┡━━━━━━━━━━━━━╇━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━╇━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┩\n"
        "│ AA Domain A │         62.5 │         75.0 │ +12.5 │ AA-02 (-25.0), AA-03 (+25.0), AA-01 (+12.5) │\n"
        "│ BB Domain B │         75.0 │         50.0 │ -25.0 │ BB-01 (-50.0)                               │\n"
        "│ Overall     │         66.7 │         70.0 │  +3.3 │                                             │\n"
        "└─────────────┴──────────────┴──────────────┴───────┴─────────────────────────────────────────────┘\n"
        "Regressed: AA-02 A two: Conformant → Partially conformant\n"
        "Improved: AA-01 A one: Partially conformant → Conformant\n"
        "Improved: AA-03 A three: Nonconformant → Conformant\n"
        "Changed (same points): BB-01 B one: Conformant → Not applicable\n"
        "Corrective actions: opened 0, closed 1\n"
    )


def test_diff_unknown_revision_is_exit_2_with_gits_message(repo: Path, runner: CliRunner) -> None:
    code, out, err = run(runner, "diff", "y2024:site-a", "HEAD:site-a")
    assert (code, out) == (2, "")
    assert err == "cc-assess: y2024:site-a: fatal: invalid object name 'y2024'.\n"
    code, out, err = run(runner, "diff", "HEAD:site-b", "HEAD:site-a")
    assert (code, out) == (2, "")
    assert err == "cc-assess: HEAD:site-b: fatal: path 'site-b' does not exist in 'HEAD'\n"
    code, _, err = run(runner, "diff", "HEAD:site-a/assessment.yaml", "HEAD:site-a")
    assert (code, err) == (
        2,
        "cc-assess: HEAD:site-a/assessment.yaml: 'HEAD:site-a/assessment.yaml' is a blob, not a folder\n",
    )


def test_diff_outside_a_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    code, out, err = run(runner, "diff", "HEAD:a", "HEAD:b")
    assert (code, out) == (2, "")
    assert err == (
        "cc-assess: HEAD:a: no such folder, so it is read as git REV:PATH, but: "
        "fatal: not a git repository (or any of the parent directories): .git\n"
    )


def test_diff_invalid_input_exit_1_nothing_on_stdout(repo: Path, runner: CliRunner) -> None:
    (repo / "site-a" / "responses" / "AA" / "AA-01.yaml").write_text("item: AA-01\nstatus: maybe\n", encoding="utf-8")
    commit(repo, "broken", "2026-02-01")
    code, out, err = run(runner, "diff", "y2025:site-a", "HEAD:site-a", "--format", "json")
    assert (code, out) == (1, "")
    assert err == (
        "HEAD:site-a/responses/AA/AA-01.yaml:2:9: error: 'maybe' is not a status of this catalogue "
        "(use one of: conformant, partial, nonconformant, na, or their zh/en labels) [unknown-status]\n"
        "HEAD:site-a/responses/AA/AA-02.yaml:2:9: warning: AA-02 is partial but has no corrective action; "
        "add one under 'actions:' [no-corrective-action]\n"
        "HEAD:site-a/responses/BB/BB-02.yaml:2:9: warning: BB-02 is partial but has no corrective action; "
        "add one under 'actions:' [no-corrective-action]\n"
        "cc-assess: HEAD:site-a: the assessment has errors; run 'cc-assess validate'\n"
    )


def test_diff_reads_a_catalogue_outside_the_folder(repo: Path, runner: CliRunner) -> None:
    shutil.move(repo / "site-a" / "catalogue.yaml", repo / "shared.yaml")
    text = (repo / "site-a" / "assessment.yaml").read_text(encoding="utf-8")
    (repo / "site-a" / "assessment.yaml").write_text(text.replace("catalogue.yaml", "../shared.yaml"), "utf-8")
    commit(repo, "shared catalogue", "2026-02-01")
    code, out, err = run(runner, "diff", "y2026:site-a", "HEAD:site-a", "--format", "json")
    assert (code, err) == (0, "")
    assert json.loads(out)["items"] == []


def test_diff_paths_relative_to_the_current_folder(
    repo: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo / "site-a" / "responses")
    code, out, err = run(runner, "diff", "y2025:..", "HEAD:./..", "--format", "json")
    assert (code, err) == (0, "")
    assert json.loads(out)["overall"]["delta"] == 3.33


def test_diff_across_catalogue_versions(repo: Path, runner: CliRunner) -> None:
    shutil.copyfile(MINI_2, repo / "site-a" / "catalogue.yaml")
    code, _, err = run(runner, "migrate", "site-a", "--to", "1.1.0")
    assert code == 0, err
    commit(repo, "catalogue 1.1.0", "2026-03-01", "y2026b")
    code, out, err = run(runner, "diff", "y2026:site-a", "HEAD:site-a", "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["new"]["catalogue"] == {"id": "mini", "version": "1.1.0"}
    assert data["remapped"] == [{"old": "AA-02", "new": "AA-04", "version": "1.1.0"}]
    assert data["items"] == [
        {"item": "BB-03", "old": None, "new": "not_assessed", "change": "added", "domain": "BB", "impact": 0.0},
        {"item": "BB-02", "old": "partial", "new": None, "change": "removed", "domain": "BB", "impact": -50.0},
    ]  # AA-02 -> AA-04 kept its answer: not listed as changed
    code, out, _ = run(runner, "diff", "y2025:site-a", "HEAD:site-a", "--format", "json")
    items = {i["item"]: i for i in json.loads(out)["items"]}
    assert items["AA-04"] == {
        "item": "AA-04",
        "old": "conformant",
        "new": "partial",
        "change": "regressed",
        "old_item": "AA-02",
        "domain": "AA",
        "impact": -25.0,
    }
    assert sorted(items) == ["AA-01", "AA-03", "AA-04", "BB-01", "BB-02", "BB-03"]
    # the other way round: the new side is the older catalogue; nothing is dropped either
    code, out, _ = run(runner, "diff", "HEAD:site-a", "y2026:site-a", "--format", "json")
    data = json.loads(out)
    assert data["remapped"] == [{"old": "AA-02", "new": "AA-04", "version": "1.1.0"}]
    assert [(i["item"], i["change"], i.get("new_item")) for i in data["items"]] == [
        ("BB-03", "removed", None),
        ("BB-02", "added", None),
    ]
    code, out, _ = run(runner, "diff", "y2025:site-a", "HEAD:site-a", "--format", "markdown", "--lang", "en")
    lines = out.splitlines()  # a pull-request comment of many tables: whole lines and rows
    assert "| AA-04 (← AA-02) A two (revised) | Conformant | Partially conformant | -25.0 |" in lines
    assert "- AA-02 → AA-04 (renamed in 1.1.0)" in lines


def test_diff_different_catalogues_cannot_run(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path
) -> None:
    old = make_assessment({}, name="a")
    new = tmp_path / "b"
    code, _, err = run(runner, "init", str(new), "--catalogue", "ydt-2823-2015")
    assert code == 0, err
    code, out, err = run(runner, "diff", str(old), str(new))
    assert (code, out) == (2, "")
    assert err == "cc-assess: cannot compare assessments of different catalogues: 'mini' and 'ydt-2823-2015'\n"


def test_actions_opened(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    old = make_assessment({"AA-03": "nonconformant"}, name="a")
    new = make_assessment({"AA-03": "nonconformant"}, name="b")
    write_responses(new, {"AA-03": "nonconformant"}, {"AA-03": ACTION_OPEN})
    write_responses(old, {"AA-03": "nonconformant"}, {"AA-03": ACTION_DONE})
    code, out, err = run(runner, "diff", str(old), str(new), "--format", "json")
    assert (code, err) == (0, "")
    assert [(a["item"], a["id"], a["old_status"], a["new_status"]) for a in json.loads(out)["actions"]["opened"]] == [
        ("AA-03", "A1", "done", "open")
    ]


def test_folder_labels_default_to_the_folder_name_and_missing_is_located(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = make_assessment({"AA-01": "partial"}, name="2025")
    new = make_assessment({"AA-01": "conformant"}, name="2026")
    code, out, err = run(runner, "diff", str(old), str(new), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["old"]["label"], data["new"]["label"]) == ("2025", "2026")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(runner, "diff", "nowhere", "2026", "--format", "json")
    assert (code, out) == (2, "")
    assert err == "nowhere:1:1: error: no such folder, and not a git REV:PATH [missing-folder]\n"
