"""Sign-off: who approved what.  ``approvals.yaml``, the content digest it records, and whether it still holds.

``cc-assess approve`` writes ``approvals.yaml``; ``validate`` warns ``approval-outdated`` for an entry whose
digest no longer matches the folder; ``score --require-approved`` and the reports read the same state.

The digest is ``sha256:`` and the hex sha256 of the assessment's content, framed so that no two different
contents can give the same stream of bytes:

* the files: ``assessment.yaml``, every response file (``responses/**/*.yaml`` and ``*.yml`` as the loader
  reads them: dot-files, dot-folders and ``responses/_retired/`` skipped) and ``evidence.lock.yaml`` when
  present; ``approvals.yaml`` itself is not part of it;
* in the order of their relative POSIX paths, compared as UTF-8 bytes;
* each as: the path's length in bytes (8 bytes, big-endian), the path (UTF-8), the content's length (8 bytes,
  big-endian), the content (the file's bytes as they are: a changed line end changes the digest).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictStr

from cc_assess.diagnostics import Diagnostic, has_errors
from cc_assess.errors import CannotRun, InvalidInput
from cc_assess.i18n import t
from cc_assess.models import Date
from cc_assess.outfile import write_atomic
from cc_assess.shown import Shown
from cc_assess.validation import problem_diagnostic, validate
from cc_assess.yamlio import Position, YamlError, read_yaml

APPROVALS_FILE = "approvals.yaml"
SCHEMA = "cc-assess/approvals/v1"
ROLES: tuple[str, ...] = ("prepared", "reviewed", "approved")
#: Word's and the certification bodies' names of the three roles, written as comments in approvals.yaml.
ROLE_ZH = {"prepared": "编制", "reviewed": "审核", "approved": "批准"}
ASSESSMENT_FILE = "assessment.yaml"  # the same names as cc_assess.assessment; not imported (no cycle)
RESPONSES = "responses"
RETIRED = "_retired"
LOCK_FILE = "evidence.lock.yaml"
DIGEST_PATTERN = r"^sha256:[0-9a-f]{64}$"
MAX_APPROVALS_BYTES = 256 * 1024

Role = Literal["prepared", "reviewed", "approved"]


class Approval(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    role: Role
    name: Annotated[StrictStr, Field(min_length=1)]
    date: Date
    digest: Annotated[StrictStr, Field(pattern=DIGEST_PATTERN)]


class ApprovalsFile(BaseModel):
    """``approvals.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    schema_: Literal["cc-assess/approvals/v1"] = Field(alias="schema")
    approvals: list[Approval] = Field(default_factory=list)


# ------------------------------------------------------------------------------------------ digest


def content_files(folder: Path) -> list[tuple[str, Path]]:
    """The files the digest covers, as (relative POSIX path, path), in digest order."""
    files: list[tuple[str, Path]] = []
    if (folder / ASSESSMENT_FILE).is_file():
        files.append((ASSESSMENT_FILE, folder / ASSESSMENT_FILE))
    root = folder / RESPONSES
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        top = here == root
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and not (top and d == RETIRED))
        for name in filenames:
            path = here / name
            if not name.startswith(".") and name.endswith((".yaml", ".yml")) and path.is_file():
                files.append((path.relative_to(folder).as_posix(), path))
    if (folder / LOCK_FILE).is_file():
        files.append((LOCK_FILE, folder / LOCK_FILE))
    return sorted(files, key=lambda pair: pair[0].encode("utf-8"))


def content_digest(folder: Path) -> str:
    """``sha256:<hex>`` of the assessment's content (see the module's docstring for the exact framing)."""
    digest = hashlib.sha256()
    for rel, path in content_files(folder):
        name = rel.encode("utf-8")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CannotRun(t("deliverables.cannot_read", path=rel, reason=exc.strerror or exc)) from None
        digest.update(len(name).to_bytes(8, "big"))
        digest.update(name)
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return f"sha256:{digest.hexdigest()}"


# ------------------------------------------------------------------------------------------ reading


@dataclass(frozen=True)
class Entry:
    """One approval and whether it still matches the content."""

    role: str
    name: str
    date: dt.date
    digest: str
    current: bool
    position: Position


@dataclass
class SignOff:
    """What ``approvals.yaml`` says and whether each entry still holds; ``present`` is False without the file."""

    digest: str
    present: bool = False
    entries: list[Entry] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def entry(self, role: str) -> Entry | None:
        return next((e for e in self.entries if e.role == role), None)

    @property
    def approved(self) -> bool:
        """An ``approved`` entry matches the current content."""
        found = self.entry("approved")
        return found is not None and found.current


def read_signoff(folder: Shown) -> SignOff:
    """The sign-off of a folder: entries with their state, and every problem of ``approvals.yaml`` (located).

    Errors: the file is not YAML, not the schema, or names a role twice.  Warnings: ``approval-outdated``, one
    per entry whose digest no longer matches, at that entry's line.
    """
    file = folder.child(APPROVALS_FILE)
    path = file.text
    if not file.path.is_file():
        return SignOff(digest="")
    signoff = SignOff(digest=content_digest(folder.path), present=True)
    try:
        doc = read_yaml(file.path, MAX_APPROVALS_BYTES)
    except YamlError as exc:
        signoff.diagnostics.append(problem_diagnostic(path, exc.problem))
        return signoff
    model, problems = validate(ApprovalsFile, doc, path)
    signoff.diagnostics += problems
    if model is None:
        return signoff
    seen: set[str] = set()
    for i, approval in enumerate(model.approvals):
        pos = doc.locate(("approvals", i))
        if approval.role in seen:
            signoff.diagnostics.append(
                Diagnostic(
                    path,
                    pos.line,
                    pos.column,
                    "duplicate-approval",
                    t("deliverables.duplicate_approval", role=approval.role),
                )
            )
            continue
        seen.add(approval.role)
        entry = Entry(
            approval.role, approval.name, approval.date, approval.digest, approval.digest == signoff.digest, pos
        )
        signoff.entries.append(entry)
        if not entry.current:
            signoff.diagnostics.append(
                Diagnostic(
                    path,
                    pos.line,
                    pos.column,
                    "approval-outdated",
                    t(
                        "deliverables.approval_outdated",
                        role=entry.role,
                        name=entry.name,
                        date=entry.date.isoformat(),
                        folder=shlex.quote(folder.text),
                    ),
                    "warning",
                )
            )
    return signoff


def valid_signoff(folder: Shown) -> SignOff:
    """The sign-off, for commands that show or gate on it: a broken ``approvals.yaml`` is exit 1."""
    signoff = read_signoff(folder)
    if has_errors(signoff.diagnostics):
        errors = [d for d in signoff.diagnostics if d.is_error]
        raise InvalidInput(t("deliverables.approvals_invalid", path=folder.inside(APPROVALS_FILE)), errors)
    return signoff


# ------------------------------------------------------------------------------------------ writing

_PLAIN = re.compile(r"^[^\W\d_][\w .'-]*$")
_YAML_WORDS = {"y", "n", "yes", "no", "true", "false", "on", "off", "null", "nan", "inf"}


def _scalar(text: str) -> str:
    """A name as a YAML flow scalar: plain when that reads back as the same text, else double-quoted."""
    if _PLAIN.match(text) and text.strip() == text and text.lower() not in _YAML_WORDS:
        return text
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


def approvals_text(entries: list[Approval]) -> str:
    """``approvals.yaml`` as the SPEC shows it: one flow mapping per role, in role order, with its Chinese name."""
    lines = [
        "# approvals.yaml — written by `cc-assess approve`, never by hand",
        f"schema: {SCHEMA}",
        "approvals:" if entries else "approvals: []",
    ]
    for a in sorted(entries, key=lambda a: ROLES.index(a.role)):
        lines.append(
            f"  - {{role: {a.role}, name: {_scalar(a.name)}, date: {a.date.isoformat()}, digest: {a.digest}}}"
            f"   # {ROLE_ZH[a.role]}"
        )
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Approved:
    entry: Approval
    file: Shown  # approvals.yaml
    replaced: bool  # the role had an entry before
    outdated: list[str]  # roles of other entries that no longer match


def approve(folder: Shown, role: str, name: str, date: dt.date) -> Approved:
    """Add or replace ``role``'s entry, after the folder validates (else InvalidInput, nothing written)."""
    from cc_assess.assessment import load_assessment  # the loader pulls in the catalogues; only when approving

    if role not in ROLES:
        raise CannotRun(t("deliverables.unknown_role", role=role, roles=", ".join(ROLES)))
    name = name.strip()
    if not name or any(ch < " " or ch == "\x7f" for ch in name):
        raise CannotRun(t("deliverables.bad_name"))
    loaded = load_assessment(folder)
    signoff = read_signoff(folder)
    problems = [d for d in [*loaded.diagnostics, *signoff.diagnostics] if d.is_error]
    if problems:
        raise InvalidInput(t("deliverables.approve_invalid", folder=folder.text), problems)
    digest = content_digest(folder.path)
    entry = Approval(role=role, name=name, date=date, digest=digest)
    kept = [Approval(role=e.role, name=e.name, date=e.date, digest=e.digest) for e in signoff.entries if e.role != role]
    file = folder.child(APPROVALS_FILE)
    write_atomic(file, approvals_text([*kept, entry]))
    return Approved(
        entry,
        file,
        replaced=signoff.entry(role) is not None,
        outdated=[e.role for e in signoff.entries if e.role != role and e.digest != digest],
    )


def check(folder: Shown) -> list[Diagnostic]:
    """``validate``'s part: the problems of ``approvals.yaml`` and an ``approval-outdated`` per stale entry."""
    return read_signoff(folder).diagnostics
