"""Paths inside an assessment folder that are safe to read and to write.

- Reading: every file under ``responses/`` is listed with :func:`walk`, which refuses (with a located error,
  never reading it) a link whose target leaves the assessment folder and anything that is not a regular file
  (a FIFO would block the reader forever, a device would be read without end); a folder that cannot be listed
  is a located "cannot run" (exit 2), never a silent gap in the answers.
- Writing: :func:`check_targets` looks at every file a command is about to write before it writes any: a
  parent that is a file, a link that leaves the folder (a linked domain folder, a linked response file) and a
  target that is a folder are all reported at once, and nothing is written.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from cc_assess.diagnostics import Diagnostic
from cc_assess.errors import CannotRun
from cc_assess.i18n import t
from cc_assess.shown import Shown


def inside(target: Path, root: Path) -> bool:
    """Whether the resolved ``target`` is ``root`` (resolved) or below it."""
    return target == root or root in target.parents


def _resolved(path: Path) -> Path | None:
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):
        return None


def walk(top: Shown, folder: Path, skip_top: str) -> tuple[list[PurePosixPath], list[Diagnostic]]:
    """Files under ``top`` (relative to it), skipping dot-files, dot-folders and ``skip_top`` at the top, sorted;
    and the located errors of entries that are not read (links out of ``folder``, FIFOs, devices, sockets).

    Raises CannotRun (exit 2) when a folder under ``root`` cannot be listed.
    """
    root = top.path
    real_folder = _resolved(folder) or folder.absolute()
    found: list[PurePosixPath] = []
    problems: list[Diagnostic] = []
    real_root = _resolved(root)
    if real_root is None or not inside(real_root, real_folder):  # responses/ itself links elsewhere
        return found, [Diagnostic(top.text, 1, 1, "outside-link", t("reliability.outside_link"))]
    seen_dirs: set[Path] = set()
    stack: list[tuple[Path, PurePosixPath]] = [(root, PurePosixPath("."))]
    while stack:
        path, rel = stack.pop()
        try:
            with os.scandir(path) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            shown = top.text if rel == PurePosixPath(".") else f"{top.text}/{rel}"
            message = t("reliability.unreadable_folder", reason=exc.strerror or str(exc))
            raise CannotRun(f"{shown}: {message}", [Diagnostic(shown, 1, 1, "unreadable", message)]) from None
        at_top = rel == PurePosixPath(".")
        for entry in entries:
            name = entry.name
            if name.startswith(".") or (at_top and name == skip_top):
                continue
            child = rel / name
            # The listing's own file type (no system call): a plain file or folder needs no stat of its own.
            if entry.is_file(follow_symlinks=False):
                found.append(child)
                continue
            shown = f"{top.text}/{child}"
            if entry.is_symlink():
                target = _resolved(Path(entry.path))
                if target is None or not inside(target, real_folder):
                    problems.append(Diagnostic(shown, 1, 1, "outside-link", t("reliability.outside_link")))
                    continue
            try:
                mode = os.stat(entry.path).st_mode
            except OSError as exc:
                problems.append(
                    Diagnostic(shown, 1, 1, "unreadable", t("reliability.unreadable_file", reason=exc.strerror))
                )
                continue
            if stat.S_ISDIR(mode):
                real = _resolved(Path(entry.path))
                if real is not None and real not in seen_dirs:  # a link back up inside the folder: once
                    seen_dirs.add(real)
                    stack.append((Path(entry.path), child))
            elif stat.S_ISREG(mode):
                found.append(child)
            else:
                problems.append(Diagnostic(shown, 1, 1, "not-a-file", t("reliability.not_a_file")))
    return sorted(found), problems


def check_targets(shown: Shown, rels: Iterable[str]) -> list[Diagnostic]:
    """Why files ``rels`` (POSIX paths inside the folder) cannot be written; empty when all can.

    A parent that exists must be a real folder inside ``folder`` (not a file, not a link out); a target that
    exists must be a file (not a folder), and a link only when it stays inside ``folder``.
    """
    folder = shown.path
    real_folder = _resolved(folder) or folder.absolute()
    problems: dict[str, Diagnostic] = {}
    checked: set[PurePosixPath] = set()

    def refuse(rel: PurePosixPath, key: str, code: str) -> None:
        text = shown.inside(rel)
        problems.setdefault(text, Diagnostic(text, 1, 1, code, t(key)))

    for text in rels:
        rel = PurePosixPath(text)
        for part in [*reversed(rel.parents[:-1]), rel]:  # responses, responses/TM, responses/TM/TM-01.yaml
            if part in checked:
                continue
            checked.add(part)
            path = folder / part
            if not os.path.lexists(path):
                break  # nothing below it exists either
            if path.is_symlink():
                target = _resolved(path)
                if target is None or not inside(target, real_folder):
                    refuse(part, "reliability.write_through_link", "outside-link")
                    break
            if part != rel and not path.is_dir():
                refuse(part, "reliability.parent_is_file", "not-a-folder")
                break
            if part == rel and path.is_dir():
                refuse(part, "reliability.target_is_folder", "not-a-file")
    return sorted(problems.values())
