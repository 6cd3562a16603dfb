from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import MakeAssessment, run

HELLO_SHA = hashlib.sha256(b"hello\n").hexdigest()
PLAN_SHA = hashlib.sha256("培训\n".encode()).hexdigest()

BB02 = f"""item: BB-02
status: conformant
evidence:
  - {{ref: evidence/a.txt, note: 问候, sha256: {HELLO_SHA}}}
  - {{ref: evidence/sub, note: folder}}
  - {{ref: https://intra.example/kpi}}
"""


def _folder(make_assessment: MakeAssessment, **extra: str | bytes | None) -> Path:
    files: dict[str, str | bytes | None] = {
        "responses/BB/BB-02.yaml": BB02,
        "evidence/a.txt": "hello\n",
        "evidence/sub/计划.pdf": "培训\n",
        "evidence/unreferenced.txt": "x",
        "evidence/.DS_Store": "ignored",
    }
    files.update(extra)
    return make_assessment({"AA-01": "conformant"}, files=files)


def test_index_json(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    code, out, err = run(runner, "evidence", str(_folder(make_assessment)), "--format", "json")
    assert code == 0, err
    assert json.loads(out) == [
        {"item": "BB-02", "ref": "evidence/a.txt", "note": "问候", "type": "file", "exists": True, "size": 6,
         "sha256": HELLO_SHA, "as_of": None, "valid_until": None},
        {"item": "BB-02", "ref": "evidence/sub", "note": "folder", "type": "folder", "exists": True, "size": None,
         "sha256": None, "as_of": None, "valid_until": None},
        {"item": "BB-02", "ref": "https://intra.example/kpi", "note": None, "type": "url", "exists": None,
         "size": None, "sha256": None, "as_of": None, "valid_until": None},
    ]  # fmt: skip


def test_index_table_marks_missing(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    bb02 = BB02.replace("evidence/sub, note: folder", "evidence/gone.pdf")
    code, out, err = run(runner, "evidence", str(_folder(make_assessment, **{"responses/BB/BB-02.yaml": bb02})))
    assert code == 0, err
    assert out == (
        "                                   evidence                                   \n"
        "┏━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━┳━━━━━━━━━━━┳━━━━━━┳━━━━━━━━━━━━━━┓\n"
        "┃ item  ┃ ref                       ┃ note ┃  exists   ┃ size ┃ sha256       ┃\n"
        "┡━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━╇━━━━━━━━━━━╇━━━━━━╇━━━━━━━━━━━━━━┩\n"
        f"│ BB-02 │ evidence/a.txt            │ 问候 │     ✓     │  6 B │ {HELLO_SHA[:12]} │\n"
        "│ BB-02 │ evidence/gone.pdf         │      │ ✗ missing │    — │ —            │\n"
        "│ BB-02 │ https://intra.example/kpi │      │     —     │    — │ —            │\n"
        "└───────┴───────────────────────────┴──────┴───────────┴──────┴──────────────┘\n"
        "3 reference(s), 1 missing\n"
    )


def test_lock_then_verify(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = _folder(make_assessment)
    code, out, err = run(runner, "evidence", str(folder), "--lock")
    assert (code, out) == (0, "")
    assert err == f"wrote {folder}/evidence.lock.yaml: 3 file(s)\n"
    unref_sha = hashlib.sha256(b"x").hexdigest()
    assert (folder / "evidence.lock.yaml").read_text(encoding="utf-8") == (
        "# cc-assess evidence lock: sha256 and size of every evidence file.\n"
        "# Written by 'cc-assess evidence FOLDER --lock'; checked by 'cc-assess evidence FOLDER --verify'.\n"
        "schema: cc-assess/evidence-lock/v1\n"
        "files:\n"
        f"  evidence/a.txt:\n    sha256: {HELLO_SHA}\n    size: 6\n"
        f"  evidence/sub/计划.pdf:\n    sha256: {PLAN_SHA}\n    size: 7\n"
        f"  evidence/unreferenced.txt:\n    sha256: {unref_sha}\n    size: 1\n"
    )
    before = (folder / "evidence.lock.yaml").read_bytes()
    assert run(runner, "evidence", str(folder), "--lock")[0] == 0
    assert (folder / "evidence.lock.yaml").read_bytes() == before  # deterministic
    code, out, err = run(runner, "evidence", str(folder), "--verify")
    assert (code, out, err) == (0, "", "ok: 3 evidence file(s) match evidence.lock.yaml\n")
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_lock_includes_referenced_files_outside_evidence_dir(
    make_assessment: MakeAssessment, runner: CliRunner
) -> None:
    bb02 = "item: BB-02\nstatus: conformant\nevidence:\n  - {ref: docs/./policy.md}\n"
    folder = make_assessment(files={"responses/BB/BB-02.yaml": bb02, "docs/policy.md": "p", "docs/other.md": "o"})
    assert run(runner, "evidence", str(folder), "--lock")[0] == 0
    text = (folder / "evidence.lock.yaml").read_text(encoding="utf-8")
    assert text == (
        "# cc-assess evidence lock: sha256 and size of every evidence file.\n"
        "# Written by 'cc-assess evidence FOLDER --lock'; checked by 'cc-assess evidence FOLDER --verify'.\n"
        "schema: cc-assess/evidence-lock/v1\n"
        "files:\n"
        "  docs/policy.md:\n"
        f"    sha256: {hashlib.sha256(b'p').hexdigest()}\n"
        "    size: 1\n"
    )


def test_verify_names_changed_missing_unlisted(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = _folder(make_assessment)
    assert run(runner, "evidence", str(folder), "--lock")[0] == 0
    (folder / "evidence" / "a.txt").write_text("hello, changed\n", encoding="utf-8")
    (folder / "evidence" / "unreferenced.txt").unlink()
    (folder / "evidence" / "new.txt").write_text("new", encoding="utf-8")
    code, out, err = run(runner, "evidence", str(folder), "--verify")
    assert (code, out) == (1, "")
    changed_sha = hashlib.sha256(b"hello, changed\n").hexdigest()
    f = str(folder)
    assert err.splitlines() == [
        f"{f}/evidence.lock.yaml:5:3: error: 'evidence/a.txt' has changed since it was locked (sha256 "
        f"{changed_sha}, size 15; locked {HELLO_SHA}, size 6) [evidence-changed]",
        f"{f}/evidence.lock.yaml:11:3: error: 'evidence/unreferenced.txt' is in the lock but missing "
        "[evidence-missing]",
        f"{f}/evidence/new.txt:1:1: error: 'evidence/new.txt' is not in evidence.lock.yaml; record it with "
        "'cc-assess evidence --lock' [evidence-unlisted]",
        f"{f}/responses/BB/BB-02.yaml:4:45: error: 'evidence/a.txt' has sha256 {changed_sha}, not the "
        f"{HELLO_SHA} written here [evidence-sha256]",
        f"cc-assess: {f}: evidence does not verify (4 problem(s))",
    ]


def test_verify_missing_referenced_file_is_an_error(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = _folder(make_assessment)
    assert run(runner, "evidence", str(folder), "--lock")[0] == 0
    (folder / "evidence" / "sub" / "计划.pdf").unlink()
    (folder / "evidence" / "sub").rmdir()
    code, _, err = run(runner, "evidence", str(folder), "--verify")
    assert code == 1
    assert err == (
        f"{folder}/evidence.lock.yaml:8:3: error: 'evidence/sub/计划.pdf' is in the lock but missing "
        "[evidence-missing]\n"
        f"{folder}/responses/BB/BB-02.yaml:5:11: error: evidence file 'evidence/sub' does not exist "
        "[evidence-missing]\n"
        f"cc-assess: {folder}: evidence does not verify (2 problem(s))\n"
    )
    # validate only warns about it
    code, _, err = run(runner, "validate", str(folder))
    assert code == 0
    assert err == (
        "".join(
            f"{folder}/responses/{item[:2]}/{item}.yaml:1:1: warning: no response file for {item}; "
            "it counts as not assessed [missing-response]\n"
            for item in ("AA-02", "AA-03", "BB-01")
        )
        + f"{folder}/responses/BB/BB-02.yaml:5:11: warning: evidence file 'evidence/sub' does not exist "
        "[evidence-missing]\n"
        "0 error(s), 4 warning(s)\n"
    )


def test_verify_without_lock(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = _folder(make_assessment)
    code, _, err = run(runner, "evidence", str(folder), "--verify")
    assert code == 1
    assert err == (
        f"{folder}/evidence.lock.yaml:1:1: error: no evidence.lock.yaml; record the evidence with "
        f"'cc-assess evidence {folder} --lock' [evidence-unlocked]\n"
        f"cc-assess: {folder}: evidence does not verify (1 problem(s))\n"
    )


def test_verify_invalid_lock_is_located(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    lock = "schema: cc-assess/evidence-lock/v1\nfiles:\n  evidence/a.txt: {sha256: abc, size: 6}\n"
    folder = _folder(make_assessment, **{"evidence.lock.yaml": lock})
    code, _, err = run(runner, "evidence", str(folder), "--verify")
    assert code == 1
    assert err == (
        f"{folder}/evidence.lock.yaml:3:28: error: 'abc' does not match the pattern ^[0-9a-f]{{64}}$ [invalid-value]\n"
        f"cc-assess: {folder}: evidence does not verify (1 problem(s))\n"
    )


def test_locked_path_that_escapes(make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path) -> None:
    folder = _folder(make_assessment)
    assert run(runner, "evidence", str(folder), "--lock")[0] == 0
    with (folder / "evidence.lock.yaml").open("a", encoding="utf-8") as handle:
        handle.write(f"  ../outside.txt:\n    sha256: {HELLO_SHA}\n    size: 6\n")
    (tmp_path / "outside.txt").write_text("hello\n", encoding="utf-8")
    code, _, err = run(runner, "evidence", str(folder), "--verify")
    assert code == 1
    assert err == (
        f"{folder}/evidence.lock.yaml:14:3: error: locked path '../outside.txt' leaves the assessment folder "
        "[evidence-path]\n"
        f"cc-assess: {folder}: evidence does not verify (1 problem(s))\n"
    )


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlink_under_evidence_that_escapes(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path
) -> None:
    folder = _folder(make_assessment)
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    (tmp_path / "secret-dir").mkdir()
    os.symlink(tmp_path / "secret.txt", folder / "evidence" / "link.txt")
    os.symlink(tmp_path / "secret-dir", folder / "evidence" / "linkdir")
    os.symlink(folder / "evidence" / "a.txt", folder / "evidence" / "inside.txt")  # fine: stays inside
    code, _, err = run(runner, "evidence", str(folder), "--lock")
    assert code == 1
    assert err.splitlines() == [
        f"{folder}/evidence/link.txt:1:1: error: 'evidence/link.txt' is a link that leaves the assessment folder; "
        "evidence must stay inside it [evidence-path]",
        f"{folder}/evidence/linkdir:1:1: error: 'evidence/linkdir' is a link that leaves the assessment folder; "
        "evidence must stay inside it [evidence-path]",
        f"cc-assess: {folder}/evidence.lock.yaml: nothing written; fix the evidence problems above, then lock again",
    ]
    assert not (folder / "evidence.lock.yaml").exists()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_referenced_symlink_that_escapes_is_located(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path
) -> None:
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    bb02 = "item: BB-02\nstatus: conformant\nevidence:\n  - {ref: docs/link.txt}\n"
    folder = make_assessment(files={"responses/BB/BB-02.yaml": bb02})
    (folder / "docs").mkdir()
    os.symlink(tmp_path / "secret.txt", folder / "docs" / "link.txt")
    code, out, err = run(runner, "evidence", str(folder), "--format", "json")
    assert (code, out) == (1, "")
    assert err == (
        "".join(
            f"{folder}/responses/{item[:2]}/{item}.yaml:1:1: warning: no response file for {item}; "
            "it counts as not assessed [missing-response]\n"
            for item in ("AA-01", "AA-02", "AA-03", "BB-01")
        )
        + f"{folder}/responses/BB/BB-02.yaml:4:11: error: evidence ref 'docs/link.txt' leaves the assessment folder "
        "after resolving links [evidence-path]\n"
        f"cc-assess: {folder}: the assessment has errors; run 'cc-assess validate'\n"
    )


def test_lock_and_verify_together_cannot_run(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    code, out, err = run(runner, "evidence", str(_folder(make_assessment)), "--lock", "--verify")
    assert (code, out, err) == (2, "", "cc-assess: use --lock or --verify, not both\n")


def test_evidence_expired_warning(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    bb02 = (
        "item: BB-02\nstatus: conformant\nevidence:\n"
        "  - {ref: https://a.example/cert, as_of: 2025-01-01, valid_until: 2025-12-31}\n"
        "  - {ref: https://a.example/ok, valid_until: 2026-01-30}\n"
    )
    folder = make_assessment(
        files={"responses/BB/BB-02.yaml": bb02}, meta="period: {start: 2026-01-05, end: 2026-01-30}\n"
    )
    code, out, err = run(runner, "validate", str(folder), "--format", "json")
    assert (code, err) == (0, "")
    expired = [d for d in json.loads(out) if d["code"] == "evidence-expired"]
    assert expired == [
        {"path": f"{folder}/responses/BB/BB-02.yaml", "line": 4, "column": 67, "item": "BB-02",
         "code": "evidence-expired", "severity": "warning",
         "message": "evidence 'https://a.example/cert' expired on 2025-12-31, before the assessment date 2026-01-30"},
    ]  # fmt: skip


def test_evidence_expired_without_period_uses_today(
    make_assessment: MakeAssessment, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    bb02 = "item: BB-02\nstatus: conformant\nevidence:\n  - {ref: https://a.example/cert, valid_until: 2026-03-01}\n"
    folder = make_assessment(files={"responses/BB/BB-02.yaml": bb02})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1772323200")  # 2026-03-01
    assert "evidence-expired" not in run(runner, "validate", str(folder))[2]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1772409600")  # 2026-03-02
    assert "before the assessment date 2026-03-02 [evidence-expired]" in run(runner, "validate", str(folder))[2]
