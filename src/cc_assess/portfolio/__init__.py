"""A portfolio: ``portfolio.yaml`` read and checked, its sites located, loaded on every core and rolled up.

Pipeline: :func:`read_file` (the strict YAML reader and the :class:`PortfolioFile` model, every problem located
in ``portfolio.yaml``) -> :func:`locate_sites` (each ``path``/``previous`` is a folder, a pack zip or git
``REV:PATH``) -> :func:`cc_assess.portfolio.sites.summarise` per site in worker processes (each site is loaded,
scored and reduced to a small summary there; no loaded assessment reaches this process) ->
:func:`cc_assess.portfolio.rollup.rollup` (pure).  The core never prints; problems are raised as the project's
errors carrying located diagnostics.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr

from cc_assess import parsedfiles
from cc_assess.diagnostics import Diagnostic
from cc_assess.errors import CannotRun, CcAssessError, InvalidInput
from cc_assess.i18n import t
from cc_assess.models import I18nText, Text
from cc_assess.shown import Shown, slashes
from cc_assess.validation import problem_diagnostic, validate
from cc_assess.yamlio import MAX_CATALOGUE_BYTES, Document, YamlError, read_yaml

if TYPE_CHECKING:
    from cc_assess.portfolio.rollup import Portfolio

SCHEMA = "cc-assess/portfolio/v1"
WEIGHTS = ("seats", "equal")
SITE_ID = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
#: A portfolio file larger than this is not a list of sites.
MAX_PORTFOLIO_BYTES = MAX_CATALOGUE_BYTES


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SiteEntry(_Strict):
    """One site of ``portfolio.yaml``."""

    id: Annotated[StrictStr, Field(pattern=SITE_ID)]
    title: Text | None = None
    group: StrictStr | None = None
    path: Annotated[StrictStr, Field(min_length=1)]
    previous: Annotated[StrictStr, Field(min_length=1)] | None = None
    seats: Annotated[StrictInt, Field(gt=0)] | None = None


class PortfolioFile(_Strict):
    """``portfolio.yaml`` (schema ``cc-assess/portfolio/v1``)."""

    schema_: Literal["cc-assess/portfolio/v1"] = Field(alias="schema")
    name: Text
    language: Literal["zh", "en", "bi"] | None = None
    sites: list[SiteEntry] = Field(min_length=1)

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


@dataclass(frozen=True, slots=True)
class SiteProblem:
    """A problem of one key of a site's entry in ``portfolio.yaml`` (its ``path`` or ``previous``), not yet placed:
    a worker finds it, and the main process turns it into a located diagnostic (:meth:`Positions.place`)."""

    site: int  # the index of the site in ``sites``
    key: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class Where:
    """A site's ``path`` or ``previous`` in ``portfolio.yaml``, for problems of a site that are not inside the
    site's own files.  It holds no line and column: they are found only when a message needs them."""

    site: int
    key: str

    def problem(self, code: str, message: str) -> SiteProblem:
        return SiteProblem(self.site, self.key, code, message)


class Positions:
    """Lines and columns in ``portfolio.yaml``, found only when a message needs one.

    Keeps the file's text alone (not its data, nor the node graph with a mark per value: about 4 KB per site);
    the first problem composes the graph again (:class:`cc_assess.yamlio.Document`).
    """

    def __init__(self, path: str, text: str | None) -> None:
        self.path = path
        self._doc = Document(None, source=text) if text is not None else None

    def place(self, problem: Diagnostic | SiteProblem) -> Diagnostic:
        if isinstance(problem, Diagnostic):
            return problem
        if self._doc is None:  # pragma: no cover - a file read from text always has it
            line, column = 1, 1
        else:
            pos = self._doc.locate(("sites", problem.site, problem.key))
            line, column = pos.line, pos.column
        return Diagnostic(self.path, line, column, problem.code, problem.message)


@dataclass(frozen=True, slots=True)
class Source:
    """Where a site's assessment is: a folder, a pack zip, or a folder at a git revision.

    ``location`` is a path on disk (folder, zip) or the folder's path inside the repository (git); ``display`` is
    how diagnostics name the assessment folder.
    """

    kind: Literal["folder", "pack", "git"]
    location: str
    display: str
    where: Where
    rev: str = ""
    repo_root: str = ""


@dataclass(frozen=True, slots=True)
class SiteTask:
    """What a worker needs to summarise one site: plain, picklable data."""

    index: int
    id: str
    title: I18nText | None
    group: str | None
    seats: int | None
    source: Source
    previous: Source | None
    today: dt.date
    token: str  # this run's id: a worker sends each catalogue back once per run
    remember: bool = True  # whether its folders' parsed files are written to the cache (parsedfiles.remembered)
    overdue: bool = True  # whether its summary keeps its oldest overdue actions in full (the output lists them)


@dataclass(frozen=True)
class LoadedPortfolio:
    """What the run keeps of ``portfolio.yaml``: its name and language, a task per site, and its text (for the
    positions of problems); not its data nor the model of its sites."""

    name: I18nText
    language: str  # zh, en, bi; "" when not set
    shown: Shown  # portfolio.yaml
    tasks: list[SiteTask]
    positions: Positions


def _join(base: str, rel: str) -> str:
    """A site's ``path`` joined with the folder of ``portfolio.yaml`` and normalised (``..`` collapsed): how the
    site is named in every message."""
    rel = slashes(rel)
    if base in ("", "."):
        return posixpath.normpath(rel)
    return posixpath.normpath(posixpath.join(base, rel))


def read_file(file: Shown) -> tuple[PortfolioFile, Document]:
    """``portfolio.yaml`` read strictly and checked: raises CannotRun (no file) or InvalidInput (located)."""
    if not file.path.is_file():
        problem = t("portfolio.is_folder") if file.path.is_dir() else t("portfolio.no_file")
        raise CannotRun(f"{file.text}: {problem}", [Diagnostic(file.text, 1, 1, "missing-file", problem)])
    try:
        doc = read_yaml(file.path, MAX_PORTFOLIO_BYTES)
    except YamlError as exc:
        diag = problem_diagnostic(file.text, exc.problem)
        if exc.problem.code == "unreadable":
            raise CannotRun(f"{file.text}: {exc.problem.message}", [diag]) from None
        raise InvalidInput(t("portfolio.invalid_file", path=file.text), [diag]) from None
    model, diagnostics = validate(PortfolioFile, doc, file.text)
    diagnostics += _duplicate_ids(doc, file.text)
    if model is None or any(d.is_error for d in diagnostics):
        raise InvalidInput(t("portfolio.invalid_file", path=file.text), diagnostics)
    return model, doc


def _duplicate_ids(doc: Document, path: str) -> list[Diagnostic]:
    """A site id given twice (checked on the raw data, so it is reported with every other problem)."""
    raw = doc.data.get("sites") if isinstance(doc.data, dict) else None
    seen: dict[str, int] = {}
    found: list[Diagnostic] = []
    for i, entry in enumerate(raw if isinstance(raw, list) else []):
        site_id = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(site_id, str):
            continue
        if site_id in seen:
            pos = doc.locate(("sites", i, "id"))
            first = doc.locate(("sites", seen[site_id], "id"))
            message = t("portfolio.duplicate_site", id=site_id, line=first.line)
            found.append(Diagnostic(path, pos.line, pos.column, "duplicate-site", message))
        else:
            seen[site_id] = i
    return found


def check_seats(model: PortfolioFile, doc: Document, path: str) -> list[Diagnostic]:
    """Under ``--weight seats`` every site needs ``seats``."""
    found = []
    for i, site in enumerate(model.sites):
        if site.seats is None:
            pos = doc.locate(("sites", i))
            found.append(
                Diagnostic(path, pos.line, pos.column, "missing-seats", t("portfolio.missing_seats", id=site.id))
            )
    return found


class _Repo:
    """The git repository that holds ``portfolio.yaml``, found once and only when a site needs it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._found: Any = None
        self._error: str | None = None

    def get(self) -> Any:
        from cc_assess import gitio
        from cc_assess.errors import GitError

        if self._found is None and self._error is None:
            try:
                self._found = gitio.repo(self.folder)
            except GitError as exc:
                self._error = exc.message
        if self._error is not None:
            raise GitError(self._error)
        return self._found


def _source(value: str, base: Shown, where: Where, repo: _Repo) -> Source | SiteProblem:
    """A site's ``path`` or ``previous`` (relative to ``base``, the folder of ``portfolio.yaml``): a folder or a
    pack zip when it exists on disk, else git ``REV:PATH``; the problem when it names nothing."""
    from cc_assess import gitio
    from cc_assess.errors import GitError

    local = base.path / value
    display = _join(base.text, value)
    try:
        is_file, is_dir = local.is_file(), local.is_dir()
    except (OSError, ValueError):
        is_file = is_dir = False
    if is_file and value.lower().endswith(".zip"):
        return Source("pack", str(local), display, where)
    if is_dir:
        return Source("folder", str(local), display, where)
    if is_file:
        return where.problem("site-path", t("portfolio.not_folder_or_zip", value=value))
    spec = gitio.split_spec(value)
    if spec is None:
        return where.problem("site-path", t("portfolio.no_such_path", value=value))
    try:
        r = repo.get()
        inside = gitio.repo_path(r, spec[1])
        gitio.check_rev(spec[0])
    except GitError as exc:
        return where.problem("site-path", t("portfolio.git_path", value=value, problem=exc.message))
    return Source("git", inside, value, where, rev=spec[0], repo_root=str(r.root))


def locate_sites(
    model: PortfolioFile, positions: Positions, file: Shown, today: dt.date, *, overdue: bool = True
) -> tuple[list[SiteTask], list[Diagnostic]]:
    """A task per site; the problems of paths that name nothing (exit 2), all of them.  ``overdue``: whether the
    summaries keep each site's oldest overdue actions in full."""
    base = Shown.named(file.path.parent, posixpath.dirname(file.text))
    repo = _Repo(base.path)
    token = uuid.uuid4().hex
    tasks: list[SiteTask] = []
    problems: list[Diagnostic] = []
    folders = 0  # cached folders so far: the run remembers the first parsedfiles.MAX_FOLDERS of them
    for i, site in enumerate(model.sites):
        sources: list[Source | None] = []
        for key in ("path", "previous"):
            value = getattr(site, key)
            if value is None:
                sources.append(None)
                continue
            found = _source(value, base, Where(i, key), repo)
            if isinstance(found, SiteProblem):
                problems.append(positions.place(found))
                sources.append(None)
            else:
                sources.append(found)
        current, previous = sources
        if current is not None:
            folders += sum(s is not None and s.kind != "pack" for s in sources)
            remember = parsedfiles.remembered(folders)
            tasks.append(
                SiteTask(
                    i, site.id, site.title, site.group, site.seats, current, previous, today, token, remember, overdue
                )
            )
    return tasks, problems


def load(file: Shown, *, weight: str, today: dt.date, overdue: bool = True) -> LoadedPortfolio:
    """``portfolio.yaml`` checked, with a task per site; raises with every located problem.

    Only the tasks, the file's name and language and its text are kept: its data and the model of its sites are
    dropped here, so that what the run holds per site is its task.
    """
    model, doc = read_file(file)
    if weight == "seats":
        missing = check_seats(model, doc, file.text)
        if missing:
            raise InvalidInput(t("portfolio.invalid_file", path=file.text), missing)
    positions = Positions(file.text, doc.text)
    del doc
    tasks, problems = locate_sites(model, positions, file, today, overdue=overdue)
    if problems:
        raise CannotRun(t("portfolio.bad_paths", path=file.text, count=len(problems)), problems)
    return LoadedPortfolio(model.name, model.language or "", file, tasks, positions)


#: A ``portfolio.yaml`` larger than this (a few hundred sites) is read in a child process: PyYAML holds the file's
#: whole node graph while reading it (two marks per value, about 4 KB per site), and that peak would otherwise be
#: the main process's for the rest of the run.  Measured at 1,000 sites (80 KB): main process 49.6 -> 46.7 MiB.
READ_APART_BYTES = 32 * 1024

_Loaded = tuple[LoadedPortfolio | None, tuple[type[CcAssessError], str, list[Diagnostic]] | None]


def _load_here(args: tuple[Shown, str, dt.date, bool]) -> _Loaded:
    """:func:`load` with its error as plain data (an exception pickles its message only, not its diagnostics)."""
    file, weight, today, overdue = args
    try:
        return load(file, weight=weight, today=today, overdue=overdue), None
    except CcAssessError as exc:
        return None, (type(exc), exc.message, exc.diagnostics)


def _load_apart(file: Shown, weight: str, today: dt.date, overdue: bool) -> LoadedPortfolio:
    """:func:`load`, in a child process when the file is large (:data:`READ_APART_BYTES`)."""
    from cc_assess.parallel import apart

    try:
        large = file.path.stat().st_size > READ_APART_BYTES
    except OSError:
        large = False  # reading says what is wrong with it
    if not large:
        return load(file, weight=weight, today=today, overdue=overdue)
    loaded, error = apart(_load_here, (file, weight, today, overdue))
    if error is not None:
        kind, message, diagnostics = error
        raise kind(message, diagnostics)
    assert loaded is not None
    return loaded


def run(
    file: Shown, *, weight: str, today: dt.date, jobs: int | None = None, overdue: bool = True
) -> tuple[Portfolio, bool]:
    """Load every site (on every core) and roll the portfolio up; returns the result and whether YAML was parsed.

    ``overdue=False``: the sites' overdue actions are only counted, not kept in full (for outputs that do not
    list them: :data:`cc_assess.formats.portfolio.LISTS_OVERDUE`).

    Raises InvalidInput (exit 1) with every site's problems when a site fails validation, CannotRun (exit 2)
    when a site cannot be read at all (the worst wins, as with ``validate``).
    """
    from cc_assess.parallel import map_folders
    from cc_assess.portfolio.rollup import rollup
    from cc_assess.portfolio.sites import Sharing, collect, summarise

    loaded = _load_apart(file, weight, today, overdue)
    outcomes = map_folders(summarise, loaded.tasks, jobs, keep=Sharing(loaded.tasks).outcome)
    summaries, catalogues, parsed = collect(loaded.tasks, outcomes, loaded.positions.place)
    del outcomes
    return rollup(loaded.name, loaded.language, summaries, catalogues, weight=weight, today=today), parsed
