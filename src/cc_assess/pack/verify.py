"""``pack --verify``: does a pack prove what it claims?

In one pass over the zip (time linear in the number of entries: names are looked up in dicts):

1. every entry against ``manifest.json`` (sha256 and size; missing, changed, unlisted and duplicate entries);
2. entry names: absolute paths, ``..``, backslashes, drive letters and symbolic-link entries are refused, even
   when the manifest lists them;
3. the root digest (sha256 of ``manifest.json``) against the zip's comment and, with ``--digest``, against a
   digest received separately;
4. with ``--allowed-signers``, the SSH signature of the manifest (:mod:`cc_assess.pack.signing`);
5. the enclosed assessment is scored and rendered again (its YAML is extracted to a temporary folder while it
   is hashed; evidence files are not extracted, their digests are known) and every derived entry
   (``score.json``, ``actions.csv``, ``evidence.json``, the reports) must equal that fresh rendering, so a
   consistent forgery (an edited ``score.json`` with a manifest updated to match) fails.  A pack made by
   another cc-assess version is compared on its data (JSON and CSV values), not byte for byte, and its reports
   are not re-rendered: templates change between versions.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import posixpath
import re
import tempfile
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import IO, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, ValidationError

from cc_assess import __version__
from cc_assess.assessment import LoadedAssessment, load_assessment
from cc_assess.diagnostics import Diagnostic
from cc_assess.errors import CannotRun, CcAssessError, InvalidInput
from cc_assess.evidence import EVIDENCE_DIR, LOCK_FILE, Digest, Hasher, normalize_ref, read_lock
from cc_assess.i18n import t
from cc_assess.pack import (
    CATALOGUE_DIR,
    FOLDER,
    MANIFEST,
    MAX_MANIFEST_BYTES,
    SIGNATURE,
    derived,
    root_digest,
    source_files,
)
from cc_assess.parsedfiles import ParsedFiles
from cc_assess.shown import Shown

_CHUNK = 1 << 20
MAX_SIGNATURE_BYTES = 64 * 1024
DIGEST_RE = re.compile(r"^sha256:[0-9a-f]{64}$")
_COMMENT_RE = re.compile(rb"root digest (sha256:[0-9a-f]{64})")
#: problems that mean "an entry does not match the manifest" (the rest: names, digest, signature, re-scoring)
_MANIFEST_CODES = frozenset({"pack-changed", "pack-missing", "pack-unlisted", "pack-duplicate"})


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sha256: Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{64}$")]
    size: Annotated[StrictInt, Field(ge=0)]


class Manifest(BaseModel):
    """``manifest.json`` of a pack (extra keys are allowed: later versions may add some)."""

    model_config = ConfigDict(extra="allow", frozen=True)

    schema_: Literal["cc-assess/pack/v1"] = Field(alias="schema")
    cc_assess: StrictStr
    catalogue: dict[str, Any]
    files: dict[StrictStr, _Entry]


@dataclass
class PackCheck:
    files: int
    manifest: Manifest
    digest: str = ""
    signed: bool = False
    signer: str | None = None
    rescored: list[str] = field(default_factory=list)  # derived entries compared with a fresh rendering
    not_rendered: list[str] = field(default_factory=list)  # reports of another version, not re-rendered


def _problem(display: str, code: str, message: str) -> Diagnostic:
    return Diagnostic(display, 1, 1, code, message)


def parse_digest(value: str) -> str:
    """A ``--digest`` value: ``sha256:`` and 64 hex digits (case ignored); anything else cannot run."""
    text = value.strip().lower()
    if not DIGEST_RE.match(text):
        raise CannotRun(t("pack.verify.bad_digest_option", value=value))
    return text


def _read_manifest(archive: zipfile.ZipFile, display: str) -> tuple[Manifest, bytes]:
    try:
        info = archive.getinfo(MANIFEST)
    except KeyError:
        raise InvalidInput(
            t("pack.not-a-pack", path=display),
            [_problem(display, "pack-manifest", t("pack.no-manifest", manifest=MANIFEST))],
        ) from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise InvalidInput(
            t("pack.not-a-pack", path=display),
            [_problem(display, "pack-manifest", t("pack.manifest-too-large", manifest=MANIFEST))],
        )
    raw = archive.read(MANIFEST)
    try:
        return Manifest.model_validate(json.loads(raw.decode("utf-8"))), raw
    except (ValueError, ValidationError) as exc:
        first = exc.errors()[0] if isinstance(exc, ValidationError) else None
        where = ".".join(str(p) for p in first["loc"]) if first else ""
        detail = f"{where}: {first['msg']}" if first else str(exc)
        raise InvalidInput(
            t("pack.not-a-pack", path=display),
            [_problem(display, "pack-manifest", t("pack.manifest-invalid", manifest=MANIFEST, detail=detail))],
        ) from None


def unsafe_name(info: zipfile.ZipInfo) -> str | None:
    """Why an entry must not be trusted or extracted, or None: names are relative POSIX paths inside the pack."""
    name = info.filename
    if (info.external_attr >> 16) & 0o170000 == 0o120000:
        return t("pack.name.symlink")
    if "\\" in name:
        return t("pack.name.backslash")
    if name.startswith("/"):
        return t("pack.name.absolute")
    if re.match(r"^[A-Za-z]:", name):
        return t("pack.name.drive")
    parts = name.rstrip("/").split("/")
    if ".." in parts:
        return t("pack.name.dotdot")
    if any(part in ("", ".") for part in parts) or any(ch < " " or ch == "\x7f" for ch in name):
        return t("pack.name.odd")
    return None


def _hash_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, sink: IO[bytes] | None
) -> tuple[str, int]:
    """sha256 and size of an entry, copying at most ``limit + 1`` bytes to ``sink`` (a bomb stops there).

    An entry longer than listed is still hashed to its end (no more is written), so that the message about it
    gives its real sha256 and size rather than those of its first ``limit + 1`` bytes.
    """
    digest = hashlib.sha256()
    size = 0
    with archive.open(info) as member:
        while chunk := member.read(_CHUNK if size > limit else min(_CHUNK, limit + 1 - size)):
            digest.update(chunk)
            if sink is not None and size <= limit:
                sink.write(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


class _KnownHasher(Hasher):
    """A Hasher that already knows the digests of the files extracted from the pack (hashed while extracted)."""

    def __init__(self, known: dict[Path, Digest]) -> None:
        super().__init__()
        self._known = known

    def __call__(self, path: Path) -> Digest:
        try:
            return self._known[path.resolve()]
        except (KeyError, OSError, RuntimeError):
            return super().__call__(path)


def _folder_name(manifest: Manifest) -> str:
    """The name the assessment folder had (the label a report may show), when it is a safe folder name."""
    meta = getattr(manifest, "assessment", None)
    label = meta.get("label") if isinstance(meta, dict) else None
    if isinstance(label, str) and re.fullmatch(r"[^/\\\x00-\x1f]{1,100}", label) and label not in (".", ".."):
        return label
    return FOLDER


def outside_catalogue(manifest: Manifest) -> tuple[int, str, str] | None:
    """A catalogue the pack carries beside the assessment (``catalogue.file`` of the manifest, ``../c.yaml``):
    how many folders up it lies, its entry (``catalogue/c.yaml``) and the reference; None when there is none or
    the reference is not of that safe form."""
    ref = manifest.catalogue.get("file")
    if not isinstance(ref, str) or "\\" in ref or ref.startswith("/"):
        return None
    parts = PurePosixPath(posixpath.normpath(ref)).parts
    up = next((i for i, part in enumerate(parts) if part != ".."), len(parts))
    rest = parts[up:]
    if up == 0 or up > 20 or not rest or ".." in rest:
        return None
    return up, "/".join((CATALOGUE_DIR, *rest)), ref


def _extract_target(root: Path, name: str, outside: tuple[int, str, str] | None = None) -> Path | None:
    """Where an entry is extracted to for re-scoring: only the assessment's YAML (``assessment.yaml``, responses,
    a local catalogue, the lock, approvals).  Evidence files are not extracted: their digests are known from the
    pass over the zip, and an empty stand-in is all that rendering needs of a file a response names."""
    prefix = FOLDER + "/"
    if outside is not None and name == outside[1]:
        return Path(os.path.normpath(root / outside[2]))  # inside the temporary folder: root lies deep enough
    if not name.startswith(prefix) or not name.endswith((".yaml", ".yml")):
        return None
    return root / name[len(prefix) :]


def _check_entries(
    archive: zipfile.ZipFile, manifest: Manifest, display: str, root: Path
) -> tuple[list[Diagnostic], dict[Path, Digest], dict[str, zipfile.ZipInfo]]:
    """Steps 1 and 2: entries against the manifest and entry names; extracts ``assessment/`` into ``root``."""
    diags: list[Diagnostic] = []
    infos = archive.infolist()
    by_name: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        by_name.setdefault(info.filename, info)
    for name, count in sorted(Counter(i.filename for i in infos).items()):
        if count > 1:
            diags.append(_problem(display, "pack-duplicate", t("pack.duplicate", name=name)))
    unsafe: set[str] = set()
    for info in infos:
        why = unsafe_name(info)
        if why is not None and info.filename not in unsafe:
            unsafe.add(info.filename)
            diags.append(_problem(display, "pack-unsafe-name", t("pack.name.refused", name=info.filename, why=why)))
    known: dict[Path, Digest] = {}
    for name, entry in sorted(manifest.files.items()):
        member = by_name.get(name)
        if member is None:
            diags.append(_problem(display, "pack-missing", t("pack.missing", name=name)))
            continue
        if name in unsafe:
            continue
        target = _extract_target(root, name, outside_catalogue(manifest))
        if target is None:
            sha, size = _hash_member(archive, member, entry.size, None)
        else:
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                with target.open("xb") as sink:
                    sha, size = _hash_member(archive, member, entry.size, sink)
            except OSError as exc:
                message = t("pack.name.unextractable", name=name, detail=exc.strerror or str(exc))
                diags.append(_problem(display, "pack-unsafe-name", message))
                continue
            known[target.resolve()] = Digest(size, sha)
        if (sha, size) != (entry.sha256, entry.size):
            diags.append(
                _problem(
                    display,
                    "pack-changed",
                    t(
                        "pack.changed",
                        name=name,
                        sha256=sha,
                        size=size,
                        listed=entry.sha256,
                        listed_size=entry.size,
                    ),
                )
            )
    for name in sorted(by_name.keys() - manifest.files.keys() - {MANIFEST, SIGNATURE} - unsafe):
        if not name.endswith("/"):
            diags.append(_problem(display, "pack-unlisted", t("pack.unlisted", name=name)))
    return diags, known, by_name


def _check_digest(archive: zipfile.ZipFile, root: str, expected: str | None, display: str) -> list[Diagnostic]:
    """Step 3: the root digest in the zip's comment, and the one received separately (``--digest``)."""
    diags = []
    written = _COMMENT_RE.search(archive.comment)
    if written is not None and written.group(1).decode("ascii") != root:
        diags.append(
            _problem(
                display, "pack-digest", t("pack.verify.comment_digest", written=written.group(1).decode(), root=root)
            )
        )
    if expected is not None and expected != root:
        diags.append(_problem(display, "pack-digest", t("pack.verify.digest_mismatch", expected=expected, root=root)))
    return diags


def _same_data(name: str, packed: bytes, fresh: bytes) -> bool:
    """Equal as data (JSON values, CSV rows): how a pack of another cc-assess version is compared."""
    try:
        if name.endswith(".json"):
            return bool(json.loads(packed.decode("utf-8")) == json.loads(fresh.decode("utf-8")))
        if name.endswith(".csv"):

            def rows(data: bytes) -> list[list[str]]:
                return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))

            return rows(packed) == rows(fresh)
    except (ValueError, csv.Error):
        return False
    return packed == fresh


def _score_detail(packed: bytes, fresh: bytes) -> str:
    """For score.json: the overall score the pack claims and the one re-scoring gives."""
    try:
        claimed = json.loads(packed.decode("utf-8"))["overall"]["score"]
        actual = json.loads(fresh.decode("utf-8"))["overall"]["score"]
    except (ValueError, KeyError, TypeError):
        return ""
    return t("pack.verify.score_detail", claimed=claimed, actual=actual)


def _parents(rel: str) -> list[str]:
    """The folders above a relative POSIX path, deepest first, ending with ``.`` (strings: 60,000 entries)."""
    found = []
    while (cut := rel.rfind("/")) > 0:
        rel = rel[:cut]
        found.append(rel)
    return [*found, "."]


def _stand_ins(
    loaded: LoadedAssessment, enclosed: dict[str, _Entry], known: dict[Path, Digest], inner: str
) -> tuple[set[str], set[str], list[Diagnostic]]:
    """Put an empty stand-in for every evidence file a response names (its digest from the manifest) and every
    folder it names; files and folders named but not in the pack are errors.  Returns the files and folders."""
    folders = {parent for rel in enclosed for parent in _parents(rel)}
    files: set[str] = set()
    dirs: set[str] = set()
    diags: list[Diagnostic] = []
    for item, r in sorted(loaded.responses.items()):
        for ev in r.response.evidence:
            if ev.is_url:
                continue
            rel = normalize_ref(ev.ref)
            path = loaded.folder / rel
            try:
                if rel in enclosed:
                    if not path.exists():
                        path.parent.mkdir(parents=True, exist_ok=True)
                        path.touch()
                    known[path.resolve()] = Digest(enclosed[rel].size, enclosed[rel].sha256)
                    files.add(rel)
                    if ev.sha256 is not None and ev.sha256.lower() != enclosed[rel].sha256:
                        message = t("pack.verify.declared_sha", name=f"{FOLDER}/{rel}", item=item)
                        diags.append(Diagnostic(f"{inner}/{r.path}", 1, 1, "pack-rescore", message))
                elif rel in folders:
                    path.mkdir(parents=True, exist_ok=True)
                    dirs.add(rel)
                else:
                    message = t("pack.verify.evidence_missing", name=f"{FOLDER}/{rel}", item=item)
                    diags.append(Diagnostic(f"{inner}/{r.path}", 1, 1, "pack-rescore", message))
            except OSError as exc:
                message = t("pack.name.unextractable", name=f"{FOLDER}/{rel}", detail=exc.strerror or str(exc))
                diags.append(Diagnostic(inner, 1, 1, "pack-unsafe-name", message))
    return files, dirs, diags


def _check_lock(
    loaded: LoadedAssessment, enclosed: dict[str, _Entry], sources: set[str], display: str
) -> list[Diagnostic]:
    """``evidence.lock.yaml`` (when enclosed) against the enclosed evidence: ``pack`` refuses to pack otherwise."""
    if not (loaded.folder / LOCK_FILE).is_file():
        return []
    locked, problems, _ = read_lock(loaded)
    if locked is None or any(d.is_error for d in problems):
        return [_problem(display, "pack-rescore", t("pack.verify.lock_invalid"))]
    diags = []
    for rel, entry in sorted(locked.files.items()):
        found = enclosed.get(rel)
        if found is None or (found.sha256, found.size) != (entry.sha256, entry.size):
            diags.append(_problem(display, "pack-rescore", t("pack.verify.lock_differs", name=f"{FOLDER}/{rel}")))
    for rel in sorted(enclosed.keys() - sources - locked.files.keys()):
        diags.append(_problem(display, "pack-rescore", t("pack.verify.lock_unlisted", name=f"{FOLDER}/{rel}")))
    return diags


def _rescore(
    archive: zipfile.ZipFile,
    manifest: Manifest,
    by_name: dict[str, zipfile.ZipInfo],
    folder: Path,
    known: dict[Path, Digest],
    display: str,
    check: PackCheck,
) -> list[Diagnostic]:
    """Step 5: load, score and render the enclosed assessment again; compare every derived entry."""
    inner = f"{display}!/{FOLDER}"
    date_text = getattr(manifest, "date", None)
    try:
        today = dt.date.fromisoformat(date_text) if isinstance(date_text, str) else None
    except ValueError:
        today = None
    if today is None:
        return [_problem(display, "pack-manifest", t("pack.verify.no_date"))]
    if not (folder / "assessment.yaml").is_file():
        return [_problem(display, "pack-rescore", t("pack.verify.no_assessment"))]
    prefix = FOLDER + "/"
    enclosed = {name[len(prefix) :]: entry for name, entry in manifest.files.items() if name.startswith(prefix)}
    try:
        # a temporary copy (nothing worth caching), its files named by their paths inside the pack's folder
        loaded = load_assessment(Shown.named(folder, "."), ParsedFiles(None))
        if not loaded.ok:
            raise InvalidInput("invalid", loaded.diagnostics)
        files, dirs, diags = _stand_ins(loaded, enclosed, known, inner)
        fresh = derived(loaded, today, _KnownHasher(known))
    except CcAssessError as exc:
        # errors only: evidence files are not extracted, so "does not exist" warnings would be noise
        moved = [
            replace(d, path=f"{inner}/{d.path}" if d.path not in ("", ".") else inner)
            for d in exc.diagnostics
            if d.is_error
        ]
        return [*moved, _problem(display, "pack-rescore", t("pack.verify.assessment_invalid"))]
    same_version = manifest.cc_assess == __version__
    for name, data in sorted(fresh.items()):
        if name not in by_name:
            diags.append(_problem(display, "pack-rescore", t("pack.verify.derived_missing", name=name)))
            continue
        if not same_version and name.endswith((".html", ".md")):
            check.not_rendered.append(name)
            continue
        packed = archive.read(by_name[name])
        if packed == data or (not same_version and _same_data(name, packed, data)):
            check.rescored.append(name)
            continue
        detail = _score_detail(packed, data) if name == "score.json" else ""
        diags.append(_problem(display, "pack-rescore", t("pack.verify.derived_differs", name=name) + detail))
    sources = set(source_files(loaded))
    for rel in sorted(enclosed):
        if rel in sources or rel in files or rel.startswith(EVIDENCE_DIR + "/") or not dirs.isdisjoint(_parents(rel)):
            continue
        diags.append(_problem(display, "pack-rescore", t("pack.verify.not_part", name=prefix + rel)))
    return diags + _check_lock(loaded, enclosed, sources, display)


def verify_pack(
    pack: Shown,
    *,
    digest: str | None = None,
    allowed_signers: Path | None = None,
    signer: str | None = None,
) -> PackCheck:
    """Every check of the module docstring; raises InvalidInput with every problem found (exit 1)."""
    path, display = pack.path, pack.text
    if not path.is_file():
        raise CannotRun(f"{display}: {t('pack.is-folder') if path.is_dir() else t('cli.no-such-file')}")
    expected = parse_digest(digest) if digest is not None else None
    corrupt = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError)
    try:
        with zipfile.ZipFile(path) as archive, tempfile.TemporaryDirectory(prefix="cc-assess-verify-") as tmp:
            manifest, raw = _read_manifest(archive, display)
            check = PackCheck(len(manifest.files), manifest, root_digest(raw))
            outside = outside_catalogue(manifest)
            folder = Path(tmp, *["up"] * (outside[0] if outside else 0), _folder_name(manifest))
            folder.mkdir(parents=True)
            diags, known, by_name = _check_entries(archive, manifest, display, folder)
            diags += _check_digest(archive, check.digest, expected, display)
            signature = by_name.get(SIGNATURE)
            check.signed = signature is not None
            if allowed_signers is not None:
                diags += _check_signature(archive, signature, raw, allowed_signers, signer, display, check)
            if not diags:
                diags += _rescore(archive, manifest, by_name, folder, known, display, check)
    except corrupt as exc:
        raise InvalidInput(
            t("pack.not-a-zip", path=display),
            [_problem(display, "pack-corrupt", t("pack.not-a-zip-because", reason=exc))],
        ) from None
    except OSError as exc:
        raise CannotRun(t("pack.cannot-read", path=display, reason=exc.strerror or exc)) from None
    if diags:
        if any(d.code in _MANIFEST_CODES for d in diags):
            raise InvalidInput(t("pack.does-not-match", path=display, count=len(diags)), diags)
        raise InvalidInput(t("pack.verify.failed", path=display, count=len(diags)), diags)
    return check


def _check_signature(
    archive: zipfile.ZipFile,
    signature: zipfile.ZipInfo | None,
    manifest: bytes,
    allowed_signers: Path,
    signer: str | None,
    display: str,
    check: PackCheck,
) -> list[Diagnostic]:
    """Step 4: the SSH signature of ``manifest.json`` (``ssh-keygen -Y verify``)."""
    from cc_assess.pack import signing

    if signature is None:
        return [_problem(display, "pack-signature", t("pack.verify.unsigned", name=SIGNATURE))]
    if signature.file_size > MAX_SIGNATURE_BYTES:
        return [_problem(display, "pack-signature", t("pack.verify.bad_signature", detail="too large"))]
    result = signing.verify(manifest, archive.read(signature), allowed_signers, signer)
    if not result.good:
        return [_problem(display, "pack-signature", t("pack.verify.bad_signature", detail=result.detail))]
    check.signer = result.principal
    return []
