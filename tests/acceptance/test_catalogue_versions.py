"""ydt-2823-2015 1.1.0 and 1.0.0 side by side: the archive, the ``changes:`` entry and a real migration."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from cc_assess.catalogue import find_bundled
from cc_assess.catalogue.changes import id_changes
from tests.conftest import REPO, run

CURRENT = REPO / "criteria" / "ydt-2823-2015.yaml"
ARCHIVED = REPO / "criteria" / "ydt-2823-2015" / "1.0.0.yaml"
EXAMPLE_2025 = REPO / "examples" / "huaxin-shanghai" / "2025"


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _ids(data: dict[str, Any]) -> list[str]:
    return [item["id"] for domain in data["domains"] for item in domain["items"]]


def test_1_0_0_is_archived_byte_for_byte() -> None:
    # The sha256 of ydt-2823-2015.yaml as released in 1.0.0 (also the name of its compiled form).
    assert hashlib.sha256(ARCHIVED.read_bytes()).hexdigest()[:16] == "e154e24a5bbd9dd3"
    assert _load(ARCHIVED)["version"] == "1.0.0"


def test_changes_map_every_1_0_0_id() -> None:
    old, new = _ids(_load(ARCHIVED)), _ids(_load(CURRENT))
    (change,) = _load(CURRENT)["changes"]
    assert change["version"] == "1.1.0"
    renamed, removed, added = change["renamed"], change["removed"], change["added"]
    assert set(renamed) | set(removed) <= set(old)
    assert not set(renamed) & set(removed)
    assert not set(added) & set(old)
    kept = [i for i in old if i not in renamed and i not in removed]
    assert sorted([*kept, *renamed.values(), *added]) == sorted(new)
    assert len(removed) == len(added) == 24  # the catalogue stays at 224 items


def test_workplace_items_move_to_people_management() -> None:
    old = {item["id"]: item for domain in _load(ARCHIVED)["domains"] for item in domain["items"]}
    new = {item["id"]: item for domain in _load(CURRENT)["domains"] for item in domain["items"]}
    (change,) = _load(CURRENT)["changes"]
    assert change["renamed"] == {"SM-27": "HR-33", "SM-28": "HR-34", "SM-29": "HR-35", "SM-30": "HR-36"}
    for before, after in change["renamed"].items():
        assert new[after]["title"] == old[before]["title"]


def test_id_changes_follow_the_entry() -> None:
    changes = id_changes(find_bundled("ydt-2823-2015"), "1.0.0")
    assert changes.renamed == {"SM-27": "HR-33", "SM-28": "HR-34", "SM-29": "HR-35", "SM-30": "HR-36"}
    assert len(changes.removed) == 24
    assert set(changes.removed.values()) == {"1.1.0"}
    assert sorted(changes.added) == sorted(_load(CURRENT)["changes"][0]["added"])


def test_catalogue_list_shows_both_versions(runner: CliRunner) -> None:
    code, out, err = run(runner, "catalogue", "list")
    assert (code, err) == (0, "")
    title = "呼叫中心服务质量和运营管理规范 / Call centre service quality and operations management"
    assert out.splitlines() == [
        f"ydt-2823-2015\t1.1.0 (current)\t224 items\t{title}",
        f"ydt-2823-2015\t1.0.0\t224 items\t{title}",
    ]


def test_an_assessment_on_1_0_0_still_scores_on_1_0_0(runner: CliRunner) -> None:
    code, out, err = run(runner, "score", str(EXAMPLE_2025), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["catalogue"] == {"id": "ydt-2823-2015", "version": "1.0.0"}
    assert data["counts"]["total"] == 224


def _answers(folder: Path) -> dict[str, dict[str, Any]]:
    """Every response file's answer fields, by the item it answers (retired files left out)."""
    out: dict[str, dict[str, Any]] = {}
    for path in sorted((folder / "responses").glob("[A-Z][A-Z]/*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        out[data["item"]] = {k: data.get(k) for k in ("status", "na_reason", "findings", "evidence", "actions")}
    return out


@pytest.fixture
def migrated(tmp_path: Path, runner: CliRunner) -> tuple[Path, dict[str, dict[str, Any]]]:
    folder = tmp_path / "2025"
    shutil.copytree(EXAMPLE_2025, folder)
    before = _answers(folder)
    code, _, err = run(runner, "migrate", str(folder), "--to", "1.1.0")
    assert code == 0, err
    return folder, before


def test_a_1_0_0_assessment_migrates_without_losing_an_answer(
    migrated: tuple[Path, dict[str, dict[str, Any]]], runner: CliRunner
) -> None:
    folder, before = migrated
    (change,) = _load(CURRENT)["changes"]
    live = _answers(folder)
    retired = {
        path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in (folder / "responses" / "_retired").glob("*.yaml")
    }
    for old_id, answer in before.items():
        if old_id in change["removed"]:
            kept = retired[old_id]
            assert {k: kept.get(k) for k in answer} == answer, old_id
        else:
            assert live[change["renamed"].get(old_id, old_id)] == answer, old_id
    for new_id in change["added"]:
        assert live[new_id]["status"] is None, new_id
    assert sorted(retired) == sorted(change["removed"])

    meta = yaml.safe_load((folder / "assessment.yaml").read_text(encoding="utf-8"))
    assert meta["catalogue_version"] == "1.1.0"
    code, out, err = run(runner, "validate", str(folder), "--format", "json")
    assert (code, err) == (0, "")
    assert [d for d in json.loads(out) if d["severity"] == "error"] == []
