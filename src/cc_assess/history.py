"""The trend of one assessment folder: its scores at several git revisions.

Reads each revision through :mod:`cc_assess.gitio` and scores it with :mod:`cc_assess.scoring`; output formats
live in :mod:`cc_assess.formats.history`.  Revisions are taken in this order: the tags matching ``--tags``
(oldest commit first), then each ``--rev`` as given; a revision named twice is shown once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cc_assess import gitio
from cc_assess.errors import CannotRun, GitError
from cc_assess.i18n import t
from cc_assess.models import Catalogue
from cc_assess.scoring import ScoreResult, score


@dataclass(frozen=True)
class Point:
    revision: gitio.Revision
    label: str  # assessment.yaml's label, else the revision as given
    language: str
    catalogue: Catalogue
    result: ScoreResult
    organization: str | None = None  # assessment.yaml's, for the title of the HTML page
    site: str | None = None

    def to_json(self) -> dict[str, object]:
        r = self.result
        return {
            "rev": self.revision.rev,
            "commit": self.revision.commit,
            "date": self.revision.date,
            "label": self.label,
            "catalogue": {"id": self.catalogue.id, "version": self.catalogue.version},
            "overall": r.score,
            "domains": [{"id": d.id, "score": d.score} for d in r.domains],
            "counts": r.counts,
            "key_failures": r.key_failures,
            "ready": r.ready,
        }


@dataclass(frozen=True)
class History:
    folder: str  # path inside the repository ("" for its top)
    points: list[Point]

    def domain_ids(self) -> list[str]:
        """Every domain seen, in the latest catalogue's order, then domains only earlier revisions had."""
        ids: dict[str, None] = {}
        for point in reversed(self.points):
            ids.update(dict.fromkeys(d.id for d in point.catalogue.domains))
        latest = [d.id for d in self.points[-1].catalogue.domains] if self.points else []
        return latest + [i for i in ids if i not in latest]

    def domain_title(self, domain_id: str, lang: str) -> str:
        for point in reversed(self.points):
            for d in point.catalogue.domains:
                if d.id == domain_id:
                    return d.title.get(lang)
        return ""

    def scores(self, domain_id: str | None) -> list[float | None]:
        """Overall scores (``None``) or one domain's, one per point."""
        if domain_id is None:
            return [p.result.score for p in self.points]
        return [next((d.score for d in p.result.domains if d.id == domain_id), None) for p in self.points]

    def to_json(self) -> dict[str, object]:
        return {"folder": self.folder or ".", "revisions": [p.to_json() for p in self.points]}


def history(folder: Path, revs: Sequence[str], tag_pattern: str | None = None) -> History:
    """Score ``folder`` (relative to the current folder) at each revision, in the repository that holds it (the
    nearest folder of it that exists now; else the current folder's)."""
    here = next((p for p in (folder, *folder.parents) if p.is_dir()), None)
    try:
        repo = gitio.repo(here)
    except GitError:  # not in a repository: say it against the current folder's, as before
        repo = gitio.repo()
    path = gitio.folder_in_repo(repo, folder)
    names: list[str] = []
    if tag_pattern is not None:
        names = gitio.tags(repo, tag_pattern)
        if not names:
            raise CannotRun(t("history.no-tag", pattern=tag_pattern))
    wanted = list(dict.fromkeys([*names, *revs]))
    if not wanted:
        raise CannotRun(t("history.no-revision"))
    points = []
    for rev in wanted:
        loaded = gitio.load_at(repo, rev, path, f"{rev}:{path}")  # first: git's message names a bad revision
        revision = gitio.revision(repo, rev)
        result = score(loaded.catalogue, loaded.statuses, loaded.meta.target)
        meta = loaded.meta
        points.append(
            Point(revision, meta.label or rev, meta.language, loaded.catalogue, result, meta.organization, meta.site)
        )
    return History(path, points)
