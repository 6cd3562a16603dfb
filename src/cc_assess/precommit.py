"""pre-commit support: from the files a commit touches to the assessment folders they belong to.

pre-commit passes file names; cc-assess works on assessment folders.  A file belongs to the nearest folder
above it (or itself, for a folder) that holds an ``assessment.yaml``; files outside any assessment are ignored.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from cc_assess.assessment import ASSESSMENT_FILE


def assessment_folder(path: Path) -> Path | None:
    """The assessment folder a file or folder belongs to, or None."""
    start = path if path.is_dir() else path.parent
    for folder in (start, *start.parents):
        if (folder / ASSESSMENT_FILE).is_file():
            return folder
    return None


def assessment_folders(paths: Iterable[Path]) -> list[Path]:
    """The distinct assessment folders of ``paths``, sorted, as written relative to the same place."""
    found = {folder for folder in map(assessment_folder, paths) if folder is not None}
    return sorted(found, key=lambda folder: folder.as_posix())
