"""Every choice of a command-line option is the keys of its registry, so help and code cannot drift."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Literal, get_args, get_origin

import typer.main

from cc_assess.cli import app


def _registries() -> dict[tuple[str, str], Callable[[], Iterable[str]]]:
    """(command, option) -> the registry its choices come from, imported only when the test runs."""

    def score() -> Iterable[str]:
        from cc_assess.formats.score import SCORE_FORMATS

        return SCORE_FORMATS

    def diagnostics() -> Iterable[str]:
        from cc_assess.diagnostics import FORMATTERS

        return FORMATTERS

    def langs() -> Iterable[str]:
        from cc_assess.i18n import Lang

        return get_args(Lang)

    def both_langs() -> Iterable[str]:
        return (*langs(), "bi")

    def kinds() -> Iterable[str]:
        from cc_assess.models import Kind

        return get_args(Kind)

    def schemas() -> Iterable[str]:
        from cc_assess.schemas import MODELS

        return MODELS

    def reports() -> Iterable[str]:
        from cc_assess.render.documents import DOCUMENT_FORMATS

        return DOCUMENT_FORMATS

    def actions() -> Iterable[str]:
        from cc_assess.formats.actions import ACTION_FORMATS

        return ACTION_FORMATS

    def evidence() -> Iterable[str]:
        from cc_assess.formats.evidence import INDEX_FORMATS

        return INDEX_FORMATS

    def diff() -> Iterable[str]:
        from cc_assess.formats.diff import DIFF_FORMATS

        return DIFF_FORMATS

    def history() -> Iterable[str]:
        from cc_assess.formats.history import HISTORY_FORMATS

        return HISTORY_FORMATS

    def export() -> Iterable[str]:
        from cc_assess.sheets.layout import EXPORT_FORMATS

        return EXPORT_FORMATS

    def roles() -> Iterable[str]:
        from cc_assess.approvals import ROLES

        return ROLES

    def portfolio() -> Iterable[str]:
        from cc_assess.formats.portfolio import PORTFOLIO_FORMATS

        return PORTFOLIO_FORMATS

    def weights() -> Iterable[str]:
        from cc_assess.portfolio import WEIGHTS

        return WEIGHTS

    return {
        ("init", "kind"): kinds,
        ("validate", "format"): diagnostics,
        ("score", "format"): score,
        ("score", "lang"): langs,
        ("catalogue list", "format"): lambda: ("table", "json"),  # written in the command itself
        ("catalogue show", "format"): lambda: ("markdown", "json"),  # written in the command itself
        ("catalogue show", "lang"): langs,
        ("catalogue check", "format"): diagnostics,
        ("schema", "kind"): schemas,
        ("hook-validate", "format"): diagnostics,
        ("hook-score", "format"): score,
        ("report", "format"): reports,
        ("report", "lang"): both_langs,
        ("actions", "format"): actions,
        ("actions", "lang"): langs,
        ("evidence", "format"): evidence,
        ("diff", "format"): diff,
        ("diff", "lang"): langs,
        ("history", "format"): history,
        ("history", "lang"): langs,
        ("export", "format"): export,
        ("export", "lang"): both_langs,
        ("approve", "role"): roles,
        ("portfolio", "format"): portfolio,
        ("portfolio", "weight"): weights,
        ("portfolio", "lang"): both_langs,
    }


def _choice_options(group: Any, prefix: str = "") -> Iterator[tuple[tuple[str, str], tuple[str, ...]]]:
    """Every argument and option of every command whose annotation is a ``Literal`` (typer makes it a choice)."""
    for name, command in group.commands.items():
        path = f"{prefix}{name}"
        if hasattr(command, "commands"):
            yield from _choice_options(command, f"{path} ")
            continue
        for param in command.params:
            choices = _literal(param.type_descriptor.annotation)
            if choices is not None:
                yield (path, param.name), choices


def _literal(annotation: Any) -> tuple[str, ...] | None:
    """The values of a ``Literal`` annotation, also inside ``Optional``; None for any other type."""
    if get_origin(annotation) is Literal:
        return tuple(str(value) for value in get_args(annotation))
    inner = [_literal(arg) for arg in get_args(annotation)]
    return next((values for values in inner if values is not None), None)


def test_every_choice_is_its_registrys_keys() -> None:
    found = dict(_choice_options(typer.main.get_command(app)))
    registries = _registries()
    assert sorted(found) == sorted(registries)  # a new option with choices needs its registry named here
    assert {key: sorted(choices) for key, choices in found.items()} == {
        key: sorted(load()) for key, load in registries.items()
    }
