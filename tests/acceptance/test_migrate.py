"""cc-assess migrate: renamed, removed and added items; dry run; all or nothing; the catalogue-outdated warning."""

from __future__ import annotations

import codecs
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cc_assess import catalogue as catalogue_module
from cc_assess import migrate as migrate_module
from cc_assess.catalogue import load_file
from cc_assess.shown import Shown
from cc_assess.workspace import response_text
from tests.acceptance.test_diff import snapshot
from tests.conftest import FIXTURES, MakeAssessment, run
from tests.yoy_helpers import MINI_2, YEAR_2025

RENAMED_TEXT = (
    '# 甲二: our notes\r\nitem: "AA-02"   # keep this comment\r\nstatus: conformant\r\nfindings: |\r\n  Good.\r\n'
)


@pytest.fixture
def site(make_assessment: MakeAssessment) -> Path:
    """An assessment on the mini catalogue 1.0.0 whose catalogue file was just updated to 1.1.0."""
    folder = make_assessment(YEAR_2025, meta="# our site\norganization: 华信\n")
    (folder / "responses" / "AA" / "AA-02.yaml").write_bytes(codecs.BOM_UTF8 + RENAMED_TEXT.encode("utf-8"))
    shutil.copyfile(MINI_2, folder / "catalogue.yaml")
    return folder


PLAN = """migrate {d}: catalogue mini 1.0.0 -> 1.1.0
  rename  responses/AA/AA-02.yaml -> responses/AA/AA-04.yaml  (AA-02 renamed to AA-04 in 1.1.0)
  retire  responses/BB/BB-02.yaml -> responses/_retired/BB-02.yaml  (BB-02 was removed in mini 1.1.0)
  add     responses/BB/BB-03.yaml  (BB-03 added in 1.1.0)
  update  assessment.yaml  (catalogue_version 1.0.0 -> 1.1.0)
"""


def test_dry_run_writes_nothing(site: Path, runner: CliRunner) -> None:
    before = snapshot(site)
    code, out, err = run(runner, "migrate", str(site), "--to", "1.1.0", "--dry-run")
    assert (code, out) == (0, "")
    assert err == PLAN.format(d=site) + "dry run: 1 renamed, 1 retired, 1 added; nothing was written\n"
    assert snapshot(site) == before


def test_migrate_keeps_every_answer(site: Path, runner: CliRunner) -> None:
    code, out, err = run(runner, "migrate", str(site), "--to", "1.1.0")
    assert (code, out) == (0, "")
    assert err == PLAN.format(d=site) + "migrated: 1 renamed, 1 retired, 1 added\n"
    responses = site / "responses"
    assert not (responses / "AA" / "AA-02.yaml").exists()
    # only the item value changed: byte-order mark, comments, quotes and CRLF line ends are kept
    assert (responses / "AA" / "AA-04.yaml").read_bytes() == codecs.BOM_UTF8 + RENAMED_TEXT.replace(
        '"AA-02"', '"AA-04"'
    ).encode("utf-8")
    assert not (responses / "BB" / "BB-02.yaml").exists()
    assert (responses / "_retired" / "BB-02.yaml").read_text(encoding="utf-8") == (
        "# Retired by cc-assess migrate (mini 1.0.0 -> 1.1.0): BB-02 was removed in mini 1.1.0.\n"
        "# Kept for the record; files under responses/_retired/ are not read.\n"
        "item: BB-02\nstatus: partial\n"
    )
    target, _ = load_file(Shown(MINI_2, "x"))
    assert target is not None
    assert (responses / "BB" / "BB-03.yaml").read_text(encoding="utf-8") == response_text(
        target, next(i for i in target.items() if i.id == "BB-03")
    )
    assert (site / "assessment.yaml").read_text(encoding="utf-8") == (
        "catalogue: catalogue.yaml\ncatalogue_version: 1.1.0\n# our site\norganization: 华信\n"
    )
    code, out, err = run(runner, "validate", str(site), "--format", "json")
    assert code == 0
    assert [d for d in json.loads(out) if d["code"] != "no-corrective-action"] == []
    code, out, err = run(runner, "score", str(site), "--format", "json")
    assert (code, err) == (0, "")
    # AA: AA-01 partial, AA-03 nonconformant, AA-04 (was AA-02) conformant
    assert next(d for d in json.loads(out)["domains"] if d["id"] == "AA")["score"] == 62.5
    code, _, err = run(runner, "migrate", str(site), "--to", "1.1.0")
    assert (code, err) == (0, f"{site} is already at catalogue mini 1.1.0; nothing to do\n")


def test_migrate_stops_on_errors_and_writes_nothing(site: Path, runner: CliRunner) -> None:
    (site / "responses" / "AA" / "AA-02.yaml").write_text("item: AA-02\nstatus: maybe\n", encoding="utf-8")
    before = snapshot(site)
    code, out, err = run(runner, "migrate", str(site), "--to", "1.1.0")
    assert (code, out) == (1, "")
    assert err == (
        f"{site}/responses/AA/AA-02.yaml:2:9: error: 'maybe' is not a status of this catalogue "
        "(use one of: conformant, partial, nonconformant, na, or their zh/en labels) [unknown-status]\n"
        "cc-assess: after migrating to mini 1.1.0 the assessment would have errors; fix them first (nothing was "
        "written)\n"
    )
    assert snapshot(site) == before


def test_migrate_unreadable_response(site: Path, runner: CliRunner) -> None:
    (site / "responses" / "BB" / "BB-01.yaml").write_text("item: BB-01\nstatus: [\n", encoding="utf-8")
    (site / "responses" / "BB" / "BB-02.yaml").write_text("item: BB-01\n", encoding="utf-8")
    before = snapshot(site)
    code, _, err = run(runner, "migrate", str(site), "--to", "1.1.0")
    assert code == 1
    lines = err.splitlines()
    assert lines[0].startswith(f"{site}/responses/BB/BB-01.yaml:3:1: error: YAML syntax error")
    assert lines[1] == (
        f"{site}/responses/BB/BB-02.yaml:1:7: error: 'item' must be 'BB-02' (the file name) before the file can be "
        "migrated [item-mismatch]"
    )
    assert lines[2] == "cc-assess: these files must be fixed before migrating; nothing was written"
    assert snapshot(site) == before


def test_migrate_conflict(site: Path, runner: CliRunner) -> None:
    (site / "responses" / "AA" / "AA-04.yaml").write_text("item: AA-04\n", encoding="utf-8")
    before = snapshot(site)
    code, _, err = run(runner, "migrate", str(site), "--to", "1.1.0")
    assert code == 1
    assert err == (
        "cc-assess: cannot migrate; nothing was written:\n"
        f"  {site}/responses/AA/AA-04.yaml (for responses/AA/AA-02.yaml) already exists\n"
    )
    assert snapshot(site) == before


def test_migrate_is_all_or_nothing(site: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(site)
    real = os.replace
    calls = {"n": 0}

    def flaky(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        calls["n"] += 1
        if calls["n"] == 5:
            raise OSError(28, "No space left on device")
        real(src, dst)

    monkeypatch.setattr("cc_assess.transaction.os.replace", flaky)
    code, _, err = run(runner, "migrate", str(site), "--to", "1.1.0")
    assert code == 2
    assert err == f"cc-assess: cannot write into {site}: No space left on device; nothing was changed\n"
    assert snapshot(site) == before
    assert [p.name for p in site.iterdir() if p.name.startswith(".")] == []
    assert not (site / "responses" / "_retired").exists()


def test_migrate_argument_errors(site: Path, runner: CliRunner) -> None:
    code, _, err = run(runner, "migrate", str(site), "--to", "0.9.0")
    assert (code, err) == (
        2,
        "cc-assess: --to 0.9.0 is older than the assessment's catalogue_version 1.0.0; migrate goes forward\n",
    )
    code, _, err = run(runner, "migrate", str(site), "--to", "1.2.0")
    assert code == 2
    assert err == (
        "cc-assess: catalogue file 'catalogue.yaml' is version 1.1.0, not 1.2.0; a custom catalogue is migrated "
        "after its file is updated to the new version, with a 'changes:' entry for each version since 1.0.0\n"
    )
    code, _, err = run(runner, "migrate", str(site), "--to", "latest")
    assert (code, err) == (2, "cc-assess: --to latest: not a version (MAJOR.MINOR.PATCH)\n")
    code, _, err = run(runner, "migrate", str(site))
    assert (code, err) == (2, "cc-assess: give the catalogue version to migrate to: --to VERSION\n")


PLAN_ZH = """迁移 {d}：评审目录 mini 1.0.0 -> 1.1.0
  改名  responses/AA/AA-02.yaml -> responses/AA/AA-04.yaml（AA-02 在 1.1.0 中改名为 AA-04）
  退役  responses/BB/BB-02.yaml -> responses/_retired/BB-02.yaml（BB-02 已在 mini 1.1.0 中删除）
  新增  responses/BB/BB-03.yaml（BB-03 在 1.1.0 中新增）
  更新  assessment.yaml（catalogue_version 1.0.0 -> 1.1.0）
"""


def test_migrate_speaks_chinese(site: Path, runner: CliRunner, tool_lang: Callable[[str], None]) -> None:
    tool_lang("zh")
    code, out, err = run(runner, "migrate", str(site), "--to", "1.1.0", "--dry-run")
    assert (code, out) == (0, "")
    assert err == PLAN_ZH.format(d=site) + "试运行：改名 1 个，退役 1 个，新增 1 个；未写入任何文件\n"
    assert run(runner, "migrate", str(site), "--to", "0.9.0")[::2] == (
        2,
        "cc-assess: --to 0.9.0 早于评估的 catalogue_version 1.0.0；migrate 只能迁移到更新的版本\n",
    )
    assert run(runner, "migrate", str(site), "--to", "latest")[::2] == (
        2,
        "cc-assess: --to latest：不是版本号（MAJOR.MINOR.PATCH）\n",
    )
    assert run(runner, "migrate", str(site), "--to", "1.2.0")[::2] == (
        2,
        "cc-assess: 评审目录文件 'catalogue.yaml' 的版本是 1.1.0，不是 1.2.0；自定义评审目录要先把文件更新到新版本，"
        "并为 1.0.0 之后的每个版本写一条 'changes:'，然后才能迁移\n",
    )
    (site / "responses" / "AA" / "AA-04.yaml").write_text("item: AA-04\n", encoding="utf-8")
    assert run(runner, "migrate", str(site), "--to", "1.1.0")[::2] == (
        1,
        "cc-assess: 无法迁移；未写入任何文件：\n"
        f"  {site}/responses/AA/AA-04.yaml 已存在（responses/AA/AA-02.yaml 要迁移到这里）\n",
    )
    (site / "responses" / "AA" / "AA-04.yaml").unlink()
    (site / "responses" / "BB" / "BB-01.yaml").write_text("item: BB-02\n", encoding="utf-8")
    assert run(runner, "migrate", str(site), "--to", "1.1.0")[::2] == (
        1,
        f"{site}/responses/BB/BB-01.yaml:1:7: error: 'item' 必须先改为 'BB-01'（与文件名一致），才能迁移此文件 "
        "[item-mismatch]\n"
        "cc-assess: 迁移前必须先修正这些文件；未写入任何文件\n",
    )
    (site / "responses" / "BB" / "BB-01.yaml").write_text("item: BB-01\nstatus: maybe\n", encoding="utf-8")
    code, _, err = run(runner, "migrate", str(site), "--to", "1.1.0")
    assert (code, err.splitlines()[-1]) == (
        1,
        "cc-assess: 迁移到 mini 1.1.0 后评估会有错误；请先修正（未写入任何文件）",
    )
    (site / "catalogue.yaml").unlink()
    assert run(runner, "migrate", str(site), "--to", "1.1.0")[::2] == (
        2,
        "cc-assess: 评审目录文件 'catalogue.yaml' 不存在\n",
    )


def test_the_retired_note_does_not_follow_the_tool_language(
    site: Path, runner: CliRunner, tool_lang: Callable[[str], None]
) -> None:
    tool_lang("zh")
    assert run(runner, "migrate", str(site), "--to", "1.1.0")[0] == 0
    assert (site / "responses" / "_retired" / "BB-02.yaml").read_text(encoding="utf-8").splitlines()[:2] == [
        "# Retired by cc-assess migrate (mini 1.0.0 -> 1.1.0): BB-02 was removed in mini 1.1.0.",
        "# Kept for the record; files under responses/_retired/ are not read.",
    ]


@pytest.fixture
def bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A bundled-catalogue folder with mini 1.1.0 current and mini 1.0.0 archived (not the real criteria/)."""
    root = tmp_path / "criteria"
    (root / "mini").mkdir(parents=True)
    shutil.copyfile(MINI_2, root / "mini.yaml")
    shutil.copyfile(FIXTURES / "mini.yaml", root / "mini" / "1.0.0.yaml")
    real = catalogue_module.data_dir
    monkeypatch.setattr(catalogue_module, "data_dir", lambda name: root if name == "criteria" else real(name))
    return root


def test_bundled_catalogue_outdated_then_migrated(
    bundled: Path, make_assessment: MakeAssessment, runner: CliRunner
) -> None:
    site = make_assessment(YEAR_2025)
    (site / "catalogue.yaml").unlink()
    (site / "assessment.yaml").write_text("catalogue: mini\ncatalogue_version: 1.0.0\n", encoding="utf-8")
    code, _, err = run(runner, "validate", str(site))
    assert code == 0
    assert [line for line in err.splitlines() if "no-corrective-action" not in line] == [
        f"{site}/assessment.yaml:2:20: warning: catalogue mini 1.0.0 is not the current version 1.1.0; run "
        f"'cc-assess migrate {site} --to 1.1.0' to move the responses to it [catalogue-outdated]",
        "0 error(s), 4 warning(s)",
    ]
    code, _, err = run(runner, "score", str(site), "--format", "json")
    assert code == 0  # still scores against 1.0.0, as it did
    code, _, err = run(runner, "migrate", str(site), "--to", "1.1.0")
    assert code == 0, err
    assert (site / "responses" / "AA" / "AA-04.yaml").read_text(encoding="utf-8") == "item: AA-04\nstatus: conformant\n"
    assert (site / "responses" / "_retired" / "BB-02.yaml").is_file()
    code, out, err = run(runner, "validate", str(site), "--format", "json")
    assert (code, err) == (0, "")
    assert [d for d in json.loads(out) if d["code"] != "no-corrective-action"] == []
    code, _, err = run(runner, "migrate", str(site), "--to", "1.2.0")
    assert (code, err) == (2, "cc-assess: catalogue 'mini' has no version 1.2.0 (available: 1.0.0, 1.1.0)\n")


@pytest.mark.parametrize(
    ("text", "line", "column", "expected"),
    [
        ("item: AA-02\n", 1, 7, "item: AA-04\n"),
        ("item: 'AA-02'  # c\n", 1, 7, "item: 'AA-04'  # c\n"),
        ("{item: AA-02, status: partial}\n", 1, 8, "{item: AA-04, status: partial}\n"),
        ("item: AA-021\n", 1, 7, None),
        ("item: |\n  AA-02\n", 1, 7, None),
    ],
)
def test_replace_value(text: str, line: int, column: int, expected: str | None) -> None:
    from cc_assess.yamlio import Position

    assert migrate_module.replace_value(text, Position(line, column), "AA-02", "AA-04") == expected
