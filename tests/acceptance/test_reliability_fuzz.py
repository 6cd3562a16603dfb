"""A structure-aware fuzz of response files (issue 18): schema keys mixed with junk, random Unicode, YAML tags,
escapes and anchors, run through every command that reads a response.

Every command must answer with exit code 0, 1 or 2 and never raise (in-process with ``catch_exceptions=False``,
so an exception fails the test with its traceback: what a user would see as "internal error").  The examples are
derandomized and few, so the run is the same every time and takes seconds.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cc_assess.cli import app
from tests.conftest import ALL_CONFORMANT, FIXTURES, response_yaml

RESPONSE_KEYS = [
    "item",
    "status",
    "na_reason",
    "findings",
    "evidence",
    "actions",
    "assessor",
    "assessed_on",
    "previous",
]
EVIDENCE_KEYS = ["ref", "note", "sha256", "as_of", "valid_until"]
ACTION_KEYS = ["id", "description", "owner", "due", "status", "closed_on", "evidence"]
JUNK_KEYS = ["状态", "Status", "findings ", "x", "<<", "'item'", '"status"', "? a", "- b", "1", "~", "&k k", "*k"]
TAGS = ["!!int", "!!float", "!!bool", "!!null", "!!timestamp", "!!binary", "!!str", "!!seq", "!!map", "!!set"]
TAGS += ["!!omap", "!!python/object:os.system", "!local", "!<tag:x,2000:y>"]
TAG_VALUES = ["''", "'-'", "'_'", "'.'", "x", "1", "1.5", "2026-13-45", "[]", "{}", '"\\e"', "'13:45'", "0x", ".inf"]
ESCAPES = ["\\e", "\\0", "\\a", "\\x85", "\\u2028", "\\x9b", "\\N", "\\_", "\\L", "\\P", "\\t", "\\\\", '\\"', "\\n"]
ATOMS = ["", "~", "null", "yes", "no", "on", "1", "-1", "1e308", "0o7", "2026-01-12", "2026-02-30", "12:30:00"]
ATOMS += ["conformant", "partial", "na", "符合", "Partially conformant", "'=1+2'", "'@x'", "evidence/a.pdf"]
ATOMS += ["https://example.com/x", "../outside", "/etc/passwd", "~/x", "a\\b", "#3 号班组", "a: b: c", "：", "|", ">"]

text = st.text(st.characters(exclude_categories=["Cs"]), max_size=24)
raw_text = st.text(st.characters(exclude_categories=["Cs", "Cc"]), max_size=24)  # what an editor may save


@st.composite
def scalar(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 9))
    if kind <= 2:
        return draw(st.sampled_from(ATOMS))
    if kind == 3:
        return json.dumps(draw(text), ensure_ascii=False)  # a double-quoted YAML scalar, escapes included
    if kind == 4:
        return f"{draw(st.sampled_from(TAGS))} {draw(st.sampled_from(TAG_VALUES))}"
    if kind == 5:
        return '"' + "".join(draw(st.lists(st.sampled_from(ESCAPES) | raw_text, max_size=4))) + '"'
    if kind == 6:
        return draw(st.sampled_from(["&a x", "*a", "&b [1, *b]", "*undefined", "&c {k: v}"]))
    if kind == 7:
        return draw(raw_text).replace("\n", " ")  # raw: may not even be YAML
    return "'" + draw(raw_text).replace("'", "''") + "'"


def flow_map(draw: st.DrawFn, keys: list[str]) -> str:
    chosen = draw(st.lists(st.sampled_from(keys + JUNK_KEYS[:4]), max_size=5))
    return "{" + ", ".join(f"{k}: {draw(scalar())}" for k in chosen) + "}"


@st.composite
def response_text(draw: st.DrawFn) -> str:
    lines: list[str] = []
    if draw(st.booleans()):
        lines.append("item: AA-01")  # mostly a file that gets past the first checks
    keys = draw(st.lists(st.sampled_from(RESPONSE_KEYS * 3 + JUNK_KEYS), max_size=8))
    for key in keys:
        if key in ("evidence", "actions"):
            entries = draw(st.integers(0, 3))
            fields = EVIDENCE_KEYS if key == "evidence" else ACTION_KEYS
            if draw(st.booleans()):
                lines.append(f"{key}: [{', '.join(flow_map(draw, fields) for _ in range(entries))}]")
            else:
                lines.append(f"{key}:")
                lines += [f"  - {flow_map(draw, fields)}" for _ in range(entries)]
        elif key == "findings" and draw(st.booleans()):
            lines.append("findings: |")
            lines += [f"  {draw(raw_text)}".replace("\n", " ") for _ in range(draw(st.integers(0, 3)))]
        elif key == "previous":
            lines.append(f"previous: {flow_map(draw, ['status', 'assessed_on'])}")
        else:
            lines.append(f"{key}: {draw(scalar())}")
    text_ = "\n".join(lines) + "\n"
    if draw(st.booleans()):
        text_ = draw(st.sampled_from(["\ufeff", "", "---\n", "%YAML 1.1\n---\n"])) + text_
    return text_.replace("\n", "\r\n") if draw(st.booleans()) else text_


answer_text = st.text(st.characters(exclude_categories=["Cs", "Cc"], include_characters="\n\t"), max_size=60)


@st.composite
def valid_response(draw: st.DrawFn) -> str:
    """A response that passes validate, with random Unicode in every text: what export and import must keep."""
    status = draw(st.sampled_from(["conformant", "partial", "nonconformant", "符合", "不适用", ""]))
    lines = ["item: AA-01", f"status: {status}"]
    if status == "不适用":
        lines.append(f"na_reason: {json.dumps(draw(answer_text) or 'x', ensure_ascii=False)}")
    lines.append(f"findings: {json.dumps(draw(answer_text), ensure_ascii=False)}")
    lines.append(f"assessor: {json.dumps(draw(answer_text).replace(chr(10), ' '), ensure_ascii=False)}")
    actions = [
        f"  - {{id: A{n}, description: {json.dumps(draw(answer_text) or 'd', ensure_ascii=False)}, "
        f"owner: {json.dumps(draw(raw_text), ensure_ascii=False)}, due: 2026-0{n + 1}-15, status: open}}"
        for n in range(draw(st.integers(0, 2)))
    ]
    lines += ["actions:", *actions] if actions else []
    return "\n".join(lines) + "\n"


@contextmanager
def assessment(text_: str) -> Iterator[Path]:
    base = Path(tempfile.mkdtemp(prefix="cc-assess-fuzz-"))
    try:
        folder = base / "site"
        (folder / "responses" / "AA").mkdir(parents=True)
        (folder / "responses" / "BB").mkdir(parents=True)
        shutil.copyfile(FIXTURES / "mini.yaml", folder / "catalogue.yaml")
        (folder / "assessment.yaml").write_text(
            "catalogue: catalogue.yaml\ncatalogue_version: 1.0.0\n", encoding="utf-8"
        )
        for item, status in ALL_CONFORMANT.items():
            (folder / "responses" / item[:2] / f"{item}.yaml").write_text(response_yaml(item, status), encoding="utf-8")
        shutil.copytree(folder, base / "clean")
        (folder / "responses" / "AA" / "AA-01.yaml").write_bytes(text_.encode("utf-8", "surrogatepass"))
        yield folder
    finally:
        shutil.rmtree(base, ignore_errors=True)


def invoke(runner: CliRunner, *args: str) -> int:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code in (0, 1, 2), (args, result.exit_code, result.stderr)
    assert "internal error" not in result.stderr
    assert "Traceback" not in result.stderr
    return result.exit_code


FUZZ = settings(
    max_examples=12, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)


@FUZZ
@given(st.one_of(response_text(), valid_response()))
def test_every_command_that_reads_a_response_answers_with_an_exit_code(text_: str) -> None:
    runner = CliRunner()
    with assessment(text_) as folder:
        out = folder.parent
        site = str(folder)
        valid = invoke(runner, "validate", site, "--format", "json")
        for args in (
            ("score", site, "--format", "json", "--fail-under", "50"),
            ("report", site, "--format", "markdown"),
            ("report", site, "--format", "html"),
            ("actions", site, "--format", "csv", "--today", "2026-01-01"),
            ("actions", site, "--today", "2026-01-01"),
            ("evidence", site),
            ("diff", str(out / "clean"), site, "--format", "json"),
            ("pack", site, "-o", str(out / "p.zip"), "--today", "2026-01-01"),
        ):
            code = invoke(runner, *args)
            assert code in ((0, 1) if valid == 0 else (1, 2)), args
        for fmt in ("xlsx", "csv"):
            exported = out / f"a.{fmt}"
            if invoke(runner, "export", site, "--format", fmt, "-o", str(exported)) == 0:
                assert valid == 0
                # an unedited export changes nothing on import
                result = runner.invoke(app, ["import", site, str(exported)], catch_exceptions=False)
                assert (result.exit_code, result.stdout) == (0, ""), result.stderr


@settings(max_examples=40, derandomize=True, deadline=None, database=None)
@given(response_text())
def test_validate_and_score_agree_on_many_more_files(text_: str) -> None:
    runner = CliRunner()
    with assessment(text_) as folder:
        valid = invoke(runner, "validate", str(folder))
        scored = invoke(runner, "score", str(folder), "--format", "json")
        assert (valid == 0) == (scored == 0)
