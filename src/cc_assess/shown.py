"""A path and how messages show it: one value instead of a ``(path, display)`` pair of arguments.

``path`` is what is opened; ``text`` is what diagnostics and messages print. The rules live here only:

- a path the user named is shown as they named it, with forward slashes on every system (Windows included);
- the current folder, named or not, is shown as ``.``;
- a file inside a folder is shown as the folder's text joined with the file's POSIX path (just the file's path
  inside the current folder).

Functions that only build diagnostics take the text alone, as ``path: str`` like
:class:`cc_assess.diagnostics.Diagnostic` itself.

The text need not be a filesystem path: an assessment read at a git revision is shown as ``REV:PATH``, the one
inside a portfolio's pack as ``packs/site.zip/assessment``, a migration's staged copy as the folder it stages
(see :func:`Shown.named`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath

CURRENT = "."


@dataclass(frozen=True)
class Shown:
    """The real ``path`` to open and the ``text`` that names it in messages (``str()`` gives the text)."""

    path: Path
    text: str

    @classmethod
    def of(cls, path: PurePath | str | None) -> Shown:
        """A path the user named, shown as written (forward slashes); None is the current folder."""
        if path is None:
            return cls(Path(CURRENT), CURRENT)
        return cls(Path(path), slashes(str(path)) or CURRENT)

    @classmethod
    def named(cls, path: Path, text: str) -> Shown:
        """``path`` on disk (often a temporary copy) shown as ``text``, which says where its content came from
        (``REV:PATH``, the folder inside a pack, the folder a staged copy stands for): taken as it is."""
        return cls(path, text or CURRENT)

    def child(self, rel: str | PurePosixPath) -> Shown:
        """The file or folder ``rel`` (a POSIX path) inside this folder."""
        return Shown(self.path / rel, self.inside(rel))

    def inside(self, rel: str | PurePosixPath) -> str:
        """Only the text of :meth:`child` (no path object made: cheaper where only the message needs it)."""
        if self.text == CURRENT:
            return str(rel)
        return str(PurePosixPath(self.text) / rel)

    def __str__(self) -> str:
        return self.text


def slashes(text: str) -> str:
    """A path's text with forward slashes, as every message shows paths (on Windows too)."""
    return text.replace("\\", "/")
