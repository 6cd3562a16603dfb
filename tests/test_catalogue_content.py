"""The bundled YD/T 2823-2015 catalogue: complete, bilingual, distinct, and clean under ``catalogue check``.

These tests read the raw YAML (not the model, which would accept a plain string for both languages), so a text
that exists in one language only is caught.
"""

from __future__ import annotations

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


def test_kpi_items_have_a_bilingual_target(raw: dict[str, Any]) -> None:
    kpi = [item for item in items(raw) if "kpi" in item.get("tags", [])]
    assert kpi, "the catalogue has KPI items"
    for item in kpi:
        target = item.get("target")
        assert isinstance(target, dict), item["id"]
        assert target.get("zh"), item["id"]
        assert target.get("en"), item["id"]


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
