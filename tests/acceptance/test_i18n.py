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
# The whole diagnostics and typer's error lines in both languages are case folders: tests/cases/*/*-zh.


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


@pytest.mark.parametrize("meta", ["language: zh\n", "language: en\n", ""])
def test_table_words_follow_the_tools_language_not_the_reports(
    make_assessment: MakeAssessment, runner: CliRunner, tool_lang: SwitchLang, meta: str
) -> None:
    # SPEC Part 2: table and CSV headers are the tool's words (CC_ASSESS_LANG, else the locale); the
    # assessment's `language:` is the report's language only. --lang still chooses for one run.
    folder = make_assessment(ALL_CONFORMANT, meta=meta)
    english = "| Domain | Score | Achieved | Possible |"
    chinese = "| 评审类别 | 得分率 | 得分 | 满分 |"
    for lang, header, domain in (
        ("en", english, "| AA Domain A | 100.0 | 4.0 | 4.0 |"),
        ("zh", chinese, "| AA 甲类 | 100.0 | 4.0 | 4.0 |"),
    ):
        tool_lang(lang)
        code, out, err = run(runner, "score", str(folder), "--format", "markdown")
        assert (code, err) == (0, "")
        lines = out.splitlines()
        assert (header in lines, domain in lines) == (True, True), out
        other = "zh" if lang == "en" else "en"
        code, out, err = run(runner, "score", str(folder), "--format", "markdown", "--lang", other)
        assert (code, err) == (0, "")
        assert (english if other == "en" else chinese) in out.splitlines()
    tool_lang("en")
    code, out, err = run(runner, "score", str(folder), "--format", "csv")
    assert (code, err) == (0, "")
    assert out.splitlines()[:2] == [
        "\ufeffdomain,title,score,achieved,possible,total,conformant,partial,nonconformant,na,not_assessed",
        "AA,Domain A,100.0,4.0,4.0,3,3,0,0,0,0",
    ]


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
