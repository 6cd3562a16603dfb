"""``score --format junit``: one test case per item, well-formed, deterministic."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from typer.testing import CliRunner

from tests.conftest import ALL_CONFORMANT, MakeAssessment, run

MIXED = {
    "AA-01": "conformant",
    "AA-02": "nonconformant",  # weight 2
    "AA-03": "partial",  # key item
    "BB-01": "na",
    "BB-02": None,  # not assessed
}


def junit(runner: CliRunner, folder: str, *args: str) -> tuple[ET.Element, str]:
    code, out, err = run(runner, "score", folder, "--format", "junit", *args)
    assert code == 0, err
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')
    return ET.fromstring(out.encode("utf-8")), out


def test_one_case_per_item_with_outcomes(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = make_assessment(MIXED, files={"responses/BB/BB-01.yaml": "item: BB-01\nstatus: na\nna_reason: 无\n"})
    root, _ = junit(runner, str(folder), "--lang", "en")
    assert root.tag == "testsuites"
    assert dict(root.attrib) == {
        "name": "cc-assess mini 1.0.0",
        "tests": "5",
        "failures": "2",
        "errors": "0",
        "skipped": "2",
        "time": "0",
    }
    suites = root.findall("testsuite")
    assert [(s.get("name"), s.get("tests"), s.get("failures"), s.get("skipped")) for s in suites] == [
        ("AA Domain A", "3", "2", "0"),
        ("BB Domain B", "2", "0", "2"),
    ]
    props = {p.get("name"): p.get("value") for p in suites[0].iter("property")}
    assert props == {"score": "37.5", "achieved": "1.5", "possible": "4.0"}
    cases = {c.get("name"): c for c in root.iter("testcase")}
    assert list(cases) == ["AA-01 A one", "AA-02 A two", "AA-03 A three", "BB-01 B one", "BB-02 B two"]
    assert [c.get("classname") for c in cases.values()] == ["AA", "AA", "AA", "BB", "BB"]
    assert list(cases["AA-01 A one"]) == []
    failure = cases["AA-02 A two"].find("failure")
    assert failure is not None
    assert failure.attrib == {"type": "nonconformant", "message": "AA-02: Nonconformant (nonconformant); gap 2.0"}
    assert failure.text == "Requirement A2"
    key = cases["AA-03 A three"].find("failure")
    assert key is not None
    assert key.attrib == {
        "type": "key-item",
        "message": "AA-03: Partially conformant (partial); key item not conformant; gap 0.5",
    }
    na = cases["BB-01 B one"].find("skipped")
    assert na is not None
    assert na.attrib == {"type": "na", "message": "Not applicable (na)"}
    not_assessed = cases["BB-02 B two"].find("skipped")
    assert not_assessed is not None
    assert not_assessed.attrib == {"type": "not-assessed", "message": "not assessed (counts 0 points)"}


def test_partial_passes_and_says_so(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = make_assessment({**ALL_CONFORMANT, "BB-01": "部分符合"})
    root, _ = junit(runner, str(folder))
    case = next(c for c in root.iter("testcase") if c.get("name", "").startswith("BB-01"))
    assert case.get("name") == "BB-01 B one"  # titles in the tool's language (English in the tests)
    assert case.find("failure") is None
    out = case.find("system-out")
    assert out is not None
    assert out.text == "BB-01: Partially conformant (partial); gap 0.5"


def test_key_item_not_assessed_fails(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = make_assessment({**ALL_CONFORMANT, "AA-03": None})
    root, _ = junit(runner, str(folder), "--lang", "en")
    case = next(c for c in root.iter("testcase") if c.get("name", "").startswith("AA-03"))
    failure = case.find("failure")
    assert failure is not None
    assert failure.attrib == {
        "type": "key-item",
        "message": "AA-03: not assessed; key item not conformant; gap 1.0",
    }
    assert root.get("failures") == "1"


def test_all_conformant_has_no_failures(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    root, _ = junit(runner, str(make_assessment(ALL_CONFORMANT)))
    assert (root.get("tests"), root.get("failures"), root.get("skipped")) == ("5", "0", "0")
    assert not list(root.iter("failure"))


def test_deterministic_and_escaped(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    catalogue = (
        "schema: cc-assess/catalogue/v1\nid: odd\nversion: 1.0.0\ntitle: Odd\n"
        "scale:\n  - {id: yes-level, label: 'Yes', points: 1}\n  - {id: no-level, label: 'No', points: 0}\n"
        "domains:\n  - id: XX\n    title: '<X & \"Y\">'\n    items:\n"
        # (a control character made by an escape, "\\x01", is refused by the YAML reader since issue 18)
        '      - {id: XX-01, title: "a < b & c", requirement: "]]> <![CDATA["}\n'
    )
    folder = make_assessment(
        files={"catalogue.yaml": catalogue, "responses/XX/XX-01.yaml": "item: XX-01\nstatus: no-level\n"}
    )
    root, first = junit(runner, str(folder))
    _, second = junit(runner, str(folder))
    assert first == second
    case = root.find("testsuite/testcase")
    assert case is not None
    assert root.find("testsuite").get("name") == 'XX <X & "Y">'  # type: ignore[union-attr]
    assert case.get("name") == "XX-01 a < b & c"
    assert case.findtext("failure") == "]]> <![CDATA["


def test_junit_obeys_thresholds(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = make_assessment(MIXED, files={"responses/BB/BB-01.yaml": "item: BB-01\nstatus: na\nna_reason: 无\n"})
    code, out, err = run(runner, "score", str(folder), "--format", "junit", "--fail-under", "90")
    assert code == 1
    assert ET.fromstring(out.encode("utf-8")).tag == "testsuites"
    assert err == "cc-assess: overall score 30.0 is below 90\n"


def test_junit_on_invalid_input_prints_nothing(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = make_assessment({"AA-01": "finished"})
    code, out, err = run(runner, "score", str(folder), "--format", "junit")
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"{folder}/responses/AA/AA-01.yaml:2:9: error: 'finished' is not a status of this catalogue "
        "(use one of: conformant, partial, nonconformant, na, or their zh/en labels) [unknown-status]",
        *(
            f"{folder}/responses/{item[:2]}/{item}.yaml:1:1: warning: no response file for {item}; "
            "it counts as not assessed [missing-response]"
            for item in ("AA-02", "AA-03", "BB-01", "BB-02")
        ),
        f"cc-assess: {folder}: the assessment has errors; run 'cc-assess validate'",
    ]
