"""Sign-off: ``cc-assess approve``, approvals.yaml, its digest, ``approval-outdated`` and ``--require-approved``."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cc_assess import i18n
from cc_assess.approvals import Approval, approvals_text, content_digest, content_files, read_signoff
from cc_assess.shown import Shown
from tests.conftest import ALL_CONFORMANT, MakeAssessment, run


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CC_ASSESS_LANG", "en")
    i18n.reset()


def _framed(folder: Path, rels: list[str]) -> str:
    """The digest as docs/reports.md describes it, computed independently of the module."""
    h = hashlib.sha256()
    for rel in sorted(rels, key=lambda r: r.encode("utf-8")):
        data = (folder / rel).read_bytes()
        h.update(len(rel.encode()).to_bytes(8, "big") + rel.encode() + len(data).to_bytes(8, "big") + data)
    return "sha256:" + h.hexdigest()


def test_digest_covers_the_documented_files_in_the_documented_frame(make_assessment: MakeAssessment) -> None:
    folder = make_assessment(
        ALL_CONFORMANT,
        files={
            "evidence.lock.yaml": "schema: cc-assess/evidence-lock/v1\nfiles: {}\n",
            "responses/_retired/OLD-01.yaml": "item: OLD-01\n",
            "responses/.hidden.yaml": "x: 1\n",
            "responses/AA/notes.txt": "not a response\n",
            "evidence/plan.pdf": b"%PDF-1.4",
        },
    )
    rels = [rel for rel, _ in content_files(folder)]
    assert rels == [
        "assessment.yaml",
        "evidence.lock.yaml",
        "responses/AA/AA-01.yaml",
        "responses/AA/AA-02.yaml",
        "responses/AA/AA-03.yaml",
        "responses/BB/BB-01.yaml",
        "responses/BB/BB-02.yaml",
    ]
    assert content_digest(folder) == _framed(folder, rels)
    before = content_digest(folder)
    # Not part of the content: the approvals themselves, evidence files, retired responses, the catalogue file.
    (folder / "approvals.yaml").write_text("schema: cc-assess/approvals/v1\n", encoding="utf-8")
    (folder / "evidence/plan.pdf").write_bytes(b"%PDF-1.7")
    (folder / "responses/_retired/OLD-01.yaml").write_text("item: OLD-01\nstatus: na\n", encoding="utf-8")
    assert content_digest(folder) == before
    # Part of it: one byte of a response, the lock, a new response file, a renamed file.
    for rel in ("responses/BB/BB-02.yaml", "evidence.lock.yaml", "assessment.yaml"):
        path = folder / rel
        original = path.read_bytes()
        path.write_bytes(original + b"\n")
        assert content_digest(folder) != before, rel
        path.write_bytes(original)
    assert content_digest(folder) == before
    (folder / "responses/BB/BB-02.yaml").rename(folder / "responses/BB/BB-02.yml")
    assert content_digest(folder) != before


def test_framing_is_unambiguous(tmp_path: Path) -> None:
    """Moving bytes from one file's end into the next file's name is another content."""
    a = tmp_path / "a"
    b = tmp_path / "b"
    for folder, first, second in ((a, "x: 1\nab", "AA-01.yaml"), (b, "x: 1\na", "bAA-01.yaml")):
        (folder / "responses" / "AA").mkdir(parents=True)
        (folder / "assessment.yaml").write_text(first, encoding="utf-8")
        (folder / "responses" / "AA" / second).write_text("item: AA-01\n", encoding="utf-8")
    assert content_digest(a) != content_digest(b)


def test_approval_round_trip(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = make_assessment(ALL_CONFORMANT)
    out = run(runner, "report", str(folder), "--lang", "en")[1]
    # the block is there before anyone signs (a whole report: the whole table row)
    assert "| Approved by |  |  | not signed |" in out.splitlines()
    code, out, err = run(runner, "approve", str(folder), "--role", "prepared", "--name", "王丽", "--date", "2026-10-30")
    assert (code, out) == (0, "")
    digest = content_digest(folder)
    assert err == f"wrote {folder}/approvals.yaml: prepared 王丽 2026-10-30, {digest}\n"
    run(runner, "approve", str(folder), "--role", "approved", "--name", "张伟", "--date", "2026-11-02")
    run(runner, "approve", str(folder), "--role", "reviewed", "--name", "陈刚", "--date", "2026-10-31")
    assert (folder / "approvals.yaml").read_text(encoding="utf-8") == (
        "# approvals.yaml — written by `cc-assess approve`, never by hand\n"
        "schema: cc-assess/approvals/v1\n"
        "approvals:\n"
        f"  - {{role: prepared, name: 王丽, date: 2026-10-30, digest: {digest}}}   # 编制\n"
        f"  - {{role: reviewed, name: 陈刚, date: 2026-10-31, digest: {digest}}}   # 审核\n"
        f"  - {{role: approved, name: 张伟, date: 2026-11-02, digest: {digest}}}   # 批准\n"
    )
    code, out, err = run(runner, "validate", str(folder), "--format", "json")
    assert (code, out, err) == (0, "[]\n", "")
    code, _, err = run(runner, "score", str(folder), "--require-approved")
    assert (code, err) == (0, "")

    # A change after the approval: every entry is outdated, at its own line; the gate fails.
    (folder / "responses/BB/BB-02.yaml").write_text(
        "item: BB-02\nstatus: partial\nactions: [{id: A1, description: x}]\n"
    )
    code, out, err = run(runner, "validate", str(folder), "--format", "json")
    assert (code, err) == (0, "")
    found = [(d["line"], d["column"], d["code"], d["severity"]) for d in json.loads(out)]
    assert found == [(line, 5, "approval-outdated", "warning") for line in (4, 5, 6)]
    assert json.loads(out)[2]["message"] == (
        "the approved sign-off by 张伟 on 2026-11-02 no longer matches the content (it changed since); "
        f"sign off again with 'cc-assess approve {folder} --role approved --name NAME'"
    )
    code, out, err = run(runner, "report", str(folder), "--lang", "en")
    assert (code, err) == (0, "")
    lines = out.splitlines()  # a whole report: whole table rows
    assert "| Prepared by | 王丽 | 2026-10-30 | **⚠ content changed after sign-off; to be signed again** |" in lines
    assert "| Approved by | 张伟 | 2026-11-02 | **⚠ content changed after sign-off; to be signed again** |" in lines
    code, out, err = run(runner, "score", str(folder), "--require-approved", "--format", "json")
    assert code == 1
    assert json.loads(out)["overall"]["score"] is not None  # the scores are still printed
    assert err == (
        "cc-assess: no 'approved' approval matches the current content; run "
        f"'cc-assess approve {folder} --role approved --name NAME'\n"
    )

    # Approving again replaces that role's entry only; the others stay outdated and are named.
    code, _, err = run(runner, "approve", str(folder), "--role", "approved", "--name", "张伟", "--date", "2026-11-03")
    assert code == 0
    assert err == (
        f"wrote {folder}/approvals.yaml: approved 张伟 2026-11-03, {content_digest(folder)}\n"
        "note: the prepared, reviewed approval(s) were given on earlier content and need approving again\n"
    )
    signoff = read_signoff(Shown.of(folder))
    assert [(e.role, e.current) for e in signoff.entries] == [
        ("prepared", False),
        ("reviewed", False),
        ("approved", True),
    ]
    code, _, err = run(runner, "score", str(folder), "--require-approved")
    assert (code, err) == (0, "")
    out = run(runner, "report", str(folder), "--lang", "en")[1]
    lines = out.splitlines()
    assert "| Approved by | 张伟 | 2026-11-03 | ✓ matches the current content |" in lines
    assert "| Reviewed by | 陈刚 | 2026-10-31 | **⚠ content changed after sign-off; to be signed again** |" in lines


def test_require_approved_without_approvals_fails(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = make_assessment(ALL_CONFORMANT)
    assert run(runner, "score", str(folder), "--require-approved")[0] == 1
    run(runner, "approve", str(folder), "--role", "reviewed", "--name", "陈刚")
    assert run(runner, "score", str(folder), "--require-approved")[0] == 1  # reviewed is not approved
    assert run(runner, "score", str(folder))[0] == 0


def test_approve_refuses_an_invalid_folder_and_writes_nothing(
    make_assessment: MakeAssessment, runner: CliRunner
) -> None:
    folder = make_assessment({**ALL_CONFORMANT, "AA-01": "maybe"})
    code, out, err = run(runner, "approve", str(folder), "--role", "approved", "--name", "张伟")
    assert (code, out) == (1, "")
    assert err == (
        f"{folder}/responses/AA/AA-01.yaml:2:9: error: 'maybe' is not a status of this catalogue "
        "(use one of: conformant, partial, nonconformant, na, or their zh/en labels) [unknown-status]\n"
        f"cc-assess: {folder}: the assessment has errors; nothing was written; run 'cc-assess validate' and fix "
        "them first\n"
    )
    assert not (folder / "approvals.yaml").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--role", "boss", "--name", "x"],
            "Usage: cc-assess approve [OPTIONS] [folder]\nTry 'cc-assess approve --help' for help.\n\n"
            "Error: Invalid value for '--role': 'boss' is not one of 'prepared', 'reviewed', 'approved'.\n",
        ),
        (["--role", "approved", "--name", "  "], "cc-assess: --name must be one line of text, not empty\n"),
        (["--role", "approved", "--name", "a\nb"], "cc-assess: --name must be one line of text, not empty\n"),
        (
            ["--role", "approved", "--name", "x", "--date", "2026-13-01"],
            "cc-assess: --date: '2026-13-01' is not a date (YYYY-MM-DD)\n",
        ),
    ],
)
def test_approve_bad_arguments_exit_2(
    make_assessment: MakeAssessment, runner: CliRunner, args: list[str], message: str
) -> None:
    folder = make_assessment(ALL_CONFORMANT)
    code, out, err = run(runner, "approve", str(folder), *args)
    assert (code, out, err) == (2, "", message)
    assert not (folder / "approvals.yaml").exists()


def test_date_defaults_to_source_date_epoch(
    make_assessment: MakeAssessment, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_assessment(ALL_CONFORMANT)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1793404800")  # 2026-10-31
    assert run(runner, "approve", str(folder), "--role", "reviewed", "--name", "陈刚")[0] == 0
    assert "date: 2026-10-31," in (folder / "approvals.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "name", ["Zhang: Wei", "O'Brien", "yes", "123", "2026-01-01", "#1", "a, b", "{x}", '"q"', "Ann-Marie Li", "~"]
)
def test_names_read_back_as_written(make_assessment: MakeAssessment, runner: CliRunner, name: str) -> None:
    folder = make_assessment(ALL_CONFORMANT)
    assert run(runner, "approve", str(folder), "--role", "approved", "--name", name)[0] == 0
    signoff = read_signoff(Shown.of(folder))
    assert signoff.diagnostics == []
    assert [e.name for e in signoff.entries] == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("schema: cc-assess/approvals/v1\napprovals: [\n", ("yaml-syntax", 3, 1)),
        ("schema: cc-assess/approvals/v2\napprovals: []\n", ("invalid-value", 1, 9)),
        (
            "schema: cc-assess/approvals/v1\napprovals:\n"
            "  - {role: boss, name: x, date: 2026-01-01, digest: sha256:00}\n",
            ("invalid-value", 3, 12),
        ),
        (
            "schema: cc-assess/approvals/v1\napprovals:\n  - {role: approved, name: x, date: 2026-02-30, "
            f"digest: sha256:{'0' * 64}}}\n",
            ("invalid-date", 3, 37),
        ),
        (
            "schema: cc-assess/approvals/v1\napprovals:\n"
            f"  - {{role: approved, name: x, date: 2026-01-01, digest: sha256:{'0' * 64}}}\n"
            f"  - {{role: approved, name: y, date: 2026-01-02, digest: sha256:{'0' * 64}}}\n",
            ("duplicate-approval", 4, 5),
        ),
    ],
)
def test_malformed_approvals_are_located_errors(
    make_assessment: MakeAssessment, runner: CliRunner, text: str, expected: tuple[str, int, int]
) -> None:
    folder = make_assessment(ALL_CONFORMANT, files={"approvals.yaml": text})
    code, out, err = run(runner, "validate", str(folder), "--format", "json")
    assert (code, err) == (1, "")
    errors = [(d["code"], d["line"], d["column"]) for d in json.loads(out) if d["severity"] == "error"]
    assert errors[:1] == [expected]
    assert {d["path"] for d in json.loads(out)} == {f"{folder}/approvals.yaml"}
    # Commands that show or gate on the sign-off refuse it; approve does not overwrite it.
    assert run(runner, "score", str(folder), "--require-approved")[0] == 1
    assert run(runner, "report", str(folder))[:2] == (1, "")  # a report cannot show a broken sign-off
    assert run(runner, "approve", str(folder), "--role", "approved", "--name", "x")[0] == 1
    assert (folder / "approvals.yaml").read_text(encoding="utf-8") == text


def test_pack_carries_approvals(make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path) -> None:
    folder = make_assessment(ALL_CONFORMANT)
    run(runner, "approve", str(folder), "--role", "approved", "--name", "张伟", "--date", "2026-11-02")
    zip_path = tmp_path / "pack.zip"
    code, _, err = run(runner, "pack", str(folder), "-o", str(zip_path), "--today", "2026-11-03")
    assert code == 0, err
    with zipfile.ZipFile(zip_path) as archive:
        assert archive.read("assessment/approvals.yaml") == (folder / "approvals.yaml").read_bytes()
        assert "assessment/approvals.yaml" in json.loads(archive.read("manifest.json"))["files"]
    assert run(runner, "pack", "--verify", str(zip_path))[0] == 0


def test_approvals_text_of_no_entries() -> None:
    assert approvals_text([]).endswith("approvals: []\n")
    entry = Approval(role="prepared", name="王丽", date="2026-10-30", digest="sha256:" + "a" * 64)
    assert approvals_text([entry]).splitlines()[-1].endswith("   # 编制")
