"""Evidence integrity: the index of every evidence reference, ``evidence.lock.yaml``, and its verification.

The evidence files of an assessment are every file under ``evidence/`` (dot-files and dot-folders skipped) plus
every file a response names (a named folder stands for the files in it).  Every one of them must stay inside
the assessment folder after resolving links.  The lock records the sha256 and size of each, sorted by path.
"""

from __future__ import annotations

import hashlib
import os
import posixpath
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr

from cc_assess.assessment import LoadedAssessment, real_path
from cc_assess.diagnostics import Diagnostic, has_errors, sort_diagnostics
from cc_assess.errors import CannotRun, InvalidInput
from cc_assess.i18n import t
from cc_assess.models import check_ref
from cc_assess.outfile import write_atomic
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


class LockedFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sha256: Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{64}$")]
    size: Annotated[StrictInt, Field(ge=0)]


class EvidenceLock(BaseModel):
    """``evidence.lock.yaml``: relative POSIX path -> sha256 and size."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    schema_: Literal["cc-assess/evidence-lock/v1"] = Field(alias="schema")
    files: dict[StrictStr, LockedFile] = Field(default_factory=dict)


@dataclass(frozen=True)
class Digest:
    size: int
    sha256: str


class Hasher:
    """sha256 and size of files, each read once per run (in chunks: evidence files may be large).

    A file is known by its resolved path (two links to one file are read once) and by the path it was asked
    for (asked again, it is not resolved again).
    """

    def __init__(self) -> None:
        self._cache: dict[Path, Digest] = {}
        self._learnt: dict[Path, Digest] = {}

    def __call__(self, path: Path) -> Digest:
        learnt = self._learnt.get(path)
        if learnt is not None:
            return learnt
        real = real_path(path)
        if real is None:
            raise CannotRun(t("evidence.cannot-resolve", path=path))
        if real not in self._cache:
            try:
                self._cache[real] = _hash(real)
            except OSError as exc:
                raise CannotRun(t("evidence.cannot-read", path=path, reason=exc.strerror or exc)) from None
        self._learnt[path] = self._cache[real]
        return self._cache[real]

    def learn(self, path: Path, digest: Digest) -> None:
        """Take the digest of ``path`` computed elsewhere (``pack`` hashes each file while it copies it)."""
        self._learnt[path] = digest

    def prefetch(self, paths: Iterable[Path], real: Mapping[Path, Path] | None = None) -> None:
        """Hash many files at once on every usable core, filling the cache; results come through ``__call__``.

        hashlib and file reads release the GIL, so threads use both cores of a 2-CPU machine.  A file that
        cannot be hashed here is left for ``__call__``, which reports it in the usual order.  ``real`` gives the
        real path of files known already (:attr:`EvidenceFiles.real`), so that they are not resolved again.
        """
        known = real or {}
        reals = {p: r for p in paths if p not in self._learnt and (r := known.get(p) or real_path(p)) is not None}
        todo = list(dict.fromkeys(r for r in reals.values() if r not in self._cache))
        workers = min(_usable_cpus(), len(todo) // _FILES_PER_THREAD)
        if workers >= 2:
            self._cache.update(_hash_on_threads(todo, workers))
        for path, one in reals.items():  # so that ``__call__`` need not resolve the path again
            if one in self._cache:
                self._learnt[path] = self._cache[one]


def _hash_on_threads(todo: list[Path], workers: int) -> dict[Path, Digest]:
    """The digests of the files that can be read, each worker taking the next file when it is done with one (a
    task per file would cost more than hashing a small file; fixed shares would leave a thread idle)."""
    from concurrent.futures import ThreadPoolExecutor

    files = iter(todo)
    turn = threading.Lock()

    def work() -> dict[Path, Digest]:
        done: dict[Path, Digest] = {}
        while True:
            with turn:
                real = next(files, None)
            if real is None:
                return done
            digest = _hash_quietly(real)
            if digest is not None:
                done[real] = digest

    found: dict[Path, Digest] = {}
    with ThreadPoolExecutor(workers) as pool:
        for done in pool.map(lambda _: work(), range(workers)):
            found.update(done)
    return found


def _usable_cpus() -> int:
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)  # pragma: no cover - macOS, Windows


#: One read buffer per thread, used for every file: a fresh 1 MiB ``bytes`` per read costs a map and an unmap
#: of memory each time (and most evidence files are much smaller than a chunk).
_buffers = threading.local()


def _hash(real: Path) -> Digest:
    buffer: bytearray | None = getattr(_buffers, "buffer", None)
    if buffer is None:
        buffer = _buffers.buffer = bytearray(_CHUNK)
    view = memoryview(buffer)
    digest = hashlib.sha256()
    size = 0
    with real.open("rb", buffering=0) as handle:
        while n := handle.readinto(buffer):
            digest.update(view[:n])
            size += n
    return Digest(size, digest.hexdigest())


def _hash_quietly(real: Path) -> Digest | None:
    try:
        return _hash(real)
    except OSError:
        return None


# ------------------------------------------------------------------------------------------ files


@dataclass
class EvidenceFiles:
    """Every evidence file (relative POSIX path -> path on disk) and the problems met while finding them."""

    files: dict[str, Path] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: The real path of each file met by a walk that is no link (known without resolving it): a regular file
    #: inside the folder.
    real: dict[Path, Path] = field(default_factory=dict)


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
        try:
            with os.scandir(here) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError:  # as os.walk: a folder that cannot be listed is skipped
            continue
        folders: list[tuple[str, Path, Path | None]] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            rel = f"{rel_dir}/{entry.name}"
            link = _is_link(entry)
            if _is_dir(entry):
                folders.append((rel, here / entry.name, None if link else real / entry.name))
            elif link:
                _add_file(loaded, rel, found, root)
            elif _is_file(entry):
                path = found.files[rel] = here / entry.name
                found.real[path] = real / entry.name
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
        found.files[rel] = path


def normalize_ref(ref: str) -> str:
    """A relative evidence path as the lock and the pack name it (``./a/../b`` -> ``b``)."""
    return posixpath.normpath(ref)


def evidence_files(loaded: LoadedAssessment) -> EvidenceFiles:
    """Every evidence file of an assessment: under ``evidence/`` and every file or folder a response names."""
    found = EvidenceFiles()
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
                found.files[rel] = path
    found.files = dict(sorted(found.files.items()))
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
    hasher.prefetch(found.files.values(), found.real)
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


def lock_text(files: dict[str, Path], hasher: Hasher) -> str:
    """The text of ``evidence.lock.yaml``: what ``dump_yaml`` writes, made directly when every path is a plain
    one (the dumper takes seconds over tens of thousands of files)."""
    entries = {rel: hasher(path) for rel, path in sorted(files.items())}
    if entries and all(_plain_path(rel, d.sha256) for rel, d in entries.items()):
        lines = [LOCK_HEAD, dump_yaml({"schema": LOCK_SCHEMA}), "files:\n"]
        lines += (f"  {rel}:\n    sha256: {d.sha256}\n    size: {d.size}\n" for rel, d in entries.items())
        return "".join(lines)
    data = {"schema": LOCK_SCHEMA, "files": {rel: {"sha256": d.sha256, "size": d.size} for rel, d in entries.items()}}
    return LOCK_HEAD + dump_yaml(data)


def _plain_path(rel: str, sha256: str) -> bool:
    """Whether the dumper writes this entry of the lock with no quotes (an all-digit sha256 would be quoted)."""
    return len(rel) < 128 and "/" in rel and _PLAIN_PATH.fullmatch(rel) is not None and not sha256.isdigit()


def lock(loaded: LoadedAssessment) -> LockResult:
    """Write ``evidence.lock.yaml``, or nothing when an evidence file is missing, escapes, or is not as declared."""
    hasher = Hasher()
    found, diags = integrity(loaded, hasher)
    file = loaded.shown.child(LOCK_FILE)
    if has_errors(diags):
        raise InvalidInput(t("evidence.lock-refused", folder=file.text), diags)
    write_atomic(file, lock_text(found.files, hasher).encode("utf-8"))
    return LockResult(file, len(found.files), diags)


_LOCK_HEAD = LOCK_HEAD + f"schema: {LOCK_SCHEMA}\nfiles:\n"
_LOCK_ENTRY = re.compile(r"  ([^\n]*):\n    sha256: ([0-9a-f]{64})\n    size: (0|[1-9][0-9]{0,17})\n")


def _plain_lock(text: str) -> tuple[EvidenceLock, dict[str, Position]] | None:
    """A lock as :func:`lock_text` writes it for plain paths, read without the YAML parser (which takes seconds
    and a hundred MiB over tens of thousands of files); None for any other text, which YAML reads."""
    if not text.startswith(_LOCK_HEAD):
        return None
    files: dict[str, LockedFile] = {}
    where: dict[str, Position] = {}
    at, line = len(_LOCK_HEAD), _LOCK_HEAD.count("\n") + 1
    while at < len(text):
        entry = _LOCK_ENTRY.match(text, at)
        if entry is None:
            return None
        rel, sha256, size = entry.groups()
        if not _plain_path(rel, sha256) or rel in files:
            return None
        files[rel] = LockedFile(sha256=sha256, size=int(size))
        where[rel] = Position(line, 3)
        at, line = entry.end(), line + 3
    if not files:
        return None
    return EvidenceLock(schema_=LOCK_SCHEMA, files=files), where


def read_lock(loaded: LoadedAssessment) -> tuple[EvidenceLock | None, list[Diagnostic], dict[str, Position]]:
    """The lock, its problems, and the line of each path in it."""
    lock = loaded.shown.child(LOCK_FILE)
    if not lock.path.is_file():
        message = t("evidence.no-lock", lock=LOCK_FILE, folder=loaded.shown.text)
        return None, [Diagnostic(lock.text, 1, 1, "evidence-unlocked", message)], {}
    try:
        text = decode(read_bytes(lock.path, MAX_CATALOGUE_BYTES))
        plain = _plain_lock(text)
        if plain is not None:
            return plain[0], [], plain[1]
        return _yaml_lock(text, lock.text)
    except YamlError as exc:
        return None, [problem_diagnostic(lock.text, exc.problem)], {}


def _yaml_lock(text: str, display: str) -> tuple[EvidenceLock | None, list[Diagnostic], dict[str, Position]]:
    doc = parse_yaml(text)
    model, diags = validate(EvidenceLock, doc, display)
    where = {str(k[1]): pos for k, pos in doc.keys.items() if len(k) == 2 and k[0] == "files"}
    return model, diags, where


def _changed(display: str, pos: Position, rel: str, digest: Digest, entry: LockedFile) -> Diagnostic:
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
    locked, problems, where = read_lock(loaded)
    diags = [*diagnostics, *problems]
    display = loaded.shown.inside(LOCK_FILE)
    root = loaded.folder.resolve()
    if locked is not None:
        for rel, entry in sorted(locked.files.items()):
            pos = where.get(rel, Position(1, 1))
            path = found.files.get(rel) or loaded.folder / rel
            if path in found.real:  # a regular file inside the folder, met by the walk
                digest = hasher(path)
                if (digest.sha256, digest.size) != (entry.sha256, entry.size):
                    diags.append(_changed(display, pos, rel, digest, entry))
                continue
            bad = check_ref(rel)
            if bad is not None or rel.lower().startswith(("http://", "https://")) or not _inside(root, path):
                why = bad or t("evidence.not-inside")
                diags.append(
                    Diagnostic(
                        display, pos.line, pos.column, "evidence-path", t("evidence.locked-path", ref=rel, why=why)
                    )
                )
                continue
            if not path.is_file():
                diags.append(
                    Diagnostic(display, pos.line, pos.column, "evidence-missing", t("evidence.locked-missing", ref=rel))
                )
                continue
            digest = hasher(path)
            if (digest.sha256, digest.size) != (entry.sha256, entry.size):
                diags.append(_changed(display, pos, rel, digest, entry))
        for rel in found.files:
            if rel not in locked.files:
                diags.append(
                    Diagnostic(
                        loaded.shown.inside(rel),
                        1,
                        1,
                        "evidence-unlisted",
                        t("evidence.unlisted", ref=rel, lock=LOCK_FILE),
                    )
                )
    checked = len(set(found.files) | set(locked.files if locked else ()))
    diags = sort_diagnostics(diags)
    if has_errors(diags):
        errors = sum(d.is_error for d in diags)
        raise InvalidInput(t("evidence.does-not-verify", folder=loaded.shown.text, count=errors), diags)
    return VerifyResult(checked, diags)
