"""Fitting the shell: --quiet, NO_COLOR, an example in every help text, shell completion."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from cc_assess.cli import app
from cc_assess.formats.score import score_table
from cc_assess.models import Catalogue
from cc_assess.scoring import score
from cc_assess.shown import Shown
from tests.conftest import ALL_CONFORMANT, FIXTURES, MakeAssessment, run


def _commands(group: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command and group of the app (hidden ones included), as the words that call it."""
    found: list[tuple[str, ...]] = []
    for name, command in sorted(group.commands.items()):
        found.append((*prefix, name))
        if hasattr(command, "commands"):
            found += _commands(command, (*prefix, name))
    return found


COMMANDS = _commands(typer.main.get_command(app))


def test_commands_are_listed() -> None:
    assert {("init",), ("validate",), ("score",), ("schema",), ("catalogue", "list")} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_every_help_has_an_example(runner: CliRunner, command: tuple[str, ...]) -> None:
    code, out, err = run(runner, *command, "--help")
    assert (code, err) == (0, "")
    # a whole help page is pinned by the docs tests; here: an example line of this very command
    example = re.compile(rf"  Example: cc-assess {re.escape(' '.join(command))}( .*)?")
    assert any(example.fullmatch(line) for line in out.splitlines()), out


def test_top_level_help_mentions_quiet_and_no_color(runner: CliRunner) -> None:
    out = run(runner, "--help")[1]
    # the help page: its one line about colours and --quiet, whole
    assert "  Colours follow NO_COLOR (https://no-color.org); --quiet keeps only problems" in out.splitlines()


# ----------------------------------------------------------------------------------------------- --quiet


def test_quiet_silences_summaries(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = make_assessment(ALL_CONFORMANT)
    assert run(runner, "validate", str(folder)) == (0, "", "ok: no problems found\n")
    assert run(runner, "--quiet", "validate", str(folder)) == (0, "", "")
    assert run(runner, "-q", "catalogue", "check", str(FIXTURES / "mini.yaml")) == (0, "", "")


def test_quiet_keeps_problems_and_errors(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = make_assessment({**ALL_CONFORMANT, "AA-01": "finished"})
    code, out, err = run(runner, "--quiet", "validate", str(folder))
    assert (code, out) == (1, "")
    assert err == (
        f"{folder.as_posix()}/responses/AA/AA-01.yaml:2:9: error: 'finished' is not a status of this catalogue "
        "(use one of: conformant, partial, nonconformant, na, or their zh/en labels) [unknown-status]\n"
    )
    code, _, err = run(runner, "--quiet", "score", str(make_assessment(ALL_CONFORMANT)), "--fail-under", "101")
    assert (code, err) == (1, "cc-assess: overall score 100.0 is below 101\n")


def test_quiet_init_writes_silently(tmp_path: Path, runner: CliRunner) -> None:
    code, _, err = run(runner, "--quiet", "init", str(tmp_path / "a"), "--catalogue", "ydt-2823-2015")
    assert (code, err) == (0, "")
    code, _, err = run(runner, "--quiet", "init", str(tmp_path / "a"), "--catalogue", "ydt-2823-2015")
    assert code == 1
    # 227 paths follow the first line: that line whole, and the count of the rest
    lines = err.splitlines()
    assert lines[0] == "cc-assess: 227 file(s) already exist; nothing was written (use --force to overwrite):"
    assert len(lines) == 1 + 227


def test_quiet_is_reset_between_runs(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = make_assessment(ALL_CONFORMANT)
    run(runner, "--quiet", "validate", str(folder))
    assert run(runner, "validate", str(folder))[2] == "ok: no problems found\n"


# ----------------------------------------------------------------------------------------------- NO_COLOR


@pytest.fixture
def mini() -> Catalogue:
    from cc_assess.catalogue import load_file

    catalogue, _ = load_file(Shown(FIXTURES / "mini.yaml", "mini.yaml"))
    assert catalogue is not None
    return catalogue


def test_table_is_coloured_on_a_terminal(
    mini: Catalogue, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert "\x1b[" in score_table(score(mini, ALL_CONFORMANT), mini, "en")


@pytest.mark.parametrize("value", ["1", "true"])
def test_no_color_wins_over_a_terminal(mini: Catalogue, monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("NO_COLOR", value)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    table = score_table(score(mini, ALL_CONFORMANT), mini, "en")
    assert table == (  # the whole table, and no colour code in it
        "                         mini 1.0.0                         \n"
        "┏━━━━━━━━━━━━━┳━━━━━━━┳━━━━━━━━━━┳━━━━━━━━━━┳━━━━━━━━━━━━━━┓\n"
        "┃ Domain      ┃ Score ┃ Achieved ┃ Possible ┃ Not assessed ┃\n"
        "┡━━━━━━━━━━━━━╇━━━━━━━╇━━━━━━━━━━╇━━━━━━━━━━╇━━━━━━━━━━━━━━┩\n"
        "│ AA Domain A │ 100.0 │      4.0 │      4.0 │            0 │\n"
        "│ BB Domain B │ 100.0 │      2.0 │      2.0 │            0 │\n"
        "│ Overall     │ 100.0 │      6.0 │      6.0 │            0 │\n"
        "└─────────────┴───────┴──────────┴──────────┴──────────────┘\n"
        "Readiness (tool verdict, not a certification decision): ready\n"
    )


def test_no_color_empty_means_unset(mini: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "")  # https://no-color.org: only a non-empty value counts
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert "\x1b[" in score_table(score(mini, ALL_CONFORMANT), mini, "en")


def test_table_is_plain_when_piped(mini: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
    assert "\x1b[" not in score_table(score(mini, ALL_CONFORMANT), mini, "en")


# ----------------------------------------------------------------------------------------------- completion


def test_show_completion_prints_a_script(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    # With shellingham installed, typer makes --show-completion a flag and detects the shell from the parent
    # processes (so "bash" would be ignored, and the result would depend on how the tests were started). This
    # variable (typer's own, for tests) makes the option take the shell's name, as it does without shellingham.
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    result = runner.invoke(app, ["--show-completion", "bash"], prog_name="cc-assess", catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "_cc_assess_completion() {\n"
        "    local IFS=$'\n'\n"
        '    COMPREPLY=( $( env COMP_WORDS="${COMP_WORDS[*]}" \\\n'
        "                   COMP_CWORD=$COMP_CWORD \\\n"
        "                   _CC_ASSESS_COMPLETE=complete_bash $1 ) )\n"
        "    return 0\n"
        "}\n"
        "\n"
        "complete -o default -F _cc_assess_completion cc-assess\n"
    )


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("cc-assess sc", {"schema", "score"}),
        ("cc-assess score --format ", {"table", "json", "markdown", "csv", "junit"}),
        ("cc-assess schema ", {"catalogue", "assessment", "response"}),
        ("cc-assess validate --format g", {"github"}),
    ],
)
def test_completion_completes_commands_and_choices(runner: CliRunner, words: str, expected: set[str]) -> None:
    env = {"_CC_ASSESS_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(len(words.split(" ")) - 1)}
    result = runner.invoke(app, [], prog_name="cc-assess", env=env, catch_exceptions=False)
    assert set(result.stdout.split()) == expected
