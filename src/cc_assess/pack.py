"""The certification pack: one zip with the reports, scores, action plan, evidence and a sha256 manifest.

Layout of the zip (entries sorted by name)::

    actions.csv  evidence.json  manifest.json  report.html  report.md  score.json
    assessment/assessment.yaml  assessment/responses/...  assessment/evidence/...  (the folder as it is)

The same input gives the same bytes: fixed timestamps (``SOURCE_DATE_EPOCH`` or 1980-01-01), sorted entries,
fixed permissions, no extra fields.  ``verify`` checks a pack against its ``manifest.json``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, ValidationError

from cc_assess import __version__
from cc_assess.actions import actions_csv, collect, plan
from cc_assess.approvals import APPROVALS_FILE
from cc_assess.assessment import ASSESSMENT_FILE, RESPONSES, LoadedAssessment, real_path
from cc_assess.catalogue import is_bundled_id
from cc_assess.diagnostics import Diagnostic
from cc_assess.errors import CannotRun, InvalidInput
from cc_assess.evidence import LOCK_FILE, Hasher, index, index_json, integrity, verify
from cc_assess.formats import score_json
from cc_assess.i18n import t
from cc_assess.outfile import atomic_file
from cc_assess.scoring import score

MANIFEST = "manifest.json"
MANIFEST_SCHEMA = "cc-assess/pack/v1"
FOLDER = "assessment"
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
_CHUNK = 1 << 20

#: An entry's content: bytes made here, or a file of the assessment folder (streamed, not read into memory).
Content = bytes | Path


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


def _source_files(loaded: LoadedAssessment) -> dict[str, Path]:
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
    if (folder / LOCK_FILE).is_file():
        files[LOCK_FILE] = folder / LOCK_FILE
    if (folder / APPROVALS_FILE).is_file():  # the sign-off: who approved which content
        files[APPROVALS_FILE] = folder / APPROVALS_FILE
    return files


def contents(loaded: LoadedAssessment, today: dt.date) -> dict[str, Content]:
    """Every entry of the pack but the manifest (name -> content), after the evidence checks pass.

    Raises InvalidInput when an evidence file is missing, leaves the folder, differs from a declared sha256,
    or (when the folder has ``evidence.lock.yaml``) does not match the lock.
    """
    from cc_assess.render import render_report  # jinja2 and markdown-it: only when packing

    hasher = Hasher()
    found, diags = integrity(loaded, hasher)
    if any(d.is_error for d in diags):
        raise InvalidInput(t("pack.evidence-problems", folder=loaded.display or "."), diags)
    if (loaded.folder / LOCK_FILE).is_file():
        verify(loaded)
    lang = loaded.meta.language
    result = score(loaded.catalogue, loaded.statuses, loaded.meta.target)
    table_lang = "en" if lang == "en" else "zh"
    entries: dict[str, Content] = {
        "report.html": render_report(loaded, format="html", lang=lang, today=today).encode("utf-8"),
        "report.md": render_report(loaded, format="markdown", lang=lang, today=today).encode("utf-8"),
        "score.json": score_json(result, loaded.catalogue, table_lang).encode("utf-8"),
        "actions.csv": actions_csv(plan(collect(loaded), today), today, table_lang).encode("utf-8"),
        "evidence.json": index_json(index(loaded, hasher)).encode("utf-8"),
    }
    for rel, path in {**_source_files(loaded), **found.files}.items():
        entries[f"{FOLDER}/{rel}"] = path
    return dict(sorted(entries.items()))


def _digest(content: Content, hasher: Hasher) -> tuple[str, int]:
    if isinstance(content, bytes):
        return hashlib.sha256(content).hexdigest(), len(content)
    digest = hasher(content)
    return digest.sha256, digest.size


def manifest(loaded: LoadedAssessment, entries: dict[str, Content], today: dt.date) -> bytes:
    hasher = Hasher()
    files = {}
    for name, content in sorted(entries.items()):
        sha, size = _digest(content, hasher)
        files[name] = {"sha256": sha, "size": size}
    meta = loaded.meta
    data = {
        "schema": MANIFEST_SCHEMA,
        "cc_assess": __version__,
        "catalogue": {"id": loaded.catalogue.id, "version": loaded.catalogue.version},
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
        "files": files,
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _info(name: str, timestamp: tuple[int, int, int, int, int, int]) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=timestamp)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3  # unix, so that the permissions below mean the same everywhere
    info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
    return info


def write_zip(target: Path, entries: dict[str, Content]) -> None:
    """Write the zip to a temporary file beside ``target``, then move it into place."""
    timestamp = zip_timestamp()
    with atomic_file(target) as handle, zipfile.ZipFile(handle, "w") as archive:
        for name in sorted(entries):
            content = entries[name]
            info = _info(name, timestamp)
            if isinstance(content, bytes):
                archive.writestr(info, content)
            else:
                size = content.stat().st_size
                with content.open("rb") as source, archive.open(info, "w", force_zip64=size >= 2**31) as sink:
                    shutil.copyfileobj(source, sink, _CHUNK)


@dataclass
class PackResult:
    files: int
    size: int


def pack(loaded: LoadedAssessment, output: Path, today: dt.date) -> PackResult:
    """Build the pack of a valid assessment into ``output`` (atomically)."""
    entries = contents(loaded, today)
    target = output.resolve()
    for content in entries.values():
        if isinstance(content, Path) and content.resolve() == target:
            raise CannotRun(t("pack.contains-itself", path=output))
    evidence_dir = (loaded.folder / "evidence").resolve()
    if evidence_dir in target.parents:
        raise CannotRun(t("pack.contains-itself", path=output))
    entries[MANIFEST] = manifest(loaded, entries, today)
    write_zip(output, entries)
    return PackResult(len(entries), output.stat().st_size)


# ------------------------------------------------------------------------------------------ verifying


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


def _problem(display: str, code: str, message: str) -> Diagnostic:
    return Diagnostic(display, 1, 1, code, message)


def _read_manifest(archive: zipfile.ZipFile, display: str) -> Manifest:
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
    try:
        data = json.loads(archive.read(MANIFEST).decode("utf-8"))
        return Manifest.model_validate(data)
    except (ValueError, ValidationError) as exc:
        first = exc.errors()[0] if isinstance(exc, ValidationError) else None
        where = ".".join(str(p) for p in first["loc"]) if first else ""
        detail = f"{where}: {first['msg']}" if first else str(exc)
        raise InvalidInput(
            t("pack.not-a-pack", path=display),
            [_problem(display, "pack-manifest", t("pack.manifest-invalid", manifest=MANIFEST, detail=detail))],
        ) from None


def _hash_member(archive: zipfile.ZipFile, name: str) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with archive.open(name) as member:
        while chunk := member.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def verify_pack(path: Path, display: str) -> PackCheck:
    """Every file of a pack against its manifest: missing, changed and unlisted entries are errors."""
    if not path.is_file():
        raise CannotRun(f"{display}: {t('pack.is-folder') if path.is_dir() else t('cli.no-such-file')}")
    corrupt = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError)
    try:
        with zipfile.ZipFile(path) as archive:
            found = _read_manifest(archive, display)
            names = archive.namelist()
            diags: list[Diagnostic] = []
            for name in sorted({n for n in names if names.count(n) > 1}):
                diags.append(_problem(display, "pack-duplicate", t("pack.duplicate", name=name)))
            present = set(names)
            for name, entry in sorted(found.files.items()):
                if name not in present:
                    diags.append(_problem(display, "pack-missing", t("pack.missing", name=name)))
                    continue
                sha, size = _hash_member(archive, name)
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
            for name in sorted(present - set(found.files) - {MANIFEST}):
                if not name.endswith("/"):
                    diags.append(_problem(display, "pack-unlisted", t("pack.unlisted", name=name)))
    except corrupt as exc:
        raise InvalidInput(
            t("pack.not-a-zip", path=display),
            [_problem(display, "pack-corrupt", t("pack.not-a-zip-because", reason=exc))],
        ) from None
    except OSError as exc:
        raise CannotRun(t("pack.cannot-read", path=display, reason=exc.strerror or exc)) from None
    if diags:
        raise InvalidInput(t("pack.does-not-match", path=display, count=len(diags)), diags)
    return PackCheck(len(found.files), found)
