"""The parsed YAML of one folder's files, remembered across runs by each file's bytes.

Reading a 224-item assessment spends most of its time turning YAML text into data (PyYAML's C parser, then
its Python resolver and our builder, for every node).  Between two runs of ``score`` or of the pre-commit hook
almost no file changes, so the data each file's bytes gave last time is kept in one JSON entry per folder in
the user's cache (:mod:`cc_assess.usercache`) and used again when a file's bytes are the same.

Only the parsing is skipped.  Every file is still read and decoded, and its data still goes through the
pydantic models and every check, so diagnostics do not depend on the cache.  The entry holds plain JSON (never
pickle); an entry that is damaged, foreign or of another code version is ignored, and a failure to read or
write it only costs time.  A file that cannot be parsed is never cached: it is parsed (and reported) each run.
"""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path
from typing import Any

from cc_assess import usercache
from cc_assess.yamlio import MAX_RESPONSE_BYTES, Document, Problem, decode, parse_yaml, read_bytes, read_yaml

#: Entries whose JSON is larger than this are not written: the cache is for answers, not for stress tests.
MAX_ENTRY_CHARS = 32 * 1024 * 1024
#: Folders remembered; writing the entry of one more drops the least recently written.  A run that reads more
#: folders than this remembers only the first ``MAX_FOLDERS`` of them (:func:`remembered`): writing the others
#: would only push out the entries the next run reads first, so every run would parse and write every folder.
#: A portfolio of 1,000 sites fits: an entry of a 224-item assessment is about 110 KB, so the entries take
#: about 110 MB at most (the cache may always be deleted).
MAX_FOLDERS = 1024


def remembered(folders: int) -> bool:
    """Whether a run remembers its folder number ``folders`` (1 for the first), counted in the run's own order."""
    return folders <= MAX_FOLDERS


def _plain(value: Any) -> bool:
    """Whether ``value`` survives a JSON round trip unchanged (the builder only makes such data)."""
    if value is None or isinstance(value, (str, bool)):
        return True
    if isinstance(value, int):
        return value.bit_length() <= 8192  # json writes ints as decimal text, which Python caps at 4300 digits
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    return False


class ParsedFiles:
    """Read YAML files of one folder, parsing only those whose bytes were not seen in the last run.

    Use :meth:`read` for each file, then :meth:`save` once.  Entries of files that were not read in this run
    are dropped on save, so the entry does not grow with every edit.
    """

    def __init__(self, identity: str | None, *, remember: bool = True) -> None:
        """``identity`` names the entry: a resolved folder path, or what else stays the same across runs (a git
        tree id).  None remembers nothing: for temporary copies, whose entries nobody would read again.  With the
        cache turned off nothing is remembered either, and nothing is hashed.  ``remember=False`` uses the entry
        if there is one but never writes it (a folder past the first :data:`MAX_FOLDERS` of a run)."""
        self._name: str | None = None
        self._remember = remember
        if identity is not None and usercache.cache_dir() is not None:
            self._name = usercache.key("parsed", identity.encode("utf-8", "surrogateescape"))
        self._old: dict[str, Any] = {}
        self._new: dict[str, Any] = {}
        self._changed = False
        text = None if self._name is None else usercache.load(self._name)
        self._existed = text is not None
        if text is not None:
            try:
                loaded = json.loads(text)
            except (ValueError, RecursionError):
                loaded = None
            if isinstance(loaded, dict):
                self._old = loaded

    @classmethod
    def of_folder(cls, folder: Path, *, remember: bool = True) -> ParsedFiles:
        """The entry of a folder on disk, named by its resolved path."""
        try:
            where = str(folder.resolve())
        except (OSError, RuntimeError, ValueError):
            where = str(folder.absolute())
        return cls(where, remember=remember)

    def read(self, path: Path, max_bytes: int = MAX_RESPONSE_BYTES) -> Document:
        """The document of ``path``, as :func:`cc_assess.yamlio.read_yaml` would return it."""
        if self._name is None:
            return read_yaml(path, max_bytes)
        data = read_bytes(path, max_bytes)
        text = decode(data)
        digest = hashlib.blake2b(data, digest_size=20).hexdigest()
        entry = self._old.get(digest)
        if entry is not None:
            doc = _document(entry, text)
            if doc is not None:
                self._new[digest] = entry
                return doc
        doc = parse_yaml(text)
        if _plain(doc.data):
            self._new[digest] = [doc.data, [[p.code, p.message, p.line, p.column] for p in doc.problems]]
            self._changed = True
        return doc

    def save(self) -> None:
        """Write the entry when this run parsed a file or dropped one; failures are ignored.

        Only writing a new entry can take the cache over :data:`MAX_FOLDERS`, so only then are old ones pruned.
        """
        if self._name is None or not self._remember or (not self._changed and self._new.keys() == self._old.keys()):
            return
        try:
            text = json.dumps(self._new, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        except (ValueError, TypeError, RecursionError):
            return
        if len(text) <= MAX_ENTRY_CHARS:
            usercache.store(self._name, text)
            if not self._existed:
                usercache.prune("parsed", MAX_FOLDERS)


def _document(entry: Any, text: str) -> Document | None:
    """A document from a cache entry, or None when the entry is not shaped as :meth:`ParsedFiles.read` writes."""
    if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[1], list)):
        return None
    problems: list[Problem] = []
    for p in entry[1]:
        if not (
            isinstance(p, list)
            and len(p) == 4
            and isinstance(p[0], str)
            and isinstance(p[1], str)
            and type(p[2]) is int
            and type(p[3]) is int
        ):
            return None
        problems.append(Problem(p[0], p[1], p[2], p[3]))
    return Document(entry[0], problems=problems, source=text)
