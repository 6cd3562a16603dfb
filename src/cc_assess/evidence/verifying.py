"""Verifying the evidence files against ``evidence.lock.yaml``: missing, changed, unlisted.

A lock of plain paths, sorted, is read an entry at a time beside the sorted evidence files (nothing is kept per
file); any other lock is read whole by :func:`cc_assess.evidence.lockfile.read_lock`.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass

from cc_assess.assessment import LoadedAssessment
from cc_assess.diagnostics import Diagnostic, has_errors, sort_diagnostics
from cc_assess.errors import CannotRun, InvalidInput
from cc_assess.evidence.checks import integrity
from cc_assess.evidence.hashing import Digest, Hasher, _unpack
from cc_assess.evidence.lockfile import _LOCK_ENTRY, _PLAIN_START_BYTES, LOCK_FILE, _plain_entry_read, read_lock
from cc_assess.evidence.walk import EvidenceFiles, _inside
from cc_assess.i18n import t
from cc_assess.models import check_ref
from cc_assess.yamlio import MAX_CATALOGUE_BYTES, Position

#: Bytes of the lock read at a time while it is verified.
_LOCK_BLOCK = 1 << 16


def _changed(display: str, pos: Position, rel: str, digest: Digest, entry: Digest) -> Diagnostic:
    message = t(
        "evidence.changed",
        ref=rel,
        sha256=digest.sha256,
        size=digest.size,
        locked=entry.sha256,
        locked_size=entry.size,
    )
    return Diagnostic(display, pos.line, pos.column, "evidence-changed", message)


@dataclass
class VerifyResult:
    files: int
    diagnostics: list[Diagnostic]  # warnings only: errors raise InvalidInput


def verify(loaded: LoadedAssessment) -> VerifyResult:
    """Every evidence file against the lock (missing, changed, unlisted) and every declared sha256.

    Raises InvalidInput with every problem when any is an error.
    """
    hasher = Hasher()
    found, diags = integrity(loaded, hasher)
    return check_lock(loaded, hasher, found, diags)


def check_lock(
    loaded: LoadedAssessment, hasher: Hasher, found: EvidenceFiles, diagnostics: list[Diagnostic]
) -> VerifyResult:
    """:func:`verify` once :func:`integrity` has run (its files and problems): ``pack`` gives the digests that
    it computed while copying the files, so that no file is read twice."""
    streamed = _check_plain_lock(loaded, hasher, found)
    if streamed is not None:
        problems, checked = streamed
        diags = [*diagnostics, *problems]
    else:
        diags, checked = _check_read_lock(loaded, hasher, found, diagnostics)
    diags = sort_diagnostics(diags)
    if has_errors(diags):
        errors = sum(d.is_error for d in diags)
        raise InvalidInput(t("evidence.does-not-verify", folder=loaded.shown.text, count=errors), diags)
    return VerifyResult(checked, diags)


def _check_read_lock(
    loaded: LoadedAssessment, hasher: Hasher, found: EvidenceFiles, diagnostics: list[Diagnostic]
) -> tuple[list[Diagnostic], int]:
    """:func:`check_lock` over any lock, read whole by :func:`read_lock`: the problems and the files checked."""
    locked, problems, where = read_lock(loaded)
    diags = [*diagnostics, *problems]
    if locked is None:
        return diags, len(found.rels)
    check = _EntryCheck(loaded, hasher, found)
    for rel in sorted(locked.packed):
        pos = where.get(rel, Position(1, 1))
        problem = check(rel, locked.packed[rel], pos.line, pos.column)
        if problem is not None:
            diags.append(problem)
    diags += (_unlisted(loaded, rel) for rel in found.rels if rel not in locked.packed)
    return diags, len(found.rels) + sum(rel not in found.rels for rel in locked.packed)


def _check_plain_lock(
    loaded: LoadedAssessment, hasher: Hasher, found: EvidenceFiles
) -> tuple[list[Diagnostic], int] | None:
    """:func:`check_lock` over a lock as :func:`lock_lines` writes it (plain paths, sorted), read an entry at a
    time beside the sorted evidence files: nothing is kept per file.  The problems and the files checked; None
    when the lock is not of that form (nor sorted), which :func:`read_lock` then reads whole."""
    try:
        handle = loaded.shown.child(LOCK_FILE).path.open("rb")
    except OSError:
        return None
    with handle:
        if os.fstat(handle.fileno()).st_size > MAX_CATALOGUE_BYTES:
            return None  # read_lock says so
        start = handle.read(len(_PLAIN_START_BYTES))
        if start.startswith(codecs.BOM_UTF8):
            start = start[len(codecs.BOM_UTF8) :] + handle.read(len(codecs.BOM_UTF8))
        if start != _PLAIN_START_BYTES:
            return None
        check = _EntryCheck(loaded, hasher, found)
        diags: list[Diagnostic] = []
        failed: CannotRun | None = None  # raised once the whole lock is known to be of this form
        files = iter(found.rels)
        pending = next(files, None)
        previous: str | None = None
        line, only_locked = _PLAIN_START_BYTES.count(b"\n") + 1, 0
        data, at = b"", 0
        while block := handle.read(_LOCK_BLOCK):  # a piece at a time: the whole text is 120 bytes a file
            data, at = data[at:] + block, 0
            while (entry := _LOCK_ENTRY.match(data, at)) is not None:
                read = _plain_entry_read(entry)
                if read is None or (previous is not None and read[0] <= previous):
                    return None
                rel, packed = read
                while pending is not None and pending < rel:
                    diags.append(_unlisted(loaded, pending))
                    pending = next(files, None)
                if pending == rel:
                    pending = next(files, None)
                else:
                    only_locked += 1
                if failed is None:
                    try:
                        problem = check(rel, packed, line, 3)
                    except CannotRun as exc:
                        failed = exc
                    else:
                        if problem is not None:
                            diags.append(problem)
                previous, line, at = rel, line + 3, entry.end()
        if at < len(data):
            return None  # what is left is no entry
    if previous is None:
        return None  # no entry: not a lock lock_lines writes
    while pending is not None:
        diags.append(_unlisted(loaded, pending))
        pending = next(files, None)
    if failed is not None:
        raise failed
    return diags, len(found.rels) + only_locked


class _EntryCheck:
    """One entry of the lock against the file it names: its problem, or None."""

    def __init__(self, loaded: LoadedAssessment, hasher: Hasher, found: EvidenceFiles) -> None:
        self.loaded, self.hasher, self.found = loaded, hasher, found
        self.display = loaded.shown.inside(LOCK_FILE)
        self.root = loaded.folder.resolve()

    def __call__(self, rel: str, entry: bytes, line: int, column: int) -> Diagnostic | None:
        found, display = self.found, self.display
        walked = rel if found.rels.get(rel) is not None else found.walked_rel(self.loaded.folder / rel)
        if walked is not None:  # a regular file inside the folder, met by the walk
            packed = self.hasher.packed(found, walked)
            if packed == entry:
                return None
            return _changed(display, Position(line, column), rel, _unpack(packed), _unpack(entry))
        path = self.loaded.folder / rel
        bad = check_ref(rel)
        if bad is not None or rel.lower().startswith(("http://", "https://")) or not _inside(self.root, path):
            why = bad or t("evidence.not-inside")
            return Diagnostic(display, line, column, "evidence-path", t("evidence.locked-path", ref=rel, why=why))
        if not path.is_file():
            return Diagnostic(display, line, column, "evidence-missing", t("evidence.locked-missing", ref=rel))
        digest = self.hasher(path)
        if digest == _unpack(entry):
            return None
        return _changed(display, Position(line, column), rel, digest, _unpack(entry))


def _unlisted(loaded: LoadedAssessment, rel: str) -> Diagnostic:
    return Diagnostic(
        loaded.shown.inside(rel), 1, 1, "evidence-unlisted", t("evidence.unlisted", ref=rel, lock=LOCK_FILE)
    )
