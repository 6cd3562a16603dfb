"""Catalogue loading, bundled lookup by id and version; the `catalogue check` rules are in tests/cases/catalogue/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cc_assess.catalogue import find_bundled
from cc_assess.catalogue.changes import remap_ids
from cc_assess.errors import CannotRun
from cc_assess.models import SEMVER, Catalogue
from tests.conftest import FIXTURES, run

HEAD = "schema: cc-assess/catalogue/v1\nid: x\nversion: 1.0.0\ntitle: X\n"
SCALE = (
    "scale:\n  - {id: pass, label: {zh: 通过, en: Pass}, points: 1}\n"
    "  - {id: fail, label: {zh: 未通过, en: Fail}, points: 0}\n"
)
DOMAIN = "domains:\n  - id: AA\n    title: A\n    items:\n      - {id: AA-01, title: T, requirement: R}\n"


def check(runner: CliRunner, tmp_path: Path, text: str) -> tuple[int, list[str]]:
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    code, out, _err = run(runner, "catalogue", "check", str(path), "--format", "json")
    return code, [f"{d['line']}:{d['column']} {d['severity']} {d['code']}: {d['message']}" for d in json.loads(out)]


def test_bundled_lookup_by_id_and_version() -> None:
    catalogue = find_bundled("ydt-2823-2015", "1.0.0")
    assert (catalogue.id, catalogue.version, len(catalogue.items())) == ("ydt-2823-2015", "1.0.0", 224)
    with pytest.raises(CannotRun, match=r"has no version 0\.9\.0 \(available: 1\.0\.0, 1\.1\.0\)"):
        find_bundled("ydt-2823-2015", "0.9.0")
    with pytest.raises(CannotRun, match="unknown catalogue 'nope'"):
        find_bundled("nope")


def test_catalogue_list_and_show(runner: CliRunner) -> None:
    code, out, _ = run(runner, "catalogue", "list", "--format", "json")
    assert code == 0
    assert {
        "id": "ydt-2823-2015",
        "version": "1.1.0",
        "current": True,
        "domains": 9,
        "items": 224,
    }.items() <= json.loads(out)[0].items()
    code, out, _ = run(runner, "catalogue", "show", "ydt-2823-2015", "--lang", "en")
    assert code == 0
    assert "## IS Network and information security" in out
    assert run(runner, "catalogue", "show", "nope")[0] == 2


def test_remap_follows_the_chain_of_changes() -> None:
    text = (FIXTURES / "mini.yaml").read_text(encoding="utf-8").replace("version: 1.0.0", "version: 1.2.0")
    text += (
        "changes:\n  - {version: 1.1.0, renamed: {AA-09: AA-03, BB-07: BB-08}, removed: [BB-05]}\n"
        "  - {version: 1.2.0, renamed: {BB-08: BB-02}, removed: [AA-08]}\n"
    )
    from cc_assess.yamlio import parse_yaml

    catalogue = Catalogue.model_validate(parse_yaml(text).data)
    assert remap_ids(catalogue, "1.0.0") == ({"AA-09": "AA-03", "BB-07": "BB-02"}, {"BB-05", "AA-08"})
    assert remap_ids(catalogue, "1.1.0") == ({"BB-08": "BB-02"}, {"AA-08"})
    assert remap_ids(catalogue, "1.2.0") == ({}, set())


def test_schema_command_prints_json_schema(runner: CliRunner) -> None:
    for kind in ("catalogue", "assessment", "response"):
        code, out, _ = run(runner, "schema", kind)
        assert code == 0
        schema = json.loads(out)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["additionalProperties"] is False


def test_catalogue_show_json_checks_clean_again(runner: CliRunner, tmp_path: Path) -> None:
    code, out, _ = run(runner, "catalogue", "show", "ydt-2823-2015", "--format", "json")
    assert code == 0
    assert json.loads(out)["scale"][-1] == {
        "id": "na",
        "label": {"zh": "不适用", "en": "Not applicable"},
        "points": None,
    }
    (tmp_path / "copy.yaml").write_text(out, encoding="utf-8")  # JSON is YAML
    assert run(runner, "catalogue", "check", str(tmp_path / "copy.yaml"))[0] == 0


@pytest.mark.parametrize(
    "body",
    [
        SCALE.replace("id: pass", "id: total") + DOMAIN,
        SCALE.replace("id: fail", "id: pass") + DOMAIN,
        SCALE.replace("points: 0}", "points: null}") + "  - {id: na, label: NA, points: null}\n" + DOMAIN,
        SCALE + DOMAIN + DOMAIN.replace("domains:\n", "").replace("AA-01, title: T", "AA-02, title: U"),
        SCALE + DOMAIN + "      - {id: AA-01, title: U, requirement: R}\n",
        SCALE + DOMAIN.replace("id: AA-01", "id: BB-01"),
    ],
    ids=["reserved-level-id", "duplicate-level", "scale-null", "duplicate-domain", "duplicate-item", "item-domain"],
)
def test_each_id_rule_says_the_same_whether_the_model_accepts_the_file_or_not(
    runner: CliRunner, tmp_path: Path, body: str
) -> None:
    _, accepted = check(runner, tmp_path, HEAD + body)
    _, refused = check(runner, tmp_path, HEAD.replace("version: 1.0.0", "version: one") + body)
    assert len(accepted) == 1
    assert refused == ["3:10 error invalid-value: 'one' does not match the pattern " + SEMVER, *accepted]
