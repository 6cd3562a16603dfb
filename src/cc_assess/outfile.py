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


@contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A binary handle on a temporary file beside ``path``, moved into place when the block ends without error.

    Raises CannotRun when the file cannot be written; a failure leaves the previous file (or none) behind.
    """
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise CannotRun(f"cannot write {path}: folder {parent} does not exist")
    if path.is_dir():
        raise CannotRun(f"cannot write {path}: it is a folder")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        raise CannotRun(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        Path(tmp).unlink(missing_ok=True)


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` atomically."""
    with atomic_file(path) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)
