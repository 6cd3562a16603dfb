"""A per-user cache, so that a run does not parse the same YAML again: the validated bundled catalogues
(2,850 lines of YAML each) and the parsed response files of each assessment folder (:mod:`cc_assess.parsedfiles`).

The cache holds JSON only (never pickle).  A catalogue entry is the catalogue as ``model_dump_json`` wrote it,
read back through ``Catalogue.model_validate_json``, so a damaged or foreign entry is rejected by the same
model that checks a catalogue file, and the caller falls back to reading the YAML.  An entry's name is the
sha256 of everything its content depends on: the source bytes (or folder), the reader and model code,
cc-assess's, pydantic's and PyYAML's versions.

Where: ``$CC_ASSESS_CACHE_DIR``, else ``$XDG_CACHE_HOME/cc-assess``, else ``~/.cache/cc-assess``
(``%LOCALAPPDATA%\\cc-assess`` on Windows).  ``CC_ASSESS_NO_CACHE=1`` turns it off.  Every failure to read
or write the cache is silent: the cache only ever saves time.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import re
import sys
import tempfile
from pathlib import Path

from cc_assess import __version__

#: Bump when the layout of cache entries changes.
CACHE_FORMAT = "1"


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is turned off or there is no home to put it in."""
    if os.environ.get("CC_ASSESS_NO_CACHE", "") not in ("", "0"):
        return None
    explicit = os.environ.get("CC_ASSESS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    if sys.platform == "win32":  # pragma: no cover - Windows
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / "cc-assess" if base else None
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "cc-assess"
    try:
        home = Path.home()
    except RuntimeError:  # pragma: no cover - no home directory
        return None
    # A relative or empty HOME would put the cache in the current folder (a client's repository) or in /.
    return home / ".cache" / "cc-assess" if home.is_absolute() and home != Path(home.anchor) else None


@functools.cache
def _code_fingerprint() -> bytes:
    """What an entry depends on besides the source bytes: the reader and the models, and the library versions."""
    import pydantic

    from cc_assess import models, yamlio

    digest = hashlib.sha256(f"{CACHE_FORMAT}\0{__version__}\0{pydantic.VERSION}\0".encode())
    try:
        digest.update(yamlio.reader_fingerprint())
        digest.update(Path(models.__file__).read_bytes())
    except (OSError, TypeError):  # pragma: no cover - no source file (zipapp, frozen)
        digest.update(b"no-source")
    return digest.digest()


def key(kind: str, source: bytes) -> str:
    """The name of the entry for ``source`` (a file's bytes) of ``kind``."""
    from cc_assess.i18n import tool_language

    digest = hashlib.sha256(_code_fingerprint())
    # Parsed entries keep the messages of problems, which are in the tool language.
    digest.update(kind.encode() + b"\0" + tool_language().encode() + b"\0")
    digest.update(source)
    return f"{kind}-{digest.hexdigest()}.json"


def load(name: str) -> str | None:
    """The text of a cache entry, or None when there is none (or it cannot be read)."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        text = (folder / name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    return None if _FOREIGN.search(text) else text


#: What no entry that cc-assess wrote holds: the characters its YAML reader refuses (control characters, lone
#: surrogates, U+FFFE/U+FFFF), raw or as JSON escapes.  An entry with one was made by someone else: ignored.
_FOREIGN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]"
    r"|\\u(?:00[01][0-9a-fA-F]|007[fF]|008[0-46-9a-fA-F]|009[0-9a-fA-F]|[dD][89a-fA-F][0-9a-fA-F]{2}|[fF]{3}[eEfF])"
)


def store(name: str, text: str) -> None:
    """Write an entry atomically (temporary file, then rename); failures are ignored."""
    folder = cache_dir()
    if folder is None:
        return
    tmp: str | None = None
    try:
        # Private: parsed entries hold a client's findings.  Entries are 0600 (mkstemp).
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        _make_private(folder)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, folder / name)
        tmp = None
    except (OSError, ValueError):  # ValueError: text UTF-8 cannot encode (a lone surrogate from a YAML escape)
        pass
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _make_private(folder: Path) -> None:
    """Our own default folder, made 0755 by an older cc-assess, becomes 0700; a folder the user named is theirs."""
    if os.environ.get("CC_ASSESS_CACHE_DIR") or not hasattr(os, "getuid"):
        return
    with contextlib.suppress(OSError):
        found = folder.stat()
        if found.st_uid == os.getuid() and found.st_mode & 0o077:
            os.chmod(folder, 0o700)


def prune(kind: str, keep: int) -> None:
    """Keep only the ``keep`` most recently written entries of ``kind``; failures are ignored.

    Only names that :func:`key` makes are touched, in case ``$CC_ASSESS_CACHE_DIR`` is a folder of other files.
    """
    folder = cache_dir()
    if folder is None:
        return
    ours = re.compile(rf"{re.escape(kind)}-[0-9a-f]{{64}}\.json")
    try:
        entries = [(e.stat().st_mtime_ns, e.path) for e in os.scandir(folder) if ours.fullmatch(e.name)]
    except OSError:
        return
    if len(entries) <= keep:
        return
    entries.sort(reverse=True)
    for _, path in entries[keep:]:
        with contextlib.suppress(OSError):
            os.unlink(path)
