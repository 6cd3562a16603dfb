"""Shown: a path and how messages show it; the "." and forward-slash rules in one place."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from cc_assess.shown import Shown
from tests.conftest import REPO


def test_no_folder_named_is_the_current_folder_shown_as_a_dot() -> None:
    assert Shown.of(None) == Shown(Path("."), ".")
    assert Shown.of(Path(".")) == Shown(Path("."), ".")
    assert Shown.of("") == Shown(Path("."), ".")


def test_a_path_is_shown_as_the_user_wrote_it() -> None:
    assert Shown.of(Path("sites/sh/2026")) == Shown(Path("sites/sh/2026"), "sites/sh/2026")
    assert Shown.of("./2026") == Shown(Path("2026"), "./2026")  # a text is kept as written; pathlib drops ./
    assert str(Shown.of(Path("/tmp/a b/2026"))) == "/tmp/a b/2026"


def test_windows_paths_are_shown_with_forward_slashes() -> None:
    assert Shown.of(PureWindowsPath(r"sites\sh\2026")).text == "sites/sh/2026"
    assert Shown.of(r"C:\cc\2026").text == "C:/cc/2026"
    assert Shown.of(r"sites\sh").child("assessment.yaml").text == "sites/sh/assessment.yaml"


@pytest.mark.parametrize(
    ("folder", "rel", "text"),
    [
        (".", "assessment.yaml", "assessment.yaml"),
        (".", "responses/AA/AA-01.yaml", "responses/AA/AA-01.yaml"),
        ("2026", "assessment.yaml", "2026/assessment.yaml"),
        ("2026/", "approvals.yaml", "2026/approvals.yaml"),
        ("./2026", "evidence.lock.yaml", "2026/evidence.lock.yaml"),
        ("/", "x.yaml", "/x.yaml"),
        ("y2025:site-a", "responses", "y2025:site-a/responses"),
    ],
)
def test_a_file_inside_a_folder(folder: str, rel: str, text: str) -> None:
    shown = Shown.of(folder)
    assert shown.inside(rel) == text
    assert shown.child(rel) == Shown(Path(folder) / rel, text)
    assert shown.child(PurePosixPath(rel)).text == text


def test_a_named_source_keeps_its_text_and_opens_the_real_folder(tmp_path: Path) -> None:
    shown = Shown.named(tmp_path, "HEAD:site-a")
    assert (shown.path, str(shown)) == (tmp_path, "HEAD:site-a")
    assert shown.child("assessment.yaml") == Shown(tmp_path / "assessment.yaml", "HEAD:site-a/assessment.yaml")
    assert Shown.named(tmp_path, "") == Shown(tmp_path, ".")


def test_backslashes_become_slashes_for_messages_in_one_place() -> None:
    """Every other module goes through :mod:`cc_assess.shown`; the two left do not make messages: gitio reads
    paths inside a git repository (``REV:PATH``), uploads keeps only the last part of an uploaded file's name."""
    src = REPO / "src" / "cc_assess"
    found = {
        path.relative_to(src).as_posix(): count
        for path in sorted(src.rglob("*.py"))
        if (count := path.read_text(encoding="utf-8").count('.replace("\\\\", "/")'))
    }
    assert found == {"gitio.py": 2, "shown.py": 1, "web/uploads.py": 1}
