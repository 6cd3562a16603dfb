"""The one exception tree of cc-assess.

Every error a user can cause is a :class:`CcAssessError`; the CLI catches them in one place and maps them to
an exit code.  The core never prints and never exits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cc_assess.diagnostics import Diagnostic


class CcAssessError(Exception):
    """Base of every error meant for the user; ``exit_code`` is what the CLI exits with."""

    exit_code = 2

    def __init__(self, message: str, diagnostics: list[Diagnostic] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.diagnostics: list[Diagnostic] = list(diagnostics or [])


class CannotRun(CcAssessError):
    """The command could not run: bad arguments, missing folder, unknown catalogue (exit 2)."""

    exit_code = 2


class InvalidInput(CcAssessError):
    """The input was read but fails: invalid files, existing files without ``--force`` (exit 1)."""

    exit_code = 1


class CatalogueVersionError(CannotRun):
    """The catalogue exists, but not in the version asked for (exit 2): located at ``catalogue_version``."""


class GitError(CannotRun):
    """``git`` could not give us a revision or a path (exit 2, with git's own message)."""
