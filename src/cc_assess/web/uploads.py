"""Evidence files uploaded through the web editor: stored under ``evidence/`` with a safe name, and listed.

A name from the browser is only a wish: its folders are dropped (no path separator survives), characters that
are not allowed in file names on Windows, macOS or Linux become ``_``, leading dots go (no dot-files), and a
name that is taken gets ``-1``, ``-2``… before its extension.  The file is written beside its target and moved
into place only when it is complete and within :data:`MAX_UPLOAD_BYTES`; the folder must stay inside the
assessment folder once links are resolved.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cc_assess.assessment import real_path
from cc_assess.i18n import t
from cc_assess.web.editor import Outside, TooLarge

EVIDENCE_DIR = "evidence"
MAX_UPLOAD_BYTES = 64 * 1024 * 1024
_MAX_NAME_BYTES = 200
_UNSAFE = re.compile(r'[\x00-\x1f\x7f-\x9f/\\:*?"<>|]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)", re.IGNORECASE)


def safe_name(name: str) -> str:
    """A file name that is safe to create in ``evidence/``, as close to ``name`` as can be."""
    name = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE.sub("_", name).strip().lstrip(".").rstrip(". ").strip()
    if not name:
        name = "file"
    if _RESERVED.match(name):
        name = "_" + name
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    ext = ext[:16]
    while len(f"{stem}{dot}{ext}".encode()) > _MAX_NAME_BYTES:
        stem = stem[:-1]
    return f"{stem or 'file'}{dot}{ext}"


def _numbered(name: str, n: int) -> str:
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        return f"{name}-{n}"
    return f"{stem}-{n}.{ext}"


@dataclass(frozen=True)
class Stored:
    """An evidence file: its ref (relative POSIX path), size in bytes and sha256."""

    ref: str
    size: int
    sha256: str

    def to_json(self) -> dict[str, object]:
        return {"ref": self.ref, "size": self.size, "sha256": self.sha256}


def evidence_folder(folder: Path, create: bool) -> Path:
    """``evidence/`` with links resolved; Outside when it would leave the assessment folder."""
    path = folder / EVIDENCE_DIR
    if create and not path.exists() and not path.is_symlink():
        path.mkdir()
    real, root = real_path(path), real_path(folder)
    if real is None or root is None or root not in real.parents or (path.exists() and not path.is_dir()):
        raise Outside(t("web.outside", path=EVIDENCE_DIR))
    return real


class Upload:
    """One upload in progress: :meth:`write` its chunks, then :meth:`finish` (or :meth:`abort`)."""

    def __init__(self, folder: Path, name: str, limit: int | None = None) -> None:
        self.target_dir = evidence_folder(folder, create=True)
        self.name = safe_name(name)
        self.limit = MAX_UPLOAD_BYTES if limit is None else limit
        self.size = 0
        self._hash = hashlib.sha256()
        fd, tmp = tempfile.mkstemp(prefix=".cc-assess-upload-", suffix=".tmp", dir=self.target_dir)
        self._tmp = Path(tmp)
        self._handle = os.fdopen(fd, "wb")

    def write(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            self.abort()
            raise TooLarge(t("web.too-large", limit=self.limit // (1024 * 1024)))
        self._hash.update(chunk)
        self._handle.write(chunk)

    def finish(self) -> Stored:
        """Move the file to the first free name (``name``, ``name-1``…); never replaces an existing file."""
        self._handle.close()
        n = 0
        while True:
            name = self.name if n == 0 else _numbered(self.name, n)
            target = self.target_dir / name
            try:
                os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
            except FileExistsError:
                n += 1
                continue
            except OSError:
                self.abort()
                raise
            break
        try:
            os.chmod(self._tmp, 0o666 & ~_umask())
            os.replace(self._tmp, target)
        except OSError:
            target.unlink(missing_ok=True)
            self.abort()
            raise
        return Stored(f"{EVIDENCE_DIR}/{name}", self.size, self._hash.hexdigest())

    def abort(self) -> None:
        if not self._handle.closed:
            self._handle.close()
        self._tmp.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def remove(folder: Path, stored: Stored) -> None:
    """Take back an upload whose response could not be saved."""
    (evidence_folder(folder, create=False) / stored.ref.split("/", 1)[1]).unlink(missing_ok=True)


def listing(folder: Path) -> list[Stored]:
    """Every file under ``evidence/`` (dot-files and dot-folders skipped; links that leave the folder skipped)."""
    try:
        base = evidence_folder(folder, create=False)
    except Outside:
        return []
    if not base.is_dir():
        return []
    root = real_path(folder)
    found: list[Stored] = []
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            real = real_path(path)
            if name.startswith(".") or real is None or root is None or root not in real.parents or not real.is_file():
                continue
            rel = path.relative_to(base).as_posix()
            size, sha256 = _digest(real)
            found.append(Stored(f"{EVIDENCE_DIR}/{rel}", size, sha256))
    return sorted(found, key=lambda s: s.ref)


#: (path, size, mtime) -> sha256: the page lists the evidence after every save; large files are hashed once.
_digests: dict[tuple[Path, int, int], str] = {}


def _digest(path: Path) -> tuple[int, str]:
    stat = path.stat()
    key = (path, stat.st_size, stat.st_mtime_ns)
    if key not in _digests:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
        if len(_digests) > 4096:
            _digests.clear()
        _digests[key] = digest.hexdigest()
    return stat.st_size, _digests[key]
