"""Moving an assessment's responses to a newer catalogue version, without losing an answer.

The plan follows the catalogue's ``changes:`` from ``assessment.yaml``'s ``catalogue_version`` to the target:

- a renamed item's file moves to its new name, and only the ``item:`` value is rewritten in place (comments,
  order, quoting and line ends of the file are kept);
- a removed item's file (or one whose item the target catalogue does not have) moves to
  ``responses/_retired/<ID>.yaml`` with a comment saying why; loading skips that folder;
- an added item gets a fresh response file, as ``init`` writes it;
- ``assessment.yaml`` gets the new ``catalogue_version``, edited in place.

Before anything is written, the migrated responses are checked against the target catalogue; any error stops
the migration with located messages (on the files as they are now).  Writing is all or nothing: every new file
is staged next to the assessment first, then moved into place, and a failure puts every file back.
"""

from __future__ import annotations

import codecs
import re
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from cc_assess import safepath
from cc_assess.assessment import ASSESSMENT_FILE, RESPONSES, RETIRED, load_responses, read_meta
from cc_assess.catalogue import find_bundled, is_bundled_id, read_file
from cc_assess.catalogue.changes import IdChanges, id_changes, version_key
from cc_assess.diagnostics import Diagnostic, has_errors
from cc_assess.errors import CannotRun, InvalidInput
from cc_assess.i18n import t, t_in
from cc_assess.models import ITEM_ID, SEMVER, Assessment, Catalogue
from cc_assess.shown import Shown
from cc_assess.validation import problem_diagnostic
from cc_assess.workspace import response_text
from cc_assess.yamlio import Position, YamlError, read_yaml

KINDS = ("rename", "retire", "add", "update")


@dataclass(frozen=True)
class Step:
    kind: str  # rename | retire | add | update
    source: str | None  # path inside the folder, before
    target: str  # path inside the folder, after
    reason: str  # in the tool's language

    def describe(self) -> str:
        width = max(len(t(f"migrate.kind-{kind}")) for kind in KINDS) + 1
        where = f"{self.source} -> {self.target}" if self.source and self.source != self.target else self.target
        kind = f"{t(f'migrate.kind-{self.kind}'):<{width}}"
        return "  " + t("migrate.step", kind=kind, where=where, reason=self.reason)


@dataclass
class Plan:
    shown: Shown  # the folder
    catalogue_id: str
    from_version: str
    to_version: str
    steps: list[Step] = field(default_factory=list)
    writes: dict[str, str] = field(default_factory=dict)  # path inside the folder -> new text
    moves_away: list[str] = field(default_factory=list)  # files that leave their place
    recovered: int = 0  # interrupted writes rolled back before planning

    @property
    def folder(self) -> Path:
        return self.shown.path

    def count(self, kind: str) -> int:
        return sum(step.kind == kind for step in self.steps)

    def describe(self) -> str:
        head = t(
            "migrate.plan-head",
            folder=self.shown.text,
            catalogue=self.catalogue_id,
            from_version=self.from_version,
            to_version=self.to_version,
        )
        return "\n".join([head, *(step.describe() for step in self.steps)]) + "\n"


@dataclass(frozen=True)
class _Source:
    rel: str
    item: str
    text: str  # decoded, without a byte-order mark
    bom: bool
    item_at: Position


def _read_text(path: Path) -> tuple[str, bool]:
    data = path.read_bytes()
    bom = data.startswith(codecs.BOM_UTF8)
    return data[len(codecs.BOM_UTF8) :].decode("utf-8") if bom else data.decode("utf-8"), bom


def _encode(text: str, bom: bool) -> str:
    return ("\ufeff" if bom else "") + text


def replace_value(text: str, at: Position, old: str, new: str) -> str | None:
    """``text`` with the scalar ``old`` at ``at`` (1-based line and column) replaced by ``new``, keeping its
    quotes; None when the value there is not written as ``old`` on one line."""
    lines = text.splitlines(keepends=True)
    if not 0 < at.line <= len(lines):
        return None
    line = lines[at.line - 1]
    i = at.column - 1
    quote = line[i : i + 1]
    if quote in ("'", '"'):
        if line[i + 1 : i + 1 + len(old) + 1] != old + quote:
            return None
        lines[at.line - 1] = line[: i + 1] + new + line[i + 1 + len(old) :]
    else:
        rest = line[i + len(old) : i + len(old) + 1]
        if not line.startswith(old, i) or rest not in ("", " ", "\t", "\r", "\n", ",", "}", "#"):
            return None
        lines[at.line - 1] = line[:i] + new + line[i + len(old) :]
    return "".join(lines)


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def _target(folder: Shown, catalogue: str, from_version: str, to: str) -> Catalogue:
    """The catalogue to migrate to: a bundled version, or the custom file already updated to ``to``."""
    if is_bundled_id(catalogue):
        find_bundled(catalogue, from_version)  # the version the responses were written against must exist
        return find_bundled(catalogue, to)
    file = folder.child(catalogue)
    if not file.path.is_file():
        raise CannotRun(t("migrate.catalogue-file-missing", name=catalogue))
    target = read_file(file, catalogue)
    if target.version != to:
        raise CannotRun(
            t(
                "migrate.catalogue-file-version",
                name=catalogue,
                version=target.version,
                to=to,
                from_version=from_version,
            )
        )
    return target


def _sources(folder: Shown) -> tuple[list[_Source], list[Diagnostic]]:
    """Every ``responses/<domain>/<item>.yaml``, with where its ``item:`` value is written."""
    sources: list[_Source] = []
    problems: list[Diagnostic] = []
    root = folder.path / RESPONSES
    if not root.is_dir():
        return sources, problems
    for domain_dir in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", RETIRED))):
        for path in sorted(domain_dir.iterdir()):
            if not path.is_file() or path.suffix not in (".yaml", ".yml") or not re.match(ITEM_ID, path.stem):
                continue
            rel = f"{RESPONSES}/{domain_dir.name}/{path.name}"
            shown = folder.inside(rel)
            try:
                doc = read_yaml(path)
                text, bom = _read_text(path)
            except YamlError as exc:
                problems.append(problem_diagnostic(shown, exc.problem, path.stem))
                continue
            item = doc.data.get("item") if isinstance(doc.data, dict) else None
            pos = doc.values.get(("item",), Position(1, 1))
            if item != path.stem:
                problems.append(
                    Diagnostic(
                        shown,
                        pos.line,
                        pos.column,
                        "item-mismatch",
                        t("migrate.item-mismatch", item=path.stem),
                        "error",
                        path.stem,
                    )
                )
                continue
            sources.append(_Source(rel, path.stem, text, bom, pos))
    return sources, problems


def plan_migration(folder: Shown, to: str) -> Plan:
    """What ``migrate`` would do; raises when it cannot (and then nothing is written)."""
    meta, meta_doc = read_meta(folder)
    if not re.match(SEMVER, to):
        raise CannotRun(t("migrate.not-a-version", to=to))
    from_version = meta.catalogue_version
    if version_key(to) < version_key(from_version):
        raise CannotRun(t("migrate.older", to=to, from_version=from_version))
    target = _target(folder, meta.catalogue, from_version, to)
    plan = Plan(folder, target.id, from_version, to)
    if to == from_version:
        return plan
    changes = id_changes(target, from_version)
    if (folder.path / RESPONSES).is_dir():  # links out, FIFOs, unreadable folders: refused before anything is read
        _, refused = safepath.walk(folder.child(RESPONSES), folder.path, RETIRED)
        if refused:
            raise InvalidInput(t("migrate.fix-first"), refused)
    sources, problems = _sources(folder)
    if problems:
        raise InvalidInput(t("migrate.fix-first"), problems)
    _plan_files(plan, target, changes, sources)
    _plan_meta(plan, folder.path, meta_doc.values.get(("catalogue_version",), Position(1, 1)), from_version, to)
    _check_result(plan, meta.model_copy(update={"catalogue_version": to}), target)
    return plan


def _plan_files(plan: Plan, target: Catalogue, changes: IdChanges, sources: list[_Source]) -> None:
    domain_of = target.item_domain()
    staying = {s.rel for s in sources}
    claimed: dict[str, str] = {}  # target path -> source path
    conflicts: list[str] = []

    moving: list[_Source] = []
    for s in sources:
        new_id = changes.renamed.get(s.item, s.item)
        if s.item in changes.removed or new_id not in domain_of or new_id != s.item:
            moving.append(s)
            staying.discard(s.rel)
    leaving = {m.rel for m in moving}

    def claim(dest: str, source: str) -> None:
        """A file may be written where nothing is, or where a file that moves away is now."""
        taken = (plan.folder / dest).exists() and (dest in staying or dest not in leaving)
        if dest in claimed or taken:
            conflicts.append(t("migrate.conflict-exists", path=plan.shown.inside(dest), source=source))
        claimed[dest] = source

    for s in moving:
        new_id = changes.renamed.get(s.item, s.item)
        nl = _newline(s.text)
        if s.item in changes.removed or new_id not in domain_of:
            why_key, why_values = (
                ("migrate.removed-in", {"item": s.item, "version": changes.removed[s.item]})
                if s.item in changes.removed
                else ("migrate.not-an-item", {"item": new_id, "version": plan.to_version})
            )
            why = t(why_key, catalogue=plan.catalogue_id, **why_values)
            dest = f"{RESPONSES}/{RETIRED}/{s.item}.yaml"
            if dest in claimed or (plan.folder / dest).exists():
                dest = f"{RESPONSES}/{RETIRED}/{s.item}.{plan.from_version}.yaml"
            # the note is part of the file: its bytes do not depend on the language of the tool's words
            note = (
                f"# Retired by cc-assess migrate ({plan.catalogue_id} {plan.from_version} -> {plan.to_version}): "
                f"{t_in('en', why_key, catalogue=plan.catalogue_id, **why_values)}.{nl}"
                f"# Kept for the record; files under responses/{RETIRED}/ are not read.{nl}"
            )
            claim(dest, s.rel)
            plan.writes[dest] = _encode(note + s.text, s.bom)
            plan.steps.append(Step("retire", s.rel, dest, why))
            plan.moves_away.append(s.rel)
            continue
        dest = f"{RESPONSES}/{domain_of[new_id]}/{new_id}.yaml"
        text = replace_value(s.text, s.item_at, s.item, new_id)
        if text is None:
            conflicts.append(t("migrate.conflict-item", path=s.rel, item=s.item, line=s.item_at.line))
            continue
        claim(dest, s.rel)
        plan.writes[dest] = _encode(text, s.bom)
        renamed = t("migrate.renamed-in", item=s.item, new_id=new_id, version=changes.renamed_in[s.item])
        plan.steps.append(Step("rename", s.rel, dest, renamed))
        plan.moves_away.append(s.rel)
    if conflicts:
        raise InvalidInput("\n".join([t("migrate.conflicts"), *(f"  {c}" for c in conflicts)]))
    present = {s.item for s in sources if s.rel in staying} | {
        changes.renamed.get(s.item, s.item) for s in moving if s.item not in changes.removed
    }
    for item in target.items():
        dest = f"{RESPONSES}/{domain_of[item.id]}/{item.id}.yaml"
        if item.id in changes.added and item.id not in present and not (plan.folder / dest).exists():
            plan.writes[dest] = response_text(target, item)
            added = t("migrate.added-in", item=item.id, version=changes.added[item.id])
            plan.steps.append(Step("add", None, dest, added))
    plan.moves_away = [rel for rel in plan.moves_away if rel not in plan.writes]


def _plan_meta(plan: Plan, folder: Path, at: Position, from_version: str, to: str) -> None:
    text, bom = _read_text(folder / ASSESSMENT_FILE)
    new = replace_value(text, at, from_version, to)
    if new is None:
        raise CannotRun(
            t(
                "migrate.cannot-rewrite-version",
                path=plan.shown.inside(ASSESSMENT_FILE),
                line=at.line,
                column=at.column,
            )
        )
    plan.writes[ASSESSMENT_FILE] = _encode(new, bom)
    change = t("migrate.version-change", from_version=from_version, to_version=to)
    plan.steps.append(Step("update", None, ASSESSMENT_FILE, change))


def _check_result(plan: Plan, meta: Assessment, target: Catalogue) -> None:
    """Load the migrated responses against the target catalogue; errors stop the migration."""
    back = {step.target: step.source for step in plan.steps if step.kind == "rename" and step.source}
    with tempfile.TemporaryDirectory(prefix="cc-assess-migrate-") as temp:
        staged = Path(temp)
        source_root = plan.folder / RESPONSES
        if source_root.is_dir():
            shutil.copytree(source_root, staged / RESPONSES, symlinks=True, ignore=shutil.ignore_patterns(RETIRED))
        for rel in plan.moves_away:
            (staged / rel).unlink(missing_ok=True)
        for rel, text in plan.writes.items():
            if rel == ASSESSMENT_FILE or rel.startswith(f"{RESPONSES}/{RETIRED}/"):
                continue
            (staged / rel).parent.mkdir(parents=True, exist_ok=True)
            (staged / rel).write_text(text, encoding="utf-8", newline="")
        loaded = load_responses(Shown.named(staged, plan.shown.text), meta, target)  # named as the folder it stages
    errors = []
    for d in loaded.diagnostics:
        if not d.is_error:
            continue
        for new_rel, old_rel in back.items():
            if d.path == plan.shown.inside(new_rel):
                d = replace(d, path=plan.shown.inside(old_rel))
        errors.append(d)
    if has_errors(errors):
        raise InvalidInput(t("migrate.would-have-errors", catalogue=plan.catalogue_id, version=plan.to_version), errors)


def apply(plan: Plan) -> None:
    """Write the plan: every file or none, also when interrupted (see :mod:`cc_assess.transaction`)."""
    from cc_assess import transaction

    folder = plan.folder
    writes = {rel: text.encode("utf-8") for rel, text in plan.writes.items()}
    transaction.place(plan.shown, "migrate", writes, plan.moves_away)
    for rel in plan.moves_away:
        parent = (folder / rel).parent
        if parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()


def migrate(folder: Shown, to: str, *, dry_run: bool = False) -> Plan:
    from cc_assess import transaction

    recovered = 0
    if dry_run:  # a dry run writes nothing, so it cannot put an interrupted write back: it says so
        interrupted = transaction.pending(folder)
        if interrupted:
            raise InvalidInput(t("reliability.interrupted_refused", folder=folder.text), interrupted)
    else:
        recovered = transaction.recover(folder.path)  # an interrupted migrate first: every file back as it was
    plan = plan_migration(folder, to)
    plan.recovered = recovered
    if not dry_run and plan.steps:
        apply(plan)
    return plan
