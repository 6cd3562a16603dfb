"""Evidence integrity: the index of every evidence reference, ``evidence.lock.yaml``, and its verification.

The evidence files of an assessment are every file under ``evidence/`` (dot-files and dot-folders skipped) plus
every file a response names (a named folder stands for the files in it).  Every one of them must stay inside
the assessment folder after resolving links.  The lock records the sha256 and size of each, sorted by path.

An assessment may hold tens of thousands of scans, so what is kept per file is small: its relative path (a
``str``, the lock's key), and its digest packed in a few dozen bytes (:func:`cc_assess.evidence.hashing._pack`);
paths on disk are made when they are needed, not kept.

One module per stage, imports flowing one way (none imports this package's ``__init__``):
:mod:`~cc_assess.evidence.walk` (finding the files) -> :mod:`~cc_assess.evidence.hashing` (:class:`Hasher`) ->
:mod:`~cc_assess.evidence.indexing` (:func:`index`) and :mod:`~cc_assess.evidence.checks` (:func:`integrity`)
-> :mod:`~cc_assess.evidence.lockfile` (:func:`lock`, :func:`read_lock`) ->
:mod:`~cc_assess.evidence.verifying` (:func:`verify`).  The modules are not named after the functions this
package exports, which would hide them.
"""

from __future__ import annotations

from cc_assess.evidence.checks import declared_integrity, integrity, unhashed_integrity
from cc_assess.evidence.hashing import Digest, Hasher
from cc_assess.evidence.indexing import IndexEntry, index
from cc_assess.evidence.lockfile import (
    LOCK_FILE,
    LOCK_HEAD,
    LOCK_SCHEMA,
    EvidenceLock,
    Lock,
    LockedFile,
    LockResult,
    lock,
    lock_lines,
    lock_text,
    read_lock,
)
from cc_assess.evidence.verifying import VerifyResult, check_lock, verify
from cc_assess.evidence.walk import EVIDENCE_DIR, EvidenceFiles, evidence_files, normalize_ref

__all__ = [
    "EVIDENCE_DIR",
    "LOCK_FILE",
    "LOCK_HEAD",
    "LOCK_SCHEMA",
    "Digest",
    "EvidenceFiles",
    "EvidenceLock",
    "Hasher",
    "IndexEntry",
    "Lock",
    "LockResult",
    "LockedFile",
    "VerifyResult",
    "check_lock",
    "declared_integrity",
    "evidence_files",
    "index",
    "integrity",
    "lock",
    "lock_lines",
    "lock_text",
    "normalize_ref",
    "read_lock",
    "unhashed_integrity",
    "verify",
]
