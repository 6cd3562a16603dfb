"""The tool's own words in Chinese and English: the table, the choice of language, help and typer's words."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import string
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from cc_assess import i18n
from cc_assess.cli import app
from cc_assess.i18n.clitext import cleandoc, help_key, table_key_of, walk
from cc_assess.i18n.table import MESSAGES
from tests.conftest import ALL_CONFORMANT, REPO, MakeAssessment, run

SwitchLang = Callable[[str], None]


def _fields(template: str) -> list[str]:
    return sorted({name for _, name, _, _ in string.Formatter().parse(template) if name is not None})


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_exists_in_both_languages_with_the_same_placeholders(key: str) -> None:
    zh, en = MESSAGES[key]
    assert zh.strip(), key
    assert en.strip(), key
    assert _fields(zh) == _fields(en), key
    assert re.fullmatch(r"[a-z0-9_.-]+", key), key


def _keys_used_in_source() -> set[str]:
    found: set[str] = set()
    call = re.compile(r"""(?<![.\w])(?:t\(|t_in\([^,()"]+,)\s*"([a-z0-9_.-]+)"(?=[,)])""")
    for path in (REPO / "src" / "cc_assess").rglob("*.py"):
        found |= set(call.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_key_the_code_looks_up_is_in_the_table() -> None:
    used = _keys_used_in_source()
    assert len(used) > 50
    assert sorted(used - set(MESSAGES)) == []


def _documented_codes() -> list[str]:
    docs = REPO / "docs" / "diagnostics.md"
    text = docs.read_text(encoding="utf-8") if docs.is_file() else (REPO / "README.md").read_text(encoding="utf-8")
    if not docs.is_file():
        text = text.split("## Diagnostics", 1)[1].split("\n## ", 1)[0]
    codes: list[str] = []
    for line in text.splitlines():
        if line.startswith("| `"):
            codes += re.findall(r"`([a-z0-9-]+)`", line.split("|")[1])
    return codes


def test_every_documented_diagnostic_code_has_text_in_both_languages() -> None:
    codes = _documented_codes()
    assert "duplicate-key" in codes
    assert "unknown-status" in codes
    assert sorted(c for c in codes if f"code.{c}" not in MESSAGES) == []


def _commands() -> list[tuple[tuple[str, ...], typer.core.TyperCommand]]:
    return list(walk(typer.main.get_command(app)))  # type: ignore[arg-type]


def test_every_command_and_option_has_help_in_chinese_and_the_english_of_the_code() -> None:
    missing: list[str] = []
    drifted: list[str] = []
    for path, command in _commands():
        texts = [(help_key(path), command.help)]
        texts += [(help_key(path, p.name), getattr(p, "help", None)) for p in command.params if p.name]
        for key, text in texts:
            if text is None or table_key_of(text) is not None:  # help=t(key) in cli.py
                continue
            if key not in MESSAGES:
                missing.append(key)
            elif MESSAGES[key][1] != cleandoc(text):
                drifted.append(key)
    assert missing == [], "add these help texts to the table (zh, en)"
    assert drifted == [], "the English help in cli.py and in the table differ"


# ------------------------------------------------------------------------------------------ language


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"CC_ASSESS_LANG": "zh"}, "zh"),
        ({"CC_ASSESS_LANG": "en", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"CC_ASSESS_LANG": "", "LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),
        ({"LC_ALL": "", "LC_MESSAGES": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_language_from_cc_assess_lang_then_the_locale(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    for name in ("CC_ASSESS_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    i18n.reset()
    try:
        assert i18n.tool_language() == expected
    finally:
        i18n.reset()


def test_lookup_fills_placeholders_in_either_language() -> None:
    assert i18n.t_in("zh", "cli.problems", errors=2, warnings=1) == "2 个错误，1 个警告"
    assert i18n.t_in("en", "cli.problems", errors=2, warnings=1) == "2 error(s), 1 warning(s)"


# ------------------------------------------------------------------------------------------ help and typer


def test_help_of_a_command_in_chinese(runner: CliRunner, tool_lang: SwitchLang) -> None:
    tool_lang("zh")
    code, stdout, _ = run(runner, "validate", "--help")
    assert code == 0
    assert stdout.splitlines()[:6] == [
        "用法：cc-assess validate [OPTIONS] [folders]...",
        "",
        "  检查一个或多个评估的每个文件，并报告全部问题，每个问题以 路径:行:列 标明位置。",
        "",
        "  示例：cc-assess validate sites/shanghai/2026 --format github",
        "",
    ]
    assert "  --format <text|json|github>  输出格式。  [默认：text]" in stdout
    assert "  --help                       显示此帮助并退出。" in stdout
    assert "参数：" in stdout
    assert "选项：" in stdout


def test_help_of_the_app_lists_commands_in_chinese(runner: CliRunner, tool_lang: SwitchLang) -> None:
    tool_lang("zh")
    code, stdout, _ = run(runner, "--help")
    assert code == 0
    assert "  score      各评审类别得分与总体得分、各状态条目数、关键项未通过情况和差距排序。" in stdout
    assert "  -q, --quiet           在标准错误输出上只显示错误和问题，不显示摘要。" in stdout
    assert "命令：" in stdout


def test_help_in_english_is_typers_own(runner: CliRunner) -> None:
    code, stdout, _ = run(runner, "validate", "--help")
    assert code == 0
    assert stdout.startswith("Usage: cc-assess validate [OPTIONS] [folders]...\n")
    assert "  --format <text|json|github>  Output format.  [default: text]" in stdout


@pytest.mark.parametrize(
    ("args", "zh", "en"),
    [
        (
            ["validate", "--bogus"],
            "错误：没有这个选项：--bogus （可用的选项：--jobs）",
            "Error: No such option: --bogus (Possible options: --jobs)",
        ),
        (
            ["score", "--format", "x"],
            "错误：'--format' 的值无效：'x' 不是以下之一：'table', 'json', 'markdown', 'csv', 'junit'。",
            "Error: Invalid value for '--format': Value error, 'x' is not one of 'table', 'json', 'markdown', "
            "'csv', 'junit'.",
        ),
        (["init"], "错误：缺少参数 'folder'。", "Error: Missing argument 'folder'."),
        (["nosuch"], "错误：没有这个命令 'nosuch'。", "Error: No such command 'nosuch'."),
        (
            ["validate", "-j", "-1"],
            "错误：'--jobs' / '-j' 的值无效：应大于或等于 0",
            "Error: Invalid value for '--jobs' / '-j': Input should be greater than or equal to 0",
        ),
    ],
)
def test_typers_error_lines_in_both_languages(
    runner: CliRunner, tool_lang: SwitchLang, args: list[str], zh: str, en: str
) -> None:
    code, _, stderr = run(runner, *args)
    assert code == 2
    assert stderr.splitlines()[-1] == en
    tool_lang("zh")
    code, _, stderr = run(runner, *args)
    assert code == 2
    lines = stderr.splitlines()
    assert lines[-1] == zh
    assert lines[0].startswith("用法：cc-assess ")
    assert lines[1].startswith("运行 'cc-assess ")
    assert lines[1].endswith(" --help' 查看帮助。")


def test_chinese_help_from_a_real_process_with_a_chinese_locale(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("CC_ASSESS_LANG", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = "zh_CN.UTF-8"
    env["PYTHONPATH"] = str(REPO / "src")
    done = subprocess.run(
        [sys.executable, "-m", "cc_assess", "score", "--help"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0
    first = done.stdout.splitlines()[0]
    assert first.startswith("用法：")
    assert first.endswith(" score [OPTIONS] [folder]")
    assert "总体得分低于 N 时以 1 退出。" in done.stdout


# ------------------------------------------------------------------------------------------ --quiet


def test_every_writing_command_is_silent_with_quiet(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path
) -> None:
    """Summaries ("wrote …", "updated …", "ok: …") are information: -q leaves stderr empty when all goes well."""
    from tests.acceptance.test_migrate import RENAMED_TEXT
    from tests.yoy_helpers import MINI_2, YEAR_2025

    folder = make_assessment(
        ALL_CONFORMANT,
        files={
            "evidence/plan.pdf": b"%PDF-1.4 plan\n",
            "responses/AA/AA-01.yaml": "item: AA-01\nstatus: conformant\nevidence:\n  - {ref: evidence/plan.pdf}\n",
        },
    )
    out = tmp_path / "out"
    out.mkdir()
    commands = [
        ["init", str(tmp_path / "new"), "--catalogue", "ydt-2823-2015"],
        ["report", str(folder), "-o", str(out / "report.md"), "--today", "2026-02-01"],
        ["export", str(folder), "-o", str(out / "answers.xlsx")],
        ["export", str(folder), "-o", str(out / "answers.csv")],
        ["import", str(folder), str(out / "answers.xlsx")],
        ["import", str(folder), str(out / "answers.csv"), "--dry-run"],
        ["evidence", str(folder), "--lock"],
        ["evidence", str(folder), "--verify"],
        ["pack", str(folder), "-o", str(out / "pack.zip"), "--today", "2026-02-01"],
        ["pack", "--verify", str(out / "pack.zip")],
        ["approve", str(folder), "--name", "王丽", "--date", "2026-02-01"],
    ]
    for args in commands:
        assert run(runner, "-q", *args)[::2] == (0, ""), args
    # migrate on a folder whose catalogue file moved to 1.1.0
    site = make_assessment(YEAR_2025, name="migrating")
    (site / "responses" / "AA" / "AA-02.yaml").write_text(RENAMED_TEXT, encoding="utf-8")
    shutil.copyfile(MINI_2, site / "catalogue.yaml")
    assert run(runner, "-q", "migrate", str(site), "--to", "1.1.0") == (0, "", "")
    # without -q the summaries are there, on stderr
    code, _, err = run(runner, "export", str(folder), "-o", str(out / "again.csv"))
    assert (code, err) == (0, f"wrote {(out / 'again.csv').as_posix()} (csv)\n")


# ------------------------------------------------------------------------------------------ whole messages


def _validate(runner: CliRunner, folder: Path) -> list[str]:
    return [line for line in run(runner, "validate", str(folder))[2].splitlines() if "missing-response" not in line]


HINT_FILES = {
    "responses/AA/AA-01.yaml": "item: AA-01\nstatus：符合\nassessor: 王丽\n",
    "responses/AA/AA-02.yaml": "item: AA-02\nstatus: conformant\nfindings: 结论: 良好\n",
    "responses/AA/AA-03.yaml": "item: AA-03\nstatus: conformant\nfindings: #3 号班组未培训\n",
    "responses/BB/BB-01.yaml": "item: BB-01\n\tstatus: conformant\n",
    "responses/BB/BB-02.yaml": "item: BB-02\n状态: conformant\n",
}


def test_hints_for_chinese_users_mistakes_in_both_languages(
    make_assessment: MakeAssessment, runner: CliRunner, tool_lang: SwitchLang
) -> None:
    folder = make_assessment(files=HINT_FILES)
    r = f"{folder.as_posix()}/responses"
    assert _validate(runner, folder) == [
        f"{r}/AA/AA-01.yaml:2:7: error: YAML syntax error: a full-width colon '：' here; YAML needs an ASCII colon "
        "and a space between key and value, write: status: 符合 [yaml-syntax]",
        f"{r}/AA/AA-02.yaml:3:13: error: YAML syntax error: the value of findings holds ': ' (a colon and a space), "
        'which YAML reads as a new key; quote the whole value: findings: "结论: 良好", or write it as a block after | '
        "[yaml-syntax]",
        f"{r}/AA/AA-03.yaml:3:11: warning: the text after '#' is a comment to YAML, so findings is empty; if it is "
        'the value, quote it: findings: "#3 号班组未培训" [comment-swallowed-value]',
        f"{r}/BB/BB-01.yaml:2:1: error: YAML syntax error: a tab in the indentation; YAML indents with spaces only, "
        "replace tabs with spaces [yaml-syntax]",
        f"{r}/BB/BB-02.yaml:2:1: error: unknown key '状态' (did you mean 'status'?) [unknown-key]",
        "4 error(s), 1 warning(s)",
    ]
    tool_lang("zh")
    assert _validate(runner, folder) == [
        f"{r}/AA/AA-01.yaml:2:7: error: YAML 语法错误：这里用了全角冒号“：”；键和值之间要用半角冒号加空格，"
        "请改为：status: 符合 [yaml-syntax]",
        f"{r}/AA/AA-02.yaml:3:13: error: YAML 语法错误：findings 的值中含有“: ”（冒号加空格），YAML 会把它当成新的键；"
        '请给整个值加引号：findings: "结论: 良好"，或用 | 写成多行文本 [yaml-syntax]',
        f"{r}/AA/AA-03.yaml:3:11: warning: “#”之后的文字被 YAML 当作注释，findings 的值为空；如果这是内容，请加引号："
        'findings: "#3 号班组未培训" [comment-swallowed-value]',
        f"{r}/BB/BB-01.yaml:2:1: error: YAML 语法错误：缩进中有制表符（Tab）；YAML 只能用空格缩进，请把制表符换成空格 "
        "[yaml-syntax]",
        f"{r}/BB/BB-02.yaml:2:1: error: 未知的键 '状态'（您是不是想写 'status'？） [unknown-key]",
        "4 个错误，1 个警告",
    ]


def test_full_width_space_and_a_comment_that_is_a_comment(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = make_assessment(
        ALL_CONFORMANT,
        files={
            "responses/AA/AA-01.yaml": "item: AA-01\nstatus:\u3000conformant\n",
            # "# " with a space is a real comment, and a key followed by its block value is fine
            "responses/AA/AA-02.yaml": "item: AA-02  # ok\nstatus: conformant\nevidence: #list\n  - ref: https://a.example/x\n",
        },
    )
    assert _validate(runner, folder) == [
        f"{folder.as_posix()}/responses/AA/AA-01.yaml:2:8: error: YAML syntax error: a full-width space here; YAML "
        "needs ASCII spaces, write: status: conformant [yaml-syntax]",
        "1 error(s), 0 warning(s)",
    ]


def test_yml_files_and_evidence_in_other_letter_case(
    make_assessment: MakeAssessment, runner: CliRunner, tool_lang: SwitchLang
) -> None:
    folder = make_assessment(
        ALL_CONFORMANT,
        files={
            "responses/AA/AA-01.yaml": None,
            "responses/AA/AA-01.yml": "item: AA-01\nstatus: conformant\n",
            "evidence/Training-Plan.PDF": b"%PDF",
            "responses/BB/BB-01.yaml": (
                "item: BB-01\nstatus: conformant\nevidence:\n  - ref: evidence/training-plan.pdf\n"
            ),
        },
    )
    r = f"{folder.as_posix()}/responses"
    lines = _validate(runner, folder)
    assert lines[:2] == [
        f"{r}/AA/AA-01.yml:1:1: error: response files end in .yaml, not .yml; rename it to AA-01.yaml [misplaced-file]",
        f"{r}/BB/BB-01.yaml:4:10: warning: evidence file 'evidence/training-plan.pdf' does not exist; did you mean "
        "'evidence/Training-Plan.PDF'? (letter case differs: it matters on Linux, in CI and in the pack) "
        "[evidence-missing]",
    ]
    tool_lang("zh")
    lines = _validate(runner, folder)
    assert lines[:2] == [
        f"{r}/AA/AA-01.yml:1:1: error: 回复文件的扩展名是 .yaml，不是 .yml；请改名为 AA-01.yaml [misplaced-file]",
        f"{r}/BB/BB-01.yaml:4:10: warning: 证据文件 'evidence/training-plan.pdf' 不存在；您是不是想写 "
        "'evidence/Training-Plan.PDF'？（大小写不同：在 Linux、CI 和资料包中大小写是有区别的） [evidence-missing]",
    ]


def test_errors_and_summaries_in_both_languages(
    make_assessment: MakeAssessment, runner: CliRunner, tool_lang: SwitchLang, tmp_path: Path
) -> None:
    folder = make_assessment(
        {**ALL_CONFORMANT, "AA-02": "unclear"}, files={"responses/BB/BB-01.yaml": "item: BB-01\nstatus: 1\n"}
    )
    r = f"{folder.as_posix()}/responses"
    missing = (tmp_path / "nowhere").as_posix()
    assert _validate(runner, folder) == [
        f"{r}/AA/AA-02.yaml:2:9: error: 'unclear' is not a status of this catalogue (use one of: conformant, partial, "
        "nonconformant, na, or their zh/en labels) [unknown-status]",
        f"{r}/BB/BB-01.yaml:2:9: error: '1' is read by YAML as a number, not text; quote it: \"1\" [not-text]",
        "2 error(s), 0 warning(s)",
    ]
    assert run(runner, "score", missing)[::2] == (
        2,
        f"{missing}:1:1: error: assessment folder: no such folder [missing-folder]\n",
    )
    assert run(runner, "schema", "response", "--catalogue-version", "1.0.0")[::2] == (
        2,
        "cc-assess: --catalogue-version needs --catalogue\n",
    )
    tool_lang("zh")
    assert _validate(runner, folder) == [
        f"{r}/AA/AA-02.yaml:2:9: error: 'unclear' 不是此评审目录的状态（请使用以下之一：conformant, partial, "
        "nonconformant, na，或它们的中文/英文标签） [unknown-status]",
        f"{r}/BB/BB-01.yaml:2:9: error: '1' 被 YAML 读作数字，而不是文本；请加引号：\"1\" [not-text]",
        "2 个错误，0 个警告",
    ]
    assert run(runner, "score", missing)[::2] == (
        2,
        f"{missing}:1:1: error: 评估文件夹：文件夹不存在 [missing-folder]\n",
    )
    assert run(runner, "schema", "response", "--catalogue-version", "1.0.0")[::2] == (
        2,
        "cc-assess: --catalogue-version 需要与 --catalogue 一起使用\n",
    )


def test_json_diagnostics_keep_codes_and_carry_the_message_in_the_tool_language(
    make_assessment: MakeAssessment, runner: CliRunner, tool_lang: SwitchLang
) -> None:
    import json

    folder = make_assessment(ALL_CONFORMANT, files={"responses/BB/BB-02.yaml": "item: BB-02\n状态: conformant\n"})
    tool_lang("zh")
    code, out, _ = run(runner, "validate", str(folder), "--format", "json")
    assert code == 1
    assert json.loads(out) == [
        {
            "path": f"{folder.as_posix()}/responses/BB/BB-02.yaml",
            "line": 2,
            "column": 1,
            "item": "BB-02",
            "code": "unknown-key",
            "severity": "error",
            "message": "未知的键 '状态'（您是不是想写 'status'？）",
        }
    ]


def test_action_statuses_take_their_labels_and_show_one_term(
    make_assessment: MakeAssessment, runner: CliRunner
) -> None:
    import json

    actions = (
        "actions:\n"
        "  - {id: A1, description: 补齐培训记录, due: 2026-01-20, status: 待处理}\n"
        "  - {id: A2, description: 更新制度, due: 2026-01-21, status: In Progress}\n"
        "  - {id: A3, description: 复核, due: 2026-01-22, status: 已完成}\n"
    )
    folder = make_assessment(
        ALL_CONFORMANT, files={"responses/AA/AA-01.yaml": "item: AA-01\nstatus: partial\n" + actions}
    )
    code, out, err = run(runner, "actions", str(folder), "--format", "json", "--today", "2026-02-01")
    assert code == 0, err
    assert [(a["id"], a["status"]) for a in json.loads(out)] == [("A1", "open"), ("A2", "in-progress"), ("A3", "done")]
    code, out, _ = run(runner, "actions", str(folder), "--format", "markdown", "--today", "2026-02-01", "--lang", "zh")
    assert "| 2026-01-20 **逾期** | AA-01 | A1 | 补齐培训记录 | 待处理 |" in out
    assert "| 2026-01-22 | AA-01 | A3 | 复核 | 已完成 |" in out
    assert "共 3 项：待处理 1，进行中 1，已完成 1，逾期 2（截至 2026-02-01）" in out


def test_zh_score_markdown_shows_labels_not_ids(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = make_assessment({**ALL_CONFORMANT, "AA-01": "nonconformant", "AA-02": None})
    code, out, _ = run(runner, "score", str(folder), "--format", "markdown", "--lang", "zh")
    assert code == 0
    assert "nonconformant" not in out
    assert "not_assessed" not in out
    assert "| 评审类别 | 得分率 | 得分 | 满分 |" in out
    assert "| 未评估 |" in out
    assert "| 不符合 |" in out


def test_import_reads_a_csv_saved_as_gbk(runner: CliRunner, tmp_path: Path) -> None:
    from tests.acceptance.test_exchange_csv import COL, export_csv, read_rows

    folder = tmp_path / "2026"
    run(runner, "init", str(folder), "--catalogue", "ydt-2823-2015")
    sheet = export_csv(runner, folder, tmp_path / "a.csv")
    rows = read_rows(sheet)
    row = next(n for n, r in enumerate(rows) if r[1] == "HR-03")
    rows[row][ord(COL["status_label"]) - 65] = "部分符合"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    gbk = tmp_path / "wps.csv"
    gbk.write_bytes(buffer.getvalue().encode("gb18030"))
    code, out, err = run(runner, "import", str(folder), str(gbk))
    assert (code, out) == (0, f"{folder.as_posix()}/responses/HR/HR-03.yaml\n"), err
    assert "\nstatus: partial\n" in (folder / "responses/HR/HR-03.yaml").read_text(encoding="utf-8")
