"""The certification pack: one zip with the reports, scores, action plan, evidence and a sha256 manifest.

Layout of the zip (entries sorted by name)::

    actions.csv  evidence.json  manifest.json  [manifest.json.sig]  report.html  report.md  score.json
    assessment/assessment.yaml  assessment/responses/...  assessment/evidence/...  (the folder as it is)

``manifest.json`` names the sha256 and size of every other entry; its own sha256 is the pack's *root digest*,
written in the zip's comment and printed by ``pack``.  ``manifest.json.sig`` is an SSH signature of the
manifest (``pack --sign``).  The same input gives the same bytes: fixed timestamps (``SOURCE_DATE_EPOCH`` or
1980-01-01), sorted entries, fixed permissions, no extra fields.  Files whose format is compressed already are
stored, the rest deflated; files are streamed in chunks.  :mod:`cc_assess.pack.verify` checks a pack.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import itertools
import json
import os
import posixpath
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING, Any

from cc_assess import __version__
from cc_assess.actions import collect, plan
from cc_assess.approvals import APPROVALS_FILE
from cc_assess.assessment import ASSESSMENT_FILE, RESPONSES, LoadedAssessment, real_path
from cc_assess.catalogue import is_bundled_id
from cc_assess.diagnostics import Diagnostic, has_errors
from cc_assess.errors import CannotRun, InvalidInput
from cc_assess.evidence import (
    LOCK_FILE,
    Digest,
    EvidenceFiles,
    Hasher,
    check_lock,
    declared_integrity,
    index,
    unhashed_integrity,
)
from cc_assess.formats.actions import actions_csv
from cc_assess.formats.evidence import index_json
from cc_assess.formats.score import score_json
from cc_assess.i18n import t
from cc_assess.outfile import atomic_file
from cc_assess.scoring import score
from cc_assess.shown import Shown

if TYPE_CHECKING:
    from cc_assess.pack.verify import PackCheck

MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.sig"
#: Files of the assessment folder, besides assessment.yaml and responses/, that go into the pack when present.
#: (approvals.yaml: the sign-off, who approved which content)
OPTIONAL_SOURCES: tuple[str, ...] = (LOCK_FILE, APPROVALS_FILE)
#: Formats that are compressed already (media, archives, office files, PDF): stored, not deflated again.
#: WAV is stored too: call recordings are large and PCM audio deflates by a few per cent at a high cost in time.
STORED_SUFFIXES = frozenset(
    {
        ".pdf",
        ".jpg",
        ".jpeg",
        ".png",
        ".gif",
        ".webp",
        ".heic",
        ".heif",
        ".tif",
        ".tiff",
        ".mp3",
        ".mp4",
        ".m4a",
        ".m4v",
        ".aac",
        ".ogg",
        ".oga",
        ".opus",
        ".flac",
        ".wma",
        ".amr",
        ".wav",
        ".mov",
        ".avi",
        ".mkv",
        ".webm",
        ".3gp",
        ".zip",
        ".gz",
        ".tgz",
        ".bz2",
        ".xz",
        ".zst",
        ".7z",
        ".rar",
        ".jar",
        ".docx",
        ".xlsx",
        ".pptx",
        ".docm",
        ".xlsm",
        ".pptm",
        ".odt",
        ".ods",
        ".odp",
        ".epub",
    }
)
MANIFEST_SCHEMA = "cc-assess/pack/v1"
FOLDER = "assessment"
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
_CHUNK = 1 << 20

#: An entry's content: bytes made here, a file of the assessment folder (streamed, not read into memory), or a
#: function that makes the bytes when the entry's turn comes.
Content = bytes | Path | Callable[[], bytes]


def zip_timestamp() -> tuple[int, int, int, int, int, int]:
    """``SOURCE_DATE_EPOCH`` as a zip date (clamped to what zip can hold), else 1980-01-01 00:00:00."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch.isdigit():
        return ZIP_EPOCH
    moment = dt.datetime.fromtimestamp(min(int(epoch), 4_354_819_199), tz=dt.timezone.utc)  # 2107-12-31
    if moment.year < 1980:
        return ZIP_EPOCH
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


# ------------------------------------------------------------------------------------------ building


def source_files(loaded: LoadedAssessment) -> dict[str, Path]:
    """The assessment's own files: assessment.yaml, its YAML under responses/, a local catalogue, the lock."""
    folder = loaded.folder
    root = folder.resolve()
    files: dict[str, Path] = {ASSESSMENT_FILE: folder / ASSESSMENT_FILE}
    responses = folder / RESPONSES
    for dirpath, dirnames, filenames in os.walk(responses):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            path = Path(dirpath) / name
            real = real_path(path)
            inside = real is not None and (real == root or root in real.parents)
            if not name.startswith(".") and name.endswith((".yaml", ".yml")) and inside and path.is_file():
                files[path.relative_to(folder).as_posix()] = path
    if not is_bundled_id(loaded.meta.catalogue):
        path = folder / loaded.meta.catalogue
        real = real_path(path)
        if real is not None and (real == root or root in real.parents):
            files[Path(os.path.relpath(real, root)).as_posix()] = path
    for name in OPTIONAL_SOURCES:
        if (folder / name).is_file():
            files[name] = folder / name
    return files


REPORTS = ("report.html", "report.md")


def reports(loaded: LoadedAssessment, today: dt.date) -> dict[str, bytes]:
    """``report.html`` and ``report.md``: most of the time of the derived entries (Jinja and markdown-it)."""
    from cc_assess.render import render_report  # jinja2 and markdown-it: only when packing

    lang = loaded.meta.language
    return {
        "report.html": render_report(loaded, format="html", lang=lang, today=today).encode("utf-8"),
        "report.md": render_report(loaded, format="markdown", lang=lang, today=today).encode("utf-8"),
    }


def score_entry(loaded: LoadedAssessment) -> bytes:
    """``score.json``."""
    result = score(loaded.catalogue, loaded.statuses, loaded.meta.target)
    return score_json(result, loaded.catalogue, _table_lang(loaded)).encode("utf-8")


def actions_entry(loaded: LoadedAssessment, today: dt.date) -> bytes:
    """``actions.csv``: the action plan."""
    return actions_csv(plan(collect(loaded), today), today, _table_lang(loaded)).encode("utf-8")


def _table_lang(loaded: LoadedAssessment) -> str:
    return "en" if loaded.meta.language == "en" else "zh"


def rendered(loaded: LoadedAssessment, today: dt.date) -> dict[str, bytes]:
    """The entries rendered from the assessment alone (reports, scores, action plan): every derived entry but
    the evidence index, which needs the evidence files' digests."""
    return {**reports(loaded, today), "score.json": score_entry(loaded), "actions.csv": actions_entry(loaded, today)}


def evidence_index(loaded: LoadedAssessment, hasher: Hasher) -> bytes:
    """``evidence.json``: every evidence reference with the sha256 and size of its file."""
    return index_json(index(loaded, hasher)).encode("utf-8")


CATALOGUE_DIR = "catalogue"


def external_catalogue(loaded: LoadedAssessment) -> tuple[str, Path] | None:
    """The pack entry of a catalogue file that lies beside the folder, not in it (``catalogue: ../c.yaml``):
    ``catalogue/`` + its path without the leading ``../`` (``catalogue/c.yaml``), and the file.

    ``pack --verify`` puts it back where the enclosed ``assessment.yaml`` looks for it (the manifest names the
    reference under ``catalogue.file``).  None for a bundled catalogue, one inside the folder, or an absolute path.
    """
    ref = loaded.meta.catalogue
    if is_bundled_id(ref) or "\\" in ref or ref.startswith("/"):
        return None
    parts = PurePosixPath(posixpath.normpath(ref)).parts
    up = len(parts) - len(tuple(itertools.dropwhile(lambda p: p == "..", parts)))
    rest = parts[up:]
    path = loaded.folder / ref
    if up == 0 or not rest or ".." in rest or not path.is_file():
        return None
    return "/".join((CATALOGUE_DIR, *rest)), path


def derived(loaded: LoadedAssessment, today: dt.date, hasher: Hasher) -> dict[str, bytes]:
    """The entries rendered from the assessment: reports, scores, action plan, evidence index.

    ``pack --verify`` renders them again from the enclosed assessment and compares.
    """
    return {**rendered(loaded, today), "evidence.json": evidence_index(loaded, hasher)}


class _Rendering:
    """:func:`reports` in a thread, started at once: Jinja and markdown-it work while the main thread finds,
    copies and hashes the evidence (file reads, hashlib and zlib release the GIL on large buffers)."""

    def __init__(self, loaded: LoadedAssessment, today: dt.date) -> None:
        import threading

        self._result: dict[str, bytes] | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(loaded, today), name="cc-assess-render")
        self._thread.start()

    def _run(self, loaded: LoadedAssessment, today: dt.date) -> None:
        try:
            self._result = reports(loaded, today)
        except BaseException as exc:  # raised again in the main thread by entry()
            self._error = exc

    def wait(self) -> None:
        self._thread.join()

    def entry(self, name: str) -> bytes:
        """One rendered entry, once the thread is done; what the thread raised is raised here."""
        self.wait()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result[name]


def _evidence_files(loaded: LoadedAssessment) -> tuple[EvidenceFiles, list[Diagnostic]]:
    """The evidence files, before any is read; InvalidInput when one is missing or leaves the folder."""
    found, diags = unhashed_integrity(loaded)
    if has_errors(diags):
        diags = declared_integrity(loaded, Hasher(), diags)  # the whole list, as when nothing is missing
        raise InvalidInput(t("pack.evidence-problems", folder=loaded.shown.text), diags)
    return found, diags


def _check_evidence(loaded: LoadedAssessment, hasher: Hasher, found: EvidenceFiles, diags: list[Diagnostic]) -> None:
    """Once every file is copied (and hashed): the declared sha256 and the lock.  Raises InvalidInput."""
    diags = declared_integrity(loaded, hasher, diags)
    if has_errors(diags):
        raise InvalidInput(t("pack.evidence-problems", folder=loaded.shown.text), diags)
    if (loaded.folder / LOCK_FILE).is_file():
        check_lock(loaded, hasher, found, diags)


def manifest_bytes(loaded: LoadedAssessment, files: dict[str, dict[str, Any]], today: dt.date) -> bytes:
    """``manifest.json``: what the pack is, and the sha256 and size of every other entry."""
    meta = loaded.meta
    data = {
        "schema": MANIFEST_SCHEMA,
        "cc_assess": __version__,
        "catalogue": {
            "id": loaded.catalogue.id,
            "version": loaded.catalogue.version,
            **({"file": loaded.meta.catalogue} if external_catalogue(loaded) is not None else {}),
        },
        "assessment": {
            "label": loaded.label,
            "organization": meta.organization,
            "site": meta.site,
            "kind": meta.kind,
            "period": (
                {"start": meta.period.start.isoformat(), "end": meta.period.end.isoformat()} if meta.period else None
            ),
            "language": meta.language,
        },
        "date": today.isoformat(),
        "files": dict(sorted(files.items())),
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def root_digest(manifest: bytes) -> str:
    """The pack's root digest: ``sha256:`` of ``manifest.json``'s bytes (which name every other entry's sha256)."""
    return "sha256:" + hashlib.sha256(manifest).hexdigest()


def stored(name: str) -> bool:
    """Whether an entry is stored as it is: its format is compressed already, deflating it again gains nothing."""
    return PurePosixPath(name).suffix.lower() in STORED_SUFFIXES


def _info(name: str, timestamp: tuple[int, int, int, int, int, int]) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=timestamp)
    info.compress_type = zipfile.ZIP_STORED if stored(name) else zipfile.ZIP_DEFLATED
    info.create_system = 3  # unix, so that the permissions below mean the same everywhere
    info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
    return info


def _copy_hashing(source: Path, sink: IO[bytes], buffer: bytearray) -> Digest:
    """Stream a file into an entry in chunks (memory stays flat), hashing what was written.

    One buffer is reused for every chunk: a fresh 1 MiB ``bytes`` per read costs a map and an unmap of memory
    each time (measured: a third of the system time of a 500 MB pack).
    """
    digest = hashlib.sha256()
    size = 0
    view = memoryview(buffer)
    try:
        handle = source.open("rb", buffering=0)
    except OSError as exc:
        raise CannotRun(t("evidence.cannot-read", path=source, reason=exc.strerror or exc)) from None
    with handle:
        while True:
            try:
                n = handle.readinto(buffer)
            except OSError as exc:
                raise CannotRun(t("evidence.cannot-read", path=source, reason=exc.strerror or exc)) from None
            if not n:
                break
            chunk = view[:n]
            digest.update(chunk)
            sink.write(chunk)
            size += n
    return Digest(size, digest.hexdigest())


@dataclass
class Written:
    manifest: bytes
    digest: str
    signed: bool


def write_zip(
    target: Path,
    loaded: LoadedAssessment,
    entries: dict[str, Content],
    today: dt.date,
    hasher: Hasher,
    sign_key: Path | None = None,
    check: Callable[[], None] | None = None,
) -> Written:
    """Write the zip to a temporary file beside ``target``, then move it into place.

    One pass over each file: a file is hashed while it is written (``hasher`` learns its digest), and
    ``manifest.json`` - whose name sorts after every ``assessment/`` entry - is made from those hashes when its
    turn comes.  An entry given as a function is made when its turn comes (or, after the manifest, with it).
    ``check`` runs when every file is written, before the manifest: what it raises leaves nothing behind.
    """
    timestamp = zip_timestamp()
    files: dict[str, dict[str, Any]] = {}
    made: dict[str, bytes] = {}

    def content_of(name: str) -> bytes | Path:
        content = entries[name]
        if isinstance(content, bytes | Path):
            return content
        if name not in made:
            made[name] = content()
        return made[name]

    written: Written | None = None
    buffer = bytearray(_CHUNK)
    with atomic_file(target) as handle, zipfile.ZipFile(handle, "w") as archive:
        for name in sorted([*entries, MANIFEST]):
            if name == MANIFEST:
                if check is not None:
                    check()
                for later in (n for n in entries if n > MANIFEST):
                    content = content_of(later)
                    digest = hasher(content) if isinstance(content, Path) else None
                    if isinstance(content, bytes):
                        files[later] = {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}
                    elif digest is not None:  # not the case today; kept correct if it ever is
                        files[later] = {"sha256": digest.sha256, "size": digest.size}
                manifest = manifest_bytes(loaded, files, today)
                archive.writestr(_info(MANIFEST, timestamp), manifest)
                signature = None
                if sign_key is not None:
                    from cc_assess.pack.signing import sign

                    signature = sign(manifest, sign_key)
                    archive.writestr(_info(SIGNATURE, timestamp), signature)
                written = Written(manifest, root_digest(manifest), signature is not None)
                continue
            content = content_of(name)
            info = _info(name, timestamp)
            if isinstance(content, bytes):
                archive.writestr(info, content)
                if name < MANIFEST:
                    files[name] = {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}
                continue
            size = content.stat().st_size
            with archive.open(info, "w", force_zip64=size >= 2**31) as sink:
                digest = _copy_hashing(content, sink, buffer)
            hasher.learn(content, digest)
            files[name] = {"sha256": digest.sha256, "size": digest.size}
        assert written is not None
        archive.comment = f"cc-assess pack; root digest {written.digest}".encode("ascii")
    return written


@dataclass
class PackResult:
    files: int
    size: int
    digest: str
    signed: bool


def pack(loaded: LoadedAssessment, output: Path, today: dt.date, sign_key: Path | None = None) -> PackResult:
    """Build the pack of a valid assessment into ``output`` (atomically); sign its manifest with ``sign_key``.

    Each evidence byte is read once: files are hashed while they are copied, then checked against their
    declared sha256 and the lock before the zip is moved into place (a mismatch leaves nothing behind).  The
    reports are rendered in a thread meanwhile.
    """
    rendering = _Rendering(loaded, today)
    try:
        return _pack(loaded, output, today, sign_key, rendering)
    finally:
        rendering.wait()


def _pack(
    loaded: LoadedAssessment, output: Path, today: dt.date, sign_key: Path | None, rendering: _Rendering
) -> PackResult:
    hasher = Hasher()
    found, diags = _evidence_files(loaded)
    entries: dict[str, Content] = {name: functools.partial(rendering.entry, name) for name in REPORTS}
    entries["score.json"] = functools.partial(score_entry, loaded)
    entries["actions.csv"] = functools.partial(actions_entry, loaded, today)  # the first entry: not in the thread
    entries["evidence.json"] = functools.partial(evidence_index, loaded, hasher)
    for rel, path in {**source_files(loaded), **found.files}.items():
        entries[f"{FOLDER}/{rel}"] = path
    external = external_catalogue(loaded)
    if external is not None:
        entries[external[0]] = external[1]
    target = output.resolve()
    # Evidence files all resolve inside the folder (the walk never takes a link that leaves it), so they can be
    # the output only when it is inside the folder: resolving each of thousands of scans costs ~0.1 ms apiece.
    evidence = set() if loaded.folder.resolve() in target.parents else {f"{FOLDER}/{rel}" for rel in found.files}
    for name, content in entries.items():
        if isinstance(content, Path) and name not in evidence and content.resolve() == target:
            raise CannotRun(t("pack.contains-itself", path=output))
    evidence_dir = (loaded.folder / "evidence").resolve()
    if evidence_dir in target.parents:
        raise CannotRun(t("pack.contains-itself", path=output))
    if sign_key is not None and not sign_key.is_file():
        raise CannotRun(t("pack.sign.no_key", key=str(sign_key)))
    check = functools.partial(_check_evidence, loaded, hasher, found, diags)
    written = write_zip(output, loaded, dict(sorted(entries.items())), today, hasher, sign_key, check)
    return PackResult(len(entries) + 1 + written.signed, output.stat().st_size, written.digest, written.signed)


def verify_pack(
    pack: Shown,
    *,
    digest: str | None = None,
    allowed_signers: Path | None = None,
    signer: str | None = None,
) -> PackCheck:
    """Check a pack: every entry against its manifest, safe entry names, the derived files against a fresh
    rendering of the enclosed assessment, and when asked the root digest and the signature.  See
    :mod:`cc_assess.pack.verify`."""
    from cc_assess.pack.verify import verify_pack as check

    return check(pack, digest=digest, allowed_signers=allowed_signers, signer=signer)
