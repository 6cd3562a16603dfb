"""One exception tree: the errors raised outside cc_assess.errors derive from CcAssessError too."""

from __future__ import annotations

from cc_assess.errors import CcAssessError, InvalidInput, Unreadable
from cc_assess.yamledit import EditError
from cc_assess.yamlio import Problem, YamlError


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
