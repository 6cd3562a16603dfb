"""The example assessments under examples/: valid, complete, and telling a story that score shows.

huaxin-shanghai/2025 and 2026 are assessments of a fictional centre on the bundled catalogue; custom-catalogue/
is a one-language catalogue with its own scale and an assessment that uses it by relative path.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from cc_assess.actions import plan
from cc_assess.assessment import load_valid
from cc_assess.catalogue import find_bundled
from cc_assess.catalogue.changes import remap_ids
from cc_assess.shown import Shown
from tests.conftest import REPO, run

EXAMPLES = REPO / "examples"
HUAXIN = EXAMPLES / "huaxin-shanghai"
CUSTOM = EXAMPLES / "custom-catalogue"
CUSTOM_FOLDER = CUSTOM / "northwind-2026"
ALL_FOLDERS = [HUAXIN / "2025", HUAXIN / "2026", CUSTOM_FOLDER]
TODAY = dt.date(2026, 11, 27)


def score_json(runner: CliRunner, folder: Path) -> dict[str, Any]:
    code, out, err = run(runner, "score", str(folder), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize("folder", ALL_FOLDERS[1:], ids=lambda p: p.relative_to(EXAMPLES).as_posix())
def test_example_is_valid_without_warnings(runner: CliRunner, folder: Path) -> None:
    code, out, err = run(runner, "validate", str(folder), "--format", "json")
    assert (code, out) == (0, "[]\n"), err


def test_the_2025_example_stays_on_1_0_0_and_is_told_so(runner: CliRunner) -> None:
    code, out, err = run(runner, "validate", str(HUAXIN / "2025"), "--format", "json")
    assert code == 0, err
    assert [(d["path"], d["line"], d["severity"], d["code"], d["message"]) for d in json.loads(out)] == [
        (
            f"{HUAXIN / '2025'}/assessment.yaml",
            4,
            "warning",
            "catalogue-outdated",
            f"catalogue ydt-2823-2015 1.0.0 is not the current version 1.1.0; run 'cc-assess migrate "
            f"{HUAXIN / '2025'} --to 1.1.0' to move the responses to it",
        )
    ]


def test_all_examples_validate_together(runner: CliRunner) -> None:
    code, _, err = run(runner, "validate", *map(str, ALL_FOLDERS))
    assert code == 0
    assert err.strip().splitlines()[-1] == "0 error(s), 1 warning(s)"


@pytest.mark.parametrize("year", ["2025", "2026"])
def test_huaxin_answers_every_item(year: str) -> None:
    loaded = load_valid(Shown(HUAXIN / year, f"examples/huaxin-shanghai/{year}"))
    version = "1.0.0" if year == "2025" else "1.1.0"  # 2026 was migrated with cc-assess migrate
    assert (loaded.catalogue.id, loaded.catalogue.version) == ("ydt-2823-2015", version)
    assert len(loaded.responses) == 224
    assert loaded.label == year
    assert loaded.meta.organization == "华信客服中心"
    assert loaded.meta.kind == ("self-assessment" if year == "2025" else "surveillance")
    findings = [r.response.findings for r in loaded.responses.values() if r.response.findings]
    assert len(findings) == len(set(findings)), "every finding is specific to its item"
    for r in loaded.responses.values():
        if r.level in ("partial", "nonconformant"):
            assert r.response.findings, r.item
            assert r.response.actions, r.item
            assert all(a.owner and a.due for a in r.response.actions), r.item
        if r.level is not None:
            assert r.response.evidence or r.level == "nonconformant", r.item
    refs = [ev.ref for r in loaded.responses.values() for ev in r.response.evidence]
    assert any(ref.startswith("https://") for ref in refs)
    assert all((HUAXIN / year / ref).is_file() for ref in refs if not ref.startswith("https://"))


def test_huaxin_scores_tell_a_story(runner: CliRunner) -> None:
    old, new = score_json(runner, HUAXIN / "2025"), score_json(runner, HUAXIN / "2026")
    assert 65 <= old["overall"]["score"] <= 72
    assert 75 <= new["overall"]["score"] <= 82
    assert new["overall"]["score"] > old["overall"]["score"]
    old_domains = {d["id"]: d["score"] for d in old["domains"]}
    lower = [d["id"] for d in new["domains"] if d["score"] < old_domains[d["id"]]]
    assert lower == ["TM"], "2026 improves everywhere but in one category"
    assert old["key_failures"]
    assert len(new["key_failures"]) < len(old["key_failures"])
    assert old["counts"]["not_assessed"] > 0
    assert new["counts"]["not_assessed"] == 0
    for data in (old, new):
        counts = data["counts"]
        assert counts["total"] == 224
        assert counts["conformant"] > counts["partial"] > counts["nonconformant"] > 0
        assert counts["na"] > 0
        assert data["ready"] is False


def action_rows(year: str) -> list[Any]:
    loaded = load_valid(Shown(HUAXIN / year, year))
    return plan(((item, a) for item, r in loaded.responses.items() for a in r.response.actions), TODAY)


@pytest.mark.parametrize("year", ["2025", "2026"])
def test_huaxin_action_plan_has_done_and_overdue_actions(year: str) -> None:
    rows = action_rows(year)
    assert 0 < sum(row.action.status == "done" for row in rows) < len(rows)
    assert any(row.overdue for row in rows)
    assert len({row.action.owner for row in rows}) >= 5


def test_huaxin_2026_carries_unfinished_2025_actions() -> None:
    old = {(row.item, row.action.id): row.action for row in action_rows("2025")}
    new = {(row.item, row.action.id): row for row in action_rows("2026")}
    carried = [key for key, action in old.items() if action.status != "done"]
    assert carried
    renamed, removed = remap_ids(find_bundled("ydt-2823-2015", "1.1.0"), "1.0.0")
    for item, action_id in carried:
        if item in removed:  # 2026 was migrated to 1.1.0: the answer of a removed item is kept under _retired/
            retired = yaml.safe_load((HUAXIN / "2026" / "responses" / "_retired" / f"{item}.yaml").read_text("utf-8"))
            assert old[item, action_id].description in [a["description"] for a in retired["actions"]]
            continue
        row = new[renamed.get(item, item), action_id]
        assert row.action.description == old[item, action_id].description
        assert row.overdue
    assert any(not row.overdue and row.action.status != "done" for row in new.values())


def _generator() -> ModuleType:
    path = EXAMPLES / "tools" / "generate_huaxin.py"
    spec = importlib.util.spec_from_file_location("generate_huaxin", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def test_committed_huaxin_files_match_the_generator() -> None:
    generator = _generator()
    built = generator.build(generator.find_bundled("ydt-2823-2015", "1.0.0"))
    assert generator.differences(HUAXIN, built) == []


def test_custom_catalogue_is_clean(runner: CliRunner) -> None:
    code, out, err = run(runner, "catalogue", "check", str(CUSTOM / "catalogue.yaml"), "--format", "json")
    assert (code, out) == (0, "[]\n"), err


def test_custom_example_scores_on_its_own_scale(runner: CliRunner) -> None:
    data = score_json(runner, CUSTOM_FOLDER)
    assert data["catalogue"] == {"id": "support-desk-check", "version": "1.0.0"}
    assert set(data["counts"]) == {"total", "fully", "largely", "halfway", "started", "absent", "na", "not_assessed"}
    assert data["counts"]["total"] == 21
    assert data["counts"]["not_assessed"] == 0
    assert [d["id"] for d in data["domains"]] == ["KN", "QA", "WF", "CX"]
    # Domain weights: the overall score is the weighted mean of the domain scores, not achieved / possible.
    weights = {"KN": 1, "QA": 2, "WF": 1, "CX": 2}
    mean = sum(weights[d["id"]] * d["score"] for d in data["domains"]) / sum(weights.values())
    assert data["overall"]["score"] == pytest.approx(mean, abs=0.01)
    assert data["overall"]["score"] != pytest.approx(100 * data["overall"]["achieved"] / data["overall"]["possible"])
    assert data["key_failures"] == ["QA-06"]


def test_huaxin_2026_excludes_inapplicable_items_by_tag() -> None:
    loaded = load_valid(Shown(HUAXIN / "2026", "2026"))
    excluded = {item: reason for item, reason in loaded.na_reasons.items() if reason.excluded}
    assert sorted(excluded) == ["IS-30", "SM-31"]
    assert excluded["SM-31"].tag == "home-agent"
    assert excluded["SM-31"].reason.zh == "本中心没有居家座席，全部座席在上海职场办公"
    assert loaded.statuses["SM-31"] == "na"
    assert loaded.own_statuses["SM-31"] is None


def test_huaxin_diff_compares_across_catalogue_versions(runner: CliRunner) -> None:
    code, out, err = run(runner, "diff", str(HUAXIN / "2025"), str(HUAXIN / "2026"), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["old"]["catalogue"]["version"], data["new"]["catalogue"]["version"]) == ("1.0.0", "1.1.0")
    assert [(r["old"], r["new"]) for r in data["remapped"]] == [
        ("SM-27", "HR-33"),
        ("SM-28", "HR-34"),
        ("SM-29", "HR-35"),
        ("SM-30", "HR-36"),
    ]
    changes = [item["change"] for item in data["items"]]
    assert changes.count("added") == changes.count("removed") == 24
