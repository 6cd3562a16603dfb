"""Loading an assessment folder: ``assessment.yaml``, its catalogue and every response file.

Returns everything it could read and every located problem; it raises only when the command cannot run at
all (no folder, no ``assessment.yaml``, unknown catalogue) or when ``assessment.yaml`` itself is invalid.
"""

from __future__ import annotations

import os
import shlex
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from cc_assess.catalogue import find_bundled, is_bundled_id, load_catalogue_ref, version_key
from cc_assess.diagnostics import Diagnostic, has_errors, sort_diagnostics
from cc_assess.errors import CannotRun, InvalidInput
from cc_assess.models import Assessment, Catalogue, Response
from cc_assess.validation import problem_diagnostic, validate
from cc_assess.yamlio import Document, YamlError, read_yaml

ASSESSMENT_FILE = "assessment.yaml"
RESPONSES = "responses"
RETIRED = "_retired"


def join(display: str, rel: str) -> str:
    """The folder argument joined with a POSIX path inside it, as diagnostics show paths."""
    if display in ("", "."):
        return rel
    return str(PurePosixPath(display.replace(os.sep, "/")) / rel)


@dataclass
class LoadedResponse:
    item: str
    response: Response
    level: str | None  # scale level id, None when not assessed
    path: str  # display path
    doc: Document


@dataclass
class LoadedAssessment:
    folder: Path
    display: str
    meta: Assessment
    catalogue: Catalogue
    responses: dict[str, LoadedResponse] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not has_errors(self.diagnostics)

    @property
    def statuses(self) -> dict[str, str | None]:
        """Level id (or None) of every catalogue item, in catalogue order."""
        return {
            item.id: (self.responses[item.id].level if item.id in self.responses else None)
            for item in self.catalogue.items()
        }

    @property
    def label(self) -> str:
        return self.meta.label or (
            self.folder.resolve().name
            if self.display in ("", ".")
            else PurePosixPath(self.display.replace(os.sep, "/")).name or self.display
        )


def read_meta(folder: Path, display: str) -> tuple[Assessment, Document]:
    """``assessment.yaml`` of a folder; raises CannotRun (no folder, no file) or InvalidInput."""
    path_display = join(display, ASSESSMENT_FILE)
    if not folder.is_dir():
        problem = "is not a folder" if folder.exists() else "no such folder"
        raise CannotRun(
            f"{display or '.'}: {problem}",
            [Diagnostic(display or ".", 1, 1, "missing-folder", f"assessment folder: {problem}")],
        )
    path = folder / ASSESSMENT_FILE
    if not path.is_file():
        raise CannotRun(
            f"{path_display}: no {ASSESSMENT_FILE} in this folder",
            [
                Diagnostic(
                    path_display,
                    1,
                    1,
                    "missing-assessment",
                    f"no {ASSESSMENT_FILE} in this folder (create one with 'cc-assess init')",
                )
            ],
        )
    try:
        doc = read_yaml(path)
    except YamlError as exc:
        diag = problem_diagnostic(path_display, exc.problem)
        if exc.problem.code == "unreadable":
            raise CannotRun(f"{path_display}: {exc.problem.message}", [diag]) from None
        raise InvalidInput(f"{path_display} is invalid", [diag]) from None
    meta, diagnostics = validate(Assessment, doc, path_display)
    if meta is None:
        raise InvalidInput(f"{path_display} is invalid", diagnostics)
    return meta, doc


def load_assessment(folder: Path, display: str) -> LoadedAssessment:
    meta, doc = read_meta(folder, display)
    path_display = join(display, ASSESSMENT_FILE)
    try:
        catalogue = load_catalogue_ref(meta.catalogue, meta.catalogue_version, folder, display)
    except CannotRun as exc:
        loc = ("catalogue_version",) if "version" in exc.message else ("catalogue",)
        pos = doc.locate(loc)
        raise CannotRun(
            exc.message, [Diagnostic(path_display, pos.line, pos.column, "unknown-catalogue", exc.message)]
        ) from None
    loaded = LoadedAssessment(folder, display, meta, catalogue)
    loaded.diagnostics += _outdated(meta, doc, path_display, display)
    _load_responses(loaded)
    loaded.diagnostics = sort_diagnostics(loaded.diagnostics)
    return loaded


def load_responses(folder: Path, display: str, meta: Assessment, catalogue: Catalogue) -> LoadedAssessment:
    """The responses of a folder read against a catalogue given by the caller (``migrate`` checks its result)."""
    loaded = LoadedAssessment(folder, display, meta, catalogue)
    _load_responses(loaded)
    loaded.diagnostics = sort_diagnostics(loaded.diagnostics)
    return loaded


def _outdated(meta: Assessment, doc: Document, path_display: str, display: str) -> list[Diagnostic]:
    """A warning when a bundled catalogue has a newer version than the one the responses were written against."""
    if not is_bundled_id(meta.catalogue):
        return []
    current = find_bundled(meta.catalogue)
    if version_key(current.version) <= version_key(meta.catalogue_version):
        return []
    pos = doc.locate(("catalogue_version",))
    command = f"cc-assess migrate {shlex.quote(display or '.')} --to {current.version}"
    return [
        Diagnostic(
            path_display,
            pos.line,
            pos.column,
            "catalogue-outdated",
            f"catalogue {meta.catalogue} {meta.catalogue_version} is not the current version {current.version}; "
            f"run '{command}' to move the responses to it",
            "warning",
        )
    ]


def _walk(root: Path) -> list[PurePosixPath]:
    """Files under ``responses/`` (relative to it), skipping dot-files, dot-folders and ``_retired/``."""
    found: list[PurePosixPath] = []
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = PurePosixPath(Path(dirpath).relative_to(root).as_posix())
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith(".") and not (rel_dir == PurePosixPath(".") and d == RETIRED)
        )
        found.extend(rel_dir / name for name in sorted(filenames) if not name.startswith("."))
    return sorted(found)


def _load_responses(loaded: LoadedAssessment) -> None:
    catalogue = loaded.catalogue
    item_domain = catalogue.item_domain()
    domains = {d.id for d in catalogue.domains}
    root = loaded.folder / RESPONSES
    diags = loaded.diagnostics
    files = _walk(root) if root.is_dir() else []

    # Canonical files first, so that a stray copy is the one called a duplicate.
    def canonical(rel: PurePosixPath) -> bool:
        return len(rel.parts) == 2 and rel.suffix == ".yaml" and item_domain.get(rel.stem) == rel.parts[0]

    files.sort(key=lambda rel: (not canonical(rel), rel))
    for rel in files:
        display = join(loaded.display, f"{RESPONSES}/{rel}")
        if rel.suffix not in (".yaml", ".yml"):
            diags.append(
                Diagnostic(
                    display,
                    1,
                    1,
                    "stray-file",
                    "not a response file (only responses/<domain>/<item>.yaml are read); ignored",
                    "warning",
                )
            )
            continue
        stem_item = rel.stem if rel.stem in item_domain else None
        if not canonical(rel):
            diags.append(
                Diagnostic(
                    display,
                    1,
                    1,
                    "misplaced-file",
                    "response files must be responses/<domain>/<item>.yaml, named after a catalogue item",
                    "error",
                    stem_item,
                )
            )
        _load_one(loaded, loaded.folder / RESPONSES / rel, display, rel, item_domain, domains)
    for item in catalogue.items():
        if item.id not in loaded.responses and not any(
            d.item == item.id and d.code in ("misplaced-file", "item-mismatch") for d in diags
        ):
            display = join(loaded.display, f"{RESPONSES}/{item_domain[item.id]}/{item.id}.yaml")
            diags.append(
                Diagnostic(
                    display,
                    1,
                    1,
                    "missing-response",
                    f"no response file for {item.id}; it counts as not assessed",
                    "warning",
                    item.id,
                )
            )


def _load_one(
    loaded: LoadedAssessment,
    path: Path,
    display: str,
    rel: PurePosixPath,
    item_domain: dict[str, str],
    domains: set[str],
) -> None:
    diags = loaded.diagnostics
    stem = rel.stem
    try:
        doc = read_yaml(path)
    except YamlError as exc:
        diags.append(problem_diagnostic(display, exc.problem, stem if stem in item_domain else None))
        return
    item_hint = stem if stem in item_domain else None
    response, problems = validate(Response, doc, display, item=item_hint)
    diags.extend(problems)
    if response is None:
        return
    item = response.item
    item_pos = doc.locate(("item",))

    def at(loc: tuple[str | int, ...], code: str, message: str, severity: str = "error") -> None:
        pos = doc.locate(loc)
        diags.append(Diagnostic(display, pos.line, pos.column, code, message, severity, item))  # type: ignore[arg-type]

    if item not in item_domain:
        at(
            ("item",),
            "unknown-item",
            f"item '{item}' is not in catalogue {loaded.catalogue.id} {loaded.catalogue.version}",
        )
        return
    if item != stem:
        at(("item",), "item-mismatch", f"item '{item}' differs from the file name '{rel.name}'")
    elif len(rel.parts) == 2 and rel.parts[0] != item_domain[item]:
        at(
            ("item",),
            "wrong-domain",
            f"item '{item}' belongs in responses/{item_domain[item]}/, not responses/{rel.parts[0]}/",
        )
    if item in loaded.responses:
        first = loaded.responses[item].path
        diags.append(
            Diagnostic(
                display,
                item_pos.line,
                item_pos.column,
                "duplicate-response",
                f"a second response for {item} (the first is {first})",
                "error",
                item,
            )
        )
        return

    level: str | None = None
    if response.status_text is not None:
        level = loaded.catalogue.resolve_status(response.status_text)
        if level is None:
            choices = ", ".join(lv.id for lv in loaded.catalogue.scale)
            at(
                ("status",),
                "unknown-status",
                f"'{response.status_text}' is not a status of this catalogue (use one of: {choices}, or their "
                "zh/en labels)",
            )
    if level is not None and loaded.catalogue.level(level).points is None and not (response.na_reason or "").strip():
        at(("status",), "na-without-reason", "status is N/A but na_reason is missing; say why the item does not apply")
    _check_evidence(loaded, response, doc, display, item)
    loaded.responses[item] = LoadedResponse(item, response, level, display, doc)


def _check_evidence(loaded: LoadedAssessment, response: Response, doc: Document, display: str, item: str) -> None:
    root = loaded.folder.resolve()
    for i, ev in enumerate(response.evidence):
        if ev.is_url:
            continue
        pos = doc.locate(("evidence", i, "ref"))
        target = (loaded.folder / ev.ref).resolve()
        if target != root and root not in target.parents:
            loaded.diagnostics.append(
                Diagnostic(
                    display,
                    pos.line,
                    pos.column,
                    "evidence-path",
                    f"evidence ref '{ev.ref}' leaves the assessment folder after resolving links",
                    "error",
                    item,
                )
            )
        elif not target.exists():
            loaded.diagnostics.append(
                Diagnostic(
                    display,
                    pos.line,
                    pos.column,
                    "evidence-missing",
                    f"evidence file '{ev.ref}' does not exist",
                    "warning",
                    item,
                )
            )


def load_valid(folder: Path, display: str) -> LoadedAssessment:
    """An assessment that must be valid (for score, report, diff): raises InvalidInput otherwise."""
    loaded = load_assessment(folder, display)
    if not loaded.ok:
        raise InvalidInput(f"{display or '.'}: the assessment has errors; run 'cc-assess validate'", loaded.diagnostics)
    return loaded
