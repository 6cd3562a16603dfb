"""Files generated from the package's own sources and shipped with it (compiled catalogues and templates).

``python -m cc_assess.catalogue`` and ``python -m cc_assess.render`` write them; a test checks that nothing is
due.  Both use :func:`sync`, so that "current" means the same for both: every wanted file holds exactly its
text, and no other file of that kind is left in the folder.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


def sync(root: Path, folder: Path, suffix: str, wanted: Mapping[Path, str], check_only: bool = False) -> list[str]:
    """Write each of ``wanted`` (path -> text) whose file differs, remove the other ``*suffix`` files under
    ``folder``; returns what changed as ``write REL`` / ``remove REL`` lines (``REL`` relative to ``root``, with
    ``/``), or with ``check_only`` what would change, writing nothing."""
    changed: list[str] = []
    for target, text in wanted.items():
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            changed.append(f"write {target.relative_to(root).as_posix()}")
            if not check_only:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8", newline="\n")
    for stale in sorted(folder.rglob(f"*{suffix}")):
        if stale not in wanted:
            changed.append(f"remove {stale.relative_to(root).as_posix()}")
            if not check_only:
                stale.unlink()
    return changed
