"""Loading an assessment folder: ``assessment.yaml``, its catalogue and every response file.

Returns everything it could read and every located problem; it raises only when the command cannot run at
all (no folder, no ``assessment.yaml``, unknown catalogue) or when ``assessment.yaml`` itself is invalid.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from pydantic import ValidationError

from cc_assess import clock, safepath
from cc_assess.applicability import NaReason, check_exclude, effective_levels, na_reasons
from cc_assess.catalogue import find_bundled, is_bundled_id, load_catalogue_ref
from cc_assess.catalogue.changes import version_key
from cc_assess.diagnostics import Diagnostic, Severity, has_errors, sort_diagnostics
from cc_assess.errors import CannotRun, CatalogueVersionError, InvalidInput
from cc_assess.i18n import t
from cc_assess.models import ITEM_ID, Assessment, Catalogue, Response, check_ref
from cc_assess.parsedfiles import ParsedFiles
from cc_assess.shown import Shown
from cc_assess.validation import problem_diagnostic, validate
from cc_assess.yamlhints import other_case
from cc_assess.yamlio import MAX_RESPONSE_BYTES, Document, Position, Problem, YamlError, decode, parse_yaml, read_yaml

ASSESSMENT_FILE = "assessment.yaml"
ITEM_RE = re.compile(ITEM_ID)
RESPONSES = "responses"
RETIRED = "_retired"


@dataclass
class LoadedResponse:
    item: str
    response: Response
    level: str | None  # scale level id, None when not assessed
    path: str  # the file as its diagnostics name it
    doc: Document


@dataclass
class LoadedAssessment:
    shown: Shown  # the folder
    meta: Assessment
    catalogue: Catalogue
    responses: dict[str, LoadedResponse] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: item id -> path (as shown) of the first file that answered it (valid or not)
    seen_items: dict[str, str] = field(default_factory=dict)
    #: files whose ``item`` differs from their name: (path as shown, item, position of the item value)
    mismatched: list[tuple[str, str, Position]] = field(default_factory=list)
    #: evidence ref -> (code, severity, message) of its problem, or None: checked once per ref
    evidence_found: dict[str, tuple[str, Severity, str] | None] = field(default_factory=dict)

    @property
    def folder(self) -> Path:
        return self.shown.path

    @property
    def ok(self) -> bool:
        return not has_errors(self.diagnostics)

    @property
    def own_statuses(self) -> dict[str, str | None]:
        """Level id (or None) of every catalogue item as its response says, in catalogue order."""
        return {
            item.id: (self.responses[item.id].level if item.id in self.responses else None)
            for item in self.catalogue.items()
        }

    @property
    def statuses(self) -> dict[str, str | None]:
        """Level id (or None) of every catalogue item, in catalogue order: the response's own, else N/A where an
        ``exclude:`` rule of ``assessment.yaml`` covers the item, else None (not assessed)."""
        return effective_levels(self.catalogue, self.meta.exclude, self.own_statuses)

    @property
    def na_reasons(self) -> dict[str, NaReason]:
        """Every item that counts as N/A, in catalogue order, with its effective reason (the response's own
        ``na_reason``, or the reason and tag of the ``exclude:`` rule that covers it)."""
        own = {item: r.response.na_reason for item, r in self.responses.items()}
        return na_reasons(self.catalogue, self.meta.exclude, self.own_statuses, own)

    @functools.cached_property
    def exclusions(self) -> dict[str, NaReason]:
        """Items that an ``exclude:`` rule makes N/A (they have no status of their own), with the rule's reason and
        tag; worked out once, so read it only once the assessment is loaded (the spreadsheet asks per cell)."""
        return {item: reason for item, reason in self.na_reasons.items() if reason.excluded}

    @functools.cached_property
    def today(self) -> dt.date:
        """Today's date (``SOURCE_DATE_EPOCH`` honoured), read once per load rather than once per response."""
        return clock.today()

    @functools.cached_property
    def resolved_folder(self) -> Path:
        """The folder with links resolved (evidence must stay inside it): resolved once, not per response."""
        return self.folder.resolve()

    @property
    def label(self) -> str:
        text = self.shown.text
        return self.meta.label or (self.folder.resolve().name if text == "." else PurePosixPath(text).name or text)


def read_meta(folder: Shown, parsed: ParsedFiles | None = None) -> tuple[Assessment, Document]:
    """``assessment.yaml`` of a folder; raises CannotRun (no folder, no file) or InvalidInput (any error in it)."""
    meta, doc, _ = _read_meta(folder, parsed)
    return meta, doc


def _read_meta(folder: Shown, parsed: ParsedFiles | None) -> tuple[Assessment, Document, list[Diagnostic]]:
    """``assessment.yaml`` of a folder and its warnings; raises as :func:`read_meta` does.

    A file the model accepts can still hold errors of its YAML (a duplicate key: which value counts?): those
    raise InvalidMeta with the model as the fallback, so the responses are still checked in the same run."""
    file = folder.child(ASSESSMENT_FILE)
    if not folder.path.is_dir():
        problem = t("assessment.not-a-folder") if folder.path.exists() else t("assessment.no-such-folder")
        raise CannotRun(
            f"{folder}: {problem}",
            [Diagnostic(folder.text, 1, 1, "missing-folder", t("assessment.folder-problem", problem=problem))],
        )
    if not file.path.is_file():
        yml = folder.path / "assessment.yml"
        message = (
            t("assessment.rename-yml", file=ASSESSMENT_FILE)
            if yml.is_file()
            else t("assessment.no-assessment-file", file=ASSESSMENT_FILE)
        )
        raise CannotRun(f"{file.text}: {message}", [Diagnostic(file.text, 1, 1, "missing-assessment", message)])
    try:
        doc = parsed.read(file.path) if parsed is not None else read_yaml(file.path)
    except YamlError as exc:
        diag = problem_diagnostic(file.text, exc.problem)
        if exc.problem.code == "unreadable":
            raise CannotRun(f"{file.text}: {exc.problem.message}", [diag]) from None
        raise InvalidInput(t("assessment.invalid", path=file.text), [diag]) from None
    meta, diagnostics = validate(Assessment, doc, file.text)
    if meta is None:
        raise InvalidMeta(t("assessment.invalid", path=file.text), diagnostics, _fallback_meta(doc))
    if has_errors(diagnostics):
        raise InvalidMeta(t("assessment.invalid", path=file.text), diagnostics, (meta, doc))
    return meta, doc, diagnostics


class InvalidMeta(InvalidInput):
    """``assessment.yaml`` is invalid; ``fallback`` holds its catalogue fields when those alone are valid."""

    def __init__(self, message: str, diagnostics: list[Diagnostic], fallback: tuple[Assessment, Document] | None):
        super().__init__(message, diagnostics)
        self.fallback = fallback


def _fallback_meta(doc: Document) -> tuple[Assessment, Document] | None:
    """Just ``catalogue`` and ``catalogue_version``, so that the responses can still be checked in the same run."""
    raw = doc.data if isinstance(doc.data, dict) else {}
    try:
        meta = Assessment.model_validate({k: raw.get(k) for k in ("catalogue", "catalogue_version")})
    except ValidationError:
        return None
    return meta, doc


def assessment_date(meta: Assessment) -> dt.date:
    """The date an assessment speaks for: the end of its period, else today."""
    return meta.period.end if meta.period is not None else clock.today()


def load_assessment(folder: Shown, parsed: ParsedFiles | None = None) -> LoadedAssessment:
    """Read and check an assessment folder; ``parsed`` names its entry in the cache of parsed files (default:
    the folder's own)."""
    meta_problems: list[Diagnostic] = []
    _refuse_interrupted(folder)
    parsed = parsed if parsed is not None else ParsedFiles.of_folder(folder.path)
    try:
        meta, doc, meta_problems = _read_meta(folder, parsed)
    except InvalidMeta as exc:
        if exc.fallback is None:
            raise
        # assessment.yaml has errors, but its catalogue is known: report the responses' problems too.
        (meta, doc), meta_problems = exc.fallback, exc.diagnostics
    meta_path = folder.inside(ASSESSMENT_FILE)
    try:
        catalogue = load_catalogue_ref(meta.catalogue, meta.catalogue_version, folder, parsed)
    except CannotRun as exc:
        loc = ("catalogue_version",) if isinstance(exc, CatalogueVersionError) else ("catalogue",)
        pos = doc.locate(loc)
        raise CannotRun(
            exc.message, [Diagnostic(meta_path, pos.line, pos.column, "unknown-catalogue", exc.message)]
        ) from None
    loaded = LoadedAssessment(folder, meta, catalogue)
    loaded.diagnostics += meta_problems + _outdated(meta, doc, meta_path, folder)
    loaded.diagnostics += check_exclude(catalogue, meta.exclude, doc, meta_path)
    _load_responses(loaded, parsed)
    parsed.save()
    loaded.diagnostics = sort_diagnostics(loaded.diagnostics)
    return loaded


def _refuse_interrupted(folder: Shown) -> None:
    """A folder that an interrupted write left half changed is not read (its answers may be in the staging
    folder): a located error says how to put it back."""
    from cc_assess import transaction

    interrupted = transaction.pending(folder)
    if interrupted:
        raise InvalidInput(t("reliability.interrupted_refused", folder=folder.text), interrupted)


def load_responses(folder: Shown, meta: Assessment, catalogue: Catalogue) -> LoadedAssessment:
    """The responses of a folder read against a catalogue given by the caller (``migrate`` checks its result)."""
    loaded = LoadedAssessment(folder, meta, catalogue)
    parsed = ParsedFiles(None)  # a staged copy (migrate): nothing worth remembering
    _load_responses(loaded, parsed)
    parsed.save()
    loaded.diagnostics = sort_diagnostics(loaded.diagnostics)
    return loaded


def _outdated(meta: Assessment, doc: Document, path: str, folder: Shown) -> list[Diagnostic]:
    """A warning when a bundled catalogue has a newer version than the one the responses were written against."""
    if not is_bundled_id(meta.catalogue):
        return []
    current = find_bundled(meta.catalogue)
    if version_key(current.version) <= version_key(meta.catalogue_version):
        return []
    pos = doc.locate(("catalogue_version",))
    command = f"cc-assess migrate {shlex.quote(folder.text)} --to {current.version}"
    return [
        Diagnostic(
            path,
            pos.line,
            pos.column,
            "catalogue-outdated",
            t(
                "assessment.outdated",
                catalogue=meta.catalogue,
                version=meta.catalogue_version,
                current=current.version,
                command=command,
            ),
            "warning",
        )
    ]


def _load_responses(loaded: LoadedAssessment, parsed: ParsedFiles) -> None:
    catalogue = loaded.catalogue
    item_domain = catalogue.item_domain()
    domains = {d.id for d in catalogue.domains}
    root = loaded.folder / RESPONSES
    diags = loaded.diagnostics
    files: list[PurePosixPath] = []
    if root.is_dir():  # links out of the folder, FIFOs and devices are refused, never read
        files, refused = safepath.walk(loaded.shown.child(RESPONSES), loaded.folder, RETIRED)
        diags.extend(refused)

    def well_placed(parts: tuple[str, ...], stem: str, suffix: str) -> bool:
        """Shaped like responses/<domain>/<item id>.yaml; whether the item exists is the item check's call."""
        return len(parts) == 2 and suffix == ".yaml" and parts[0] in domains and bool(ITEM_RE.match(stem))

    # Each file's stem and suffix worked out once: pathlib works them out again at every access, a measurable
    # cost per file in a portfolio.  Canonical files first, so that a stray copy is the one called a duplicate.
    named: list[tuple[bool, tuple[str, ...], PurePosixPath, str, str]] = []
    for rel in files:
        parts = rel.parts
        stem, suffix = _stem_suffix(parts[-1])
        canonical = len(parts) == 2 and suffix == ".yaml" and item_domain.get(stem) == parts[0]
        named.append((not canonical, parts, rel, stem, suffix))
    named.sort(key=lambda entry: (entry[0], entry[1]))  # paths compare by their parts
    base = loaded.shown.inside(RESPONSES)  # joined once: a path per file is a measurable cost in a portfolio
    for _, parts, rel, stem, suffix in named:
        path = f"{base}/{'/'.join(parts)}"
        if suffix not in (".yaml", ".yml"):
            diags.append(
                Diagnostic(
                    path,
                    1,
                    1,
                    "stray-file",
                    t("assessment.stray-file"),
                    "warning",
                )
            )
            continue
        stem_item = stem if stem in item_domain else None
        if not well_placed(parts, stem, suffix):
            diags.append(
                Diagnostic(
                    path,
                    1,
                    1,
                    "misplaced-file",
                    t("assessment.rename-yml-response", name=f"{stem}.yaml")
                    if suffix == ".yml"
                    and well_placed(parts, stem, ".yaml")
                    and not (root / rel.with_suffix(".yaml")).exists()
                    else t("assessment.misplaced-file"),
                    "error",
                    stem_item,
                )
            )
        _load_one(loaded, parsed, Shown(root / rel, path), rel, item_domain, domains)
    for other, claimed, pos in loaded.mismatched:
        if claimed in loaded.seen_items:
            _duplicate(loaded, other, claimed, pos)
    present = {stem for not_canonical, _, _, stem, _ in named if not not_canonical}
    for item in catalogue.items():
        if item.id not in present and item.id not in loaded.seen_items:
            path = loaded.shown.inside(f"{RESPONSES}/{item_domain[item.id]}/{item.id}.yaml")
            diags.append(
                Diagnostic(
                    path,
                    1,
                    1,
                    "missing-response",
                    t("assessment.missing-response", item=item.id),
                    "warning",
                    item.id,
                )
            )


def _stem_suffix(name: str) -> tuple[str, str]:
    """A file name's stem and suffix, as :class:`~pathlib.PurePosixPath` gives them."""
    dot = name.rfind(".")
    if 0 < dot < len(name) - 1:
        return name[:dot], name[dot:]
    return name, ""


def _load_one(
    loaded: LoadedAssessment,
    parsed: ParsedFiles,
    file: Shown,
    rel: PurePosixPath,
    item_domain: dict[str, str],
    domains: set[str],
) -> None:
    """Read one response file (``rel`` inside ``responses/``); semantic checks run on the raw data too, so one run
    reports every problem."""
    path = file.text  # every diagnostic of the file names it so
    diags = loaded.diagnostics
    stem = rel.stem
    item_hint = stem if stem in item_domain else None
    try:
        doc = parsed.read(file.path)
    except YamlError as exc:
        diags.append(problem_diagnostic(path, exc.problem, item_hint))
        return
    response, problems = validate(Response, doc, path, item=item_hint)
    diags.extend(problems)
    raw = doc.data if isinstance(doc.data, dict) else {}
    item = raw.get("item") if isinstance(raw.get("item"), str) else None
    if item is None:
        return

    def at(loc: tuple[str | int, ...], code: str, message: str, severity: Severity = "error") -> None:
        pos = doc.locate(loc)
        diags.append(Diagnostic(path, pos.line, pos.column, code, message, severity, item))

    if item not in item_domain:
        at(
            ("item",),
            "unknown-item",
            t("assessment.unknown-item", item=item, catalogue=loaded.catalogue.id, version=loaded.catalogue.version),
        )
        return
    if item != stem:
        at(("item",), "item-mismatch", t("assessment.item-mismatch", item=item, name=rel.name))
        # A file named after another item does not claim this one; it is a duplicate if another file does.
        loaded.mismatched.append((path, item, doc.locate(("item",))))
        return
    if len(rel.parts) == 2 and rel.parts[0] != item_domain[item]:
        at(
            ("item",),
            "wrong-domain",
            t("assessment.wrong-domain", item=item, domain=item_domain[item], folder=rel.parts[0]),
        )
    if item in loaded.seen_items:
        _duplicate(loaded, path, item, doc.locate(("item",)))
        return
    loaded.seen_items[item] = path

    level: str | None = None
    status = raw.get("status")
    if isinstance(status, str) and status.strip():
        level = loaded.catalogue.resolve_status(status)
        if level is None:
            choices = ", ".join(lv.id for lv in loaded.catalogue.scale)
            at(
                ("status",),
                "unknown-status",
                t("assessment.unknown-status", status=status, choices=choices),
            )
    na_reason = raw.get("na_reason")
    if (
        level is not None
        and loaded.catalogue.level(level).points is None
        and not (isinstance(na_reason, str) and na_reason.strip())
    ):
        at(("status",), "na-without-reason", t("assessment.na-without-reason"))
    _check_evidence(loaded, raw.get("evidence"), doc, path, item)
    if response is not None:
        _check_actions(loaded, response, level, doc, path, item)
        _check_action_ids(loaded, response, doc, path, item)
        _check_assessed_on(loaded, response, doc, path, item)
        _check_expiry(loaded, response, doc, path, item)
        if not has_errors(d for d in diags if d.path == path):
            loaded.responses[item] = LoadedResponse(item, response, level, path, doc)


def _check_actions(
    loaded: LoadedAssessment, response: Response, level: str | None, doc: Document, path: str, item: str
) -> None:
    """A nonconformity (a level with points below 1, N/A aside) should have a corrective action."""
    if level is None or response.actions:
        return
    points = loaded.catalogue.level(level).points
    if points is not None and points < 1:
        pos = doc.locate(("status",))
        loaded.diagnostics.append(
            Diagnostic(
                path,
                pos.line,
                pos.column,
                "no-corrective-action",
                t("assessment.no-corrective-action", item=item, level=level),
                "warning",
                item,
            )
        )


def _check_action_ids(loaded: LoadedAssessment, response: Response, doc: Document, path: str, item: str) -> None:
    """Two actions with one ``id`` in one response: the second is the error (ids name actions in plans and diffs)."""
    first: dict[str, int] = {}
    for i, action in enumerate(response.actions):
        if action.id not in first:
            first[action.id] = i
            continue
        pos = doc.locate(("actions", i, "id"))
        earlier = doc.locate(("actions", first[action.id], "id"))
        loaded.diagnostics.append(
            Diagnostic(
                path,
                pos.line,
                pos.column,
                "duplicate-action-id",
                t("cycle.validate.duplicate_action_id", id=action.id, item=item, line=earlier.line),
                "error",
                item,
            )
        )


def _check_assessed_on(loaded: LoadedAssessment, response: Response, doc: Document, path: str, item: str) -> None:
    """An ``assessed_on`` after today (``SOURCE_DATE_EPOCH`` honoured) is most likely a typo in the year."""
    today = loaded.today
    if response.assessed_on is None or response.assessed_on <= today:
        return
    pos = doc.locate(("assessed_on",))
    loaded.diagnostics.append(
        Diagnostic(
            path,
            pos.line,
            pos.column,
            "assessed-in-future",
            t("cycle.validate.assessed_in_future", date=response.assessed_on.isoformat(), today=today.isoformat()),
            "warning",
            item,
        )
    )


def _check_expiry(loaded: LoadedAssessment, response: Response, doc: Document, path: str, item: str) -> None:
    """Evidence whose ``valid_until`` falls before the assessment date."""
    for i, ev in enumerate(response.evidence):
        if ev.valid_until is not None and ev.valid_until < assessment_date(loaded.meta):
            pos = doc.locate(("evidence", i, "valid_until"))
            loaded.diagnostics.append(
                Diagnostic(
                    path,
                    pos.line,
                    pos.column,
                    "evidence-expired",
                    t(
                        "assessment.evidence-expired",
                        ref=ev.ref,
                        date=ev.valid_until.isoformat(),
                        assessed=assessment_date(loaded.meta).isoformat(),
                    ),
                    "warning",
                    item,
                )
            )


def _duplicate(loaded: LoadedAssessment, path: str, item: str, pos: Position) -> None:
    first = loaded.seen_items[item]
    message = t("assessment.duplicate-response", item=item, first=first)
    loaded.diagnostics.append(Diagnostic(path, pos.line, pos.column, "duplicate-response", message, "error", item))


def real_path(path: Path) -> Path | None:
    """``path`` with every link resolved, or None when it cannot be (a link loop, a name too long)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):
        return None


def exists(path: Path) -> bool:
    """Path.exists() that says False instead of raising for names the system refuses."""
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


def _check_evidence(loaded: LoadedAssessment, evidence: object, doc: Document, path: str, item: str) -> None:
    """Refs that leave the folder once links are resolved (error) or do not exist (warning)."""
    if not isinstance(evidence, list):
        return
    for i, entry in enumerate(evidence):
        ref = entry.get("ref") if isinstance(entry, dict) else None
        if not isinstance(ref, str):
            continue
        if ref not in loaded.evidence_found:  # the same file is often cited by many items
            loaded.evidence_found[ref] = _evidence_problem(loaded, ref)
        found = loaded.evidence_found[ref]
        if found is not None:
            code, severity, message = found
            pos = doc.locate(("evidence", i, "ref"))  # only for a problem: locating re-reads the file's YAML
            loaded.diagnostics.append(Diagnostic(path, pos.line, pos.column, code, message, severity, item))


def _evidence_problem(loaded: LoadedAssessment, ref: str) -> tuple[str, Severity, str] | None:
    if check_ref(ref) is not None or ref.lower().startswith(("http://", "https://")):
        return None  # URLs need no file; malformed refs are reported by the model
    root = loaded.resolved_folder
    target = real_path(loaded.folder / ref)
    if target is None:
        return "evidence-path", "error", t("assessment.evidence-loop", ref=ref)
    if target != root and root not in target.parents:
        return "evidence-path", "error", t("assessment.evidence-leaves", ref=ref)
    if not exists(target):
        other = other_case(loaded.folder, ref)
        if other is not None:
            return "evidence-missing", "warning", t("assessment.evidence-other-case", ref=ref, other=other)
        return "evidence-missing", "warning", t("assessment.evidence-missing", ref=ref)
    return None


def load_valid(folder: Shown, parsed: ParsedFiles | None = None) -> LoadedAssessment:
    """An assessment that must be valid (for score, report, diff): raises InvalidInput otherwise."""
    loaded = load_assessment(folder, parsed)
    if not loaded.ok:
        raise InvalidInput(t("assessment.has-errors", folder=folder.text), loaded.diagnostics)
    return loaded


class _GivenBytes(ParsedFiles):
    """A reader that hands over the given bytes, whatever file is asked for (see :func:`check_response_bytes`)."""

    def __init__(self, data: bytes) -> None:
        super().__init__(None)
        self._data = data

    def read(self, path: Path, max_bytes: int = MAX_RESPONSE_BYTES) -> Document:
        if len(self._data) > max_bytes:
            raise YamlError(Problem("too-large", t("yaml.too-large", kib=max_bytes // 1024)))
        return parse_yaml(decode(self._data))


def check_response_bytes(
    loaded: LoadedAssessment, rel: PurePosixPath, data: bytes
) -> tuple[LoadedResponse | None, list[Diagnostic]]:
    """Every check ``validate`` runs on one response file (``rel`` inside ``responses/``), run on the bytes the
    file would hold: the web editor checks an answer this way before it writes it.  Returns the response when it
    has no error, and the located problems of that file."""
    fresh = LoadedAssessment(loaded.shown, loaded.meta, loaded.catalogue)
    file = loaded.shown.child(RESPONSES).child(rel)
    domains = {d.id for d in loaded.catalogue.domains}
    _load_one(fresh, _GivenBytes(data), file, rel, loaded.catalogue.item_domain(), domains)
    return fresh.responses.get(rel.stem), sort_diagnostics(fresh.diagnostics)
