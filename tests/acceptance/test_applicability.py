"""Applicability: the catalogue's ``tags:`` list, ``exclude:`` rules in ``assessment.yaml``, the effective N/A
reason, numeric targets and the clause basis of items."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cc_assess.applicability import NaReason
from cc_assess.assessment import load_assessment
from cc_assess.catalogue import load_source
from cc_assess.i18n import reset
from cc_assess.models import I18nText, Item, Target
from cc_assess.shown import Shown
from tests.conftest import FIXTURES, MakeAssessment, run

TAGGED = """\
schema: cc-assess/catalogue/v1
id: tagged
version: 1.0.0
title: {zh: 标签目录, en: Tagged catalogue}
scale:
  - {id: conformant, label: {zh: 符合, en: Conformant}, points: 1}
  - {id: nonconformant, label: {zh: 不符合, en: Nonconformant}, points: 0}
  - {id: na, label: {zh: 不适用, en: Not applicable}, points: null}
tags:
  outbound: {zh: 外呼业务, en: Outbound calling}
  licensed: {zh: 持证呼叫中心业务经营者, en: Licensed call-centre operator}
domains:
  - id: AA
    title: {zh: 甲类, en: Domain A}
    items:
      - {id: AA-01, title: 甲一, requirement: 要求甲一, tags: [outbound]}
      - {id: AA-02, title: 甲二, requirement: 要求甲二, tags: [outbound, licensed], weight: 2, key: true}
      - {id: AA-03, title: 甲三, requirement: 要求甲三}
      - {id: AA-04, title: 甲四, requirement: 要求甲四, tags: [licensed]}
"""

REASON = "exclude:\n  - {tag: outbound, reason: {zh: 本中心无外呼业务, en: The centre makes no outbound calls}}\n"


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CC_ASSESS_LANG", "en")
    reset()


def _catalogue(tmp_path: Path, text: str = TAGGED) -> Path:
    path = tmp_path / "tagged.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _site(make_assessment: MakeAssessment, tmp_path: Path, statuses: dict[str, str | None], meta: str) -> Path:
    return make_assessment(statuses, catalogue=_catalogue(tmp_path), meta=meta)


# ------------------------------------------------------------------------------------------------ tags: list


def test_catalogue_check_refuses_an_item_tag_that_is_not_listed(tmp_path: Path, runner: CliRunner) -> None:
    path = _catalogue(tmp_path, TAGGED.replace("tags: [licensed]}", "tags: [licensed, inbound]}"))
    code, out, err = run(runner, "catalogue", "check", str(path), "--format", "json")
    assert (code, err) == (1, "")
    assert [(d["line"], d["column"], d["code"], d["message"]) for d in json.loads(out)] == [
        (19, 68, "unknown-tag", "item 'AA-04' has tag 'inbound', which is not listed under 'tags:'")
    ]


def test_a_catalogue_without_a_tags_list_leaves_item_tags_free(tmp_path: Path, runner: CliRunner) -> None:
    text = TAGGED.replace(
        "tags:\n  outbound: {zh: 外呼业务, en: Outbound calling}\n"
        "  licensed: {zh: 持证呼叫中心业务经营者, en: Licensed call-centre operator}\n",
        "",
    )
    assert "\ntags:" not in text
    code, out, err = run(runner, "catalogue", "check", str(_catalogue(tmp_path, text)), "--format", "json")
    assert (code, out) == (0, "[]\n"), err


def test_an_empty_tags_list_means_no_item_may_carry_a_tag(tmp_path: Path) -> None:
    text = TAGGED.replace(
        "tags:\n  outbound: {zh: 外呼业务, en: Outbound calling}\n"
        "  licensed: {zh: 持证呼叫中心业务经营者, en: Licensed call-centre operator}\n",
        "tags: {}\n",
    )
    catalogue, diagnostics = load_source(text.encode(), "c.yaml")
    assert catalogue is None
    assert [(d.code, d.line) for d in diagnostics] == [
        ("unknown-tag", 14),
        ("unknown-tag", 15),
        ("unknown-tag", 15),
        ("unknown-tag", 17),
    ]


def test_tag_names_follow_the_id_pattern(tmp_path: Path) -> None:
    text = TAGGED.replace("  outbound: {zh: 外呼业务", "  Outbound Calls: {zh: 外呼业务")
    catalogue, diagnostics = load_source(text.encode(), "c.yaml")
    assert catalogue is None
    assert diagnostics[0].code == "invalid-value"


# ------------------------------------------------------------------------------------------------ exclude


def test_excluded_items_without_a_status_count_as_na(
    make_assessment: MakeAssessment, tmp_path: Path, runner: CliRunner
) -> None:
    # AA-01 has a response file without status, AA-02 has no response file at all: both excluded.
    site = _site(make_assessment, tmp_path, {"AA-01": None, "AA-03": "conformant", "AA-04": "nonconformant"}, REASON)
    code, out, err = run(runner, "score", str(site), "--format", "json")
    assert code == 0, err
    result = json.loads(out)
    assert result["counts"] == {"total": 4, "conformant": 1, "nonconformant": 1, "na": 2, "not_assessed": 0}
    assert result["overall"] == {"score": 50.0, "achieved": 1.0, "possible": 2.0}
    assert result["key_failures"] == []  # AA-02 is key, but N/A is never a key failure
    assert result["ready"] is True


def test_a_response_with_a_status_keeps_its_own(make_assessment: MakeAssessment, tmp_path: Path) -> None:
    site = _site(
        make_assessment,
        tmp_path,
        {"AA-01": "conformant", "AA-02": "nonconformant", "AA-03": "conformant", "AA-04": "conformant"},
        REASON,
    )
    loaded = load_assessment(Shown(site, "site"))
    assert loaded.statuses == {
        "AA-01": "conformant",
        "AA-02": "nonconformant",
        "AA-03": "conformant",
        "AA-04": "conformant",
    }
    assert loaded.na_reasons == {}


def test_the_effective_na_reason_names_the_rule_or_the_response(
    make_assessment: MakeAssessment, tmp_path: Path
) -> None:
    site = _site(
        make_assessment,
        tmp_path,
        {"AA-03": "conformant"},
        REASON + "  - {tag: licensed, reason: 自建呼叫中心，非持证经营者}\n",
    )
    (site / "responses" / "AA" / "AA-04.yaml").write_text(
        "item: AA-04\nstatus: 不适用\nna_reason: 本年度未开展该业务\n", encoding="utf-8"
    )
    loaded = load_assessment(Shown(site, "site"))
    assert loaded.ok, loaded.diagnostics
    outbound = I18nText(zh="本中心无外呼业务", en="The centre makes no outbound calls")
    assert loaded.na_reasons == {
        "AA-01": NaReason(outbound, "outbound"),
        "AA-02": NaReason(outbound, "outbound"),  # the first rule (in file order) whose tag the item carries
        "AA-04": NaReason(I18nText(zh="本年度未开展该业务", en="本年度未开展该业务"), None),
    }
    assert loaded.na_reasons["AA-01"].excluded
    assert not loaded.na_reasons["AA-04"].excluded
    assert loaded.statuses == {"AA-01": "na", "AA-02": "na", "AA-03": "conformant", "AA-04": "na"}
    assert loaded.own_statuses == {"AA-01": None, "AA-02": None, "AA-03": "conformant", "AA-04": "na"}


def test_an_exclude_tag_the_catalogue_does_not_list_is_a_located_error(
    make_assessment: MakeAssessment, tmp_path: Path, runner: CliRunner
) -> None:
    meta = "exclude:\n  - {tag: outbond, reason: 无外呼}\n"
    site = _site(make_assessment, tmp_path, {}, meta)
    code, out, err = run(runner, "validate", str(site), "--format", "json")
    assert (code, err) == (1, "")
    errors = [d for d in json.loads(out) if d["severity"] == "error"]
    assert [(d["path"], d["line"], d["column"], d["code"], d["message"]) for d in errors] == [
        (
            f"{site}/assessment.yaml",
            4,
            11,
            "unknown-tag",
            "catalogue tagged 1.0.0 has no tag 'outbond' (tags: licensed, outbound)",
        )
    ]
    code, out, err = run(runner, "score", str(site), "--format", "json")
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"{site}/assessment.yaml:4:11: error: catalogue tagged 1.0.0 has no tag 'outbond' (tags: licensed, outbound) "
        "[unknown-tag]",
        *(
            f"{site}/responses/AA/{item}.yaml:1:1: warning: no response file for {item}; "
            "it counts as not assessed [missing-response]"
            for item in ("AA-01", "AA-02", "AA-03", "AA-04")
        ),
        f"cc-assess: {site}: the assessment has errors; run 'cc-assess validate'",
    ]


def test_without_a_tags_list_exclude_may_name_any_tag_an_item_carries(
    make_assessment: MakeAssessment, tmp_path: Path
) -> None:
    mini = (FIXTURES / "mini.yaml").read_text(encoding="utf-8")
    mini = mini.replace("requirement: {zh: 要求乙二, en: Requirement B2}}", "requirement: 要求乙二, tags: [outbound]}")
    path = tmp_path / "mini-tags.yaml"
    path.write_text(mini, encoding="utf-8")
    site = make_assessment({}, catalogue=path, meta=REASON)
    loaded = load_assessment(Shown(site, "site"))
    assert loaded.ok
    assert loaded.statuses["BB-02"] == "na"
    assert [k for k, v in loaded.statuses.items() if v is not None] == ["BB-02"]

    site = make_assessment({}, catalogue=path, meta=REASON.replace("tag: outbound", "tag: inbound"), name="other")
    assert [d.code for d in load_assessment(Shown(site, "other")).diagnostics if d.severity == "error"] == [
        "unknown-tag"
    ]


def test_exclude_needs_an_na_level(make_assessment: MakeAssessment, tmp_path: Path) -> None:
    text = TAGGED.replace("  - {id: na, label: {zh: 不适用, en: Not applicable}, points: null}\n", "")
    site = make_assessment({}, catalogue=_catalogue(tmp_path, text), meta=REASON)
    loaded = load_assessment(Shown(site, "site"))
    assert [(d.line, d.code, d.message) for d in loaded.diagnostics if d.severity == "error"] == [
        (
            4,
            "exclude-without-na",
            "catalogue tagged has no not-applicable level (points: null), so items cannot be excluded by tag",
        )
    ]
    assert loaded.statuses["AA-01"] is None


def test_a_tag_excluded_twice_is_a_warning(make_assessment: MakeAssessment, tmp_path: Path) -> None:
    site = _site(make_assessment, tmp_path, {}, REASON + "  - {tag: outbound, reason: again}\n")
    loaded = load_assessment(Shown(site, "site"))
    assert [(d.line, d.severity, d.code, d.message) for d in loaded.diagnostics if d.code == "duplicate-exclude"] == [
        (5, "warning", "duplicate-exclude", "tag 'outbound' is already excluded at line 4; this rule has no effect")
    ]


def test_exclude_reason_is_required_and_typed(
    make_assessment: MakeAssessment, tmp_path: Path, runner: CliRunner
) -> None:
    site = _site(make_assessment, tmp_path, {}, "exclude:\n  - {tag: outbound}\n")
    code, out, err = run(runner, "validate", str(site), "--format", "json")
    assert (code, err) == (1, "")
    assert [(d["line"], d["code"], d["message"]) for d in json.loads(out) if d["severity"] == "error"] == [
        (4, "missing-key", "missing required key 'reason'")
    ]


def test_the_assessment_schema_describes_exclude(runner: CliRunner) -> None:
    code, out, err = run(runner, "schema", "assessment")
    assert (code, err) == (0, "")
    schema = json.loads(out)
    exclude = schema["properties"]["exclude"]
    assert exclude["type"] == "array"
    assert exclude["items"] == {"$ref": "#/$defs/Exclusion"}
    assert schema["$defs"]["Exclusion"]["required"] == ["tag", "reason"]


def test_the_catalogue_schema_has_tags_numeric_targets_and_clause_basis(runner: CliRunner) -> None:
    code, out, err = run(runner, "schema", "catalogue")
    assert (code, err) == (0, "")
    schema = json.loads(out)
    assert "tags" in schema["properties"]
    item = schema["$defs"]["Item"]["properties"]
    assert item["clause_basis"]["anyOf"][0] == {"enum": ["published", "inferred"], "type": "string"}
    target = schema["$defs"]["Target"]
    assert target["required"] == ["value", "unit"]
    assert target["properties"]["comparison"]["enum"] == ["at-least", "at-most", "within"]


# ------------------------------------------------------------------------------------------------ targets


def _item(target: object) -> Item:
    return Item.model_validate({"id": "PF-01", "title": "t", "requirement": "r", "target": target})


def test_a_numeric_target_reads_as_a_figure_in_both_languages() -> None:
    item = _item({"value": 80, "unit": "%", "note": {"zh": "20 秒内应答", "en": "answered within 20 s"}})
    assert isinstance(item.target, Target)
    assert item.target.get("zh") == "≥ 80%：20 秒内应答"
    assert item.target.get("en") == "≥ 80%: answered within 20 s"
    assert _item({"value": 30, "unit": "s", "comparison": "at-most"}).target.get("zh") == "≤ 30 秒"  # type: ignore[union-attr]
    assert _item({"value": 5, "unit": "%", "comparison": "within"}).target.get("en") == "± 5%"  # type: ignore[union-attr]


def test_a_text_target_of_an_older_catalogue_still_loads() -> None:
    item = _item({"zh": "行业常见做法", "en": "Common practice"})
    assert item.target == I18nText(zh="行业常见做法", en="Common practice")


def test_a_numeric_target_must_be_a_number() -> None:
    with pytest.raises(ValueError, match="valid number"):
        _item({"value": "80%", "unit": "%"})


# ------------------------------------------------------------------------------------------------ exports


def _csv_rows(path: Path) -> list[dict[str, str]]:
    import csv
    import io

    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


NO_CHANGES = "no changes: the response files already hold every answer in the workbook\n"


def test_an_excluded_item_is_exported_as_na_with_the_rule_s_reason(
    make_assessment: MakeAssessment, tmp_path: Path, runner: CliRunner
) -> None:
    site = _site(make_assessment, tmp_path, {"AA-01": None, "AA-03": "conformant", "AA-04": "nonconformant"}, REASON)
    sheet = tmp_path / "a.csv"
    code, out, err = run(runner, "export", str(site), "--format", "csv", "--lang", "en", "-o", str(sheet))
    assert (code, out) == (0, ""), err
    shown = [(r["item"], r["status"], r["status_label"], r["na_reason"]) for r in _csv_rows(sheet)]
    assert shown == [
        ("AA-01", "na", "Not applicable", "The centre makes no outbound calls"),
        ("AA-02", "na", "Not applicable", "The centre makes no outbound calls"),
        ("AA-03", "conformant", "Conformant", ""),
        ("AA-04", "nonconformant", "Nonconformant", ""),
    ]
    book = tmp_path / "a.xlsx"
    code, _, err = run(runner, "export", str(site), "--lang", "zh", "-o", str(book))
    assert code == 0, err
    import openpyxl

    rows = list(openpyxl.load_workbook(book)["AA"].iter_rows(values_only=True))
    columns = rows[0]
    status, reason = columns.index("状态"), columns.index("不适用理由")
    assert [(r[0], r[status], r[reason]) for r in rows[1:]] == [
        ("AA-01", "不适用", "本中心无外呼业务"),
        ("AA-02", "不适用", "本中心无外呼业务"),
        ("AA-03", "符合", None),
        ("AA-04", "不符合", None),
    ]


def test_an_unedited_export_of_excluded_items_imports_as_no_change(
    make_assessment: MakeAssessment, tmp_path: Path, runner: CliRunner
) -> None:
    site = _site(make_assessment, tmp_path, {"AA-01": None, "AA-03": "conformant", "AA-04": "nonconformant"}, REASON)
    before = _files(site)
    for name, extra in (("a.csv", ("--format", "csv")), ("a.xlsx", ()), ("bi.xlsx", ("--lang", "bi"))):
        sheet = tmp_path / name
        assert run(runner, "export", str(site), "-o", str(sheet), *extra)[0] == 0
        assert run(runner, "import", str(site), str(sheet)) == (0, "", NO_CHANGES), name
    # a CSV whose digests were lost (copied into another file by hand) still writes nothing for those rows
    rows = _csv_rows(tmp_path / "a.csv")
    plain = tmp_path / "plain.csv"
    import csv

    with plain.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows({**r, "export_digest": ""} for r in rows)
    stale = (
        "{path}:{row}:20: warning: T{row} (export_digest): this cell is not as exported: every answer of this row that "
        "differs from its response file is taken, even where the file changed since the export [workbook-stale]\n"
    )
    warnings = "".join(stale.format(path=plain, row=row) for row in range(2, 6))
    assert run(runner, "import", str(site), str(plain)) == (0, "", warnings + NO_CHANGES)
    assert _files(site) == before


def test_an_excluded_item_given_a_status_in_the_sheet_gets_its_own(
    make_assessment: MakeAssessment, tmp_path: Path, runner: CliRunner
) -> None:
    site = _site(make_assessment, tmp_path, {"AA-01": None, "AA-03": "conformant", "AA-04": "nonconformant"}, REASON)
    sheet = tmp_path / "a.csv"
    assert run(runner, "export", str(site), "--format", "csv", "--lang", "en", "-o", str(sheet))[0] == 0
    rows = _csv_rows(sheet)
    import csv

    with sheet.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows({**r, "status": "conformant"} if r["item"] == "AA-02" else r for r in rows)
    written = site / "responses" / "AA" / "AA-02.yaml"
    assert run(runner, "import", str(site), str(sheet)) == (0, f"{written}\n", "updated 1 file(s)\n")
    text = (site / "responses" / "AA" / "AA-02.yaml").read_text(encoding="utf-8")
    # the commented template of a new response; the rule's reason stays the rule's, not copied into the file
    assert text == (
        "# yaml-language-server: $schema=../../.cc-assess/response.schema.json\n"
        "# AA-02  甲二\n"
        "# weight 2 · 关键项 key item\n"
        "#\n"
        "# 要求 / Requirement:\n"
        "#   要求甲二\n"
        "#\n"
        "# status: conformant (符合/Conformant) | nonconformant (不符合/Nonconformant) | na (不适用/Not applicable); "
        "empty = not assessed\n"
        "item: AA-02\n"
        "status: conformant\n"
        "na_reason:\n"
        "findings: |\n"
        "evidence: []\n"
        "actions: []\n"
        "assessor:\n"
        "assessed_on:\n"
    )
    loaded = load_assessment(Shown(site, "site"))
    assert loaded.statuses == {"AA-01": "na", "AA-02": "conformant", "AA-03": "conformant", "AA-04": "nonconformant"}
