"""`cc-assess init`: scaffolding, all or nothing, --force, --from carrying answers forward.

The refused command lines (unknown catalogue or kind, an invalid --from) are case folders in tests/cases/init/.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cc_assess.yamlio import read_yaml
from tests.conftest import FIXTURES, run


def test_init_writes_assessment_and_one_commented_file_per_item(tmp_path: Path, runner: CliRunner) -> None:
    code, _, err = run(
        runner,
        "init",
        str(tmp_path / "a"),
        "--catalogue",
        "ydt-2823-2015",
        "--organization",
        "华信客服中心",
        "--site",
        "上海",
        "--kind",
        "surveillance",
    )
    assert code == 0, err
    meta = read_yaml(tmp_path / "a" / "assessment.yaml").data
    assert meta == {
        "catalogue": "ydt-2823-2015",
        "catalogue_version": "1.1.0",
        "organization": "华信客服中心",
        "site": "上海",
        "kind": "surveillance",
    }
    text = (tmp_path / "a" / "responses" / "IS" / "IS-03.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../.cc-assess/response.schema.json\n# IS-03  ")
    assert "# 要求 / Requirement:" in text
    assert "# 证据 / Evidence to ask for:" in text
    assert "关键项 key item" in text
    assert read_yaml(tmp_path / "a" / "responses" / "IS" / "IS-03.yaml").data["item"] == "IS-03"
    assert not list(tmp_path.glob(".cc-assess-*"))  # no staging folder left behind


def test_init_refuses_existing_files_and_writes_nothing(tmp_path: Path, runner: CliRunner) -> None:
    folder = tmp_path / "a"
    (folder / "responses" / "AA").mkdir(parents=True)
    (folder / "responses" / "AA" / "AA-02.yaml").write_text("item: AA-02\nstatus: conformant\n")
    code, _, err = run(runner, "init", str(folder), "--catalogue", str(FIXTURES / "mini.yaml"))
    assert code == 1
    assert (
        f"1 file(s) already exist; nothing was written (use --force to overwrite):\n  {folder}/responses/AA/AA-02.yaml"
        in err
    )
    assert sorted(p.name for p in folder.rglob("*")) == ["AA", "AA-02.yaml", "responses"]
    code, _, err = run(runner, "init", str(folder), "--catalogue", str(FIXTURES / "mini.yaml"), "--force")
    assert code == 0, err
    assert read_yaml(folder / "responses" / "AA" / "AA-02.yaml").data.get("status") is None
    assert len(list(folder.rglob("*.yaml"))) == 6


def test_init_from_previous_carries_answers_forward(tmp_path: Path, runner: CliRunner) -> None:
    old = tmp_path / "2025"
    assert run(runner, "init", str(old), "--catalogue", str(FIXTURES / "mini.yaml"), "--organization", "华信")[0] == 0
    assert (old / "evidence").is_dir()
    (old / "evidence" / "plan.txt").write_text("培训计划", encoding="utf-8")
    (old / "responses" / "AA" / "AA-01.yaml").write_text(
        "item: AA-01\nstatus: 部分符合\nfindings: |\n  培训计划未覆盖新员工。\n  第二行。\n"
        "evidence:\n  - {ref: evidence/plan.txt, note: 计划}\n  - {ref: 'https://intranet.example/kpi'}\n"
        "actions:\n  - {id: A1, description: 补充新员工培训, owner: 陈刚, due: 2026-03-31, status: open}\n"
        "  - {id: A2, description: 已完成的措施, owner: 陈刚, due: 2025-12-31, status: done}\n"
        "assessor: 王丽\nassessed_on: 2025-01-12\n",
        encoding="utf-8",
    )
    (old / "responses" / "BB" / "BB-02.yaml").write_text(
        "item: BB-02\nstatus: na\nna_reason: 无外呼业务\n", encoding="utf-8"
    )
    new = tmp_path / "2026"
    code, _, err = run(runner, "init", str(new), "--catalogue", str(FIXTURES / "mini.yaml"), "--from", str(old))
    assert code == 0, err
    assert "carried 2 answers forward" in err
    carried = read_yaml(new / "responses" / "AA" / "AA-01.yaml").data
    assert carried == {
        "item": "AA-01",
        "status": None,
        "previous": {"status": "partial", "assessed_on": "2025-01-12"},
        "findings": "培训计划未覆盖新员工。\n第二行。\n",
        "evidence": [{"ref": "evidence/plan.txt", "note": "计划"}, {"ref": "https://intranet.example/kpi"}],
        "actions": [
            {"id": "A1", "description": "补充新员工培训", "owner": "陈刚", "due": "2026-03-31", "status": "open"}
        ],
        "assessor": None,
        "assessed_on": None,
    }
    assert (new / "evidence" / "plan.txt").read_text(encoding="utf-8") == "培训计划"
    assert read_yaml(new / "responses" / "BB" / "BB-02.yaml").data == {
        "item": "BB-02",
        "status": None,
        "previous": {"status": "na"},
        "na_reason": "无外呼业务",
        "assessor": None,
        "assessed_on": None,
    }
    assert read_yaml(new / "assessment.yaml").data["organization"] == "华信"
    code, out, _ = run(runner, "validate", str(new), "--format", "json")
    assert (code, json.loads(out)) == (0, [])


def test_init_folder_gets_the_usual_permissions(tmp_path: Path, runner: CliRunner) -> None:
    import os
    import stat

    mask = os.umask(0o022)
    try:
        assert run(runner, "init", str(tmp_path / "a"), "--catalogue", str(FIXTURES / "mini.yaml"))[0] == 0
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o755


def test_init_comments_out_multi_line_catalogue_texts(tmp_path: Path, runner: CliRunner) -> None:
    text = (FIXTURES / "mini.yaml").read_text(encoding="utf-8")
    text = text.replace("title: {zh: 甲一, en: A one}", 'title: "Two\\nstatus: ok", clause: "4.2\\nfindings: x"')
    (tmp_path / "cat.yaml").write_text(text, encoding="utf-8")
    assert run(runner, "catalogue", "check", str(tmp_path / "cat.yaml"))[0] == 0
    assert run(runner, "init", str(tmp_path / "a"), "--catalogue", str(tmp_path / "cat.yaml"))[0] == 0
    assert read_yaml(tmp_path / "a" / "responses" / "AA" / "AA-01.yaml").data["status"] is None
    code, out, _ = run(runner, "validate", str(tmp_path / "a"), "--format", "json")
    assert (code, out) == (0, "[]\n")
