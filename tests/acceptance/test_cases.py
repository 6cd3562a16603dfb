"""Bad-input cases kept as folders under tests/cases/: files in, exit code and whole output pinned.

Each ``tests/cases/<group>/<case>/`` is one test (id ``<group>/<case>``); the format is in tests/cases/README.md.
A new case is a new folder, no Python.  After a deliberate change to a message, rewrite the expected outputs with
``CC_ASSESS_UPDATE_CASES=1 python -m pytest tests/acceptance/test_cases.py`` and review the diff.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import ALL_CONFORMANT, REPO, MakeAssessment, run

CASES = REPO / "tests" / "cases"
UPDATE = os.environ.get("CC_ASSESS_UPDATE_CASES") == "1"
CASE_FILES = frozenset({"files", "delete", "args", "env", "exit", "stdout", "stderr"})
GROUP_FILES = frozenset({"args"})
TOP_FILES = frozenset({"README.md", ".gitattributes"})
ENV_NAMES = frozenset({"CC_ASSESS_LANG", "SOURCE_DATE_EPOCH", "COLUMNS"})


class CaseError(Exception):
    """A case folder that cannot be run as it is (the message names the folder and what is wrong)."""


@dataclass(frozen=True)
class Case:
    name: str
    folder: Path
    args: list[str]
    env: dict[str, str]
    delete: list[str]
    exit: int
    stdout: str
    stderr: str


BASE_FILES = frozenset(
    {
        "site/catalogue.yaml",
        "site/assessment.yaml",
        *(f"site/responses/{item[:2]}/{item}.yaml" for item in ALL_CONFORMANT),
    }
)


def _where(path: Path) -> str:
    """group/case/file: how a message names a file of a case."""
    return "/".join(path.parts[-3:])


def _text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CaseError(f"{_where(path)}: not UTF-8 ({exc.reason})") from None


def _lines(path: Path) -> list[str]:
    return [line for line in _text(path).splitlines() if line.strip()]


def _args(path: Path) -> list[str]:
    text = _text(path).strip()
    if not text or "\n" in text:
        raise CaseError(f"{_where(path)}: one command line expected (the arguments after cc-assess)")
    try:
        return shlex.split(text)
    except ValueError as exc:
        raise CaseError(f"{_where(path)}: {exc}") from None


def load_case(folder: Path, *, require_exit: bool = not UPDATE) -> Case:
    """Read and check one case folder; a missing, unknown or malformed file is a CaseError."""
    name = f"{folder.parent.name}/{folder.name}"
    unknown = sorted(p.name for p in folder.iterdir() if p.name not in CASE_FILES)
    if unknown:
        raise CaseError(f"{name}: unknown file(s) {unknown}; a case holds only {sorted(CASE_FILES)}")
    for entry in sorted(CASE_FILES - {"files"}):
        if (folder / entry).exists() and not (folder / entry).is_file():
            raise CaseError(f"{name}: {entry} must be a file")
    if (folder / "files").exists() and not (folder / "files").is_dir():
        raise CaseError(f"{name}: files must be a folder")
    if require_exit and not (folder / "exit").is_file():
        raise CaseError(f"{name}: no exit file (the expected exit code)")
    args_file = folder / "args" if (folder / "args").is_file() else folder.parent / "args"
    if not args_file.is_file():
        raise CaseError(f"{name}: no args file in the case or in its group {folder.parent.name}/")
    env: dict[str, str] = {}
    if (folder / "env").is_file():
        for line in _lines(folder / "env"):
            key, sep, value = line.partition("=")
            if not sep or key not in ENV_NAMES:
                raise CaseError(f"{name}: env line {line!r}; write NAME=value with NAME one of {sorted(ENV_NAMES)}")
            env[key] = value
    delete = _lines(folder / "delete") if (folder / "delete").is_file() else []
    files = folder / "files"
    laid = BASE_FILES | {p.relative_to(files).as_posix() for p in files.rglob("*") if p.is_file()}
    for rel in delete:
        if rel not in laid:
            raise CaseError(f"{name}: delete names {rel}, which neither the base nor files/ has")
    exit_code = 0
    if (folder / "exit").is_file():
        exit_text = _text(folder / "exit").strip()
        if exit_text not in ("0", "1", "2"):
            raise CaseError(f"{name}: exit must hold 0, 1 or 2, not {exit_text!r}")
        exit_code = int(exit_text)
    stdout = _text(folder / "stdout") if (folder / "stdout").is_file() else ""
    stderr = _text(folder / "stderr") if (folder / "stderr").is_file() else ""
    if not delete and not files.is_dir() and args_file == folder.parent / "args":
        raise CaseError(f"{name}: the case changes nothing (no files/, delete or args of its own)")
    return Case(name, folder, _args(args_file), env, delete, exit_code, stdout, stderr)


def case_folders() -> list[Path]:
    """Every folder two levels below tests/cases/; anything else there is a CaseError in the completeness test."""
    return sorted(case for group in CASES.iterdir() if group.is_dir() for case in group.iterdir() if case.is_dir())


def _snapshot(root: Path) -> dict[str, bytes | None]:
    return {p.relative_to(root).as_posix(): (p.read_bytes() if p.is_file() else None) for p in sorted(root.rglob("*"))}


@pytest.fixture
def case_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    from cc_assess import i18n

    yield monkeypatch
    i18n.reset()


def lay_out(case: Case, make_assessment: MakeAssessment, root: Path) -> None:
    """The base assessment ``site/`` (the mini catalogue, every item conformant), the case's files over it."""
    make_assessment(ALL_CONFORMANT, name="site")
    if (case.folder / "files").is_dir():
        shutil.copytree(case.folder / "files", root, dirs_exist_ok=True)
    for rel in case.delete:
        (root / rel).unlink()


def _write_expected(case: Case, code: int, out: str, err: str) -> None:
    (case.folder / "exit").write_text(f"{code}\n", encoding="utf-8")
    for stream, text in (("stdout", out), ("stderr", err)):
        path = case.folder / stream
        if text:
            path.write_bytes(text.encode("utf-8"))
        elif path.exists():
            path.unlink()


@pytest.mark.parametrize("folder", case_folders(), ids=lambda p: p.relative_to(CASES).as_posix())
def test_case(
    folder: Path, make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, case_env: pytest.MonkeyPatch
) -> None:
    from cc_assess import i18n

    case = load_case(folder)
    lay_out(case, make_assessment, tmp_path)
    before = _snapshot(tmp_path)
    case_env.chdir(tmp_path)
    for key, value in case.env.items():
        case_env.setenv(key, value)
    i18n.reset()
    code, out, err = run(runner, *case.args)
    if UPDATE:
        _write_expected(case, code, out, err)
        return
    assert (code, out, err) == (case.exit, case.stdout, case.stderr), "after a deliberate change: tests/cases/README.md"
    if code != 0:
        assert _snapshot(tmp_path) == before, "a command that fails writes nothing"


def test_every_case_folder_is_complete() -> None:
    """No folder is skipped silently: every entry of tests/cases/ is a known file, a group or a whole case."""
    problems: list[str] = []
    for entry in sorted(CASES.iterdir()):
        if entry.is_dir():
            problems += [
                f"{entry.name}/{p.name}: neither a case folder nor one of {sorted(GROUP_FILES)}"
                for p in sorted(entry.iterdir())
                if not p.is_dir() and p.name not in GROUP_FILES
            ]
        elif entry.name not in TOP_FILES:
            problems.append(f"{entry.name}: only group folders and {sorted(TOP_FILES)} belong in tests/cases/")
    for folder in case_folders():
        try:
            case = load_case(folder)
        except CaseError as exc:
            problems.append(str(exc))
            continue
        if (folder / "files").is_dir() and not any(p.is_file() for p in (folder / "files").rglob("*")):
            problems.append(f"{case.name}: files/ holds no file")
    assert problems == []
    assert case_folders(), "no case folder found under tests/cases/"


def test_git_keeps_the_bytes_of_every_case_file() -> None:
    """tests/cases/.gitattributes marks every file -text: no CRLF, BOM or encoding is converted on checkout."""
    files = [p.relative_to(REPO).as_posix() for p in sorted(CASES.rglob("*")) if p.is_file()]
    done = subprocess.run(
        ["git", "check-attr", "--stdin", "text"],
        input="\n".join(files) + "\n",
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    assert done.stdout.splitlines() == [f"{name}: text: unset" for name in files]


def _refused_by_validate() -> list[Path]:
    return [
        f
        for f in case_folders()
        if f.parent.name == "validate"
        and (f / "exit").is_file()
        and _text(f / "exit").strip() == "1"
        and not (f / "args").is_file()
    ]


@pytest.mark.parametrize("folder", _refused_by_validate(), ids=lambda p: p.name)
def test_what_validate_refuses_score_refuses_with_nothing_on_stdout(
    folder: Path, make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, case_env: pytest.MonkeyPatch
) -> None:
    case = load_case(folder)
    lay_out(case, make_assessment, tmp_path)
    case_env.chdir(tmp_path)
    code, out, err = run(runner, "score", "site", "--format", "json")
    assert (code, out) == (1, ""), err


@pytest.mark.parametrize(
    ("layout", "message"),
    [
        (
            {"exit": "1\n", "expected": "x"},
            "g/c: unknown file(s) ['expected']; a case holds only "
            "['args', 'delete', 'env', 'exit', 'files', 'stderr', 'stdout']",
        ),
        ({"files/site/a.yaml": "x"}, "g/c: no exit file (the expected exit code)"),
        ({"exit": "3\n", "args": "validate site\n"}, "g/c: exit must hold 0, 1 or 2, not '3'"),
        ({"exit": "0\n"}, "g/c: the case changes nothing (no files/, delete or args of its own)"),
        (
            {"exit": "0\n", "delete": "site/nothing.yaml\n"},
            "g/c: delete names site/nothing.yaml, which neither the base nor files/ has",
        ),
        (
            {"exit": "0\n", "args": "validate site\n", "env": "HOME=/\n"},
            "g/c: env line 'HOME=/'; write NAME=value with NAME one of "
            + "['CC_ASSESS_LANG', 'COLUMNS', 'SOURCE_DATE_EPOCH']",
        ),
        ({"exit": "0\n", "args": "validate 'site\n"}, "g/c/args: No closing quotation"),
        (
            {"exit": "0\n", "args": "validate\nscore\n"},
            "g/c/args: one command line expected (the arguments after cc-assess)",
        ),
        ({"exit": "0\n", "stderr": b"\xff", "args": "validate site\n"}, "g/c/stderr: not UTF-8 (invalid start byte)"),
    ],
    ids=[
        "unknown-file",
        "no-exit",
        "bad-exit",
        "changes-nothing",
        "delete-nothing",
        "env-name",
        "args-quote",
        "args-lines",
        "stderr-bytes",
    ],
)
def test_a_broken_case_folder_is_named_with_what_is_wrong(
    tmp_path: Path, layout: dict[str, str | bytes], message: str
) -> None:
    folder = tmp_path / "g" / "c"
    folder.mkdir(parents=True)
    (folder.parent / "args").write_text("validate site\n", encoding="utf-8")
    for rel, content in layout.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    with pytest.raises(CaseError) as caught:
        load_case(folder, require_exit=True)
    assert str(caught.value) == message
