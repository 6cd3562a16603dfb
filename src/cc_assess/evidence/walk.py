"""Finding the evidence files of an assessment: the walk under ``evidence/`` and the files responses name.

Every file under ``evidence/`` (dot-files and dot-folders skipped) plus every file a response names (a named
folder stands for the files in it).  Every one of them must stay inside the assessment folder after resolving
links: a link is resolved as it is met; the real path of anything else is its folder's and its name.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cc_assess.assessment import LoadedAssessment, real_path
from cc_assess.diagnostics import Diagnostic, sort_diagnostics
from cc_assess.i18n import t

EVIDENCE_DIR = "evidence"


@dataclass
class EvidenceFiles:
    """Every evidence file and the problems met while finding them.

    A file is kept by its relative POSIX path alone (its path on disk is the folder's joined with it):
    ``rels`` maps it to the real path of its folder when the walk met it as a regular file, no link (its real
    path is then known without resolving it: that folder's and its name), else to None.
    """

    folder: Path
    rels: dict[str, str | None] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: The real path of each folder walked -> its relative path (the first one it was met by).
    dirs: dict[str, str] = field(default_factory=dict)

    @property
    def files(self) -> Mapping[str, Path]:
        """Relative POSIX path -> path on disk, sorted by relative path (made as they are asked for)."""
        return _OnDisk(self.folder, self.rels)

    def walked_rel(self, path: Path) -> str | None:
        """The relative path of ``path`` when it is a file the walk met (``rels[rel]`` is not None)."""
        text, folder = os.fspath(path), os.fspath(self.folder)
        prefix = "" if folder == "." else os.path.join(folder, "")
        rel = text[len(prefix) :] if text.startswith(prefix) else None
        return rel if rel is not None and self.rels.get(rel) is not None else None

    def real_path(self, rel: str) -> str:
        """The real path of a file the walk met (``rels[rel]`` is not None)."""
        folder = self.rels[rel]
        assert folder is not None
        return folder + rel[rel.rfind("/") :]


class _OnDisk(Mapping[str, Path]):
    def __init__(self, folder: Path, rels: dict[str, str | None]) -> None:
        self._folder, self._rels = folder, rels

    def __getitem__(self, rel: str) -> Path:
        if rel not in self._rels:
            raise KeyError(rel)
        return self._folder / rel

    def __iter__(self) -> Iterator[str]:
        return iter(self._rels)

    def __len__(self) -> int:
        return len(self._rels)


def _inside(root: Path, path: Path) -> bool:
    """Inside the folder once links are resolved; a path that cannot be resolved (a loop) is not."""
    real = real_path(path)
    return real is not None and _within(root, real)


def _within(root: Path, real: Path) -> bool:
    return real == root or root in real.parents


def _walk_into(loaded: LoadedAssessment, start: str, found: EvidenceFiles, root: Path) -> None:
    """Add every file under the folder ``start`` (relative POSIX path), following links that stay inside.

    Top-down, sorted by name, dot-files and dot-folders skipped.  Only links are resolved (each one, as it is
    met): the real path of anything else is its folder's real path and its name, and a file that is not a link
    is inside when its folder is.  A folder met twice through links is walked once.
    """
    seen: set[Path] = set()
    todo: list[tuple[str, Path, Path | None]] = [(start, loaded.folder / start, None)]
    while todo:
        rel_dir, here, real = todo.pop()
        if real is None:  # the top, or a link to a folder
            real = real_path(here)
        if real is None or not _within(root, real):
            found.diagnostics.append(_escapes(loaded, rel_dir))
            continue
        if real in seen:  # a link back to a folder already walked
            continue
        seen.add(real)
        real_text = os.fspath(real)  # one string for every file of the folder
        found.dirs.setdefault(real_text, rel_dir)
        try:
            with os.scandir(here) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError:  # as os.walk: a folder that cannot be listed is skipped
            continue
        folders: list[tuple[str, Path, Path | None]] = []
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            if _is_file(entry):  # a regular file, no link (the most common entry): neither a folder nor a link
                found.rels[f"{rel_dir}/{name}"] = real_text
                continue
            rel = f"{rel_dir}/{name}"
            link = _is_link(entry)
            if _is_dir(entry):
                folders.append((rel, here / name, None if link else real / name))
            elif link:
                _add_file(loaded, rel, found, root)
        todo += reversed(folders)


def _is_link(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_symlink()
    except OSError:
        return False


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # through links, as os.walk(followlinks=True)
    except OSError:
        return False


def _is_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file(follow_symlinks=False)
    except OSError:
        return False


def _escapes(loaded: LoadedAssessment, rel: str) -> Diagnostic:
    return Diagnostic(
        loaded.shown.inside(rel),
        1,
        1,
        "evidence-path",
        t("evidence.link-leaves", ref=rel),
    )


def _add_file(loaded: LoadedAssessment, rel: str, found: EvidenceFiles, root: Path) -> None:
    path = loaded.folder / rel
    if not _inside(root, path):
        found.diagnostics.append(_escapes(loaded, rel))
    elif not path.exists():
        found.diagnostics.append(
            Diagnostic(loaded.shown.inside(rel), 1, 1, "evidence-missing", t("evidence.dangling-link", ref=rel))
        )
    elif path.is_file():
        found.rels.setdefault(rel, None)


def normalize_ref(ref: str) -> str:
    """A relative evidence path as the lock and the pack name it (``./a/../b`` -> ``b``)."""
    return posixpath.normpath(ref)


def evidence_files(loaded: LoadedAssessment) -> EvidenceFiles:
    """Every evidence file of an assessment: under ``evidence/`` and every file or folder a response names."""
    found = EvidenceFiles(loaded.folder)
    root = loaded.folder.resolve()
    if (loaded.folder / EVIDENCE_DIR).is_dir() or (loaded.folder / EVIDENCE_DIR).is_symlink():
        if not _inside(root, loaded.folder / EVIDENCE_DIR):
            found.diagnostics.append(_escapes(loaded, EVIDENCE_DIR))
        else:
            _walk_into(loaded, EVIDENCE_DIR, found, root)
    for _, r in sorted(loaded.responses.items()):
        for ev in r.response.evidence:
            if ev.is_url:
                continue
            rel = normalize_ref(ev.ref)
            path = loaded.folder / rel
            if not _inside(root, path):
                continue  # the loader reports it at the ref's line
            if path.is_dir():
                _walk_into(loaded, rel, found, root)
            elif path.is_file():
                found.rels.setdefault(rel, None)
    rels = found.rels
    found.rels = {rel: rels[rel] for rel in sorted(rels)}  # no list of pairs: tens of thousands of files
    found.diagnostics = sort_diagnostics(found.diagnostics)
    return found
