"""Writing an output file atomically: a temporary file beside it, then ``os.replace``.

A reader never sees a half-written report, and a failed run leaves the previous file (or no file) behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from cc_assess.errors import CannotRun


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8) to ``path``; raises CannotRun when the file cannot be written."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise CannotRun(f"cannot write {path}: folder {parent} does not exist")
    if path.is_dir():
        raise CannotRun(f"cannot write {path}: it is a folder")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise CannotRun(f"cannot write {path}: {exc.strerror or exc}") from None
