"""The bundled YD/T 2823-2015 catalogue: complete, bilingual, distinct, and clean under ``catalogue check``.

These tests read the raw YAML (not the model, which would accept a plain string for both languages), so a text
that exists in one language only is caught.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from tests.conftest import REPO, run

CATALOGUE = REPO / "criteria" / "ydt-2823-2015.yaml"
DOMAIN_ORDER = ["PL", "HR", "SM", "PR", "PF", "CS", "TM", "IS", "CR"]


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    data = yaml.safe_load(CATALOGUE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def items(raw: dict[str, Any]) -> list[dict[str, Any]]:
    return [item for domain in raw["domains"] for item in domain["items"]]


def test_224_items_in_nine_domains_in_order(raw: dict[str, Any]) -> None:
    assert [d["id"] for d in raw["domains"]] == DOMAIN_ORDER
    assert len(items(raw)) == 224
    for domain in raw["domains"]:
        assert all(item["id"].startswith(domain["id"] + "-") for item in domain["items"]), domain["id"]


def test_header_says_where_the_items_come_from(raw: dict[str, Any]) -> None:
    head = CATALOGUE.read_text(encoding="utf-8").split("\nschema:")[0]
    assert "NOT THE TEXT OF YD/T 2823-2015" in head
    assert "official text governs" in head
    assert raw["source"]["zh"]
    assert raw["source"]["en"]


@pytest.mark.parametrize("field", ["title", "requirement"])
def test_every_text_is_in_chinese_and_english(raw: dict[str, Any], field: str) -> None:
    missing = [
        item["id"]
        for item in items(raw)
        if not (
            isinstance(item[field], dict)
            and set(item[field]) == {"zh", "en"}
            and all(isinstance(v, str) and v.strip() for v in item[field].values())
        )
    ]
    assert missing == []


def test_domain_titles_and_scale_labels_are_bilingual(raw: dict[str, Any]) -> None:
    for node in [*raw["domains"], *raw["scale"]]:
        text = node.get("title", node.get("label"))
        assert isinstance(text, dict), node["id"]
        assert text.get("zh"), node["id"]
        assert text.get("en"), node["id"]


def test_evidence_has_at_least_two_entries_per_language(raw: dict[str, Any]) -> None:
    short = [
        item["id"]
        for item in items(raw)
        if not (
            isinstance(item["evidence"], dict)
            and all(
                len(item["evidence"].get(lang) or []) >= 2
                and all(isinstance(e, str) and e.strip() for e in item["evidence"][lang])
                for lang in ("zh", "en")
            )
        )
    ]
    assert short == []


def test_ids_and_titles_are_unique(raw: dict[str, Any]) -> None:
    ids = Counter(item["id"] for item in items(raw))
    assert [i for i, n in ids.items() if n > 1] == []
    for lang in ("zh", "en"):
        titles = Counter(item["title"][lang].strip().casefold() for item in items(raw))
        assert [t for t, n in titles.items() if n > 1] == [], lang


def test_requirements_are_distinct(raw: dict[str, Any]) -> None:
    for lang in ("zh", "en"):
        texts = Counter(item["requirement"][lang].strip() for item in items(raw))
        assert [t for t, n in texts.items() if n > 1] == [], lang


def test_every_target_is_a_number(raw: dict[str, Any]) -> None:
    targets = [item for item in items(raw) if "target" in item]
    assert len(targets) >= 10
    for item in targets:
        target = item["target"]
        assert set(target) == {"value", "unit", "comparison", "note"}, item["id"]
        assert isinstance(target["value"], (int, float)), item["id"]
        assert not isinstance(target["value"], bool), item["id"]
        assert target["comparison"] in ("at-least", "at-most", "within"), item["id"]
        assert isinstance(target["unit"], str), item["id"]
        assert target["unit"].strip(), item["id"]
        assert set(target["note"]) == {"zh", "en"}, item["id"]
        assert all(v.strip() for v in target["note"].values()), item["id"]


def test_kpi_items_without_a_target_say_how_the_centre_sets_it(raw: dict[str, Any]) -> None:
    silent = [
        item["id"]
        for item in items(raw)
        if "kpi" in item["tags"]
        and "target" not in item
        and not (
            ("目标值" in item["requirement"]["zh"] or "基线" in item["requirement"]["zh"])
            and ("target" in item["requirement"]["en"] or "baseline" in item["requirement"]["en"])
        )
    ]
    assert silent == []


def test_every_item_tag_is_listed_with_a_bilingual_meaning(raw: dict[str, Any]) -> None:
    listed = raw["tags"]
    assert all(set(meaning) == {"zh", "en"} and all(meaning.values()) for meaning in listed.values())
    assert [(item["id"], tag) for item in items(raw) for tag in item["tags"] if tag not in listed] == []
    unused = set(listed) - {tag for item in items(raw) for tag in item["tags"]}
    assert unused == set()


def test_clauses_say_whether_they_are_published_or_inferred(raw: dict[str, Any]) -> None:
    published = {f"4.{n}" for n in range(2, 9)} | {f"5.{n}" for n in range(2, 13)} | {"6.2"}
    chapters = dict(zip(DOMAIN_ORDER, ["4", "5", "6", "7", "8", "9", "10", "11", "12"], strict=True))
    for domain in raw["domains"]:
        for item in domain["items"]:
            clause, basis = item["clause"], item["clause_basis"]
            assert clause.split(".")[0] == chapters[domain["id"]], item["id"]
            assert basis == ("published" if "." in clause else "inferred"), item["id"]
            assert "." not in clause or clause in published, item["id"]


def test_clauses_follow_the_public_excerpt(raw: dict[str, Any]) -> None:
    clause = {item["id"]: item["clause"] for item in items(raw)}
    assert [clause[i] for i in ("HR-25", "HR-27", "HR-28", "HR-24")] == ["5.9", "5.10", "5.10", "5.11"]
    assert {clause[f"SM-0{n}"] for n in range(1, 10) if f"SM-0{n}" in clause} == {"6.2"}
    assert [clause[f"HR-3{n}"] for n in range(3, 7)] == ["5.12"] * 4


def test_key_items_weigh_at_least_two(raw: dict[str, Any]) -> None:
    assert [item["id"] for item in items(raw) if item["key"] and item["weight"] < 2] == []


def test_samples_of_key_items_are_at_least_25(raw: dict[str, Any]) -> None:
    small = [
        (item["id"], text)
        for item in items(raw)
        if item["key"]
        for text in [*item["evidence"]["zh"], *item["evidence"]["en"]]
        if any(int(zh or en) < 25 for zh, en in re.findall(r"(?:抽查|抽听) ?(\d+)|(\d+) sampled", text))
    ]
    assert small == []


def test_regulatory_items_of_1_1_0(raw: dict[str, Any]) -> None:
    by_id = {item["id"]: item for item in items(raw)}
    ban = by_id["CR-22"]
    assert (ban["key"], ban["weight"]) == (True, 2)
    assert "licensed-operator" in ban["tags"]
    assert "81号" in ban["requirement"]["zh"]
    assert "in-house" in by_id["CR-12"]["tags"]
    assert by_id["CR-16"]["target"]["value"] == 30
    assert (by_id["IS-10"]["key"], by_id["IS-10"]["target"]["value"], by_id["IS-10"]["target"]["unit"]) == (
        True,
        6,
        "months",
    )
    assert "15 秒" in by_id["PF-26"]["requirement"]["zh"]
    assert by_id["PF-26"]["target"]["value"] == 90
    assert by_id["TM-16"]["target"]["value"] == 99.9
    assert "第十三条" in by_id["IS-18"]["requirement"]["zh"]
    assert "第二十九条" in by_id["IS-18"]["requirement"]["zh"]


def test_weights_and_key_items(raw: dict[str, Any]) -> None:
    assert {item.get("weight", 1) for item in items(raw)} <= {1, 2}
    keys = [item["id"] for item in items(raw) if item.get("key")]
    # Information security, personal information, outbound consent and evidence, contingency are key items.
    for expected in ("IS-14", "IS-18", "CR-12", "CR-16", "SM-18"):
        assert expected in keys


def test_catalogue_check_is_clean(runner: CliRunner) -> None:
    code, out, err = run(runner, "catalogue", "check", str(CATALOGUE), "--format", "json")
    assert (code, out) == (0, "[]\n"), err


def test_catalogue_check_text_says_ok(runner: CliRunner) -> None:
    code, _, err = run(runner, "catalogue", "check", str(CATALOGUE))
    assert code == 0
    assert err.strip() == f"ok: {CATALOGUE} is a valid catalogue"


def test_init_writes_a_response_per_item(tmp_path: Path, runner: CliRunner) -> None:
    code, _, err = run(runner, "init", str(tmp_path / "a"), "--catalogue", "ydt-2823-2015")
    assert code == 0, err
    responses = tmp_path / "a" / "responses"
    written = sorted(p.relative_to(responses).as_posix() for p in responses.rglob("*.yaml"))
    expected = sorted(f"{item['id'][:2]}/{item['id']}.yaml" for item in items(yaml.safe_load(CATALOGUE.read_bytes())))
    assert written == expected
