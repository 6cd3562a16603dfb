"""The CSV round trip: ``export --format csv`` and ``import`` of that CSV file, through the CLI; ``|`` in cells."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cc_assess.catalogue import load_file
from cc_assess.models import Response
from cc_assess.sheets.cells import encode, parse
from cc_assess.sheets.layout import CSV_COLUMNS
from cc_assess.shown import Shown
from tests.acceptance.test_exchange import RICH, edit, export, hashes
from tests.conftest import MakeAssessment, run

#: CSV columns by header, as spreadsheet letters
COL = {name: chr(65 + i) for i, name in enumerate(CSV_COLUMNS)}


@pytest.fixture
def rich(make_assessment: MakeAssessment) -> Path:
    return make_assessment(files=RICH)


def export_csv(runner: CliRunner, folder: Path, out: Path, *extra: str) -> Path:
    return export(runner, folder, out, "--format", "csv", *extra)


def read_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    text = raw[len(codecs.BOM_UTF8) :] if raw.startswith(codecs.BOM_UTF8) else raw
    return list(csv.reader(io.StringIO(text.decode("utf-8"), newline="")))


def write_rows(path: Path, rows: list[list[str]], *, bom: bool = True, eol: str = "\r\n", delimiter: str = ",") -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=eol, delimiter=delimiter).writerows(rows)
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + buffer.getvalue().encode("utf-8"))


def edit_csv(path: Path, changes: dict[str, str]) -> Path:
    """Set cells given as spreadsheet references (``J5``) and save like a spreadsheet program would."""
    rows = read_rows(path)
    for ref, value in changes.items():
        col, row = ord(ref[0]) - 65, int(ref[1:]) - 1
        rows[row][col] = value
    write_rows(path, rows)
    return path


# ------------------------------------------------------------------------------------------- CSV round trip


def test_csv_export_import_is_a_no_op(rich: Path, runner: CliRunner, tmp_path: Path) -> None:
    before = hashes(rich)
    sheet = export_csv(runner, rich, tmp_path / "a.csv")
    code, out, err = run(runner, "import", str(rich), str(sheet))
    assert (code, out) == (0, ""), err
    assert err == "no changes: the response files already hold every answer in the workbook\n"
    assert hashes(rich) == before
    # saved again by another program: no byte-order mark, LF line ends, semicolons, any file name
    other = tmp_path / "answers.txt"
    write_rows(other, read_rows(sheet), bom=False, eol="\n", delimiter=";")
    code, out, err = run(runner, "import", str(rich), str(other))
    assert (code, out, err) == (0, "", "no changes: the response files already hold every answer in the workbook\n")
    assert hashes(rich) == before


def test_bundled_init_csv_round_trip_is_a_no_op(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "2026"
    assert run(runner, "init", str(folder), "--catalogue", "ydt-2823-2015")[0] == 0
    before = hashes(folder)
    sheet = export_csv(runner, folder, tmp_path / "a.csv", "--lang", "en")
    assert len(read_rows(sheet)) == 1 + 224
    code, out, _ = run(runner, "import", str(folder), str(sheet))
    assert (code, out) == (0, "")
    assert hashes(folder) == before


def test_one_edited_csv_cell_changes_one_file(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "2026"
    run(runner, "init", str(folder), "--catalogue", "ydt-2823-2015")
    sheet = export_csv(runner, folder, tmp_path / "a.csv")
    before = hashes(folder)
    target = folder / "responses/HR/HR-03.yaml"
    original = target.read_text(encoding="utf-8")
    rows = read_rows(sheet)
    row = next(n for n, r in enumerate(rows, 1) if r[1] == "HR-03")
    edit_csv(sheet, {f"{COL['status_label']}{row}": "部分符合"})
    code, out, err = run(runner, "import", str(folder), str(sheet), "--dry-run")
    assert (code, out) == (0, f"{folder.as_posix()}/responses/HR/HR-03.yaml\n"), err
    assert hashes(folder) == before
    code, out, err = run(runner, "import", str(folder), str(sheet))
    assert (code, out) == (0, f"{folder.as_posix()}/responses/HR/HR-03.yaml\n"), err
    after = hashes(folder)
    assert [k for k in after if after[k] != before[k]] == ["responses/HR/HR-03.yaml"]
    assert target.read_text(encoding="utf-8") == original.replace("\nstatus:\n", "\nstatus: partial\n")
    assert run(runner, "import", str(folder), str(sheet))[1] == ""
    assert hashes(folder) == after


def test_csv_edits_keep_comments_and_layout(rich: Path, runner: CliRunner, tmp_path: Path) -> None:
    sheet = export_csv(runner, rich, tmp_path / "a.csv")
    edit_csv(sheet, {"I2": "conformant", "K3": "无外包业务，不涉及", "P5": "2026/2/1"})
    code, out, err = run(runner, "import", str(rich), str(sheet))
    assert code == 0, err
    assert out.splitlines() == [
        f"{rich.as_posix()}/responses/AA/AA-01.yaml",
        f"{rich.as_posix()}/responses/AA/AA-02.yaml",
        f"{rich.as_posix()}/responses/BB/BB-01.yaml",
    ]
    assert (rich / "responses/AA/AA-01.yaml").read_text(encoding="utf-8") == RICH["responses/AA/AA-01.yaml"].replace(
        "status: 部分符合   # as the assessor wrote it", "status: conformant   # as the assessor wrote it"
    )
    assert (rich / "responses/AA/AA-02.yaml").read_bytes() == (
        "\ufeffitem: AA-02\r\nstatus: Not applicable\r\nna_reason: 无外包业务，不涉及\r\n".encode()
    )
    assert (rich / "responses/BB/BB-01.yaml").read_text(encoding="utf-8") == (
        "item: BB-01\nstatus:\nfindings: |\n  - 清单项\n  - = 不是公式\nassessed_on: 2026-02-01\n"
    )


def test_bad_csv_cells_are_located_and_nothing_is_written(rich: Path, runner: CliRunner, tmp_path: Path) -> None:
    before = hashes(rich)
    sheet = edit_csv(
        export_csv(runner, rich, tmp_path / "a.csv"),
        {
            "J2": "符合",  # fine on its own
            "J5": "maybe",
            "N3": "A1 | 培训 | 陈刚 | 2026-03-31 | open\nA2 | 复核 | 王丽 | soon | open",
            "P4": "2026-13-45",
            "I6": "partial",
            "J6": "不符合",
        },
    )
    code, out, err = run(runner, "import", str(rich), str(sheet))
    assert (code, out) == (1, "")
    name = sheet.as_posix()
    assert err.splitlines() == [
        f"{name}:3:14: error: N3 (actions): line 2: due 'soon' is not a date (YYYY-MM-DD) [invalid-date]",
        f"{name}:4:16: error: P4 (assessed_on): '2026-13-45' is not a date (YYYY-MM-DD) [invalid-date]",
        f"{name}:5:10: error: J5 (status_label): 'maybe' is not a status of this catalogue (choose one of: 符合, "
        "部分符合, 不符合, 不适用; or conformant, partial, nonconformant, na) [unknown-status]",
        f"{name}:6:10: error: J6 (status_label): '不符合' here and 'partial' in I6 (status) are different answers for "
        "the status of BB-02; edit only one of the two, or make them agree [import-conflict]",
        f"cc-assess: {name}: 4 problem(s) in the CSV file; nothing was written",
    ]
    assert hashes(rich) == before


def test_csv_from_another_catalogue_version_is_refused(rich: Path, runner: CliRunner, tmp_path: Path) -> None:
    before = hashes(rich)
    sheet = edit_csv(export_csv(runner, rich, tmp_path / "a.csv"), {"R3": "0.9.0", "J2": "符合"})
    code, out, err = run(runner, "import", str(rich), str(sheet))
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"{sheet.as_posix()}:3:18: error: R3 (catalogue_version): this CSV file was exported for mini 0.9.0, but "
        f"{rich.as_posix()} uses 1.0.0; run 'cc-assess migrate' so that both use the same catalogue version (migrate "
        "a folder at 0.9.0 with 'cc-assess migrate FOLDER --to 1.0.0'), then export a new CSV file "
        "[workbook-catalogue]",
        f"cc-assess: {sheet.as_posix()}: CSV file refused: catalogue version mismatch",
    ]
    edit_csv(sheet, {"R3": "1.0.0", "Q2": "ydt-2823-2015"})
    code, _, err = run(runner, "import", str(rich), str(sheet))
    assert code == 1
    assert f"{sheet.as_posix()}:2:17: error: Q2 (catalogue): this CSV file is for catalogue 'ydt-2823-2015'" in err
    # a CSV file that does not say its catalogue (an export from an earlier cc-assess)
    rows = [r[:16] for r in read_rows(sheet)]
    write_rows(sheet, rows)
    code, _, err = run(runner, "import", str(rich), str(sheet))
    assert code == 1
    assert (
        f"{sheet.as_posix()}:1:1: error: this CSV file does not say which catalogue it was exported for (row 1 has no "
        "catalogue and catalogue_version columns); export it again with 'cc-assess export --format csv' "
        "[workbook-catalogue]" in err
    )
    assert hashes(rich) == before


def test_csv_changes_on_both_sides_and_without_digests(rich: Path, runner: CliRunner, tmp_path: Path) -> None:
    sheet = export_csv(runner, rich, tmp_path / "a.csv")
    path = rich / "responses/BB/BB-01.yaml"
    path.write_text("item: BB-01\nstatus: conformant\nassessor: 王丽\n", encoding="utf-8")
    code, out, err = run(runner, "import", str(rich), str(sheet))
    assert (code, out) == (0, ""), err
    assert (
        f"{sheet.as_posix()}:1:20: warning: T1 (export_digest): 3 answer(s) changed in the response files since this "
        "CSV file was exported and were not edited in it; the files keep them [workbook-stale]" in err
    )
    assert path.read_text(encoding="utf-8") == "item: BB-01\nstatus: conformant\nassessor: 王丽\n"
    edit_csv(sheet, {"J5": "不符合"})
    code, _, err = run(runner, "import", str(rich), str(sheet))
    assert code == 1
    assert f"{sheet.as_posix()}:5:10: error: J5 (status_label): status of BB-01 was changed both in the CSV file" in err
    # without the digests the comparison is two-way: the CSV's answers win (and a warning says so)
    write_rows(sheet, [r[:19] for r in read_rows(sheet)])
    code, _, err = run(runner, "import", str(rich), str(sheet))
    assert code == 1
    assert "J5 (status_label): '不符合' here and '' in I5 (status) are different answers for the status of BB-01" in err
    edit_csv(sheet, {"I5": "nonconformant"})
    code, out, err = run(runner, "import", str(rich), str(sheet))
    assert (code, out) == (0, f"{rich.as_posix()}/responses/BB/BB-01.yaml\n"), err
    assert "warning: A1 (domain): no export_digest column: every answer that differs from its response file" in err
    assert path.read_text(encoding="utf-8") == (
        "item: BB-01\nstatus: nonconformant\nassessor:\nfindings: |\n  - 清单项\n  - = 不是公式\n"
    )


# ------------------------------------------------------------------------------------------- "|" in cells

PIPES = {
    "responses/AA/AA-01.yaml": (
        "item: AA-01\n"
        "status: partial\n"
        "evidence:\n"
        "  - {ref: evidence/plan.pdf, note: 'plan | 2026 \\ draft'}\n"
        "actions:\n"
        "  - {id: A1, description: 'train a|b', owner: 'Ops | QA', due: 2026-03-31, status: open}\n"
        "  - {id: A2, description: 'end with \\', owner: 'x\\|y', status: done, closed_on: 2026-01-20}\n"
    ),
    "evidence/plan.pdf": "%PDF-1.4\n",
}


def test_pipes_and_backslashes_survive_encode_and_parse(make_assessment: MakeAssessment) -> None:
    folder = make_assessment(files=PIPES)
    catalogue, _ = load_file(Shown(folder / "catalogue.yaml", "catalogue.yaml"))
    assert catalogue is not None
    response = Response.model_validate(
        {
            "item": "AA-01",
            "evidence": [{"ref": "evidence/plan.pdf", "note": "plan | 2026 \\ draft"}],
            "actions": [
                {"id": "A1", "description": "train a|b", "owner": "Ops | QA", "status": "open"},
                {"id": "A2", "description": "end with \\", "owner": "x\\|y", "status": "done"},
            ],
        }
    )
    assert encode("actions", response, catalogue, "zh") == (
        "A1 | train a\\|b | Ops \\| QA |  | open\nA2 | end with \\\\ | x\\\\\\|y |  | done"
    )
    assert encode("evidence", response, catalogue, "zh") == "evidence/plan.pdf | plan \\| 2026 \\\\ draft"
    assert parse("actions", encode("actions", response, catalogue, "zh"), catalogue) == [
        {"id": "A1", "description": "train a|b", "owner": "Ops | QA", "status": "open"},
        {"id": "A2", "description": "end with \\", "owner": "x\\|y", "status": "done"},
    ]
    assert parse("evidence", encode("evidence", response, catalogue, "zh"), catalogue) == [
        {"ref": "evidence/plan.pdf", "note": "plan | 2026 \\ draft"}
    ]
    # cells written before the escaping: a lone backslash stays, a sixth part joins the description
    assert parse("actions", "A3 | a | b | c\\d | 2026-01-31 | open", catalogue) == [
        {"id": "A3", "description": "a | b", "owner": "c\\d", "due": dt.date(2026, 1, 31), "status": "open"}
    ]


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_pipe_in_owner_description_and_note_round_trips(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, fmt: str
) -> None:
    folder = make_assessment(files=PIPES)
    before = hashes(folder)
    out = export(runner, folder, tmp_path / f"a.{fmt}", "--format", fmt)
    code, stdout, err = run(runner, "import", str(folder), str(out))
    assert (code, stdout) == (0, ""), err
    assert hashes(folder) == before
    # another answer of the same item edited: the actions and the evidence are read back unchanged
    if fmt == "xlsx":
        edit(out, {"AA!F2": "conformant"})
    else:
        edit_csv(out, {"J2": "符合"})
    code, stdout, err = run(runner, "import", str(folder), str(out))
    assert (code, stdout) == (0, f"{folder.as_posix()}/responses/AA/AA-01.yaml\n"), err
    assert (folder / "responses/AA/AA-01.yaml").read_text(encoding="utf-8") == PIPES["responses/AA/AA-01.yaml"].replace(
        "status: partial", "status: conformant"
    )
    # and an edited actions cell keeps a "|" written as "\|"
    new = "A1 | train a\\|b | Ops \\| QA \\| Legal | 2026-03-31 | open\nA2 | end with \\\\ | x\\\\\\|y |  | done"
    if fmt == "xlsx":
        edit(out, {"AA!J2": new + " | closed_on: 2026-01-20"})
    else:
        edit_csv(out, {"N2": new + " | closed_on: 2026-01-20"})
    code, stdout, err = run(runner, "import", str(folder), str(out))
    assert code == 0, err
    text = (folder / "responses/AA/AA-01.yaml").read_text(encoding="utf-8")
    assert "  owner: Ops | QA | Legal\n" in text
    assert "  description: end with \\\n  owner: x\\|y\n" in text


# ------------------------------------------------------------------------------------------- in Chinese


def test_import_problems_in_chinese(
    rich: Path, runner: CliRunner, tmp_path: Path, tool_lang: Callable[[str], None]
) -> None:
    before = hashes(rich)
    sheet = edit_csv(export_csv(runner, rich, tmp_path / "a.csv"), {"I6": "partial", "J6": "不符合"})
    rows = read_rows(sheet)
    item = ord(COL["item"]) - 65
    again, unknown = list(rows[2]), list(rows[2])
    unknown[item] = "ZZ-09"
    write_rows(sheet, [*rows, again, unknown])
    tool_lang("zh")
    code, out, err = run(runner, "import", str(rich), str(sheet))
    assert (code, out) == (1, "")
    name = sheet.as_posix()
    assert err.splitlines() == [
        f"{name}:6:10: error: J6 (status_label): 此处的 '不符合' 与 I6 (status) 中的 'partial' 是 BB-02 的 status 的"
        "两个不同答案；只编辑其中一处，或让两者一致 [import-conflict]",
        f"{name}:7:2: error: B7 (item): AA-02 出现了第二行（第一行在第 3 行） [workbook-item]",
        f"{name}:8:2: error: B8 (item): 条目 'ZZ-09' 不在评审目录 mini 1.0.0 中 [workbook-item]",
        f"cc-assess: {name}：在 CSV 文件中发现 3 个问题；未写入任何文件",
    ]
    edit_csv(sheet, {"R3": "0.9.0"})
    assert run(runner, "import", str(rich), str(sheet))[::2] == (
        1,
        f"{name}:3:18: error: R3 (catalogue_version): 此 CSV 文件是按 mini 0.9.0 导出的，但 {rich.as_posix()} 使用的是 "
        "1.0.0；请运行 'cc-assess migrate' 让两者使用同一评审目录版本（版本为 0.9.0 的文件夹用 'cc-assess migrate "
        "FOLDER --to 1.0.0' 迁移），然后重新导出 CSV 文件 [workbook-catalogue]\n"
        f"cc-assess: {name}：拒绝导入此 CSV 文件：评审目录版本不一致\n",
    )
    assert hashes(rich) == before
