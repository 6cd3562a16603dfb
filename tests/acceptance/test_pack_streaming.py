"""``pack`` reads each evidence byte once (hashing while it copies, checking before the zip is moved into
place), and ``evidence`` finds files resolving only links: the behaviour these speed-ups must keep."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cc_assess import evidence
from cc_assess.assessment import load_assessment
from cc_assess.shown import Shown
from cc_assess.yamlio import YamlError, dump_yaml
from tests.conftest import MakeAssessment, run

PLAN = b"%PDF-1.4 plan\n"
PHOTO = b"\xff\xd8\xff jpeg"


def _aa01(sha256: str) -> str:
    return (
        "item: AA-01\nstatus: partial\nfindings: 培训记录不全\nevidence:\n"
        f"  - {{ref: evidence/培训计划.pdf, note: 年度培训计划, sha256: {sha256}}}\n"
    )


def _folder(make_assessment: MakeAssessment) -> Path:
    return make_assessment(
        {"AA-02": "conformant", "BB-01": "conformant"},
        files={
            "responses/AA/AA-01.yaml": _aa01(hashlib.sha256(PLAN).hexdigest()),
            "evidence/培训计划.pdf": PLAN,
            "evidence/sub/photo.jpg": PHOTO,
        },
    )


def _pack(runner: CliRunner, folder: Path, out: Path) -> tuple[int, str, str]:
    return run(runner, "pack", str(folder), "-o", str(out), "--today", "2026-02-01")


def test_pack_hashes_evidence_only_while_copying_it(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(make_assessment)
    assert run(runner, "evidence", str(folder), "--lock")[0] == 0
    hashed: list[Path] = []
    real_hash = evidence._hash

    def counting(path: Path) -> evidence.Digest:
        hashed.append(path)
        return real_hash(path)

    monkeypatch.setattr(evidence, "_hash", counting)
    out = tmp_path / "p.zip"
    assert _pack(runner, folder, out)[0] == 0
    assert hashed == []  # neither the declared sha256, the lock nor evidence.json read a file again
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        index = json.loads(archive.read("evidence.json"))
    for name, data in (("evidence/培训计划.pdf", PLAN), ("evidence/sub/photo.jpg", PHOTO)):
        expected = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        assert manifest["files"][f"assessment/{name}"] == expected
    [plan] = [entry for entry in index if entry["ref"] == "evidence/培训计划.pdf"]
    assert (plan["sha256"], plan["size"]) == (hashlib.sha256(PLAN).hexdigest(), len(PLAN))


def test_a_declared_sha256_that_differs_leaves_the_previous_pack(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path
) -> None:
    folder = _folder(make_assessment)
    out = tmp_path / "p.zip"
    assert _pack(runner, folder, out)[0] == 0
    before = out.read_bytes()
    (folder / "evidence" / "培训计划.pdf").write_bytes(b"%PDF-1.4 edited\n")
    code, stdout, err = _pack(runner, folder, out)
    edited = hashlib.sha256(b"%PDF-1.4 edited\n").hexdigest()
    assert (code, stdout) == (1, "")
    assert err.splitlines() == [
        f"{folder}/responses/AA/AA-01.yaml:5:52: error: 'evidence/培训计划.pdf' has sha256 {edited}, not the "
        f"{hashlib.sha256(PLAN).hexdigest()} written here [evidence-sha256]",
        f"cc-assess: {folder}: the evidence has problems; nothing was packed",
    ]
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.zip", "site"]


def test_a_file_changed_since_the_lock_leaves_the_previous_pack(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path
) -> None:
    folder = _folder(make_assessment)
    assert run(runner, "evidence", str(folder), "--lock")[0] == 0
    out = tmp_path / "p.zip"
    assert _pack(runner, folder, out)[0] == 0
    before = out.read_bytes()
    (folder / "evidence" / "sub" / "photo.jpg").write_bytes(b"edited")
    code, stdout, err = _pack(runner, folder, out)
    assert (code, stdout) == (1, "")
    assert err.splitlines() == [
        f"{folder}/evidence.lock.yaml:5:3: error: 'evidence/sub/photo.jpg' has changed since it was locked (sha256 "
        f"{hashlib.sha256(b'edited').hexdigest()}, size 6; locked {hashlib.sha256(PHOTO).hexdigest()}, size 8) "
        "[evidence-changed]",
        f"cc-assess: {folder}: evidence does not verify (1 problem(s))",
    ]
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.zip", "site"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_the_walk_resolves_links_only_and_keeps_their_rules(make_assessment: MakeAssessment, tmp_path: Path) -> None:
    folder = make_assessment({"AA-01": "conformant"}, files={"evidence/a.txt": "a", "evidence/sub/b/c.txt": "c"})
    ev = folder / "evidence"
    (ev / ".hidden").mkdir()
    (ev / ".hidden" / "h.txt").write_text("h", encoding="utf-8")
    (ev / ".dot.txt").write_text("d", encoding="utf-8")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "o.txt").write_text("o", encoding="utf-8")
    os.symlink(ev / "sub", ev / "alias")  # a folder inside: walked under this name, then not again as sub/
    os.symlink(ev, ev / "sub" / "loop")  # back to a folder walked already: not again
    os.symlink(ev / "a.txt", ev / "sub" / "same.txt")  # a file inside, through a link
    os.symlink(ev / "gone.txt", ev / "dangling.txt")
    os.symlink(tmp_path / "outside", ev / "out")
    os.symlink(tmp_path / "outside" / "o.txt", ev / "sub" / "o.txt")
    os.symlink(ev / "sub" / "b", ev / "zz")  # its folder was walked as alias/b: not again
    found = evidence.evidence_files(load_assessment(Shown.of(folder)))
    assert list(found.files) == ["evidence/a.txt", "evidence/alias/b/c.txt", "evidence/alias/same.txt"]
    assert found.files["evidence/alias/same.txt"] == folder / "evidence/alias/same.txt"
    leaves = "is a link that leaves the assessment folder; evidence must stay inside it"
    assert [(d.path, d.code, d.message) for d in found.diagnostics] == [
        (f"{folder}/evidence/alias/o.txt", "evidence-path", f"'evidence/alias/o.txt' {leaves}"),
        (
            f"{folder}/evidence/dangling.txt",
            "evidence-missing",
            "'evidence/dangling.txt' is a link to nothing",
        ),
        (f"{folder}/evidence/out", "evidence-path", f"'evidence/out' {leaves}"),
    ]
    # Only the files met through no link have a real path known without resolving it.
    assert found.real == {
        folder / "evidence/a.txt": ev.resolve() / "a.txt",
        folder / "evidence/alias/b/c.txt": ev.resolve() / "sub/b/c.txt",
    }


SHA = st.text("0123456789abcdef", min_size=64, max_size=64)
ANY_TEXT = st.text(min_size=1, max_size=140)
PATH_LIKE = st.one_of(
    st.lists(st.text("ab录音._-+/ ()（）、：【】:#'\"1é\t", min_size=1, max_size=12), min_size=1, max_size=4).map(
        "/".join
    ),
    st.from_regex(r"evidence/[a-z0-9录音]{1,8}(/[A-Za-z0-9._ ()（）-]{1,12}){0,3}", fullmatch=True),
)
ENTRIES = st.tuples(SHA, st.integers(min_value=0, max_value=2**50))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.dictionaries(ANY_TEXT, ENTRIES, max_size=3), st.dictionaries(PATH_LIKE, ENTRIES, max_size=5)))
def test_the_lock_text_is_what_the_yaml_dumper_writes(entries: dict[str, tuple[str, int]]) -> None:
    hasher = evidence.Hasher()
    files = {rel: Path("/nowhere") / str(n) for n, rel in enumerate(entries)}
    for rel, (sha256, size) in entries.items():
        hasher.learn(files[rel], evidence.Digest(size, sha256))
    data = {
        "schema": evidence.LOCK_SCHEMA,
        "files": {rel: {"sha256": sha, "size": size} for rel, (sha, size) in sorted(entries.items())},
    }
    text = evidence.lock_text(files, hasher)
    assert text == evidence.LOCK_HEAD + dump_yaml(data)
    # Read back without the YAML parser when every path is plain: the same lock, the same line of each path.
    plain = evidence._plain_lock(text)
    try:
        model, diags, where = evidence._yaml_lock(text, "evidence.lock.yaml")
    except YamlError:  # a path with a character the reader refuses
        assert plain is None
    else:
        assert plain is None or (diags == [] and plain == (model, where))
    if entries and all(evidence._plain_path(rel, sha) for rel, (sha, _) in entries.items()):
        assert plain is not None


def test_the_reused_markdown_checker_judges_each_finding_alone() -> None:
    from cc_assess.render.markup import findings_markdown

    hostile = "see [this](javascript:alert(1))"
    fine = "see [the plan](https://intra.example/plan)"
    assert findings_markdown(hostile) == r"> see \[this\](javascript:alert(1))"
    assert findings_markdown(fine) == "> see [the plan](https://intra.example/plan)"
    assert findings_markdown(hostile) == r"> see \[this\](javascript:alert(1))"


def test_an_evidence_file_that_cannot_be_read_while_packing_is_named(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(make_assessment)
    out = tmp_path / "p.zip"
    assert _pack(runner, folder, out)[0] == 0
    before = out.read_bytes()
    photo = folder / "evidence" / "sub" / "photo.jpg"
    real_open = Path.open

    def refusing(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == photo:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing)
    code, stdout, err = _pack(runner, folder, out)
    assert (code, stdout, err) == (2, "", f"cc-assess: cannot read {photo}: Permission denied\n")
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.zip", "site"]
