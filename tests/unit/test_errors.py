"""One exception tree: every exception class of cc-assess derives from CcAssessError."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import cc_assess
from cc_assess.errors import CcAssessError, InvalidInput, Unreadable
from cc_assess.sheets.cells import CellError
from cc_assess.yamledit import EditError
from cc_assess.yamlio import Problem, YamlError


def _exception_classes() -> dict[str, type[Exception]]:
    found: dict[str, type[Exception]] = {}
    for module in pkgutil.walk_packages(cc_assess.__path__, "cc_assess."):
        if module.name.endswith(".__main__"):
            continue  # runs a command
        loaded = importlib.import_module(module.name)
        for name, value in vars(loaded).items():
            if inspect.isclass(value) and issubclass(value, Exception) and value.__module__ == module.name:
                found[f"{module.name}.{name}"] = value
    return found


def test_every_exception_of_cc_assess_is_in_the_tree() -> None:
    classes = _exception_classes()
    assert {"cc_assess.yamlio.YamlError", "cc_assess.sheets.cells.CellError"} <= set(classes)  # modules walked
    assert [name for name, cls in classes.items() if not issubclass(cls, CcAssessError)] == []


def test_a_cell_error_is_an_unreadable_input_with_its_code() -> None:
    exc = CellError("invalid-date", "'2026-13-45' is not a date (YYYY-MM-DD)")
    assert isinstance(exc, Unreadable)
    assert (exc.code, exc.message, str(exc), exc.exit_code) == (
        "invalid-date",
        "'2026-13-45' is not a date (YYYY-MM-DD)",
        "'2026-13-45' is not a date (YYYY-MM-DD)",
        1,
    )


def test_an_edit_error_is_in_the_tree() -> None:
    exc = EditError("the edited file would not hold the intended data")
    assert isinstance(exc, CcAssessError)
    assert (exc.message, str(exc), exc.exit_code) == (
        "the edited file would not hold the intended data",
        "the edited file would not hold the intended data",
        2,
    )


def test_a_yaml_error_is_an_unreadable_input_with_its_code() -> None:
    exc = YamlError(Problem("binary-file", "this is not a text file", 3, 4))
    assert isinstance(exc, Unreadable)
    assert isinstance(exc, InvalidInput)
    assert (exc.code, exc.message, str(exc), exc.exit_code) == (
        "binary-file",
        "this is not a text file",
        "this is not a text file",
        1,
    )
    assert exc.problem == Problem("binary-file", "this is not a text file", 3, 4)
