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
from cc_assess.evidence import hashing, lockfile, verifying
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
    hashed: list[str | Path] = []
    real_hash = hashing._hash

    def counting(path: str | Path) -> bytes:
        hashed.append(path)
        return real_hash(path)

    monkeypatch.setattr(hashing, "_hash", counting)
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
    assert dict(found.files) == {rel: folder / rel for rel in found.rels}
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
    assert found.rels == {
        "evidence/a.txt": str(ev.resolve()),
        "evidence/alias/b/c.txt": str(ev.resolve() / "sub/b"),
        "evidence/alias/same.txt": None,
    }
    assert found.real_path("evidence/alias/b/c.txt") == str(ev.resolve() / "sub/b/c.txt")


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
    digests = {rel: evidence.Digest(size, sha256) for rel, (sha256, size) in entries.items()}
    data = {
        "schema": evidence.LOCK_SCHEMA,
        "files": {rel: {"sha256": sha, "size": size} for rel, (sha, size) in sorted(entries.items())},
    }
    text = evidence.lock_text(digests)
    assert text == evidence.LOCK_HEAD + dump_yaml(data)
    # Read back without the YAML parser when every path is plain: the same lock, the same line of each path.
    plain = lockfile._plain_lock(text.encode("utf-8"))
    try:
        model, diags, where = lockfile._yaml_lock(text, "evidence.lock.yaml")
    except YamlError:  # a path with a character the reader refuses
        assert plain is None
    else:
        assert plain is None or (diags == [] and plain == (model, where))
    if entries and all(lockfile._plain_path(rel, sha) for rel, (sha, _) in entries.items()):
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


# ------------------------------------------------------------------------------ evidence over many files


def _lock_entries(files: dict[str, bytes]) -> str:
    return "".join(
        f"  {rel}:\n    sha256: {hashlib.sha256(data).hexdigest()}\n    size: {len(data)}\n"
        for rel, data in sorted(files.items())
    )


def test_a_lock_is_written_and_verified_in_pieces(
    make_assessment: MakeAssessment, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lock is written a few entries at a time and verified a few bytes at a time: the same text, the
    same lines in the messages, whatever the size of the pieces."""
    monkeypatch.setattr(lockfile, "_LOCK_PIECE", 2)
    monkeypatch.setattr(verifying, "_LOCK_BLOCK", 7)
    files = {f"evidence/扫描件/{n:03d}/scan-{n}.txt": bytes([n]) * (n + 1) for n in range(5)}
    folder = make_assessment({"AA-01": "conformant"}, files=files)
    assert run(runner, "evidence", str(folder), "--lock") == (0, "", f"wrote {folder}/evidence.lock.yaml: 5 file(s)\n")
    text = (folder / "evidence.lock.yaml").read_text(encoding="utf-8")
    assert text == evidence.LOCK_HEAD + "schema: cc-assess/evidence-lock/v1\nfiles:\n" + _lock_entries(files)
    assert run(runner, "evidence", str(folder), "--verify") == (
        0,
        "",
        "ok: 5 evidence file(s) match evidence.lock.yaml\n",
    )
    (folder / "evidence/扫描件/003/scan-3.txt").write_bytes(b"edited")
    code, out, err = run(runner, "evidence", str(folder), "--verify")
    assert (code, out, err) == (
        1,
        "",
        f"{folder}/evidence.lock.yaml:14:3: error: 'evidence/扫描件/003/scan-3.txt' has changed since it was "
        f"locked (sha256 {hashlib.sha256(b'edited').hexdigest()}, size 6; locked "
        f"{hashlib.sha256(bytes([3]) * 4).hexdigest()}, size 4) [evidence-changed]\n"
        f"cc-assess: {folder}: evidence does not verify (1 problem(s))\n",
    )


def _variants(files: dict[str, bytes]) -> dict[str, str]:
    """Locks of ``files`` as written, then edited in the ways a user or a merge edits them."""
    start = evidence.LOCK_HEAD + "schema: cc-assess/evidence-lock/v1\nfiles:\n"
    sha = hashlib.sha256(b"other").hexdigest()
    extra = f"    sha256: {sha}\n    size: 5\n"
    return {
        "as written": start + _lock_entries(files),
        "with a BOM": "\ufeff" + start + _lock_entries(files),
        "a file changed": start + _lock_entries({**files, "evidence/b.txt": b"other"}),
        "a file unlisted": start + _lock_entries({k: v for k, v in files.items() if k != "evidence/a.txt"}),
        "nothing but one": start + _lock_entries({"evidence/sub/c.txt": files["evidence/sub/c.txt"]}),
        "a file missing": start + _lock_entries({**files, "evidence/gone.txt": b"other"}),
        "first and last missing": start + _lock_entries({**files, "a/0.txt": b"0", "z/9.txt": b"9"}),
        "a path named otherwise": start + _lock_entries({**files, "evidence/./a.txt": b"a", "evidence/sub/": b"x"}),
        "out of order": start + _lock_entries(files) + "  evidence/0.txt:\n" + extra,
        "a duplicate": start + _lock_entries(files) + "  evidence/sub/c.txt:\n" + extra,
        "a path to quote": start + _lock_entries(files) + "  'evidence/x: y.txt':\n" + extra,
        "a path that leaves": start + _lock_entries(files) + "  ../outside.txt:\n" + extra,
        "a link to a file": start + _lock_entries({**files, "evidence/z.txt": files["evidence/a.txt"]}),
        "no entry": start,
        "a comment at the end": start + _lock_entries(files) + "# end\n",
        "not yaml": start + _lock_entries(files) + "  [\n",
    }


@pytest.mark.parametrize("block", [7, 1 << 16])
@pytest.mark.parametrize("cpus", [1, 2])
def test_a_lock_read_a_piece_at_a_time_says_what_a_lock_read_whole_says(
    make_assessment: MakeAssessment, monkeypatch: pytest.MonkeyPatch, block: int, cpus: int
) -> None:
    """``--verify`` reads a lock as ``--lock`` writes it beside the sorted files; any other lock is read whole.
    Both ways give the same problems and count for every lock that the first way reads."""
    monkeypatch.setattr(verifying, "_LOCK_BLOCK", block)
    monkeypatch.setattr(hashing, "_usable_cpus", lambda: cpus)
    files = {"evidence/a.txt": b"a", "evidence/b.txt": b"bb", "evidence/sub/c.txt": b"ccc", "evidence/录音.mp3": b"d"}
    folder = make_assessment({"AA-01": "conformant"}, files=dict(files))
    os.symlink(folder / "evidence/a.txt", folder / "evidence/z.txt")
    loaded = load_assessment(Shown.of(folder))
    streamed: list[str] = []
    for name, text in _variants(files).items():
        (folder / "evidence.lock.yaml").write_text(text, encoding="utf-8")
        hasher = evidence.Hasher()
        found, diags = evidence.integrity(loaded, hasher)
        assert diags == []
        plain = verifying._check_plain_lock(loaded, hasher, found)
        whole = verifying._check_read_lock(loaded, hasher, found, [])
        if plain is not None:
            streamed.append(name)
            assert (sorted(plain[0], key=str), plain[1]) == (sorted(whole[0], key=str), whole[1]), name
    assert streamed == [
        "as written",
        "with a BOM",
        "a file changed",
        "a file unlisted",
        "nothing but one",
        "a file missing",
        "first and last missing",
        "a path named otherwise",
        "a link to a file",
    ]


@pytest.mark.parametrize("cpus", [1, 4])
def test_each_evidence_file_is_read_once_also_through_a_link(
    make_assessment: MakeAssessment, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, cpus: int
) -> None:
    monkeypatch.setattr(hashing, "_usable_cpus", lambda: cpus)
    files = {f"evidence/{n}.txt": str(n) * n for n in range(1, 7)}
    folder = make_assessment({"AA-01": "conformant"}, files=dict(files))
    os.symlink(folder / "evidence/1.txt", folder / "evidence/link.txt")
    hashed: list[str] = []
    real_hash = hashing._hash

    def counting(path: str | Path) -> bytes:
        hashed.append(os.path.basename(path))
        return real_hash(path)

    monkeypatch.setattr(hashing, "_hash", counting)
    assert run(runner, "evidence", str(folder), "--lock")[0] == 0
    assert sorted(hashed) == [f"{n}.txt" for n in range(1, 7)]
    text = (folder / "evidence.lock.yaml").read_text(encoding="utf-8")
    one = hashlib.sha256(b"1").hexdigest()
    assert f"  evidence/link.txt:\n    sha256: {one}\n    size: 1\n" in text


@pytest.mark.parametrize("size", [0, 1, (1 << 16) - 1, 1 << 16, (1 << 16) + 1, (3 << 19) + 3])
def test_a_file_of_any_size_is_hashed_whole(tmp_path: Path, size: int) -> None:
    data = bytes(n % 251 for n in range(size))
    (tmp_path / "f.bin").write_bytes(data)
    assert evidence.Hasher()(tmp_path / "f.bin") == evidence.Digest(size, hashlib.sha256(data).hexdigest())


@pytest.mark.parametrize("cpus", [1, 4])
def test_an_evidence_file_that_cannot_be_read_while_locking_is_named(
    make_assessment: MakeAssessment, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, cpus: int
) -> None:
    """The first file in the lock's order that cannot be read is named (exit 2), on threads or not, and the
    previous lock is kept; the files before and after it were hashed."""
    monkeypatch.setattr(hashing, "_usable_cpus", lambda: cpus)
    files = {f"evidence/{n:02d}.txt": str(n) for n in range(8)}
    folder = make_assessment({"AA-01": "conformant"}, files=dict(files))
    assert run(runner, "evidence", str(folder), "--lock")[0] == 0
    before = (folder / "evidence.lock.yaml").read_bytes()
    real_hash = hashing._hash

    def refusing(path: str | Path) -> bytes:
        if os.path.basename(path) in ("03.txt", "06.txt"):
            raise PermissionError(13, "Permission denied")
        return real_hash(path)

    monkeypatch.setattr(hashing, "_hash", refusing)
    code, out, err = run(runner, "evidence", str(folder), "--lock")
    assert (code, out, err) == (2, "", f"cc-assess: cannot read {folder}/evidence/03.txt: Permission denied\n")
    assert (folder / "evidence.lock.yaml").read_bytes() == before
    code, out, err = run(runner, "evidence", str(folder), "--verify")
    assert (code, out, err) == (2, "", f"cc-assess: cannot read {folder}/evidence/03.txt: Permission denied\n")
