from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cc_assess.actions import is_overdue, plan
from cc_assess.cli import app
from cc_assess.models import Action
from tests.conftest import MakeAssessment, run

AA01 = """item: AA-01
status: partial
actions:
  - {id: A1, description: 修订培训计划, owner: 陈刚, due: 2026-03-31, status: open}
  - {id: A2, description: "Train staff, all | shifts", owner: Wang Li, due: 2026-01-15, status: in-progress}
"""
BB01 = """item: BB-01
status: nonconformant
actions:
  - {id: B1, description: Fix it, due: 2026-01-10, status: done}
  - {id: B2, description: Undated}
  - {id: B3, description: Also Chen, owner: 陈刚, due: 2026-01-10}
"""


def _folder(make_assessment: MakeAssessment, **extra: str | None) -> str:
    files: dict[str, str | bytes | None] = {"responses/AA/AA-01.yaml": AA01, "responses/BB/BB-01.yaml": BB01}
    files.update(extra)
    return str(make_assessment({"AA-02": "conformant"}, files=files))


def test_is_overdue() -> None:
    today = dt.date(2026, 2, 1)
    assert is_overdue(Action(id="a", description="d", due=dt.date(2026, 1, 31)), today)
    assert not is_overdue(Action(id="a", description="d", due=dt.date(2026, 2, 1)), today)
    assert not is_overdue(Action(id="a", description="d", due=dt.date(2026, 1, 1), status="done"), today)
    assert not is_overdue(Action(id="a", description="d"), today)


def test_plan_sorted_by_due_then_item_undated_last() -> None:
    rows = plan(
        [
            ("BB-01", Action(id="x", description="d")),
            ("BB-01", Action(id="y", description="d", due=dt.date(2026, 1, 1))),
            ("AA-01", Action(id="z", description="d", due=dt.date(2026, 1, 1))),
        ],
        dt.date(2026, 1, 1),
    )
    assert [(r.item, r.action.id) for r in rows] == [("AA-01", "z"), ("BB-01", "y"), ("BB-01", "x")]


def test_json_exact(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    code, out, err = run(runner, "actions", _folder(make_assessment), "--format", "json", "--today", "2026-02-01")
    assert code == 0, err
    assert json.loads(out) == [
        {"item": "BB-01", "id": "B1", "description": "Fix it", "owner": None, "due": "2026-01-10",
         "status": "done", "overdue": False},
        {"item": "BB-01", "id": "B3", "description": "Also Chen", "owner": "陈刚", "due": "2026-01-10",
         "status": "open", "overdue": True},
        {"item": "AA-01", "id": "A2", "description": "Train staff, all | shifts", "owner": "Wang Li",
         "due": "2026-01-15", "status": "in-progress", "overdue": True},
        {"item": "AA-01", "id": "A1", "description": "修订培训计划", "owner": "陈刚", "due": "2026-03-31",
         "status": "open", "overdue": False},
        {"item": "BB-01", "id": "B2", "description": "Undated", "owner": None, "due": None,
         "status": "open", "overdue": False},
    ]  # fmt: skip


def test_filters(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = _folder(make_assessment)
    code, out, err = run(runner, "actions", folder, "--format", "json", "--today", "2026-02-01", "--overdue")
    assert (code, err) == (0, "")
    assert [(r["item"], r["id"]) for r in json.loads(out)] == [("BB-01", "B3"), ("AA-01", "A2")]
    code, out, _ = run(runner, "actions", folder, "--format", "json", "--today", "2026-02-01", "--owner", "陈刚")
    assert [r["id"] for r in json.loads(out)] == ["B3", "A1"]
    code, out, _ = run(runner, "actions", folder, "--format", "json", "--today", "2026-01-01", "--owner", " wang li ")
    assert [(r["id"], r["overdue"]) for r in json.loads(out)] == [("A2", False)]
    code, out, err = run(runner, "actions", folder, "--format", "json", "--owner", "nobody")
    assert (code, out, err) == (0, "[]\n", "")


def test_today_from_source_date_epoch(
    make_assessment: MakeAssessment, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(dt.datetime(2026, 1, 12, tzinfo=dt.timezone.utc).timestamp())))
    code, out, err = run(runner, "actions", _folder(make_assessment), "--format", "json", "--overdue")
    assert (code, err) == (0, "")
    assert [r["id"] for r in json.loads(out)] == ["B3"]


def test_csv_has_bom_and_opens_in_excel(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    result = runner.invoke(
        app,
        ["actions", _folder(make_assessment), "--format", "csv", "--today", "2026-02-01"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    data = result.stdout_bytes
    assert data.startswith(b"\xef\xbb\xbfitem,id,description,owner,due,status,overdue\r\n")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[2] == ["BB-01", "B3", "Also Chen", "陈刚", "2026-01-10", "open", "true"]
    assert rows[3] == ["AA-01", "A2", "Train staff, all | shifts", "Wang Li", "2026-01-15", "in-progress", "true"]
    assert rows[5] == ["BB-01", "B2", "Undated", "", "", "open", "false"]


def test_markdown_groups_by_owner(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    code, out, err = run(
        runner, "actions", _folder(make_assessment), "--format", "markdown", "--today", "2026-02-01", "--lang", "en"
    )
    assert (code, err) == (0, "")
    head = "| Due | Item | ID | Corrective action | Status |\n| --- | --- | --- | --- | --- |\n"
    assert out == (
        "## Corrective-action plan\n\n"
        "5 action(s): 3 open, 1 in progress, 1 done, 2 overdue (as of 2026-02-01)\n\n"
        f"### Wang Li\n\n{head}"
        "| 2026-01-15 **OVERDUE** | AA-01 | A2 | Train staff, all \\| shifts | in progress |\n\n"
        f"### 陈刚\n\n{head}"
        "| 2026-01-10 **OVERDUE** | BB-01 | B3 | Also Chen | open |\n"
        "| 2026-03-31 | AA-01 | A1 | 修订培训计划 | open |\n\n"
        f"### (no owner)\n\n{head}"
        "| 2026-01-10 | BB-01 | B1 | Fix it | done |\n"
        "| — | BB-01 | B2 | Undated | open |\n"
    )


def test_table_groups_by_owner_and_marks_overdue(
    make_assessment: MakeAssessment, runner: CliRunner, tool_lang: Callable[[str], None]
) -> None:
    tool_lang("zh")  # the table's words follow the tool's language, not the assessment's
    code, out, err = run(runner, "actions", _folder(make_assessment), "--today", "2026-02-01")
    assert (code, err) == (0, "")
    assert out.index("Wang Li") < out.index("陈刚") < out.index("(未指定责任人)")
    assert out.count("逾期") == 3  # two overdue rows and the summary
    # under the wide table, the summary is its own whole line
    assert out.splitlines()[-1] == "共 5 项：待处理 3，进行中 1，已完成 1，逾期 2（截至 2026-02-01）"


def test_no_actions(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = str(make_assessment({"AA-01": "conformant"}))
    assert run(runner, "actions", folder, "--format", "json") == (0, "[]\n", "")
    code, out, err = run(runner, "actions", folder, "--format", "markdown", "--lang", "en", "--today", "2026-02-01")
    assert (code, err) == (0, "")
    assert out == (
        "## Corrective-action plan\n\n"
        "0 action(s): 0 open, 0 in progress, 0 done, 0 overdue (as of 2026-02-01)\n\n"
        "No corrective actions.\n"
    )


def test_invalid_input_exit_1_nothing_on_stdout(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    bad = "item: AA-01\nstatus: partial\nactions:\n  - {id: A1, description: x, due: 2026-13-45}\n"
    folder = _folder(make_assessment, **{"responses/AA/AA-01.yaml": bad})
    code, out, err = run(runner, "actions", folder, "--format", "json")
    assert (code, out) == (1, "")
    assert err == (
        f"{folder}/responses/AA/AA-01.yaml:4:35: error: '2026-13-45' is not a date (YYYY-MM-DD) [invalid-date]\n"
        f"{folder}/responses/AA/AA-03.yaml:1:1: warning: no response file for AA-03; it counts as not assessed "
        "[missing-response]\n"
        f"{folder}/responses/BB/BB-02.yaml:1:1: warning: no response file for BB-02; it counts as not assessed "
        "[missing-response]\n"
        f"cc-assess: {folder}: the assessment has errors; run 'cc-assess validate'\n"
    )


def test_bad_today_exit_2(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    code, out, err = run(runner, "actions", _folder(make_assessment), "--today", "2026-02-30")
    assert (code, out) == (2, "")
    assert err == "cc-assess: --today: '2026-02-30' is not a date (YYYY-MM-DD)\n"


def test_missing_folder_exit_2(tmp_path: Path, runner: CliRunner) -> None:
    code, out, err = run(runner, "actions", str(tmp_path / "nope"))
    assert (code, out) == (2, "")
    assert err == f"{tmp_path / 'nope'}:1:1: error: assessment folder: no such folder [missing-folder]\n"


# ------------------------------------------------------------------------------ validate: no corrective action


def test_validate_warns_nonconformity_without_action(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = make_assessment(
        {"AA-01": "partial", "AA-02": "不符合", "AA-03": "conformant", "BB-01": "na", "BB-02": None},
        files={
            "responses/BB/BB-01.yaml": "item: BB-01\nstatus: na\nna_reason: no outsourcing\n",
            "responses/AA/AA-03.yaml": BB01.replace("BB-01", "AA-03").replace("nonconformant", "partial"),
        },
    )
    code, out, err = run(runner, "validate", str(folder), "--format", "json")
    assert (code, err) == (0, "")
    found = [(d["path"].rsplit("/", 1)[1], d["line"], d["column"], d["code"], d["severity"], d["message"])
             for d in json.loads(out)]  # fmt: skip
    assert found == [
        ("AA-01.yaml", 2, 9, "no-corrective-action", "warning",
         "AA-01 is partial but has no corrective action; add one under 'actions:'"),
        ("AA-02.yaml", 2, 9, "no-corrective-action", "warning",
         "AA-02 is nonconformant but has no corrective action; add one under 'actions:'"),
    ]  # fmt: skip
