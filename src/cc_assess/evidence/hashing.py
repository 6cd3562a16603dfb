"""Hashing evidence files: :class:`Hasher` (each file read once a run), on threads, with a compact digest table.

A digest is kept packed in a few dozen bytes (:func:`_pack`); the digests of the files a walk met stand in one
table, 40 bytes a file, in the order of their relative paths.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from cc_assess.assessment import real_path
from cc_assess.errors import CannotRun
from cc_assess.evidence.walk import EvidenceFiles
from cc_assess.i18n import t

_CHUNK = 1 << 20
#: Fewer evidence files per thread than this are hashed in this thread: a pool would not pay for itself.
_FILES_PER_THREAD = 2
#: How the hasher keeps the digest of a file the walk met: the 32 bytes of its sha256, then its size in 8 bytes;
#: zeros where the sha256 should be (no file has that sha256) mean it is not hashed yet.
_SLOT = 40
_NOT_YET = bytes(32)
_Key = TypeVar("_Key")


@dataclass(frozen=True, slots=True)
class Digest:
    size: int
    sha256: str


def _pack(sha256: bytes, size: int) -> bytes:
    """A digest as it is kept: the 32 bytes of the sha256, then the size (big-endian, in as few bytes as it
    needs).  67 bytes for a file of 4 KiB, where a :class:`Digest` with its hex string takes about 190."""
    return sha256 + size.to_bytes((size.bit_length() + 7) // 8, "big")


def _packed(digest: Digest) -> bytes:
    return _pack(bytes.fromhex(digest.sha256), digest.size)


def _unpack(packed: bytes) -> Digest:
    return Digest(int.from_bytes(packed[32:], "big"), packed[:32].hex())


class Hasher:
    """sha256 and size of files, each read once per run (in chunks: evidence files may be large).

    A file is known by its resolved path (two links to one file are read once) and by the path it was asked
    for (asked again, it is not resolved again).  The files a walk met (:meth:`prefetch_evidence`) are known by
    their relative path alone.
    """

    def __init__(self) -> None:
        self._cache: dict[str, bytes] = {}  # real path -> packed digest
        self._learnt: dict[str, bytes] = {}  # path as asked -> packed digest
        self._found: EvidenceFiles | None = None
        # The digests of the files of self._found, in the order of its paths (sorted), _SLOT bytes each: no
        # object per file.  _at is where the last path asked for stands: paths are mostly asked for in order.
        self._order: list[str] = []
        self._table = bytearray()
        self._at = -1

    def __call__(self, path: Path) -> Digest:
        key = os.fspath(path)
        learnt = self._learnt.get(key)
        if learnt is not None:
            return _unpack(learnt)
        walked = None if self._found is None else self._found.walked_rel(path)
        if walked is not None:
            return _unpack(self._walked_digest(walked))
        real = real_path(path)
        if real is None:
            raise CannotRun(t("evidence.cannot-resolve", path=path))
        real_key = os.fspath(real)
        alias = self._walked_as(real_key)
        packed = self._walked_digest(alias) if alias is not None else self._cache.get(real_key)
        if packed is None:
            try:
                packed = self._cache[real_key] = _hash(real)
            except OSError as exc:
                raise CannotRun(t("evidence.cannot-read", path=path, reason=exc.strerror or exc)) from None
        self._learnt[key] = packed
        return _unpack(packed)

    def learn(self, path: Path, digest: Digest) -> None:
        """Take the digest of ``path`` computed elsewhere (``pack`` hashes each file while it copies it)."""
        self._learnt[os.fspath(path)] = _packed(digest)

    def packed(self, found: EvidenceFiles, rel: str) -> bytes:
        """The packed digest of the evidence file ``rel`` of ``found``."""
        if found is self._found and found.rels.get(rel) is not None:
            return self._walked_digest(rel)
        path = found.folder / rel
        learnt = self._learnt.get(os.fspath(path))  # as pack learnt it while copying the file
        return learnt if learnt is not None else _packed(self(path))

    def _walked_digest(self, rel: str) -> bytes:
        """The packed digest of a file the walk met, hashed now if it was not yet."""
        slot = self._slot(rel)
        packed = self._taken(slot)
        if packed is None:
            assert self._found is not None
            try:
                packed = _hash(self._found.real_path(rel))
            except OSError as exc:
                path = self._found.folder / rel
                raise CannotRun(t("evidence.cannot-read", path=path, reason=exc.strerror or exc)) from None
            self._put(slot, packed)
        return packed

    def _slot(self, rel: str) -> int:
        """Where the digest of ``rel``, a path of self._found, stands in the table."""
        at, order = self._at + 1, self._order
        if not (at < len(order) and order[at] == rel):
            at = bisect.bisect_left(order, rel)
        self._at = at
        return at * _SLOT

    def _taken(self, slot: int) -> bytes | None:
        table = self._table
        if table[slot : slot + 32] == _NOT_YET:
            return None
        return _pack(bytes(table[slot : slot + 32]), int.from_bytes(table[slot + 32 : slot + _SLOT], "big"))

    def _put(self, slot: int, packed: bytes) -> None:
        """Keep a digest in the table (one slice assignment: atomic under the GIL, so threads may)."""
        self._table[slot : slot + _SLOT] = packed[:32] + int.from_bytes(packed[32:], "big").to_bytes(8, "big")

    def _walked_as(self, real: str) -> str | None:
        """The relative path under which the walk met the file whose real path is ``real``, if it did."""
        if self._found is None:
            return None
        folder, name = os.path.split(real)
        rel_dir = self._found.dirs.get(folder)
        if rel_dir is None:
            return None
        rel = f"{rel_dir}/{name}"
        return rel if self._found.rels.get(rel) == folder else None

    def prefetch(self, paths: Iterable[Path]) -> None:
        """Hash many files at once on every usable core, filling the cache; results come through ``__call__``.

        hashlib and file reads release the GIL, so threads use both cores of a 2-CPU machine.  A file that
        cannot be hashed here is left for ``__call__``, which reports it in the usual order.
        """
        reals: dict[str, Path] = {}
        for path in paths:
            key = os.fspath(path)
            if key in self._learnt:
                continue
            real = real_path(path)
            if real is not None:
                reals[key] = real
        real_keys = {key: os.fspath(real) for key, real in reals.items()}
        aliases = {key: self._walked_as(real) for key, real in real_keys.items()}  # a link to a file walked
        todo = {real_keys[k]: r for k, r in reals.items() if aliases[k] is None and real_keys[k] not in self._cache}
        workers = min(_usable_cpus(), len(todo) // _FILES_PER_THREAD)
        if workers >= 2:
            _hash_on_threads(iter(todo.items()), len(todo), workers, self._cache.__setitem__)
        for key, real_key in real_keys.items():  # so that ``__call__`` need not resolve the path again
            alias = aliases[key]
            packed = self._cache.get(real_key) if alias is None else self._taken(self._slot(alias))
            if packed is not None:
                self._learnt[key] = packed

    def prefetch_evidence(self, found: EvidenceFiles) -> None:
        """:meth:`prefetch` for the evidence files of ``found``: those the walk met are not resolved (their real
        path is known) and are known by their relative path."""
        self._found, self._order, self._at = found, list(found.rels), -1
        self._table = bytearray(_SLOT * len(self._order))
        others = [found.folder / rel for rel, folder in found.rels.items() if folder is None]
        walked = len(found.rels) - len(others)
        workers = min(_usable_cpus(), len(found.rels) // _FILES_PER_THREAD)
        if workers >= 2:
            jobs = (
                (n * _SLOT, found.real_path(rel))
                for n, (rel, folder) in enumerate(found.rels.items())
                if folder is not None
            )
            _hash_on_threads(jobs, walked, workers, self._put)
        if others:
            self.prefetch(others)


def _hash_on_threads(
    jobs: Iterator[tuple[_Key, str | Path]], count: int, workers: int, put: Callable[[_Key, bytes], None]
) -> None:
    """Hash the file of each of the ``count`` jobs ``(key, path)``, giving its packed digest to ``put(key, …)``
    (files that cannot be read are left out), each worker taking the next few jobs when it is done with the
    previous ones (a task per file would cost more than hashing a small file; fixed shares would leave a thread
    idle).  A few: up to 32 over thousands of files, one over a few dozen (a few large recordings spread over
    every thread)."""
    from concurrent.futures import ThreadPoolExecutor

    turn = threading.Lock()
    few = max(1, min(32, count // (workers * 32)))

    def work() -> None:
        while True:
            with turn:
                taken = list(itertools.islice(jobs, few))
            if not taken:
                return
            for key, path in taken:
                packed = _hash_quietly(path)
                if packed is not None:
                    put(key, packed)

    with ThreadPoolExecutor(workers) as pool:
        for _ in pool.map(lambda _: work(), range(workers)):
            pass


def _usable_cpus() -> int:
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)  # pragma: no cover - macOS, Windows


#: Flags to open a file to hash: read only, binary (Windows), not inherited by a child process.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
#: What the first reads of a file ask for: most evidence files (scans) are smaller; larger files are read on in
#: chunks into one buffer per thread, used for every such file: a fresh 1 MiB ``bytes`` per read costs a map and
#: an unmap of memory each time.
_FIRST_CHUNK = 1 << 16
_buffers = threading.local()


def _hash(real: str | Path) -> bytes:
    """The packed digest (:func:`_pack`) of a file.

    A file descriptor and ``os.read`` rather than a file object: over thousands of small files the object's
    making and closing are a third of the work."""
    digest = hashlib.sha256()
    size = 0
    fd = os.open(real, _OPEN_FLAGS)
    try:
        while data := os.read(fd, _FIRST_CHUNK):
            digest.update(data)
            size += len(data)
            if len(data) == _FIRST_CHUNK:  # a large file
                size += _hash_on(fd, digest)
                break
    finally:
        os.close(fd)
    return _pack(digest.digest(), size)


def _hash_on(fd: int, digest: hashlib._Hash) -> int:
    """Hash the rest of an open file in chunks; how many bytes that was."""
    buffer: bytearray | None = getattr(_buffers, "buffer", None)
    if buffer is None:
        buffer = _buffers.buffer = bytearray(_CHUNK)
    view = memoryview(buffer)
    size = 0
    with open(fd, "rb", buffering=0, closefd=False) as handle:
        while n := handle.readinto(buffer):
            digest.update(view[:n])
            size += n
    return size


def _hash_quietly(real: str | Path) -> bytes | None:
    try:
        return _hash(real)
    except OSError:
        return None
