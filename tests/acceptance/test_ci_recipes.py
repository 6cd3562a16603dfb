"""The CI recipes in examples/ci parse, and every cc-assess call in them parses against the real CLI."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
import yaml

from cc_assess.cli import app
from tests.conftest import ALL_CONFORMANT, FIXTURES, REPO, response_yaml

CI = REPO / "examples" / "ci"
#: The SPEC's command list: a recipe may call a command another part of the project provides.
SPEC_COMMANDS = {
    "init",
    "validate",
    "score",
    "report",
    "diff",
    "actions",
    "catalogue",
    "schema",
    "history",
    "migrate",
    "evidence",
    "pack",
    "export",
    "import",
}
_VAR = re.compile(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?")
_SHELL_OPS = {">", ">>", "<", "|", "||", "&&", ";", "2>", "2>&1"}


def _load(name: str) -> Any:
    return yaml.safe_load((CI / name).read_text(encoding="utf-8"))


def _calls(lines: list[str], env: dict[str, str]) -> list[list[str]]:
    """The argument lists of every ``cc-assess`` call in shell lines, variables expanded from ``env``."""
    calls = []
    for line in (part for text in lines for part in text.splitlines()):
        words = shlex.split(line, comments=True)
        for i, word in enumerate(words):
            if word == "cc-assess":
                rest = words[i + 1 :]
                stop = next((j for j, w in enumerate(rest) if w in _SHELL_OPS), len(rest))
                calls.append([_VAR.sub(lambda m: env.get(m.group(1), f"<{m.group(1)}>"), w) for w in rest[:stop]])
    return calls


def _github() -> tuple[list[str], dict[str, str]]:
    workflow = _load("github-actions.yml")
    env = {k: str(v) for k, v in workflow.get("env", {}).items()}
    lines = [step["run"] for job in workflow["jobs"].values() for step in job["steps"] if "run" in step]
    return lines, env


def _gitlab() -> tuple[list[str], dict[str, str]]:
    config = _load("gitlab-ci.yml")
    lines: list[str] = []
    env: dict[str, str] = {}
    for job in config.values():
        if not isinstance(job, dict) or "script" not in job:
            continue
        env.update({k: str(v) for k, v in job.get("variables", {}).items()})
        for key in ("before_script", "script", "after_script"):
            lines += job.get(key, [])
    return lines, env


RECIPES = {"github-actions.yml": _github, "gitlab-ci.yml": _gitlab}


def test_github_workflow_shape() -> None:
    workflow = _load("github-actions.yml")
    jobs = workflow["jobs"]
    assert jobs["assess"]["needs"] == ["validate", "folders"]
    assert jobs["assess"]["strategy"]["matrix"]["folder"] == "${{ fromJSON(needs.folders.outputs.folders) }}"
    assert jobs["assess"]["strategy"]["fail-fast"] is False
    steps = jobs["assess"]["steps"]
    uses = [step.get("uses", "") for step in steps]
    assert "actions/checkout@v4" in uses
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-artifact@"))
    assert "report.html" in upload["with"]["path"]
    runs = "\n".join(step.get("run", "") for step in steps)
    assert "--fail-under" in runs
    assert "--format github" in jobs["validate"]["steps"][-1]["run"]
    # the report is kept before the gate can fail the run
    gate = next(i for i, step in enumerate(steps) if "--fail-under" in step.get("run", ""))
    assert steps.index(upload) < gate


def test_gitlab_job_shape() -> None:
    job = _load("gitlab-ci.yml")["assessment"]
    assert job["artifacts"]["when"] == "always"
    assert job["artifacts"]["paths"] == ["reports/"]
    assert job["artifacts"]["reports"]["junit"] == "reports/*-junit.xml"
    assert any('--format junit > "reports/$name-junit.xml"' in line for line in job["script"])
    assert "--fail-under" in job["script"][-1]


@pytest.mark.parametrize("recipe", sorted(RECIPES))
def test_recipe_calls_commands_that_exist(recipe: str) -> None:
    lines, env = RECIPES[recipe]()
    calls = _calls(lines, env)
    assert {call[0] for call in calls} >= {"validate", "score", "report"}
    root: Any = typer.main.get_command(app)
    for call in calls:
        name = call[0]
        assert name in root.commands or name in SPEC_COMMANDS, f"{recipe}: cc-assess {name} is no command"
        if name not in root.commands:
            continue  # provided elsewhere in the project; the SPEC fixes its options
        command = root.commands[name]
        # parse the arguments exactly as the CLI would: unknown options and bad choices raise
        command.make_context(f"cc-assess {name}", list(call[1:]))


def test_pre_commit_example_names_real_hooks() -> None:
    hooks = {hook["id"] for hook in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    config = _load("pre-commit-config.yaml")
    used = {hook["id"] for repo in config["repos"] for hook in repo["hooks"]}
    assert used == hooks


def test_calls_parser_sees_every_call() -> None:
    calls = _calls(['cc-assess score "$A" --format markdown >> "$GITHUB_STEP_SUMMARY"  # note'], {"A": "x y"})
    assert calls == [["score", "x y", "--format", "markdown"]]


def test_a_wrong_option_is_caught() -> None:
    root: Any = typer.main.get_command(app)
    with pytest.raises(Exception, match="'pdf' is not one of"):
        root.commands["score"].make_context("cc-assess score", ["x", "--format", "pdf"])
    with pytest.raises(Exception, match="No such option"):
        root.commands["validate"].make_context("cc-assess validate", ["x", "--fail-under", "80"])


# ------------------------------------------------------------------------------- the recipes, run for real


def _consultant_repo(root: Path) -> Path:
    """Three clients: a (2025 weak, 2026 good), b (2026 good), c (2026 weak); a README among them."""
    good = dict(ALL_CONFORMANT)
    weak = {**ALL_CONFORMANT, "BB-01": "nonconformant", "BB-02": "nonconformant"}
    for rel, statuses in (
        ("clients/a/2025", weak),
        ("clients/a/2026", good),
        ("clients/b/2026", good),
        ("clients/c/2026", weak),
    ):
        folder = root / rel
        (folder / "responses").mkdir(parents=True)
        shutil.copyfile(FIXTURES / "mini.yaml", folder / "catalogue.yaml")
        (folder / "assessment.yaml").write_text("catalogue: catalogue.yaml\ncatalogue_version: 1.0.0\n")
        for item, status in statuses.items():
            path = folder / "responses" / item[:2] / f"{item}.yaml"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(response_yaml(item, status), encoding="utf-8")
    (root / "clients" / "README.md").write_text("clients\n")
    return root


def _bash(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """A step as the runners run it: bash -eo pipefail, cc-assess of this checkout on PATH."""
    full = {**os.environ, **env, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    full["PYTHONPATH"] = str(REPO / "src")
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
        cwd=cwd,
        env=full,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_gitlab_recipe_over_many_clients_runs_as_written(tmp_path: Path) -> None:
    repo = _consultant_repo(tmp_path / "repo")
    job = _load("gitlab-ci.yml")["assessment"]
    env = {k: str(v) for k, v in job["variables"].items()}
    results = [_bash(line, repo, env) for line in job["script"]]
    assert [r.returncode for r in results] == [0, 0, 0, 1], [r.stderr for r in results]
    assert sorted(p.name for p in (repo / "reports").iterdir()) == [
        "clients-a-2026-junit.xml",
        "clients-a-2026.html",
        "clients-b-2026-junit.xml",
        "clients-b-2026.html",
        "clients-c-2026-junit.xml",
        "clients-c-2026.html",
    ]
    gate = results[-1]
    assert gate.stdout == "== clients/a/2026/\n== clients/b/2026/\n== clients/c/2026/\n"
    assert gate.stderr == "cc-assess: overall score 66.67 is below 80\n"  # c only; a/2025 is not gated
    # validate saw every year of every client
    bad = repo / "clients" / "a" / "2025" / "responses" / "AA" / "AA-01.yaml"
    bad.write_text("item: AA-01\nstatus: maybe\n", encoding="utf-8")
    validate = _bash(job["script"][0], repo, env)
    assert validate.returncode == 1
    warning = "{path}:2:9: warning: {item} is nonconformant but has no corrective action; add one under 'actions:' "
    assert validate.stderr == (
        "clients/a/2025/responses/AA/AA-01.yaml:2:9: error: 'maybe' is not a status of this catalogue "
        "(use one of: conformant, partial, nonconformant, na, or their zh/en labels) [unknown-status]\n"
        + "".join(
            warning.format(path=f"clients/{year}/responses/BB/{item}.yaml", item=item) + "[no-corrective-action]\n"
            for year in ("a/2025", "c/2026")
            for item in ("BB-01", "BB-02")
        )
        + "1 error(s), 4 warning(s)\n"
    )


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("bash") is None or shutil.which("jq") is None, reason="needs bash and jq")
def test_github_recipe_over_many_clients_runs_as_written(tmp_path: Path) -> None:
    repo = _consultant_repo(tmp_path / "repo")
    workflow = _load("github-actions.yml")
    env = {k: str(v) for k, v in workflow["env"].items()}
    validate = workflow["jobs"]["validate"]["steps"][-1]["run"]
    assert _bash(validate, repo, env).returncode == 0
    listing = next(s for s in workflow["jobs"]["folders"]["steps"] if s.get("id") == "list")
    output = tmp_path / "github_output"
    listed = _bash(listing["run"], repo, {**env, "GITHUB_OUTPUT": str(output)})
    assert listed.returncode == 0, listed.stderr
    assert output.read_text() == 'folders=["clients/a/2026","clients/b/2026","clients/c/2026"]\n'
    codes = {}
    for folder in ("clients/a/2026", "clients/b/2026", "clients/c/2026"):
        job_env = {
            **env,
            "ASSESSMENT": folder,
            "GITHUB_OUTPUT": str(tmp_path / "out"),
            "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md"),
        }
        work = tmp_path / folder.replace("/", "-")
        shutil.copytree(repo, work)
        steps = [s["run"] for s in workflow["jobs"]["assess"]["steps"] if "run" in s and "pip install" not in s["run"]]
        results = [_bash(step, work, job_env) for step in steps]
        codes[folder] = [r.returncode for r in results]
        assert (work / "report.html").is_file()
        assert (work / "assessment-junit.xml").read_text(encoding="utf-8").startswith("<?xml")
    assert codes == {"clients/a/2026": [0, 0, 0], "clients/b/2026": [0, 0, 0], "clients/c/2026": [0, 0, 1]}
    assert "name=clients-c-2026\n" in (tmp_path / "out").read_text()
    assert (tmp_path / "summary.md").read_text(encoding="utf-8").startswith("## clients/a/2026\n")
    # no folder matches: the listing fails, saying so
    empty = _bash(listing["run"], repo, {**env, "GATE": "clients/*/2031/", "GITHUB_OUTPUT": str(output)})
    assert (empty.returncode, empty.stdout) == (1, "::error::no assessment folder matches clients/*/2031/\n")
