"""Scoring rules of the SPEC, on hand-computed examples."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cc_assess.models import Catalogue
from cc_assess.scoring import round2, score
from tests.conftest import MakeAssessment, run


def catalogue(domains: Sequence[Mapping[str, object]], scale: list[dict[str, object]] | None = None) -> Catalogue:
    return Catalogue.model_validate(
        {
            "schema": "cc-assess/catalogue/v1",
            "id": "t",
            "version": "1.0.0",
            "title": "T",
            "scale": scale
            or [
                {"id": "conformant", "label": {"zh": "符合", "en": "Conformant"}, "points": 1},
                {"id": "partial", "label": {"zh": "部分符合", "en": "Partially conformant"}, "points": 0.5},
                {"id": "nonconformant", "label": {"zh": "不符合", "en": "Nonconformant"}, "points": 0},
                {"id": "na", "label": {"zh": "不适用", "en": "Not applicable"}, "points": None},
            ],
            "domains": domains,
        }
    )


def item(item_id: str, weight: float = 1, key: bool = False) -> dict[str, object]:
    return {"id": item_id, "title": item_id, "requirement": "r", "weight": weight, "key": key}


TWO: list[dict[str, object]] = [
    {"id": "AA", "title": "A", "items": [item("AA-01"), item("AA-02", 2), item("AA-03", key=True)]},
    {"id": "BB", "title": "B", "items": [item("BB-01"), item("BB-02", 3)]},
]


def test_plain_ratio_without_domain_weights() -> None:
    result = score(
        catalogue(TWO),
        {"AA-01": "conformant", "AA-02": "partial", "AA-03": "na", "BB-01": "nonconformant", "BB-02": None},
    )
    data = result.to_json()
    # AA: (1 + 2*0.5) / 3 ; BB: 0 / 4 ; overall 2 / 7
    assert data["domains"] == [
        {
            "id": "AA",
            "score": 66.67,
            "achieved": 2.0,
            "possible": 3.0,
            "counts": {"total": 3, "conformant": 1, "partial": 1, "nonconformant": 0, "na": 1, "not_assessed": 0},
        },
        {
            "id": "BB",
            "score": 0.0,
            "achieved": 0.0,
            "possible": 4.0,
            "counts": {"total": 2, "conformant": 0, "partial": 0, "nonconformant": 1, "na": 0, "not_assessed": 1},
        },
    ]
    assert data["overall"] == {"score": 28.57, "achieved": 2.0, "possible": 7.0}
    assert data["counts"] == {"total": 5, "conformant": 1, "partial": 1, "nonconformant": 1, "na": 1, "not_assessed": 1}
    assert data["key_failures"] == []  # AA-03 is N/A: not a key failure
    assert data["gaps"] == [
        {"item": "BB-02", "domain": "BB", "status": "not_assessed", "weight": 3, "gap": 3.0, "key": False},
        {"item": "AA-02", "domain": "AA", "status": "partial", "weight": 2, "gap": 1.0, "key": False},
        {"item": "BB-01", "domain": "BB", "status": "nonconformant", "weight": 1, "gap": 1.0, "key": False},
    ]
    assert data["ready"] is False  # not-assessed item


def test_weighted_mean_of_domain_scores_with_domain_weights() -> None:
    domains = [dict(TWO[0], weight=3), dict(TWO[1])]  # BB has no weight: counts as 1
    result = score(
        catalogue(domains),
        {
            "AA-01": "conformant",
            "AA-02": "partial",
            "AA-03": "conformant",
            "BB-01": "conformant",
            "BB-02": "nonconformant",
        },
    )
    # AA: 3/4 = 75 ; BB: 1/4 = 25 ; overall (3*75 + 1*25) / 4 = 62.5
    assert result.to_json()["overall"] == {"score": 62.5, "achieved": 4.0, "possible": 8.0}


def test_domain_without_possible_points_is_null_and_left_out() -> None:
    domains = [dict(TWO[0], weight=2), dict(TWO[1], weight=5)]
    result = score(
        catalogue(domains),
        {"AA-01": "conformant", "AA-02": "conformant", "AA-03": "partial", "BB-01": "na", "BB-02": "na"},
    )
    data: dict[str, Any] = result.to_json()  # JSON: its values are what json.dumps takes
    assert data["domains"][1]["score"] is None
    assert data["overall"]["score"] == 87.5  # only AA counts: 3.5 / 4
    assert data["key_failures"] == ["AA-03"]


def test_everything_na_gives_null_overall() -> None:
    result = score(catalogue(TWO), dict.fromkeys(("AA-01", "AA-02", "AA-03", "BB-01", "BB-02"), "na"))
    assert result.score is None
    assert result.ready is True  # no key failures, nothing unassessed, no target


def test_not_assessed_key_item_is_a_key_failure_and_target_gates_ready() -> None:
    statuses = dict.fromkeys(("AA-01", "AA-02", "BB-01", "BB-02"), "conformant")
    assert score(catalogue(TWO), statuses).key_failures == ["AA-03"]
    statuses["AA-03"] = "conformant"
    assert score(catalogue(TWO), statuses, target=100).ready is True
    statuses["BB-01"] = "partial"  # 7.5 / 8 = 93.75
    result = score(catalogue(TWO), statuses, target=93.75)
    assert (result.score, result.ready) == (93.75, True)
    assert score(catalogue(TWO), statuses, target=93.76).ready is False


def test_five_level_custom_scale() -> None:
    scale = [{"id": f"l{i}", "label": f"Level {i}", "points": p} for i, p in enumerate((1, 0.75, 0.5, 0.25, 0))] + [
        {"id": "x", "label": "N/A", "points": None}
    ]
    cat = catalogue([{"id": "AA", "title": "A", "items": [item("AA-01"), item("AA-02"), item("AA-03", 2)]}], scale)
    result = score(cat, {"AA-01": "l1", "AA-02": "l3", "AA-03": "l4"})
    assert result.to_json()["overall"] == {"score": 25.0, "achieved": 1.0, "possible": 4.0}
    assert result.counts == {"total": 3, "l0": 0, "l1": 1, "l2": 0, "l3": 1, "l4": 1, "x": 0, "not_assessed": 0}
    assert [(g.item, round2(g.gap)) for g in result.gaps] == [("AA-03", 2.0), ("AA-02", 0.75), ("AA-01", 0.25)]


@pytest.mark.parametrize(
    ("value", "expected"), [(70.785, 70.79), (70.784999, 70.78), (66.666666, 66.67), (0.005, 0.01), (100.0, 100.0)]
)
def test_round2_is_half_up(value: float, expected: float) -> None:
    assert round2(value) == expected


SCALE5 = """schema: cc-assess/catalogue/v1
id: five
version: 1.0.0
title: Five levels
scale:
  - {id: full, label: Fully implemented, points: 1}
  - {id: most, label: Mostly implemented, points: 0.75}
  - {id: half, label: Half implemented, points: 0.5}
  - {id: little, label: Little implemented, points: 0.25}
  - {id: none, label: Not implemented, points: 0}
  - {id: na, label: Not applicable, points: null}
domains:
  - id: GO
    title: Governance
    weight: 2
    items:
      - {id: GO-01, title: Policy, requirement: Has a policy}
      - {id: GO-02, title: Review, requirement: Reviews it, key: true}
  - id: OP
    title: Operations
    items:
      - {id: OP-01, title: Runbook, requirement: Has a runbook, weight: 3}
"""


def test_score_cli_on_custom_scale_with_labels_and_thresholds(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path
) -> None:
    (tmp_path / "five.yaml").write_text(SCALE5, encoding="utf-8")
    folder = make_assessment(
        {"GO-01": "fully IMPLEMENTED", "GO-02": "most", "OP-01": "Half implemented"},
        catalogue=tmp_path / "five.yaml",
        meta="target: 70\n",
    )
    code, out, err = run(runner, "score", str(folder), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    # GO: (1 + 0.75) / 2 = 87.5 ; OP: 1.5 / 3 = 50 ; overall (2*87.5 + 50) / 3 = 75
    assert data["overall"] == {"score": 75.0, "achieved": 3.25, "possible": 5.0}
    assert data["key_failures"] == ["GO-02"]
    assert data["ready"] is False
    assert run(runner, "score", str(folder), "--format", "json", "--fail-under", "75")[0] == 0
    code, out, err = run(runner, "score", str(folder), "--format", "json", "--fail-under", "75.01")
    assert (code, json.loads(out)["overall"]["score"]) == (1, 75.0)
    assert err == "cc-assess: overall score 75.0 is below 75.01\n"
    assert run(runner, "score", str(folder), "--fail-on-key")[0] == 1
    assert run(runner, "score", str(folder), "--require-complete")[0] == 0


@pytest.mark.parametrize("fmt", ["table", "markdown", "csv", "json"])
def test_every_score_format_renders(fmt: str, make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = make_assessment(
        {"AA-01": "conformant", "AA-02": "partial", "BB-01": "na"},
        files={"responses/BB/BB-01.yaml": "item: BB-01\nstatus: na\nna_reason: no BB here\n"},
    )
    code, out, err = run(runner, "score", str(folder), "--format", fmt)
    assert code == 0, err
    # each format is pinned whole elsewhere; here: domain AA at 50.0, as a whole row of each format
    if fmt == "json":
        assert json.loads(out)["domains"][0] == {
            "id": "AA",
            "score": 50.0,
            "achieved": 2.0,
            "possible": 4.0,
            "counts": {"total": 3, "conformant": 1, "partial": 1, "nonconformant": 0, "na": 0, "not_assessed": 1},
        }
    else:
        row = {
            "table": "│ AA Domain A │  50.0 │      2.0 │      4.0 │            1 │",
            "markdown": "| AA Domain A | 50.0 | 2.0 | 4.0 |",
            "csv": "AA,Domain A,50.0,2.0,4.0,3,1,1,0,0,1",
        }[fmt]
        assert row in out.splitlines()
    assert "\x1b[" not in out  # no colour codes when not a terminal
