"""Output files are written whole (temporary file, then rename) with the mode a shell redirection would give."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cc_assess.errors import CannotRun
from cc_assess.outfile import atomic_file, write_atomic
from cc_assess.shown import Shown


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_follows_the_umask_and_an_existing_one_keeps_its_mode(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        write_atomic(tmp_path / "private.html", "<p>内部</p>")
    finally:
        os.umask(old)
    assert mode(tmp_path / "private.html") == 0o600
    assert (tmp_path / "private.html").read_text(encoding="utf-8") == "<p>内部</p>"
    shared = tmp_path / "shared.md"
    shared.write_text("old", encoding="utf-8")
    shared.chmod(0o664)
    write_atomic(shared, b"new")
    assert (mode(shared), shared.read_bytes()) == (0o664, b"new")


def test_a_failure_leaves_the_previous_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("previous", encoding="utf-8")

    def half_then_fail() -> None:
        with atomic_file(target) as handle:
            handle.write(b"half")
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        half_then_fail()
    assert target.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]


def test_a_missing_folder_or_a_folder_in_the_way_cannot_run(tmp_path: Path) -> None:
    with pytest.raises(CannotRun, match=r"^cannot write out/x.xlsx: folder .*/no does not exist$"):
        write_atomic(Shown(tmp_path / "no" / "x.xlsx", "out/x.xlsx"), b"")
    (tmp_path / "dir").mkdir()
    with pytest.raises(CannotRun, match=r"it is a folder$"):
        write_atomic(tmp_path / "dir", b"")


def test_an_existing_file_keeps_its_permissions_but_never_setuid(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o4750)
    write_atomic(target, "new")
    assert mode(target) == 0o750
