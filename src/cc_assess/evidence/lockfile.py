"""``evidence.lock.yaml``: written (in pieces, as it is made) and read.

A lock of plain paths is written and read without the YAML dumper and parser (they take seconds over tens of
thousands of files); any other lock goes through them.  :mod:`cc_assess.evidence.verifying` checks the files
against it.
"""

from __future__ import annotations

import binascii
import codecs
import itertools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr

from cc_assess.assessment import LoadedAssessment
from cc_assess.diagnostics import Diagnostic, has_errors
from cc_assess.errors import InvalidInput
from cc_assess.evidence.checks import integrity
from cc_assess.evidence.hashing import Digest, Hasher, _pack, _packed, _unpack
from cc_assess.i18n import t
from cc_assess.outfile import atomic_file
from cc_assess.shown import Shown
from cc_assess.validation import problem_diagnostic, validate
from cc_assess.yamlio import MAX_CATALOGUE_BYTES, Position, YamlError, decode, dump_yaml, parse_yaml, read_bytes

LOCK_FILE = "evidence.lock.yaml"
LOCK_SCHEMA = "cc-assess/evidence-lock/v1"
LOCK_HEAD = (
    "# cc-assess evidence lock: sha256 and size of every evidence file.\n"
    "# Written by 'cc-assess evidence FOLDER --lock'; checked by 'cc-assess evidence FOLDER --verify'.\n"
)
#: How a lock of plain paths (:func:`lock_lines`) starts, before its entries.
_PLAIN_START = LOCK_HEAD + f"schema: {LOCK_SCHEMA}\nfiles:\n"
_PLAIN_START_BYTES = _PLAIN_START.encode("utf-8")
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
    if rels and all(_plain_path(rel, packed(rel)[:32].hex()) for rel in rels):
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


def _plain_entry_read(entry: re.Match[bytes]) -> tuple[str, bytes] | None:
    """The path and packed digest of an entry that :data:`_LOCK_ENTRY` matched; None when :func:`lock_lines`
    would not have written it so (the text is then read through YAML)."""
    raw, sha256, size = entry.groups()
    try:
        rel = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not _plain_path(rel, sha256.decode("ascii")):
        return None
    return rel, _pack(binascii.unhexlify(sha256), int(size))


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
        read = _plain_entry_read(entry)
        if read is None or read[0] in files:
            return None
        files[read[0]] = read[1]
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
