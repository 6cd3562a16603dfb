"""Pack integrity: the root digest, re-scoring on verify, entry names, SSH signatures (real ssh-keygen), storing."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cc_assess import __version__, i18n
from tests.conftest import MakeAssessment, run

needs_ssh_keygen = pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="needs OpenSSH's ssh-keygen")

AA01 = """item: AA-01
status: partial
findings: 培训记录不全
evidence:
  - {ref: evidence/培训计划.pdf, note: 年度培训计划}
  - {ref: evidence/calls, note: 录音}
actions:
  - {id: A1, description: 补齐培训记录, owner: 陈刚, due: 2026-01-20, status: open}
"""


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("CC_ASSESS_LANG", "en")
    i18n.reset()
    yield
    i18n.reset()


@pytest.fixture
def folder(make_assessment: MakeAssessment) -> Path:
    return make_assessment(
        {"AA-02": "conformant", "AA-03": "conformant", "BB-01": "nonconformant", "BB-02": "conformant"},
        files={
            "responses/AA/AA-01.yaml": AA01,
            "responses/BB/BB-01.yaml": "item: BB-01\nstatus: nonconformant\n"
            "actions:\n  - {id: B1, description: 建立投诉台账, due: 2026-03-01}\n",
            "evidence/培训计划.pdf": b"%PDF-1.4 plan\n",
            "evidence/calls/call-001.wav": b"RIFF" + bytes(range(256)) * 40,
            "evidence/calls/call-002.mp3": b"ID3" + bytes(200),
            "evidence/notes.txt": "会议纪要\n" * 50,
        },
        meta="organization: 华信客服中心\nlanguage: zh\n",
    )


@pytest.fixture
def packed(folder: Path, runner: CliRunner, tmp_path: Path) -> tuple[Path, str]:
    out = tmp_path / "p.zip"
    code, _, err = run(runner, "pack", str(folder), "-o", str(out), "--today", "2026-02-01")
    assert code == 0, err
    digest = err.splitlines()[-1].removeprefix("root digest: ")
    return out, digest


def rewrite(source: Path, target: Path, edit: Callable[[str, bytes], bytes | None], *, manifest: bool = True) -> None:
    """Copy a pack, passing each entry through ``edit`` (None drops it); then make manifest.json match the
    edited entries (a consistent forgery) unless ``manifest`` is False."""
    with zipfile.ZipFile(source) as old:
        entries = {info.filename: (info, old.read(info)) for info in old.infolist()}
    data = {name: edit(name, body) for name, (_, body) in entries.items() if name != "manifest.json"}
    kept = {name: body for name, body in data.items() if body is not None}
    listing = json.loads(entries["manifest.json"][1])
    if manifest:
        listing["files"] = {
            name: {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}
            for name, body in sorted(kept.items())
            if name != "manifest.json.sig"
        }
    with zipfile.ZipFile(target, "w") as new:
        for name, body in sorted({**kept, "manifest.json": None}.items()):
            if name == "manifest.json":
                new.writestr(entries[name][0], (json.dumps(listing, ensure_ascii=False, indent=2) + "\n").encode())
            else:
                info = entries[name][0] if name in entries else zipfile.ZipInfo(name)
                assert body is not None
                new.writestr(info, body)


def _ok(pack: Path, version: str = __version__) -> str:
    """The first line of a pack that verifies (the fixture's pack holds 16 files)."""
    return f"ok: 16 file(s) match the manifest of {pack} (cc-assess {version}, catalogue mini 1.0.0)\n"


def _failed(pack: Path, problems: int) -> str:
    """The last line of a pack that fails verification."""
    return f"cc-assess: {pack}: the pack failed verification ({problems} problem(s))\n"


def test_pack_prints_the_root_digest_and_writes_it_in_the_zip_comment(packed: tuple[Path, str]) -> None:
    out, digest = packed
    with zipfile.ZipFile(out) as archive:
        manifest = archive.read("manifest.json")
        assert archive.comment == f"cc-assess pack; root digest {digest}".encode()
    assert digest == "sha256:" + hashlib.sha256(manifest).hexdigest()


def test_verify_with_the_digest_received_separately(packed: tuple[Path, str], runner: CliRunner) -> None:
    out, digest = packed
    code, _, err = run(runner, "pack", "--verify", str(out), "--digest", digest.upper().replace("SHA256:", "sha256:"))
    assert code == 0, err
    assert err == f"{_ok(out)}root digest {digest} matches --digest\n"
    other = "sha256:" + "0" * 64
    code, stdout, err = run(runner, "pack", "--verify", str(out), "--digest", other)
    assert (code, stdout) == (1, "")
    assert err.splitlines() == [
        f"{out}:1:1: error: root digest mismatch: --digest says {other}, this pack's manifest.json is {digest} "
        "[pack-digest]",
        f"cc-assess: {out}: the pack failed verification (1 problem(s))",
    ]
    code, _, err = run(runner, "pack", "--verify", str(out), "--digest", "abc")
    assert (code, err) == (2, "cc-assess: --digest: 'abc' is not a root digest (sha256: and 64 hex digits)\n")
    code, _, err = run(runner, "pack", str(out), "-o", str(out.with_name("x.zip")), "--digest", digest)
    assert (code, err) == (2, "cc-assess: --digest, --allowed-signers and --signer go with --verify\n")


def test_a_consistent_forgery_of_score_json_is_caught(
    packed: tuple[Path, str], runner: CliRunner, tmp_path: Path
) -> None:
    out, digest = packed
    with zipfile.ZipFile(out) as archive:
        score = json.loads(archive.read("score.json"))["overall"]["score"]
    assert score == 75.0

    def forge(name: str, body: bytes) -> bytes:
        return body.replace(b'"score": 75.0', b'"score": 85.0', 1) if name == "score.json" else body

    forged = tmp_path / "forged.zip"
    rewrite(out, forged, forge)
    code, stdout, err = run(runner, "pack", "--verify", str(forged))
    assert (code, stdout) == (1, "")
    assert err.splitlines() == [
        f"{forged}:1:1: error: score.json: differs from a fresh scoring and rendering of the enclosed assessment "
        "(the pack claims an overall score of 85.0; scored again: 75.0) [pack-rescore]",
        f"cc-assess: {forged}: the pack failed verification (1 problem(s))",
    ]
    # the forger's manifest has another root digest than the one the sender published
    code, _, err = run(runner, "pack", "--verify", str(forged), "--digest", digest)
    assert code == 1
    with zipfile.ZipFile(forged) as archive:
        forged_digest = "sha256:" + hashlib.sha256(archive.read("manifest.json")).hexdigest()
    assert err == (
        f"{forged}:1:1: error: root digest mismatch: --digest says {digest}, this pack's manifest.json is "
        f"{forged_digest} [pack-digest]\n"
        f"cc-assess: {forged}: the pack failed verification (1 problem(s))\n"
    )


@pytest.mark.parametrize("name", ["actions.csv", "report.html", "report.md", "evidence.json"])
def test_every_derived_file_is_compared_with_a_fresh_rendering(
    name: str, packed: tuple[Path, str], runner: CliRunner, tmp_path: Path
) -> None:
    out, _ = packed
    forged = tmp_path / "forged.zip"
    rewrite(out, forged, lambda entry, body: body + b"\n" if entry == name else body)
    code, _, err = run(runner, "pack", "--verify", str(forged))
    assert code == 1
    assert err == (
        f"{forged}:1:1: error: {name}: differs from a fresh scoring and rendering of the enclosed assessment "
        f"[pack-rescore]\n{_failed(forged, 1)}"
    )


def test_an_edited_answer_with_a_matching_manifest_is_caught(
    packed: tuple[Path, str], runner: CliRunner, tmp_path: Path
) -> None:
    out, _ = packed
    forged = tmp_path / "forged.zip"
    rewrite(
        out,
        forged,
        lambda name, body: (
            body.replace(b"nonconformant", b"conformant") if name == "assessment/responses/BB/BB-01.yaml" else body
        ),
    )
    code, _, err = run(runner, "pack", "--verify", str(forged))
    assert code == 1
    assert err.splitlines() == [
        f"{forged}:1:1: error: report.html: differs from a fresh scoring and rendering of the enclosed assessment "
        "[pack-rescore]",
        f"{forged}:1:1: error: report.md: differs from a fresh scoring and rendering of the enclosed assessment "
        "[pack-rescore]",
        f"{forged}:1:1: error: score.json: differs from a fresh scoring and rendering of the enclosed assessment "
        "(the pack claims an overall score of 75.0; scored again: 91.67) [pack-rescore]",
        f"cc-assess: {forged}: the pack failed verification (3 problem(s))",
    ]


def test_an_invalid_enclosed_assessment_is_located_inside_the_pack(
    packed: tuple[Path, str], runner: CliRunner, tmp_path: Path
) -> None:
    out, _ = packed
    forged = tmp_path / "forged.zip"
    rewrite(
        out,
        forged,
        lambda name, body: b"item: AA-02\nstatus: maybe\n" if name == "assessment/responses/AA/AA-02.yaml" else body,
    )
    code, _, err = run(runner, "pack", "--verify", str(forged))
    assert code == 1
    assert err.splitlines(keepends=True) == [
        f"{forged}:1:1: error: the enclosed assessment has errors (above); it cannot be scored again [pack-rescore]\n",
        f"{forged}!/assessment/responses/AA/AA-02.yaml:2:9: error: 'maybe' is not a status of this catalogue (use one "
        "of: conformant, partial, nonconformant, na, or their zh/en labels) [unknown-status]\n",
        _failed(forged, 2),
    ]


def test_evidence_named_by_a_response_must_be_in_the_pack(
    packed: tuple[Path, str], runner: CliRunner, tmp_path: Path
) -> None:
    out, _ = packed
    forged = tmp_path / "forged.zip"
    rewrite(out, forged, lambda name, body: None if name == "assessment/evidence/培训计划.pdf" else body)
    code, _, err = run(runner, "pack", "--verify", str(forged))
    assert code == 1
    assert (
        f"{forged}!/assessment/responses/AA/AA-01.yaml:1:1: error: assessment/evidence/培训计划.pdf: named as "
        "evidence by AA-01, but not in the pack [pack-rescore]" in err.splitlines()
    )


def test_files_that_are_not_part_of_the_assessment_are_refused(
    packed: tuple[Path, str], runner: CliRunner, tmp_path: Path
) -> None:
    out, _ = packed
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
    added = {"assessment/responses/AA/notes.txt": b"x", "assessment/other/readme.txt": b"y"}
    rewrite(out, forged, lambda name, body: body)
    with zipfile.ZipFile(forged, "a") as archive:
        for name, body in added.items():
            archive.writestr(name, body)
    rewrite(forged, tmp_path / "forged2.zip", lambda name, body: body)  # manifest lists them now
    code, _, err = run(runner, "pack", "--verify", str(tmp_path / "forged2.zip"))
    assert code == 1
    bad = tmp_path / "forged2.zip"
    assert err.splitlines(keepends=True) == [
        f"{bad}:1:1: error: assessment/other/readme.txt: not part of the enclosed assessment (pack would not "
        "include it) [pack-rescore]\n",
        f"{bad}:1:1: error: assessment/responses/AA/notes.txt: not part of the enclosed assessment (pack would not "
        "include it) [pack-rescore]\n",
        _failed(bad, 2),
    ]
    assert "manifest.json" in names


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("../../x", "contains .., which leaves the pack"),
        ("assessment/../../x", "contains .., which leaves the pack"),
        ("/tmp/x", "is an absolute path"),
        ("C:\\x", "has a backslash in its name"),
        ("C:/x", "starts with a drive letter"),
        ("assessment/evidence/a\\b.pdf", "has a backslash in its name"),
    ],
)
def test_unsafe_entry_names_are_refused_even_when_the_manifest_lists_them(
    name: str, why: str, packed: tuple[Path, str], runner: CliRunner, tmp_path: Path
) -> None:
    out, _ = packed
    bad = tmp_path / "bad.zip"
    shutil.copyfile(out, bad)
    with zipfile.ZipFile(bad, "a") as archive:
        archive.writestr(zipfile.ZipInfo(name), b"payload")
    rewrite(bad, tmp_path / "listed.zip", lambda entry, body: body)
    listed = tmp_path / "listed.zip"
    with zipfile.ZipFile(listed) as archive:
        assert name in json.loads(archive.read("manifest.json"))["files"]
    code, _, err = run(runner, "pack", "--verify", str(listed))
    assert code == 1
    assert err.splitlines() == [
        f"{listed}:1:1: error: {name}: {why}; refused [pack-unsafe-name]",
        f"cc-assess: {listed}: the pack failed verification (1 problem(s))",
    ]
    assert not (tmp_path / "x").exists()


def test_symlink_entries_are_refused(packed: tuple[Path, str], runner: CliRunner, tmp_path: Path) -> None:
    out, _ = packed
    bad = tmp_path / "bad.zip"
    shutil.copyfile(out, bad)
    link = zipfile.ZipInfo("assessment/evidence/link.pdf")
    link.create_system = 3
    link.external_attr = 0o120777 << 16
    with zipfile.ZipFile(bad, "a") as archive:
        archive.writestr(link, "/etc/passwd")
    listed = tmp_path / "listed.zip"
    rewrite(bad, listed, lambda entry, body: body)
    code, _, err = run(runner, "pack", "--verify", str(listed))
    assert code == 1
    assert err == (
        f"{listed}:1:1: error: assessment/evidence/link.pdf: is a symbolic link entry; refused [pack-unsafe-name]\n"
        + _failed(listed, 1)
    )


def test_compressed_formats_are_stored_and_the_rest_deflated(packed: tuple[Path, str]) -> None:
    out, _ = packed
    with zipfile.ZipFile(out) as archive:
        kinds = {i.filename: i.compress_type for i in archive.infolist()}
    assert kinds["assessment/evidence/calls/call-001.wav"] == zipfile.ZIP_STORED
    assert kinds["assessment/evidence/calls/call-002.mp3"] == zipfile.ZIP_STORED
    assert kinds["assessment/evidence/培训计划.pdf"] == zipfile.ZIP_STORED
    assert kinds["assessment/evidence/notes.txt"] == zipfile.ZIP_DEFLATED
    assert kinds["report.html"] == zipfile.ZIP_DEFLATED


def test_a_pack_of_another_version_is_compared_on_its_data(
    packed: tuple[Path, str], runner: CliRunner, tmp_path: Path
) -> None:
    out, _ = packed
    older = tmp_path / "older.zip"

    def reformat(name: str, body: bytes) -> bytes:
        if name == "score.json":
            return json.dumps(json.loads(body)).encode()  # same data, other layout
        if name == "report.html":
            return body.replace(b"<html", b"<!-- older template -->\n<html", 1)
        return body

    rewrite(out, older, reformat)
    manifest_version = "0.0.9" if __version__ != "0.0.9" else "0.0.8"
    with zipfile.ZipFile(older) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(older, "w") as archive:
        for info, body in entries:
            if info.filename == "manifest.json":
                data = json.loads(body)
                data["cc_assess"] = manifest_version
                body = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()
            archive.writestr(info, body)
    code, _, err = run(runner, "pack", "--verify", str(older))
    assert code == 0, err
    assert err == (
        f"{_ok(older, manifest_version)}"
        f"reports made by cc-assess {manifest_version} were not re-rendered: report.html, report.md\n"
    )


# ------------------------------------------------------------------------------------------ signatures


def keygen(path: Path, comment: str) -> Path:
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", str(path)], check=True)
    return path


def allowed(path: Path, *signers: tuple[str, Path]) -> Path:
    lines = []
    for principal, key in signers:
        kind, blob = key.with_suffix(".pub").read_text().split()[:2]
        lines.append(f'{principal} namespaces="cc-assess" {kind} {blob}\n')
    path.write_text("".join(lines))
    return path


@needs_ssh_keygen
def test_sign_and_verify_with_real_ssh_keys(folder: Path, runner: CliRunner, tmp_path: Path) -> None:
    alice = keygen(tmp_path / "alice", "alice")
    mallory = keygen(tmp_path / "mallory", "mallory")
    signers = allowed(tmp_path / "allowed_signers", ("wang.li@huaxin.example", alice))
    out = tmp_path / "signed.zip"
    code, _, err = run(runner, "pack", str(folder), "-o", str(out), "--today", "2026-02-01", "--sign", str(alice))
    assert code == 0, err
    with zipfile.ZipFile(out) as archive:
        signature = archive.read("manifest.json.sig")
        manifest = archive.read("manifest.json")
        files = len(archive.namelist())
    assert err == (
        f"wrote {out}: {files} file(s), {out.stat().st_size} bytes\n"
        f"signed with {alice} (ssh-keygen -Y sign, namespace cc-assess)\n"
        f"root digest: sha256:{hashlib.sha256(manifest).hexdigest()}\n"
    )
    assert "manifest.json.sig" not in json.loads(manifest)["files"]
    assert signature.startswith(b"-----BEGIN SSH SIGNATURE-----\n")
    # the signature is ssh-keygen's own: it verifies with ssh-keygen directly
    (tmp_path / "manifest.json").write_bytes(manifest)
    (tmp_path / "manifest.json.sig").write_bytes(signature)
    direct = subprocess.run(
        [
            "ssh-keygen",
            "-Y",
            "verify",
            "-f",
            str(signers),
            "-I",
            "wang.li@huaxin.example",
            "-n",
            "cc-assess",
            "-s",
            str(tmp_path / "manifest.json.sig"),
        ],
        input=manifest,
        capture_output=True,
        check=False,
    )
    assert direct.returncode == 0, direct.stderr

    code, _, err = run(runner, "pack", "--verify", str(out), "--allowed-signers", str(signers))
    assert code == 0, err
    assert err == f"{_ok(out)}good signature: manifest.json signed by wang.li@huaxin.example\n"
    code, _, err = run(
        runner, "pack", "--verify", str(out), "--allowed-signers", str(signers), "--signer", "wang.li@huaxin.example"
    )
    assert code == 0, err
    code, _, err = run(runner, "pack", "--verify", str(out), "--allowed-signers", str(signers), "--signer", "chen")
    assert code == 1
    assert err == (  # the reason after the colon is ssh-keygen's own
        f"{out}:1:1: error: bad signature of manifest.json: Could not verify signature. [pack-signature]\n"
        f"cc-assess: {out}: the pack failed verification (1 problem(s))\n"
    )
    # without --allowed-signers the pack verifies, and says that its signature was not checked
    code, _, err = run(runner, "pack", "--verify", str(out))
    assert code == 0
    assert err == f"{_ok(out)}the pack is signed; the signature was not checked (give --allowed-signers FILE)\n"

    # a key that is not allowed
    other = allowed(tmp_path / "other_signers", ("mallory@example", mallory))
    code, _, err = run(runner, "pack", "--verify", str(out), "--allowed-signers", str(other))
    assert code == 1
    assert err == (
        f"{out}:1:1: error: bad signature of manifest.json: the signing key is not in the allowed signers file "
        f"[pack-signature]\n{_failed(out, 1)}"
    )


@needs_ssh_keygen
def test_a_resigned_forgery_and_an_unsigned_pack_fail_the_signature_check(
    folder: Path, runner: CliRunner, tmp_path: Path
) -> None:
    alice = keygen(tmp_path / "alice", "alice")
    signers = allowed(tmp_path / "allowed_signers", ("alice@example", alice))
    out = tmp_path / "signed.zip"
    assert run(runner, "pack", str(folder), "-o", str(out), "--today", "2026-02-01", "--sign", str(alice))[0] == 0
    # a manifest edited after signing (here: an extra evidence file listed) no longer matches its signature
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(out) as archive:
        entries = [(i, archive.read(i)) for i in archive.infolist()]
    with zipfile.ZipFile(forged, "w") as archive:
        for info, body in entries:
            if info.filename == "manifest.json":
                data = json.loads(body)
                data["files"]["assessment/evidence/extra.pdf"] = {"sha256": hashlib.sha256(b"x").hexdigest(), "size": 1}
                body = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()
            archive.writestr(info, body)
        archive.writestr("assessment/evidence/extra.pdf", b"x")
    code, _, err = run(runner, "pack", "--verify", str(forged), "--allowed-signers", str(signers))
    assert code == 1
    assert re.search(r"error: bad signature of manifest\.json: .*\[pack-signature\]", err), err
    unsigned = tmp_path / "unsigned.zip"
    assert run(runner, "pack", str(folder), "-o", str(unsigned), "--today", "2026-02-01")[0] == 0
    code, _, err = run(runner, "pack", "--verify", str(unsigned), "--allowed-signers", str(signers))
    assert code == 1
    assert err == (
        f"{unsigned}:1:1: error: the pack is not signed (no manifest.json.sig); it cannot be checked against "
        f"--allowed-signers [pack-signature]\n{_failed(unsigned, 1)}"
    )


@needs_ssh_keygen
def test_signing_with_a_missing_or_bad_key_cannot_run(folder: Path, runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "p.zip"
    code, _, err = run(runner, "pack", str(folder), "-o", str(out), "--sign", str(tmp_path / "nope"))
    assert (code, err) == (2, f"cc-assess: --sign: no such key file {tmp_path / 'nope'}\n")
    (tmp_path / "junk").write_text("not a key\n")
    code, _, err = run(runner, "pack", str(folder), "-o", str(out), "--sign", str(tmp_path / "junk"))
    assert code == 2
    # the reason after the colon is ssh-keygen's own
    assert err == (
        f"cc-assess: ssh-keygen could not sign: Couldn't load public key {tmp_path / 'junk'}: "
        "No such file or directory\n"
    )
    assert not out.exists()


def test_pack_is_byte_identical_with_the_new_entries(folder: Path, runner: CliRunner, tmp_path: Path) -> None:
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    assert run(runner, "pack", str(folder), "-o", str(first), "--today", "2026-02-01")[0] == 0
    assert run(runner, "pack", str(folder), "-o", str(second), "--today", "2026-02-01")[0] == 0
    assert first.read_bytes() == second.read_bytes()


# ------------------------------------------------------------------------------------ a catalogue beside the folder


def test_a_catalogue_beside_the_folder_travels_in_the_pack_and_verifies(runner: CliRunner, tmp_path: Path) -> None:
    """examples/custom-catalogue: assessment.yaml says ``catalogue: ../catalogue.yaml``."""
    shutil.copytree(Path(__file__).parents[2] / "examples" / "custom-catalogue", tmp_path / "cc")
    folder, out = tmp_path / "cc" / "northwind-2026", tmp_path / "nw.zip"
    code, _, err = run(runner, "pack", str(folder), "-o", str(out))
    assert code == 0, err
    catalogue = (tmp_path / "cc" / "catalogue.yaml").read_bytes()
    with zipfile.ZipFile(out) as archive:
        assert archive.read("catalogue/catalogue.yaml") == catalogue
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["catalogue"] == {"id": "support-desk-check", "version": "1.0.0", "file": "../catalogue.yaml"}
    assert manifest["files"]["catalogue/catalogue.yaml"] == {
        "sha256": hashlib.sha256(catalogue).hexdigest(),
        "size": len(catalogue),
    }
    code, stdout, err = run(runner, "pack", "--verify", str(out))
    assert (code, stdout) == (0, ""), err
    assert err == (
        f"ok: {len(manifest['files'])} file(s) match the manifest of {out} (cc-assess {__version__}, catalogue "
        "support-desk-check 1.0.0)\n"
    )
    # a portfolio reads the site from the pack, catalogue included
    (tmp_path / "portfolio.yaml").write_text(
        "schema: cc-assess/portfolio/v1\nname: {zh: 北风, en: Northwind}\nsites:\n  - {id: nw, path: nw.zip}\n",
        encoding="utf-8",
    )
    code, stdout, err = run(
        runner, "portfolio", str(tmp_path / "portfolio.yaml"), "--weight", "equal", "--format", "json"
    )
    assert code == 0, err
    assert [s["id"] for s in json.loads(stdout)["sites"]] == ["nw"]
    # the catalogue changed inside the pack is caught like any other entry
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(forged, "w") as sink:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "catalogue/catalogue.yaml":
                data = data.replace(b"weight: 2", b"weight: 3", 1)
            sink.writestr(info, data)
    assert run(runner, "pack", "--verify", str(forged))[0] == 1
