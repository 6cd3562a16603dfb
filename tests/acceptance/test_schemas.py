"""JSON Schemas for editors: generated from the models, written by ``init``, checked with check-jsonschema.

The agreement test writes one response file per case into an ``init``-ed assessment, then runs both
``cc-assess validate`` and the third-party ``check-jsonschema`` (plain and catalogue-narrowed schemas) over
them once, and compares every file's verdict with what the case says.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cc_assess.catalogue import find_bundled, load_file
from cc_assess.models import Assessment, Response
from cc_assess.schemas import DESCRIPTIONS, MODELS, json_schema, response_schema_for, schema_json
from cc_assess.shown import Shown
from tests.conftest import FIXTURES, REPO, run

DRAFT = "https://json-schema.org/draft/2020-12/schema"
EXAMPLES = sorted((REPO / "examples").glob("**/assessment.yaml"))


def check_jsonschema(schema: Path, files: list[Path], *extra: str) -> dict[str, list[str]]:
    """Run the third-party check-jsonschema once; returns the failing files with their error paths."""
    pytest.importorskip("check_jsonschema")
    proc = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema), "-o", "json", *extra, *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(proc.stdout)
    assert not report.get("parse_errors"), report
    failing: dict[str, list[str]] = {}
    for error in report.get("errors", []):
        failing.setdefault(Path(error["filename"]).as_posix(), []).append(error["path"])
    assert proc.returncode == (1 if failing else 0), proc.stdout + proc.stderr
    return failing


# --------------------------------------------------------------------------------------- generated schemas


@pytest.mark.parametrize("kind", sorted(MODELS))
def test_plain_schema_is_draft_2020_12_and_closed(kind: str) -> None:
    schema = json_schema(kind)
    assert schema["$schema"] == DRAFT
    assert schema["title"] == f"cc-assess {kind}"
    assert schema["additionalProperties"] is False
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(schema)


def test_descriptions_name_real_fields() -> None:
    assert set(DESCRIPTIONS["response"]) == set(Response.model_fields)
    assert set(DESCRIPTIONS["assessment"]) <= set(Assessment.model_fields)


def test_schema_command_prints_the_generated_schema(runner: CliRunner) -> None:
    code, out, err = run(runner, "schema", "assessment")
    assert (code, err) == (0, "")
    assert json.loads(out) == json_schema("assessment")
    assert out == schema_json(json_schema("assessment"))


def test_response_schema_for_a_catalogue_enumerates_items_and_statuses(runner: CliRunner) -> None:
    code, out, err = run(runner, "schema", "response", "--catalogue", "ydt-2823-2015")
    assert code == 0, err
    schema = json.loads(out)
    catalogue = find_bundled("ydt-2823-2015")
    assert schema == response_schema_for(catalogue)
    assert schema["title"] == f"cc-assess response (ydt-2823-2015 {catalogue.version})"
    items = schema["properties"]["item"]["anyOf"]
    assert [choice["const"] for choice in items] == [item.id for item in catalogue.items()]
    first = catalogue.items()[0]
    assert items[0]["description"] == f"{first.id} {first.title.zh} / {first.title.en}"
    assert items[0]["markdownDescription"].endswith(f"{first.requirement.zh}\n\n{first.requirement.en}")
    statuses = schema["properties"]["status"]["anyOf"]
    consts = [choice["const"] for choice in statuses if "const" in choice]
    assert consts[:3] == ["conformant", "符合", "Conformant"]
    assert {"partial", "部分符合", "Partially conformant", "na", "不适用", "Not applicable"} <= set(consts)
    assert {"type": "null", "description": "未评估 / not assessed"} in statuses
    assert schema["then"]["required"] == ["na_reason"]


def test_response_schema_for_a_catalogue_file(runner: CliRunner) -> None:
    code, out, err = run(runner, "schema", "response", "--catalogue", str(FIXTURES / "mini.yaml"))
    assert (code, err) == (0, "")
    assert [c["const"] for c in json.loads(out)["properties"]["item"]["anyOf"]] == [
        "AA-01",
        "AA-02",
        "AA-03",
        "BB-01",
        "BB-02",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["response", "--catalogue", "nope"],
            "cc-assess: unknown catalogue 'nope' (bundled: ydt-2823-2015; or give a path to a catalogue file)\n",
        ),
        (
            ["response", "--catalogue", "ydt-2823-2015", "--catalogue-version", "0.9.0"],
            "cc-assess: catalogue 'ydt-2823-2015' has no version 0.9.0 (available: 1.0.0, 1.1.0)\n",
        ),
        (
            ["assessment", "--catalogue", "ydt-2823-2015"],
            "cc-assess: --catalogue narrows the response schema only, not the assessment schema\n",
        ),
        (["response", "--catalogue-version", "1.0.0"], "cc-assess: --catalogue-version needs --catalogue\n"),
    ],
)
def test_schema_command_errors(runner: CliRunner, args: list[str], message: str) -> None:
    assert run(runner, "schema", *args) == (2, "", message)


# --------------------------------------------------------------------------------------- init


def test_init_writes_schemas_and_modelines(tmp_path: Path, runner: CliRunner) -> None:
    folder = tmp_path / "a"
    code, _, err = run(runner, "init", str(folder), "--catalogue", "ydt-2823-2015")
    assert code == 0, err
    assert err == f"wrote 227 files into {folder.as_posix()}\n"
    written = json.loads((folder / ".cc-assess" / "response.schema.json").read_text(encoding="utf-8"))
    assert written == response_schema_for(find_bundled("ydt-2823-2015"))
    assert (folder / ".cc-assess" / "assessment.schema.json").read_text(encoding="utf-8") == schema_json(
        json_schema("assessment")
    )
    first = (folder / "assessment.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=.cc-assess/assessment.schema.json"
    responses = sorted((folder / "responses").rglob("*.yaml"))
    assert len(responses) == 224
    for path in responses:
        line = path.read_text(encoding="utf-8").splitlines()[0]
        assert line == "# yaml-language-server: $schema=../../.cc-assess/response.schema.json", path
        # the modeline is relative to the file, and it resolves to the schema init wrote
        assert (path.parent / line.split("=", 1)[1]).resolve() == (folder / ".cc-assess/response.schema.json")
    assert run(runner, "validate", str(folder), "--format", "json")[:2] == (0, "[]\n")


def test_init_with_a_catalogue_file_narrows_to_it(tmp_path: Path, runner: CliRunner) -> None:
    folder = tmp_path / "m"
    assert run(runner, "init", str(folder), "--catalogue", str(FIXTURES / "mini.yaml"))[0] == 0
    schema = json.loads((folder / ".cc-assess" / "response.schema.json").read_text(encoding="utf-8"))
    assert schema["title"] == "cc-assess response (mini 1.0.0)"
    assert (folder / "responses/AA/AA-01.yaml").read_text(encoding="utf-8").startswith("# yaml-language-server:")


# --------------------------------------------------------------------------------------- check-jsonschema

# (name, response body after "item: <id>\n", valid for cc-assess, valid by the plain schema, by the narrowed one)
CASES: list[tuple[str, str, bool, bool, bool]] = [
    (
        "empty",
        "status:\nna_reason:\nfindings: |\nevidence: []\nactions: []\nassessor:\nassessed_on:\n",
        True,
        True,
        True,
    ),
    ("id", "status: partial\n", True, True, True),
    ("zh-label", "status: 部分符合\n", True, True, True),
    ("en-label-any-case", "status: partially CONFORMANT\n", True, True, True),
    ("spaces", 'status: " conformant "\n', True, True, True),
    ("blank-string", 'status: ""\n', True, True, True),
    ("na-with-reason", "status: na\nna_reason: 本中心无外包业务\n", True, True, True),
    (
        "full",
        "status: nonconformant\nfindings: |\n  **无**培训记录\nevidence:\n"
        "  - {ref: https://intranet.example/kpi, note: KPI}\n"
        "  - {ref: evidence/plan.pdf, sha256: " + "a" * 64 + "}\n"
        "actions:\n  - {id: A1, description: 制定计划, owner: 陈刚, due: 2026-03-31, status: in-progress}\n"
        "  - {id: A2, description: 复核, due: '2026-04-30', status: done, closed_on: 2026-05-02}\n"
        "assessor: 王丽\nassessed_on: 2026-01-12\n",
        True,
        True,
        True,
    ),
    ("date-looking-text", "findings: 2026-01-12\n", True, True, True),
    ("unknown-key", "status: partial\nfinding: typo\n", False, False, False),
    ("date-pattern", "assessed_on: 2026-1-5\n", False, False, False),
    ("impossible-date", "assessed_on: 2026-13-45\n", False, False, False),
    ("due-not-a-date", "actions:\n  - {id: A1, description: x, due: next week}\n", False, False, False),
    ("boolean-text", "findings: true\n", False, False, False),
    ("number-status", "status: 1\n", False, False, False),
    ("unknown-status", "status: finished\n", False, True, False),
    ("na-without-reason", "status: 不适用\n", False, True, False),
    ("action-status", "actions:\n  - {id: A1, description: x, status: closed}\n", False, False, False),
    # action statuses: id or label in any case, -/_/space between words, zh labels, spaces around
    ("action-status-any-case", "actions:\n  - {id: A1, description: x, status: Open}\n", True, True, True),
    ("action-status-words", "actions:\n  - {id: A1, description: x, status: IN_Progress}\n", True, True, True),
    ("action-status-spaced", "actions:\n  - {id: A1, description: x, status: ' in progress '}\n", True, True, True),
    ("action-status-zh", "actions:\n  - {id: A1, description: x, status: 已完成}\n", True, True, True),
    ("action-status-two-dashes", "actions:\n  - {id: A1, description: x, status: in--progress}\n", False, False, False),
    ("action-no-description", "actions:\n  - {id: A1}\n", False, False, False),
    ("evidence-string", "evidence: [evidence/plan.pdf]\n", False, False, False),
    ("bad-sha256", "evidence:\n  - {ref: evidence/a.pdf, sha256: abc}\n", False, False, False),
    # beyond JSON Schema: YAML 1.1 booleans (YAML 1.2 tools read a string) and paths leaving the folder
    ("yaml11-boolean", "status: no\n", False, True, False),
    ("evidence-escapes", "evidence:\n  - {ref: ../secret.pdf}\n", False, True, True),
]


@pytest.fixture(scope="module")
def case_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Path]]:
    """An init-ed assessment whose first response files hold the cases (the rest stay as init wrote them)."""
    folder = tmp_path_factory.mktemp("cases") / "site"
    assert run(CliRunner(), "init", str(folder), "--catalogue", "ydt-2823-2015")[0] == 0
    items = find_bundled("ydt-2823-2015").items()
    paths: dict[str, Path] = {}
    for (name, body, *_), item in zip(CASES, items, strict=False):
        path = folder / "responses" / item.id[:2] / f"{item.id}.yaml"
        path.write_text(f"# case {name}\nitem: {item.id}\n{body}", encoding="utf-8")
        paths[name] = path
    return folder, paths


@pytest.fixture(scope="module")
def verdicts(case_folder: tuple[Path, dict[str, Path]]) -> dict[str, tuple[bool, bool, bool]]:
    folder, paths = case_folder
    code, out, err = run(CliRunner(), "validate", str(folder), "--format", "json")
    assert (code, err) == (1, "")
    cc_errors = {Path(d["path"]).resolve() for d in json.loads(out) if d["severity"] == "error"}
    files = list(paths.values())
    plain = folder / "plain.schema.json"
    plain.write_text(schema_json(json_schema("response")), encoding="utf-8")
    by_plain = check_jsonschema(plain, files)
    by_narrowed = check_jsonschema(folder / ".cc-assess" / "response.schema.json", files)
    return {
        name: (
            path.resolve() not in cc_errors,
            path.as_posix() not in by_plain,
            path.as_posix() not in by_narrowed,
        )
        for name, path in paths.items()
    }


@pytest.mark.parametrize(("name", "body", "cc", "plain", "narrowed"), CASES, ids=[c[0] for c in CASES])
def test_schemas_agree_with_validate(
    verdicts: dict[str, tuple[bool, bool, bool]], name: str, body: str, cc: bool, plain: bool, narrowed: bool
) -> None:
    assert verdicts[name] == (cc, plain, narrowed)


def test_init_ed_folder_passes_check_jsonschema(case_folder: tuple[Path, dict[str, Path]]) -> None:
    folder, paths = case_folder
    untouched = sorted(set((folder / "responses").rglob("*.yaml")) - set(paths.values()))
    assert len(untouched) == 224 - len(CASES)
    assert check_jsonschema(folder / ".cc-assess" / "response.schema.json", untouched) == {}
    assert check_jsonschema(folder / ".cc-assess" / "assessment.schema.json", [folder / "assessment.yaml"]) == {}


def test_exported_schemas_pass_the_metaschema(case_folder: tuple[Path, dict[str, Path]]) -> None:
    folder, _ = case_folder
    schemas = sorted((folder / ".cc-assess").glob("*.json"))
    assert len(schemas) == 2
    for schema in schemas:
        proc = subprocess.run(
            [sys.executable, "-m", "check_jsonschema", "--check-metaschema", str(schema)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0, proc.stdout


def test_assessment_schema_with_check_jsonschema(tmp_path: Path) -> None:
    schema = tmp_path / "assessment.schema.json"
    schema.write_text(schema_json(json_schema("assessment")), encoding="utf-8")
    good = tmp_path / "good.yaml"
    good.write_text(
        "catalogue: ydt-2823-2015\ncatalogue_version: 1.0.0\norganization: 华信客服中心\nsite: 上海\n"
        "kind: self-assessment\nperiod: {start: 2026-01-05, end: 2026-01-30}\nscope: {zh: 全部, en: All}\n"
        "assessors: [{name: 王丽, role: lead}]\ntarget: 80\nlanguage: bi\nlabel: '2026'\n",
        encoding="utf-8",
    )
    bad = {
        "typo.yaml": "catalogue: ydt-2823-2015\ncatalogue_version: 1.0.0\norganisation: x\n",
        "kind.yaml": "catalogue: ydt-2823-2015\ncatalogue_version: 1.0.0\nkind: audit\n",
        "version.yaml": "catalogue: ydt-2823-2015\ncatalogue_version: '1.0'\n",
        "target.yaml": "catalogue: ydt-2823-2015\ncatalogue_version: 1.0.0\ntarget: 120\n",
        "period.yaml": "catalogue: ydt-2823-2015\ncatalogue_version: 1.0.0\nperiod: {start: 2026-01-05}\n",
        "scope.yaml": "catalogue: ydt-2823-2015\ncatalogue_version: 1.0.0\nscope: {}\n",
        "missing.yaml": "catalogue: ydt-2823-2015\n",
    }
    for name, text in bad.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    failing = check_jsonschema(schema, [good, *(tmp_path / name for name in bad)])
    assert sorted(Path(f).name for f in failing) == sorted(bad)


def test_catalogue_schema_accepts_the_catalogues(tmp_path: Path) -> None:
    schema = tmp_path / "catalogue.schema.json"
    schema.write_text(schema_json(json_schema("catalogue")), encoding="utf-8")
    files = [*sorted((REPO / "criteria").rglob("*.yaml")), FIXTURES / "mini.yaml"]
    assert check_jsonschema(schema, files) == {}
    bad = tmp_path / "bad.yaml"
    bad.write_text((FIXTURES / "mini.yaml").read_text(encoding="utf-8").replace("points: 0.5", "points: 2"))
    assert list(check_jsonschema(schema, [bad])) == [bad.as_posix()]


@pytest.mark.parametrize("assessment", EXAMPLES, ids=[p.parent.relative_to(REPO).as_posix() for p in EXAMPLES])
def test_examples_pass_check_jsonschema(assessment: Path, tmp_path: Path) -> None:
    from cc_assess.assessment import read_meta

    folder = assessment.parent
    meta, _ = read_meta(Shown.of(folder))
    if (folder / meta.catalogue).is_file():
        catalogue, _ = load_file(Shown(folder / meta.catalogue, meta.catalogue))
        assert catalogue is not None
    else:
        catalogue = find_bundled(meta.catalogue, meta.catalogue_version)
    response_schema = tmp_path / "response.schema.json"
    response_schema.write_text(schema_json(response_schema_for(catalogue)), encoding="utf-8")
    assessment_schema = tmp_path / "assessment.schema.json"
    assessment_schema.write_text(schema_json(json_schema("assessment")), encoding="utf-8")
    assert check_jsonschema(assessment_schema, [assessment]) == {}
    # Files under responses/_retired/ (left there by cc-assess migrate) are not responses: loading skips them.
    responses = sorted(p for p in (folder / "responses").glob("*/*.yaml") if p.parent.name != "_retired")
    if responses:
        assert check_jsonschema(response_schema, responses) == {}


def test_init_from_keeps_the_modeline_first(tmp_path: Path, runner: CliRunner) -> None:
    old, new = tmp_path / "2025", tmp_path / "2026"
    assert run(runner, "init", str(old), "--catalogue", "ydt-2823-2015")[0] == 0
    first = find_bundled("ydt-2823-2015").items()[0]
    response = old / "responses" / first.id[:2] / f"{first.id}.yaml"
    response.write_text(
        response.read_text(encoding="utf-8").replace("status:\n", "status: partial\n"), encoding="utf-8"
    )
    code, _, err = run(runner, "init", str(new), "--catalogue", "ydt-2823-2015", "--from", str(old))
    assert code == 0, err
    carried = (new / "responses" / first.id[:2] / f"{first.id}.yaml").read_text(encoding="utf-8")
    assert carried.startswith("# yaml-language-server: $schema=../../.cc-assess/response.schema.json\n")
    assert "status: partial\n" in carried
    assert (new / ".cc-assess" / "response.schema.json").is_file()
