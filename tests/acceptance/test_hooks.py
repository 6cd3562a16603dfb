"""pre-commit: the hooks' entry points in-process, and the real pre-commit against a temporary repository."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from cc_assess.precommit import assessment_folders
from tests.conftest import ALL_CONFORMANT, FIXTURES, REPO, response_yaml, run

HOOKS = REPO / ".pre-commit-hooks.yaml"


def _write_assessment(folder: Path, statuses: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FIXTURES / "mini.yaml", folder / "catalogue.yaml")
    (folder / "assessment.yaml").write_text("catalogue: catalogue.yaml\ncatalogue_version: 1.0.0\n", encoding="utf-8")
    for item, status in statuses.items():
        path = folder / "responses" / item[:2] / f"{item}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(response_yaml(item, status), encoding="utf-8")


def test_manifest_declares_both_hooks() -> None:
    hooks = {hook["id"]: hook for hook in yaml.safe_load(HOOKS.read_text(encoding="utf-8"))}
    assert sorted(hooks) == ["cc-assess-score", "cc-assess-validate"]
    for hook_id, command in (("cc-assess-validate", "hook-validate"), ("cc-assess-score", "hook-score")):
        hook = hooks[hook_id]
        assert hook["entry"] == f"cc-assess {command}"
        assert hook["language"] == "python"
        assert hook["require_serial"] is True

    pattern = re.compile(hooks["cc-assess-validate"]["files"])
    for path in ("assessment.yaml", "sites/sh/2026/assessment.yaml", "a/responses/HR/HR-01.yaml", "responses/x.yml"):
        assert pattern.search(path), path
    for path in ("README.md", "a/evidence/plan.yaml", "assessment.yaml.bak", "catalogue.yaml"):
        assert not pattern.search(path), path


def test_files_map_to_their_assessment_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write_assessment(tmp_path / "sites/sh/2026", {"AA-01": "conformant"})
    _write_assessment(tmp_path / "sites/bj/2026", {})
    _write_assessment(tmp_path / "root", {})
    monkeypatch.chdir(tmp_path)
    paths = [
        Path("sites/sh/2026/responses/AA/AA-01.yaml"),
        Path("sites/sh/2026/assessment.yaml"),
        Path("sites/bj/2026/assessment.yaml"),
        Path("sites/bj/2026/responses/AA/AA-09.yaml"),  # deleted or not yet written: its folder still counts
        Path("README.md"),
        Path("elsewhere/responses/AA/AA-01.yaml"),
    ]
    assert assessment_folders(paths) == [Path("sites/bj/2026"), Path("sites/sh/2026")]
    assert assessment_folders([Path("root")]) == [Path("root")]
    assert assessment_folders([]) == []


def test_hook_validate_checks_each_folder_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    _write_assessment(tmp_path / "a", ALL_CONFORMANT)
    _write_assessment(tmp_path / "b", {**ALL_CONFORMANT, "BB-02": "finished"})
    monkeypatch.chdir(tmp_path)
    files = ["a/responses/AA/AA-01.yaml", "a/assessment.yaml", "b/responses/BB/BB-02.yaml", "b/assessment.yaml"]
    code, out, err = run(runner, "hook-validate", *files)
    assert (code, out) == (1, "")
    assert err == (
        "b/responses/BB/BB-02.yaml:2:9: error: 'finished' is not a status of this catalogue (use one of: conformant, "
        "partial, nonconformant, na, or their zh/en labels) [unknown-status]\n1 error(s), 0 warning(s)\n"
    )
    assert run(runner, "hook-validate", "a/assessment.yaml") == (0, "", "ok: no problems found\n")
    assert run(runner, "hook-validate", "a/assessment.yaml", "--format", "json") == (0, "[]\n", "")


def test_hook_validate_without_assessment_files_passes(runner: CliRunner, tmp_path: Path) -> None:
    assert run(runner, "hook-validate", str(tmp_path / "README.md")) == (
        0,
        "",
        "no assessment folder among the given files; nothing to check\n",
    )
    assert run(runner, "--quiet", "hook-validate") == (0, "", "")


def test_hook_score_takes_thresholds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner, tool_lang: Callable[[str], None]
) -> None:
    tool_lang("zh")
    _write_assessment(tmp_path / "good", ALL_CONFORMANT)
    _write_assessment(tmp_path / "weak", {**ALL_CONFORMANT, "BB-01": "nonconformant"})
    monkeypatch.chdir(tmp_path)
    code, out, err = run(
        runner, "hook-score", "--fail-under", "90", "good/assessment.yaml", "weak/responses/BB/BB-01.yaml"
    )
    assert code == 1
    assert "Overall" not in out  # the tool's language is Chinese: so are the table's words
    assert out.count("总体") == 2
    assert err == "== good\n== weak\ncc-assess: 总体得分 83.33 低于 90\n"
    assert run(runner, "--quiet", "hook-score", "--format", "json", "good/assessment.yaml")[0] == 0


def test_hook_commands_are_hidden(runner: CliRunner) -> None:
    out = run(runner, "--help")[1]
    assert "hook-validate" not in out
    assert "hook-score" not in out


# --------------------------------------------------------------------------------------- real pre-commit


def _git(cwd: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout.strip()


def _hook_repo(tmp_path: Path) -> tuple[Path, str]:
    """A git repository holding the current worktree, everything committed (pre-commit installs from HEAD)."""
    target = tmp_path / "cc-assess"
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if listed.returncode == 0:
        for rel in filter(None, listed.stdout.split("\0")):
            source = REPO / rel
            if source.is_file():
                (target / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target / rel)
    else:  # not a git checkout (an sdist): copy the tree
        shutil.copytree(
            REPO, target, ignore=shutil.ignore_patterns(".git", ".venv", "venv", "*cache*", "__pycache__", "build")
        )
    # pyproject.toml force-includes these folders into the wheel; a branch may not have them (yet)
    for folder in ("criteria", "templates"):
        if not (target / folder).is_dir():
            (target / folder).mkdir()
            (target / folder / ".keep").write_text("", encoding="utf-8")
    _git(target, "init", "-q", "-b", "main")
    _git(target, "add", "-A")
    _git(target, "commit", "-q", "-m", "snapshot for the pre-commit test")
    return target, _git(target, "rev-parse", "HEAD")


def _pre_commit(cwd: Path, home: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1", "GIT_CONFIG_GLOBAL": os.devnull}
    env["CC_ASSESS_LANG"] = lang
    env.pop("PYTHONPATH", None)  # the hook must run the cc-assess pre-commit installed, not this checkout
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args, "--color", "never"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )


@pytest.fixture(scope="module")
def precommit_setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, Path, Path]:
    pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install -e '.[test]')")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    base = tmp_path_factory.mktemp("pre-commit")
    hook_repo, rev = _hook_repo(base)
    project = base / "client"
    _write_assessment(project / "sites/sh/2026", ALL_CONFORMANT)
    _write_assessment(project / "sites/bj/2026", {**ALL_CONFORMANT, "BB-01": "partial"})
    (project / "README.md").write_text("client\n", encoding="utf-8")
    _git(project, "init", "-q", "-b", "main")
    _git(project, "add", "-A")
    _git(project, "commit", "-q", "-m", "assessments")
    return hook_repo, rev, project, base / "cache"


@pytest.mark.slow
def test_pre_commit_try_repo_validate(precommit_setup: tuple[Path, str, Path, Path]) -> None:
    hook_repo, _, project, home = precommit_setup
    proc = _pre_commit(project, home, "try-repo", str(hook_repo), "cc-assess-validate", "--all-files")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # pre-commit's banner names a temporary folder and a commit; its last line is the hook's result, whole
    assert (
        proc.stdout.splitlines()[-1]
        == "cc-assess validate.......................................................Passed"
    )

    bad = project / "sites/bj/2026/responses/AA/AA-02.yaml"
    bad.write_text("item: AA-02\nstatus: partial\nfinding: typo\n", encoding="utf-8")
    _git(project, "add", "-A")
    try:
        proc = _pre_commit(project, home, "try-repo", str(hook_repo), "cc-assess-validate", "--all-files")
    finally:
        _git(project, "checkout", "HEAD", "--", ".")
        _git(project, "reset", "-q")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    # after pre-commit's banner (a temporary folder, a commit), the hook's whole report
    assert proc.stdout[proc.stdout.index("cc-assess validate.") :] == (
        "cc-assess validate.......................................................Failed\n"
        "- hook id: cc-assess-validate\n"
        "- exit code: 1\n"
        "\n"
        "sites/bj/2026/responses/AA/AA-02.yaml:3:1: error: unknown key 'finding' (did you mean 'findings'?) "
        "[unknown-key]\n"
        "sites/bj/2026/responses/BB/BB-01.yaml:2:9: warning: BB-01 is partial but has no corrective action; "
        "add one under 'actions:' [no-corrective-action]\n"
        "1 error(s), 1 warning(s)\n"
        "\n"
    )


@pytest.mark.slow
def test_pre_commit_config_with_score_threshold(precommit_setup: tuple[Path, str, Path, Path]) -> None:
    hook_repo, rev, project, home = precommit_setup
    config = project / ".pre-commit-config.yaml"
    config.write_text(
        f"repos:\n  - repo: {hook_repo.as_posix()}\n    rev: {rev}\n    hooks:\n"
        "      - id: cc-assess-validate\n"
        "      - id: cc-assess-score\n        args: [--fail-under, '95', --fail-on-key]\n",
        encoding="utf-8",
    )
    try:
        proc = _pre_commit(project, home, "run", "--all-files", lang="zh")  # a Chinese team's machine
    finally:
        config.unlink()
    assert proc.returncode == 1, proc.stdout + proc.stderr
    table = (
        "                 mini 1.0.0                 \n"
        "┏━━━━━━━━━━┳━━━━━━━━┳━━━━━━┳━━━━━━┳━━━━━━━━┓\n"
        "┃ 评审类别 ┃ 得分率 ┃ 得分 ┃ 满分 ┃ 未评估 ┃\n"
        "┡━━━━━━━━━━╇━━━━━━━━╇━━━━━━╇━━━━━━╇━━━━━━━━┩\n"
        "│ AA 甲类  │  100.0 │  4.0 │  4.0 │      0 │\n"
        "│ BB 乙类  │ {bb} │\n"
        "│ 总体     │ {total} │\n"
        "└──────────┴────────┴──────┴──────┴────────┘\n"
        "认证就绪（工具判定，非认证结论）: 就绪\n"
    )
    # after pre-commit's banner (a temporary folder), the hooks' whole report
    assert proc.stdout[proc.stdout.index("cc-assess validate.") :] == (
        "cc-assess validate.......................................................Passed\n"
        "cc-assess score..........................................................Failed\n"
        "- hook id: cc-assess-score\n"
        "- exit code: 1\n"
        "\n"
        "== sites/bj/2026\n"
        + table.format(bb="  75.0 │  1.5 │  2.0 │      0", total="  91.7 │  5.5 │  6.0 │      0")
        + "主要差距: BB-01 (0.5)\n"
        "cc-assess: 总体得分 91.67 低于 95\n"
        "== sites/sh/2026\n"
        + table.format(bb=" 100.0 │  2.0 │  2.0 │      0", total=" 100.0 │  6.0 │  6.0 │      0")
        + "\n"
    )


def test_the_pre_commit_example_names_the_released_tag() -> None:
    from cc_assess import __version__

    example = yaml.safe_load((REPO / "examples" / "ci" / "pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert [repo["rev"] for repo in example["repos"]] == [f"v{__version__}"]
    assert f"    rev: v{__version__}\n" in (REPO / "docs" / "ci.md").read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_pre_commit_example_works_as_written(precommit_setup: tuple[Path, str, Path, Path]) -> None:
    """examples/ci/pre-commit-config.yaml with only its repo URL changed, against a copy tagged as released."""
    hook_repo, rev, project, home = precommit_setup
    example = (REPO / "examples" / "ci" / "pre-commit-config.yaml").read_text(encoding="utf-8")
    tag = yaml.safe_load(example)["repos"][0]["rev"]
    if tag not in _git(hook_repo, "tag", "--list", tag).split():
        _git(hook_repo, "tag", tag, rev)
    config = project / ".pre-commit-config.yaml"
    config.write_text(
        re.sub(r"(?m)^(\s*- repo: )\S+.*$", lambda m: m.group(1) + hook_repo.as_posix(), example), encoding="utf-8"
    )
    try:
        proc = _pre_commit(project, home, "run", "--all-files")
    finally:
        config.unlink()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert re.search(r"cc-assess validate\.+Passed", proc.stdout), proc.stdout
    assert re.search(r"cc-assess score\.+Passed", proc.stdout), proc.stdout
