"""Writing an output file atomically: a temporary file beside it, then ``os.replace``.

A reader never sees a half-written report, and a failed run leaves the previous file (or no file) behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from cc_assess.errors import CannotRun
from cc_assess.i18n import t
from cc_assess.shown import Shown


def file_mode(path: Path) -> int:
    """The mode the written file gets: the one the file has, else what the umask allows a new file."""
    try:
        return path.stat().st_mode & 0o777  # not setuid/setgid/sticky: an output file is data
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextmanager
def atomic_file(target: Path | Shown) -> Iterator[BinaryIO]:
    """A binary handle on a temporary file beside ``path``, moved into place when the block ends without error.

    The file keeps its mode when it exists; a new one gets what the umask allows (like any shell redirection).
    Raises CannotRun, naming the file as ``target`` shows it, when the file cannot be written; a failure leaves the
    previous file (or none) behind.
    """
    shown = target if isinstance(target, Shown) else Shown.of(target)
    path, name = shown.path, shown.text
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise CannotRun(t("outfile.no-folder", name=name, folder=parent))
    if path.is_dir():
        raise CannotRun(t("outfile.is-folder", name=name))
    mode = file_mode(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise CannotRun(t("outfile.cannot-write", name=name, reason=exc.strerror or exc)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        raise CannotRun(t("outfile.cannot-write", name=name, reason=exc.strerror or exc)) from None
    finally:
        Path(tmp).unlink(missing_ok=True)


def write_atomic(target: Path | Shown, data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8) to ``target`` atomically."""
    with atomic_file(target) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)
