from __future__ import annotations

import hashlib
import json
import os
import re
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cc_assess import __version__
from tests.conftest import MakeAssessment, run

AA01 = """item: AA-01
status: partial
findings: 培训记录不全
evidence:
  - {ref: evidence/培训计划.pdf, note: 年度培训计划}
actions:
  - {id: A1, description: 补齐培训记录, owner: 陈刚, due: 2026-01-20, status: open}
"""


def _folder(make_assessment: MakeAssessment, **extra: str | bytes | None) -> Path:
    files: dict[str, str | bytes | None] = {
        "responses/AA/AA-01.yaml": AA01,
        "evidence/培训计划.pdf": b"%PDF-1.4 plan\n",
        "evidence/sub/photo.jpg": b"\xff\xd8\xff jpeg",
    }
    files.update(extra)
    return make_assessment(
        {"AA-02": "conformant", "AA-03": "conformant", "BB-01": "conformant", "BB-02": "na"},
        files={"responses/BB/BB-02.yaml": "item: BB-02\nstatus: na\nna_reason: 无外包业务\n", **files},
        meta="organization: 华信客服中心\nlanguage: zh\nperiod: {start: 2026-01-05, end: 2026-01-30}\n",
    )


def _pack(runner: CliRunner, folder: Path, out: Path, *more: str) -> tuple[int, str, str]:
    return run(runner, "pack", str(folder), "-o", str(out), "--today", "2026-02-01", *more)


def test_pack_contents_and_manifest(make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path) -> None:
    folder = _folder(make_assessment)
    out = tmp_path / "pack.zip"
    code, stdout, err = _pack(runner, folder, out)
    assert (code, stdout) == (0, ""), err
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        digest = hashlib.sha256(archive.read("manifest.json")).hexdigest()
        assert err == f"wrote {out}: 15 file(s), {out.stat().st_size} bytes\nroot digest: sha256:{digest}\n"
        assert names == [
            "actions.csv",
            "assessment/assessment.yaml",
            "assessment/catalogue.yaml",
            "assessment/evidence/sub/photo.jpg",
            "assessment/evidence/培训计划.pdf",
            "assessment/responses/AA/AA-01.yaml",
            "assessment/responses/AA/AA-02.yaml",
            "assessment/responses/AA/AA-03.yaml",
            "assessment/responses/BB/BB-01.yaml",
            "assessment/responses/BB/BB-02.yaml",
            "evidence.json",
            "manifest.json",
            "report.html",
            "report.md",
            "score.json",
        ]
        manifest = json.loads(archive.read("manifest.json"))
        assert manifest["schema"] == "cc-assess/pack/v1"
        assert manifest["cc_assess"] == __version__
        assert manifest["catalogue"] == {"id": "mini", "version": "1.0.0"}
        assert manifest["date"] == "2026-02-01"
        assert manifest["assessment"]["organization"] == "华信客服中心"
        assert sorted(manifest["files"]) == [n for n in names if n != "manifest.json"]
        for name, entry in manifest["files"].items():
            data = archive.read(name)
            assert entry == {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        assert archive.read("assessment/evidence/培训计划.pdf") == b"%PDF-1.4 plan\n"
        csv_text = archive.read("actions.csv")
        assert csv_text.startswith(b"\xef\xbb\xbfitem,id,description,owner,due,status,overdue\r\n")
        assert "AA-01,A1,补齐培训记录,陈刚,2026-01-20,open,true" in csv_text.decode("utf-8-sig")
        score = json.loads(archive.read("score.json"))
        assert score["catalogue"] == {"id": "mini", "version": "1.0.0"}
        evidence = json.loads(archive.read("evidence.json"))
        assert [e["ref"] for e in evidence] == ["evidence/培训计划.pdf"]
        assert "华信客服中心" in archive.read("report.html").decode("utf-8")
        assert archive.read("report.md").decode("utf-8").startswith("#")
        for info in archive.infolist():
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            assert info.external_attr >> 16 == 0o100644
            stored = info.filename.endswith((".pdf", ".jpg"))  # compressed already: stored, not deflated again
            assert info.compress_type == (zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED), info.filename


def test_repack_is_byte_identical(make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path) -> None:
    folder = _folder(make_assessment)
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    assert _pack(runner, folder, first)[0] == 0
    os.utime(folder / "evidence" / "培训计划.pdf", (1_000_000_000, 1_000_000_000))  # mtimes do not matter
    assert _pack(runner, folder, second)[0] == 0
    assert first.read_bytes() == second.read_bytes()
    assert _pack(runner, folder, first)[0] == 0  # over an existing file
    assert first.read_bytes() == second.read_bytes()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_source_date_epoch_sets_timestamps(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1769904000")  # 2026-02-01T00:00:00Z
    out = tmp_path / "p.zip"
    assert run(runner, "pack", str(_folder(make_assessment)), "-o", str(out))[0] == 0
    with zipfile.ZipFile(out) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2026, 2, 1, 0, 0, 0)}
        assert json.loads(archive.read("manifest.json"))["date"] == "2026-02-01"


def test_verify_ok(make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "p.zip"
    assert _pack(runner, _folder(make_assessment), out)[0] == 0
    code, stdout, err = run(runner, "pack", "--verify", str(out))
    assert (code, stdout) == (0, "")
    assert err == f"ok: 14 file(s) match the manifest of {out} (cc-assess {__version__}, catalogue mini 1.0.0)\n"
    assert run(runner, "pack", str(out), "--verify")[0] == 0  # either order


def _rewrite(source: Path, target: Path, change: dict[str, bytes | None]) -> None:
    """Copy a zip, replacing (bytes) or dropping (None) entries and adding new ones."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            if info.filename in change:
                data = change.pop(info.filename)
                if data is not None:
                    new.writestr(info, data)
            else:
                new.writestr(info, old.read(info))
        for name, data in change.items():
            assert data is not None
            new.writestr(name, data)


def test_verify_names_changed_missing_unlisted(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path
) -> None:
    out, bad = tmp_path / "p.zip", tmp_path / "bad.zip"
    assert _pack(runner, _folder(make_assessment), out)[0] == 0
    _rewrite(
        out,
        bad,
        {"assessment/evidence/培训计划.pdf": b"forged", "score.json": None, "assessment/evidence/extra.pdf": b"x"},
    )
    code, stdout, err = run(runner, "pack", "--verify", str(bad))
    assert (code, stdout) == (1, "")
    lines = err.splitlines()
    forged = hashlib.sha256(b"forged").hexdigest()
    original = hashlib.sha256(b"%PDF-1.4 plan\n").hexdigest()
    assert lines == [
        f"{bad}:1:1: error: assessment/evidence/培训计划.pdf: sha256 {forged} (size 6) differs from the manifest's "
        f"{original} (size 14) [pack-changed]",
        f"{bad}:1:1: error: score.json: listed in the manifest but missing [pack-missing]",
        f"{bad}:1:1: error: assessment/evidence/extra.pdf: in the zip but not in the manifest [pack-unlisted]",
        f"cc-assess: {bad}: the pack does not match its manifest (3 problem(s))",
    ]


def test_verify_not_a_zip(runner: CliRunner, tmp_path: Path) -> None:
    fake = tmp_path / "fake.zip"
    fake.write_text("not a zip", encoding="utf-8")
    code, stdout, err = run(runner, "pack", "--verify", str(fake))
    assert (code, stdout) == (1, "")
    assert err.splitlines() == [
        f"{fake}:1:1: error: not a readable zip file (File is not a zip file) [pack-corrupt]",
        f"cc-assess: {fake}: not a readable zip file",
    ]


def test_verify_truncated_zip(make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "p.zip"
    assert _pack(runner, _folder(make_assessment), out)[0] == 0
    cut = tmp_path / "cut.zip"
    cut.write_bytes(out.read_bytes()[: out.stat().st_size // 2])
    code, stdout, err = run(runner, "pack", "--verify", str(cut))
    assert (code, stdout) == (1, "")
    assert err == (
        f"{cut}:1:1: error: not a readable zip file (File is not a zip file) [pack-corrupt]\n"
        f"cc-assess: {cut}: not a readable zip file\n"
    )


def test_verify_corrupt_member(make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "p.zip"
    assert _pack(runner, _folder(make_assessment), out)[0] == 0
    data = bytearray(out.read_bytes())
    with zipfile.ZipFile(out) as archive:
        info = archive.getinfo("report.html")
    start = info.header_offset + 30 + len(info.filename.encode()) + 10
    data[start : start + 8] = b"\x00" * 8  # damage the compressed data
    bad = tmp_path / "bad.zip"
    bad.write_bytes(bytes(data))
    code, _, err = run(runner, "pack", "--verify", str(bad))
    assert code == 1
    # whole lines; the reason in brackets is zlib's own ("Error -3 while decompressing data: ...")
    assert re.fullmatch(
        rf"{re.escape(str(bad))}:1:1: error: not a readable zip file \(Error -3 while decompressing data: [^\n]+\) "
        rf"\[pack-corrupt\]\ncc-assess: {re.escape(str(bad))}: not a readable zip file\n",
        err,
    ), err


def test_verify_zip_without_manifest(runner: CliRunner, tmp_path: Path) -> None:
    plain = tmp_path / "plain.zip"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("a.txt", "a")
    code, _, err = run(runner, "pack", "--verify", str(plain))
    assert code == 1
    assert err == (
        f"{plain}:1:1: error: no manifest.json in the zip [pack-manifest]\ncc-assess: {plain}: not a cc-assess pack\n"
    )


def test_verify_bad_manifest(runner: CliRunner, tmp_path: Path) -> None:
    plain = tmp_path / "plain.zip"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("manifest.json", '{"schema": "cc-assess/pack/v1", "files": []}')
    code, _, err = run(runner, "pack", "--verify", str(plain))
    assert code == 1
    assert err == (
        f"{plain}:1:1: error: manifest.json is not a valid manifest (cc_assess: Field required) [pack-manifest]\n"
        f"cc-assess: {plain}: not a cc-assess pack\n"
    )


def test_verify_missing_file_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    code, _, err = run(runner, "pack", "--verify", str(tmp_path / "nope.zip"))
    assert (code, err) == (2, f"cc-assess: {tmp_path / 'nope.zip'}: no such file\n")


def test_pack_needs_output(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    code, _, err = run(runner, "pack", str(_folder(make_assessment)))
    assert (code, err) == (2, "cc-assess: give the zip file to write: cc-assess pack FOLDER -o FILE.zip\n")


def test_pack_refuses_changed_evidence(make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path) -> None:
    folder = _folder(make_assessment)
    assert run(runner, "evidence", str(folder), "--lock")[0] == 0
    locked = (folder / "evidence" / "sub" / "photo.jpg").read_bytes()
    (folder / "evidence" / "sub" / "photo.jpg").write_bytes(b"edited")
    out = tmp_path / "p.zip"
    code, _, err = _pack(runner, folder, out)
    assert code == 1
    assert err == (
        f"{folder}/evidence.lock.yaml:5:3: error: 'evidence/sub/photo.jpg' has changed since it was locked "
        f"(sha256 {hashlib.sha256(b'edited').hexdigest()}, size 6; "
        f"locked {hashlib.sha256(locked).hexdigest()}, size {len(locked)}) [evidence-changed]\n"
        f"cc-assess: {folder}: evidence does not verify (1 problem(s))\n"
    )
    assert not out.exists()


def test_pack_includes_lock(make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path) -> None:
    folder = _folder(make_assessment)
    assert run(runner, "evidence", str(folder), "--lock")[0] == 0
    out = tmp_path / "p.zip"
    assert _pack(runner, folder, out)[0] == 0
    with zipfile.ZipFile(out) as archive:
        assert archive.read("assessment/evidence.lock.yaml") == (folder / "evidence.lock.yaml").read_bytes()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_pack_refuses_escaping_symlink(make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path) -> None:
    folder = _folder(make_assessment)
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    os.symlink(tmp_path / "secret.txt", folder / "evidence" / "secret.txt")
    out = tmp_path / "p.zip"
    code, _, err = _pack(runner, folder, out)
    assert code == 1
    assert err == (
        f"{folder}/evidence/secret.txt:1:1: error: 'evidence/secret.txt' is a link that leaves the assessment folder; "
        "evidence must stay inside it [evidence-path]\n"
        f"cc-assess: {folder}: the evidence has problems; nothing was packed\n"
    )
    assert not out.exists()


def test_pack_invalid_assessment(make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path) -> None:
    folder = _folder(make_assessment, **{"responses/AA/AA-02.yaml": "item: AA-02\nstatus: maybe\n"})
    out = tmp_path / "p.zip"
    code, stdout, err = _pack(runner, folder, out)
    assert (code, stdout) == (1, "")
    assert err == (
        f"{folder}/responses/AA/AA-02.yaml:2:9: error: 'maybe' is not a status of this catalogue "
        "(use one of: conformant, partial, nonconformant, na, or their zh/en labels) [unknown-status]\n"
        f"cc-assess: {folder}: the assessment has errors; run 'cc-assess validate'\n"
    )
    assert not out.exists()


def test_pack_into_evidence_folder_refused(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = _folder(make_assessment)
    code, _, err = _pack(runner, folder, folder / "evidence" / "p.zip")
    assert code == 2
    assert err == (
        f"cc-assess: {folder}/evidence/p.zip: the pack would contain itself; "
        "write it outside evidence/ and responses/\n"
    )
    assert not (folder / "evidence" / "p.zip").exists()


def test_pack_output_folder_missing(make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path) -> None:
    code, _, err = _pack(runner, _folder(make_assessment), tmp_path / "no" / "p.zip")
    assert code == 2
    assert err == f"cc-assess: cannot write {tmp_path / 'no' / 'p.zip'}: folder {tmp_path / 'no'} does not exist\n"


def test_verify_a_folder_exit_2(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = _folder(make_assessment)
    code, _, err = run(runner, "pack", "--verify", str(folder))
    assert (code, err) == (2, f"cc-assess: {folder}: is a folder, not a zip file\n")


def test_verify_with_output_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    code, _, err = run(runner, "pack", "--verify", str(tmp_path / "a.zip"), "-o", str(tmp_path / "b.zip"))
    assert (code, err) == (2, "cc-assess: usage: cc-assess pack --verify FILE.zip\n")
