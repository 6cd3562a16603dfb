"""Writing assessment folders: ``init`` (and ``--from``), with all-or-nothing file placement.

Everything is built in a temporary folder next to the target first; only when every file is ready are they
moved into place.  Existing files are never overwritten without ``force``.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from cc_assess.assessment import ASSESSMENT_FILE, RESPONSES, LoadedResponse, load_valid
from cc_assess.catalogue import is_bundled_id, resolve_catalogue
from cc_assess.catalogue.changes import remap_ids
from cc_assess.errors import CannotRun, InvalidInput
from cc_assess.i18n import t
from cc_assess.models import Catalogue, Item
from cc_assess.schemas import json_schema, response_schema_for, schema_json
from cc_assess.shown import Shown
from cc_assess.yamlio import dump_yaml, read_yaml

#: The folder for the user's own evidence files, created by ``init``.
EVIDENCE = "evidence"
#: file content (text) or a source file to copy (evidence carried forward)
Content = str | Path

#: Where ``init`` writes the JSON Schemas, and the modelines that point editors at them (relative: offline).
SCHEMA_DIR = ".cc-assess"
ASSESSMENT_SCHEMA = f"{SCHEMA_DIR}/assessment.schema.json"
RESPONSE_SCHEMA = f"{SCHEMA_DIR}/response.schema.json"
ASSESSMENT_MODELINE = f"# yaml-language-server: $schema={ASSESSMENT_SCHEMA}"
RESPONSE_MODELINE = f"# yaml-language-server: $schema=../../{RESPONSE_SCHEMA}"


@dataclass
class InitResult:
    folder: Path
    written: list[str]
    carried: int = 0


def _comment(text: str, prefix: str = "# ") -> list[str]:
    return [(prefix + line).rstrip() for line in text.splitlines() or [""]]


def response_header(catalogue: Catalogue, item: Item) -> list[str]:
    """Comment lines that tell the person filling in the file everything about the item."""
    zh, en = item.title.get("zh"), item.title.get("en")
    # Every catalogue text goes through _comment(): a line break in it must not become YAML.
    lines = _comment(f"{item.id}  {zh} / {en}" if zh != en else f"{item.id}  {zh}")
    flags = [f"weight {item.weight:g}"] + (["关键项 key item"] if item.key else [])
    if item.clause:
        flags.append(f"clause {item.clause}")
    lines += _comment(" · ".join(flags))
    lines.append("#")
    lines.append("# 要求 / Requirement:")
    requirement_zh, requirement_en = item.requirement.get("zh"), item.requirement.get("en")
    lines += _comment(requirement_zh, "#   ")
    if requirement_en != requirement_zh:  # a text given in one language only is written once, like the title
        lines += _comment(requirement_en, "#   ")
    evidence_zh, evidence_en = item.evidence.get("zh"), item.evidence.get("en")
    if evidence_zh or evidence_en:
        lines.append("# 证据 / Evidence to ask for:")
        if len(evidence_zh) == len(evidence_en):
            for zh, en in zip(evidence_zh, evidence_en, strict=True):
                lines += _comment(f"- {zh} / {en}" if zh != en else f"- {zh}", "#   ")
        else:
            for text in [*evidence_zh, *evidence_en]:
                lines += _comment(f"- {text}", "#   ")
    if item.target is not None:
        lines.append("# 参考目标 / Target hint:")
        target_zh, target_en = item.target.get("zh"), item.target.get("en")
        lines += _comment(target_zh, "#   ")
        if target_en != target_zh:
            lines += _comment(target_en, "#   ")
    levels = " | ".join(
        f"{lv.id} ({lv.label.zh}/{lv.label.en})" if lv.label.zh != lv.label.en else f"{lv.id} ({lv.label.get('en')})"
        for lv in catalogue.scale
    )
    lines.append("#")
    lines += _comment(f"status: {levels}; empty = not assessed")
    return lines


def response_text(catalogue: Catalogue, item: Item, carried: Mapping[str, Any] | None = None) -> str:
    header = "\n".join([RESPONSE_MODELINE, *response_header(catalogue, item)]) + "\n"
    if not carried:
        body = (
            f"item: {item.id}\nstatus:\nna_reason:\nfindings: |\nevidence: []\nactions: []\nassessor:\nassessed_on:\n"
        )
        return header + body
    data: dict[str, Any] = {"item": item.id, "status": None}
    data.update(carried)
    data.setdefault("assessor", None)
    data.setdefault("assessed_on", None)
    # Empty answers as bare keys (``status:``), like a fresh file: re-confirming is typing after the colon.
    body = re.sub(r"^(status|assessor|assessed_on): null$", r"\1:", dump_yaml(data), flags=re.MULTILINE)
    return header + body


#: An example value for each optional key of ``assessment.yaml``, written as a commented line by ``init`` (keys the
#: model has but this table does not know get a bare ``# key:`` line, so a new field is never left out).
OPTIONAL_EXAMPLES: dict[str, str] = {
    "organization": "华信客服中心",
    "site": "上海",
    "kind": "self-assessment  # self-assessment | initial-audit | surveillance | recertification",
    "period": "{start: 2026-01-05, end: 2026-01-30}",
    "scope": "{zh: 呼入客服, en: Inbound customer service}",
    "assessors": "[{name: 王丽, role: lead}, {name: 陈刚, role: member}]",
    "target": "80",
    "language": "zh  # zh | en | bi",
    "label": "'2026'  # shown by diff and history (default: the folder name)",
    "document_no": "HX-QA-2026-001",
    "conclusion": "{zh: …, en: …}",
    "exclude": "[{tag: outbound, reason: {zh: 本中心无外呼业务, en: The centre makes no outbound calls}}]",
}


def assessment_text(fields: Mapping[str, Any]) -> str:
    """``assessment.yaml``: the given fields, then every other optional key as a commented example line."""
    from cc_assess.models import Assessment

    head = f"{ASSESSMENT_MODELINE}\n# cc-assess assessment — see README for every field\n"
    order = {key: n for n, key in enumerate(Assessment.model_fields)}
    given = {k: v for k, v in sorted(fields.items(), key=lambda kv: order.get(kv[0], len(order))) if v is not None}
    commented = [
        f"# {key}: {OPTIONAL_EXAMPLES[key]}" if key in OPTIONAL_EXAMPLES else f"# {key}:"
        for key, info in Assessment.model_fields.items()
        if key not in given and not info.is_required()
    ]
    tail = "".join(f"{line}\n" for line in commented)
    return head + dump_yaml(given) + tail


def _plain(model: BaseModel) -> dict[str, Any]:
    """A model as plain data for a response file: no empty values."""
    return {k: v for k, v in model.model_dump(mode="json").items() if v is not None and v != []}


def _catalogue_for_init(value: str, folder: Path) -> tuple[Catalogue, str]:
    """The catalogue named on the command line and how ``assessment.yaml`` should refer to it."""
    catalogue = resolve_catalogue(value)
    if is_bundled_id(value):
        return catalogue, catalogue.id
    return catalogue, os.path.relpath(Path(value).resolve(), folder.resolve()).replace(os.sep, "/")


def plan_init(
    folder: Path,
    catalogue_ref: str,
    *,
    organization: str | None = None,
    site: str | None = None,
    kind: str | None = None,
    label: str | None = None,
    previous: Shown | None = None,
) -> tuple[dict[str, Content], int]:
    """Every file ``init`` would write (relative POSIX path -> content), and how many answers it carried."""
    catalogue, ref = _catalogue_for_init(catalogue_ref, folder)
    carried_fields: dict[str, dict[str, Any]] = {}
    files: dict[str, Content] = {}
    meta: dict[str, Any] = {
        "catalogue": ref,
        "catalogue_version": catalogue.version,
        "organization": organization,
        "site": site,
        "kind": kind or "self-assessment",
        "label": label,
    }
    if previous is not None:
        old = load_valid(previous)
        if old.catalogue.id != catalogue.id:
            raise CannotRun(
                t("workspace.from-other-catalogue", folder=previous.text, old=old.catalogue.id, new=catalogue.id)
            )
        renamed, removed = remap_ids(catalogue, old.meta.catalogue_version)
        meta.update(_carried_meta(previous.path, meta))
        known = set(catalogue.item_domain())
        for old_id, loaded in old.responses.items():
            new_id = renamed.get(old_id, old_id)
            if old_id in removed or new_id not in known:
                continue
            fields = _carried_response(loaded)
            for e in loaded.response.evidence:
                source = previous.path / e.ref
                if not e.is_url and source.is_file():
                    files[Path(e.ref).as_posix()] = source
            if fields:
                carried_fields[new_id] = fields
    files[ASSESSMENT_FILE] = assessment_text(meta)
    files[ASSESSMENT_SCHEMA] = schema_json(json_schema("assessment"))
    files[RESPONSE_SCHEMA] = schema_json(response_schema_for(catalogue))
    domain_of = catalogue.item_domain()
    for item in catalogue.items():
        files[f"{RESPONSES}/{domain_of[item.id]}/{item.id}.yaml"] = response_text(
            catalogue, item, carried_fields.get(item.id)
        )
    return files, len(carried_fields)


#: Keys of ``assessment.yaml`` that ``init --from`` keeps from last year unless the command line gives them anew.
CARRIED_META = ("organization", "site", "scope", "assessors", "language", "target", "label")


def _carried_meta(previous: Path, given: Mapping[str, Any]) -> dict[str, Any]:
    """Last year's ``CARRIED_META`` values as written there (a plain-text ``scope`` stays one plain text, not
    copied into both languages), for each key the command line left out."""
    raw = read_yaml(previous / ASSESSMENT_FILE).data
    data = raw if isinstance(raw, dict) else {}
    return {key: data[key] for key in CARRIED_META if given.get(key) is None and data.get(key) is not None}


def _carried_response(loaded: LoadedResponse) -> dict[str, Any]:
    """What a response carries into next year: its findings, evidence, open actions and ``na_reason``, with last
    year's status and date as ``previous:``; ``status`` stays empty until someone re-confirms it."""
    r = loaded.response
    fields: dict[str, Any] = {}
    previous: dict[str, Any] = {}
    if loaded.level is not None:
        previous["status"] = loaded.level
        if r.assessed_on is not None:
            previous["assessed_on"] = r.assessed_on.isoformat()
    elif r.previous is not None:  # not re-confirmed last year either: last known answer stays
        previous = _plain(r.previous)
    if previous:
        fields["status"] = None
        fields["previous"] = previous
    if r.na_reason:
        fields["na_reason"] = r.na_reason
    if r.findings:
        fields["findings"] = r.findings
    if r.evidence:
        fields["evidence"] = [_plain(e) for e in r.evidence]
    open_actions = [_plain(a) for a in r.actions if a.status != "done"]
    if open_actions:
        fields["actions"] = open_actions
    return fields


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_all(shown: Shown, files: Mapping[str, Content], *, force: bool, folders: tuple[str, ...] = ()) -> list[str]:
    """Place every file or none: refuses existing files unless ``force``; builds in a temporary folder.

    ``folders`` are created too (empty when nothing goes into them), and left alone where they exist.
    Into an existing folder, every target is checked before anything is written (a domain folder that is a file,
    a link out of the folder), and the files are placed by :func:`cc_assess.transaction.place`."""
    folder = shown.path
    if folder.is_dir():
        return _write_into(shown, files, force=force, folders=folders)
    existing = sorted(rel for rel in files if (folder / rel).exists())
    if existing and not force:
        listing = "\n".join(f"  {shown.inside(rel)}" for rel in existing)
        raise InvalidInput(t("workspace.exists", count=len(existing), listing=listing))
    parent = folder.parent if not folder.exists() else folder
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".cc-assess-", dir=parent))
        # mkdtemp makes a private folder; the folder we move into place gets the usual permissions.
        os.chmod(staging, 0o777 & ~_umask())
    except OSError as exc:
        raise CannotRun(t("workspace.cannot-write", folder=shown.text, reason=exc.strerror or exc)) from None
    try:
        for rel, content in files.items():
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, Path):
                shutil.copyfile(content, target)
            else:
                target.write_text(content, encoding="utf-8", newline="\n")
        for rel in folders:
            (staging / rel).mkdir(parents=True, exist_ok=True)
        os.rename(staging, folder)  # one rename: the whole new folder or none of it
    except OSError as exc:
        raise CannotRun(t("workspace.cannot-write", folder=shown.text, reason=exc.strerror or exc)) from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return sorted(files)


def _write_into(shown: Shown, files: Mapping[str, Content], *, force: bool, folders: tuple[str, ...]) -> list[str]:
    """``write_all`` into a folder that exists: all or nothing, also when interrupted."""
    from cc_assess import safepath, transaction

    folder = shown.path
    transaction.recover(folder)  # an interrupted init --force first: every file back as it was
    refused = safepath.check_targets(shown, files)
    if refused:
        raise CannotRun(t("reliability.targets_refused", count=len(refused)), refused)
    existing = sorted(rel for rel in files if os.path.lexists(folder / rel))
    if existing and not force:
        listing = "\n".join(f"  {shown.inside(rel)}" for rel in existing)
        raise InvalidInput(t("workspace.exists", count=len(existing), listing=listing))
    writes = {rel: content if isinstance(content, Path) else content.encode("utf-8") for rel, content in files.items()}
    transaction.place(shown, "init", writes)
    for rel in folders:
        if not os.path.lexists(folder / rel):
            with contextlib.suppress(OSError):
                (folder / rel).mkdir(parents=True)
    return sorted(files)


def init(
    folder: Shown,
    catalogue_ref: str,
    *,
    organization: str | None = None,
    site: str | None = None,
    kind: str | None = None,
    label: str | None = None,
    previous: Shown | None = None,
    force: bool = False,
) -> InitResult:
    files, carried = plan_init(
        folder.path,
        catalogue_ref,
        organization=organization,
        site=site,
        kind=kind,
        label=label,
        previous=previous,
    )
    written = write_all(folder, files, force=force, folders=(EVIDENCE,))
    return InitResult(folder.path, written, carried)
