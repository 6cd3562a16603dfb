"""One site of a portfolio, read and reduced to a small summary: what worker processes do.

A site's assessment (and its ``previous`` one) is loaded from a folder, a folder at a git revision, or a pack zip
(verified against its manifest first, then its ``assessment/`` read from a temporary folder), scored with
:mod:`cc_assess.scoring`, and reduced to a :class:`SiteSummary`: scores, counts, overdue actions and one byte per
item for its status.  Only summaries travel back to the parent process, so its memory grows by a few hundred
bytes per site, not by a loaded assessment.

A worker sends each catalogue (id, version) back once per run (with the first site that used it), not with
every site: a catalogue of 224 items is far larger than a summary.
"""

from __future__ import annotations

import os
import posixpath
import shutil
import tempfile
import zipfile
from array import array
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from cc_assess.actions import collect as collect_actions
from cc_assess.actions import is_overdue
from cc_assess.assessment import LoadedAssessment, load_assessment
from cc_assess.diagnostics import Diagnostic
from cc_assess.errors import CannotRun, CcAssessError, InvalidInput
from cc_assess.i18n import t
from cc_assess.models import Catalogue, I18nText
from cc_assess.portfolio import SiteProblem, SiteTask, Source
from cc_assess.scoring import score
from cc_assess.shown import Shown
from cc_assess.yamlio import MAX_CATALOGUE_BYTES, composed_yaml

#: The status byte of an item that is not assessed; other bytes index the catalogue's scale.
NOT_ASSESSED_BYTE = 255
#: Overdue actions a summary keeps in full (the oldest first); the others are only counted.
OVERDUE_SHOWN = 10
#: A review category's score in :attr:`SiteSummary.domain_scores` when it has none (every item N/A).
NO_SCORE = -1.0
PACK_FOLDER = "assessment"
_CHUNK = 1 << 20

#: (run token, catalogue id, version) already sent back by this process.
_sent: set[tuple[str, str, str]] = set()


@dataclass(frozen=True, slots=True)
class OverdueAction:
    item: str
    id: str
    description: str
    owner: str | None
    due: str  # YYYY-MM-DD


@dataclass(frozen=True, slots=True)
class SiteSummary:
    """All that the roll-up keeps of a site (slots: no dictionary per site).

    Compact, since the main process keeps one per site: scores in arrays of doubles, the review categories' ids
    one tuple shared by the sites (:class:`Sharing`), overdue counts one byte per item when they fit.
    """

    index: int
    id: str
    title: I18nText | None
    group: str | None
    seats: int | None
    catalogue_id: str
    catalogue_version: str
    overall: float | None
    domain_ids: tuple[str, ...]  # the review categories of the site's catalogue, in order
    domain_scores: array[float]  # their scores in that order, NO_SCORE for None
    key_failures: tuple[str, ...]  # the site's own item ids
    ready: bool
    not_assessed: int
    levels: bytes  # per item of its catalogue, in catalogue order: scale index, or NOT_ASSESSED_BYTE
    overdue_count: int
    overdue_per_item: bytes | array[int]  # per item of its catalogue, in catalogue order (bytes: all below 256)
    overdue: tuple[OverdueAction, ...]  # the OVERDUE_SHOWN oldest (none when the task did not ask for them)
    previous: float | None
    label: str

    @property
    def domains(self) -> tuple[tuple[str, float | None], ...]:
        """(review category id, score or None) in the catalogue's order."""
        return tuple(
            (d, None if v == NO_SCORE else v) for d, v in zip(self.domain_ids, self.domain_scores, strict=True)
        )

    def level_ids(self, catalogue: Catalogue) -> Iterator[tuple[str, str | None, int]]:
        """(item id, level id or None, overdue actions) per item of the site's catalogue."""
        scale = catalogue.scale
        for item, byte, overdue in zip(catalogue.items(), self.levels, self.overdue_per_item, strict=True):
            yield item.id, None if byte == NOT_ASSESSED_BYTE else scale[byte].id, overdue


@dataclass
class SiteOutcome:
    """A worker's answer for one site: a summary, or the problems that stopped it (and their exit code)."""

    index: int
    summary: SiteSummary | None = None
    catalogue: Catalogue | None = None
    diagnostics: list[Diagnostic | SiteProblem] = field(default_factory=list)  # problems in portfolio.yaml unplaced
    code: int = 0
    parsed: bool = False


def _safe_member(name: str) -> str | None:
    """The path of a zip entry under ``assessment/``, or None for anything else or anything odd."""
    if not name.startswith(f"{PACK_FOLDER}/") or name.endswith("/") or "\\" in name or "\0" in name:
        return None
    rel = PurePosixPath(name[len(PACK_FOLDER) + 1 :])
    if rel.is_absolute() or any(part in ("", ".", "..") for part in rel.parts):
        return None
    return rel.as_posix()


def extract_assessment(archive: zipfile.ZipFile, dest: Path, outside: tuple[int, str, str] | None = None) -> Path:
    """The pack's ``assessment/`` under ``dest``: YAML files with their bytes (capped: a larger file is written one
    byte over the cap, so that reading it reports it as too large), other files (evidence) empty, which is all
    that loading needs to see that they exist.  ``outside`` (:func:`cc_assess.pack.verify.outside_catalogue`): a
    catalogue the pack carries beside the folder, put back where ``assessment.yaml`` looks for it."""
    folder = Path(dest, *["up"] * (outside[0] if outside else 0), PACK_FOLDER)
    folder.mkdir(parents=True)
    for info in archive.infolist():
        rel = _safe_member(info.filename)
        if outside is not None and info.filename == outside[1]:
            target = Path(os.path.normpath(folder / outside[2]))  # under dest: folder lies deep enough
        elif rel is None:
            continue
        else:
            target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if not info.filename.endswith((".yaml", ".yml")):
            target.touch()
            continue
        with archive.open(info) as source, target.open("wb") as sink:
            left = MAX_CATALOGUE_BYTES + 1
            while left > 0 and (chunk := source.read(min(_CHUNK, left))):
                sink.write(chunk)
                left -= len(chunk)
    return folder


@contextmanager
def opened(source: Source, remember: bool = True) -> Iterator[LoadedAssessment]:
    """The assessment a source names, loaded (valid or not); temporary copies are removed afterwards.

    ``remember=False``: its parsed files are not written to the cache (:func:`cc_assess.parsedfiles.remembered`).
    """
    from cc_assess.parsedfiles import ParsedFiles

    if source.kind == "folder":
        local = Shown.named(Path(source.location), source.display)
        yield load_assessment(local, ParsedFiles.of_folder(local.path, remember=remember))
        return
    if source.kind == "git":
        from cc_assess import gitio, usercache
        from cc_assess.errors import GitError

        r = gitio.Repo(Path(source.repo_root), "")
        try:
            with gitio.checkout(r, source.rev, source.location) as folder:
                tree = gitio.tree_id(r, source.rev, source.location) if usercache.cache_dir() else ""
                yield load_assessment(
                    Shown.named(folder, source.display),  # REV:PATH
                    ParsedFiles(f"git-tree:{tree}" if tree else None, remember=remember),
                )
        except GitError as exc:
            raise CannotRun(f"{source.display}: {exc.message}") from None
        return
    from cc_assess.pack import verify_pack
    from cc_assess.pack.verify import outside_catalogue

    zip_path = Path(source.location)
    outside = outside_catalogue(verify_pack(Shown.named(zip_path, source.display)).manifest)
    temp = Path(tempfile.mkdtemp(prefix="cc-assess-pack-"))
    try:
        try:
            with zipfile.ZipFile(zip_path) as archive:
                folder = extract_assessment(archive, temp, outside)
        except (zipfile.BadZipFile, OSError) as exc:
            raise CannotRun(f"{source.display}: {exc}") from None
        yield load_assessment(Shown.named(folder, posixpath.join(source.display, PACK_FOLDER)), ParsedFiles(None))
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def _failure(index: int, source: Source, exc: CcAssessError) -> SiteOutcome:
    """A site that could not be read or is invalid: its located problems (the file's line when it has none)."""
    found: list[Diagnostic | SiteProblem] = [*exc.diagnostics] or [
        source.where.problem("site-unreadable", t("portfolio.site_unreadable", problem=exc.message))
    ]
    return SiteOutcome(index, diagnostics=found, code=exc.exit_code, parsed=composed_yaml())


def _summary(task: SiteTask, loaded: LoadedAssessment, previous: float | None) -> SiteSummary:
    catalogue = loaded.catalogue
    result = score(catalogue, loaded.statuses, loaded.meta.target)
    index = {level.id: i for i, level in enumerate(catalogue.scale)}
    levels = bytes(NOT_ASSESSED_BYTE if level is None else index[level] for level in loaded.statuses.values())
    overdue = [
        OverdueAction(item, action.id, action.description, action.owner, action.due.isoformat())
        for item, action in collect_actions(loaded)
        if is_overdue(action, task.today) and action.due is not None
    ]
    per_item: dict[str, int] = {}
    for action in overdue:
        per_item[action.item] = per_item.get(action.item, 0) + 1
    counts = [min(per_item.get(item.id, 0), 65535) for item in catalogue.items()]
    shown = sorted(overdue, key=lambda a: (a.due, a.item, a.id))[:OVERDUE_SHOWN] if task.overdue else []
    return SiteSummary(
        task.index,
        task.id,
        task.title,
        task.group,
        task.seats,
        catalogue.id,
        catalogue.version,
        result.score,
        tuple(d.id for d in result.domains),
        array("d", (NO_SCORE if d.score is None else d.score for d in result.domains)),
        tuple(result.key_failures),
        result.ready,
        result.counts["not_assessed"],
        levels,
        len(overdue),
        bytes(counts) if max(counts, default=0) < 256 else array("H", counts),
        tuple(shown),
        previous,
        loaded.label,
    )


def _previous_score(source: Source, remember: bool) -> float | None:
    with opened(source, remember) as loaded:
        if not loaded.ok:
            raise InvalidInput(source.display, loaded.diagnostics)
        return score(loaded.catalogue, loaded.statuses, loaded.meta.target).score


def summarise(task: SiteTask) -> SiteOutcome:
    """Load, check and score one site (and its previous assessment): a module-level function for worker pools."""
    previous: float | None = None
    problems: list[Diagnostic | SiteProblem] = []
    code = 0
    if task.previous is not None:
        try:
            previous = _previous_score(task.previous, task.remember)
        except CcAssessError as exc:
            failed = _failure(task.index, task.previous, exc)
            problems, code = failed.diagnostics, failed.code
    try:
        with opened(task.source, task.remember) as loaded:
            if not loaded.ok:
                return SiteOutcome(
                    task.index, diagnostics=[*problems, *loaded.diagnostics], code=max(code, 1), parsed=composed_yaml()
                )
            if problems:
                return SiteOutcome(task.index, diagnostics=problems, code=code, parsed=composed_yaml())
            summary = _summary(task, loaded, previous)
            catalogue = loaded.catalogue
    except CcAssessError as exc:
        failed = _failure(task.index, task.source, exc)
        return SiteOutcome(
            task.index, diagnostics=problems + failed.diagnostics, code=max(code, failed.code), parsed=composed_yaml()
        )
    key = (task.token, catalogue.id, catalogue.version)
    send = key not in _sent
    _sent.add(key)
    return SiteOutcome(task.index, summary, catalogue if send else None, parsed=composed_yaml())


class Sharing:
    """Summaries made smaller as they arrive from the workers (:func:`cc_assess.parallel.map_folders`'s ``keep``).

    Unpickling gives every site its own copy of every string.  The site's id, title and group become the
    parent's own objects (from its task), and ids that many sites repeat (catalogue, domains, items, actions,
    owners, due dates) one shared string each, the review categories' ids one shared tuple; what differs per site
    (scores, statuses, descriptions) stays.
    """

    def __init__(self, tasks: Sequence[SiteTask]) -> None:
        self._tasks = {task.index: task for task in tasks}
        self._strings: dict[str, str] = {}
        self._tuples: dict[tuple[str, ...], tuple[str, ...]] = {}

    def _one(self, text: str) -> str:
        return self._strings.setdefault(text, text)

    def outcome(self, outcome: SiteOutcome) -> SiteOutcome:
        s = outcome.summary
        if s is None:
            return outcome
        task = self._tasks[s.index]
        one = self._one
        outcome.summary = replace(
            s,
            id=task.id,
            title=task.title,
            group=task.group,
            catalogue_id=one(s.catalogue_id),
            catalogue_version=one(s.catalogue_version),
            domain_ids=self._tuples.setdefault(s.domain_ids, tuple(map(one, s.domain_ids))),
            key_failures=tuple(map(one, s.key_failures)),
            overdue=tuple(
                OverdueAction(
                    one(a.item), one(a.id), a.description, None if a.owner is None else one(a.owner), one(a.due)
                )
                for a in s.overdue
            ),
            label=one(s.label),
        )
        return outcome


def collect(
    tasks: Sequence[SiteTask],
    outcomes: Sequence[SiteOutcome],
    place: Callable[[Diagnostic | SiteProblem], Diagnostic],
) -> tuple[list[SiteSummary], dict[tuple[str, str], Catalogue], bool]:
    """The summaries in portfolio order and the catalogues they use; raises with every site's problems (``place``
    gives the problems in ``portfolio.yaml`` their line and column: :meth:`cc_assess.portfolio.Positions.place`).

    Every site must use one catalogue id (its versions may differ: the roll-up maps them through ``changes:``).
    """
    catalogues: dict[tuple[str, str], Catalogue] = {}
    summaries: list[SiteSummary] = []
    problems: list[Diagnostic] = []
    worst = 0
    parsed = False
    first_id: str | None = None
    failed = 0
    for task, outcome in zip(tasks, outcomes, strict=True):
        parsed = parsed or outcome.parsed
        if outcome.catalogue is not None:
            catalogues.setdefault((outcome.catalogue.id, outcome.catalogue.version), outcome.catalogue)
        if outcome.summary is None:
            problems += map(place, outcome.diagnostics)
            worst = max(worst, outcome.code)
            failed += 1
            continue
        summary = outcome.summary
        if first_id is None:
            first_id = summary.catalogue_id
        elif summary.catalogue_id != first_id:
            message = t("portfolio.other_catalogue", id=task.id, catalogue=summary.catalogue_id, first=first_id)
            problems.append(place(task.source.where.problem("catalogue-mismatch", message)))
            worst = max(worst, 1)
            failed += 1
            continue
        summaries.append(summary)
    if problems:
        error = CannotRun if worst >= 2 else InvalidInput
        raise error(t("portfolio.sites_failed", count=failed), problems)
    return summaries, catalogues, parsed
