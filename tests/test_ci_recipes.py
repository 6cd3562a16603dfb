"""The CI recipes in examples/ci parse, and every cc-assess call in them parses against the real CLI."""

from __future__ import annotations

import re
import shlex
from typing import Any

import pytest
import typer
import yaml

from cc_assess.cli import app
from tests.conftest import REPO

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
    steps = workflow["jobs"]["assess"]["steps"]
    uses = [step.get("uses", "") for step in steps]
    assert "actions/checkout@v4" in uses
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-artifact@"))
    assert "report.html" in upload["with"]["path"]
    runs = "\n".join(step.get("run", "") for step in steps)
    assert "--format github" in runs
    assert "--fail-under" in runs
    # the report is kept before the gate can fail the run
    gate = next(i for i, step in enumerate(steps) if "--fail-under" in step.get("run", ""))
    assert steps.index(upload) < gate


def test_gitlab_job_shape() -> None:
    job = _load("gitlab-ci.yml")["assessment"]
    assert job["artifacts"]["when"] == "always"
    assert "report.html" in job["artifacts"]["paths"]
    assert job["artifacts"]["reports"]["junit"] == "assessment-junit.xml"
    assert any("--format junit > assessment-junit.xml" in line for line in job["script"])
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
