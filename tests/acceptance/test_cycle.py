"""The yearly cycle: ``init`` and ``init --from``, ``previous:`` in the workbook, checks on actions and dates."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from cc_assess import i18n
from cc_assess.yamlio import read_yaml
from tests.conftest import FIXTURES, run

MINI = str(FIXTURES / "mini.yaml")


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("CC_ASSESS_LANG", "en")
    i18n.reset()
    yield
    i18n.reset()


def write(folder: Path, rel: str, text: str) -> None:
    (folder / rel).parent.mkdir(parents=True, exist_ok=True)
    (folder / rel).write_text(text, encoding="utf-8")


@pytest.fixture
def last_year(tmp_path: Path, runner: CliRunner) -> Path:
    """A 2025 assessment on the mini catalogue: AA-01 partial with an open and a done action, BB-02 N/A."""
    old = tmp_path / "2025"
    assert run(runner, "init", str(old), "--catalogue", MINI, "--organization", "华信", "--site", "上海")[0] == 0
    meta = (old / "assessment.yaml").read_text(encoding="utf-8")
    meta = meta.replace(
        "kind: self-assessment\n",
        "kind: self-assessment\nscope: 呼入客服\nassessors: [{name: 王丽, role: lead}]\ntarget: 80\n"
        "language: bi\nlabel: '2025'\n",
    )
    (old / "assessment.yaml").write_text(meta, encoding="utf-8")
    (old / "evidence" / "plan.pdf").write_bytes(b"%PDF-1.4 plan")
    write(
        old,
        "responses/AA/AA-01.yaml",
        "item: AA-01\nstatus: 部分符合\nfindings: 培训计划未覆盖新员工。\n"
        "evidence:\n  - {ref: evidence/plan.pdf, note: 计划}\n"
        "actions:\n  - {id: A1, description: 补充新员工培训, due: 2026-03-31, status: open}\n"
        "  - {id: A2, description: 已完成, status: done}\n"
        "assessor: 王丽\nassessed_on: 2025-10-12\n",
    )
    write(old, "responses/BB/BB-02.yaml", "item: BB-02\nstatus: na\nna_reason: 无外呼业务\nassessed_on: 2025-10-13\n")
    write(old, "responses/BB/BB-01.yaml", "item: BB-01\nstatus: conformant\n")
    assert run(runner, "validate", str(old))[0] == 0
    return old


def test_init_writes_every_optional_key_as_a_comment_and_creates_evidence(tmp_path: Path, runner: CliRunner) -> None:
    code, _, err = run(runner, "init", str(tmp_path / "a"), "--catalogue", "ydt-2823-2015", "--site", "上海")
    assert code == 0, err
    text = (tmp_path / "a" / "assessment.yaml").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[2:6] == ["catalogue: ydt-2823-2015", "catalogue_version: 1.1.0", "site: 上海", "kind: self-assessment"]
    commented = {line[2:].split(":")[0] for line in lines[6:]}
    assert all(line.startswith("# ") for line in lines[6:])
    assert commented == {"organization", "period", "scope", "assessors", "target", "language", "label"} | (
        # keys other engineers add to the model are commented too, whatever they are
        set(_optional_keys())
        - {"organization", "period", "scope", "assessors", "target", "language", "label", "site"}
        - {"kind"}
    )
    assert "# period: {start: 2026-01-05, end: 2026-01-30}" in lines
    assert (tmp_path / "a" / "evidence").is_dir()
    assert list((tmp_path / "a" / "evidence").iterdir()) == []
    # Each commented example, uncommented, is a valid assessment.yaml line.
    uncommented = "\n".join(lines[:6] + [line[2:] for line in lines[6:]]) + "\n"
    (tmp_path / "a" / "assessment.yaml").write_text(uncommented, encoding="utf-8")
    code, out, _ = run(runner, "validate", str(tmp_path / "a"), "--format", "json")
    assert [d for d in json.loads(out) if d["path"].endswith("assessment.yaml")] == []


def _optional_keys() -> list[str]:
    from cc_assess.models import Assessment

    return [k for k, f in Assessment.model_fields.items() if not f.is_required()]


def test_init_from_keeps_last_years_answer_as_previous_and_starts_not_assessed(
    last_year: Path, tmp_path: Path, runner: CliRunner
) -> None:
    new = tmp_path / "2026"
    code, _, err = run(runner, "init", str(new), "--catalogue", MINI, "--from", str(last_year))
    assert code == 0, err
    text = (new / "responses" / "AA" / "AA-01.yaml").read_text(encoding="utf-8")
    body = [line for line in text.splitlines() if not line.startswith("#")]
    assert body[:5] == ["item: AA-01", "status:", "previous:", "  status: partial", "  assessed_on: '2025-10-12'"]
    assert read_yaml(new / "responses" / "AA" / "AA-01.yaml").data == {
        "item": "AA-01",
        "status": None,
        "previous": {"status": "partial", "assessed_on": "2025-10-12"},
        "findings": "培训计划未覆盖新员工。",
        "evidence": [{"ref": "evidence/plan.pdf", "note": "计划"}],
        "actions": [{"id": "A1", "description": "补充新员工培训", "due": "2026-03-31", "status": "open"}],
        "assessor": None,
        "assessed_on": None,
    }
    assert (new / "evidence" / "plan.pdf").read_bytes() == b"%PDF-1.4 plan"
    assert read_yaml(new / "responses" / "BB" / "BB-01.yaml").data == {
        "item": "BB-01",
        "status": None,
        "previous": {"status": "conformant"},
        "assessor": None,
        "assessed_on": None,
    }
    code, out, err = run(runner, "score", str(new), "--format", "json")
    assert (code, err) == (0, "")
    score = json.loads(out)
    assert score["counts"] == {
        "total": 5,
        "conformant": 0,
        "partial": 0,
        "nonconformant": 0,
        "na": 0,
        "not_assessed": 5,
    }
    assert score["overall"]["score"] == 0.0
    assert (run(runner, "validate", str(new), "--format", "json")[:2]) == (0, "[]\n")
    # Re-confirming is one edit: the status line.
    (new / "responses" / "AA" / "AA-01.yaml").write_text(text.replace("\nstatus:\n", "\nstatus: partial\n", 1))
    assert json.loads(run(runner, "score", str(new), "--format", "json")[1])["counts"]["partial"] == 1


def test_init_from_keeps_the_assessment_fields_as_written(last_year: Path, tmp_path: Path, runner: CliRunner) -> None:
    new = tmp_path / "2026"
    code, _, err = run(runner, "init", str(new), "--catalogue", MINI, "--from", str(last_year), "--site", "杭州")
    assert code == 0, err
    meta = read_yaml(new / "assessment.yaml").data
    assert meta == {
        "catalogue": meta["catalogue"],
        "catalogue_version": "1.0.0",
        "organization": "华信",
        "site": "杭州",  # given anew
        "kind": "self-assessment",
        "scope": "呼入客服",  # one plain text, not copied into en
        "assessors": [{"name": "王丽", "role": "lead"}],
        "target": 80,
        "language": "bi",
        "label": "2025",
    }
    code, _, err = run(
        runner, "init", str(tmp_path / "b"), "--catalogue", MINI, "--from", str(last_year), "--label", "2026"
    )
    assert code == 0, err
    assert read_yaml(tmp_path / "b" / "assessment.yaml").data["label"] == "2026"


def test_init_from_a_bilingual_scope_keeps_both_languages(last_year: Path, tmp_path: Path, runner: CliRunner) -> None:
    meta = (last_year / "assessment.yaml").read_text(encoding="utf-8")
    (last_year / "assessment.yaml").write_text(meta.replace("scope: 呼入客服", "scope: {en: Inbound only}"))
    assert run(runner, "init", str(tmp_path / "n"), "--catalogue", MINI, "--from", str(last_year))[0] == 0
    assert read_yaml(tmp_path / "n" / "assessment.yaml").data["scope"] == {"en": "Inbound only"}


def test_init_from_maps_ids_through_changes(last_year: Path, tmp_path: Path, runner: CliRunner) -> None:
    text = (FIXTURES / "mini.yaml").read_text(encoding="utf-8")
    text = text.replace("version: 1.0.0", "version: 1.1.0").replace("id: AA-01,", "id: AA-04,")
    text += "changes:\n  - {version: 1.1.0, renamed: {AA-01: AA-04}, removed: [], added: []}\n"
    (tmp_path / "mini-1.1.yaml").write_text(text, encoding="utf-8")
    new = tmp_path / "2026"
    code, _, err = run(
        runner, "init", str(new), "--catalogue", str(tmp_path / "mini-1.1.yaml"), "--from", str(last_year)
    )
    assert code == 0, err
    data = read_yaml(new / "responses" / "AA" / "AA-04.yaml").data
    assert (data["item"], data["status"], data["previous"]) == (
        "AA-04",
        None,
        {"status": "partial", "assessed_on": "2025-10-12"},
    )
    assert not (new / "responses" / "AA" / "AA-01.yaml").exists()


def test_previous_of_a_never_reconfirmed_answer_is_carried_again(
    last_year: Path, tmp_path: Path, runner: CliRunner
) -> None:
    y2026, y2027 = tmp_path / "2026", tmp_path / "2027"
    assert run(runner, "init", str(y2026), "--catalogue", MINI, "--from", str(last_year))[0] == 0
    assert run(runner, "init", str(y2027), "--catalogue", MINI, "--from", str(y2026))[0] == 0
    assert read_yaml(y2027 / "responses" / "AA" / "AA-01.yaml").data["previous"] == {
        "status": "partial",
        "assessed_on": "2025-10-12",
    }


def test_previous_is_a_checked_key(tmp_path: Path, runner: CliRunner) -> None:
    folder = tmp_path / "a"
    assert run(runner, "init", str(folder), "--catalogue", MINI)[0] == 0
    write(folder, "responses/AA/AA-01.yaml", "item: AA-01\nprevious: {status: partial, assessed: 2025-01-01}\n")
    code, out, err = run(runner, "validate", str(folder), "--format", "json")
    assert (code, err) == (1, "")
    assert [(d["line"], d["column"], d["code"]) for d in json.loads(out)] == [(2, 29, "unknown-key")]
    code, out, _ = run(runner, "schema", "response")
    assert json.loads(out)["properties"]["previous"]["description"].startswith("上一年度")


def test_workbook_shows_previous_status_read_only_and_import_ignores_edits(
    last_year: Path, tmp_path: Path, runner: CliRunner
) -> None:
    new = tmp_path / "2026"
    assert run(runner, "init", str(new), "--catalogue", MINI, "--from", str(last_year))[0] == 0
    book = tmp_path / "2026.xlsx"
    assert run(runner, "export", str(new), "-o", str(book), "--lang", "zh")[0] == 0
    wb = openpyxl.load_workbook(book)
    ws = wb["AA"]
    head = [c.value for c in ws[1]]
    assert head[5:7] == ["状态", "上年状态(只读)"]
    assert [ws.cell(r, 7).value for r in (2, 3)] == ["部分符合 (2025-10-12)", None]
    assert ws.cell(2, 7).protection.locked
    assert not ws.cell(2, 6).protection.locked
    ws.cell(2, 7).value = "符合"  # an edit to the read-only column...
    ws.cell(2, 6).value = "符合"  # ...and the real answer
    wb.save(book)
    code, out, err = run(runner, "import", str(new), str(book))
    assert code == 0, err
    assert out == f"{new}/responses/AA/AA-01.yaml\n"
    assert err == (
        f"{book}:2:7: warning: AA!G2: the previous-status column is read-only; this edit is ignored (write this "
        "year's answer in the status column) [workbook-previous]\n"
        "updated 1 file(s)\n"
    )
    data = read_yaml(new / "responses" / "AA" / "AA-01.yaml").data
    assert (data["status"], data["previous"]) == ("conformant", {"status": "partial", "assessed_on": "2025-10-12"})


def test_csv_has_previous_status_beside_status(last_year: Path, tmp_path: Path, runner: CliRunner) -> None:
    new = tmp_path / "2026"
    assert run(runner, "init", str(new), "--catalogue", MINI, "--from", str(last_year))[0] == 0
    code, out, err = run(runner, "export", str(new), "--format", "csv", "--lang", "en")
    assert (code, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    head = list(rows[0])
    assert head[head.index("status_label") + 1] == "previous_status"
    assert {r["item"]: r["previous_status"] for r in rows} == {
        "AA-01": "Partially conformant (2025-10-12)",
        "AA-02": "",
        "AA-03": "",
        "BB-01": "Conformant",
        "BB-02": "Not applicable (2025-10-13)",
    }
    # an assessment without previous answers keeps the CSV as it was
    code, out, _ = run(runner, "export", str(last_year), "--format", "csv")
    assert "previous_status" not in out.splitlines()[0]


def test_two_actions_with_one_id_are_an_error_at_the_second(tmp_path: Path, runner: CliRunner) -> None:
    folder = tmp_path / "a"
    assert run(runner, "init", str(folder), "--catalogue", MINI)[0] == 0
    write(
        folder,
        "responses/AA/AA-02.yaml",
        "item: AA-02\nstatus: partial\nactions:\n  - {id: A1, description: one}\n  - {id: A2, description: two}\n"
        "  - id: A1\n    description: three\n",
    )
    code, _, err = run(runner, "validate", str(folder))
    assert code == 1
    assert err == (
        f"{folder}/responses/AA/AA-02.yaml:6:9: error: a second action with id 'A1' in AA-02 (the first is at "
        "line 4); action ids must be unique within a response [duplicate-action-id]\n"
        "1 error(s), 0 warning(s)\n"
    )


def test_assessed_on_after_today_is_a_warning(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "a"
    assert run(runner, "init", str(folder), "--catalogue", MINI)[0] == 0
    write(folder, "responses/AA/AA-01.yaml", "item: AA-01\nstatus: conformant\nassessed_on: 2026-10-13\n")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1791763200")  # 2026-10-12
    code, out, err = run(runner, "validate", str(folder), "--format", "json")
    assert (code, err) == (0, "")
    assert json.loads(out) == [
        {
            "path": f"{folder}/responses/AA/AA-01.yaml",
            "line": 3,
            "column": 14,
            "item": "AA-01",
            "code": "assessed-in-future",
            "severity": "warning",
            "message": "assessed_on 2026-10-13 is after today (2026-10-12); is the year a typo?",
        }
    ]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1791849600")  # 2026-10-13: the same day is fine
    assert run(runner, "validate", str(folder), "--format", "json")[:2] == (0, "[]\n")
