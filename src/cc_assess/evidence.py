"""Evidence integrity: the index of every evidence reference, ``evidence.lock.yaml``, and its verification.

The evidence files of an assessment are every file under ``evidence/`` (dot-files and dot-folders skipped) plus
every file a response names (a named folder stands for the files in it).  Every one of them must stay inside
the assessment folder after resolving links.  The lock records the sha256 and size of each, sorted by path.

An assessment may hold tens of thousands of scans, so what is kept per file is small: its relative path (a
``str``, the lock's key), and its digest packed in a few dozen bytes (:func:`_pack`); paths on disk are made
when they are needed, not kept.
"""

from __future__ import annotations

import binascii
import bisect
import codecs
import hashlib
import itertools
import os
import posixpath
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr

from cc_assess.assessment import LoadedAssessment, real_path
from cc_assess.diagnostics import Diagnostic, has_errors, sort_diagnostics
from cc_assess.errors import CannotRun, InvalidInput
from cc_assess.i18n import t
from cc_assess.models import check_ref
from cc_assess.outfile import atomic_file
from cc_assess.shown import Shown
from cc_assess.validation import problem_diagnostic, validate
from cc_assess.yamlio import MAX_CATALOGUE_BYTES, Position, YamlError, decode, dump_yaml, parse_yaml, read_bytes

EVIDENCE_DIR = "evidence"
LOCK_FILE = "evidence.lock.yaml"
LOCK_SCHEMA = "cc-assess/evidence-lock/v1"
LOCK_HEAD = (
    "# cc-assess evidence lock: sha256 and size of every evidence file.\n"
    "# Written by 'cc-assess evidence FOLDER --lock'; checked by 'cc-assess evidence FOLDER --verify'.\n"
)
_CHUNK = 1 << 20
#: Fewer evidence files per thread than this are hashed in this thread: a pool would not pay for itself.
_FILES_PER_THREAD = 2
#: How the hasher keeps the digest of a file the walk met: the 32 bytes of its sha256, then its size in 8 bytes;
#: zeros where the sha256 should be (no file has that sha256) mean it is not hashed yet.
_SLOT = 40
_NOT_YET = bytes(32)
_Key = TypeVar("_Key")
#: How a lock of plain paths (:func:`lock_lines`) starts, before its entries.
_PLAIN_START = LOCK_HEAD + f"schema: {LOCK_SCHEMA}\nfiles:\n"
_PLAIN_START_BYTES = _PLAIN_START.encode("utf-8")
#: Bytes of the lock read at a time while it is verified.
_LOCK_BLOCK = 1 << 16
#: Entries of the lock made into one piece of text before it is written.
_LOCK_PIECE = 1024


class LockedFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sha256: Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{64}$")]
    size: Annotated[StrictInt, Field(ge=0)]


class EvidenceLock(BaseModel):
    """``evidence.lock.yaml``: relative POSIX path -> sha256 and size."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    schema_: Literal["cc-assess/evidence-lock/v1"] = Field(alias="schema")
    files: dict[StrictStr, LockedFile] = Field(default_factory=dict)


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


# ------------------------------------------------------------------------------------------ files


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


# ------------------------------------------------------------------------------------------ index


@dataclass(frozen=True)
class IndexEntry:
    item: str
    ref: str
    note: str | None
    type: Literal["url", "file", "folder"]
    exists: bool | None
    size: int | None
    sha256: str | None
    as_of: str | None
    valid_until: str | None

    def to_json(self) -> dict[str, object]:
        return {
            "item": self.item,
            "ref": self.ref,
            "note": self.note,
            "type": self.type,
            "exists": self.exists,
            "size": self.size,
            "sha256": self.sha256,
            "as_of": self.as_of,
            "valid_until": self.valid_until,
        }


def index(loaded: LoadedAssessment, hasher: Hasher | None = None) -> list[IndexEntry]:
    """Every evidence reference, by item then in file order, with what is on disk (URLs are not fetched)."""
    hasher = hasher or Hasher()
    root = loaded.folder.resolve()
    entries: list[IndexEntry] = []
    for item, r in sorted(loaded.responses.items()):
        for ev in r.response.evidence:
            kind: Literal["url", "file", "folder"] = "url"
            exists: bool | None = None
            digest: Digest | None = None
            if not ev.is_url:
                path = loaded.folder / normalize_ref(ev.ref)
                inside = _inside(root, path)
                kind = "folder" if inside and path.is_dir() else "file"
                exists = inside and path.exists()
                if inside and path.is_file():
                    digest = hasher(path)
            entries.append(
                IndexEntry(
                    item,
                    ev.ref,
                    ev.note,
                    kind,
                    exists,
                    digest.size if digest else None,
                    digest.sha256 if digest else None,
                    ev.as_of.isoformat() if ev.as_of else None,
                    ev.valid_until.isoformat() if ev.valid_until else None,
                )
            )
    return entries


# ------------------------------------------------------------------------------------------ checks


def _declared(loaded: LoadedAssessment, hasher: Hasher) -> list[Diagnostic]:
    """A ``sha256`` written in a response's evidence entry must match the file (located at that line)."""
    diags: list[Diagnostic] = []
    for item, r in sorted(loaded.responses.items()):
        for i, ev in enumerate(r.response.evidence):
            if ev.sha256 is None or ev.is_url:
                continue
            path = loaded.folder / normalize_ref(ev.ref)
            if not (_inside(loaded.folder.resolve(), path) and path.is_file()):
                continue  # missing or escaping: reported at the ref
            actual = hasher(path).sha256
            if actual != ev.sha256.lower():
                pos = r.doc.locate(("evidence", i, "sha256"))
                diags.append(
                    Diagnostic(
                        r.path,
                        pos.line,
                        pos.column,
                        "evidence-sha256",
                        t("evidence.sha256-differs", ref=ev.ref, actual=actual, written=ev.sha256),
                        "error",
                        item,
                    )
                )
    return diags


def _loader_evidence(loaded: LoadedAssessment) -> list[Diagnostic]:
    """The loader's evidence problems, a missing file made an error (it is a warning in ``validate``)."""
    found = []
    for d in loaded.diagnostics:
        if d.code == "evidence-missing":
            found.append(Diagnostic(d.path, d.line, d.column, d.code, d.message, "error", d.item))
        elif d.code.startswith("evidence-"):
            found.append(d)
    return found


def unhashed_integrity(loaded: LoadedAssessment) -> tuple[EvidenceFiles, list[Diagnostic]]:
    """Evidence files and the problems found without reading them: missing files, links that leave the folder."""
    found = evidence_files(loaded)
    return found, sort_diagnostics([*_loader_evidence(loaded), *found.diagnostics])


def declared_integrity(loaded: LoadedAssessment, hasher: Hasher, unhashed: list[Diagnostic]) -> list[Diagnostic]:
    """The problems of :func:`unhashed_integrity` with those of every declared sha256 (hashed by ``hasher``)."""
    return sort_diagnostics([*unhashed, *_declared(loaded, hasher)])


def integrity(loaded: LoadedAssessment, hasher: Hasher) -> tuple[EvidenceFiles, list[Diagnostic]]:
    """Evidence files and every problem that stops a lock or a pack: missing, escaping, wrong declared sha256."""
    found, unhashed = unhashed_integrity(loaded)
    hasher.prefetch_evidence(found)
    return found, declared_integrity(loaded, hasher, unhashed)


@dataclass
class LockResult:
    file: Shown  # evidence.lock.yaml
    files: int
    diagnostics: list[Diagnostic]  # warnings only: errors raise InvalidInput


#: A path that the YAML dumper writes as it is, as a key on one line: it starts with a letter, a digit, ``_`` or
#: a CJK character, holds nothing but those, ``.``, ``-``, ``+``, ``/``, brackets, inner spaces and full-width
#: punctuation, and a ``/``, so that it cannot read as a number, a date or a boolean.  (The dumper writes a key
#: of 128 characters or more as ``? key``.)
_PLAIN_CHARS = r"\w.\-+/()\u3001-\u303f\u3400-\u9fff\uff01-\uff5e"
_PLAIN_PATH = re.compile(rf"[\w\u3400-\u9fff](?:[{_PLAIN_CHARS} ]*[{_PLAIN_CHARS}])?", re.ASCII)


def lock_lines(rels: Sequence[str], packed: Callable[[str], bytes]) -> Iterator[str]:
    """The text of ``evidence.lock.yaml`` for the files ``rels`` (sorted), in pieces: what ``dump_yaml`` writes,
    made directly when every path is a plain one (the dumper takes seconds over tens of thousands of files).

    ``packed`` gives each file's digest (:func:`_pack`); every file is hashed before the first piece is given,
    so what it raises comes before anything is written."""
    if rels and all(_plain_rel(rel) and not packed(rel)[:32].hex().isdigit() for rel in rels):
        yield _PLAIN_START  # what the dumper writes there (a test compares), without importing PyYAML
        for start in range(0, len(rels), _LOCK_PIECE):
            yield "".join(_plain_entry(rel, packed(rel)) for rel in rels[start : start + _LOCK_PIECE])
        return
    files = {rel: {"sha256": d.sha256, "size": d.size} for rel in rels for d in (_unpack(packed(rel)),)}
    yield LOCK_HEAD + dump_yaml({"schema": LOCK_SCHEMA, "files": files})


def _plain_entry(rel: str, packed: bytes) -> str:
    return f"  {rel}:\n    sha256: {packed[:32].hex()}\n    size: {int.from_bytes(packed[32:], 'big')}\n"


def lock_text(entries: Mapping[str, Digest]) -> str:
    """The whole text of ``evidence.lock.yaml`` for these files and digests."""
    return "".join(lock_lines(sorted(entries), lambda rel: _packed(entries[rel])))


def _plain_path(rel: str, sha256: str) -> bool:
    """Whether the dumper writes this entry of the lock with no quotes (an all-digit sha256 would be quoted)."""
    return not sha256.isdigit() and _plain_rel(rel)


def _plain_rel(rel: str) -> bool:
    return len(rel) < 128 and "/" in rel and _PLAIN_PATH.fullmatch(rel) is not None


def lock(loaded: LoadedAssessment) -> LockResult:
    """Write ``evidence.lock.yaml``, or nothing when an evidence file is missing, escapes, or is not as declared.

    The text is written in pieces as it is made, never whole."""
    hasher = Hasher()
    found, diags = integrity(loaded, hasher)
    file = loaded.shown.child(LOCK_FILE)
    if has_errors(diags):
        raise InvalidInput(t("evidence.lock-refused", folder=file.text), diags)
    pieces = lock_lines(list(found.rels), lambda rel: hasher.packed(found, rel))
    first = next(pieces)  # every file hashed: a file that cannot be read leaves the previous lock as it is
    with atomic_file(file) as handle:
        for piece in itertools.chain((first,), pieces):
            handle.write(piece.encode("utf-8"))
    return LockResult(file, len(found.rels), diags)


_LOCK_ENTRY = re.compile(rb"  ([^\n]*):\n    sha256: ([0-9a-f]{64})\n    size: (0|[1-9][0-9]{0,17})\n")


@dataclass(frozen=True)
class Lock:
    """``evidence.lock.yaml`` as read: relative POSIX path -> sha256 and size, packed (:func:`_pack`)."""

    packed: dict[str, bytes]

    @property
    def files(self) -> Mapping[str, Digest]:
        """Relative POSIX path -> sha256 and size, in the lock's order."""
        return _Unpacked(self.packed)


class _Unpacked(Mapping[str, Digest]):
    def __init__(self, packed: dict[str, bytes]) -> None:
        self._packed = packed

    def __getitem__(self, rel: str) -> Digest:
        return _unpack(self._packed[rel])

    def __iter__(self) -> Iterator[str]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)


class _PlainPositions(Mapping[str, Position]):
    """Where each path of a plain lock stands: three lines an entry from ``first``, worked out when asked."""

    def __init__(self, packed: dict[str, bytes], first: int) -> None:
        self._packed, self._first = packed, first
        self._lines: dict[str, int] | None = None

    def __getitem__(self, rel: str) -> Position:
        if self._lines is None:
            self._lines = {rel: self._first + 3 * n for n, rel in enumerate(self._packed)}
        return Position(self._lines[rel], 3)

    def __iter__(self) -> Iterator[str]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)


def _plain_lock(data: bytes) -> tuple[Lock, Mapping[str, Position]] | None:
    """A lock as :func:`lock_lines` writes it for plain paths, read from its bytes without the YAML parser (which
    takes seconds and a hundred MiB over tens of thousands of files); None for any other text, which YAML reads
    (and which reports what is wrong with it)."""
    at = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    if not data.startswith(_PLAIN_START_BYTES, at):
        return None
    files: dict[str, bytes] = {}
    at += len(_PLAIN_START_BYTES)
    while at < len(data):
        entry = _LOCK_ENTRY.match(data, at)
        if entry is None:
            return None
        raw, sha256, size = entry.groups()
        try:
            rel = raw.decode("utf-8")
        except UnicodeDecodeError:
            return None
        if sha256.isdigit() or not _plain_rel(rel) or rel in files:
            return None
        files[rel] = _pack(binascii.unhexlify(sha256), int(size))
        at = entry.end()
    if not files:
        return None
    return Lock(files), _PlainPositions(files, _PLAIN_START_BYTES.count(b"\n") + 1)


def read_lock(loaded: LoadedAssessment) -> tuple[Lock | None, list[Diagnostic], Mapping[str, Position]]:
    """The lock, its problems, and the line of each path in it."""
    lock = loaded.shown.child(LOCK_FILE)
    if not lock.path.is_file():
        message = t("evidence.no-lock", lock=LOCK_FILE, folder=loaded.shown.text)
        return None, [Diagnostic(lock.text, 1, 1, "evidence-unlocked", message)], {}
    try:
        data = read_bytes(lock.path, MAX_CATALOGUE_BYTES)
        plain = _plain_lock(data)
        if plain is not None:
            return plain[0], [], plain[1]
        return _yaml_lock(decode(data), lock.text)
    except YamlError as exc:
        return None, [problem_diagnostic(lock.text, exc.problem)], {}


def _yaml_lock(text: str, display: str) -> tuple[Lock | None, list[Diagnostic], Mapping[str, Position]]:
    doc = parse_yaml(text)
    model, diags = validate(EvidenceLock, doc, display)
    where = {str(k[1]): pos for k, pos in doc.keys.items() if len(k) == 2 and k[0] == "files"}
    if model is None:
        return None, diags, where
    return Lock({rel: _pack(bytes.fromhex(f.sha256), f.size) for rel, f in model.files.items()}), diags, where


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
                raw, sha256, size = entry.groups()
                try:
                    rel = raw.decode("utf-8")
                except UnicodeDecodeError:
                    return None
                if sha256.isdigit() or not _plain_rel(rel) or (previous is not None and rel <= previous):
                    return None
                while pending is not None and pending < rel:
                    diags.append(_unlisted(loaded, pending))
                    pending = next(files, None)
                if pending == rel:
                    pending = next(files, None)
                else:
                    only_locked += 1
                if failed is None:
                    try:
                        problem = check(rel, _pack(binascii.unhexlify(sha256), int(size)), line, 3)
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
