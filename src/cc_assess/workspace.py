"""Writing assessment folders: ``init`` (and ``--from``), with all-or-nothing file placement.

Everything is built in a temporary folder next to the target first; only when every file is ready are they
moved into place.  Existing files are never overwritten without ``force``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from cc_assess.assessment import ASSESSMENT_FILE, RESPONSES, join, load_valid
from cc_assess.catalogue import is_bundled_id, remap_ids, resolve_catalogue
from cc_assess.errors import CannotRun, InvalidInput
from cc_assess.models import Catalogue, Item
from cc_assess.schemas import json_schema, response_schema_for, schema_json
from cc_assess.yamlio import dump_yaml

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
    for lang in ("zh", "en"):
        lines += _comment(item.requirement.get(lang), "#   ")
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
    data: dict[str, Any] = {"item": item.id}
    data.update(carried)
    data.setdefault("assessor", None)
    data.setdefault("assessed_on", None)
    return header + dump_yaml(data)


def assessment_text(fields: Mapping[str, Any]) -> str:
    head = f"{ASSESSMENT_MODELINE}\n# cc-assess assessment — see README for every field\n"
    return head + dump_yaml({k: v for k, v in fields.items() if v is not None})


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
    previous: Path | None = None,
    previous_display: str = "",
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
    }
    if previous is not None:
        old = load_valid(previous, previous_display)
        if old.catalogue.id != catalogue.id:
            raise CannotRun(f"--from {previous_display}: it uses catalogue '{old.catalogue.id}', not '{catalogue.id}'")
        renamed, removed = remap_ids(catalogue, old.meta.catalogue_version)
        meta["organization"] = organization or old.meta.organization
        meta["site"] = site or old.meta.site
        meta["scope"] = old.meta.scope.model_dump(exclude_none=True) if old.meta.scope else None
        meta["target"] = old.meta.target
        meta["language"] = old.meta.language
        known = set(catalogue.item_domain())
        for old_id, loaded in old.responses.items():
            new_id = renamed.get(old_id, old_id)
            if old_id in removed or new_id not in known:
                continue
            r = loaded.response
            fields: dict[str, Any] = {}
            if loaded.level is not None:
                fields["status"] = loaded.level
            if r.na_reason:
                fields["na_reason"] = r.na_reason
            if r.findings:
                fields["findings"] = r.findings
            if r.evidence:
                fields["evidence"] = [_plain(e) for e in r.evidence]
                for e in r.evidence:
                    source = previous / e.ref
                    if not e.is_url and source.is_file():
                        files[Path(e.ref).as_posix()] = source
            open_actions = [_plain(a) for a in r.actions if a.status != "done"]
            if open_actions:
                fields["actions"] = open_actions
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


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_all(folder: Path, files: Mapping[str, Content], *, force: bool, display: str) -> list[str]:
    """Place every file or none: refuses existing files unless ``force``; builds in a temporary folder."""
    existing = sorted(rel for rel in files if (folder / rel).exists())
    if existing and not force:
        listing = "\n".join(f"  {join(display, rel)}" for rel in existing)
        raise InvalidInput(
            f"{len(existing)} file(s) already exist; nothing was written (use --force to overwrite):\n{listing}"
        )
    parent = folder.parent if not folder.exists() else folder
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".cc-assess-", dir=parent))
        # mkdtemp makes a private folder; the folder we move into place gets the usual permissions.
        os.chmod(staging, 0o777 & ~_umask())
    except OSError as exc:
        raise CannotRun(f"cannot write into {display or '.'}: {exc.strerror or exc}") from None
    try:
        for rel, content in files.items():
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, Path):
                shutil.copyfile(content, target)
            else:
                target.write_text(content, encoding="utf-8", newline="\n")
        if not folder.exists():
            os.rename(staging, folder)
        else:
            for rel in files:
                (folder / rel).parent.mkdir(parents=True, exist_ok=True)
                os.replace(staging / rel, folder / rel)
    except OSError as exc:
        raise CannotRun(f"cannot write into {display or '.'}: {exc.strerror or exc}") from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return sorted(files)


def init(
    folder: Path,
    display: str,
    catalogue_ref: str,
    *,
    organization: str | None = None,
    site: str | None = None,
    kind: str | None = None,
    previous: Path | None = None,
    previous_display: str = "",
    force: bool = False,
) -> InitResult:
    files, carried = plan_init(
        folder,
        catalogue_ref,
        organization=organization,
        site=site,
        kind=kind,
        previous=previous,
        previous_display=previous_display,
    )
    written = write_all(folder, files, force=force, display=display)
    return InitResult(folder, written, carried)
