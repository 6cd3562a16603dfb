"""Spreadsheet round trip: ``export`` (xlsx, csv) and ``import``, through the CLI."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from cc_assess.cli import app
from tests.conftest import REPO, MakeAssessment, run

RICH = {
    "responses/AA/AA-01.yaml": (
        "# AA-01 a header comment written by init\n"
        "# status: conformant | partial | nonconformant | na\n"
        "item: AA-01\n"
        "status: 部分符合   # as the assessor wrote it\n"
        "\n"
        "# findings below\n"
        "findings: |\n"
        "  培训计划已制定。\n"
        "  但未覆盖外包坐席。\n"
        "evidence:\n"
        "  - {ref: evidence/plan.pdf, note: 年度培训计划}\n"
        "  - ref: https://intranet.example/kpi\n"
        "    sha256: " + "a" * 64 + "\n"
        "actions:\n"
        "  - {id: A1, description: 补充外包坐席培训, owner: 陈刚, due: 2026-03-31, status: open}\n"
        "  - {id: A2, description: 'Review | update', due: 2026-01-31, status: done, closed_on: 2026-01-20}\n"
        "assessor: 王丽\n"
        "assessed_on: 2026-01-12\n"
    ),
    "responses/AA/AA-02.yaml": "\ufeffitem: AA-02\r\nstatus: Not applicable\r\nna_reason: 无外包业务\r\n",
    "responses/AA/AA-03.yaml": "{item: AA-03, status: conformant}\n",
    "responses/BB/BB-01.yaml": "item: BB-01\nstatus:\nfindings: |\n  - 清单项\n  - = 不是公式\n",
    "evidence/plan.pdf": "%PDF-1.4\n",
}


def hashes(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def rich(make_assessment: MakeAssessment) -> Path:
    return make_assessment(files=RICH)


def export(runner: CliRunner, folder: Path, out: Path, *extra: str) -> Path:
    code, stdout, err = run(runner, "export", str(folder), "-o", str(out), *extra)
    assert code == 0, err
    assert stdout == ""
    return out


def edit(book: Path, changes: dict[str, str | float | dt.datetime | None], target: Path | None = None) -> Path:
    wb = openpyxl.load_workbook(book)
    for ref, value in changes.items():
        sheet, cell = ref.split("!")
        wb[sheet][cell] = value
    target = target or book
    wb.save(target)
    return target


# ------------------------------------------------------------------------------------------- export


def test_workbook_layout(rich: Path, runner: CliRunner, tmp_path: Path) -> None:
    book = export(runner, rich, tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == ["汇总", "AA", "BB", "_meta", "_lists"]
    assert [wb[n].sheet_state for n in ("_meta", "_lists")] == ["hidden", "hidden"]
    ws = wb["AA"]
    assert [c.value for c in ws[1]] == [
        "条目",
        "标题(中文)",
        "标题(英文)",
        "要求",
        "证据指引",
        "状态",
        "不适用理由",
        "发现",
        "证据(ref | 说明)",
        "整改措施(编号 | 描述 | 负责人 | 期限 | 状态)",
        "评审员",
        "评审日期",
    ]
    assert [c.value for c in ws[2]] == [
        "AA-01",
        "甲一",
        "A one",
        "要求甲一",
        None,
        "部分符合",
        None,
        "培训计划已制定。\n但未覆盖外包坐席。",
        "evidence/plan.pdf | 年度培训计划\nhttps://intranet.example/kpi |  | sha256: " + "a" * 64,
        "A1 | 补充外包坐席培训 | 陈刚 | 2026-03-31 | open\nA2 | Review \\| update |  | 2026-01-31 | done | "
        "closed_on: 2026-01-20",
        "王丽",
        dt.datetime(2026, 1, 12),
    ]
    assert ws["C3"].value == "A two"
    assert ws["F3"].value == "不适用"
    assert ws["G3"].value == "无外包业务"
    assert ws.freeze_panes == "B2"
    assert ws.protection.sheet
    assert ws["A2"].protection.locked
    assert ws["E2"].protection.locked
    assert not any(ws[f"{c}2"].protection.locked for c in "FGHIJKL")
    assert ws["H2"].alignment.wrap_text
    (dv,) = ws.data_validations.dataValidation
    assert (str(dv.sqref), dv.formula1) == ("F2:F4", "cc_status_labels")
    assert [r[0].value for r in wb["_lists"].iter_rows()] == ["符合", "部分符合", "不符合", "不适用"]
    meta = {r[0].value: r[1].value for r in wb["_meta"].iter_rows(max_row=7)}
    assert meta["catalogue"] == "mini"
    assert meta["catalogue_version"] == "1.0.0"
    assert meta["language"] == "zh"
    fingerprint = meta["fingerprint"]
    assert isinstance(fingerprint, str)
    assert fingerprint.startswith("sha256:")
    assert len(fingerprint) == 7 + 64
    summary = [[c.value for c in row if c.value is not None] for row in wb["汇总"].iter_rows()]
    assert summary[:6] == [
        ["迷你目录", "mini 1.0.0"],
        ["总体得分", 37.5],  # AA-01 partial, AA-02 N/A, AA-03 conformant, BB-01 and BB-02 not assessed
        ["得分 / 满分", "1.5 / 4.0"],
        ["认证就绪（工具判定，非认证结论）", "否"],
        ["关键项未通过", "—"],
        [],
    ]
    assert summary[6:9] == [
        ["评审类别", "名称", "得分率", "得分", "满分", "条目数", "符合", "部分符合", "不符合", "不适用", "未评估"],
        ["AA", "甲类", 75.0, 1.5, 2.0, 3, 1, 1, 0, 1, 0],
        ["BB", "乙类", 0.0, 0.0, 2.0, 2, 0, 0, 0, 0, 2],
    ]


def test_export_is_deterministic_and_follows_lang(rich: Path, runner: CliRunner, tmp_path: Path) -> None:
    first = export(runner, rich, tmp_path / "1.xlsx").read_bytes()
    second = export(runner, rich, tmp_path / "2.xlsx").read_bytes()
    assert first == second
    wb = openpyxl.load_workbook(export(runner, rich, tmp_path / "en.xlsx", "--lang", "en"))
    assert wb.sheetnames[0] == "Summary"
    assert (wb["AA"]["F1"].value, wb["AA"]["F2"].value) == ("Status", "Partially conformant")
    wb = openpyxl.load_workbook(export(runner, rich, tmp_path / "bi.xlsx", "--lang", "bi"))
    assert (wb["AA"]["F1"].value, wb["AA"]["F2"].value) == ("状态\nStatus", "部分符合 / Partially conformant")


def test_csv_export_is_well_formed_with_bom(rich: Path, runner: CliRunner, tmp_path: Path) -> None:
    code, _, err = run(runner, "export", str(rich), "--format", "csv", "-o", str(tmp_path / "a.csv"))
    assert code == 0, err
    raw = (tmp_path / "a.csv").read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))
    assert rows[0] == [
        "domain",
        "item",
        "key",
        "weight",
        "title_zh",
        "title_en",
        "requirement_zh",
        "requirement_en",
        "status",
        "status_label",
        "na_reason",
        "findings",
        "evidence",
        "actions",
        "assessor",
        "assessed_on",
        "catalogue",
        "catalogue_version",
        "language",
        "export_digest",
    ]
    assert len(rows) == 1 + 5
    assert all(len(r) == 20 for r in rows)
    assert rows[1][:4] == ["AA", "AA-01", "no", "1"]
    assert rows[1][8:10] == ["partial", "部分符合"]
    assert rows[1][11] == "培训计划已制定。\n但未覆盖外包坐席。"
    assert rows[1][15] == "2026-01-12"
    assert rows[4][11] == "'- 清单项\n- = 不是公式"  # would run as a formula in a spreadsheet otherwise
    assert rows[1][16:19] == ["mini", "1.0.0", "zh"]
    assert rows[1][19].startswith("d:")
    assert [len(d) for d in rows[1][19][2:].split(" ")] == [8] * 8
    # the same bytes on standard output when -o is left out
    result = runner.invoke(app, ["export", str(rich), "--format", "csv"], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout_bytes == raw


# ------------------------------------------------------------------------------------------- import


def test_export_import_is_a_no_op(rich: Path, runner: CliRunner, tmp_path: Path) -> None:
    before = hashes(rich)
    book = export(runner, rich, tmp_path / "a.xlsx")
    # resaved by a spreadsheet program, untouched
    edit(book, {})
    code, out, err = run(runner, "import", str(rich), str(book))
    assert (code, out) == (0, ""), err
    assert err == "no changes: the response files already hold every answer in the workbook\n"
    assert hashes(rich) == before


def test_bundled_init_export_import_is_a_no_op(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "2026"
    assert run(runner, "init", str(folder), "--catalogue", "ydt-2823-2015")[0] == 0
    before = hashes(folder)
    book = export(runner, folder, tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == ["汇总", "PL", "HR", "SM", "PR", "PF", "CS", "TM", "IS", "CR", "_meta", "_lists"]
    assert sum(wb[d].max_row - 1 for d in wb.sheetnames[1:10]) == 224
    code, out, _ = run(runner, "import", str(folder), str(book))
    assert (code, out) == (0, "")
    assert hashes(folder) == before


def test_one_edited_status_cell_changes_one_file(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "2026"
    run(runner, "init", str(folder), "--catalogue", "ydt-2823-2015")
    book = export(runner, folder, tmp_path / "a.xlsx")
    before = hashes(folder)
    target = folder / "responses/HR/HR-03.yaml"
    original = target.read_text(encoding="utf-8")
    edit(book, {"HR!F4": "部分符合"})
    code, out, err = run(runner, "import", str(folder), str(book), "--dry-run")
    assert (code, out) == (0, f"{folder.as_posix()}/responses/HR/HR-03.yaml\n"), err
    assert "1 file(s) would change (dry run: nothing was written)" in err
    assert hashes(folder) == before
    code, out, err = run(runner, "import", str(folder), str(book))
    assert (code, out) == (0, f"{folder.as_posix()}/responses/HR/HR-03.yaml\n"), err
    after = hashes(folder)
    assert [k for k in after if after[k] != before[k]] == ["responses/HR/HR-03.yaml"]
    assert target.read_text(encoding="utf-8") == original.replace("\nstatus:\n", "\nstatus: partial\n")
    code, out, _ = run(runner, "validate", str(folder), "--format", "json")
    assert code == 0
    assert [d for d in json.loads(out) if d["code"] != "no-corrective-action"] == []
    # the same workbook again changes nothing
    assert run(runner, "import", str(folder), str(book))[1] == ""
    assert hashes(folder) == after


def test_edits_keep_comments_layout_bom_and_crlf(rich: Path, runner: CliRunner, tmp_path: Path) -> None:
    book = export(runner, rich, tmp_path / "a.xlsx")
    edit(
        book,
        {
            "AA!F2": "conformant",
            "AA!J2": "A1 | 补充外包坐席培训 | 陈刚 | 2026-04-30 | in progress\n"
            "A2 | Review | update |  | 2026-01-31 | done | closed_on: 2026-01-20",
            "AA!G3": "无外包业务，不涉及",
            "AA!H4": "抽查 5 份记录",
            "BB!L2": dt.datetime(2026, 2, 1),
            "BB!K3": "陈刚",
        },
    )
    code, out, err = run(runner, "import", str(rich), str(book))
    assert code == 0, err
    assert out.splitlines() == [
        f"{rich.as_posix()}/responses/AA/AA-01.yaml",
        f"{rich.as_posix()}/responses/AA/AA-02.yaml",
        f"{rich.as_posix()}/responses/AA/AA-03.yaml",
        f"{rich.as_posix()}/responses/BB/BB-01.yaml",
        f"{rich.as_posix()}/responses/BB/BB-02.yaml",
    ]
    assert (
        (rich / "responses/AA/AA-01.yaml").read_text(encoding="utf-8")
        == (
            "# AA-01 a header comment written by init\n"
            "# status: conformant | partial | nonconformant | na\n"
            "item: AA-01\n"
            "status: conformant   # as the assessor wrote it\n"  # the comment of the edited line is kept
            "\n"
            "# findings below\n"
            "findings: |\n"
            "  培训计划已制定。\n"
            "  但未覆盖外包坐席。\n"
            "evidence:\n"
            "  - {ref: evidence/plan.pdf, note: 年度培训计划}\n"
            "  - ref: https://intranet.example/kpi\n"
            "    sha256: " + "a" * 64 + "\n"
            "actions:\n"
            "- id: A1\n"
            "  description: 补充外包坐席培训\n"
            "  owner: 陈刚\n"
            "  due: 2026-04-30\n"
            "  status: in-progress\n"
            "- id: A2\n"
            "  description: Review | update\n"
            "  due: 2026-01-31\n"
            "  status: done\n"
            "  closed_on: 2026-01-20\n"
            "assessor: 王丽\n"
            "assessed_on: 2026-01-12\n"
        )
    )
    assert (rich / "responses/AA/AA-02.yaml").read_bytes() == (
        "\ufeffitem: AA-02\r\nstatus: Not applicable\r\nna_reason: 无外包业务，不涉及\r\n".encode()
    )
    # a flow mapping cannot be edited line by line: rewritten whole
    assert (rich / "responses/AA/AA-03.yaml").read_text(encoding="utf-8") == (
        "item: AA-03\nstatus: conformant\nfindings: 抽查 5 份记录\n"
    )
    assert (rich / "responses/BB/BB-01.yaml").read_text(encoding="utf-8") == (
        "item: BB-01\nstatus:\nfindings: |\n  - 清单项\n  - = 不是公式\nassessed_on: 2026-02-01\n"
    )
    # BB-02 had no response file: it is created like init would
    created = (rich / "responses/BB/BB-02.yaml").read_text(encoding="utf-8")
    assert created.startswith(
        "# yaml-language-server: $schema=../../.cc-assess/response.schema.json\n# BB-02  乙二 / B two\n"
    )
    assert created.endswith(
        "item: BB-02\nstatus:\nna_reason:\nfindings: |\nevidence: []\nactions: []\nassessor: 陈刚\nassessed_on:\n"
    )
    code, out, _ = run(runner, "validate", str(rich), "--format", "json")
    assert code == 0
    assert [d for d in json.loads(out) if d["code"] != "no-corrective-action"] == []


def test_bad_cells_are_reported_by_reference_and_nothing_is_written(
    rich: Path, runner: CliRunner, tmp_path: Path
) -> None:
    before = hashes(rich)
    book = export(runner, rich, tmp_path / "a.xlsx")
    edit(
        book,
        {
            "AA!F2": "conformant",  # fine on its own, but nothing is written while another cell is wrong
            "BB!F3": "maybe",
            "AA!J3": "A1 | 培训 | 陈刚 | 2026-03-31 | open\nA2 | 复核 | 王丽 | soon | open",
            "AA!L4": "2026-13-45",
            "AA!I4": "../outside.pdf | 外部",
            "BB!F2": "不适用",
        },
    )
    code, out, err = run(runner, "import", str(rich), str(book))
    assert (code, out) == (1, "")
    book_name = book.as_posix()
    assert err.splitlines() == [
        f"{book_name}:2:7: error: BB!G2: status is N/A but the N/A reason is empty; say why the item does not apply "
        "[na-without-reason]",
        f"{book_name}:3:6: error: BB!F3: 'maybe' is not a status of this catalogue (choose one of: 符合, 部分符合, "
        "不符合, 不适用; or conformant, partial, nonconformant, na) [unknown-status]",
        f"{book_name}:3:10: error: AA!J3: line 2: due 'soon' is not a date (YYYY-MM-DD) [invalid-date]",
        f"{book_name}:4:9: error: AA!I4: evidence ref '../outside.pdf' leaves the assessment folder [evidence-path]",
        f"{book_name}:4:12: error: AA!L4: '2026-13-45' is not a date (YYYY-MM-DD) [invalid-date]",
        f"cc-assess: {book_name}: 5 problem(s) in the workbook; nothing was written",
    ]
    assert hashes(rich) == before


def test_workbook_from_another_catalogue_version_is_refused(rich: Path, runner: CliRunner, tmp_path: Path) -> None:
    book = edit(export(runner, rich, tmp_path / "a.xlsx"), {"_meta!B4": "0.9.0", "AA!F2": "conformant"})
    before = hashes(rich)
    code, out, err = run(runner, "import", str(rich), str(book))
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"{book.as_posix()}:4:2: error: _meta!B4: this workbook was exported for mini 0.9.0, but {rich.as_posix()} "
        "uses 1.0.0; run 'cc-assess migrate' so that both use the same catalogue version (migrate a folder at 0.9.0 "
        "with 'cc-assess migrate FOLDER --to 1.0.0'), then export a new workbook [workbook-catalogue]",
        f"cc-assess: {book.as_posix()}: workbook refused: catalogue version mismatch",
    ]
    book = edit(book, {"_meta!B3": "ydt-2823-2015", "_meta!B4": "1.0.0"})
    code, _, err = run(runner, "import", str(rich), str(book))
    assert code == 1
    assert "this workbook is for catalogue 'ydt-2823-2015' 1.0.0, but" in err
    assert hashes(rich) == before


def test_changes_on_both_sides_conflict_and_untouched_cells_keep_the_files(
    rich: Path, runner: CliRunner, tmp_path: Path
) -> None:
    book = export(runner, rich, tmp_path / "a.xlsx")
    path = rich / "responses/BB/BB-01.yaml"
    path.write_text("item: BB-01\nstatus: conformant\nassessor: 王丽\n", encoding="utf-8")
    # the workbook still shows the old answers: the file's newer ones stay
    code, out, err = run(runner, "import", str(rich), str(book))
    assert (code, out) == (0, ""), err
    assert "warning: _meta!B6: 3 answer(s) changed in the response files since this workbook was exported" in err
    assert path.read_text(encoding="utf-8") == "item: BB-01\nstatus: conformant\nassessor: 王丽\n"
    # both sides changed the status: a conflict; another field edited only in the workbook would apply
    edit(book, {"BB!F2": "不符合", "BB!K2": "陈刚"})
    code, _, err = run(runner, "import", str(rich), str(book))
    assert code == 1
    assert (
        f"{book.as_posix()}:2:6: error: BB!F2: status of BB-01 was changed both in the workbook and in its response "
        "file since the export; edit the response file by hand, or export a new workbook and copy the answer into it "
        "[import-conflict]" in err
    )
    assert path.read_text(encoding="utf-8") == "item: BB-01\nstatus: conformant\nassessor: 王丽\n"
    # a workbook cell that agrees with the file is no conflict
    edit(book, {"BB!F2": "Conformant", "BB!K2": "王丽"})
    code, out, _ = run(runner, "import", str(rich), str(book))
    assert (code, out) == (0, "")


def test_not_a_workbook(rich: Path, runner: CliRunner, tmp_path: Path) -> None:
    """A workbook without the _meta sheet; a missing file and a text file named .xlsx are in tests/cases/import/."""
    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.save(plain)
    code, _, err = run(runner, "import", str(rich), str(plain))
    assert code == 1
    assert "not a cc-assess workbook (it has no _meta sheet)" in err


def test_invalid_folder_is_not_imported_into(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path
) -> None:
    folder = make_assessment({"AA-01": "conformant"})
    book = export(runner, folder, tmp_path / "a.xlsx")
    (folder / "responses/AA/AA-01.yaml").write_text("item: AA-01\nstatus: maybe\n", encoding="utf-8")
    code, _, err = run(runner, "import", str(folder), str(book))
    assert code == 1
    assert "the assessment has errors; run 'cc-assess validate'" in err


def test_cli_does_not_import_openpyxl() -> None:
    code = "import sys, cc_assess.cli; assert 'openpyxl' not in sys.modules, 'openpyxl imported eagerly'"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO, env={"PYTHONPATH": str(REPO / "src")})


def test_workbook_import_speaks_chinese(
    rich: Path, runner: CliRunner, tmp_path: Path, tool_lang: Callable[[str], None]
) -> None:
    book = export(runner, rich, tmp_path / "a.xlsx")
    path = rich / "responses/BB/BB-01.yaml"
    path.write_text("item: BB-01\nstatus: conformant\nassessor: 王丽\n", encoding="utf-8")
    edit(book, {"BB!F2": "不符合"})
    wb = openpyxl.load_workbook(book)
    del wb["AA"]
    wb.save(book)
    tool_lang("zh")
    code, out, err = run(runner, "import", str(rich), str(book))
    assert (code, out) == (1, "")
    name = book.as_posix()
    assert err.splitlines() == [
        f"{name}:1:1: warning: AA!A1: 没有工作表 AA；其中的条目保持不变 [workbook-missing]",
        f"{name}:2:6: error: BB!F2: BB-01 的 status 在导出后同时在工作簿和回复文件中被修改；请手工编辑回复文件，"
        "或重新导出工作簿并把答案填入其中 [import-conflict]",
        f"{name}:6:2: warning: _meta!B6: 自此工作簿导出后，回复文件中有 2 个答案被修改，而工作簿中没有改动它们；"
        "回复文件保留这些答案 [workbook-stale]",
        f"cc-assess: {name}：在工作簿中发现 1 个问题；未写入任何文件",
    ]
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    assert run(runner, "import", str(rich), str(plain))[::2] == (
        1,
        f"{plain.as_posix()}:1:1: error: 不是 cc-assess 工作簿（没有 _meta 工作表）；import 读取由 'cc-assess export' "
        "生成的工作簿 [workbook-invalid]\n"
        f"cc-assess: {plain.as_posix()}：未写入任何文件\n",  # the problem is said once, located
    )
