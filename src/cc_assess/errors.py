"""The one exception tree of cc-assess.

Every error cc-assess raises on purpose is a :class:`CcAssessError`; the CLI catches them in one place
(``cli.handled``) and maps them to an exit code.  The core never prints and never exits.

::

    CcAssessError                  exit 2 unless a branch says otherwise; ``message`` and ``diagnostics``
    ├── CannotRun                  exit 2: bad arguments, missing folder, unknown catalogue
    │   ├── CatalogueVersionError  the catalogue exists, but not in the version asked for
    │   └── GitError               git could not give a revision or a path
    ├── InvalidInput               exit 1: the input was read but fails
    │   ├── Unreadable             one piece of input is not what it must be, with a diagnostic ``code``:
    │   │   ├── yamlio.YamlError       a file that is not YAML data (carries the located ``problem``)
    │   │   └── sheets.cells.CellError a spreadsheet cell that cannot be read back
    │   └── assessment.InvalidMeta an invalid ``assessment.yaml`` (with what is still usable of it)
    ├── yamledit.EditError         an edit that would not hold the intended data
    └── web.editor.WebError        an editor request refused (with its HTTP status)

An :class:`Unreadable` is raised where the path is not known and caught by the reader that knows it, which
turns it into a located :class:`~cc_assess.diagnostics.Diagnostic`.  The classes outside this module live with
the one module that raises them.
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


class Unreadable(InvalidInput):
    """One piece of input is not what it must be (a file that is not YAML data, a cell that cannot be read back).

    ``code`` is the diagnostic code; the message does not name the file: whoever reads it knows the path and turns
    the error into a located diagnostic.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
